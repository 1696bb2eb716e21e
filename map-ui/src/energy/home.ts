// Community energy's first view: who is signed in, proposing a project, the proposals and,
// for network engineers, their queue and the substations with their headroom.

import { isDno, type Me, type Proposal } from '../api';
import { h, replace, uid } from '../dom';
import type { PanelView } from '../panel';
import { energy as t, strings } from '../strings';
import { heading, QUEUE, statusBadge } from './parts';

export interface HomeHandlers {
  close(): void;
  signIn(): void;
  signOut(): void;
  propose(): void;
  open(id: string): void;
  /** Substations with their figures (network engineers), and showing one's details. */
  substations(): Promise<GeoJSON.Feature[]>;
  showSubstation(f: GeoJSON.Feature): void;
}

export class HomeView implements PanelView {
  readonly root: HTMLElement;
  readonly heading = heading(t.heading);
  private readonly list: HTMLElement;
  private readonly queue: HTMLElement;
  private readonly stations: HTMLElement;

  constructor(
    plan: string,
    private readonly me: Me | null,
    private readonly on: HomeHandlers,
  ) {
    const account = me
      ? h(
          'p',
          { class: 'account' },
          t.signedInAs(me.email, t.roles[me.role] ?? me.role),
          ' ',
          h('button', { type: 'button', class: 'button link-like', onclick: () => on.signOut() }, t.signOut),
        )
      : h('p', { class: 'account' }, h('button', { type: 'button', class: 'button link-like', onclick: () => on.signIn() }, t.signInHeadingPlain));
    const listHeading = h('h3', { id: uid('proposals') }, t.proposalsHeading);
    this.list = h('ul', { class: 'proposal-list', 'aria-labelledby': listHeading.id }, h('li', { class: 'muted' }, strings.loading));
    const queueHeading = h('h3', { id: uid('queue') }, t.queueHeading);
    this.queue = h('ul', { class: 'proposal-list queue', 'aria-labelledby': queueHeading.id });
    const stationsHeading = h('h3', { id: uid('stations') }, t.substationsHeading);
    this.stations = h('ul', { class: 'proposal-list stations', 'aria-labelledby': stationsHeading.id });
    this.root = h(
      'div',
      { class: 'view view-energy' },
      h('button', { type: 'button', class: 'button back', onclick: () => on.close() }, t.backToList),
      this.heading,
      h('p', { class: 'intro' }, t.intro),
      account,
      h('p', {}, h('button', { type: 'button', class: 'button primary', onclick: () => on.propose() }, t.proposeButton)),
      h('p', {}, h('a', { href: `/p/${encodeURIComponent(plan)}/energy-plans` }, t.plansLink)),
      isDno(me) ? h('section', { class: 'dno-queue', 'aria-labelledby': queueHeading.id }, queueHeading, this.queue) : null,
      h('section', { 'aria-labelledby': listHeading.id }, listHeading, this.list),
      isDno(me) ? h('section', { class: 'dno-stations', 'aria-labelledby': stationsHeading.id }, stationsHeading, this.stations) : null,
    );
  }

  /** Fills the lists with the plan's proposals, then (network engineers) the substations. */
  async fill(all: Proposal[]): Promise<void> {
    const item = (p: Proposal) =>
      h(
        'li',
        {},
        h('a', { href: `#/proposal/${p.id}`, onclick: (ev: Event) => (ev.preventDefault(), this.on.open(p.id)) }, p.properties.title),
        ' ',
        statusBadge(p.properties.status),
        h('span', { class: 'muted' }, ` · ${t.technologies[p.properties.technology] ?? p.properties.technology}`),
      );
    replace(this.list, ...(all.length ? all.map(item) : [h('li', { class: 'muted' }, t.noProposals)]));
    const waiting = all.filter((p) => QUEUE.has(p.properties.status));
    replace(this.queue, ...(waiting.length ? waiting.map(item) : [h('li', { class: 'muted' }, t.queueEmpty)]));
    if (!isDno(this.me)) return;
    const stations = await this.on.substations().catch(() => []);
    replace(
      this.stations,
      ...stations.map((f) =>
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
