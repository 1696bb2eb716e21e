// One plan's page (`/admin?plan=slug`): its settings, its neighbourhoods (upload, table,
// map), its basemap and its organisations. The map is shared: a new upload or another
// basemap redraws it.

import { ApiError } from '../api';
import { h, replace } from '../dom';
import { getPlan, updatePlan, type AdminPlan, type Moderation, type PlanSettings } from './api';
import { basemapPanel } from './basemap';
import { Form, Invalid, type Host, type Shown } from './form';
import { PlanMap } from './map';
import { neighbourhoodsPanel } from './neighbourhoods';
import { organisationsPanel } from './organisations';
import { as } from './strings';

export async function planSection(host: Host, slug: string): Promise<Shown> {
  let plan: AdminPlan;
  try {
    plan = await getPlan(slug);
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 404)) throw err;
    const root = h(
      'section',
      { class: 'admin-section', 'aria-labelledby': 'admin-heading' },
      h('h2', { id: 'admin-heading', tabindex: -1 }, as.planNotFound),
      h('p', {}, h('a', { href: '/admin', 'data-nav': true }, as.allPlans)),
    );
    return { root, title: as.planNotFound };
  }
  const heading = h('h2', { id: 'admin-heading', tabindex: -1 }, plan.title);
  const map = new PlanMap(plan.slug, plan.title);
  /** Draws the plan as the server has it now (an upload may have given it an area). */
  const redraw = async () => {
    const fresh = await getPlan(plan.slug).catch(() => plan);
    map.draw(fresh.bbox);
  };
  const settings = settingsPanel(host, plan, (saved) => {
    plan = { ...plan, ...saved };
    replace(heading, saved.title);
    document.title = as.pageTitle(saved.title);
  });
  const neighbourhoods = await neighbourhoodsPanel(host, plan.slug, map, redraw);
  const basemap = basemapPanel(host, plan.slug, redraw);
  const organisations = await organisationsPanel(host, plan.slug);
  const jump = (id: string, text: string) => h('li', {}, h('a', { href: `#${id}` }, text));
  const root = h(
    'section',
    { class: 'admin-section', 'aria-labelledby': 'admin-heading' },
    h('p', { class: 'admin-back' }, h('a', { href: '/admin', 'data-nav': true, class: 'admin-back-link' }, as.allPlans)),
    heading,
    h(
      'p',
      { class: 'admin-plan-links' },
      h('a', { href: `/p/${encodeURIComponent(plan.slug)}` }, as.openMap),
      h('a', { href: `/moderate?${new URLSearchParams({ plan: plan.slug })}` }, as.openModeration),
    ),
    h(
      'nav',
      { class: 'admin-jump', 'aria-label': as.planSectionsLabel },
      h(
        'ul',
        {},
        jump('admin-settings', as.settingsHeading),
        jump('admin-neighbourhoods', as.neighbourhoodsHeading),
        jump('admin-basemap', as.basemapHeading),
        jump('admin-organisations', as.organisationsHeading),
      ),
    ),
    settings,
    neighbourhoods,
    basemap.root,
    organisations,
  );
  return {
    root,
    title: plan.title,
    map,
    attached: () => {
      map.draw(plan.bbox);
      void basemap.load();
    },
    leave: () => map.remove(),
  };
}

function settingsPanel(host: Host, plan: AdminPlan, saved: (settings: PlanSettings) => void): HTMLElement {
  const form = new Form(host, { submit: as.saveSettings, busy: as.saving }, async () => {
    const limit = perDay.value.trim();
    const problems = [];
    if (!title.value.trim()) problems.push({ field: 'title', message: as.titleMissing });
    if (limit && !(/^\d+$/.test(limit) && Number(limit) >= 1)) problems.push({ field: 'contributions_per_day', message: as.perDayInvalid });
    const reach = contact.value.trim();
    // An address with an @ on one line is an e-mail; the server checks it fully.
    if (reach.includes('@') && !reach.includes('\n') && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(reach)) {
      problems.push({ field: 'privacy_contact', message: as.contactInvalid });
    }
    if (problems.length) throw new Invalid(problems);
    const now = await updatePlan(plan.slug, {
      title: title.value.trim(),
      description: description.value.trim(),
      allow_anonymous: anonymous.checked,
      moderation: moderation.value(),
      contributions_per_day: limit ? Number(limit) : null,
      privacy_controller: controller.value.trim() || null,
      privacy_contact: reach || null,
    });
    saved(now);
    form.confirm(as.settingsSaved(now.title));
  });
  const title = form.control('title', as.title, h('input', { type: 'text', maxlength: 200, autocomplete: 'off' }));
  title.value = plan.title;
  const description = form.control('description', as.optional(as.description), h('textarea', { rows: 3, maxlength: 4000 }), {
    hint: as.descriptionHint,
  });
  description.value = plan.description;
  const anonymous = form.checkbox('allow_anonymous', as.allowAnonymous, plan.allow_anonymous);
  const moderation = form.radios<Moderation>(
    'moderation',
    as.moderation,
    [
      { value: 'post', label: as.moderationPost },
      { value: 'pre', label: as.moderationPre },
    ],
    plan.moderation,
  );
  const perDay = form.control(
    'contributions_per_day',
    as.optional(as.perDay),
    h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'admin-narrow' }),
    { hint: as.perDayHint },
  );
  perDay.value = plan.contributions_per_day == null ? '' : String(plan.contributions_per_day);
  const controller = form.control('privacy_controller', as.optional(as.controller), h('input', { type: 'text', maxlength: 200, autocomplete: 'organization' }), {
    hint: as.controllerHint,
  });
  controller.value = plan.privacy_controller ?? '';
  const contact = form.control('privacy_contact', as.optional(as.contact), h('textarea', { rows: 3, maxlength: 300 }), {
    hint: as.contactHint,
  });
  contact.value = plan.privacy_contact ?? '';
  return h(
    'section',
    { class: 'admin-panel', id: 'admin-settings', 'aria-labelledby': 'admin-settings-heading' },
    h('h3', { id: 'admin-settings-heading' }, as.settingsHeading),
    form.el,
  );
}
