// `/admin`: the administrators' console. Plans (create one, its settings, neighbourhoods
// and basemap), users (roles, disabling) and the audit log, each a section with its own
// address (`?plan=slug`, `?section=users`, `?section=audit`) so that it can be linked.
// Roles are the server's business: a 401 brings back the sign-in, a 403 the refusal.

import { initI18n, languagePicker } from '../i18n';
import { ApiError, getMe, type Me } from '../api';
import { focus, h, replace } from '../dom';
import { StaffDoor } from '../staff-door';
import { auditSection } from './audit';
import type { Host, Shown } from './form';
import type { PlanMap } from './map';
import { planSection } from './plan';
import { plansSection } from './plans';
import { as, type Section } from './strings';
import { usersSection } from './users';
import './admin.css';

declare global {
  interface Window {
    /** The admin console, for the browser tests. */
    __admin?: { map: () => PlanMap['instance'] };
  }
}

const isAdmin = (me: Me | null): boolean => me?.role === 'admin';

class AdminPage {
  private readonly door = new StaffDoor(as, 'admin', isAdmin, {
    say: (text) => this.say(text),
    changed: () => this.showAccount(false, true),
  });
  private shown: Shown | null = null;
  /** Counts renders, so that a slow section that is no longer wanted is not shown. */
  private renders = 0;
  private readonly status = h('div', { id: 'status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private readonly links: Record<Section, HTMLAnchorElement>;
  private readonly nav: HTMLElement;
  private readonly content = h('div', { class: 'admin-content' });
  private readonly skipLink = h('a', { class: 'skip-link', href: '#admin-heading' }, as.skipToContent);

  constructor() {
    const link = (section: Section) =>
      h('a', { href: section === 'plans' ? '/admin' : `/admin?section=${section}`, 'data-nav': true }, as.sections[section]);
    this.links = { plans: link('plans'), users: link('users'), audit: link('audit') };
    this.nav = h(
      'nav',
      { class: 'admin-nav', 'aria-label': as.sectionsLabel, hidden: true },
      h('ul', {}, ...Object.values(this.links).map((a) => h('li', {}, a))),
    );
    document.title = as.pageTitle(null);
    document.body.className = 'admin-page';
    document.body.removeAttribute('data-view');
    document.body.removeAttribute('data-mode');
    replace(
      document.body,
      this.skipLink,
      h('header', { class: 'admin-header' }, h('h1', {}, as.heading), this.door.account, languagePicker('admin-lang')),
      this.nav,
      h('main', { id: 'main', class: 'admin-main' }, this.status, this.door.gate, this.content),
    );
    // Links between sections stay in the page: the address changes, the section is drawn.
    document.addEventListener('click', (ev) => {
      const a = (ev.target as Element | null)?.closest?.('a[data-nav]') as HTMLAnchorElement | null;
      if (!a || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      this.go(a.getAttribute('href') ?? '/admin');
    });
    window.addEventListener('popstate', () => void this.render(true));
  }

  async start(): Promise<void> {
    replace(this.door.gate, h('p', {}, as.loading));
    try {
      this.door.me = await getMe();
    } catch {
      replace(
        this.door.gate,
        h('h2', { tabindex: -1 }, as.loadFailed),
        h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, as.tryAgain),
      );
      return;
    }
    await this.showAccount(false, false);
  }

  /** Goes to another section's address and draws it, with focus on its heading. */
  go(href: string): void {
    history.pushState(null, '', href);
    void this.render(true);
  }

  private host(me: Me): Host {
    return {
      me,
      say: (text) => this.say(text),
      refused: (err) => this.refusedByServer(err),
    };
  }

  /** Draws the section the address names. */
  private async render(moveFocus: boolean): Promise<void> {
    const me = this.door.me;
    if (!me || !isAdmin(me)) return;
    this.renders += 1;
    const number = this.renders;
    const params = new URLSearchParams(location.search);
    const plan = params.get('plan');
    const section: Section = plan ? 'plans' : params.get('section') === 'users' ? 'users' : params.get('section') === 'audit' ? 'audit' : 'plans';
    for (const [name, a] of Object.entries(this.links)) {
      // On a plan's page, "Plans" leads to the list: the section, not this very page.
      if (name === section) a.setAttribute('aria-current', plan ? 'true' : 'page');
      else a.removeAttribute('aria-current');
    }
    this.leave();
    replace(this.content, h('p', {}, as.loading));
    const host = this.host(me);
    let shown: Shown;
    try {
      shown = plan
        ? await planSection(host, plan)
        : section === 'users'
          ? await usersSection(host, params)
          : section === 'audit'
            ? await auditSection(host, params)
            : await plansSection(host, (href) => this.go(href));
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403) && (await this.refusedByServer(err))) return;
      if (number !== this.renders) return;
      replace(
        this.content,
        h('h2', { id: 'admin-heading', tabindex: -1 }, err instanceof ApiError && err.offline ? as.errorOffline : as.loadFailed),
        h('button', { type: 'button', class: 'button', onclick: () => void this.render(true) }, as.tryAgain),
      );
      if (moveFocus) focus(document.getElementById('admin-heading'));
      return;
    }
    if (number !== this.renders) {
      shown.leave?.();
      return;
    }
    this.shown = shown;
    replace(this.content, shown.root);
    document.title = as.pageTitle(shown.title);
    shown.attached?.();
    if (moveFocus) focus(document.getElementById('admin-heading'));
  }

  private leave(): void {
    this.shown?.leave?.();
    this.shown = null;
  }

  // ---- who is here ----

  /** Draws the account line and either the console or the gate (sign-in or refusal). */
  private async showAccount(sessionEnded: boolean, moveFocus: boolean): Promise<void> {
    const admin = this.door.draw(sessionEnded, moveFocus);
    this.nav.hidden = !admin;
    this.content.hidden = !admin;
    this.skipLink.hidden = !admin;
    if (admin) {
      await this.render(moveFocus);
      return;
    }
    this.leave();
    replace(this.content);
    document.title = as.pageTitle(null);
  }

  /** The server said 401 or 403. False when the account is still an administrator's. */
  private async refusedByServer(err: ApiError): Promise<boolean> {
    // A 403 for an account the server still takes for an administrator's would loop.
    if (!(await this.door.refusedByServer(err))) return false;
    await this.showAccount(err.status === 401, true);
    return true;
  }

  say(text: string): void {
    // Emptied first, so that the same words twice are still read out.
    replace(this.status);
    window.setTimeout(() => replace(this.status, text), 50);
  }

  testHooks(): { map: () => PlanMap['instance'] } {
    return { map: () => this.shown?.map?.instance ?? null };
  }
}

export async function startAdmin(): Promise<void> {
  // The admin console names kinds, themes and roles as the plan page does (map.ftl).
  await initI18n(['admin', 'form', 'map', 'common']);
  const page = new AdminPage();
  window.__admin = page.testHooks();
  await page.start();
}
