// The plan page's words, each from the message catalogue (locales/{tag}/map.ftl) at the
// moment it is read: typed names for the message ids, so that a misspelt one fails to compile.
// Functions take the numbers and names that change; Fluent does the plurals.

import { activeLang, formatDate, languageName, t } from './i18n';
import type { OutlineTexts } from './outline-control';

export type Kind = 'idea' | 'issue' | 'interest' | 'story';
export type Theme =
  | 'energy'
  | 'transport'
  | 'housing'
  | 'green_space'
  | 'safety'
  | 'community'
  | 'health'
  | 'other';
export type Precision = 'exact' | 'street' | 'neighbourhood';

export const KINDS: readonly Kind[] = ['idea', 'issue', 'interest', 'story'];
export const THEMES: readonly Theme[] = [
  'energy',
  'transport',
  'housing',
  'green_space',
  'safety',
  'community',
  'health',
  'other',
];
export const PRECISIONS: readonly Precision[] = ['street', 'exact', 'neighbourhood'];

/** Messages `{prefix}-{key}` by key, read when looked up (`kind.idea` → map-kind-idea). */
function byKey(prefix: string, keys: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const key of keys) {
    const id = `${prefix}-${key.replace(/[._]/g, '-').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    Object.defineProperty(record, key, { enumerable: true, get: () => t(id) });
  }
  return record;
}

/** English plurals for the pages not yet on the catalogue (outcomes). */
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const strings = {
  get lang() {
    return activeLang();
  },
  get appName() {
    return t('common-brand');
  },
  pageTitle: (plan: string) => t('map-page-title', { plan }),
  contributionTitle: (title: string, plan: string) => t('map-contribution-title', { title, plan }),
  get skipToList() {
    return t('map-skip-to-list');
  },
  get loading() {
    return t('map-loading');
  },
  get noScript() {
    return t('map-no-script');
  },
  get planNotFound() {
    return t('map-plan-not-found');
  },
  get openMainMap() {
    return t('map-open-main-map');
  },
  get loadFailed() {
    return t('map-load-failed');
  },
  get tryAgain() {
    return t('map-try-again');
  },
  get mapFailed() {
    return t('map-map-failed');
  },
  get hiddenNow() {
    return t('map-hidden-now');
  },
  get addButton() {
    return t('map-add-button');
  },
  get menuButton() {
    return t('map-menu-button');
  },
  get viewsLabel() {
    return t('map-views-label');
  },
  get viewMap() {
    return t('map-view-map');
  },
  get viewList() {
    return t('map-view-list');
  },
  mapLabel: (plan: string) => t('map-map-label', { plan }),
  get mapRegion() {
    return t('map-map-region');
  },
  get legendTitle() {
    return t('map-legend-title');
  },
  get legendBubble() {
    return t('map-legend-bubble');
  },
  mapLocale: byKey('map-map-locale', ['Map.Title', 'NavigationControl.ZoomIn', 'NavigationControl.ZoomOut', 'NavigationControl.ResetBearing', 'AttributionControl.ToggleAttribution', 'ScaleControl.Meters', 'ScaleControl.Kilometers', 'Marker.Title', 'GeolocateControl.FindMyLocation', 'GeolocateControl.LocationNotAvailable']) as Record<string, string>,
  kind: byKey('map-kind', ['idea', 'issue', 'interest', 'story']) as Record<Kind, string>,
  kindPlural: byKey('map-kind-plural', ['idea', 'issue', 'interest', 'story']) as Record<Kind, string>,
  kindHint: byKey('map-kind-hint', ['idea', 'issue', 'interest', 'story']) as Record<Kind, string>,
  theme: byKey('map-theme', ['energy', 'transport', 'housing', 'green_space', 'safety', 'community', 'health', 'other']) as Record<Theme, string>,
  get browseHeading() {
    return t('map-browse-heading');
  },
  get browseIntro() {
    return t('map-browse-intro');
  },
  get filtersToggle() {
    return t('map-filters-toggle');
  },
  filtersActive: (count: number) => t('map-filters-active', { count }),
  get searchLabel() {
    return t('map-search-label');
  },
  get searchHint() {
    return t('map-search-hint');
  },
  get searchButton() {
    return t('map-search-button');
  },
  get kindLegend() {
    return t('map-kind-legend');
  },
  get themeLegend() {
    return t('map-theme-legend');
  },
  get neighbourhoodLabel() {
    return t('map-neighbourhood-label');
  },
  get anyNeighbourhood() {
    return t('map-any-neighbourhood');
  },
  get clearFilters() {
    return t('map-clear-filters');
  },
  get browseIntroNoMap() {
    return t('map-browse-intro-no-map');
  },
  resultsCount: (count: number, more: boolean, noMap = false) => {
    if (count === 0) return t('map-results-none');
    const where = noMap ? 'area' : 'view';
    return t(more ? `map-results-newest-${where}` : `map-results-count-${where}`, { count });
  },
  get resultsFiltered() {
    return t('map-results-filtered');
  },
  get noResults() {
    return t('map-no-results');
  },
  get noResultsEmpty() {
    return t('map-no-results-empty');
  },
  get showMore() {
    return t('map-show-more');
  },
  get listLoading() {
    return t('map-list-loading');
  },
  get listFailed() {
    return t('map-list-failed');
  },
  searchFound: (count: number, more: boolean) => (count === 0 ? t('map-search-found-none') : t(more ? 'map-search-found-more' : 'map-search-found', { count })),
  mapMatchesCapped: (count: number) => t('map-map-matches-capped', { count }),
  supportsCount: (count: number) => t('map-supports-count', { count }),
  repliesCount: (count: number) => t('map-replies-count', { count }),
  inNeighbourhood: (name: string) => t('map-in-neighbourhood', { name }),
  get backToList() {
    return t('map-back-to-list');
  },
  get showOnMap() {
    return t('map-show-on-map');
  },
  by: (name: string) => t('map-by', { name }),
  get anonymous() {
    return t('map-anonymous');
  },
  posted: (date: string) => t('map-posted', { date }),
  precisionNote: byKey('map-precision-note', ['exact', 'street', 'neighbourhood']) as Record<Precision, string>,
  get pendingNote() {
    return t('map-pending-note');
  },
  get support() {
    return t('map-support');
  },
  get supported() {
    return t('map-supported');
  },
  get supportHint() {
    return t('map-support-hint');
  },
  get helpAsk() {
    return t('map-help-ask');
  },
  get helpHint() {
    return t('map-help-hint');
  },
  get helpAsking() {
    return t('map-help-asking');
  },
  helpTold: (count: number, neighbourhood: string | null) =>
    count === 0 ? t('map-help-none', { neighbourhood: neighbourhood ?? '' }) : t('map-help-told', { count, neighbourhood: neighbourhood ?? '' }),
  get helpAskedBefore() {
    return t('map-help-asked-before');
  },
  get helpFailed() {
    return t('map-help-failed');
  },
  supportCount: (count: number) => t('map-support-count', { count }),
  get supportAdded() {
    return t('map-support-added');
  },
  get supportRemoved() {
    return t('map-support-removed');
  },
  get supportFailed() {
    return t('map-support-failed');
  },
  get featureQuote() {
    return t('map-feature-quote');
  },
  get featureHint() {
    return t('map-feature-hint');
  },
  get featureAdded() {
    return t('map-feature-added');
  },
  get featureRemoved() {
    return t('map-feature-removed');
  },
  get featureRefused() {
    return t('map-feature-refused');
  },
  get featureFailed() {
    return t('map-feature-failed');
  },
  repliesHeadingCount: (count: number) => t('map-replies-heading-count', { count }),
  get noReplies() {
    return t('map-no-replies');
  },
  get replyHeading() {
    return t('map-reply-heading');
  },
  get replyLabel() {
    return t('map-reply-label');
  },
  get replyNameLabel() {
    return t('map-reply-name-label');
  },
  get replyNameHint() {
    return t('map-reply-name-hint');
  },
  get replySubmit() {
    return t('map-reply-submit');
  },
  get replySending() {
    return t('map-reply-sending');
  },
  get replySent() {
    return t('map-reply-sent');
  },
  get replyFailed() {
    return t('map-reply-failed');
  },
  get notFound() {
    return t('map-not-found');
  },
  get addHeading() {
    return t('map-add-heading');
  },
  get addIntro() {
    return t('map-add-intro');
  },
  get cancel() {
    return t('map-cancel');
  },
  get stepWhere() {
    return t('map-step-where');
  },
  get stepWhat() {
    return t('map-step-what');
  },
  get placeByMap() {
    return t('map-place-by-map');
  },
  get placeByKeyboard() {
    return t('map-place-by-keyboard');
  },
  get placeOnMapButton() {
    return t('map-place-on-map-button');
  },
  get placeWithoutMap() {
    return t('map-place-without-map');
  },
  get placeNeighbourhoodLabel() {
    return t('map-place-neighbourhood-label');
  },
  get placeChoose() {
    return t('map-place-choose');
  },
  get placeSearchLabel() {
    return t('map-place-search-label');
  },
  get placeSearchHint() {
    return t('map-place-search-hint');
  },
  get placeSearchButton() {
    return t('map-place-search-button');
  },
  placeNoMatch: (text: string) => t('map-place-no-match', { text }),
  placeFound: (name: string) => t('map-place-found', { name }),
  get placeEmpty() {
    return t('map-place-empty');
  },
  get placeSet() {
    return t('map-place-set');
  },
  get placeMoved() {
    return t('map-place-moved');
  },
  /** Where the new pin is: near `name`, or just on the map. */
  placeChosen: (name: string | null) => (name ? t('map-place-chosen-near', { name }) : t('map-place-chosen-unknown')),
  get placeNeeded() {
    return t('map-place-needed');
  },
  get changePlace() {
    return t('map-change-place');
  },
  get continue() {
    return t('map-continue');
  },
  get pinLabel() {
    return t('map-pin-label');
  },
  get crosshairLabel() {
    return t('map-crosshair-label');
  },
  get keyboardPlacing() {
    return t('map-keyboard-placing');
  },
  get kindQuestion() {
    return t('map-kind-question');
  },
  get themesQuestion() {
    return t('map-themes-question');
  },
  get themesHint() {
    return t('map-themes-hint');
  },
  get titleLabel() {
    return t('map-title-label');
  },
  get titleHint() {
    return t('map-title-hint');
  },
  get bodyLabel() {
    return t('map-body-label');
  },
  get bodyHint() {
    return t('map-body-hint');
  },
  get precisionQuestion() {
    return t('map-precision-question');
  },
  get precisionHint() {
    return t('map-precision-hint');
  },
  precisionOption: byKey('map-precision-option', ['exact', 'street', 'neighbourhood']) as Record<Precision, string>,
  precisionOptionHint: byKey('map-precision-option-hint', ['exact', 'street', 'neighbourhood']) as Record<Precision, string>,
  get nameLabel() {
    return t('map-name-label');
  },
  get nameHint() {
    return t('map-name-hint');
  },
  get submit() {
    return t('map-submit');
  },
  get submitting() {
    return t('map-submitting');
  },
  get errorSummary() {
    return t('map-error-summary');
  },
  /** Read out before an error message next to a field (hidden from sight). */
  get errorPrefix() {
    return `${t('map-error-prefix')} `;
  },
  get errorGeneric() {
    return t('map-error-generic');
  },
  get errorOffline() {
    return t('map-error-offline');
  },
  get errorRateLimited() {
    return t('map-error-rate-limited');
  },
  get errorOutside() {
    return t('map-error-outside');
  },
  get added() {
    return t('map-added');
  },
  get addedPending() {
    return t('map-added-pending');
  },
  charactersLeft: (count: number) => t('map-characters-left', { count }),
  charactersTooMany: (count: number) => t('map-characters-too-many', { count }),
  field: byKey('map-field', ['geometry', 'geometry.type', 'geometry.coordinates', 'properties.kind', 'properties.themes', 'properties.title', 'properties.body', 'properties.display_name', 'properties.precision', 'body', 'display_name']) as Record<string, string>,
  fieldProblem: (field: string, message: string) => t('map-field-problem', { field, message }),
  get today() {
    return t('map-today');
  },
  get yesterday() {
    return t('map-yesterday');
  },
  daysAgo: (count: number) => t('map-days-ago', { count }),
};
/** "Written in Polish" for a contribution in another language than the page's (else null). */
export function writtenIn(lang: string | null | undefined): string | null {
  if (!lang || lang.toLowerCase().split('-')[0] === activeLang().toLowerCase().split('-')[0]) return null;
  return t('map-written-in', { language: languageName(lang) });
}

/** A date as people say it: "today", "3 days ago", or "12 March 2026". */
export function friendlyDate(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const day = 24 * 60 * 60 * 1000;
  const startOf = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const days = Math.round((startOf(now) - startOf(d)) / day);
  if (days <= 0) return strings.today;
  if (days === 1) return strings.yesterday;
  if (days < 7) return strings.daysAgo(days);
  return formatDate(d, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Community energy: the network, proposals, feasibility and DNO answers. */
export const energy = {
  get headerButton() {
    return t('map-energy-header-button');
  },
  get heading() {
    return t('map-energy-heading');
  },
  get intro() {
    return t('map-energy-intro');
  },
  get proposeButton() {
    return t('map-energy-propose-button');
  },
  get plansLink() {
    return t('map-energy-plans-link');
  },
  get proposalsHeading() {
    return t('map-energy-proposals-heading');
  },
  get noProposals() {
    return t('map-energy-no-proposals');
  },
  get queueHeading() {
    return t('map-energy-queue-heading');
  },
  get queueEmpty() {
    return t('map-energy-queue-empty');
  },
  get backToList() {
    return t('map-energy-back-to-list');
  },
  get backToEnergy() {
    return t('map-energy-back-to-energy');
  },
  get loadFailed() {
    return t('map-energy-load-failed');
  },
  get signInHeading() {
    return t('map-energy-sign-in-heading');
  },
  get signInIntro() {
    return t('map-energy-sign-in-intro');
  },
  get signInHeadingPlain() {
    return t('map-energy-sign-in-heading-plain');
  },
  get email() {
    return t('map-energy-email');
  },
  get password() {
    return t('map-energy-password');
  },
  get signIn() {
    return t('map-energy-sign-in');
  },
  get signOut() {
    return t('map-energy-sign-out');
  },
  signedInAs: (email: string, role: string) => t('map-energy-signed-in-as', { email, role }),
  get signedIn() {
    return t('map-energy-signed-in');
  },
  get signedOut() {
    return t('map-energy-signed-out');
  },
  get emailMissing() {
    return t('map-energy-email-missing');
  },
  get passwordMissing() {
    return t('map-energy-password-missing');
  },
  get wrongPassword() {
    return t('map-energy-wrong-password');
  },
  get tooMany() {
    return t('map-energy-too-many');
  },
  get signInFailed() {
    return t('map-energy-sign-in-failed');
  },
  roles: byKey('map-energy-roles', ['resident', 'mobiliser', 'facilitator', 'moderator', 'dno_engineer', 'council_officer', 'admin', 'responder', 'data_officer']) as Record<string, string>,
  get proposeHeading() {
    return t('map-energy-propose-heading');
  },
  get siteLegend() {
    return t('map-energy-site-legend');
  },
  get siteHint() {
    return t('map-energy-site-hint');
  },
  get siteChosen() {
    return t('map-energy-site-chosen');
  },
  get siteMissing() {
    return t('map-energy-site-missing');
  },
  get siteByPoint() {
    return t('map-energy-site-by-point');
  },
  get siteByOutline() {
    return t('map-energy-site-by-outline');
  },
  get siteByOutlineHint() {
    return t('map-energy-site-by-outline-hint');
  },
  /** The words of the control that draws a project's site as an outline. */
  outline: {
    get hint() {
      return t('map-energy-outline-hint');
    },
    get start() {
      return t('map-energy-outline-start');
    },
    get again() {
      return t('map-energy-outline-again');
    },
    get finish() {
      return t('map-energy-outline-finish');
    },
    get undo() {
      return t('map-energy-outline-undo');
    },
    get stop() {
      return t('map-energy-outline-stop');
    },
    corners: (count: number) => t('map-energy-outline-corners', { count }),
    get drawing() {
      return t('map-energy-outline-drawing');
    },
    done: (count: number) => t('map-energy-outline-done', { count }),
    get stopped() {
      return t('map-energy-outline-stopped');
    },
    get tooFew() {
      return t('map-energy-outline-too-few');
    },
  } satisfies OutlineTexts,
  get outlineCrosses() {
    return t('map-energy-outline-crosses');
  },
  get outlineMissing() {
    return t('map-energy-outline-missing');
  },
  get feasibilityWaitingOutline() {
    return t('map-energy-feasibility-waiting-outline');
  },
  get siteIsPoint() {
    return t('map-energy-site-is-point');
  },
  siteIsOutline: (count: number) => t('map-energy-site-is-outline', { count }),
  get title() {
    return t('map-energy-title');
  },
  get titleHint() {
    return t('map-energy-title-hint');
  },
  get technology() {
    return t('map-energy-technology');
  },
  technologies: byKey('map-energy-technologies', ['solar_pv', 'wind', 'battery', 'heat_pump', 'ev_charging', 'heat_network', 'efficiency']) as Record<string, string>,
  get capacity() {
    return t('map-energy-capacity');
  },
  get capacityHint() {
    return t('map-energy-capacity-hint');
  },
  get exportKw() {
    return t('map-energy-export-kw');
  },
  get exportHint() {
    return t('map-energy-export-hint');
  },
  get importKw() {
    return t('map-energy-import-kw');
  },
  get importHint() {
    return t('map-energy-import-hint');
  },
  get phases() {
    return t('map-energy-phases');
  },
  get phase1() {
    return t('map-energy-phase1');
  },
  get phase3() {
    return t('map-energy-phase3');
  },
  get group() {
    return t('map-energy-group');
  },
  get groupHint() {
    return t('map-energy-group-hint');
  },
  get description() {
    return t('map-energy-description');
  },
  get submit() {
    return t('map-energy-submit');
  },
  get sending() {
    return t('map-energy-sending');
  },
  get cancel() {
    return t('map-energy-cancel');
  },
  get numberBad() {
    return t('map-energy-number-bad');
  },
  get errorSummary() {
    return t('map-energy-error-summary');
  },
  get sendFailed() {
    return t('map-energy-send-failed');
  },
  get sent() {
    return t('map-energy-sent');
  },
  get feasibilityHeading() {
    return t('map-energy-feasibility-heading');
  },
  get feasibilityWaiting() {
    return t('map-energy-feasibility-waiting');
  },
  get feasibilityChecking() {
    return t('map-energy-feasibility-checking');
  },
  get feasibilityFailed() {
    return t('map-energy-feasibility-failed');
  },
  rag: byKey('map-energy-rag', ['green', 'amber', 'red']) as Record<string, string>,
  ragShort: byKey('map-energy-rag-short', ['green', 'amber', 'red']) as Record<string, string>,
  servedBy: (name: string) => t('map-energy-served-by', { name }),
  get feasibilityNote() {
    return t('map-energy-feasibility-note');
  },
  get status() {
    return t('map-energy-status');
  },
  statuses: byKey('map-energy-statuses', ['draft', 'submitted', 'under_review', 'can_connect', 'needs_study', 'needs_reinforcement', 'cannot_connect', 'withdrawn', 'going_ahead']) as Record<string, string>,
  figures: (capacity: number, exp: number, imp: number) => t('map-energy-figures', { capacity, export: exp, import: imp }),
  byGroup: (group: string) => t('map-energy-by-group', { group }),
  get historyHeading() {
    return t('map-energy-history-heading');
  },
  historyItem: (from: string | null, to: string) => (from ? t('map-energy-history-item', { from, to }) : to),
  get responseHeading() {
    return t('map-energy-response-heading');
  },
  get noResponse() {
    return t('map-energy-no-response');
  },
  get decision() {
    return t('map-energy-decision');
  },
  decisions: byKey('map-energy-decisions', ['can_connect', 'needs_study', 'needs_reinforcement', 'cannot_connect']) as Record<string, string>,
  get costBand() {
    return t('map-energy-cost-band');
  },
  get costBandHint() {
    return t('map-energy-cost-band-hint');
  },
  get timescale() {
    return t('map-energy-timescale');
  },
  get timescaleHint() {
    return t('map-energy-timescale-hint');
  },
  get conditions() {
    return t('map-energy-conditions');
  },
  get notes() {
    return t('map-energy-notes');
  },
  get answerHeading() {
    return t('map-energy-answer-heading');
  },
  get sendAnswer() {
    return t('map-energy-send-answer');
  },
  get answered() {
    return t('map-energy-answered');
  },
  get decisionMissing() {
    return t('map-energy-decision-missing');
  },
  get answerFailed() {
    return t('map-energy-answer-failed');
  },
  get notAllowed() {
    return t('map-energy-not-allowed');
  },
  get stepsHeading() {
    return t('map-energy-steps-heading');
  },
  steps: byKey('map-energy-steps', ['submitted', 'under_review', 'withdrawn', 'going_ahead']) as Record<string, string>,
  get submitAgain() {
    return t('map-energy-submit-again');
  },
  stepDone: byKey('map-energy-step-done', ['submitted', 'under_review', 'withdrawn', 'going_ahead']) as Record<string, string>,
  get withdrawQuestion() {
    return t('map-energy-withdraw-question');
  },
  get withdrawConfirm() {
    return t('map-energy-withdraw-confirm');
  },
  get withdrawCancel() {
    return t('map-energy-withdraw-cancel');
  },
  stepFailed: (detail: string) => t('map-energy-step-failed', { detail: detail.replace(/\.?$/, '.') }),
  get stepOffline() {
    return t('map-energy-step-offline');
  },
  statusNow: (title: string, status: string) => t('map-energy-status-now', { title, status }),
  get networkToggle() {
    return t('map-energy-network-toggle');
  },
  get networkLegend() {
    return t('map-energy-network-legend');
  },
  get networkLegendDno() {
    return t('map-energy-network-legend-dno');
  },
  networkLabel: (name: string, rag: string) => t('map-energy-network-label', { name, rag }),
  networkLabelDno: (name: string, mw: number) => t('map-energy-network-label-dno', { name, mw }),
  get dnoBands() {
    return [t('map-energy-dno-band-high'), t('map-energy-dno-band-low'), t('map-energy-dno-band-none')];
  },
  substationHeading: (name: string) => name,
  substationFigures: byKey('map-energy-substation-figures', ['voltage', 'firm_capacity_mva', 'peak_demand_mva', 'demand_headroom_mva', 'generation_headroom_mw', 'connected_generation_mw', 'queued_generation_mw', 'fault_level_headroom_ka', 'rag', 'data_date', 'source']) as Record<string, string>,
  get substationsHeading() {
    return t('map-energy-substations-heading');
  },
  get closeDetails() {
    return t('map-energy-close-details');
  },
  get networkFailed() {
    return t('map-energy-network-failed');
  },
};

/** A person's own contributions to the plan. */
export const mine = {
  button: (count: number | null) => t('map-mine-button', { count: count ?? 'none' }),
  get heading() {
    return t('map-mine-heading');
  },
  get intro() {
    return t('map-mine-intro');
  },
  get loading() {
    return t('map-mine-loading');
  },
  get failed() {
    return t('map-mine-failed');
  },
  get offline() {
    return t('map-mine-offline');
  },
  get empty() {
    return t('map-mine-empty');
  },
  count: (count: number) => t('map-mine-count', { count }),
  get pending() {
    return t('map-mine-pending');
  },
};

/** Following a neighbourhood or an area by e-mail. */
export const follow = {
  get button() {
    return t('map-follow-button');
  },
  buttonNeighbourhood: (name: string) => t('map-follow-button-neighbourhood', { name }),
  get heading() {
    return t('map-follow-heading');
  },
  get intro() {
    return t('map-follow-intro');
  },
  get emailLabel() {
    return t('map-follow-email-label');
  },
  get emailHint() {
    return t('map-follow-email-hint');
  },
  get whatLegend() {
    return t('map-follow-what-legend');
  },
  get whatNeighbourhood() {
    return t('map-follow-what-neighbourhood');
  },
  get whatDraw() {
    return t('map-follow-what-draw');
  },
  get whatView() {
    return t('map-follow-what-view');
  },
  get neighbourhoodLabel() {
    return t('map-follow-neighbourhood-label');
  },
  get neighbourhoodChoose() {
    return t('map-follow-neighbourhood-choose');
  },
  /** The words of the control that draws an area to follow. */
  draw: {
    get hint() {
      return t('map-follow-draw-hint');
    },
    get start() {
      return t('map-follow-draw-start');
    },
    get again() {
      return t('map-follow-draw-again');
    },
    get finish() {
      return t('map-follow-draw-finish');
    },
    get undo() {
      return t('map-follow-draw-undo');
    },
    get stop() {
      return t('map-follow-draw-stop');
    },
    corners: (count: number) => t('map-follow-draw-corners', { count }),
    get drawing() {
      return t('map-follow-draw-drawing');
    },
    done: (count: number) => t('map-follow-draw-done', { count }),
    get stopped() {
      return t('map-follow-draw-stopped');
    },
    get tooFew() {
      return t('map-follow-draw-too-few');
    },
  } satisfies OutlineTexts,
  get viewHint() {
    return t('map-follow-view-hint');
  },
  get frequencyLegend() {
    return t('map-follow-frequency-legend');
  },
  frequency: byKey('map-follow-frequency', ['weekly', 'daily']) as Record<string, string>,
  get submit() {
    return t('map-follow-submit');
  },
  get sending() {
    return t('map-follow-sending');
  },
  get sent() {
    return t('map-follow-sent');
  },
  get sentHint() {
    return t('map-follow-sent-hint');
  },
  get another() {
    return t('map-follow-another');
  },
  get errorGeneric() {
    return t('map-follow-error-generic');
  },
  get errorOffline() {
    return t('map-follow-error-offline');
  },
  get emailMissing() {
    return t('map-follow-email-missing');
  },
  get neighbourhoodNeeded() {
    return t('map-follow-neighbourhood-needed');
  },
  get drawNeeded() {
    return t('map-follow-draw-needed');
  },
  get viewOutside() {
    return t('map-follow-view-outside');
  },
  field: byKey('map-follow-field', ['email', 'neighbourhood', 'area', 'frequency']) as Record<string, string>,
};
