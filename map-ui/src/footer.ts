// The site footer: a "Privacy" link on every page to the plan's privacy notice and a "Your
// data" link to `/me`, and the
// short note forms that ask for a name or an e-mail show beside them. Pages replace the
// body's children as they start, so the footer puts itself back; projector screens, shown
// to a room, go without it.

import { h } from './dom';
import { t } from './i18n';
import { DEFAULT_PLAN } from './url';

/** Bodies of the screens shown to a room (a workshop's and an energy plan's projector). */
const PROJECTORS = ['ws-present-body', 'ep-projector'];

/** The plan a page is about: its `/p/{plan}/…` address, else its `?plan=`, else the demo plan. */
export function pagePlan(): string {
  const m = /^\/p\/([^/]+)/.exec(location.pathname);
  if (m) return decodeURIComponent(m[1]);
  return new URLSearchParams(location.search).get('plan') || DEFAULT_PLAN;
}

/** The address of a plan's privacy notice. */
export function privacyHref(plan = pagePlan()): string {
  return `/p/${encodeURIComponent(plan)}/privacy`;
}

/** "How we use this (privacy)", for beside a form that asks for a name or an e-mail. */
export function privacyNote(plan?: string): HTMLElement {
  return h('p', { class: 'privacy-note' }, h('a', { href: privacyHref(plan) }, t('common-privacy-note')));
}

const link = h('a', { class: 'site-footer-link' });
const yourData = h('a', { class: 'site-footer-link', href: '/me' });

/** Points the footer at `plan`'s notice, for a page whose address does not name its plan. */
export function setFooterPlan(plan: string): void {
  link.href = privacyHref(plan);
}

/** Adds the footer to the page and keeps it there whatever the page does to the body. */
export function keepFooter(): void {
  link.href = privacyHref();
  link.textContent = t('common-privacy-link');
  yourData.textContent = t('common-your-data-link');
  const footer = h('footer', { class: 'site-footer' }, link, yourData);
  const place = (): void => {
    const projector = PROJECTORS.some((c) => document.body.classList.contains(c));
    if (projector) footer.remove();
    else if (footer.parentNode !== document.body) document.body.append(footer);
  };
  place();
  new MutationObserver(place).observe(document.body, { childList: true, attributeFilter: ['class'] });
}
