# The plan page: header, map, list, a contribution, the add form, following by e-mail,
# community energy and the account links. Draft translation, awaiting review by a native speaker.

-map-brand = Waymark

## The plan page

map-page-title = { $plan } — { -map-brand }
map-contribution-title = { $title } — { $plan } — { -map-brand }
map-skip-to-list = Przejdź do listy
map-loading = Wczytywanie…
map-no-script = Waymark potrzebuje JavaScriptu, aby pokazać mapę i listę.
map-plan-not-found = Nie znaleźliśmy tego planu. Sprawdź link albo otwórz główną mapę.
map-open-main-map = Otwórz główną mapę
map-load-failed = Coś poszło nie tak podczas wczytywania. Sprawdź połączenie i spróbuj ponownie.
map-try-again = Spróbuj ponownie
map-map-failed = Nie udało się pokazać mapy na tym urządzeniu. Nadal możesz przeglądać, popierać, odpowiadać i dodawać swój pomysł za pomocą listy.
map-hidden-now = Moderator właśnie ukrył ten wpis. Wróciłeś do listy.
map-add-button = Dodaj swój pomysł
map-menu-button = Menu
map-views-label = Pokaż
map-view-map = Mapa
map-view-list = Lista
map-map-label = Mapa: { $plan }. Przesuwaj strzałkami, przybliżaj plusem i oddalaj minusem. Lista pokazuje to, co widać.
map-map-region = Mapa
map-legend-title = Legenda
map-legend-bubble = Kilka pinezek: przybliż albo wybierz, aby je zobaczyć
map-map-locale-map-title = Mapa
map-map-locale-navigation-control-zoom-in = Przybliż
map-map-locale-navigation-control-zoom-out = Oddal
map-map-locale-navigation-control-reset-bearing = Obróć mapę na północ
map-map-locale-attribution-control-toggle-attribution = Pokaż lub ukryj źródła mapy
map-map-locale-scale-control-meters = m
map-map-locale-scale-control-kilometers = km
map-map-locale-marker-title = Pinezka
map-map-locale-geolocate-control-find-my-location = Pokaż, gdzie jestem
map-map-locale-geolocate-control-location-not-available = Twoja lokalizacja jest niedostępna
map-kind-idea = Pomysł
map-kind-issue = Problem
map-kind-interest = Zainteresowanie
map-kind-story = Dobra wiadomość
map-kind-plural-idea = Pomysły
map-kind-plural-issue = Problemy
map-kind-plural-interest = Zainteresowania
map-kind-plural-story = Dobre wiadomości
map-kind-hint-idea = Coś, co mogłoby poprawić Twoją okolicę
map-kind-hint-issue = Problem, który trzeba naprawić
map-kind-hint-interest = Coś, na czym Ci zależy lub w czym chcesz wziąć udział
map-kind-hint-story = Coś dobrego, co już się dzieje
map-theme-energy = Energia
map-theme-transport = Komunikacja
map-theme-housing = Mieszkalnictwo
map-theme-green-space = Parki i tereny zielone
map-theme-safety = Bezpieczeństwo
map-theme-community = Społeczność
map-theme-health = Zdrowie i dobre samopoczucie
map-theme-other = Coś innego
map-browse-heading = Co mówią ludzie
map-browse-intro = Wszystko, co przypięto w widocznej części mapy. Przesuń mapę, aby zobaczyć inne miejsca.
map-filters-toggle = Filtry
map-filters-active = { $count ->
    [one] { $count } filtr włączony
    [few] { $count } filtry włączone
   *[many] { $count } filtrów włączonych
}
map-search-label = Szukaj
map-search-hint = Słowa z tytułu lub treści, na przykład „słoneczne” albo „autobus”
map-search-button = Szukaj
map-kind-legend = Rodzaj
map-theme-legend = Temat
map-neighbourhood-label = Osiedle
map-any-neighbourhood = Wszystkie osiedla
map-clear-filters = Wyczyść wszystkie filtry
map-browse-intro-no-map = Wszystko, co przypięto na obszarze planu, od najnowszych.
map-results-none = Na razie nic tu nie ma.
map-results-newest-view = Najnowsze wpisy w tej części mapy: { $count }.
map-results-newest-area = Najnowsze wpisy na obszarze planu: { $count }.
map-results-count-view = { $count ->
    [one] { $count } wpis w tej części mapy.
    [few] { $count } wpisy w tej części mapy.
   *[many] { $count } wpisów w tej części mapy.
}
map-results-count-area = { $count ->
    [one] { $count } wpis na obszarze planu.
    [few] { $count } wpisy na obszarze planu.
   *[many] { $count } wpisów na obszarze planu.
}
map-results-filtered = Filtry są włączone.
map-no-results = Nic tu nie pasuje. Przesuń lub oddal mapę albo zmień filtry.
map-no-results-empty = W tej części mapy nic jeszcze nie przypięto. Bądź pierwszy: dodaj swój pomysł.
map-show-more = Pokaż więcej
map-list-loading = Wczytywanie listy…
map-list-failed = Nie udało się wczytać listy.
map-search-found-none = Żaden wpis nie pasuje do wyszukiwania.
map-search-found = { $count ->
    [one] Pasuje { $count } wpis. Mapa pokazuje, gdzie jest.
    [few] Pasują { $count } wpisy. Mapa pokazuje, gdzie są.
   *[many] Pasuje { $count } wpisów. Mapa pokazuje, gdzie są.
}
map-search-found-more = Pasuje ponad { $count } wpisów. Mapa pokazuje, gdzie są.
map-map-matches-capped = Mapa pokazuje najnowsze wyniki ({ $count }).
map-supports-count = { $count ->
    [one] { $count } poparcie
    [few] { $count } poparcia
   *[many] { $count } poparć
}
map-replies-count = { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
   *[many] { $count } odpowiedzi
}
map-in-neighbourhood = na osiedlu { $name }
# A contribution written in another language than the page's; $language is its name in the page's language.
map-written-in = Napisane w języku: { $language }
map-back-to-list = Wróć do listy
map-show-on-map = Pokaż na mapie
map-by = Autor: { $name }
map-anonymous = Mieszkaniec
map-posted = Dodano { $date }
map-precision-note-exact = Przypięte dokładnie w tym miejscu.
map-precision-note-street = Przypięte do najbliższej ulicy (około 100 metrów).
map-precision-note-neighbourhood = Przypięte w środku osiedla.
map-pending-note = Czeka na sprawdzenie przez moderatora. Na razie widzisz to tylko Ty.
map-support = Popieram
map-supported = Poparte
map-support-hint = Poprzyj, jeśli się zgadzasz. Wybierz ponownie, aby wycofać poparcie.
map-help-ask = Chcę pomocy w tej sprawie
map-help-hint = Ambasadorzy energii obywatelskiej to lokalni wolontariusze, którzy pomagają sąsiadom w sprawach energii. Prośba wyśle im wiadomość o tej pinezce.
map-help-asking = Pytamy ambasadorów…
map-help-told = { $count ->
    [one] Ambasador energii dla okolicy { $neighbourhood } został powiadomiony. Może odpowiedzieć tutaj.
   *[other] Ambasadorzy energii dla okolicy { $neighbourhood } ({ $count }) zostali powiadomieni. Któryś z nich może odpowiedzieć tutaj.
}
map-help-none = Okolica { $neighbourhood } nie ma jeszcze ambasadorów energii, więc nikt nie mógł zostać powiadomiony. Nadal możesz odpowiedzieć na tę pinezkę.
map-help-asked-before = Już o to prosiłeś(-aś): ambasadorzy zostali wtedy powiadomieni.
map-help-failed = Nie udało się wysłać prośby. Spróbuj ponownie.
map-support-count = { $count ->
    [one] { $count } osoba to popiera
    [few] { $count } osoby to popierają
   *[many] { $count } osób to popiera
}
map-support-added = Dziękujemy. Twoje poparcie zostało policzone.
map-support-removed = Twoje poparcie zostało wycofane.
map-support-failed = Nie udało się zapisać poparcia. Spróbuj ponownie.
map-feature-quote = Cytuj w raporcie miesięcznym
map-feature-hint = Dla mobilizatorów społeczności: miesięczny raport z dialogu cytuje wybrane tu wpisy. Można wybrać tylko opublikowany wpis, którego autor zgodził się na cytowanie.
map-feature-added = To zostanie zacytowane w raporcie miesięcznym.
map-feature-removed = To nie będzie już cytowane w raporcie miesięcznym.
map-feature-refused = Tego nie można zacytować: nie jest opublikowane albo jego autor nie zgodził się na cytowanie.
map-feature-failed = Nie udało się zapisać Twojego wyboru. Spróbuj ponownie.
map-replies-heading-count = Odpowiedzi ({ $count })
map-no-replies = Brak odpowiedzi.
map-reply-heading = Odpowiedz
map-reply-label = Twoja odpowiedź
map-reply-name-label = Twoje imię (opcjonalnie)
map-reply-name-hint = Widoczne przy odpowiedzi. Zostaw puste, aby odpowiedzieć bez imienia.
map-reply-submit = Wyślij odpowiedź
map-reply-sending = Wysyłanie…
map-reply-sent = Twoja odpowiedź została dodana.
map-reply-failed = Nie udało się wysłać odpowiedzi. Spróbuj ponownie.
map-not-found = Nie znaleziono tego wpisu. Mógł zostać usunięty.
map-add-heading = Dodaj swój pomysł
map-add-intro = Powiedz sąsiadom i osobom planującym Twoją okolicę, co myślisz. Zajmie to około dwóch minut. Nie potrzebujesz konta.
map-cancel = Anuluj
map-step-where = Krok 1 z 2: gdzie to jest?
map-step-what = Krok 2 z 2: opowiedz nam o tym
map-place-by-map = Stuknij lub kliknij mapę w tym miejscu. Pinezkę możesz przeciągnąć, aby ją przesunąć.
map-place-by-keyboard = Klawiaturą: przesuwaj mapę strzałkami, aż krzyżyk znajdzie się na miejscu, a potem naciśnij Enter.
map-place-on-map-button = Użyj klawiatury na mapie
map-place-without-map = Albo wybierz miejsce bez mapy
map-place-neighbourhood-label = Osiedle
map-place-choose = Wybierz osiedle
map-place-search-label = Albo wpisz miejsce
map-place-search-hint = Nazwa osiedla, na przykład Fishermead
map-place-search-button = Znajdź
map-place-no-match = Nie ma osiedla o nazwie „{ $text }”. Spróbuj innej nazwy albo wybierz z listy.
map-place-found = Pinezka w środku osiedla { $name }.
map-place-empty = Najpierw wpisz nazwę miejsca.
map-place-set = Pinezka przypięta. Możesz ją przeciągnąć albo przesunąć strzałkami.
map-place-moved = Pinezka przesunięta.
# The place of the pin being added, near the neighbourhood whose middle is closest.
map-place-chosen-near = Twoja pinezka: w pobliżu { $name }
map-place-chosen-unknown = Twoja pinezka: na mapie
map-place-needed = Najpierw przypnij pinezkę na mapie albo wybierz miejsce.
map-change-place = Zmień miejsce
map-continue = Dalej
map-pin-label = Twoja pinezka. Użyj strzałek, aby ją przesunąć.
map-crosshair-label = Krzyżyk pokazuje, gdzie trafi pinezka
map-keyboard-placing = Przesuwaj mapę strzałkami. Naciśnij Enter, aby przypiąć pinezkę w miejscu krzyżyka, albo Escape, aby przerwać.
map-kind-question = Co to jest?
map-themes-question = Czego to dotyczy?
map-themes-hint = Wybierz jeden, dwa lub trzy.
map-title-label = Tytuł
map-title-hint = Krótkie podsumowanie, na przykład „Panele słoneczne na domu kultury”.
map-body-label = Opowiedz więcej (opcjonalnie)
map-body-hint = Co to jest, dlaczego to ważne, komu by pomogło?
map-precision-question = Jak dokładnie pokazać to miejsce?
map-precision-hint = Dokładne miejsce pozostaje prywatne, chyba że zdecydujesz się je pokazać.
map-precision-option-exact = Dokładnie tam, gdzie przypiąłem pinezkę
map-precision-option-street = Najbliższa ulica (około 100 metrów dalej)
map-precision-option-neighbourhood = Tylko osiedle
map-precision-option-hint-exact = Dobre dla miejsca, które wszyscy znają, jak przystanek czy park. Nie używaj tego dla swojego domu.
map-precision-option-hint-street = Inni widzą mniej więcej, gdzie to jest, ale nie dokładny punkt. Zalecane.
map-precision-option-hint-neighbourhood = Inni widzą tylko osiedle.
map-name-label = Twoje imię (opcjonalnie)
map-name-hint = Widoczne przy wpisie. Zostaw puste, aby dodać bez imienia.
map-submit = Dodaj do mapy
map-submitting = Dodawanie…
map-error-summary = Wystąpił problem
map-error-prefix = Błąd:
map-error-generic = Nie udało się dodać wpisu. Spróbuj ponownie.
map-error-offline = Wygląda na to, że jesteś offline. Twój tekst nadal tu jest: spróbuj ponownie po połączeniu.
map-error-rate-limited = Wysłano dużo w krótkim czasie. Odczekaj minutę i spróbuj ponownie.
map-error-outside = To miejsce jest poza obszarem planu. Wybierz miejsce wewnątrz granicy.
map-added = Dziękujemy. Twój wpis jest na mapie.
map-added-pending = Dziękujemy. Moderator sprawdzi wpis, zanim pojawi się na mapie.
map-characters-left = { $count ->
    [one] Został { $count } znak
    [few] Zostały { $count } znaki
   *[many] Zostało { $count } znaków
}
map-characters-too-many = { $count ->
    [one] { $count } znak za dużo
    [few] { $count } znaki za dużo
   *[many] { $count } znaków za dużo
}
map-field-geometry = Miejsce
map-field-geometry-type = Miejsce
map-field-geometry-coordinates = Miejsce
map-field-properties-kind = Rodzaj
map-field-properties-themes = Tematy
map-field-properties-title = Tytuł
map-field-properties-body = Treść
map-field-properties-display-name = Imię
map-field-properties-precision = Jak pokazać miejsce
map-field-body = Odpowiedź
map-field-display-name = Imię
# A problem in the error summary: the field's short name, then what is wrong with it.
map-field-problem = { $field }: { $message }
map-today = dzisiaj
map-yesterday = wczoraj
map-days-ago = { $count ->
    [one] { $count } dzień temu
   *[many] { $count } dni temu
}

## energy

map-energy-header-button = Energia obywatelska
map-groups = Grupy
map-energy-heading = Energia obywatelska
map-energy-intro = Grupy mogą zaproponować projekt energetyczny i od razu zobaczyć, czy lokalna sieć elektryczna prawdopodobnie ma na niego miejsce. Potem odpowiada operator sieci.
map-energy-propose-button = Zaproponuj projekt
map-energy-plans-link = Sąsiedzkie plany energetyczne: czego chce grupa i co to oznacza dla sieci
map-energy-proposals-heading = Propozycje
map-energy-no-proposals = Na razie brak propozycji.
map-energy-queue-heading = Propozycje do odpowiedzi
map-energy-queue-empty = Nic nie czeka na odpowiedź.
map-energy-back-to-list = Wróć do listy
map-energy-back-to-energy = Wróć do energii obywatelskiej
map-energy-load-failed = Nie udało się wczytać propozycji.
map-energy-sign-in-heading = Zaloguj się, aby zaproponować projekt
map-energy-sign-in-intro = Propozycje składa imiennie członek grupy, aby operator sieci mógł odpowiedzieć.
map-energy-sign-in-heading-plain = Zaloguj się
map-energy-email = Adres e-mail
map-energy-password = Hasło
map-energy-sign-in = Zaloguj się
map-energy-sign-out = Wyloguj się
map-energy-signed-in-as = Zalogowano jako { $email } ({ $role }).
map-energy-signed-in = Jesteś zalogowany.
map-energy-signed-out = Wylogowano.
map-energy-email-missing = Wpisz adres e-mail.
map-energy-password-missing = Wpisz hasło.
map-energy-wrong-password = Adres e-mail lub hasło jest nieprawidłowe. Sprawdź je i spróbuj ponownie.
map-energy-too-many = Zbyt wiele prób. Odczekaj minutę i spróbuj ponownie.
map-energy-sign-in-failed = Logowanie się nie udało. Sprawdź połączenie i spróbuj ponownie.
map-energy-roles-resident = mieszkaniec
map-energy-roles-mobiliser = animator społeczności
map-energy-roles-facilitator = moderator spotkań
map-energy-roles-moderator = moderator
map-energy-roles-dno-engineer = inżynier sieci
map-energy-roles-admin = administrator
map-energy-roles-responder = odpowiadający w imieniu organizacji
map-energy-roles-council-officer = urzędnik rady (lokalny plan energetyczny)
map-energy-roles-data-officer = inspektor danych (wnioski dotyczące danych osób)
map-energy-propose-heading = Zaproponuj projekt
map-energy-site-legend = Gdzie jest teren?
map-energy-site-hint = Kliknij lub stuknij mapę, aby wskazać teren, a potem przeciągnij, aby poprawić. Albo użyj klawiatury.
map-energy-site-chosen = Teren wskazany. Przeciągnij go albo wskaż ponownie, aby przesunąć.
map-energy-site-missing = Wskaż teren na mapie.
map-energy-site-by-point = Punkt
map-energy-site-by-outline = Narysuj obrys
map-energy-site-by-outline-hint = Dla pól, dachów i terenów pod wiatraki.
map-energy-outline-hint = Kliknij lub stuknij mapę w każdym narożniku terenu, co najmniej 3. Zakończ klawiszem Enter lub przyciskiem „Zakończ obrys”. Backspace lub „Cofnij ostatni narożnik” usuwa narożnik; Escape przerywa. Bez myszy i ekranu dotykowego wybierz „Punkt” i użyj klawiatury.
map-energy-outline-start = Narysuj obrys na mapie
map-energy-outline-again = Narysuj ponownie
map-energy-outline-finish = Zakończ obrys
map-energy-outline-undo = Cofnij ostatni narożnik
map-energy-outline-stop = Przerwij rysowanie
map-energy-outline-corners = { $count ->
    [0] Brak narożników: dodaj co najmniej 3.
    [1] 1 narożnik: dodaj co najmniej 2 kolejne.
    [2] 2 narożniki: dodaj co najmniej 1 kolejny.
    [few] { $count } narożniki. Dodaj więcej albo zakończ obrys.
   *[many] { $count } narożników. Dodaj więcej albo zakończ obrys.
}
map-energy-outline-drawing = Rysowanie: kliknij lub stuknij mapę w każdym narożniku terenu.
map-energy-outline-done = Obrys wybrany, narożniki: { $count }. Sprawdzenie poniżej dotyczy jego środka.
map-energy-outline-stopped = Rysowanie przerwane.
map-energy-outline-too-few = Obrys musi mieć co najmniej 3 narożniki.
map-energy-outline-crosses = Obrys przecina sam siebie. Narysuj go ponownie tak, aby boki się nie przecinały.
map-energy-outline-missing = Narysuj obrys terenu na mapie: co najmniej 3 narożniki, potem „Zakończ obrys”.
map-energy-feasibility-waiting-outline = Narysuj obrys terenu na mapie, aby zobaczyć, czy sieć prawdopodobnie ma miejsce.
map-energy-site-is-point = Teren: punkt na mapie.
map-energy-site-is-outline = Teren: obrys, narożniki: { $count }.
map-energy-title = Nazwa projektu
map-energy-title-hint = Na przykład „Panele słoneczne na domu kultury”
map-energy-technology = Rodzaj projektu
map-energy-technologies-solar-pv = Panele słoneczne
map-energy-technologies-wind = Turbina wiatrowa
map-energy-technologies-battery = Magazyn energii
map-energy-technologies-heat-pump = Pompy ciepła
map-energy-technologies-ev-charging = Ładowanie samochodów elektrycznych
map-energy-technologies-heat-network = Sieć ciepłownicza
map-energy-technologies-efficiency = Oszczędzanie energii
map-energy-capacity = Moc (kW)
map-energy-capacity-hint = Wielkość projektu. Panele na dachu szkoły to często od 30 do 250 kW.
map-energy-export-kw = Najwięcej oddaje do sieci (kW)
map-energy-export-hint = Największa moc oddawana do sieci naraz. 0, jeśli tylko pobiera energię.
map-energy-import-kw = Najwięcej pobiera z sieci (kW)
map-energy-import-hint = Największa moc pobierana z sieci naraz. 0, jeśli tylko wytwarza energię.
map-energy-phases = Zasilanie na terenie
map-energy-phase1 = Jednofazowe (większość domów)
map-energy-phase3 = Trójfazowe (większość szkół, sal i firm)
map-energy-group = Grupa
map-energy-group-hint = Grupa społeczna stojąca za projektem
map-energy-description = O projekcie (opcjonalnie)
map-energy-submit = Wyślij propozycję
map-energy-sending = Wysyłanie…
map-energy-cancel = Anuluj
map-energy-number-bad = Wpisz liczbę kW, 0 lub więcej.
map-energy-error-summary = Wystąpił problem
map-energy-send-failed = Nie udało się wysłać propozycji. Sprawdź połączenie i spróbuj ponownie.
map-energy-sent = Twoja propozycja została wysłana do operatora sieci.
map-energy-feasibility-heading = Czy sieć będzie miała miejsce?
map-energy-feasibility-waiting = Wskaż teren na mapie, aby zobaczyć, czy sieć prawdopodobnie ma miejsce.
map-energy-feasibility-checking = Sprawdzanie…
map-energy-feasibility-failed = Nie udało się teraz sprawdzić.
map-energy-rag-green = Zielony: prawdopodobnie jest miejsce
map-energy-rag-amber = Bursztynowy: może być miejsce
map-energy-rag-red = Czerwony: mało miejsca lub brak
map-energy-rag-short-green = Zielony
map-energy-rag-short-amber = Bursztynowy
map-energy-rag-short-red = Czerwony
map-energy-served-by = Zasilane przez { $name }.
map-energy-feasibility-note = Wstępna ocena na podstawie opublikowanych danych, nie decyzja.
map-energy-status = Stan
map-energy-statuses-draft = Szkic
map-energy-statuses-submitted = Wysłane, czeka na operatora sieci
map-energy-statuses-under-review = Operator sieci rozpatruje
map-energy-statuses-can-connect = Można przyłączyć
map-energy-statuses-needs-study = Potrzebna analiza
map-energy-statuses-needs-reinforcement = Potrzebna rozbudowa sieci
map-energy-statuses-cannot-connect = Nie można przyłączyć
map-energy-statuses-withdrawn = Wycofane
map-energy-statuses-going-ahead = Realizujemy
map-energy-figures = { $capacity } kW · oddaje do { $export } kW · pobiera do { $import } kW
map-energy-by-group = Grupa: { $group }
map-energy-history-heading = Historia
# A change of a proposal's status, from one to the other.
map-energy-history-item = { $from } → { $to }
map-energy-response-heading = Odpowiedź operatora sieci
map-energy-no-response = Na razie brak odpowiedzi.
map-energy-decision = Decyzja
map-energy-decisions-can-connect = Można przyłączyć
map-energy-decisions-needs-study = Potrzebna analiza
map-energy-decisions-needs-reinforcement = Potrzebna rozbudowa sieci
map-energy-decisions-cannot-connect = Nie można przyłączyć
map-energy-cost-band = Orientacyjny koszt
map-energy-cost-band-hint = Na przykład „od £10k do £50k”
map-energy-timescale = Orientacyjny czas
map-energy-timescale-hint = Na przykład „od 6 do 12 miesięcy”
map-energy-conditions = Warunki
map-energy-notes = Uwagi
map-energy-answer-heading = Odpowiedz na tę propozycję
map-energy-send-answer = Wyślij odpowiedź
map-energy-answered = Odpowiedź została wysłana. Propozycja ją pokazuje.
map-energy-decision-missing = Wybierz decyzję.
map-energy-answer-failed = Nie udało się wysłać odpowiedzi. Spróbuj ponownie.
map-energy-not-allowed = Dla tej propozycji nie jest to teraz możliwe.
map-energy-steps-heading = Co możesz zrobić
map-energy-steps-submitted = Wyślij do operatora sieci
map-energy-steps-under-review = Rozpocznij rozpatrywanie
map-energy-steps-withdrawn = Wycofaj
map-energy-steps-going-ahead = Realizujemy projekt
map-energy-submit-again = Wyślij ponownie
map-energy-step-done-submitted = Twoja propozycja została wysłana do operatora sieci.
map-energy-step-done-under-review = Propozycja jest teraz rozpatrywana.
map-energy-step-done-withdrawn = Twoja propozycja została wycofana.
map-energy-step-done-going-ahead = Twoja propozycja mówi teraz, że ją realizujecie.
map-energy-withdraw-question = Wycofać tę propozycję? Operator sieci przestanie się nią zajmować i nie będzie można jej wysłać ponownie.
map-energy-withdraw-confirm = Tak, wycofaj
map-energy-withdraw-cancel = Nie, zostaw
map-energy-step-failed = To się nie udało: { $detail }
map-energy-step-offline = Wygląda na to, że jesteś offline. Nic się nie zmieniło: spróbuj ponownie po połączeniu.
map-energy-status-now = { $title } — stan: { $status }.
map-energy-network-toggle = Sieć elektroenergetyczna
map-energy-network-legend = Miejsce w sieci (dane poglądowe)
map-energy-network-legend-dno = Miejsce na wytwarzanie po kolejce
map-energy-network-label = { $name }: { $rag }
map-energy-network-label-dno = { $name }: { NUMBER($mw, minimumFractionDigits: 1, maximumFractionDigits: 1) } MW
map-energy-dno-band-high = Ponad 5 MW
map-energy-dno-band-low = Od 0 do 5 MW
map-energy-dno-band-none = Brak (poniżej 0 MW)
map-energy-substation-figures-voltage = Napięcie
map-energy-substation-figures-firm-capacity-mva = Moc gwarantowana (MVA)
map-energy-substation-figures-peak-demand-mva = Szczytowe zapotrzebowanie (MVA)
map-energy-substation-figures-demand-headroom-mva = Zapas na pobór (MVA)
map-energy-substation-figures-generation-headroom-mw = Zapas na wytwarzanie (MW)
map-energy-substation-figures-connected-generation-mw = Przyłączone wytwarzanie (MW)
map-energy-substation-figures-queued-generation-mw = Wytwarzanie w kolejce (MW)
map-energy-substation-figures-fault-level-headroom-ka = Zapas prądu zwarciowego (kA)
map-energy-substation-figures-rag = RAG
map-energy-substation-figures-data-date = Data danych
map-energy-substation-figures-source = Źródło
map-energy-substations-heading = Stacje transformatorowe
map-energy-close-details = Zamknij
map-energy-network-failed = Nie udało się wczytać sieci.

## mine

map-mine-button = { $count ->
    [none] Twoje wpisy
   *[other] Twoje wpisy ({ $count })
}
map-mine-heading = Twoje wpisy
map-mine-intro = Co dodałeś do tego planu z tej przeglądarki lub ze swojego konta i co się z tym stało.
map-mine-loading = Wczytywanie Twoich wpisów…
map-mine-failed = Nie udało się wczytać Twoich wpisów. Spróbuj ponownie.
map-mine-offline = Wygląda na to, że jesteś offline: nie udało się wczytać Twoich wpisów.
map-mine-empty = Nie dodałeś jeszcze nic do tego planu. Wybierz „Dodaj swój pomysł”, przypnij go na mapie i wyślij: pojawi się tutaj razem z tym, co się z nim stało.
map-mine-count = { $count ->
    [one] { $count } wpis, od najnowszych.
    [few] { $count } wpisy, od najnowszych.
   *[many] { $count } wpisów, od najnowszych.
}
map-mine-pending = Czeka na moderatora

## follow

map-follow-button = Otrzymuj wiadomości e-mailem
map-follow-button-neighbourhood = Otrzymuj wiadomości z osiedla { $name } e-mailem
map-follow-heading = Otrzymuj e-mailem wiadomości o miejscu
map-follow-intro = Wysyłamy e-mailem to, co ludzie dodają w wybranym miejscu. Nie potrzebujesz konta, a każdy e-mail ma link do rezygnacji.
map-follow-email-label = Twój adres e-mail
map-follow-email-hint = Używamy go tylko do wysyłania tych wiadomości.
map-follow-what-legend = Które miejsce?
map-follow-what-neighbourhood = Osiedle
map-follow-what-draw = Obszar, który narysuję na mapie
map-follow-what-view = Obszar widoczny teraz na mapie
map-follow-neighbourhood-label = Osiedle
map-follow-neighbourhood-choose = Wybierz osiedle
map-follow-draw-hint = Kliknij lub stuknij mapę w każdym narożniku obszaru, co najmniej 3. Zakończ klawiszem Enter lub przyciskiem „Zakończ obszar”. Backspace lub „Cofnij ostatni punkt” usuwa narożnik; Escape przerywa.
map-follow-draw-start = Rysuj na mapie
map-follow-draw-again = Narysuj ponownie
map-follow-draw-finish = Zakończ obszar
map-follow-draw-undo = Cofnij ostatni punkt
map-follow-draw-stop = Przerwij rysowanie
map-follow-draw-corners = { $count ->
    [0] Brak narożników: dodaj co najmniej 3.
    [1] 1 narożnik: dodaj co najmniej 2 kolejne.
    [2] 2 narożniki: dodaj co najmniej 1 kolejny.
    [few] { $count } narożniki. Dodaj więcej albo zakończ obszar.
   *[many] { $count } narożników. Dodaj więcej albo zakończ obszar.
}
map-follow-draw-drawing = Rysowanie: kliknij lub stuknij mapę w każdym narożniku.
map-follow-draw-done = Obszar narysowany, narożniki: { $count }.
map-follow-draw-stopped = Rysowanie przerwane.
map-follow-draw-too-few = Obszar musi mieć co najmniej 3 narożniki.
map-follow-view-hint = Część obszaru planu widoczna teraz na mapie. Najpierw przesuń lub przybliż mapę, aby ją wybrać.
map-follow-frequency-legend = Jak często?
map-follow-frequency-weekly = Raz w tygodniu
map-follow-frequency-daily = Raz dziennie
map-follow-submit = Wysyłaj mi wiadomości
map-follow-sending = Wysyłanie…
map-follow-sent = Sprawdź skrzynkę: otwórz link w wiadomości, aby potwierdzić.
map-follow-sent-hint = Jeśli wiadomość nie przyjdzie w ciągu kilku minut, zajrzyj do spamu albo sprawdź adres i wyślij ponownie.
map-follow-another = Obserwuj inne miejsce
map-follow-error-generic = Nie udało się wysłać prośby. Spróbuj ponownie.
map-follow-error-offline = Wygląda na to, że jesteś offline. Nic nie wysłano, a Twoje odpowiedzi nadal tu są: spróbuj ponownie po połączeniu.
map-follow-email-missing = wpisz adres e-mail
map-follow-neighbourhood-needed = wybierz osiedle
map-follow-draw-needed = najpierw narysuj obszar na mapie: co najmniej 3 narożniki, potem „Zakończ obszar”
map-follow-view-outside = mapa nie pokazuje żadnej części obszaru planu: najpierw przesuń na nią mapę
map-follow-field-email = Adres e-mail
map-follow-field-neighbourhood = Miejsce
map-follow-field-area = Obszar
map-follow-field-frequency = Jak często
