// What the community energy views share: their heading, a proposal's status badge, the
// feasibility block, the statuses that wait for the network operator, and where a site is.

import type { Feasibility, LonLat, Proposal } from '../api';
import { h, uid } from '../dom';
import { energy as t } from '../strings';

/** The statuses in the network operator's queue: the proposal waits for their answer. */
export const QUEUE = new Set(['submitted', 'under_review']);

export function heading(text: string): HTMLHeadingElement {
  return h('h2', { class: 'panel-heading', tabindex: -1, id: uid('energy-heading') }, text);
}

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `status-badge status-${status}` }, t.statuses[status] ?? status);
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

/** Where the map goes for a proposal: its point, or the middle of its outline. */
export function siteOf(p: Proposal): LonLat {
  const g = p.geometry;
  return g.type === 'Point' ? (g.coordinates as LonLat) : ringMiddle(g.coordinates[0] as LonLat[]);
}

/** The mean of a closed ring's corners (the closing repeat of the first not counted twice). */
export function ringMiddle(ring: LonLat[]): LonLat {
  const corners = ring.length > 1 ? ring.slice(0, -1) : ring;
  const n = corners.length || 1;
  return [corners.reduce((s, c) => s + c[0], 0) / n, corners.reduce((s, c) => s + c[1], 0) / n];
}
