import { fileURLToPath } from 'node:url';
import { type Alias, defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { compactTranslations } from './build/compactTranslations.js';

// Nothing may load from, or be sent to, another origin (issue 4, "Security and privacy").
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the Content-Security-Policy to the production build only: the dev server needs inline scripts for React refresh. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'common-ground:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `use-sync-external-store` (which `@xstate/react` imports) ships CommonJS only, and bundling it keeps all of Preact's
 * compatibility layer; these ES modules of ours stand in for its two entry points (src/compat/selectionMemo.ts).
 * The unit tests use the same aliases (vitest.config.ts).
 */
export const compatAliases: Alias[] = [
  {
    find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
    replacement: fileURLToPath(new URL('./src/compat/useSyncExternalStoreWithSelector.ts', import.meta.url)),
  },
  {
    find: /^use-sync-external-store\/shim(\.js)?$/,
    replacement: fileURLToPath(new URL('./src/compat/useSyncExternalStore.ts', import.meta.url)),
  },
];

// "@common-ground/source" resolves core to its TypeScript sources, so the demo runs from a fresh clone without a core build.
// The code is written against React's API; `react` and `react-dom` are installed as Preact's compatibility layer
// (package.json aliases, decision 0011), so Vite's own JSX transform is all we need: no React plugin.
export default defineConfig({
  plugins: [contentSecurityPolicy(), compactTranslations()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  resolve: { conditions: ['@common-ground/source', ...defaultClientConditions], alias: compatAliases },
  build: {
    // Every browser the demo supports preloads modules natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Vite 8 turns top-level const and let into var, which stops the minifier from inlining constants and
        // dropping the code they rule out (vitejs/vite#22363); the demo needs neither var's hoisting nor its TDZ
        // leniency, and keeping const saves 0.1 kB gzip.
        topLevelVar: false,
        codeSplitting: {
          // The words (both languages' messages and lexicons) in a chunk of their own: gzip compresses prose better
          // apart from code (2.3 kB less in total, measured), and a code change leaves the words cached.
          groups: [{ name: 'words', test: /\/i18n\/messages\/|\/demoMessages\.ts$|\/lexicon\.[a-z]+\.ts$/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
