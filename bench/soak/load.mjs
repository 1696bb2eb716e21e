// The soak load (bench/soak.sh): for DURATION_S seconds, STREAMS open event streams and
// WORKERS clients looping over the map's own mix of requests: the plan and the list in view
// (map reads), contributions, neighbourhoods and basemap tiles around Milton Keynes (tiles),
// and a new pin now and then (writes). Prints one JSON line: per route group the count,
// errors and p50/p99, the events received, and RSS samples of the server (SERVER_PID).

import { readFileSync } from 'node:fs';

const base = process.env.WAYMARK_URL;
const duration = Number(process.env.DURATION_S ?? 1200) * 1000;
const warmup = Number(process.env.WARMUP_S ?? 60) * 1000;
const streams = Number(process.env.STREAMS ?? 500);
const workers = Number(process.env.WORKERS ?? 16);
const pid = process.env.SERVER_PID;
const plan = 'milton-keynes';

const rssMb = () => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
};

// A deterministic generator, so two runs ask for the same things.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const tileOf = (lon, lat, z) => {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return [x, y];
};

const around = () => [-0.82 + random() * 0.14, 51.99 + random() * 0.1];

// Where the new pins go. `spread` (the default): within 150 m of a neighbourhood's centre,
// a neighbourhood drawn at random, like a consultation's pins across the city. `spot`
// (WRITES_AT=spot): every pin in one 150 × 220 m box, the earlier soaks' load, under which
// that box's tiles grow by a pin each write for the whole run.
const centres = (await (await fetch(`${base}/api/v1/plans/${plan}/neighbourhoods`)).json()).features.map(
  (f) => f.properties.centre,
);
const writeAt =
  process.env.WRITES_AT === 'spot'
    ? () => [-0.7485 + random() * 0.002, 52.0335 + random() * 0.002]
    : () => {
        const [lon, lat] = centres[Math.floor(random() * centres.length)];
        return [lon - 0.002 + random() * 0.004, lat - 0.0013 + random() * 0.0026];
      };

function request() {
  const roll = random();
  const [lon, lat] = around();
  if (roll < 0.55) {
    const z = 12 + Math.floor(random() * 5);
    const [x, y] = tileOf(lon, lat, z);
    const layer = ['contributions', 'neighbourhoods', 'basemap'][Math.floor(random() * 3)];
    return { group: 'tiles', url: `/tiles/${layer}/${z}/${x}/${y}.mvt` };
  }
  if (roll < 0.93) {
    const d = 0.01;
    return random() < 0.5
      ? { group: 'map reads', url: `/api/v1/plans/${plan}/contributions?bbox=${lon - d},${lat - d},${lon + d},${lat + d}&limit=50` }
      : { group: 'map reads', url: `/api/v1/plans/${plan}` };
  }
  return {
    group: 'writes',
    url: `/api/v1/plans/${plan}/contributions`,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'soak' },
      body: JSON.stringify({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: writeAt() },
        properties: { kind: 'idea', themes: ['community'], title: 'Soak test idea', body: 'Written by the soak benchmark.' },
      }),
    },
  };
}

const groups = new Map();
const record = (group, ms, ok) => {
  const g = groups.get(group) ?? { times: [], errors: 0 };
  if (ok) g.times.push(ms);
  else g.errors += 1;
  groups.set(group, g);
};

let received = 0;
let streamErrors = 0;
const stop = new AbortController();

async function stream() {
  try {
    const response = await fetch(`${base}/api/v1/plans/${plan}/events`, { signal: stop.signal });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const decoder = new TextDecoder();
    for await (const chunk of response.body) {
      received += (decoder.decode(chunk).match(/^event: created$/gm) ?? []).length;
    }
  } catch (err) {
    if (!stop.signal.aborted) streamErrors += 1;
  }
}

async function worker(until) {
  while (Date.now() < until) {
    const { group, url, init } = request();
    const started = performance.now();
    let ok = false;
    try {
      const response = await fetch(base + url, init);
      await response.arrayBuffer();
      ok = response.status < 400;
    } catch {
      ok = false;
    }
    record(group, performance.now() - started, ok);
  }
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

const started = Date.now();
const open = Array.from({ length: streams }, () => stream());
const samples = [];
const sampler = setInterval(() => samples.push({ at_s: Math.round((Date.now() - started) / 1000), rss_mb: rssMb() }), 10_000);
const running = Promise.all(Array.from({ length: workers }, () => worker(started + duration)));
// Measured from the end of the warm-up: caches filled, pools opened.
await new Promise((resolve) => setTimeout(resolve, warmup));
const rssAfterWarmup = rssMb();
groups.clear();
await running;
const rssEnd = rssMb();
clearInterval(sampler);
stop.abort();
await Promise.allSettled(open);

const summary = {};
for (const [name, g] of groups) {
  const sorted = g.times.sort((a, b) => a - b);
  summary[name] = { count: sorted.length, errors: g.errors, p50_ms: quantile(sorted, 0.5), p99_ms: quantile(sorted, 0.99) };
}
console.log(JSON.stringify({
  duration_s: duration / 1000, warmup_s: warmup / 1000, streams, workers,
  rss_after_warmup_mb: rssAfterWarmup, rss_end_mb: rssEnd, samples,
  groups: summary, events_received: received, stream_errors: streamErrors,
}));
