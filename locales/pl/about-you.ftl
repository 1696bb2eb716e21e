# The optional "about you" questions (issue 20), after a pin, a workshop pin or a
# conversation. The categories are the ONS 2021 census's wording.

about-you-heading = O Tobie (nieobowiązkowe)
about-you-saved = Twoja pinezka została zapisana. Możesz na tym zakończyć.
about-you-why = Chcemy wiedzieć, kto bierze udział, a kogo jeszcze nie słychać, dlatego prosimy o kilka informacji o Tobie. Każde pytanie jest nieobowiązkowe.
about-you-who-sees = Nikt nie widzi Twoich odpowiedzi obok tego, co napisałeś(-aś): są tylko liczone, w grupach co najmniej 10 osób.
# $days: how long this map keeps the answers.
about-you-kept = { $days ->
    [one] Przechowujemy Twoje odpowiedzi przez { $days } dzień, a potem je usuwamy.
    [few] Przechowujemy Twoje odpowiedzi przez { $days } dni, a potem je usuwamy.
    [many] Przechowujemy Twoje odpowiedzi przez { $days } dni, a potem je usuwamy.
   *[other] Przechowujemy Twoje odpowiedzi przez { $days } dnia, a potem je usuwamy.
}
about-you-prefer-not = Wolę nie odpowiadać
about-you-send = Wyślij
about-you-sending = Wysyłanie…
about-you-skip = Pomiń
about-you-thanks-heading = Dziękujemy
about-you-thanks = Twoje odpowiedzi pomagają nam dotrzeć do osób, których jeszcze nie usłyszeliśmy.
about-you-continue = Dalej
about-you-failed = Nie udało się wysłać Twoich odpowiedzi. Twoja pinezka jest zapisana: możesz spróbować ponownie albo pominąć.
about-you-expired = Jest już za późno, aby wysłać te odpowiedzi. Twoja pinezka jest zapisana.
about-you-error-summary = Wystąpił problem

about-you-age = Wiek
about-you-age-under_16 = Poniżej 16 lat
about-you-age-16_24 = 16–24 lata
about-you-age-25_34 = 25–34 lata
about-you-age-35_49 = 35–49 lat
about-you-age-50_64 = 50–64 lata
about-you-age-65_74 = 65–74 lata
about-you-age-75_plus = 75 lat lub więcej

about-you-gender = Płeć
about-you-gender-woman = Kobieta
about-you-gender-man = Mężczyzna
about-you-gender-another = Inaczej

about-you-ethnic = Grupa etniczna
about-you-ethnic-asian = Azjatycka, brytyjska azjatycka lub walijska azjatycka
about-you-ethnic-black = Czarna, brytyjska czarna, walijska czarna, karaibska lub afrykańska
about-you-ethnic-mixed = Mieszana lub wiele grup etnicznych
about-you-ethnic-white = Biała
about-you-ethnic-other = Inna grupa etniczna

about-you-disability = Czy Twoje codzienne czynności są ograniczone z powodu problemu zdrowotnego lub niepełnosprawności, które trwają lub mają trwać co najmniej 12 miesięcy?
about-you-disability-limited_a_lot = Tak, w dużym stopniu
about-you-disability-limited_a_little = Tak, w niewielkim stopniu
about-you-disability-not_disabled = Nie

about-you-tenure = Twoje mieszkanie
about-you-tenure-owned = Własne, spłacone lub z kredytem hipotecznym
about-you-tenure-shared_ownership = Współwłasność (shared ownership)
about-you-tenure-social_rented = Wynajem socjalny
about-you-tenure-private_rented = Wynajem prywatny
about-you-tenure-rent_free = Mieszkam bez opłat za wynajem

about-you-postcode = Pierwsza część Twojego kodu pocztowego
about-you-postcode-hint = Na przykład MK6. Zostaw puste, jeśli wolisz nie podawać.
about-you-postcode-invalid = Wpisz pierwszą część brytyjskiego kodu pocztowego, np. MK6, albo zostaw pole puste

# The field app: a mobiliser asks the resident, with their agreement.
about-you-field-legend = O mieszkańcu (nieobowiązkowe)
about-you-field-intro = Pytaj tylko wtedy, gdy mieszkaniec chce odpowiedzieć. Jego odpowiedzi są przechowywane oddzielnie od tego, co powiedział, i tylko liczone.
about-you-field-consent = Mieszkaniec zgodził się odpowiedzieć na te pytania
about-you-field-consent-needed = Zaznacz, że mieszkaniec się zgodził, albo zostaw odpowiedzi na „Wolę nie odpowiadać”
