// The workshop map: MapLibre with the server's style for the plan, fitted to the workshop's area of
// focus (or the plan), with the workshop's live pins drawn over the style's own layers.

import maplibregl, { type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { styleUrl } from '../api';
import { reducedMotion } from '../dom';
import type { LonLat, Pin, Plan, Workshop, WorkshopView } from './api';

const SOURCE = 'workshop-pins';
export const KIND_COLOUR: Record<string, string> = {
  idea: '#0b6e4f',
  issue: '#b42318',
  interest: '#1d4ed8',
  story: '#8a4b00',
};

/** West, south, east, north of a polygon's or multipolygon's rings. */
function boundsOf(geom: GeoJSON.Polygon | GeoJSON.MultiPolygon): [number, number, number, number] {
  const rings = geom.type === 'Polygon' ? geom.coordinates : geom.coordinates.flat();
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      w = Math.min(w, x);
      s = Math.min(s, y);
      e = Math.max(e, x);
      n = Math.max(n, y);
    }
  }
  return [w, s, e, n];
}

export function workshopBounds(w: Workshop, plan: Plan): [number, number, number, number] {
  return w.focus ? boundsOf(w.focus) : plan.bbox;
}

export class WorkshopMap {
  readonly map: maplibregl.Map;
  readonly ready: Promise<void>;
  private pins = new Map<string, Pin>();
  private spot: maplibregl.Marker | null = null;

  constructor(
    container: HTMLElement,
    plan: string,
    bounds: [number, number, number, number],
    label: string,
    opts: { interactive?: boolean } = {},
  ) {
    this.map = new maplibregl.Map({
      container,
      style: styleUrl(plan),
      bounds,
      fitBoundsOptions: { padding: 24 },
      attributionControl: { compact: true },
      interactive: opts.interactive ?? true,
      cooperativeGestures: false,
    });
    this.map.getCanvas().setAttribute('aria-label', label);
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
    this.ready = new Promise((resolve) => {
      this.map.once('load', () => {
        this.map.addSource(SOURCE, { type: 'geojson', data: this.collection() });
        this.map.addLayer({
          id: SOURCE,
          type: 'circle',
          source: SOURCE,
          paint: {
            'circle-radius': 9,
            'circle-color': ['match', ['get', 'kind'], 'idea', KIND_COLOUR.idea, 'issue', KIND_COLOUR.issue, 'interest', KIND_COLOUR.interest, KIND_COLOUR.story],
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 2.5,
          },
        });
        resolve();
      });
    });
  }

  private collection(): GeoJSON.FeatureCollection {
    return {
      type: 'FeatureCollection',
      features: [...this.pins.values()].map((p) => ({
        type: 'Feature',
        id: undefined,
        geometry: p.geometry,
        properties: { id: p.id, kind: p.properties.kind, title: p.properties.title },
      })),
    };
  }

  private redraw(): void {
    (this.map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(this.collection());
  }

  /** Adds (or moves) a pin; `animate` drops it in with a ripple, unless motion is reduced. */
  addPin(pin: Pin, animate: boolean): void {
    this.pins.set(pin.id, pin);
    void this.ready.then(() => this.redraw());
    if (animate && !reducedMotion()) {
      const el = document.createElement('div');
      el.className = 'ws-ripple';
      el.style.setProperty('--kind', KIND_COLOUR[pin.properties.kind] ?? '#333');
      const marker = new maplibregl.Marker({ element: el }).setLngLat(pin.geometry.coordinates).addTo(this.map);
      el.addEventListener('animationend', () => marker.remove(), { once: true });
    }
  }

  removePin(id: string): void {
    this.pins.delete(id);
    void this.ready.then(() => this.redraw());
  }

  /** Asks the server for the style's contribution tiles again. */
  reloadTiles(): void {
    if (this.map.getSource('contributions')) this.map.refreshTiles('contributions');
  }

  pinIds(): string[] {
    return [...this.pins.keys()];
  }

  /** Shows one pin large (or none). */
  spotlight(pin: Pin | null, label: string): void {
    this.spot?.remove();
    this.spot = null;
    if (!pin) return;
    const el = document.createElement('div');
    el.className = 'ws-spot-marker';
    el.setAttribute('aria-hidden', 'true');
    el.style.setProperty('--kind', KIND_COLOUR[pin.properties.kind] ?? '#333');
    el.title = label;
    this.spot = new maplibregl.Marker({ element: el, anchor: 'center' }).setLngLat(pin.geometry.coordinates).addTo(this.map);
  }

  follow(view: WorkshopView | null): void {
    if (!view) return;
    const to = { center: view.center as LonLat, zoom: view.zoom };
    if (reducedMotion()) this.map.jumpTo(to);
    else this.map.flyTo({ ...to, duration: 1200 });
  }

  currentView(): WorkshopView {
    const c = this.map.getCenter();
    return { center: [Number(c.lng.toFixed(6)), Number(c.lat.toFixed(6))], zoom: Number(this.map.getZoom().toFixed(2)) };
  }
}
