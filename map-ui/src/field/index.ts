// `/field/` and `/field/{plan}`: community mobilisers record conversations door to door,
// often with no signal. Every conversation goes into a queue on the phone first (IndexedDB,
// with its Idempotency-Key made once, there and then) and is sent from there: on load, when
// the connection comes back, and on "Sync now". A service worker (see vite.config.ts) keeps
// the page itself, so that it opens again with no connection, and the map keeper (keep.ts)
// keeps the plan area's map while online, so that the map opens with no connection too.

import { initI18n, languagePicker } from '../i18n';
import { ApiError, getMe, getNeighbourhoods, getPlan, logout, type Me, type Plan } from '../api';
import { focus, h, replace } from '../dom';
import { signInForm } from '../signin';
import { DEFAULT_PLAN } from '../url';
import { conversationBody } from './api';
import { CaptureForm } from './form';
import { MapKeeper, type KeepState } from './keep';
import { QueueView } from './queue';
import {
  addItem,
  allItems,
  deleteItem,
  saveMe,
  savePlaces,
  savePlan,
  savedMe,
  savedPlaces,
  savedPlan,
  updateItem,
  type Draft,
  type Item,
  type Place,
} from './store';
import { fs } from './strings';
import { Syncer, type SyncReport } from './sync';
import './field.css';

declare global {
  interface Window {
    /** The field page, for the browser tests. */
    __field?: object;
  }
}

/** How often waiting conversations are tried again while the page is open and online. */
const RETRY_MS = 60_000;

const canRecord = (me: Me | null): boolean => me?.role === 'mobiliser' || me?.role === 'admin';

/** The plan slug from `/field/{plan}`; the default plan for `/field/`. */
export function planFromFieldPath(pathname: string): string {
  const m = /^\/field\/([^/]+)\/?$/.exec(pathname);
  return m ? decodeURIComponent(m[1]) : DEFAULT_PLAN;
}

class FieldPage {
  private me: Me | null = null;
  /** The server said the session is over; what is recorded waits for a sign-in. */
  private sessionEnded = false;
  private plan: Plan | null = null;
  private places: Place[] = [];
  private planMissing = false;
  private online = navigator.onLine;
  private items: Item[] = [];
  private form: CaptureForm | null = null;
  private readonly queue: QueueView;
  private readonly syncer: Syncer;
  private readonly connection = h('p', { class: 'field-connection' });
  private readonly account = h('section', { class: 'field-account', 'aria-label': fs.accountLabel });
  private readonly counts = h('p', { class: 'field-counts' });
  private readonly syncButton = h('button', { type: 'button', class: 'button field-sync' }, fs.syncNow);
  /** What of the map is kept on the phone; not a live region (it counts tiles as they come). */
  private readonly keptNote = h('p', { class: 'field-kept', hidden: true });
  private readonly syncBar = h(
    'section',
    { class: 'field-syncbar', 'aria-label': fs.syncHeading },
    this.counts,
    this.syncButton,
    this.keptNote,
  );
  private readonly keeper = new MapKeeper((state) => this.showKept(state));
  private readonly skipLink = h('a', { class: 'skip-link', href: '#field-queue' }, fs.skipToQueue);
  private readonly formSlot = h('div', {});
  private readonly status = h('div', { id: 'status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private readonly planTitle = h('p', { class: 'field-plan', translate: 'no', 'data-user-text': true });
  /** What the account section last said, so that it is not drawn again for nothing. */
  private accountShown = '';

  constructor(private readonly slug: string) {
    this.syncer = new Syncer(
      () => void this.refreshItems(),
      () => this.me?.id ?? null,
    );
    this.queue = new QueueView({
      edit: (item) => {
        // Signed out, there is no form: the sign-in comes first.
        if (this.form && this.formSlot.contains(this.form.root)) this.form.edit(item.key, item.draft);
        else focus(this.account);
      },
      sendAgain: (item) => void this.sendAgain(item),
      discard: (item) => void this.discard(item),
    });
    this.syncButton.addEventListener('click', () => void this.syncNow(true));
    document.title = fs.pageTitle(null);
    document.body.className = 'field-body';
    document.body.removeAttribute('data-view');
    document.body.removeAttribute('data-mode');
    replace(
      document.body,
      this.skipLink,
      h(
        'header',
        { class: 'field-header' },
        h('div', { class: 'field-titles' }, h('h1', {}, fs.heading), this.planTitle),
        this.connection,
        languagePicker('field-lang'),
      ),
      h(
        'main',
        { id: 'main', class: 'field-main' },
        this.account,
        this.syncBar,
        this.formSlot,
        this.queue.root,
        this.status,
      ),
    );
  }

  async start(): Promise<void> {
    [this.me, this.plan] = await Promise.all([savedMe(), savedPlan(this.slug)]);
    this.places = (await savedPlaces(this.slug)) ?? [];
    await this.refreshItems();
    this.showConnection();
    this.showPlan();
    this.showAccount();
    window.addEventListener('online', () => void this.wentOnline());
    window.addEventListener('offline', () => {
      this.online = false;
      this.showConnection();
      this.form?.setOnline(false);
      this.say(fs.offlineNote);
    });
    window.setInterval(() => {
      if (this.online && this.items.some((i) => i.state === 'waiting') && !this.syncer.busy) void this.syncNow(false);
    }, RETRY_MS);
    if (this.online) await this.wentOnline();
    else await this.checkMap();
  }

  private async wentOnline(): Promise<void> {
    this.online = true;
    this.showConnection();
    this.form?.setOnline(true);
    await this.refreshFromServer();
    // Side by side: the map's few requests at a time do not hold up the queue.
    await Promise.all([this.keepMap(), this.syncNow(false)]);
  }

  /** Keeps the plan area's map for offline use (only what is not kept yet), for a mobiliser. */
  private async keepMap(): Promise<void> {
    if (this.plan && canRecord(this.me) && !this.sessionEnded) await this.keeper.keep(this.plan);
  }

  /** Offline: says what of the map this phone has kept. */
  private async checkMap(): Promise<void> {
    if (this.plan && canRecord(this.me)) await this.keeper.check(this.plan);
  }

  /** The account (only when this phone signed in before: no 401 for a stranger), plan and places. */
  private async refreshFromServer(): Promise<void> {
    const meNow = this.me
      ? getMe().then(
          (me) => {
            this.sessionEnded = !me;
            // Someone else signed in on this phone in another tab: theirs is the account now.
            if (me) {
              this.me = me;
              void saveMe(me);
            }
          },
          () => undefined,
        )
      : Promise.resolve();
    const planNow = Promise.all([getPlan(this.slug), getNeighbourhoods(this.slug)]).then(
      ([plan, hoods]) => {
        this.plan = plan;
        this.places = hoods.map((n) => ({ slug: n.properties.slug, name: n.properties.name, centre: n.properties.centre }));
        this.planMissing = false;
        void savePlan(plan);
        void savePlaces(this.slug, this.places);
      },
      (err) => {
        if (err instanceof ApiError && err.status === 404) this.planMissing = true;
      },
    );
    await Promise.all([meNow, planNow]);
    this.showPlan();
    this.showAccount();
  }

  // ---- what is shown ----

  private showConnection(): void {
    this.connection.dataset.online = String(this.online);
    replace(this.connection, this.online ? fs.online : fs.offline);
  }

  private showKept(kept: KeepState): void {
    this.keptNote.hidden = kept.state === 'unsupported';
    this.keptNote.dataset.state = kept.state;
    let text = '';
    if (kept.state === 'keeping') text = fs.mapKeeping(kept.done, kept.total);
    else if (kept.state === 'kept') text = fs.mapKept(kept.tiles);
    else if (kept.state === 'partly') text = fs.mapPartlyKept(kept.kept, kept.total, navigator.onLine);
    else if (kept.state === 'none') text = fs.mapNotKept;
    replace(this.keptNote, text);
    // Told once, when a download ends; the counting on the way is only shown.
    if (kept.state === 'kept' && kept.fresh) this.say(text);
  }

  private showPlan(): void {
    if (this.plan) {
      replace(this.planTitle, this.plan.title);
      document.title = fs.pageTitle(this.plan.title);
    }
    if (this.form && this.plan) {
      this.form.setPlaces(this.places);
      return;
    }
    if (!this.plan) {
      replace(this.formSlot, h('p', { class: 'field-card field-notice' }, this.planMissing ? fs.planNotFound : fs.noPlanData));
      return;
    }
    this.form = new CaptureForm(this.plan, this.places, {
      save: (draft, editing) => this.save(draft, editing),
      cancelEdit: () => this.form?.reset(),
      announce: (text) => this.say(text),
    });
    this.showAccount();
  }

  /** Someone who is not signed in, with nothing on the phone, sees only the sign-in. */
  private showSections(): void {
    const none = !canRecord(this.me) && this.items.length === 0;
    this.syncBar.hidden = none;
    this.queue.root.hidden = none;
    this.skipLink.hidden = none;
  }

  private showAccount(): void {
    this.showSections();
    const recording = canRecord(this.me);
    if (this.form) {
      if (recording && !this.formSlot.contains(this.form.root)) replace(this.formSlot, this.form.root);
      if (!recording) replace(this.formSlot);
    }
    const waiting = this.items.filter((i) => i.state !== 'sent').length;
    // Drawn again only when something it says changed: a half-typed sign-in stays.
    const shown = JSON.stringify([this.me, recording, this.sessionEnded, this.online, waiting > 0]);
    if (shown === this.accountShown) return;
    this.accountShown = shown;
    if (recording && this.me && !this.sessionEnded) {
      replace(
        this.account,
        h('p', { class: 'field-who' }, this.online ? fs.signedInAs(this.me.email) : fs.signedInOffline(this.me.email)),
        this.online ? h('button', { type: 'button', class: 'button link-like', onclick: () => void this.signOut() }, fs.signOut) : null,
        this.online ? null : h('p', { class: 'field-hint' }, fs.offlineNote),
      );
      this.account.className = 'field-account field-account-in';
      return;
    }
    this.account.className = 'field-account field-card';
    const intro = this.sessionEnded
      ? fs.signInAgain
      : this.me && !recording
        ? fs.notMobiliser(fs.role[this.me.role] ?? this.me.role)
        : this.online
          ? fs.signInIntro
          : fs.needFirstSignIn;
    replace(
      this.account,
      h('h2', {}, fs.signInHeading),
      h('p', {}, intro),
      !this.sessionEnded && waiting ? h('p', {}, fs.waitingSignedOut(waiting)) : null,
      this.online ? this.signInForm() : null,
    );
  }

  private signInForm(): HTMLFormElement {
    const words = {
      email: fs.email,
      password: fs.password,
      signIn: fs.signIn,
      signingIn: fs.signingIn,
      failed: fs.signInFailed,
      offline: fs.signInOffline,
      busy: fs.signInBusy,
    };
    return signInForm(words, 'field', (me) => this.signedIn(me));
  }

  private async signedIn(me: Me): Promise<void> {
    this.me = me;
    this.sessionEnded = false;
    await saveMe(me);
    this.showAccount();
    if (!canRecord(me)) {
      focus(this.account.querySelector('h2'));
      return;
    }
    this.say(fs.signedInAs(me.email));
    // Refused only for want of a session: they go again now.
    for (const item of this.items) {
      if (item.state === 'attention' && item.problem?.status === 401) {
        await updateItem(item.key, (i) => ({ ...i, state: 'waiting', problem: null }));
      }
    }
    await this.refreshItems();
    if (this.form) focus(this.form.root.querySelector('h2'));
    await Promise.all([this.keepMap(), this.syncNow(false)]);
  }

  private async signOut(): Promise<void> {
    try {
      await logout();
    } catch {
      // Offline or the session had already ended: forgetting it here is what matters.
    }
    this.me = null;
    this.sessionEnded = false;
    await saveMe(null);
    this.showAccount();
    focus(this.account.querySelector('h2'));
  }

  // ---- the queue ----

  private async refreshItems(): Promise<void> {
    this.items = await allItems();
    const waiting = this.items.filter((i) => i.state === 'waiting').length;
    const attention = this.items.filter((i) => i.state === 'attention').length;
    const parts = [waiting ? fs.waitingCount(waiting) : null, attention ? fs.attentionCount(attention) : null].filter(Boolean);
    replace(this.counts, parts.length ? parts.join(' · ') : fs.allSent);
    this.counts.dataset.waiting = String(waiting);
    this.queue.render(this.items, this.me?.id ?? null);
    this.showSections();
  }

  private async save(draft: Draft, editing: string | null): Promise<void> {
    const body = conversationBody(draft);
    if (editing) {
      // The same key: the server refused it, so it holds nothing under that key yet.
      await updateItem(editing, (i) => ({ ...i, draft, body, state: 'waiting', problem: null }));
    } else {
      await addItem({
        key: crypto.randomUUID(),
        plan: this.slug,
        recordedAt: new Date().toISOString(),
        recordedBy: this.me ? { id: this.me.id, email: this.me.email } : null,
        draft,
        body,
        state: 'waiting',
        attempts: 0,
        problem: null,
        sentAt: null,
        contribution: null,
        replayed: false,
      });
    }
    await this.refreshItems();
    const waiting = this.items.filter((i) => i.state === 'waiting').length;
    this.say(editing ? fs.savedEdit : fs.saved(waiting));
    if (this.online) void this.syncNow(false);
  }

  private async sendAgain(item: Item): Promise<void> {
    await updateItem(item.key, (i) => (i.state === 'attention' ? { ...i, state: 'waiting', problem: null } : null));
    await this.refreshItems();
    await this.syncNow(true);
  }

  private async discard(item: Item): Promise<void> {
    await deleteItem(item.key);
    if (this.form?.editingKey === item.key) this.form.reset();
    await this.refreshItems();
    focus(this.queue.root);
    this.say(fs.discarded);
  }

  /** Sends what is waiting. `asked`: the mobiliser pressed a button, so always answer. */
  private async syncNow(asked: boolean): Promise<SyncReport | null> {
    const waiting = () => this.items.filter((i) => i.state === 'waiting').length;
    if (!navigator.onLine) {
      if (asked) this.say(fs.syncOffline(waiting()));
      return null;
    }
    if (!this.me || this.sessionEnded) {
      if (asked) this.say(fs.syncSignedOut);
      return null;
    }
    // Left enabled: a second press joins the sync that is running.
    replace(this.syncButton, fs.syncing);
    try {
      const report = await this.syncer.sync();
      await this.refreshItems();
      if (report.stopped === 'signed_out') {
        this.sessionEnded = true;
        this.showAccount();
      }
      const changed = report.sent + report.replayed + report.attention > 0;
      if (report.stopped === 'offline' && (asked || changed)) this.say(fs.syncOffline(report.waiting));
      else if (report.stopped === 'server' && (asked || changed)) this.say(fs.syncServerTrouble(report.waiting));
      else if (report.stopped === 'signed_out') this.say(fs.syncSignedOut);
      else if (asked || changed) this.say(fs.syncResult(report.sent, report.replayed, report.attention, report.waiting));
      return report;
    } finally {
      if (!this.syncer.busy) replace(this.syncButton, fs.syncNow);
    }
  }

  private say(text: string): void {
    // Emptied first, so that the same words twice are still read out.
    replace(this.status);
    window.setTimeout(() => replace(this.status, text), 50);
  }

  testHooks(): object {
    return {
      sync: () => this.syncNow(true),
      items: () => allItems(),
      /** Features the field map draws now, by source; null while it is not shown or still loading. */
      mapDrawn: () => this.form?.shownMap?.drawn() ?? null,
      /** The place under a point of the field map (CSS pixels from its top left). */
      mapLngLatAt: (x: number, y: number) => this.form?.shownMap?.lngLatAt(x, y) ?? null,
      /** Puts every sent conversation back in the queue, as if its answer had been lost. */
      requeueSent: async () => {
        let n = 0;
        for (const item of await allItems()) {
          if (item.state !== 'sent') continue;
          await updateItem(item.key, (i) => ({ ...i, state: 'waiting', sentAt: null, replayed: false }));
          n += 1;
        }
        await this.refreshItems();
        return n;
      },
    };
  }
}

/** The service worker keeps the page for offline use; without it the page still works online. */
function registerWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/field/' }).catch(() => undefined);
}

export async function startField(pathname: string): Promise<void> {
  // Kinds, themes and precisions are the plan page's words (map.ftl), shared with it.
  await initI18n(['field', 'map', 'common', 'about-you']);
  // Lets a phone add the page to its home screen, opening on /field/.
  document.head.append(h('link', { rel: 'manifest', href: '/field.webmanifest' }));
  const page = new FieldPage(planFromFieldPath(pathname));
  window.__field = page.testHooks();
  registerWorker();
  await page.start();
}
