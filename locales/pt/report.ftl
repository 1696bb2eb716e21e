# O relatório mensal do diálogo (HTML e impressão).

report-month = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }
report-title = Relatório do diálogo: { $plan }, { $month }
report-intro = O que os moradores nos disseram este mês, por bairro. As contagens incluem conversas mantidas internas a pedido dos moradores; essas nunca são citadas.
report-total = { $total ->
    [one] { $total } contribuição este mês
   *[other] { $total } contribuições este mês
} ({ $delta ->
    [0] sem alteração
   *[other] { $direction ->
        [up] mais { $delta }
       *[down] menos { $delta }
    }
} em relação ao mês passado).
report-map-label = Mapa de { $neighbourhood } com os pins deste mês: { $count }
report-by-kind = Por tipo
report-by-theme = Por tema
report-kind-column = Tipo
report-theme-column = Tema
report-this-month = Este mês
report-last-month = Mês passado
report-last-12-months = Últimos 12 meses
report-month-column = Mês
report-contributions-column = Contribuições
report-most-supported = Mais apoiadas
report-supported-item = { $title } ({ $kind }, { $count ->
    [one] { $count } apoiante
   *[other] { $count } apoiantes
})
report-in-their-words = Nas palavras deles
report-a-resident = Um morador
report-proposals = Novas propostas de energia comunitária
report-outcomes = O que aconteceu ao que nos disse
report-outcomes-caption = Resultados até agora
report-outcome-column = Resultado
report-commitment = { $status }, { $progress }% concluído, { $voices ->
    [one] { $voices } voz daqui
   *[other] { $voices } vozes daqui
}
report-kind = { $name ->
    [idea] ideia
    [issue] problema
    [interest] interesse
    [story] história
   *[other] { $name }
}
report-theme = { $name ->
    [energy] energia
    [transport] transportes
    [housing] habitação
    [green_space] espaços verdes
    [safety] segurança
    [community] comunidade
    [health] saúde
    [other] outros
   *[unknown] { $name }
}
report-status = { $name ->
    [open] aberto
    [referred] encaminhado
    [considering] em análise
    [planned] planeado
    [done] concluído
    [not_possible] impossível
    [duplicate] duplicado
   *[other] { $name }
}
report-month-short = { $month ->
    [1] jan.
    [2] fev.
    [3] mar.
    [4] abr.
    [5] mai.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] set.
    [10] out.
    [11] nov.
   *[12] dez.
}
report-overview = Visão geral da cidade
report-choropleth-label = Mapa dos bairros do plano, cada um sombreado pelos seus contributos deste mês
report-map-caption-per-1000 = Contributos deste mês por 1000 residentes, por bairro
report-map-caption-contributions = Contributos deste mês, por bairro. O plano ainda não tem números da população por bairro, por isso o mapa sombreia contagens, não taxas por residente.
report-map-figure-per-1000 = { $value } por 1000 residentes
report-map-figure-contributions = { $count ->
    [one] { $count } contributo
   *[other] { $count } contributos
}
report-legend-none = nenhum
report-legend-range = mais de { $from }, até { $to }
report-legend-counts = { $from } a { $to }
report-neighbourhood-column = Bairro
report-per-1000-column = Por 1000 residentes
report-class-column = Tom (1 o mais claro, 5 o mais escuro)
report-as-table = Os números em tabela
report-headline-themes = Temas principais deste mês
report-rose-and-fell = O que subiu e desceu
report-rose = Subiram em relação ao mês passado: { $themes }.
report-fell = Desceram em relação ao mês passado: { $themes }.
report-above-average = Acima da sua média de 12 meses: { $themes }.
report-below-average = Abaixo da sua média de 12 meses: { $themes }.
report-nothing-in-two-months = Nada este mês nem no mês passado.
report-movers-caption = Temas deste mês, comparados com o mês passado e com a média dos 12 meses anteriores
report-change-column = Variação face ao mês passado
report-average-column = Média de 12 meses
report-against-average-column = Face à média
report-trend-caption = Contributos em cada um dos últimos 12 meses, este mês o mais escuro
report-pins-of-kind = { $kind }: { $count }
report-last-month-outcomes = Os itens do mês passado, como estão agora

## The staff edition: who is heard (issue 20)

report-who-is-heard = Quem é ouvido (edição para a equipa)
report-who-is-heard-intro = De { $from } a { $to }: as pessoas que participaram em cada bairro, comparadas com as pessoas que lá vivem (números do censo). As respostas às perguntas opcionais «sobre si» mostram quem participou. Qualquer grupo com menos de 10 pessoas, e qualquer contagem que se pudesse deduzir das outras, aparece como «menos de 10», e não é dada nenhuma proporção que o revele. A representatividade é 1 quando os inquiridos espelham os residentes e 0 quando não têm nada em comum; o número de um bairro é a média das perguntas a que responderam pelo menos 10 pessoas.
report-participation-label = Mapa dos bairros do plano, cada um sombreado pelas pessoas que participaram por 1000 residentes em 12 meses
report-participation-caption = Pessoas que participaram por 1000 residentes em 12 meses, por bairro
report-rate-figure = { $value } por 1000 residentes
report-rate-fewer-than-10 = participaram menos de 10 pessoas
report-fewer-than-10 = menos de 10
report-not-published = não publicado
report-no-figure = sem número
report-no-census-figure = sem número do censo
report-no-band = nenhum grupo se destaca
report-knock-next = Onde bater à porta a seguir
report-knock-next-intro = Primeiro a participação mais baixa, depois os menos representativos.
report-knock-item = { $neighbourhood }: { $rate }; representatividade { $representativeness }; menos ouvidos: { $band }.
report-participants = Pessoas que participaram: { $participants } ({ $residents } residentes; { $rate }).
report-representativeness = Representatividade: { $representativeness }. Menos ouvidos: { $band }.
report-participants-column = Pessoas que participaram
report-band-with-dimension = { $band } ({ $dimension })
report-shares-label = { $dimension } em { $neighbourhood }: a proporção de cada grupo entre os inquiridos comparada com a sua proporção entre os residentes
report-shares-caption = { $dimension }: respondido por { $answered }; representatividade { $representativeness }
report-legend-respondents = proporção de inquiridos (barra cheia)
report-legend-residents = proporção de residentes (barra tracejada)
report-band-column = Grupo
report-respondents-column = Inquiridos
report-respondents-share-column = Proporção de inquiridos
report-residents-share-column = Proporção de residentes
report-dimension-age = Idade
report-dimension-gender = Género
report-dimension-ethnic-group = Grupo étnico
report-dimension-disability = Deficiência
report-dimension-tenure = Regime de ocupação da habitação
report-band-age-under-16 = menos de 16
report-band-age-16-24 = 16 a 24
report-band-age-25-34 = 25 a 34
report-band-age-35-49 = 35 a 49
report-band-age-50-64 = 50 a 64
report-band-age-65-74 = 65 a 74
report-band-age-75-plus = 75 ou mais
report-band-gender-woman = mulheres
report-band-gender-man = homens
report-band-gender-another = de outra forma
report-band-ethnic-group-asian = Asiático, asiático britânico ou asiático galês
report-band-ethnic-group-black = Negro, negro britânico, negro galês, caribenho ou africano
report-band-ethnic-group-mixed = Grupos étnicos mistos ou múltiplos
report-band-ethnic-group-white = Branco
report-band-ethnic-group-other = outro grupo étnico
report-band-disability-limited-a-lot = com deficiência, atividades do dia a dia muito limitadas
report-band-disability-limited-a-little = com deficiência, atividades do dia a dia um pouco limitadas
report-band-disability-not-disabled = sem deficiência
report-band-tenure-owned = proprietários
report-band-tenure-shared-ownership = coproprietários (shared ownership)
report-band-tenure-social-rented = inquilinos em habitação social
report-band-tenure-private-rented = inquilinos em arrendamento privado
report-band-tenure-rent-free = vivem sem pagar renda
report-population-source = Números da população: { $source }.
