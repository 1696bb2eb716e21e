# The Collaborative Action Groups pages (map-ui/src/groups/): a plan's groups, a group's
# public page and members' space, a meeting and its projector view.

groups-page-title = Groups · { $plan }
groups-group-title = { $group } · Groups
groups-meeting-title = { $group }: meeting on { $date }
groups-heading = Collaborative Action Groups
groups-skip-to-content = Skip to the content
groups-links = Group pages
groups-back-to-map = Back to the map
groups-all-groups = All groups
groups-back-to-group = Back to the group
groups-back-to-meeting = Back to the meeting
groups-loading = Loading…
groups-load-failed = This page could not be loaded. Check your connection and try again.
groups-not-found = There is no such group or meeting.
groups-sign-in-needed = Sign in to see the members' space.
groups-members-only = This part of the group is for its members only.
groups-sign-in = Sign in
groups-check-form = Check what you wrote: something is missing or too long.
groups-file-too-large = That file is too large.
groups-file-type = That kind of file cannot be shared here. Use a PDF, an image or an office document.
groups-intro = Each group brings together the people and organisations working in one part of the city. They meet regularly, and their minutes are public.
groups-none = This plan has no groups yet.
groups-about = About the group
groups-next-meeting = Next meeting: { $date }
groups-no-next-meeting = No meeting is planned yet.
groups-subscribe = Subscribe to the group's meetings in your calendar
groups-map-label = Map of the area { $group } covers
groups-published-minutes = Minutes
groups-minutes-of = Minutes of { $date }
groups-no-minutes = No minutes have been published yet.
groups-sign-in-to-join = Sign in to ask to join
groups-join = Ask to join
groups-asked = You asked to join. A facilitator will look at your request.
groups-requested = You asked to join. A facilitator will look at your request.
groups-you-are-member = You are a member of this group.
groups-you-facilitate = You facilitate this group.
groups-leave = Leave the group
groups-left = You left the group.
groups-members-space = Members' space
groups-meetings = Meetings
groups-meeting-scheduled = planned
groups-meeting-held = held
groups-meeting-cancelled = cancelled
groups-minutes-published = minutes published
groups-meeting-starts = Date and time
groups-create-meeting = Create a meeting
groups-members = Members
groups-unnamed = A member
groups-role-facilitator = facilitator
groups-role-member = member
groups-join-requests = Asking to join
groups-approve = Approve { $name }
groups-threads = Discussion
groups-untitled = Untitled
groups-replies = { $count ->
    [one] 1 reply
   *[other] { $count } replies
}
groups-no-threads = No discussions yet.
groups-thread-title = Subject
groups-thread-body = Message
groups-start-thread = Start a discussion
groups-reply = Your reply
groups-send-reply = Send the reply
groups-post-by = { $author }, { $date }
groups-resources = Resources
groups-download = Download { $title }
groups-members-only-tag = (members only)
groups-no-resources = No resources yet.
groups-resource-title = Title
groups-resource-file = A file (PDF, image or office document)
groups-resource-link = Or a link
groups-resource-members-only = Only for members
groups-add-resource = Add the resource
groups-meeting-on = Meeting on { $date }
groups-add-to-calendar = Add to your calendar
groups-open-projector = Open in the projector view
groups-agenda = Agenda
groups-agenda-empty = Nothing is on the agenda yet.
groups-agenda-item = An agenda item
groups-add-item = Add to the agenda
groups-since-last-week = Since last week
groups-since = What happened in the group's area since { $date }.
groups-since-new = New on the map
groups-since-most-supported = Most supported
groups-since-open-outcomes = Waiting for an answer
groups-since-none = Nothing here.
groups-supporters = { $count ->
    [one] 1 supporter
   *[other] { $count } supporters
}
groups-add-to-agenda = Add to agenda
groups-add-to-agenda-named = Add to agenda: { $title }
groups-on-agenda = On the agenda
groups-added = “{ $title }” is on the agenda.
groups-action-points = Action points
groups-no-action-points = No action points.
groups-owner = Owner: { $owner }
groups-owner-due = Owner: { $owner }, due { $due }
groups-done = Done
groups-mark-done = Mark as done
groups-action-text = What is to be done
groups-action-owner = Who will do it
groups-action-due = Due by
groups-add-action = Add the action point
groups-minutes = Minutes
groups-published-on = Published on { $date }.
groups-no-minutes-yet = The minutes are not written yet.
groups-minutes-markdown = Minutes (Markdown)
groups-markdown-hint = Write in Markdown: # for headings, - for lists, [text](address) for links.
groups-save-minutes = Save the minutes
groups-publish = Publish the minutes
groups-minutes-saved = The minutes are saved.
groups-preview = As published

## Controls the members' space and the meeting page offer

groups-digest-label = Send me a daily mail of new discussions
groups-digest-hint = At most one mail a day, only when a discussion was started.
groups-digest-on = You will get a daily mail of new discussions.
groups-digest-off = You will no longer get the daily mail of new discussions.
groups-flag = Report this post
groups-flag-reason = What is wrong with it?
groups-flag-send = Send the report
groups-flagged = Reported. The group's facilitators and the site's moderators will look at it.
groups-attendance = Attendance
groups-attendance-legend = Who came to this meeting
groups-attendance-save = Save attendance
groups-attendance-saved = { $count ->
    [one] Attendance saved: { $count } person came.
   *[other] Attendance saved: { $count } people came.
}
groups-attendance-none = The group has no members yet.
groups-raise-to = Raise it to
groups-raise = Raise it
groups-raise-named = Raise it: “{ $item }”
groups-raised = “{ $item }” raised to { $organisation }.
groups-raised-to = (raised to { $organisation })
