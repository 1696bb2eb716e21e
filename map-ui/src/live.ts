// The plan's events stream (Server-Sent Events): pins added, changed, supported, answered by
// an organisation (`outcome`) or hidden by anyone, and proposals' new statuses, show here
// without a reload. EventSource reconnects and resumes with
// Last-Event-ID by itself; a message that is not the JSON we expect is ignored. A `reset`
// says that what was missed cannot be sent event by event: everything shown is loaded again.

import type { Contribution } from './api';

/** A proposal changed status (or was answered): which, its status now, and when. */
export interface ProposalNews {
  id: string;
  status: string;
  at: string;
}

export interface LiveHandlers {
  created(c: Contribution): void;
  updated(c: Contribution): void;
  hidden(id: string): void;
  proposal(news: ProposalNews): void;
  /** Load everything shown again: events were missed that the server cannot send. */
  reset(): void;
}

/** Subscribes to the plan's events; returns a function that closes the stream. */
export function subscribe(plan: string, on: LiveHandlers): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  const source = new EventSource(`/api/v1/plans/${encodeURIComponent(plan)}/events`);
  const feature = (ev: MessageEvent): Contribution | null => {
    try {
      const c = JSON.parse(String(ev.data)) as Contribution;
      return c && typeof c.id === 'string' && c.geometry?.type === 'Point' && c.properties ? c : null;
    } catch {
      return null;
    }
  };
  source.addEventListener('created', (ev) => {
    const c = feature(ev as MessageEvent);
    if (c) on.created(c);
  });
  for (const name of ['updated', 'supported', 'outcome']) {
    source.addEventListener(name, (ev) => {
      const c = feature(ev as MessageEvent);
      if (c) on.updated(c);
    });
  }
  source.addEventListener('hidden', (ev) => {
    try {
      const { id } = JSON.parse(String((ev as MessageEvent).data)) as { id?: unknown };
      if (typeof id === 'string') on.hidden(id);
    } catch {
      /* not ours */
    }
  });
  source.addEventListener('proposal', (ev) => {
    try {
      const { id, status, at } = JSON.parse(String((ev as MessageEvent).data)) as Partial<Record<keyof ProposalNews, unknown>>;
      if (typeof id === 'string' && typeof status === 'string' && typeof at === 'string') on.proposal({ id, status, at });
    } catch {
      /* not ours */
    }
  });
  source.addEventListener('reset', () => on.reset());
  return () => source.close();
}
