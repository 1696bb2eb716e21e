// Two versions side by side: each scenario field that changed, and each substation's
// traffic light and target-year figures before and after.

import { h, markUserText, uid } from '../dom';
import type { Comparison } from './api';
import { ep, num } from './strings';
import { ragBadge, tableBox } from './table';

/** "Heat pumps (%)", or "Battery “Name”: power_kw" for an item's field. */
function fieldName(field: string): string {
  const item = /^(batteries|projects)\[(.+?)\](?:\.(\w+))?$/.exec(field);
  if (!item) return ep.field(field);
  const name = item[1] === 'batteries' ? ep.fieldBattery(item[2]) : ep.fieldProject(item[2]);
  return item[3] ? ep.fieldItem(name, ep.itemLabel(item[3])) : name;
}

function value(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return num(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.entries(o)
      .filter(([k, x]) => k !== 'name' && x != null)
      .map(([k, x]) => `${ep.itemLabel(k)}: ${typeof x === 'number' ? num(x) : String(x)}`)
      .join(' · ');
  }
  return String(v);
}

export function comparisonView(c: Comparison): HTMLElement {
  const headingId = uid('ep-compare');
  const changes = c.changes.map((x) => [
    fieldName(x.field),
    x.from === null ? ep.added : value(x.from),
    x.to === null ? ep.removed : value(x.to),
  ]);
  const stations = c.substations.map((s) => [
    markUserText(h('span', {}, s.name)),
    ragBadge(s.rag_from),
    ragBadge(s.rag_to),
    `${num(s.added_demand_mva_from)} → ${num(s.added_demand_mva_to)}`,
    `${num(s.added_generation_mw_from)} → ${num(s.added_generation_mw_to)}`,
  ]);
  return h(
    'section',
    { class: 'ep-compare', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: -1 }, ep.compareHeading(c.from, c.to)),
    h('h3', {}, ep.changesHeading),
    changes.length
      ? tableBox(ep.changeCaption, [ep.col('what'), ep.colVersion(c.from), ep.colVersion(c.to)], changes)
      : h('p', {}, ep.noChanges),
    tableBox(
      ep.compareCaption,
      [ep.col('substation'), ep.colVersion(c.from), ep.colVersion(c.to), ep.col('demand'), ep.col('generation')],
      stations,
    ),
  );
}
