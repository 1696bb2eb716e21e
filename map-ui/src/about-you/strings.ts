// The words of the "about you" questions (locales/*/about-you.ftl).

import { t } from '../i18n';

export const AGE_BANDS = ['under_16', '16_24', '25_34', '35_49', '50_64', '65_74', '75_plus'] as const;
export const GENDERS = ['woman', 'man', 'another'] as const;
export const ETHNIC_GROUPS = ['asian', 'black', 'mixed', 'white', 'other'] as const;
export const DISABILITIES = ['limited_a_lot', 'limited_a_little', 'not_disabled'] as const;
export const TENURES = ['owned', 'shared_ownership', 'social_rented', 'private_rented', 'rent_free'] as const;

export const ays = {
  get heading() { return t('about-you-heading'); },
  get saved() { return t('about-you-saved'); },
  get why() { return t('about-you-why'); },
  get whoSees() { return t('about-you-who-sees'); },
  kept: (days: number) => t('about-you-kept', { days }),
  get preferNot() { return t('about-you-prefer-not'); },
  get send() { return t('about-you-send'); },
  get sending() { return t('about-you-sending'); },
  get skip() { return t('about-you-skip'); },
  get thanksHeading() { return t('about-you-thanks-heading'); },
  get thanks() { return t('about-you-thanks'); },
  get continue() { return t('about-you-continue'); },
  get failed() { return t('about-you-failed'); },
  get expired() { return t('about-you-expired'); },
  get errorSummary() { return t('about-you-error-summary'); },
  get age() { return t('about-you-age'); },
  get gender() { return t('about-you-gender'); },
  get ethnic() { return t('about-you-ethnic'); },
  get disability() { return t('about-you-disability'); },
  get tenure() { return t('about-you-tenure'); },
  /** A band's label: `about-you-{question}-{band}`. */
  band: (question: 'age' | 'gender' | 'ethnic' | 'disability' | 'tenure', band: string) => t(`about-you-${question}-${band}`),
  get postcode() { return t('about-you-postcode'); },
  get postcodeHint() { return t('about-you-postcode-hint'); },
  get postcodeInvalid() { return t('about-you-postcode-invalid'); },
  get fieldLegend() { return t('about-you-field-legend'); },
  get fieldIntro() { return t('about-you-field-intro'); },
  get fieldConsent() { return t('about-you-field-consent'); },
  get fieldConsentNeeded() { return t('about-you-field-consent-needed'); },
};
