// The account links in the plan page's header: "Sign in" and "Create an account" for a
// visitor, "Your account", "Your data" (`/me`) and "Sign out" once signed in, and for staff
// "Who's missing" (`/p/{plan}/whos-missing`). The pages themselves are under
// /account/ (src/account/); they come back to the page and view the person left.

import { getMe, logout, type Me } from './api';
import { h, replace } from './dom';
import { setSignedInHint, signedInHint } from './session';
import { account as t } from './account/strings';
import { t as tr } from './i18n';
import { DEFAULT_PLAN } from './url';

/** The roles that go out to hear people, who see who is missing (the server decides too). */
const STAFF = new Set(['mobiliser', 'facilitator', 'admin']);

/** The plan of the page (`/p/{plan}/…`), or the default plan's. */
function planHere(): string {
  const m = /^\/p\/([^/]+)/.exec(location.pathname);
  return m ? decodeURIComponent(m[1]) : DEFAULT_PLAN;
}

export class AccountNav {
  readonly el = h('nav', { class: 'account-nav', 'aria-label': t.navLabel });

  /** `changed` hears who is signed in whenever the links change (null: no one). */
  constructor(private readonly changed: (me: Me | null) => void = () => {}) {
    this.show(null);
    // Asked only when this browser signed in before: a visitor is never answered 401.
    if (signedInHint()) {
      void getMe()
        .then((me) => {
          setSignedInHint(Boolean(me));
          this.show(me);
        })
        .catch(() => undefined);
    }
  }

  /** Shows the links for `me` (null: signed out). */
  show(me: Me | null): void {
    this.changed(me);
    if (me) {
      replace(
        this.el,
        STAFF.has(me.role) ? h('a', { href: `/p/${encodeURIComponent(planHere())}/whos-missing` }, tr('account-whos-missing')) : null,
        h('a', { href: '/account/' }, t.yourAccount),
        h('a', { href: '/me' }, t.yourData),
        h('button', { type: 'button', class: 'button link-like', onclick: () => void this.signOut() }, t.signOut),
      );
    } else {
      replace(this.el, this.comingBack('/account/signin', t.signIn), this.comingBack('/account/signup', t.createAccount));
    }
  }

  /** A link to an account page that returns to this page and view (read when followed). */
  private comingBack(path: string, text: string): HTMLAnchorElement {
    const link = h('a', { href: path }, text);
    const aim = () => {
      link.href = `${path}?next=${encodeURIComponent(location.pathname + location.search + location.hash)}`;
    };
    link.addEventListener('pointerdown', aim);
    link.addEventListener('focus', aim);
    link.addEventListener('click', aim);
    return link;
  }

  private async signOut(): Promise<void> {
    await logout().catch(() => undefined);
    setSignedInHint(false);
    location.assign(`/account/signin?signed_out=1&next=${encodeURIComponent(location.pathname + location.hash)}`);
  }
}
