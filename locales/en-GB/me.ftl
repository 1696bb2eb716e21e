# "Your data" (/me): seeing, downloading and erasing what Waymark holds about you.

me-heading = Your data
me-skip = Skip to your data
me-back = Back to the map
me-intro = See what Waymark holds that is tied to you, download all of it, or erase it. Data is tied to you by an e-mail address you prove with a link we mail you, by this browser (if you added pins or replies here without an account), or by your account if you are signed in.
me-loading = Loading…
me-load-failed = Something went wrong. Check your connection and try again.
me-link-broken = This link does not work
me-link-broken-body = Links work once, for an hour. Ask for a new one below.
me-prove-heading = Prove an e-mail address
me-prove-intro = We will mail a link to the address. Opening it shows everything tied to that address, such as the places and pins you follow.
me-email-label = E-mail address
me-send = Send me a link
me-sent = If the address is right, a mail with a link is on its way. The link works once, for an hour.
me-bad-email = Enter an e-mail address like name@example.org
me-too-many = Too many requests. Wait a minute and try again.
me-nothing-proved = Nothing is tied to you yet on this browser. Prove an e-mail address below.
me-held-heading = What we hold
me-by-email = Tied to the e-mail address { $email }
me-by-account = Tied to your account ({ $email })
me-by-visitor = Tied to this browser
me-count-account = { $count ->
    [one] an account
   *[other] { $count } accounts
}
me-count-contributions = { $count ->
    [one] { $count } pin
   *[other] { $count } pins
}
me-count-replies = { $count ->
    [one] { $count } reply
   *[other] { $count } replies
}
me-count-supports = { $count ->
    [one] { $count } pin supported
   *[other] { $count } pins supported
}
me-count-flags = { $count ->
    [one] { $count } pin reported to the moderators
   *[other] { $count } pins reported to the moderators
}
me-count-follows = { $count ->
    [one] { $count } thing followed by e-mail
   *[other] { $count } things followed by e-mail
}
me-count-proposals = { $count ->
    [one] { $count } community-energy project
   *[other] { $count } community-energy projects
}
me-count-energy-plans = { $count ->
    [one] { $count } energy plan
   *[other] { $count } energy plans
}
me-count-mail = { $count ->
    [one] { $count } mail sent to you
   *[other] { $count } mails sent to you
}
me-count-about-you = { $count ->
    [one] { $count } set of answers to the "about you" questions
   *[other] { $count } sets of answers to the "about you" questions
}
me-count-group-memberships = { $count ->
    [one] { $count } group you belong to or asked to join
   *[other] { $count } groups you belong to or asked to join
}
me-count-group-posts = { $count ->
    [one] { $count } post in a group's threads
   *[other] { $count } posts in groups' threads
}
me-count-group-flags = { $count ->
    [one] { $count } group post reported
   *[other] { $count } group posts reported
}
me-count-meetings-attended = { $count ->
    [one] { $count } group meeting attended
   *[other] { $count } group meetings attended
}
me-count-action-points = { $count ->
    [one] { $count } action point in your name
   *[other] { $count } action points in your name
}
me-count-volunteering = { $count ->
    [one] { $count } offer to volunteer for a project
   *[other] { $count } offers to volunteer for a project
}
me-count-champion = { $count ->
    [one] { $count } registration as an energy champion
   *[other] { $count } registrations as an energy champion
}
me-count-modules-completed = { $count ->
    [one] { $count } learning module completed
   *[other] { $count } learning modules completed
}
me-count-project-follows = { $count ->
    [one] { $count } project whose monthly news you get
   *[other] { $count } projects whose monthly news you get
}
me-count-help-requests = { $count ->
    [one] { $count } ask for a champion's help
   *[other] { $count } asks for a champion's help
}
me-download = Download your data (ZIP)
me-erase-heading = Erase your data
me-erase-intro = Your pins, replies, follows, mail and account are erased, and so are your group memberships and posts, volunteer offers, champion registration and project follows. Where someone replied to your pin or your group thread, it stays with your words replaced by "removed at the author's request", so their reply still makes sense. Counts in the monthly reports do not change.
me-erase = Erase my data
me-erase-confirm = This cannot be undone. Erase everything tied to you?
me-erase-cancel = Cancel
me-erase-failed = The data could not be erased. Try again.
me-erased-heading = Your data is erased
me-erased = { $count ->
    [one] { $count } pin erased
   *[other] { $count } pins erased
}{ $kept ->
    [0] .
   *[other] , of which { $kept } kept with its words removed because others replied.
}
me-open-map = Open the map
me-officer-heading = Requests made on someone's behalf
me-officer-intro = Find what mobilisers recorded for a resident, by the name or note they recorded, then download or erase it. Each search, download and erasure is written in the audit log, without the name you searched for.
me-officer-plan = Plan
me-officer-name = Name or note recorded
me-officer-search = Find
me-officer-none = Nothing recorded in this plan matches.
me-officer-found = { $count ->
    [one] { $count } contribution recorded on someone's behalf
   *[other] { $count } contributions recorded on someone's behalf
}
me-officer-download = Download the selected (ZIP)
me-officer-erase = Erase the selected
me-officer-erase-confirm = This cannot be undone. Erase the selected contributions?
