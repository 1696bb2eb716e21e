# Problem details (RFC 9457) the API answers with: `title` and `detail`.
# The `code` of a problem is never translated; these texts are.

problem-title-malformed-json = Malformed JSON
problem-title-unsupported-media-type = Unsupported media type
problem-title-payload-too-large = Payload too large
problem-title-file-too-large = File too large
problem-title-file-type-not-allowed = File type not allowed
problem-title-validation-failed = Validation failed
problem-title-invalid-parameter = Invalid parameter
problem-title-invalid-text = Invalid text
problem-title-outside-plan = Outside the plan area
problem-title-not-found = Not found
problem-title-unauthorized = Sign in required
problem-title-invalid-credentials = Sign-in failed
problem-title-forbidden = Forbidden
problem-title-conflict = Conflict
problem-title-illegal-transition = Not a step the lifecycle allows
problem-title-cross-site-request = Cross-site request refused
problem-title-rate-limited = Too many requests
problem-title-idempotency-key-reused = Idempotency-Key reused
problem-title-method-not-allowed = Method not allowed
problem-title-unavailable = Service unavailable
problem-title-internal-error = Internal error
problem-title-basemap-missing = Basemap not loaded
problem-title-upload-incomplete = Upload incomplete
problem-title-own-account = Your own account
problem-title-daily-limit-reached = Daily limit reached
problem-title-about-you-key-not-found = Not found

problem-detail-malformed-json = the body is not valid JSON: { $reason }
# A technical explanation in English, from the part of the server that refused it.
problem-detail-as-given = { $text }
problem-detail-payload-too-large = the request body is larger than this server accepts
problem-detail-file-too-large = the file is larger than this site accepts ({ $limit } MB at most)
problem-detail-file-type-not-allowed = only PDF files, office documents (Word, Excel, PowerPoint, OpenDocument) and photos (PNG, JPEG, GIF, WebP) can be uploaded here
problem-detail-file-type-not-image = only photos (PNG, JPEG, GIF, WebP) can be uploaded here
# `$summary` lists each field with its message (the field messages are English in every language).
problem-detail-validation-failed = { $summary }
problem-detail-invalid-parameter = { $summary }
problem-detail-outside-plan = the point is outside the plan's area
problem-field-outside-plan = choose a place inside the plan's area
problem-detail-invalid-text = text in this request holds the NUL character (U+0000), which is not allowed
# $thing is one of the names below (a variable, never translated text).
problem-detail-not-found = { $thing ->
    [plan] plan not found
    [contribution] contribution not found
    [proposal] proposal not found
    [workshop] workshop not found
    [user] user not found
    [organisation] organisation not found
    [commitment] commitment not found
    [route] route not found
   *[other] { $thing } not found
}
problem-detail-unauthorized = sign in to do this
problem-detail-invalid-credentials = the email address or password is not right
problem-detail-forbidden = your role does not allow this
problem-detail-illegal-transition = { $count ->
    [one] { $count } of the selected contributions cannot take this status from where they are
   *[other] { $count } of the selected contributions cannot take this status from where they are
}
problem-detail-cross-site-request = a request that changes data must come from this site (send X-Requested-With)
problem-detail-rate-limited = too many requests; try again in { $seconds } seconds
problem-detail-idempotency-key-reused = this Idempotency-Key was already used for a different request
problem-detail-method-not-allowed = this method is not allowed here
problem-detail-unavailable = the database is not answering
problem-detail-internal-error = Something went wrong on our side. If it keeps happening, quote the x-request-id header of this response.
problem-detail-basemap-missing = plan '{ $plan }' has no { $source } basemap yet; load one first
problem-detail-upload-incomplete = the upload broke off before the whole file arrived; send it again
problem-detail-own-account = admins cannot change the role of, or disable, their own account; ask another admin
problem-detail-daily-limit-reached = you have posted as many contributions to this plan today as it takes from one person; you can post again tomorrow
problem-detail-plan-slug-taken = there is already a plan '{ $slug }'; choose another slug
problem-detail-organisation-slug-taken = this plan already has an organisation '{ $slug }'
problem-detail-address-taken-by-account = this address has an account of its own now: the change cannot be made
problem-detail-signup-address-taken = this address has an account already: sign in, or choose a new password
problem-detail-moderation-wrong-status = cannot { $action } a contribution that is { $status }
problem-detail-proposal-step = a proposal cannot go from { $from } to { $to }
problem-detail-proposal-answer = a proposal that is { $from } cannot be answered { $to }
problem-detail-progress-needs-commitment = only a commitment (a response with a title) has progress
problem-detail-workshop-no-free-code = could not find a free join code; try again
problem-detail-workshop-paused = the workshop is paused: new pins are not taken just now
problem-detail-workshop-ended = the workshop has ended
problem-detail-workshop-not-held = the pin is not held for checking: it is { $status }
problem-detail-bearer-required = use `Authorization: Bearer <token>`
problem-detail-token-invalid = this token is not valid or was revoked
problem-detail-plan-needs-sign-in = this plan takes contributions from people who are signed in
problem-detail-edit-needs-author = sign in, or use the browser you posted it from, to change it
problem-detail-withdraw-needs-author = sign in, or use the browser you posted it from, to withdraw it
problem-detail-only-author-edits = only the author of a contribution can change it
problem-detail-only-author-withdraws = only the author of a contribution can withdraw it
problem-detail-proposal-who-moves = only the proposer or the network operator can move it
problem-detail-organisation-other-plan = your organisation answers in another plan
problem-detail-own-organisation-only = you answer for your own organisation only
problem-detail-other-organisation-answers = another organisation answers some of these contributions
problem-detail-commitment-owner-only = only the organisation that made the commitment updates it
problem-detail-facilitator-steers = only the workshop's facilitator can steer it
problem-detail-facilitator-checks = only the workshop's facilitator can check its pins
problem-detail-energy-plan-group-only = only the group that wrote this energy plan may change it
problem-detail-energy-plan-shared = this version is shared and frozen; start the next version to change it
problem-detail-not-quotable = only a published contribution whose resident agreed to be quoted can be featured in the report
problem-detail-energy-plan-not-answered = the latest version is not answered yet; the next version starts from an answered one
problem-detail-data-proof-required = prove an e-mail address with a mailed link, or use the browser or account you wrote with
problem-detail-not-yours = this is not yours to export or erase
problem-detail-about-you-key-not-found = this key to answer the "about you" questions is not known, has expired or was already used
problem-detail-project-team = only the project's team can change it
problem-detail-project-proposer = only the group that proposed it can turn a proposal into a project
problem-detail-project-not-going-ahead = only a proposal that is going ahead can become a project
problem-detail-project-exists = this proposal is a project already: { $slug }
problem-detail-project-stage = a project cannot go from { $from } to { $to }: it moves one stage at a time
