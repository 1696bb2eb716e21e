// The small map beside the current item: the server's /style.json around the point the
// contributor gave, with a marker. One map for the whole page, moved into whichever item
// is current, so that a long list never holds more than one WebGL context. Without WebGL
// (or if the style does not load) there is no map: each item says where in words anyway.

import maplibregl from 'maplibre-gl';
import type { LonLat } from '../api';
import { h } from '../dom';

export class MiniMap {
  private map: maplibregl.Map | null = null;
  private marker: maplibregl.Marker | null = null;
  private readonly container = h('div', { class: 'mod-minimap' });
  private failed = false;

  /** Shows the map in `slot`, centred on `at`. */
  show(slot: HTMLElement, at: LonLat, label: string): void {
    if (this.failed) return;
    if (this.container.parentElement !== slot) slot.append(this.container);
    if (!this.map && !this.create(at)) return;
    const map = this.map!;
    map.getCanvas().setAttribute('aria-label', label);
    map.resize();
    map.jumpTo({ center: at, zoom: 16 });
    this.marker?.setLngLat(at);
  }

  private create(at: LonLat): boolean {
    try {
      const map = new maplibregl.Map({
        container: this.container,
        style: '/style.json',
        center: at,
        zoom: 16,
        interactive: false,
        attributionControl: { compact: true },
      });
      // A picture of the place, not something to operate: it is not in the Tab order.
      map.getCanvas().setAttribute('role', 'img');
      map.on('error', (ev) => {
        if (String(ev.error?.message ?? '').includes('WebGL')) this.fail();
      });
      map.once('idle', () => {
        const credits = this.container.querySelector('.maplibregl-ctrl-attrib');
        credits?.classList.remove('maplibregl-compact-show');
        credits?.removeAttribute('open');
      });
      this.marker = new maplibregl.Marker({ element: h('div', { class: 'mod-pin', 'aria-hidden': 'true' }), anchor: 'bottom' })
        .setLngLat(at)
        .addTo(map);
      this.map = map;
      return true;
    } catch {
      this.fail();
      return false;
    }
  }

  private fail(): void {
    this.failed = true;
    this.map?.remove();
    this.map = null;
    this.container.remove();
  }

  /** For the browser tests: whether a map is drawn. */
  get shown(): boolean {
    return Boolean(this.map && this.container.isConnected);
  }
}
