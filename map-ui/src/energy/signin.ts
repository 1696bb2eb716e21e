// Signing in from community energy (to propose a project, or to answer as a network engineer):
// e-mail and password, each problem next to its field, and one line for what the server said.

import { ApiError, login, type Me } from '../api';
import { focus, h, replace, uid } from '../dom';
import type { PanelView } from '../panel';
import { energy as t } from '../strings';
import { heading } from './parts';

export interface SignInHandlers {
  signedIn(me: Me): void;
  cancel(): void;
}

export function signInView(title: string, on: SignInHandlers): PanelView {
  const view = { root: h('div', { class: 'view view-signin' }), heading: heading(title) };
  const emailId = uid('email');
  const passwordId = uid('password');
  const emailError = h('p', { class: 'field-error', id: uid('email-error'), hidden: true });
  const passwordError = h('p', { class: 'field-error', id: uid('password-error'), hidden: true });
  const email = h('input', { id: emailId, type: 'email', autocomplete: 'username', required: true, 'aria-describedby': emailError.id });
  const password = h('input', { id: passwordId, type: 'password', autocomplete: 'current-password', required: true, 'aria-describedby': passwordError.id });
  const formError = h('p', { class: 'error-summary', role: 'alert', tabindex: -1, hidden: true });
  const submit = h('button', { type: 'submit', class: 'button primary' }, t.signIn);
  const setError = (el: HTMLElement, input: HTMLInputElement, msg: string | null) => {
    el.hidden = !msg;
    el.textContent = msg ?? '';
    if (msg) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  const form = h(
    'form',
    { class: 'signin', novalidate: true },
    formError,
    h('div', { class: 'field' }, h('label', { for: emailId }, t.email), emailError, email),
    h('div', { class: 'field' }, h('label', { for: passwordId }, t.password), passwordError, password),
    h('div', { class: 'form-actions' }, submit, h('button', { type: 'button', class: 'button', onclick: () => on.cancel() }, t.cancel)),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    formError.hidden = true;
    setError(emailError, email, email.value.trim() ? null : t.emailMissing);
    setError(passwordError, password, password.value ? null : t.passwordMissing);
    if (!email.value.trim()) return email.focus();
    if (!password.value) return password.focus();
    submit.disabled = true;
    try {
      on.signedIn(await login(email.value.trim(), password.value));
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      formError.textContent = status === 401 || status === 422 ? t.wrongPassword : status === 429 ? t.tooMany : t.signInFailed;
      formError.hidden = false;
      focus(formError);
    } finally {
      submit.disabled = false;
    }
  });
  replace(view.root, view.heading, h('p', { class: 'intro' }, t.signInIntro), form);
  return view;
}
