// The outcomes routes as the web app uses them: organisations, official responses over a
// selection, commitments and their progress, and "You said, we did".

import { request } from '../api';
import type { OutcomeStatus } from './strings';

const enc = encodeURIComponent;

/** A contribution's outcome, as its GeoJSON properties and events carry it. */
export interface Outcome {
  status: OutcomeStatus;
  organisation: string | null;
  referred_to: string | null;
  response: string | null;
  commitment: { id: string; title: string; progress: number } | null;
  expected_month: string | null;
  reason: string | null;
  duplicate_of: string | null;
  updated_at: string | null;
}

export interface Organisation {
  id: string;
  slug: string;
  name: string;
  kind: string;
}

export interface ProgressNote {
  date: string;
  progress: number;
  note: string;
}

export interface Answered {
  id: string;
  title: string;
  neighbourhood: string | null;
  status: OutcomeStatus;
  organisation: string | null;
  response: string | null;
  reason: string | null;
  commitment: string | null;
}

export interface Commitment {
  id: string;
  plan: string;
  title: string;
  organisation: string;
  status: OutcomeStatus;
  response: string;
  progress: number;
  expected_month: string | null;
  reason: string | null;
  voices: number;
  created_at: string;
  updated_at: string;
  updates?: ProgressNote[];
  contributions?: Answered[];
}

export interface Outcomes {
  commitments: Commitment[];
  done: Answered[];
  not_possible: Answered[];
}

/** Which contributions one response covers. */
export type Selection =
  | { ids: string[] }
  | { area: GeoJSON.Polygon }
  | { filter: { neighbourhood?: string; kind?: string; theme?: string; outcome?: string } };

export interface NewResponse {
  organisation?: string;
  selection: Selection;
  status: OutcomeStatus;
  response: string;
  title?: string;
  expected_month?: string;
  reason?: string;
  referred_to?: string;
  duplicate_of?: string;
}

export interface ResponseWritten {
  id: string;
  status: OutcomeStatus;
  organisation: string;
  contributions: number;
  commitment: boolean;
}

export async function getOrganisations(plan: string): Promise<Organisation[]> {
  return (await request<{ organisations: Organisation[] }>(`/api/v1/plans/${enc(plan)}/organisations`)).organisations;
}

export function getOutcomes(plan: string, neighbourhood: string): Promise<Outcomes> {
  const q = neighbourhood ? `?neighbourhood=${enc(neighbourhood)}` : '';
  return request(`/api/v1/plans/${enc(plan)}/outcomes${q}`);
}

export function getCommitment(id: string): Promise<Commitment> {
  return request(`/api/v1/commitments/${enc(id)}`);
}

export function postResponse(plan: string, body: NewResponse): Promise<ResponseWritten> {
  return request(`/api/v1/plans/${enc(plan)}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function postUpdate(commitment: string, progress: number | null, note: string): Promise<{ progress: number; date: string }> {
  return request(`/api/v1/responses/${enc(commitment)}/updates`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ progress, note }),
  });
}
