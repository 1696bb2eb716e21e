field-heading = Field notes
field-loading = Loading…
field-skip-to-queue = Skip to what is waiting to sync

## Connection and account
field-account-label = Your account
field-online = Online
field-offline = Offline
field-offline-note = No connection. What you record is kept on this phone and sent when you are back online.
field-sign-out = Sign out
field-signed-out = You are signed out.
field-sign-in-heading = Sign in to record conversations
field-sign-in-intro = This page is for community mobilisers. Sign in once while you have a connection; after that it works with no signal.
field-sign-in-again = Your session has ended. Sign in again to send what is waiting.
field-email = Email
field-password = Password
field-sign-in = Sign in
field-signing-in = Signing in…
field-sign-in-failed = The email address or password is not right.
field-sign-in-offline = You are offline. Signing in needs a connection.
field-sign-in-busy = Too many attempts. Wait a minute, then try again.
field-need-first-sign-in = Open this page once while you are online and sign in. After that it works with no signal.
field-no-plan-data = The list of neighbourhoods has not been saved on this phone yet. Open this page once while you are online.
field-plan-not-found = There is no plan with this address. Check the link.

## Sync bar
field-sync-heading = Sync
field-all-sent = Nothing waiting: everything is sent.
field-sync-now = Sync now
field-syncing = Sending…
field-sync-signed-out = Sign in again to send what is waiting.

## The map kept for offline use
field-map-not-kept = The map is not kept on this phone yet. It is kept the next time this page is open with a connection.

## The form
field-form-heading = Record a conversation
field-edit-heading = Change and send again
field-kind-legend = What did they share?
field-themes-legend = What is it about?
field-themes-hint = Choose one, two or three.
field-title-label = Title
field-title-hint = A few words, for example “Bus shelter on Oak Road”.
field-body-label = What they said (optional)
field-body-hint = In their words where you can.
field-where-legend = Where is it about?
field-where-mode-position = Where I am now
field-where-mode-map = Tap on a map
field-where-mode-neighbourhood = A neighbourhood
field-use-position = Use my position
field-finding-position = Finding your position…
field-outside-plan = outside the plan area
field-position-denied = This page may not use your location. Choose a neighbourhood or tap the map instead.
field-position-failed = Your position could not be found. Try again outside, or choose a neighbourhood.
field-position-unsupported = This phone cannot share its position. Choose a neighbourhood instead.
field-outside-warning = This place looks outside the plan area. The server may refuse it: check it, or choose a neighbourhood.
field-map-hint = Tap the map where it is about.
field-map-label = Map of the plan area. Tap to place the conversation.
field-map-offline = The map was not kept on this phone for offline use. Use your position or choose a neighbourhood.
field-map-failed = The map cannot be shown on this phone. Use your position or choose a neighbourhood.
field-neighbourhood-label = Neighbourhood
field-neighbourhood-choose = Choose a neighbourhood…
field-somewhere = in the plan area
field-precision-legend = How exactly to show the place
field-precision-street = The nearest street (about 100 m)
field-precision-exact = The exact spot
field-precision-neighbourhood = Only the neighbourhood
field-precision-hint = A doorstep is someone’s home: keep it to the street unless it is a public place.
field-behalf-label = Who said it (optional)
field-behalf-hint = As they want it recorded: a first name, or “resident of Oak Road”. Not shown in public.
field-consent-legend = What did they agree to?
field-consent-publish = Publish it, with the name below if they gave one
field-consent-anonymise = Publish it without any name
field-consent-internal = Keep it internal: counted in reports, never shown
field-display-name-label = Name to show with it (optional)
field-display-name-hint = Only if they asked for it.
field-channel-legend = How did you talk?
field-channel-door-step = On the doorstep
field-channel-event = At an event
field-channel-phone = On the phone
field-channel-workshop = At a workshop
field-channel-online = Online
field-date-label = Date of the conversation
field-today = today
field-save = Save conversation
field-save-edit = Save and send again
field-cancel-edit = Cancel
field-saved-edit = Changes saved. It is waiting to sync.

## Checks before saving
field-error-summary = Please check the following:
field-error-prefix = Error:{ " " }
field-kind-required = Choose what they shared.
field-themes-required = Choose at least one theme.
field-themes-too-many = Choose at most three themes.
field-title-required = Give it a title.
field-title-too-long = Keep the title to 120 characters or fewer.
field-body-too-long = Keep the text to 4000 characters or fewer.
field-where-required = Choose where: your position, a tap on the map, or a neighbourhood.
field-behalf-too-long = Keep this to 120 characters or fewer.
field-display-name-too-long = Keep the name to 60 characters or fewer.
field-consent-required = Choose what they agreed to.
field-date-required = Give the date of the conversation, not later than today.

## The queue
field-queue-heading = On this phone
field-attention-intro = The server did not accept these. Change and send again, or discard.
field-nothing-waiting = Nothing is waiting.
field-nothing-sent = Nothing sent yet.
field-replayed-note = Already on the server: sent again safely, no copy made.
field-internal-note = Internal
field-edit = Change
field-send-again = Send again
field-discard = Discard
field-discard-yes = Yes, discard
field-discard-no = Keep it
field-discarded = Discarded.
# $detail: the server's own words about the refusal (they may be in English)
field-server-said = The server said: { $detail }
field-problem-sign-in = Sign in again, then send it again.
field-problem-forbidden = This account may not record conversations.
field-problem-key-reused = A different version of this conversation was already sent. Discard this one if it is a copy.
field-problem-outside = The place is outside the plan area. Change the place and send again.
field-field-geometry = Place
field-field-geometry-coordinates = Place
field-field-properties-kind = What they shared
field-field-properties-themes = Themes
field-field-properties-title = Title
field-field-properties-body = What they said
field-field-properties-display-name = Name to show
field-field-properties-precision = How exactly to show the place
field-field-properties-on-behalf-of = Who said it
field-field-properties-channel = How you talked
field-field-properties-conversation-date = Date
field-field-properties-consent = What they agreed to
field-field-idempotency-key = Sync key
field-role-resident = resident
field-role-mobiliser = community mobiliser
field-role-facilitator = facilitator
field-role-moderator = moderator
field-role-dno-engineer = network engineer
field-role-admin = administrator
field-role-responder = responder for an organisation
field-role-council-officer = council officer (Local Area Energy Plan)
field-role-data-officer = data officer (requests about people's data)

## Sentences with values
field-page-title = Field notes — Waymark
# $plan: the plan's name
field-page-title-plan = Field notes — { $plan } — Waymark
field-signed-in-as = Signed in as { $email }
field-signed-in-offline = Signed in as { $email } (last time this phone was online)
# $role: the account's role, from field-role-…
field-not-mobiliser = This account ({ $role }) cannot record conversations. Sign in with a community mobiliser's account.
field-waiting-signed-out = { $count ->
    [one] { $count } conversation is still waiting on this phone. It is sent after the next sign-in.
   *[other] { $count } conversations are still waiting on this phone. They are sent after the next sign-in.
}
field-waiting-count = { $count } waiting to sync
field-attention-count = { $count ->
    [one] { $count } needs attention
   *[other] { $count } need attention
}
field-sync-sent = { $count } sent.
field-sync-replayed = { $count } already recorded.
field-sync-attention = { $count ->
    [one] { $count } needs attention.
   *[other] { $count } need attention.
}
field-sync-waiting = { $count } still waiting.
field-sync-nothing = Nothing to send.
field-sync-offline = No connection: { $count } waiting to sync. They are sent when you are back online.
field-sync-server-trouble = The server did not answer: { $count } waiting to sync. Try again in a while.
field-map-keeping = Keeping the map for offline use: { $done } of { $total } tiles…
field-map-kept = Map kept for offline use: { $count } tiles.
field-map-partly-kept-online = Map partly kept for offline use: { $kept } of { $total } tiles. The rest is tried again the next time this page opens.
field-map-partly-kept-offline = Map partly kept for offline use: { $kept } of { $total } tiles. The rest is kept when you are back online.
field-editing = You are changing “{ $title }”.
# $place: where, from field-near, field-in-neighbourhood, field-somewhere or field-outside-plan
field-position-found = Position found { $place } (to about { $metres } m).
field-chosen-place = Place: { $place }
field-map-placed = Placed { $place }.
# $name: a neighbourhood
field-near = near { $name }
field-in-neighbourhood = in { $name }
# $channel: how they talked, from field-channel-…; $date: a date or field-today
field-how-when = How and when: { $channel }, { $date }
field-saved = Saved. { $count } waiting to sync.
field-attention-heading = Needs attention ({ $count })
field-waiting-heading = Waiting to sync ({ $count })
field-sent-heading = Sent ({ $count })
field-waits-for = Recorded by { $email }: it is sent when they sign in on this phone.
field-recorded-at = Recorded { $when }
field-talked-on = talked { $day }
field-sent-at = Sent { $when }
field-discard-confirm = Discard “{ $title }” for good?
# Read out after a button's name ("Discard"), for screen readers: which conversation.
field-about = { " " }“{ $title }”
# $field: the name of a form field; $message: what the server said about it
field-field-problem = { $field }: { $message }
