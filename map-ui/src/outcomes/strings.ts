// The words of outcomes (locales/*/outcomes.ftl): statuses, the answer shown on a
// contribution, the responders' form and the "You said, we did" page.

import { formatDate, t } from '../i18n';

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

/** `2027-03` as "March 2027", in the page's language. */
export function monthName(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  if (!y || !m || m < 1 || m > 12) return ym;
  return formatDate(new Date(Date.UTC(y, m - 1, 15)), { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const os = {
  status: {
    get open() { return t('outcomes-status-open'); },
    get referred() { return t('outcomes-status-referred'); },
    get considering() { return t('outcomes-status-considering'); },
    get planned() { return t('outcomes-status-planned'); },
    get done() { return t('outcomes-status-done'); },
    get not_possible() { return t('outcomes-status-not-possible'); },
    get duplicate() { return t('outcomes-status-duplicate'); },
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
    get referred() { return t('outcomes-status-hint-referred'); },
    get considering() { return t('outcomes-status-hint-considering'); },
    get planned() { return t('outcomes-status-hint-planned'); },
    get done() { return t('outcomes-status-hint-done'); },
    get not_possible() { return t('outcomes-status-hint-not-possible'); },
    get duplicate() { return t('outcomes-status-hint-duplicate'); },
  } as Partial<Record<OutcomeStatus, string>>,

  // ---- on a contribution ----
  get outcomeHeading() { return t('outcomes-outcome-heading'); },
  get statusLabel() { return t('outcomes-status-label'); },
  answerFrom: (org: string) => t('outcomes-answer-from', { org }),
  referredTo: (org: string) => t('outcomes-referred-to', { org }),
  expected: (month: string) => t('outcomes-expected', { month }),
  get whyNot() { return t('outcomes-why-not'); },
  get duplicateOf() { return t('outcomes-duplicate-of'); },
  get openOriginal() { return t('outcomes-open-original'); },
  get commitment() { return t('outcomes-commitment'); },
  progressLabel: (title: string) => t('outcomes-progress-label', { title }),
  progress: (pc: number) => t('outcomes-progress', { pc }),
  get updatesHeading() { return t('outcomes-updates-heading'); },
  get seeAll() { return t('outcomes-see-all'); },
  lastChanged: (date: string) => t('outcomes-last-changed', { date }),

  // ---- filters ----
  get outcomeLegend() { return t('outcomes-outcome-legend'); },
  get hasAnswer() { return t('outcomes-has-answer'); },
  get ringsHeading() { return t('outcomes-rings-heading'); },

  // ---- the responders' tools ----
  get respondHeading() { return t('outcomes-respond-heading'); },
  get respondIntro() { return t('outcomes-respond-intro'); },
  get drawArea() { return t('outcomes-draw-area'); },
  get drawing() { return t('outcomes-drawing'); },
  get finishArea() { return t('outcomes-finish-area'); },
  get cancelArea() { return t('outcomes-cancel-area'); },
  get tooFewCorners() { return t('outcomes-too-few-corners'); },
  get byFilter() { return t('outcomes-by-filter'); },
  get tickHint() { return t('outcomes-tick-hint'); },
  tick: (title: string) => t('outcomes-tick', { title }),
  get clearSelection() { return t('outcomes-clear-selection'); },
  get writeAnswer() { return t('outcomes-write-answer'); },
  get chosenNone() { return t('outcomes-chosen-none'); },
  chosen: (n: number, how: 'ids' | 'area' | 'filter') => t('outcomes-chosen', { count: n, how }),
  get chosenCapped() { return t('outcomes-chosen-capped'); },
  get counting() { return t('outcomes-counting'); },
  get areaEmpty() { return t('outcomes-area-empty'); },

  // ---- the answer form ----
  get formHeading() { return t('outcomes-form-heading'); },
  formFor: (n: number) => t('outcomes-form-for', { count: n }),
  get back() { return t('outcomes-back'); },
  get organisationLabel() { return t('outcomes-organisation-label'); },
  get organisationHint() { return t('outcomes-organisation-hint'); },
  signedBy: (organisation: string) => t('outcomes-organisation-signs', { organisation }),
  get statusLegend() { return t('outcomes-status-legend'); },
  get statusMissing() { return t('outcomes-status-missing'); },
  get onlyAllowed() { return t('outcomes-only-allowed'); },
  get noStep() { return t('outcomes-no-step'); },
  get responseLabel() { return t('outcomes-response-label'); },
  get responseHint() { return t('outcomes-response-hint'); },
  get titleLabel() { return t('outcomes-title-label'); },
  get titleHint() { return t('outcomes-title-hint'); },
  get monthLabel() { return t('outcomes-month-label'); },
  get monthHint() { return t('outcomes-month-hint'); },
  get reasonLabel() { return t('outcomes-reason-label'); },
  get duplicateLabel() { return t('outcomes-duplicate-label'); },
  get referredLabel() { return t('outcomes-referred-label'); },
  get submit() { return t('outcomes-submit'); },
  get sending() { return t('outcomes-sending'); },
  published: (n: number, org: string) => t('outcomes-published', { count: n, org }),
  get refusedHeading() { return t('outcomes-refused-heading'); },
  refusedItem: (title: string, now: string, allowed: string) =>
    allowed ? t('outcomes-refused-item', { title, now, allowed }) : t('outcomes-refused-item-none', { title, now }),
  get noOrganisations() { return t('outcomes-no-organisations'); },

  // ---- the progress update form ----
  get updateHeading() { return t('outcomes-update-heading'); },
  get updateProgress() { return t('outcomes-update-progress'); },
  get updateNote() { return t('outcomes-update-note'); },
  get progressInvalid() { return t('outcomes-progress-invalid'); },
  get updateSubmit() { return t('outcomes-update-submit'); },
  get updateSending() { return t('outcomes-update-sending'); },
  updatePosted: (pc: number) => t('outcomes-update-posted', { pc }),

  // ---- the page ----
  pageTitle: (plan: string) => t('outcomes-page-title', { plan }),
  get pageHeading() { return t('outcomes-page-heading'); },
  get skipToContent() { return t('outcomes-skip-to-content'); },
  get pageIntro() { return t('outcomes-page-intro'); },
  get backToMap() { return t('outcomes-back-to-map'); },
  get neighbourhoodLabel() { return t('outcomes-neighbourhood-label'); },
  get allNeighbourhoods() { return t('outcomes-all-neighbourhoods'); },
  get show() { return t('outcomes-show'); },
  get commitmentsHeading() { return t('outcomes-commitments-heading'); },
  get noCommitments() { return t('outcomes-no-commitments'); },
  voices: (n: number) => t('outcomes-voices', { count: n }),
  by: (org: string) => t('outcomes-by', { org }),
  get doneHeading() { return t('outcomes-done-heading'); },
  get noneDone() { return t('outcomes-none-done'); },
  get notPossibleHeading() { return t('outcomes-not-possible-heading'); },
  get noneNotPossible() { return t('outcomes-none-not-possible'); },
  get noUpdates() { return t('outcomes-no-updates'); },
  get behindHeading() { return t('outcomes-behind-heading'); },
  get print() { return t('outcomes-print'); },
  get loadFailed() { return t('outcomes-load-failed'); },
  get planNotFound() { return t('outcomes-plan-not-found'); },
} as const;
