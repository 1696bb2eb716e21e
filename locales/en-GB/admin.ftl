admin-heading = Administration
admin-skip-to-content = Skip to the content
admin-loading = Loading…
admin-load-failed = The page could not be loaded. Check your connection and try again.
admin-try-again = Try again
admin-sections-label = Administration sections

## Account
admin-account-label = Your account
admin-sign-in-heading = Sign in to administer Waymark
admin-sign-in-intro = This page is for administrators: plans and their settings, neighbourhoods, basemaps, users and the audit log.
admin-sign-in-again = Your session has ended. Sign in again to go on.
admin-email = Email
admin-password = Password
admin-sign-in = Sign in
admin-signing-in = Signing in…
admin-sign-in-failed = The email address or password is not right.
admin-sign-in-offline = You are offline. Signing in needs a connection.
admin-sign-in-busy = Too many attempts. Wait a minute, then try again.
admin-sign-out = Sign out
admin-signed-out = You are signed out.
admin-refused-heading = This page is for administrators
admin-role-resident = resident
admin-role-mobiliser = community mobiliser
admin-role-facilitator = facilitator
admin-role-moderator = moderator
admin-role-dno-engineer = network engineer
admin-role-admin = administrator
admin-role-responder = responder for an organisation
admin-role-council-officer = council officer (Local Area Energy Plan)
admin-role-data-officer = data officer (requests about people's data)

## Forms and errors, shared by every section
admin-saving = Saving…

## Plans
admin-plans-heading = Plans
admin-plans-intro = Each plan is one place and its map. Choose a plan to change its settings, neighbourhoods and basemap.
admin-plans-table = Every plan
admin-plans-none = There is no plan yet. Create the first one below.
admin-col-plan = Plan
admin-col-address = Address
admin-col-moderation = Moderation
admin-col-anonymous = Without an account
admin-yes = Allowed
admin-no = Not allowed
admin-new-plan-heading = New plan
admin-new-plan-intro = Give the plan a title and an address. Its area can come from the neighbourhoods you upload next.
admin-title = Title
admin-slug = Address
admin-slug-hint = Lowercase letters and digits, words joined by hyphens. The plan’s map will be at /p/ followed by this.
admin-description = Description
admin-description-hint = A sentence or two shown to people who open the plan.
admin-bbox = Area
admin-bbox-hint = West, south, east, north in degrees, e.g. -0.80, 52.00, -0.70, 52.06. Leave it empty to take the area from the neighbourhoods.
admin-bbox-invalid = Give four numbers separated by commas: west, south, east, north
admin-allow-anonymous = People may contribute without an account
admin-moderation = When do contributions appear?
admin-moderation-post = At once; moderators hide what breaks the rules afterwards
admin-moderation-pre = Only after a moderator approves them
admin-create-plan = Create the plan
admin-slug-taken = There is already a plan at this address. Choose another.
admin-title-missing = Give the plan a title
admin-slug-missing = Give the plan an address
admin-all-plans = All plans
admin-plan-not-found = There is no plan at this address.
admin-open-map = Open the plan’s map
admin-open-moderation = Moderate it
admin-plan-sections-label = On this page

## Settings
admin-settings-heading = Settings
admin-per-day = Contributions per person per day
admin-per-day-hint = The most one person may post to this plan in a day. Leave it empty for no limit.
admin-per-day-invalid = Give a whole number of 1 or more, or leave it empty
admin-privacy-controller = Data controller
admin-privacy-controller-hint = The organisation responsible for people's data on this plan, named on its privacy notice.
admin-privacy-contact = Privacy contact
admin-privacy-contact-hint = An e-mail or postal address where people write to see, correct or delete their data.
admin-privacy-contact-invalid = Give an e-mail address like privacy@example.org, or a postal address
admin-save-settings = Save the settings

## Neighbourhoods
admin-neighbourhoods-heading = Neighbourhoods
admin-neighbourhoods-intro = Upload a boundary file to create or replace the plan’s neighbourhoods. Names are matched, so a neighbourhood that keeps its name keeps its pins and followers.
admin-boundary-file = Boundary file
admin-boundary-file-hint = GeoJSON (.geojson), GeoPackage (.gpkg) or a zipped Shapefile (.zip), in any projection the file names.
admin-name-field = Name field
admin-name-field-hint = The attribute that holds each neighbourhood’s name. Without one, name, NAME or Name is used.
admin-upload-boundaries = Upload the boundaries
admin-upload-extract = Upload the extract
admin-uploading = Uploading…
admin-file-missing = Choose a file to upload
admin-boundary-wrong-type = Choose a .geojson, .gpkg or .zip file
admin-importing = Uploading and checking the file. This can take a minute.
admin-report-heading = The upload is done
admin-report-created = Created
admin-report-updated = Updated
admin-report-deleted = Removed
admin-report-repaired = Repaired (their boundaries were not valid)
admin-report-pins-outside = Pins outside every neighbourhood (kept, and counted in the nearest one)
admin-report-area-from-neighbourhoods = The plan’s area is now the area of its neighbourhoods.
admin-neighbourhoods-none = The plan has no neighbourhoods yet.
admin-col-name = Name
admin-col-contributions = Contributions

## Basemap
admin-basemap-heading = Basemap
admin-basemap-intro = The map under the plan’s pins. Everything is served by this server: nothing is fetched from elsewhere.
admin-basemap-choice = Which basemap does the plan draw?
admin-basemap-own = Waymark’s own simple drawing
admin-basemap-osm = An OpenStreetMap extract
admin-basemap-pmtiles = A vector-tile archive (PMTiles)
admin-use-basemap = Use this basemap
admin-basemap-missing = That basemap has nothing loaded yet. Upload an extract first.
admin-basemap-loading = Loading the basemap…
admin-basemap-failed = The basemap could not be loaded.
admin-osm-heading = Upload an OpenStreetMap extract
admin-osm-file = OpenStreetMap extract
admin-osm-file-hint = An .osm.pbf or .osm file that covers the plan’s area. Roads, water, green spaces, buildings and names are imported.
admin-osm-wrong-type = Choose an .osm.pbf or .osm file
admin-osm-importing = Uploading and importing the extract. A town takes a few minutes: keep this page open.

## Organisations
admin-organisations-heading = Organisations
admin-organisations-intro = The organisations that answer what people say on this plan: a council department, a housing association, the network operator, a community group. Make an account one’s responder in Users.
admin-organisations-none = The plan has no organisations yet. Add the first one below.
admin-col-kind = Kind
admin-organisation-kind-council = Council
admin-organisation-kind-housing = Housing association
admin-organisation-kind-network-operator = Network operator
admin-organisation-kind-community-group = Community group
admin-organisation-kind-other = Other
admin-new-organisation-heading = Add an organisation
admin-organisation-name = Name
admin-organisation-name-hint = As it signs its answers, e.g. Milton Keynes City Council, Highways.
admin-organisation-slug = Address
admin-organisation-slug-hint = Lowercase letters and digits, words joined by hyphens. Leave it empty to make it from the name.
admin-organisation-kind-label = Kind
admin-add-organisation = Add the organisation
admin-organisation-name-missing = Give the organisation a name
admin-organisation-slug-taken = This plan already has an organisation at this address. Choose another, or change the name.
admin-make-responders = Make an account its responder

## Users
admin-users-heading = Users
admin-users-intro = Find people by name or e-mail address, give them a role, or disable an account.
admin-search-text = Name or e-mail address
admin-search-role = Role
admin-any-role = Any role
admin-search = Search
admin-searching = Searching…
admin-users-none = No account matches.
admin-more-users = Show more
admin-disabled = Disabled
admin-active = Active
admin-change-role = Change the role
admin-disable = Disable the account
admin-enable = Enable the account
admin-own-account = You cannot change your own role or disable your own account. Ask another administrator.
admin-you = (you)
admin-their-actions = What they did, in the audit log
admin-choose-organisation = Choose an organisation
admin-make-responder = Make responder
admin-organisation-missing = Choose an organisation first.

## Audit
admin-audit-heading = Audit log
admin-audit-intro = Everything staff did, newest first. Nothing is deleted silently.
admin-filters-label = Filters
admin-actor = Done by
admin-actor-hint = An e-mail address or a name, or part of one.
admin-action = Action
admin-any-action = Any action
admin-target-type = Kind of thing
admin-target = Its id
admin-since = From
admin-until = Until
admin-filter = Show entries
admin-audit-table = Audit entries, newest first
admin-audit-none = No entry matches.
admin-older-entries = Older entries
admin-col-when = When
admin-col-who = Who
admin-col-action = Action
admin-col-target = What
admin-col-reason = Reason
admin-col-change = Change
admin-before = Before
admin-after = After
admin-show-change = Show the change
admin-nothing = Nothing
admin-system = the system
admin-date-invalid = Give a date and time, or leave it empty

## Sections and sentences with values
admin-sections-plans = Plans
admin-sections-users = Users
admin-sections-audit = Audit log
admin-moderation-short-pre = Before publishing
admin-moderation-short-post = After publishing
admin-page-title = Administration — Waymark
# $part: the section or plan shown
admin-page-title-part = { $part } — Administration — Waymark
# $who: an e-mail address
admin-signed-in-as = Signed in as { $who }
admin-refused = You are signed in as { $who } ({ $role }). Only administrators can use this page. Sign out, then sign in with an administrator's account.
admin-optional = { $label } (optional)
admin-created = Created the plan ‘{ $title }’.
admin-settings-saved = Saved the settings of ‘{ $title }’.
admin-report-summary = { $created ->
    [one] { $created } neighbourhood created, { $updated } updated, { $deleted } removed.
   *[other] { $created } neighbourhoods created, { $updated } updated, { $deleted } removed.
}
admin-report-from = Read the layer ‘{ $layer }’, names from ‘{ $field }’.
admin-report-from-crs = Read the layer ‘{ $layer }’, names from ‘{ $field }’, coordinates in { $crs }.
admin-repaired-item = { $name }: { $reason }
admin-neighbourhoods-table = { $count ->
    [one] { $count } neighbourhood
   *[other] { $count } neighbourhoods
}
admin-map-label = Map of { $title }: its neighbourhoods over its basemap. The table lists the same neighbourhoods.
admin-features = { $count ->
    [one] { $count } feature loaded.
   *[other] { $count } features loaded.
}
admin-features-none = Nothing loaded yet.
# $schema: the tiles' schema name; $min, $max: zoom levels; $at: a date and time
admin-pmtiles-loaded = { $schema } tiles, zoom { $min } to { $max }, imported { $at }.
# $name: the basemap's name, from admin-basemap-…, its first letter in lower case
admin-basemap-saved = The plan now draws { $name }.
admin-osm-done = { $count ->
    [one] Imported { $count } feature from the extract.
   *[other] Imported { $count } features from the extract.
}
admin-organisations-table = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
admin-organisation-added = Added the organisation ‘{ $name }’.
admin-users-found = { $count ->
    [one] { $count } account found.
   *[other] { $count } accounts found.
}
admin-users-shown = Showing { $shown } of { $count } accounts.
# $day: a date
admin-joined = Joined { $day }
admin-role-for = Role of { $who }
# $role: a role's name, from admin-role-…
admin-role-changed = { $who } is now a { $role }.
admin-user-disabled = Disabled the account of { $who }. They can no longer sign in.
admin-user-enabled = Enabled the account of { $who }.
admin-responder-for = Make { $who } a responder for
admin-organisation-of = { $name } ({ $plan })
admin-responder-made = { $who } now answers for { $organisation }.
admin-audit-shown = { $count ->
    [one] { $count } entry shown.
   *[other] { $count } entries shown.
}
admin-audit-shown-more = { $count ->
    [one] { $count } entry shown; there are older ones.
   *[other] { $count } entries shown; there are older ones.
}
