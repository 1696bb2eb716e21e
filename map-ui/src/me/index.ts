// `/me`, "Your data": a person shows what ties data to them — an e-mail address proved by
// a one-time link (`/me?token=…`, from the mail), this browser's visitor cookie, or their
// account — sees how much is held, downloads it all as a ZIP of JSON and CSV, and can
// erase it. A link that does not work says only that. Data officers and admins also find
// here what residents gave through a mobiliser (officer.ts).

import { ApiError, getMe } from '../api';
import { focus, h, replace, uid } from '../dom';
import { privacyNote } from '../footer';
import { initI18n, languagePicker } from '../i18n';
import { signedInHint } from '../session';
import { askForLink, eraseAll, EXPORT_URL, getSummary, useLink, type Summary } from './api';
import { KINDS, ms } from './strings';
import '../privacy/privacy.css';
import './me.css';

function section(heading: string, ...body: (Node | null)[]): HTMLElement {
  const id = uid('me-section');
  return h('section', { class: 'privacy-section', 'aria-labelledby': id }, h('h2', { id, tabindex: -1 }, heading), ...body);
}

/** The form that mails a one-time link to an address. */
function proveForm(): HTMLElement {
  const inputId = uid('me-email');
  const errorId = uid('me-email-error');
  const input = h('input', { id: inputId, type: 'email', name: 'email', autocomplete: 'email', required: true, spellcheck: false });
  const error = h('p', { id: errorId, class: 'field-error', hidden: true });
  const status = h('p', { class: 'me-status', role: 'status' });
  const button = h('button', { type: 'submit', class: 'button primary' }, ms.send);
  const form = h(
    'form',
    { class: 'me-form', novalidate: true },
    h('label', { for: inputId }, ms.emailLabel),
    error,
    input,
    button,
    status,
  );
  const fail = (message: string) => {
    replace(error, message);
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', errorId);
    input.focus();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    const email = input.value.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      fail(ms.badEmail);
      return;
    }
    button.disabled = true;
    askForLink(email)
      .then(() => replace(status, ms.sent))
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 422) fail(ms.badEmail);
        else if (err instanceof ApiError && err.status === 429) fail(ms.tooMany);
        else fail(ms.loadFailed);
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  return section(ms.proveHeading, h('p', {}, ms.proveIntro), form, privacyNote());
}

/** What is held, the download and the erasure. */
function held(summary: Summary, onErased: (text: string) => void): HTMLElement[] {
  const ties = [
    summary.email ? ms.byEmail(summary.email) : null,
    summary.account ? ms.byAccount(summary.account) : null,
    summary.visitor ? ms.byVisitor : null,
  ].filter((x): x is string => x !== null);
  const counts = KINDS.filter((k) => (summary.counts[k] ?? 0) > 0).map((k) => h('li', {}, ms.count(k, summary.counts[k])));
  const confirm = h('div', { class: 'me-confirm', hidden: true });
  const failed = h('p', { class: 'field-error', role: 'alert' });
  const eraseButton = h('button', { type: 'button', class: 'button danger' }, ms.erase);
  const question = h('p', { tabindex: -1 }, ms.eraseConfirm);
  const yes = h('button', { type: 'button', class: 'button danger' }, ms.erase);
  const no = h('button', { type: 'button', class: 'button' }, ms.eraseCancel);
  replace(confirm, question, h('div', { class: 'me-actions' }, yes, no));
  eraseButton.addEventListener('click', () => {
    confirm.hidden = false;
    eraseButton.hidden = true;
    focus(question);
  });
  no.addEventListener('click', () => {
    confirm.hidden = true;
    eraseButton.hidden = false;
    eraseButton.focus();
  });
  yes.addEventListener('click', () => {
    yes.disabled = true;
    eraseAll()
      .then((e) => onErased(ms.erased(e.contributions + e.contributions_kept_for_replies, e.contributions_kept_for_replies)))
      .catch(() => {
        yes.disabled = false;
        replace(failed, ms.eraseFailed);
      });
  });
  return [
    section(
      ms.heldHeading,
      h('ul', { class: 'me-ties' }, ...ties.map((tie) => h('li', {}, tie))),
      h('ul', { class: 'me-counts' }, ...counts),
      h('p', {}, h('a', { class: 'button', href: EXPORT_URL, download: 'waymark-my-data.zip' }, ms.download)),
    ),
    section(ms.eraseHeading, h('p', {}, ms.eraseIntro), eraseButton, confirm, failed),
  ];
}

/** Starts the page for `/me`. */
export async function startMe(): Promise<void> {
  await initI18n(['me', 'common']);
  document.body.className = 'privacy-page me-page';
  document.body.removeAttribute('data-view');
  document.body.removeAttribute('data-mode');
  document.title = ms.heading;
  const main = h('main', { id: 'main', class: 'privacy-main', tabindex: -1 });
  const heading = h('h1', { tabindex: -1 }, ms.heading);
  replace(
    document.body,
    h('a', { class: 'skip-link', href: '#main' }, ms.skip),
    h('header', { class: 'privacy-header' }, h('a', { class: 'button', href: '/' }, ms.back), languagePicker('me-lang')),
    main,
  );
  replace(main, heading, h('p', {}, ms.intro), h('p', { role: 'status' }, ms.loading));

  // A mailed link: used once, then out of the address bar and the history.
  const token = new URLSearchParams(location.search).get('token');
  let broken: HTMLElement | null = null;
  if (token !== null) {
    history.replaceState(null, '', '/me');
    try {
      await useLink(token);
    } catch (err) {
      broken = h(
        'div',
        { class: 'me-broken', role: 'alert' },
        h('h2', {}, err instanceof ApiError && err.status === 404 ? ms.linkBroken : ms.loadFailed),
        h('p', {}, ms.linkBrokenBody),
      );
    }
  }

  const done = (text: string) => {
    const erasedHeading = h('h2', { tabindex: -1 }, ms.erasedHeading);
    replace(main, heading, erasedHeading, h('p', { role: 'status' }, text), h('p', {}, h('a', { href: '/' }, ms.openMap)));
    focus(erasedHeading);
  };
  let body: HTMLElement[];
  try {
    body = held(await getSummary(), done);
  } catch (err) {
    const none = err instanceof ApiError && err.status === 401;
    body = [h('p', { class: 'note' }, none ? ms.nothingProved : ms.loadFailed)];
  }
  replace(main, heading, h('p', {}, ms.intro), broken, ...body, proveForm());
  if (broken) focus(broken.querySelector<HTMLElement>('h2'));
  // Data officers and admins also answer requests made on someone's behalf.
  if (signedInHint()) {
    const me = await getMe().catch(() => null);
    if (me && (me.role === 'data_officer' || me.role === 'admin')) {
      main.append(await import('./officer').then((m) => m.officerSection()));
    }
  }
}
