# The staff "who's missing" page (/p/{plan}/whos-missing): participation against population.
# The names of the census groups and questions are in report.ftl (report-band-*, report-dimension-*).

whos-missing-page-title = Who's missing · { $plan }
whos-missing-heading = Who's missing
whos-missing-skip-to-content = Skip to the figures
whos-missing-back-to-map = Back to the map
whos-missing-staff-report = This month's report, staff edition
whos-missing-intro = { $from } to { $to }: the people who took part in each neighbourhood, against the people who live there. The "about you" answers show who took part; the census shows who lives there.
whos-missing-privacy = For staff only. Any group of fewer than 10 people reads "fewer than 10", and no figure is shown that would reveal one.
whos-missing-loading = Loading the figures…
whos-missing-load-failed = The figures could not be loaded. Try again in a moment.
whos-missing-sign-in = Sign in as a mobiliser, facilitator or admin to see who's missing.
whos-missing-staff-only = This page is for mobilisers, facilitators and admins.
whos-missing-not-found = There is no such plan.
whos-missing-shade-legend = Shade the map by
whos-missing-shade-rate = people who took part per 1,000 residents
whos-missing-shade-band = the question whose group is least heard
whos-missing-map-label = Map of the plan's neighbourhoods, shaded as the key below says. The list "Where to knock next" has the same figures.
whos-missing-legend-heading = Key
whos-missing-legend-no-rate = no rate (fewer than 10 people, or no population figures)
whos-missing-legend-range = more than { $from }, up to { $to } per 1,000 residents
whos-missing-legend-no-band = no group stands out
whos-missing-list-heading = Where to knock next
whos-missing-list-intro = The lowest participation first, then the least representative (1 means the people who answered mirror the residents; 0, nothing in common). Choose a neighbourhood to show it on the map.
whos-missing-none = This plan has no neighbourhoods yet.
whos-missing-shown = { $name } is shown on the map.
whos-missing-rate = { $rate } per 1,000 residents
whos-missing-rate-fewer-than-10 = fewer than 10 people took part
whos-missing-rate-none = no population figures
whos-missing-fewer-than-10 = fewer than 10
whos-missing-representativeness = representativeness { $value }
whos-missing-representativeness-none = representativeness unknown (fewer than 10 answers)
whos-missing-least-heard = least heard: { $band } ({ $dimension })
whos-missing-least-heard-none = no group stands out
whos-missing-participants = { $participants } took part; { $residents } residents
whos-missing-area-rate = { $name }: { $rate }
whos-missing-area-band = { $name }: { $band }
