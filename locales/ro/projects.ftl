# Paginile despre energia comunitară (map-ui/src/projects/). Ciornă, de verificat de un vorbitor nativ.

projects-link = Proiecte
projects-page-title = Proiecte de energie comunitară · { $plan }
projects-project-title = { $project } · Energie comunitară
projects-module-title = { $module } · Biblioteca de învățare
projects-heading = Proiecte de energie comunitară
projects-skip-to-content = Sari la conținut
projects-links = Paginile despre energia comunitară
projects-back-to-map = Înapoi la hartă
projects-all-projects = Toate proiectele
projects-champions-link = Campioni
projects-learn-link = Biblioteca de învățare
projects-city-link = Energia comunitară în cifre
projects-loading = Se încarcă…
projects-load-failed = Nu s-a putut încărca. Verificați conexiunea și încercați din nou.
projects-offline = Se pare că nu aveți conexiune. Verificați-o și încercați din nou.
projects-not-found = Nu există o astfel de pagină aici.
projects-sign-in = Autentificare
projects-sign-in-needed = Autentificați-vă mai întâi.
projects-team-only = Doar echipa proiectului poate face asta.
projects-too-many = Prea multe încercări într-un timp scurt. Așteptați câteva minute și încercați din nou.
projects-check-form = Unele răspunsuri trebuie revăzute: vedeți mesajele de lângă fiecare câmp.
projects-field-problem = Verificați:
projects-choose = Alegeți…

## The plan's projects
projects-intro = Panouri solare pe o școală, o baterie comună, vecini care cumpără împreună pompe de căldură: proiecte deținute și conduse de localnici. Fiecare arată cât de departe a ajuns și cum puteți ajuta.
projects-start = Începeți un proiect
projects-sign-in-to-start = Autentificați-vă pentru a începe un proiect
projects-map-label = Harta locurilor proiectelor de energie comunitară, colorate după etapă. Aceleași proiecte sunt listate mai jos, după etapă.
projects-map-legend = Fiecare punct este un proiect, colorat după etapa lui, ca în lista de mai jos.
projects-none = Încă nu există proiecte. Începeți unul sau transformați în proiect o propunere care merge mai departe.
projects-technology-other = Altceva
projects-kwp = { $kwp } kWp
projects-kwh = { $kwh } kWh
projects-kb = { $kb } KB

## Starting a project
projects-start-intro = Pentru un grup care vrea să înceapă ceva fără o propunere de racordare, cum ar fi un club de renovare sau o achiziție comună de pompe de căldură. Veți conduce echipa și puteți adăuga alți oameni mai târziu.
projects-field-title = Numele proiectului
projects-field-story = Ce vreți să faceți și de ce
projects-field-technology = Tipul proiectului
projects-field-site = Unde
projects-field-site-hint = Alegeți cartierul; locul exact îl puteți descrie în poveste.
projects-choose-place = Alegeți unde este proiectul.
projects-create = Creați proiectul

## A project's page
projects-story = Povestea
projects-no-story = Echipa nu a scris încă povestea.
projects-follow = Urmăriți acest proiect
projects-follow-hint = Noutățile vă vin pe e-mail o dată pe lună. Fiecare e-mail are un link pentru a vă dezabona.
projects-following = Urmăriți acest proiect: noutățile vor veni o dată pe lună.
projects-sign-in-to-follow = Autentificați-vă pentru a urmări acest proiect
projects-stage-heading = Etapa
projects-stage-forming = Formarea grupului
projects-stage-feasibility = Verificăm dacă se poate
projects-stage-funding = Găsirea banilor
projects-stage-building = Construcție
projects-stage-generating = Produce energie
projects-stage-done = gata
projects-stage-now = acum
projects-move-forward = Treceți la „{ $stage }”
projects-move-back = Reveniți la „{ $stage }”
projects-stage-moved = Proiectul este acum la „{ $stage }”.
projects-site = Locul
projects-site-map-label = Harta locului proiectului { $project }
projects-site-point = Punctul de pe hartă marchează locul.
projects-site-outline = Conturul de pe hartă marchează locul; punctul este mijlocul lui.
projects-figures = Cifre
projects-no-figures = Încă nu există cifre.
projects-figure-kwp = Putere instalată (kWp)
projects-figure-homes = Locuințe deservite
projects-figure-buildings = Clădiri deservite
projects-figure-rooftop = Este pe un acoperiș
projects-generation = Energia produsă în fiecare lună
projects-generation-chart = Energia produsă în fiecare lună, în kWh; aceleași cifre sunt în tabelul de mai jos.
projects-month = Luna
projects-generation-kwh = Energie produsă (kWh)
projects-get-involved = Implicați-vă
projects-no-roles = Momentan nu există roluri deschise pentru voluntari.
projects-volunteers-count = { $count ->
    [0] Încă niciun voluntar
    [one] Un voluntar până acum
    [few] { $count } voluntari până acum
   *[other] { $count } de voluntari până acum
}
projects-your-email = Adresa dumneavoastră de e-mail
projects-your-name = Numele dumneavoastră (opțional)
projects-sign-up = Înscrieți-vă pentru acest rol
projects-email-needed = Scrieți adresa de e-mail.
projects-check-inbox = Verificați căsuța de e-mail: am trimis un mesaj la { $email }. Deschideți linkul pentru a confirma că vreți să ajutați. Dacă ajutați deja în acest rol, nu vine niciun mesaj nou.
projects-updates = Noutăți
projects-no-updates = Încă nu există noutăți.
projects-milestones = Repere
projects-milestone-done = atins pe { $date }
projects-milestone-due = planificat pentru { $month }
projects-documents = Documente
projects-team = Echipa
projects-unnamed = Un membru al echipei
projects-role-lead = conduce proiectul
projects-role-member = membru al echipei
projects-checklist = Cum începeți un proiect, pas cu pas
projects-checklist-intro = Pașii pe care îi fac cele mai multe grupuri noi, fiecare cu ghiduri scurte din bibliotecă alături.
projects-step-form-group = Formați un grup
projects-step-find-site = Găsiți un loc
projects-step-check-network = Verificați rețeaua
projects-step-legal-form = Alegeți o formă juridică
projects-step-funding = Găsiți finanțare
projects-step-done = gata
projects-step-not-yet = încă nu
projects-step-ticked = „{ $step }” bifat.
projects-step-unticked = „{ $step }” nu mai este bifat.
projects-open-feasibility = Vedeți verificarea rețelei pentru propunerea acestui proiect
projects-open-network = Verificați rețeaua pe hartă (Energie comunitară, apoi Propuneți)
projects-modules-for = Ghiduri pentru „{ $step }”
projects-module-completed = (terminat)

## The team's tools
projects-team-tools = Pentru echipă
projects-post-update = Publicați o noutate
projects-update-text = Ce s-a întâmplat
projects-update-photo = O fotografie (opțional)
projects-update-photo-hint = PNG, JPEG, GIF sau WebP, până la dimensiunea permisă de site.
projects-update-caption = Ce arată fotografia
projects-update-caption-hint = Citit celor care nu pot vedea fotografia și afișat sub ea.
projects-post = Publicați noutatea
projects-text-needed = Scrieți ce s-a întâmplat.
projects-update-posted = Noutate publicată.
projects-update-posted-no-photo = Noutatea este publicată, dar fără fotografie: { $problem }
projects-add-role = Adăugați un rol de voluntar
projects-role-title = Rolul
projects-role-title-hint = De exemplu: mers din ușă în ușă pentru oferta de acțiuni, evaluarea acoperișurilor.
projects-role-description = Ce presupune
projects-add-role-button = Adăugați rolul
projects-role-added = Rolul „{ $role }” a fost adăugat.
projects-edit-figures = Modificați cifrele
projects-save-figures = Salvați cifrele
projects-figures-saved = Cifre salvate.
projects-number-needed = Scrieți un număr.
projects-volunteers = Voluntari
projects-export-volunteers = Descărcați voluntarii (CSV)
projects-find-champions-near = Găsiți campioni lângă acest proiect
projects-add-milestone = Adăugați o etapă
projects-milestone-title = Etapa
projects-milestone-title-hint = De exemplu: inspecția acoperișului încheiată, deschiderea ofertei de acțiuni.
projects-milestone-title-needed = Scrieți etapa.
projects-milestone-due-month = Termen (opțional)
projects-month-hint = Anul și luna, de exemplu { $example }.
projects-milestone-done-on = Atinsă la data de (opțional)
projects-milestone-done-on-hint = Lăsați gol cât timp etapa nu a fost încă atinsă.
projects-add-milestone-button = Adăugați etapa
projects-milestone-added = Etapa „{ $milestone }” a fost adăugată.
projects-add-document = Adăugați un document
projects-document-title = Titlul documentului
projects-document-title-hint = Afișat pe pagina proiectului, de exemplu: Raportul inspecției acoperișului.
projects-document-title-needed = Scrieți titlul documentului.
projects-document-file = Fișierul
projects-document-file-hint = Un PDF, un document de birou (Word, Excel, PowerPoint, OpenDocument) sau o fotografie, până la dimensiunea permisă de site.
projects-document-file-needed = Alegeți fișierul.
projects-file-refused = Acest fișier nu a fost adăugat: { $problem }
projects-add-document-button = Adăugați documentul
projects-document-added = Documentul „{ $document }” a fost adăugat.
projects-enter-generation = Introduceți producția unei luni
projects-month-needed = Alegeți luna.
projects-save-generation = Salvați luna
projects-generation-saved = Producția a fost salvată.
projects-import-generation = Importați citirile unui contor
projects-import-file = Fișierul CSV al contorului
projects-import-file-hint = Un rând pentru fiecare lună: luna, apoi kWh, de exemplu { $example }. Un prim rând „{ $header }” este în regulă.
projects-import-file-needed = Alegeți fișierul CSV.
projects-import-button = Importați citirile
projects-import-refused = Nu s-a importat nimic. Corectați aceste rânduri în fișier, apoi importați-l din nou:
projects-import-line = Rândul { $line }: { $problem }
projects-import-fix = { $count ->
    [one] Un rând din acest fișier trebuie corectat (lista de mai sus).
   *[other] Rânduri din acest fișier de corectat: { $count } (lista de mai sus).
}
projects-generation-imported = Citirile au fost importate.
projects-add-member = Adăugați un membru în echipă
projects-member-email = Adresa de e-mail a persoanei
projects-member-email-hint = Adresa contului Waymark al persoanei: dacă nu are cont, rugați-o să se înscrie mai întâi.
projects-member-email-needed = Scrieți adresa de e-mail a persoanei.
projects-add-member-button = Adăugați în echipă
projects-member-added = { $email } face acum parte din echipă.

## Turning a proposal into a project (the plan page)
projects-turn-into-project = Transformați în proiect
projects-turn-into-project-hint = Această propunere merge mai departe: dați-i o pagină de proiect pentru poveste, noutăți și voluntari.
projects-open-project = Deschideți pagina proiectului

## Champions
projects-champions-heading = Campioni ai energiei comunitare
projects-champions-intro = Campionii sunt localnici instruiți care își ajută străzile, școlile și cartierele cu energia: solar, pompe de căldură, facturi, formarea unui grup.
projects-find-champions = Găsiți campioni lângă un loc
projects-find-hint = Pentru echipele de proiect și facilitatori. Alegeți un proiect sau un cartier.
projects-near = Lângă
projects-near-a-project = Un proiect
projects-near-a-neighbourhood = Un cartier
projects-find = Găsiți campioni
projects-champions-refused = Doar echipele de proiect și facilitatorii pot găsi campioni.
projects-champions-near = { $count ->
    [0] Niciun campion lângă { $place }
    [one] Un campion lângă { $place }
    [few] { $count } campioni lângă { $place }
   *[other] { $count } de campioni lângă { $place }
}
projects-no-champions = Încercați alt loc sau întrebați în grupul cartierului.
projects-distance = la { $km } km
projects-covers = Acoperă:
projects-helps-with = Poate ajuta cu: { $topics }
projects-training = Pregătire:
projects-modules-done = { $count ->
    [one] A terminat un ghid
   *[other] A terminat { $count } ghiduri
}
projects-write-to = Scrieți-i lui { $name }
projects-become-champion = Deveniți campion
projects-champion-what = Un campion este primul om pe care vecinii îl întreabă despre energie. Spuneți ce cartiere acoperiți și cu ce puteți ajuta; echipele de proiect și facilitatorii vă pot găsi apoi.
projects-champion-sign-in = Autentificați-vă pentru a vă înregistra drept campion.
projects-champion-name = Numele pe care îl vor vedea oamenii
projects-champion-covers = Cartierele pe care le acoperiți
projects-champion-covers-hint = Alegeți cel puțin unul.
projects-choose-neighbourhood = Alegeți cel puțin un cartier.
projects-champion-topics = Cu ce puteți ajuta
projects-champion-topics-hint = Alegeți toate variantele potrivite.
projects-topic-solar = Panouri solare
projects-topic-heat-pumps = Pompe de căldură
projects-topic-insulation = Izolație
projects-topic-bills = Facturi la energie
projects-topic-funding = Găsirea finanțării
projects-topic-forming-a-group = Formarea unui grup
projects-topic-digital = Folosirea internetului
projects-topic-talking-to-neighbours = Discuții cu vecinii
projects-champion-training = Pregătirea pe care o aveți (opțional)
projects-champion-training-hint = De exemplu: un curs de energie comunitară sau ghidurile din bibliotecă.
projects-register = Înregistrați-vă drept campion
projects-registered = Sunteți înregistrat drept campion. Mulțumim!
projects-go-to-library = Citiți biblioteca de învățare

## The learning library
projects-library-heading = Biblioteca de învățare
projects-library-intro = Ghiduri scurte despre energia comunitară, scrise pentru locuitorii din Milton Keynes. Fiecare se termină cu o întrebare care verifică ideea principală.
projects-no-modules = Încă nu există ghiduri.
projects-module-step = Pentru pasul „{ $step }”
projects-back-to-library = Înapoi la biblioteca de învățare
projects-quiz = Verificați ce ați citit
projects-mark-done-heading = Ați terminat de citit?
projects-check-answers = Verificați răspunsurile mele
projects-mark-done = Marcați drept citit
projects-answer-needed = Alegeți un răspuns.
projects-answer-wrong = Nu chiar: citiți din nou această parte.
projects-quiz-wrong = Unele răspunsuri nu sunt încă bune. Citiți ghidul din nou și încercați iar.
projects-quiz-right = Totul e bine! Ghidul este marcat ca terminat.
projects-module-completed-long = Ați terminat acest ghid.
projects-sign-in-to-complete = Autentificați-vă pentru a înregistra că ați terminat acest ghid.

## City-wide
projects-city-heading = Energia comunitară în { $plan }
projects-city-intro = Toate proiectele de energie comunitară din plan, adunate. Fiecare grafic are un tabel cu aceleași cifre.
projects-kwp-generating = Putere care produce acum
projects-kwp-pipeline = Putere pe drum (proiecte care încă nu produc)
projects-volunteers-total = Voluntari
projects-by-stage = Proiecte după etapă
projects-by-stage-table = Numărul de proiecte în fiecare etapă
projects-projects-count = Proiecte
projects-kwp-by-stage = Putere după etapă (kWp)
projects-kwp-by-stage-table = Puterea proiectelor în fiecare etapă
projects-champions-by-neighbourhood = Campioni după cartier
projects-champions-table = Numărul de campioni care acoperă fiecare cartier
projects-neighbourhood = Cartier
projects-champions-count = Campioni
projects-no-champions-yet = Încă nu s-a înregistrat niciun campion.
