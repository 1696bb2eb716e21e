# Pages the server writes itself: following a place, a pin or a commitment by e-mail.
# $followed is "neighbourhood" or "item" (with $name) or "area"; $frequency is "each",
# "daily" or "weekly".

pages-site-title = { $title } — Waymark
pages-confirm-title = Confirm that you follow this place
pages-confirm-lead = Press the button to get { $frequency ->
        [each] an e-mail each time { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] the area you drew
        } on { $plan } gets an answer or news
        [daily] a daily e-mail of what is new in { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] the area you drew
        } on { $plan }
       *[weekly] a weekly e-mail of what is new in { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] the area you drew
        } on { $plan }
    }.
pages-confirm-button = Confirm
pages-confirmed-title = You follow this place
pages-confirmed-lead = You will get { $frequency ->
        [each] an e-mail each time { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] the area you drew
        } on { $plan } gets an answer or news
        [daily] a daily digest of what is new in { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] the area you drew
        } on the { $plan } map
       *[weekly] a weekly digest of what is new in { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] the area you drew
        } on the { $plan } map
    }.
pages-open-map = Open the map
pages-unsubscribe-title = Stop following this place
pages-unsubscribe-question = Stop the e-mails about { $followed ->
        [neighbourhood] { $name }
        [item] “{ $name }”
       *[area] the area you drew
    } on the { $plan } map?
pages-stop-emails = Stop the e-mails
pages-stop-digest = Stop the digest
pages-broken-link-title = This link does not work
pages-broken-link-body = The link is not complete, a newer mail of ours carries its replacement, or it belongs to a request that was withdrawn. Ask again from the map.
pages-gone-title = You no longer follow this place
pages-gone-body = No more digests will be sent, and the address is forgotten.
pages-data-readme =
    Your data from Waymark

    Each kind of thing tied to you is in two files with the same rows: a .json file and a .csv file a spreadsheet opens.

    account: your account, if you have one.
    contributions: the pins you added (lon and lat are the exact point you gave).
    replies: your replies to pins.
    supports: the pins you supported.
    flags: the pins you reported to the moderators, and why.
    follows: the places, pins and commitments you follow by e-mail.
    proposals and energy_plans: the community-energy projects and energy plans you wrote for a group.
    mail: the mail Waymark sent or is about to send to your address.
    about_you: your answers to the optional "about you" questions (age, gender, ethnic group, disability, housing, the first half of your postcode); they are only ever counted, never shown with what you said.

    group_memberships: the Collaborative Action Groups you belong to or asked to join (status "requested").
    group_posts and group_flags: what you wrote in groups' threads, and the posts you reported.
    meetings_attended: the group meetings you were recorded at.
    action_points: action points in groups you belong to whose owner is your name.
    volunteering: your offers to help a community energy project, by your e-mail address (unconfirmed ones go after 7 days).
    champion: your registration as a community energy champion, the neighbourhoods you cover and your training.
    modules_completed: the learning library's modules you completed.
    project_follows: the projects whose monthly news you get.
    help_requests: the energy pins on which you asked for a champion's help (kept 90 days).

## Volunteering for a community energy project (issue 19)

pages-volunteer-confirm-title = Confirm your offer to help
pages-volunteer-confirm-lead = Press Confirm and the project's team will see your e-mail address, so they can get in touch.
pages-volunteer-confirm-button = Confirm
pages-volunteer-confirmed-title = Thank you for offering to help
pages-volunteer-confirmed-lead = You are now a volunteer for { $project } as "{ $role }". The team will be in touch.
pages-volunteer-open-project = Open the project's page
pages-volunteer-leave-title = Stop volunteering
pages-volunteer-leave-lead = Press the button and your offer and your e-mail address are deleted. The team will no longer see you.
pages-volunteer-leave-button = Stop volunteering
pages-volunteer-left-title = You have left
pages-volunteer-left-lead = Your offer and your e-mail address are deleted.
pages-project-unfollow-title = Stop the monthly news
pages-project-unfollow-lead = Press the button and this project's monthly mail stops.
pages-project-unfollow-button = Stop the monthly mail
pages-project-unfollowed-title = No more monthly news
pages-project-unfollowed-lead = This project's monthly mail will not come any more.
