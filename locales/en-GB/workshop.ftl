## Kinds of pin
workshop-kind-idea = Idea
workshop-kind-issue = Issue
workshop-kind-interest = Interest
workshop-kind-story = Positive story
workshop-kind-plural-idea = Ideas
workshop-kind-plural-issue = Issues
workshop-kind-plural-interest = Interests
workshop-kind-plural-story = Positive stories
workshop-theme-energy = Energy
workshop-theme-transport = Transport
workshop-theme-housing = Housing
workshop-theme-green-space = Green space
workshop-theme-safety = Safety
workshop-theme-community = Community
workshop-theme-health = Health
workshop-theme-other = Other
workshop-loading = Loading the workshop…
workshop-not-found = There is no workshop with that code. Check the code on the screen and try again.
workshop-load-failed = The workshop could not be loaded. Check your connection and try again.
workshop-try-again = Try again
workshop-workshop-label = Workshop
workshop-questions-heading = Questions to think about
workshop-map-label = Map of the workshop area

## join page
workshop-name-heading = Join the workshop
workshop-name-label = Your name (shown with your pins)
workshop-name-hint = A first name or a nickname is enough. No account needed.
workshop-name-required = Enter a name so that others know who added the pin.
workshop-join = Join
workshop-change-name = Change name
workshop-add-heading = Add a pin
workshop-where-legend = Where is it?
workshop-tap-map = Tap the map where your pin goes.
workshop-placed = Pin placed. Tap the map again to move it.
workshop-or-neighbourhood = Or choose a neighbourhood instead of using the map
workshop-no-neighbourhood = Choose a neighbourhood…
workshop-where-required = Tap the map or choose a neighbourhood.
workshop-kind-legend = What kind of pin is it?
workshop-themes-legend = Themes (choose any)
workshop-title-label = Title
workshop-title-hint = A few words, up to 120 characters.
workshop-body-label = Tell us more (optional)
workshop-submit = Add my pin
workshop-sending = Adding your pin…
workshop-added = Thank you: your pin is on the map.
workshop-added-pending = Thank you: your pin will show on the map once it has been checked.
workshop-add-another = Add another pin
workshop-error-summary = Please check the following:
workshop-title-required = Give your pin a title.
workshop-themes-required = Choose at least one theme.
workshop-offline = Your pin could not be sent: you seem to be offline. Try again in a moment.
workshop-failed = Your pin could not be added. Try again.
workshop-paused-banner = The workshop is paused: new pins are not taken just now. You can add yours when it resumes.
workshop-ended-banner = This workshop has ended. Thank you for taking part.
workshop-refused-paused = The workshop is paused, so your pin was not added. Keep your text: try again when it resumes.
workshop-refused-ended = The workshop has ended, so no more pins can be added.
workshop-spotlight-label = On the big screen now
workshop-view-followed = The map moved to where the facilitator is looking.
workshop-resumed = The workshop is open again: you can add pins.

## projector
workshop-join-at = Join at
workshop-join-code = Join code
workshop-pins-added = Pins added
workshop-by-kind = By kind
workshop-by-theme = By theme
workshop-recent-heading = Latest pins
workshop-no-pins-yet = No pins yet: scan the code or type the address to add the first one.
workshop-anonymous = someone
workshop-status-paused = Paused: no new pins just now
workshop-status-ended = Workshop ended
workshop-status-pre = New pins are checked before they show
workshop-spotlight = Spotlight

## facilitator
workshop-controls-heading = Facilitator controls
workshop-spotlight-pin = Spotlight
workshop-spotlight-choose = Spotlight a pin
workshop-spotlight-none = No spotlight
workshop-spotlight-apply = Show on every screen
workshop-steer = Bring everyone to this view
workshop-steered = Every screen now follows this view.
workshop-pause = Pause new pins
workshop-resume = Resume new pins
workshop-pre-on = Check pins before they show
workshop-pre-off = Show pins at once
workshop-end = End the workshop
workshop-end-confirm = End the workshop? Nobody will be able to add pins after this.
workshop-summary-csv = Download the summary (CSV)
workshop-held-none = No pins are waiting to be checked.
workshop-held-load-failed = The pins waiting to be checked could not be loaded.
workshop-approve = Approve
workshop-reject = Reject

## start a workshop
workshop-start-heading = Start a workshop
workshop-sign-in-heading = Sign in as a facilitator
workshop-email = Email
workshop-password = Password
workshop-sign-in = Sign in
workshop-sign-in-failed = That email and password did not match. Try again.
workshop-not-facilitator = Your account cannot run workshops. Ask an administrator for the facilitator role.
workshop-title-workshop = Workshop title
workshop-questions-label = Questions to put to the room (one a line)
workshop-create = Open the workshop
workshop-creating = Opening…

## Sentences with values
# $name: the name the participant chose
workshop-joined-as = You are taking part as { $name }.
# The QR code's text alternative on the projector. $url: the join address; $code: the join code
workshop-qr-alt = QR code to join the workshop: opens { $url }, join code { $code }
# Announced on the projector. $title: the pin's title; $name: who added it
workshop-new-pin = New pin: { $title }
workshop-new-pin-from = New pin: { $title }, from { $name }
# $detail: the server's words
workshop-steer-failed = That did not work: { $detail }
workshop-held-heading = Waiting for you ({ $count })
workshop-held-new = New pin waiting for you: { $title }
workshop-held-approved = Approved: { $title }. It is on the map.
workshop-held-rejected = Rejected: { $title }. It will not show.
workshop-held-gone = No longer waiting: { $title }
workshop-held-failed = { $title } could not be checked: { $detail }
# The browser tab's title. $title: the workshop's title
workshop-page-title = { $title } · Waymark
workshop-present-title = { $title } · Waymark workshop
# A pin in the facilitator's spotlight list. $title: its title; $name: who added it
workshop-spotlight-option = { $title } ({ $name })
workshop-spotlight-option-anonymous = { $title } (someone)
