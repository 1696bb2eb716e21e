// Every number of the impact as tables: a summary with each substation's traffic light in
// words, and each substation's years (the chart's text alternative, cell for cell).

import type { Rag } from '../api';
import { h, markUserText, uid } from '../dom';
import type { Impact, SubstationImpact, YearImpact } from './api';
import { ep, num } from './strings';

/** A traffic light in words, with a shape and its colour (never colour alone). */
export function ragBadge(rag: Rag | null | undefined, text = ep.rag(rag)): HTMLElement {
  const shape = rag === 'green' ? '✓' : rag === 'amber' ? '!' : rag === 'red' ? '✕' : '–';
  return h('span', { class: `ep-rag ep-rag-${rag ?? 'none'}`, 'data-rag': rag ?? 'none' }, h('span', { class: 'ep-rag-icon', 'aria-hidden': 'true' }, shape), h('span', {}, text));
}

/** A table in a box that scrolls sideways on a phone (keyboard too), named by its caption. */
export function tableBox(caption: string, head: string[], rows: (Node | string)[][], className = ''): HTMLElement {
  const captionId = uid('ep-caption');
  const table = h(
    'table',
    { class: `ep-table ${className}`.trim() },
    h('caption', { id: captionId }, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))),
  );
  return h('div', { class: 'ep-table-box', role: 'region', tabindex: 0, 'aria-labelledby': captionId }, table);
}

const last = (s: SubstationImpact): YearImpact | undefined => s.years[s.years.length - 1];

/** One row per substation: homes, its worst year's light, and the target year's figures. */
export function summaryTable(impact: Impact): HTMLElement {
  const year = impact.years[impact.years.length - 1] ?? 0;
  return tableBox(
    ep.summaryCaption(year),
    [ep.col('substation'), ep.col('homes'), ep.col('fit'), ep.col('demand'), ep.col('generation')],
    impact.substations.map((s) => [
      markUserText(h('span', {}, s.name)),
      num(s.homes, 0),
      ragBadge(s.rag),
      num(last(s)?.added_demand_mva ?? 0),
      num(last(s)?.added_generation_mw ?? 0),
    ]),
    'ep-summary',
  );
}

/** A substation's years: every number its chart draws, and each year's light in words. */
export function yearTable(s: SubstationImpact): HTMLElement {
  const exact = s.years.some((y) => y.demand_headroom_mva != null);
  const head = exact
    ? ['year', 'demand', 'generation', 'demand_headroom', 'generation_headroom', 'demand_left', 'generation_left', 'fit']
    : ['year', 'demand', 'generation', 'demand_band', 'generation_band', 'fit'];
  const cell = (y: YearImpact, c: string): Node | string => {
    switch (c) {
      case 'year': return String(y.year);
      case 'demand': return num(y.added_demand_mva);
      case 'generation': return num(y.added_generation_mw);
      case 'demand_headroom': return num(y.demand_headroom_mva ?? 0);
      case 'generation_headroom': return num(y.generation_headroom_mw ?? 0);
      case 'demand_left': return num(y.demand_left_mva ?? 0);
      case 'generation_left': return num(y.generation_left_mw ?? 0);
      case 'demand_band': return ep.band(y.demand_band ?? '');
      case 'generation_band': return ep.band(y.generation_band ?? '');
      default: return ragBadge(y.rag);
    }
  };
  return tableBox(ep.yearCaption(s.name), head.map((c) => ep.col(c)), s.years.map((y) => head.map((c) => cell(y, c))), 'ep-years');
}
