# Răspunsurile organizațiilor: stări, răspunsul de pe o contribuție, formularul celor care răspund, pagina „Ați spus, am făcut”.

outcomes-status-open = Așteaptă un răspuns
outcomes-status-referred = Transmis
outcomes-status-considering = În analiză
outcomes-status-planned = Planificat
outcomes-status-done = Realizat
outcomes-status-not-possible = Nu este posibil
outcomes-status-duplicate = Duplicat
outcomes-status-hint-referred = Transmis organizației care se poate ocupa
outcomes-status-hint-considering = Organizația analizează
outcomes-status-hint-planned = Lucrarea este planificată pentru o lună pe care o indicați
outcomes-status-hint-done = A fost realizat
outcomes-status-hint-not-possible = Nu se poate face: spuneți de ce
outcomes-status-hint-duplicate = Cineva a spus deja același lucru: indicați acea contribuție
outcomes-outcome-heading = Ce s-a întâmplat
outcomes-status-label = Stare
outcomes-why-not = De ce nu
outcomes-duplicate-of = La fel ca o altă contribuție
outcomes-open-original = Deschideți-o
outcomes-commitment = Angajament
outcomes-updates-heading = Noutăți despre progres
outcomes-see-all = Vedeți tot ce au răspuns organizațiile
outcomes-outcome-legend = Răspuns
outcomes-has-answer = Are răspuns
outcomes-rings-heading = Un cerc în jurul unui pin: răspunsul lui
outcomes-respond-heading = Răspundeți la contribuții
outcomes-respond-intro = Alegeți contribuții desenând o zonă pe hartă, cu filtrele sau bifându-le în listă, apoi scrieți un singur răspuns pentru toate.
outcomes-draw-area = Desenați o zonă pe hartă
outcomes-drawing = Faceți clic pe hartă ca să adăugați colțuri; alegeți din nou primul colț sau apăsați Enter ca să terminați. Backspace șterge un colț, Escape oprește.
outcomes-finish-area = Terminați zona
outcomes-cancel-area = Opriți desenul
outcomes-too-few-corners = O zonă are nevoie de cel puțin trei colțuri.
outcomes-by-filter = Alegeți tot ce se potrivește filtrelor
outcomes-tick-hint = Sau bifați contribuții în lista de mai jos.
outcomes-clear-selection = Ștergeți alegerea
outcomes-write-answer = Scrieți răspunsul
outcomes-chosen-none = Încă nu ați ales nimic.
outcomes-chosen-capped = Peste 5.000 de contribuții: alegeți mai puține.
outcomes-counting = Se numără…
outcomes-area-empty = Nicio contribuție nu se află în zona desenată.
outcomes-form-heading = Răspunsul dumneavoastră
outcomes-back = Înapoi la listă
outcomes-organisation-label = Organizația care semnează
outcomes-organisation-hint = Răspunsul este semnat de organizație, nu de dumneavoastră.
# A responder's answer form: the organisation that signs the answer, by its name.
outcomes-organisation-signs = Răspunsul este semnat de { $organisation }, nu de dumneavoastră.
outcomes-status-legend = Starea nouă
outcomes-status-missing = alegeți starea pe care o dă acest răspuns
outcomes-only-allowed = Sunt oferiți doar pașii pe care îi pot face toate contribuțiile alese.
outcomes-no-step = Aceste contribuții nu au niciun pas comun. Alegeți mai puține sau altele.
outcomes-response-label = Răspuns
outcomes-response-hint = Ce vor citi oamenii, semnat de organizație (până la 4.000 de caractere).
outcomes-title-label = Titlul angajamentului (opțional)
outcomes-title-hint = Dați un titlu ca să devină un angajament cu progres, de exemplu „Iluminarea pasajelor subterane din Fishermead”.
outcomes-month-label = Luna în care este așteptată lucrarea
outcomes-month-hint = De exemplu 2027-03
outcomes-reason-label = De ce nu este posibil
outcomes-duplicate-label = Linkul sau id-ul contribuției pe care acestea o repetă
outcomes-referred-label = Organizația căreia i se transmite
outcomes-submit = Publicați răspunsul
outcomes-sending = Se publică…
outcomes-refused-heading = Unele contribuții nu pot face acest pas
outcomes-no-organisations = Acest plan nu are încă organizații: le adaugă un administrator.
outcomes-update-heading = Publicați o noutate despre progres
outcomes-update-progress = Progresul acum (de la 0 la 100 %)
outcomes-update-note = Ce s-a întâmplat
outcomes-progress-invalid = un număr întreg de la 0 la 100
outcomes-update-submit = Publicați noutatea
outcomes-update-sending = Se publică…
outcomes-page-heading = Ați spus, am făcut
outcomes-skip-to-content = Salt la conținut
outcomes-page-intro = Ce au răspuns organizațiile la ce au spus oamenii pe hartă: angajamentele lor și cât au avansat, ce s-a realizat și ce nu a fost posibil și de ce.
outcomes-back-to-map = Înapoi la hartă
outcomes-neighbourhood-label = Cartier
outcomes-all-neighbourhoods = Toate cartierele
outcomes-show = Arată
outcomes-commitments-heading = Angajamente
outcomes-no-commitments = Încă nu există angajamente.
outcomes-done-heading = Realizate
outcomes-none-done = Încă nimic marcat ca realizat.
outcomes-not-possible-heading = Nu este posibil
outcomes-none-not-possible = Nimic marcat ca imposibil.
outcomes-no-updates = Încă nu există noutăți despre progres.
outcomes-behind-heading = Ce au spus oamenii
outcomes-print = Tipăriți pagina
outcomes-load-failed = Pagina nu a putut fi încărcată. Verificați conexiunea și încercați din nou.
outcomes-plan-not-found = Nu am găsit acest plan.
outcomes-answer-from = Răspuns de la { $org }
outcomes-referred-to = Transmis către { $org }
outcomes-expected = Așteptat în { $month }
outcomes-progress-label = Progresul pentru „{ $title }”
outcomes-progress = Realizat { $pc }%
outcomes-last-changed = Actualizat { $date }
outcomes-tick = Alegeți „{ $title }”
outcomes-chosen = { $how ->
    [ids] Contribuții alese în listă: { $count }.
    [area] Contribuții alese în zona desenată: { $count }.
   *[filter] Contribuții alese cu filtrele: { $count }.
}
outcomes-form-for = Pentru contribuții: { $count }
outcomes-published = Publicat: { $org } a răspuns la contribuții ({ $count }).
outcomes-refused-item = { $title }: acum „{ $now }”; poate trece la { $allowed }.
outcomes-refused-item-none = { $title }: acum „{ $now }”; nu poate trece la nicio altă stare.
outcomes-update-posted = Noutate publicată: realizat { $pc }%.
outcomes-page-title = Ați spus, am făcut — { $plan } — Waymark
outcomes-voices = { $count ->
    [one] O voce în spatele lui
    [few] { $count } voci în spatele lui
   *[other] { $count } de voci în spatele lui
}
outcomes-by = De la { $org }
