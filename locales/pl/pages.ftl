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

    group_memberships: Grupy Wspólnego Działania, do których należysz lub chcesz dołączyć (status „requested”).
    group_posts i group_flags: to, co napisałeś(-aś) w dyskusjach grup, i wpisy, które zgłosiłeś(-aś).
    meetings_attended: spotkania grup, na których odnotowano Twoją obecność.
    action_points: zadania w Twoich grupach, których właścicielem jest Twoje imię i nazwisko.
    volunteering: Twoje zgłoszenia pomocy przy obywatelskich projektach energetycznych, według adresu e-mail (niepotwierdzone znikają po 7 dniach).
    champion: Twoja rejestracja jako ambasador energii obywatelskiej, okolice, którymi się zajmujesz, i Twoje szkolenia.
    modules_completed: ukończone moduły biblioteki szkoleniowej.
    project_follows: projekty, których comiesięczne wiadomości dostajesz.
    help_requests: pinezki energetyczne, przy których poprosiłeś(-aś) ambasadora o pomoc (przechowywane 90 dni).

## Wolontariat przy obywatelskim projekcie energetycznym (issue 19)

pages-volunteer-confirm-title = Potwierdź chęć pomocy
pages-volunteer-confirm-lead = Naciśnij Potwierdź, a zespół projektu zobaczy Twój adres e-mail, aby móc się z Tobą skontaktować.
pages-volunteer-confirm-button = Potwierdź
pages-volunteer-confirmed-title = Dziękujemy za chęć pomocy
pages-volunteer-confirmed-lead = Jesteś teraz wolontariuszem projektu { $project } jako „{ $role }”. Zespół się z Tobą skontaktuje.
pages-volunteer-open-project = Otwórz stronę projektu
pages-volunteer-leave-title = Zrezygnuj z wolontariatu
pages-volunteer-leave-lead = Naciśnij przycisk, a Twoje zgłoszenie i adres e-mail zostaną usunięte. Zespół nie będzie Cię już widział.
pages-volunteer-leave-button = Zrezygnuj z wolontariatu
pages-volunteer-left-title = Zrezygnowałeś(-aś)
pages-volunteer-left-lead = Twoje zgłoszenie i adres e-mail zostały usunięte.
pages-project-unfollow-title = Wyłącz comiesięczne wiadomości
pages-project-unfollow-lead = Naciśnij przycisk, a comiesięczna wiadomość o tym projekcie przestanie przychodzić.
pages-project-unfollow-button = Wyłącz comiesięczną wiadomość
pages-project-unfollowed-title = Koniec comiesięcznych wiadomości
pages-project-unfollowed-lead = Comiesięczna wiadomość o tym projekcie nie będzie już przychodzić.
