import { defineConfig } from 'vite';

// `npm run dev` serves the UI with hot reload and passes everything else to a running
// Waymark (WAYMARK_DEV_SERVER, default http://127.0.0.1:8080).
const upstream = process.env.WAYMARK_DEV_SERVER ?? 'http://127.0.0.1:8080';
const proxied = ['/api', '/tiles', '/style.json', '/fonts', '/sprites', '/openapi.json'];

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline script (the server's CSP forbids it) and nothing to polyfill in evergreen browsers.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: upstream, changeOrigin: false }])),
  },
});
