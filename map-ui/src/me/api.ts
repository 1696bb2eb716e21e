// The "your data" API: proving an address, what is held, the download and the erasure.

import { request } from '../api';

export interface Summary {
  email: string | null;
  account: string | null;
  visitor: boolean;
  counts: Record<string, number>;
}

export interface Erased {
  contributions: number;
  contributions_kept_for_replies: number;
  replies: number;
  replies_kept_for_thread: number;
  supports: number;
  flags: number;
  follows: number;
  mail: number;
  accounts: number;
}

/** Where the ZIP of everything held comes from. */
export const EXPORT_URL = '/api/v1/me/data/export';

export function askForLink(email: string): Promise<unknown> {
  return request('/api/v1/me/link', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
}

export function useLink(token: string): Promise<{ email: string }> {
  return request('/api/v1/me/link/confirm', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
}

export function getSummary(): Promise<Summary> {
  return request('/api/v1/me/data');
}

export function eraseAll(): Promise<Erased> {
  return request('/api/v1/me/data', { method: 'DELETE' });
}

/** A contribution a mobiliser recorded on someone's behalf, as a data officer finds it. */
export interface Recorded {
  id: string;
  title: string;
  on_behalf_of: string | null;
  display_name: string | null;
  channel: string | null;
  conversation_date: string | null;
  status: string;
  created_at: string;
}

export async function listPlans(): Promise<{ slug: string; title: string }[]> {
  return (await request<{ plans: { slug: string; title: string }[] }>('/api/v1/plans')).plans;
}

export function findRecorded(plan: string, name: string): Promise<Recorded[]> {
  return request(`/api/v1/plans/${encodeURIComponent(plan)}/data-requests?name=${encodeURIComponent(name)}`);
}

/** The ZIP of the selected contributions, as a file to save. */
export async function exportRecorded(plan: string, ids: string[]): Promise<Blob> {
  const res = await fetch(`/api/v1/plans/${encodeURIComponent(plan)}/data-requests/export`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'waymark' },
    body: JSON.stringify({ contributions: ids }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.blob();
}

export function eraseRecorded(plan: string, ids: string[]): Promise<Erased> {
  return request(`/api/v1/plans/${encodeURIComponent(plan)}/data-requests/erase`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contributions: ids }),
  });
}
