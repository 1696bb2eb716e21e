# Odpowiedzi organizacji: statusy, odpowiedź przy wpisie, formularz odpowiadających, strona „Mówiliście, zrobiliśmy”.

outcomes-status-open = Czeka na odpowiedź
outcomes-status-referred = Przekazane
outcomes-status-considering = Rozważane
outcomes-status-planned = Zaplanowane
outcomes-status-done = Zrobione
outcomes-status-not-possible = Niemożliwe
outcomes-status-duplicate = Powtórzenie
outcomes-status-hint-referred = Przekazane organizacji, która może się tym zająć
outcomes-status-hint-considering = Organizacja to sprawdza
outcomes-status-hint-planned = Prace zaplanowano na podany miesiąc
outcomes-status-hint-done = To zostało zrobione
outcomes-status-hint-not-possible = Tego nie da się zrobić: napisz dlaczego
outcomes-status-hint-duplicate = Ktoś już powiedział to samo: wskaż ten wpis
outcomes-outcome-heading = Co się wydarzyło
outcomes-status-label = Status
outcomes-why-not = Dlaczego nie
outcomes-duplicate-of = To samo co inny wpis
outcomes-open-original = Otwórz go
outcomes-commitment = Zobowiązanie
outcomes-updates-heading = Informacje o postępach
outcomes-see-all = Zobacz wszystko, na co odpowiedziały organizacje
outcomes-outcome-legend = Odpowiedź
outcomes-has-answer = Ma odpowiedź
outcomes-rings-heading = Obwódka wokół pinezki: jej odpowiedź
outcomes-respond-heading = Odpowiadaj na wpisy
outcomes-respond-intro = Wybierz wpisy, rysując obszar na mapie, filtrami albo zaznaczając je na liście, a potem napisz jedną odpowiedź dla nich wszystkich.
outcomes-draw-area = Narysuj obszar na mapie
outcomes-drawing = Klikaj mapę, aby dodać narożniki; aby skończyć, wybierz ponownie pierwszy narożnik albo naciśnij Enter. Backspace cofa narożnik, Escape przerywa.
outcomes-finish-area = Zakończ obszar
outcomes-cancel-area = Przestań rysować
outcomes-too-few-corners = Obszar potrzebuje co najmniej trzech narożników.
outcomes-by-filter = Wybierz wszystko, co pasuje do filtrów
outcomes-tick-hint = Albo zaznacz wpisy na liście poniżej.
outcomes-clear-selection = Wyczyść wybór
outcomes-write-answer = Napisz odpowiedź
outcomes-chosen-none = Jeszcze nic nie wybrano.
outcomes-chosen-capped = Ponad 5000 wpisów: wybierz mniej.
outcomes-counting = Liczenie…
outcomes-area-empty = W narysowanym obszarze nie ma żadnego wpisu.
outcomes-form-heading = Twoja odpowiedź
outcomes-back = Wróć do listy
outcomes-organisation-label = Organizacja, która ją podpisuje
outcomes-organisation-hint = Odpowiedź podpisuje organizacja, nie Ty.
# A responder's answer form: the organisation that signs the answer, by its name.
outcomes-organisation-signs = Odpowiedź podpisuje { $organisation }, nie Ty.
outcomes-status-legend = Nowy status
outcomes-status-missing = wybierz status, który nadaje ta odpowiedź
outcomes-only-allowed = Pokazujemy tylko kroki, które mogą zrobić wszystkie wybrane wpisy.
outcomes-no-step = Te wpisy nie mają wspólnego kroku. Wybierz mniej albo inne.
outcomes-response-label = Odpowiedź
outcomes-response-hint = To przeczytają ludzie, z podpisem organizacji (do 4000 znaków).
outcomes-title-label = Tytuł zobowiązania (nieobowiązkowo)
outcomes-title-hint = Nadaj tytuł, aby powstało zobowiązanie z postępami, na przykład „Oświetlenie przejść podziemnych w Fishermead”.
outcomes-month-label = Miesiąc, w którym spodziewane są prace
outcomes-month-hint = Na przykład 2027-03
outcomes-reason-label = Dlaczego to niemożliwe
outcomes-duplicate-label = Link lub identyfikator wpisu, który te powtarzają
outcomes-referred-label = Organizacja, do której to trafia
outcomes-submit = Opublikuj odpowiedź
outcomes-sending = Publikowanie…
outcomes-refused-heading = Niektóre wpisy nie mogą zrobić tego kroku
outcomes-no-organisations = Ten plan nie ma jeszcze organizacji: dodaje je administrator.
outcomes-update-heading = Dodaj informację o postępach
outcomes-update-progress = Postęp teraz (od 0 do 100 %)
outcomes-update-note = Co się wydarzyło
outcomes-progress-invalid = liczba całkowita od 0 do 100
outcomes-update-submit = Opublikuj informację
outcomes-update-sending = Publikowanie…
outcomes-page-heading = Mówiliście, zrobiliśmy
outcomes-skip-to-content = Przejdź do treści
outcomes-page-intro = Co organizacje odpowiedziały na to, co ludzie powiedzieli na mapie: ich zobowiązania i postępy, co zostało zrobione, a co okazało się niemożliwe i dlaczego.
outcomes-back-to-map = Wróć do mapy
outcomes-neighbourhood-label = Dzielnica
outcomes-all-neighbourhoods = Wszystkie dzielnice
outcomes-show = Pokaż
outcomes-commitments-heading = Zobowiązania
outcomes-no-commitments = Jeszcze nie ma zobowiązań.
outcomes-done-heading = Zrobione
outcomes-none-done = Jeszcze nic nie oznaczono jako zrobione.
outcomes-not-possible-heading = Niemożliwe
outcomes-none-not-possible = Nic nie oznaczono jako niemożliwe.
outcomes-no-updates = Jeszcze nie ma informacji o postępach.
outcomes-behind-heading = Co powiedzieli ludzie
outcomes-print = Wydrukuj tę stronę
outcomes-load-failed = Nie udało się wczytać tej strony. Sprawdź połączenie i spróbuj ponownie.
outcomes-plan-not-found = Nie znaleźliśmy tego planu.
outcomes-answer-from = Odpowiedź od: { $org }
outcomes-referred-to = Przekazane do: { $org }
outcomes-expected = Spodziewane: { $month }
outcomes-progress-label = Postęp „{ $title }”
outcomes-progress = Zrobiono { $pc }%
outcomes-last-changed = Zaktualizowano { $date }
outcomes-tick = Wybierz „{ $title }”
outcomes-chosen = { $how ->
    [ids] Wybrane na liście wpisy: { $count }.
    [area] Wpisy wybrane w narysowanym obszarze: { $count }.
   *[filter] Wpisy wybrane filtrami: { $count }.
}
outcomes-form-for = Liczba wpisów: { $count }
outcomes-published = Opublikowano: { $org } odpowiada na wpisy ({ $count }).
outcomes-refused-item = { $title }: teraz „{ $now }”; może przejść do: { $allowed }.
outcomes-refused-item-none = { $title }: teraz „{ $now }”; nie może przejść do żadnego innego statusu.
outcomes-update-posted = Opublikowano informację: zrobiono { $pc }%.
outcomes-page-title = Mówiliście, zrobiliśmy — { $plan } — Waymark
outcomes-voices = { $count ->
    [one] Stoi za tym { $count } głos
    [few] Stoją za tym { $count } głosy
   *[many] Stoi za tym { $count } głosów
}
outcomes-by = Od: { $org }
