# As palavras dos formulários partilhados pela administração e pelas ferramentas de resposta.

form-error-heading = Há um problema
form-error-offline = Parece estar sem ligação. Nada mudou: tente de novo quando tiver ligação.
form-error-server = Algo correu mal no servidor. Nada mudou: tente de novo.
form-error-forbidden = A sua conta não pode fazer isto.
form-field-problem = { $label }: { $message }
