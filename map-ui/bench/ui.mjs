// The web app's weight and speed: gzipped JS+CSS of map-ui/dist against the 350 KB budget,
// and the time from navigation to the map's first `idle` (everything in view drawn) with
// the demo plan, the median of 5 cold loads in headless Chromium, against the reference of
// MapLibre alone on a bare page drawing the same style, plan extent and map size in the
// same run (the ratio is what the app costs on top). WAYMARK_URL: the server.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = path.join(ROOT, 'map-ui', 'dist');
const BUDGET_KB = 350;
const RUNS = 5;
const BASE = (process.env.WAYMARK_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');

// playwright-core is installed for the browser tests; use that copy.
const require = createRequire(path.join(ROOT, 'tests', 'e2e', 'package.json'));
const { chromium } = require('playwright-core');

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(full)));
    else out.push(full);
  }
  return out;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

async function bundleSize() {
  const sizes = { js: 0, css: 0 };
  for (const file of await files(DIST)) {
    const ext = path.extname(file).slice(1);
    const kind = ext === 'js' || ext === 'mjs' ? 'js' : ext === 'css' ? 'css' : null;
    if (kind) sizes[kind] += gzipSync(await readFile(file), { level: 9 }).length;
  }
  return sizes;
}

const MAPLIBRE = path.join(ROOT, 'map-ui', 'node_modules', 'maplibre-gl', 'dist');

/** A bare page: MapLibre, the plan's extent, the server's style, a map of `size`. */
function referencePage(size) {
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/__bench/maplibre-gl.css">
<style>html, body { margin: 0 } #map { width: ${size.width}px; height: ${size.height}px }</style>
</head><body><div id="map"></div><script src="/__bench/maplibre-gl.js"></script><script>
fetch('/api/v1/plans/milton-keynes').then((r) => r.json()).then((plan) => {
  const map = new maplibregl.Map({ container: 'map', style: '/style.json', bounds: plan.bbox, fitBoundsOptions: { padding: 16 } });
  map.once('idle', () => { window.firstIdle = performance.now(); });
});
</script></body></html>`;
}

/** Milliseconds from navigation to the first `idle` of the app's map, and the map's size. */
async function appLoad(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${BASE}/p/milton-keynes`);
    const handle = await page.waitForFunction(() => window.__waymark?.firstIdle?.() ?? null, null, { timeout: 60_000 });
    const size = await page.$eval('#map', (el) => ({ width: el.clientWidth, height: el.clientHeight }));
    return { ms: await handle.jsonValue(), size };
  } finally {
    await context.close();
  }
}

async function referenceLoad(browser, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    // Served by the browser itself under the server's origin, so that the style, tiles,
    // glyphs and sprite come from the server exactly as they do for the app.
    await context.route(`${BASE}/__bench/reference.html`, (r) => r.fulfill({ contentType: 'text/html', body: referencePage(size) }));
    await context.route(`${BASE}/__bench/maplibre-gl.js`, async (r) =>
      r.fulfill({ contentType: 'text/javascript', body: await readFile(path.join(MAPLIBRE, 'maplibre-gl.js')) }));
    await context.route(`${BASE}/__bench/maplibre-gl.css`, async (r) =>
      r.fulfill({ contentType: 'text/css', body: await readFile(path.join(MAPLIBRE, 'maplibre-gl.css')) }));
    const page = await context.newPage();
    await page.goto(`${BASE}/__bench/reference.html`);
    const handle = await page.waitForFunction(() => window.firstIdle ?? null, null, { timeout: 60_000 });
    return await handle.jsonValue();
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sizes = await bundleSize();
const total = sizes.js + sizes.css;
console.log(`map-ui bundle (gzip -9): JS ${kb(sizes.js)} KB + CSS ${kb(sizes.css)} KB = ${kb(total)} KB; budget ${BUDGET_KB} KB (${((100 * total) / 1024 / BUDGET_KB).toFixed(0)}% of it)`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  // Warm the server's tile cache and the OS file cache; not counted.
  const { size } = await appLoad(browser);
  await referenceLoad(browser, size);
  const app = [];
  const reference = [];
  for (let i = 0; i < RUNS; i += 1) {
    app.push((await appLoad(browser)).ms);
    reference.push(await referenceLoad(browser, size));
  }
  const list = (xs) => xs.map((t) => t.toFixed(0)).join(', ');
  console.log(`navigation to first map idle (demo plan, 1280×800, cold browser cache, median of ${RUNS}):`);
  console.log(`  Waymark app            ${median(app).toFixed(0)} ms  (${list(app)})`);
  console.log(`  MapLibre alone (ref.)  ${median(reference).toFixed(0)} ms  (${list(reference)}), same style, extent and ${size.width}×${size.height} map`);
  console.log(`  ratio app / reference  ${(median(app) / median(reference)).toFixed(2)}`);
} finally {
  await browser.close();
}
if (total / 1024 > BUDGET_KB) {
  console.error(`over budget: ${kb(total)} KB > ${BUDGET_KB} KB`);
  process.exitCode = 1;
}
