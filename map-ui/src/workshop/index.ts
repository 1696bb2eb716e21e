// Entry for the workshop pages, loaded by main.ts instead of the plan page when the address
// is `/w/{code}` (a participant's phone), `/present/{code}` (the projector) or
// `/present/new` (a facilitator opens a workshop).

import { focus, h, replace } from '../dom';
import { initI18n, languagePicker } from '../i18n';
import {
  type Me,
  ApiError,
  canFacilitate,
  createWorkshop,
  getMe,
  getNeighbourhoods,
  getPlan,
  getSummary,
  getWorkshop,
  login,
  isFacilitating,
  markFacilitating,
} from './api';
import { JoinPage } from './join';
import { PresentPage } from './present';
import { ws } from './strings';
import './workshop.css';

const SIGNED_IN = 'waymark.signedIn';

function shell(): HTMLElement {
  document.body.className = 'ws-body';
  document.body.removeAttribute('data-view');
  document.body.removeAttribute('data-mode');
  const main = h('main', { class: 'ws-page', id: 'main' }, h('p', { class: 'ws-loading', role: 'status' }, ws.loading));
  // The join page and the projector draw their own picker; this one serves the facilitator's
  // start page and the messages when a workshop cannot be found.
  replace(document.body, h('div', { class: 'ws-page-lang' }, languagePicker('ws-start-lang')), main);
  return main;
}

function failed(main: HTMLElement, err: unknown): void {
  const notFound = err instanceof ApiError && err.status === 404;
  const heading = h('h1', { tabindex: -1 }, notFound ? ws.notFound : ws.loadFailed);
  replace(
    main,
    heading,
    notFound ? null : h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, ws.tryAgain)),
  );
  focus(heading);
}

async function startJoin(code: string): Promise<void> {
  const main = shell();
  try {
    const workshop = await getWorkshop(code);
    const [plan, neighbourhoods] = await Promise.all([getPlan(workshop.plan), getNeighbourhoods(workshop.plan)]);
    new JoinPage(workshop, plan, neighbourhoods);
  } catch (err) {
    failed(main, err);
  }
}

async function startPresent(code: string): Promise<void> {
  const main = shell();
  try {
    const workshop = await getWorkshop(code);
    const [plan, summary, me] = await Promise.all([getPlan(workshop.plan), getSummary(workshop.code),
      // Only a tab that opened this workshop asks who is signed in (no 401 for everyone else).
      isFacilitating(workshop.code) ? getMe().catch(() => null) : Promise.resolve(null),
    ]);
    new PresentPage(workshop, plan, summary, me);
  } catch (err) {
    failed(main, err);
  }
}

/** `/present/new?plan=slug`: sign in if need be, then a title and questions. */
async function startNew(): Promise<void> {
  const main = shell();
  const plan = new URLSearchParams(location.search).get('plan') ?? 'milton-keynes';
  // Ask who is signed in only when this tab has signed in before (no 401 for a visitor).
  let me: Me | null = sessionStorage.getItem(SIGNED_IN) ? await getMe().catch(() => null) : null;
  const error = h('p', { class: 'ws-field-error', role: 'alert', hidden: true });
  const fail = (text: string) => {
    error.textContent = text;
    error.hidden = false;
  };

  const showCreate = () => {
    const title = h('input', { id: 'ws-new-title', name: 'title', type: 'text', required: true, maxlength: 120 });
    const questions = h('textarea', { id: 'ws-new-questions', name: 'questions', rows: 4 });
    const button = h('button', { type: 'submit', class: 'button primary' }, ws.create);
    const form = h(
      'form',
      {
        class: 'ws-card',
        novalidate: true,
        onsubmit: async (ev: SubmitEvent) => {
          ev.preventDefault();
          error.hidden = true;
          button.disabled = true;
          button.textContent = ws.creating;
          try {
            const lines = questions.value.split('\n').map((q) => q.trim()).filter(Boolean);
            const w = await createWorkshop(plan, title.value.trim(), lines);
            markFacilitating(w.code);
            location.assign(`/present/${encodeURIComponent(w.code)}`);
          } catch (err) {
            button.disabled = false;
            button.textContent = ws.create;
            fail(err instanceof ApiError && err.errors.length ? err.errors.map((e) => e.message).join(' ') : err instanceof Error ? err.message : String(err));
          }
        },
      },
      h('h1', {}, ws.startHeading),
      error,
      h('label', { for: 'ws-new-title' }, ws.titleWorkshop),
      title,
      h('label', { for: 'ws-new-questions' }, ws.questionsLabel),
      questions,
      button,
    );
    replace(main, form);
    focus(title);
  };

  const showSignIn = () => {
    const email = h('input', { id: 'ws-email', name: 'email', type: 'email', autocomplete: 'username', required: true });
    const password = h('input', { id: 'ws-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const form = h(
      'form',
      {
        class: 'ws-card',
        novalidate: true,
        onsubmit: async (ev: SubmitEvent) => {
          ev.preventDefault();
          error.hidden = true;
          try {
            me = await login(email.value.trim(), password.value);
            sessionStorage.setItem(SIGNED_IN, '1');
          } catch {
            fail(ws.signInFailed);
            return;
          }
          if (canFacilitate(me)) showCreate();
          else fail(ws.notFacilitator);
        },
      },
      h('h1', {}, ws.signInHeading),
      error,
      h('label', { for: 'ws-email' }, ws.email),
      email,
      h('label', { for: 'ws-password' }, ws.password),
      password,
      h('button', { type: 'submit', class: 'button primary' }, ws.signIn),
    );
    replace(main, form);
    focus(email);
  };

  if (canFacilitate(me)) showCreate();
  else showSignIn();
}

/** Starts the workshop page the address asks for. */
export async function startWorkshop(pathname: string): Promise<void> {
  await initI18n(['workshop', 'common', 'about-you']);
  const [, section, code] = pathname.split('/');
  const c = decodeURIComponent(code ?? '').trim();
  if (section === 'present' && (c === 'new' || c === '')) void startNew();
  else if (section === 'present') void startPresent(c.toUpperCase());
  else void startJoin(c.toUpperCase());
}
