// A plan's neighbourhoods: upload a boundary file (the file is the request body, its type
// taken from its name), what the upload did, the table of neighbourhoods and the map.

import { formatNumber } from '../i18n';
import { getNeighbourhoods, type Neighbourhood } from '../api';
import { focus, h, replace } from '../dom';
import { boundaryType, uploadNeighbourhoods, type ImportReport } from './api';
import { Form, Invalid, table, tableBox, type Host } from './form';
import type { PlanMap } from './map';
import { as } from './strings';

export async function neighbourhoodsPanel(
  host: Host,
  slug: string,
  map: PlanMap,
  redraw: () => Promise<void>,
): Promise<HTMLElement> {
  const report = h('div', { class: 'admin-report', hidden: true });
  const list = h('div', { class: 'admin-neighbourhoods' });
  const showList = (features: Neighbourhood[]) => replace(list, ...neighbourhoodsTable(features));
  showList(await getNeighbourhoods(slug));

  const form = new Form(host, { submit: as.uploadBoundaries, busy: as.uploading, busyNote: as.importing }, async () => {
    const chosen = file.files?.[0];
    if (!chosen) throw new Invalid([{ field: 'file', message: as.fileMissing }]);
    const type = boundaryType(chosen.name);
    if (!type) throw new Invalid([{ field: 'file', message: as.boundaryWrongType }]);
    report.hidden = true;
    const done = await uploadNeighbourhoods(slug, chosen, type, nameField.value.trim());
    showReport(report, slug, done);
    host.say(as.reportSummary(done.created.length, done.updated.length, done.deleted.length));
    focus(report.querySelector('h4'));
    showList(await getNeighbourhoods(slug));
    await redraw();
  });
  const file = form.control('file', as.boundaryFile, h('input', { type: 'file', accept: '.geojson,.json,.gpkg,.zip' }), {
    hint: as.boundaryFileHint,
    aliases: ['features'],
  });
  const nameField = form.control(
    'name_field',
    as.optional(as.nameField),
    h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', class: 'admin-narrow' }),
    { hint: as.nameFieldHint },
  );
  return h(
    'section',
    { class: 'admin-panel', id: 'admin-neighbourhoods', 'aria-labelledby': 'admin-neighbourhoods-heading' },
    h('h3', { id: 'admin-neighbourhoods-heading' }, as.neighbourhoodsHeading),
    h('p', {}, as.neighbourhoodsIntro),
    form.el,
    report,
    list,
    map.container,
  );
}

function neighbourhoodsTable(features: Neighbourhood[]): HTMLElement[] {
  if (!features.length) return [h('p', { class: 'admin-empty' }, as.neighbourhoodsNone)];
  const sorted = [...features].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en-GB'));
  const caption = as.neighbourhoodsTable(sorted.length);
  return [
    tableBox(
      table(
        caption,
        [as.colName, as.colContributions],
        sorted.map((n) => [n.properties.name, formatNumber(n.properties.contribution_count)]),
        'admin-table-numbers',
      ),
    ),
  ];
}

function showReport(el: HTMLElement, slug: string, r: ImportReport): void {
  const names = (label: string, list: string[]) =>
    list.length ? [h('dt', {}, label), h('dd', {}, list.join(', '))] : [];
  const pins = r.pins_outside.map((p) =>
    h('li', {}, h('a', { href: `/p/${encodeURIComponent(slug)}#/c/${encodeURIComponent(p.id)}` }, p.title)),
  );
  replace(
    el,
    h('h4', { tabindex: -1 }, as.reportHeading),
    h('p', {}, as.reportSummary(r.created.length, r.updated.length, r.deleted.length)),
    h('p', { class: 'muted' }, as.reportFrom(r.layer, r.name_field, r.source_crs)),
    h(
      'dl',
      { class: 'admin-facts' },
      ...names(as.reportCreated, r.created),
      ...names(as.reportUpdated, r.updated),
      ...names(as.reportDeleted, r.deleted),
    ),
    r.repaired.length
      ? h(
          'div',
          {},
          h('h5', {}, as.reportRepaired),
          h('ul', {}, ...r.repaired.map((x) => h('li', {}, as.repairedItem(x.name, x.reason)))),
        )
      : null,
    pins.length ? h('div', {}, h('h5', {}, as.reportPinsOutside), h('ul', {}, ...pins)) : null,
    r.plan_area_from_neighbourhoods ? h('p', {}, as.reportAreaFromNeighbourhoods) : null,
  );
  el.hidden = false;
}
