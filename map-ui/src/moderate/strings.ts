// Every word the moderation page (/moderate) shows, from locales/*/moderate.ftl: each entry
// asks the catalogue when it is read.

import { formatDate, t } from '../i18n';
import type { Kind } from '../strings';

export const ms = {
  pageTitle: (plan: string | null) => (plan ? t('moderate-page-title-plan', { plan }) : t('moderate-page-title')),
  get heading() { return t('moderate-heading'); },
  get skipToQueue() { return t('moderate-skip-to-queue'); },
  get loading() { return t('moderate-loading'); },
  get loadFailed() { return t('moderate-load-failed'); },
  get tryAgain() { return t('moderate-try-again'); },

  // Account
  get accountLabel() { return t('moderate-account-label'); },
  get signInHeading() { return t('moderate-sign-in-heading'); },
  get signInIntro() { return t('moderate-sign-in-intro'); },
  get signInAgain() { return t('moderate-sign-in-again'); },
  get email() { return t('moderate-email'); },
  get password() { return t('moderate-password'); },
  get signIn() { return t('moderate-sign-in'); },
  get signingIn() { return t('moderate-signing-in'); },
  get signInFailed() { return t('moderate-sign-in-failed'); },
  get signInOffline() { return t('moderate-sign-in-offline'); },
  get signInBusy() { return t('moderate-sign-in-busy'); },
  signedInAs: (who: string) => t('moderate-signed-in-as', { who }),
  get signOut() { return t('moderate-sign-out'); },
  get signedOut() { return t('moderate-signed-out'); },
  get refusedHeading() { return t('moderate-refused-heading'); },
  refused: (who: string, role: string) => t('moderate-refused', { who, role }),
  role: {
    get resident() { return t('moderate-role-resident'); },
    get mobiliser() { return t('moderate-role-mobiliser'); },
    get facilitator() { return t('moderate-role-facilitator'); },
    get moderator() { return t('moderate-role-moderator'); },
    get dno_engineer() { return t('moderate-role-dno-engineer'); },
    get admin() { return t('moderate-role-admin'); },
    get responder() { return t('moderate-role-responder'); },
    get council_officer() { return t('moderate-role-council-officer'); },
    get data_officer() { return t('moderate-role-data-officer'); },
  } as Record<string, string>,

  // Choosing what to see
  get toolsLabel() { return t('moderate-tools-label'); },
  get planLabel() { return t('moderate-plan-label'); },
  get listLabel() { return t('moderate-list-label'); },
  get listWaiting() { return t('moderate-list-waiting'); },
  get listHidden() { return t('moderate-list-hidden'); },
  get shortcutsButton() { return t('moderate-shortcuts-button'); },
  get shortcutsHint() { return t('moderate-shortcuts-hint'); },

  // The list
  waitingHeading: (n: number) => t('moderate-waiting-heading', { count: n }),
  hiddenHeading: (n: number) => t('moderate-hidden-heading', { count: n }),
  get waitingEmpty() { return t('moderate-waiting-empty'); },
  get hiddenEmpty() { return t('moderate-hidden-empty'); },
  get listLoading() { return t('moderate-list-loading'); },
  get oldestFirst() { return t('moderate-oldest-first'); },
  get newestHiddenFirst() { return t('moderate-newest-hidden-first'); },

  // One item
  kind: {
    get idea() { return t('moderate-kind-idea'); },
    get issue() { return t('moderate-kind-issue'); },
    get interest() { return t('moderate-kind-interest'); },
    get story() { return t('moderate-kind-story'); },
  } as Record<Kind, string>,
  get statusPending() { return t('moderate-status-pending'); },
  statusFlagged: (n: number) => t('moderate-status-flagged', { count: n }),
  get statusHidden() { return t('moderate-status-hidden'); },
  get statusDuplicate() { return t('moderate-status-duplicate'); },
  get by() { return t('moderate-by'); },
  get noName() { return t('moderate-no-name'); },
  get added() { return t('moderate-added'); },
  get hiddenAt() { return t('moderate-hidden-at'); },
  get where() { return t('moderate-where'); },
  whereText: (neighbourhood: string | null, lat: number, lon: number) => {
    const at = { lat: lat.toFixed(5), lon: lon.toFixed(5) };
    return neighbourhood ? t('moderate-where-text-in', { neighbourhood, ...at }) : t('moderate-where-text', at);
  },
  get duplicateOf() { return t('moderate-duplicate-of'); },
  get emptyBody() { return t('moderate-empty-body'); },
  flagsHeading: (n: number) => t('moderate-flags-heading', { count: n }),
  mapLabel: (title: string) => t('moderate-map-label', { title }),
  when: (iso: string) => formatDate(new Date(iso), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }),

  // History
  get history() { return t('moderate-history'); },
  get historyLoading() { return t('moderate-history-loading'); },
  get historyFailed() { return t('moderate-history-failed'); },
  get historyEmpty() { return t('moderate-history-empty'); },
  historyAction: {
    get 'contribution.hide'() { return t('moderate-history-action-contribution-hide'); },
    get 'contribution.restore'() { return t('moderate-history-action-contribution-restore'); },
    get 'contribution.approve'() { return t('moderate-history-action-contribution-approve'); },
    get 'contribution.mark_duplicate'() { return t('moderate-history-action-contribution-mark-duplicate'); },
    get 'contribution.feature'() { return t('moderate-history-action-contribution-feature'); },
    get 'contribution.unfeature'() { return t('moderate-history-action-contribution-unfeature'); },
  } as Record<string, string>,
  historyEntry: (action: string, who: string, when: string) => t('moderate-history-entry', { action, who, when }),
  get someone() { return t('moderate-someone'); },
  historyReason: (reason: string) => t('moderate-history-reason', { reason }),

  // Actions
  get actionsLabel() { return t('moderate-actions-label'); },
  get approve() { return t('moderate-approve'); },
  get keep() { return t('moderate-keep'); },
  get hide() { return t('moderate-hide'); },
  get restore() { return t('moderate-restore'); },
  get duplicate() { return t('moderate-duplicate'); },
  get approveReason() { return t('moderate-approve-reason'); },
  get keepReason() { return t('moderate-keep-reason'); },
  get cancel() { return t('moderate-cancel'); },

  hideHeading: (title: string) => t('moderate-hide-heading', { title }),
  get hideReason() { return t('moderate-hide-reason'); },
  get hideHint() { return t('moderate-hide-hint'); },
  get hideSubmit() { return t('moderate-hide-submit'); },
  restoreHeading: (title: string) => t('moderate-restore-heading', { title }),
  get restoreReason() { return t('moderate-restore-reason'); },
  get restoreHint() { return t('moderate-restore-hint'); },
  get restoreSubmit() { return t('moderate-restore-submit'); },
  duplicateHeading: (title: string) => t('moderate-duplicate-heading', { title }),
  get duplicateSearch() { return t('moderate-duplicate-search'); },
  get duplicateSearchHint() { return t('moderate-duplicate-search-hint'); },
  get duplicateSearchButton() { return t('moderate-duplicate-search-button'); },
  get duplicateChoose() { return t('moderate-duplicate-choose'); },
  get duplicateNone() { return t('moderate-duplicate-none'); },
  duplicateFound: (n: number) => t('moderate-duplicate-found', { count: n }),
  duplicateById: (id: string) => t('moderate-duplicate-by-id', { id }),
  get duplicateSearching() { return t('moderate-duplicate-searching'); },
  get duplicateReason() { return t('moderate-duplicate-reason'); },
  get duplicateReasonDefault() { return t('moderate-duplicate-reason-default'); },
  get duplicateSubmit() { return t('moderate-duplicate-submit'); },
  get reasonMissing() { return t('moderate-reason-missing'); },
  get reasonTooLong() { return t('moderate-reason-too-long'); },
  get originalMissing() { return t('moderate-original-missing'); },
  get working() { return t('moderate-working'); },

  get errorHeading() { return t('moderate-error-heading'); },
  get errorOffline() { return t('moderate-error-offline'); },
  get errorConflict() { return t('moderate-error-conflict'); },
  get errorGone() { return t('moderate-error-gone'); },

  // Posts flagged in groups' threads
  postsHeading: (count: number, list: string) =>
    list === 'hidden' ? t('moderate-posts-hidden-heading', { count }) : t('moderate-posts-heading', { count }),
  get postsNote() { return t('moderate-posts-note'); },
  postsEmpty: (list: string) => (list === 'hidden' ? t('moderate-posts-hidden-empty') : t('moderate-posts-empty')),
  postWhere: (group: string, thread: string) => t('moderate-post-where', { group, thread }),
  postBy: (author: string) => t('moderate-post-by', { author }),
  get postByUnknown() { return t('moderate-post-by-unknown'); },
  postFlags: (count: number) => t('moderate-post-flags', { count }),
  get postReason() { return t('moderate-post-reason'); },
  get postReasonMissing() { return t('moderate-post-reason-missing'); },
  get postHide() { return t('moderate-post-hide'); },
  get postRestore() { return t('moderate-post-restore'); },
  get postFailed() { return t('moderate-post-failed'); },
  postHidden: (thread: string) => t('moderate-post-hidden', { thread }),
  postRestored: (thread: string) => t('moderate-post-restored', { thread }),
  get errorServer() { return t('moderate-error-server'); },
  get errorForbidden() { return t('moderate-error-forbidden'); },
  fieldProblem: {
    get reason() { return t('moderate-field-problem-reason'); },
    get duplicate_of() { return t('moderate-field-problem-duplicate-of'); },
  } as Record<string, string>,

  // What the live region says
  done: {
    approve: (title: string) => t('moderate-done-approve', { title }),
    keep: (title: string) => t('moderate-done-keep', { title }),
    hide: (title: string) => t('moderate-done-hide', { title }),
    restore: (title: string) => t('moderate-done-restore', { title }),
    mark_duplicate: (title: string) => t('moderate-done-mark-duplicate', { title }),
  },
  left: (n: number, list: 'waiting' | 'hidden') => (list === 'waiting' ? t('moderate-left-waiting', { count: n }) : t('moderate-left-hidden', { count: n })),
  listShown: (n: number, list: 'waiting' | 'hidden') =>
    list === 'waiting' ? t('moderate-list-shown-waiting', { count: n }) : t('moderate-list-shown-hidden', { count: n }),
  byOthers: (titles: string[]) =>
    titles.length === 1 ? t('moderate-by-others-one', { title: titles[0] }) : t('moderate-by-others', { count: titles.length }),
  arrived: (titles: string[]) =>
    titles.length === 1 ? t('moderate-arrived-one', { title: titles[0] }) : t('moderate-arrived', { count: titles.length }),
  get noItem() { return t('moderate-no-item'); },
  notHere: {
    get approve() { return t('moderate-not-here-approve'); },
    get hide() { return t('moderate-not-here-hide'); },
    get restore() { return t('moderate-not-here-restore'); },
    get mark_duplicate() { return t('moderate-not-here-mark-duplicate'); },
  },

  // Shortcuts
  get shortcutsHeading() { return t('moderate-shortcuts-heading'); },
  get shortcutsIntro() { return t('moderate-shortcuts-intro'); },
  /** Each key and what it does (the keys are the same in every language). */
  get shortcuts(): [string, string][] {
    return [
      ['j', t('moderate-shortcut-next')],
      ['k', t('moderate-shortcut-previous')],
      ['a', t('moderate-shortcut-approve')],
      ['h', t('moderate-shortcut-hide')],
      ['r', t('moderate-shortcut-restore')],
      ['d', t('moderate-shortcut-duplicate')],
      ['Esc', t('moderate-shortcut-close')],
      ['?', t('moderate-shortcut-list')],
    ];
  },
  get close() { return t('moderate-close'); },
};

export type ListName = 'waiting' | 'hidden';
export type ActionName = 'approve' | 'hide' | 'restore' | 'mark_duplicate';
