// The words of the "who's missing" page (locales/*/whos-missing.ftl), and the names of the
// census bands and questions (locales/*/report.ftl, shared with the report's staff edition).

import { formatNumber, t } from '../i18n';
import type { Dimension, Participation, Published } from './api';

const num = (n: number, digits = 1): string => formatNumber(n, { maximumFractionDigits: digits });

export const wm = {
  pageTitle: (plan: string) => t('whos-missing-page-title', { plan }),
  get heading() { return t('whos-missing-heading'); },
  get skipToContent() { return t('whos-missing-skip-to-content'); },
  get backToMap() { return t('whos-missing-back-to-map'); },
  get staffReport() { return t('whos-missing-staff-report'); },
  intro: (from: string, to: string) => t('whos-missing-intro', { from, to }),
  get privacy() { return t('whos-missing-privacy'); },
  source: (source: string) => t('whos-missing-population-source', { source }),
  get loading() { return t('whos-missing-loading'); },
  get loadFailed() { return t('whos-missing-load-failed'); },
  get signIn() { return t('whos-missing-sign-in'); },
  get staffOnly() { return t('whos-missing-staff-only'); },
  get notFound() { return t('whos-missing-not-found'); },
  get shadeLegend() { return t('whos-missing-shade-legend'); },
  get shadeRate() { return t('whos-missing-shade-rate'); },
  get shadeBand() { return t('whos-missing-shade-band'); },
  get mapLabel() { return t('whos-missing-map-label'); },
  get legendHeading() { return t('whos-missing-legend-heading'); },
  get legendNoRate() { return t('whos-missing-legend-no-rate'); },
  legendRange: (from: number, to: number) => t('whos-missing-legend-range', { from: num(from), to: num(to) }),
  get legendNoBand() { return t('whos-missing-legend-no-band'); },
  get listHeading() { return t('whos-missing-list-heading'); },
  get listIntro() { return t('whos-missing-list-intro'); },
  get none() { return t('whos-missing-none'); },
  shown: (name: string) => t('whos-missing-shown', { name }),
  rate: (p: Participation) => {
    if (p.rate_per_1000 != null) return t('whos-missing-rate', { rate: num(p.rate_per_1000) });
    if (p.participants === 'suppressed' && p.residents != null) return t('whos-missing-rate-fewer-than-10');
    return t('whos-missing-rate-none');
  },
  representativeness: (r: number | null) =>
    r == null ? t('whos-missing-representativeness-none') : t('whos-missing-representativeness', { value: num(r, 2) }),
  leastHeard: (p: Participation) =>
    p.most_under_represented
      ? t('whos-missing-least-heard', { band: t(p.most_under_represented.label_key), dimension: dimension(p.most_under_represented.dimension) })
      : t('whos-missing-least-heard-none'),
  participants: (p: Published) => (p === 'suppressed' ? t('whos-missing-fewer-than-10') : formatNumber(p.count)),
  participantsLine: (p: Participation) =>
    t('whos-missing-participants', { participants: wm.participants(p.participants), residents: p.residents == null ? t('whos-missing-rate-none') : formatNumber(p.residents) }),
  mapLabelRate: (name: string, p: Participation) => t('whos-missing-area-rate', { name, rate: wm.rate(p) }),
  mapLabelBand: (name: string, p: Participation) =>
    t('whos-missing-area-band', { name, band: p.most_under_represented ? t(p.most_under_represented.label_key) : t('whos-missing-least-heard-none') }),
};

/** A question's name ("Housing tenure"). */
export function dimension(d: Dimension): string {
  return t(`report-dimension-${d.replace(/_/g, '-')}`);
}
