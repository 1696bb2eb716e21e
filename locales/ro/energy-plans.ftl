## Cadrul paginilor

energy-plans-list-title = Planuri energetice de cartier: { $plan }
energy-plans-page-title = { $title } — plan energetic, { $plan }
energy-plans-list-heading = Planuri energetice de cartier
energy-plans-skip-to-content = Salt la conținut
energy-plans-back-to-map = Înapoi la hartă
energy-plans-back-to-list = Toate planurile energetice
energy-plans-list-intro = Un grup comunitar scrie ce își dorește cartierul său — pompe de căldură, mașini electrice încărcate acasă, panouri solare pe acoperișuri, baterii și proiecte comunitare — și vede, an de an, ce înseamnă asta pentru rețeaua electrică locală. Apoi răspund operatorul de rețea și consiliul local.
energy-plans-none = Încă nu există planuri energetice.
energy-plans-load-failed = Planurile energetice nu au putut fi încărcate. Verificați conexiunea și încercați din nou.
energy-plans-not-found = Nu există acest plan energetic sau nu a fost încă partajat.
energy-plans-loading = Se încarcă…
energy-plans-by-group = { $group } · { $places }
energy-plans-version-status = Versiunea { $number }: { $status }
energy-plans-status-draft = ciornă
energy-plans-status-shared = partajată, așteaptă răspunsuri
energy-plans-status-answered = cu răspunsuri

## Un plan nou

energy-plans-start-heading = Începeți un plan
energy-plans-sign-in-to-start = Autentificați-vă pentru a începe un plan pentru cartierul dumneavoastră.
energy-plans-sign-in = Autentificare
energy-plans-title-label = Numele planului
energy-plans-title-hint = De exemplu „Case calde în Fishermead”
energy-plans-group-label = Grupul dumneavoastră comunitar
energy-plans-neighbourhoods-legend = Cartierele acoperite
energy-plans-neighbourhoods-missing = Alegeți cel puțin un cartier.
energy-plans-start-submit = Începeți planul
energy-plans-starting = Se începe…

## Editorul

energy-plans-version-label = Versiunea
energy-plans-version-option = Versiunea { $number } ({ $status })
energy-plans-show-version = Afișați
energy-plans-draft-note = Aceasta este o ciornă: doar grupul dumneavoastră o vede. Salvați-o pe parcurs; partajați-o când este gata pentru operatorul de rețea și consiliul local.
energy-plans-shared-note = Această versiune este partajată: nu mai poate fi schimbată. Operatorul de rețea și consiliul local îi răspund.
energy-plans-answered-note = Această versiune are răspunsuri. Grupul dumneavoastră poate începe următoarea versiune pornind de la ele.
energy-plans-scenario-heading = Scenariul dumneavoastră
energy-plans-heat-pumps = Locuințe cu pompă de căldură (%)
energy-plans-ev-charging = Locuințe care încarcă o mașină electrică (%)
energy-plans-rooftop-solar = Locuințe cu panouri solare pe acoperiș (%)
energy-plans-target-year = Până în anul
energy-plans-dfes-label = Viitorul rețelei cu care se compară
energy-plans-dfes-hint = Previziunile operatorului de rețea privind capacitatea disponibilă în anii următori (scenarii DFES). „Capacitatea de azi” presupune că nimic nu se schimbă.
energy-plans-dfes-none = Capacitatea de azi
energy-plans-batteries-heading = Baterii comunitare
energy-plans-projects-heading = Proiecte
energy-plans-none-yet = Încă niciunul.
energy-plans-item-name = Nume
energy-plans-item-place = Unde
energy-plans-item-power = Putere (kW)
energy-plans-item-import = Preia din rețea (kW)
energy-plans-item-export = Trimite în rețea (kW)
energy-plans-item-year = Din anul
energy-plans-add-battery = Adăugați o baterie
energy-plans-add-project = Adăugați un proiect
energy-plans-remove-item = Eliminați „{ $name }”
energy-plans-remove-unnamed = Eliminați-l pe acesta
energy-plans-battery-fieldset = Bateria { $n }
energy-plans-project-fieldset = Proiectul { $n }
energy-plans-place-proposal = Propunere: { $title }
energy-plans-note-label = Ce schimbă această versiune (opțional)
energy-plans-save = Salvați ciorna
energy-plans-saving = Se salvează…
energy-plans-saved = Ciornă salvată.
energy-plans-share = Partajați
energy-plans-share-confirm-heading = Partajați această versiune?
energy-plans-share-confirm = Odată partajată, versiunea { $number } este înghețată: nimeni nu o mai poate schimba. Operatorul de rețea și consiliul local îi pot răspunde apoi. Modificările nesalvate se salvează întâi.
energy-plans-share-yes = Partajați-o
energy-plans-cancel = Renunțați
energy-plans-shared-done = Versiunea { $number } este partajată.
energy-plans-next-version = Începeți versiunea { $number }
energy-plans-next-started = Versiunea { $number } a fost începută ca ciornă, pornind de la răspunsurile la versiunea { $previous }.
energy-plans-conflict = Această versiune este deja partajată și nu mai poate fi schimbată. Reîncărcați pagina pentru a o vedea.
energy-plans-updating = Se calculează impactul…
energy-plans-preview-failed = Impactul nu a putut fi calculat. Verificați scenariul și conexiunea.
energy-plans-busy = Serverul este ocupat: impactul se actualizează imediat.
energy-plans-print = Tipărire / PDF
energy-plans-projector = Vizualizare pentru proiector
energy-plans-leave-projector = Închideți vizualizarea pentru proiector
energy-plans-download-geojson = Descărcați cifrele (GeoJSON)
energy-plans-download-csv = Descărcați cifrele (CSV)

## Impactul

energy-plans-impact-heading = Ce înseamnă pentru rețea
energy-plans-impact-intro = Fiecare stație primară care deservește zona, an de an până în { $year }: ce adaugă scenariul la consumul de vârf de seară și la producția trimisă în rețea, față de capacitatea disponibilă a rețelei.
energy-plans-impact-missing = Impactul nu poate fi încă calculat: administratorul planului mai trebuie să stabilească { $fields }.
energy-plans-without-homes = Nu există un număr de locuințe pentru { $names }: impactul nu numără nicio locuință acolo.
energy-plans-map-label = Hartă: zonele de alimentare ale stațiilor care deservesc { $title }, fiecare colorată și etichetată după cum scenariul încape sau nu
energy-plans-map-legend = Încape scenariul?
energy-plans-rag-green = Încape
energy-plans-rag-amber = Necesită lucru
energy-plans-rag-red = Nu încape
energy-plans-rag-none = Fără răspuns
energy-plans-area-label = { $name }: { $rag }
energy-plans-summary-caption = Fiecare stație în { $year }, anul țintă
energy-plans-col-substation = Stația
energy-plans-col-homes = Locuințe
energy-plans-col-fit = Încape?
energy-plans-col-year = Anul
energy-plans-col-demand = Consum adăugat (MVA)
energy-plans-col-generation = Producție adăugată (MW)
energy-plans-col-demand-headroom = Capacitate pentru consum (MVA)
energy-plans-col-generation-headroom = Capacitate pentru producție (MW)
energy-plans-col-demand-left = Capacitate de consum rămasă (MVA)
energy-plans-col-generation-left = Capacitate de producție rămasă (MW)
energy-plans-col-demand-band = Capacitate pentru consum
energy-plans-col-generation-band = Capacitate pentru producție
energy-plans-band-none = deloc
energy-plans-band-under-one = sub 1 { $unit }
energy-plans-band-one-to-five = între 1 și 5 { $unit }
energy-plans-band-over-five = peste 5 { $unit }
energy-plans-year-caption = { $name }, an de an
energy-plans-worst = Cel mai rău an: { $rag }
energy-plans-chart-label = Graficul pentru { $name }: consumul și producția adăugate, pe ani. Cifrele sunt în tabelul de sub el.
energy-plans-series-demand = Consum adăugat
energy-plans-series-generation = Producție adăugată
energy-plans-series-demand-headroom = Capacitate pentru consum
energy-plans-series-generation-headroom = Capacitate pentru producție
energy-plans-chart-unit = MVA / MW
energy-plans-assumptions-heading = Ipotezele folosite, fiecare cu sursa sa
energy-plans-assumption-heat-pump-peak-kw = O pompă de căldură la vârful de seară: { $value } kW
energy-plans-assumption-ev-charger-peak-kw = O mașină electrică la încărcat la vârful de seară: { $value } kW
energy-plans-assumption-rooftop-solar-kwp = Panouri solare pe un acoperiș: { $value } kW de vârf
energy-plans-assumption-power-factor = Factor de putere: { $value }
energy-plans-assumption-missing = încă nestabilit
energy-plans-source = Sursa: { $source }

## Prioritățile și propunerile

energy-plans-priorities-heading = Ce a cerut comunitatea
energy-plans-priorities-intro = Pinurile și conversațiile din zonă la care răspunde acest plan, cele mai susținute primele.
energy-plans-no-priorities = Încă nu au fost alese priorități.
energy-plans-choose-priorities = Alegeți dintre pinurile și conversațiile din zonă
energy-plans-no-voices = Încă nu s-a fixat nimic pe hartă în această zonă.
energy-plans-voice-counts = { $supports ->
    [one] 1 susținere
    [few] { $supports } susțineri
   *[other] { $supports } de susțineri
} · { $replies ->
    [one] 1 răspuns
    [few] { $replies } răspunsuri
   *[other] { $replies } de răspunsuri
}
energy-plans-conversation = auzit într-o conversație
energy-plans-proposals-heading = Propuneri comunitare de energie în zonă
energy-plans-no-proposals = Nu există propuneri în zonă.
energy-plans-proposal-line = { $group } · preia { $import } kW, trimite { $export } kW · { $status }

## Răspunsurile

energy-plans-answers-heading = Răspunsurile
energy-plans-network-answers-heading = Operatorul de rețea, pentru fiecare stație
energy-plans-laep-heading = Consiliul local, pentru Planul său local de energie (LAEP)
energy-plans-no-answer = Încă niciun răspuns.
energy-plans-verdict-fits = Încape
energy-plans-verdict-fits-flexible = Încape cu o conexiune flexibilă
energy-plans-verdict-needs-reinforcement = Necesită consolidarea rețelei
energy-plans-verdict-does-not-fit = Nu încape
energy-plans-cost-under-100k = sub 100.000 £
energy-plans-cost-100k-to-1m = între 100.000 £ și 1 milion £
energy-plans-cost-1m-to-5m = între 1 milion £ și 5 milioane £
energy-plans-cost-over-5m = peste 5 milioane £
energy-plans-laep-aligned = În acord cu Planul local de energie
energy-plans-laep-partly = Parțial în acord cu Planul local de energie
energy-plans-laep-conflicts = În conflict cu Planul local de energie
energy-plans-answer-cost = Costul consolidării: { $band }
energy-plans-answer-earliest = Cel mai devreme în: { $year }
energy-plans-answered-on = Răspuns la { $date }
energy-plans-verdict-label = Răspuns
energy-plans-choose = Alegeți…
energy-plans-cost-label = Costul consolidării
energy-plans-earliest-label = Cel mai devreme an în care s-ar putea face
energy-plans-answer-note-label = Notă pentru grup
energy-plans-answer-submit = Trimiteți răspunsul
energy-plans-answer-sending = Se trimite…
energy-plans-answer-saved = Răspuns salvat pentru { $name }.
energy-plans-laep-saved = Răspunsul consiliului local a fost salvat.
energy-plans-answer-for = Răspunsul dumneavoastră pentru { $name }
energy-plans-laep-form = Răspunsul consiliului local

## Compararea versiunilor

energy-plans-compare = Comparați cu versiunea { $number }
energy-plans-compare-heading = Versiunea { $from } și versiunea { $to }
energy-plans-compare-close = Închideți comparația
energy-plans-changes-heading = Ce s-a schimbat
energy-plans-no-changes = Scenariul nu s-a schimbat.
energy-plans-change-caption = Modificări ale scenariului
energy-plans-col-what = Ce
energy-plans-col-before = Versiunea { $number }
energy-plans-removed = (eliminat)
energy-plans-added = (adăugat)
energy-plans-compare-caption = Fiecare stație în anul țintă
energy-plans-field-target-year = Anul țintă
energy-plans-field-heat-pumps-pct = Pompe de căldură (%)
energy-plans-field-ev-charging-pct = Încărcarea mașinilor electrice (%)
energy-plans-field-rooftop-solar-pct = Panouri solare pe acoperișuri (%)
energy-plans-field-battery = Bateria „{ $name }”
energy-plans-field-project = Proiectul „{ $name }”
energy-plans-field-item = { $item }: { $field }
energy-plans-battery-row = { $place } · { $power } kW · din { $year }
energy-plans-project-row = { $place } · preia { $import } kW, trimite { $export } kW · din { $year }

## Tipărire

energy-plans-print-heading = Plan energetic: { $title }
energy-plans-print-meta = { $group } · versiunea { $number } ({ $status }) · tipărit la { $date }
energy-plans-print-now = Tipăriți sau salvați ca PDF
energy-plans-print-back = Înapoi la plan
energy-plans-scenario-caption = Scenariul
energy-plans-col-value = Valoare
energy-plans-map-image = Harta zonelor de alimentare, fiecare etichetată după cum scenariul încape sau nu
