// The Waymark REST API as the map UI uses it: typed requests, problem+json errors as values.

import type { Outcome } from './outcomes/api';
import type { OutcomeStatus } from './outcomes/strings';
import type { Kind, Precision, Theme } from './strings';

export type LonLat = [number, number];
export type BBox = [number, number, number, number];

export interface Plan {
  slug: string;
  title: string;
  description: string;
  bbox: BBox;
  boundary: GeoJSON.MultiPolygon | GeoJSON.Polygon | null;
}

export interface NeighbourhoodProps {
  slug: string;
  name: string;
  centre: LonLat;
  contribution_count: number;
}
export type Neighbourhood = GeoJSON.Feature<GeoJSON.MultiPolygon | GeoJSON.Polygon, NeighbourhoodProps>;

export interface ContributionProps {
  plan: string;
  neighbourhood: string | null;
  kind: Kind;
  themes: Theme[];
  title: string;
  body: string;
  display_name: string | null;
  precision: Precision;
  status: string;
  support_count: number;
  reply_count: number;
  created_at: string;
  updated_at: string;
  supported?: boolean;
  /** The language it is written in (a BCP 47 tag), when known. */
  lang?: string | null;
  /** What became of it (organisations' answers). */
  outcome?: Outcome;
}
export interface Contribution {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: LonLat };
  properties: ContributionProps;
  /** Only on a write's own answer: the one-time key to answer "about you". */
  about_you_key?: string;
}
export interface ContributionPage {
  type: 'FeatureCollection';
  features: Contribution[];
  numberReturned: number;
  next?: string;
}

export interface Reply {
  id: string;
  body: string;
  display_name: string | null;
  created_at: string;
}

export interface NewContribution {
  position: LonLat;
  kind: Kind;
  themes: Theme[];
  title: string;
  body: string;
  display_name: string;
  precision: Precision;
}

export interface FieldError {
  field: string;
  message: string;
}

/** Of a 409 `illegal_transition`: an item, where it is, and where it may go. */
export interface RefusedStep {
  id: string;
  status: OutcomeStatus;
  allowed: OutcomeStatus[];
}

/** An API answer that is not a success: problem+json when the server sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly errors: FieldError[] = [],
    readonly refused: RefusedStep[] = [],
  ) {
    super(detail);
  }
  /** True when the request never reached the server. */
  get offline(): boolean {
    return this.status === 0;
  }
}

export interface Filters {
  kinds: Kind[];
  themes: Theme[];
  neighbourhood: string;
  q: string;
  /** Outcomes to show (none: any). */
  outcomes: OutcomeStatus[];
  /** Only contributions an organisation has answered. */
  hasAnswer: boolean;
}

/** Fetches JSON from this server; a refusal becomes an ApiError with the problem's code. */
export async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  // The server's cross-site defence: a write carrying the visitor cookie must say it comes
  // from a script of this site, which a form on another site cannot.
  if (method !== 'GET' && method !== 'HEAD') headers.set('X-Requested-With', 'waymark');
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', ...init, headers });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'offline', (err as Error).message);
  }
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await res.json().catch(() => null) : null;
  // An abort while the body was being read leaves no body: say so, rather than hand back null.
  init.signal?.throwIfAborted();
  if (!res.ok) {
    const p = (body ?? {}) as { code?: string; detail?: string; errors?: FieldError[]; refused?: RefusedStep[] };
    throw new ApiError(res.status, p.code ?? `http_${res.status}`, p.detail ?? res.statusText, p.errors ?? [], p.refused ?? []);
  }
  // 202 Accepted and 204 No Content may come without a body.
  if (body === null && res.status !== 202 && res.status !== 204) throw new ApiError(res.status, 'bad_response', 'the answer was not JSON');
  return body as T;
}

const enc = encodeURIComponent;

/** The plan's MapLibre style: the basemap it chose, centred on it. */
export function styleUrl(plan: string): string {
  return `/style.json?plan=${encodeURIComponent(plan)}`;
}

export function getPlan(plan: string, signal?: AbortSignal): Promise<Plan> {
  return request(`/api/v1/plans/${enc(plan)}`, { signal });
}

export async function getNeighbourhoods(plan: string, signal?: AbortSignal): Promise<Neighbourhood[]> {
  const fc = await request<GeoJSON.FeatureCollection>(`/api/v1/plans/${enc(plan)}/neighbourhoods`, { signal });
  return fc.features as Neighbourhood[];
}

/** The query string of a contributions list: the filters, and a bbox when given. */
export function contributionsQuery(filters: Filters, bbox?: BBox, limit = 50): string {
  const p = new URLSearchParams();
  if (bbox) p.set('bbox', bbox.map((n) => n.toFixed(6)).join(','));
  if (filters.kinds.length) p.set('kind', filters.kinds.join(','));
  if (filters.themes.length) p.set('theme', filters.themes.join(','));
  if (filters.neighbourhood) p.set('neighbourhood', filters.neighbourhood);
  if (filters.q.trim()) p.set('q', filters.q.trim());
  if (filters.outcomes.length) p.set('outcome', filters.outcomes.join(','));
  if (filters.hasAnswer) p.set('has_answer', 'true');
  p.set('limit', String(limit));
  return p.toString();
}

export function listContributions(
  plan: string,
  filters: Filters,
  bbox: BBox | undefined,
  limit: number,
  signal?: AbortSignal,
): Promise<ContributionPage> {
  return request(`/api/v1/plans/${enc(plan)}/contributions?${contributionsQuery(filters, bbox, limit)}`, {
    signal,
  });
}

/** The next page of a list, from its `next` link (kept on this origin). */
export function nextPage(next: string, signal?: AbortSignal): Promise<ContributionPage> {
  const url = new URL(next, location.href);
  return request(url.pathname + url.search, { signal });
}

/** What this account, else this browser's visitor cookie, posted to the plan (newest first). */
export async function myContributions(plan: string): Promise<Contribution[]> {
  return (await request<ContributionPage>(`/api/v1/plans/${enc(plan)}/contributions/mine`)).features;
}

export function getContribution(id: string, signal?: AbortSignal): Promise<Contribution> {
  return request(`/api/v1/contributions/${enc(id)}`, { signal });
}

export function postContribution(plan: string, c: NewContribution, idempotencyKey: string): Promise<Contribution> {
  const feature = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: c.position },
    properties: {
      kind: c.kind,
      themes: c.themes,
      title: c.title,
      body: c.body,
      display_name: c.display_name.trim() ? c.display_name : null,
      precision: c.precision,
    },
  };
  return request(`/api/v1/plans/${enc(plan)}/contributions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/geo+json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(feature),
  });
}

export async function getReplies(id: string, signal?: AbortSignal): Promise<Reply[]> {
  return (await request<{ replies: Reply[] }>(`/api/v1/contributions/${enc(id)}/replies`, { signal })).replies;
}

export function postReply(id: string, body: string, displayName: string, idempotencyKey: string): Promise<Reply> {
  return request(`/api/v1/contributions/${enc(id)}/replies`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify({ body, display_name: displayName.trim() ? displayName : null }),
  });
}

export function setSupport(id: string, support: boolean): Promise<{ supported: boolean; support_count: number }> {
  return request(`/api/v1/contributions/${enc(id)}/support`, { method: support ? 'PUT' : 'DELETE' });
}

/** Whether the monthly dialogue report quotes a contribution (mobilisers and admins). */
export function getFeatured(id: string): Promise<{ featured: boolean }> {
  return request(`/api/v1/contributions/${enc(id)}/featured`);
}

export function setFeatured(id: string, featured: boolean): Promise<{ featured: boolean }> {
  return request(`/api/v1/contributions/${enc(id)}/featured`, { method: featured ? 'PUT' : 'DELETE' });
}

/** A fresh key per submission, so that a retried request never makes a second pin. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

// ---- following a place by e-mail ----------------------------------------------------------

export type Frequency = 'weekly' | 'daily';

/** What to follow: a neighbourhood by its slug, or an area drawn on the map. */
export type Followed = { neighbourhood: string } | { area: GeoJSON.Polygon };

/**
 * Asks for a confirmation mail. The answer is the same whether or not the address already
 * follows the place, so it says only that a mail may be on its way.
 */
export function postSubscription(
  plan: string,
  email: string,
  followed: Followed,
  frequency: Frequency,
): Promise<{ status: string; detail: string }> {
  return request(`/api/v1/plans/${enc(plan)}/subscriptions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, ...followed, frequency }),
  });
}

// ---- accounts ----------------------------------------------------------------------------

export type Role = 'resident' | 'mobiliser' | 'facilitator' | 'moderator' | 'dno_engineer' | 'council_officer' | 'admin' | 'responder' | 'data_officer';
export interface Me {
  id: string;
  email: string;
  display_name: string | null;
  role: Role;
  /** The organisation a responder answers for. */
  organisation?: { slug: string; name: string; plan: string };
}

/** The signed-in account, or null for a visitor. */
export async function getMe(): Promise<Me | null> {
  try {
    return await request<Me>('/api/v1/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export async function login(email: string, password: string): Promise<Me> {
  await request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }).catch((err) => {
    // A sign-in answered with no body is still a success.
    if (err instanceof ApiError && err.code === 'bad_response') return null;
    throw err;
  });
  const me = await getMe();
  if (!me) throw new ApiError(401, 'invalid_credentials', 'not signed in');
  return me;
}

export async function logout(): Promise<void> {
  await request('/api/v1/auth/logout', { method: 'POST' }).catch((err) => {
    if (!(err instanceof ApiError && err.code === 'bad_response')) throw err;
  });
}

export const isDno = (me: Me | null): boolean => me?.role === 'dno_engineer' || me?.role === 'admin';
/** Mobilisers (and admins) choose the quotes of the monthly dialogue report. */
export const picksQuotes = (me: Me | null): boolean => me?.role === 'mobiliser' || me?.role === 'admin';

// ---- network and proposals -----------------------------------------------------------------

export type Rag = 'green' | 'amber' | 'red';
export type Technology = 'solar_pv' | 'wind' | 'battery' | 'heat_pump' | 'ev_charging' | 'heat_network' | 'efficiency';
export type Decision = 'can_connect' | 'needs_study' | 'needs_reinforcement' | 'cannot_connect';

export interface Feasibility {
  rag: Rag;
  substation: string | null;
  explanation: string;
  /** `available` (exact) only for DNO engineers and admins; `band` for the substation's own checks. */
  checks: { name: string; needed: number; available?: number; band?: string; rag: Rag }[];
}

export interface ProposalHistory {
  from_status: string | null;
  to_status: string;
  actor: string | null;
  note: string | null;
  at: string;
}
export interface ProposalResponse {
  decision: Decision;
  cost_band: string | null;
  timescale: string | null;
  conditions: string | null;
  notes: string | null;
  created_at: string;
}
export interface ProposalProps {
  plan: string;
  title: string;
  technology: Technology;
  status: string;
  capacity_kw: number;
  export_kw: number;
  import_kw: number;
  phases: number;
  group_name: string | null;
  description: string | null;
  created_at: string;
  updated_at: string;
  /** The statuses the person asking may move it to now (none for most people). */
  next_steps: string[];
  history?: ProposalHistory[];
  responses?: ProposalResponse[];
}
export interface Proposal {
  type: 'Feature';
  id: string;
  geometry: GeoJSON.Point | GeoJSON.Polygon;
  properties: ProposalProps;
}

export interface NewProposal {
  title: string;
  technology: Technology;
  capacity_kw: number | null;
  export_kw: number | null;
  import_kw: number | null;
  phases: number;
  site: GeoJSON.Point | GeoJSON.Polygon;
  group_name: string;
  description: string;
  draft: boolean;
}

export interface NewResponse {
  decision: Decision;
  cost_band: string;
  timescale: string;
  conditions: string;
  notes: string;
}

export function getNetwork(plan: string, signal?: AbortSignal): Promise<GeoJSON.FeatureCollection & { detail?: string }> {
  return request(`/api/v1/plans/${enc(plan)}/network`, { signal });
}

export async function listProposals(plan: string, signal?: AbortSignal): Promise<Proposal[]> {
  return (await request<{ features: Proposal[] }>(`/api/v1/plans/${enc(plan)}/proposals`, { signal })).features;
}

export function getProposal(id: string, signal?: AbortSignal): Promise<Proposal> {
  return request(`/api/v1/proposals/${enc(id)}`, { signal });
}

export function getFeasibility(id: string, signal?: AbortSignal): Promise<Feasibility> {
  return request(`/api/v1/proposals/${enc(id)}/feasibility`, { signal });
}

export function previewFeasibility(
  at: LonLat,
  technology: Technology,
  exportKw: number,
  importKw: number,
  phases: number,
  signal?: AbortSignal,
): Promise<Feasibility> {
  const p = new URLSearchParams({
    lon: at[0].toFixed(6),
    lat: at[1].toFixed(6),
    technology,
    export_kw: String(exportKw),
    import_kw: String(importKw),
    phases: String(phases),
  });
  return request(`/api/v1/feasibility?${p}`, { signal });
}

export function postProposal(plan: string, p: NewProposal): Promise<Proposal> {
  return request(`/api/v1/plans/${enc(plan)}/proposals`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...p, group_name: p.group_name.trim() || null, description: p.description.trim() || null }),
  });
}

/** Moves a proposal to `to`; resolves to the proposal now. */
export function postTransition(id: string, to: string, note: string | null): Promise<Proposal> {
  return request(`/api/v1/proposals/${enc(id)}/transitions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ to, note }),
  });
}

export function postResponse(id: string, r: NewResponse): Promise<unknown> {
  const blank = (s: string) => (s.trim() ? s.trim() : null);
  return request(`/api/v1/proposals/${enc(id)}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      decision: r.decision,
      cost_band: blank(r.cost_band),
      timescale: blank(r.timescale),
      conditions: blank(r.conditions),
      notes: blank(r.notes),
    }),
  });
}
