# Raportul lunar al dialogului (HTML și tipărire).

report-month = { $month ->
    [1] ianuarie
    [2] februarie
    [3] martie
    [4] aprilie
    [5] mai
    [6] iunie
    [7] iulie
    [8] august
    [9] septembrie
    [10] octombrie
    [11] noiembrie
   *[12] decembrie
} { $year }
report-title = Raportul dialogului: { $plan }, { $month }
report-intro = Ce ne-au spus locuitorii luna aceasta, pe cartiere. Numărătorile includ conversațiile păstrate interne la cererea locuitorilor; acestea nu sunt citate niciodată.
report-total = { $total ->
    [one] { $total } contribuție luna aceasta
    [few] { $total } contribuții luna aceasta
   *[other] { $total } de contribuții luna aceasta
} ({ $delta ->
    [0] nicio schimbare
   *[other] { $direction ->
        [up] cu { $delta } mai multe
       *[down] cu { $delta } mai puține
    }
} față de luna trecută).
report-map-label = Harta cartierului { $neighbourhood } cu pinii din luna aceasta: { $count }
report-by-kind = După tip
report-by-theme = După temă
report-kind-column = Tip
report-theme-column = Temă
report-this-month = Luna aceasta
report-last-month = Luna trecută
report-last-12-months = Ultimele 12 luni
report-month-column = Luna
report-contributions-column = Contribuții
report-most-supported = Cele mai susținute
report-supported-item = { $title } ({ $kind }, susținători: { $count })
report-in-their-words = În cuvintele lor
report-a-resident = Un locuitor
report-proposals = Propuneri noi de energie comunitară
report-outcomes = Ce s-a întâmplat cu ce ne-ați spus
report-outcomes-caption = Rezultate până acum
report-outcome-column = Rezultat
report-commitment = { $status }, realizat { $progress }%, voci de aici: { $voices }
report-kind = { $name ->
    [idea] idee
    [issue] problemă
    [interest] interes
    [story] poveste
   *[other] { $name }
}
report-theme = { $name ->
    [energy] energie
    [transport] transport
    [housing] locuințe
    [green_space] spații verzi
    [safety] siguranță
    [community] comunitate
    [health] sănătate
    [other] altele
   *[unknown] { $name }
}
report-status = { $name ->
    [open] deschis
    [referred] trimis mai departe
    [considering] în analiză
    [planned] planificat
    [done] realizat
    [not_possible] imposibil
    [duplicate] duplicat
   *[other] { $name }
}
