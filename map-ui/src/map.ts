// The map: MapLibre with the server's style for the plan (/style.json?plan=). The style owns how things look; this
// module only filters its layers, shows the pin being placed, the area being drawn (draw.ts),
// the selected pin's ring, and, at the zooms where the server sends bubbles, the matches of
// filters that bubbles cannot express (a clustered copy of the style's own bubble and pin
// layers over the API results).

import maplibregl, {
  type ExpressionSpecification,
  type FilterSpecification,
  type GeoJSONSource,
  type LayerSpecification,
  type MapGeoJSONFeature,
  type MapMouseEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { styleUrl, type BBox, type Contribution, type Filters, type LonLat } from './api';
import { reducedMotion } from './dom';
import { AreaDrawing, type DrawHandlers } from './draw';
import { isRtl } from './i18n';
import { OUTCOME_COLOURS } from './outcomes/colours';
import { strings, type Kind } from './strings';
// MapLibre's shaping of Arabic-script labels, served from the built app (no outside request).
import rtlTextPlugin from 'rtl-text-plugin.js?url';
import type { MapView } from './url';

/** A map corner on the reading direction's start or end side (MapLibre's are physical). */
function corner(v: 'top' | 'bottom', side: 'start' | 'end'): maplibregl.ControlPosition {
  return `${v}-${(side === 'start') !== isRtl() ? 'left' : 'right'}`;
}

let rtlPluginSet = false;
/**
 * Loads MapLibre's RTL text plugin once: at once on a right-to-left page (its own labels are
 * Arabic script), else only when the map first meets such text.
 */
export function useRtlTextPlugin(): void {
  if (rtlPluginSet || maplibregl.getRTLTextPluginStatus() !== 'unavailable') return;
  rtlPluginSet = true;
  maplibregl.setRTLTextPlugin(new URL(rtlTextPlugin, location.href).href, !isRtl()).catch((err: unknown) => console.warn('RTL text plugin:', err));
}

/** 'loaded' once the RTL text plugin shapes Arabic-script labels (for the browser tests). */
export const rtlTextPluginStatus = (): string => maplibregl.getRTLTextPluginStatus();

/** Layer ids of the server's style. */
export const LAYER_PINS = 'contributions';
export const LAYER_BUBBLES = 'contribution-clusters';
export const LAYER_BUBBLE_COUNT = 'contribution-cluster-count';
const SOURCE = 'contributions';

/** A ring under each answered pin, coloured by its outcome (the tiles' `status`). */
const OUTCOME_RINGS = 'waymark-outcome-rings';
const MATCHES = 'waymark-matches';
const MATCH_PINS = `${MATCHES}-pins`;
const MATCH_BUBBLES = `${MATCHES}-bubbles`;
const MATCH_BUBBLE_COUNT = `${MATCHES}-bubble-count`;
/** Below this zoom the server sends bubbles instead of pins. */
export const PIN_ZOOM = 13;

const KIND_FIELD: Record<Kind, string> = { idea: 'ideas', issue: 'issues', interest: 'interests', story: 'stories' };

export interface MapHandlers {
  /** A pin was chosen on the map. */
  select(id: string): void;
  /** The view settled after a move. */
  moved(): void;
  /** The new pin was put down or moved. */
  placed(at: LonLat, how: 'pointer' | 'keyboard' | 'drag'): void;
  /** Escape while placing with the keyboard. */
  leaveKeyboardPlacing(): void;
}

type Json = unknown;

/** `value` with every `["get", field]` replaced by `by` (expressions and "{field}" tokens). */
function replaceGet(value: Json, field: string, by: Json): Json {
  if (Array.isArray(value)) {
    if (value.length === 2 && value[0] === 'get' && value[1] === field) return by;
    return value.map((v) => replaceGet(v, field, by));
  }
  if (typeof value === 'string' && value.includes(`{${field}}`)) {
    return ['to-string', by];
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceGet(v, field, by)]));
  }
  return value;
}

function mentions(value: Json, field: string): boolean {
  return JSON.stringify(value ?? null).includes(JSON.stringify(field)) || JSON.stringify(value ?? null).includes(`{${field}}`);
}

export class WaymarkMap {
  readonly map: maplibregl.Map;
  /** The style's own definitions of the layers this module changes. */
  private original = new Map<string, LayerSpecification>();
  private placing = false;
  private pin: maplibregl.Marker | null = null;
  private ring: maplibregl.Marker | null = null;
  private readonly crosshair: HTMLElement;
  private readonly keyboardHint: HTMLElement;
  private matchesShown = false;
  /** An area being drawn (or drawn): while there is one, clicks on the map belong to it. */
  private drawing: AreaDrawing | null = null;
  readonly ready: Promise<void>;

  constructor(
    container: HTMLElement,
    plan: { slug: string; title: string },
    private readonly bbox: BBox,
    view: MapView | null,
    private readonly on: MapHandlers,
  ) {
    const [w, s, e, n] = bbox;
    const padX = (e - w) * 0.6;
    const padY = (n - s) * 0.6;
    useRtlTextPlugin();
    this.map = new maplibregl.Map({
      container,
      style: styleUrl(plan.slug),
      ...(view
        ? { center: [view.lon, view.lat] as LonLat, zoom: view.zoom }
        : { bounds: bbox, fitBoundsOptions: { padding: 16 } }),
      maxBounds: [w - padX, s - padY, e + padX, n + padY],
      minZoom: 9,
      maxZoom: 19,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      attributionControl: false,
      locale: strings.mapLocale,
      fadeDuration: reducedMotion() ? 0 : 300,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), corner('top', 'end'));
    // Finding one's own street on a phone; MapLibre hides it where the browser cannot locate.
    this.map.addControl(
      new maplibregl.GeolocateControl({ positionOptions: { enableHighAccuracy: true }, trackUserLocation: false, fitBoundsOptions: { maxZoom: 16 } }),
      corner('top', 'end'),
    );
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), corner('bottom', 'start'));
    this.map.addControl(new maplibregl.AttributionControl({ compact: true }), corner('bottom', 'end'));

    const canvas = this.map.getCanvas();
    canvas.setAttribute('aria-label', strings.mapLabel(plan.title));
    // The canvas container takes the focus (MapLibre's keyboard handler listens there).
    const focusTarget = this.map.getCanvasContainer();
    focusTarget.addEventListener('keydown', (ev) => this.keydown(ev));
    focusTarget.addEventListener('focusin', () => this.updateCrosshair());
    focusTarget.addEventListener('focusout', () => this.updateCrosshair());

    this.crosshair = document.createElement('div');
    this.crosshair.className = 'crosshair';
    this.crosshair.hidden = true;
    this.crosshair.setAttribute('aria-hidden', 'true');
    this.crosshair.title = strings.crosshairLabel;
    container.appendChild(this.crosshair);
    this.keyboardHint = document.createElement('p');
    this.keyboardHint.className = 'keyboard-hint';
    this.keyboardHint.hidden = true;
    this.keyboardHint.setAttribute('aria-hidden', 'true'); // the same words go to the status region
    this.keyboardHint.textContent = strings.keyboardPlacing;
    container.appendChild(this.keyboardHint);

    this.ready = new Promise((resolve) => {
      this.map.once('load', () => {
        for (const layer of this.map.getStyle().layers) this.original.set(layer.id, structuredClone(layer));
        this.addOutcomeRings();
        this.wireLayerEvents();
        resolve();
      });
    });
    this.map.on('moveend', () => this.on.moved());
    this.map.on('click', (ev) => this.click(ev));
  }

  /** Rings under the style's pins, drawn from the same tiles, for pins that have an answer. */
  private addOutcomeRings(): void {
    const pins = this.original.get(LAYER_PINS) as (LayerSpecification & { source?: string; 'source-layer'?: string; filter?: Json }) | undefined;
    if (!pins?.source) return;
    const colour: Json = ['match', ['get', 'status'], ...Object.entries(OUTCOME_COLOURS).flat(), '#4f5660'];
    this.map.addLayer(
      {
        id: OUTCOME_RINGS,
        type: 'circle',
        source: pins.source,
        ...(pins['source-layer'] ? { 'source-layer': pins['source-layer'] } : {}),
        filter: WaymarkMap.ringFilter(pins.filter ?? null, null),
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 13, 17, 19],
          'circle-color': '#ffffff',
          'circle-opacity': 0.9,
          'circle-stroke-color': colour,
          'circle-stroke-width': ['match', ['get', 'status'], 'done', 4, 3],
        },
      } as LayerSpecification,
      LAYER_PINS,
    );
  }

  /** The rings' filter: the pins' own, and only answered ones. */
  private static ringFilter(pinsFilter: Json, extra: Json): FilterSpecification {
    const parts: Json[] = [['!=', ['coalesce', ['get', 'status'], 'open'], 'open']];
    if (pinsFilter) parts.push(pinsFilter);
    if (extra) parts.push(extra);
    return ['all', ...parts] as unknown as FilterSpecification;
  }

  private wireLayerEvents(): void {
    const pointerLayers = [LAYER_PINS, LAYER_BUBBLES, MATCH_PINS, MATCH_BUBBLES];
    for (const id of pointerLayers) {
      this.map.on('mouseenter', id, () => {
        if (!this.placing && !this.drawing) this.map.getCanvas().classList.add('pointer');
      });
      this.map.on('mouseleave', id, () => this.map.getCanvas().classList.remove('pointer'));
    }
  }

  /** Features under a click, with a margin so that a finger finds a small pin. */
  private featuresAt(point: maplibregl.Point): MapGeoJSONFeature[] {
    const layers = [LAYER_PINS, LAYER_BUBBLES, MATCH_PINS, MATCH_BUBBLES].filter((id) => this.map.getLayer(id));
    const r = 12;
    return this.map.queryRenderedFeatures(
      [
        [point.x - r, point.y - r],
        [point.x + r, point.y + r],
      ],
      { layers },
    );
  }

  private click(ev: MapMouseEvent): void {
    if (this.drawing) {
      this.drawing.click(ev);
      return;
    }
    if (this.placing) {
      this.setPin([ev.lngLat.lng, ev.lngLat.lat], 'pointer');
      return;
    }
    const hits = this.featuresAt(ev.point);
    if (!hits.length) return;
    // The nearest hit wins.
    const dist = (f: MapGeoJSONFeature) => {
      const c = (f.geometry as GeoJSON.Point).coordinates as LonLat;
      const p = this.map.project(c);
      return (p.x - ev.point.x) ** 2 + (p.y - ev.point.y) ** 2;
    };
    const hit = hits.sort((a, b) => dist(a) - dist(b))[0];
    const props = hit.properties ?? {};
    const isBubble = hit.layer.id === LAYER_BUBBLES || hit.layer.id === MATCH_BUBBLES;
    if (isBubble) {
      const c = (hit.geometry as GeoJSON.Point).coordinates as LonLat;
      this.moveTo(c, Math.min(this.map.getZoom() + 2, PIN_ZOOM + 0.5));
    } else if (typeof props.id === 'string') {
      this.on.select(props.id);
    }
  }

  private keydown(ev: KeyboardEvent): void {
    if (!this.placing) return;
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      const c = this.map.getCenter();
      this.setPin([c.lng, c.lat], 'keyboard');
    } else if (ev.key === 'Escape') {
      ev.preventDefault();
      this.on.leaveKeyboardPlacing();
    }
  }

  // ---- view -----------------------------------------------------------------------------

  bounds(): BBox {
    const b = this.map.getBounds();
    const [w, s, e, n] = this.bbox;
    // Only ask for what is inside the plan (the view can be wider than the world on a projector).
    return [Math.max(b.getWest(), w - 1), Math.max(b.getSouth(), s - 1), Math.min(b.getEast(), e + 1), Math.min(b.getNorth(), n + 1)];
  }

  view(): MapView {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng };
  }

  moveTo(at: LonLat, zoom?: number): void {
    const options = { center: at, zoom: zoom ?? this.map.getZoom() };
    if (reducedMotion()) this.map.jumpTo(options);
    else this.map.flyTo({ ...options, duration: 800 });
  }

  fit(bbox: BBox, maxZoom = 16): void {
    const padding = Math.min(48, this.map.getContainer().clientWidth / 8);
    this.map.fitBounds(bbox, { padding, maxZoom, duration: reducedMotion() ? 0 : 800 });
  }

  resize(): void {
    this.map.resize();
  }

  // ---- filters ---------------------------------------------------------------------------

  /**
   * Shows only what matches. Kinds and themes are expressions on the style's pins; kinds are
   * also counted into the bubbles. `ids` (from the API, for search and neighbourhood) narrows
   * the pins further. `matches`, when given, replaces the bubbles by the matches themselves.
   */
  applyFilters(filters: Filters, ids: string[] | null, matches: Contribution[] | null): void {
    if (!this.original.size) return;
    const pins = this.original.get(LAYER_PINS);
    if (pins) {
      const parts: Json[] = [];
      if (pins.type !== 'background' && pins.filter) parts.push(pins.filter);
      const f = WaymarkMap.featureFilter(filters, ids);
      if (f) parts.push(f);
      this.map.setFilter(LAYER_PINS, (parts.length ? ['all', ...parts] : null) as FilterSpecification | null);
      if (this.map.getLayer(OUTCOME_RINGS)) this.map.setFilter(OUTCOME_RINGS, WaymarkMap.ringFilter(pins.type !== 'background' ? (pins.filter ?? null) : null, f));
    }
    this.countKindsInBubbles(filters.kinds);
    this.showMatches(matches);
  }

  /** The expression that keeps the pins (tile or GeoJSON properties) matching `filters`. */
  static featureFilter(filters: Filters, ids: string[] | null): ExpressionSpecification | null {
    const parts: Json[] = [];
    if (filters.kinds.length) parts.push(['in', ['get', 'kind'], ['literal', filters.kinds]]);
    if (filters.themes.length) {
      const themes = ['concat', ',', ['coalesce', ['get', 'themes'], ''], ','];
      parts.push(['any', ...filters.themes.map((t) => ['in', `,${t},`, themes])]);
    }
    if (filters.outcomes.length) parts.push(['in', ['coalesce', ['get', 'status'], 'open'], ['literal', filters.outcomes]]);
    if (filters.hasAnswer) parts.push(['!=', ['coalesce', ['get', 'status'], 'open'], 'open']);
    if (ids) parts.push(['in', ['get', 'id'], ['literal', ids]]);
    if (!parts.length) return null;
    return (parts.length === 1 ? parts[0] : ['all', ...parts]) as ExpressionSpecification;
  }

  /** Bubbles count only the chosen kinds, and those with none of them disappear. */
  private countKindsInBubbles(kinds: Kind[]): void {
    const some = kinds.length > 0 && kinds.length < 4;
    const sum: Json = some
      ? kinds.length === 1
        ? ['coalesce', ['get', KIND_FIELD[kinds[0]]], 0]
        : ['+', ...kinds.map((k) => ['coalesce', ['get', KIND_FIELD[k]], 0])]
      : null;
    for (const id of [LAYER_BUBBLES, LAYER_BUBBLE_COUNT]) {
      const layer = this.original.get(id) as (LayerSpecification & { filter?: Json; layout?: Record<string, Json>; paint?: Record<string, Json> }) | undefined;
      if (!layer || !this.map.getLayer(id)) continue;
      for (const [group, setter] of [
        ['layout', (k: string, v: Json) => this.map.setLayoutProperty(id, k, v)],
        ['paint', (k: string, v: Json) => this.map.setPaintProperty(id, k, v)],
      ] as const) {
        for (const [key, value] of Object.entries(layer[group] ?? {})) {
          if (key === 'visibility' || !mentions(value, 'count')) continue;
          setter(key, some ? replaceGet(value, 'count', sum) : value);
        }
      }
      const parts: Json[] = [];
      if (layer.filter) parts.push(some ? replaceGet(layer.filter, 'count', sum) : layer.filter);
      if (some) parts.push(['>', sum, 0]);
      this.map.setFilter(id, (parts.length ? (parts.length === 1 ? parts[0] : ['all', ...parts]) : null) as FilterSpecification | null);
    }
  }

  /**
   * At bubble zooms, the matching contributions themselves, clustered in the browser and
   * drawn with copies of the style's bubble and pin layers; `null` brings the bubbles back.
   */
  private showMatches(matches: Contribution[] | null): void {
    const bubbleLayers = [LAYER_BUBBLES, LAYER_BUBBLE_COUNT].filter((id) => this.map.getLayer(id));
    if (!matches) {
      if (this.matchesShown) {
        for (const id of [MATCH_BUBBLE_COUNT, MATCH_BUBBLES, MATCH_PINS]) if (this.map.getLayer(id)) this.map.removeLayer(id);
        this.map.removeSource(MATCHES);
        this.matchesShown = false;
      }
      for (const id of bubbleLayers) {
        const original = this.original.get(id) as { layout?: { visibility?: 'visible' | 'none' } } | undefined;
        this.map.setLayoutProperty(id, 'visibility', original?.layout?.visibility ?? 'visible');
      }
      return;
    }
    const data: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: matches.map((c) => ({
        type: 'Feature',
        geometry: c.geometry,
        properties: {
          id: c.id,
          kind: c.properties.kind,
          themes: c.properties.themes.join(','),
          title: c.properties.title,
          support_count: c.properties.support_count,
          reply_count: c.properties.reply_count,
          status: c.properties.outcome?.status ?? 'open',
        },
      })),
    };
    const source = this.map.getSource(MATCHES) as GeoJSONSource | undefined;
    if (source) {
      source.setData(data);
    } else {
      const kindCount = (k: Kind) => ['+', ['case', ['==', ['get', 'kind'], k], 1, 0]];
      this.map.addSource(MATCHES, {
        type: 'geojson',
        data,
        cluster: true,
        clusterMaxZoom: PIN_ZOOM - 1,
        // The tiles' bubble cell (waymark_domain::tile::BUBBLE_CELLS): 512 px / 8.
        clusterRadius: 64,
        clusterProperties: {
          count: ['+', 1],
          ideas: kindCount('idea'),
          issues: kindCount('issue'),
          interests: kindCount('interest'),
          stories: kindCount('story'),
        } as unknown as Record<string, ExpressionSpecification>,
      });
      const below = this.firstLayerAbove(LAYER_PINS);
      const copy = (fromId: string, id: string, filter: Json): void => {
        const from = this.original.get(fromId) as (LayerSpecification & Record<string, Json>) | undefined;
        if (!from) return;
        const layer: Record<string, Json> = { ...structuredClone(from), id, source: MATCHES, filter, minzoom: 0, maxzoom: PIN_ZOOM };
        delete layer['source-layer'];
        this.map.addLayer(layer as unknown as LayerSpecification, below);
      };
      copy(LAYER_PINS, MATCH_PINS, ['!', ['has', 'point_count']]);
      copy(LAYER_BUBBLES, MATCH_BUBBLES, ['has', 'point_count']);
      copy(LAYER_BUBBLE_COUNT, MATCH_BUBBLE_COUNT, ['has', 'point_count']);
      this.matchesShown = true;
    }
    for (const id of bubbleLayers) this.map.setLayoutProperty(id, 'visibility', 'none');
  }

  private firstLayerAbove(id: string): string | undefined {
    const layers = this.map.getStyle().layers;
    const i = layers.findIndex((l) => l.id === id);
    return i >= 0 ? layers[i + 1]?.id : undefined;
  }

  /** Asks the server for the contribution tiles again (after a write evicted them). */
  refresh(): void {
    if (this.map.getSource(SOURCE)) this.map.refreshTiles(SOURCE);
  }

  /** The pins drawn now (the style's pins and search matches), for tests and checks. */
  renderedPins(): { id: string; kind: string; themes: string; status: string }[] {
    const layers = [LAYER_PINS, MATCH_PINS].filter((id) => this.map.getLayer(id));
    return this.map.queryRenderedFeatures({ layers }).map((f) => ({
      id: String(f.properties?.id),
      kind: String(f.properties?.kind),
      themes: String(f.properties?.themes ?? ''),
      status: String(f.properties?.status ?? 'open'),
    }));
  }

  // ---- selection -------------------------------------------------------------------------

  /** Rings the selected pin, or removes the ring. */
  highlight(at: LonLat | null): void {
    if (!at) {
      this.ring?.remove();
      this.ring = null;
      return;
    }
    if (!this.ring) {
      const el = document.createElement('div');
      el.className = 'selected-ring';
      el.setAttribute('aria-hidden', 'true');
      this.ring = new maplibregl.Marker({ element: el });
    }
    this.ring.setLngLat(at).addTo(this.map);
  }

  // ---- placing a new pin ------------------------------------------------------------------

  startPlacing(at: LonLat | null): void {
    this.placing = true;
    this.map.getContainer().classList.add('placing');
    if (at) this.setPin(at, 'drag', false);
    this.updateCrosshair();
  }

  stopPlacing(): void {
    this.placing = false;
    this.map.getContainer().classList.remove('placing');
    this.pin?.remove();
    this.pin = null;
    this.updateCrosshair();
  }

  /** Focuses the map so that the arrow keys move it under the cross. */
  focusForKeyboard(): void {
    this.map.getCanvas().focus();
    this.updateCrosshair();
  }

  pinPosition(): LonLat | null {
    const p = this.pin?.getLngLat();
    return p ? [p.lng, p.lat] : null;
  }

  /** Puts the new pin at `at`; `announce` false when the caller already says where. */
  setPin(at: LonLat, how: 'pointer' | 'keyboard' | 'drag', announce = true): void {
    if (!this.pin) {
      const el = document.createElement('div');
      el.className = 'new-pin';
      el.tabIndex = 0;
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', strings.pinLabel);
      el.appendChild(newPinSvg());
      el.addEventListener('keydown', (ev) => this.pinKeydown(ev));
      this.pin = new maplibregl.Marker({ element: el, draggable: true, anchor: 'bottom' });
      this.pin.on('dragend', () => {
        const p = this.pin?.getLngLat();
        if (p) this.on.placed([p.lng, p.lat], 'drag');
      });
    }
    this.pin.setLngLat(at).addTo(this.map);
    this.updateCrosshair();
    if (announce) this.on.placed(at, how);
  }

  private pinKeydown(ev: KeyboardEvent): void {
    const step = ev.shiftKey ? 50 : 10;
    const delta: Record<string, [number, number]> = {
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
    };
    const d = delta[ev.key];
    if (!d || !this.pin) return;
    ev.preventDefault();
    ev.stopPropagation();
    const p = this.map.project(this.pin.getLngLat());
    const next = this.map.unproject([p.x + d[0], p.y + d[1]]);
    this.pin.setLngLat(next);
    this.on.placed([next.lng, next.lat], 'drag');
  }

  private updateCrosshair(): void {
    const focused = this.map.getCanvasContainer().contains(document.activeElement);
    this.crosshair.hidden = !(this.placing && (!this.pin || focused));
    this.keyboardHint.hidden = !(this.placing && focused);
  }

  // ---- drawing an area ---------------------------------------------------------------------

  /** Starts drawing a new area, in place of any other, once the style has loaded. */
  async drawArea(on: DrawHandlers): Promise<AreaDrawing> {
    await this.ready;
    this.drawing?.remove();
    this.drawing = new AreaDrawing(this.map, on);
    this.map.getCanvas().classList.remove('pointer');
    this.drawing.start();
    return this.drawing;
  }

  /** Takes the area off the map; clicks choose pins again. */
  stopDrawing(): void {
    this.drawing?.remove();
    this.drawing = null;
  }
}

function newPinSvg(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 32 44');
  svg.setAttribute('width', '32');
  svg.setAttribute('height', '44');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M16 1C7.7 1 1 7.6 1 15.8 1 27 16 43 16 43s15-16 15-27.2C31 7.6 24.3 1 16 1z');
  path.setAttribute('class', 'new-pin-body');
  const dot = document.createElementNS(ns, 'circle');
  dot.setAttribute('cx', '16');
  dot.setAttribute('cy', '16');
  dot.setAttribute('r', '6');
  dot.setAttribute('class', 'new-pin-dot');
  svg.append(path, dot);
  return svg;
}

/** Icons of the style's sprite as data URLs, for the key and the list (missing ones left out). */
export function spriteIcons(map: maplibregl.Map, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const image = map.hasImage(name) ? map.getImage(name) : undefined;
    const rgba = image?.data;
    if (!rgba?.width || !rgba.height) continue;
    const canvas = document.createElement('canvas');
    canvas.width = rgba.width;
    canvas.height = rgba.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) continue;
    ctx.putImageData(new ImageData(new Uint8ClampedArray(rgba.data), rgba.width, rgba.height), 0, 0);
    out[name] = canvas.toDataURL('image/png');
  }
  return out;
}
