# Wiadomości e-mail. Każda treść to całe akapity; kod łączy akapity i wiersze list.

mail-subscription-confirm-subject = Potwierdź: obserwowanie { $place ->
        [area] obszaru zaznaczonego na mapie
       *[neighbourhood] okolicy { $name }
    } w planie { $plan }
mail-subscription-confirm-body =
    Dzień dobry,

    ktoś, prawdopodobnie Ty, poprosił o wiadomości e-mail o nowościach { $place ->
        [area] z obszaru zaznaczonego na mapie
       *[neighbourhood] z okolicy { $name }
    } na mapie { $plan }.

    Aby potwierdzić, otwórz ten link i naciśnij „Potwierdź”:
    { $url }

    Jeśli to nie Ty, zignoruj tę wiadomość: nic więcej nie wyślemy.

mail-digest-subject = { $place ->
        [area] Twój obszar
       *[neighbourhood] { $name }
    }: nowe w planie { $plan }: { $count }
mail-digest-intro =
    Dzień dobry,

    { $count ->
        [one] od ostatniego podsumowania dodano jeden nowy wpis
        [few] od ostatniego podsumowania dodano { $count } nowe wpisy
       *[other] od ostatniego podsumowania dodano { $count } nowych wpisów
    } { $place ->
        [area] w obszarze zaznaczonym na mapie
       *[neighbourhood] w okolicy { $name }
    } (plan { $plan }):
mail-digest-line = - { $kind }: { $title }
mail-digest-line-in = - { $kind }: { $title } ({ $neighbourhood })
mail-digest-outro =
    Zobacz je na mapie: { $map }

    Dostajesz tę wiadomość { $frequency ->
        [daily] codziennie
       *[weekly] co tydzień
    }, bo obserwujesz { $place ->
        [area] obszar zaznaczony na mapie
       *[neighbourhood] okolicę { $name }
    } w planie { $plan }.
    Aby zrezygnować, otwórz: { $unsubscribe }

mail-kind = { $kind ->
    [idea] Pomysł
    [issue] Problem
    [interest] Zainteresowanie
   *[story] Dobra historia
}

mail-follow-confirm-subject = Potwierdź: wiadomości o { $followed ->
        [pin] pinezce „{ $name }”
       *[commitment] zobowiązaniu „{ $name }”
    } w planie { $plan }
mail-follow-confirm-body =
    Dzień dobry,

    ktoś, prawdopodobnie Ty, poprosił o wiadomości e-mail o tym, co dzieje się z { $followed ->
        [pin] pinezką „{ $name }”
       *[commitment] zobowiązaniem „{ $name }”
    } na mapie { $plan }: jedna wiadomość przy każdej odpowiedzi lub nowości.

    Aby potwierdzić, otwórz ten link i naciśnij „Potwierdź”:
    { $url }

    Jeśli to nie Ty, zignoruj tę wiadomość: nic więcej nie wyślemy.

mail-hello = Dzień dobry,
mail-status = { $status ->
    [open] otwarte
    [referred] przekazane innej organizacji
    [considering] rozważane
    [planned] zaplanowane
    [done] zrobione
    [not_possible] niemożliwe
   *[duplicate] duplikat innej pinezki
}
mail-outcome-answer-subject = { $plan }: { $pins ->
        [0] nowy stan obserwowanego zobowiązania
        [one] nowy stan obserwowanej pinezki
        [few] nowy stan { $pins } obserwowanych pinezek
       *[other] nowy stan { $pins } obserwowanych pinezek
    }: { $status }
mail-outcome-answer = { $organisation } { $pins ->
        [0] odpowiedziała w sprawie obserwowanego zobowiązania
        [one] odpowiedziała w sprawie obserwowanej pinezki
       *[other] odpowiedziała w sprawie { $pins } obserwowanych pinezek
    } w planie { $plan }. Nowy stan: { $status }.
mail-outcome-commitment = Zobowiązanie: { $title }
mail-outcome-expected = Przewidywany termin: { $month }
mail-outcome-response =
    „{ $response }”
    — { $organisation }
mail-outcome-reason = Dlaczego to niemożliwe: { $reason }
mail-outcome-progress-subject = { $plan }: „{ $commitment }” — wykonano { $progress }%
mail-outcome-progress =
    { $organisation } opublikowała wiadomość o „{ $commitment }” w planie { $plan }: wykonano { $progress }%, stan na { $date }.

    „{ $note }”
mail-outcome-pins = { $count ->
    [one] Pinezka:
   *[other] Pinezki:
}
mail-outcome-more = … i jeszcze { $count }.
mail-outcome-see = Zobacz na mapie: { $map }
mail-outcome-stop = Dostajesz tę wiadomość, bo obserwujesz { $followed ->
        [neighbourhood] okolicę { $name }
        [area] obszar zaznaczony na mapie
        [pin] pinezkę „{ $name }”
       *[commitment] zobowiązanie „{ $name }”
    }. Aby zrezygnować, otwórz: { $url }

mail-signup-subject = Potwierdź swoje konto w Waymark
mail-signup-body =
    Dzień dobry,

    ktoś, prawdopodobnie Ty, poprosił o konto w Waymark dla tego adresu e-mail.

    Aby utworzyć konto, otwórz ten link, wpisz wybrane hasło i naciśnij „Potwierdź” (link działa przez { $hours } godz.):
    { $url }

    Jeśli to nie Ty, zignoruj tę wiadomość: konto nie zostanie utworzone.
mail-signup-taken-subject = Twoje konto w Waymark
mail-signup-taken-body =
    Dzień dobry,

    ktoś, prawdopodobnie Ty, próbował założyć konto w Waymark dla tego adresu e-mail. Masz już konto, więc nowego nie utworzono.

    Jeśli to Ty, zaloguj się tutaj:
    { $sign_in }

    Nie pamiętasz hasła? Ustaw nowe tutaj:
    { $reset }

    Jeśli to nie Ty, zignoruj tę wiadomość: nic się nie zmieniło.
mail-reset-subject = Ustaw nowe hasło do Waymark
mail-reset-body =
    Dzień dobry,

    ktoś, prawdopodobnie Ty, poprosił o nowe hasło do konta Waymark dla tego adresu e-mail.

    Aby je ustawić, otwórz ten link w ciągu { $minutes } min:
    { $url }

    Jeśli to nie Ty, zignoruj tę wiadomość: hasło pozostanie bez zmian.
mail-email-change-subject = Potwierdź nowy adres e-mail w Waymark
mail-email-change-body =
    Dzień dobry,

    ktoś, prawdopodobnie Ty, poprosił o używanie tego adresu e-mail w swoim koncie Waymark.

    Aby potwierdzić, otwórz ten link i naciśnij „Potwierdź” (link działa przez { $hours } godz.):
    { $url }

    Jeśli to nie Ty, zignoruj tę wiadomość: nic się nie zmieni.
mail-email-changed-subject = Adres e-mail Twojego konta Waymark został zmieniony
mail-email-changed-body =
    Dzień dobry,

    konto Waymark tego adresu e-mail używa teraz innego adresu: { $address }.
    Od teraz loguj się tamtym adresem.

    Jeśli to nie Ty o to prosiłeś(-aś), ktoś mógł zalogować się jako Ty: od razu powiadom osoby prowadzące Twoją mapę Waymark. Strona do ustawienia nowego hasła:
    { $url }
mail-inactive-account-subject = Twoje konto Waymark zostanie usunięte
mail-inactive-account-body =
    Dzień dobry,

    od { $since } nikt nie zalogował się na konto Waymark dla tego adresu e-mail. Konta, których nikt nie używa, są usuwane, aby nie przechowywać danych o ludziach dłużej, niż to potrzebne.

    Aby zachować konto, zaloguj się przed { $deadline }:
    { $url }

    W przeciwnym razie konto zostanie wtedy usunięte. To, co napisano na mapie, zostanie, ale nie będzie już powiązane z Tobą.
mail-data-link-subject = Twoje dane w Waymark
mail-data-link-body =
    Dzień dobry,

    ktoś, prawdopodobnie Ty, poprosił o wyświetlenie, pobranie lub usunięcie danych, które Waymark przechowuje w powiązaniu z tym adresem e-mail.

    Aby to zrobić, otwórz ten link w ciągu { $minutes } min (działa jeden raz):
    { $url }

    Jeśli to nie Ty, zignoruj tę wiadomość: nic nikomu nie zostało pokazane.

## Grupy Wspólnego Działania (issue 18)

mail-group-minutes-subject = { $group }: protokół ze spotkania { $date }
mail-group-minutes-body =
    Dzień dobry,

    Opublikowano protokół ze spotkania grupy { $group } z dnia { $date }. Jest poniżej i na stronie grupy:
    { $url }
mail-group-threads-subject = { $group }: { $count ->
        [one] jedna nowa dyskusja
        [few] { $count } nowe dyskusje
        [many] { $count } nowych dyskusji
       *[other] { $count } nowej dyskusji
    }
mail-group-threads-body =
    Dzień dobry,

    { $count ->
        [one] Jedną nową dyskusję rozpoczęto
        [few] { $count } nowe dyskusje rozpoczęto
        [many] { $count } nowych dyskusji rozpoczęto
       *[other] { $count } nowej dyskusji rozpoczęto
    } w grupie { $group } od Twojej ostatniej wiadomości. Czytaj i odpowiadaj w przestrzeni członków:
    { $url }

    Aby przestać dostawać te wiadomości, wyłącz „codzienną wiadomość o nowych dyskusjach” na stronie grupy.

## Obywatelskie projekty energetyczne (issue 19)

mail-volunteer-confirm-subject = Potwierdź: zgłosiłeś(-aś) chęć pomocy przy projekcie { $project }
mail-volunteer-confirm-body =
    Dzień dobry,

    Ktoś, prawdopodobnie Ty, zgłosił chęć pomocy przy obywatelskim projekcie energetycznym { $project }
    jako „{ $role }”.

    Aby potwierdzić, otwórz ten link i naciśnij Potwierdź:
    { $url }

    Zespół projektu zobaczy wtedy Twój adres e-mail i może do Ciebie napisać.
    Jeśli to nie Ty, zignoruj tę wiadomość: nic więcej nie zostanie wysłane.

    Aby w dowolnej chwili zrezygnować (Twój adres zostanie wtedy usunięty), otwórz:
    { $leave }
mail-help-request-subject = Mieszkaniec okolicy { $neighbourhood } prosi o pomoc przy pomyśle energetycznym
mail-help-request-body =
    Dzień dobry,

    Jesteś lokalnym ambasadorem energii obywatelskiej dla okolicy { $neighbourhood }. Mieszkaniec poprosił o pomoc
    przy tej pinezce na mapie: „{ $title }”

    Zajrzyj i odpowiedz na mapie, jeśli możesz pomóc:
    { $url }
mail-project-update-subject = { $project }: wiadomości z tego miesiąca
mail-project-update-intro = { $count ->
        [0] W tym miesiącu brak nowych aktualizacji projektu { $project }.
        [one] Jedna aktualizacja projektu { $project } w tym miesiącu:
        [few] { $count } aktualizacje projektu { $project } w tym miesiącu:
        [many] { $count } aktualizacji projektu { $project } w tym miesiącu:
       *[other] { $count } aktualizacji projektu { $project } w tym miesiącu:
    }
mail-project-update-footer =
    Zobacz projekt: { $url }

    Aby przestać dostawać te comiesięczne wiadomości, otwórz:
    { $unsubscribe }
