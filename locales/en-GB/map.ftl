# The plan page: header, map, list, a contribution, the add form, following by e-mail,
# community energy and the account links. Ids start with map-.

-map-brand = Waymark

## The plan page

map-page-title = { $plan } — { -map-brand }
map-contribution-title = { $title } — { $plan } — { -map-brand }
map-skip-to-list = Skip to the list
map-loading = Loading…
map-no-script = Waymark needs JavaScript to show the map and the list.
map-plan-not-found = We could not find this plan. Check the link, or open the main map.
map-open-main-map = Open the main map
map-load-failed = Something went wrong while loading. Check your connection and try again.
map-try-again = Try again
map-map-failed = The map could not be shown on this device. You can still browse, support, reply and add your idea with the list.
map-hidden-now = This contribution has just been hidden by a moderator. You are back at the list.
map-add-button = Add your idea
# On a phone, the header button that shows the account links, "Community energy" and the language picker.
map-menu-button = Menu
map-views-label = Show
map-view-map = Map
map-view-list = List
map-map-label = Map of { $plan }. Move with the arrow keys, zoom with plus and minus. The list shows what is in view.
map-map-region = Map
map-legend-title = Key
map-legend-bubble = Several pins: zoom in or choose it to see them
map-map-locale-map-title = Map
map-map-locale-navigation-control-zoom-in = Zoom in
map-map-locale-navigation-control-zoom-out = Zoom out
map-map-locale-navigation-control-reset-bearing = Point the map north
map-map-locale-attribution-control-toggle-attribution = Show or hide map credits
map-map-locale-scale-control-meters = m
map-map-locale-scale-control-kilometers = km
map-map-locale-marker-title = Pin
map-map-locale-geolocate-control-find-my-location = Show where I am
map-map-locale-geolocate-control-location-not-available = Your location is not available
map-kind-idea = Idea
map-kind-issue = Issue
map-kind-interest = Interest
map-kind-story = Positive story
map-kind-plural-idea = Ideas
map-kind-plural-issue = Issues
map-kind-plural-interest = Interests
map-kind-plural-story = Positive stories
map-kind-hint-idea = Something that could make your area better
map-kind-hint-issue = A problem that needs fixing
map-kind-hint-interest = Something you care about or would like to join in with
map-kind-hint-story = Something good that is already happening
map-theme-energy = Energy
map-theme-transport = Getting around
map-theme-housing = Housing
map-theme-green-space = Parks and green spaces
map-theme-safety = Safety
map-theme-community = Community
map-theme-health = Health and wellbeing
map-theme-other = Something else
map-browse-heading = What people have said
map-browse-intro = Everything pinned in the part of the map you can see. Move the map to see other places.
map-filters-toggle = Filters
map-filters-active = { $count ->
    [one] { $count } filter on
   *[other] { $count } filters on
}
map-search-label = Search
map-search-hint = Words in the title or text, for example “solar” or “bus”
map-search-button = Search
map-kind-legend = Type
map-theme-legend = Theme
map-neighbourhood-label = Neighbourhood
map-any-neighbourhood = All neighbourhoods
map-clear-filters = Clear all filters
map-browse-intro-no-map = Everything pinned in the plan area, newest first.
map-results-none = Nothing here yet.
map-results-newest-view = Showing the newest { $count } in this part of the map.
map-results-newest-area = Showing the newest { $count } in the plan area.
map-results-count-view = { $count ->
    [one] { $count } contribution in this part of the map.
   *[other] { $count } contributions in this part of the map.
}
map-results-count-area = { $count ->
    [one] { $count } contribution in the plan area.
   *[other] { $count } contributions in the plan area.
}
map-results-filtered = Filters are on.
map-no-results = Nothing matches here. Move or zoom out the map, or change the filters.
map-no-results-empty = Nothing has been pinned in this part of the map yet. Be the first: add your idea.
map-show-more = Show more
map-list-loading = Loading the list…
map-list-failed = The list could not be loaded.
map-search-found-none = No contributions match your search.
map-search-found = { $count ->
    [one] { $count } contribution matches. The map shows where they are.
   *[other] { $count } contributions match. The map shows where they are.
}
map-search-found-more = More than { $count } contributions match. The map shows where they are.
map-map-matches-capped = The map shows the newest { $count } matches.
map-supports-count = { $count ->
    [one] { $count } support
   *[other] { $count } supports
}
map-replies-count = { $count ->
    [one] { $count } reply
   *[other] { $count } replies
}
map-in-neighbourhood = in { $name }
# A contribution written in another language than the page's; $language is its name in the page's language.
map-written-in = Written in { $language }
map-back-to-list = Back to the list
map-show-on-map = Show on the map
map-by = By { $name }
map-anonymous = A resident
map-posted = Added { $date }
map-precision-note-exact = Pinned at the exact place.
map-precision-note-street = Pinned to the nearest street (about 100 metres).
map-precision-note-neighbourhood = Pinned to the middle of the neighbourhood.
map-pending-note = Waiting for a moderator to check it. Only you can see it for now.
map-support = Support
map-supported = Supported
map-support-hint = Support this if you agree. Choose again to take your support back.
map-help-ask = I'd like help with this
map-help-hint = Community energy champions are local volunteers who help their own streets with energy ideas. Asking sends them a mail about this pin.
map-help-asking = Asking the champions…
map-help-told = { $count ->
    [one] The energy champion for { $neighbourhood } was told. They may reply here.
   *[other] The { $count } energy champions for { $neighbourhood } were told. One of them may reply here.
}
map-help-none = There are no energy champions for { $neighbourhood } yet, so nobody could be told. You can still write a reply to this pin.
map-help-asked-before = You asked already: the champions were told then.
map-help-failed = The request could not be sent. Try again.
map-support-count = { $count ->
    [one] { $count } person supports this
   *[other] { $count } people support this
}
map-support-added = Thank you. Your support is counted.
map-support-removed = Your support has been taken back.
map-support-failed = Your support could not be saved. Please try again.
map-feature-quote = Quote in the monthly report
map-feature-hint = For mobilisers: the monthly dialogue report quotes the items chosen here. Only a published item whose resident agreed to be quoted can be chosen.
map-feature-added = This will be quoted in the monthly report.
map-feature-removed = This will no longer be quoted in the monthly report.
map-feature-refused = This cannot be quoted: it is not published, or its resident did not agree to be quoted.
map-feature-failed = Your choice could not be saved. Please try again.
map-replies-heading-count = Replies ({ $count })
map-no-replies = No replies yet.
map-reply-heading = Reply
map-reply-label = Your reply
map-reply-name-label = Your name (optional)
map-reply-name-hint = Shown next to your reply. Leave it empty to reply without a name.
map-reply-submit = Send reply
map-reply-sending = Sending…
map-reply-sent = Your reply has been added.
map-reply-failed = Your reply could not be sent. Please try again.
map-not-found = This contribution could not be found. It may have been removed.
map-add-heading = Add your idea
map-add-intro = Tell your neighbours and the people who plan your area what you think. It takes about two minutes. You do not need an account.
map-cancel = Cancel
map-step-where = Step 1 of 2: where is it?
map-step-what = Step 2 of 2: tell us about it
map-place-by-map = Tap or click the map where it is. You can drag the pin to move it.
map-place-by-keyboard = With a keyboard: move the map with the arrow keys until the cross is on the place, then press Enter.
map-place-on-map-button = Use the keyboard on the map
map-place-without-map = Or choose a place without the map
map-place-neighbourhood-label = Neighbourhood
map-place-choose = Choose a neighbourhood
map-place-search-label = Or type a place
map-place-search-hint = The name of a neighbourhood, for example Fishermead
map-place-search-button = Find
map-place-no-match = No neighbourhood called “{ $text }”. Try another name or choose one from the list.
map-place-found = Pin placed in the middle of { $name }.
map-place-empty = Type the name of a place first.
map-place-set = Pin placed. You can drag it, or use the arrow keys on it, to move it.
map-place-moved = Pin moved.
# The place of the pin being added, near the neighbourhood whose middle is closest.
map-place-chosen-near = Your pin: near { $name }
map-place-chosen-unknown = Your pin: on the map
map-place-needed = Put a pin on the map or choose a place first.
map-change-place = Change the place
map-continue = Continue
map-pin-label = Your pin. Use the arrow keys to move it.
map-crosshair-label = The cross shows where the pin will go
map-keyboard-placing = Move the map with the arrow keys. Press Enter to put the pin at the cross, or Escape to stop.
map-kind-question = What is it?
map-themes-question = What is it about?
map-themes-hint = Choose one, two or three.
map-title-label = Title
map-title-hint = A short summary, for example “Solar panels on the community centre”.
map-body-label = Tell us more (optional)
map-body-hint = What is it, why does it matter, who would it help?
map-precision-question = How exactly should we show the place?
map-precision-hint = We keep the exact place private unless you choose to show it.
map-precision-option-exact = Exactly where I put the pin
map-precision-option-street = The nearest street (about 100 metres away)
map-precision-option-neighbourhood = Only the neighbourhood
map-precision-option-hint-exact = Good for a place everyone knows, like a bus stop or a park. Do not use it for your home.
map-precision-option-hint-street = Others see roughly where it is, but not the exact spot. Recommended.
map-precision-option-hint-neighbourhood = Others only see which neighbourhood it is in.
map-name-label = Your name (optional)
map-name-hint = Shown with your contribution. Leave it empty to post without a name.
map-submit = Add to the map
map-submitting = Adding…
map-error-summary = There is a problem
map-error-prefix = Error:
map-error-generic = Your contribution could not be added. Please try again.
map-error-offline = You seem to be offline. Your text is still here: try again when you are connected.
map-error-rate-limited = You have sent a lot in a short time. Please wait a minute, then try again.
map-error-outside = This place is outside the plan area. Choose a place inside the outline.
map-added = Thank you. Your contribution is on the map.
map-added-pending = Thank you. A moderator will check your contribution before it appears on the map.
map-characters-left = { $count ->
    [one] { $count } character left
   *[other] { $count } characters left
}
map-characters-too-many = { $count ->
    [one] { $count } character too many
   *[other] { $count } characters too many
}
map-field-geometry = Place
map-field-geometry-type = Place
map-field-geometry-coordinates = Place
map-field-properties-kind = Type
map-field-properties-themes = Themes
map-field-properties-title = Title
map-field-properties-body = Text
map-field-properties-display-name = Name
map-field-properties-precision = How the place is shown
map-field-body = Reply
map-field-display-name = Name
# A problem in the error summary: the field's short name, then what is wrong with it.
map-field-problem = { $field }: { $message }
map-today = today
map-yesterday = yesterday
map-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}

## energy

map-energy-header-button = Community energy
map-groups = Groups
map-energy-heading = Community energy
map-energy-intro = Groups can propose an energy project and see at once whether the local electricity network is likely to have room for it. The network operator then answers.
map-energy-propose-button = Propose a project
# A link from the community energy panel to the energy plans page.
map-energy-plans-link = Neighbourhood energy plans: what a group hopes for, and what it does to the network
map-energy-proposals-heading = Proposals
map-energy-no-proposals = No proposals yet.
map-energy-queue-heading = Proposals to answer
map-energy-queue-empty = Nothing is waiting for an answer.
map-energy-back-to-list = Back to the list
map-energy-back-to-energy = Back to community energy
map-energy-load-failed = The proposals could not be loaded.
map-energy-sign-in-heading = Sign in to propose a project
map-energy-sign-in-intro = Proposals are made by a named group member, so that the network operator can reply.
map-energy-sign-in-heading-plain = Sign in
map-energy-email = Email address
map-energy-password = Password
map-energy-sign-in = Sign in
map-energy-sign-out = Sign out
map-energy-signed-in-as = Signed in as { $email } ({ $role }).
map-energy-signed-in = You are signed in.
map-energy-signed-out = You are signed out.
map-energy-email-missing = Enter your email address.
map-energy-password-missing = Enter your password.
map-energy-wrong-password = The email address or password is not right. Check them and try again.
map-energy-too-many = Too many tries. Wait a minute and try again.
map-energy-sign-in-failed = Signing in did not work. Check your connection and try again.
map-energy-roles-resident = resident
map-energy-roles-mobiliser = mobiliser
map-energy-roles-facilitator = facilitator
map-energy-roles-moderator = moderator
map-energy-roles-dno-engineer = network engineer
map-energy-roles-admin = administrator
map-energy-roles-responder = responder for an organisation
map-energy-roles-council-officer = council officer (Local Area Energy Plan)
map-energy-roles-data-officer = data officer (requests about people's data)
map-energy-propose-heading = Propose a project
map-energy-site-legend = Where is the site?
map-energy-site-hint = Click or tap the map to place the site, then drag it to adjust. Or use the keyboard.
map-energy-site-chosen = Site placed. Drag it, or place it again, to move it.
map-energy-site-missing = Place the site on the map.
map-energy-site-by-point = A point
map-energy-site-by-outline = Draw the outline
map-energy-site-by-outline-hint = For fields, roofs and wind sites.
map-energy-outline-hint = Click or tap the map at each corner of the site, at least 3. Finish with Enter or “Finish outline”. Backspace or “Undo last corner” takes a corner back; Escape stops. Without a mouse or a touch screen, choose “A point” and use the keyboard.
map-energy-outline-start = Draw the outline on the map
map-energy-outline-again = Draw it again
map-energy-outline-finish = Finish outline
map-energy-outline-undo = Undo last corner
map-energy-outline-stop = Stop drawing
map-energy-outline-corners = { $count ->
    [0] No corners yet: add at least 3.
    [1] 1 corner: add at least 2 more.
    [2] 2 corners: add at least 1 more.
   *[other] { $count } corners. Add more, or finish the outline.
}
map-energy-outline-drawing = Drawing: click or tap the map at each corner of the site.
map-energy-outline-done = Outline chosen, with { $count } corners. The check below is for its middle.
map-energy-outline-stopped = Drawing stopped.
map-energy-outline-too-few = An outline needs at least 3 corners.
map-energy-outline-crosses = The outline crosses itself. Draw it again so that its sides do not cross.
map-energy-outline-missing = Draw the outline of the site on the map: at least 3 corners, then “Finish outline”.
map-energy-feasibility-waiting-outline = Draw the outline of the site on the map to see whether the network is likely to have room.
map-energy-site-is-point = The site: a point on the map.
map-energy-site-is-outline = The site: an outline with { $count } corners.
map-energy-title = Project name
map-energy-title-hint = For example “Solar panels on the community centre”
map-energy-technology = Type of project
map-energy-technologies-solar-pv = Solar panels
map-energy-technologies-wind = Wind turbine
map-energy-technologies-battery = Battery
map-energy-technologies-heat-pump = Heat pumps
map-energy-technologies-ev-charging = Electric vehicle charging
map-energy-technologies-heat-network = Heat network
map-energy-technologies-efficiency = Energy saving
map-energy-capacity = Size (kW)
map-energy-capacity-hint = The size of the project. A school roof of solar panels is often 30 to 250 kW.
map-energy-export-kw = Most it sends to the grid (kW)
map-energy-export-hint = The most power it would send into the network at once. 0 if it only uses power.
map-energy-import-kw = Most it draws from the grid (kW)
map-energy-import-hint = The most power it would take from the network at once. 0 if it only makes power.
map-energy-phases = Electricity supply at the site
map-energy-phase1 = Single phase (most homes)
map-energy-phase3 = Three phase (most schools, halls and businesses)
map-energy-group = Group
map-energy-group-hint = The community group behind the project
map-energy-description = About the project (optional)
map-energy-submit = Send the proposal
map-energy-sending = Sending…
map-energy-cancel = Cancel
map-energy-number-bad = Enter a number of kW, 0 or more.
map-energy-error-summary = There is a problem
map-energy-send-failed = The proposal could not be sent. Check your connection and try again.
map-energy-sent = Your proposal has been sent to the network operator.
map-energy-feasibility-heading = Will the network have room?
map-energy-feasibility-waiting = Place the site on the map to see whether the network is likely to have room.
map-energy-feasibility-checking = Checking…
map-energy-feasibility-failed = The check could not be made just now.
map-energy-rag-green = Green: likely to have room
map-energy-rag-amber = Amber: may have room
map-energy-rag-red = Red: little or no room
map-energy-rag-short-green = Green
map-energy-rag-short-amber = Amber
map-energy-rag-short-red = Red
map-energy-served-by = Served by { $name }.
map-energy-feasibility-note = A first screen from published data, not a decision.
map-energy-status = Status
map-energy-statuses-draft = Draft
map-energy-statuses-submitted = Sent, waiting for the network operator
map-energy-statuses-under-review = Being looked at by the network operator
map-energy-statuses-can-connect = Can connect
map-energy-statuses-needs-study = Needs a study
map-energy-statuses-needs-reinforcement = Needs network reinforcement
map-energy-statuses-cannot-connect = Cannot connect
map-energy-statuses-withdrawn = Withdrawn
map-energy-statuses-going-ahead = Going ahead
map-energy-figures = { $capacity } kW · sends up to { $export } kW · draws up to { $import } kW
map-energy-by-group = By { $group }
map-energy-history-heading = History
# A change of a proposal's status, from one to the other.
map-energy-history-item = { $from } → { $to }
map-energy-response-heading = The network operator’s answer
map-energy-no-response = No answer yet.
map-energy-decision = Decision
map-energy-decisions-can-connect = Can connect
map-energy-decisions-needs-study = Needs a study
map-energy-decisions-needs-reinforcement = Needs network reinforcement
map-energy-decisions-cannot-connect = Cannot connect
map-energy-cost-band = Indicative cost
map-energy-cost-band-hint = For example “£10k to £50k”
map-energy-timescale = Indicative timescale
map-energy-timescale-hint = For example “6 to 12 months”
map-energy-conditions = Conditions
map-energy-notes = Notes
map-energy-answer-heading = Answer this proposal
map-energy-send-answer = Send the answer
map-energy-answered = Your answer has been sent. The proposal shows it.
map-energy-decision-missing = Choose a decision.
map-energy-answer-failed = The answer could not be sent. Try again.
map-energy-not-allowed = That is not possible for this proposal now.
map-energy-steps-heading = What you can do
map-energy-steps-submitted = Submit to the network operator
map-energy-steps-under-review = Start reviewing
map-energy-steps-withdrawn = Withdraw
map-energy-steps-going-ahead = We are going ahead
map-energy-submit-again = Submit again
map-energy-step-done-submitted = Your proposal has been sent to the network operator.
map-energy-step-done-under-review = The proposal is now under review.
map-energy-step-done-withdrawn = Your proposal has been withdrawn.
map-energy-step-done-going-ahead = Your proposal now says you are going ahead.
map-energy-withdraw-question = Withdraw this proposal? The network operator will stop looking at it, and it cannot be sent again.
map-energy-withdraw-confirm = Yes, withdraw it
map-energy-withdraw-cancel = No, keep it
map-energy-step-failed = That did not work: { $detail }
map-energy-step-offline = You seem to be offline. Nothing has changed: try again when you are connected.
map-energy-status-now = { $title } is now: { $status }.
map-energy-network-toggle = Electricity network
map-energy-network-legend = Network room (illustrative data)
map-energy-network-legend-dno = Generation room after the queue
map-energy-network-label = { $name }: { $rag }
map-energy-network-label-dno = { $name }: { NUMBER($mw, minimumFractionDigits: 1, maximumFractionDigits: 1) } MW
map-energy-dno-band-high = Over 5 MW
map-energy-dno-band-low = 0 to 5 MW
map-energy-dno-band-none = None (below 0 MW)
map-energy-substation-figures-voltage = Voltage
map-energy-substation-figures-firm-capacity-mva = Firm capacity (MVA)
map-energy-substation-figures-peak-demand-mva = Peak demand (MVA)
map-energy-substation-figures-demand-headroom-mva = Demand headroom (MVA)
map-energy-substation-figures-generation-headroom-mw = Generation headroom (MW)
map-energy-substation-figures-connected-generation-mw = Connected generation (MW)
map-energy-substation-figures-queued-generation-mw = Queued generation (MW)
map-energy-substation-figures-fault-level-headroom-ka = Fault level headroom (kA)
map-energy-substation-figures-rag = RAG
map-energy-substation-figures-data-date = Data date
map-energy-substation-figures-source = Source
map-energy-substations-heading = Substations
map-energy-close-details = Close
map-energy-network-failed = The network could not be loaded.

## mine

map-mine-button = { $count ->
    [none] Your contributions
   *[other] Your contributions ({ $count })
}
map-mine-heading = Your contributions
map-mine-intro = What you added to this plan from this browser or your account, and what became of each.
map-mine-loading = Loading your contributions…
map-mine-failed = Your contributions could not be loaded. Please try again.
map-mine-offline = You seem to be offline: your contributions could not be loaded.
map-mine-empty = You have not added anything to this plan yet. Choose “Add your idea”, put it on the map and send it: it will be listed here with what became of it.
map-mine-count = { $count ->
    [one] { $count } contribution, newest first.
   *[other] { $count } contributions, newest first.
}
map-mine-pending = Waiting for a moderator

## follow

map-follow-button = Get news by e-mail
map-follow-button-neighbourhood = Get news of { $name } by e-mail
map-follow-heading = Get news of a place by e-mail
map-follow-intro = We e-mail you what people add in the place you choose. You do not need an account, and every e-mail has a link to stop.
map-follow-email-label = Your e-mail address
map-follow-email-hint = We only use it to send you this news.
map-follow-what-legend = Which place?
map-follow-what-neighbourhood = A neighbourhood
map-follow-what-draw = An area I draw on the map
map-follow-what-view = The area now on the map
map-follow-neighbourhood-label = Neighbourhood
map-follow-neighbourhood-choose = Choose a neighbourhood
map-follow-draw-hint = Click or tap the map at each corner of the area, at least 3. Finish with Enter or “Finish area”. Backspace or “Undo last point” takes a corner back; Escape stops.
map-follow-draw-start = Draw on the map
map-follow-draw-again = Draw it again
map-follow-draw-finish = Finish area
map-follow-draw-undo = Undo last point
map-follow-draw-stop = Stop drawing
map-follow-draw-corners = { $count ->
    [0] No corners yet: add at least 3.
    [1] 1 corner: add at least 2 more.
    [2] 2 corners: add at least 1 more.
   *[other] { $count } corners. Add more, or finish the area.
}
map-follow-draw-drawing = Drawing: click or tap the map at each corner.
map-follow-draw-done = Area drawn, with { $count } corners.
map-follow-draw-stopped = Drawing stopped.
map-follow-draw-too-few = An area needs at least 3 corners.
map-follow-view-hint = The part of the plan area the map shows now. Move or zoom the map first to choose it.
map-follow-frequency-legend = How often?
map-follow-frequency-weekly = Once a week
map-follow-frequency-daily = Once a day
map-follow-submit = Send me the news
map-follow-sending = Sending…
map-follow-sent = Check your inbox: open the link in the mail to confirm.
map-follow-sent-hint = If no mail comes within a few minutes, look in your spam folder, or check the address and send again.
map-follow-another = Follow another place
map-follow-error-generic = Your request could not be sent. Please try again.
map-follow-error-offline = You seem to be offline. Nothing was sent and your answers are still here: try again when you are connected.
map-follow-email-missing = enter your e-mail address
map-follow-neighbourhood-needed = choose a neighbourhood
map-follow-draw-needed = draw the area on the map first: at least 3 corners, then “Finish area”
map-follow-view-outside = the map does not show any of the plan area: move the map onto it first
map-follow-field-email = E-mail address
map-follow-field-neighbourhood = Place
map-follow-field-area = Area
map-follow-field-frequency = How often
