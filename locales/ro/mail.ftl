# E-mailuri. Fiecare conținut are paragrafe întregi; codul leagă paragrafele și rândurile listelor.

mail-subscription-confirm-subject = Confirmați: urmăriți { $place ->
        [area] zona desenată pe hartă
       *[neighbourhood] { $name }
    } pe { $plan }
mail-subscription-confirm-body =
    Bună ziua,

    Cineva, probabil dumneavoastră, a cerut să primească prin e-mail vești despre { $place ->
        [area] zona desenată pe hartă
       *[neighbourhood] { $name }
    } pe harta { $plan }.

    Pentru a confirma, deschideți acest link și apăsați Confirmă:
    { $url }

    Dacă nu ați fost dumneavoastră, ignorați acest e-mail: nu vom mai trimite nimic.

mail-digest-subject = { $place ->
        [area] Zona dumneavoastră
       *[neighbourhood] { $name }
    }: { $count } noi pe { $plan }
mail-digest-intro =
    Bună ziua,

    { $count ->
        [one] O contribuție nouă a fost adăugată
        [few] { $count } contribuții noi au fost adăugate
       *[other] { $count } de contribuții noi au fost adăugate
    } în { $place ->
        [area] zona desenată pe hartă
       *[neighbourhood] { $name }
    } pe { $plan } de la ultimul rezumat:
mail-digest-line = - { $kind }: { $title }
mail-digest-line-in = - { $kind }: { $title } ({ $neighbourhood })
mail-digest-outro =
    Vedeți-le pe hartă: { $map }

    Primiți acest e-mail { $frequency ->
        [daily] în fiecare zi
       *[weekly] în fiecare săptămână
    } pentru că urmăriți { $place ->
        [area] zona desenată pe hartă
       *[neighbourhood] { $name }
    } pe { $plan }.
    Pentru a vă dezabona, deschideți: { $unsubscribe }

mail-kind = { $kind ->
    [idea] Idee
    [issue] Problemă
    [interest] Interes
   *[story] Poveste pozitivă
}

mail-follow-confirm-subject = Confirmați: aflați ce se întâmplă cu { $followed ->
        [pin] pinul „{ $name }”
       *[commitment] angajamentul „{ $name }”
    } pe { $plan }
mail-follow-confirm-body =
    Bună ziua,

    Cineva, probabil dumneavoastră, a cerut să afle prin e-mail ce se întâmplă cu { $followed ->
        [pin] pinul „{ $name }”
       *[commitment] angajamentul „{ $name }”
    } pe harta { $plan }: un e-mail de fiecare dată când primește un răspuns sau o veste.

    Pentru a confirma, deschideți acest link și apăsați Confirmă:
    { $url }

    Dacă nu ați fost dumneavoastră, ignorați acest e-mail: nu vom mai trimite nimic.

mail-hello = Bună ziua,
mail-status = { $status ->
    [open] deschis
    [referred] trimis altei organizații
    [considering] în analiză
    [planned] planificat
    [done] realizat
    [not_possible] imposibil
   *[duplicate] un duplicat al altui pin
}
mail-outcome-answer-subject = { $plan }: { $pins ->
        [0] un angajament pe care îl urmăriți are o stare nouă
        [one] un pin pe care îl urmăriți are o stare nouă
       *[other] { $pins } pini pe care îi urmăriți au o stare nouă
    }: { $status }
mail-outcome-answer = { $organisation } a răspuns la { $pins ->
        [0] un angajament pe care îl urmăriți
        [one] un pin pe care îl urmăriți
       *[other] { $pins } pini pe care îi urmăriți
    } pe { $plan }. Starea nouă: { $status }.
mail-outcome-commitment = Angajament: { $title }
mail-outcome-expected = Termen estimat: { $month }
mail-outcome-response =
    „{ $response }”
    — { $organisation }
mail-outcome-reason = De ce nu este posibil: { $reason }
mail-outcome-progress-subject = { $plan }: „{ $commitment }” este realizat în proporție de { $progress }%
mail-outcome-progress =
    { $organisation } a publicat vești despre „{ $commitment }” pe { $plan }: realizat în proporție de { $progress }%, la { $date }.

    „{ $note }”
mail-outcome-pins = { $count ->
    [one] Pinul:
   *[other] Pinii:
}
mail-outcome-more = … și încă { $count }.
mail-outcome-see = Vedeți-le pe hartă: { $map }
mail-outcome-stop = Primiți acest e-mail pentru că urmăriți { $followed ->
        [neighbourhood] { $name }
        [area] zona desenată pe hartă
        [pin] pinul „{ $name }”
       *[commitment] angajamentul „{ $name }”
    }. Pentru a vă dezabona, deschideți: { $url }

mail-signup-subject = Confirmați contul Waymark
mail-signup-body =
    Bună ziua,

    Cineva, probabil dumneavoastră, a cerut un cont Waymark cu această adresă de e-mail.

    Pentru a crea contul, deschideți acest link, introduceți parola aleasă și apăsați Confirmă (linkul este valabil { $hours } ore):
    { $url }

    Dacă nu ați fost dumneavoastră, ignorați acest e-mail: nu se creează niciun cont.
mail-signup-taken-subject = Contul dumneavoastră Waymark
mail-signup-taken-body =
    Bună ziua,

    Cineva, probabil dumneavoastră, a încercat să se înscrie în Waymark cu această adresă de e-mail. Aveți deja un cont, așa că nu s-a creat unul nou.

    Dacă ați fost dumneavoastră, conectați-vă aici:
    { $sign_in }

    Ați uitat parola? Alegeți una nouă aici:
    { $reset }

    Dacă nu ați fost dumneavoastră, ignorați acest e-mail: nu s-a schimbat nimic.
mail-reset-subject = Alegeți o parolă nouă pentru Waymark
mail-reset-body =
    Bună ziua,

    Cineva, probabil dumneavoastră, a cerut să aleagă o parolă nouă pentru contul Waymark al acestei adrese de e-mail.

    Pentru a o alege, deschideți acest link în cel mult { $minutes } minute:
    { $url }

    Dacă nu ați fost dumneavoastră, ignorați acest e-mail: parola rămâne aceeași.
mail-email-change-subject = Confirmați noua adresă de e-mail pentru Waymark
mail-email-change-body =
    Bună ziua,

    Cineva, probabil dumneavoastră, a cerut să folosească această adresă de e-mail pentru contul său Waymark.

    Pentru a confirma, deschideți acest link și apăsați Confirmă (linkul este valabil { $hours } ore):
    { $url }

    Dacă nu ați fost dumneavoastră, ignorați acest e-mail: nu se schimbă nimic.
mail-email-changed-subject = Adresa de e-mail a contului Waymark a fost schimbată
mail-email-changed-body =
    Bună ziua,

    Contul Waymark al acestei adrese de e-mail folosește acum o altă adresă: { $address }.
    De acum înainte, conectați-vă cu acea adresă.

    Dacă nu ați cerut acest lucru, este posibil ca cineva să se fi conectat în locul dumneavoastră: anunțați imediat persoanele care administrează harta Waymark. Pagina pentru a alege o parolă nouă este:
    { $url }
mail-inactive-account-subject = Contul dumneavoastră Waymark va fi șters
mail-inactive-account-body =
    Bună ziua,

    Nimeni nu s-a conectat la contul Waymark al acestei adrese de e-mail din { $since }. Conturile pe care nu le folosește nimeni sunt șterse, pentru ca nimic despre oameni să nu fie păstrat mai mult decât este nevoie.

    Pentru a vă păstra contul, conectați-vă înainte de { $deadline }:
    { $url }

    Altfel, contul va fi șters atunci. Ce ați scris pe hartă rămâne, dar nu mai este legat de dumneavoastră.
mail-data-link-subject = Datele dumneavoastră în Waymark
mail-data-link-body =
    Bună ziua,

    Cineva, probabil dumneavoastră, a cerut să vadă, să descarce sau să șteargă ce păstrează Waymark legat de această adresă de e-mail.

    Pentru aceasta, deschideți acest link în cel mult { $minutes } minute (funcționează o singură dată):
    { $url }

    Dacă nu ați fost dumneavoastră, ignorați acest e-mail: nimic nu a fost arătat nimănui.

## Grupuri de Acțiune Colaborativă (issue 18)

mail-group-minutes-subject = { $group }: procesul-verbal din { $date }
mail-group-minutes-body =
    Bună ziua,

    Procesul-verbal al întâlnirii { $group } din { $date } a fost publicat. Îl găsiți mai jos și pe pagina grupului:
    { $url }
mail-group-threads-subject = { $group }: { $count ->
        [one] o discuție nouă
        [few] { $count } discuții noi
       *[other] { $count } de discuții noi
    }
mail-group-threads-body =
    Bună ziua,

    { $count ->
        [one] O discuție nouă a fost începută
        [few] { $count } discuții noi au fost începute
       *[other] { $count } de discuții noi au fost începute
    } în { $group } de la ultimul e-mail. Citiți și răspundeți în spațiul membrilor:
    { $url }

    Pentru a opri aceste e-mailuri, dezactivați „e-mailul zilnic cu discuțiile noi” pe pagina grupului.

## Proiecte comunitare de energie (issue 19)

mail-volunteer-confirm-subject = Confirmați: v-ați oferit să ajutați { $project }
mail-volunteer-confirm-body =
    Bună ziua,

    Cineva, probabil dumneavoastră, s-a oferit să ajute proiectul comunitar de energie { $project }
    ca „{ $role }”.

    Pentru a confirma, deschideți acest link și apăsați Confirmă:
    { $url }

    Echipa proiectului va vedea apoi adresa dumneavoastră de e-mail și vă poate scrie.
    Dacă nu ați fost dumneavoastră, ignorați acest e-mail: nu se va mai trimite nimic.

    Pentru a renunța oricând (adresa dumneavoastră este atunci ștearsă), deschideți:
    { $leave }
mail-help-request-subject = Un locuitor din { $neighbourhood } ar dori ajutor cu o idee despre energie
mail-help-request-body =
    Bună ziua,

    Sunteți campion al energiei comunitare pentru { $neighbourhood }. Un locuitor a cerut ajutor
    cu acest pin de pe hartă: „{ $title }”

    Aruncați o privire și răspundeți pe hartă dacă puteți ajuta:
    { $url }
mail-project-update-subject = { $project }: noutățile lunii
mail-project-update-intro = { $count ->
        [0] Nicio actualizare nouă de la { $project } luna aceasta.
        [one] O actualizare de la { $project } luna aceasta:
        [few] { $count } actualizări de la { $project } luna aceasta:
       *[other] { $count } de actualizări de la { $project } luna aceasta:
    }
mail-project-update-footer =
    Vedeți proiectul: { $url }

    Pentru a opri aceste e-mailuri lunare, deschideți:
    { $unsubscribe }
