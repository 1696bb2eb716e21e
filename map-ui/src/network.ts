// The electricity network and the proposals on the map. Supply areas are filled by their
// RAG (the public view) or by generation room after the queue (network engineers), always
// with a text label as well as the colour; substations (engineers only) open a panel of
// their exact figures; proposals are drawn with the sprite's `proposal` icon, and a site given
// as an outline with its outline as well.

import type maplibregl from 'maplibre-gl';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { getNetwork, type Proposal } from './api';
import { focus, h, replace } from './dom';
import { formatNumber } from './i18n';
import { LAYER_PINS } from './map';
import { energy as t } from './strings';

const NETWORK = 'waymark-network';
const PROPOSALS = 'waymark-proposals';
export const LAYER_AREAS = 'network-areas';
const LAYER_AREA_LINES = 'network-area-lines';
const LAYER_AREA_LABELS = 'network-area-labels';
export const LAYER_SUBSTATIONS = 'network-substations';
const LAYER_ZONES = 'network-constraint-zones';
export const LAYER_PROPOSALS = 'proposals';
const LAYER_PROPOSAL_OUTLINES = 'proposal-outlines';
const FONT = ['Noto Sans Bold'];

// Colours with their words in the key and on the map: never colour alone.
const RAG = { green: '#1a7f37', amber: '#b7791f', red: '#c0392b' };

export interface NetworkHandlers {
  openProposal(id: string): void;
  failed(message: string): void;
}

export class NetworkLayers {
  private shown = false;
  private detail = false;
  private readonly toggle: HTMLButtonElement;
  private readonly legend: HTMLElement;
  private readonly panel: HTMLElement;
  private loaded: Promise<void> | null = null;
  private features: GeoJSON.Feature[] = [];

  constructor(
    private readonly map: maplibregl.Map,
    private readonly plan: string,
    region: HTMLElement,
    private readonly on: NetworkHandlers,
  ) {
    this.toggle = h('button', { type: 'button', class: 'button network-toggle', 'aria-pressed': 'false', onclick: () => this.setShown(!this.shown) }, t.networkToggle);
    this.legend = h('div', { class: 'network-legend', hidden: true });
    this.panel = h('div', { class: 'substation-panel', role: 'region', tabindex: -1, hidden: true, 'aria-label': t.substationsHeading });
    region.append(h('div', { class: 'network-controls' }, this.toggle, this.legend), this.panel);

    map.addSource(PROPOSALS, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: LAYER_PROPOSAL_OUTLINES,
      type: 'line',
      source: PROPOSALS,
      filter: ['==', ['geometry-type'], 'Polygon'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#073347', 'line-width': 2, 'line-dasharray': [3, 2] },
      minzoom: 11,
    });
    map.addLayer({
      id: LAYER_PROPOSALS,
      type: 'symbol',
      source: PROPOSALS,
      layout: {
        'icon-image': 'proposal',
        'icon-allow-overlap': true,
        'text-field': ['get', 'title'],
        'text-font': FONT,
        'text-size': 12,
        'text-offset': [0, 1.3],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': '#1f2937', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      minzoom: 11,
    });
    // While a pin or a site is being placed, or an outline drawn, a click does that and opens nothing.
    const placing = () => map.getContainer().classList.contains('placing') || map.getCanvas().classList.contains('drawing');
    // A pin or bubble under the click wins (the contributions' own click handler takes it).
    const onPin = (ev: maplibregl.MapMouseEvent) => {
      const layers = map.getStyle().layers.filter((l) => l.id.startsWith('contribution') || l.id.startsWith('waymark-matches')).map((l) => l.id);
      return layers.length > 0 && map.queryRenderedFeatures(ev.point, { layers }).length > 0;
    };
    map.on('click', LAYER_PROPOSALS, (ev) => {
      if (placing() || onPin(ev)) return;
      const id = ev.features?.[0]?.properties?.id;
      if (typeof id === 'string') this.on.openProposal(id);
    });
    map.on('click', LAYER_SUBSTATIONS, (ev) => {
      if (placing() || onPin(ev)) return;
      const f = ev.features?.[0];
      if (f) this.showSubstation(f);
    });
    for (const layer of [LAYER_PROPOSALS, LAYER_SUBSTATIONS]) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
  }

  setProposals(list: Proposal[]): void {
    const src = this.map.getSource(PROPOSALS) as maplibregl.GeoJSONSource | undefined;
    src?.setData({
      type: 'FeatureCollection',
      features: list.map((p) => ({ type: 'Feature', geometry: p.geometry, properties: { id: p.id, title: p.properties.title, status: p.properties.status } })),
    });
  }

  get isShown(): boolean {
    return this.shown;
  }

  setShown(on: boolean): void {
    this.shown = on;
    this.toggle.setAttribute('aria-pressed', String(on));
    this.legend.hidden = !on;
    if (!on) this.panel.hidden = true;
    if (on && !this.loaded) this.loaded = this.load();
    for (const id of [LAYER_AREAS, LAYER_AREA_LINES, LAYER_AREA_LABELS, LAYER_SUBSTATIONS, LAYER_ZONES]) {
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
    }
  }

  /** The substations this account may see (none for the public), for the list beside the map. */
  async substations(): Promise<GeoJSON.Feature[]> {
    this.loaded ??= this.load();
    await this.loaded;
    return this.features.filter((f) => f.properties?.layer === 'substation');
  }

  /** The account changed: what the network shows depends on the role. */
  reload(): void {
    this.loaded = null;
    this.panel.hidden = true;
    if (this.shown) this.loaded = this.load();
  }

  private async load(): Promise<void> {
    let fc: GeoJSON.FeatureCollection & { detail?: string };
    try {
      fc = await getNetwork(this.plan);
    } catch {
      this.on.failed(t.networkFailed);
      this.loaded = null;
      return;
    }
    this.features = fc.features;
    this.detail = fc.features.some((f) => f.properties?.layer === 'substation');
    for (const f of fc.features) {
      const p = f.properties ?? {};
      if (p.layer === 'supply_area') {
        p.rag_word = t.ragShort[p.rag] ?? p.rag;
        if (typeof p.generation_headroom_mw === 'number') {
          p.room_mw = p.generation_headroom_mw - (typeof p.queued_generation_mw === 'number' ? p.queued_generation_mw : 0);
          p.label = t.networkLabelDno(p.name, p.room_mw);
        } else {
          p.label = t.networkLabel(p.name, p.rag_word);
        }
      }
    }
    const src = this.map.getSource(NETWORK) as maplibregl.GeoJSONSource | undefined;
    if (src) src.setData(fc);
    else this.map.addSource(NETWORK, { type: 'geojson', data: fc });
    this.addLayers();
    this.renderLegend();
    this.setShown(this.shown);
  }

  private addLayers(): void {
    const m = this.map;
    const below = m.getLayer(LAYER_PINS) ? LAYER_PINS : undefined;
    const fill = this.detail
      ? ['interpolate', ['linear'], ['coalesce', ['get', 'room_mw'], 0], -5, RAG.red, 0, RAG.red, 0.01, RAG.amber, 5, RAG.amber, 5.01, RAG.green]
      : ['match', ['get', 'rag'], 'green', RAG.green, 'amber', RAG.amber, 'red', RAG.red, '#888888'];
    for (const id of [LAYER_AREA_LABELS, LAYER_SUBSTATIONS, LAYER_ZONES, LAYER_AREA_LINES, LAYER_AREAS]) if (m.getLayer(id)) m.removeLayer(id);
    m.addLayer(
      { id: LAYER_AREAS, type: 'fill', source: NETWORK, filter: ['==', ['get', 'layer'], 'supply_area'], paint: { 'fill-color': fill as never, 'fill-opacity': 0.28 } },
      below,
    );
    m.addLayer(
      { id: LAYER_AREA_LINES, type: 'line', source: NETWORK, filter: ['==', ['get', 'layer'], 'supply_area'], paint: { 'line-color': '#374151', 'line-width': 1 } },
      below,
    );
    if (this.detail) {
      m.addLayer(
        {
          id: LAYER_ZONES,
          type: 'line',
          source: NETWORK,
          filter: ['==', ['get', 'layer'], 'constraint_zone'],
          paint: { 'line-color': '#7c2d12', 'line-width': 2.5, 'line-dasharray': [2, 1] },
        },
        below,
      );
      m.addLayer({
        id: LAYER_SUBSTATIONS,
        type: 'symbol',
        source: NETWORK,
        filter: ['==', ['get', 'layer'], 'substation'],
        layout: {
          'icon-image': 'substation',
          'icon-allow-overlap': true,
          'text-field': ['get', 'name'],
          'text-font': FONT,
          'text-size': 11,
          'text-offset': [0, 1.2],
          'text-anchor': 'top',
          'text-optional': true,
        },
        paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      });
    }
    m.addLayer(
      {
        id: LAYER_AREA_LABELS,
        type: 'symbol',
        source: NETWORK,
        filter: ['==', ['get', 'layer'], 'supply_area'],
        layout: { 'text-field': ['get', 'label'], 'text-font': FONT, 'text-size': 12, 'symbol-placement': 'point', 'text-max-width': 10 },
        paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      },
      below,
    );
    if (m.getLayer(LAYER_PROPOSALS)) m.moveLayer(LAYER_PROPOSALS);
  }

  private renderLegend(): void {
    const swatch = (colour: string) => {
      const s = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      s.style.backgroundColor = colour;
      return s;
    };
    const rows = this.detail
      ? [RAG.green, RAG.amber, RAG.red].map((c, i) => h('li', {}, swatch(c), t.dnoBands[i]))
      : (['green', 'amber', 'red'] as const).map((r) => h('li', {}, swatch(RAG[r]), t.rag[r]));
    replace(this.legend, h('p', { class: 'legend-title' }, this.detail ? t.networkLegendDno : t.networkLegend), h('ul', {}, ...rows));
  }

  /** The exact figures of a substation (network engineers only get substations at all). */
  showSubstation(f: MapGeoJSONFeature | GeoJSON.Feature): void {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const rows = Object.entries(t.substationFigures)
      .filter(([k]) => p[k] !== undefined && p[k] !== null)
      .flatMap(([k, label]) => [h('dt', {}, label), h('dd', {}, figure(k, p[k]))]);
    replace(
      this.panel,
      h('h3', {}, t.substationHeading(String(p.name ?? ''))),
      h('dl', { class: 'figures' }, ...rows),
      h('button', { type: 'button', class: 'button', onclick: () => (this.panel.hidden = true) }, t.closeDetails),
    );
    this.panel.hidden = false;
    focus(this.panel);
  }
}

/** A substation's figure as shown: its RAG word, a number in the page's language, or the text. */
function figure(key: string, value: unknown): string {
  if (key === 'rag') return t.ragShort[String(value)] ?? String(value);
  return typeof value === 'number' ? formatNumber(value) : String(value);
}
