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
report-month-short = { $month ->
    [1] ian.
    [2] feb.
    [3] mar.
    [4] apr.
    [5] mai
    [6] iun.
    [7] iul.
    [8] aug.
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] dec.
}
report-overview = Privire de ansamblu asupra orașului
report-choropleth-label = Harta cartierelor planului, fiecare colorat după contribuțiile din această lună
report-map-caption-per-1000 = Contribuțiile din această lună la 1.000 de locuitori, pe cartiere
report-map-caption-contributions = Contribuțiile din această lună, pe cartiere. Planul nu are încă cifre ale populației pe cartiere, așa că harta colorează numere, nu rate pe locuitor.
report-map-figure-per-1000 = { $value } la 1.000 de locuitori
report-map-figure-contributions = { $count ->
    [one] { $count } contribuție
    [few] { $count } contribuții
   *[other] { $count } de contribuții
}
report-legend-none = niciuna
report-legend-range = peste { $from }, până la { $to }
report-legend-counts = { $from } – { $to }
report-neighbourhood-column = Cartier
report-per-1000-column = La 1.000 de locuitori
report-class-column = Nuanță (1 cea mai deschisă, 5 cea mai închisă)
report-as-table = Cifrele sub formă de tabel
report-headline-themes = Temele principale ale lunii
report-rose-and-fell = Ce a crescut și ce a scăzut
report-rose = În creștere față de luna trecută: { $themes }.
report-fell = În scădere față de luna trecută: { $themes }.
report-above-average = Peste media lor pe 12 luni: { $themes }.
report-below-average = Sub media lor pe 12 luni: { $themes }.
report-nothing-in-two-months = Nimic luna aceasta și nici luna trecută.
report-movers-caption = Temele acestei luni, față de luna trecută și de media celor 12 luni dinainte
report-change-column = Schimbare față de luna trecută
report-average-column = Media pe 12 luni
report-against-average-column = Față de medie
report-trend-caption = Contribuțiile din fiecare dintre ultimele 12 luni, luna aceasta cea mai închisă
report-pins-of-kind = { $kind }: { $count }
report-last-month-outcomes = Elementele de luna trecută, așa cum sunt acum

## The staff edition: who is heard (issue 20)

report-who-is-heard = Cine este auzit (ediția pentru echipă)
report-who-is-heard-intro = { $from } – { $to }: oamenii care au participat în fiecare cartier, față de oamenii care locuiesc acolo (cifrele recensământului). Răspunsurile la întrebările opționale „despre dumneavoastră” arată cine a participat. Orice grup de mai puțin de 10 persoane și orice număr care ar putea fi dedus din celelalte apare ca „mai puțin de 10” și nu se dă nicio pondere care l-ar dezvălui. Reprezentativitatea este 1 când respondenții îi oglindesc pe locuitori și 0 când nu au nimic în comun; cifra unui cartier este media întrebărilor la care au răspuns cel puțin 10 persoane.
report-participation-label = Harta cartierelor planului, fiecare colorat după persoanele care au participat la 1.000 de locuitori în 12 luni
report-participation-caption = Persoane care au participat la 1.000 de locuitori în 12 luni, pe cartiere
report-rate-figure = { $value } la 1.000 de locuitori
report-rate-fewer-than-10 = au participat mai puțin de 10 persoane
report-fewer-than-10 = mai puțin de 10
report-not-published = nepublicat
report-no-figure = fără cifră
report-no-census-figure = fără cifră de recensământ
report-no-band = niciun grup nu iese în evidență
report-knock-next = Unde să bateți la ușă în continuare
report-knock-next-intro = Întâi participarea cea mai scăzută, apoi cele mai puțin reprezentative.
report-knock-item = { $neighbourhood }: { $rate }; reprezentativitate { $representativeness }; cel mai puțin auziți: { $band }.
report-participants = Persoane care au participat: { $participants } (locuitori: { $residents }; { $rate }).
report-representativeness = Reprezentativitate: { $representativeness }. Cel mai puțin auziți: { $band }.
report-participants-column = Persoane care au participat
report-band-with-dimension = { $band } ({ $dimension })
report-shares-label = { $dimension } în { $neighbourhood }: ponderea fiecărui grup între respondenți față de ponderea lui între locuitori
report-shares-caption = { $dimension }: au răspuns { $answered }; reprezentativitate { $representativeness }
report-legend-respondents = pondere între respondenți (bară plină)
report-legend-residents = pondere între locuitori (bară întreruptă)
report-band-column = Grup
report-respondents-column = Respondenți
report-respondents-share-column = Pondere între respondenți
report-residents-share-column = Pondere între locuitori
report-dimension-age = Vârstă
report-dimension-gender = Gen
report-dimension-ethnic-group = Grup etnic
report-dimension-disability = Dizabilitate
report-dimension-tenure = Regimul locuinței
report-band-age-under-16 = sub 16 ani
report-band-age-16-24 = 16–24 de ani
report-band-age-25-34 = 25–34 de ani
report-band-age-35-49 = 35–49 de ani
report-band-age-50-64 = 50–64 de ani
report-band-age-65-74 = 65–74 de ani
report-band-age-75-plus = 75 de ani și peste
report-band-gender-woman = femei
report-band-gender-man = bărbați
report-band-gender-another = alt mod
report-band-ethnic-group-asian = Asiatic, britanic asiatic sau galez asiatic
report-band-ethnic-group-black = Negru, britanic negru, galez negru, caraibian sau african
report-band-ethnic-group-mixed = Grupuri etnice mixte sau multiple
report-band-ethnic-group-white = Alb
report-band-ethnic-group-other = alt grup etnic
report-band-disability-limited-a-lot = cu dizabilități, activități zilnice limitate mult
report-band-disability-limited-a-little = cu dizabilități, activități zilnice limitate puțin
report-band-disability-not-disabled = fără dizabilități
report-band-tenure-owned = proprietari
report-band-tenure-shared-ownership = coproprietari (shared ownership)
report-band-tenure-social-rented = chiriași în locuințe sociale
report-band-tenure-private-rented = chiriași în locuințe private
report-band-tenure-rent-free = locuiesc fără chirie
report-population-source = Cifrele populației: { $source }.
