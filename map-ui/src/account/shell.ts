// The frame every account page shares, and what the pages need of the address.

import { focus, h, replace } from '../dom';
import { languagePicker } from '../i18n';
import { account as t } from './strings';

/** What a page shows: its heading and the rest. */
export interface Page {
  heading: string;
  body: (Node | null)[];
}

/** The page's frame: the header with the way back to the map, and the main content. */
export class Shell {
  private readonly main = h('main', { class: 'account-page', id: 'main' });

  constructor() {
    document.body.className = 'account-body';
    document.body.removeAttribute('data-view');
    document.body.removeAttribute('data-mode');
    replace(
      document.body,
      h('header', { class: 'site-header account-header' }, h('a', { class: 'brand', href: '/', translate: 'no' }, t.appName), languagePicker('account-lang')),
      this.main,
    );
    replace(this.main, h('p', { role: 'status' }, t.loading));
  }

  /** Shows `page`; `moveFocus` when it replaces another page the person was using. */
  show(page: Page, moveFocus = true): void {
    document.title = t.pageTitle(page.heading);
    const heading = h('h1', { tabindex: -1 }, page.heading);
    replace(this.main, heading, ...page.body);
    if (moveFocus) focus(heading);
  }
}

export type Show = (page: Page) => void;

/** The token of a mailed link, taken out of the address bar. */
export function takeToken(): string | null {
  const params = new URLSearchParams(location.search);
  const token = params.get('token');
  if (token) {
    params.delete('token');
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
  }
  return token;
}

/** Where to go after signing in (`?next=`): a page of this site only, else the map. */
export function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next');
  if (!next?.startsWith('/')) return '/';
  const url = new URL(next, location.origin);
  return url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : '/';
}
