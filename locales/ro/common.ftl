# Words every page shares: the language picker and the name of the service.

common-brand = Waymark
# The label of the language picker; each language in it is named in itself.
common-language-label = Limba
# The footer link on every page, to the plan's privacy notice.
common-privacy-link = Confidențialitate
# A short link beside forms that ask for a name or an e-mail address, to the privacy notice.
common-privacy-note = Cum folosim aceste date (confidențialitate)
common-your-data-link = Datele dumneavoastră
