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

    group_memberships: Grupurile de Acțiune Colaborativă din care faceți parte sau în care ați cerut să intrați (starea „requested”).
    group_posts și group_flags: ce ați scris în discuțiile grupurilor și mesajele pe care le-ați semnalat.
    meetings_attended: întâlnirile de grup la care ați fost trecut(ă) ca prezent(ă).
    action_points: sarcinile din grupurile dumneavoastră care au ca responsabil numele dumneavoastră.
    volunteering: ofertele dumneavoastră de a ajuta un proiect comunitar de energie, după adresa de e-mail (cele neconfirmate dispar după 7 zile).
    champion: înregistrarea dumneavoastră ca campion al energiei comunitare, cartierele pe care le acoperiți și formarea dumneavoastră.
    modules_completed: modulele bibliotecii de învățare pe care le-ați încheiat.
    project_follows: proiectele ale căror noutăți lunare le primiți.
    help_requests: pinurile despre energie la care ați cerut ajutorul unui campion (păstrate 90 de zile).

## Voluntariat pentru un proiect comunitar de energie (issue 19)

pages-volunteer-confirm-title = Confirmați oferta de ajutor
pages-volunteer-confirm-lead = Apăsați Confirmă și echipa proiectului va vedea adresa dumneavoastră de e-mail, ca să vă poată contacta.
pages-volunteer-confirm-button = Confirmă
pages-volunteer-confirmed-title = Vă mulțumim că v-ați oferit să ajutați
pages-volunteer-confirmed-lead = Acum sunteți voluntar pentru { $project } ca „{ $role }”. Echipa vă va contacta.
pages-volunteer-open-project = Deschideți pagina proiectului
pages-volunteer-leave-title = Renunțați la voluntariat
pages-volunteer-leave-lead = Apăsați butonul și oferta și adresa dumneavoastră de e-mail sunt șterse. Echipa nu vă va mai vedea.
pages-volunteer-leave-button = Renunț la voluntariat
pages-volunteer-left-title = Ați renunțat
pages-volunteer-left-lead = Oferta și adresa dumneavoastră de e-mail sunt șterse.
pages-project-unfollow-title = Opriți noutățile lunare
pages-project-unfollow-lead = Apăsați butonul și e-mailul lunar al acestui proiect se oprește.
pages-project-unfollow-button = Opriți e-mailul lunar
pages-project-unfollowed-title = Gata cu noutățile lunare
pages-project-unfollowed-lead = E-mailul lunar al acestui proiect nu va mai veni.
