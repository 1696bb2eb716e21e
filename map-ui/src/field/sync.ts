// Sends the waiting conversations one at a time, oldest first, each with its own key.
// Only one sync runs at once: a second trigger (the `online` event, page load, "Sync now")
// joins the running one, and a Web Lock keeps two tabs from sending side by side. Even so,
// a conversation sent twice carries the same key, and the server answers with the first row.

import { conversationBody, sendConversation } from './api';
import { allItems, pruneSent, updateItem, type Item } from './store';

export interface SyncReport {
  sent: number;
  replayed: number;
  attention: number;
  waiting: number;
  /** Why the sync stopped early, if it did. */
  stopped: 'offline' | 'server' | 'signed_out' | null;
}

/** Whether the account signed in now may send `item`: the one that recorded it. */
export function mine(item: Item, account: string | null): boolean {
  return !item.recordedBy || item.recordedBy.id === account;
}

/** How many sent conversations stay listed on the phone. */
const KEEP_SENT = 50;

export class Syncer {
  private running: Promise<SyncReport> | null = null;

  /**
   * `changed` is called after every conversation whose state changed; `signedIn` names
   * the account signed in now: only its own conversations are sent.
   */
  constructor(
    private readonly changed: () => void,
    private readonly signedIn: () => string | null,
  ) {}

  get busy(): boolean {
    return this.running !== null;
  }

  sync(): Promise<SyncReport> {
    this.running ??= this.locked().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private locked(): Promise<SyncReport> {
    // Web Locks are in every browser this page supports; without them one tab still
    // never runs two syncs, and the keys cover the rest.
    if (!navigator.locks) return this.run();
    // request() resolves to what the callback's promise resolves to (the DOM types nest it).
    return navigator.locks.request('waymark-field-sync', () => this.run()).then((report) => report);
  }

  private async run(): Promise<SyncReport> {
    const report: SyncReport = { sent: 0, replayed: 0, attention: 0, waiting: 0, stopped: null };
    // Re-read each time round: what is recorded during a sync goes in the same sync.
    const tried = new Set<string>();
    for (;;) {
      const next = (await allItems()).find((i) => i.state === 'waiting' && !tried.has(i.key) && mine(i, this.signedIn()));
      if (!next) break;
      const key = next.key;
      tried.add(key);
      if (!navigator.onLine) {
        report.stopped = 'offline';
        break;
      }
      // Counted as tried before it goes: the server may get it even if no answer comes back.
      const item = await updateItem(key, (i) => (i.state === 'waiting' ? { ...i, attempts: i.attempts + 1 } : null));
      if (!item) continue;
      const outcome = await sendConversation(item.plan, item.key, item.body);
      if (outcome.kind === 'later') {
        report.stopped = outcome.why;
        break;
      }
      if (outcome.kind === 'sent') {
        // The resident's "about you" answers leave the phone with the conversation: the
        // record of what was sent keeps none of them.
        const draft = { ...item.draft, aboutYou: null };
        await updateItem(key, (i) => ({
          ...i,
          draft,
          body: conversationBody(draft),
          state: 'sent',
          problem: null,
          sentAt: new Date().toISOString(),
          contribution: outcome.contribution,
          replayed: outcome.replayed,
        }));
        if (outcome.replayed) report.replayed += 1;
        else report.sent += 1;
      } else {
        await updateItem(key, (i) => ({ ...i, state: 'attention', problem: outcome.problem }));
        report.attention += 1;
      }
      this.changed();
      // Signed out: every other conversation would be refused the same way.
      if (outcome.kind === 'refused' && outcome.problem.status === 401) {
        report.stopped = 'signed_out';
        break;
      }
    }
    await pruneSent(KEEP_SENT);
    report.waiting = (await allItems()).filter((i) => i.state === 'waiting').length;
    return report;
  }
}
