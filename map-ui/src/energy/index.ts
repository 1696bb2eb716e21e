// Community energy in the panel: its first view, signing in, proposing a project with a live
// feasibility check as the site moves, and one proposal's page. This class moves between them
// and keeps what they share: who is signed in and the plan's proposals.

import { getMe, getProposal, listProposals, logout, type LonLat, type Me, type Proposal } from '../api';
import type { AreaDrawing, DrawHandlers } from '../draw';
import type { ProposalNews } from '../live';
import { focus } from '../dom';
import type { PanelView } from '../panel';
import { setSignedInHint, signedInHint } from '../session';
import { energy as t } from '../strings';
import { HomeView } from './home';
import { siteOf } from './parts';
import { ProposalView } from './proposal';
import { ProposeView } from './propose';
import { signInView } from './signin';

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
    const view = new HomeView(this.plan, this.me, {
      close: () => this.on.close(),
      signIn: () => this.signIn(() => void this.home()),
      signOut: () => void this.signOut(),
      propose: () => this.startPropose(),
      open: (id) => void this.open(id),
      substations: () => this.on.substations(),
      showSubstation: (f) => this.on.showSubstation(f),
    });
    this.show(view);
    await view.fill(await this.loadProposals());
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
    const view = signInView(title, {
      signedIn: (me) => {
        this.me = me;
        setSignedInHint(true);
        this.on.account(me);
        this.on.announce(t.signedIn);
        next();
      },
      cancel: () => void this.home(),
    });
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

  /**
   * Loads the proposals and an open one again (the events stream was reset): a new status
   * of the open one is news missed, and is said like any other.
   */
  reload(): void {
    void this.loadProposals();
    if (this.current instanceof ProposalView) void this.current.refresh(true);
  }
}
