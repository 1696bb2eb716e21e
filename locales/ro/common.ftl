# Words every page shares: the language picker and the name of the service.

common-brand = Waymark
# The label of the language picker; each language in it is named in itself.
common-language-label = Limba
