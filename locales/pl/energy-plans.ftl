## Ramy stron

energy-plans-list-title = Sąsiedzkie plany energetyczne: { $plan }
energy-plans-page-title = { $title } — plan energetyczny, { $plan }
energy-plans-list-heading = Sąsiedzkie plany energetyczne
energy-plans-skip-to-content = Przejdź do treści
energy-plans-back-to-map = Wróć do mapy
energy-plans-back-to-list = Wszystkie plany energetyczne
energy-plans-list-intro = Grupa mieszkańców zapisuje, na co liczy jej okolica — pompy ciepła, samochody elektryczne ładowane w domu, panele słoneczne na dachach, baterie i projekty społeczne — i widzi, rok po roku, co to oznacza dla lokalnej sieci elektroenergetycznej. Potem odpowiadają operator sieci i samorząd.
energy-plans-none = Nie ma jeszcze planów energetycznych.
energy-plans-load-failed = Nie udało się wczytać planów energetycznych. Sprawdź połączenie i spróbuj ponownie.
energy-plans-not-found = Nie ma takiego planu energetycznego albo nie został jeszcze udostępniony.
energy-plans-loading = Wczytywanie…
energy-plans-by-group = { $group } · { $places }
energy-plans-version-status = Wersja { $number }: { $status }
energy-plans-status-draft = szkic
energy-plans-status-shared = udostępniona, czeka na odpowiedzi
energy-plans-status-answered = z odpowiedziami

## Nowy plan

energy-plans-start-heading = Rozpocznij plan
energy-plans-sign-in-to-start = Zaloguj się, aby rozpocząć plan dla swojej okolicy.
energy-plans-sign-in = Zaloguj się
energy-plans-title-label = Nazwa planu
energy-plans-title-hint = Na przykład „Ciepłe domy na Fishermead”
energy-plans-group-label = Twoja grupa mieszkańców
energy-plans-neighbourhoods-legend = Okolice, których dotyczy
energy-plans-neighbourhoods-missing = Wybierz co najmniej jedną okolicę.
energy-plans-start-submit = Rozpocznij plan
energy-plans-starting = Rozpoczynanie…

## Kreator

energy-plans-version-label = Wersja
energy-plans-version-option = Wersja { $number } ({ $status })
energy-plans-show-version = Pokaż
energy-plans-draft-note = To jest szkic: widzi go tylko Twoja grupa. Zapisuj go na bieżąco; udostępnij, gdy będzie gotowy dla operatora sieci i samorządu.
energy-plans-shared-note = Ta wersja jest udostępniona: nie można jej już zmienić. Odpowiadają na nią operator sieci i samorząd.
energy-plans-answered-note = Ta wersja ma odpowiedzi. Twoja grupa może rozpocząć następną wersję na ich podstawie.
energy-plans-scenario-heading = Twój scenariusz
energy-plans-heat-pumps = Domy z pompą ciepła (%)
energy-plans-ev-charging = Domy ładujące samochód elektryczny (%)
energy-plans-rooftop-solar = Domy z panelami słonecznymi na dachu (%)
energy-plans-target-year = Do roku
energy-plans-dfes-label = Przyszłość sieci do porównania
energy-plans-dfes-hint = Prognozy operatora sieci dotyczące zapasu mocy w nadchodzących latach (scenariusze DFES). „Dzisiejszy zapas mocy” zakłada, że nic się nie zmienia.
energy-plans-dfes-none = Dzisiejszy zapas mocy
energy-plans-batteries-heading = Baterie społeczne
energy-plans-projects-heading = Projekty
energy-plans-none-yet = Jeszcze brak.
energy-plans-item-name = Nazwa
energy-plans-item-place = Gdzie
energy-plans-item-power = Moc (kW)
energy-plans-item-import = Pobiera z sieci (kW)
energy-plans-item-export = Oddaje do sieci (kW)
energy-plans-item-year = Od roku
energy-plans-add-battery = Dodaj baterię
energy-plans-add-project = Dodaj projekt
energy-plans-remove-item = Usuń „{ $name }”
energy-plans-remove-unnamed = Usuń tę pozycję
energy-plans-battery-fieldset = Bateria { $n }
energy-plans-project-fieldset = Projekt { $n }
energy-plans-place-proposal = Propozycja: { $title }
energy-plans-note-label = Co zmienia ta wersja (opcjonalnie)
energy-plans-save = Zapisz szkic
energy-plans-saving = Zapisywanie…
energy-plans-saved = Szkic zapisany.
energy-plans-share = Udostępnij
energy-plans-share-confirm-heading = Udostępnić tę wersję?
energy-plans-share-confirm = Po udostępnieniu wersja { $number } zostaje zamrożona: nikt nie może jej zmienić. Operator sieci i samorząd mogą wtedy na nią odpowiedzieć. Niezapisane zmiany zostaną najpierw zapisane.
energy-plans-share-yes = Udostępnij
energy-plans-cancel = Anuluj
energy-plans-shared-done = Wersja { $number } jest udostępniona.
energy-plans-next-version = Rozpocznij wersję { $number }
energy-plans-next-started = Wersja { $number } została rozpoczęta jako szkic na podstawie odpowiedzi na wersję { $previous }.
energy-plans-conflict = Ta wersja jest już udostępniona i nie można jej zmienić. Odśwież stronę, aby ją zobaczyć.
energy-plans-updating = Obliczanie wpływu…
energy-plans-preview-failed = Nie udało się obliczyć wpływu. Sprawdź scenariusz i połączenie.
energy-plans-busy = Serwer jest zajęty: wpływ zaktualizuje się za chwilę.
energy-plans-print = Drukuj / PDF
energy-plans-projector = Widok dla projektora
energy-plans-leave-projector = Zamknij widok dla projektora
energy-plans-download-geojson = Pobierz dane (GeoJSON)
energy-plans-download-csv = Pobierz dane (CSV)

## Wpływ

energy-plans-impact-heading = Co to oznacza dla sieci
energy-plans-impact-intro = Każda stacja główna zasilająca ten obszar, rok po roku do { $year }: ile scenariusz dodaje do wieczornego szczytu zapotrzebowania i do energii oddawanej do sieci, w porównaniu z zapasem mocy sieci.
energy-plans-impact-missing = Wpływu nie da się jeszcze obliczyć: administrator planu musi jeszcze ustawić { $fields }.
energy-plans-without-homes = Brak liczby domów dla { $names }: wpływ nie uwzględnia tam żadnych domów.
energy-plans-map-label = Mapa: obszary zasilania stacji obsługujących { $title }, każdy oznaczony kolorem i opisem, czy scenariusz się mieści
energy-plans-map-legend = Czy scenariusz się mieści?
energy-plans-rag-green = Mieści się
energy-plans-rag-amber = Wymaga pracy
energy-plans-rag-red = Nie mieści się
energy-plans-rag-none = Bez odpowiedzi
energy-plans-area-label = { $name }: { $rag }
energy-plans-summary-caption = Każda stacja w roku { $year }, roku docelowym
energy-plans-col-substation = Stacja
energy-plans-col-homes = Domy
energy-plans-col-fit = Mieści się?
energy-plans-col-year = Rok
energy-plans-col-demand = Dodatkowe zapotrzebowanie (MVA)
energy-plans-col-generation = Dodatkowa generacja (MW)
energy-plans-col-demand-headroom = Zapas mocy dla poboru (MVA)
energy-plans-col-generation-headroom = Zapas mocy dla generacji (MW)
energy-plans-col-demand-left = Pozostały zapas poboru (MVA)
energy-plans-col-generation-left = Pozostały zapas generacji (MW)
energy-plans-col-demand-band = Zapas mocy dla poboru
energy-plans-col-generation-band = Zapas mocy dla generacji
energy-plans-band-none = brak
energy-plans-band-under-one = poniżej 1 { $unit }
energy-plans-band-one-to-five = od 1 do 5 { $unit }
energy-plans-band-over-five = ponad 5 { $unit }
energy-plans-year-caption = { $name }, rok po roku
energy-plans-worst = Najgorszy rok: { $rag }
energy-plans-chart-label = Wykres dla { $name }: dodatkowe zapotrzebowanie i dodatkowa generacja w kolejnych latach. Liczby są w tabeli pod wykresem.
energy-plans-series-demand = Dodatkowe zapotrzebowanie
energy-plans-series-generation = Dodatkowa generacja
energy-plans-series-demand-headroom = Zapas mocy dla poboru
energy-plans-series-generation-headroom = Zapas mocy dla generacji
energy-plans-chart-unit = MVA / MW
energy-plans-assumptions-heading = Przyjęte założenia, każde ze źródłem
energy-plans-assumption-heat-pump-peak-kw = Pompa ciepła w wieczornym szczycie: { $value } kW
energy-plans-assumption-ev-charger-peak-kw = Ładowanie samochodu elektrycznego w wieczornym szczycie: { $value } kW
energy-plans-assumption-rooftop-solar-kwp = Panele słoneczne na dachu: { $value } kW mocy szczytowej
energy-plans-assumption-power-factor = Współczynnik mocy: { $value }
energy-plans-assumption-missing = jeszcze nieustawiony
energy-plans-source = Źródło: { $source }

## Priorytety i propozycje

energy-plans-priorities-heading = O co prosili mieszkańcy
energy-plans-priorities-intro = Pinezki i rozmowy z tego obszaru, na które odpowiada ten plan, od najczęściej popieranych.
energy-plans-no-priorities = Nie wybrano jeszcze priorytetów.
energy-plans-choose-priorities = Wybierz spośród pinezek i rozmów z tego obszaru
energy-plans-no-voices = Na tym obszarze nic jeszcze nie przypięto.
energy-plans-voice-counts = { $supports ->
    [one] 1 poparcie
    [few] { $supports } poparcia
   *[other] { $supports } poparć
} · { $replies ->
    [one] 1 odpowiedź
    [few] { $replies } odpowiedzi
   *[other] { $replies } odpowiedzi
}
energy-plans-conversation = usłyszane w rozmowie
energy-plans-proposals-heading = Propozycje energetyczne mieszkańców na tym obszarze
energy-plans-no-proposals = Brak propozycji na tym obszarze.
energy-plans-proposal-line = { $group } · pobiera { $import } kW, oddaje { $export } kW · { $status }

## Odpowiedzi

energy-plans-answers-heading = Odpowiedzi
energy-plans-network-answers-heading = Operator sieci, dla każdej stacji
energy-plans-laep-heading = Samorząd, w ramach lokalnego planu energetycznego (LAEP)
energy-plans-no-answer = Jeszcze bez odpowiedzi.
energy-plans-verdict-fits = Mieści się
energy-plans-verdict-fits-flexible = Mieści się przy elastycznym przyłączeniu
energy-plans-verdict-needs-reinforcement = Wymaga wzmocnienia sieci
energy-plans-verdict-does-not-fit = Nie mieści się
energy-plans-cost-under-100k = poniżej 100 000 £
energy-plans-cost-100k-to-1m = od 100 000 £ do 1 mln £
energy-plans-cost-1m-to-5m = od 1 mln £ do 5 mln £
energy-plans-cost-over-5m = ponad 5 mln £
energy-plans-laep-aligned = Zgodny z lokalnym planem energetycznym
energy-plans-laep-partly = Częściowo zgodny z lokalnym planem energetycznym
energy-plans-laep-conflicts = Sprzeczny z lokalnym planem energetycznym
energy-plans-answer-cost = Koszt wzmocnienia: { $band }
energy-plans-answer-earliest = Najwcześniej w roku: { $year }
energy-plans-answered-on = Odpowiedź z { $date }
energy-plans-verdict-label = Odpowiedź
energy-plans-choose = Wybierz…
energy-plans-cost-label = Koszt wzmocnienia
energy-plans-earliest-label = Najwcześniejszy rok, w którym da się to zrobić
energy-plans-answer-note-label = Uwaga dla grupy
energy-plans-answer-submit = Wyślij odpowiedź
energy-plans-answer-sending = Wysyłanie…
energy-plans-answer-saved = Zapisano odpowiedź dla { $name }.
energy-plans-laep-saved = Odpowiedź samorządu została zapisana.
energy-plans-answer-for = Twoja odpowiedź dla { $name }
energy-plans-laep-form = Odpowiedź samorządu

## Porównanie wersji

energy-plans-compare = Porównaj z wersją { $number }
energy-plans-compare-heading = Wersja { $from } i wersja { $to }
energy-plans-compare-close = Zamknij porównanie
energy-plans-changes-heading = Co się zmieniło
energy-plans-no-changes = Scenariusz się nie zmienił.
energy-plans-change-caption = Zmiany w scenariuszu
energy-plans-col-what = Co
energy-plans-col-before = Wersja { $number }
energy-plans-removed = (usunięto)
energy-plans-added = (dodano)
energy-plans-compare-caption = Każda stacja w roku docelowym
energy-plans-field-target-year = Rok docelowy
energy-plans-field-heat-pumps-pct = Pompy ciepła (%)
energy-plans-field-ev-charging-pct = Ładowanie samochodów elektrycznych (%)
energy-plans-field-rooftop-solar-pct = Panele słoneczne na dachach (%)
energy-plans-field-battery = Bateria „{ $name }”
energy-plans-field-project = Projekt „{ $name }”
energy-plans-field-item = { $item }: { $field }
energy-plans-battery-row = { $place } · { $power } kW · od { $year }
energy-plans-project-row = { $place } · pobiera { $import } kW, oddaje { $export } kW · od { $year }

## Wydruk

energy-plans-print-heading = Plan energetyczny: { $title }
energy-plans-print-meta = { $group } · wersja { $number } ({ $status }) · wydrukowano { $date }
energy-plans-print-now = Drukuj lub zapisz jako PDF
energy-plans-print-back = Wróć do planu
energy-plans-scenario-caption = Scenariusz
energy-plans-col-value = Wartość
energy-plans-map-image = Mapa obszarów zasilania, każdy z opisem, czy scenariusz się mieści
