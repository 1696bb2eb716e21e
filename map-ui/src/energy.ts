// Community energy in the panel: signing in, proposing a project with a live feasibility
// check as the site moves, the proposals list, one proposal (status, feasibility, history,
// the operator's answer) and, for network engineers, the queue and the answer form.

import {
  ApiError,
  getFeasibility,
  getMe,
  getProposal,
  isDno,
  listProposals,
  login,
  logout,
  postProposal,
  postResponse,
  postTransition,
  previewFeasibility,
  type Decision,
  type Feasibility,
  type FieldError,
  type LonLat,
  type Me,
  type Proposal,
  type Technology,
} from './api';
import type { AreaDrawing, DrawHandlers } from './draw';
import type { ProposalNews } from './live';
import { ErrorSummary, focus, h, replace, uid } from './dom';
import { setSignedInHint, signedInHint } from './session';
import { energy as t, friendlyDate, strings } from './strings';

export interface PanelView {
  root: HTMLElement;
  heading: HTMLElement;
}

export interface EnergyHandlers {
  /** Shows a view in the panel; `proposal` names the proposal it shows, if it is one. */
  show(view: PanelView, proposal: string | null): void;
  close(): void;
  announce(message: string): void;
  /** Placing the site as a point (any outline leaves the map), or no more placing at all. */
  startPlacing(at: LonLat | null): void;
  stopPlacing(): void;
  /** The site is to be an outline: the pin leaves the map, which stays in view. */
  stopPin(): void;
  /** Starts drawing the site's outline: clicks add corners until it is finished or stopped. */
  draw(on: DrawHandlers): Promise<AreaDrawing | null>;
  /** Takes the outline off the map. */
  clearArea(): void;
  keyboardPlace(): void;
  flyTo(at: LonLat): void;
  /** Proposals changed: the map redraws them. */
  proposals(list: Proposal[]): void;
  /** The account changed: the network layer is fetched again for the new role. */
  account(me: Me | null): void;
  /** Substations with their figures (network engineers), and showing one's details. */
  substations(): Promise<GeoJSON.Feature[]>;
  showSubstation(f: GeoJSON.Feature): void;
}

const TECHNOLOGIES: Technology[] = ['solar_pv', 'wind', 'battery', 'heat_pump', 'ev_charging', 'heat_network', 'efficiency'];
const DECISIONS: Decision[] = ['can_connect', 'needs_study', 'needs_reinforcement', 'cannot_connect'];
const QUEUE = new Set(['submitted', 'under_review']);

function siteOf(p: Proposal): LonLat {
  const g = p.geometry;
  return g.type === 'Point' ? (g.coordinates as LonLat) : ringMiddle(g.coordinates[0] as LonLat[]);
}

/** The mean of a closed ring's corners (the closing repeat of the first not counted twice). */
function ringMiddle(ring: LonLat[]): LonLat {
  const corners = ring.length > 1 ? ring.slice(0, -1) : ring;
  const n = corners.length || 1;
  return [corners.reduce((s, c) => s + c[0], 0) / n, corners.reduce((s, c) => s + c[1], 0) / n];
}

/**
 * Whether two sides of a closed ring cross (a bow tie). The database keeps only valid
 * geometries as sites, so such an outline is drawn again rather than sent.
 */
function crossesItself(ring: LonLat[]): boolean {
  const sides = ring.length - 1;
  const turn = (a: LonLat, b: LonLat, c: LonLat) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  for (let i = 0; i < sides; i += 1) {
    // Neighbouring sides share a corner; the first and the last are neighbours too.
    for (let j = i + 2; j < sides - (i === 0 ? 1 : 0); j += 1) {
      const [a, b, c, d] = [ring[i], ring[i + 1], ring[j], ring[j + 1]];
      if (turn(a, b, c) * turn(a, b, d) < 0 && turn(c, d, a) * turn(c, d, b) < 0) return true;
    }
  }
  return false;
}

/** A closed ring as a GeoJSON Polygon, lon/lat to six decimals (about 10 cm). */
function polygonOf(ring: LonLat[]): GeoJSON.Polygon {
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return { type: 'Polygon', coordinates: [ring.map(([x, y]) => [r(x), r(y)])] };
}

function heading(text: string): HTMLHeadingElement {
  return h('h2', { class: 'panel-heading', tabindex: -1, id: uid('energy-heading') }, text);
}

/** A RAG result: the word, a coloured mark, the substation and the explanation. */
export function feasibilityBlock(f: Feasibility): HTMLElement {
  return h(
    'div',
    { class: `feasibility rag-${f.rag}` },
    h('p', { class: 'rag-line' }, h('span', { class: 'rag-dot', 'aria-hidden': 'true' }), h('strong', { class: 'rag-word' }, t.rag[f.rag] ?? f.rag)),
    f.substation ? h('p', { class: 'substation' }, t.servedBy(f.substation)) : null,
    h('p', { class: 'explanation' }, f.explanation),
  );
}

function statusBadge(status: string): HTMLElement {
  return h('span', { class: `status-badge status-${status}` }, t.statuses[status] ?? status);
}

export class Energy {
  me: Me | null = null;
  proposals: Proposal[] = [];
  private propose: ProposeView | null = null;
  private current: PanelView | null = null;
  private asked: Promise<void> | null = null;
  /** Counts proposals asked to open: only the newest is shown. */
  private opening = 0;

  constructor(
    private readonly plan: string,
    private readonly mapAvailable: boolean,
    private readonly on: EnergyHandlers,
  ) {
    void this.loadProposals();
  }

  /**
   * Who is signed in, asked once when community energy is first needed, and only when this
   * browser signed in here before (the session cookie is not readable by script): a visitor
   * is never answered 401.
   */
  private get meReady(): Promise<void> {
    this.asked ??= (signedInHint() ? getMe() : Promise.resolve(null))
      .then((me) => {
        this.me = me;
        setSignedInHint(Boolean(me));
        if (me) this.on.account(me);
      })
      .catch(() => undefined);
    return this.asked;
  }

  get view(): PanelView | null {
    return this.current;
  }

  private show(view: PanelView, proposal: string | null = null): void {
    if (!(view instanceof ProposeView) && this.propose) this.stopProposing();
    this.current = view;
    this.on.show(view, proposal);
  }

  /** The panel is taken over by something else (a contribution, the add form). */
  leave(): void {
    if (this.propose) this.stopProposing();
    this.current = null;
  }

  private stopProposing(): void {
    this.propose?.abort();
    this.propose = null;
    this.on.stopPlacing();
  }

  async loadProposals(): Promise<Proposal[]> {
    try {
      this.proposals = await listProposals(this.plan);
      this.on.proposals(this.proposals);
    } catch (err) {
      console.warn('proposals failed', err);
    }
    return this.proposals;
  }

  // ---- home: proposals, the queue, the account ----

  async home(): Promise<void> {
    await this.meReady;
    const view = { root: h('div', { class: 'view view-energy' }), heading: heading(t.heading) };
    const account = this.me
      ? h(
          'p',
          { class: 'account' },
          t.signedInAs(this.me.email, t.roles[this.me.role] ?? this.me.role),
          ' ',
          h('button', { type: 'button', class: 'button link-like', onclick: () => void this.signOut() }, t.signOut),
        )
      : h('p', { class: 'account' }, h('button', { type: 'button', class: 'button link-like', onclick: () => this.signIn(() => void this.home()) }, t.signInHeadingPlain));
    const listHeading = h('h3', { id: uid('proposals') }, t.proposalsHeading);
    const list = h('ul', { class: 'proposal-list', 'aria-labelledby': listHeading.id }, h('li', { class: 'muted' }, strings.loading));
    const queueHeading = h('h3', { id: uid('queue') }, t.queueHeading);
    const queue = h('ul', { class: 'proposal-list queue', 'aria-labelledby': queueHeading.id });
    const stationsHeading = h('h3', { id: uid('stations') }, t.substationsHeading);
    const stations = h('ul', { class: 'proposal-list stations', 'aria-labelledby': stationsHeading.id });
    replace(
      view.root,
      h('button', { type: 'button', class: 'button back', onclick: () => this.on.close() }, t.backToList),
      view.heading,
      h('p', { class: 'intro' }, t.intro),
      account,
      h('p', {}, h('button', { type: 'button', class: 'button primary', onclick: () => this.startPropose() }, t.proposeButton)),
      h('p', {}, h('a', { href: `/p/${encodeURIComponent(this.plan)}/energy-plans` }, t.plansLink)),
      isDno(this.me) ? h('section', { class: 'dno-queue', 'aria-labelledby': queueHeading.id }, queueHeading, queue) : null,
      h('section', { 'aria-labelledby': listHeading.id }, listHeading, list),
      isDno(this.me) ? h('section', { class: 'dno-stations', 'aria-labelledby': stationsHeading.id }, stationsHeading, stations) : null,
    );
    this.show(view);
    const all = await this.loadProposals();
    const item = (p: Proposal) =>
      h(
        'li',
        {},
        h('a', { href: `#/proposal/${p.id}`, onclick: (ev: Event) => (ev.preventDefault(), void this.open(p.id)) }, p.properties.title),
        ' ',
        statusBadge(p.properties.status),
        h('span', { class: 'muted' }, ` · ${t.technologies[p.properties.technology] ?? p.properties.technology}`),
      );
    replace(list, ...(all.length ? all.map(item) : [h('li', { class: 'muted' }, t.noProposals)]));
    const waiting = all.filter((p) => QUEUE.has(p.properties.status));
    replace(queue, ...(waiting.length ? waiting.map(item) : [h('li', { class: 'muted' }, t.queueEmpty)]));
    if (isDno(this.me)) {
      const all = await this.on.substations().catch(() => []);
      replace(
        stations,
        ...all.map((f) =>
          h(
            'li',
            {},
            h('button', { type: 'button', class: 'button link-like', onclick: () => this.on.showSubstation(f) }, String(f.properties?.name ?? '')),
            h('span', { class: 'muted' }, ` · ${t.ragShort[String(f.properties?.rag)] ?? ''}`),
          ),
        ),
      );
    }
  }

  private async signOut(): Promise<void> {
    await logout().catch(() => undefined);
    this.me = null;
    setSignedInHint(false);
    this.on.account(null);
    this.on.announce(t.signedOut);
    void this.home();
  }

  // ---- sign in ----

  signIn(next: () => void, title = t.signInHeadingPlain): void {
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
      h('div', { class: 'form-actions' }, submit, h('button', { type: 'button', class: 'button', onclick: () => void this.home() }, t.cancel)),
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
        this.me = await login(email.value.trim(), password.value);
        setSignedInHint(true);
        this.on.account(this.me);
        this.on.announce(t.signedIn);
        next();
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
    this.show(view);
  }

  // ---- propose ----

  startPropose(): void {
    void this.meReady.then(() => {
      if (!this.me) {
        this.signIn(() => this.startPropose(), t.signInHeading);
        return;
      }
      this.propose = new ProposeView(this.plan, this.mapAvailable, {
        keyboardPlace: () => this.on.keyboardPlace(),
        placePoint: (at) => this.on.startPlacing(at),
        stopPin: () => this.on.stopPin(),
        draw: (on) => this.on.draw(on),
        clearArea: () => this.on.clearArea(),
        cancel: () => void this.home(),
        announce: (m) => this.on.announce(m),
        sent: (p) => {
          this.on.announce(t.sent);
          void this.loadProposals();
          void this.open(p.id);
        },
      });
      this.show(this.propose);
      this.on.startPlacing(null);
    });
  }

  /** The site was placed or moved on the map. */
  placed(at: LonLat): void {
    this.propose?.placed(at);
  }

  get proposing(): boolean {
    return Boolean(this.propose);
  }

  // ---- one proposal ----

  async open(id: string): Promise<void> {
    await this.meReady;
    // A later open wins over an answer still on its way.
    const seq = ++this.opening;
    let p: Proposal;
    try {
      p = await getProposal(id);
    } catch {
      if (seq === this.opening) this.on.announce(t.loadFailed);
      return;
    }
    if (seq !== this.opening) return;
    const view = new ProposalView(p, this.me, {
      back: () => void this.home(),
      announce: (m) => this.on.announce(m),
      moved: () => void this.loadProposals(),
    });
    this.show(view, id);
    focus(view.heading);
    this.on.flyTo(siteOf(p));
    await view.loadFeasibility();
  }

  /**
   * A proposal changed status or was answered (the events stream): the map's proposals
   * follow, and an open view of it shows the news in place and says it.
   */
  async changed(news: ProposalNews): Promise<void> {
    void this.loadProposals();
    const view = this.current;
    if (view instanceof ProposalView && view.id === news.id && view.isNews(news)) await view.refresh(true);
  }

  /** Loads the proposals and an open one again (the events stream was reset). */
  reload(): void {
    void this.loadProposals();
    if (this.current instanceof ProposalView) void this.current.refresh(false);
  }
}

interface ProposalHandlers {
  back(): void;
  announce(message: string): void;
  /** The proposal moved: the list and the map follow. */
  moved(): void;
}

/** The steps shown as buttons, in this order (withdrawing, which ends the proposal, last). */
const STEP_ORDER = ['submitted', 'under_review', 'going_ahead', 'withdrawn'];

/**
 * One proposal: status, the steps the viewer may take, feasibility, the operator's answers
 * and history, and for network engineers the answer form. What changes (a step, an answer,
 * news from the events stream) is redrawn in place, so a half-written answer and the
 * keyboard focus stay where they are.
 */
class ProposalView implements PanelView {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private p: Proposal;
  private readonly status = h('p', { class: 'proposal-status', tabindex: -1 });
  private readonly steps: HTMLElement;
  private readonly stepButtons = h('div', { class: 'form-actions step-buttons' });
  private readonly stepError = h('p', { class: 'error-summary', role: 'alert', tabindex: -1, hidden: true });
  private readonly feasibility = h('div', { class: 'feasibility-slot' }, h('p', { class: 'muted' }, t.feasibilityChecking));
  private readonly responses = h('div', { class: 'responses' });
  private readonly answerSlot = h('div', {});
  private answer: HTMLElement | null = null;
  private readonly history = h('ol', { class: 'history' });
  /** A step or an answer of this view is on its way: its own refresh follows. */
  private busy = false;
  private refreshing = 0;

  constructor(
    p: Proposal,
    private readonly me: Me | null,
    private readonly on: ProposalHandlers,
  ) {
    this.p = p;
    const props = p.properties;
    this.heading = heading(props.title);
    const stepsHeading = h('h3', { id: uid('steps') }, t.stepsHeading);
    this.steps = h('section', { class: 'proposal-steps', 'aria-labelledby': stepsHeading.id }, stepsHeading, this.stepError, this.stepButtons);
    this.root = h(
      'div',
      { class: 'view view-proposal' },
      h('button', { type: 'button', class: 'button back', onclick: () => this.on.back() }, t.backToEnergy),
      h(
        'article',
        { class: 'proposal', 'aria-labelledby': this.heading.id },
        this.heading,
        this.status,
        this.steps,
        h('p', {}, `${t.technologies[props.technology] ?? props.technology} · ${t.figures(props.capacity_kw, props.export_kw, props.import_kw)}`),
        props.group_name ? h('p', { class: 'meta' }, t.byGroup(props.group_name)) : null,
        h('p', { class: 'proposal-site' }, p.geometry.type === 'Polygon' ? t.siteIsOutline(p.geometry.coordinates[0].length - 1) : t.siteIsPoint),
        props.description ? h('p', {}, props.description) : null,
        h('h3', {}, t.feasibilityHeading),
        this.feasibility,
        h('h3', {}, t.responseHeading),
        this.responses,
        this.answerSlot,
        h('h3', {}, t.historyHeading),
        this.history,
      ),
    );
    this.update(p);
  }

  get id(): string {
    return this.p.id;
  }

  async loadFeasibility(): Promise<void> {
    try {
      replace(this.feasibility, feasibilityBlock(await getFeasibility(this.id)));
    } catch {
      replace(this.feasibility, h('p', { class: 'muted' }, t.feasibilityFailed));
    }
  }

  /**
   * Whether news from the events stream is not shown yet. Events may arrive after this
   * view already fetched what they announce (a step of one's own), or out of turn.
   */
  isNews(news: ProposalNews): boolean {
    if (this.busy) return false;
    const shown = Math.max(...(this.p.properties.history ?? []).map((x) => Date.parse(x.at)));
    const at = Date.parse(news.at);
    return at > shown || (at === shown && news.status !== this.p.properties.status);
  }

  /** Fetches the proposal again and redraws what changed; `live` says a new status aloud. */
  async refresh(live: boolean): Promise<void> {
    const seq = ++this.refreshing;
    let p: Proposal;
    try {
      p = await getProposal(this.id);
    } catch {
      return; // the view stays as it was; the next event or step tries again
    }
    if (seq !== this.refreshing) return;
    const before = this.p.properties.status;
    this.update(p);
    if (live && p.properties.status !== before) {
      this.on.announce(t.statusNow(p.properties.title, t.statuses[p.properties.status] ?? p.properties.status));
    }
  }

  private update(p: Proposal): void {
    const focused = document.activeElement;
    const hadFocus = focused instanceof HTMLElement && this.root.contains(focused);
    const focusedStep = focused instanceof HTMLElement ? focused.dataset.step : undefined;
    this.p = p;
    const props = p.properties;
    replace(this.status, `${t.status}: `, statusBadge(props.status));
    this.renderSteps();
    const responses = props.responses ?? [];
    const dl = (rows: [string, string | null][]) =>
      h('dl', { class: 'figures' }, ...rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v as string)]));
    replace(
      this.responses,
      ...(responses.length
        ? responses.map((r) =>
            h(
              'div',
              { class: 'response' },
              dl([
                [t.decision, t.decisions[r.decision] ?? r.decision],
                [t.costBand, r.cost_band],
                [t.timescale, r.timescale],
                [t.conditions, r.conditions],
                [t.notes, r.notes],
              ]),
              h('p', { class: 'meta' }, friendlyDate(r.created_at)),
            ),
          )
        : [h('p', { class: 'muted' }, t.noResponse)]),
    );
    const answering = isDno(this.me) && QUEUE.has(props.status);
    if (answering && !this.answer) {
      this.answer = this.answerForm();
      this.answerSlot.append(this.answer);
    } else if (!answering && this.answer) {
      this.answer.remove();
      this.answer = null;
    }
    replace(
      this.history,
      ...(props.history ?? []).map((x) =>
        h(
          'li',
          {},
          t.historyItem(x.from_status ? (t.statuses[x.from_status] ?? x.from_status) : null, t.statuses[x.to_status] ?? x.to_status),
          x.actor ? ` ${t.historyBy(x.actor)}` : '',
          ` · ${friendlyDate(x.at)}`,
          x.note ? h('span', { class: 'note' }, ` — ${x.note}`) : null,
        ),
      ),
    );
    // Focus on something that was redrawn goes to the same step, else to the status.
    if (hadFocus && !this.root.contains(document.activeElement)) {
      focus(this.stepButtons.querySelector<HTMLElement>(`[data-step="${focusedStep}"]`) ?? this.status);
    }
  }

  /**
   * A button per step the server offers (decisions are made with the answer form, which
   * records the answer too). Withdrawing asks first, in place.
   */
  private renderSteps(): void {
    const props = this.p.properties;
    const offered = STEP_ORDER.filter((s) => props.next_steps.includes(s));
    replace(
      this.stepButtons,
      ...offered.map((to) =>
        h(
          'button',
          {
            type: 'button',
            class: to === 'withdrawn' ? 'button' : 'button primary',
            'data-step': to,
            onclick: () => (to === 'withdrawn' ? this.askWithdraw() : void this.take(to)),
          },
          to === 'submitted' && props.status !== 'draft' ? t.submitAgain : t.steps[to],
        ),
      ),
    );
    this.steps.hidden = offered.length === 0 && this.stepError.hidden;
  }

  private askWithdraw(): void {
    const question = h('p', { id: uid('withdraw'), tabindex: -1 }, t.withdrawQuestion);
    const cancel = () => {
      this.renderSteps();
      focus(this.stepButtons.querySelector<HTMLElement>('[data-step="withdrawn"]'));
    };
    const group = h(
      'div',
      { class: 'confirm', role: 'group', 'aria-labelledby': question.id },
      question,
      h(
        'div',
        { class: 'form-actions' },
        h('button', { type: 'button', class: 'button danger', 'data-step': 'withdrawn', onclick: () => void this.take('withdrawn') }, t.withdrawConfirm),
        h('button', { type: 'button', class: 'button', onclick: cancel }, t.withdrawCancel),
      ),
    );
    group.addEventListener('keydown', (ev: KeyboardEvent) => {
      if (ev.key === 'Escape') {
        ev.stopPropagation();
        cancel();
      }
    });
    replace(this.stepButtons, group);
    focus(question);
  }

  private showStepError(message: string | null): void {
    this.stepError.textContent = message ?? '';
    this.stepError.hidden = !message;
    this.steps.hidden = !message && !this.p.properties.next_steps.some((s) => STEP_ORDER.includes(s));
    if (message) focus(this.stepError);
  }

  /** Takes a step the server offered; the view then shows the proposal as it is now. */
  private async take(to: string): Promise<void> {
    this.busy = true;
    this.showStepError(null);
    for (const b of this.stepButtons.querySelectorAll('button')) b.disabled = true;
    try {
      const moved = await postTransition(this.id, to, null);
      this.busy = false;
      this.on.announce(t.stepDone[to] ?? t.statuses[moved.properties.status] ?? '');
      this.on.moved();
      await this.refresh(false);
      focus(this.status);
    } catch (err) {
      this.busy = false;
      // Whatever stopped it, show the proposal as it is now (someone else may have moved it).
      await this.refresh(false);
      this.showStepError(err instanceof ApiError && err.offline ? t.stepOffline : t.stepFailed(err instanceof Error ? err.message : String(err)));
    }
  }

  private answerForm(): HTMLElement {
    const legendId = uid('answer');
    const error = h('p', { class: 'error-summary', role: 'alert', tabindex: -1, hidden: true });
    const decisionName = uid('decision');
    const decisions = h(
      'fieldset',
      { class: 'field' },
      h('legend', {}, t.decision),
      ...DECISIONS.map((d) => {
        const id = uid('decision');
        return h('div', { class: 'choice' }, h('input', { type: 'radio', name: decisionName, id, value: d }), h('label', { for: id }, t.decisions[d]));
      }),
    );
    const text = (label: string, hint: string | null, multi = false) => {
      const id = uid('answer-field');
      const hintId = hint ? uid('hint') : null;
      const input = multi ? h('textarea', { id, rows: 3, 'aria-describedby': hintId }) : h('input', { id, type: 'text', 'aria-describedby': hintId });
      return { input, field: h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, input) };
    };
    const cost = text(t.costBand, t.costBandHint);
    const time = text(t.timescale, t.timescaleHint);
    const conditions = text(t.conditions, null, true);
    const notes = text(t.notes, null, true);
    const submit = h('button', { type: 'submit', class: 'button primary' }, t.sendAnswer);
    const form = h(
      'form',
      { class: 'answer-form', novalidate: true, 'aria-labelledby': legendId },
      h('h3', { id: legendId }, t.answerHeading),
      error,
      decisions,
      cost.field,
      time.field,
      conditions.field,
      notes.field,
      h('div', { class: 'form-actions' }, submit),
    );
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const decision = form.querySelector<HTMLInputElement>(`input[name="${decisionName}"]:checked`)?.value as Decision | undefined;
      error.hidden = true;
      if (!decision) {
        error.textContent = t.decisionMissing;
        error.hidden = false;
        focus(error);
        return;
      }
      submit.disabled = true;
      this.busy = true;
      try {
        if (this.p.properties.status === 'submitted') {
          await postTransition(this.id, 'under_review', null).catch((err) => {
            if (!(err instanceof ApiError && err.status === 409)) throw err;
          });
        }
        await postResponse(this.id, {
          decision,
          cost_band: (cost.input as HTMLInputElement).value,
          timescale: (time.input as HTMLInputElement).value,
          conditions: (conditions.input as HTMLTextAreaElement).value,
          notes: (notes.input as HTMLTextAreaElement).value,
        });
        this.busy = false;
        this.on.announce(t.answered);
        this.on.moved();
        await this.refresh(false);
        focus(this.status);
      } catch (err) {
        this.busy = false;
        error.textContent = err instanceof ApiError && err.status === 409 ? t.notAllowed : err instanceof ApiError && err.errors.length ? err.errors.map((e) => e.message).join(' ') : t.answerFailed;
        error.hidden = false;
        focus(error);
        // The review may have started before the answer was refused: show that, keeping the form.
        void this.refresh(false);
      } finally {
        submit.disabled = false;
      }
    });
    return form;
  }
}

interface ProposeHandlers {
  keyboardPlace(): void;
  /** The site is a point again: placing starts, with the pin at `at` if it had one. */
  placePoint(at: LonLat | null): void;
  stopPin(): void;
  draw(on: DrawHandlers): Promise<AreaDrawing | null>;
  clearArea(): void;
  cancel(): void;
  announce(message: string): void;
  sent(p: Proposal): void;
}

/** Which control shows an API field's problem. */
const FIELD_OF: Record<string, string> = {
  title: 'title',
  technology: 'technology',
  capacity_kw: 'capacity_kw',
  export_kw: 'export_kw',
  import_kw: 'import_kw',
  phases: 'phases',
  site: 'site',
  group_name: 'group_name',
  description: 'description',
};

/** How the site is given: a point (placed, dragged or put at the keyboard's cross) or an outline. */
type SiteBy = 'point' | 'outline';

class ProposeView implements PanelView {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private by: SiteBy = 'point';
  /** The point placed, kept while an outline is tried so that choosing "A point" again keeps it. */
  private point: LonLat | null = null;
  /** The finished outline's closed ring (null until one is drawn). */
  private ring: LonLat[] | null = null;
  private drawing: AreaDrawing | null = null;
  private readonly form: HTMLFormElement;
  private readonly result: HTMLElement;
  private readonly siteStatus: HTMLElement;
  private readonly siteError: HTMLElement;
  private readonly keyboard: HTMLButtonElement;
  private readonly outlineStatus: HTMLElement;
  private readonly outlineStart: HTMLButtonElement;
  private readonly outlineControls: HTMLElement;
  private readonly reveals = new Map<SiteBy, HTMLElement>();
  private readonly summary = new ErrorSummary(t.errorSummary);
  private readonly errors = new Map<string, { error: HTMLElement; control: HTMLElement }>();
  private readonly inputs: Record<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement> = {};
  private timer = 0;
  private pending: AbortController | null = null;
  private readonly submit: HTMLButtonElement;

  constructor(
    private readonly plan: string,
    mapAvailable: boolean,
    private readonly on: ProposeHandlers,
  ) {
    this.heading = heading(t.proposeHeading);

    this.siteError = h('p', { class: 'field-error', id: uid('site-error'), hidden: true });
    this.siteStatus = h('p', { class: 'chosen' }, t.feasibilityWaiting);
    this.keyboard = h('button', { type: 'button', class: 'button', onclick: () => this.on.keyboardPlace() }, strings.placeOnMapButton);
    this.outlineStatus = h('p', { class: 'chosen', tabindex: -1, hidden: true });
    this.outlineStart = h('button', { type: 'button', class: 'button', onclick: () => void this.startDrawing() }, t.outlineStart);
    this.outlineControls = h(
      'div',
      { class: 'form-actions draw-controls', hidden: true },
      h('button', { type: 'button', class: 'button primary', onclick: () => this.drawing?.finish() }, t.outlineFinish),
      h('button', { type: 'button', class: 'button', onclick: () => this.drawing?.undo() }, t.outlineUndo),
      h('button', { type: 'button', class: 'button', onclick: () => this.drawing?.cancel() }, t.outlineStop),
    );
    const siteField = h('fieldset', { class: 'field site-field', 'aria-describedby': this.siteError.id }, h('legend', {}, t.siteLegend), this.siteError);
    if (mapAvailable) {
      // The outline is drawn with the pointer; "A point" (the default) is the keyboard's way.
      const pointParts = [h('p', { class: 'hint' }, t.siteHint), this.keyboard, this.siteStatus];
      const outlineParts = [h('p', { class: 'hint' }, t.outlineHint), this.outlineStatus, h('p', {}, this.outlineStart), this.outlineControls];
      const name = uid('site-by');
      for (const [by, label, hint, parts] of [
        ['point', t.siteByPoint, null, pointParts],
        ['outline', t.siteByOutline, t.siteByOutlineHint, outlineParts],
      ] as [SiteBy, string, string | null, HTMLElement[]][]) {
        const id = uid(`site-${by}`);
        const hintEl = hint ? h('p', { class: 'hint', id: uid('site-by-hint') }, hint) : null;
        const radio = h('input', { type: 'radio', id, name, value: by, checked: by === 'point', 'aria-describedby': hintEl?.id });
        radio.addEventListener('change', () => this.choose(by));
        const reveal = h('div', { class: 'reveal', hidden: by !== 'point' }, ...parts);
        this.reveals.set(by, reveal);
        siteField.append(h('div', { class: 'choice' }, radio, h('label', { for: id }, label), hintEl), reveal);
      }
    } else {
      siteField.append(h('p', { class: 'hint' }, t.siteHint), this.siteStatus);
    }
    this.errors.set('site', { error: this.siteError, control: this.keyboard });

    const tech = h('select', { id: uid('technology') }, ...TECHNOLOGIES.map((x) => h('option', { value: x }, t.technologies[x])));
    const phases = h('select', { id: uid('phases') }, h('option', { value: '3' }, t.phase3), h('option', { value: '1' }, t.phase1));

    this.result = h('div', { class: 'feasibility-live', 'aria-live': 'polite', 'aria-atomic': 'true' }, h('p', { class: 'muted' }, t.feasibilityWaiting));
    this.submit = h('button', { type: 'submit', class: 'button primary' }, t.submit);
    this.form = h(
      'form',
      { class: 'propose', novalidate: true },
      this.summary.el,
      siteField,
      this.field('title', t.title, t.titleHint, h('input', { type: 'text', maxlength: 200 })),
      this.field('technology', t.technology, null, tech),
      this.field('capacity_kw', t.capacity, t.capacityHint, h('input', { type: 'text', inputmode: 'decimal', value: '100' })),
      this.field('export_kw', t.exportKw, t.exportHint, h('input', { type: 'text', inputmode: 'decimal', value: '100' })),
      this.field('import_kw', t.importKw, t.importHint, h('input', { type: 'text', inputmode: 'decimal', value: '0' })),
      this.field('phases', t.phases, null, phases),
      this.field('group_name', t.group, t.groupHint, h('input', { type: 'text', maxlength: 200, autocomplete: 'organization' })),
      this.field('description', t.description, null, h('textarea', { rows: 4 })),
      h('section', { class: 'feasibility-box', 'aria-label': t.feasibilityHeading }, h('h3', {}, t.feasibilityHeading), this.result),
      h('div', { class: 'form-actions' }, this.submit, h('button', { type: 'button', class: 'button', onclick: () => this.on.cancel() }, t.cancel)),
    );
    this.form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.send();
    });
    for (const name of ['technology', 'capacity_kw', 'export_kw', 'import_kw', 'phases']) {
      this.inputs[name].addEventListener('input', () => this.check());
      this.inputs[name].addEventListener('change', () => this.check());
    }
    this.root = h('div', { class: 'view view-propose' }, this.heading, this.form);
  }

  private field(name: string, label: string, hint: string | null, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLElement {
    control.id ||= uid(name);
    control.setAttribute('name', name);
    const hintId = hint ? uid('hint') : '';
    const error = h('p', { class: 'field-error', id: uid('error'), hidden: true });
    control.setAttribute('aria-describedby', `${hintId} ${error.id}`.trim());
    this.inputs[name] = control;
    this.errors.set(name, { error, control });
    return h('div', { class: 'field' }, h('label', { for: control.id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, error, control);
  }

  private kw(name: string): number | null {
    const raw = this.inputs[name].value.trim().replace(',', '.');
    if (!raw) return 0;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 ? n : null;
  }

  placed(at: LonLat): void {
    if (this.by !== 'point') return;
    this.point = at;
    this.siteStatus.textContent = t.siteChosen;
    this.setError('site', null);
    this.check();
  }

  abort(): void {
    window.clearTimeout(this.timer);
    this.pending?.abort();
  }

  /** Where the live check looks: the point, or the middle of the finished outline. */
  private get site(): LonLat | null {
    if (this.by === 'point') return this.point;
    return this.ring ? ringMiddle(this.ring) : null;
  }

  // ---- the site as a point or an outline ----

  private choose(by: SiteBy): void {
    this.by = by;
    for (const [value, reveal] of this.reveals) reveal.hidden = value !== by;
    this.setError('site', null);
    this.errors.set('site', { error: this.siteError, control: by === 'point' ? this.keyboard : this.outlineStart });
    if (by === 'point') {
      this.stopDrawing();
      this.on.placePoint(this.point);
    } else {
      this.on.stopPin();
      this.outlineStatus.hidden = !this.ring;
    }
    this.abort();
    if (this.site) this.check();
    else replace(this.result, h('p', { class: 'muted' }, by === 'point' ? t.feasibilityWaiting : t.feasibilityWaitingOutline));
  }

  private async startDrawing(): Promise<void> {
    this.ring = null;
    this.setError('site', null);
    this.abort();
    replace(this.result, h('p', { class: 'muted' }, t.feasibilityWaitingOutline));
    const drawing = await this.on.draw({
      changed: (n) => {
        this.setOutlineStatus(t.outlineCorners(n));
        if (n > 0) this.on.announce(t.outlineCorners(n));
      },
      finished: (ring) => {
        const crosses = crossesItself(ring);
        this.ring = crosses ? null : ring;
        this.drawingEnded(crosses ? t.outlineCrosses : t.outlineDone(ring.length - 1));
        this.outlineStart.textContent = t.outlineAgain;
        focus(this.outlineStatus);
        this.check();
      },
      cancelled: () => {
        this.drawingEnded(t.outlineStopped);
        this.on.announce(t.outlineStopped);
        this.outlineStart.focus();
      },
      tooFew: () => {
        this.setOutlineStatus(t.outlineTooFew);
        this.on.announce(t.outlineTooFew);
      },
    });
    if (!drawing) return;
    if (!this.root.isConnected || this.by !== 'outline') {
      // The form closed, or "A point" was chosen, while the map was still loading.
      this.on.clearArea();
      return;
    }
    this.drawing = drawing;
    this.outlineStart.hidden = true;
    this.outlineControls.hidden = false;
    this.setOutlineStatus(t.outlineDrawing);
    focus(this.outlineControls.querySelector('button'));
  }

  private drawingEnded(status: string): void {
    this.outlineControls.hidden = true;
    this.outlineStart.hidden = false;
    this.setOutlineStatus(status);
  }

  /** The outline leaves the map (choosing "A point"); the form forgets it. */
  private stopDrawing(): void {
    if (!this.drawing) return;
    this.on.clearArea();
    this.drawing = null;
    this.ring = null;
    this.outlineControls.hidden = true;
    this.outlineStart.hidden = false;
    this.outlineStart.textContent = t.outlineStart;
    this.outlineStatus.hidden = true;
  }

  private setOutlineStatus(text: string): void {
    this.outlineStatus.hidden = false;
    this.outlineStatus.textContent = text;
  }

  /** The live check, 300 ms after the last change. */
  private check(): void {
    window.clearTimeout(this.timer);
    if (!this.site) return;
    this.timer = window.setTimeout(() => void this.preview(), 300);
  }

  private async preview(): Promise<void> {
    const at = this.site;
    const exp = this.kw('export_kw');
    const imp = this.kw('import_kw');
    if (!at || exp === null || imp === null) return;
    this.pending?.abort();
    const ctrl = new AbortController();
    this.pending = ctrl;
    this.result.setAttribute('aria-busy', 'true');
    try {
      const f = await previewFeasibility(at, this.inputs.technology.value as Technology, exp, imp, Number(this.inputs.phases.value), ctrl.signal);
      replace(this.result, feasibilityBlock(f), h('p', { class: 'hint' }, t.feasibilityNote));
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      replace(this.result, h('p', { class: 'muted' }, t.feasibilityFailed));
    } finally {
      if (this.pending === ctrl) this.result.removeAttribute('aria-busy');
    }
  }

  private setError(name: string, message: string | null): void {
    const f = this.errors.get(name);
    if (!f) return;
    f.error.hidden = !message;
    f.error.textContent = message ?? '';
    if (f.control.tagName !== 'BUTTON') {
      if (message) f.control.setAttribute('aria-invalid', 'true');
      else f.control.removeAttribute('aria-invalid');
    }
  }

  private showErrors(list: FieldError[]): void {
    for (const name of this.errors.keys()) this.setError(name, null);
    for (const e of list) this.setError(e.field, e.message);
    this.summary.show(list.map((e) => ({ message: e.message, target: this.errors.get(e.field)?.control })));
  }

  private async send(): Promise<void> {
    const problems: FieldError[] = [];
    const site: GeoJSON.Point | GeoJSON.Polygon | null =
      this.by === 'point' ? (this.point ? { type: 'Point', coordinates: this.point } : null) : this.ring ? polygonOf(this.ring) : null;
    if (!site) problems.push({ field: 'site', message: this.by === 'point' ? t.siteMissing : t.outlineMissing });
    const nums: Record<string, number | null> = {};
    for (const name of ['capacity_kw', 'export_kw', 'import_kw']) {
      nums[name] = this.kw(name);
      if (nums[name] === null) problems.push({ field: name, message: t.numberBad });
    }
    if (problems.length) return this.showErrors(problems);
    this.submit.disabled = true;
    this.submit.textContent = t.sending;
    try {
      const p = await postProposal(this.plan, {
        title: this.inputs.title.value.trim(),
        technology: this.inputs.technology.value as Technology,
        capacity_kw: nums.capacity_kw,
        export_kw: nums.export_kw,
        import_kw: nums.import_kw,
        phases: Number(this.inputs.phases.value),
        site: site as GeoJSON.Point | GeoJSON.Polygon,
        group_name: this.inputs.group_name.value,
        description: this.inputs.description.value,
        draft: false,
      });
      this.on.sent(p);
    } catch (err) {
      if (err instanceof ApiError && err.errors.length) {
        this.showErrors(
          err.errors.map((e) => {
            const key = e.field.replace(/^(properties|body)\./, '').split('.')[0];
            return { field: FIELD_OF[key] ?? key, message: `${e.message}` };
          }),
        );
      } else {
        this.showErrors([{ field: 'form', message: t.sendFailed }]);
      }
    } finally {
      this.submit.disabled = false;
      this.submit.textContent = t.submit;
    }
  }
}
