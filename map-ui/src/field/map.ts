// The small map of the field form: the server's style for the plan, fitted to it, and one
// marker where the mobiliser taps. Made only when asked for; MapLibre is already loaded
// with the plan page's bundle. With no signal the service worker answers the style and the
// tiles from what the phone kept (keep.ts); a tile it does not have leaves a gap.

import maplibregl from 'maplibre-gl';
import { styleUrl, type LonLat, type Plan } from '../api';
import { h } from '../dom';

export class PickMap {
  private readonly map: maplibregl.Map;
  private marker: maplibregl.Marker | null = null;

  constructor(container: HTMLElement, plan: Plan, label: string, picked: (at: LonLat) => void, failed: () => void) {
    this.map = new maplibregl.Map({
      container,
      style: styleUrl(plan.slug),
      bounds: plan.bbox,
      fitBoundsOptions: { padding: 12 },
      attributionControl: { compact: true },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.getCanvas().setAttribute('aria-label', label);
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('click', (e) => picked([e.lngLat.lng, e.lngLat.lat]));
    // The credits start open; on a phone they would cover the small map.
    this.map.once('idle', () => {
      const credits = container.querySelector('.maplibregl-ctrl-attrib');
      credits?.classList.remove('maplibregl-compact-show');
      credits?.removeAttribute('open');
    });
    // Without a listener MapLibre writes errors to the console. A style that does not load
    // hides the map and says so; a missing tile (offline: one not kept) leaves a gap, as
    // anywhere. (The style counts as loaded only once every tile in view is, so a tile's
    // error must not be taken for the style's.)
    let styleLoaded = false;
    this.map.on('error', () => {
      if (!styleLoaded) failed();
    });
    this.map.once('style.load', () => {
      styleLoaded = true;
      // Offline with no kept style the worker answers an empty one: nothing to tap on.
      if (Object.keys(this.map.getStyle().sources).length === 0) failed();
    });
  }

  /** How many features each source draws now; null until the map stands still, drawn. */
  drawn(): Record<string, number> | null {
    if (!this.map.loaded() || !this.map.areTilesLoaded() || this.map.isMoving()) return null;
    const counts: Record<string, number> = {};
    for (const f of this.map.queryRenderedFeatures()) counts[f.source] = (counts[f.source] ?? 0) + 1;
    return counts;
  }

  lngLatAt(x: number, y: number): LonLat {
    const at = this.map.unproject([x, y]);
    return [at.lng, at.lat];
  }

  setPin(at: LonLat | null): void {
    if (!at) {
      this.marker?.remove();
      this.marker = null;
      return;
    }
    if (!this.marker) {
      this.marker = new maplibregl.Marker({ element: h('div', { class: 'field-pin', 'aria-hidden': 'true' }), anchor: 'bottom' });
      this.marker.setLngLat(at).addTo(this.map);
    } else {
      this.marker.setLngLat(at);
    }
  }

  remove(): void {
    this.map.remove();
  }
}
