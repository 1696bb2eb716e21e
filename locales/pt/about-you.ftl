# The optional "about you" questions (issue 20), after a pin, a workshop pin or a
# conversation. The categories are the ONS 2021 census's wording.

about-you-heading = Sobre si (opcional)
about-you-saved = O seu pino foi guardado. Pode parar aqui.
about-you-why = Para vermos quem está a participar e quem ainda não está a ser ouvido, gostaríamos de saber um pouco sobre si. Todas as perguntas são opcionais.
about-you-who-sees = Ninguém vê as suas respostas ao lado do que disse: são apenas contadas, em grupos de 10 pessoas ou mais.
# $days: how long this map keeps the answers.
about-you-kept = { $days ->
    [one] Guardamos as suas respostas durante { $days } dia e depois apagamo-las.
   *[other] Guardamos as suas respostas durante { $days } dias e depois apagamo-las.
}
about-you-prefer-not = Prefiro não dizer
about-you-send = Enviar
about-you-sending = A enviar…
about-you-skip = Saltar
about-you-thanks-heading = Obrigado
about-you-thanks = As suas respostas ajudam-nos a chegar às pessoas que ainda não ouvimos.
about-you-continue = Continuar
about-you-failed = Não foi possível enviar as suas respostas. O seu pino está guardado: pode tentar novamente ou saltar.
about-you-expired = Já é tarde demais para enviar estas respostas. O seu pino está guardado.
about-you-error-summary = Há um problema

about-you-age = Idade
about-you-age-under_16 = Menos de 16
about-you-age-16_24 = 16 a 24
about-you-age-25_34 = 25 a 34
about-you-age-35_49 = 35 a 49
about-you-age-50_64 = 50 a 64
about-you-age-65_74 = 65 a 74
about-you-age-75_plus = 75 ou mais

about-you-gender = Género
about-you-gender-woman = Mulher
about-you-gender-man = Homem
about-you-gender-another = De outra forma

about-you-ethnic = Grupo étnico
about-you-ethnic-asian = Asiático, asiático britânico ou asiático galês
about-you-ethnic-black = Negro, negro britânico, negro galês, caribenho ou africano
about-you-ethnic-mixed = Grupos étnicos mistos ou múltiplos
about-you-ethnic-white = Branco
about-you-ethnic-other = Outro grupo étnico

about-you-disability = As suas atividades do dia a dia estão limitadas devido a um problema de saúde ou deficiência que durou, ou se espera que dure, pelo menos 12 meses?
about-you-disability-limited_a_lot = Sim, muito limitadas
about-you-disability-limited_a_little = Sim, um pouco limitadas
about-you-disability-not_disabled = Não

about-you-tenure = A sua casa
about-you-tenure-owned = Própria, totalmente paga ou com crédito à habitação
about-you-tenure-shared_ownership = Propriedade partilhada (shared ownership)
about-you-tenure-social_rented = Arrendamento social
about-you-tenure-private_rented = Arrendamento privado
about-you-tenure-rent_free = Vive sem pagar renda

about-you-postcode = A primeira metade do seu código postal
about-you-postcode-hint = Por exemplo, MK6. Deixe em branco se preferir não dizer.
about-you-postcode-invalid = Introduza a primeira metade de um código postal do Reino Unido, como MK6, ou deixe em branco

# The field app: a mobiliser asks the resident, with their agreement.
about-you-field-legend = Sobre o morador (opcional)
about-you-field-intro = Pergunte apenas se o morador estiver disposto a responder. As respostas são guardadas à parte do que disse e são apenas contadas.
about-you-field-consent = O morador aceitou responder a estas perguntas
about-you-field-consent-needed = Marque que o morador aceitou, ou deixe as respostas em «Prefiro não dizer»
