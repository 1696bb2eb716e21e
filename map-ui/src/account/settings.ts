// /account/: one's own account. The name, the e-mail address (which changes once the new
// address confirms it) and the password, each its own small form, and signing out. Someone
// not signed in gets the sign-in form, which comes back here.

import { h } from '../dom';
import { setSignedInHint, signedInHint } from '../session';
import { getMe, logout, updateMe, type Me } from './api';
import { AccountForm } from './form';
import { signInForm } from './pages';
import type { Show } from './shell';
import { account as t } from './strings';

/** A polite status line under a form: what its last submission did. */
function statusLine(): HTMLElement {
  return h('p', { class: 'account-saved', role: 'status' });
}

function section(heading: string, ...children: Node[]): HTMLElement {
  const h2 = h('h2', {}, heading);
  return h('section', { class: 'account-section' }, h2, ...children);
}

export async function settingsPage(show: Show): Promise<void> {
  const me = signedInHint() ? await getMe().catch(() => null) : null;
  setSignedInHint(Boolean(me));
  if (!me) {
    show({
      heading: t.signInHeading,
      body: [
        signInForm('/account/').el,
        h('p', {}, `${t.noAccount} `, h('a', { href: '/account/signup' }, t.createAccount)),
        h('p', {}, h('a', { href: '/account/reset' }, t.forgotten)),
        h('p', { class: 'account-back' }, h('a', { href: '/' }, t.backToMap)),
      ],
    });
    return;
  }
  const who = h('p', {}, signedInAs(me));

  const nameSaved = statusLine();
  const name = new AccountForm(
    [{ name: 'display_name', label: t.nameLabel, hint: t.nameHint, type: 'text', autocomplete: 'nickname', value: me.display_name ?? '', maxlength: 60 }],
    t.nameSubmit,
    async ({ display_name }) => {
      nameSaved.textContent = '';
      const now = await updateMe({ display_name });
      name.input('display_name').value = now.display_name ?? '';
      nameSaved.textContent = t.nameSaved;
    },
  );

  const emailSent = statusLine();
  const email = new AccountForm(
    [
      { name: 'email', label: t.emailNowLabel, hint: t.emailHint, type: 'email', autocomplete: 'email', missing: t.emailMissing },
      { name: 'current_password', label: t.currentPasswordLabel, type: 'password', autocomplete: 'current-password', missing: t.currentPasswordMissing },
    ],
    t.emailSubmit,
    async (values) => {
      emailSent.textContent = '';
      await updateMe({ email: values.email, current_password: values.current_password });
      email.clearPasswords();
      email.input('email').value = '';
      emailSent.textContent = t.emailSent(values.email);
    },
  );

  const passwordSaved = statusLine();
  const password = new AccountForm(
    [
      { name: 'current_password', label: t.currentPasswordLabel, type: 'password', autocomplete: 'current-password', missing: t.currentPasswordMissing },
      {
        name: 'password',
        label: t.newPasswordLabel,
        hint: t.newPasswordHint,
        type: 'password',
        autocomplete: 'new-password',
        missing: t.newPasswordMissing,
      },
    ],
    t.passwordSubmit,
    async (values) => {
      passwordSaved.textContent = '';
      await updateMe({ password: values.password, current_password: values.current_password });
      password.clearPasswords();
      passwordSaved.textContent = t.passwordSaved;
    },
  );

  const signOut = async () => {
    await logout().catch(() => undefined);
    setSignedInHint(false);
    location.assign('/account/signin?signed_out=1');
  };

  show({
    heading: t.accountHeading,
    body: [
      who,
      h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => void signOut() }, t.signOut)),
      section(t.nameHeading, name.el, nameSaved),
      section(t.emailHeading, h('p', {}, t.emailNow(me.email)), email.el, emailSent),
      section(t.passwordHeading, password.el, passwordSaved),
      h('p', { class: 'account-back' }, h('a', { href: '/' }, t.backToMap)),
    ],
  });
}

function signedInAs(me: Me): string {
  return t.signedInAs(me.email, t.roles[me.role] ?? me.role);
}
