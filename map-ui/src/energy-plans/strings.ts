// The words of the energy-plan pages (locales/*/energy-plans.ftl), read from the catalogue
// when used; numbers in the page's language.

import type { Rag } from '../api';
import { formatNumber, t } from '../i18n';
import type { CostBand, DnoVerdict, LaepVerdict, VersionStatus } from './api';

/** The message `prefix` + `key` (underscores as dashes): a word the code picks at run time. */
const word = (prefix: string) => (key: string) => t(`${prefix}${key.replace(/_/g, '-')}`);

/** A figure as the tables and labels show it: up to three decimals, in the page's language. */
export const num = (n: number, digits = 3): string => formatNumber(n, { maximumFractionDigits: digits });

export const ep = {
  listTitle: (plan: string) => t('energy-plans-list-title', { plan }),
  pageTitle: (title: string, plan: string) => t('energy-plans-page-title', { title, plan }),
  get listHeading() { return t('energy-plans-list-heading'); },
  get skipToContent() { return t('energy-plans-skip-to-content'); },
  get backToMap() { return t('energy-plans-back-to-map'); },
  get backToList() { return t('energy-plans-back-to-list'); },
  get listIntro() { return t('energy-plans-list-intro'); },
  get none() { return t('energy-plans-none'); },
  get loadFailed() { return t('energy-plans-load-failed'); },
  get notFound() { return t('energy-plans-not-found'); },
  get loading() { return t('energy-plans-loading'); },
  byGroup: (group: string, places: string) => t('energy-plans-by-group', { group, places }),
  versionStatus: (number: number, status: VersionStatus) => t('energy-plans-version-status', { number, status: ep.status(status) }),
  status: word('energy-plans-status-') as (s: VersionStatus) => string,

  get startHeading() { return t('energy-plans-start-heading'); },
  get signInToStart() { return t('energy-plans-sign-in-to-start'); },
  get signIn() { return t('energy-plans-sign-in'); },
  get titleLabel() { return t('energy-plans-title-label'); },
  get titleHint() { return t('energy-plans-title-hint'); },
  get groupLabel() { return t('energy-plans-group-label'); },
  get neighbourhoodsLegend() { return t('energy-plans-neighbourhoods-legend'); },
  get neighbourhoodsMissing() { return t('energy-plans-neighbourhoods-missing'); },
  get startSubmit() { return t('energy-plans-start-submit'); },
  get starting() { return t('energy-plans-starting'); },

  get versionLabel() { return t('energy-plans-version-label'); },
  versionOption: (number: number, status: VersionStatus) => t('energy-plans-version-option', { number, status: ep.status(status) }),
  get showVersion() { return t('energy-plans-show-version'); },
  statusNote: (s: VersionStatus) =>
    s === 'draft' ? t('energy-plans-draft-note') : s === 'shared' ? t('energy-plans-shared-note') : t('energy-plans-answered-note'),
  get scenarioHeading() { return t('energy-plans-scenario-heading'); },
  get heatPumps() { return t('energy-plans-heat-pumps'); },
  get evCharging() { return t('energy-plans-ev-charging'); },
  get rooftopSolar() { return t('energy-plans-rooftop-solar'); },
  get targetYear() { return t('energy-plans-target-year'); },
  get dfesLabel() { return t('energy-plans-dfes-label'); },
  get dfesHint() { return t('energy-plans-dfes-hint'); },
  get dfesNone() { return t('energy-plans-dfes-none'); },
  get batteriesHeading() { return t('energy-plans-batteries-heading'); },
  get projectsHeading() { return t('energy-plans-projects-heading'); },
  get noneYet() { return t('energy-plans-none-yet'); },
  get itemName() { return t('energy-plans-item-name'); },
  get itemPlace() { return t('energy-plans-item-place'); },
  get itemPower() { return t('energy-plans-item-power'); },
  get itemImport() { return t('energy-plans-item-import'); },
  get itemExport() { return t('energy-plans-item-export'); },
  get itemYear() { return t('energy-plans-item-year'); },
  /** A battery's or project's field by its name in the scenario. */
  itemLabel: (key: string): string =>
    ({ name: ep.itemName, place: ep.itemPlace, power_kw: ep.itemPower, import_kw: ep.itemImport, export_kw: ep.itemExport, year: ep.itemYear, proposal: ep.itemPlace })[key] ?? key,
  get addBattery() { return t('energy-plans-add-battery'); },
  get addProject() { return t('energy-plans-add-project'); },
  removeItem: (name: string) => (name.trim() ? t('energy-plans-remove-item', { name }) : t('energy-plans-remove-unnamed')),
  batteryFieldset: (n: number) => t('energy-plans-battery-fieldset', { n }),
  projectFieldset: (n: number) => t('energy-plans-project-fieldset', { n }),
  placeProposal: (title: string) => t('energy-plans-place-proposal', { title }),
  get noteLabel() { return t('energy-plans-note-label'); },
  get save() { return t('energy-plans-save'); },
  get saving() { return t('energy-plans-saving'); },
  get saved() { return t('energy-plans-saved'); },
  get share() { return t('energy-plans-share'); },
  get shareConfirmHeading() { return t('energy-plans-share-confirm-heading'); },
  shareConfirm: (number: number) => t('energy-plans-share-confirm', { number }),
  get shareYes() { return t('energy-plans-share-yes'); },
  get cancel() { return t('energy-plans-cancel'); },
  sharedDone: (number: number) => t('energy-plans-shared-done', { number }),
  nextVersion: (number: number) => t('energy-plans-next-version', { number }),
  nextStarted: (number: number, previous: number) => t('energy-plans-next-started', { number, previous }),
  get conflict() { return t('energy-plans-conflict'); },
  get updating() { return t('energy-plans-updating'); },
  get previewFailed() { return t('energy-plans-preview-failed'); },
  get busy() { return t('energy-plans-busy'); },
  get print() { return t('energy-plans-print'); },
  get projector() { return t('energy-plans-projector'); },
  get leaveProjector() { return t('energy-plans-leave-projector'); },
  get downloadGeojson() { return t('energy-plans-download-geojson'); },
  get downloadCsv() { return t('energy-plans-download-csv'); },

  get impactHeading() { return t('energy-plans-impact-heading'); },
  impactIntro: (year: number) => t('energy-plans-impact-intro', { year: String(year) }),
  impactMissing: (fields: string) => t('energy-plans-impact-missing', { fields }),
  withoutHomes: (names: string) => t('energy-plans-without-homes', { names }),
  mapLabel: (title: string) => t('energy-plans-map-label', { title }),
  get mapLegend() { return t('energy-plans-map-legend'); },
  rag: (rag: Rag | null | undefined) => word('energy-plans-rag-')(rag ?? 'none'),
  areaLabel: (name: string, rag: Rag) => t('energy-plans-area-label', { name, rag: ep.rag(rag) }),
  summaryCaption: (year: number) => t('energy-plans-summary-caption', { year: String(year) }),
  col: word('energy-plans-col-'),
  /** A headroom band as the server words it (`none`, `under 1 MW`, `1 to 5 MVA`, `over 5 MW`), in the page's language. */
  band: (raw: string): string => {
    const m = /^(none|under 1|1 to 5|over 5)(?: (\S+))?$/.exec(raw.trim());
    if (!m) return raw;
    const unit = m[2] ?? '';
    return m[1] === 'none'
      ? t('energy-plans-band-none')
      : m[1] === 'under 1'
        ? t('energy-plans-band-under-one', { unit })
        : m[1] === '1 to 5'
          ? t('energy-plans-band-one-to-five', { unit })
          : t('energy-plans-band-over-five', { unit });
  },
  yearCaption: (name: string) => t('energy-plans-year-caption', { name }),
  worst: (rag: Rag) => t('energy-plans-worst', { rag: ep.rag(rag) }),
  chartLabel: (name: string) => t('energy-plans-chart-label', { name }),
  series: word('energy-plans-series-'),
  get chartUnit() { return t('energy-plans-chart-unit'); },
  get assumptionsHeading() { return t('energy-plans-assumptions-heading'); },
  assumption: (key: string, value: number) => t(`energy-plans-assumption-${key.replace(/_/g, '-')}`, { value: num(value) }),
  assumptionMissing: (key: string) => t(`energy-plans-assumption-${key.replace(/_/g, '-')}`, { value: t('energy-plans-assumption-missing') }),
  source: (source: string) => t('energy-plans-source', { source }),

  get prioritiesHeading() { return t('energy-plans-priorities-heading'); },
  get prioritiesIntro() { return t('energy-plans-priorities-intro'); },
  get noPriorities() { return t('energy-plans-no-priorities'); },
  get choosePriorities() { return t('energy-plans-choose-priorities'); },
  get noVoices() { return t('energy-plans-no-voices'); },
  voiceCounts: (supports: number, replies: number) => t('energy-plans-voice-counts', { supports, replies }),
  get conversation() { return t('energy-plans-conversation'); },
  get proposalsHeading() { return t('energy-plans-proposals-heading'); },
  get noProposals() { return t('energy-plans-no-proposals'); },
  proposalLine: (group: string, importKw: number, exportKw: number, status: string) =>
    t('energy-plans-proposal-line', { group, import: num(importKw), export: num(exportKw), status }),

  get answersHeading() { return t('energy-plans-answers-heading'); },
  get networkAnswersHeading() { return t('energy-plans-network-answers-heading'); },
  get laepHeading() { return t('energy-plans-laep-heading'); },
  get noAnswer() { return t('energy-plans-no-answer'); },
  verdict: word('energy-plans-verdict-') as (v: DnoVerdict) => string,
  cost: word('energy-plans-cost-') as (c: CostBand) => string,
  laep: word('energy-plans-laep-') as (v: LaepVerdict) => string,
  answerCost: (band: string) => t('energy-plans-answer-cost', { band }),
  answerEarliest: (year: number) => t('energy-plans-answer-earliest', { year: String(year) }),
  answeredOn: (date: string) => t('energy-plans-answered-on', { date }),
  get verdictLabel() { return t('energy-plans-verdict-label'); },
  get choose() { return t('energy-plans-choose'); },
  get costLabel() { return t('energy-plans-cost-label'); },
  get earliestLabel() { return t('energy-plans-earliest-label'); },
  get answerNoteLabel() { return t('energy-plans-answer-note-label'); },
  get answerSubmit() { return t('energy-plans-answer-submit'); },
  get answerSending() { return t('energy-plans-answer-sending'); },
  answerSaved: (name: string) => t('energy-plans-answer-saved', { name }),
  get laepSaved() { return t('energy-plans-laep-saved'); },
  answerFor: (name: string) => t('energy-plans-answer-for', { name }),
  get laepForm() { return t('energy-plans-laep-form'); },

  compare: (number: number) => t('energy-plans-compare', { number }),
  compareHeading: (from: number, to: number) => t('energy-plans-compare-heading', { from, to }),
  get compareClose() { return t('energy-plans-compare-close'); },
  get changesHeading() { return t('energy-plans-changes-heading'); },
  get noChanges() { return t('energy-plans-no-changes'); },
  get changeCaption() { return t('energy-plans-change-caption'); },
  colVersion: (number: number) => t('energy-plans-col-before', { number }),
  get removed() { return t('energy-plans-removed'); },
  get added() { return t('energy-plans-added'); },
  get compareCaption() { return t('energy-plans-compare-caption'); },
  field: word('energy-plans-field-'),
  fieldBattery: (name: string) => t('energy-plans-field-battery', { name }),
  fieldProject: (name: string) => t('energy-plans-field-project', { name }),
  batteryRow: (place: string, power: number, year: number) => t('energy-plans-battery-row', { place, power: num(power), year: String(year) }),
  projectRow: (place: string, importKw: number, exportKw: number, year: number) =>
    t('energy-plans-project-row', { place, import: num(importKw), export: num(exportKw), year: String(year) }),
  fieldItem: (item: string, field: string) => t('energy-plans-field-item', { item, field }),

  printHeading: (title: string) => t('energy-plans-print-heading', { title }),
  printMeta: (group: string, number: number, status: VersionStatus, date: string) =>
    t('energy-plans-print-meta', { group, number, status: ep.status(status), date }),
  get printNow() { return t('energy-plans-print-now'); },
  get printBack() { return t('energy-plans-print-back'); },
  get scenarioCaption() { return t('energy-plans-scenario-caption'); },
  get mapImage() { return t('energy-plans-map-image'); },
};
