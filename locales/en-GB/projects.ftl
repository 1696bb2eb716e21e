# The community energy pages (map-ui/src/projects/): a plan's projects, a project's page and
# its team's tools, champions, the learning library and the city-wide totals; the plan page's
# "Projects" link and a proposal's "Turn into a project".

projects-link = Projects
projects-page-title = Community energy projects · { $plan }
projects-project-title = { $project } · Community energy
projects-module-title = { $module } · Learning library
projects-heading = Community energy projects
projects-skip-to-content = Skip to the content
projects-links = Community energy pages
projects-back-to-map = Back to the map
projects-all-projects = All projects
projects-champions-link = Champions
projects-learn-link = Learning library
projects-city-link = Community energy in figures
projects-loading = Loading…
projects-load-failed = This could not be loaded. Check your connection and try again.
projects-offline = You seem to be offline. Check your connection and try again.
projects-not-found = There is no such page here.
projects-sign-in = Sign in
projects-sign-in-needed = Sign in first to do this.
projects-team-only = Only the project's team can do this.
projects-too-many = Too many tries in a short time. Wait a few minutes and try again.
projects-check-form = Some answers need another look: see the messages by each field.
projects-field-problem = Check this:
projects-choose = Choose…

## The plan's projects
projects-intro = Solar panels on a school, a shared battery, neighbours buying heat pumps together: projects that local people own and run. Each one shows how far it has got and how you can help.
projects-start = Start a project
projects-sign-in-to-start = Sign in to start a project
projects-map-label = Map of the community energy projects' sites, coloured by stage. The same projects are listed below by stage.
projects-map-legend = Each dot is a project, coloured by its stage as in the list below.
projects-none = No projects yet. Start one, or turn a proposal that is going ahead into one.
projects-technology-other = Other
projects-kwp = { $kwp } kWp
projects-kwh = { $kwh } kWh
projects-kb = { $kb } KB

## Starting a project
projects-start-intro = For a group that wants to start something without a network proposal, such as a retrofit club or a bulk-buy of heat pumps. You will lead its team and can add others later.
projects-field-title = Name of the project
projects-field-story = What you want to do, and why
projects-field-technology = Kind of project
projects-field-site = Where
projects-field-site-hint = Choose the neighbourhood; you can describe the exact place in the story.
projects-choose-place = Choose where the project is.
projects-create = Create the project

## A project's page
projects-story = The story
projects-no-story = The team has not written the story yet.
projects-follow = Follow this project
projects-follow-hint = Its updates come to you by e-mail once a month. Each mail has a link to stop.
projects-following = You follow this project: its updates will come once a month.
projects-sign-in-to-follow = Sign in to follow this project
projects-stage-heading = Stage
projects-stage-forming = Forming a group
projects-stage-feasibility = Checking it can work
projects-stage-funding = Finding the money
projects-stage-building = Building
projects-stage-generating = Generating
projects-stage-done = done
projects-stage-now = now
projects-move-forward = Move on to “{ $stage }”
projects-move-back = Go back to “{ $stage }”
projects-stage-moved = The project is now at “{ $stage }”.
projects-site = The site
projects-site-map-label = Map of the site of { $project }
projects-site-point = The dot on the map marks the site.
projects-site-outline = The outline on the map marks the site; the dot is its middle.
projects-figures = Figures
projects-no-figures = No figures yet.
projects-figure-kwp = Solar or other power installed (kWp)
projects-figure-homes = Homes served
projects-figure-buildings = Buildings served
projects-figure-rooftop = It is on a roof
projects-generation = Energy generated each month
projects-generation-chart = Energy generated each month, in kWh; the same figures are in the table below.
projects-month = Month
projects-generation-kwh = Energy generated (kWh)
projects-get-involved = Get involved
projects-no-roles = No volunteer roles are open just now.
projects-volunteers-count = { $count ->
    [0] No volunteers yet
    [one] One volunteer so far
   *[other] { $count } volunteers so far
}
projects-your-email = Your e-mail address
projects-your-name = Your name (optional)
projects-sign-up = Sign up for this role
projects-email-needed = Enter your e-mail address.
projects-check-inbox = Check your inbox: we sent a mail to { $email }. Open its link to confirm you want to help. If you already help in this role, no new mail comes.
projects-updates = Updates
projects-no-updates = No updates yet.
projects-milestones = Milestones
projects-milestone-done = reached on { $date }
projects-milestone-due = due in { $month }
projects-documents = Documents
projects-team = The team
projects-unnamed = A team member
projects-role-lead = leads the project
projects-role-member = team member
projects-checklist = Starting a project, step by step
projects-checklist-intro = The steps most new groups take, each with short guides from the learning library beside it.
projects-step-form-group = Form a group
projects-step-find-site = Find a site
projects-step-check-network = Check the network
projects-step-legal-form = Choose a legal form
projects-step-funding = Find funding
projects-step-done = done
projects-step-not-yet = not yet
projects-step-ticked = “{ $step }” ticked.
projects-step-unticked = “{ $step }” no longer ticked.
projects-open-feasibility = See the network check for this project's proposal
projects-open-network = Check the network on the map (Community energy, then Propose)
projects-modules-for = Guides for “{ $step }”
projects-module-completed = (completed)

## The team's tools
projects-team-tools = For the team
projects-post-update = Post an update
projects-update-text = What has happened
projects-update-photo = A photo (optional)
projects-update-photo-hint = PNG, JPEG, GIF or WebP, up to the size the site allows.
projects-update-caption = What the photo shows
projects-update-caption-hint = Read out to people who cannot see the photo, and shown beneath it.
projects-post = Post the update
projects-text-needed = Write what has happened.
projects-update-posted = Update posted.
projects-update-posted-no-photo = The update is posted, but not its photo: { $problem }
projects-add-role = Add a volunteer role
projects-role-title = The role
projects-role-title-hint = For example: door-knocker for the share offer, roof surveyor.
projects-role-description = What it involves
projects-add-role-button = Add the role
projects-role-added = Role “{ $role }” added.
projects-edit-figures = Change the figures
projects-save-figures = Save the figures
projects-figures-saved = Figures saved.
projects-number-needed = Enter a number.
projects-volunteers = Volunteers
projects-export-volunteers = Download the volunteers (CSV)
projects-find-champions-near = Find champions near this project
projects-add-milestone = Add a milestone
projects-milestone-title = The milestone
projects-milestone-title-hint = For example: roof survey done, share offer opens.
projects-milestone-title-needed = Write the milestone.
projects-milestone-due-month = Due in (optional)
projects-month-hint = Year and month, for example { $example }.
projects-milestone-done-on = Reached on (optional)
projects-milestone-done-on-hint = Leave it empty while the milestone is still to come.
projects-add-milestone-button = Add the milestone
projects-milestone-added = Milestone “{ $milestone }” added.
projects-add-document = Add a document
projects-document-title = Title of the document
projects-document-title-hint = Shown on the project's page, for example: Roof survey report.
projects-document-title-needed = Write the document's title.
projects-document-file = The file
projects-document-file-hint = A PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or a photo, up to the size the site allows.
projects-document-file-needed = Choose the file.
projects-file-refused = This file was not added: { $problem }
projects-add-document-button = Add the document
projects-document-added = Document “{ $document }” added.
projects-enter-generation = Enter a month's generation
projects-month-needed = Choose the month.
projects-save-generation = Save the month
projects-generation-saved = Generation saved.
projects-import-generation = Import a meter's readings
projects-import-file = The meter's CSV file
projects-import-file-hint = One line a month: the month, then the kWh, for example { $example }. A first line “{ $header }” is fine.
projects-import-file-needed = Choose the CSV file.
projects-import-button = Import the readings
projects-import-refused = Nothing was imported. Correct these lines in the file, then import it again:
projects-import-line = Line { $line }: { $problem }
projects-import-fix = { $count ->
    [one] One line of this file needs correcting (listed above).
   *[other] { $count } lines of this file need correcting (listed above).
}
projects-generation-imported = Readings imported.
projects-add-member = Add a team member
projects-member-email = Their e-mail address
projects-member-email-hint = The address of their Waymark account: if they have none, ask them to sign up first.
projects-member-email-needed = Enter their e-mail address.
projects-add-member-button = Add to the team
projects-member-added = { $email } is now on the team.

## Turning a proposal into a project (the plan page)
projects-turn-into-project = Turn into a project
projects-turn-into-project-hint = This proposal is going ahead: give it a project page for its story, updates and volunteers.
projects-open-project = Open the project's page

## Champions
projects-champions-heading = Community energy champions
projects-champions-intro = Champions are local people trained to help their own streets, schools and estates with energy: solar, heat pumps, bills, starting a group.
projects-find-champions = Find champions near a place
projects-find-hint = For project teams and facilitators. Choose a project or a neighbourhood.
projects-near = Near
projects-near-a-project = A project
projects-near-a-neighbourhood = A neighbourhood
projects-find = Find champions
projects-champions-refused = Only project teams and facilitators can find champions.
projects-champions-near = { $count ->
    [0] No champions near { $place }
    [one] One champion near { $place }
   *[other] { $count } champions near { $place }
}
projects-no-champions = Try another place, or ask in the neighbourhood's group.
projects-distance = { $km } km away
projects-covers = Covers:
projects-helps-with = Can help with: { $topics }
projects-training = Training:
projects-modules-done = { $count ->
    [one] Has completed one guide
   *[other] Has completed { $count } guides
}
projects-write-to = Write to { $name }
projects-become-champion = Become a champion
projects-champion-what = A champion is the first person neighbours ask about energy. You say which neighbourhoods you cover and what you can help with; project teams and facilitators can then find you.
projects-champion-sign-in = Sign in to register as a champion.
projects-champion-name = The name people will see
projects-champion-covers = Neighbourhoods you cover
projects-champion-covers-hint = Choose at least one.
projects-choose-neighbourhood = Choose at least one neighbourhood.
projects-champion-topics = What you can help with
projects-champion-topics-hint = Choose any that fit.
projects-topic-solar = Solar panels
projects-topic-heat-pumps = Heat pumps
projects-topic-insulation = Insulation
projects-topic-bills = Energy bills
projects-topic-funding = Finding funding
projects-topic-forming-a-group = Starting a group
projects-topic-digital = Getting online
projects-topic-talking-to-neighbours = Talking to neighbours
projects-champion-training = Training you have done (optional)
projects-champion-training-hint = For example: a community energy course, or the guides in the learning library.
projects-register = Register as a champion
projects-registered = You are registered as a champion. Thank you!
projects-go-to-library = Read the learning library

## The learning library
projects-library-heading = Learning library
projects-library-intro = Short guides to community energy, written for people in Milton Keynes. Each ends with a question to check you have the main point.
projects-no-modules = No guides yet.
projects-module-step = For the step “{ $step }”
projects-back-to-library = Back to the learning library
projects-quiz = Check what you have read
projects-mark-done-heading = Finished reading?
projects-check-answers = Check my answers
projects-mark-done = Mark as read
projects-answer-needed = Choose an answer.
projects-answer-wrong = Not quite: read this part again.
projects-quiz-wrong = Some answers are not right yet. Read the guide again and try once more.
projects-quiz-right = All right! This guide is marked as completed.
projects-module-completed-long = You have completed this guide.
projects-sign-in-to-complete = Sign in to record that you have completed this guide.

## City-wide
projects-city-heading = Community energy in { $plan }
projects-city-intro = All the community energy projects in the plan, added up. Each chart has a table with the same figures.
projects-kwp-generating = Power generating now
projects-kwp-pipeline = Power on its way (projects not generating yet)
projects-volunteers-total = Volunteers
projects-by-stage = Projects by stage
projects-by-stage-table = Number of projects at each stage
projects-projects-count = Projects
projects-kwp-by-stage = Power by stage (kWp)
projects-kwp-by-stage-table = Power of the projects at each stage
projects-champions-by-neighbourhood = Champions by neighbourhood
projects-champions-table = Number of champions covering each neighbourhood
projects-neighbourhood = Neighbourhood
projects-champions-count = Champions
projects-no-champions-yet = No champions have registered yet.
