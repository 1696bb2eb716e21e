// The plan page: one panel (list, a contribution, or the add form) beside the map, or on a
// phone the two as views to switch between. This module owns the state and keeps the
// panel, the map and the address bar in step.

import { AccountNav } from './account-nav';
import { AboutYouStep } from './about-you/step';
import { AddView } from './add';
import {
  ApiError,
  getContribution,
  listContributions,
  myContributions,
  nextPage,
  type BBox,
  type Contribution,
  type Filters,
  type LonLat,
  type Me,
  type Neighbourhood,
  type Plan,
  picksQuotes,
} from './api';
import { BrowseView, type FilterCause, type ListState } from './browse';
import { DetailView } from './detail';
import { byId, focus, h, markUserText, replace } from './dom';
import { languagePicker, t as tr } from './i18n';
import { LAYER_BUBBLES, PIN_ZOOM, rtlTextPluginStatus, spriteIcons, WaymarkMap } from './map';
import { Energy } from './energy/index';
import type { PanelView } from './panel';
import { FollowView } from './follow';
import { HeaderMenu } from './header-menu';
import { MineView } from './mine';
import { subscribe } from './live';
import { NetworkLayers } from './network';
import { energy as energyStrings, KINDS, strings } from './strings';
import { OUTCOME_COLOURS } from './outcomes/colours';
import { answers, RespondTools } from './outcomes/respond';
import { os } from './outcomes/strings';
import { parseHash, writeHash, type HashState } from './url';

const LIST_PAGE = 50;
const MATCHES_MAX = 1000;
const PHONE = '(max-width: 47.99rem)';

type Mode = 'browse' | 'detail' | 'add' | 'energy' | 'follow' | 'respond' | 'mine';

export class App {
  private map: WaymarkMap | null = null;
  private icons: Record<string, string> = {};
  private filters: Filters;
  private mode: Mode = 'browse';
  private readonly panel = byId('panel');
  private readonly status = byId('status');
  private readonly browse: BrowseView;
  private detail: DetailView | null = null;
  private add: AddView | null = null;
  private follow: FollowView | null = null;
  /** What opened the follow form, to give focus back to when it closes. */
  private followReturn: HTMLElement | null = null;
  private readonly energy: Energy;
  private readonly accountNav: AccountNav;
  /** A responder's or admin's tools for answering contributions (null for everyone else). */
  private respond: RespondTools | null = null;
  /** The signed-in account, for the tools its role has. */
  private me: Me | null = null;
  private respondView: PanelView | null = null;
  private mineView: MineView | null = null;
  private energyView: PanelView | null = null;
  /** The proposal the energy panel shows, if it shows one. */
  private proposalId: string | null = null;
  private network: NetworkLayers | null = null;
  private list: ListState = { items: [], loading: false, failed: false, more: false, filtered: false, note: '' };
  private listNext: string | undefined;
  /** Answers to older requests than these are dropped (a newer view or filter won). */
  private listSeq = 0;
  private listQuery = '';
  private matchesSeq = 0;
  /** Ids matching search and neighbourhood (null when neither is set). */
  private matchIds: string[] | null = null;
  private matches: Contribution[] | null = null;
  private returnFocus: HTMLElement | null = null;
  private browseScroll = 0;
  private moveTimer = 0;
  private liveRefresh = 0;
  private phone = matchMedia(PHONE);
  /** Milliseconds from navigation to the map's first `idle` (for make bench-ui). */
  private firstIdle: number | null = null;

  constructor(
    readonly plan: Plan,
    readonly neighbourhoods: Neighbourhood[],
    initial: HashState,
  ) {
    this.filters = initial.filters;
    this.browse = new BrowseView(plan.slug, this.filters, neighbourhoods, this.icons, {
      changeFilters: (next, cause) => this.setFilters(next, cause),
      open: (id, trigger) => {
        this.returnFocus = trigger;
        void this.open(id, { push: true, fly: true });
      },
      preview: (c) => {
        if (this.mode === 'browse') this.map?.highlight(c ? c.geometry.coordinates : null);
      },
      more: () => void this.loadMore(),
      follow: (neighbourhood, trigger) => this.startFollow(neighbourhood, trigger),
      tick: (c, on) => this.respond?.tick(c, on),
      mine: (trigger) => void this.showMine(trigger),
    });
    this.accountNav = new AccountNav((me) => this.accountChanged(me));
    this.setupChrome();
    this.startMap(initial);
    this.energy = new Energy(plan.slug, Boolean(this.map), {
      show: (view, proposal) => {
        if (this.mode === 'add') this.stopAdd();
        if (this.mode === 'detail') {
          this.detail = null;
          this.map?.highlight(null);
          this.writeUrl(false);
        }
        this.energyView = view;
        this.proposalId = proposal;
        this.showPanel('energy', true);
        if (this.isPhone) this.setView('list');
        // An open proposal's address is its link: kept through reloads and map moves.
        this.writeUrl(false);
      },
      close: () => {
        this.energy.leave();
        this.energyView = null;
        this.proposalId = null;
        this.showPanel('browse', true);
        this.writeUrl(false);
      },
      announce: (m) => this.announce(m),
      startPlacing: (at) => {
        document.body.dataset.step = 'site';
        this.map?.stopDrawing();
        this.map?.startPlacing(at);
        this.map?.resize();
      },
      stopPlacing: () => {
        if (document.body.dataset.step === 'site') delete document.body.dataset.step;
        this.map?.stopPlacing();
        this.map?.stopDrawing();
        this.map?.resize();
      },
      stopPin: () => this.map?.stopPlacing(),
      draw: async (on) => (this.map ? this.map.drawArea(on) : null),
      clearArea: () => this.map?.stopDrawing(),
      keyboardPlace: () => {
        if (this.isPhone) this.setView('map');
        this.map?.focusForKeyboard();
        this.announce(strings.keyboardPlacing);
      },
      flyTo: (at) => this.map?.moveTo(at, Math.max(this.map.map.getZoom(), 14)),
      proposals: (list) => this.network?.setProposals(list),
      account: (me) => {
        this.network?.reload();
        this.accountNav.show(me);
      },
      substations: async () => (this.network ? this.network.substations() : []),
      showSubstation: (f) => {
        if (!this.network) return;
        if (this.isPhone) this.setView('map');
        this.network.setShown(true);
        const c = (f.geometry as GeoJSON.Point).coordinates as LonLat;
        this.map?.moveTo(c, Math.max(this.map.map.getZoom(), 13));
        this.network.showSubstation(f);
      },
    });
    this.showPanel('browse');
    void this.refreshMatches(false);
    if (!this.map) void this.refreshList();
    if (initial.contribution) void this.open(initial.contribution, { push: false, fly: !initial.view });

    // A proposal's link (#/proposal/{id}) opens it.
    if (initial.proposal) void this.energy.open(initial.proposal);

    subscribe(plan.slug, {
      created: (c) => this.addContribution(c),
      updated: (c) => this.contributionChanged(c),
      hidden: (id) => this.contributionHidden(id),
      proposal: (news) => void this.energy.changed(news),
      reset: () => this.reloadAll(),
    });

    window.addEventListener('popstate', () => this.followHash());
    window.addEventListener('hashchange', () => this.followHash());
  }

  // ---- page chrome ----------------------------------------------------------------------

  private setupChrome(): void {
    document.title = strings.pageTitle(this.plan.title);
    const title = byId('plan-title');
    replace(title, this.plan.title);
    markUserText(title);
    replace(byId('brand'), strings.appName);
    const skip = byId<HTMLAnchorElement>('skip-list');
    skip.addEventListener('click', (ev) => {
      ev.preventDefault();
      this.setView('list');
      focus(this.panel.querySelector<HTMLElement>('.panel-heading'));
    });
    const addButton = byId<HTMLButtonElement>('add-button');
    replace(addButton, strings.addButton);
    addButton.addEventListener('click', () => this.startAdd());
    const energyButton = byId<HTMLButtonElement>('energy-button');
    energyButton.before(this.accountNav.el);
    energyButton.after(
      h('a', { class: 'button groups-link', href: `/p/${encodeURIComponent(this.plan.slug)}/groups` }, tr('map-groups')),
      h('a', { class: 'button groups-link', href: `/p/${encodeURIComponent(this.plan.slug)}/projects` }, tr('projects-link')),
      languagePicker('header-lang', { hideLabel: true }),
    );
    replace(energyButton, energyStrings.headerButton);
    const menuButton = byId<HTMLButtonElement>('menu-button');
    replace(menuButton, strings.menuButton);
    new HeaderMenu(menuButton, byId('header-menu'), this.phone);
    energyButton.addEventListener('click', () => void this.energy.home());
    byId('map-region').setAttribute('aria-label', strings.mapRegion);

    const sw = byId('view-switch');
    sw.setAttribute('aria-label', strings.viewsLabel);
    const mapButton = h('button', { type: 'button', class: 'view-button', 'data-view': 'map', onclick: () => this.setView('map') }, strings.viewMap);
    const listButton = h('button', { type: 'button', class: 'view-button', 'data-view': 'list', onclick: () => this.setView('list') }, strings.viewList);
    replace(sw, mapButton, listButton);
    this.setView('map');
    this.phone.addEventListener('change', () => this.map?.resize());
  }

  /** On a phone: the map or the panel. Elsewhere both are always shown. */
  setView(view: 'map' | 'list'): void {
    document.body.dataset.view = view;
    for (const b of document.querySelectorAll<HTMLButtonElement>('.view-button')) {
      b.setAttribute('aria-pressed', String(b.dataset.view === view));
    }
    if (view === 'map') this.map?.resize();
  }

  private get isPhone(): boolean {
    return this.phone.matches;
  }

  announce(message: string): void {
    // Emptied first so that the same words said twice are still read out.
    this.status.textContent = '';
    window.setTimeout(() => {
      this.status.textContent = message;
    }, 50);
  }

  // ---- map -------------------------------------------------------------------------------

  private startMap(initial: HashState): void {
    try {
      this.map = new WaymarkMap(byId('map'), this.plan, this.plan.bbox, initial.view, {
        select: (id) => {
          this.returnFocus = null;
          if (this.isPhone) this.setView('list');
          void this.open(id, { push: true, fly: false });
        },
        moved: () => this.mapMoved(),
        placed: (at, how) => (this.add ? this.add.placed(at, how) : this.energy.placed(at)),
        leaveKeyboardPlacing: () => focus(this.panel.querySelector<HTMLElement>('.step-where button, .site-field button')),
      });
    } catch (err) {
      console.warn('map unavailable', err);
      this.mapUnavailable();
      return;
    }
    this.map.map.on('error', (ev) => {
      // A missing WebGL context is the one error the page cannot recover from.
      if (String(ev.error?.message ?? '').includes('WebGL')) this.mapUnavailable();
    });
    this.map.map.once('idle', () => {
      this.firstIdle = performance.now();
      // The credits start open; on a small screen they would cover the map.
      if (this.isPhone) {
        const credits = byId('map').querySelector('.maplibregl-ctrl-attrib');
        credits?.classList.remove('maplibregl-compact-show');
        credits?.removeAttribute('open');
      }
    });
    void this.map.ready.then(() => {
      this.applyMapFilters();
      const nb = this.neighbourhoods.find((n) => n.properties.slug === this.filters.neighbourhood);
      if (nb && !initial.view && !initial.contribution) this.map?.fit(bboxOf(nb.geometry), 16);
      void this.refreshList();
      this.icons = spriteIcons(this.map!.map, [...KINDS]);
      this.browse.setIcons(this.icons);
      this.renderLegend();
      this.browse.render(this.list);
      this.network = new NetworkLayers(this.map!.map, this.plan.slug, byId('map-region'), {
        openProposal: (id) => {
          if (this.isPhone) this.setView('list');
          void this.energy.open(id);
        },
        failed: (m) => this.announce(m),
      });
      this.network.setProposals(this.energy.proposals);
    });
  }

  private mapUnavailable(): void {
    this.map = null;
    const region = byId('map-region');
    replace(region, h('p', { class: 'map-failed' }, strings.mapFailed));
    document.body.classList.add('no-map');
    this.browse.setNoMap();
    this.setView('list');
    void this.refreshList();
  }

  private renderLegend(): void {
    const region = byId('map-region');
    region.querySelector('.legend')?.remove();
    const body = h(
      'ul',
      { class: 'legend-items' },
      ...KINDS.map((k) =>
        h('li', {}, this.icons[k] ? h('img', { src: this.icons[k], alt: '', width: 24, height: 24 }) : null, h('span', {}, strings.kindPlural[k])),
      ),
      h('li', {}, this.bubbleSwatch(), h('span', {}, strings.legendBubble)),
      h('li', { class: 'legend-subhead' }, os.ringsHeading),
      ...Object.entries(OUTCOME_COLOURS).map(([status, colour]) => {
        const ring = h('span', { class: 'legend-ring', 'aria-hidden': 'true' });
        ring.style.borderColor = colour;
        return h('li', {}, ring, h('span', {}, os.status[status as keyof typeof os.status]));
      }),
    );
    const open = !this.isPhone;
    const toggle = h('button', { type: 'button', class: 'legend-toggle', 'aria-expanded': String(open) }, strings.legendTitle);
    body.hidden = !open;
    toggle.addEventListener('click', () => {
      body.hidden = !body.hidden;
      toggle.setAttribute('aria-expanded', String(!body.hidden));
    });
    region.append(h('div', { class: 'legend' }, toggle, body));
  }

  /** A bubble as the style draws it (its circle colour), for the key. */
  private bubbleSwatch(): HTMLElement {
    const swatch = h('span', { class: 'legend-bubble', 'aria-hidden': 'true' });
    const colour = this.map?.map.getPaintProperty(LAYER_BUBBLES, 'circle-color');
    if (typeof colour === 'string') swatch.style.backgroundColor = colour;
    return swatch;
  }

  private mapMoved(): void {
    this.writeUrl(false);
    window.clearTimeout(this.moveTimer);
    this.moveTimer = window.setTimeout(() => void this.refreshList(), 250);
  }

  private writeUrl(push: boolean): void {
    writeHash(
      {
        contribution: this.mode === 'detail' ? (this.detail?.id ?? null) : null,
        proposal: this.mode === 'energy' ? this.proposalId : null,
        view: this.map?.view() ?? null,
        filters: this.filters,
      },
      push,
    );
  }

  // ---- filters and the list --------------------------------------------------------------

  private setFilters(next: Filters, cause: FilterCause): void {
    this.filters = next;
    this.writeUrl(false);
    if (cause === 'neighbourhood' && next.neighbourhood) {
      const n = this.neighbourhoods.find((x) => x.properties.slug === next.neighbourhood);
      if (n && this.map) this.map.fit(bboxOf(n.geometry), 16);
    }
    const searching = cause === 'search' && Boolean(next.q.trim());
    void this.refreshMatches(searching);
    // A search is announced with its number of matches; other changes with the list's.
    void this.refreshList(!searching);
  }

  private get filtered(): boolean {
    const f = this.filters;
    return Boolean(f.kinds.length || f.themes.length || f.neighbourhood || f.q.trim() || f.outcomes.length || f.hasAnswer);
  }

  /**
   * Fetches every match of filters the bubbles cannot show (theme, neighbourhood, search),
   * for the map; `fit` moves the map onto them (after a search).
   */
  private async refreshMatches(fit: boolean): Promise<void> {
    const seq = ++this.matchesSeq;
    const f = this.filters;
    const needed = Boolean(f.themes.length || f.neighbourhood || f.q.trim() || f.outcomes.length || f.hasAnswer);
    if (!needed) {
      this.matches = null;
      this.matchIds = null;
      this.list.note = '';
      this.applyMapFilters();
      return;
    }
    try {
      const page = await listContributions(this.plan.slug, f, undefined, MATCHES_MAX);
      if (seq !== this.matchesSeq) return;
      this.matches = page.features;
      this.matchIds = f.neighbourhood || f.q.trim() ? page.features.map((c) => c.id) : null;
      this.list.note = page.next ? strings.mapMatchesCapped(page.features.length) : '';
      this.applyMapFilters();
      if (fit) {
        this.announce(strings.searchFound(page.features.length, Boolean(page.next)));
        if (page.features.length && this.map) this.map.fit(bboxOfPoints(page.features.map((c) => c.geometry.coordinates)), 16);
      }
    } catch (err) {
      if (seq === this.matchesSeq) console.warn('matches failed', err);
    }
  }

  private applyMapFilters(): void {
    this.map?.applyFilters(this.filters, this.matchIds, this.matches);
  }

  private listBBox(): BBox {
    return this.map ? this.map.bounds() : this.plan.bbox;
  }

  /**
   * Loads the list for the map's view and the filters. The same question twice in a row
   * (the map's first settle and its load) is asked once, unless `force` (after a write).
   */
  async refreshList(announce = false, force = false): Promise<void> {
    const query = JSON.stringify([this.filters, this.listBBox().map((n) => n.toFixed(6))]);
    if (!force && !announce && query === this.listQuery) return;
    this.listQuery = query;
    const seq = ++this.listSeq;
    this.list = { ...this.list, loading: true, failed: false, filtered: this.filtered };
    this.browse.render(this.list);
    try {
      const page = await listContributions(this.plan.slug, this.filters, this.listBBox(), LIST_PAGE);
      if (seq !== this.listSeq) return;
      this.listNext = page.next;
      this.list = { ...this.list, items: page.features, loading: false, more: Boolean(page.next) };
      this.browse.render(this.list);
      if (announce) this.announce(this.browse.root.querySelector('.results-summary')?.textContent ?? '');
    } catch (err) {
      if (seq !== this.listSeq) return;
      this.listQuery = '';
      console.warn('list failed', err);
      this.list = { ...this.list, loading: false, failed: true };
      this.browse.render(this.list);
    }
  }

  private async loadMore(): Promise<void> {
    if (!this.listNext) return;
    const firstNew = this.list.items.length;
    try {
      const page = await nextPage(this.listNext);
      this.listNext = page.next;
      this.list = { ...this.list, items: [...this.list.items, ...page.features], more: Boolean(page.next) };
      this.browse.render(this.list);
      focus(this.browse.root.querySelectorAll<HTMLElement>('.cards a')[firstNew] ?? null);
    } catch {
      this.announce(strings.listFailed);
    }
  }

  // ---- panel views -----------------------------------------------------------------------

  private showPanel(mode: Mode, moveFocus = false): void {
    // The list keeps its place while a contribution or the form is open.
    if (this.mode === 'browse' && mode !== 'browse') this.browseScroll = this.panel.scrollTop;
    if (this.mode === 'follow' && mode !== 'follow') this.leaveFollow();
    this.mode = mode;
    if (mode === 'browse') this.mineView = null;
    document.title = strings.pageTitle(this.plan.title);
    document.body.dataset.mode = mode;
    if (mode !== 'energy') {
      this.energy?.leave();
      this.energyView = null;
    }
    const views = { browse: this.browse, detail: this.detail, add: this.add, energy: this.energyView, follow: this.follow, respond: this.respondView, mine: this.mineView };
    const view = views[mode];
    if (!view) return;
    replace(this.panel, view.root);
    this.panel.scrollTop = mode === 'browse' ? this.browseScroll : 0;
    this.panel.setAttribute('aria-labelledby', view.heading.id || (view.heading.id = `panel-heading-${mode}`));
    if (moveFocus) focus(view.heading);
    this.map?.resize();
  }

  /** Opens a contribution in the panel; `fly` moves the map to it. */
  async open(id: string, { push, fly }: { push: boolean; fly: boolean }): Promise<void> {
    if (this.mode === 'add') this.stopAdd();
    let c: Contribution;
    try {
      c = await getContribution(id);
    } catch (err) {
      this.announce(err instanceof ApiError && err.status === 404 ? strings.notFound : strings.loadFailed);
      if (!this.detail) writeHash({ contribution: null, proposal: null, view: this.map?.view() ?? null, filters: this.filters }, false);
      return;
    }
    this.showContribution(c, { push, fly });
  }

  private showContribution(c: Contribution, { push, fly }: { push: boolean; fly: boolean }): void {
    this.detail = new DetailView(c, this.plan.slug, this.neighbourhoods, this.icons, {
      back: () => this.closeDetail(),
      showOnMap: (x) => {
        if (this.isPhone) this.setView('map');
        this.flyToContribution(x);
      },
      announce: (m) => this.announce(m),
      changed: (x) => this.updateListItem(x),
      open: (id) => void this.open(id, { push: true, fly: true }),
    }, picksQuotes(this.me));
    this.showPanel('detail', true);
    document.title = strings.contributionTitle(c.properties.title, this.plan.title);
    this.map?.highlight(c.geometry.coordinates);
    if (fly) this.flyToContribution(c);
    this.writeUrl(push);
  }

  private flyToContribution(c: Contribution): void {
    if (!this.map) return;
    const zoom = Math.max(this.map.map.getZoom(), c.properties.precision === 'neighbourhood' ? PIN_ZOOM + 1 : 15);
    this.map.moveTo(c.geometry.coordinates, zoom);
  }

  private closeDetail(): void {
    this.leaveDetail();
    this.writeUrl(true);
  }

  /** Back to the list, focus on the entry that was opened (or the list's heading). */
  private leaveDetail(): void {
    const id = this.detail?.id;
    this.detail = null;
    this.map?.highlight(null);
    // A contribution opened from "Your contributions" goes back to that list.
    this.showPanel(this.mineView ? 'mine' : 'browse');
    const back = this.returnFocus?.isConnected ? this.returnFocus : id ? this.browse.cardFor(id) : null;
    focus(back ?? this.browse.heading);
  }

  private updateListItem(c: Contribution): void {
    const i = this.list.items.findIndex((x) => x.id === c.id);
    if (i >= 0) {
      this.list.items[i] = c;
      this.browse.render(this.list);
    }
  }

  private followHash(): void {
    const state = parseHash();
    if (JSON.stringify(state.filters) !== JSON.stringify(this.filters)) {
      this.filters = state.filters;
      this.browse.sync(this.filters);
      void this.refreshMatches(false);
      void this.refreshList();
    }
    if (state.proposal && state.proposal !== this.proposalId) void this.energy.open(state.proposal);
    if (state.contribution && state.contribution !== this.detail?.id) {
      void this.open(state.contribution, { push: false, fly: true });
    } else if (!state.contribution && this.mode === 'detail') {
      this.leaveDetail();
    }
  }

  // ---- answering, for responders and admins -------------------------------------------------

  /** Someone signed in or out: the answering tools come or go with the account's role. */
  private accountChanged(me: Me | null): void {
    this.me = me;
    if (picksQuotes(me)) this.detail?.offerQuote();
    // Signing in or out changes whose contributions "Your contributions" lists.
    void this.countMine();
    if (!answers(me)) {
      this.respond?.leave();
      this.respond = null;
      this.browse.setTools(null);
      return;
    }
    if (this.respond) return;
    this.respond = new RespondTools({
      plan: this.plan.slug,
      me,
      mapAvailable: Boolean(this.map),
      announce: (m) => this.announce(m),
      draw: async (on) => (this.map ? this.map.drawArea(on) : null),
      clearArea: () => this.map?.stopDrawing(),
      drawing: (on) => {
        if (on) document.body.dataset.step = 'draw';
        else if (document.body.dataset.step === 'draw') delete document.body.dataset.step;
        this.map?.resize();
      },
      filters: () => this.filters,
      ticking: (ticked) => this.browse.setTicking(ticked),
      showForm: (view) => {
        this.respondView = view;
        this.showPanel('respond', true);
        if (this.isPhone) this.setView('list');
      },
      backToList: (target) => {
        this.respondView = null;
        this.showPanel('browse');
        focus(target);
      },
      published: () => {
        this.map?.refresh();
        void this.refreshList(false, true);
        if (this.matches) void this.refreshMatches(false);
      },
    });
    this.browse.setTools(this.respond.el);
  }

  // ---- your contributions ----------------------------------------------------------------

  /** Opens "Your contributions"; from one of them, Back returns to that list. */
  private async showMine(trigger: HTMLElement): Promise<void> {
    if (this.mode === 'add') this.stopAdd();
    this.detail = null;
    this.map?.highlight(null);
    const view = new MineView(this.plan.slug, {
      back: () => {
        this.mineView = null;
        this.showPanel('browse');
        focus(trigger.isConnected ? trigger : this.browse.heading);
      },
      open: (id, card) => {
        this.returnFocus = card;
        void this.open(id, { push: true, fly: true });
      },
    });
    this.mineView = view;
    this.showPanel('mine', true);
    if (this.isPhone) this.setView('list');
    const n = await view.load();
    if (n != null) this.browse.setMineCount(n);
  }

  /** Counts what this browser or account posted, for the list's "Your contributions (N)". */
  private async countMine(): Promise<void> {
    this.browse.setMineCount(await myContributions(this.plan.slug).then((l) => l.length, () => null));
  }

  // ---- following a place by e-mail ---------------------------------------------------------

  /** Opens the follow form, with `neighbourhood` (or the neighbourhood filter) chosen. */
  startFollow(neighbourhood: string, trigger: HTMLElement | null): void {
    if (this.mode === 'add') this.stopAdd();
    if (this.mode === 'follow') this.leaveFollow();
    this.detail = null;
    this.map?.highlight(null);
    this.followReturn = trigger;
    const chosen = neighbourhood || this.filters.neighbourhood;
    this.follow = new FollowView(this.plan.slug, this.plan.bbox, this.neighbourhoods, chosen, Boolean(this.map), {
      back: () => {
        this.showPanel('browse');
        focus(this.followReturn?.isConnected ? this.followReturn : this.browse.heading);
      },
      announce: (m) => this.announce(m),
      draw: async (on) => (this.map ? this.map.drawArea(on) : null),
      drawing: (on) => {
        if (on) document.body.dataset.step = 'draw';
        else if (document.body.dataset.step === 'draw') delete document.body.dataset.step;
        this.map?.resize();
      },
      clearArea: () => this.map?.stopDrawing(),
      visible: () => this.map?.bounds() ?? null,
    });
    this.showPanel('follow', true);
    if (this.isPhone) this.setView('list');
    this.writeUrl(false);
  }

  private leaveFollow(): void {
    this.follow?.leave();
    this.follow = null;
  }

  // ---- adding ----------------------------------------------------------------------------

  startAdd(): void {
    this.energy.leave();
    this.detail = null;
    this.map?.highlight(null);
    this.add = new AddView(this.plan.slug, this.neighbourhoods, this.icons, Boolean(this.map), {
      keyboardPlace: () => {
        if (this.isPhone) this.setView('map');
        this.map?.focusForKeyboard();
        this.announce(strings.keyboardPlacing);
      },
      placeAt: (at: LonLat) => {
        this.map?.setPin(at, 'drag', false);
        this.map?.moveTo(at, Math.max(this.map.map.getZoom(), 14));
      },
      cancel: () => {
        this.stopAdd();
        this.showPanel('browse', true);
        this.writeUrl(false);
      },
      added: (c) => this.added(c),
      announce: (m) => this.announce(m),
      step: (which) => {
        document.body.dataset.step = which;
        // Placing with the keyboard on a phone showed the map alone; the form is in the panel.
        if (which === 'what' && this.isPhone) this.setView('list');
        this.map?.resize();
      },
    });
    document.body.dataset.step = 'where';
    this.map?.startPlacing(null);
    this.showPanel('add', true);
    if (this.isPhone) this.setView('list');
    this.writeUrl(false);
  }

  private stopAdd(): void {
    this.add = null;
    delete document.body.dataset.step;
    this.map?.stopPlacing();
  }

  /** A new contribution exists: from this page's form, or from the events stream. */
  addContribution(c: Contribution): void {
    this.map?.refresh();
    const [x, y] = c.geometry.coordinates;
    const [w, s, e, n] = this.listBBox();
    if (!this.filtered && x >= w && x <= e && y >= s && y <= n && !this.list.items.some((i) => i.id === c.id)) {
      this.list = { ...this.list, items: [c, ...this.list.items] };
      this.browse.render(this.list);
    }
    if (this.matches && this.filtered) void this.refreshMatches(false);
    void this.refreshList(false, true);
  }

  /** Someone changed or supported a contribution (from the events stream). */
  private contributionChanged(c: Contribution): void {
    const old = this.list.items.find((x) => x.id === c.id);
    // The stream does not know whether this visitor supports it; keep what the list knew.
    this.updateListItem(old && old.properties.supported !== undefined ? { ...c, properties: { ...c.properties, supported: old.properties.supported } } : c);
    if (this.mode === 'detail' && this.detail?.id === c.id) this.detail.outcomeChanged(c);
    // Supports can come in bursts (a workshop): the tiles are fetched again at most once a second.
    if (!this.liveRefresh) {
      this.liveRefresh = window.setTimeout(() => {
        this.liveRefresh = 0;
        this.map?.refresh();
      }, 1000);
    }
  }

  /** The events stream missed what it cannot send: tiles, list, matches and proposals again. */
  private reloadAll(): void {
    this.map?.refresh();
    void this.refreshList(false, true);
    if (this.matches) void this.refreshMatches(false);
    this.energy.reload();
  }

  /** A moderator hid a contribution: it leaves the map, the list and an open detail. */
  private contributionHidden(id: string): void {
    this.map?.refresh();
    const before = this.list.items.length;
    this.list = { ...this.list, items: this.list.items.filter((x) => x.id !== id) };
    if (this.list.items.length !== before) this.browse.render(this.list);
    if (this.matches?.some((x) => x.id === id)) void this.refreshMatches(false);
    if (this.mode === 'detail' && this.detail?.id === id) {
      this.leaveDetail();
      this.writeUrl(false);
      this.announce(strings.hiddenNow);
    }
  }

  private added(c: Contribution): void {
    this.stopAdd();
    this.addContribution(c);
    void this.countMine();
    this.returnFocus = null;
    const { about_you_key: key, ...saved } = c;
    this.showContribution(saved, { push: true, fly: true });
    if (this.map && this.map.map.getZoom() < PIN_ZOOM) this.map.moveTo(c.geometry.coordinates, 15);
    this.announce(c.properties.status === 'pending' ? strings.addedPending : strings.added);
    // The pin is saved and shown; the optional questions follow its title, and skipping
    // them (or leaving) changes nothing.
    const detail = this.detail;
    if (!key || !detail) return;
    const step = new AboutYouStep({
      plan: this.plan.slug,
      key,
      headingLevel: 'h3',
      announce: (m) => this.announce(m),
      done: () => {
        step.root.remove();
        focus(detail.heading);
      },
    });
    const meta = detail.root.querySelector('.detail .meta');
    if (meta) meta.after(step.root);
    else detail.heading.after(step.root);
  }

  /** For the browser tests: the map, and the pins drawn on it now. */
  testHooks(): object {
    const pins = () => (this.map ? this.map.renderedPins() : []);
    return {
      map: this.map?.map ?? null,
      network: () => this.network,
      firstIdle: () => this.firstIdle,
      rtlTextPlugin: rtlTextPluginStatus,
      renderedPins: pins,
      renderedPinIds: (): string[] => [...new Set(pins().map((p) => p.id))],
    };
  }
}

function bboxOfPoints(points: LonLat[]): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

function bboxOf(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): BBox {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return bboxOfPoints(rings.flat() as LonLat[]);
}
