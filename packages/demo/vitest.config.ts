import { defineProject } from 'vitest/config';
import { compatAliases } from './vite.config.js';

export default defineProject({
  resolve: { conditions: ['@common-ground/source'], alias: compatAliases },
  test: {
    name: 'demo',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'build/**/*.test.ts'],
    environment: 'node',
  },
});
