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
