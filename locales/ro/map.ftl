# The plan page: header, map, list, a contribution, the add form, following by e-mail,
# community energy and the account links. Draft translation, awaiting review by a native speaker.

-map-brand = Waymark

## The plan page

map-page-title = { $plan } — { -map-brand }
map-contribution-title = { $title } — { $plan } — { -map-brand }
map-skip-to-list = Salt la listă
map-loading = Se încarcă…
map-no-script = Waymark are nevoie de JavaScript pentru a afișa harta și lista.
map-plan-not-found = Nu am găsit acest plan. Verificați linkul sau deschideți harta principală.
map-open-main-map = Deschideți harta principală
map-load-failed = Ceva nu a mers bine la încărcare. Verificați conexiunea și încercați din nou.
map-try-again = Încercați din nou
map-map-failed = Harta nu poate fi afișată pe acest dispozitiv. Puteți totuși să răsfoiți, să susțineți, să răspundeți și să adăugați ideea dvs. folosind lista.
map-hidden-now = Un moderator tocmai a ascuns această contribuție. Sunteți din nou la listă.
map-add-button = Adăugați ideea dvs.
map-menu-button = Meniu
map-views-label = Arată
map-view-map = Hartă
map-view-list = Listă
map-map-label = Harta { $plan }. Deplasați-vă cu tastele săgeți, măriți cu plus și micșorați cu minus. Lista arată ce se vede.
map-map-region = Hartă
map-legend-title = Legendă
map-legend-bubble = Mai multe pinuri: măriți sau alegeți-l pentru a le vedea
map-map-locale-map-title = Hartă
map-map-locale-navigation-control-zoom-in = Mărire
map-map-locale-navigation-control-zoom-out = Micșorare
map-map-locale-navigation-control-reset-bearing = Orientați harta spre nord
map-map-locale-attribution-control-toggle-attribution = Arată sau ascunde sursele hărții
map-map-locale-scale-control-meters = m
map-map-locale-scale-control-kilometers = km
map-map-locale-marker-title = Pin
map-map-locale-geolocate-control-find-my-location = Arată unde sunt
map-map-locale-geolocate-control-location-not-available = Locația dvs. nu este disponibilă
map-kind-idea = Idee
map-kind-issue = Problemă
map-kind-interest = Interes
map-kind-story = Poveste pozitivă
map-kind-plural-idea = Idei
map-kind-plural-issue = Probleme
map-kind-plural-interest = Interese
map-kind-plural-story = Povești pozitive
map-kind-hint-idea = Ceva ce ar putea face zona dvs. mai bună
map-kind-hint-issue = O problemă care trebuie rezolvată
map-kind-hint-interest = Ceva la care țineți sau la care v-ar plăcea să participați
map-kind-hint-story = Ceva bun care se întâmplă deja
map-theme-energy = Energie
map-theme-transport = Transport
map-theme-housing = Locuințe
map-theme-green-space = Parcuri și spații verzi
map-theme-safety = Siguranță
map-theme-community = Comunitate
map-theme-health = Sănătate și bunăstare
map-theme-other = Altceva
map-browse-heading = Ce au spus oamenii
map-browse-intro = Tot ce a fost fixat în partea de hartă pe care o vedeți. Mutați harta pentru a vedea alte locuri.
map-filters-toggle = Filtre
map-filters-active = { $count ->
    [one] { $count } filtru activ
    [few] { $count } filtre active
   *[other] { $count } de filtre active
}
map-search-label = Căutare
map-search-hint = Cuvinte din titlu sau text, de exemplu „solar” sau „autobuz”
map-search-button = Căutați
map-kind-legend = Tip
map-theme-legend = Temă
map-neighbourhood-label = Cartier
map-any-neighbourhood = Toate cartierele
map-clear-filters = Ștergeți toate filtrele
map-browse-intro-no-map = Tot ce a fost fixat în zona planului, cele mai noi primele.
map-results-none = Încă nimic aici.
map-results-newest-view = Se afișează cele mai noi { $count } din această parte a hărții.
map-results-newest-area = Se afișează cele mai noi { $count } din zona planului.
map-results-count-view = { $count ->
    [one] { $count } contribuție în această parte a hărții.
    [few] { $count } contribuții în această parte a hărții.
   *[other] { $count } de contribuții în această parte a hărții.
}
map-results-count-area = { $count ->
    [one] { $count } contribuție în zona planului.
    [few] { $count } contribuții în zona planului.
   *[other] { $count } de contribuții în zona planului.
}
map-results-filtered = Filtrele sunt active.
map-no-results = Nimic nu se potrivește aici. Mutați sau micșorați harta, ori schimbați filtrele.
map-no-results-empty = Nimic nu a fost fixat încă în această parte a hărții. Fiți primul: adăugați ideea dvs.
map-show-more = Arată mai multe
map-list-loading = Se încarcă lista…
map-list-failed = Lista nu a putut fi încărcată.
map-search-found-none = Nicio contribuție nu se potrivește căutării.
map-search-found = { $count ->
    [one] { $count } contribuție se potrivește. Harta arată unde este.
    [few] { $count } contribuții se potrivesc. Harta arată unde sunt.
   *[other] { $count } de contribuții se potrivesc. Harta arată unde sunt.
}
map-search-found-more = Peste { $count } de contribuții se potrivesc. Harta arată unde sunt.
map-map-matches-capped = Harta arată cele mai noi { $count } rezultate.
map-supports-count = { $count ->
    [one] { $count } susținere
    [few] { $count } susțineri
   *[other] { $count } de susțineri
}
map-replies-count = { $count ->
    [one] { $count } răspuns
    [few] { $count } răspunsuri
   *[other] { $count } de răspunsuri
}
map-in-neighbourhood = în { $name }
# A contribution written in another language than the page's; $language is its name in the page's language.
map-written-in = Scrisă în { $language }
map-back-to-list = Înapoi la listă
map-show-on-map = Arată pe hartă
map-by = De { $name }
map-anonymous = Un locuitor
map-posted = Adăugată { $date }
map-precision-note-exact = Fixată exact în locul respectiv.
map-precision-note-street = Fixată pe cea mai apropiată stradă (circa 100 de metri).
map-precision-note-neighbourhood = Fixată în mijlocul cartierului.
map-pending-note = Așteaptă verificarea unui moderator. Deocamdată doar dvs. o puteți vedea.
map-support = Susțin
map-supported = Susținută
map-support-hint = Susțineți dacă sunteți de acord. Alegeți din nou pentru a vă retrage susținerea.
map-help-ask = Aș vrea ajutor cu asta
map-help-hint = Campionii energiei comunitare sunt voluntari locali care își ajută vecinii cu idei despre energie. Cererea le trimite un e-mail despre acest pin.
map-help-asking = Îi întrebăm pe campioni…
map-help-told = { $count ->
    [one] Campionul energiei pentru { $neighbourhood } a fost anunțat. Vă poate răspunde aici.
   *[other] Cei { $count } campioni ai energiei pentru { $neighbourhood } au fost anunțați. Unul dintre ei vă poate răspunde aici.
}
map-help-none = Încă nu există campioni ai energiei pentru { $neighbourhood }, deci nu a putut fi anunțat nimeni. Puteți totuși răspunde la acest pin.
map-help-asked-before = Ați cerut deja: campionii au fost anunțați atunci.
map-help-failed = Cererea nu a putut fi trimisă. Încercați din nou.
map-support-count = { $count ->
    [one] { $count } persoană susține
    [few] { $count } persoane susțin
   *[other] { $count } de persoane susțin
}
map-support-added = Mulțumim. Susținerea dvs. a fost numărată.
map-support-removed = Susținerea dvs. a fost retrasă.
map-support-failed = Susținerea dvs. nu a putut fi salvată. Încercați din nou.
map-feature-quote = Citați în raportul lunar
map-feature-hint = Pentru mobilizatori: raportul lunar de dialog citează elementele alese aici. Poate fi ales doar un element publicat al cărui autor a fost de acord să fie citat.
map-feature-added = Acesta va fi citat în raportul lunar.
map-feature-removed = Acesta nu va mai fi citat în raportul lunar.
map-feature-refused = Acesta nu poate fi citat: nu este publicat sau autorul lui nu a fost de acord să fie citat.
map-feature-failed = Alegerea dumneavoastră nu a putut fi salvată. Încercați din nou.
map-replies-heading-count = Răspunsuri ({ $count })
map-no-replies = Încă niciun răspuns.
map-reply-heading = Răspundeți
map-reply-label = Răspunsul dvs.
map-reply-name-label = Numele dvs. (opțional)
map-reply-name-hint = Apare lângă răspuns. Lăsați gol pentru a răspunde fără nume.
map-reply-submit = Trimiteți răspunsul
map-reply-sending = Se trimite…
map-reply-sent = Răspunsul dvs. a fost adăugat.
map-reply-failed = Răspunsul dvs. nu a putut fi trimis. Încercați din nou.
map-not-found = Această contribuție nu a fost găsită. Poate a fost eliminată.
map-add-heading = Adăugați ideea dvs.
map-add-intro = Spuneți-le vecinilor și celor care planifică zona dvs. ce credeți. Durează cam două minute. Nu aveți nevoie de cont.
map-cancel = Anulați
map-step-where = Pasul 1 din 2: unde este?
map-step-what = Pasul 2 din 2: spuneți-ne despre ce e vorba
map-place-by-map = Atingeți sau faceți clic pe hartă acolo unde este. Puteți trage pinul pentru a-l muta.
map-place-by-keyboard = Cu tastatura: mutați harta cu săgețile până când crucea este pe loc, apoi apăsați Enter.
map-place-on-map-button = Folosiți tastatura pe hartă
map-place-without-map = Sau alegeți un loc fără hartă
map-place-neighbourhood-label = Cartier
map-place-choose = Alegeți un cartier
map-place-search-label = Sau scrieți un loc
map-place-search-hint = Numele unui cartier, de exemplu Fishermead
map-place-search-button = Găsiți
map-place-no-match = Niciun cartier numit „{ $text }”. Încercați alt nume sau alegeți unul din listă.
map-place-found = Pin plasat în mijlocul { $name }.
map-place-empty = Scrieți mai întâi numele unui loc.
map-place-set = Pin plasat. Îl puteți trage sau muta cu tastele săgeți.
map-place-moved = Pin mutat.
# The place of the pin being added, near the neighbourhood whose middle is closest.
map-place-chosen-near = Pinul dvs.: lângă { $name }
map-place-chosen-unknown = Pinul dvs.: pe hartă
map-place-needed = Puneți mai întâi un pin pe hartă sau alegeți un loc.
map-change-place = Schimbați locul
map-continue = Continuați
map-pin-label = Pinul dvs. Folosiți tastele săgeți pentru a-l muta.
map-crosshair-label = Crucea arată unde va fi pinul
map-keyboard-placing = Mutați harta cu tastele săgeți. Apăsați Enter pentru a pune pinul la cruce sau Escape pentru a vă opri.
map-kind-question = Ce este?
map-themes-question = Despre ce este vorba?
map-themes-hint = Alegeți una, două sau trei.
map-title-label = Titlu
map-title-hint = Un rezumat scurt, de exemplu „Panouri solare pe centrul comunitar”.
map-body-label = Spuneți-ne mai multe (opțional)
map-body-hint = Ce este, de ce contează, pe cine ar ajuta?
map-precision-question = Cât de exact să arătăm locul?
map-precision-hint = Păstrăm locul exact privat, dacă nu alegeți să-l arătați.
map-precision-option-exact = Exact unde am pus pinul
map-precision-option-street = Cea mai apropiată stradă (la circa 100 de metri)
map-precision-option-neighbourhood = Doar cartierul
map-precision-option-hint-exact = Potrivit pentru un loc pe care îl știe toată lumea, ca o stație de autobuz sau un parc. Nu-l folosiți pentru casa dvs.
map-precision-option-hint-street = Ceilalți văd aproximativ unde este, dar nu locul exact. Recomandat.
map-precision-option-hint-neighbourhood = Ceilalți văd doar cartierul.
map-name-label = Numele dvs. (opțional)
map-name-hint = Apare cu contribuția dvs. Lăsați gol pentru a publica fără nume.
map-submit = Adăugați pe hartă
map-submitting = Se adaugă…
map-error-summary = Există o problemă
map-error-prefix = Eroare:
map-error-generic = Contribuția dvs. nu a putut fi adăugată. Încercați din nou.
map-error-offline = Se pare că sunteți offline. Textul dvs. este încă aici: încercați din nou când aveți conexiune.
map-error-rate-limited = Ați trimis mult într-un timp scurt. Așteptați un minut, apoi încercați din nou.
map-error-outside = Acest loc este în afara zonei planului. Alegeți un loc în interiorul conturului.
map-added = Mulțumim. Contribuția dvs. este pe hartă.
map-added-pending = Mulțumim. Un moderator vă va verifica contribuția înainte să apară pe hartă.
map-characters-left = { $count ->
    [one] A mai rămas { $count } caracter
    [few] Au mai rămas { $count } caractere
   *[other] Au mai rămas { $count } de caractere
}
map-characters-too-many = { $count ->
    [one] { $count } caracter în plus
    [few] { $count } caractere în plus
   *[other] { $count } de caractere în plus
}
map-field-geometry = Loc
map-field-geometry-type = Loc
map-field-geometry-coordinates = Loc
map-field-properties-kind = Tip
map-field-properties-themes = Teme
map-field-properties-title = Titlu
map-field-properties-body = Text
map-field-properties-display-name = Nume
map-field-properties-precision = Cum se arată locul
map-field-body = Răspuns
map-field-display-name = Nume
# A problem in the error summary: the field's short name, then what is wrong with it.
map-field-problem = { $field }: { $message }
map-today = azi
map-yesterday = ieri
map-days-ago = { $count ->
    [one] acum { $count } zi
    [few] acum { $count } zile
   *[other] acum { $count } de zile
}

## energy

map-energy-header-button = Energie comunitară
map-groups = Grupuri
map-energy-heading = Energie comunitară
map-energy-intro = Grupurile pot propune un proiect energetic și pot vedea imediat dacă rețeaua electrică locală are probabil loc pentru el. Apoi răspunde operatorul rețelei.
map-energy-propose-button = Propuneți un proiect
map-energy-plans-link = Planuri energetice de cartier: ce își dorește un grup și ce înseamnă asta pentru rețea
map-energy-proposals-heading = Propuneri
map-energy-no-proposals = Încă nicio propunere.
map-energy-queue-heading = Propuneri de răspuns
map-energy-queue-empty = Nimic nu așteaptă un răspuns.
map-energy-back-to-list = Înapoi la listă
map-energy-back-to-energy = Înapoi la energia comunitară
map-energy-load-failed = Propunerile nu au putut fi încărcate.
map-energy-sign-in-heading = Autentificați-vă pentru a propune un proiect
map-energy-sign-in-intro = Propunerile sunt făcute de un membru numit al grupului, ca operatorul rețelei să poată răspunde.
map-energy-sign-in-heading-plain = Autentificare
map-energy-email = Adresa de e-mail
map-energy-password = Parola
map-energy-sign-in = Autentificați-vă
map-energy-sign-out = Deconectați-vă
map-energy-signed-in-as = Autentificat ca { $email } ({ $role }).
map-energy-signed-in = Sunteți autentificat.
map-energy-signed-out = V-ați deconectat.
map-energy-email-missing = Introduceți adresa de e-mail.
map-energy-password-missing = Introduceți parola.
map-energy-wrong-password = Adresa de e-mail sau parola nu este corectă. Verificați-le și încercați din nou.
map-energy-too-many = Prea multe încercări. Așteptați un minut și încercați din nou.
map-energy-sign-in-failed = Autentificarea nu a reușit. Verificați conexiunea și încercați din nou.
map-energy-roles-resident = locuitor
map-energy-roles-mobiliser = mobilizator
map-energy-roles-facilitator = facilitator
map-energy-roles-moderator = moderator
map-energy-roles-dno-engineer = inginer de rețea
map-energy-roles-admin = administrator
map-energy-roles-responder = respondent pentru o organizație
map-energy-roles-council-officer = funcționar al consiliului (planul energetic local)
map-energy-roles-data-officer = responsabil cu datele (cereri privind datele oamenilor)
map-energy-propose-heading = Propuneți un proiect
map-energy-site-legend = Unde este amplasamentul?
map-energy-site-hint = Faceți clic sau atingeți harta pentru a plasa amplasamentul, apoi trageți-l pentru ajustare. Sau folosiți tastatura.
map-energy-site-chosen = Amplasament plasat. Trageți-l sau plasați-l din nou pentru a-l muta.
map-energy-site-missing = Plasați amplasamentul pe hartă.
map-energy-site-by-point = Un punct
map-energy-site-by-outline = Desenați conturul
map-energy-site-by-outline-hint = Pentru terenuri, acoperișuri și amplasamente eoliene.
map-energy-outline-hint = Faceți clic sau atingeți harta la fiecare colț al amplasamentului, cel puțin 3. Terminați cu Enter sau „Terminați conturul”. Backspace sau „Anulați ultimul colț” șterge un colț; Escape oprește. Fără mouse sau ecran tactil, alegeți „Un punct” și folosiți tastatura.
map-energy-outline-start = Desenați conturul pe hartă
map-energy-outline-again = Desenați-l din nou
map-energy-outline-finish = Terminați conturul
map-energy-outline-undo = Anulați ultimul colț
map-energy-outline-stop = Opriți desenarea
map-energy-outline-corners = { $count ->
    [0] Niciun colț încă: adăugați cel puțin 3.
    [1] 1 colț: adăugați cel puțin încă 2.
    [2] 2 colțuri: adăugați cel puțin încă 1.
    [few] { $count } colțuri. Adăugați mai multe sau terminați conturul.
   *[other] { $count } de colțuri. Adăugați mai multe sau terminați conturul.
}
map-energy-outline-drawing = Desenare: faceți clic sau atingeți harta la fiecare colț al amplasamentului.
map-energy-outline-done = Contur ales, cu { $count } colțuri. Verificarea de mai jos este pentru mijlocul lui.
map-energy-outline-stopped = Desenare oprită.
map-energy-outline-too-few = Un contur are nevoie de cel puțin 3 colțuri.
map-energy-outline-crosses = Conturul se intersectează cu el însuși. Desenați-l din nou astfel încât laturile să nu se intersecteze.
map-energy-outline-missing = Desenați conturul amplasamentului pe hartă: cel puțin 3 colțuri, apoi „Terminați conturul”.
map-energy-feasibility-waiting-outline = Desenați conturul amplasamentului pe hartă pentru a vedea dacă rețeaua are probabil loc.
map-energy-site-is-point = Amplasamentul: un punct pe hartă.
map-energy-site-is-outline = Amplasamentul: un contur cu { $count } colțuri.
map-energy-title = Numele proiectului
map-energy-title-hint = De exemplu „Panouri solare pe centrul comunitar”
map-energy-technology = Tipul proiectului
map-energy-technologies-solar-pv = Panouri solare
map-energy-technologies-wind = Turbină eoliană
map-energy-technologies-battery = Baterie
map-energy-technologies-heat-pump = Pompe de căldură
map-energy-technologies-ev-charging = Încărcare vehicule electrice
map-energy-technologies-heat-network = Rețea de termoficare
map-energy-technologies-efficiency = Economisirea energiei
map-energy-capacity = Putere (kW)
map-energy-capacity-hint = Mărimea proiectului. Panourile solare de pe acoperișul unei școli au adesea între 30 și 250 kW.
map-energy-export-kw = Maximul trimis în rețea (kW)
map-energy-export-hint = Cea mai mare putere trimisă în rețea deodată. 0 dacă doar consumă energie.
map-energy-import-kw = Maximul preluat din rețea (kW)
map-energy-import-hint = Cea mai mare putere preluată din rețea deodată. 0 dacă doar produce energie.
map-energy-phases = Alimentarea cu electricitate a amplasamentului
map-energy-phase1 = Monofazată (majoritatea locuințelor)
map-energy-phase3 = Trifazată (majoritatea școlilor, sălilor și firmelor)
map-energy-group = Grup
map-energy-group-hint = Grupul comunitar din spatele proiectului
map-energy-description = Despre proiect (opțional)
map-energy-submit = Trimiteți propunerea
map-energy-sending = Se trimite…
map-energy-cancel = Anulați
map-energy-number-bad = Introduceți un număr de kW, 0 sau mai mult.
map-energy-error-summary = Există o problemă
map-energy-send-failed = Propunerea nu a putut fi trimisă. Verificați conexiunea și încercați din nou.
map-energy-sent = Propunerea dvs. a fost trimisă operatorului rețelei.
map-energy-feasibility-heading = Va avea rețeaua loc?
map-energy-feasibility-waiting = Plasați amplasamentul pe hartă pentru a vedea dacă rețeaua are probabil loc.
map-energy-feasibility-checking = Se verifică…
map-energy-feasibility-failed = Verificarea nu a putut fi făcută acum.
map-energy-rag-green = Verde: probabil are loc
map-energy-rag-amber = Chihlimbar: poate avea loc
map-energy-rag-red = Roșu: puțin loc sau deloc
map-energy-rag-short-green = Verde
map-energy-rag-short-amber = Chihlimbar
map-energy-rag-short-red = Roșu
map-energy-served-by = Alimentat de { $name }.
map-energy-feasibility-note = O primă evaluare din date publicate, nu o decizie.
map-energy-status = Stare
map-energy-statuses-draft = Ciornă
map-energy-statuses-submitted = Trimisă, așteaptă operatorul rețelei
map-energy-statuses-under-review = În analiză la operatorul rețelei
map-energy-statuses-can-connect = Se poate racorda
map-energy-statuses-needs-study = Necesită un studiu
map-energy-statuses-needs-reinforcement = Necesită consolidarea rețelei
map-energy-statuses-cannot-connect = Nu se poate racorda
map-energy-statuses-withdrawn = Retrasă
map-energy-statuses-going-ahead = Merge mai departe
map-energy-figures = { $capacity } kW · trimite până la { $export } kW · preia până la { $import } kW
map-energy-by-group = De { $group }
map-energy-history-heading = Istoric
# A change of a proposal's status, from one to the other.
map-energy-history-item = { $from } → { $to }
map-energy-response-heading = Răspunsul operatorului rețelei
map-energy-no-response = Încă niciun răspuns.
map-energy-decision = Decizie
map-energy-decisions-can-connect = Se poate racorda
map-energy-decisions-needs-study = Necesită un studiu
map-energy-decisions-needs-reinforcement = Necesită consolidarea rețelei
map-energy-decisions-cannot-connect = Nu se poate racorda
map-energy-cost-band = Cost orientativ
map-energy-cost-band-hint = De exemplu „între £10k și £50k”
map-energy-timescale = Durată orientativă
map-energy-timescale-hint = De exemplu „între 6 și 12 luni”
map-energy-conditions = Condiții
map-energy-notes = Note
map-energy-answer-heading = Răspundeți la această propunere
map-energy-send-answer = Trimiteți răspunsul
map-energy-answered = Răspunsul dvs. a fost trimis. Propunerea îl arată.
map-energy-decision-missing = Alegeți o decizie.
map-energy-answer-failed = Răspunsul nu a putut fi trimis. Încercați din nou.
map-energy-not-allowed = Acest lucru nu este posibil acum pentru această propunere.
map-energy-steps-heading = Ce puteți face
map-energy-steps-submitted = Trimiteți operatorului rețelei
map-energy-steps-under-review = Începeți analiza
map-energy-steps-withdrawn = Retrageți
map-energy-steps-going-ahead = Mergem mai departe
map-energy-submit-again = Trimiteți din nou
map-energy-step-done-submitted = Propunerea dvs. a fost trimisă operatorului rețelei.
map-energy-step-done-under-review = Propunerea este acum în analiză.
map-energy-step-done-withdrawn = Propunerea dvs. a fost retrasă.
map-energy-step-done-going-ahead = Propunerea dvs. spune acum că mergeți mai departe.
map-energy-withdraw-question = Retrageți această propunere? Operatorul rețelei nu se va mai ocupa de ea și nu va mai putea fi trimisă.
map-energy-withdraw-confirm = Da, retrageți-o
map-energy-withdraw-cancel = Nu, păstrați-o
map-energy-step-failed = Nu a funcționat: { $detail }
map-energy-step-offline = Se pare că sunteți offline. Nu s-a schimbat nimic: încercați din nou când aveți conexiune.
map-energy-status-now = { $title } este acum: { $status }.
map-energy-network-toggle = Rețeaua electrică
map-energy-network-legend = Loc în rețea (date ilustrative)
map-energy-network-legend-dno = Loc pentru producție după coadă
map-energy-network-label = { $name }: { $rag }
map-energy-network-label-dno = { $name }: { NUMBER($mw, minimumFractionDigits: 1, maximumFractionDigits: 1) } MW
map-energy-dno-band-high = Peste 5 MW
map-energy-dno-band-low = Între 0 și 5 MW
map-energy-dno-band-none = Deloc (sub 0 MW)
map-energy-substation-figures-voltage = Tensiune
map-energy-substation-figures-firm-capacity-mva = Capacitate garantată (MVA)
map-energy-substation-figures-peak-demand-mva = Cerere de vârf (MVA)
map-energy-substation-figures-demand-headroom-mva = Rezervă pentru consum (MVA)
map-energy-substation-figures-generation-headroom-mw = Rezervă pentru producție (MW)
map-energy-substation-figures-connected-generation-mw = Producție racordată (MW)
map-energy-substation-figures-queued-generation-mw = Producție în coadă (MW)
map-energy-substation-figures-fault-level-headroom-ka = Rezervă la nivelul de defect (kA)
map-energy-substation-figures-rag = RAG
map-energy-substation-figures-data-date = Data datelor
map-energy-substation-figures-source = Sursă
map-energy-substations-heading = Substații
map-energy-close-details = Închideți
map-energy-network-failed = Rețeaua nu a putut fi încărcată.

## mine

map-mine-button = { $count ->
    [none] Contribuțiile dvs.
   *[other] Contribuțiile dvs. ({ $count })
}
map-mine-heading = Contribuțiile dvs.
map-mine-intro = Ce ați adăugat la acest plan din acest browser sau din contul dvs. și ce s-a întâmplat cu fiecare.
map-mine-loading = Se încarcă contribuțiile dvs.…
map-mine-failed = Contribuțiile dvs. nu au putut fi încărcate. Încercați din nou.
map-mine-offline = Se pare că sunteți offline: contribuțiile dvs. nu au putut fi încărcate.
map-mine-empty = Încă nu ați adăugat nimic la acest plan. Alegeți „Adăugați ideea dvs.”, puneți-o pe hartă și trimiteți-o: va apărea aici împreună cu ce s-a întâmplat cu ea.
map-mine-count = { $count ->
    [one] { $count } contribuție, cele mai noi primele.
    [few] { $count } contribuții, cele mai noi primele.
   *[other] { $count } de contribuții, cele mai noi primele.
}
map-mine-pending = Așteaptă un moderator

## follow

map-follow-button = Primiți noutăți pe e-mail
map-follow-button-neighbourhood = Primiți noutăți din { $name } pe e-mail
map-follow-heading = Primiți pe e-mail noutăți despre un loc
map-follow-intro = Vă trimitem pe e-mail ce adaugă oamenii în locul ales. Nu aveți nevoie de cont, iar fiecare e-mail are un link de dezabonare.
map-follow-email-label = Adresa dvs. de e-mail
map-follow-email-hint = O folosim doar pentru a vă trimite aceste noutăți.
map-follow-what-legend = Ce loc?
map-follow-what-neighbourhood = Un cartier
map-follow-what-draw = O zonă pe care o desenez pe hartă
map-follow-what-view = Zona care se vede acum pe hartă
map-follow-neighbourhood-label = Cartier
map-follow-neighbourhood-choose = Alegeți un cartier
map-follow-draw-hint = Faceți clic sau atingeți harta la fiecare colț al zonei, cel puțin 3. Terminați cu Enter sau „Terminați zona”. Backspace sau „Anulați ultimul punct” șterge un colț; Escape oprește.
map-follow-draw-start = Desenați pe hartă
map-follow-draw-again = Desenați-o din nou
map-follow-draw-finish = Terminați zona
map-follow-draw-undo = Anulați ultimul punct
map-follow-draw-stop = Opriți desenarea
map-follow-draw-corners = { $count ->
    [0] Niciun colț încă: adăugați cel puțin 3.
    [1] 1 colț: adăugați cel puțin încă 2.
    [2] 2 colțuri: adăugați cel puțin încă 1.
    [few] { $count } colțuri. Adăugați mai multe sau terminați zona.
   *[other] { $count } de colțuri. Adăugați mai multe sau terminați zona.
}
map-follow-draw-drawing = Desenare: faceți clic sau atingeți harta la fiecare colț.
map-follow-draw-done = Zonă desenată, cu { $count } colțuri.
map-follow-draw-stopped = Desenare oprită.
map-follow-draw-too-few = O zonă are nevoie de cel puțin 3 colțuri.
map-follow-view-hint = Partea din zona planului pe care o arată acum harta. Mutați sau măriți harta mai întâi pentru a o alege.
map-follow-frequency-legend = Cât de des?
map-follow-frequency-weekly = O dată pe săptămână
map-follow-frequency-daily = O dată pe zi
map-follow-submit = Trimiteți-mi noutățile
map-follow-sending = Se trimite…
map-follow-sent = Verificați-vă căsuța: deschideți linkul din e-mail pentru a confirma.
map-follow-sent-hint = Dacă nu primiți niciun e-mail în câteva minute, uitați-vă în dosarul de spam sau verificați adresa și trimiteți din nou.
map-follow-another = Urmăriți alt loc
map-follow-error-generic = Cererea dvs. nu a putut fi trimisă. Încercați din nou.
map-follow-error-offline = Se pare că sunteți offline. Nu s-a trimis nimic, iar răspunsurile dvs. sunt încă aici: încercați din nou când aveți conexiune.
map-follow-email-missing = introduceți adresa de e-mail
map-follow-neighbourhood-needed = alegeți un cartier
map-follow-draw-needed = desenați mai întâi zona pe hartă: cel puțin 3 colțuri, apoi „Terminați zona”
map-follow-view-outside = harta nu arată nicio parte din zona planului: mutați mai întâi harta pe ea
map-follow-field-email = Adresa de e-mail
map-follow-field-neighbourhood = Loc
map-follow-field-area = Zonă
map-follow-field-frequency = Cât de des
