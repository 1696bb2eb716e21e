import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
  plugins: [
    // The field page's service worker (/sw.js, made by Workbox): it precaches the built app
    // so that /field/ opens with no signal. Only src/field registers it, with scope /field/,
    // so the plan map and the workshop pages never run under it; nothing is injected into
    // index.html. It answers only precached files and /field/ page loads: API requests
    // (reads and writes) go straight to the network, and the page keeps its own data in
    // IndexedDB.
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,json,webmanifest}'],
        globIgnores: ['**/workshop-*'],
        navigateFallback: '/index.html',
        navigateFallbackAllowlist: [/^\/field\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // index.html preloads the plan map's style before any script runs. Offline, the
            // field page (which shows no map then) gets an empty style rather than an error.
            urlPattern: ({ url }) => url.pathname === '/style.json',
            handler: 'NetworkOnly',
            options: { precacheFallback: { fallbackURL: '/offline-style.json' } },
          },
        ],
      },
    }),
  ],
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: upstream, changeOrigin: false }])),
  },
});
