# "Your data" (/me): seeing, downloading and erasing what Waymark holds about you.

me-heading = Twoje dane
me-skip = Przejdź do swoich danych
me-back = Wróć do mapy
me-intro = Zobacz, co Waymark przechowuje w powiązaniu z Tobą, pobierz to wszystko albo usuń. Dane są powiązane z Tobą przez adres e-mail, który potwierdzasz linkiem wysłanym przez nas, przez tę przeglądarkę (jeśli dodawałeś(-aś) tu pinezki lub odpowiedzi bez konta) albo przez Twoje konto, jeśli jesteś zalogowany(-a).
me-loading = Wczytywanie…
me-load-failed = Coś poszło nie tak. Sprawdź połączenie i spróbuj ponownie.
me-link-broken = Ten link nie działa
me-link-broken-body = Link działa raz, przez godzinę. Poproś poniżej o nowy.
me-prove-heading = Potwierdź adres e-mail
me-prove-intro = Wyślemy link na ten adres. Po jego otwarciu zobaczysz wszystko, co jest powiązane z tym adresem, na przykład obserwowane miejsca i pinezki.
me-email-label = Adres e-mail
me-send = Wyślij mi link
me-sent = Jeśli adres jest poprawny, wiadomość z linkiem jest w drodze. Link działa raz, przez godzinę.
me-bad-email = Wpisz adres e-mail, np. imie@example.org
me-too-many = Zbyt wiele prób. Poczekaj minutę i spróbuj ponownie.
me-nothing-proved = W tej przeglądarce nic nie jest jeszcze z Tobą powiązane. Potwierdź adres e-mail poniżej.
me-held-heading = Co przechowujemy
me-by-email = Powiązane z adresem e-mail { $email }
me-by-account = Powiązane z Twoim kontem ({ $email })
me-by-visitor = Powiązane z tą przeglądarką
me-count-account = { $count ->
    [one] konto
    [few] { $count } konta
    [many] { $count } kont
   *[other] { $count } konta
}
me-count-contributions = { $count ->
    [one] { $count } pinezka
    [few] { $count } pinezki
    [many] { $count } pinezek
   *[other] { $count } pinezki
}
me-count-replies = { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
me-count-supports = { $count ->
    [one] { $count } poparta pinezka
    [few] { $count } poparte pinezki
    [many] { $count } popartych pinezek
   *[other] { $count } popartej pinezki
}
me-count-flags = { $count ->
    [one] { $count } pinezka zgłoszona moderatorom
    [few] { $count } pinezki zgłoszone moderatorom
    [many] { $count } pinezek zgłoszonych moderatorom
   *[other] { $count } pinezki zgłoszonej moderatorom
}
me-count-follows = { $count ->
    [one] { $count } rzecz obserwowana przez e-mail
    [few] { $count } rzeczy obserwowane przez e-mail
    [many] { $count } rzeczy obserwowanych przez e-mail
   *[other] { $count } rzeczy obserwowanej przez e-mail
}
me-count-proposals = { $count ->
    [one] { $count } projekt energii obywatelskiej
    [few] { $count } projekty energii obywatelskiej
    [many] { $count } projektów energii obywatelskiej
   *[other] { $count } projektu energii obywatelskiej
}
me-count-energy-plans = { $count ->
    [one] { $count } plan energetyczny
    [few] { $count } plany energetyczne
    [many] { $count } planów energetycznych
   *[other] { $count } planu energetycznego
}
me-count-mail = { $count ->
    [one] { $count } wiadomość wysłana do Ciebie
    [few] { $count } wiadomości wysłane do Ciebie
    [many] { $count } wiadomości wysłanych do Ciebie
   *[other] { $count } wiadomości wysłanej do Ciebie
}
me-count-about-you = { $count ->
    [one] { $count } zestaw odpowiedzi na pytania „O Tobie”
    [few] { $count } zestawy odpowiedzi na pytania „O Tobie”
    [many] { $count } zestawów odpowiedzi na pytania „O Tobie”
   *[other] { $count } zestawu odpowiedzi na pytania „O Tobie”
}
me-count-group-memberships = { $count ->
    [one] { $count } grupa, do której należysz lub chcesz dołączyć
    [few] { $count } grupy, do których należysz lub chcesz dołączyć
    [many] { $count } grup, do których należysz lub chcesz dołączyć
   *[other] { $count } grupy, do których należysz lub chcesz dołączyć
}
me-count-group-posts = { $count ->
    [one] { $count } wpis w dyskusjach grup
    [few] { $count } wpisy w dyskusjach grup
    [many] { $count } wpisów w dyskusjach grup
   *[other] { $count } wpisu w dyskusjach grup
}
me-count-group-flags = { $count ->
    [one] { $count } zgłoszony wpis w grupie
    [few] { $count } zgłoszone wpisy w grupach
    [many] { $count } zgłoszonych wpisów w grupach
   *[other] { $count } zgłoszonego wpisu w grupach
}
me-count-meetings-attended = { $count ->
    [one] { $count } spotkanie grupy, w którym uczestniczyłeś(-aś)
    [few] { $count } spotkania grup, w których uczestniczyłeś(-aś)
    [many] { $count } spotkań grup, w których uczestniczyłeś(-aś)
   *[other] { $count } spotkania grup, w których uczestniczyłeś(-aś)
}
me-count-action-points = { $count ->
    [one] { $count } zadanie na Twoje nazwisko
    [few] { $count } zadania na Twoje nazwisko
    [many] { $count } zadań na Twoje nazwisko
   *[other] { $count } zadania na Twoje nazwisko
}
me-count-volunteering = { $count ->
    [one] { $count } zgłoszenie do wolontariatu przy projekcie
    [few] { $count } zgłoszenia do wolontariatu przy projektach
    [many] { $count } zgłoszeń do wolontariatu przy projektach
   *[other] { $count } zgłoszenia do wolontariatu przy projektach
}
me-count-champion = { $count ->
    [one] { $count } rejestracja jako ambasador energii
    [few] { $count } rejestracje jako ambasador energii
    [many] { $count } rejestracji jako ambasador energii
   *[other] { $count } rejestracji jako ambasador energii
}
me-count-modules-completed = { $count ->
    [one] { $count } ukończony moduł szkoleniowy
    [few] { $count } ukończone moduły szkoleniowe
    [many] { $count } ukończonych modułów szkoleniowych
   *[other] { $count } ukończonego modułu szkoleniowego
}
me-count-project-follows = { $count ->
    [one] { $count } projekt, którego comiesięczne wiadomości dostajesz
    [few] { $count } projekty, których comiesięczne wiadomości dostajesz
    [many] { $count } projektów, których comiesięczne wiadomości dostajesz
   *[other] { $count } projektu, którego comiesięczne wiadomości dostajesz
}
me-count-help-requests = { $count ->
    [one] { $count } prośba o pomoc ambasadora
    [few] { $count } prośby o pomoc ambasadora
    [many] { $count } próśb o pomoc ambasadora
   *[other] { $count } prośby o pomoc ambasadora
}
me-download = Pobierz swoje dane (ZIP)
me-erase-heading = Usuń swoje dane
me-erase-intro = Twoje pinezki, odpowiedzi, obserwowane rzeczy, wiadomości i konto zostaną usunięte, a także Twoje członkostwa i wpisy w grupach, zgłoszenia do wolontariatu, rejestracja jako ambasador energii i obserwowane projekty. Jeśli ktoś odpowiedział na Twoją pinezkę lub dyskusję w grupie, zostaje ona, a Twoje słowa zastępuje tekst „usunięte na prośbę autora”, aby odpowiedź nadal miała sens. Liczby w raportach miesięcznych się nie zmieniają.
me-erase = Usuń moje dane
me-erase-confirm = Tego nie można cofnąć. Usunąć wszystko, co jest z Tobą powiązane?
me-erase-cancel = Anuluj
me-erase-failed = Nie udało się usunąć danych. Spróbuj ponownie.
me-erased-heading = Twoje dane zostały usunięte
me-erased = { $count ->
    [one] Usunięto { $count } pinezkę
    [few] Usunięto { $count } pinezki
    [many] Usunięto { $count } pinezek
   *[other] Usunięto { $count } pinezki
}{ $kept ->
    [0] .
   *[other] , z czego { $kept } zachowano z usuniętymi słowami, bo inni na nie odpowiedzieli.
}
me-open-map = Otwórz mapę
me-officer-heading = Wnioski składane w czyimś imieniu
me-officer-intro = Znajdź to, co mobilizatorzy społeczności zapisali dla mieszkańca, po zapisanym imieniu lub notatce, a następnie pobierz to lub usuń. Każde wyszukiwanie, pobranie i usunięcie jest zapisywane w dzienniku audytu, bez wyszukiwanego imienia.
me-officer-plan = Plan
me-officer-name = Zapisane imię lub notatka
me-officer-search = Znajdź
me-officer-none = Nic zapisanego w tym planie nie pasuje.
me-officer-found = { $count ->
    [one] { $count } wpis zapisany w czyimś imieniu
    [few] { $count } wpisy zapisane w czyimś imieniu
    [many] { $count } wpisów zapisanych w czyimś imieniu
   *[other] { $count } wpisu zapisanego w czyimś imieniu
}
me-officer-download = Pobierz zaznaczone (ZIP)
me-officer-erase = Usuń zaznaczone
me-officer-erase-confirm = Tego nie można cofnąć. Usunąć zaznaczone wpisy?
