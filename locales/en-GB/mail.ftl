# Mails. Each body is whole paragraphs; code joins the paragraphs and list lines.
# $place is "area" or "neighbourhood" ($name is the neighbourhood's name);
# $followed is "neighbourhood", "area", "pin" or "commitment" ($name is its name or title).

mail-subscription-confirm-subject = Confirm: follow { $place ->
        [area] the area you drew on the map
       *[neighbourhood] { $name }
    } on { $plan }
mail-subscription-confirm-body =
    Hello,

    Someone, probably you, asked to get news by e-mail of { $place ->
        [area] the area you drew on the map
       *[neighbourhood] { $name }
    } on the { $plan } map.

    To confirm, open this link and press Confirm:
    { $url }

    If it was not you, ignore this mail: nothing more will be sent.

mail-digest-subject = { $place ->
        [area] Your area
       *[neighbourhood] { $name }
    }: { $count } new on { $plan }
mail-digest-intro =
    Hello,

    { $count ->
        [one] One new contribution was
       *[other] { $count } new contributions were
    } added in { $place ->
        [area] the area you drew on the map
       *[neighbourhood] { $name }
    } to { $plan } since the last digest:
mail-digest-line = - { $kind }: { $title }
mail-digest-line-in = - { $kind }: { $title } ({ $neighbourhood })
mail-digest-outro =
    See them on the map: { $map }

    You get this { $frequency ->
        [daily] every day
       *[weekly] every week
    } because you follow { $place ->
        [area] the area you drew on the map
       *[neighbourhood] { $name }
    } on { $plan }.
    To stop, open: { $unsubscribe }

mail-kind = { $kind ->
    [idea] Idea
    [issue] Issue
    [interest] Interest
   *[story] Positive story
}

mail-follow-confirm-subject = Confirm: hear what happens to { $followed ->
        [pin] the pin “{ $name }”
       *[commitment] the commitment “{ $name }”
    } on { $plan }
mail-follow-confirm-body =
    Hello,

    Someone, probably you, asked to hear by e-mail what happens to { $followed ->
        [pin] the pin “{ $name }”
       *[commitment] the commitment “{ $name }”
    } on the { $plan } map: a mail each time it gets an answer or news.

    To confirm, open this link and press Confirm:
    { $url }

    If it was not you, ignore this mail: nothing more will be sent.

mail-hello = Hello,
# What people read for each status of a pin.
mail-status = { $status ->
    [open] open
    [referred] referred to another organisation
    [considering] being considered
    [planned] planned
    [done] done
    [not_possible] not possible
   *[duplicate] a duplicate of another pin
}
# $pins: how many of the follower's pins the answer is about (0: a commitment).
mail-outcome-answer-subject = { $plan }: { $pins ->
        [0] a commitment you follow is now
        [one] a pin you follow is now
       *[other] { $pins } pins you follow are now
    } { $status }
mail-outcome-answer = { $organisation } answered { $pins ->
        [0] a commitment you follow
        [one] a pin you follow
       *[other] { $pins } pins you follow
    } on { $plan }: { $status }.
mail-outcome-commitment = Commitment: { $title }
mail-outcome-expected = Expected: { $month }
mail-outcome-response =
    “{ $response }”
    — { $organisation }
mail-outcome-reason = Why it is not possible: { $reason }
mail-outcome-progress-subject = { $plan }: “{ $commitment }” is { $progress }% done
mail-outcome-progress =
    { $organisation } posted news of “{ $commitment }” on { $plan }: { $progress }% done, on { $date }.

    “{ $note }”
mail-outcome-pins = { $count ->
    [one] The pin:
   *[other] The pins:
}
mail-outcome-more = … and { $count } more.
mail-outcome-see = See them on the map: { $map }
mail-outcome-stop = You get this because you follow { $followed ->
        [neighbourhood] { $name }
        [area] the area you drew on the map
        [pin] the pin “{ $name }”
       *[commitment] the commitment “{ $name }”
    }. To stop, open: { $url }

mail-signup-subject = Confirm your Waymark account
mail-signup-body =
    Hello,

    Someone, probably you, asked for a Waymark account with this e-mail address.

    To make the account, open this link, enter the password you chose and press Confirm (the link works for { $hours } hours):
    { $url }

    If it was not you, ignore this mail: no account is made.
mail-signup-taken-subject = Your Waymark account
mail-signup-taken-body =
    Hello,

    Someone, probably you, tried to sign up for Waymark with this e-mail address. You already have an account, so no new one was made.

    If it was you, sign in here:
    { $sign_in }

    Forgotten your password? Choose a new one here:
    { $reset }

    If it was not you, ignore this mail: nothing has changed.
mail-reset-subject = Choose a new Waymark password
mail-reset-body =
    Hello,

    Someone, probably you, asked to choose a new password for the Waymark account of this e-mail address.

    To choose one, open this link within { $minutes } minutes:
    { $url }

    If it was not you, ignore this mail: your password stays as it is.
mail-email-change-subject = Confirm your new e-mail address for Waymark
mail-email-change-body =
    Hello,

    Someone, probably you, asked to use this e-mail address for their Waymark account.

    To confirm, open this link and press Confirm (the link works for { $hours } hours):
    { $url }

    If it was not you, ignore this mail: nothing changes.
mail-email-changed-subject = Your Waymark e-mail address was changed
mail-email-changed-body =
    Hello,

    The Waymark account of this e-mail address now uses another address: { $address }.
    From now on, sign in with that address.

    If you did not ask for this, someone may have signed in as you: tell the people who run your Waymark map at once. The page to choose a new password is:
    { $url }
# To a resident whose account nobody has signed in to for a long time. $since and $deadline are dates (YYYY-MM-DD); $url is the sign-in page.
mail-inactive-account-subject = Your Waymark account will be deleted
mail-inactive-account-body =
    Hello,

    Nobody has signed in to the Waymark account of this e-mail address since { $since }. Accounts nobody uses are deleted, so that nothing about people is kept longer than needed.

    To keep your account, sign in before { $deadline }:
    { $url }

    Otherwise the account will be deleted then. What you wrote on the map stays, no longer linked to you.
mail-data-link-subject = Your data on Waymark
mail-data-link-body =
    Hello,

    Someone, probably you, asked to see, download or erase what Waymark holds that is tied to this e-mail address.

    To do so, open this link within { $minutes } minutes (it works once):
    { $url }

    If it was not you, ignore this mail: nothing has been shown to anyone.

# Collaborative Action Groups: minutes published ($group is the group's name, $date the
# meeting's day, $url its page); the minutes follow the body as written.
mail-group-minutes-subject = { $group }: minutes of { $date }
mail-group-minutes-body =
    Hello,

    The minutes of the { $group } meeting of { $date } are published. They are below, and on the group's page:
    { $url }

# The daily mail of a group's new threads, for members who asked for it ($count threads;
# their titles follow the body, one a line).
mail-group-threads-subject = { $group }: { $count ->
        [one] one new thread
       *[other] { $count } new threads
    }
mail-group-threads-body =
    Hello,

    { $count ->
        [one] One new thread was
       *[other] { $count } new threads were
    } started in { $group } since your last mail. Read and reply in the members' space:
    { $url }

    To stop these mails, turn off "daily mail of new threads" on the group's page.
## Community energy projects (issue 19)

mail-volunteer-confirm-subject = Confirm: you offered to help { $project }
mail-volunteer-confirm-body =
    Hello,

    Someone, probably you, offered to help the community energy project { $project }
    as "{ $role }".

    To confirm, open this link and press Confirm:
    { $url }

    The project's team will then see your e-mail address and may write to you.
    If it was not you, ignore this mail: nothing more will be sent.

    To leave at any time (your address is then deleted), open:
    { $leave }
mail-help-request-subject = A resident in { $neighbourhood } would like help with an energy idea
mail-help-request-body =
    Hello,

    You are a community energy champion for { $neighbourhood }. A resident asked for help
    with this pin on the map: "{ $title }"

    Have a look, and reply on the map if you can help:
    { $url }
mail-project-update-subject = { $project }: news this month
mail-project-update-intro = { $count ->
        [0] No new updates from { $project } this month.
        [one] One update from { $project } this month:
       *[other] { $count } updates from { $project } this month:
    }
mail-project-update-footer =
    See the project: { $url }

    To stop these monthly mails, open:
    { $unsubscribe }
