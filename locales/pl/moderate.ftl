# Strona moderacji (/moderate).

moderate-heading = Moderacja
moderate-skip-to-queue = Przejdź do listy
moderate-loading = Wczytywanie…
moderate-load-failed = Nie udało się wczytać strony. Sprawdź połączenie i spróbuj ponownie.
moderate-try-again = Spróbuj ponownie
moderate-account-label = Twoje konto
moderate-sign-in-heading = Zaloguj się, aby moderować
moderate-sign-in-intro = Ta strona jest dla moderatorów: pokazuje, co czeka na decyzję i co zostało ukryte.
moderate-sign-in-again = Twoja sesja wygasła. Zaloguj się ponownie, aby kontynuować.
moderate-email = E-mail
moderate-password = Hasło
moderate-sign-in = Zaloguj się
moderate-signing-in = Logowanie…
moderate-sign-in-failed = Adres e-mail lub hasło są nieprawidłowe.
moderate-sign-in-offline = Nie masz połączenia. Logowanie wymaga połączenia.
moderate-sign-in-busy = Zbyt wiele prób. Odczekaj minutę i spróbuj ponownie.
moderate-sign-out = Wyloguj się
moderate-signed-out = Wylogowano.
moderate-refused-heading = Ta strona jest dla moderatorów
moderate-role-resident = mieszkaniec
moderate-role-mobiliser = mobilizator społeczności
moderate-role-facilitator = prowadzący
moderate-role-moderator = moderator
moderate-role-dno-engineer = inżynier sieci
moderate-role-admin = administrator
moderate-role-responder = osoba odpowiadająca w imieniu organizacji
moderate-role-council-officer = urzędnik rady (lokalny plan energetyczny)
moderate-role-data-officer = inspektor danych (wnioski dotyczące danych osób)
moderate-tools-label = Co pokazać
moderate-plan-label = Plan
moderate-list-label = Pokaż
moderate-list-waiting = Czekające
moderate-list-hidden = Ukryte
moderate-shortcuts-button = Skróty klawiszowe
moderate-shortcuts-hint = Klawiatura: j i k przechodzą między pozycjami; naciśnij ?, aby zobaczyć wszystkie skróty.
moderate-waiting-empty = Nic nie czeka. Nowe i zgłoszone wpisy pojawiają się tu na bieżąco.
moderate-hidden-empty = W tym planie nic nie jest ukryte.
moderate-list-loading = Wczytywanie listy…
moderate-oldest-first = Od najstarszych.
moderate-newest-hidden-first = Od ostatnio ukrytych.
moderate-status-pending = Czeka na zatwierdzenie
moderate-status-hidden = Ukryte
moderate-status-duplicate = Ukryte jako powtórzenie
moderate-by = Autor
moderate-no-name = Bez imienia
moderate-added = Dodano
moderate-hidden-at = Ukryto
moderate-where = Gdzie
moderate-duplicate-of = Powtarza
moderate-empty-body = Brak opisu.
moderate-history = Historia
moderate-history-loading = Wczytywanie historii…
moderate-history-failed = Nie udało się wczytać historii.
moderate-history-empty = Żaden moderator jeszcze się tym nie zajął.
moderate-history-action-contribution-hide = Ukryto
moderate-history-action-contribution-restore = Przywrócono
moderate-history-action-contribution-approve = Zatwierdzono
moderate-history-action-contribution-mark-duplicate = Oznaczono jako powtórzenie
moderate-history-action-contribution-feature = Wyróżniono jako cytat w raporcie miesięcznym
moderate-history-action-contribution-unfeature = Już nie jest wyróżniony w raporcie miesięcznym
moderate-someone = konto, które już nie istnieje
moderate-actions-label = Działania
moderate-approve = Zatwierdź
moderate-keep = Zachowaj i odrzuć zgłoszenia
moderate-hide = Ukryj…
moderate-restore = Przywróć…
moderate-duplicate = Oznacz jako powtórzenie…
moderate-approve-reason = Sprawdzone i zatwierdzone przez moderatora.
moderate-keep-reason = Sprawdzone przez moderatora: zgłoszenia odrzucono.
moderate-cancel = Anuluj
moderate-hide-reason = Dlaczego ukryć?
moderate-hide-hint = Podaj, którą zasadę narusza. Powód zostaje w dzienniku audytu.
moderate-hide-submit = Ukryj
moderate-restore-reason = Dlaczego przywrócić?
moderate-restore-hint = Powód zostaje w dzienniku audytu.
moderate-restore-submit = Przywróć
moderate-duplicate-search = Znajdź wpis, który powtarza
moderate-duplicate-search-hint = Słowa z tytułu lub opisu albo wklejony identyfikator.
moderate-duplicate-search-button = Szukaj
moderate-duplicate-choose = Który wpis powtarza?
moderate-duplicate-none = Nic nie znaleziono. Spróbuj innych słów albo wklej identyfikator.
moderate-duplicate-searching = Szukanie…
moderate-duplicate-reason = Dlaczego to powtórzenie?
moderate-duplicate-reason-default = To samo co wcześniejszy wpis.
moderate-duplicate-submit = Oznacz jako powtórzenie
moderate-reason-missing = Podaj powód
moderate-reason-too-long = Powód może mieć najwyżej 500 znaków
moderate-original-missing = Wybierz wpis, który powtarza
moderate-working = Zapisywanie…
moderate-error-heading = Wystąpił problem
moderate-error-offline = Wygląda na to, że nie masz połączenia. Nic się nie zmieniło: spróbuj ponownie po połączeniu.
moderate-error-conflict = Ktoś już to zmienił. Lista została odświeżona.
moderate-error-gone = To już nie istnieje. Lista została odświeżona.
moderate-error-server = Coś poszło nie tak na serwerze. Nic się nie zmieniło: spróbuj ponownie.
moderate-error-forbidden = Twoje konto nie może moderować.
moderate-no-item = Nic nie wybrano. Naciśnij j, aby przejść do pierwszej pozycji.
moderate-not-here-approve = Zatwierdzać można tylko pozycje czekające na moderatora.
moderate-not-here-hide = Ukrytych pozycji nie można ukryć ponownie.
moderate-not-here-restore = Przywracać można tylko ukryte pozycje: najpierw pokaż ukryte.
moderate-not-here-mark-duplicate = Ukrytych pozycji nie można oznaczyć jako powtórzeń.
moderate-shortcuts-heading = Skróty klawiszowe
moderate-shortcuts-intro = Działają zawsze, gdy nie piszesz w polu. Tab i Enter też prowadzą wszędzie.
moderate-close = Zamknij
moderate-kind-idea = Pomysł
moderate-kind-issue = Problem
moderate-kind-interest = Zainteresowanie
moderate-kind-story = Dobra historia
moderate-field-problem-reason = Powód
moderate-field-problem-duplicate-of = Wpis, który powtarza
moderate-shortcut-next = Następna pozycja
moderate-shortcut-previous = Poprzednia pozycja
moderate-shortcut-approve = Zatwierdź (albo zachowaj zgłoszoną pozycję i odrzuć zgłoszenia)
moderate-shortcut-hide = Ukryj: otwiera pole powodu
moderate-shortcut-restore = Przywróć ukrytą pozycję
moderate-shortcut-duplicate = Oznacz jako powtórzenie
moderate-shortcut-close = Zamknij otwarty formularz
moderate-shortcut-list = Pokaż lub zamknij tę listę
moderate-page-title = Moderacja — Waymark
moderate-page-title-plan = Moderacja — { $plan } — Waymark
moderate-signed-in-as = Zalogowano jako { $who }
moderate-refused = Zalogowano jako { $who } ({ $role }). Moderować mogą tylko moderatorzy i administratorzy. Wyloguj się i zaloguj na konto moderatora.
moderate-waiting-heading = Czeka na moderatora: { $count }
moderate-hidden-heading = Ukryte: { $count }
moderate-status-flagged = Zgłoszenia: { $count }
moderate-where-text = { $lat }, { $lon }
moderate-where-text-in = { $neighbourhood }, { $lat }, { $lon }
moderate-flags-heading = Zgłoszenia ({ $count }): dlaczego ludzie to zgłosili
moderate-map-label = Mapa okolicy, w której przypięto „{ $title }”
moderate-history-entry = { $action }: { $who }, { $when }
moderate-history-reason = Powód: { $reason }
moderate-hide-heading = Ukryj „{ $title }”
moderate-restore-heading = Przywróć „{ $title }”
moderate-duplicate-heading = Oznacz „{ $title }” jako powtórzenie
moderate-duplicate-found = Znaleziono: { $count }. Wybierz poniżej.
moderate-duplicate-by-id = Wpis o identyfikatorze { $id }
moderate-done-approve = Zatwierdzono „{ $title }”.
moderate-done-keep = Zachowano „{ $title }”; zgłoszenia odrzucono.
moderate-done-hide = Ukryto „{ $title }”.
moderate-done-restore = Przywrócono „{ $title }”.
moderate-done-mark-duplicate = Oznaczono „{ $title }” jako powtórzenie i ukryto.
moderate-left-waiting = Nadal czeka: { $count }.
moderate-left-hidden = Ukryte: { $count }.
moderate-list-shown-waiting = Czeka na moderatora: { $count }.
moderate-list-shown-hidden = Ukryte: { $count }.
moderate-by-others-one = Inny moderator zajął się „{ $title }”: zniknęło z listy.
moderate-by-others = Inny moderator zajął się pozycjami ({ $count }): zniknęły z listy.
moderate-arrived-one = Nowe na liście: „{ $title }”.
moderate-arrived = Nowe pozycje na liście: { $count }.

## Wpisy zgłoszone w dyskusjach grup

moderate-posts-heading = { $count ->
    [one] { $count } wpis zgłoszony w grupie
    [few] { $count } wpisy zgłoszone w grupach
    [many] { $count } wpisów zgłoszonych w grupach
   *[other] { $count } wpisu zgłoszonego w grupach
}
moderate-posts-hidden-heading = { $count ->
    [one] { $count } ukryty wpis w grupie
    [few] { $count } ukryte wpisy w grupach
    [many] { $count } ukrytych wpisów w grupach
   *[other] { $count } ukrytego wpisu w grupach
}
moderate-posts-note = Członkowie grupy zgłosili te wpisy w jej dyskusji. Ukrycie wpisu zabiera go członkom; można go przywrócić.
moderate-posts-empty = Żaden wpis w dyskusjach grup nie czeka.
moderate-posts-hidden-empty = Żaden wpis w dyskusjach grup nie jest ukryty.
moderate-post-where = W grupie { $group }, dyskusja „{ $thread }”
moderate-post-by = Autor: { $author }
moderate-post-by-unknown = Autor nie ma już konta
moderate-post-flags = { $count ->
    [one] Zgłoszony raz, bo:
   *[other] Zgłoszony { $count } razy, bo:
}
moderate-post-reason = Twój powód (zapisany w dzienniku zdarzeń)
moderate-post-reason-missing = Podaj powód.
moderate-post-hide = Ukryj wpis
moderate-post-restore = Przywróć wpis
moderate-post-failed = Nie udało się zmienić wpisu. Spróbuj ponownie.
moderate-post-hidden = Wpis w „{ $thread }” ukryty.
moderate-post-restored = Wpis w „{ $thread }” przywrócony.
