// The energy plan's map: the plan's own style, the area the plan covers, and each primary
// substation's supply area coloured by the worst year's traffic light of the impact. Colour
// is never the only sign: each area carries its words as a label, and the two warning
// lights a hatching of their own (sparse for "needs work", dense for "does not fit").

import maplibregl, { type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { getNetwork, styleUrl, type BBox, type Rag } from '../api';
import { useRtlTextPlugin } from '../map';
import type { SubstationImpact } from './api';
import { ep } from './strings';

export const RAG_COLOURS: Record<Rag, string> = { green: '#1a7f37', amber: '#b7791f', red: '#c0392b' };
const AREAS = 'ep-areas';
const PLAN_AREA = 'ep-plan-area';
export const LAYER_FILL = 'ep-area-fill';
const LAYER_HATCH = 'ep-area-hatch';
const LAYER_LINE = 'ep-area-line';
const LAYER_LABEL = 'ep-area-label';
const LAYER_PLAN = 'ep-plan-line';

/** A square of diagonal stripes, `gap` px apart, for the hatching of a warning light. */
function hatch(gap: number, colour: string): ImageData {
  const size = 16;
  const data = new Uint8ClampedArray(size * size * 4);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if ((x + y) % gap > 1) continue;
      const i = (y * size + x) * 4;
      data.set([r, g, b, 255], i);
    }
  }
  return new ImageData(data, size, size);
}

/** West, south, east, north of every position in `geoms`. */
function boundsOf(geoms: GeoJSON.Geometry[]): BBox | null {
  let [w, s, e, n] = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const g of geoms) if ('coordinates' in g) visit(g.coordinates);
  return w <= e ? [w, s, e, n] : null;
}

export class PlanMap {
  readonly map: maplibregl.Map;
  readonly ready: Promise<void>;
  /** Supply areas by substation key (from the network layer, public or full). */
  private shapes = new Map<string, GeoJSON.Feature>();
  private substations: SubstationImpact[] = [];
  /** What the map last drew (each key's light): most slider moves change no light at all. */
  private drawn = '';

  constructor(container: HTMLElement, plan: string, title: string, area: GeoJSON.Geometry, opts: { print?: boolean } = {}) {
    const bounds = boundsOf([area]) ?? undefined;
    // Labels carry the traffic light's words, in Arabic script on an Urdu or Arabic page.
    useRtlTextPlugin();
    this.map = new maplibregl.Map({
      container,
      style: styleUrl(plan),
      bounds,
      fitBoundsOptions: { padding: 24 },
      attributionControl: { compact: true },
      dragRotate: false,
      pitchWithRotate: false,
      // The print layout copies the drawn map into an image; the tests read its pixels.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      fadeDuration: 0,
      interactive: !opts.print,
    });
    this.map.keyboard.disableRotation();
    this.map.touchZoomRotate.disableRotation();
    if (!opts.print) this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.getCanvas().setAttribute('aria-label', ep.mapLabel(title));
    const loaded = new Promise<void>((resolve) => this.map.once('load', () => resolve()));
    this.ready = Promise.all([loaded, getNetwork(plan).catch(() => null)]).then(([, network]) => {
      for (const f of network?.features ?? []) {
        if (f.properties?.layer === 'supply_area' && f.id != null) this.shapes.set(String(f.id), f);
      }
      this.addLayers(area);
      this.paint();
      const shown = boundsOf([area, ...this.substations.map((s) => this.shapes.get(s.key)?.geometry).filter((g) => g != null)]);
      if (shown) this.map.fitBounds(shown, { padding: 24, animate: false });
    });
  }

  private addLayers(area: GeoJSON.Geometry): void {
    const m = this.map;
    // The plan's pins are the plan page's; here they would only hide the supply areas.
    for (const layer of m.getStyle().layers) {
      if (layer.id.startsWith('contribution')) m.setLayoutProperty(layer.id, 'visibility', 'none');
    }
    m.addImage('ep-hatch-amber', hatch(8, '#5c3d00'));
    m.addImage('ep-hatch-red', hatch(4, '#5a0f0f'));
    m.addSource(AREAS, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    m.addSource(PLAN_AREA, { type: 'geojson', data: { type: 'Feature', geometry: area, properties: {} } });
    m.addLayer({
      id: LAYER_FILL,
      type: 'fill',
      source: AREAS,
      paint: {
        'fill-color': ['match', ['get', 'rag'], 'green', RAG_COLOURS.green, 'amber', RAG_COLOURS.amber, 'red', RAG_COLOURS.red, '#888888'],
        'fill-opacity': 0.5,
      },
    });
    m.addLayer({
      id: LAYER_HATCH,
      type: 'fill',
      source: AREAS,
      filter: ['in', ['get', 'rag'], ['literal', ['amber', 'red']]],
      paint: { 'fill-pattern': ['concat', 'ep-hatch-', ['get', 'rag']], 'fill-opacity': 0.35 },
    });
    m.addLayer({ id: LAYER_LINE, type: 'line', source: AREAS, paint: { 'line-color': '#1f2328', 'line-width': 1.5 } });
    m.addLayer({ id: LAYER_PLAN, type: 'line', source: PLAN_AREA, paint: { 'line-color': '#073347', 'line-width': 3, 'line-dasharray': [2, 1] } });
    m.addLayer({
      id: LAYER_LABEL,
      type: 'symbol',
      source: AREAS,
      layout: { 'text-field': ['get', 'label'], 'text-font': ['Noto Sans Bold'], 'text-size': 13, 'text-max-width': 9 },
      paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    });
  }

  /** Colours each substation's supply area by its worst year. */
  show(substations: SubstationImpact[]): void {
    this.substations = substations;
    void this.ready.then(() => this.paint());
  }

  private paint(): void {
    const drawn = this.substations.map((s) => `${s.key}:${s.rag}`).join();
    if (drawn === this.drawn) return;
    this.drawn = drawn;
    const features = this.substations.flatMap((s) => {
      const shape = this.shapes.get(s.key);
      if (!shape) return [];
      return [{ type: 'Feature' as const, geometry: shape.geometry, properties: { key: s.key, rag: s.rag, label: ep.areaLabel(s.name, s.rag) } }];
    });
    (this.map.getSource(AREAS) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  }

  /** Resolves once the map has drawn everything it was last given. */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /** The drawn map as a PNG data URL (for print). */
  snapshot(): string {
    return this.map.getCanvas().toDataURL('image/png');
  }
}
