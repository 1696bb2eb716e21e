# Pagini pe care serverul le scrie singur: urmărirea unui loc, a unui pin sau a unui angajament prin e-mail.

pages-site-title = { $title } — Waymark
pages-confirm-title = Confirmați că urmăriți
pages-confirm-lead = Apăsați butonul pentru a primi { $frequency ->
        [each] un e-mail de fiecare dată când { $followed ->
            [neighbourhood] { $name }
            [item] „{ $name }”
           *[area] zona desenată
        } pe { $plan } primește un răspuns sau o veste
        [daily] un e-mail zilnic cu noutățile din { $followed ->
            [neighbourhood] { $name }
            [item] „{ $name }”
           *[area] zona desenată
        } pe { $plan }
       *[weekly] un e-mail săptămânal cu noutățile din { $followed ->
            [neighbourhood] { $name }
            [item] „{ $name }”
           *[area] zona desenată
        } pe { $plan }
    }.
pages-confirm-button = Confirmă
pages-confirmed-title = Urmăriți acum
pages-confirmed-lead = Veți primi { $frequency ->
        [each] un e-mail de fiecare dată când { $followed ->
            [neighbourhood] { $name }
            [item] „{ $name }”
           *[area] zona desenată
        } pe { $plan } primește un răspuns sau o veste
        [daily] un rezumat zilnic al noutăților din { $followed ->
            [neighbourhood] { $name }
            [item] „{ $name }”
           *[area] zona desenată
        } pe harta { $plan }
       *[weekly] un rezumat săptămânal al noutăților din { $followed ->
            [neighbourhood] { $name }
            [item] „{ $name }”
           *[area] zona desenată
        } pe harta { $plan }
    }.
pages-open-map = Deschideți harta
pages-unsubscribe-title = Nu mai urmăriți
pages-unsubscribe-question = Opriți e-mailurile despre { $followed ->
        [neighbourhood] { $name }
        [item] „{ $name }”
       *[area] zona desenată
    } pe harta { $plan }?
pages-stop-emails = Opriți e-mailurile
pages-stop-digest = Opriți rezumatul
pages-broken-link-title = Acest link nu funcționează
pages-broken-link-body = Linkul nu este complet, un e-mail mai nou de la noi îl înlocuiește sau aparține unei cereri retrase. Cereți din nou de pe hartă.
pages-gone-title = Nu mai urmăriți acest loc
pages-gone-body = Nu se mai trimit rezumate, iar adresa a fost uitată.
pages-data-readme =
    Datele dumneavoastră din Waymark

    Fiecare tip de lucru legat de dumneavoastră este în două fișiere cu aceleași rânduri: un fișier .json și un fișier .csv pe care îl deschide un program de calcul tabelar.

    account: contul dumneavoastră, dacă aveți unul.
    contributions: pinurile pe care le-ați adăugat (lon și lat sunt punctul exact pe care l-ați dat).
    replies: răspunsurile dumneavoastră la pinuri.
    supports: pinurile pe care le-ați susținut.
    flags: pinurile pe care le-ați semnalat moderatorilor și motivul.
    follows: locurile, pinurile și angajamentele pe care le urmăriți prin e-mail.
    proposals și energy_plans: proiectele de energie comunitară și planurile energetice pe care le-ați scris pentru un grup.
    mail: e-mailurile pe care Waymark le-a trimis sau urmează să le trimită la adresa dumneavoastră.
    about_you: răspunsurile dumneavoastră la întrebările opționale „despre dumneavoastră” (vârstă, gen, grup etnic, dizabilitate, locuință, prima jumătate a codului poștal); ele sunt doar numărate, niciodată arătate alături de ce ați spus.

    Acest Waymark nu păstrează înscrieri de voluntari, deci nu există fișiere pentru ele.
