// Live events under load (issue 8): SUBSCRIBERS open event streams on the demo plan;
// PINS pins are posted one by one; each subscriber notes when each pin arrives. Then a
// workshop: PARTICIPANTS post one pin each within WINDOW_S seconds, and one projector
// stream must receive them all. A pin counts once per stream however often it arrives;
// repeats are counted apart as duplicates. Prints one JSON line for bench/events.sh.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const base = process.env.WAYMARK_URL;
const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 2000);
const PINS = Number(process.env.PINS ?? 40);
const GAP_MS = Number(process.env.GAP_MS ?? 100);
const PARTICIPANTS = Number(process.env.PARTICIPANTS ?? 200);
const WINDOW_S = Number(process.env.WINDOW_S ?? 10);
const WORKSHOP = process.env.WORKSHOP_CODE;
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/** Opens an event stream; calls onCreated(id, title, at) for each `created` event. */
function subscribe(onCreated) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/api/v1/plans/milton-keynes/events`,
      { agent, headers: { accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) { reject(new Error(`stream: ${res.statusCode}`)); return; }
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let kind = ''; let data = '';
            for (const line of block.split('\n')) {
              if (line.startsWith('event:')) kind = line.slice(6).trim();
              else if (line.startsWith('data:')) data += line.slice(5).trim();
            }
            if (kind === 'created') {
              const pin = JSON.parse(data);
              onCreated(pin.id, pin.properties.title, performance.now());
            }
          }
        });
        resolve(req);
      });
    req.on('error', reject);
  });
}

function post(title, extra = {}) {
  const body = JSON.stringify({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [-0.76 + Math.random() * 0.03, 52.02 + Math.random() * 0.03] },
    properties: { kind: 'idea', themes: ['community'], title, body: 'Posted by the events benchmark.', ...extra },
  });
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/api/v1/plans/milton-keynes/contributions`,
      { method: 'POST', agent, headers: { 'content-type': 'application/geo+json', 'content-length': Buffer.byteLength(body) } },
      (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A stream's view of the pins: each pin id once; a second arrival is a duplicate. */
function distinct() {
  const seen = new Set();
  const counts = { duplicates: 0 };
  counts.first = (id) => {
    if (seen.has(id)) { counts.duplicates++; return false; }
    seen.add(id);
    return true;
  };
  counts.size = () => seen.size;
  return counts;
}

// Phase 1: fan-out.
const sentAt = new Map();
const latencies = [];
let received = 0;
const views = [];
const streams = [];
for (let i = 0; i < SUBSCRIBERS; i += 100) {
  const batch = [];
  for (let j = i; j < Math.min(SUBSCRIBERS, i + 100); j++) {
    const view = distinct();
    views.push(view);
    batch.push(subscribe((id, title, at) => {
      const t0 = sentAt.get(title);
      if (t0 !== undefined && view.first(id)) { latencies.push(at - t0); received++; }
    }));
  }
  streams.push(...await Promise.all(batch));
}
await sleep(1000);
let postErrors = 0;
for (let i = 0; i < PINS; i++) {
  const title = `Fan-out ${i}`;
  sentAt.set(title, performance.now());
  const status = await post(title);
  if (status !== 201) postErrors++;
  await sleep(GAP_MS);
}
const expected = SUBSCRIBERS * PINS;
const deadline = performance.now() + 10_000;
while (received < expected && performance.now() < deadline) await sleep(100);
for (const s of streams) s.destroy();
latencies.sort((a, b) => a - b);
const duplicates = views.reduce((n, v) => n + v.duplicates, 0);

// Phase 2: a workshop of PARTICIPANTS posting within WINDOW_S seconds.
const projector = distinct();
const projectorStream = await subscribe((id, title) => { if (title.startsWith('Participant ')) projector.first(id); });
await sleep(500);
const t0 = performance.now();
const posts = [];
for (let i = 0; i < PARTICIPANTS; i++) {
  posts.push(sleep((WINDOW_S * 1000 * i) / PARTICIPANTS).then(() => post(`Participant ${i}`, WORKSHOP ? { workshop: WORKSHOP } : {})));
}
const statuses = await Promise.all(posts);
const postedIn = (performance.now() - t0) / 1000;
const wait = performance.now() + 10_000;
while (projector.size() < PARTICIPANTS && performance.now() < wait) await sleep(100);
projectorStream.destroy();

console.log(JSON.stringify({
  subscribers: SUBSCRIBERS, pins: PINS, expected, received, lost: expected - received, duplicates, post_errors: postErrors,
  p50_ms: percentile(latencies, 0.5), p99_ms: percentile(latencies, 0.99), max_ms: latencies.at(-1) ?? NaN,
  participants: PARTICIPANTS, accepted: statuses.filter((s) => s === 201).length,
  posted_in_s: postedIn, on_projector: projector.size(), projector_duplicates: projector.duplicates,
}));
process.exit(0);
