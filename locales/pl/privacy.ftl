# The privacy notice (/p/{plan}/privacy): who is responsible for people's data on a plan,
# what it is used for, how long it is kept, the cookies and people's rights.

privacy-page-title = Informacja o prywatności – { $plan }
privacy-heading = Informacja o prywatności
privacy-skip = Przejdź do informacji
privacy-back = Wróć do mapy
privacy-loading = Wczytywanie informacji o prywatności…
privacy-not-found = Pod tym adresem nie ma planu.
privacy-load-failed = Nie udało się wczytać informacji o prywatności. Sprawdź połączenie i spróbuj ponownie.
privacy-intro = Ta informacja wyjaśnia, jakie dane o Tobie przechowuje ta mapa, w jakim celu, jak długo i o co możesz nas poprosić.

privacy-controller-heading = Kto odpowiada za Twoje dane
# $controller is an organisation's name, as the plan's organisers wrote it.
privacy-controller = { $controller } odpowiada za dane, które podajesz na tej mapie (jest „administratorem danych”).
privacy-controller-missing = Organizatorzy planu nie wskazali jeszcze, kto odpowiada za Twoje dane. Do tego czasu napisz na poniższy adres kontaktowy.
privacy-contact-heading = Jak się z nami skontaktować
privacy-contact-intro = Aby zapytać o swoje dane lub skorzystać z któregokolwiek ze swoich praw, napisz na adres:
privacy-contact-missing = Organizatorzy planu nie podali jeszcze adresu kontaktowego.

privacy-purposes-heading = Do czego wykorzystujemy Twoje dane
privacy-purpose-contributions = Twoje pinezki, odpowiedzi i poparcia oraz imię lub podpis, który zechcesz przy nich pokazać, aby mogli je przeczytać sąsiedzi i osoby planujące okolicę.
privacy-purpose-accounts = Twoje konto (adres e-mail i hasło), abyś mógł się zalogować oraz zmienić lub usunąć to, co napisałeś.
privacy-purpose-mail = Wiadomości, o które prosisz: informacje o obserwowanym miejscu lub pinezce oraz linki do rejestracji lub zmiany hasła.
privacy-purpose-conversations = Rozmowy, które animatorzy społeczności zapisują z Tobą przy drzwiach lub na wydarzeniach, tylko za Twoją zgodą.
privacy-purpose-moderation = Bezpieczeństwo mapy: zgłoszenia nieodpowiednich treści, decyzje moderatorów i zapis tego, kto co zmienił.
privacy-purpose-equality_questions = Twoje odpowiedzi na nieobowiązkowe pytania „O Tobie” (wiek, płeć, grupa etniczna, niepełnosprawność, mieszkanie i pierwsza część kodu pocztowego), jeśli zdecydujesz się odpowiedzieć, abyśmy mogli zobaczyć, kogo jeszcze nie słychać. Są przechowywane oddzielnie od tego, co napisałeś(-aś), i pokazywane tylko jako liczby.

privacy-retention-heading = Jak długo je przechowujemy
privacy-retention-intro = Tak ustawiono tę mapę. Po tych okresach dane są usuwane albo przestają być powiązane z Tobą.
privacy-retention-events = Zapis zmian do aktualizacji na żywo i podsumowań
privacy-retention-sessions = Sesje logowania, po ich zakończeniu
privacy-retention-unconfirmed = Niepotwierdzone obserwowania
privacy-retention-sent-mail = Wysłane do Ciebie wiadomości
privacy-retention-retry = Klucze, które chronią przed podwójnym dodaniem pinezki
privacy-retention-visitor = Powiązanie Twoich pinezek z przeglądarką, bez konta
privacy-retention-inactive = Konta, na które nikt się nie loguje
privacy-retention-about-you = Twoje odpowiedzi na pytania „O Tobie”
# $days is a number of days, at least 1.
privacy-days = { $days ->
    [one] { $days } dzień
    [few] { $days } dni
   *[many] { $days } dni
}
privacy-kept = Nie są usuwane automatycznie
privacy-inactive-off = Nie są usuwane z powodu nieużywania
# $days: the days after which an unused account is deleted, once its owner has been warned by mail.
privacy-inactive-days = { $days ->
    [one] Usuwane po { $days } dniu nieużywania, po ostrzeżeniu e-mailem
   *[other] Usuwane po { $days } dniach nieużywania, po ostrzeżeniu e-mailem
}

privacy-cookies-heading = Pliki cookie
privacy-cookies-intro = Używamy wyłącznie plików cookie niezbędnych do tego, o co prosisz mapę, dlatego nie prosimy o zgodę. Mapa nie wczytuje niczego z innych stron i nie ma reklam ani śledzenia.
privacy-cookie-name = Plik cookie
privacy-cookie-purpose = Do czego służy
privacy-cookie-lifetime = Jak długo działa
privacy-cookie-sign-in = Utrzymuje Cię zalogowanym.
privacy-cookie-visitor = Pozwala zmieniać własne pinezki bez konta i liczy Twoje poparcie tylko raz.
privacy-cookie-language = Zapamiętuje wybrany język.
privacy-cookie-your-data = Przechowuje przez godzinę adres e-mail potwierdzony na stronie „Twoje dane”, abyś mógł(-a) pobrać lub usunąć to, co jest z nim powiązane.

privacy-rights-heading = Twoje prawa
privacy-right-access = Możesz poprosić o kopię danych, które o Tobie przechowujemy.
privacy-right-rectification = Możesz poprosić o poprawienie błędnych danych.
privacy-right-erasure = Możesz poprosić o usunięcie swoich danych. Swoje pinezki i konto możesz też usunąć sam.
privacy-right-objection = Możesz sprzeciwić się temu, jak wykorzystujemy Twoje dane.
privacy-right-complaint = Jeśli nie jesteś zadowolony z tego, jak potraktowaliśmy Twoje dane, możesz złożyć skargę do brytyjskiego Biura Komisarza ds. Informacji (ICO).
privacy-rights-how = Aby skorzystać z któregokolwiek z tych praw, napisz na podany wyżej adres. Odpowiemy w ciągu miesiąca.
privacy-your-data-link = Zobacz, pobierz lub usuń swoje dane samodzielnie
privacy-complaint-link = Złóż skargę do ICO
