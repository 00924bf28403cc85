import { defineConfig } from 'vitest/config';

// One root config runs every package's unit tests; each package has its own project file.
export default defineConfig({
  resolve: { conditions: ['@common-ground/source'] },
  test: {
    projects: ['packages/*/vitest.config.ts'],
  },
});
