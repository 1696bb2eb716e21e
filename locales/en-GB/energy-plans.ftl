# Neighbourhood energy plans: the list, the plan builder, its print layout and the answers.
# "DNO" is the electricity distribution network operator; "LAEP" the council's Local Area
# Energy Plan.

## The pages' frame

energy-plans-list-title = Neighbourhood energy plans: { $plan }
# Shown in the browser tab: the energy plan's own title, then the plan's.
energy-plans-page-title = { $title } — energy plan, { $plan }
energy-plans-list-heading = Neighbourhood energy plans
energy-plans-skip-to-content = Skip to the content
energy-plans-back-to-map = Back to the map
energy-plans-back-to-list = All energy plans
energy-plans-list-intro = A community group writes down what its neighbourhood hopes for — heat pumps, electric cars charging at home, solar on roofs, community batteries and projects — and sees, year by year, what that does to the local electricity network. The network operator and the council then answer.
energy-plans-none = No energy plans yet.
energy-plans-load-failed = The energy plans could not be loaded. Check your connection and try again.
energy-plans-not-found = There is no such energy plan, or it is not shared yet.
energy-plans-loading = Loading…
# One plan in the list: its group and the neighbourhoods it covers.
energy-plans-by-group = { $group } · { $places }
energy-plans-version-status = Version { $number }: { $status }
energy-plans-status-draft = draft
energy-plans-status-shared = shared, waiting for answers
energy-plans-status-answered = answered

## Starting a plan

energy-plans-start-heading = Start a plan
energy-plans-sign-in-to-start = Sign in to start a plan for your neighbourhood.
energy-plans-sign-in = Sign in
energy-plans-title-label = Name of the plan
energy-plans-title-hint = For example “Warm homes for Fishermead”
energy-plans-group-label = Your community group
energy-plans-neighbourhoods-legend = Neighbourhoods it covers
energy-plans-neighbourhoods-missing = Choose at least one neighbourhood.
energy-plans-start-submit = Start the plan
energy-plans-starting = Starting…

## The builder

energy-plans-version-label = Version
# In the version picker: a version's number and its status.
energy-plans-version-option = Version { $number } ({ $status })
energy-plans-show-version = Show
energy-plans-draft-note = This is a draft: only your group sees it. Save it as you go; share it when it is ready for the network operator and the council.
energy-plans-shared-note = This version is shared: it can no longer change. The network operator and the council answer it.
energy-plans-answered-note = This version is answered. Your group can start the next version from the answers.
energy-plans-scenario-heading = Your scenario
energy-plans-heat-pumps = Homes with a heat pump (%)
energy-plans-ev-charging = Homes charging an electric car (%)
energy-plans-rooftop-solar = Homes with solar panels on the roof (%)
energy-plans-target-year = By the year
energy-plans-dfes-label = Future of the network to compare with
energy-plans-dfes-hint = The network operator's forecasts of its headroom in the years to come (DFES scenarios). “Today’s headroom” assumes nothing changes.
energy-plans-dfes-none = Today’s headroom
energy-plans-batteries-heading = Community batteries
energy-plans-projects-heading = Projects
energy-plans-none-yet = None yet.
energy-plans-item-name = Name
energy-plans-item-place = Where
energy-plans-item-power = Power (kW)
energy-plans-item-import = Draws from the grid (kW)
energy-plans-item-export = Sends to the grid (kW)
energy-plans-item-year = From the year
energy-plans-add-battery = Add a battery
energy-plans-add-project = Add a project
# A button that removes one battery or project; $name is its name.
energy-plans-remove-item = Remove “{ $name }”
energy-plans-remove-unnamed = Remove this one
energy-plans-battery-fieldset = Battery { $n }
energy-plans-project-fieldset = Project { $n }
# A proposal in the "Where" choices of a battery or project.
energy-plans-place-proposal = Proposal: { $title }
energy-plans-note-label = What this version changes (optional)
energy-plans-save = Save draft
energy-plans-saving = Saving…
energy-plans-saved = Draft saved.
energy-plans-share = Share
energy-plans-share-confirm-heading = Share this version?
energy-plans-share-confirm = Once shared, version { $number } is frozen: nobody can change it. The network operator and the council can then answer it. Unsaved changes are saved first.
energy-plans-share-yes = Share it
energy-plans-cancel = Cancel
energy-plans-shared-done = Version { $number } is shared.
energy-plans-next-version = Start version { $number }
energy-plans-next-started = Version { $number } is started as a draft, from the answers to version { $previous }.
energy-plans-conflict = This version is shared already and can no longer change. Reload the page to see it.
energy-plans-updating = Working out the impact…
energy-plans-preview-failed = The impact could not be worked out. Check the scenario and your connection.
energy-plans-busy = The server is busy: the impact will update in a moment.
energy-plans-print = Print / PDF
energy-plans-projector = Projector view
energy-plans-leave-projector = Leave projector view
energy-plans-download-geojson = Download the figures (GeoJSON)
energy-plans-download-csv = Download the figures (CSV)

## The impact: map, chart, table

energy-plans-impact-heading = What it does to the network
energy-plans-impact-intro = Each primary substation that serves the area, year by year to { $year }: what the scenario adds to the evening peak demand and to the generation sent into the network, against the room the network has.
energy-plans-impact-missing = The impact cannot be worked out yet: the plan’s administrator has still to set { $fields }.
energy-plans-without-homes = No homes figure for { $names }: the impact counts no homes there.
energy-plans-map-label = Map: the supply areas of the substations serving { $title }, each coloured and labelled by whether the scenario fits
energy-plans-map-legend = Does the scenario fit?
energy-plans-rag-green = Fits
energy-plans-rag-amber = Needs work
energy-plans-rag-red = Does not fit
energy-plans-rag-none = Not answered
# A supply area's label on the map: the substation's name and whether the scenario fits.
energy-plans-area-label = { $name }: { $rag }
energy-plans-summary-caption = Each substation in { $year }, the target year
energy-plans-col-substation = Substation
energy-plans-col-homes = Homes
energy-plans-col-fit = Fits?
energy-plans-col-year = Year
energy-plans-col-demand = Added demand (MVA)
energy-plans-col-generation = Added generation (MW)
energy-plans-col-demand-headroom = Demand headroom (MVA)
energy-plans-col-generation-headroom = Generation headroom (MW)
energy-plans-col-demand-left = Demand room left (MVA)
energy-plans-col-generation-left = Generation room left (MW)
energy-plans-col-demand-band = Demand headroom
energy-plans-col-generation-band = Generation headroom
# A headroom band from the network data; $unit is MW or MVA.
energy-plans-band-none = none
energy-plans-band-under-one = under 1 { $unit }
energy-plans-band-one-to-five = 1 to 5 { $unit }
energy-plans-band-over-five = over 5 { $unit }
energy-plans-year-caption = { $name }, year by year
energy-plans-worst = Worst year: { $rag }
energy-plans-chart-label = Chart of { $name }: added demand and added generation by year. The numbers are in the table below it.
energy-plans-series-demand = Added demand
energy-plans-series-generation = Added generation
energy-plans-series-demand-headroom = Demand headroom
energy-plans-series-generation-headroom = Generation headroom
energy-plans-chart-unit = MVA / MW
energy-plans-assumptions-heading = The assumptions used, each with its source
energy-plans-assumption-heat-pump-peak-kw = A heat pump at the evening peak: { $value } kW
energy-plans-assumption-ev-charger-peak-kw = An electric car charging at the evening peak: { $value } kW
energy-plans-assumption-rooftop-solar-kwp = Solar panels on a roof: { $value } kW peak
energy-plans-assumption-power-factor = Power factor: { $value }
energy-plans-assumption-missing = not set yet
energy-plans-source = Source: { $source }

## The community's priorities and the proposals

energy-plans-priorities-heading = What the community asked for
energy-plans-priorities-intro = Pins and conversations in the area that this plan answers, most supported first.
energy-plans-no-priorities = No priorities chosen yet.
energy-plans-choose-priorities = Choose from the pins and conversations in the area
energy-plans-no-voices = Nothing has been pinned in the area yet.
# Counts under a pin or conversation.
energy-plans-voice-counts = { $supports ->
    [one] 1 support
   *[other] { $supports } supports
} · { $replies ->
    [one] 1 reply
   *[other] { $replies } replies
}
energy-plans-conversation = heard in a conversation
energy-plans-proposals-heading = Community energy proposals in the area
energy-plans-no-proposals = No proposals in the area.
# A proposal's line: its technology, what it draws and sends, and its status.
energy-plans-proposal-line = { $group } · draws { $import } kW, sends { $export } kW · { $status }

## The answers

energy-plans-answers-heading = The answers
energy-plans-network-answers-heading = The network operator, per substation
energy-plans-laep-heading = The council, for its Local Area Energy Plan
energy-plans-no-answer = No answer yet.
energy-plans-verdict-fits = Fits
energy-plans-verdict-fits-flexible = Fits with a flexible connection
energy-plans-verdict-needs-reinforcement = Needs reinforcement
energy-plans-verdict-does-not-fit = Does not fit
energy-plans-cost-under-100k = under £100,000
energy-plans-cost-100k-to-1m = £100,000 to £1 million
energy-plans-cost-1m-to-5m = £1 million to £5 million
energy-plans-cost-over-5m = over £5 million
energy-plans-laep-aligned = In line with the Local Area Energy Plan
energy-plans-laep-partly = Partly in line with the Local Area Energy Plan
energy-plans-laep-conflicts = In conflict with the Local Area Energy Plan
energy-plans-answer-cost = Cost of reinforcement: { $band }
energy-plans-answer-earliest = Earliest year: { $year }
energy-plans-answered-on = Answered { $date }
energy-plans-verdict-label = Answer
energy-plans-choose = Choose…
energy-plans-cost-label = Cost of reinforcement
energy-plans-earliest-label = Earliest year it could be done
energy-plans-answer-note-label = Note for the group
energy-plans-answer-submit = Send the answer
energy-plans-answer-sending = Sending…
energy-plans-answer-saved = Answer saved for { $name }.
energy-plans-laep-saved = The council’s answer is saved.
energy-plans-answer-for = Your answer for { $name }
energy-plans-laep-form = The council’s answer

## Comparing versions

energy-plans-compare = Compare with version { $number }
energy-plans-compare-heading = Version { $from } and version { $to }
energy-plans-compare-close = Close the comparison
energy-plans-changes-heading = What changed
energy-plans-no-changes = The scenario did not change.
energy-plans-change-caption = Changes to the scenario
energy-plans-col-what = What
energy-plans-col-before = Version { $number }
energy-plans-removed = (removed)
energy-plans-added = (added)
energy-plans-compare-caption = Each substation in the target year
energy-plans-field-target-year = Target year
energy-plans-field-heat-pumps-pct = Heat pumps (%)
energy-plans-field-ev-charging-pct = Electric car charging (%)
energy-plans-field-rooftop-solar-pct = Rooftop solar (%)
# A battery or project named in a comparison; $name is its name, $field what changed of it.
energy-plans-field-battery = Battery “{ $name }”
energy-plans-field-project = Project “{ $name }”
energy-plans-field-item = { $item }: { $field }
# A battery's row in the scenario table: where it is, its power and the year it starts.
energy-plans-battery-row = { $place } · { $power } kW · from { $year }
energy-plans-project-row = { $place } · draws { $import } kW, sends { $export } kW · from { $year }

## Print

energy-plans-print-heading = Energy plan: { $title }
energy-plans-print-meta = { $group } · version { $number } ({ $status }) · printed { $date }
energy-plans-print-now = Print or save as PDF
energy-plans-print-back = Back to the plan
energy-plans-scenario-caption = The scenario
energy-plans-col-value = Value
energy-plans-map-image = The map of the supply areas, each labelled by whether the scenario fits
