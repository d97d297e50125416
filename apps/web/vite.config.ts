// `pnpm dev:web` runs this with hot reload, sending /graphql (HTTP and WebSocket) to a running API:
// SEXTANT_API_URL, by default the API `pnpm start` serves. `pnpm build:web` writes dist/, which the
// API serves at /.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.SEXTANT_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': { target: api, ws: true, changeOrigin: true } } },
  // The budget that matters is gzip size, checked by test/integration/web-ui.test.ts; Vite's raw-size
  // warning would otherwise fire on the dashboard's chart chunk at every build.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 700 },
});
