# Szczegóły problemów (RFC 9457): `title` i `detail`. Pole `code` nigdy nie jest tłumaczone.

problem-title-malformed-json = Błędny JSON
problem-title-unsupported-media-type = Nieobsługiwany typ danych
problem-title-payload-too-large = Za duże żądanie
problem-title-file-too-large = Plik jest za duży
problem-title-file-type-not-allowed = Niedozwolony typ pliku
problem-title-validation-failed = Błędne dane
problem-title-invalid-parameter = Błędny parametr
problem-title-invalid-text = Niedozwolony tekst
problem-title-outside-plan = Poza obszarem planu
problem-title-not-found = Nie znaleziono
problem-title-unauthorized = Wymagane logowanie
problem-title-invalid-credentials = Logowanie nieudane
problem-title-forbidden = Brak uprawnień
problem-title-conflict = Konflikt
problem-title-illegal-transition = Tej zmiany stanu nie można wykonać
problem-title-cross-site-request = Odrzucono żądanie z innej strony
problem-title-rate-limited = Zbyt wiele żądań
problem-title-idempotency-key-reused = Ponownie użyty Idempotency-Key
problem-title-method-not-allowed = Niedozwolona metoda
problem-title-unavailable = Usługa niedostępna
problem-title-internal-error = Błąd wewnętrzny
problem-title-basemap-missing = Brak mapy podkładowej
problem-title-upload-incomplete = Niepełne przesłanie
problem-title-own-account = Twoje własne konto
problem-title-daily-limit-reached = Osiągnięto dzienny limit
problem-title-about-you-key-not-found = Nie znaleziono

problem-detail-malformed-json = Treść żądania nie jest poprawnym JSON-em: { $reason }
problem-detail-as-given = { $text }
problem-detail-payload-too-large = Treść żądania jest większa, niż ten serwer przyjmuje.
problem-detail-file-too-large = plik jest większy, niż przyjmuje ta strona (najwyżej { $limit } MB)
problem-detail-file-type-not-allowed = można tu przesyłać tylko pliki PDF, dokumenty biurowe (Word, Excel, PowerPoint, OpenDocument) i zdjęcia (PNG, JPEG, GIF, WebP)
problem-detail-file-type-not-image = można tu przesyłać tylko zdjęcia (PNG, JPEG, GIF, WebP)
problem-detail-validation-failed = Popraw te pola: { $summary }
problem-detail-invalid-parameter = Popraw parametr: { $summary }
problem-detail-outside-plan = Ten punkt leży poza obszarem planu.
problem-field-outside-plan = Wybierz miejsce w obszarze planu.
problem-detail-invalid-text = Tekst zawiera znak NUL (U+0000), który jest niedozwolony.
problem-detail-not-found = { $thing ->
    [plan] Nie ma takiego planu.
    [contribution] Nie ma takiego wpisu.
    [proposal] Nie ma takiej propozycji.
    [workshop] Nie ma takich warsztatów.
    [user] Nie ma takiego użytkownika.
    [organisation] Nie ma takiej organizacji.
    [commitment] Nie ma takiego zobowiązania.
    [route] Nie ma takiego adresu.
   *[other] Nie znaleziono: { $thing }
}
problem-detail-unauthorized = Zaloguj się, aby to zrobić.
problem-detail-invalid-credentials = Adres e-mail lub hasło są nieprawidłowe.
problem-detail-forbidden = Twoja rola na to nie pozwala.
problem-detail-illegal-transition = { $count ->
    [one] { $count } z wybranych wpisów nie może przejść do tego stanu z obecnego.
    [few] { $count } z wybranych wpisów nie mogą przejść do tego stanu z obecnego.
   *[other] { $count } z wybranych wpisów nie może przejść do tego stanu z obecnego.
}
problem-detail-cross-site-request = Żądanie zmieniające dane musi pochodzić z tej strony (wyślij X-Requested-With).
problem-detail-rate-limited = { $seconds ->
    [one] Zbyt wiele żądań; spróbuj ponownie za { $seconds } sekundę.
    [few] Zbyt wiele żądań; spróbuj ponownie za { $seconds } sekundy.
   *[other] Zbyt wiele żądań; spróbuj ponownie za { $seconds } sekund.
}
problem-detail-idempotency-key-reused = Ten Idempotency-Key został już użyty dla innego żądania.
problem-detail-method-not-allowed = Ta metoda jest tu niedozwolona.
problem-detail-unavailable = Baza danych nie odpowiada.
problem-detail-internal-error = Coś poszło nie tak po naszej stronie. Jeśli to się powtarza, podaj nagłówek x-request-id tej odpowiedzi.
problem-detail-basemap-missing = plan „{ $plan }” nie ma jeszcze mapy podkładowej { $source }; najpierw ją wczytaj
problem-detail-upload-incomplete = przesyłanie przerwało się, zanim dotarł cały plik; wyślij go ponownie
problem-detail-own-account = administrator nie może zmienić roli własnego konta ani go wyłączyć; poproś innego administratora
problem-detail-daily-limit-reached = Dodałeś(-aś) dziś do tego planu tyle wpisów, ile przyjmujemy od jednej osoby; jutro możesz dodać kolejne.
problem-detail-plan-slug-taken = plan „{ $slug }” już istnieje; wybierz inny identyfikator
problem-detail-organisation-slug-taken = ten plan ma już organizację „{ $slug }”
problem-detail-address-taken-by-account = Ten adres ma teraz własne konto: zmiany nie można wprowadzić.
problem-detail-signup-address-taken = Ten adres ma już konto: zaloguj się albo ustaw nowe hasło.
problem-detail-moderation-wrong-status = nie można wykonać akcji { $action } na wpisie o stanie { $status }
problem-detail-proposal-step = propozycja nie może przejść ze stanu { $from } do { $to }
problem-detail-proposal-answer = na propozycję w stanie { $from } nie można odpowiedzieć { $to }
problem-detail-progress-needs-commitment = postęp ma tylko zobowiązanie (odpowiedź z tytułem)
problem-detail-workshop-no-free-code = nie udało się znaleźć wolnego kodu dołączenia; spróbuj ponownie
problem-detail-workshop-paused = Warsztaty są wstrzymane: nowe pinezki nie są teraz przyjmowane.
problem-detail-workshop-ended = Warsztaty się zakończyły.
problem-detail-workshop-not-held = pinezka nie czeka na sprawdzenie: jej stan to { $status }
problem-detail-bearer-required = użyj `Authorization: Bearer <token>`
problem-detail-token-invalid = ten token jest nieważny albo został unieważniony
problem-detail-plan-needs-sign-in = Ten plan przyjmuje wpisy tylko od zalogowanych osób.
problem-detail-edit-needs-author = Zaloguj się albo użyj przeglądarki, z której dodano wpis, aby go zmienić.
problem-detail-withdraw-needs-author = Zaloguj się albo użyj przeglądarki, z której dodano wpis, aby go wycofać.
problem-detail-only-author-edits = Tylko autor wpisu może go zmienić.
problem-detail-only-author-withdraws = Tylko autor wpisu może go wycofać.
problem-detail-proposal-who-moves = przenieść ją może tylko autor propozycji lub operator sieci
problem-detail-organisation-other-plan = Twoja organizacja odpowiada w innym planie
problem-detail-own-organisation-only = odpowiadasz tylko w imieniu własnej organizacji
problem-detail-other-organisation-answers = na część tych wpisów odpowiada inna organizacja
problem-detail-commitment-owner-only = zobowiązanie aktualizuje tylko organizacja, która je podjęła
problem-detail-facilitator-steers = warsztatem może kierować tylko jego prowadzący
problem-detail-facilitator-checks = pinezki warsztatu może sprawdzać tylko jego prowadzący
problem-detail-energy-plan-group-only = tylko grupa, która napisała ten plan energetyczny, może go zmieniać
problem-detail-energy-plan-shared = ta wersja została udostępniona i jest zamrożona; aby ją zmienić, rozpocznij następną wersję
problem-detail-not-quotable = w raporcie można wyróżnić tylko opublikowany wpis, którego autor zgodził się na cytowanie
problem-detail-energy-plan-not-answered = najnowsza wersja nie ma jeszcze odpowiedzi; następna wersja zaczyna się od wersji z odpowiedziami
problem-detail-data-proof-required = potwierdź adres e-mail linkiem wysłanym pocztą albo użyj przeglądarki lub konta, z którego pisałeś(-aś)
problem-detail-not-yours = nie możesz tego eksportować ani usuwać, bo nie należy do Ciebie
problem-detail-about-you-key-not-found = ten klucz do odpowiedzi na pytania „O Tobie” jest nieznany, wygasł albo został już użyty
problem-detail-project-team = zmieniać go może tylko zespół projektu
problem-detail-project-proposer = tylko grupa, która zgłosiła propozycję, może zamienić ją w projekt
problem-detail-project-not-going-ahead = projektem może stać się tylko propozycja, która jest realizowana
problem-detail-project-exists = ta propozycja jest już projektem: { $slug }
problem-detail-project-stage = projekt nie może przejść z etapu { $from } do { $to }: przechodzi o jeden etap naraz
