import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// "@common-ground/source" resolves core to its TypeScript sources, so the demo runs from a fresh clone without a core build.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@common-ground/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
