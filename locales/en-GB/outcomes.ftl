outcomes-status-open = Waiting for an answer
outcomes-status-referred = Referred
outcomes-status-considering = Being considered
outcomes-status-planned = Planned
outcomes-status-done = Done
outcomes-status-not-possible = Not possible
outcomes-status-duplicate = Duplicate
outcomes-status-hint-referred = Passed to the organisation that can act on it
outcomes-status-hint-considering = The organisation is looking into it
outcomes-status-hint-planned = Work is planned for a month you give
outcomes-status-hint-done = It has been done
outcomes-status-hint-not-possible = It cannot be done: say why
outcomes-status-hint-duplicate = Someone said the same already: name that contribution
outcomes-outcome-heading = What happened
outcomes-status-label = Status
outcomes-why-not = Why not
outcomes-duplicate-of = The same as another contribution
outcomes-open-original = Open it
outcomes-commitment = Commitment
outcomes-updates-heading = Progress updates
outcomes-see-all = See everything organisations have answered
outcomes-outcome-legend = Answer
outcomes-has-answer = Has an answer
outcomes-rings-heading = A ring round a pin: its answer
outcomes-respond-heading = Answer contributions
outcomes-respond-intro = Choose contributions by drawing an area on the map, by the filters, or by ticking them in the list, then write one answer for all of them.
outcomes-draw-area = Draw an area on the map
outcomes-drawing = Click the map to add corners; choose the first corner again, or press Enter, to finish. Backspace takes a corner back, Escape stops.
outcomes-finish-area = Finish the area
outcomes-cancel-area = Stop drawing
outcomes-too-few-corners = An area needs at least three corners.
outcomes-by-filter = Choose everything that matches the filters
outcomes-tick-hint = Or tick contributions in the list below.
outcomes-clear-selection = Clear the choice
outcomes-write-answer = Write the answer
outcomes-chosen-none = Nothing chosen yet.
outcomes-chosen-capped = More than 5,000 contributions: choose fewer.
outcomes-counting = Counting…
outcomes-area-empty = No contribution lies in the area drawn.
outcomes-form-heading = Your answer
outcomes-back = Back to the list
outcomes-organisation-label = Organisation that signs it
outcomes-organisation-hint = The answer is signed by the organisation, not by you.
# A responder's answer form: the organisation that signs the answer, by its name.
outcomes-organisation-signs = The answer is signed by { $organisation }, not by you.
outcomes-status-legend = New status
outcomes-status-missing = choose the status this answer gives
outcomes-only-allowed = Only the steps every chosen contribution can take are offered.
outcomes-no-step = These contributions have no step in common. Choose fewer or other ones.
outcomes-response-label = Answer
outcomes-response-hint = What people will read, signed by the organisation (up to 4,000 characters).
outcomes-title-label = Commitment title (optional)
outcomes-title-hint = Give a title to make it a commitment with progress, for example “Lighting the Fishermead underpasses”.
outcomes-month-label = Month the work is expected
outcomes-month-hint = For example 2027-03
outcomes-reason-label = Why it is not possible
outcomes-duplicate-label = Link or id of the contribution these repeat
outcomes-referred-label = Organisation it goes to
outcomes-submit = Publish the answer
outcomes-sending = Publishing…
outcomes-refused-heading = Some contributions cannot take this step
outcomes-no-organisations = This plan has no organisations yet: an administrator adds them.
outcomes-update-heading = Post a progress update
outcomes-update-progress = Progress now (0 to 100 %)
outcomes-update-note = What happened
outcomes-progress-invalid = a whole number from 0 to 100
outcomes-update-submit = Post the update
outcomes-update-sending = Posting…
outcomes-page-heading = You said, we did
outcomes-skip-to-content = Skip to the content
outcomes-page-intro = What organisations have answered to what people said on the map: their commitments and how far they have got, what is done, and what was not possible and why.
outcomes-back-to-map = Back to the map
outcomes-neighbourhood-label = Neighbourhood
outcomes-all-neighbourhoods = All neighbourhoods
outcomes-show = Show
outcomes-commitments-heading = Commitments
outcomes-no-commitments = No commitments yet.
outcomes-done-heading = Done
outcomes-none-done = Nothing marked done yet.
outcomes-not-possible-heading = Not possible
outcomes-none-not-possible = Nothing marked not possible.
outcomes-no-updates = No progress updates yet.
outcomes-behind-heading = What people said
outcomes-print = Print this page
outcomes-load-failed = This page could not be loaded. Check your connection and try again.
outcomes-plan-not-found = We could not find this plan.

## Sentences with values
# $org: an organisation's name
outcomes-answer-from = Answer from { $org }
outcomes-referred-to = Referred to { $org }
# $month: a month and year, e.g. "March 2027"
outcomes-expected = Expected in { $month }
# $title: a commitment's title
outcomes-progress-label = Progress of “{ $title }”
# $pc: a percentage from 0 to 100
outcomes-progress = { $pc }% done
outcomes-last-changed = Updated { $date }
outcomes-tick = Choose “{ $title }”
# $how: ids (ticked in the list), area (in an area drawn on the map) or filter
outcomes-chosen = { $how ->
    [ids] { $count ->
        [one] { $count } contribution chosen in the list.
       *[other] { $count } contributions chosen in the list.
    }
    [area] { $count ->
        [one] { $count } contribution chosen in the area drawn.
       *[other] { $count } contributions chosen in the area drawn.
    }
   *[filter] { $count ->
        [one] { $count } contribution chosen by the filters.
       *[other] { $count } contributions chosen by the filters.
    }
}
outcomes-form-for = { $count ->
    [one] For { $count } contribution
   *[other] For { $count } contributions
}
outcomes-published = { $count ->
    [one] Published: { $count } contribution answered by { $org }.
   *[other] Published: { $count } contributions answered by { $org }.
}
# $now: the contribution's status now; $allowed: the statuses it can move to
outcomes-refused-item = { $title }: now “{ $now }”; it can go to { $allowed }.
outcomes-refused-item-none = { $title }: now “{ $now }”; it can go to no other status.
outcomes-update-posted = Update posted: { $pc }% done.
outcomes-page-title = You said, we did — { $plan } — Waymark
outcomes-voices = { $count ->
    [one] { $count } voice behind it
   *[other] { $count } voices behind it
}
outcomes-by = By { $org }
