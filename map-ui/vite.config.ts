import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { MAP_CACHE, MAP_CACHE_ENTRIES, PINS_CACHE, STYLE_CACHE } from './src/field/caches';

// `npm run dev` serves the UI with hot reload and passes everything else to a running
// Waymark (WAYMARK_DEV_SERVER, default http://127.0.0.1:8080).
const upstream = process.env.WAYMARK_DEV_SERVER ?? 'http://127.0.0.1:8080';
const proxied = ['/api', '/tiles', '/style.json', '/fonts', '/sprites', '/openapi.json'];

export default defineConfig({
  resolve: {
    alias: [
      // The RTL text plugin's built file, which its package does not export; map.ts takes its
      // URL (`?url`) so that Waymark serves it (MapLibre loads it into its workers).
      {
        find: /^rtl-text-plugin\.js(?=\?|$)/,
        replacement: fileURLToPath(new URL('./node_modules/@mapbox/mapbox-gl-rtl-text/dist/mapbox-gl-rtl-text.js', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline script (the server's CSP forbids it) and nothing to polyfill in evergreen browsers.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
    rollupOptions: {
      output: {
        // Message chunks named by language and file (locale-pl-map-…js), so that make bench
        // can tell each language's size.
        chunkFileNames: (chunk) => {
          const ftl = chunk.facadeModuleId?.match(/locales\/([^/]+)\/([^/.]+)\.ftl/);
          return ftl ? `assets/locale-${ftl[1]}-${ftl[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  plugins: [
    // The field page's service worker (/sw.js, made by Workbox): it precaches the built app
    // so that /field/ opens with no signal. Only src/field registers it, with scope /field/,
    // so the plan map and the workshop pages never run under it and everything it sees comes
    // from the field page; nothing is injected into index.html. Besides precached files and
    // /field/ page loads it answers only what the field page's small map needs (the rules
    // below). API requests (reads and writes) always go straight to the network: the page
    // keeps its own data in IndexedDB.
    //
    // The rules' URL tests are copied into sw.js as source text, so they cannot use names
    // from here; the cache names are plain values and come from src/field/caches.ts.
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
        // Each rule matches with ignoreVary: these answers vary (Vary: origin, accept-encoding)
        // only in ways that do not matter once the browser holds them (the CORS answer is
        // `*`, the body is decoded), while the request that kept an answer and the one looking
        // for it need not carry the same such headers: strictly matched, the kept style was
        // missed offline.
        runtimeCaching: [
          {
            // Network first, so that a changed style reaches the phone; with no signal (or
            // none within a few seconds) the last one seen, else an empty style, which the
            // page takes as "no map". Each plan's style is kept by its own address (`?plan=`).
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/style.json',
            handler: 'NetworkFirst',
            options: {
              cacheName: STYLE_CACHE,
              matchOptions: { ignoreVary: true },
              networkTimeoutSeconds: 5,
              expiration: { maxEntries: 4 },
              precacheFallback: { fallbackURL: '/offline-style.json' },
            },
          },
          {
            // The kept map: basemap and neighbourhood tiles, glyphs and the sprite. From the
            // cache at once (the page keeps the plan area here ahead of time, see
            // src/field/keep.ts), refreshed from the network when there is one. Empty tiles
            // (204) are kept too, so that offline they are empty rather than errors. No
            // maximum age: an old basemap with no signal beats none.
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin &&
              (/^\/tiles\/(basemap|neighbourhoods|basemap-pmtiles\/[^/]+)\/\d+\/\d+\/\d+\.mvt$/.test(url.pathname) ||
                url.pathname.startsWith('/fonts/') ||
                url.pathname.startsWith('/sprites/')),
            handler: 'StaleWhileRevalidate',
            options: {
              cacheName: MAP_CACHE,
              matchOptions: { ignoreVary: true },
              cacheableResponse: { statuses: [200, 204] },
              expiration: { maxEntries: MAP_CACHE_ENTRIES, purgeOnQuotaError: true },
            },
          },
          {
            // Pins change often: the network first, the last copy seen only with no signal.
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin && /^\/tiles\/contributions\/\d+\/\d+\/\d+\.mvt$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: PINS_CACHE,
              matchOptions: { ignoreVary: true },
              networkTimeoutSeconds: 3,
              cacheableResponse: { statuses: [200, 204] },
              expiration: { maxEntries: 300, maxAgeSeconds: 7 * 24 * 3600, purgeOnQuotaError: true },
            },
          },
        ],
      },
    }),
  ],
  server: {
    // The message catalogue lives beside the UI, in ../locales.
    fs: { allow: ['..'] },
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: upstream, changeOrigin: false }])),
  },
});
