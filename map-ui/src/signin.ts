// The e-mail and password sign-in form the staff pages share (the field page, the
// moderation page). The page gives its own words and says what happens once signed in.

import { ApiError, login, type Me } from './api';
import { focus, h, replace } from './dom';
import './signin.css';

export interface SignInWords {
  email: string;
  password: string;
  signIn: string;
  signingIn: string;
  /** The address or password is wrong. */
  failed: string;
  offline: string;
  /** Too many attempts (429). */
  busy: string;
}

/**
 * A sign-in form whose fields get the ids `{idPrefix}-email` and `{idPrefix}-password`.
 * A refusal is shown above the fields as an alert and focus goes back to the e-mail.
 */
export function signInForm(words: SignInWords, idPrefix: string, signedIn: (me: Me) => Promise<void> | void): HTMLFormElement {
  const email = h('input', { id: `${idPrefix}-email`, name: 'email', type: 'email', autocomplete: 'username', required: true });
  const password = h('input', { id: `${idPrefix}-password`, name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const button = h('button', { type: 'submit', class: 'button primary' }, words.signIn);
  const form = h(
    'form',
    { class: 'signin-form', novalidate: true },
    error,
    h('div', { class: 'signin-field' }, h('label', { for: email.id }, words.email), email),
    h('div', { class: 'signin-field' }, h('label', { for: password.id }, words.password), password),
    button,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.hidden = true;
    button.disabled = true;
    replace(button, words.signingIn);
    try {
      const me = await login(email.value.trim(), password.value);
      await signedIn(me);
    } catch (err) {
      button.disabled = false;
      replace(button, words.signIn);
      const e = err instanceof ApiError ? err : null;
      replace(error, e?.offline ? words.offline : e?.status === 429 ? words.busy : words.failed);
      error.hidden = false;
      focus(email);
    }
  });
  return form;
}
