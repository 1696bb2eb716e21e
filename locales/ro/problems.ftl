# Detaliile problemelor (RFC 9457): `title` și `detail`. Câmpul `code` nu se traduce.

problem-title-malformed-json = JSON greșit
problem-title-unsupported-media-type = Tip de date neacceptat
problem-title-payload-too-large = Cerere prea mare
problem-title-file-too-large = Fișier prea mare
problem-title-file-type-not-allowed = Tip de fișier nepermis
problem-title-validation-failed = Date greșite
problem-title-invalid-parameter = Parametru greșit
problem-title-invalid-text = Text nepermis
problem-title-outside-plan = În afara zonei planului
problem-title-not-found = Nu a fost găsit
problem-title-unauthorized = Trebuie să vă conectați
problem-title-invalid-credentials = Conectare eșuată
problem-title-forbidden = Nepermis
problem-title-conflict = Conflict
problem-title-illegal-transition = Acest pas nu este permis
problem-title-cross-site-request = Cerere de pe alt site refuzată
problem-title-rate-limited = Prea multe cereri
problem-title-idempotency-key-reused = Idempotency-Key refolosit
problem-title-method-not-allowed = Metodă nepermisă
problem-title-unavailable = Serviciu indisponibil
problem-title-internal-error = Eroare internă
problem-title-basemap-missing = Harta de bază nu este încărcată
problem-title-upload-incomplete = Încărcare incompletă
problem-title-own-account = Propriul cont
problem-title-daily-limit-reached = Limita zilnică a fost atinsă
problem-title-about-you-key-not-found = Negăsit

problem-detail-malformed-json = Conținutul nu este JSON valid: { $reason }
problem-detail-as-given = { $text }
problem-detail-payload-too-large = Conținutul cererii este mai mare decât acceptă acest server.
problem-detail-file-too-large = fișierul este mai mare decât acceptă acest site (cel mult { $limit } MB)
problem-detail-file-type-not-allowed = aici se pot încărca doar fișiere PDF, documente de birou (Word, Excel, PowerPoint, OpenDocument) și fotografii (PNG, JPEG, GIF, WebP)
problem-detail-file-type-not-image = aici se pot încărca doar fotografii (PNG, JPEG, GIF, WebP)
problem-detail-validation-failed = Corectați aceste câmpuri: { $summary }
problem-detail-invalid-parameter = Corectați parametrul: { $summary }
problem-detail-outside-plan = Punctul este în afara zonei planului.
problem-field-outside-plan = Alegeți un loc din zona planului.
problem-detail-invalid-text = Textul conține caracterul NUL (U+0000), care nu este permis.
problem-detail-not-found = { $thing ->
    [plan] Planul nu a fost găsit.
    [contribution] Contribuția nu a fost găsită.
    [proposal] Propunerea nu a fost găsită.
    [workshop] Atelierul nu a fost găsit.
    [user] Utilizatorul nu a fost găsit.
    [organisation] Organizația nu a fost găsită.
    [commitment] Angajamentul nu a fost găsit.
    [route] Adresa nu a fost găsită.
   *[other] Nu a fost găsit: { $thing }
}
problem-detail-unauthorized = Conectați-vă pentru a face asta.
problem-detail-invalid-credentials = Adresa de e-mail sau parola nu este corectă.
problem-detail-forbidden = Rolul dumneavoastră nu permite asta.
problem-detail-illegal-transition = { $count ->
    [one] { $count } dintre contribuțiile alese nu poate primi această stare de unde se află.
   *[other] { $count } dintre contribuțiile alese nu pot primi această stare de unde se află.
}
problem-detail-cross-site-request = O cerere care modifică date trebuie să vină de pe acest site (trimiteți X-Requested-With).
problem-detail-rate-limited = { $seconds ->
    [one] Prea multe cereri; încercați din nou peste { $seconds } secundă.
    [few] Prea multe cereri; încercați din nou peste { $seconds } secunde.
   *[other] Prea multe cereri; încercați din nou peste { $seconds } de secunde.
}
problem-detail-idempotency-key-reused = Acest Idempotency-Key a fost deja folosit pentru altă cerere.
problem-detail-method-not-allowed = Această metodă nu este permisă aici.
problem-detail-unavailable = Baza de date nu răspunde.
problem-detail-internal-error = Ceva nu a mers bine la noi. Dacă se repetă, menționați antetul x-request-id al acestui răspuns.
problem-detail-basemap-missing = planul „{ $plan }” nu are încă o hartă de bază { $source }; încărcați mai întâi una
problem-detail-upload-incomplete = încărcarea s-a întrerupt înainte să ajungă tot fișierul; trimiteți-l din nou
problem-detail-own-account = administratorii nu își pot schimba rolul propriului cont și nici nu îl pot dezactiva; cereți altui administrator
problem-detail-daily-limit-reached = Ați adăugat azi la acest plan atâtea contribuții câte primim de la o persoană; puteți adăuga din nou mâine.
problem-detail-plan-slug-taken = există deja un plan „{ $slug }”; alegeți alt identificator
problem-detail-organisation-slug-taken = acest plan are deja o organizație „{ $slug }”
problem-detail-address-taken-by-account = Această adresă are acum propriul cont: schimbarea nu se poate face.
problem-detail-signup-address-taken = Această adresă are deja un cont: conectați-vă sau alegeți o parolă nouă.
problem-detail-moderation-wrong-status = acțiunea { $action } nu se poate aplica unei contribuții cu starea { $status }
problem-detail-proposal-step = o propunere nu poate trece de la { $from } la { $to }
problem-detail-proposal-answer = o propunere cu starea { $from } nu poate primi răspunsul { $to }
problem-detail-progress-needs-commitment = doar un angajament (un răspuns cu titlu) are progres
problem-detail-workshop-no-free-code = nu s-a găsit un cod de participare liber; încercați din nou
problem-detail-workshop-paused = Atelierul este în pauză: acum nu se primesc pini noi.
problem-detail-workshop-ended = Atelierul s-a încheiat.
problem-detail-workshop-not-held = pinul nu este reținut pentru verificare: starea lui este { $status }
problem-detail-bearer-required = folosiți `Authorization: Bearer <token>`
problem-detail-token-invalid = acest token nu este valid sau a fost revocat
problem-detail-plan-needs-sign-in = Acest plan primește contribuții doar de la persoane conectate.
problem-detail-edit-needs-author = Conectați-vă sau folosiți browserul din care ați trimis-o pentru a o modifica.
problem-detail-withdraw-needs-author = Conectați-vă sau folosiți browserul din care ați trimis-o pentru a o retrage.
problem-detail-only-author-edits = Doar autorul unei contribuții o poate modifica.
problem-detail-only-author-withdraws = Doar autorul unei contribuții o poate retrage.
problem-detail-proposal-who-moves = doar autorul propunerii sau operatorul rețelei o poate muta
problem-detail-organisation-other-plan = organizația dumneavoastră răspunde în alt plan
problem-detail-own-organisation-only = răspundeți doar pentru propria organizație
problem-detail-other-organisation-answers = altă organizație răspunde la unele dintre aceste contribuții
problem-detail-commitment-owner-only = doar organizația care a luat angajamentul îl actualizează
problem-detail-facilitator-steers = doar moderatorul atelierului îl poate conduce
problem-detail-facilitator-checks = doar moderatorul atelierului îi poate verifica pinurile
problem-detail-energy-plan-group-only = doar grupul care a scris acest plan energetic îl poate modifica
problem-detail-energy-plan-shared = această versiune este distribuită și înghețată; începeți versiunea următoare pentru a o modifica
problem-detail-not-quotable = doar o contribuție publicată al cărei autor a fost de acord să fie citat poate fi evidențiată în raport
problem-detail-energy-plan-not-answered = cea mai recentă versiune nu are încă răspuns; versiunea următoare pornește de la una cu răspuns
problem-detail-data-proof-required = confirmați o adresă de e-mail cu un link trimis prin e-mail sau folosiți browserul ori contul cu care ați scris
problem-detail-not-yours = nu este al dumneavoastră ca să îl exportați sau să îl ștergeți
problem-detail-about-you-key-not-found = această cheie pentru întrebările „despre dumneavoastră” nu este cunoscută, a expirat sau a fost deja folosită
problem-detail-project-team = doar echipa proiectului îl poate modifica
problem-detail-project-proposer = doar grupul care a făcut propunerea o poate transforma într-un proiect
problem-detail-project-not-going-ahead = doar o propunere care merge mai departe poate deveni proiect
problem-detail-project-exists = această propunere este deja un proiect: { $slug }
problem-detail-project-stage = un proiect nu poate trece de la { $from } la { $to }: avansează câte o etapă
