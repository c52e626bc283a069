import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `pnpm dev` proxies the API (started separately on :4000, or API_URL) so that the session cookie
// and the WebSocket share the page's origin: the server accepts the cookie over WebSocket only
// from its own origin, which it recognises by the forwarded Host header (hence no changeOrigin).
const api = process.env['API_URL'] ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Stripe's currency rules have one home, the dependency-free module of currency/: see lib/money.ts.
    alias: { '@money': fileURLToPath(new URL('../currency/src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '^/pay/.*': { target: api },
      '/webhooks': { target: api },
    },
  },
  build: {
    // Source maps stay out of the served bundle; the size budget is on what the browser loads.
    sourcemap: false,
    // scripts/initial-size.mjs reads it to hold the initial download to its budget.
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
