// The parts of /api/v1 the workshop pages use: workshops, posting a pin into one, the
// facilitator's sign-in and the plan's event stream. Writes send X-Requested-With.

import { ApiError, request } from '../api';
import type { Kind, Theme } from './strings';

export { ApiError };

export type LonLat = [number, number];

export interface FieldError {
  field: string;
  message: string;
}

export interface WorkshopView {
  center: LonLat;
  zoom: number;
}

export interface Workshop {
  id: string;
  plan: string;
  code: string;
  title: string;
  starts_at: string | null;
  focus: GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
  questions: string[];
  status: 'open' | 'paused' | 'ended';
  moderation: 'pre' | 'post';
  spotlight: string | null;
  view: WorkshopView | null;
  join_url: string;
  present_url: string;
  qr_svg: string;
}

export interface Summary {
  total: number;
  kind: Record<string, number>;
  theme: Record<string, number>;
  neighbourhood: Record<string, number>;
}

export interface Plan {
  slug: string;
  title: string;
  bbox: [number, number, number, number];
}

export interface Pin {
  type: 'Feature';
  id: string;
  /** Only on the write's own answer: the one-time key to answer "about you". */
  about_you_key?: string;
  geometry: { type: 'Point'; coordinates: LonLat };
  properties: {
    kind: Kind;
    themes: Theme[];
    title: string;
    body: string;
    display_name: string | null;
    status: string;
    created_at?: string;
    workshop?: string | null;
  };
}

export interface Neighbourhood {
  slug: string;
  name: string;
  centre: LonLat;
}

export interface Me {
  id: string;
  email: string;
  role: string;
}

const enc = encodeURIComponent;

export const getWorkshop = (code: string) => request<Workshop>(`/api/v1/workshops/${enc(code)}`);
export const getSummary = (code: string) => request<Summary>(`/api/v1/workshops/${enc(code)}/summary`);
export const summaryCsvUrl = (code: string) => `/api/v1/workshops/${enc(code)}/summary?format=csv`;
export const getPlan = (slug: string) => request<Plan>(`/api/v1/plans/${enc(slug)}`);
export const getPin = (id: string) => request<Pin>(`/api/v1/contributions/${enc(id)}`);

export async function getNeighbourhoods(plan: string): Promise<Neighbourhood[]> {
  const fc = await request<{ features: { properties: Neighbourhood }[] }>(`/api/v1/plans/${enc(plan)}/neighbourhoods`);
  return fc.features.map((f) => f.properties).sort((a, b) => a.name.localeCompare(b.name));
}

export function steer(code: string, change: Partial<Pick<Workshop, 'status' | 'moderation' | 'spotlight' | 'view'>>) {
  return request<Workshop>(`/api/v1/workshops/${enc(code)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(change),
  });
}

/** The pins held in a workshop until its facilitator checks them (facilitator and admins). */
export async function getHeld(code: string): Promise<Pin[]> {
  const fc = await request<{ features: Pin[] }>(`/api/v1/workshops/${enc(code)}/held`);
  return fc.features;
}

/** The facilitator approves (the pin shows) or rejects (it never shows) a held pin. */
export function checkHeld(code: string, id: string, action: 'approve' | 'reject') {
  return request<{ id: string; status: string }>(`/api/v1/workshops/${enc(code)}/held/${enc(id)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action }),
  });
}

export function createWorkshop(plan: string, title: string, questions: string[]) {
  return request<Workshop>(`/api/v1/plans/${enc(plan)}/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, questions }),
  });
}

export interface NewPin {
  position: LonLat;
  kind: Kind;
  themes: Theme[];
  title: string;
  body: string;
  displayName: string;
  precision: 'exact' | 'neighbourhood';
}

export function postPin(plan: string, workshop: string, pin: NewPin, key: string) {
  return request<Pin>(`/api/v1/plans/${enc(plan)}/contributions`, {
    method: 'POST',
    // The header puts the pin under the workshop's write allowance: a room of phones
    // shares one address.
    headers: { 'Content-Type': 'application/geo+json', 'Idempotency-Key': key, 'X-Waymark-Workshop': workshop },
    body: JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: pin.position },
      properties: {
        workshop,
        kind: pin.kind,
        themes: pin.themes,
        title: pin.title,
        body: pin.body,
        display_name: pin.displayName,
        precision: pin.precision,
      },
    }),
  });
}

export async function getMe(): Promise<Me | null> {
  try {
    return await request<Me>('/api/v1/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export async function login(email: string, password: string): Promise<Me | null> {
  await request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return getMe();
}

export const canFacilitate = (me: Me | null) => me?.role === 'facilitator' || me?.role === 'admin';

/** The facilitator flag kept for this tab once a workshop is opened here. */
const FLAG = 'waymark.facilitating';
export function markFacilitating(code: string): void {
  const codes = new Set((sessionStorage.getItem(FLAG) ?? '').split(',').filter(Boolean));
  codes.add(code);
  sessionStorage.setItem(FLAG, [...codes].join(','));
}
export const isFacilitating = (code: string) => (sessionStorage.getItem(FLAG) ?? '').split(',').includes(code);

export interface EventHandlers {
  created?(pin: Pin): void;
  updated?(pin: Pin): void;
  hidden?(id: string): void;
  workshop?(w: Workshop): void;
  /** Events were missed that the server cannot send: load what is shown again. */
  reset?(): void;
}

/**
 * Follows the plan's event stream; EventSource reconnects (with Last-Event-ID) by itself.
 * A facilitator's stream also carries the pins held in the workshops they run.
 */
export function follow(plan: string, on: EventHandlers): EventSource {
  const es = new EventSource(`/api/v1/plans/${enc(plan)}/events`);
  const parse = (e: MessageEvent) => {
    try {
      return JSON.parse(e.data as string);
    } catch {
      return null;
    }
  };
  es.addEventListener('created', (e) => {
    const d = parse(e as MessageEvent);
    if (d) on.created?.(d as Pin);
  });
  es.addEventListener('updated', (e) => {
    const d = parse(e as MessageEvent);
    if (d) on.updated?.(d as Pin);
  });
  es.addEventListener('hidden', (e) => {
    const d = parse(e as MessageEvent);
    if (d?.id) on.hidden?.(String(d.id));
  });
  es.addEventListener('workshop', (e) => {
    const d = parse(e as MessageEvent);
    if (d) on.workshop?.(d as Workshop);
  });
  es.addEventListener('reset', () => on.reset?.());
  return es;
}
