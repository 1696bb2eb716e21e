// The impact section: the map's key, the summary table, and for each substation its
// chart and its numbers; the assumptions used, each with its source, under them. Redrawn
// in place as the scenario moves, keeping each chart (only its data changes).

import { h, markUserText, replace, uid } from '../dom';
import type { Assumptions, Impact } from './api';
import { YearChart } from './chart';
import { RAG_COLOURS } from './map';
import { ep } from './strings';
import { ragBadge, summaryTable, yearTable } from './table';
import './impact.css';

const ASSUMPTIONS = ['heat_pump_peak_kw', 'ev_charger_peak_kw', 'rooftop_solar_kwp', 'power_factor'];

export function mapKey(): HTMLElement {
  return h(
    'div',
    { class: 'ep-map-key' },
    h('p', { class: 'ep-key-title' }, ep.mapLegend),
    h(
      'ul',
      {},
      ...(['green', 'amber', 'red'] as const).map((rag) => {
        const swatch = h('span', { class: `ep-swatch ep-swatch-${rag}`, 'aria-hidden': 'true' });
        swatch.style.backgroundColor = RAG_COLOURS[rag];
        return h('li', {}, swatch, ep.rag(rag));
      }),
    ),
  );
}

export function assumptionsList(a: Assumptions): HTMLElement {
  const headingId = uid('ep-assumptions');
  return h(
    'section',
    { class: 'ep-assumptions', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, ep.assumptionsHeading),
    h(
      'ul',
      {},
      ...ASSUMPTIONS.map((key) => {
        const x = a[key];
        return h(
          'li',
          {},
          x ? ep.assumption(key, x.value) : ep.assumptionMissing(key),
          x ? markUserText(h('span', { class: 'ep-source' }, ` ${ep.source(x.source)}`)) : null,
        );
      }),
    ),
  );
}

export class ImpactView {
  readonly el = h('div', { class: 'ep-impact' });
  private readonly notes = h('div', { class: 'ep-impact-notes' });
  private readonly summary = h('div', { class: 'ep-summary-box' });
  private readonly cards = h('div', { class: 'ep-cards' });
  private readonly charts = new Map<string, { card: HTMLElement; badge: HTMLElement; table: HTMLElement; chart: YearChart }>();

  constructor() {
    this.el.append(this.notes, this.summary, this.cards);
  }

  /** Shows `impact` (null: it cannot be worked out, `missing` says why). */
  show(impact: Impact | null, missing: string[], withoutHomes: string[]): Promise<void> {
    replace(
      this.notes,
      impact ? h('p', { class: 'ep-intro' }, ep.impactIntro(impact.years[impact.years.length - 1] ?? 0)) : null,
      missing.length ? h('p', { class: 'ep-warning' }, ep.impactMissing(missing.join(', '))) : null,
      withoutHomes.length ? h('p', { class: 'ep-warning' }, ep.withoutHomes(withoutHomes.join(', '))) : null,
    );
    if (!impact) {
      replace(this.summary);
      replace(this.cards);
      this.charts.forEach((c) => c.chart.destroy());
      this.charts.clear();
      return Promise.resolve();
    }
    replace(this.summary, summaryTable(impact));
    const keep = new Set(impact.substations.map((s) => s.key));
    for (const [key, c] of this.charts) {
      if (keep.has(key)) continue;
      c.chart.destroy();
      c.card.remove();
      this.charts.delete(key);
    }
    const drawn: Promise<void>[] = [];
    for (const s of impact.substations) {
      let c = this.charts.get(s.key);
      if (!c) {
        const headingId = uid('ep-substation');
        const chart = new YearChart(s.name);
        const badge = h('span', {});
        const table = h('div', {});
        const card = h(
          'section',
          { class: 'ep-card', 'aria-labelledby': headingId, 'data-key': s.key },
          h('h3', { id: headingId }, markUserText(h('span', {}, s.name)), ' ', badge),
          chart.el,
          table,
        );
        c = { card, badge, table, chart };
        this.charts.set(s.key, c);
      }
      this.cards.append(c.card);
      replace(c.badge, ragBadge(s.rag, ep.worst(s.rag)));
      replace(c.table, yearTable(s));
      drawn.push(c.chart.show(s));
    }
    return Promise.all(drawn).then(() => undefined);
  }
}
