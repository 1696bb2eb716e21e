// `/present/{code}`: the projector view. A full-screen map with the join code and QR code
// always on screen, running counts by kind and theme, new pins animating in, the spotlight
// pin large with its title, and the facilitator's view followed. The facilitator (signed in,
// and flagged in this tab when they opened the workshop here) also gets the controls, with
// the pins waiting for them to check.

import { languagePicker } from '../i18n';
import { h, replace } from '../dom';
import {
  type Me,
  type Pin,
  type Plan,
  type Summary,
  type Workshop,
  ApiError,
  canFacilitate,
  follow,
  getPin,
  getSummary,
  getWorkshop,
  isFacilitating,
  steer,
  summaryCsvUrl,
} from './api';
import { HeldList } from './held';
import { WorkshopMap, workshopBounds } from './map';
import { KINDS, THEMES, type Kind, type Theme, USER_TEXT, ws } from './strings';

const RECENT = 12;

export class PresentPage {
  private readonly map: WorkshopMap;
  private summary: Summary;
  private recent: Pin[] = [];
  private readonly total = h('p', { class: 'ws-total', id: 'ws-total' });
  private readonly kindList = h('ul', { class: 'ws-counts', id: 'ws-by-kind' });
  private readonly themeList = h('ul', { class: 'ws-counts', id: 'ws-by-theme' });
  private readonly recentList = h('ol', { class: 'ws-recent', id: 'ws-recent' });
  private readonly stateBadge = h('p', { class: 'ws-state', id: 'ws-state', role: 'status' });
  private readonly spotCard = h('section', { class: 'ws-spot', id: 'ws-spot', hidden: true, 'aria-live': 'polite' });
  private readonly announcer = h('div', { id: 'status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private readonly controls: HTMLElement | null;
  private spotSelect: HTMLSelectElement | null = null;
  private held: HeldList | null = null;
  private refreshTimer = 0;

  constructor(
    private workshop: Workshop,
    plan: Plan,
    summary: Summary,
    me: Me | null,
  ) {
    this.summary = summary;
    document.title = ws.presentTitle(workshop.title);
    document.body.classList.add('ws-present-body');
    const joinUrl = new URL(workshop.join_url, location.href);
    const shortUrl = `${joinUrl.host}${joinUrl.pathname}`;
    const mapBox = h('div', { class: 'ws-present-map', id: 'map' });
    const facilitator = canFacilitate(me) && isFacilitating(workshop.code);
    this.controls = facilitator ? this.buildControls() : null;
    const panel = h(
      'aside',
      { class: 'ws-panel', 'aria-label': ws.workshopLabel },
      h('h1', { class: 'ws-present-title', ...USER_TEXT }, workshop.title),
      languagePicker('ws-lang'),
      this.stateBadge,
      h(
        'section',
        { class: 'ws-joinbox', 'aria-labelledby': 'ws-join-h' },
        h('h2', { id: 'ws-join-h', class: 'visually-hidden' }, ws.joinCode),
        h('img', { class: 'ws-qr', src: workshop.qr_svg, alt: ws.qrAlt(workshop.code, shortUrl), width: 220, height: 220 }),
        h(
          'div',
          {},
          h('p', { class: 'ws-joinat' }, ws.joinAt, ' ', h('strong', { translate: 'no' }, shortUrl)),
          h('p', { class: 'ws-code-label' }, ws.joinCode),
          h('p', { class: 'ws-code', id: 'ws-code', translate: 'no' }, workshop.code),
        ),
      ),
      // The join code and QR code stay put; only what is below them scrolls.
      h(
        'div',
        { class: 'ws-panel-scroll', role: 'region', tabindex: 0, 'aria-label': ws.pinsAdded },
        h(
        'section',
        { class: 'ws-tally', 'aria-labelledby': 'ws-tally-h' },
        h('h2', { id: 'ws-tally-h' }, ws.pinsAdded),
        this.total,
        h('div', { class: 'ws-tally-cols' }, h('div', {}, h('h3', {}, ws.byKind), this.kindList), h('div', {}, h('h3', {}, ws.byTheme), this.themeList)),
      ),
      h('section', { class: 'ws-latest', 'aria-labelledby': 'ws-latest-h' }, h('h2', { id: 'ws-latest-h' }, ws.recentHeading), this.recentList),
      ),
    );
    replace(document.body, h('main', { class: 'ws-present', id: 'main' }, mapBox, this.spotCard, this.controls, panel, this.announcer));
    if (workshop.questions.length) {
      panel.insertBefore(h('ul', { class: 'ws-present-questions' }, ...workshop.questions.map((q) => h('li', USER_TEXT, q))), this.stateBadge.nextSibling);
    }
    this.map = new WorkshopMap(mapBox, plan.slug, workshopBounds(workshop, plan), ws.mapLabel);
    window.__waymark = {
      map: this.map.map,
      renderedPinIds: () => this.map.pinIds(),
      renderedPins: () => [],
      workshop: () => this.workshop,
    };
    this.renderCounts();
    this.renderRecent();
    this.renderState();
    void this.held?.load();
    void this.map.ready.then(() => {
      if (workshop.view) this.map.follow(workshop.view);
      void this.renderSpotlight();
    });
    follow(workshop.plan, {
      created: (pin) => this.onCreated(pin),
      updated: (pin) => this.onUpdated(pin),
      hidden: (id) => this.onHidden(id),
      workshop: (w) => this.onWorkshop(w),
      reset: () => this.reload(),
    });
  }

  /** Events were missed that the server cannot send: the workshop, counts, tiles and held pins again. */
  private reload(): void {
    getWorkshop(this.workshop.code)
      .then((w) => this.onWorkshop(w))
      .catch(() => undefined);
    this.refreshSoon();
    this.map.reloadTiles();
    void this.held?.load();
  }

  /** A pin of this workshop? Events carry `workshop` where the server sends it. */
  private ours(pin: Pin): boolean {
    const w = pin.properties.workshop;
    return w === undefined || w === null ? true : w === this.workshop.code;
  }

  /** A pin the event stream says is of this very workshop (held pins always say). */
  private pinnedHere(pin: Pin): boolean {
    return pin.properties.workshop === this.workshop.code;
  }

  private onCreated(pin: Pin): void {
    if (this.pinnedHere(pin)) this.held?.seen(pin);
    if (pin.properties.status !== 'published' || !this.ours(pin)) return;
    if (this.recent.some((p) => p.id === pin.id)) return;
    this.recent.unshift(pin);
    this.recent = this.recent.slice(0, 50);
    // Count at once, then let the server's summary (the workshop's own pins) correct it.
    this.summary.total += 1;
    this.summary.kind[pin.properties.kind] = (this.summary.kind[pin.properties.kind] ?? 0) + 1;
    for (const t of pin.properties.themes) this.summary.theme[t] = (this.summary.theme[t] ?? 0) + 1;
    this.map.addPin(pin, true);
    this.renderCounts();
    this.renderRecent(pin.id);
    this.say(ws.newPin(pin.properties.title, pin.properties.display_name));
    this.refreshSoon();
  }

  private onUpdated(pin: Pin): void {
    if (this.pinnedHere(pin)) this.held?.seen(pin);
    const i = this.recent.findIndex((p) => p.id === pin.id);
    if (i < 0) return;
    this.recent[i] = pin;
    this.map.addPin(pin, false);
    this.renderRecent();
  }

  private onHidden(id: string): void {
    this.held?.gone(id);
    const before = this.recent.length;
    this.recent = this.recent.filter((p) => p.id !== id);
    this.map.removePin(id);
    if (before !== this.recent.length) {
      this.renderRecent();
      this.refreshSoon();
    }
    if (this.workshop.spotlight === id) void this.renderSpotlight();
  }

  private onWorkshop(w: Workshop): void {
    if (w.code !== this.workshop.code) return;
    const before = this.workshop;
    this.workshop = w;
    if (before.status !== w.status || before.moderation !== w.moderation) this.renderState();
    this.held?.setChecking(w.moderation === 'pre');
    if (JSON.stringify(before.view) !== JSON.stringify(w.view)) this.map.follow(w.view);
    if (before.spotlight !== w.spotlight) void this.renderSpotlight();
  }

  private refreshSoon(): void {
    window.clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(() => {
      getSummary(this.workshop.code)
        .then((s) => {
          // Events follow commits, so the summary read after one includes it; and it counts
          // only this workshop's published pins, which an event cannot yet say.
          this.summary = s;
          this.renderCounts();
        })
        .catch(() => undefined);
    }, 800);
  }

  private say(text: string): void {
    this.announcer.textContent = text;
  }

  private renderCounts(): void {
    this.total.textContent = String(this.summary.total);
    const row = (label: string, n: number, key: string) =>
      h('li', { 'data-key': key }, h('span', { class: 'ws-count-label' }, label), h('span', { class: 'ws-count' }, String(n)));
    replace(this.kindList, ...KINDS.map((k: Kind) => row(ws.kindPlural[k], this.summary.kind[k] ?? 0, k)));
    const themes = THEMES.filter((t: Theme) => (this.summary.theme[t] ?? 0) > 0).sort(
      (a, b) => (this.summary.theme[b] ?? 0) - (this.summary.theme[a] ?? 0),
    );
    replace(this.themeList, ...(themes.length ? themes.map((t) => row(ws.theme[t], this.summary.theme[t] ?? 0, t)) : [h('li', { class: 'ws-muted' }, '–')]));
  }

  private renderRecent(fresh?: string): void {
    if (this.recent.length === 0) {
      replace(this.recentList, h('li', { class: 'ws-muted' }, ws.noPinsYet));
    } else {
      replace(
        this.recentList,
        ...this.recent.slice(0, RECENT).map((p) =>
          h(
            'li',
            { 'data-id': p.id, 'data-kind': p.properties.kind, class: p.id === fresh ? 'ws-fresh' : '' },
            h('span', { class: 'ws-kind-dot', 'aria-hidden': 'true' }),
            h('span', { class: 'ws-recent-title', ...USER_TEXT }, p.properties.title),
            h(
              'span',
              { class: 'ws-recent-meta' },
              ws.kind[p.properties.kind],
              ' · ',
              p.properties.display_name ? h('span', USER_TEXT, p.properties.display_name) : ws.anonymous,
            ),
          ),
        ),
      );
    }
    if (this.spotSelect) {
      const chosen = this.spotSelect.value;
      replace(
        this.spotSelect,
        h('option', { value: '' }, ws.spotlightNone),
        ...this.recent.map((p) => h('option', { value: p.id, ...USER_TEXT }, ws.spotlightOption(p.properties.title, p.properties.display_name))),
      );
      this.spotSelect.value = this.recent.some((p) => p.id === chosen) ? chosen : '';
    }
  }

  private renderState(): void {
    const w = this.workshop;
    const parts: string[] = [];
    if (w.status === 'paused') parts.push(ws.statusPaused);
    if (w.status === 'ended') parts.push(ws.statusEnded);
    if (w.moderation === 'pre' && w.status !== 'ended') parts.push(ws.statusPre);
    this.stateBadge.textContent = parts.join(' · ');
    this.stateBadge.hidden = parts.length === 0;
    document.body.dataset.workshop = w.status;
    if (this.controls) {
      const pause = this.controls.querySelector<HTMLButtonElement>('#ws-pause');
      if (pause) {
        pause.textContent = w.status === 'paused' ? ws.resume : ws.pause;
        pause.setAttribute('aria-pressed', String(w.status === 'paused'));
      }
      const pre = this.controls.querySelector<HTMLButtonElement>('#ws-pre');
      if (pre) {
        pre.textContent = ws.preOn;
        pre.setAttribute('aria-pressed', String(w.moderation === 'pre'));
      }
      // Held pins can still be checked once the workshop has ended.
      this.controls
        .querySelectorAll<HTMLButtonElement>('.ws-control-row button, .ws-spot-form button')
        .forEach((b) => (b.disabled = w.status === 'ended'));
    }
  }

  private async renderSpotlight(): Promise<void> {
    const id = this.workshop.spotlight;
    let pin: Pin | null = null;
    if (id) pin = this.recent.find((p) => p.id === id) ?? (await getPin(id).catch(() => null));
    if (!pin || this.workshop.spotlight !== id) {
      this.spotCard.hidden = true;
      this.map.spotlight(null, '');
      return;
    }
    replace(
      this.spotCard,
      h('p', { class: 'ws-spot-label' }, `${ws.spotlight} · ${ws.kind[pin.properties.kind]}`),
      h('h2', { class: 'ws-spot-title', ...USER_TEXT }, pin.properties.title),
      pin.properties.body ? h('p', { class: 'ws-spot-body', ...USER_TEXT }, pin.properties.body) : null,
      pin.properties.display_name ? h('p', { class: 'ws-spot-by', ...USER_TEXT }, pin.properties.display_name) : h('p', { class: 'ws-spot-by' }, ws.anonymous),
    );
    this.spotCard.hidden = false;
    this.map.spotlight(pin, pin.properties.title);
    const to = { center: pin.geometry.coordinates, zoom: Math.max(this.map.map.getZoom(), 14) };
    this.map.follow(to);
  }

  private buildControls(): HTMLElement {
    const message = h('p', { class: 'ws-control-msg', role: 'status' });
    const run = async (change: Parameters<typeof steer>[1], done?: string) => {
      try {
        const w = await steer(this.workshop.code, change);
        this.onWorkshop(w);
        message.textContent = done ?? '';
      } catch (err) {
        message.textContent = ws.steerFailed(err instanceof ApiError ? err.message : String(err));
      }
    };
    this.spotSelect = h('select', { id: 'ws-spot-select' }, h('option', { value: '' }, ws.spotlightNone));
    this.held = new HeldList(this.workshop.code, (text) => this.say(text));
    this.held.setChecking(this.workshop.moderation === 'pre');
    return h(
      'details',
      { class: 'ws-controls', open: true },
      h('summary', {}, ws.controlsHeading),
      h(
        'form',
        {
          class: 'ws-spot-form',
          onsubmit: (ev: SubmitEvent) => {
            ev.preventDefault();
            void run({ spotlight: this.spotSelect?.value || null });
          },
        },
        h('label', { for: 'ws-spot-select' }, ws.spotlightChoose),
        this.spotSelect,
        h('button', { type: 'submit', class: 'button' }, ws.spotlightApply),
      ),
      h(
        'div',
        { class: 'ws-control-row' },
        h('button', { type: 'button', class: 'button', id: 'ws-steer', onclick: () => void run({ view: this.map.currentView() }, ws.steered) }, ws.steer),
        h(
          'button',
          { type: 'button', class: 'button', id: 'ws-pause', 'aria-pressed': 'false', onclick: () => void run({ status: this.workshop.status === 'paused' ? 'open' : 'paused' }) },
          ws.pause,
        ),
        h(
          'button',
          { type: 'button', class: 'button', id: 'ws-pre', 'aria-pressed': 'false', onclick: () => void run({ moderation: this.workshop.moderation === 'pre' ? 'post' : 'pre' }) },
          ws.preOn,
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button ws-danger',
            id: 'ws-end',
            onclick: () => {
              if (window.confirm(ws.endConfirm)) void run({ status: 'ended' });
            },
          },
          ws.end,
        ),
      ),
      this.held.root,
      h('p', {}, h('a', { href: summaryCsvUrl(this.workshop.code), download: `workshop-${this.workshop.code}.csv`, id: 'ws-csv' }, ws.summaryCsv)),
      message,
    );
  }
}
