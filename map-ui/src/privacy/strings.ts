// The words of the privacy notice (locales/*/privacy.ftl).

import { t } from '../i18n';
import type { CookiePurpose, Purpose, Right } from './api';

export const ps = {
  pageTitle: (plan: string) => t('privacy-page-title', { plan }),
  get heading() { return t('privacy-heading'); },
  get skip() { return t('privacy-skip'); },
  get back() { return t('privacy-back'); },
  get loading() { return t('privacy-loading'); },
  get notFound() { return t('privacy-not-found'); },
  get loadFailed() { return t('privacy-load-failed'); },
  get intro() { return t('privacy-intro'); },
  get controllerHeading() { return t('privacy-controller-heading'); },
  controller: (controller: string) => t('privacy-controller', { controller }),
  get controllerMissing() { return t('privacy-controller-missing'); },
  get contactHeading() { return t('privacy-contact-heading'); },
  get contactIntro() { return t('privacy-contact-intro'); },
  get contactMissing() { return t('privacy-contact-missing'); },
  get purposesHeading() { return t('privacy-purposes-heading'); },
  purpose: (p: Purpose) => t(`privacy-purpose-${p}`),
  get retentionHeading() { return t('privacy-retention-heading'); },
  get retentionIntro() { return t('privacy-retention-intro'); },
  retention: {
    get events() { return t('privacy-retention-events'); },
    get sessions() { return t('privacy-retention-sessions'); },
    get unconfirmed() { return t('privacy-retention-unconfirmed'); },
    get sentMail() { return t('privacy-retention-sent-mail'); },
    get retry() { return t('privacy-retention-retry'); },
    get visitor() { return t('privacy-retention-visitor'); },
    get inactive() { return t('privacy-retention-inactive'); },
    get aboutYou() { return t('privacy-retention-about-you'); },
  },
  /** A period in days; 0 means the data is kept. */
  days: (days: number) => (days > 0 ? t('privacy-days', { days }) : t('privacy-kept')),
  inactive: (days: number) => (days > 0 ? t('privacy-inactive-days', { days }) : t('privacy-inactive-off')),
  get cookiesHeading() { return t('privacy-cookies-heading'); },
  get cookiesIntro() { return t('privacy-cookies-intro'); },
  get cookieName() { return t('privacy-cookie-name'); },
  get cookiePurpose() { return t('privacy-cookie-purpose'); },
  get cookieLifetime() { return t('privacy-cookie-lifetime'); },
  cookie: (p: CookiePurpose) => t(`privacy-cookie-${p.replace('_', '-')}`),
  get rightsHeading() { return t('privacy-rights-heading'); },
  right: (r: Right) => t(`privacy-right-${r}`),
  get rightsHow() { return t('privacy-rights-how'); },
  get yourDataLink() { return t('privacy-your-data-link'); },
  get complaintLink() { return t('privacy-complaint-link'); },
};
