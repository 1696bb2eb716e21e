account-loading = Loading…
account-back-to-map = Back to the map
account-go-to-map = Go to the map
account-not-found = Page not found
account-not-found-intro = There is no account page at this address.

## The header of the map.
account-nav-label = Your account
account-sign-in = Sign in
account-create-account = Create an account
account-your-account = Your account
account-your-data = Your data
account-sign-out = Sign out

## Forms.
account-error-summary = There is a problem
account-error-prefix = Error:{ " " }
account-error-offline = You seem to be offline. Check your connection, then try again.
account-error-rate-limited = Too many tries in a short time. Wait a minute, then try again.
account-error-generic = Something went wrong on our side. Try again in a moment.
account-error-signed-out = You are no longer signed in. Reload the page and sign in again.
account-sending = Sending…
account-email-label = E-mail address
account-email-hint = We send links to it and never show it to anyone.
account-email-missing = enter your e-mail address
account-password-label = Password
account-password-missing = enter your password
account-new-password-label = New password
account-new-password-hint = At least 12 characters. A few words you will remember are good.
account-new-password-missing = choose a password
account-current-password-label = Current password
account-current-password-missing = enter your current password
account-name-label = Your name (optional)
account-name-hint = Shown beside what you pin and write. Leave it empty to show none.
account-field-email = E-mail address
account-field-password = Password
account-field-current-password = Current password
account-field-display-name = Your name
account-field-token = Link

## Sign in.
account-sign-in-heading = Sign in
account-signed-out-heading = You have signed out
account-signed-out-intro = Sign in again whenever you like.
account-sign-in-submit = Sign in
account-wrong-password = The e-mail address or password is not right. Check them and try again.
account-no-account = No account yet?
account-forgotten = Forgotten your password?

## Sign up.
account-sign-up-heading = Create an account
account-sign-up-intro = With an account, what you pin and write is yours wherever you sign in. You can also take part without one.
account-sign-up-submit = Create the account
account-have-account = Already have an account?
account-check-inbox-heading = Check your inbox

## Confirm a sign-up.
account-confirm-heading = Confirm your account
account-confirm-intro = Enter the password you chose when you signed up, then confirm.
account-confirm-submit = Confirm and sign in
account-confirm-wrong-password = That is not the password chosen for this sign-up. Try again.
account-confirm-taken = This address has an account already. Sign in, or choose a new password.
account-ready-heading = Your account is ready

## Password reset.
account-reset-heading = Forgotten your password
account-reset-intro = Enter the e-mail address of your account. We will send it a link to choose a new password.
account-reset-submit = Send the link
account-new-password-heading = Choose a new password
account-new-password-intro = You will then be signed out everywhere, and can sign in with the new password.
account-new-password-submit = Save the new password
account-password-changed-heading = Your password is changed
account-password-changed-intro = Sign in with your new password.
account-link-gone = This link has expired or was used already.
account-ask-again = Ask for a new link
account-no-token = This link is not complete. Open it from the mail again, or ask for a new one.

## New e-mail address.
account-email-confirm-heading = Confirm your new e-mail address
account-email-confirm-intro = Press the button to use this address for your account from now on.
account-email-confirm-submit = Confirm the new address
account-email-changed-heading = Your e-mail address is changed
account-email-taken = This address has an account of its own now, so yours cannot move to it.

## Your account.
account-account-heading = Your account
account-name-heading = Your name
account-name-submit = Save the name
account-name-saved = Your name is saved.
account-email-heading = Your e-mail address
account-email-now-label = New e-mail address
account-email-submit = Change the e-mail address
account-password-heading = Your password
account-password-submit = Change the password
account-password-saved = Your password is changed. You are signed out everywhere else.
account-roles-resident = resident
account-roles-mobiliser = community mobiliser
account-roles-facilitator = facilitator
account-roles-moderator = moderator
account-roles-dno-engineer = network engineer
account-roles-admin = administrator
account-roles-responder = responder for an organisation
account-roles-council-officer = council officer (Local Area Energy Plan)
account-roles-data-officer = data officer (requests about people's data)

## Sentences with values
# The browser tab's title. $heading: the page's heading
account-page-title = { $heading } — Waymark
# $field: the name of a form field; $message: what is wrong with it
account-field-problem = { $field }: { $message }
account-sign-up-sent = We sent a mail to { $email }. Open the link in it to finish making your account. If it does not come within a few minutes, look in your spam folder.
account-ready-intro = You are signed in as { $email }.
account-reset-sent = If { $email } has an account, a mail with a link is on its way. The link works for an hour.
account-email-changed-intro = Sign in with { $email } from now on.
# $role: the account's role, from account-roles-…
account-signed-in-as = Signed in as { $email } ({ $role }).
account-email-now = Now: { $email }
account-email-sent = If no other account uses { $email }, a mail with a link is on its way to it. Your address changes when you open the link.
account-whos-missing = Who's missing
