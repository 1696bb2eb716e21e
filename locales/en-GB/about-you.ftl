# The optional "about you" questions (issue 20), after a pin, a workshop pin or a
# conversation. The categories are the ONS 2021 census's wording.

about-you-heading = About you (optional)
about-you-saved = Your pin is saved. You can stop here.
about-you-why = To see who is taking part and who is not yet being heard, we would like to know a little about you. Every question is optional.
about-you-who-sees = Nobody sees your answers next to what you said: they are only ever counted, in groups of 10 people or more.
# $days: how long this map keeps the answers.
about-you-kept = { $days ->
    [one] We keep your answers for { $days } day, then delete them.
   *[other] We keep your answers for { $days } days, then delete them.
}
about-you-prefer-not = Prefer not to say
about-you-send = Send
about-you-sending = Sending…
about-you-skip = Skip
about-you-thanks-heading = Thank you
about-you-thanks = Your answers help us reach the people we have not heard from yet.
about-you-continue = Continue
about-you-failed = Your answers could not be sent. Your pin is saved: you can try again or skip.
about-you-expired = It is too late to send these answers. Your pin is saved.
about-you-error-summary = There is a problem

about-you-age = Age
about-you-age-under_16 = Under 16
about-you-age-16_24 = 16 to 24
about-you-age-25_34 = 25 to 34
about-you-age-35_49 = 35 to 49
about-you-age-50_64 = 50 to 64
about-you-age-65_74 = 65 to 74
about-you-age-75_plus = 75 or over

about-you-gender = Gender
about-you-gender-woman = Woman
about-you-gender-man = Man
about-you-gender-another = Another way

about-you-ethnic = Ethnic group
about-you-ethnic-asian = Asian, Asian British or Asian Welsh
about-you-ethnic-black = Black, Black British, Black Welsh, Caribbean or African
about-you-ethnic-mixed = Mixed or Multiple ethnic groups
about-you-ethnic-white = White
about-you-ethnic-other = Other ethnic group

about-you-disability = Are your day-to-day activities limited because of a health problem or disability which has lasted, or is expected to last, at least 12 months?
about-you-disability-limited_a_lot = Yes, limited a lot
about-you-disability-limited_a_little = Yes, limited a little
about-you-disability-not_disabled = No

about-you-tenure = Your home
about-you-tenure-owned = Owns outright or with a mortgage
about-you-tenure-shared_ownership = Shared ownership
about-you-tenure-social_rented = Social rented
about-you-tenure-private_rented = Private rented
about-you-tenure-rent_free = Lives rent free

about-you-postcode = The first half of your postcode
about-you-postcode-hint = For example, MK6. Leave it empty if you prefer not to say.
about-you-postcode-invalid = Enter the first half of a UK postcode, such as MK6, or leave it empty

# The field app: a mobiliser asks the resident, with their agreement.
about-you-field-legend = About the resident (optional)
about-you-field-intro = Ask only if the resident is happy to answer. Their answers are kept apart from what they said and only ever counted.
about-you-field-consent = The resident agreed to answer these questions
about-you-field-consent-needed = Tick that the resident agreed, or leave the answers at "Prefer not to say"
