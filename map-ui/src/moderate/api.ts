// The moderation API as the moderation page uses it. Roles are checked by the server:
// a visitor gets 401, any other account 403.

import { listContributions, request, type Contribution, type LonLat } from '../api';
import type { Kind } from '../strings';
import { noFilters } from '../url';
import type { ActionName, ListName } from './strings';

export interface QueueItem {
  id: string;
  plan: string;
  neighbourhood: string | null;
  title: string;
  body: string;
  kind: Kind;
  display_name: string | null;
  /** `pending`, `published` (flagged) or `hidden`. */
  status: string;
  /** The point as the contributor gave it. */
  location: LonLat;
  duplicate_of: string | null;
  open_flags: number;
  flag_reasons: string[];
  created_at: string;
  updated_at: string;
}

export interface HistoryEntry {
  at: string;
  actor: string;
  actor_name: string | null;
  action: string;
  reason: string | null;
}

export interface PlanSummary {
  slug: string;
  title: string;
}

const enc = encodeURIComponent;

export async function getPlans(): Promise<PlanSummary[]> {
  return (await request<{ plans: PlanSummary[] }>('/api/v1/plans')).plans;
}

export async function getQueue(plan: string, list: ListName, signal?: AbortSignal): Promise<QueueItem[]> {
  const q = new URLSearchParams({ plan, status: list });
  return (await request<{ items: QueueItem[] }>(`/api/v1/moderation/queue?${q}`, { signal })).items;
}

export async function getHistory(id: string): Promise<HistoryEntry[]> {
  return (await request<{ entries: HistoryEntry[] }>(`/api/v1/contributions/${enc(id)}/history`)).entries;
}

export function moderate(id: string, action: ActionName, reason: string, duplicateOf?: string): Promise<{ id: string; status: string }> {
  return request(`/api/v1/contributions/${enc(id)}/moderation`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action, reason, duplicate_of: duplicateOf ?? null }),
  });
}

/** The plan's published contributions matching `q`: candidates for the original of a duplicate. */
export async function searchContributions(plan: string, q: string, signal?: AbortSignal): Promise<Contribution[]> {
  const page = await listContributions(plan, { ...noFilters(), q }, undefined, 10, signal);
  return page.features;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
