// `/moderate`: the moderators' page. A plan's queue (pending and flagged contributions,
// oldest first) or its hidden contributions; approve, hide or restore with a reason, or
// mark a duplicate; every action from the keyboard too (Tab and Enter, or the shortcuts).
// The plan's events stream keeps the list current while other moderators work. Roles are
// the server's business: a 401 brings back the sign-in, a 403 the refusal.

import { initI18n, languagePicker } from '../i18n';
import { ApiError, getMe, type Me } from '../api';
import { ErrorSummary, focus, h, replace } from '../dom';
import { StaffDoor } from '../staff-door';
import { DEFAULT_PLAN } from '../url';
import { getPlans, getQueue, moderate, type PlanSummary, type QueueItem } from './api';
import { GroupPosts } from './group-posts';
import { ItemView } from './item';
import { followPlan } from './live';
import { MiniMap } from './minimap';
import { Shortcuts } from './shortcuts';
import { ms, type ActionName, type ListName } from './strings';
import './moderate.css';

declare global {
  interface Window {
    /** The moderation page, for the browser tests. */
    __moderate?: object;
  }
}

const canModerate = (me: Me | null): boolean => me?.role === 'moderator' || me?.role === 'admin';
/** Events often come in bursts (a moderator's action is one per item): one reload for each burst. */
const RELOAD_AFTER_MS = 250;
/** A new flag on a published contribution is not an event: the page also looks again this often. */
const LOOK_AGAIN_MS = 60_000;

class ModeratePage {
  private readonly door = new StaffDoor(ms, 'mod', canModerate, {
    say: (text) => this.say(text),
    changed: () => this.showAccount(false, true),
  });
  private plans: PlanSummary[] = [];
  private slug: string;
  private list: ListName;
  private views: ItemView[] = [];
  private currentView: ItemView | null = null;
  /** Items this page acted on, with the number of reloads started before the action ended:
   * an answer to one of those may still list the item, and must not bring it back. */
  private readonly handled = new Map<string, number>();
  private reloads = 0;
  private acting = 0;
  private reloadTimer = 0;
  private stopLive: () => void = () => {};
  private lookAgain = 0;
  private readonly miniMap = new MiniMap();
  private readonly groupPosts = new GroupPosts((text) => this.say(text));
  private readonly status = h('div', { id: 'status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private readonly summary = new ErrorSummary(ms.errorHeading);
  private readonly planTitle = h('p', { class: 'mod-plan' });
  private readonly planSelect = h('select', { id: 'mod-plan' });
  private readonly listButtons: Record<ListName, HTMLButtonElement>;
  private readonly listHeading = h('h2', { id: 'mod-list-heading', tabindex: -1 });
  private readonly listNote = h('p', { class: 'mod-list-note' });
  private readonly listEl = h('ol', { class: 'mod-list', 'aria-labelledby': 'mod-list-heading' });
  private readonly emptyNote = h('p', { class: 'mod-empty', hidden: true });
  private readonly shortcuts: Shortcuts;
  private readonly workspace: HTMLElement;
  private readonly skipLink = h('a', { class: 'skip-link', href: '#mod-list-heading' }, ms.skipToQueue);

  constructor() {
    const params = new URLSearchParams(location.search);
    this.slug = params.get('plan') ?? DEFAULT_PLAN;
    this.list = params.get('list') === 'hidden' ? 'hidden' : 'waiting';
    const listButton = (name: ListName, label: string) =>
      h('button', { type: 'button', class: 'button mod-toggle', 'aria-pressed': 'false', onclick: () => void this.showList(name) }, label);
    this.listButtons = { waiting: listButton('waiting', ms.listWaiting), hidden: listButton('hidden', ms.listHidden) };
    this.planSelect.addEventListener('change', () => void this.choosePlan(this.planSelect.value));
    this.shortcuts = new Shortcuts({
      move: (by) => this.move(by),
      act: (action) => this.actOnCurrent(action),
      closeForm: () => this.currentView?.closeForm(),
    });
    this.workspace = h(
      'div',
      { class: 'mod-workspace', hidden: true },
      h(
        'section',
        { class: 'mod-tools', 'aria-label': ms.toolsLabel },
        h('div', { class: 'mod-tool' }, h('label', { for: 'mod-plan' }, ms.planLabel), this.planSelect),
        h(
          'div',
          { class: 'mod-tool' },
          h('span', { class: 'mod-tool-label', id: 'mod-list-label' }, ms.listLabel),
          h('div', { class: 'mod-toggles', role: 'group', 'aria-labelledby': 'mod-list-label' }, this.listButtons.waiting, this.listButtons.hidden),
        ),
        this.shortcuts.button,
        h('p', { class: 'mod-hint' }, ms.shortcutsHint),
      ),
      this.shortcuts.panel,
      h('section', { class: 'mod-queue', 'aria-labelledby': 'mod-list-heading' }, this.listHeading, this.listNote, this.emptyNote, this.listEl),
      this.groupPosts.el,
    );
    document.title = ms.pageTitle(null);
    document.body.className = 'mod-page';
    document.body.removeAttribute('data-view');
    document.body.removeAttribute('data-mode');
    replace(
      document.body,
      this.skipLink,
      h(
        'header',
        { class: 'mod-header' },
        h('div', { class: 'mod-titles' }, h('h1', {}, ms.heading), this.planTitle),
        this.door.account,
        languagePicker('mod-lang'),
      ),
      h('main', { id: 'main', class: 'mod-main' }, this.status, this.summary.el, this.door.gate, this.workspace),
    );
  }

  async start(): Promise<void> {
    replace(this.door.gate, h('p', {}, ms.loading));
    try {
      [this.door.me, this.plans] = await Promise.all([getMe(), getPlans()]);
    } catch {
      replace(
        this.door.gate,
        h('h2', { tabindex: -1 }, ms.loadFailed),
        h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, ms.tryAgain),
      );
      return;
    }
    if (!this.plans.some((p) => p.slug === this.slug) && this.plans.length) this.slug = this.plans[0].slug;
    replace(this.planSelect, ...this.plans.map((p) => h('option', { value: p.slug, selected: p.slug === this.slug }, p.title)));
    // Only while the list is there: on the sign-in or the refusal, keys do what they always do.
    document.addEventListener('keydown', (ev) => {
      if (!this.workspace.hidden) this.shortcuts.handle(ev);
    });
    await this.showAccount(false);
  }

  // ---- who is here ----

  /** Draws the account line and either the workspace or the gate (sign-in or refusal). */
  private async showAccount(sessionEnded: boolean, moveFocus = false): Promise<void> {
    const moderating = this.door.draw(sessionEnded, moveFocus);
    this.workspace.hidden = !moderating;
    this.skipLink.hidden = !moderating;
    if (moderating) {
      this.showPlanTitle();
      this.follow();
      await this.reload({ announce: false, focusHeading: moveFocus });
      return;
    }
    this.stopLive();
    this.clearList();
  }

  /** The server said 401 or 403: the session ended, or the account cannot moderate (now). */
  private async refusedByServer(err: ApiError): Promise<void> {
    // A 403 for an account the server still takes for a moderator's would loop: say so instead.
    if (!(await this.door.refusedByServer(err))) {
      this.summary.show([{ message: ms.errorForbidden }]);
      return;
    }
    await this.showAccount(err.status === 401, true);
  }

  // ---- the plan and the list ----

  private showPlanTitle(): void {
    const plan = this.plans.find((p) => p.slug === this.slug);
    replace(this.planTitle, plan?.title ?? '');
    document.title = ms.pageTitle(plan?.title ?? null);
  }

  private async choosePlan(slug: string): Promise<void> {
    this.slug = slug;
    this.remember();
    this.showPlanTitle();
    this.follow();
    this.clearList();
    await this.reload({ announce: false, sayCount: true });
  }

  private async showList(name: ListName): Promise<void> {
    if (name === this.list) return;
    this.list = name;
    this.remember();
    this.clearList();
    await this.reload({ announce: false, sayCount: true });
  }

  /** Keeps the plan and the list in the address, for a reload or a shared link. */
  private remember(): void {
    const params = new URLSearchParams({ plan: this.slug });
    if (this.list === 'hidden') params.set('list', 'hidden');
    history.replaceState(null, '', `${location.pathname}?${params}`);
  }

  private follow(): void {
    this.stopLive();
    const stop = followPlan(this.slug, () => this.reloadSoon());
    this.lookAgain = window.setInterval(() => this.reloadSoon(), LOOK_AGAIN_MS);
    this.stopLive = () => {
      stop();
      window.clearInterval(this.lookAgain);
    };
  }

  private reloadSoon(): void {
    window.clearTimeout(this.reloadTimer);
    this.reloadTimer = window.setTimeout(() => void this.reload({ announce: true }), RELOAD_AFTER_MS);
  }

  private clearList(): void {
    this.views = [];
    this.currentView = null;
    this.listEl.replaceChildren();
    this.emptyNote.hidden = true;
  }

  /**
   * Fetches the list and brings the page in line with it: items gone are taken away (and,
   * with `announce`, said to be another moderator's doing), new ones are added in order,
   * the rest updated in place, so that a half-typed reason survives.
   */
  private async reload(opts: { announce: boolean; focusHeading?: boolean; sayCount?: boolean }): Promise<void> {
    // While an action is on its way the answer could still list its item: go again after.
    if (this.acting) return this.reloadSoon();
    this.reloads += 1;
    const number = this.reloads;
    const slug = this.slug;
    const list = this.list;
    for (const [name, button] of Object.entries(this.listButtons)) button.setAttribute('aria-pressed', String(name === list));
    if (!this.views.length) replace(this.listHeading, ms.listLoading);
    // Group posts are a list of their own, beside the pins: loaded alongside, never in the way.
    void this.groupPosts.load(slug, list);
    let items: QueueItem[];
    try {
      items = await getQueue(slug, list);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return this.refusedByServer(err);
      const message = err instanceof ApiError && err.offline ? ms.errorOffline : ms.loadFailed;
      // A reload in the background must not take focus from someone typing a reason.
      if (opts.announce) this.say(message);
      else this.summary.show([{ message }]);
      return;
    }
    // A newer reload, another plan or list, or a sign-out since: this answer is stale.
    if (number !== this.reloads || slug !== this.slug || list !== this.list || !this.door.open) return;
    this.summary.hide();
    for (const [id, before] of this.handled) if (before < number) this.handled.delete(id);
    const fresh = items.filter((i) => !this.handled.has(i.id));
    const before = this.views;
    const byId = new Map(before.map((v) => [v.id, v]));
    const freshIds = new Set(fresh.map((i) => i.id));
    const focused = before.find((v) => v.card.contains(document.activeElement)) ?? null;
    const gone = before.filter((v) => !freshIds.has(v.id));
    for (const v of gone) v.root.remove();
    const arrived: string[] = [];
    this.views = fresh.map((item, i) => {
      let view = byId.get(item.id);
      if (view) view.update(item);
      else {
        view = new ItemView(item, list, slug, {
          act: (v, action, reason, original) => this.act(v, action, reason, original),
          current: (v) => this.makeCurrent(v),
          announce: (text) => this.say(text),
        });
        arrived.push(item.title);
      }
      // Moved only when out of place: moving a node would take focus away from it.
      if (this.listEl.children[i] !== view.root) this.listEl.insertBefore(view.root, this.listEl.children[i] ?? null);
      return view;
    });
    this.showCount();
    if (this.currentView && gone.includes(this.currentView)) this.currentView = null;
    if (focused && gone.includes(focused)) {
      // Focus goes to the item that followed it, else the one before, else the heading.
      const after = before.slice(before.indexOf(focused) + 1).find((v) => this.views.includes(v));
      const earlier = before.slice(0, before.indexOf(focused)).reverse().find((v) => this.views.includes(v));
      const next = after ?? earlier;
      if (next) next.focus();
      else focus(this.listHeading);
    }
    if (!this.currentView && this.views.length) this.makeCurrent(this.views[0]);
    if (opts.focusHeading) focus(this.listHeading);
    const said: string[] = [];
    if (opts.announce && gone.length) said.push(ms.byOthers(gone.map((v) => v.title)));
    if (opts.announce && arrived.length) said.push(ms.arrived(arrived));
    if (opts.sayCount) said.push(ms.listShown(this.views.length, list));
    if (said.length) this.say(said.join(' '));
  }

  private showCount(): void {
    const n = this.views.length;
    replace(this.listHeading, this.list === 'waiting' ? ms.waitingHeading(n) : ms.hiddenHeading(n));
    replace(this.listNote, this.list === 'waiting' ? ms.oldestFirst : ms.newestHiddenFirst);
    replace(this.emptyNote, this.list === 'waiting' ? ms.waitingEmpty : ms.hiddenEmpty);
    this.emptyNote.hidden = n > 0;
    this.listNote.hidden = n === 0;
  }

  // ---- acting ----

  private async act(view: ItemView, action: ActionName, reason: string, original?: string): Promise<void> {
    const kept = action === 'approve' && view.item.status !== 'pending';
    this.acting += 1;
    try {
      await moderate(view.id, action, reason, original);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return this.refusedByServer(err);
      // Someone else got there first: the reload takes it away and says so.
      if (err instanceof ApiError && (err.status === 409 || err.status === 404)) {
        this.say(err.status === 409 ? ms.errorConflict : ms.errorGone);
        this.reloadSoon();
        return;
      }
      throw err;
    } finally {
      this.acting -= 1;
    }
    this.handled.set(view.id, this.reloads);
    const index = this.views.indexOf(view);
    this.views = this.views.filter((v) => v !== view);
    view.root.remove();
    if (this.currentView === view) this.currentView = null;
    this.showCount();
    this.focusAt(index);
    const done = kept ? ms.done.keep(view.title) : ms.done[action](view.title);
    this.say(`${done} ${ms.left(this.views.length, this.list)}`);
  }

  /** Focuses the item now at `index` (the next one after a removal), else the one before, else the heading. */
  private focusAt(index: number): void {
    const view = this.views[index] ?? this.views[index - 1];
    if (view) view.focus();
    else focus(this.listHeading);
  }

  private makeCurrent(view: ItemView): void {
    if (this.currentView === view) return;
    this.currentView?.card.classList.remove('mod-current');
    this.currentView = view;
    view.card.classList.add('mod-current');
    this.miniMap.show(view.mapSlot, view.item.location, ms.mapLabel(view.title));
  }

  /** j and k: the next or previous item; from outside the list, the current (or first) item. */
  private move(by: 1 | -1): void {
    if (!this.views.length) return this.say(ms.listShown(0, this.list));
    const current = this.currentView ?? this.views[0];
    if (!current.card.contains(document.activeElement)) return current.focus();
    const at = this.views.indexOf(current);
    this.views[Math.min(Math.max(at + by, 0), this.views.length - 1)].focus();
  }

  private actOnCurrent(action: ActionName): void {
    const view = this.currentView;
    if (!view) return this.say(ms.noItem);
    if (!view.can(action)) return this.say(ms.notHere[action]);
    view.start(action);
  }

  private say(text: string): void {
    // Emptied first, so that the same words twice are still read out.
    replace(this.status);
    window.setTimeout(() => replace(this.status, text), 50);
  }

  testHooks(): object {
    return { mapShown: () => this.miniMap.shown };
  }
}

export async function startModerate(): Promise<void> {
  // Themes and statuses are named as on the plan page (map.ftl, outcomes.ftl).
  await initI18n(['moderate', 'map', 'outcomes', 'common']);
  const page = new ModeratePage();
  window.__moderate = page.testHooks();
  await page.start();
}
