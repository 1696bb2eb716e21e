// What the address bar keeps: the plan (in the path), an open contribution (`#/c/{id}`) or
// community-energy proposal (`#/proposal/{id}`), the
// map view (`map=zoom/lat/lon`) and the filters, so that any view can be shared as a link.
// The hash reads `#/c/{id}&map=14.2/52.04/-0.759&kind=idea&outcome=planned&answered=1`; a bare
// `#/c/{id}` works alike.

import type { Filters } from './api';
import { STATUSES, type OutcomeStatus } from './outcomes/strings';
import { KINDS, THEMES, type Kind, type Theme } from './strings';

export const DEFAULT_PLAN = 'milton-keynes';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface HashState {
  contribution: string | null;
  proposal: string | null;
  view: MapView | null;
  filters: Filters;
}

/** The plan slug from `/p/{plan}`; the default plan anywhere else. */
export function planFromPath(pathname = location.pathname): string {
  const m = /^\/p\/([^/]+)\/?$/.exec(pathname);
  return m ? decodeURIComponent(m[1]) : DEFAULT_PLAN;
}

/** Filters that show everything. */
export function noFilters(): Filters {
  return { kinds: [], themes: [], neighbourhood: '', q: '', outcomes: [], hasAnswer: false };
}

export function parseHash(hash = location.hash): HashState {
  const state: HashState = {
    contribution: null,
    proposal: null,
    view: null,
    filters: noFilters(),
  };
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part) continue;
    const route = /^\/c\/([0-9a-fA-F-]{36})$/.exec(part);
    if (route) {
      state.contribution = route[1].toLowerCase();
      continue;
    }
    const proposal = /^\/proposal\/([0-9a-fA-F-]{36})$/.exec(part);
    if (proposal) {
      state.proposal = proposal[1].toLowerCase();
      continue;
    }
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      continue;
    }
    if (key === 'map') {
      const [zoom, lat, lon] = value.split('/').map(Number);
      if ([zoom, lat, lon].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
        state.view = { zoom, lat, lon };
      }
    } else if (key === 'kind') {
      state.filters.kinds = value.split(',').filter((k): k is Kind => (KINDS as string[]).includes(k));
    } else if (key === 'theme') {
      state.filters.themes = value.split(',').filter((t): t is Theme => (THEMES as string[]).includes(t));
    } else if (key === 'nb') {
      state.filters.neighbourhood = value;
    } else if (key === 'q') {
      state.filters.q = value;
    } else if (key === 'outcome') {
      state.filters.outcomes = value.split(',').filter((o): o is OutcomeStatus => (STATUSES as string[]).includes(o));
    } else if (key === 'answered') {
      state.filters.hasAnswer = value === '1';
    }
  }
  return state;
}

export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.contribution) parts.push(`/c/${state.contribution}`);
  else if (state.proposal) parts.push(`/proposal/${state.proposal}`);
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    const digits = Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
    const m = 10 ** digits;
    const r = (n: number) => Math.round(n * m) / m;
    parts.push(`map=${Math.round(zoom * 100) / 100}/${r(lat)}/${r(lon)}`);
  }
  const f = state.filters;
  if (f.kinds.length) parts.push(`kind=${f.kinds.join(',')}`);
  if (f.themes.length) parts.push(`theme=${f.themes.join(',')}`);
  if (f.neighbourhood) parts.push(`nb=${encodeURIComponent(f.neighbourhood)}`);
  if (f.q.trim()) parts.push(`q=${encodeURIComponent(f.q.trim())}`);
  if (f.outcomes.length) parts.push(`outcome=${f.outcomes.join(',')}`);
  if (f.hasAnswer) parts.push('answered=1');
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * Writes the hash. Opening or closing a contribution is a new history entry (so Back
 * closes it); moving the map or changing filters replaces the current one.
 */
export function writeHash(state: HashState, push: boolean): void {
  const hash = formatHash(state);
  if (hash === location.hash || (hash === '' && location.hash === '')) return;
  const url = location.pathname + location.search + hash;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
