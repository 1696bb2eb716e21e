# Strony energii obywatelskiej (map-ui/src/projects/). Wersja robocza, do sprawdzenia przez native speakera.

projects-link = Projekty
projects-page-title = Projekty energii obywatelskiej · { $plan }
projects-project-title = { $project } · Energia obywatelska
projects-module-title = { $module } · Biblioteka wiedzy
projects-heading = Projekty energii obywatelskiej
projects-skip-to-content = Przejdź do treści
projects-links = Strony energii obywatelskiej
projects-back-to-map = Wróć do mapy
projects-all-projects = Wszystkie projekty
projects-champions-link = Liderzy
projects-learn-link = Biblioteka wiedzy
projects-city-link = Energia obywatelska w liczbach
projects-loading = Wczytywanie…
projects-load-failed = Nie udało się tego wczytać. Sprawdź połączenie i spróbuj ponownie.
projects-offline = Wygląda na to, że nie masz połączenia. Sprawdź je i spróbuj ponownie.
projects-not-found = Nie ma tu takiej strony.
projects-sign-in = Zaloguj się
projects-sign-in-needed = Najpierw się zaloguj.
projects-team-only = Tylko zespół projektu może to zrobić.
projects-too-many = Zbyt wiele prób w krótkim czasie. Odczekaj kilka minut i spróbuj ponownie.
projects-check-form = Niektóre odpowiedzi wymagają poprawy: zobacz komunikaty przy polach.
projects-field-problem = Sprawdź:
projects-choose = Wybierz…

## The plan's projects
projects-intro = Panele słoneczne na szkole, wspólny magazyn energii, sąsiedzi kupujący razem pompy ciepła: projekty, które należą do mieszkańców i są przez nich prowadzone. Przy każdym widać, jak daleko zaszedł i jak możesz pomóc.
projects-start = Rozpocznij projekt
projects-sign-in-to-start = Zaloguj się, aby rozpocząć projekt
projects-map-label = Mapa miejsc projektów energii obywatelskiej, w kolorach etapów. Te same projekty są wymienione niżej według etapów.
projects-map-legend = Każda kropka to projekt, w kolorze jego etapu, jak na liście poniżej.
projects-none = Nie ma jeszcze projektów. Rozpocznij jeden albo zamień w projekt propozycję, która jest realizowana.
projects-technology-other = Inne
projects-kwp = { $kwp } kWp
projects-kwh = { $kwh } kWh
projects-kb = { $kb } KB

## Starting a project
projects-start-intro = Dla grupy, która chce zacząć coś bez propozycji przyłączenia do sieci, np. klubu termomodernizacji lub wspólnego zakupu pomp ciepła. Poprowadzisz jej zespół, a innych dodasz później.
projects-field-title = Nazwa projektu
projects-field-story = Co chcecie zrobić i dlaczego
projects-field-technology = Rodzaj projektu
projects-field-site = Gdzie
projects-field-site-hint = Wybierz dzielnicę; dokładne miejsce możesz opisać w historii projektu.
projects-choose-place = Wybierz, gdzie jest projekt.
projects-create = Utwórz projekt

## A project's page
projects-story = Historia
projects-no-story = Zespół nie napisał jeszcze historii projektu.
projects-follow = Obserwuj ten projekt
projects-follow-hint = Jego aktualności przyjdą do Ciebie e-mailem raz w miesiącu. Każda wiadomość ma link do rezygnacji.
projects-following = Obserwujesz ten projekt: aktualności będą przychodzić raz w miesiącu.
projects-sign-in-to-follow = Zaloguj się, aby obserwować ten projekt
projects-stage-heading = Etap
projects-stage-forming = Tworzenie grupy
projects-stage-feasibility = Sprawdzanie, czy to się uda
projects-stage-funding = Szukanie pieniędzy
projects-stage-building = Budowa
projects-stage-generating = Wytwarzanie energii
projects-stage-done = zrobione
projects-stage-now = teraz
projects-move-forward = Przejdź do etapu „{ $stage }”
projects-move-back = Wróć do etapu „{ $stage }”
projects-stage-moved = Projekt jest teraz na etapie „{ $stage }”.
projects-site = Miejsce
projects-site-map-label = Mapa miejsca projektu { $project }
projects-site-point = Kropka na mapie oznacza miejsce.
projects-site-outline = Obrys na mapie oznacza miejsce; kropka to jego środek.
projects-figures = Liczby
projects-no-figures = Nie ma jeszcze liczb.
projects-figure-kwp = Zainstalowana moc (kWp)
projects-figure-homes = Obsługiwane domy
projects-figure-buildings = Obsługiwane budynki
projects-figure-rooftop = Jest na dachu
projects-generation = Energia wytworzona w każdym miesiącu
projects-generation-chart = Energia wytworzona w każdym miesiącu, w kWh; te same liczby są w tabeli poniżej.
projects-month = Miesiąc
projects-generation-kwh = Wytworzona energia (kWh)
projects-get-involved = Włącz się
projects-no-roles = Teraz nie ma otwartych ról dla wolontariuszy.
projects-volunteers-count = { $count ->
    [0] Jeszcze nie ma wolontariuszy
    [one] Na razie jeden wolontariusz
    [few] Na razie { $count } wolontariuszy
    [many] Na razie { $count } wolontariuszy
   *[other] Na razie { $count } wolontariuszy
}
projects-your-email = Twój adres e-mail
projects-your-name = Twoje imię (nieobowiązkowe)
projects-sign-up = Zgłoś się do tej roli
projects-email-needed = Wpisz swój adres e-mail.
projects-check-inbox = Sprawdź skrzynkę: wysłaliśmy wiadomość na { $email }. Otwórz link, aby potwierdzić, że chcesz pomóc. Jeśli już pomagasz w tej roli, nowa wiadomość nie przyjdzie.
projects-updates = Aktualności
projects-no-updates = Nie ma jeszcze aktualności.
projects-milestones = Kamienie milowe
projects-milestone-done = osiągnięty { $date }
projects-milestone-due = planowany na { $month }
projects-documents = Dokumenty
projects-team = Zespół
projects-unnamed = Członek zespołu
projects-role-lead = prowadzi projekt
projects-role-member = członek zespołu
projects-checklist = Jak zacząć projekt, krok po kroku
projects-checklist-intro = Kroki, które robi większość nowych grup, a przy każdym krótkie poradniki z biblioteki wiedzy.
projects-step-form-group = Stwórz grupę
projects-step-find-site = Znajdź miejsce
projects-step-check-network = Sprawdź sieć
projects-step-legal-form = Wybierz formę prawną
projects-step-funding = Znajdź finansowanie
projects-step-done = zrobione
projects-step-not-yet = jeszcze nie
projects-step-ticked = Zaznaczono „{ $step }”.
projects-step-unticked = Odznaczono „{ $step }”.
projects-open-feasibility = Zobacz sprawdzenie sieci dla propozycji tego projektu
projects-open-network = Sprawdź sieć na mapie (Energia obywatelska, potem Zaproponuj)
projects-modules-for = Poradniki do kroku „{ $step }”
projects-module-completed = (ukończony)

## The team's tools
projects-team-tools = Dla zespołu
projects-post-update = Dodaj aktualność
projects-update-text = Co się wydarzyło
projects-update-photo = Zdjęcie (nieobowiązkowe)
projects-update-photo-hint = PNG, JPEG, GIF lub WebP, do rozmiaru dozwolonego przez stronę.
projects-update-caption = Co widać na zdjęciu
projects-update-caption-hint = Odczytywane osobom, które nie widzą zdjęcia, i pokazywane pod nim.
projects-post = Opublikuj aktualność
projects-text-needed = Napisz, co się wydarzyło.
projects-update-posted = Aktualność opublikowana.
projects-update-posted-no-photo = Aktualność jest opublikowana, ale bez zdjęcia: { $problem }
projects-add-role = Dodaj rolę dla wolontariuszy
projects-role-title = Rola
projects-role-title-hint = Na przykład: zbieranie chętnych na udziały, oględziny dachów.
projects-role-description = Na czym polega
projects-add-role-button = Dodaj rolę
projects-role-added = Dodano rolę „{ $role }”.
projects-edit-figures = Zmień liczby
projects-save-figures = Zapisz liczby
projects-figures-saved = Liczby zapisane.
projects-number-needed = Wpisz liczbę.
projects-volunteers = Wolontariusze
projects-export-volunteers = Pobierz listę wolontariuszy (CSV)
projects-find-champions-near = Znajdź liderów w pobliżu projektu
projects-add-milestone = Dodaj kamień milowy
projects-milestone-title = Kamień milowy
projects-milestone-title-hint = Na przykład: przegląd dachu zakończony, start oferty udziałów.
projects-milestone-title-needed = Wpisz kamień milowy.
projects-milestone-due-month = Planowany termin (opcjonalnie)
projects-month-hint = Rok i miesiąc, na przykład { $example }.
projects-milestone-done-on = Osiągnięty dnia (opcjonalnie)
projects-milestone-done-on-hint = Zostaw puste, jeśli kamień milowy jest jeszcze przed wami.
projects-add-milestone-button = Dodaj kamień milowy
projects-milestone-added = Dodano kamień milowy „{ $milestone }”.
projects-add-document = Dodaj dokument
projects-document-title = Tytuł dokumentu
projects-document-title-hint = Widoczny na stronie projektu, na przykład: Raport z przeglądu dachu.
projects-document-title-needed = Wpisz tytuł dokumentu.
projects-document-file = Plik
projects-document-file-hint = PDF, dokument biurowy (Word, Excel, PowerPoint, OpenDocument) lub zdjęcie, do rozmiaru dozwolonego przez stronę.
projects-document-file-needed = Wybierz plik.
projects-file-refused = Ten plik nie został dodany: { $problem }
projects-add-document-button = Dodaj dokument
projects-document-added = Dodano dokument „{ $document }”.
projects-enter-generation = Wpisz produkcję za miesiąc
projects-month-needed = Wybierz miesiąc.
projects-save-generation = Zapisz miesiąc
projects-generation-saved = Produkcja zapisana.
projects-import-generation = Zaimportuj odczyty licznika
projects-import-file = Plik CSV z licznika
projects-import-file-hint = Jeden wiersz na miesiąc: miesiąc, potem kWh, na przykład { $example }. Pierwszy wiersz „{ $header }” jest w porządku.
projects-import-file-needed = Wybierz plik CSV.
projects-import-button = Zaimportuj odczyty
projects-import-refused = Nic nie zostało zaimportowane. Popraw te wiersze w pliku i zaimportuj go ponownie:
projects-import-line = Wiersz { $line }: { $problem }
projects-import-fix = { $count ->
    [one] Jeden wiersz tego pliku wymaga poprawy (lista powyżej).
   *[other] Liczba wierszy tego pliku do poprawy: { $count } (lista powyżej).
}
projects-generation-imported = Odczyty zaimportowane.
projects-add-member = Dodaj osobę do zespołu
projects-member-email = Jej adres e-mail
projects-member-email-hint = Adres jej konta w Waymark: jeśli go nie ma, poproś, aby najpierw się zarejestrowała.
projects-member-email-needed = Wpisz jej adres e-mail.
projects-add-member-button = Dodaj do zespołu
projects-member-added = { $email } jest teraz w zespole.

## Turning a proposal into a project (the plan page)
projects-turn-into-project = Zamień w projekt
projects-turn-into-project-hint = Ta propozycja jest realizowana: daj jej stronę projektu na historię, aktualności i wolontariuszy.
projects-open-project = Otwórz stronę projektu

## Champions
projects-champions-heading = Liderzy energii obywatelskiej
projects-champions-intro = Liderzy to przeszkoleni mieszkańcy, którzy pomagają swoim ulicom, szkołom i osiedlom w sprawach energii: fotowoltaika, pompy ciepła, rachunki, zakładanie grupy.
projects-find-champions = Znajdź liderów w pobliżu miejsca
projects-find-hint = Dla zespołów projektów i moderatorów. Wybierz projekt lub dzielnicę.
projects-near = W pobliżu
projects-near-a-project = Projekt
projects-near-a-neighbourhood = Dzielnica
projects-find = Znajdź liderów
projects-champions-refused = Tylko zespoły projektów i moderatorzy mogą wyszukiwać liderów.
projects-champions-near = { $count ->
    [0] Brak liderów w pobliżu: { $place }
    [one] Jeden lider w pobliżu: { $place }
    [few] { $count } liderów w pobliżu: { $place }
    [many] { $count } liderów w pobliżu: { $place }
   *[other] { $count } liderów w pobliżu: { $place }
}
projects-no-champions = Spróbuj innego miejsca albo zapytaj w grupie dzielnicy.
projects-distance = { $km } km stąd
projects-covers = Obszar:
projects-helps-with = Może pomóc w: { $topics }
projects-training = Szkolenia:
projects-modules-done = { $count ->
    [one] Ukończył(a) jeden poradnik
   *[other] Ukończył(a) poradniki: { $count }
}
projects-write-to = Napisz do: { $name }
projects-become-champion = Zostań liderem
projects-champion-what = Lider to pierwsza osoba, którą sąsiedzi pytają o energię. Podajesz dzielnice, którymi się zajmujesz, i w czym możesz pomóc; zespoły projektów i moderatorzy mogą Cię wtedy znaleźć.
projects-champion-sign-in = Zaloguj się, aby zarejestrować się jako lider.
projects-champion-name = Imię widoczne dla innych
projects-champion-covers = Dzielnice, którymi się zajmujesz
projects-champion-covers-hint = Wybierz co najmniej jedną.
projects-choose-neighbourhood = Wybierz co najmniej jedną dzielnicę.
projects-champion-topics = W czym możesz pomóc
projects-champion-topics-hint = Wybierz wszystkie, które pasują.
projects-topic-solar = Panele słoneczne
projects-topic-heat-pumps = Pompy ciepła
projects-topic-insulation = Ocieplenie
projects-topic-bills = Rachunki za energię
projects-topic-funding = Szukanie finansowania
projects-topic-forming-a-group = Zakładanie grupy
projects-topic-digital = Korzystanie z internetu
projects-topic-talking-to-neighbours = Rozmowy z sąsiadami
projects-champion-training = Ukończone szkolenia (nieobowiązkowe)
projects-champion-training-hint = Na przykład: kurs energii obywatelskiej albo poradniki z biblioteki wiedzy.
projects-register = Zarejestruj się jako lider
projects-registered = Jesteś zarejestrowany(-a) jako lider. Dziękujemy!
projects-go-to-library = Przeczytaj bibliotekę wiedzy

## The learning library
projects-library-heading = Biblioteka wiedzy
projects-library-intro = Krótkie poradniki o energii obywatelskiej, napisane dla mieszkańców Milton Keynes. Każdy kończy się pytaniem, które sprawdza najważniejszą myśl.
projects-no-modules = Nie ma jeszcze poradników.
projects-module-step = Do kroku „{ $step }”
projects-back-to-library = Wróć do biblioteki wiedzy
projects-quiz = Sprawdź, co przeczytałeś(-aś)
projects-mark-done-heading = Przeczytane?
projects-check-answers = Sprawdź moje odpowiedzi
projects-mark-done = Oznacz jako przeczytane
projects-answer-needed = Wybierz odpowiedź.
projects-answer-wrong = Nie do końca: przeczytaj tę część jeszcze raz.
projects-quiz-wrong = Niektóre odpowiedzi nie są jeszcze dobre. Przeczytaj poradnik jeszcze raz i spróbuj ponownie.
projects-quiz-right = Wszystko dobrze! Poradnik jest oznaczony jako ukończony.
projects-module-completed-long = Ukończyłeś(-aś) ten poradnik.
projects-sign-in-to-complete = Zaloguj się, aby zapisać ukończenie tego poradnika.

## City-wide
projects-city-heading = Energia obywatelska: { $plan }
projects-city-intro = Wszystkie projekty energii obywatelskiej w planie, zsumowane. Przy każdym wykresie jest tabela z tymi samymi liczbami.
projects-kwp-generating = Moc, która już wytwarza energię
projects-kwp-pipeline = Moc w przygotowaniu (projekty, które jeszcze nie wytwarzają)
projects-volunteers-total = Wolontariusze
projects-by-stage = Projekty według etapu
projects-by-stage-table = Liczba projektów na każdym etapie
projects-projects-count = Projekty
projects-kwp-by-stage = Moc według etapu (kWp)
projects-kwp-by-stage-table = Moc projektów na każdym etapie
projects-champions-by-neighbourhood = Liderzy według dzielnicy
projects-champions-table = Liczba liderów w każdej dzielnicy
projects-neighbourhood = Dzielnica
projects-champions-count = Liderzy
projects-no-champions-yet = Żaden lider jeszcze się nie zarejestrował.
