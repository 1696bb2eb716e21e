moderate-heading = Moderation
moderate-skip-to-queue = Skip to the list
moderate-loading = Loading…
moderate-load-failed = The page could not be loaded. Check your connection and try again.
moderate-try-again = Try again

## Account
moderate-account-label = Your account
moderate-sign-in-heading = Sign in to moderate
moderate-sign-in-intro = This page is for moderators: it lists what waits for a decision and what has been hidden.
moderate-sign-in-again = Your session has ended. Sign in again to go on.
moderate-email = Email
moderate-password = Password
moderate-sign-in = Sign in
moderate-signing-in = Signing in…
moderate-sign-in-failed = The email address or password is not right.
moderate-sign-in-offline = You are offline. Signing in needs a connection.
moderate-sign-in-busy = Too many attempts. Wait a minute, then try again.
moderate-sign-out = Sign out
moderate-signed-out = You are signed out.
moderate-refused-heading = This page is for moderators
moderate-role-resident = resident
moderate-role-mobiliser = community mobiliser
moderate-role-facilitator = facilitator
moderate-role-moderator = moderator
moderate-role-dno-engineer = network engineer
moderate-role-admin = administrator
moderate-role-responder = responder for an organisation
moderate-role-council-officer = council officer (Local Area Energy Plan)
moderate-role-data-officer = data officer (requests about people's data)

## Choosing what to see
moderate-tools-label = What to show
moderate-plan-label = Plan
moderate-list-label = Show
moderate-list-waiting = Waiting
moderate-list-hidden = Hidden
moderate-shortcuts-button = Keyboard shortcuts
moderate-shortcuts-hint = Keyboard: j and k move between items; press ? for every shortcut.

## The list
moderate-waiting-empty = Nothing is waiting. New and flagged contributions appear here as they come.
moderate-hidden-empty = Nothing in this plan is hidden.
moderate-list-loading = Loading the list…
moderate-oldest-first = Oldest first.
moderate-newest-hidden-first = Most recently hidden first.

## One item
moderate-status-pending = Awaiting approval
moderate-status-hidden = Hidden
moderate-status-duplicate = Hidden as a duplicate
moderate-by = By
moderate-no-name = No name given
moderate-added = Added
moderate-hidden-at = Hidden
moderate-where = Where
moderate-duplicate-of = Repeats
moderate-empty-body = No description.

## History
moderate-history = History
moderate-history-loading = Loading the history…
moderate-history-failed = The history could not be loaded.
moderate-history-empty = No moderator has acted on it yet.
moderate-history-action-contribution-hide = Hidden
moderate-history-action-contribution-restore = Restored
moderate-history-action-contribution-approve = Approved
moderate-history-action-contribution-mark-duplicate = Marked as a duplicate
moderate-history-action-contribution-feature = Featured as a quote in the monthly report
moderate-history-action-contribution-unfeature = No longer featured in the monthly report
moderate-someone = an account that no longer exists

## Actions
moderate-actions-label = Actions
moderate-approve = Approve
moderate-keep = Keep and dismiss the flags
moderate-hide = Hide…
moderate-restore = Restore…
moderate-duplicate = Mark as a duplicate…
moderate-approve-reason = Checked by a moderator and approved.
moderate-keep-reason = Checked by a moderator: the flags were dismissed.
moderate-cancel = Cancel
moderate-hide-reason = Why hide it?
moderate-hide-hint = Say which house rule it breaks. The reason is kept in the audit log.
moderate-hide-submit = Hide it
moderate-restore-reason = Why restore it?
moderate-restore-hint = The reason is kept in the audit log.
moderate-restore-submit = Restore it
moderate-duplicate-search = Find the contribution it repeats
moderate-duplicate-search-hint = Words from its title or description, or paste its id.
moderate-duplicate-search-button = Search
moderate-duplicate-choose = Which one does it repeat?
moderate-duplicate-none = Nothing found. Try other words, or paste the id.
moderate-duplicate-searching = Searching…
moderate-duplicate-reason = Why is it a duplicate?
moderate-duplicate-reason-default = The same as an earlier contribution.
moderate-duplicate-submit = Mark as a duplicate
moderate-reason-missing = Give a reason
moderate-reason-too-long = Keep the reason to 500 characters or fewer
moderate-original-missing = Choose the contribution it repeats
moderate-working = Saving…
moderate-error-heading = There is a problem
moderate-error-offline = You seem to be offline. Nothing has changed: try again when you are connected.
moderate-error-conflict = Someone has already changed it. The list has been brought up to date.
moderate-error-gone = It no longer exists. The list has been brought up to date.
moderate-error-server = Something went wrong on the server. Nothing has changed: try again.
moderate-error-forbidden = Your account cannot moderate.

## What the live region says
moderate-no-item = No item is chosen. Press j to go to the first one.
moderate-not-here-approve = Only items waiting for a moderator can be approved.
moderate-not-here-hide = Hidden items cannot be hidden again.
moderate-not-here-restore = Only hidden items can be restored: show the hidden ones first.
moderate-not-here-mark-duplicate = Hidden items cannot be marked as duplicates.

## Shortcuts
moderate-shortcuts-heading = Keyboard shortcuts
moderate-shortcuts-intro = They work whenever you are not typing in a box. Tab and Enter reach everything as well.
moderate-close = Close

## Kinds, keys and sentences with values
moderate-kind-idea = Idea
moderate-kind-issue = Issue
moderate-kind-interest = Interest
moderate-kind-story = Positive story
moderate-field-problem-reason = Reason
moderate-field-problem-duplicate-of = The contribution it repeats
moderate-shortcut-next = Next item
moderate-shortcut-previous = Previous item
moderate-shortcut-approve = Approve (or keep a flagged item and dismiss its flags)
moderate-shortcut-hide = Hide: opens the reason box
moderate-shortcut-restore = Restore a hidden item
moderate-shortcut-duplicate = Mark as a duplicate
moderate-shortcut-close = Close the open form
moderate-shortcut-list = Show or close this list
moderate-page-title = Moderation — Waymark
moderate-page-title-plan = Moderation — { $plan } — Waymark
moderate-signed-in-as = Signed in as { $who }
moderate-refused = You are signed in as { $who } ({ $role }). Only moderators and administrators can moderate. Sign out, then sign in with a moderator's account.
moderate-waiting-heading = Waiting for a moderator: { $count }
moderate-hidden-heading = Hidden: { $count }
moderate-status-flagged = { $count ->
    [one] Flagged { $count } time
   *[other] Flagged { $count } times
}
# $lat, $lon: coordinates with five decimals
moderate-where-text = { $lat }, { $lon }
moderate-where-text-in = { $neighbourhood }, { $lat }, { $lon }
moderate-flags-heading = { $count ->
    [one] { $count } flag: why people flagged it
   *[other] { $count } flags: why people flagged it
}
moderate-map-label = Map around where ‘{ $title }’ was pinned
# $action: what was done, from moderate-history-action-…; $who: a name; $when: a date and time
moderate-history-entry = { $action } by { $who }, { $when }
moderate-history-reason = Reason: { $reason }
moderate-hide-heading = Hide ‘{ $title }’
moderate-restore-heading = Restore ‘{ $title }’
moderate-duplicate-heading = Mark ‘{ $title }’ as a duplicate
moderate-duplicate-found = { $count } found. Choose one below.
moderate-duplicate-by-id = The contribution with the id { $id }
moderate-done-approve = Approved ‘{ $title }’.
moderate-done-keep = Kept ‘{ $title }’; its flags are dismissed.
moderate-done-hide = Hidden ‘{ $title }’.
moderate-done-restore = Restored ‘{ $title }’.
moderate-done-mark-duplicate = Marked ‘{ $title }’ as a duplicate and hid it.
moderate-left-waiting = { $count } left waiting.
moderate-left-hidden = { $count } hidden.
moderate-list-shown-waiting = { $count } waiting for a moderator.
moderate-list-shown-hidden = { $count } hidden.
moderate-by-others-one = Another moderator dealt with ‘{ $title }’: it has left the list.
moderate-by-others = Another moderator dealt with { $count } items: they have left the list.
moderate-arrived-one = New in the list: ‘{ $title }’.
moderate-arrived = { $count } new items in the list.

## Posts flagged in groups' threads

moderate-posts-heading = { $count ->
    [one] { $count } post flagged in a group
   *[other] { $count } posts flagged in groups
}
moderate-posts-hidden-heading = { $count ->
    [one] { $count } hidden post in a group
   *[other] { $count } hidden posts in groups
}
moderate-posts-note = Members of the group reported these posts in its discussion. Hiding one takes it away from the members; it can be restored.
moderate-posts-empty = No post in a group's discussion is waiting.
moderate-posts-hidden-empty = No post in a group's discussion is hidden.
moderate-post-where = In { $group }, discussion “{ $thread }”
moderate-post-by = Written by { $author }
moderate-post-by-unknown = Written by someone who no longer has an account
moderate-post-flags = { $count ->
    [one] Reported once, because:
   *[other] Reported { $count } times, because:
}
moderate-post-reason = Your reason (kept in the audit log)
moderate-post-reason-missing = Give a reason.
moderate-post-hide = Hide the post
moderate-post-restore = Restore the post
moderate-post-failed = The post could not be changed. Try again.
moderate-post-hidden = Post in “{ $thread }” hidden.
moderate-post-restored = Post in “{ $thread }” restored.
