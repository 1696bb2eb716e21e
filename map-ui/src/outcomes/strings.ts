// The words of outcomes: statuses, the answer shown on a contribution, the responders'
// form and the "You said, we did" page.

import { plural } from '../strings';

export type OutcomeStatus = 'open' | 'referred' | 'considering' | 'planned' | 'done' | 'not_possible' | 'duplicate';

/** In lifecycle order. */
export const STATUSES: readonly OutcomeStatus[] = ['open', 'referred', 'considering', 'planned', 'done', 'not_possible', 'duplicate'];

/**
 * The lifecycle as the server's table (`OutcomeStatus::can_move`) has it, so that the form
 * offers only steps every chosen contribution may take; the server still decides (409).
 */
export function canMove(from: OutcomeStatus, to: OutcomeStatus): boolean {
  switch (from) {
    case 'open':
      return to !== 'open';
    case 'referred':
      return ['considering', 'planned', 'done', 'not_possible', 'duplicate'].includes(to);
    case 'considering':
      return ['referred', 'planned', 'done', 'not_possible', 'duplicate'].includes(to);
    case 'planned':
      return ['considering', 'done', 'not_possible', 'duplicate'].includes(to);
    default:
      return to === 'considering';
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2027-03` as "March 2027". */
export function monthName(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return MONTHS[m - 1] ? `${MONTHS[m - 1]} ${y}` : ym;
}

export const os = {
  status: {
    open: 'Waiting for an answer',
    referred: 'Referred',
    considering: 'Being considered',
    planned: 'Planned',
    done: 'Done',
    not_possible: 'Not possible',
    duplicate: 'Duplicate',
  } as Record<OutcomeStatus, string>,
  /** A shape beside each status's words, so that colour is never the only sign. */
  icon: {
    open: '○',
    referred: '→',
    considering: '…',
    planned: '◷',
    done: '✓',
    not_possible: '✕',
    duplicate: '=',
  } as Record<OutcomeStatus, string>,
  statusHint: {
    referred: 'Passed to the organisation that can act on it',
    considering: 'The organisation is looking into it',
    planned: 'Work is planned for a month you give',
    done: 'It has been done',
    not_possible: 'It cannot be done: say why',
    duplicate: 'Someone said the same already: name that contribution',
  } as Partial<Record<OutcomeStatus, string>>,

  // ---- on a contribution ----
  outcomeHeading: 'What happened',
  statusLabel: 'Status',
  answerFrom: (org: string) => `Answer from ${org}`,
  referredTo: (org: string) => `Referred to ${org}`,
  expected: (month: string) => `Expected in ${month}`,
  whyNot: 'Why not',
  duplicateOf: 'The same as another contribution',
  openOriginal: 'Open it',
  commitment: 'Commitment',
  progressLabel: (title: string) => `Progress of “${title}”`,
  progress: (pc: number) => `${pc}% done`,
  updatesHeading: 'Progress updates',
  seeAll: 'See everything organisations have answered',
  lastChanged: (date: string) => `Updated ${date}`,

  // ---- filters ----
  outcomeLegend: 'Answer',
  hasAnswer: 'Has an answer',
  ringsHeading: 'A ring round a pin: its answer',

  // ---- the responders' tools ----
  respondHeading: 'Answer contributions',
  respondIntro: 'Choose contributions by drawing an area on the map, by the filters, or by ticking them in the list, then write one answer for all of them.',
  respondSignedIn: 'You answer as your organisation.',
  drawArea: 'Draw an area on the map',
  drawing: 'Click the map to add corners; choose the first corner again, or press Enter, to finish. Backspace takes a corner back, Escape stops.',
  finishArea: 'Finish the area',
  cancelArea: 'Stop drawing',
  tooFewCorners: 'An area needs at least three corners.',
  byFilter: 'Choose everything that matches the filters',
  tickHint: 'Or tick contributions in the list below.',
  tick: (title: string) => `Choose “${title}”`,
  clearSelection: 'Clear the choice',
  writeAnswer: 'Write the answer',
  chosenNone: 'Nothing chosen yet.',
  chosen: (n: number, how: 'ids' | 'area' | 'filter') =>
    `${n} ${plural(n, 'contribution', 'contributions')} chosen ${how === 'ids' ? 'in the list' : how === 'area' ? 'in the area drawn' : 'by the filters'}.`,
  chosenCapped: 'More than 5,000 contributions: choose fewer.',
  counting: 'Counting…',
  areaEmpty: 'No contribution lies in the area drawn.',

  // ---- the answer form ----
  formHeading: 'Your answer',
  formFor: (n: number) => `For ${n} ${plural(n, 'contribution', 'contributions')}`,
  back: 'Back to the list',
  organisationLabel: 'Organisation that signs it',
  organisationHint: 'The answer is signed by the organisation, not by you.',
  statusLegend: 'New status',
  statusMissing: 'choose the status this answer gives',
  onlyAllowed: 'Only the steps every chosen contribution can take are offered.',
  noStep: 'These contributions have no step in common. Choose fewer or other ones.',
  responseLabel: 'Answer',
  responseHint: 'What people will read, signed by the organisation (up to 4,000 characters).',
  titleLabel: 'Commitment title (optional)',
  titleHint: 'Give a title to make it a commitment with progress, for example “Lighting the Fishermead underpasses”.',
  monthLabel: 'Month the work is expected',
  monthHint: 'For example 2027-03',
  reasonLabel: 'Why it is not possible',
  duplicateLabel: 'Link or id of the contribution these repeat',
  referredLabel: 'Organisation it goes to',
  submit: 'Publish the answer',
  sending: 'Publishing…',
  published: (n: number, org: string) => `Published: ${n} ${plural(n, 'contribution', 'contributions')} answered by ${org}.`,
  refusedHeading: 'Some contributions cannot take this step',
  refusedItem: (title: string, now: string, allowed: string) => `${title}: now “${now}”; it can go to ${allowed || 'no other status'}.`,
  noOrganisations: 'This plan has no organisations yet: an administrator adds them.',

  // ---- the progress update form ----
  updateHeading: 'Post a progress update',
  updateProgress: 'Progress now (0 to 100 %)',
  updateNote: 'What happened',
  progressInvalid: 'a whole number from 0 to 100',
  updateSubmit: 'Post the update',
  updateSending: 'Posting…',
  updatePosted: (pc: number) => `Update posted: ${pc}% done.`,

  // ---- the page ----
  pageTitle: (plan: string) => `You said, we did — ${plan} — Waymark`,
  pageHeading: 'You said, we did',
  skipToContent: 'Skip to the content',
  pageIntro: 'What organisations have answered to what people said on the map: their commitments and how far they have got, what is done, and what was not possible and why.',
  backToMap: 'Back to the map',
  neighbourhoodLabel: 'Neighbourhood',
  allNeighbourhoods: 'All neighbourhoods',
  show: 'Show',
  commitmentsHeading: 'Commitments',
  noCommitments: 'No commitments yet.',
  voices: (n: number) => `${n} ${plural(n, 'voice', 'voices')} behind it`,
  by: (org: string) => `By ${org}`,
  doneHeading: 'Done',
  noneDone: 'Nothing marked done yet.',
  notPossibleHeading: 'Not possible',
  noneNotPossible: 'Nothing marked not possible.',
  noUpdates: 'No progress updates yet.',
  behindHeading: 'What people said',
  print: 'Print this page',
  loadFailed: 'This page could not be loaded. Check your connection and try again.',
  planNotFound: 'We could not find this plan.',
} as const;
