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
report-map-label = Map of { $neighbourhood } with { $count } pins this month
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
