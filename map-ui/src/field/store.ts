// What the field page keeps on the phone, in IndexedDB (through `idb`): the queue of recorded
// conversations, and the last known account, plan and neighbourhoods so that the page works
// with no signal. A conversation is never removed except by the mobiliser's own "Discard".

import type { AboutYouAnswers } from '../about-you/api';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FieldError, LonLat, Me, Plan } from '../api';
import type { Kind, Precision, Theme } from '../strings';

export type Channel = 'door_step' | 'event' | 'phone' | 'workshop' | 'online';
export type Consent = 'publish' | 'internal' | 'anonymise';
export type WhereMode = 'position' | 'map' | 'neighbourhood';

export const CHANNELS: readonly Channel[] = ['door_step', 'event', 'phone', 'workshop', 'online'];
export const CONSENTS: readonly Consent[] = ['publish', 'anonymise', 'internal'];

/** A neighbourhood as the page needs it offline (no outline). */
export interface Place {
  slug: string;
  name: string;
  centre: LonLat;
}

/** What the mobiliser filled in; kept so that a refused conversation can be changed. */
export interface Draft {
  kind: Kind;
  themes: Theme[];
  title: string;
  body: string;
  where: WhereMode;
  position: LonLat;
  precision: Precision;
  /** In words: "near Bletchley". */
  placeLabel: string;
  neighbourhood: string | null;
  onBehalfOf: string;
  displayName: string;
  channel: Channel;
  /** YYYY-MM-DD */
  date: string;
  consent: Consent;
  /**
   * The optional "about you" answers, given with the resident's agreement; sent with the
   * conversation (a key to answer later would expire while the phone is offline).
   */
  aboutYou?: AboutYouAnswers | null;
}

export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors: FieldError[];
}

export type ItemState = 'waiting' | 'sent' | 'attention';

export interface Item {
  /** The Idempotency-Key, made once when the conversation is recorded. */
  key: string;
  plan: string;
  recordedAt: string;
  /**
   * Who recorded it: it is sent only while they are signed in, since the server records
   * whoever sends it as the recorder. (Absent on conversations kept before this was.)
   */
  recordedBy?: { id: string; email: string } | null;
  draft: Draft;
  /** The exact request body: a retry must send the same bytes to be recognised. */
  body: string;
  state: ItemState;
  /** Sends started; after one, the server may have it even if no answer came back. */
  attempts: number;
  problem: Problem | null;
  sentAt: string | null;
  /** The contribution the server made (or had already made). */
  contribution: string | null;
  replayed: boolean;
}

interface FieldDB extends DBSchema {
  conversations: { key: string; value: Item };
  cache: { key: string; value: unknown };
}

let db: Promise<IDBPDatabase<FieldDB>> | null = null;

function open(): Promise<IDBPDatabase<FieldDB>> {
  db ??= openDB<FieldDB>('waymark-field', 1, {
    upgrade(d) {
      d.createObjectStore('conversations', { keyPath: 'key' });
      d.createObjectStore('cache');
    },
  });
  return db;
}

/** Every conversation on this phone, oldest first. */
export async function allItems(): Promise<Item[]> {
  const items = await (await open()).getAll('conversations');
  return items.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
}

export async function getItem(key: string): Promise<Item | undefined> {
  return (await open()).get('conversations', key);
}

export async function addItem(item: Item): Promise<void> {
  await (await open()).add('conversations', item);
}

/**
 * Changes a conversation in one transaction, if it is still there (it may have been
 * discarded meanwhile) and `change` returns a new version; resolves to what was stored.
 */
export async function updateItem(key: string, change: (item: Item) => Item | null): Promise<Item | null> {
  const tx = (await open()).transaction('conversations', 'readwrite');
  const item = await tx.store.get(key);
  const next = item ? change(item) : null;
  if (next) await tx.store.put(next);
  await tx.done;
  return next;
}

export async function deleteItem(key: string): Promise<void> {
  await (await open()).delete('conversations', key);
}

/** Keeps the newest `keep` sent conversations; older ones are on the server. */
export async function pruneSent(keep: number): Promise<void> {
  const sent = (await allItems()).filter((i) => i.state === 'sent');
  const old = sent.slice(0, Math.max(0, sent.length - keep));
  if (!old.length) return;
  const tx = (await open()).transaction('conversations', 'readwrite');
  await Promise.all([...old.map((i) => tx.store.delete(i.key)), tx.done]);
}

// ---- the last known account, plan and neighbourhoods ----

const ME = 'me';
const planKey = (slug: string) => `plan:${slug}`;
const placesKey = (slug: string) => `neighbourhoods:${slug}`;

async function cacheGet<T>(key: string): Promise<T | null> {
  return ((await (await open()).get('cache', key)) as T | undefined) ?? null;
}

async function cacheSet(key: string, value: unknown): Promise<void> {
  await (await open()).put('cache', value, key);
}

export const savedMe = () => cacheGet<Me>(ME);
export const saveMe = (me: Me | null) => (me ? cacheSet(ME, me) : open().then((d) => d.delete('cache', ME)));
export const savedPlan = (slug: string) => cacheGet<Plan>(planKey(slug));
export const savePlan = (plan: Plan) => cacheSet(planKey(plan.slug), plan);
export const savedPlaces = (slug: string) => cacheGet<Place[]>(placesKey(slug));
export const savePlaces = (slug: string, places: Place[]) => cacheSet(placesKey(slug), places);
