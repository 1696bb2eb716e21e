// Drawing an area on the map: each click or tap adds a corner, and the outline, its fill and
// the corners show live from one GeoJSON source. Hand-written on MapLibre's events rather than
// a drawing library (terra-draw, mapbox-gl-draw): one polygon, drawn once, with no editing of
// corners, is about a hundred lines, where a library would add tens of kilobytes and its own
// look and keyboard behaviour to keep in step with the rest of the page.

import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { LonLat } from './api';

const SOURCE = 'waymark-area';
const FILL = `${SOURCE}-fill`;
const LINE = `${SOURCE}-line`;
const CORNERS = `${SOURCE}-corners`;
/** How close (in pixels) a click must be to the first corner to close the outline there. */
const CLOSE_PX = 12;
const INK = '#073347';

export interface DrawHandlers {
  /** A corner was added or taken back; `corners` is how many there are now. */
  changed(corners: number): void;
  /** The outline was closed (3 corners or more): its ring, ending where it starts. */
  finished(ring: LonLat[]): void;
  /** Escape: the corners are gone. */
  cancelled(): void;
  /** Finishing was asked for with fewer than 3 corners. */
  tooFew(): void;
}

/** A closed ring as a GeoJSON Polygon, lon/lat to six decimals (about 10 cm). */
export function polygonOf(ring: LonLat[]): GeoJSON.Polygon {
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return { type: 'Polygon', coordinates: [ring.map(([x, y]) => [r(x), r(y)])] };
}

export class AreaDrawing {
  private corners: LonLat[] = [];
  private hover: LonLat | null = null;
  /** True while clicks add corners; false once the area is finished or drawing stopped. */
  active = false;
  private readonly keydown = (ev: KeyboardEvent) => this.key(ev);
  private readonly mousemove = (ev: MapMouseEvent) => {
    this.hover = [ev.lngLat.lng, ev.lngLat.lat];
    this.render();
  };
  private readonly mouseout = () => {
    this.hover = null;
    this.render();
  };

  constructor(
    private readonly map: MapLibreMap,
    private readonly on: DrawHandlers,
  ) {}

  /** Starts (again) from no corners. The map's style must be loaded. */
  start(): void {
    this.addLayers();
    this.corners = [];
    this.hover = null;
    this.active = true;
    this.map.setPaintProperty(LINE, 'line-dasharray', [2, 1]);
    this.map.getCanvas().classList.add('drawing');
    this.map.doubleClickZoom.disable();
    this.map.on('mousemove', this.mousemove);
    this.map.on('mouseout', this.mouseout);
    this.map.getCanvasContainer().addEventListener('keydown', this.keydown);
    this.render();
  }

  /** A click on the map while drawing: a new corner, or the first one again to finish. */
  click(ev: MapMouseEvent): void {
    if (!this.active) return;
    const first = this.corners[0];
    if (first && this.corners.length >= 3) {
      const p = this.map.project(first);
      if (Math.hypot(p.x - ev.point.x, p.y - ev.point.y) <= CLOSE_PX) {
        this.finish();
        return;
      }
    }
    this.corners.push([ev.lngLat.lng, ev.lngLat.lat]);
    this.render();
    this.on.changed(this.corners.length);
  }

  undo(): void {
    if (!this.active || !this.corners.length) return;
    this.corners.pop();
    this.render();
    this.on.changed(this.corners.length);
  }

  finish(): void {
    if (!this.active) return;
    if (this.corners.length < 3) {
      this.on.tooFew();
      return;
    }
    this.stopListening();
    this.map.setPaintProperty(LINE, 'line-dasharray', [1, 0]);
    this.render();
    this.on.finished([...this.corners, this.corners[0]]);
  }

  cancel(): void {
    if (!this.active) return;
    this.stopListening();
    this.corners = [];
    this.render();
    this.on.cancelled();
  }

  /** Takes the outline and its layers off the map. */
  remove(): void {
    this.stopListening();
    for (const id of [CORNERS, LINE, FILL]) if (this.map.getLayer(id)) this.map.removeLayer(id);
    if (this.map.getSource(SOURCE)) this.map.removeSource(SOURCE);
  }

  private stopListening(): void {
    this.active = false;
    this.hover = null;
    this.map.getCanvas().classList.remove('drawing');
    this.map.off('mousemove', this.mousemove);
    this.map.off('mouseout', this.mouseout);
    this.map.getCanvasContainer().removeEventListener('keydown', this.keydown);
    // After the click that finished: a double click there should not zoom in as well.
    window.setTimeout(() => {
      if (!this.active) this.map.doubleClickZoom.enable();
    }, 400);
  }

  private key(ev: KeyboardEvent): void {
    if (ev.key === 'Enter') this.finish();
    else if (ev.key === 'Backspace') this.undo();
    else if (ev.key === 'Escape') this.cancel();
    else return;
    ev.preventDefault();
  }

  private addLayers(): void {
    if (this.map.getSource(SOURCE)) return;
    this.map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    this.map.addLayer({
      id: FILL,
      type: 'fill',
      source: SOURCE,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': '#0b4f6c', 'fill-opacity': 0.15 },
    });
    this.map.addLayer({
      id: LINE,
      type: 'line',
      source: SOURCE,
      filter: ['!=', ['geometry-type'], 'Point'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': INK, 'line-width': 3 },
    });
    this.map.addLayer({
      id: CORNERS,
      type: 'circle',
      source: SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        // The first corner is larger while drawing: clicking it again closes the outline.
        'circle-radius': ['case', ['get', 'first'], 8, 6],
        'circle-color': '#ffffff',
        'circle-stroke-color': INK,
        'circle-stroke-width': 3,
      },
    });
  }

  private render(): void {
    const source = this.map.getSource(SOURCE) as GeoJSONSource | undefined;
    if (!source) return;
    const outline = this.hover ? [...this.corners, this.hover] : this.corners;
    const features: GeoJSON.Feature[] = this.corners.map((c, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: c },
      properties: { first: this.active && i === 0 },
    }));
    if (outline.length >= 3) {
      features.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[...outline, outline[0]]] }, properties: {} });
    } else if (outline.length === 2) {
      features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: outline }, properties: {} });
    }
    source.setData({ type: 'FeatureCollection', features });
  }
}
