## A moldura das páginas

energy-plans-list-title = Planos energéticos de bairro: { $plan }
energy-plans-page-title = { $title } — plano energético, { $plan }
energy-plans-list-heading = Planos energéticos de bairro
energy-plans-skip-to-content = Saltar para o conteúdo
energy-plans-back-to-map = Voltar ao mapa
energy-plans-back-to-list = Todos os planos energéticos
energy-plans-list-intro = Um grupo comunitário escreve o que o seu bairro deseja — bombas de calor, carros elétricos carregados em casa, painéis solares nos telhados, baterias e projetos comunitários — e vê, ano a ano, o que isso significa para a rede elétrica local. Depois respondem o operador da rede e a câmara municipal.
energy-plans-none = Ainda não há planos energéticos.
energy-plans-load-failed = Não foi possível carregar os planos energéticos. Verifique a ligação e tente de novo.
energy-plans-not-found = Esse plano energético não existe ou ainda não foi partilhado.
energy-plans-loading = A carregar…
energy-plans-by-group = { $group } · { $places }
energy-plans-version-status = Versão { $number }: { $status }
energy-plans-status-draft = rascunho
energy-plans-status-shared = partilhada, à espera de respostas
energy-plans-status-answered = respondida

## Começar um plano

energy-plans-start-heading = Começar um plano
energy-plans-sign-in-to-start = Inicie sessão para começar um plano para o seu bairro.
energy-plans-sign-in = Iniciar sessão
energy-plans-title-label = Nome do plano
energy-plans-title-hint = Por exemplo “Casas quentes em Fishermead”
energy-plans-group-label = O seu grupo comunitário
energy-plans-neighbourhoods-legend = Bairros abrangidos
energy-plans-neighbourhoods-missing = Escolha pelo menos um bairro.
energy-plans-start-submit = Começar o plano
energy-plans-starting = A começar…

## O editor

energy-plans-version-label = Versão
energy-plans-version-option = Versão { $number } ({ $status })
energy-plans-show-version = Mostrar
energy-plans-draft-note = Isto é um rascunho: só o seu grupo o vê. Guarde-o à medida que avança; partilhe-o quando estiver pronto para o operador da rede e a câmara municipal.
energy-plans-shared-note = Esta versão está partilhada: já não pode mudar. O operador da rede e a câmara municipal respondem-lhe.
energy-plans-answered-note = Esta versão tem respostas. O seu grupo pode começar a versão seguinte a partir delas.
energy-plans-scenario-heading = O seu cenário
energy-plans-heat-pumps = Casas com bomba de calor (%)
energy-plans-ev-charging = Casas que carregam um carro elétrico (%)
energy-plans-rooftop-solar = Casas com painéis solares no telhado (%)
energy-plans-target-year = Até ao ano
energy-plans-dfes-label = Futuro da rede com que comparar
energy-plans-dfes-hint = As previsões do operador da rede sobre a sua capacidade disponível nos próximos anos (cenários DFES). “A capacidade de hoje” supõe que nada muda.
energy-plans-dfes-none = A capacidade de hoje
energy-plans-batteries-heading = Baterias comunitárias
energy-plans-projects-heading = Projetos
energy-plans-none-yet = Ainda nenhum.
energy-plans-item-name = Nome
energy-plans-item-place = Onde
energy-plans-item-power = Potência (kW)
energy-plans-item-import = Consome da rede (kW)
energy-plans-item-export = Injeta na rede (kW)
energy-plans-item-year = A partir do ano
energy-plans-add-battery = Adicionar uma bateria
energy-plans-add-project = Adicionar um projeto
energy-plans-remove-item = Remover “{ $name }”
energy-plans-remove-unnamed = Remover este
energy-plans-battery-fieldset = Bateria { $n }
energy-plans-project-fieldset = Projeto { $n }
energy-plans-place-proposal = Proposta: { $title }
energy-plans-note-label = O que esta versão muda (opcional)
energy-plans-save = Guardar rascunho
energy-plans-saving = A guardar…
energy-plans-saved = Rascunho guardado.
energy-plans-share = Partilhar
energy-plans-share-confirm-heading = Partilhar esta versão?
energy-plans-share-confirm = Depois de partilhada, a versão { $number } fica congelada: ninguém a pode mudar. O operador da rede e a câmara municipal podem então responder-lhe. As alterações por guardar são guardadas primeiro.
energy-plans-share-yes = Partilhar
energy-plans-cancel = Cancelar
energy-plans-shared-done = A versão { $number } está partilhada.
energy-plans-next-version = Começar a versão { $number }
energy-plans-next-started = A versão { $number } começou como rascunho, a partir das respostas à versão { $previous }.
energy-plans-conflict = Esta versão já está partilhada e não pode mudar. Recarregue a página para a ver.
energy-plans-updating = A calcular o impacto…
energy-plans-preview-failed = Não foi possível calcular o impacto. Verifique o cenário e a ligação.
energy-plans-busy = O servidor está ocupado: o impacto atualiza-se daqui a pouco.
energy-plans-print = Imprimir / PDF
energy-plans-projector = Vista para projetor
energy-plans-leave-projector = Sair da vista para projetor
energy-plans-download-geojson = Descarregar os números (GeoJSON)
energy-plans-download-csv = Descarregar os números (CSV)

## O impacto

energy-plans-impact-heading = O que isto faz à rede
energy-plans-impact-intro = Cada subestação primária que serve a área, ano a ano até { $year }: o que o cenário acrescenta ao pico de consumo ao fim do dia e à produção injetada na rede, face à capacidade que a rede tem.
energy-plans-impact-missing = Ainda não é possível calcular o impacto: o administrador do plano ainda tem de definir { $fields }.
energy-plans-without-homes = Não há número de casas para { $names }: o impacto não conta nenhuma casa aí.
energy-plans-map-label = Mapa: as áreas de abastecimento das subestações que servem { $title }, cada uma colorida e rotulada conforme o cenário cabe ou não
energy-plans-map-legend = O cenário cabe?
energy-plans-rag-green = Cabe
energy-plans-rag-amber = Precisa de trabalho
energy-plans-rag-red = Não cabe
energy-plans-rag-none = Sem resposta
energy-plans-area-label = { $name }: { $rag }
energy-plans-summary-caption = Cada subestação em { $year }, o ano-alvo
energy-plans-col-substation = Subestação
energy-plans-col-homes = Casas
energy-plans-col-fit = Cabe?
energy-plans-col-year = Ano
energy-plans-col-demand = Consumo acrescentado (MVA)
energy-plans-col-generation = Produção acrescentada (MW)
energy-plans-col-demand-headroom = Capacidade para consumo (MVA)
energy-plans-col-generation-headroom = Capacidade para produção (MW)
energy-plans-col-demand-left = Capacidade de consumo restante (MVA)
energy-plans-col-generation-left = Capacidade de produção restante (MW)
energy-plans-col-demand-band = Capacidade para consumo
energy-plans-col-generation-band = Capacidade para produção
energy-plans-band-none = nenhuma
energy-plans-band-under-one = menos de 1 { $unit }
energy-plans-band-one-to-five = de 1 a 5 { $unit }
energy-plans-band-over-five = mais de 5 { $unit }
energy-plans-year-caption = { $name }, ano a ano
energy-plans-worst = Pior ano: { $rag }
energy-plans-chart-label = Gráfico de { $name }: consumo e produção acrescentados por ano. Os números estão na tabela por baixo.
energy-plans-series-demand = Consumo acrescentado
energy-plans-series-generation = Produção acrescentada
energy-plans-series-demand-headroom = Capacidade para consumo
energy-plans-series-generation-headroom = Capacidade para produção
energy-plans-chart-unit = MVA / MW
energy-plans-assumptions-heading = Os pressupostos usados, cada um com a sua fonte
energy-plans-assumption-heat-pump-peak-kw = Uma bomba de calor no pico do fim do dia: { $value } kW
energy-plans-assumption-ev-charger-peak-kw = Um carro elétrico a carregar no pico do fim do dia: { $value } kW
energy-plans-assumption-rooftop-solar-kwp = Painéis solares num telhado: { $value } kW de pico
energy-plans-assumption-power-factor = Fator de potência: { $value }
energy-plans-assumption-missing = ainda não definido
energy-plans-source = Fonte: { $source }

## Prioridades e propostas

energy-plans-priorities-heading = O que a comunidade pediu
energy-plans-priorities-intro = Marcadores e conversas da área a que este plano responde, os mais apoiados primeiro.
energy-plans-no-priorities = Ainda não foram escolhidas prioridades.
energy-plans-choose-priorities = Escolha entre os marcadores e as conversas da área
energy-plans-no-voices = Ainda nada foi marcado nesta área.
energy-plans-voice-counts = { $supports ->
    [one] 1 apoio
   *[other] { $supports } apoios
} · { $replies ->
    [one] 1 resposta
   *[other] { $replies } respostas
}
energy-plans-conversation = ouvido numa conversa
energy-plans-proposals-heading = Propostas de energia comunitária na área
energy-plans-no-proposals = Não há propostas na área.
energy-plans-proposal-line = { $group } · consome { $import } kW, injeta { $export } kW · { $status }

## As respostas

energy-plans-answers-heading = As respostas
energy-plans-network-answers-heading = O operador da rede, por subestação
energy-plans-laep-heading = A câmara municipal, para o seu Plano Local de Energia (LAEP)
energy-plans-no-answer = Ainda sem resposta.
energy-plans-verdict-fits = Cabe
energy-plans-verdict-fits-flexible = Cabe com uma ligação flexível
energy-plans-verdict-needs-reinforcement = Precisa de reforço da rede
energy-plans-verdict-does-not-fit = Não cabe
energy-plans-cost-under-100k = menos de 100 000 £
energy-plans-cost-100k-to-1m = de 100 000 £ a 1 milhão de £
energy-plans-cost-1m-to-5m = de 1 milhão a 5 milhões de £
energy-plans-cost-over-5m = mais de 5 milhões de £
energy-plans-laep-aligned = Em linha com o Plano Local de Energia
energy-plans-laep-partly = Em parte em linha com o Plano Local de Energia
energy-plans-laep-conflicts = Em conflito com o Plano Local de Energia
energy-plans-answer-cost = Custo do reforço: { $band }
energy-plans-answer-earliest = Ano mais cedo: { $year }
energy-plans-answered-on = Respondido a { $date }
energy-plans-verdict-label = Resposta
energy-plans-choose = Escolha…
energy-plans-cost-label = Custo do reforço
energy-plans-earliest-label = Ano mais cedo em que pode ser feito
energy-plans-answer-note-label = Nota para o grupo
energy-plans-answer-submit = Enviar a resposta
energy-plans-answer-sending = A enviar…
energy-plans-answer-saved = Resposta guardada para { $name }.
energy-plans-laep-saved = A resposta da câmara municipal está guardada.
energy-plans-answer-for = A sua resposta para { $name }
energy-plans-laep-form = A resposta da câmara municipal

## Comparar versões

energy-plans-compare = Comparar com a versão { $number }
energy-plans-compare-heading = Versão { $from } e versão { $to }
energy-plans-compare-close = Fechar a comparação
energy-plans-changes-heading = O que mudou
energy-plans-no-changes = O cenário não mudou.
energy-plans-change-caption = Alterações ao cenário
energy-plans-col-what = O quê
energy-plans-col-before = Versão { $number }
energy-plans-removed = (removido)
energy-plans-added = (acrescentado)
energy-plans-compare-caption = Cada subestação no ano-alvo
energy-plans-field-target-year = Ano-alvo
energy-plans-field-heat-pumps-pct = Bombas de calor (%)
energy-plans-field-ev-charging-pct = Carregamento de carros elétricos (%)
energy-plans-field-rooftop-solar-pct = Solar nos telhados (%)
energy-plans-field-battery = Bateria “{ $name }”
energy-plans-field-project = Projeto “{ $name }”
energy-plans-field-item = { $item }: { $field }
energy-plans-battery-row = { $place } · { $power } kW · a partir de { $year }
energy-plans-project-row = { $place } · consome { $import } kW, injeta { $export } kW · a partir de { $year }

## Impressão

energy-plans-print-heading = Plano energético: { $title }
energy-plans-print-meta = { $group } · versão { $number } ({ $status }) · impresso a { $date }
energy-plans-print-now = Imprimir ou guardar como PDF
energy-plans-print-back = Voltar ao plano
energy-plans-scenario-caption = O cenário
energy-plans-col-value = Valor
energy-plans-map-image = O mapa das áreas de abastecimento, cada uma rotulada conforme o cenário cabe ou não
