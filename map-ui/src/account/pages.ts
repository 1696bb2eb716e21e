// The account pages one reaches signed out: sign in, create an account, confirm it from the
// mailed link, choose a new password, confirm a new e-mail address.

import { h } from '../dom';
import { privacyNote } from '../footer';
import { setSignedInHint } from '../session';
import { ApiError, confirmEmail, confirmSignUp, login, completeReset, requestReset, signUp } from './api';
import { AccountForm, Refusal } from './form';
import { nextPath, type Show } from './shell';
import { account as t } from './strings';

const enc = encodeURIComponent;

/** `?next=` for links between the pages, so that the way back to the map is kept. */
function withNext(path: string): string {
  const next = nextPath();
  return next === '/' ? path : `${path}?next=${enc(next)}`;
}

function backToMap(): HTMLElement {
  return h('p', { class: 'account-back' }, h('a', { href: nextPath() }, t.backToMap));
}

/** The sign-in form; signing in goes on to `next` (the page the person came from). */
export function signInForm(next: string): AccountForm {
  const form = new AccountForm(
    [
      { name: 'email', label: t.emailLabel, type: 'email', autocomplete: 'username', missing: t.emailMissing },
      { name: 'password', label: t.passwordLabel, type: 'password', autocomplete: 'current-password', missing: t.passwordMissing },
    ],
    t.signInSubmit,
    async ({ email, password }) => {
      try {
        await login(email, password);
      } catch (err) {
        if (err instanceof ApiError && (err.status === 401 || err.status === 422)) throw new Refusal(t.wrongPassword);
        throw err;
      }
      setSignedInHint(true);
      location.assign(next);
    },
  );
  return form;
}

export function signInPage(show: Show): void {
  const signedOut = new URLSearchParams(location.search).has('signed_out');
  show({
    heading: signedOut ? t.signedOutHeading : t.signInHeading,
    body: [
      signedOut ? h('p', {}, t.signedOutIntro) : null,
      signInForm(nextPath()).el,
      h('p', {}, `${t.noAccount} `, h('a', { href: withNext('/account/signup') }, t.createAccount)),
      h('p', {}, h('a', { href: '/account/reset' }, t.forgotten)),
      backToMap(),
    ],
  });
}

export function signUpPage(show: Show): void {
  const form = new AccountForm(
    [
      { name: 'email', label: t.emailLabel, hint: t.emailHint, type: 'email', autocomplete: 'email', missing: t.emailMissing },
      {
        name: 'password',
        label: t.passwordLabel,
        hint: t.newPasswordHint,
        type: 'password',
        autocomplete: 'new-password',
        missing: t.newPasswordMissing,
      },
      { name: 'display_name', label: t.nameLabel, hint: t.nameHint, type: 'text', autocomplete: 'nickname', maxlength: 60 },
    ],
    t.signUpSubmit,
    async ({ email, password, display_name }) => {
      await signUp(email, password, display_name);
      show({ heading: t.checkInboxHeading, body: [h('p', {}, t.signUpSent(email)), backToMap()] });
    },
  );
  show({
    heading: t.signUpHeading,
    body: [
      h('p', {}, t.signUpIntro),
      form.el,
      privacyNote(),
      h('p', {}, `${t.haveAccount} `, h('a', { href: withNext('/account/signin') }, t.signIn)),
      backToMap(),
    ],
  });
}

function incomplete(show: Show, askAgain: string): void {
  show({ heading: t.linkGone, body: [h('p', {}, t.noToken), h('p', {}, h('a', { href: askAgain }, t.askAgain))] });
}

/** The answer to a mailed link that no longer works. */
function gone(show: Show, askAgain: string): void {
  show({ heading: t.linkGone, body: [h('p', {}, h('a', { href: askAgain }, t.askAgain)), backToMap()] });
}

const isGone = (err: unknown) => err instanceof ApiError && err.status === 422 && err.errors.some((e) => e.field === 'token');

export function confirmPage(show: Show, token: string | null): void {
  if (!token) return incomplete(show, '/account/signup');
  const form = new AccountForm(
    [{ name: 'password', label: t.passwordLabel, type: 'password', autocomplete: 'current-password', missing: t.passwordMissing }],
    t.confirmSubmit,
    async ({ password }) => {
      try {
        const me = await confirmSignUp(token, password);
        setSignedInHint(true);
        show({
          heading: t.readyHeading,
          body: [
            h('p', {}, t.readyIntro(me.email)),
            h('p', {}, h('a', { class: 'button primary', href: '/' }, t.goToMap)),
            h('p', {}, h('a', { href: '/account/' }, t.yourAccount)),
          ],
        });
      } catch (err) {
        if (isGone(err)) return gone(show, '/account/signup');
        if (err instanceof ApiError && err.status === 401) throw new Refusal(t.confirmWrongPassword, [{ field: 'password', message: t.confirmWrongPassword }]);
        if (err instanceof ApiError && err.status === 409) throw new Refusal(t.confirmTaken);
        throw err;
      }
    },
  );
  show({ heading: t.confirmHeading, body: [h('p', {}, t.confirmIntro), form.el] });
}

export function resetPage(show: Show, token: string | null): void {
  if (token) return newPasswordPage(show, token);
  const form = new AccountForm(
    [{ name: 'email', label: t.emailLabel, type: 'email', autocomplete: 'username', missing: t.emailMissing }],
    t.resetSubmit,
    async ({ email }) => {
      await requestReset(email);
      show({ heading: t.checkInboxHeading, body: [h('p', {}, t.resetSent(email)), backToMap()] });
    },
  );
  show({ heading: t.resetHeading, body: [h('p', {}, t.resetIntro), form.el, backToMap()] });
}

function newPasswordPage(show: Show, token: string): void {
  const form = new AccountForm(
    [
      {
        name: 'password',
        label: t.newPasswordLabel,
        hint: t.newPasswordHint,
        type: 'password',
        autocomplete: 'new-password',
        missing: t.newPasswordMissing,
      },
    ],
    t.newPasswordSubmit,
    async ({ password }) => {
      try {
        await completeReset(token, password);
      } catch (err) {
        if (isGone(err)) return gone(show, '/account/reset');
        throw err;
      }
      setSignedInHint(false);
      show({ heading: t.passwordChangedHeading, body: [h('p', {}, t.passwordChangedIntro), signInForm('/').el] });
    },
  );
  show({ heading: t.newPasswordHeading, body: [h('p', {}, t.newPasswordIntro), form.el] });
}

export function confirmEmailPage(show: Show, token: string | null): void {
  if (!token) return incomplete(show, '/account/');
  const form = new AccountForm([], t.emailConfirmSubmit, async () => {
    try {
      const { email } = await confirmEmail(token);
      show({ heading: t.emailChangedHeading, body: [h('p', {}, t.emailChangedIntro(email)), backToMap()] });
    } catch (err) {
      if (isGone(err)) return gone(show, '/account/');
      if (err instanceof ApiError && err.status === 409) throw new Refusal(t.emailTaken);
      throw err;
    }
  });
  show({ heading: t.emailConfirmHeading, body: [h('p', {}, t.emailConfirmIntro), form.el] });
}
