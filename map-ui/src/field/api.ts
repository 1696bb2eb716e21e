// Sending a recorded conversation: `POST /api/v1/plans/{plan}/conversations` with the
// conversation's own Idempotency-Key. The answer is sorted into what the queue does next:
// done, refused (keep it and show why), or try again later.

import type { FieldError } from '../api';
import type { Draft, Problem } from './store';

/** The request body, made once when the conversation is recorded (or changed). */
export function conversationBody(d: Draft): string {
  return JSON.stringify({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: d.position },
    properties: {
      kind: d.kind,
      themes: d.themes,
      title: d.title,
      body: d.body,
      display_name: d.consent === 'publish' && d.displayName.trim() ? d.displayName.trim() : null,
      precision: d.precision,
      on_behalf_of: d.onBehalfOf.trim() || null,
      channel: d.channel,
      conversation_date: d.date,
      consent: d.consent,
      // Only with the resident's agreement, which the form asks for before it keeps any.
      ...(d.aboutYou && Object.keys(d.aboutYou).length ? { about_you: { consent: true, ...d.aboutYou } } : {}),
    },
  });
}

export type Outcome =
  | { kind: 'sent'; contribution: string | null; replayed: boolean }
  | { kind: 'refused'; problem: Problem }
  | { kind: 'later'; why: 'offline' | 'server' };

export async function sendConversation(plan: string, key: string, body: string): Promise<Outcome> {
  let res: Response;
  try {
    res = await fetch(`/api/v1/plans/${encodeURIComponent(plan)}/conversations`, {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: {
        'Content-Type': 'application/geo+json',
        'Idempotency-Key': key,
        // The server's cross-site defence for cookie sessions (as in ../api.ts).
        'X-Requested-With': 'waymark',
      },
      body,
    });
  } catch {
    return { kind: 'later', why: 'offline' };
  }
  const json: unknown = (res.headers.get('content-type') ?? '').includes('json') ? await res.json().catch(() => null) : null;
  if (res.ok) {
    const id = (json as { id?: unknown } | null)?.id;
    return {
      kind: 'sent',
      contribution: typeof id === 'string' ? id : null,
      replayed: res.headers.get('idempotent-replayed') === 'true',
    };
  }
  // Busy or broken for now: the same request may well succeed later.
  if (res.status >= 500 || res.status === 408 || res.status === 429) return { kind: 'later', why: 'server' };
  const p = (json ?? {}) as { code?: string; detail?: string; errors?: FieldError[] };
  return {
    kind: 'refused',
    problem: {
      status: res.status,
      code: p.code ?? `http_${res.status}`,
      detail: p.detail ?? res.statusText,
      errors: Array.isArray(p.errors) ? p.errors : [],
    },
  };
}
