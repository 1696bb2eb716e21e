// Every word of the account pages (/account/…) and of the account links in the map's header,
// from locales/*/account.ftl: each entry asks the catalogue when it is read.

import { t } from '../i18n';

export const account = {
  /** The service's name, the same in every language. */
  appName: 'Waymark',
  pageTitle: (heading: string) => t('account-page-title', { heading }),
  get loading() { return t('account-loading'); },
  get backToMap() { return t('account-back-to-map'); },
  get goToMap() { return t('account-go-to-map'); },
  get notFound() { return t('account-not-found'); },
  get notFoundIntro() { return t('account-not-found-intro'); },

  // The header of the map.
  get navLabel() { return t('account-nav-label'); },
  get signIn() { return t('account-sign-in'); },
  get createAccount() { return t('account-create-account'); },
  get yourAccount() { return t('account-your-account'); },
  get yourData() { return t('account-your-data'); },
  get signOut() { return t('account-sign-out'); },

  // Forms.
  get errorSummary() { return t('account-error-summary'); },
  get errorPrefix() { return t('account-error-prefix'); },
  fieldProblem: (field: string, message: string) => t('account-field-problem', { field, message }),
  get errorOffline() { return t('account-error-offline'); },
  get errorRateLimited() { return t('account-error-rate-limited'); },
  get errorGeneric() { return t('account-error-generic'); },
  get errorSignedOut() { return t('account-error-signed-out'); },
  get sending() { return t('account-sending'); },
  get emailLabel() { return t('account-email-label'); },
  get emailHint() { return t('account-email-hint'); },
  get emailMissing() { return t('account-email-missing'); },
  get passwordLabel() { return t('account-password-label'); },
  get passwordMissing() { return t('account-password-missing'); },
  get newPasswordLabel() { return t('account-new-password-label'); },
  get newPasswordHint() { return t('account-new-password-hint'); },
  get newPasswordMissing() { return t('account-new-password-missing'); },
  get currentPasswordLabel() { return t('account-current-password-label'); },
  get currentPasswordMissing() { return t('account-current-password-missing'); },
  get nameLabel() { return t('account-name-label'); },
  get nameHint() { return t('account-name-hint'); },
  /** Names of the fields the server may report, for the error summary. */
  field: {
    get email() { return t('account-field-email'); },
    get password() { return t('account-field-password'); },
    get current_password() { return t('account-field-current-password'); },
    get display_name() { return t('account-field-display-name'); },
    get token() { return t('account-field-token'); },
  } as Record<string, string>,

  // Sign in.
  get signInHeading() { return t('account-sign-in-heading'); },
  get signedOutHeading() { return t('account-signed-out-heading'); },
  get signedOutIntro() { return t('account-signed-out-intro'); },
  get signInSubmit() { return t('account-sign-in-submit'); },
  get wrongPassword() { return t('account-wrong-password'); },
  get noAccount() { return t('account-no-account'); },
  get forgotten() { return t('account-forgotten'); },

  // Sign up.
  get signUpHeading() { return t('account-sign-up-heading'); },
  get signUpIntro() { return t('account-sign-up-intro'); },
  get signUpSubmit() { return t('account-sign-up-submit'); },
  get haveAccount() { return t('account-have-account'); },
  get checkInboxHeading() { return t('account-check-inbox-heading'); },
  signUpSent: (email: string) => t('account-sign-up-sent', { email }),

  // Confirm a sign-up.
  get confirmHeading() { return t('account-confirm-heading'); },
  get confirmIntro() { return t('account-confirm-intro'); },
  get confirmSubmit() { return t('account-confirm-submit'); },
  get confirmWrongPassword() { return t('account-confirm-wrong-password'); },
  get confirmTaken() { return t('account-confirm-taken'); },
  get readyHeading() { return t('account-ready-heading'); },
  readyIntro: (email: string) => t('account-ready-intro', { email }),

  // Password reset.
  get resetHeading() { return t('account-reset-heading'); },
  get resetIntro() { return t('account-reset-intro'); },
  get resetSubmit() { return t('account-reset-submit'); },
  resetSent: (email: string) => t('account-reset-sent', { email }),
  get newPasswordHeading() { return t('account-new-password-heading'); },
  get newPasswordIntro() { return t('account-new-password-intro'); },
  get newPasswordSubmit() { return t('account-new-password-submit'); },
  get passwordChangedHeading() { return t('account-password-changed-heading'); },
  get passwordChangedIntro() { return t('account-password-changed-intro'); },
  get linkGone() { return t('account-link-gone'); },
  get askAgain() { return t('account-ask-again'); },
  get noToken() { return t('account-no-token'); },

  // New e-mail address.
  get emailConfirmHeading() { return t('account-email-confirm-heading'); },
  get emailConfirmIntro() { return t('account-email-confirm-intro'); },
  get emailConfirmSubmit() { return t('account-email-confirm-submit'); },
  get emailChangedHeading() { return t('account-email-changed-heading'); },
  emailChangedIntro: (email: string) => t('account-email-changed-intro', { email }),
  get emailTaken() { return t('account-email-taken'); },

  // Your account.
  get accountHeading() { return t('account-account-heading'); },
  signedInAs: (email: string, role: string) => t('account-signed-in-as', { email, role }),
  get nameHeading() { return t('account-name-heading'); },
  get nameSubmit() { return t('account-name-submit'); },
  get nameSaved() { return t('account-name-saved'); },
  get emailHeading() { return t('account-email-heading'); },
  emailNow: (email: string) => t('account-email-now', { email }),
  get emailNowLabel() { return t('account-email-now-label'); },
  get emailSubmit() { return t('account-email-submit'); },
  emailSent: (email: string) => t('account-email-sent', { email }),
  get passwordHeading() { return t('account-password-heading'); },
  get passwordSubmit() { return t('account-password-submit'); },
  get passwordSaved() { return t('account-password-saved'); },
  roles: {
    get resident() { return t('account-roles-resident'); },
    get mobiliser() { return t('account-roles-mobiliser'); },
    get facilitator() { return t('account-roles-facilitator'); },
    get moderator() { return t('account-roles-moderator'); },
    get dno_engineer() { return t('account-roles-dno-engineer'); },
    get admin() { return t('account-roles-admin'); },
    get responder() { return t('account-roles-responder'); },
    get council_officer() { return t('account-roles-council-officer'); },
    get data_officer() { return t('account-roles-data-officer'); },
  } as Record<string, string>,
};
