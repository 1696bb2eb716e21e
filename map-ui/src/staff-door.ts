// The door of a staff page (`/admin`, `/moderate`): the account line (who is signed in, and
// a sign-out button) and, for anyone without the page's role, the sign-in form or a plain
// refusal. The page draws its own work behind it. Roles are the server's business: the
// page hands a 401 or 403 here, and the door shows the sign-in or the refusal again.

import { getMe, logout, type ApiError, type Me } from './api';
import { focus, h, replace } from './dom';
import { signInForm } from './signin';

/** The words of a staff page's door, from that page's catalogue. */
export interface DoorWords {
  accountLabel: string;
  email: string;
  password: string;
  signIn: string;
  signingIn: string;
  signInFailed: string;
  signInOffline: string;
  signInBusy: string;
  signInHeading: string;
  signInIntro: string;
  signInAgain: string;
  signedInAs(who: string): string;
  signOut: string;
  signedOut: string;
  refusedHeading: string;
  refused(who: string, role: string): string;
  role: Record<string, string>;
}

export interface DoorHost {
  /** Says a sentence in the page's status region. */
  say(text: string): void;
  /** Draws the page again for the account now signed in (or none): calls `draw`. */
  changed(): Promise<void>;
}

const nameOf = (me: Me): string => me.display_name ?? me.email;

export class StaffDoor {
  me: Me | null = null;
  /** The account line, for the page's header. */
  readonly account: HTMLElement;
  /** The sign-in or the refusal, for the page's main part. */
  readonly gate: HTMLElement;

  /** `prefix` names the page's classes and the form's ids (`admin`, `mod`). */
  constructor(
    private readonly words: DoorWords,
    private readonly prefix: string,
    private readonly allowed: (me: Me | null) => boolean,
    private readonly host: DoorHost,
  ) {
    this.account = h('div', { class: `${prefix}-account` });
    this.gate = h('section', { class: `${prefix}-gate`, 'aria-label': words.accountLabel });
  }

  /** Whether the account signed in may use the page. */
  get open(): boolean {
    return this.allowed(this.me);
  }

  /**
   * Draws the account line, and the gate unless the account may use the page; `sessionEnded`
   * says so over the sign-in form. Returns whether the page's work is to be shown.
   */
  draw(sessionEnded: boolean, moveFocus: boolean): boolean {
    const { me, words, prefix } = this;
    replace(
      this.account,
      me ? h('p', { class: `${prefix}-who` }, words.signedInAs(nameOf(me))) : null,
      me ? h('button', { type: 'button', class: `button link-like ${prefix}-signout`, onclick: () => void this.signOut() }, words.signOut) : null,
    );
    this.gate.hidden = this.open;
    if (this.open) {
      replace(this.gate);
      return true;
    }
    const heading = h('h2', { tabindex: -1 }, me ? words.refusedHeading : words.signInHeading);
    if (me) {
      replace(this.gate, heading, h('p', {}, words.refused(nameOf(me), words.role[me.role] ?? me.role)));
    } else {
      const form = {
        email: words.email,
        password: words.password,
        signIn: words.signIn,
        signingIn: words.signingIn,
        failed: words.signInFailed,
        offline: words.signInOffline,
        busy: words.signInBusy,
      };
      replace(
        this.gate,
        heading,
        h('p', {}, sessionEnded ? words.signInAgain : words.signInIntro),
        signInForm(form, prefix, (signedIn) => this.signedIn(signedIn)),
      );
    }
    if (moveFocus) focus(heading);
    return false;
  }

  /**
   * The server said 401 or 403: who is signed in now. True when the page must show the
   * gate again; false when the account still has the role (a 403 the page explains itself).
   */
  async refusedByServer(err: ApiError): Promise<boolean> {
    this.me = err.status === 401 ? null : await getMe().catch(() => null);
    return !this.open;
  }

  private async signedIn(me: Me): Promise<void> {
    this.me = me;
    this.host.say(this.words.signedInAs(nameOf(me)));
    await this.host.changed();
  }

  private async signOut(): Promise<void> {
    try {
      await logout();
    } catch {
      // The session may have ended already: forgetting it here is what matters.
    }
    this.me = null;
    this.host.say(this.words.signedOut);
    await this.host.changed();
  }
}
