// `/p/{plan}/energy-plans/{id}/print?version=N`: the version on A4 — title and group, the
// scenario, the map (drawn, then kept as an image, since a live map does not print), each
// substation's chart and numbers, the assumptions and the answers. The browser's print
// makes the PDF; `data-ready` on <body> says everything is drawn.

import { ApiError, getPlan as getPlanArea } from '../api';
import { h, markUserText, replace } from '../dom';
import { formatDate } from '../i18n';
import { assumptions, exportUrl, getPlan } from './api';
import { answersSection } from './answers';
import { assumptionsList, ImpactView, mapKey } from './impact';
import { PlanMap } from './map';
import { proposalsSection } from './priorities';
import { scenarioTable } from './scenario';
import { Shell } from './shell';
import { ep } from './strings';
import './print.css';

const enc = encodeURIComponent;

export async function startPrint(slug: string, id: string): Promise<void> {
  const shell = new Shell('ep-print-page');
  const version = Number(new URLSearchParams(location.search).get('version')) || undefined;
  replace(shell.main, h('p', { class: 'loading' }, ep.loading));
  try {
    const [plan, area, assumed] = await Promise.all([getPlan(id, version), getPlanArea(slug), assumptions(slug).catch(() => ({}))]);
    const v = plan.version;
    document.title = ep.pageTitle(plan.title, area.title);
    replace(shell.heading, ep.printHeading(plan.title));
    replace(
      shell.subline,
      markUserText(h('span', {}, ep.printMeta(plan.group_name, v.number, v.status, formatDate(new Date(), { day: 'numeric', month: 'long', year: 'numeric' })))),
    );
    replace(
      shell.links,
      h('button', { type: 'button', class: 'button primary', onclick: () => window.print() }, ep.printNow),
      h('a', { class: 'button', href: `/p/${enc(slug)}/energy-plans/${plan.id}?version=${v.number}` }, ep.printBack),
    );
    const mapBox = h('div', { class: 'ep-map ep-print-map' });
    const image = h('img', { class: 'ep-map-image', alt: ep.mapImage, hidden: true });
    const impact = new ImpactView();
    replace(
      shell.main,
      h('p', {}, markUserText(h('span', {}, plan.neighbourhoods.map((n) => n.name).join(', ')))),
      scenarioTable(v.scenario, v.dfes_scenario, { neighbourhoods: plan.neighbourhoods, proposals: v.proposals }),
      h('section', { class: 'ep-print-map-box' }, h('h2', {}, ep.impactHeading), mapKey(), mapBox, image),
      impact.el,
      assumptionsList(assumed),
      proposalsSection(slug, v.proposals),
      answersSection(plan, null, () => undefined),
      h(
        'p',
        { class: 'ep-downloads' },
        h('a', { href: exportUrl(plan.id, v.number, 'geojson') }, ep.downloadGeojson),
        ' ',
        h('a', { href: exportUrl(plan.id, v.number, 'csv') }, ep.downloadCsv),
      ),
    );
    const charts = impact.show(v.impact, v.impact ? [] : v.missing_assumptions.map((m) => m.field), v.neighbourhoods_without_homes);
    let drawn: Promise<void> = Promise.resolve();
    try {
      const map = new PlanMap(mapBox, slug, plan.title, plan.area, { print: true });
      map.show(v.impact?.substations ?? []);
      drawn = map.ready.then(() => map.idle()).then(() => {
        image.src = map.snapshot();
        image.hidden = false;
        map.map.remove();
        mapBox.remove();
      });
    } catch {
      mapBox.remove();
    }
    await Promise.all([charts, drawn, image.decode?.().catch(() => undefined)]);
    document.body.dataset.ready = 'true';
  } catch (err) {
    const notFound = err instanceof ApiError && err.status === 404;
    replace(shell.main, h('p', { class: 'ep-warning' }, notFound ? ep.notFound : ep.loadFailed));
  }
}
