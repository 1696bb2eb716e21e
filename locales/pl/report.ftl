# Miesięczny raport z dialogu (HTML i wydruk).

report-month = { $month ->
    [1] styczeń
    [2] luty
    [3] marzec
    [4] kwiecień
    [5] maj
    [6] czerwiec
    [7] lipiec
    [8] sierpień
    [9] wrzesień
    [10] październik
    [11] listopad
   *[12] grudzień
} { $year }
report-title = Raport z dialogu: { $plan }, { $month }
report-intro = Co mieszkańcy powiedzieli nam w tym miesiącu, według okolic. Liczby obejmują rozmowy zachowane do użytku wewnętrznego na prośbę mieszkańców; tych nigdy nie cytujemy.
report-total = { $total ->
    [one] { $total } wpis w tym miesiącu
    [few] { $total } wpisy w tym miesiącu
   *[other] { $total } wpisów w tym miesiącu
} ({ $delta ->
    [0] bez zmian
   *[other] { $direction ->
        [up] o { $delta } więcej
       *[down] o { $delta } mniej
    }
} niż w poprzednim miesiącu).
report-map-label = Mapa okolicy { $neighbourhood } z pinezkami z tego miesiąca: { $count }
report-by-kind = Według rodzaju
report-by-theme = Według tematu
report-kind-column = Rodzaj
report-theme-column = Temat
report-this-month = Ten miesiąc
report-last-month = Poprzedni miesiąc
report-last-12-months = Ostatnie 12 miesięcy
report-month-column = Miesiąc
report-contributions-column = Wpisy
report-most-supported = Najczęściej popierane
report-supported-item = { $title } ({ $kind }, { $count ->
    [one] { $count } osoba popiera
    [few] { $count } osoby popierają
   *[other] { $count } osób popiera
})
report-in-their-words = Ich słowami
report-a-resident = Mieszkaniec
report-proposals = Nowe propozycje energii obywatelskiej
report-outcomes = Co się stało z tym, co nam powiedzieliście
report-outcomes-caption = Dotychczasowe wyniki
report-outcome-column = Wynik
report-commitment = { $status }, wykonano { $progress }%, { $voices ->
    [one] { $voices } głos stąd
    [few] { $voices } głosy stąd
   *[other] { $voices } głosów stąd
}
report-kind = { $name ->
    [idea] pomysł
    [issue] problem
    [interest] zainteresowanie
    [story] dobra historia
   *[other] { $name }
}
report-theme = { $name ->
    [energy] energia
    [transport] transport
    [housing] mieszkania
    [green_space] zieleń
    [safety] bezpieczeństwo
    [community] społeczność
    [health] zdrowie
    [other] inne
   *[unknown] { $name }
}
report-status = { $name ->
    [open] otwarte
    [referred] przekazane
    [considering] rozważane
    [planned] zaplanowane
    [done] zrobione
    [not_possible] niemożliwe
    [duplicate] duplikat
   *[other] { $name }
}
report-month-short = { $month ->
    [1] sty
    [2] lut
    [3] mar
    [4] kwi
    [5] maj
    [6] cze
    [7] lip
    [8] sie
    [9] wrz
    [10] paź
    [11] lis
   *[12] gru
}
report-overview = Przegląd miasta
report-choropleth-label = Mapa dzielnic planu, każda cieniowana według liczby wpisów w tym miesiącu
report-map-caption-per-1000 = Wpisy w tym miesiącu na 1000 mieszkańców, według dzielnic
report-map-caption-contributions = Wpisy w tym miesiącu, według dzielnic. Plan nie ma jeszcze danych o ludności dla dzielnic, więc mapa cieniuje liczby, a nie wskaźniki na mieszkańca.
report-map-figure-per-1000 = { $value } na 1000 mieszkańców
report-map-figure-contributions = { $count ->
    [one] { $count } wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
}
report-legend-none = brak
report-legend-range = więcej niż { $from }, do { $to }
report-legend-counts = od { $from } do { $to }
report-neighbourhood-column = Dzielnica
report-per-1000-column = Na 1000 mieszkańców
report-class-column = Odcień (1 najjaśniejszy, 5 najciemniejszy)
report-as-table = Dane w tabeli
report-headline-themes = Główne tematy w tym miesiącu
report-rose-and-fell = Co wzrosło, a co spadło
report-rose = Wzrost w porównaniu z zeszłym miesiącem: { $themes }.
report-fell = Spadek w porównaniu z zeszłym miesiącem: { $themes }.
report-above-average = Powyżej swojej średniej z 12 miesięcy: { $themes }.
report-below-average = Poniżej swojej średniej z 12 miesięcy: { $themes }.
report-nothing-in-two-months = Nic w tym ani w zeszłym miesiącu.
report-movers-caption = Tematy w tym miesiącu w porównaniu z zeszłym miesiącem i średnią z 12 poprzednich miesięcy
report-change-column = Zmiana wobec zeszłego miesiąca
report-average-column = Średnia z 12 miesięcy
report-against-average-column = Wobec średniej
report-trend-caption = Wpisy w każdym z ostatnich 12 miesięcy, ten miesiąc najciemniejszy
report-pins-of-kind = { $kind }: { $count }
report-last-month-outcomes = Wpisy z zeszłego miesiąca, w obecnym stanie

## The staff edition: who is heard (issue 20)

report-who-is-heard = Kogo słychać (wersja dla zespołu)
report-who-is-heard-intro = Od { $from } do { $to }: osoby, które wzięły udział w każdej dzielnicy, w porównaniu z osobami, które tam mieszkają (dane ze spisu powszechnego). Odpowiedzi na nieobowiązkowe pytania „O Tobie” pokazują, kto wziął udział. Każda grupa licząca mniej niż 10 osób i każda liczba, którą dałoby się wyliczyć z pozostałych, jest opisana jako „mniej niż 10” i nie podajemy żadnego udziału, który pozwoliłby ją ustalić. Reprezentatywność wynosi 1, gdy respondenci odzwierciedlają mieszkańców, i 0, gdy nie mają z nimi nic wspólnego; wynik dzielnicy to średnia z pytań, na które odpowiedziało co najmniej 10 osób.
report-participation-label = Mapa dzielnic planu, każda cieniowana według liczby uczestników na 1000 mieszkańców w ciągu 12 miesięcy
report-participation-caption = Uczestnicy na 1000 mieszkańców w ciągu 12 miesięcy, według dzielnic
report-rate-figure = { $value } na 1000 mieszkańców
report-rate-fewer-than-10 = udział wzięło mniej niż 10 osób
report-fewer-than-10 = mniej niż 10
report-not-published = nieopublikowane
report-no-figure = brak danych
report-no-census-figure = brak danych ze spisu
report-no-band = żadna grupa się nie wyróżnia
report-knock-next = Gdzie zapukać teraz
report-knock-next-intro = Najpierw najniższy udział, potem najmniej reprezentatywne.
report-knock-item = { $neighbourhood }: { $rate }; reprezentatywność { $representativeness }; najmniej słyszani: { $band }.
report-participants = Uczestnicy: { $participants } (mieszkańców: { $residents }; { $rate }).
report-representativeness = Reprezentatywność: { $representativeness }. Najmniej słyszani: { $band }.
report-participants-column = Uczestnicy
report-band-with-dimension = { $band } ({ $dimension })
report-shares-label = { $dimension } – { $neighbourhood }: udział każdej grupy wśród respondentów w porównaniu z jej udziałem wśród mieszkańców
report-shares-caption = { $dimension }: odpowiedzi: { $answered }; reprezentatywność { $representativeness }
report-legend-respondents = udział wśród respondentów (pełny słupek)
report-legend-residents = udział wśród mieszkańców (przerywany słupek)
report-band-column = Grupa
report-respondents-column = Respondenci
report-respondents-share-column = Udział wśród respondentów
report-residents-share-column = Udział wśród mieszkańców
report-dimension-age = Wiek
report-dimension-gender = Płeć
report-dimension-ethnic-group = Grupa etniczna
report-dimension-disability = Niepełnosprawność
report-dimension-tenure = Forma zamieszkania
report-band-age-under-16 = poniżej 16 lat
report-band-age-16-24 = 16–24 lata
report-band-age-25-34 = 25–34 lata
report-band-age-35-49 = 35–49 lat
report-band-age-50-64 = 50–64 lata
report-band-age-65-74 = 65–74 lata
report-band-age-75-plus = 75 lat i więcej
report-band-gender-woman = kobiety
report-band-gender-man = mężczyźni
report-band-gender-another = inaczej
report-band-ethnic-group-asian = Azjatycka, brytyjska azjatycka lub walijska azjatycka
report-band-ethnic-group-black = Czarna, brytyjska czarna, walijska czarna, karaibska lub afrykańska
report-band-ethnic-group-mixed = Mieszana lub wiele grup etnicznych
report-band-ethnic-group-white = Biała
report-band-ethnic-group-other = inna grupa etniczna
report-band-disability-limited-a-lot = z niepełnosprawnością, codzienne czynności ograniczone w dużym stopniu
report-band-disability-limited-a-little = z niepełnosprawnością, codzienne czynności ograniczone w niewielkim stopniu
report-band-disability-not-disabled = bez niepełnosprawności
report-band-tenure-owned = właściciele
report-band-tenure-shared-ownership = współwłaściciele (shared ownership)
report-band-tenure-social-rented = najemcy mieszkań socjalnych
report-band-tenure-private-rented = najemcy prywatni
report-band-tenure-rent-free = mieszkający bez opłat za wynajem
report-population-source = Dane o ludności: { $source }.
