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
