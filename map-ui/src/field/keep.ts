// Keeps the field page's small map for offline use, as field-data apps keep an offline
// basemap: while the phone is online and a mobiliser is signed in, the tiles of the plan
// area (basemap and neighbourhoods, zooms 0 to 15), the glyphs and sprite they need and the
// style itself go into the caches the service worker answers the map from (caches.ts).
// Only what is not kept yet is fetched, two requests at a time, so a second visit costs
// no tile request. Pins are not kept: they change often, and the worker has them network
// first. At zoom 16 and closer MapLibre draws the zoom 15 tiles larger, so taps stay
// precise to a few metres.

import { styleUrl, type BBox, type Plan } from '../api';
import { isRtl } from '../i18n';
import { KEEP_MAX_TILES, MAP_CACHE, STYLE_CACHE } from './caches';

/** The tile layers kept: the map's background (a plan's own archive too). Pins change too often to keep. */
const KEPT_LAYERS = /^\/tiles\/(basemap|neighbourhoods|basemap-pmtiles\/[^/]+)\/\{z\}\/\{x\}\/\{y\}\.mvt$/;

/** Street level for a town: about 3 m a pixel, and a few hundred tiles for 15 km. */
const MAX_ZOOM = 15;

/** Requests at a time: polite to the server, and the form stays quick. */
const AT_ONCE = 2;

/** Glyph ranges kept: Latin-1 and Latin Extended-A (Polish and Romanian letters), and the
 * punctuation of names (’ “ ” –); a phone set to a language written in Arabic script also keeps
 * the Arabic blocks and their presentation forms, so its labels draw with no signal. */
const LATIN_RANGES = ['0-255', '256-511', '8192-8447'];
const ARABIC_RANGES = ['1536-1791', '1792-2047', '64256-64511', '64512-64767', '64768-65023', '65024-65279'];
const glyphRanges = (): string[] => (isRtl() ? [...LATIN_RANGES, ...ARABIC_RANGES] : LATIN_RANGES);

export type KeepState =
  /** No Cache Storage here (an insecure origin, an old browser): nothing is said. */
  | { state: 'unsupported' }
  | { state: 'keeping'; done: number; total: number }
  /** `fresh`: tiles were fetched just now (else they were all kept before). */
  | { state: 'kept'; tiles: number; fresh: boolean }
  | { state: 'partly'; kept: number; total: number }
  | { state: 'none' };

interface StyleSource {
  type: string;
  tiles?: string[];
  minzoom?: number;
  maxzoom?: number;
}

interface Style {
  sources: Record<string, StyleSource>;
  glyphs?: string;
  sprite?: string | { id: string; url: string }[];
  layers: { layout?: Record<string, unknown> }[];
}

/** What to keep for one plan: the tiles (counted for the mobiliser) and what else the map loads. */
interface Wanted {
  tiles: string[];
  others: string[];
}

const sameOrigin = (url: URL) => url.origin === location.origin;

/** x of the tile column holding `lon` at zoom z (Web Mercator). */
function column(lon: number, z: number): number {
  const n = 2 ** z;
  return Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
}

/** y of the tile row holding `lat` at zoom z (Web Mercator, north at 0). */
function row(lat: number, z: number): number {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return Math.min(n - 1, Math.max(0, y));
}

/** The tiles [z, x, y] covering `bbox` at zoom z. */
export function tilesAt(bbox: BBox, z: number): [number, number, number][] {
  const [w, s, e, n] = bbox;
  const tiles: [number, number, number][] = [];
  for (let y = row(n, z); y <= row(s, z); y += 1) {
    for (let x = column(w, z); x <= column(e, z); x += 1) tiles.push([z, x, y]);
  }
  return tiles;
}

/**
 * The URLs to keep for `bbox` under `style`. The deepest zoom is MAX_ZOOM, or less where a
 * large plan would need more than KEEP_MAX_TILES tiles (the cache's room, see caches.ts).
 */
export function wantedFor(style: Style, bbox: BBox): Wanted {
  const templates: { url: string; minzoom: number; maxzoom: number }[] = [];
  for (const source of Object.values(style.sources)) {
    const url = source.type === 'vector' ? source.tiles?.[0] : undefined;
    if (!url) continue;
    const parsed = new URL(url, location.href);
    // An operator's external basemap is neither the worker's to cache nor ours to copy.
    if (!sameOrigin(parsed) || !KEPT_LAYERS.test(decodeURI(parsed.pathname))) continue;
    templates.push({ url, minzoom: source.minzoom ?? 0, maxzoom: source.maxzoom ?? 22 });
  }
  const count = (deepest: number) =>
    templates.reduce((sum, t) => {
      let n = 0;
      for (let z = t.minzoom; z <= Math.min(deepest, t.maxzoom); z += 1) n += tilesAt(bbox, z).length;
      return sum + n;
    }, 0);
  let deepest = MAX_ZOOM;
  while (deepest > 0 && count(deepest) > KEEP_MAX_TILES) deepest -= 1;

  // Shallow zooms first: a download cut short still gives a whole, coarser map.
  const tiles: string[] = [];
  for (let z = 0; z <= deepest; z += 1) {
    for (const t of templates) {
      if (z < t.minzoom || z > t.maxzoom) continue;
      for (const [tz, x, y] of tilesAt(bbox, z)) {
        const url = t.url.replace('{z}', String(tz)).replace('{x}', String(x)).replace('{y}', String(y));
        tiles.push(new URL(url, location.href).href);
      }
    }
  }
  return { tiles, others: [...glyphsFor(style), ...spriteFor(style)] };
}

/** The glyph ranges of every font the style's labels use (MapLibre joins a stack with commas). */
function glyphsFor(style: Style): string[] {
  if (!style.glyphs) return [];
  const stacks = new Set<string>();
  for (const layer of style.layers) {
    const font = layer.layout?.['text-font'];
    if (Array.isArray(font) && font.every((f) => typeof f === 'string')) stacks.add(font.join(','));
  }
  const urls: string[] = [];
  for (const stack of stacks) {
    for (const range of glyphRanges()) {
      urls.push(style.glyphs.replace('{fontstack}', stack).replace('{range}', range));
    }
  }
  return urls.map((u) => new URL(u, location.href)).filter(sameOrigin).map((u) => u.href);
}

/** The sprite's index and image at this screen's density, as MapLibre asks for them. */
function spriteFor(style: Style): string[] {
  const bases = typeof style.sprite === 'string' ? [style.sprite] : (style.sprite ?? []).map((s) => s.url);
  const density = devicePixelRatio > 1 ? '@2x' : '';
  return bases
    .flatMap((base) => [`${base}${density}.json`, `${base}${density}.png`])
    .map((u) => new URL(u, location.href))
    .filter(sameOrigin)
    .map((u) => u.href);
}

export class MapKeeper {
  private running: Promise<void> | null = null;

  constructor(private readonly show: (state: KeepState) => void) {}

  /** Says what is kept, without fetching anything (offline). */
  async check(plan: Plan): Promise<void> {
    if (!('caches' in window)) {
      this.show({ state: 'unsupported' });
      return;
    }
    const style = await (await caches.open(STYLE_CACHE)).match(styleUrl(plan.slug), { ignoreVary: true });
    if (!style) {
      this.show({ state: 'none' });
      return;
    }
    const wanted = wantedFor(await style.json(), plan.bbox);
    const have = await this.kept();
    const kept = wanted.tiles.filter((u) => have.has(u)).length;
    if (kept === wanted.tiles.length) this.show({ state: 'kept', tiles: kept, fresh: false });
    else this.show(kept ? { state: 'partly', kept, total: wanted.tiles.length } : { state: 'none' });
  }

  /** Fetches what is not kept yet for `plan`; a second call while one runs joins it. */
  keep(plan: Plan): Promise<void> {
    if (!('caches' in window)) {
      this.show({ state: 'unsupported' });
      return Promise.resolve();
    }
    this.running ??= this.download(plan).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async kept(): Promise<Set<string>> {
    return new Set((await (await caches.open(MAP_CACHE)).keys()).map((r) => r.url));
  }

  private async download(plan: Plan): Promise<void> {
    let style: Style;
    try {
      const response = await fetch(styleUrl(plan.slug));
      if (!response.ok) throw new Error(`style: HTTP ${response.status}`);
      // Kept here as well as by the worker's rule: before the worker takes the page (its
      // first visit) nothing else would keep it.
      await (await caches.open(STYLE_CACHE)).put(styleUrl(plan.slug), response.clone());
      style = await response.json();
    } catch {
      await this.check(plan);
      return;
    }
    const wanted = wantedFor(style, plan.bbox);
    const cache = await caches.open(MAP_CACHE);
    const have = await this.kept();
    const isTile = new Set(wanted.tiles);
    const todo = [...wanted.others, ...wanted.tiles].filter((u) => !have.has(u));
    const fetching = todo.length;
    const total = wanted.tiles.length;
    let done = wanted.tiles.filter((u) => have.has(u)).length;
    let missed = 0;
    let stopped = false;
    if (fetching) this.show({ state: 'keeping', done, total });

    const fetchInTurn = async (): Promise<void> => {
      for (let url = todo.shift(); url && !stopped; url = todo.shift()) {
        let response: Response;
        try {
          response = await fetch(url);
        } catch {
          // No connection any more: the rest waits for the next time online.
          stopped = true;
          return;
        }
        // 204: nothing there. Kept too, so that offline it is empty rather than an error.
        if (response.status === 200 || response.status === 204) {
          // Under the worker its rule has usually kept this answer already; keeping it
          // here too costs a write, not a request, and holds before the worker takes over.
          await cache.put(url, response);
          if (isTile.has(url)) {
            done += 1;
            this.show({ state: 'keeping', done, total });
          }
        } else if (response.status >= 500) {
          stopped = true;
        } else if (isTile.has(url)) {
          // A glyph range the server does not have only leaves some characters out.
          missed += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, fetchInTurn));
    if (stopped || missed) this.show({ state: 'partly', kept: done, total });
    else this.show({ state: 'kept', tiles: total, fresh: fetching > 0 });
  }
}
