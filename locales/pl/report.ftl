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
