// `/p/{plan}/energy-plans`: the plan's neighbourhood energy plans (each with the version the
// asker sees), and for a signed-in person the form that starts one.

import { ApiError, getMe, getNeighbourhoods, getPlan, type Me, type Neighbourhood } from '../api';
import { Form, Invalid } from '../admin/form';
import { h, markUserText, replace, uid } from '../dom';
import { setSignedInHint, signedInHint } from '../session';
import { createPlan, dfesScenarios, listPlans, type PlanSummary } from './api';
import { LAST_YEAR, thisYear } from './scenario';
import { Shell } from './shell';
import { ep } from './strings';

const enc = encodeURIComponent;

export async function startList(slug: string): Promise<void> {
  const shell = new Shell('ep-list-page');
  replace(shell.heading, ep.listHeading);
  replace(shell.links, h('a', { class: 'button', href: `/p/${enc(slug)}` }, ep.backToMap));
  replace(shell.main, h('p', { class: 'loading' }, ep.loading));
  try {
    const [plan, neighbourhoods, items, dfes] = await Promise.all([getPlan(slug), getNeighbourhoods(slug), listPlans(slug), dfesScenarios(slug).catch(() => [])]);
    document.title = ep.listTitle(plan.title);
    replace(shell.subline, markUserText(h('span', {}, plan.title)));
    let me: Me | null = null;
    if (signedInHint()) {
      me = await getMe().catch(() => null);
      setSignedInHint(Boolean(me));
    }
    const listId = uid('ep-plans');
    const startId = uid('ep-start');
    replace(
      shell.main,
      h('p', { class: 'ep-intro' }, ep.listIntro),
      h('section', { 'aria-labelledby': listId }, h('h2', { id: listId, class: 'visually-hidden' }, ep.listHeading), plansList(slug, items)),
      h(
        'section',
        { 'aria-labelledby': startId, class: 'ep-start' },
        h('h2', { id: startId }, ep.startHeading),
        me ? startForm(slug, me, neighbourhoods, dfes, shell) : h('p', {}, h('a', { class: 'button primary', href: `/account/signin?next=${enc(location.pathname)}` }, ep.signIn), ' ', ep.signInToStart),
      ),
    );
  } catch (err) {
    const notFound = err instanceof ApiError && err.status === 404;
    replace(shell.main, h('p', { class: 'ep-warning' }, notFound ? ep.notFound : ep.loadFailed));
  }
}

function plansList(slug: string, items: PlanSummary[]): HTMLElement {
  if (!items.length) return h('p', {}, ep.none);
  return h(
    'ul',
    { class: 'ep-plan-list' },
    ...items.map((p) =>
      h(
        'li',
        {},
        h('a', { href: `/p/${enc(slug)}/energy-plans/${p.id}` }, markUserText(h('span', {}, p.title))),
        h('p', {}, markUserText(h('span', {}, ep.byGroup(p.group_name, p.neighbourhoods.join(', '))))),
        h('p', { class: 'muted' }, ep.versionStatus(p.version, p.status)),
      ),
    ),
  );
}

function startForm(slug: string, me: Me, neighbourhoods: Neighbourhood[], dfes: string[], shell: Shell): HTMLElement {
  const form: Form = new Form(
    { me, say: (text) => shell.say(text), refused: async () => false },
    { submit: ep.startSubmit, busy: ep.starting, className: 'ep-start-form' },
    async () => {
      const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
      if (!chosen.length) throw new Invalid([{ field: 'neighbourhoods', message: ep.neighbourhoodsMissing }]);
      const year = Number(target.value);
      const made = await createPlan(slug, {
        title: title.value,
        group_name: group.value,
        neighbourhoods: chosen,
        scenario: { target_year: year, heat_pumps_pct: 0, ev_charging_pct: 0, rooftop_solar_pct: 0, batteries: [], projects: [] },
        dfes_scenario: scenario.value || null,
      });
      location.assign(`/p/${enc(slug)}/energy-plans/${made.id}`);
    },
  );
  const title = form.control('title', ep.titleLabel, h('input', { type: 'text', maxlength: 120, required: true }), { hint: ep.titleHint });
  const group = form.control('group_name', ep.groupLabel, h('input', { type: 'text', maxlength: 200, required: true }));
  const sorted = [...neighbourhoods].sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  const boxes = sorted.map((n) => h('input', { type: 'checkbox', id: uid('ep-nb'), name: 'neighbourhoods', value: n.properties.slug }));
  // The form knows each field by a control: this group of boxes is the field `neighbourhoods`,
  // shown as a fieldset with the form's own error line under its legend.
  const wrapper = form.control('neighbourhoods', ep.neighbourhoodsLegend, boxes[0]).closest('.field') as HTMLElement;
  const error = wrapper.querySelector('.field-error') as HTMLElement;
  wrapper.replaceWith(
    h(
      'fieldset',
      { class: 'ep-neighbourhoods' },
      h('legend', {}, ep.neighbourhoodsLegend),
      error,
      h('ul', {}, ...sorted.map((n, i) => h('li', { class: 'check' }, boxes[i], markUserText(h('label', { for: boxes[i].id }, n.properties.name))))),
    ),
  );
  const target = form.control('target_year', ep.targetYear, h('input', { type: 'number', min: thisYear(), max: LAST_YEAR, step: 1, inputmode: 'numeric', value: Math.min(LAST_YEAR, thisYear() + 9) }));
  const scenario = form.control('dfes_scenario', ep.dfesLabel, h('select', {}, h('option', { value: '' }, ep.dfesNone), ...dfes.map((n) => markUserText(h('option', { value: n }, n)))), { hint: ep.dfesHint });
  return form.el;
}
