# The privacy notice (/p/{plan}/privacy): who is responsible for people's data on a plan,
# what it is used for, how long it is kept, the cookies and people's rights.

privacy-page-title = Notă de confidențialitate – { $plan }
privacy-heading = Notă de confidențialitate
privacy-skip = Salt la notă
privacy-back = Înapoi la hartă
privacy-loading = Se încarcă nota de confidențialitate…
privacy-not-found = La această adresă nu există niciun plan.
privacy-load-failed = Nota de confidențialitate nu a putut fi încărcată. Verificați conexiunea și încercați din nou.
privacy-intro = Această notă explică ce informații despre dumneavoastră păstrează harta, de ce, cât timp și ce ne puteți cere să facem cu ele.

privacy-controller-heading = Cine răspunde de informațiile dumneavoastră
# $controller is an organisation's name, as the plan's organisers wrote it.
privacy-controller = { $controller } răspunde de informațiile pe care le dați pe această hartă („operatorul de date”).
privacy-controller-missing = Organizatorii planului nu au numit încă cine răspunde de informațiile dumneavoastră. Până atunci, scrieți la adresa de contact de mai jos.
privacy-contact-heading = Cum ne contactați
privacy-contact-intro = Pentru a întreba despre informațiile dumneavoastră sau pentru a vă exercita oricare dintre drepturi, scrieți la:
privacy-contact-missing = Organizatorii planului nu au dat încă o adresă de contact.

privacy-purposes-heading = Pentru ce folosim informațiile dumneavoastră
privacy-purpose-contributions = Pinurile, răspunsurile și susținerile dumneavoastră, împreună cu numele pe care alegeți să-l afișați, ca vecinii și cei care planifică zona să le poată citi.
privacy-purpose-accounts = Contul dumneavoastră (adresa de e-mail și parola), ca să vă puteți autentifica și să puteți modifica sau șterge ce ați scris.
privacy-purpose-mail = E-mailurile pe care le-ați cerut: noutăți despre un loc sau un pin urmărit și linkuri pentru înregistrare sau resetarea parolei.
privacy-purpose-conversations = Conversațiile pe care mobilizatorii comunitari le înregistrează cu dumneavoastră la ușă sau la evenimente, doar cu acordul dumneavoastră.
privacy-purpose-moderation = Siguranța hărții: semnalări de conținut nepotrivit, deciziile moderatorilor și evidența a cine ce a modificat.
privacy-purpose-equality_questions = Răspunsurile dumneavoastră la întrebările opționale „despre dumneavoastră” (vârstă, gen, grup etnic, dizabilitate, locuință și prima jumătate a codului poștal), dacă alegeți să răspundeți, ca să putem vedea cine nu este încă auzit. Ele sunt păstrate separat de ce ați spus și sunt arătate doar ca cifre.

privacy-retention-heading = Cât timp le păstrăm
privacy-retention-intro = Acestea sunt perioadele cu care este configurată harta. După ele, informațiile sunt șterse sau nu mai sunt legate de dumneavoastră.
privacy-retention-events = Evidența modificărilor pentru actualizări în timp real și rezumate
privacy-retention-sessions = Sesiunile de autentificare, după ce se încheie
privacy-retention-unconfirmed = Urmăririle pe care nu le-ați confirmat
privacy-retention-sent-mail = E-mailurile trimise către dumneavoastră
privacy-retention-retry = Cheile care împiedică trimiterea unui pin de două ori
privacy-retention-visitor = Legătura dintre pinurile dumneavoastră și browser, fără cont
privacy-retention-inactive = Conturile în care nu s-a autentificat nimeni
privacy-retention-about-you = Răspunsurile dumneavoastră la întrebările „despre dumneavoastră”
# $days is a number of days, at least 1.
privacy-days = { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
privacy-kept = Nu se șterg automat
privacy-inactive-off = Nu se șterg din lipsă de utilizare
# $days: the days after which an unused account is deleted, once its owner has been warned by mail.
privacy-inactive-days = { $days ->
    [one] Șterse după { $days } zi fără utilizare, după un avertisment prin e-mail
    [few] Șterse după { $days } zile fără utilizare, după un avertisment prin e-mail
   *[other] Șterse după { $days } de zile fără utilizare, după un avertisment prin e-mail
}

privacy-cookies-heading = Cookie-uri
privacy-cookies-intro = Folosim doar cookie-uri strict necesare pentru ce îi cereți hărții să facă, așa că nu vă cerem consimțământul. Harta nu încarcă nimic de pe alte site-uri și nu are reclame sau urmărire.
privacy-cookie-name = Cookie
privacy-cookie-purpose = La ce folosește
privacy-cookie-lifetime = Cât durează
privacy-cookie-sign-in = Vă păstrează autentificat.
privacy-cookie-visitor = Vă permite să vă modificați pinurile fără cont și vă numără susținerea o singură dată.
privacy-cookie-language = Reține limba aleasă.
privacy-cookie-your-data = Păstrează, timp de o oră, adresa de e-mail pe care ați confirmat-o pe pagina „Datele dumneavoastră”, ca să puteți descărca sau șterge ce este legat de ea.

privacy-rights-heading = Drepturile dumneavoastră
privacy-right-access = Puteți cere o copie a informațiilor pe care le deținem despre dumneavoastră.
privacy-right-rectification = Puteți cere să corectăm informațiile greșite.
privacy-right-erasure = Puteți cere să vă ștergem informațiile. Vă puteți șterge și singur pinurile și contul.
privacy-right-objection = Vă puteți opune modului în care folosim informațiile dumneavoastră.
privacy-right-complaint = Dacă nu sunteți mulțumit de felul în care v-am tratat informațiile, puteți depune o plângere la Biroul Comisarului pentru Informații din Regatul Unit (ICO).
privacy-rights-how = Pentru a vă exercita oricare dintre aceste drepturi, scrieți la adresa de contact de mai sus. Vă răspundem în cel mult o lună.
privacy-your-data-link = Vedeți, descărcați sau ștergeți singur datele dumneavoastră
privacy-complaint-link = Depuneți o plângere la ICO
