// The one map of the plan page: the plan's own style (its basemap and its neighbourhoods)
// fitted to its area. The table of neighbourhoods says the same in words; without WebGL
// there is no map and nothing else is lost.

import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { styleUrl, type BBox } from '../api';
import { h } from '../dom';
import { as } from './strings';

/** A plan with no area yet spans the whole world: there is nothing to draw. */
const hasArea = ([w, , e]: BBox): boolean => e - w < 360;

export class PlanMap {
  readonly container = h('div', { class: 'admin-map', hidden: true });
  private map: maplibregl.Map | null = null;
  private failed = false;

  constructor(
    private readonly slug: string,
    private readonly title: string,
  ) {}

  /**
   * Draws the plan fitted to `bbox` (the container must be in the page), or draws it again
   * from a fresh style after new neighbourhoods or another basemap.
   */
  draw(bbox: BBox): void {
    if (this.failed || !hasArea(bbox)) return;
    if (this.map) return this.refresh(bbox);
    this.container.hidden = false;
    try {
      this.map = new maplibregl.Map({
        container: this.container,
        style: styleUrl(this.slug),
        bounds: bbox,
        fitBoundsOptions: { padding: 16 },
        attributionControl: { compact: true },
      });
    } catch {
      this.remove();
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

  private refresh(bbox: BBox): void {
    if (!this.map) return;
    // Not a diff: the style's sources keep their addresses, and their tiles must be fetched again.
    this.map.setStyle(styleUrl(this.slug), { diff: false });
    this.map.fitBounds(bbox, { padding: 16, animate: false });
  }

  /** Without WebGL, or when the page leaves the plan: no map (the table says it all). */
  remove(): void {
    this.failed = true;
    this.map?.remove();
    this.map = null;
    this.container.remove();
  }

  /** For the browser tests: the MapLibre map, while there is one. */
  get instance(): maplibregl.Map | null {
    return this.map;
  }
}
