// Entry of the account pages, loaded by main.ts instead of the plan page when the address is
// under /account: sign in (/account/signin), create an account (/account/signup), confirm it
// from the mailed link (/account/confirm), choose a new password (/account/reset), confirm a
// new e-mail address (/account/email), and one's own account (/account/).
//
// A mailed link's token is read once and taken out of the address bar, so that it is not
// left in the history or shown to someone looking over a shoulder.

import { h } from '../dom';
import { initI18n } from '../i18n';
import { confirmEmailPage, confirmPage, resetPage, signInPage, signUpPage } from './pages';
import { settingsPage } from './settings';
import { Shell, takeToken, type Show } from './shell';
import { account as t } from './strings';
import './account.css';

export async function startAccount(pathname: string): Promise<void> {
  await initI18n(['account', 'common']);
  const shell = new Shell();
  let first = true;
  const show: Show = (page) => {
    shell.show(page, !first);
    first = false;
  };
  const path = pathname.replace(/\/+$/, '');
  switch (path) {
    case '/account':
      return settingsPage(show);
    case '/account/signin':
      return signInPage(show);
    case '/account/signup':
      return signUpPage(show);
    case '/account/confirm':
      return confirmPage(show, takeToken());
    case '/account/reset':
      return resetPage(show, takeToken());
    case '/account/email':
      return confirmEmailPage(show, takeToken());
    default:
      show({ heading: t.notFound, body: [h('p', {}, t.notFoundIntro), h('p', {}, h('a', { href: '/' }, t.backToMap))] });
  }
}
