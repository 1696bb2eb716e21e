# "Your data" (/me): seeing, downloading and erasing what Waymark holds about you.

me-heading = Datele dumneavoastră
me-skip = Salt la datele dumneavoastră
me-back = Înapoi la hartă
me-intro = Vedeți ce păstrează Waymark legat de dumneavoastră, descărcați totul sau ștergeți. Datele sunt legate de dumneavoastră printr-o adresă de e-mail pe care o confirmați cu un link trimis de noi, prin acest browser (dacă ați adăugat aici pinuri sau răspunsuri fără cont) sau prin contul dumneavoastră, dacă sunteți autentificat.
me-loading = Se încarcă…
me-load-failed = Ceva nu a mers. Verificați conexiunea și încercați din nou.
me-link-broken = Acest link nu funcționează
me-link-broken-body = Linkurile funcționează o singură dată, timp de o oră. Cereți unul nou mai jos.
me-prove-heading = Confirmați o adresă de e-mail
me-prove-intro = Vom trimite un link la această adresă. Deschizându-l, vedeți tot ce este legat de adresă, de exemplu locurile și pinurile pe care le urmăriți.
me-email-label = Adresa de e-mail
me-send = Trimiteți-mi un link
me-sent = Dacă adresa este corectă, un e-mail cu un link este pe drum. Linkul funcționează o singură dată, timp de o oră.
me-bad-email = Introduceți o adresă de e-mail precum nume@example.org
me-too-many = Prea multe cereri. Așteptați un minut și încercați din nou.
me-nothing-proved = Încă nimic nu este legat de dumneavoastră în acest browser. Confirmați o adresă de e-mail mai jos.
me-held-heading = Ce păstrăm
me-by-email = Legate de adresa de e-mail { $email }
me-by-account = Legate de contul dumneavoastră ({ $email })
me-by-visitor = Legate de acest browser
me-count-account = { $count ->
    [one] un cont
    [few] { $count } conturi
   *[other] { $count } de conturi
}
me-count-contributions = { $count ->
    [one] { $count } pin
    [few] { $count } pinuri
   *[other] { $count } de pinuri
}
me-count-replies = { $count ->
    [one] { $count } răspuns
    [few] { $count } răspunsuri
   *[other] { $count } de răspunsuri
}
me-count-supports = { $count ->
    [one] { $count } pin susținut
    [few] { $count } pinuri susținute
   *[other] { $count } de pinuri susținute
}
me-count-flags = { $count ->
    [one] { $count } pin semnalat moderatorilor
    [few] { $count } pinuri semnalate moderatorilor
   *[other] { $count } de pinuri semnalate moderatorilor
}
me-count-follows = { $count ->
    [one] { $count } lucru urmărit prin e-mail
    [few] { $count } lucruri urmărite prin e-mail
   *[other] { $count } de lucruri urmărite prin e-mail
}
me-count-proposals = { $count ->
    [one] { $count } proiect de energie comunitară
    [few] { $count } proiecte de energie comunitară
   *[other] { $count } de proiecte de energie comunitară
}
me-count-energy-plans = { $count ->
    [one] { $count } plan energetic
    [few] { $count } planuri energetice
   *[other] { $count } de planuri energetice
}
me-count-mail = { $count ->
    [one] { $count } e-mail trimis dumneavoastră
    [few] { $count } e-mailuri trimise dumneavoastră
   *[other] { $count } de e-mailuri trimise dumneavoastră
}
me-count-about-you = { $count ->
    [one] { $count } set de răspunsuri la întrebările „despre dumneavoastră”
    [few] { $count } seturi de răspunsuri la întrebările „despre dumneavoastră”
   *[other] { $count } de seturi de răspunsuri la întrebările „despre dumneavoastră”
}
me-count-group-memberships = { $count ->
    [one] { $count } grup din care faceți parte sau în care ați cerut să intrați
    [few] { $count } grupuri din care faceți parte sau în care ați cerut să intrați
   *[other] { $count } de grupuri din care faceți parte sau în care ați cerut să intrați
}
me-count-group-posts = { $count ->
    [one] { $count } mesaj în discuțiile grupurilor
    [few] { $count } mesaje în discuțiile grupurilor
   *[other] { $count } de mesaje în discuțiile grupurilor
}
me-count-group-flags = { $count ->
    [one] { $count } mesaj de grup semnalat
    [few] { $count } mesaje de grup semnalate
   *[other] { $count } de mesaje de grup semnalate
}
me-count-meetings-attended = { $count ->
    [one] { $count } întâlnire de grup la care ați participat
    [few] { $count } întâlniri de grup la care ați participat
   *[other] { $count } de întâlniri de grup la care ați participat
}
me-count-action-points = { $count ->
    [one] { $count } sarcină pe numele dumneavoastră
    [few] { $count } sarcini pe numele dumneavoastră
   *[other] { $count } de sarcini pe numele dumneavoastră
}
me-count-volunteering = { $count ->
    [one] { $count } ofertă de voluntariat pentru un proiect
    [few] { $count } oferte de voluntariat pentru proiecte
   *[other] { $count } de oferte de voluntariat pentru proiecte
}
me-count-champion = { $count ->
    [one] { $count } înregistrare ca campion al energiei
    [few] { $count } înregistrări ca campion al energiei
   *[other] { $count } de înregistrări ca campion al energiei
}
me-count-modules-completed = { $count ->
    [one] { $count } modul de învățare încheiat
    [few] { $count } module de învățare încheiate
   *[other] { $count } de module de învățare încheiate
}
me-count-project-follows = { $count ->
    [one] { $count } proiect ale cărui noutăți lunare le primiți
    [few] { $count } proiecte ale căror noutăți lunare le primiți
   *[other] { $count } de proiecte ale căror noutăți lunare le primiți
}
me-count-help-requests = { $count ->
    [one] { $count } cerere de ajutor către un campion
    [few] { $count } cereri de ajutor către un campion
   *[other] { $count } de cereri de ajutor către un campion
}
me-download = Descărcați datele dumneavoastră (ZIP)
me-erase-heading = Ștergeți datele dumneavoastră
me-erase-intro = Pinurile, răspunsurile, urmăririle, e-mailurile și contul dumneavoastră sunt șterse, la fel și calitatea de membru și mesajele din grupuri, ofertele de voluntariat, înregistrarea ca campion și proiectele urmărite. Dacă cineva a răspuns la pinul sau la discuția dumneavoastră din grup, acestea rămân, cu cuvintele înlocuite de „eliminat la cererea autorului”, ca răspunsul să aibă în continuare sens. Cifrele din rapoartele lunare nu se schimbă.
me-erase = Ștergeți datele mele
me-erase-confirm = Acest lucru nu poate fi anulat. Ștergeți tot ce este legat de dumneavoastră?
me-erase-cancel = Anulați
me-erase-failed = Datele nu au putut fi șterse. Încercați din nou.
me-erased-heading = Datele dumneavoastră sunt șterse
me-erased = { $count ->
    [one] { $count } pin șters
    [few] { $count } pinuri șterse
   *[other] { $count } de pinuri șterse
}{ $kept ->
    [0] .
   *[other] , dintre care { $kept } păstrate cu cuvintele eliminate, pentru că alții au răspuns.
}
me-open-map = Deschideți harta
me-officer-heading = Cereri făcute în numele altcuiva
me-officer-intro = Găsiți ce au notat mobilizatorii pentru un locuitor, după numele sau nota înregistrată, apoi descărcați sau ștergeți. Fiecare căutare, descărcare și ștergere este scrisă în jurnalul de audit, fără numele căutat.
me-officer-plan = Plan
me-officer-name = Nume sau notă înregistrată
me-officer-search = Căutați
me-officer-none = Nimic înregistrat în acest plan nu se potrivește.
me-officer-found = { $count ->
    [one] { $count } contribuție înregistrată în numele cuiva
    [few] { $count } contribuții înregistrate în numele cuiva
   *[other] { $count } de contribuții înregistrate în numele cuiva
}
me-officer-download = Descărcați selecția (ZIP)
me-officer-erase = Ștergeți selecția
me-officer-erase-confirm = Acest lucru nu poate fi anulat. Ștergeți contribuțiile selectate?
