# Paginile Grupurilor de Acțiune Colaborativă (map-ui/src/groups/). Ciornă, de verificat de un vorbitor nativ.

groups-page-title = Grupuri · { $plan }
groups-group-title = { $group } · Grupuri
groups-meeting-title = { $group }: întâlnirea din { $date }
groups-heading = Grupuri de Acțiune Colaborativă
groups-skip-to-content = Salt la conținut
groups-links = Paginile grupului
groups-back-to-map = Înapoi la hartă
groups-all-groups = Toate grupurile
groups-back-to-group = Înapoi la grup
groups-back-to-meeting = Înapoi la întâlnire
groups-loading = Se încarcă…
groups-load-failed = Pagina nu a putut fi încărcată. Verificați conexiunea și încercați din nou.
groups-not-found = Nu există un astfel de grup sau o astfel de întâlnire.
groups-sign-in-needed = Autentificați-vă pentru a vedea spațiul membrilor.
groups-members-only = Această parte a grupului este doar pentru membrii săi.
groups-sign-in = Autentificare
groups-check-form = Verificați ce ați scris: lipsește ceva sau textul este prea lung.
groups-file-too-large = Fișierul este prea mare.
groups-file-type = Acest tip de fișier nu poate fi partajat aici. Folosiți un PDF, o imagine sau un document de birou.
groups-intro = Fiecare grup reunește oamenii și organizațiile care lucrează într-o parte a orașului. Se întâlnesc regulat, iar procesele-verbale sunt publice.
groups-none = Acest plan nu are încă grupuri.
groups-about = Despre grup
groups-next-meeting = Următoarea întâlnire: { $date }
groups-no-next-meeting = Nu este planificată încă nicio întâlnire.
groups-subscribe = Abonați-vă la întâlnirile grupului în calendarul dvs.
groups-map-label = Harta zonei acoperite de { $group }
groups-published-minutes = Procese-verbale
groups-minutes-of = Procesul-verbal din { $date }
groups-no-minutes = Nu a fost publicat încă niciun proces-verbal.
groups-sign-in-to-join = Autentificați-vă pentru a cere să vă alăturați
groups-join = Cereți să vă alăturați
groups-asked = Ați cerut să vă alăturați. Un facilitator va analiza cererea.
groups-requested = Ați cerut să vă alăturați. Un facilitator va analiza cererea.
groups-you-are-member = Sunteți membru al acestui grup.
groups-you-facilitate = Facilitați acest grup.
groups-leave = Părăsiți grupul
groups-left = Ați părăsit grupul.
groups-members-space = Spațiul membrilor
groups-meetings = Întâlniri
groups-meeting-scheduled = planificată
groups-meeting-held = ținută
groups-meeting-cancelled = anulată
groups-minutes-published = proces-verbal publicat
groups-meeting-starts = Data și ora
groups-create-meeting = Creați o întâlnire
groups-members = Membri
groups-unnamed = Un membru
groups-role-facilitator = facilitator
groups-role-member = membru
groups-join-requests = Cereri de alăturare
groups-approve = Aprobați: { $name }
groups-threads = Discuții
groups-untitled = Fără titlu
groups-replies = { $count ->
    [one] 1 răspuns
   *[other] { $count } răspunsuri
}
groups-no-threads = Nu există încă discuții.
groups-thread-title = Subiect
groups-thread-body = Mesaj
groups-start-thread = Începeți o discuție
groups-reply = Răspunsul dvs.
groups-send-reply = Trimiteți răspunsul
groups-post-by = { $author }, { $date }
groups-resources = Resurse
groups-download = Descărcați { $title }
groups-members-only-tag = (doar pentru membri)
groups-no-resources = Nu există încă resurse.
groups-resource-title = Titlu
groups-resource-file = Un fișier (PDF, imagine sau document de birou)
groups-resource-link = Sau un link
groups-resource-members-only = Doar pentru membri
groups-add-resource = Adăugați resursa
groups-meeting-on = Întâlnirea din { $date }
groups-add-to-calendar = Adăugați în calendar
groups-open-projector = Deschideți în modul proiector
groups-agenda = Ordinea de zi
groups-agenda-empty = Ordinea de zi este încă goală.
groups-agenda-item = Un punct pe ordinea de zi
groups-add-item = Adăugați pe ordinea de zi
groups-since-last-week = De săptămâna trecută
groups-since = Ce s-a întâmplat în zona grupului din { $date }.
groups-since-new = Nou pe hartă
groups-since-most-supported = Cele mai susținute
groups-since-open-outcomes = Așteaptă un răspuns
groups-since-none = Nimic aici.
groups-supporters = { $count ->
    [one] 1 susținător
   *[other] { $count } susținători
}
groups-add-to-agenda = Adăugați pe ordinea de zi
groups-add-to-agenda-named = Adăugați pe ordinea de zi: { $title }
groups-on-agenda = Pe ordinea de zi
groups-added = „{ $title }” este pe ordinea de zi.
groups-action-points = Sarcini
groups-no-action-points = Nicio sarcină.
groups-owner = Responsabil: { $owner }
groups-owner-due = Responsabil: { $owner }, termen { $due }
groups-done = Gata
groups-mark-done = Marcați ca gata
groups-action-text = Ce trebuie făcut
groups-action-owner = Cine o va face
groups-action-due = Termen
groups-add-action = Adăugați sarcina
groups-minutes = Proces-verbal
groups-published-on = Publicat pe { $date }.
groups-no-minutes-yet = Procesul-verbal nu este încă scris.
groups-minutes-markdown = Proces-verbal (Markdown)
groups-markdown-hint = Scrieți în Markdown: # pentru titluri, - pentru liste, [text](adresă) pentru linkuri.
groups-save-minutes = Salvați procesul-verbal
groups-publish = Publicați procesul-verbal
groups-minutes-saved = Procesul-verbal a fost salvat.
groups-preview = Așa cum este publicat

## Comenzile spațiului membrilor și ale paginii întâlnirii

groups-digest-label = Trimiteți-mi zilnic un e-mail cu discuțiile noi
groups-digest-hint = Cel mult un e-mail pe zi, doar când a început o discuție.
groups-digest-on = Veți primi zilnic un e-mail cu discuțiile noi.
groups-digest-off = Nu veți mai primi e-mailul zilnic cu discuțiile noi.
groups-flag = Semnalați acest mesaj
groups-flag-reason = Ce este în neregulă cu el?
groups-flag-send = Trimiteți semnalarea
groups-flagged = Semnalat. Coordonatorii grupului și moderatorii site-ului se vor uita la el.
groups-attendance = Prezență
groups-attendance-legend = Cine a venit la această întâlnire
groups-attendance-save = Salvați prezența
groups-attendance-saved = { $count ->
    [one] Prezență salvată: a venit { $count } persoană.
    [few] Prezență salvată: au venit { $count } persoane.
   *[other] Prezență salvată: au venit { $count } de persoane.
}
groups-attendance-none = Grupul nu are încă membri.
groups-raise-to = Transmiteți către
groups-raise = Transmiteți
groups-raise-named = Transmiteți: „{ $item }”
groups-raised = „{ $item }” a fost transmis către { $organisation }.
groups-raised-to = (transmis către { $organisation })
