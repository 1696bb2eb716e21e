// The plans section: every plan (each a link to its own page) and the form for a new one.

import type { BBox, FieldError } from '../api';
import { h } from '../dom';
import { createPlan, listPlans, type AdminPlan, type Moderation } from './api';
import { Form, Invalid, table, tableBox, type Host, type Shown } from './form';
import { as } from './strings';

export const planHref = (slug: string): string => `/admin?${new URLSearchParams({ plan: slug })}`;

export async function plansSection(host: Host, go: (href: string) => void): Promise<Shown> {
  const plans = await listPlans();
  const root = h(
    'section',
    { class: 'admin-section', 'aria-labelledby': 'admin-heading' },
    h('h2', { id: 'admin-heading', tabindex: -1 }, as.plansHeading),
    h('p', {}, as.plansIntro),
    plans.length ? tableBox(plansTable(plans)) : h('p', { class: 'admin-empty' }, as.plansNone),
    newPlanForm(host, go),
  );
  return { root, title: as.plansHeading };
}

function plansTable(plans: AdminPlan[]): HTMLTableElement {
  return table(
    as.plansTable,
    [as.colPlan, as.colAddress, as.colModeration, as.colAnonymous],
    plans.map((p) => [
      h('a', { href: planHref(p.slug), 'data-nav': true }, p.title),
      h('code', {}, p.slug),
      as.moderationShort[p.moderation] ?? p.moderation,
      p.allow_anonymous ? as.yes : as.no,
    ]),
    'admin-table-stack',
  );
}

/** A slug from a title: what the address field offers until someone types their own. */
function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** West, south, east, north from "w, s, e, n"; null when empty; an error when not four numbers. */
export function parseBBox(text: string): BBox | null {
  if (!text.trim()) return null;
  const parts = text.split(/[\s,]+/).filter(Boolean).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
    throw new Invalid([{ field: 'bbox', message: as.bboxInvalid }]);
  }
  return parts as BBox;
}

function newPlanForm(host: Host, go: (href: string) => void): HTMLElement {
  const form = new Form(
    host,
    {
      submit: as.createPlan,
      busy: as.saving,
      explain: (err) => (err.status === 409 ? [{ field: 'slug', message: as.slugTaken }] : null),
    },
    async () => {
      const problems: FieldError[] = [];
      if (!title.value.trim()) problems.push({ field: 'title', message: as.titleMissing });
      if (!slug.value.trim()) problems.push({ field: 'slug', message: as.slugMissing });
      let area: BBox | null = null;
      try {
        area = parseBBox(bbox.value);
      } catch (err) {
        problems.push(...(err as Invalid).errors);
      }
      if (problems.length) throw new Invalid(problems);
      const plan = await createPlan({
        slug: slug.value.trim(),
        title: title.value.trim(),
        description: description.value.trim() || undefined,
        bbox: area ?? undefined,
        allow_anonymous: anonymous.checked,
        moderation: moderation.value(),
      });
      host.say(as.created(plan.title));
      go(planHref(plan.slug));
    },
  );
  const title = form.control('title', as.title, h('input', { type: 'text', maxlength: 200, autocomplete: 'off' }));
  const slug = form.control(
    'slug',
    as.slug,
    h('input', { type: 'text', maxlength: 64, autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off' }),
    { hint: as.slugHint },
  );
  // The address follows the title until someone edits it.
  let slugEdited = false;
  slug.addEventListener('input', () => (slugEdited = slug.value.trim() !== ''));
  title.addEventListener('input', () => {
    if (!slugEdited) slug.value = slugOf(title.value);
  });
  const description = form.control('description', as.optional(as.description), h('textarea', { rows: 3, maxlength: 4000 }), {
    hint: as.descriptionHint,
  });
  const bbox = form.control('bbox', as.optional(as.bbox), h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' }), {
    hint: as.bboxHint,
  });
  const anonymous = form.checkbox('allow_anonymous', as.allowAnonymous, true);
  const moderation = form.radios<Moderation>(
    'moderation',
    as.moderation,
    [
      { value: 'post', label: as.moderationPost },
      { value: 'pre', label: as.moderationPre },
    ],
    'post',
  );
  return h(
    'section',
    { class: 'admin-panel', 'aria-labelledby': 'admin-new-plan' },
    h('h3', { id: 'admin-new-plan' }, as.newPlanHeading),
    h('p', {}, as.newPlanIntro),
    form.el,
  );
}
