# Strony, które serwer pisze sam: obserwowanie miejsca, pinezki lub zobowiązania przez e-mail.

pages-site-title = { $title } — Waymark
pages-confirm-title = Potwierdź obserwowanie
pages-confirm-lead = Naciśnij przycisk, aby dostawać { $frequency ->
        [each] e-mail za każdym razem, gdy { $followed ->
            [neighbourhood] okolica { $name }
            [item] „{ $name }”
           *[area] zaznaczony obszar
        } w planie { $plan } dostanie odpowiedź lub nowość
        [daily] codzienny e-mail o nowościach { $followed ->
            [neighbourhood] z okolicy { $name }
            [item] o „{ $name }”
           *[area] z zaznaczonego obszaru
        } w planie { $plan }
       *[weekly] cotygodniowy e-mail o nowościach { $followed ->
            [neighbourhood] z okolicy { $name }
            [item] o „{ $name }”
           *[area] z zaznaczonego obszaru
        } w planie { $plan }
    }.
pages-confirm-button = Potwierdź
pages-confirmed-title = Obserwujesz
pages-confirmed-lead = Będziesz dostawać { $frequency ->
        [each] e-mail za każdym razem, gdy { $followed ->
            [neighbourhood] okolica { $name }
            [item] „{ $name }”
           *[area] zaznaczony obszar
        } w planie { $plan } dostanie odpowiedź lub nowość
        [daily] codzienne podsumowanie nowości { $followed ->
            [neighbourhood] z okolicy { $name }
            [item] o „{ $name }”
           *[area] z zaznaczonego obszaru
        } na mapie { $plan }
       *[weekly] cotygodniowe podsumowanie nowości { $followed ->
            [neighbourhood] z okolicy { $name }
            [item] o „{ $name }”
           *[area] z zaznaczonego obszaru
        } na mapie { $plan }
    }.
pages-open-map = Otwórz mapę
pages-unsubscribe-title = Przestań obserwować
pages-unsubscribe-question = Zatrzymać wiadomości e-mail { $followed ->
        [neighbourhood] o okolicy { $name }
        [item] o „{ $name }”
       *[area] o zaznaczonym obszarze
    } na mapie { $plan }?
pages-stop-emails = Zatrzymaj wiadomości
pages-stop-digest = Zatrzymaj podsumowania
pages-broken-link-title = Ten link nie działa
pages-broken-link-body = Link jest niepełny, nowsza wiadomość od nas zawiera jego zastępstwo albo dotyczy prośby, która została wycofana. Poproś ponownie na mapie.
pages-gone-title = Już nie obserwujesz
pages-gone-body = Nie wyślemy więcej podsumowań, a adres został zapomniany.
pages-data-readme =
    Twoje dane z Waymark

    Każdy rodzaj danych powiązanych z Tobą jest w dwóch plikach z tymi samymi wierszami: pliku .json i pliku .csv, który otworzy arkusz kalkulacyjny.

    account: Twoje konto, jeśli je masz.
    contributions: dodane przez Ciebie pinezki (lon i lat to dokładny punkt, który podałeś(-aś)).
    replies: Twoje odpowiedzi na pinezki.
    supports: pinezki, które poparłeś(-aś).
    flags: pinezki zgłoszone przez Ciebie moderatorom i powód.
    follows: miejsca, pinezki i zobowiązania, które obserwujesz przez e-mail.
    proposals i energy_plans: projekty energii obywatelskiej i plany energetyczne, które napisałeś(-aś) dla grupy.
    mail: wiadomości, które Waymark wysłał lub zaraz wyśle na Twój adres.
    about_you: Twoje odpowiedzi na nieobowiązkowe pytania „O Tobie” (wiek, płeć, grupa etniczna, niepełnosprawność, mieszkanie, pierwsza część kodu pocztowego); są tylko liczone, nigdy nie są pokazywane obok tego, co napisałeś(-aś).

    Ten Waymark nie przechowuje zgłoszeń wolontariuszy, więc nie ma dla nich plików.
