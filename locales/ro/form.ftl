# Cuvintele formularelor comune consolei de administrare și instrumentelor de răspuns.

form-error-heading = Există o problemă
form-error-offline = Se pare că nu aveți conexiune. Nu s-a schimbat nimic: încercați din nou când aveți conexiune.
form-error-server = Ceva nu a mers bine pe server. Nu s-a schimbat nimic: încercați din nou.
form-error-forbidden = Contul dumneavoastră nu poate face asta.
form-field-problem = { $label }: { $message }
