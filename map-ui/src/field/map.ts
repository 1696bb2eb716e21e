// The small map of the field form: the server's /style.json fitted to the plan, and one
// marker where the mobiliser taps. Made only when asked for and online; MapLibre is
// already loaded with the plan page's bundle.

import maplibregl from 'maplibre-gl';
import type { LonLat, Plan } from '../api';
import { h } from '../dom';

export class PickMap {
  private readonly map: maplibregl.Map;
  private marker: maplibregl.Marker | null = null;

  constructor(container: HTMLElement, plan: Plan, label: string, picked: (at: LonLat) => void, failed: () => void) {
    this.map = new maplibregl.Map({
      container,
      style: '/style.json',
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
    // (no connection) hides the map and says so; a missing tile leaves a gap, as anywhere.
    this.map.on('error', () => {
      if (!this.map.isStyleLoaded()) failed();
    });
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
