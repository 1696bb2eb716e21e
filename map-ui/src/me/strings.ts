// The words of the "your data" page (locales/*/me.ftl).

import { t } from '../i18n';

/** The kinds of things the download holds, in the order the page lists them. */
export const KINDS = [
  'account', 'contributions', 'replies', 'supports', 'flags', 'follows', 'proposals', 'energy_plans', 'mail', 'about_you',
  'group_memberships', 'group_posts', 'group_flags', 'meetings_attended', 'action_points',
  'volunteering', 'champion', 'modules_completed', 'project_follows', 'help_requests',
] as const;

export const ms = {
  get heading() { return t('me-heading'); },
  get skip() { return t('me-skip'); },
  get back() { return t('me-back'); },
  get intro() { return t('me-intro'); },
  get loading() { return t('me-loading'); },
  get loadFailed() { return t('me-load-failed'); },
  get linkBroken() { return t('me-link-broken'); },
  get linkBrokenBody() { return t('me-link-broken-body'); },
  get proveHeading() { return t('me-prove-heading'); },
  get proveIntro() { return t('me-prove-intro'); },
  get emailLabel() { return t('me-email-label'); },
  get send() { return t('me-send'); },
  get sent() { return t('me-sent'); },
  get badEmail() { return t('me-bad-email'); },
  get tooMany() { return t('me-too-many'); },
  get nothingProved() { return t('me-nothing-proved'); },
  get heldHeading() { return t('me-held-heading'); },
  byEmail: (email: string) => t('me-by-email', { email }),
  byAccount: (email: string) => t('me-by-account', { email }),
  get byVisitor() { return t('me-by-visitor'); },
  count: (kind: string, count: number) => t(`me-count-${kind.replace(/_/g, '-')}`, { count }),
  get download() { return t('me-download'); },
  get eraseHeading() { return t('me-erase-heading'); },
  get eraseIntro() { return t('me-erase-intro'); },
  get erase() { return t('me-erase'); },
  get eraseConfirm() { return t('me-erase-confirm'); },
  get eraseCancel() { return t('me-erase-cancel'); },
  get eraseFailed() { return t('me-erase-failed'); },
  get erasedHeading() { return t('me-erased-heading'); },
  erased: (count: number, kept: number) => t('me-erased', { count, kept }),
  get openMap() { return t('me-open-map'); },
  get officerHeading() { return t('me-officer-heading'); },
  get officerIntro() { return t('me-officer-intro'); },
  get officerPlan() { return t('me-officer-plan'); },
  get officerName() { return t('me-officer-name'); },
  get officerSearch() { return t('me-officer-search'); },
  get officerNone() { return t('me-officer-none'); },
  officerFound: (count: number) => t('me-officer-found', { count }),
  get officerDownload() { return t('me-officer-download'); },
  get officerErase() { return t('me-officer-erase'); },
  get officerEraseConfirm() { return t('me-officer-erase-confirm'); },
};
