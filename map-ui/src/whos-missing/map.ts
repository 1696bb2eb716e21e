// The neighbourhoods on the plan's own map, shaded by participation per 1,000 residents (five
// steps of ColorBrewer "Purples", as the report's city map) or by the question whose group is
// least heard (Okabe–Ito colours, safe for colour-blind readers, each with a hatching of its
// own). Colour is never alone: every area carries its name and its figure or group as a label.

import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { styleUrl } from '../api';
import { useRtlTextPlugin } from '../map';
import type { Dimension, Feature, WhoIsHeard } from './api';
import { wm } from './strings';

/** Class 0 (no rate) is white; 1 to 5 pale to dark purple. */
export const CLASS_COLOURS = ['#ffffff', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'];
/** Okabe–Ito, one a question; a neighbourhood where no group stands out is pale grey. */
export const DIMENSION_COLOURS: Record<Dimension, string> = {
  age: '#e69f00',
  gender: '#56b4e9',
  ethnic_group: '#009e73',
  disability: '#cc79a7',
  tenure: '#0072b2',
};
export const NO_BAND = '#eeeeee';
/** The hatching of each question: stripes at its own angle and spacing. */
export const DIMENSION_HATCH: Record<Dimension, [number, 'down' | 'up' | 'cross']> = {
  age: [6, 'down'],
  gender: [6, 'up'],
  ethnic_group: [4, 'cross'],
  disability: [8, 'cross'],
  tenure: [4, 'down'],
};

const SOURCE = 'wm-areas';
export const LAYER_FILL = 'wm-fill';
const LAYER_HATCH = 'wm-hatch';
const LAYER_LINE = 'wm-line';
const LAYER_SELECTED = 'wm-selected';
const LAYER_LABEL = 'wm-label';

export type Shade = 'rate' | 'band';

function hatch(gap: number, way: 'down' | 'up' | 'cross'): ImageData {
  const size = 16;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const down = (x + y) % gap === 0;
      const up = (x - y + size * 2) % gap === 0;
      if (!(way === 'down' ? down : way === 'up' ? up : down || up)) continue;
      data.set([17, 24, 39, 200], (y * size + x) * 4);
    }
  }
  return new ImageData(data, size, size);
}

function boundsOf(features: Feature[]): [number, number, number, number] | null {
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const f of features) {
    for (const polygon of f.geometry.coordinates) {
      for (const ring of polygon) {
        for (const [x, y] of ring) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
      }
    }
  }
  return w <= e ? [w, s, e, n] : null;
}

export class ParticipationMap {
  readonly map: maplibregl.Map;
  readonly ready: Promise<void>;
  private selected: number | null = null;

  constructor(
    container: HTMLElement,
    plan: string,
    private readonly heard: WhoIsHeard,
  ) {
    useRtlTextPlugin();
    this.map = new maplibregl.Map({
      container,
      style: styleUrl(plan),
      bounds: boundsOf(heard.features) ?? undefined,
      fitBoundsOptions: { padding: 24 },
      attributionControl: { compact: true },
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      fadeDuration: 0,
    });
    this.map.keyboard.disableRotation();
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.getCanvas().setAttribute('aria-label', wm.mapLabel);
    this.ready = new Promise<void>((resolve) => this.map.once('load', () => resolve())).then(() => this.addLayers());
  }

  private addLayers(): void {
    const m = this.map;
    // The pins are the plan page's; here they would hide the shading.
    for (const layer of m.getStyle().layers) {
      if (layer.id.startsWith('contribution')) m.setLayoutProperty(layer.id, 'visibility', 'none');
    }
    for (const [d, [gap, way]] of Object.entries(DIMENSION_HATCH)) m.addImage(`wm-hatch-${d}`, hatch(gap, way));
    const features = this.heard.features.map((f, i) => ({
      ...f,
      id: i,
      properties: {
        slug: f.properties.slug,
        class: f.properties.class,
        dimension: f.properties.most_under_represented?.dimension ?? '',
        rate_label: wm.mapLabelRate(f.properties.name, f.properties),
        band_label: wm.mapLabelBand(f.properties.name, f.properties),
      },
    }));
    m.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features } });
    m.addLayer({ id: LAYER_FILL, type: 'fill', source: SOURCE, paint: { 'fill-color': this.rateColour(), 'fill-opacity': 0.8 } });
    m.addLayer({
      id: LAYER_HATCH,
      type: 'fill',
      source: SOURCE,
      filter: ['!=', ['get', 'dimension'], ''],
      layout: { visibility: 'none' },
      paint: { 'fill-pattern': ['concat', 'wm-hatch-', ['get', 'dimension']], 'fill-opacity': 0.45 },
    });
    m.addLayer({ id: LAYER_LINE, type: 'line', source: SOURCE, paint: { 'line-color': '#1f2328', 'line-width': 1.2 } });
    m.addLayer({
      id: LAYER_SELECTED,
      type: 'line',
      source: SOURCE,
      paint: { 'line-color': '#000000', 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 0] },
    });
    m.addLayer({
      id: LAYER_LABEL,
      type: 'symbol',
      source: SOURCE,
      layout: { 'text-field': ['get', 'rate_label'], 'text-font': ['Noto Sans Bold'], 'text-size': 12, 'text-max-width': 9 },
      paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    });
  }

  private rateColour(): maplibregl.ExpressionSpecification {
    return ['match', ['get', 'class'], 1, CLASS_COLOURS[1], 2, CLASS_COLOURS[2], 3, CLASS_COLOURS[3], 4, CLASS_COLOURS[4], 5, CLASS_COLOURS[5], CLASS_COLOURS[0]];
  }

  private bandColour(): maplibregl.ExpressionSpecification {
    const pairs = Object.entries(DIMENSION_COLOURS).flat();
    return ['match', ['get', 'dimension'], ...pairs, NO_BAND] as unknown as maplibregl.ExpressionSpecification;
  }

  /** Shades by the rate or by the least heard group's question. */
  shade(by: Shade): void {
    void this.ready.then(() => {
      const m = this.map;
      m.setPaintProperty(LAYER_FILL, 'fill-color', by === 'rate' ? this.rateColour() : this.bandColour());
      m.setLayoutProperty(LAYER_HATCH, 'visibility', by === 'band' ? 'visible' : 'none');
      m.setLayoutProperty(LAYER_LABEL, 'text-field', ['get', by === 'rate' ? 'rate_label' : 'band_label']);
    });
  }

  /** Outlines one neighbourhood and brings it into view. */
  focus(slug: string): void {
    void this.ready.then(() => {
      const i = this.heard.features.findIndex((f) => f.properties.slug === slug);
      if (i < 0) return;
      if (this.selected != null) this.map.setFeatureState({ source: SOURCE, id: this.selected }, { selected: false });
      this.selected = i;
      this.map.setFeatureState({ source: SOURCE, id: i }, { selected: true });
      const b = boundsOf([this.heard.features[i]]);
      if (b) this.map.fitBounds(b, { padding: 40, maxZoom: 15, duration: 0 });
    });
  }

  /** The neighbourhood outlined on the map (for the tests). */
  state(): { selected: string | null } {
    return { selected: this.selected == null ? null : this.heard.features[this.selected].properties.slug };
  }
}
