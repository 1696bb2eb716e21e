// `/p/{plan}/privacy`: the plan's privacy notice in plain words — who is responsible,
// how to reach them, what the data is for, how long this server keeps it (its retention
// settings), the cookies (strictly necessary only) and people's rights.

import { ApiError } from '../api';
import { h, markUserText, replace } from '../dom';
import { initI18n, languagePicker } from '../i18n';
import { getPrivacy, type PrivacyNotice } from './api';
import { ps } from './strings';
import './privacy.css';

/** A contact that is an e-mail address, linked for writing to it. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function section(id: string, heading: string, ...body: (Node | null)[]): HTMLElement {
  return h('section', { class: 'privacy-section', 'aria-labelledby': id }, h('h2', { id }, heading), ...body);
}

function contactOf(contact: string): HTMLElement {
  if (EMAIL.test(contact)) return markUserText(h('p', { class: 'privacy-contact' }, h('a', { href: `mailto:${contact}` }, contact)));
  // A postal address, one line of it a line.
  return markUserText(h('address', { class: 'privacy-contact' }, ...contact.split('\n').flatMap((line, i) => (i ? [h('br'), line] : [line]))));
}

function render(n: PrivacyNotice): HTMLElement[] {
  const r = n.retention;
  const kept: [string, string][] = [
    [ps.retention.events, ps.days(r.events_days)],
    [ps.retention.sessions, ps.days(r.expired_sessions_days)],
    [ps.retention.unconfirmed, ps.days(r.unconfirmed_subscriptions_days)],
    [ps.retention.sentMail, ps.days(r.sent_mail_days)],
    [ps.retention.retry, ps.days(r.idempotency_keys_days)],
    [ps.retention.visitor, ps.days(r.visitor_links_days)],
    [ps.retention.inactive, ps.inactive(r.inactive_accounts_days)],
    [ps.retention.aboutYou, ps.days(r.about_you_days)],
  ];
  const contact = n.contact ? contactOf(n.contact) : h('p', {}, ps.contactMissing);
  return [
    h('p', { class: 'privacy-intro' }, ps.intro),
    section(
      'privacy-controller',
      ps.controllerHeading,
      n.controller ? h('p', { id: 'privacy-controller-name' }, ps.controller(n.controller)) : h('p', {}, ps.controllerMissing),
    ),
    section('privacy-contact', ps.contactHeading, h('p', {}, ps.contactIntro), contact),
    section('privacy-purposes', ps.purposesHeading, h('ul', {}, ...n.purposes.map((p) => h('li', {}, ps.purpose(p))))),
    section(
      'privacy-retention',
      ps.retentionHeading,
      h('p', {}, ps.retentionIntro),
      h('dl', { class: 'privacy-periods' }, ...kept.flatMap(([what, how]) => [h('dt', {}, what), h('dd', {}, how)])),
    ),
    section(
      'privacy-cookies',
      ps.cookiesHeading,
      h('p', {}, ps.cookiesIntro),
      h(
        'table',
        { class: 'privacy-cookies' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ps.cookieName), h('th', { scope: 'col' }, ps.cookiePurpose), h('th', { scope: 'col' }, ps.cookieLifetime))),
        h(
          'tbody',
          {},
          ...n.cookies.map((c) =>
            h('tr', {}, h('th', { scope: 'row' }, h('code', { translate: 'no' }, c.name)), h('td', {}, ps.cookie(c.purpose)), h('td', {}, ps.days(c.days))),
          ),
        ),
      ),
    ),
    section(
      'privacy-rights',
      ps.rightsHeading,
      h('ul', {}, ...n.rights.map((right) => h('li', {}, ps.right(right)))),
      h('p', {}, h('a', { href: '/me' }, ps.yourDataLink)),
      h('p', {}, ps.rightsHow),
      h('p', {}, h('a', { href: n.complaint_url, rel: 'noopener' }, ps.complaintLink)),
    ),
  ];
}

/** Starts the page for `/p/{plan}/privacy`. */
export async function startPrivacy(pathname: string): Promise<void> {
  const m = /^\/p\/([^/]+)\/privacy\/?$/.exec(pathname);
  const slug = m ? decodeURIComponent(m[1]) : '';
  await initI18n(['privacy', 'common']);
  document.body.className = 'privacy-page';
  document.body.removeAttribute('data-view');
  document.body.removeAttribute('data-mode');
  document.title = ps.heading;
  const main = h('main', { id: 'main', class: 'privacy-main', tabindex: -1 });
  const planName = markUserText(h('p', { class: 'privacy-plan' }));
  const heading = h('h1', { tabindex: -1 }, ps.heading);
  replace(
    document.body,
    h('a', { class: 'skip-link', href: '#main' }, ps.skip),
    h(
      'header',
      { class: 'privacy-header' },
      h('a', { class: 'button', href: `/p/${encodeURIComponent(slug)}` }, ps.back),
      languagePicker('privacy-lang'),
    ),
    main,
  );
  replace(main, heading, planName, h('p', { role: 'status' }, ps.loading));
  try {
    const notice = await getPrivacy(slug);
    document.title = ps.pageTitle(notice.title);
    replace(planName, notice.title);
    replace(main, heading, planName, ...render(notice));
  } catch (err) {
    const notFound = err instanceof ApiError && err.status === 404;
    replace(main, heading, h('p', { class: 'note' }, notFound ? ps.notFound : ps.loadFailed));
  }
}
