// Every word of the account pages (/account/…) and of the account links in the map's header.
// Copy this module to translate them.

export const account = {
  lang: 'en-GB',
  appName: 'Waymark',
  pageTitle: (heading: string) => `${heading} — Waymark`,
  loading: 'Loading…',
  backToMap: 'Back to the map',
  goToMap: 'Go to the map',
  notFound: 'Page not found',
  notFoundIntro: 'There is no account page at this address.',

  // The header of the map.
  navLabel: 'Your account',
  signIn: 'Sign in',
  createAccount: 'Create an account',
  yourAccount: 'Your account',
  signOut: 'Sign out',

  // Forms.
  errorSummary: 'There is a problem',
  errorPrefix: 'Error: ',
  fieldProblem: (field: string, message: string) => `${field}: ${message}`,
  errorOffline: 'You seem to be offline. Check your connection, then try again.',
  errorRateLimited: 'Too many tries in a short time. Wait a minute, then try again.',
  errorGeneric: 'Something went wrong on our side. Try again in a moment.',
  errorSignedOut: 'You are no longer signed in. Reload the page and sign in again.',
  sending: 'Sending…',
  emailLabel: 'E-mail address',
  emailHint: 'We send links to it and never show it to anyone.',
  emailMissing: 'enter your e-mail address',
  passwordLabel: 'Password',
  passwordMissing: 'enter your password',
  newPasswordLabel: 'New password',
  newPasswordHint: 'At least 12 characters. A few words you will remember are good.',
  newPasswordMissing: 'choose a password',
  currentPasswordLabel: 'Current password',
  currentPasswordMissing: 'enter your current password',
  nameLabel: 'Your name (optional)',
  nameHint: 'Shown beside what you pin and write. Leave it empty to show none.',
  /** Names of the fields the server may report, for the error summary. */
  field: {
    email: 'E-mail address',
    password: 'Password',
    current_password: 'Current password',
    display_name: 'Your name',
    token: 'Link',
  } as Record<string, string>,

  // Sign in.
  signInHeading: 'Sign in',
  signedOutHeading: 'You have signed out',
  signedOutIntro: 'Sign in again whenever you like.',
  signInSubmit: 'Sign in',
  wrongPassword: 'The e-mail address or password is not right. Check them and try again.',
  noAccount: 'No account yet?',
  forgotten: 'Forgotten your password?',

  // Sign up.
  signUpHeading: 'Create an account',
  signUpIntro:
    'With an account, what you pin and write is yours wherever you sign in. You can also take part without one.',
  signUpSubmit: 'Create the account',
  haveAccount: 'Already have an account?',
  checkInboxHeading: 'Check your inbox',
  signUpSent: (email: string) =>
    `We sent a mail to ${email}. Open the link in it to finish making your account. If it does not come within a few minutes, look in your spam folder.`,

  // Confirm a sign-up.
  confirmHeading: 'Confirm your account',
  confirmIntro: 'Enter the password you chose when you signed up, then confirm.',
  confirmSubmit: 'Confirm and sign in',
  confirmWrongPassword: 'That is not the password chosen for this sign-up. Try again.',
  confirmTaken: 'This address has an account already. Sign in, or choose a new password.',
  readyHeading: 'Your account is ready',
  readyIntro: (email: string) => `You are signed in as ${email}.`,

  // Password reset.
  resetHeading: 'Forgotten your password',
  resetIntro: 'Enter the e-mail address of your account. We will send it a link to choose a new password.',
  resetSubmit: 'Send the link',
  resetSent: (email: string) =>
    `If ${email} has an account, a mail with a link is on its way. The link works for an hour.`,
  newPasswordHeading: 'Choose a new password',
  newPasswordIntro: 'You will then be signed out everywhere, and can sign in with the new password.',
  newPasswordSubmit: 'Save the new password',
  passwordChangedHeading: 'Your password is changed',
  passwordChangedIntro: 'Sign in with your new password.',
  linkGone: 'This link has expired or was used already.',
  askAgain: 'Ask for a new link',
  noToken: 'This link is not complete. Open it from the mail again, or ask for a new one.',

  // New e-mail address.
  emailConfirmHeading: 'Confirm your new e-mail address',
  emailConfirmIntro: 'Press the button to use this address for your account from now on.',
  emailConfirmSubmit: 'Confirm the new address',
  emailChangedHeading: 'Your e-mail address is changed',
  emailChangedIntro: (email: string) => `Sign in with ${email} from now on.`,
  emailTaken: 'This address has an account of its own now, so yours cannot move to it.',

  // Your account.
  accountHeading: 'Your account',
  signedInAs: (email: string, role: string) => `Signed in as ${email} (${role}).`,
  nameHeading: 'Your name',
  nameSubmit: 'Save the name',
  nameSaved: 'Your name is saved.',
  emailHeading: 'Your e-mail address',
  emailNow: (email: string) => `Now: ${email}`,
  emailNowLabel: 'New e-mail address',
  emailSubmit: 'Change the e-mail address',
  emailSent: (email: string) =>
    `If no other account uses ${email}, a mail with a link is on its way to it. Your address changes when you open the link.`,
  passwordHeading: 'Your password',
  passwordSubmit: 'Change the password',
  passwordSaved: 'Your password is changed. You are signed out everywhere else.',
  roles: {
    resident: 'resident',
    mobiliser: 'community mobiliser',
    facilitator: 'facilitator',
    moderator: 'moderator',
    dno_engineer: 'network engineer',
    admin: 'administrator',
    responder: 'responder for an organisation',
  } as Record<string, string>,
};
