// Every word the workshop pages (the join page on phones and the projector view) show, from
// locales/*/workshop.ftl: each entry asks the catalogue when it is read.

import { t } from '../i18n';

/** Attributes for text people wrote (titles, names, questions): never translated, and the
 * pseudo-locale test skips it. */
export const USER_TEXT = { translate: 'no', 'data-user-text': true } as const;

export type Kind = 'idea' | 'issue' | 'interest' | 'story';
export type Theme = 'energy' | 'transport' | 'housing' | 'green_space' | 'safety' | 'community' | 'health' | 'other';

export const KINDS: Kind[] = ['idea', 'issue', 'interest', 'story'];
export const THEMES: Theme[] = ['energy', 'transport', 'housing', 'green_space', 'safety', 'community', 'health', 'other'];

export const ws = {
  kind: {
    get idea() { return t('workshop-kind-idea'); },
    get issue() { return t('workshop-kind-issue'); },
    get interest() { return t('workshop-kind-interest'); },
    get story() { return t('workshop-kind-story'); },
  } as Record<Kind, string>,
  kindPlural: {
    get idea() { return t('workshop-kind-plural-idea'); },
    get issue() { return t('workshop-kind-plural-issue'); },
    get interest() { return t('workshop-kind-plural-interest'); },
    get story() { return t('workshop-kind-plural-story'); },
  } as Record<Kind, string>,
  theme: {
    get energy() { return t('workshop-theme-energy'); },
    get transport() { return t('workshop-theme-transport'); },
    get housing() { return t('workshop-theme-housing'); },
    get green_space() { return t('workshop-theme-green-space'); },
    get safety() { return t('workshop-theme-safety'); },
    get community() { return t('workshop-theme-community'); },
    get health() { return t('workshop-theme-health'); },
    get other() { return t('workshop-theme-other'); },
  } as Record<Theme, string>,

  get loading() { return t('workshop-loading'); },
  get notFound() { return t('workshop-not-found'); },
  get loadFailed() { return t('workshop-load-failed'); },
  get tryAgain() { return t('workshop-try-again'); },
  pageTitle: (title: string) => t('workshop-page-title', { title }),
  presentTitle: (title: string) => t('workshop-present-title', { title }),
  spotlightOption: (title: string, name: string | null) =>
    name ? t('workshop-spotlight-option', { title, name }) : t('workshop-spotlight-option-anonymous', { title }),
  get workshopLabel() { return t('workshop-workshop-label'); },
  get questionsHeading() { return t('workshop-questions-heading'); },
  get mapLabel() { return t('workshop-map-label'); },

  // join page
  get nameHeading() { return t('workshop-name-heading'); },
  get nameLabel() { return t('workshop-name-label'); },
  get nameHint() { return t('workshop-name-hint'); },
  get nameRequired() { return t('workshop-name-required'); },
  get join() { return t('workshop-join'); },
  joinedAs: (name: string) => t('workshop-joined-as', { name }),
  get changeName() { return t('workshop-change-name'); },
  get addHeading() { return t('workshop-add-heading'); },
  get whereLegend() { return t('workshop-where-legend'); },
  get tapMap() { return t('workshop-tap-map'); },
  get placed() { return t('workshop-placed'); },
  get orNeighbourhood() { return t('workshop-or-neighbourhood'); },
  get noNeighbourhood() { return t('workshop-no-neighbourhood'); },
  get whereRequired() { return t('workshop-where-required'); },
  get kindLegend() { return t('workshop-kind-legend'); },
  get themesLegend() { return t('workshop-themes-legend'); },
  get titleLabel() { return t('workshop-title-label'); },
  get titleHint() { return t('workshop-title-hint'); },
  get bodyLabel() { return t('workshop-body-label'); },
  get submit() { return t('workshop-submit'); },
  get sending() { return t('workshop-sending'); },
  get added() { return t('workshop-added'); },
  get addedPending() { return t('workshop-added-pending'); },
  get addAnother() { return t('workshop-add-another'); },
  get errorSummary() { return t('workshop-error-summary'); },
  get titleRequired() { return t('workshop-title-required'); },
  get themesRequired() { return t('workshop-themes-required'); },
  get offline() { return t('workshop-offline'); },
  get failed() { return t('workshop-failed'); },
  get pausedBanner() { return t('workshop-paused-banner'); },
  get endedBanner() { return t('workshop-ended-banner'); },
  get refusedPaused() { return t('workshop-refused-paused'); },
  get refusedEnded() { return t('workshop-refused-ended'); },
  get spotlightLabel() { return t('workshop-spotlight-label'); },
  get viewFollowed() { return t('workshop-view-followed'); },
  get resumed() { return t('workshop-resumed'); },

  // projector
  get joinAt() { return t('workshop-join-at'); },
  get joinCode() { return t('workshop-join-code'); },
  qrAlt: (code: string, url: string) => t('workshop-qr-alt', { code, url }),
  get pinsAdded() { return t('workshop-pins-added'); },
  get byKind() { return t('workshop-by-kind'); },
  get byTheme() { return t('workshop-by-theme'); },
  get recentHeading() { return t('workshop-recent-heading'); },
  get noPinsYet() { return t('workshop-no-pins-yet'); },
  newPin: (title: string, name: string | null) => (name ? t('workshop-new-pin-from', { title, name }) : t('workshop-new-pin', { title })),
  get anonymous() { return t('workshop-anonymous'); },
  get statusPaused() { return t('workshop-status-paused'); },
  get statusEnded() { return t('workshop-status-ended'); },
  get statusPre() { return t('workshop-status-pre'); },
  get spotlight() { return t('workshop-spotlight'); },

  // facilitator
  get controlsHeading() { return t('workshop-controls-heading'); },
  get spotlightPin() { return t('workshop-spotlight-pin'); },
  get spotlightChoose() { return t('workshop-spotlight-choose'); },
  get spotlightNone() { return t('workshop-spotlight-none'); },
  get spotlightApply() { return t('workshop-spotlight-apply'); },
  get steer() { return t('workshop-steer'); },
  get steered() { return t('workshop-steered'); },
  get pause() { return t('workshop-pause'); },
  get resume() { return t('workshop-resume'); },
  get preOn() { return t('workshop-pre-on'); },
  get preOff() { return t('workshop-pre-off'); },
  get end() { return t('workshop-end'); },
  get endConfirm() { return t('workshop-end-confirm'); },
  get summaryCsv() { return t('workshop-summary-csv'); },
  steerFailed: (detail: string) => t('workshop-steer-failed', { detail }),
  heldHeading: (n: number) => t('workshop-held-heading', { count: n }),
  get heldNone() { return t('workshop-held-none'); },
  get heldLoadFailed() { return t('workshop-held-load-failed'); },
  heldNew: (title: string) => t('workshop-held-new', { title }),
  heldApproved: (title: string) => t('workshop-held-approved', { title }),
  heldRejected: (title: string) => t('workshop-held-rejected', { title }),
  heldGone: (title: string) => t('workshop-held-gone', { title }),
  heldFailed: (title: string, detail: string) => t('workshop-held-failed', { title, detail }),
  get approve() { return t('workshop-approve'); },
  get reject() { return t('workshop-reject'); },

  // start a workshop
  get startHeading() { return t('workshop-start-heading'); },
  get signInHeading() { return t('workshop-sign-in-heading'); },
  get email() { return t('workshop-email'); },
  get password() { return t('workshop-password'); },
  get signIn() { return t('workshop-sign-in'); },
  get signInFailed() { return t('workshop-sign-in-failed'); },
  get notFacilitator() { return t('workshop-not-facilitator'); },
  get titleWorkshop() { return t('workshop-title-workshop'); },
  get questionsLabel() { return t('workshop-questions-label'); },
  get create() { return t('workshop-create'); },
  get creating() { return t('workshop-creating'); },
};
