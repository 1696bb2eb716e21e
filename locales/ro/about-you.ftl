# The optional "about you" questions (issue 20), after a pin, a workshop pin or a
# conversation. The categories are the ONS 2021 census's wording.

about-you-heading = Despre dumneavoastră (opțional)
about-you-saved = Pinul dumneavoastră este salvat. Vă puteți opri aici.
about-you-why = Ca să vedem cine participă și cine nu este încă auzit, am dori să aflăm câte ceva despre dumneavoastră. Toate întrebările sunt opționale.
about-you-who-sees = Nimeni nu vă vede răspunsurile alături de ce ați spus: ele sunt doar numărate, în grupuri de cel puțin 10 persoane.
# $days: how long this map keeps the answers.
about-you-kept = { $days ->
    [one] Vă păstrăm răspunsurile { $days } zi, apoi le ștergem.
    [few] Vă păstrăm răspunsurile { $days } zile, apoi le ștergem.
   *[other] Vă păstrăm răspunsurile { $days } de zile, apoi le ștergem.
}
about-you-prefer-not = Prefer să nu răspund
about-you-send = Trimiteți
about-you-sending = Se trimite…
about-you-skip = Săriți peste
about-you-thanks-heading = Vă mulțumim
about-you-thanks = Răspunsurile dumneavoastră ne ajută să ajungem la oamenii pe care încă nu i-am auzit.
about-you-continue = Continuați
about-you-failed = Răspunsurile dumneavoastră nu au putut fi trimise. Pinul este salvat: puteți încerca din nou sau puteți sări peste.
about-you-expired = Este prea târziu pentru a trimite aceste răspunsuri. Pinul dumneavoastră este salvat.
about-you-error-summary = A apărut o problemă

about-you-age = Vârsta
about-you-age-under_16 = Sub 16 ani
about-you-age-16_24 = 16–24 de ani
about-you-age-25_34 = 25–34 de ani
about-you-age-35_49 = 35–49 de ani
about-you-age-50_64 = 50–64 de ani
about-you-age-65_74 = 65–74 de ani
about-you-age-75_plus = 75 de ani sau peste

about-you-gender = Gen
about-you-gender-woman = Femeie
about-you-gender-man = Bărbat
about-you-gender-another = Alt mod

about-you-ethnic = Grup etnic
about-you-ethnic-asian = Asiatic, britanic asiatic sau galez asiatic
about-you-ethnic-black = Negru, britanic negru, galez negru, caraibian sau african
about-you-ethnic-mixed = Grupuri etnice mixte sau multiple
about-you-ethnic-white = Alb
about-you-ethnic-other = Alt grup etnic

about-you-disability = Activitățile dumneavoastră zilnice sunt limitate din cauza unei probleme de sănătate sau a unei dizabilități care a durat sau se așteaptă să dureze cel puțin 12 luni?
about-you-disability-limited_a_lot = Da, limitate mult
about-you-disability-limited_a_little = Da, limitate puțin
about-you-disability-not_disabled = Nu

about-you-tenure = Locuința dumneavoastră
about-you-tenure-owned = Proprietate integrală sau cu credit ipotecar
about-you-tenure-shared_ownership = Proprietate în comun (shared ownership)
about-you-tenure-social_rented = Închiriată social
about-you-tenure-private_rented = Închiriată privat
about-you-tenure-rent_free = Locuiește fără chirie

about-you-postcode = Prima jumătate a codului poștal
about-you-postcode-hint = De exemplu, MK6. Lăsați câmpul gol dacă preferați să nu spuneți.
about-you-postcode-invalid = Introduceți prima jumătate a unui cod poștal din Regatul Unit, de exemplu MK6, sau lăsați câmpul gol

# The field app: a mobiliser asks the resident, with their agreement.
about-you-field-legend = Despre locuitor (opțional)
about-you-field-intro = Întrebați doar dacă locuitorul este de acord să răspundă. Răspunsurile sunt păstrate separat de ce a spus și sunt doar numărate.
about-you-field-consent = Locuitorul a fost de acord să răspundă la aceste întrebări
about-you-field-consent-needed = Bifați că locuitorul a fost de acord sau lăsați răspunsurile la „Prefer să nu răspund”
