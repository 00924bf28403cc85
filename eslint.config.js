// ESLint runs only the type-aware rules Biome cannot check (floating promises, unsafe any, ...); Biome does the rest.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'docs/api/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'reports/**',
      '**/node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['packages/demo/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Layering (docs/architecture.md): only machine/ may import xstate, and core never imports React.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/machine/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['xstate', 'react'], patterns: ['xstate/*', '@xstate/*'] }],
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
);
