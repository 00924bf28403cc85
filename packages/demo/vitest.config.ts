import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@common-ground/source'] },
  test: {
    name: 'demo',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
