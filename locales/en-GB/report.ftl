# The monthly dialogue report (HTML and print). Figures are numbers; names people
# gave (neighbourhoods, titles, quotes) are variables.

report-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
report-title = Dialogue report: { $plan }, { $month }
report-intro = What residents told us this month, by neighbourhood. Counts include conversations kept internal at the resident's request; those are never quoted.
report-total = { $total ->
    [one] { $total } contribution this month
   *[other] { $total } contributions this month
} ({ $delta ->
    [0] no change
   *[other] { $direction ->
        [up] up { $delta }
       *[down] down { $delta }
    }
} on last month).
report-map-label = Map of { $neighbourhood } with { $count ->
    [one] { $count } pin
   *[other] { $count } pins
} this month
report-by-kind = By kind
report-by-theme = By theme
report-kind-column = Kind
report-theme-column = Theme
report-this-month = This month
report-last-month = Last month
report-last-12-months = Last 12 months
report-month-column = Month
report-contributions-column = Contributions
report-most-supported = Most supported
report-supported-item = { $title } ({ $kind }, { $count ->
    [one] { $count } supporter
   *[other] { $count } supporters
})
report-in-their-words = In their words
report-a-resident = A resident
report-proposals = New community-energy proposals
report-outcomes = What happened to what you told us
report-outcomes-caption = Outcomes so far
report-outcome-column = Outcome
report-commitment = { $status }, { $progress }% done, { $voices ->
    [one] { $voices } voice here
   *[other] { $voices } voices here
}
report-kind = { $name ->
    [idea] idea
    [issue] issue
    [interest] interest
    [story] story
   *[other] { $name }
}
report-theme = { $name ->
    [energy] energy
    [transport] transport
    [housing] housing
    [green_space] green space
    [safety] safety
    [community] community
    [health] health
    [other] other
   *[unknown] { $name }
}
report-status = { $name ->
    [open] open
    [referred] referred
    [considering] considering
    [planned] planned
    [done] done
    [not_possible] not possible
    [duplicate] duplicate
   *[other] { $name }
}
report-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
report-overview = City overview
report-choropleth-label = Map of the plan's neighbourhoods, each shaded by its contributions this month
report-map-caption-per-1000 = Contributions this month per 1,000 residents, by neighbourhood
report-map-caption-contributions = Contributions this month, by neighbourhood. The plan has no population figures per neighbourhood yet, so the map shades counts, not rates per resident.
report-map-figure-per-1000 = { $value } per 1,000 residents
report-map-figure-contributions = { $count ->
    [one] { $count } contribution
   *[other] { $count } contributions
}
report-legend-none = none
report-legend-range = more than { $from }, up to { $to }
report-legend-counts = { $from } to { $to }
report-neighbourhood-column = Neighbourhood
report-per-1000-column = Per 1,000 residents
report-class-column = Shade (1 lightest, 5 darkest)
report-as-table = The figures as a table
report-headline-themes = Headline themes this month
report-rose-and-fell = What rose and fell
report-rose = Rose on last month: { $themes }.
report-fell = Fell on last month: { $themes }.
report-above-average = Above their 12-month average: { $themes }.
report-below-average = Below their 12-month average: { $themes }.
report-nothing-in-two-months = Nothing this month or last month.
report-movers-caption = Themes this month, against last month and the average of the 12 months before
report-change-column = Change on last month
report-average-column = 12-month average
report-against-average-column = Against the average
report-trend-caption = Contributions in each of the last 12 months, this month darkest
report-pins-of-kind = { $kind }: { $count }
report-last-month-outcomes = Last month's items, as they stand now

## The staff edition: who is heard (issue 20)

report-who-is-heard = Who is heard (staff edition)
report-who-is-heard-intro = { $from } to { $to }: the people who took part in each neighbourhood, against the people who live there (census figures). Answers to the optional "about you" questions show who took part. Any group of fewer than 10 people, and any count that could be worked out from the others, reads "fewer than 10", and no share is given that would reveal one. Representativeness is 1 when respondents mirror the residents and 0 when they have nothing in common; a neighbourhood's figure is the mean over the questions at least 10 people answered.
report-participation-label = Map of the plan's neighbourhoods, each shaded by the people who took part per 1,000 residents over 12 months
report-participation-caption = People who took part per 1,000 residents over 12 months, by neighbourhood
report-rate-figure = { $value } per 1,000 residents
report-rate-fewer-than-10 = fewer than 10 people took part
report-fewer-than-10 = fewer than 10
report-not-published = not published
report-no-figure = no figure
report-no-census-figure = no census figure
report-no-band = no group stands out
report-knock-next = Where to knock next
report-knock-next-intro = The lowest participation first, then the least representative.
report-knock-item = { $neighbourhood }: { $rate }; representativeness { $representativeness }; least heard: { $band }.
report-participants = People who took part: { $participants } ({ $residents } residents; { $rate }).
report-representativeness = Representativeness: { $representativeness }. Least heard: { $band }.
report-participants-column = People who took part
report-band-with-dimension = { $band } ({ $dimension })
report-shares-label = { $dimension } in { $neighbourhood }: each group's share of respondents against its share of residents
report-shares-caption = { $dimension }: answered by { $answered }; representativeness { $representativeness }
report-legend-respondents = share of respondents (solid bar)
report-legend-residents = share of residents (dashed bar)
report-band-column = Group
report-respondents-column = Respondents
report-respondents-share-column = Share of respondents
report-residents-share-column = Share of residents
report-dimension-age = Age
report-dimension-gender = Gender
report-dimension-ethnic-group = Ethnic group
report-dimension-disability = Disability
report-dimension-tenure = Housing tenure
report-band-age-under-16 = under 16
report-band-age-16-24 = 16 to 24
report-band-age-25-34 = 25 to 34
report-band-age-35-49 = 35 to 49
report-band-age-50-64 = 50 to 64
report-band-age-65-74 = 65 to 74
report-band-age-75-plus = 75 and over
report-band-gender-woman = women
report-band-gender-man = men
report-band-gender-another = another way
report-band-ethnic-group-asian = Asian, Asian British or Asian Welsh
report-band-ethnic-group-black = Black, Black British, Black Welsh, Caribbean or African
report-band-ethnic-group-mixed = Mixed or multiple ethnic groups
report-band-ethnic-group-white = White
report-band-ethnic-group-other = another ethnic group
report-band-disability-limited-a-lot = disabled, day-to-day activities limited a lot
report-band-disability-limited-a-little = disabled, day-to-day activities limited a little
report-band-disability-not-disabled = not disabled
report-band-tenure-owned = owners
report-band-tenure-shared-ownership = shared owners
report-band-tenure-social-rented = social renters
report-band-tenure-private-rented = private renters
report-band-tenure-rent-free = living rent free
report-population-source = Population figures: { $source }.
