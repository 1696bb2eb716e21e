// The plan's events stream, as the moderation page needs it: something about a
// contribution changed (created, approved, hidden, restored, edited), or the server asks
// for a fresh start (`reset`). The page then fetches its list again and compares; it needs
// nothing else from the event. EventSource reconnects and resumes by itself.

const CHANGES = ['created', 'updated', 'hidden', 'reset'];

/** Calls `changed` on every change to the plan's contributions; returns a function that stops. */
export function followPlan(plan: string, changed: () => void): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  const source = new EventSource(`/api/v1/plans/${encodeURIComponent(plan)}/events`);
  for (const name of CHANGES) source.addEventListener(name, () => changed());
  return () => source.close();
}
