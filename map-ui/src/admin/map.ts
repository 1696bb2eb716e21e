// The one map of the plan page: the plan's own style (its basemap and its neighbourhoods)
// fitted to its area. The table of neighbourhoods says the same in words; without WebGL
// there is no map and nothing else is lost.

import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { styleUrl, type BBox } from '../api';
import { h } from '../dom';
import { as } from './strings';

export class PlanMap {
  readonly container = h('div', { class: 'admin-map' });
  private map: maplibregl.Map | null = null;

  constructor(
    private readonly slug: string,
    private readonly title: string,
  ) {}

  /** Draws the map once the container is in the page. */
  show(bbox: BBox): void {
    try {
      this.map = new maplibregl.Map({
        container: this.container,
        style: styleUrl(this.slug),
        bounds: bbox,
        fitBoundsOptions: { padding: 16 },
        attributionControl: { compact: true },
      });
    } catch {
      this.container.remove();
      return;
    }
    const map = this.map;
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.getCanvas().setAttribute('aria-label', as.mapLabel(this.title));
    map.on('error', (ev) => {
      if (String(ev.error?.message ?? '').includes('WebGL')) this.remove();
    });
  }

  /** Draws the plan again from a fresh style (new neighbourhoods or another basemap), fitted to `bbox`. */
  refresh(bbox: BBox): void {
    if (!this.map) return;
    // Not a diff: the style's sources keep their addresses, and their tiles must be fetched again.
    this.map.setStyle(styleUrl(this.slug), { diff: false });
    this.map.fitBounds(bbox, { padding: 16, animate: false });
  }

  remove(): void {
    this.map?.remove();
    this.map = null;
    this.container.remove();
  }

  /** For the browser tests: the MapLibre map, while there is one. */
  get instance(): maplibregl.Map | null {
    return this.map;
  }
}
