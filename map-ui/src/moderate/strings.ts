// Every word the moderation page (/moderate) shows. Copy this file to translate.

import type { Kind } from '../strings';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const quoted = (title: string) => `‘${title}’`;

export const ms = {
  lang: 'en-GB',
  pageTitle: (plan: string | null) => (plan ? `Moderation — ${plan} — Waymark` : 'Moderation — Waymark'),
  heading: 'Moderation',
  skipToQueue: 'Skip to the list',
  loading: 'Loading…',
  loadFailed: 'The page could not be loaded. Check your connection and try again.',
  tryAgain: 'Try again',

  // Account
  accountLabel: 'Your account',
  signInHeading: 'Sign in to moderate',
  signInIntro: 'This page is for moderators: it lists what waits for a decision and what has been hidden.',
  signInAgain: 'Your session has ended. Sign in again to go on.',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signInFailed: 'The email address or password is not right.',
  signInOffline: 'You are offline. Signing in needs a connection.',
  signInBusy: 'Too many attempts. Wait a minute, then try again.',
  signedInAs: (who: string) => `Signed in as ${who}`,
  signOut: 'Sign out',
  signedOut: 'You are signed out.',
  refusedHeading: 'This page is for moderators',
  refused: (who: string, role: string) =>
    `You are signed in as ${who} (${role}). Only moderators and administrators can moderate. Sign out, then sign in with a moderator's account.`,
  role: {
    resident: 'resident',
    mobiliser: 'community mobiliser',
    facilitator: 'facilitator',
    moderator: 'moderator',
    dno_engineer: 'network engineer',
    admin: 'administrator',
    responder: 'responder for an organisation',
  } as Record<string, string>,

  // Choosing what to see
  toolsLabel: 'What to show',
  planLabel: 'Plan',
  listLabel: 'Show',
  listWaiting: 'Waiting',
  listHidden: 'Hidden',
  shortcutsButton: 'Keyboard shortcuts',
  shortcutsHint: 'Keyboard: j and k move between items; press ? for every shortcut.',

  // The list
  waitingHeading: (n: number) => `Waiting for a moderator: ${n}`,
  hiddenHeading: (n: number) => `Hidden: ${n}`,
  waitingEmpty: 'Nothing is waiting. New and flagged contributions appear here as they come.',
  hiddenEmpty: 'Nothing in this plan is hidden.',
  listLoading: 'Loading the list…',
  oldestFirst: 'Oldest first.',
  newestHiddenFirst: 'Most recently hidden first.',

  // One item
  kind: { idea: 'Idea', issue: 'Issue', interest: 'Interest', story: 'Positive story' } as Record<Kind, string>,
  statusPending: 'Awaiting approval',
  statusFlagged: (n: number) => `Flagged ${n} ${plural(n, 'time', 'times')}`,
  statusHidden: 'Hidden',
  statusDuplicate: 'Hidden as a duplicate',
  by: 'By',
  noName: 'No name given',
  added: 'Added',
  hiddenAt: 'Hidden',
  where: 'Where',
  whereText: (neighbourhood: string | null, lat: number, lon: number) =>
    `${neighbourhood ? `${neighbourhood}, ` : ''}${lat.toFixed(5)}, ${lon.toFixed(5)}`,
  duplicateOf: 'Repeats',
  emptyBody: 'No description.',
  flagsHeading: (n: number) => `${n} ${plural(n, 'flag', 'flags')}: why people flagged it`,
  mapLabel: (title: string) => `Map around where ${quoted(title)} was pinned`,
  when: (iso: string) =>
    new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }),

  // History
  history: 'History',
  historyLoading: 'Loading the history…',
  historyFailed: 'The history could not be loaded.',
  historyEmpty: 'No moderator has acted on it yet.',
  historyAction: {
    'contribution.hide': 'Hidden',
    'contribution.restore': 'Restored',
    'contribution.approve': 'Approved',
    'contribution.mark_duplicate': 'Marked as a duplicate',
  } as Record<string, string>,
  historyEntry: (action: string, who: string, when: string) => `${action} by ${who}, ${when}`,
  someone: 'an account that no longer exists',
  historyReason: (reason: string) => `Reason: ${reason}`,

  // Actions
  actionsLabel: 'Actions',
  approve: 'Approve',
  keep: 'Keep and dismiss the flags',
  hide: 'Hide…',
  restore: 'Restore…',
  duplicate: 'Mark as a duplicate…',
  approveReason: 'Checked by a moderator and approved.',
  keepReason: 'Checked by a moderator: the flags were dismissed.',
  cancel: 'Cancel',

  hideHeading: (title: string) => `Hide ${quoted(title)}`,
  hideReason: 'Why hide it?',
  hideHint: 'Say which house rule it breaks. The reason is kept in the audit log.',
  hideSubmit: 'Hide it',
  restoreHeading: (title: string) => `Restore ${quoted(title)}`,
  restoreReason: 'Why restore it?',
  restoreHint: 'The reason is kept in the audit log.',
  restoreSubmit: 'Restore it',
  duplicateHeading: (title: string) => `Mark ${quoted(title)} as a duplicate`,
  duplicateSearch: 'Find the contribution it repeats',
  duplicateSearchHint: 'Words from its title or description, or paste its id.',
  duplicateSearchButton: 'Search',
  duplicateChoose: 'Which one does it repeat?',
  duplicateNone: 'Nothing found. Try other words, or paste the id.',
  duplicateFound: (n: number) => `${n} found. Choose one below.`,
  duplicateById: (id: string) => `The contribution with the id ${id}`,
  duplicateSearching: 'Searching…',
  duplicateReason: 'Why is it a duplicate?',
  duplicateReasonDefault: 'The same as an earlier contribution.',
  duplicateSubmit: 'Mark as a duplicate',
  reasonMissing: 'Give a reason',
  reasonTooLong: 'Keep the reason to 500 characters or fewer',
  originalMissing: 'Choose the contribution it repeats',
  working: 'Saving…',

  errorHeading: 'There is a problem',
  errorOffline: 'You seem to be offline. Nothing has changed: try again when you are connected.',
  errorConflict: 'Someone has already changed it. The list has been brought up to date.',
  errorGone: 'It no longer exists. The list has been brought up to date.',
  errorServer: 'Something went wrong on the server. Nothing has changed: try again.',
  errorForbidden: 'Your account cannot moderate.',
  fieldProblem: { reason: 'Reason', duplicate_of: 'The contribution it repeats' } as Record<string, string>,

  // What the live region says
  done: {
    approve: (title: string) => `Approved ${quoted(title)}.`,
    keep: (title: string) => `Kept ${quoted(title)}; its flags are dismissed.`,
    hide: (title: string) => `Hidden ${quoted(title)}.`,
    restore: (title: string) => `Restored ${quoted(title)}.`,
    mark_duplicate: (title: string) => `Marked ${quoted(title)} as a duplicate and hid it.`,
  },
  left: (n: number, list: 'waiting' | 'hidden') =>
    list === 'waiting' ? `${n} left waiting.` : `${n} hidden.`,
  listShown: (n: number, list: 'waiting' | 'hidden') =>
    list === 'waiting' ? `${n} waiting for a moderator.` : `${n} hidden.`,
  byOthers: (titles: string[]) =>
    titles.length === 1
      ? `Another moderator dealt with ${quoted(titles[0])}: it has left the list.`
      : `Another moderator dealt with ${titles.length} items: they have left the list.`,
  arrived: (titles: string[]) =>
    titles.length === 1 ? `New in the list: ${quoted(titles[0])}.` : `${titles.length} new items in the list.`,
  noItem: 'No item is chosen. Press j to go to the first one.',
  notHere: {
    approve: 'Only items waiting for a moderator can be approved.',
    hide: 'Hidden items cannot be hidden again.',
    restore: 'Only hidden items can be restored: show the hidden ones first.',
    mark_duplicate: 'Hidden items cannot be marked as duplicates.',
  },

  // Shortcuts
  shortcutsHeading: 'Keyboard shortcuts',
  shortcutsIntro: 'They work whenever you are not typing in a box. Tab and Enter reach everything as well.',
  shortcuts: [
    ['j', 'Next item'],
    ['k', 'Previous item'],
    ['a', 'Approve (or keep a flagged item and dismiss its flags)'],
    ['h', 'Hide: opens the reason box'],
    ['r', 'Restore a hidden item'],
    ['d', 'Mark as a duplicate'],
    ['Esc', 'Close the open form'],
    ['?', 'Show or close this list'],
  ] as [string, string][],
  close: 'Close',
};

export type ListName = 'waiting' | 'hidden';
export type ActionName = 'approve' | 'hide' | 'restore' | 'mark_duplicate';
