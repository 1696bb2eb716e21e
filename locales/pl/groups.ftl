# Strony Grup Wspólnego Działania (map-ui/src/groups/). Wersja robocza, do sprawdzenia przez native speakera.

groups-page-title = Grupy · { $plan }
groups-group-title = { $group } · Grupy
groups-meeting-title = { $group }: spotkanie { $date }
groups-heading = Grupy Wspólnego Działania
groups-skip-to-content = Przejdź do treści
groups-links = Strony grupy
groups-back-to-map = Wróć do mapy
groups-all-groups = Wszystkie grupy
groups-back-to-group = Wróć do grupy
groups-back-to-meeting = Wróć do spotkania
groups-loading = Wczytywanie…
groups-load-failed = Nie udało się wczytać tej strony. Sprawdź połączenie i spróbuj ponownie.
groups-not-found = Nie ma takiej grupy ani spotkania.
groups-sign-in-needed = Zaloguj się, aby zobaczyć przestrzeń członków.
groups-members-only = Ta część grupy jest tylko dla jej członków.
groups-sign-in = Zaloguj się
groups-check-form = Sprawdź, co wpisano: czegoś brakuje albo tekst jest za długi.
groups-file-too-large = Ten plik jest za duży.
groups-file-type = Takiego pliku nie można tu udostępnić. Użyj pliku PDF, obrazu lub dokumentu biurowego.
groups-intro = Każda grupa łączy ludzi i organizacje działające w jednej części miasta. Spotykają się regularnie, a ich protokoły są publiczne.
groups-none = Ten plan nie ma jeszcze grup.
groups-about = O grupie
groups-next-meeting = Następne spotkanie: { $date }
groups-no-next-meeting = Nie zaplanowano jeszcze spotkania.
groups-subscribe = Subskrybuj spotkania grupy w swoim kalendarzu
groups-map-label = Mapa obszaru, który obejmuje { $group }
groups-published-minutes = Protokoły
groups-minutes-of = Protokół z { $date }
groups-no-minutes = Nie opublikowano jeszcze protokołów.
groups-sign-in-to-join = Zaloguj się, aby poprosić o dołączenie
groups-join = Poproś o dołączenie
groups-asked = Poproszono o dołączenie. Osoba prowadząca rozpatrzy prośbę.
groups-requested = Poproszono o dołączenie. Osoba prowadząca rozpatrzy prośbę.
groups-you-are-member = Należysz do tej grupy.
groups-you-facilitate = Prowadzisz tę grupę.
groups-leave = Opuść grupę
groups-left = Opuszczono grupę.
groups-members-space = Przestrzeń członków
groups-meetings = Spotkania
groups-meeting-scheduled = zaplanowane
groups-meeting-held = odbyte
groups-meeting-cancelled = odwołane
groups-minutes-published = protokół opublikowany
groups-meeting-starts = Data i godzina
groups-create-meeting = Utwórz spotkanie
groups-members = Członkowie
groups-unnamed = Członek grupy
groups-role-facilitator = osoba prowadząca
groups-role-member = członek
groups-join-requests = Prośby o dołączenie
groups-approve = Zatwierdź: { $name }
groups-threads = Dyskusja
groups-untitled = Bez tytułu
groups-replies = { $count ->
    [one] 1 odpowiedź
    [few] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
groups-no-threads = Nie ma jeszcze dyskusji.
groups-thread-title = Temat
groups-thread-body = Wiadomość
groups-start-thread = Rozpocznij dyskusję
groups-reply = Twoja odpowiedź
groups-send-reply = Wyślij odpowiedź
groups-post-by = { $author }, { $date }
groups-resources = Materiały
groups-download = Pobierz { $title }
groups-members-only-tag = (tylko dla członków)
groups-no-resources = Nie ma jeszcze materiałów.
groups-resource-title = Tytuł
groups-resource-file = Plik (PDF, obraz lub dokument biurowy)
groups-resource-link = Albo link
groups-resource-members-only = Tylko dla członków
groups-add-resource = Dodaj materiał
groups-meeting-on = Spotkanie { $date }
groups-add-to-calendar = Dodaj do kalendarza
groups-open-projector = Otwórz w widoku projektora
groups-agenda = Porządek spotkania
groups-agenda-empty = Porządek spotkania jest jeszcze pusty.
groups-agenda-item = Punkt porządku
groups-add-item = Dodaj do porządku
groups-since-last-week = Od zeszłego tygodnia
groups-since = Co wydarzyło się na obszarze grupy od { $date }.
groups-since-new = Nowe na mapie
groups-since-most-supported = Najbardziej popierane
groups-since-open-outcomes = Czekają na odpowiedź
groups-since-none = Nic tu nie ma.
groups-supporters = { $count ->
    [one] 1 osoba popiera
   *[other] Popierających: { $count }
}
groups-add-to-agenda = Dodaj do porządku
groups-add-to-agenda-named = Dodaj do porządku: { $title }
groups-on-agenda = W porządku spotkania
groups-added = „{ $title }” jest w porządku spotkania.
groups-action-points = Zadania
groups-no-action-points = Brak zadań.
groups-owner = Odpowiada: { $owner }
groups-owner-due = Odpowiada: { $owner }, termin { $due }
groups-done = Zrobione
groups-mark-done = Oznacz jako zrobione
groups-action-text = Co trzeba zrobić
groups-action-owner = Kto to zrobi
groups-action-due = Termin
groups-add-action = Dodaj zadanie
groups-minutes = Protokół
groups-published-on = Opublikowano { $date }.
groups-no-minutes-yet = Protokół nie jest jeszcze napisany.
groups-minutes-markdown = Protokół (Markdown)
groups-markdown-hint = Pisz w Markdown: # dla nagłówków, - dla list, [tekst](adres) dla linków.
groups-save-minutes = Zapisz protokół
groups-publish = Opublikuj protokół
groups-minutes-saved = Protokół zapisano.
groups-preview = Po opublikowaniu

## Kontrolki przestrzeni członków i strony spotkania

groups-digest-label = Wysyłaj mi codzienną wiadomość o nowych dyskusjach
groups-digest-hint = Najwyżej jedna wiadomość dziennie, tylko gdy rozpoczęto dyskusję.
groups-digest-on = Będziesz dostawać codzienną wiadomość o nowych dyskusjach.
groups-digest-off = Nie będziesz już dostawać codziennej wiadomości o nowych dyskusjach.
groups-flag = Zgłoś ten wpis
groups-flag-reason = Co jest z nim nie tak?
groups-flag-send = Wyślij zgłoszenie
groups-flagged = Zgłoszono. Prowadzący grupę i moderatorzy serwisu się temu przyjrzą.
groups-attendance = Obecność
groups-attendance-legend = Kto przyszedł na to spotkanie
groups-attendance-save = Zapisz obecność
groups-attendance-saved = { $count ->
    [one] Zapisano obecność: przyszła { $count } osoba.
    [few] Zapisano obecność: przyszły { $count } osoby.
    [many] Zapisano obecność: przyszło { $count } osób.
   *[other] Zapisano obecność: przyszło { $count } osoby.
}
groups-attendance-none = Grupa nie ma jeszcze członków.
groups-raise-to = Przekaż do
groups-raise = Przekaż
groups-raise-named = Przekaż: „{ $item }”
groups-raised = „{ $item }” przekazano do: { $organisation }.
groups-raised-to = (przekazano do: { $organisation })
