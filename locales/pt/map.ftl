# The plan page: header, map, list, a contribution, the add form, following by e-mail,
# community energy and the account links. Draft translation, awaiting review by a native speaker.

-map-brand = Waymark

## The plan page

map-page-title = { $plan } — { -map-brand }
map-contribution-title = { $title } — { $plan } — { -map-brand }
map-skip-to-list = Saltar para a lista
map-loading = A carregar…
map-no-script = O Waymark precisa de JavaScript para mostrar o mapa e a lista.
map-plan-not-found = Não encontrámos este plano. Verifique a ligação ou abra o mapa principal.
map-open-main-map = Abrir o mapa principal
map-load-failed = Algo correu mal ao carregar. Verifique a sua ligação e tente novamente.
map-try-again = Tentar novamente
map-map-failed = Não foi possível mostrar o mapa neste dispositivo. Pode continuar a explorar, apoiar, responder e adicionar a sua ideia com a lista.
map-hidden-now = Um moderador acabou de ocultar esta contribuição. Voltou à lista.
map-add-button = Adicione a sua ideia
map-menu-button = Menu
map-views-label = Mostrar
map-view-map = Mapa
map-view-list = Lista
map-map-label = Mapa de { $plan }. Mova com as teclas de seta, aproxime com mais e afaste com menos. A lista mostra o que está à vista.
map-map-region = Mapa
map-legend-title = Legenda
map-legend-bubble = Vários pinos: aproxime ou escolha-o para os ver
map-map-locale-map-title = Mapa
map-map-locale-navigation-control-zoom-in = Aproximar
map-map-locale-navigation-control-zoom-out = Afastar
map-map-locale-navigation-control-reset-bearing = Orientar o mapa para norte
map-map-locale-attribution-control-toggle-attribution = Mostrar ou ocultar os créditos do mapa
map-map-locale-scale-control-meters = m
map-map-locale-scale-control-kilometers = km
map-map-locale-marker-title = Pino
map-map-locale-geolocate-control-find-my-location = Mostrar onde estou
map-map-locale-geolocate-control-location-not-available = A sua localização não está disponível
map-kind-idea = Ideia
map-kind-issue = Problema
map-kind-interest = Interesse
map-kind-story = História positiva
map-kind-plural-idea = Ideias
map-kind-plural-issue = Problemas
map-kind-plural-interest = Interesses
map-kind-plural-story = Histórias positivas
map-kind-hint-idea = Algo que podia melhorar a sua zona
map-kind-hint-issue = Um problema que precisa de ser resolvido
map-kind-hint-interest = Algo que lhe importa ou em que gostaria de participar
map-kind-hint-story = Algo de bom que já está a acontecer
map-theme-energy = Energia
map-theme-transport = Mobilidade
map-theme-housing = Habitação
map-theme-green-space = Parques e espaços verdes
map-theme-safety = Segurança
map-theme-community = Comunidade
map-theme-health = Saúde e bem-estar
map-theme-other = Outra coisa
map-browse-heading = O que as pessoas disseram
map-browse-intro = Tudo o que foi marcado na parte do mapa que vê. Mova o mapa para ver outros locais.
map-filters-toggle = Filtros
map-filters-active = { $count ->
    [one] { $count } filtro ativo
   *[other] { $count } filtros ativos
}
map-search-label = Pesquisar
map-search-hint = Palavras do título ou do texto, por exemplo “solar” ou “autocarro”
map-search-button = Pesquisar
map-kind-legend = Tipo
map-theme-legend = Tema
map-neighbourhood-label = Bairro
map-any-neighbourhood = Todos os bairros
map-clear-filters = Limpar todos os filtros
map-browse-intro-no-map = Tudo o que foi marcado na área do plano, do mais recente para o mais antigo.
map-results-none = Ainda não há nada aqui.
map-results-newest-view = A mostrar as { $count } mais recentes nesta parte do mapa.
map-results-newest-area = A mostrar as { $count } mais recentes na área do plano.
map-results-count-view = { $count ->
    [one] { $count } contribuição nesta parte do mapa.
   *[other] { $count } contribuições nesta parte do mapa.
}
map-results-count-area = { $count ->
    [one] { $count } contribuição na área do plano.
   *[other] { $count } contribuições na área do plano.
}
map-results-filtered = Há filtros ativos.
map-no-results = Nada corresponde aqui. Mova ou afaste o mapa, ou altere os filtros.
map-no-results-empty = Ainda não foi marcado nada nesta parte do mapa. Seja o primeiro: adicione a sua ideia.
map-show-more = Mostrar mais
map-list-loading = A carregar a lista…
map-list-failed = Não foi possível carregar a lista.
map-search-found-none = Nenhuma contribuição corresponde à sua pesquisa.
map-search-found = { $count ->
    [one] { $count } contribuição corresponde. O mapa mostra onde está.
   *[other] { $count } contribuições correspondem. O mapa mostra onde estão.
}
map-search-found-more = Mais de { $count } contribuições correspondem. O mapa mostra onde estão.
map-map-matches-capped = O mapa mostra os { $count } resultados mais recentes.
map-supports-count = { $count ->
    [one] { $count } apoio
   *[other] { $count } apoios
}
map-replies-count = { $count ->
    [one] { $count } resposta
   *[other] { $count } respostas
}
map-in-neighbourhood = em { $name }
# A contribution written in another language than the page's; $language is its name in the page's language.
map-written-in = Escrito em { $language }
map-back-to-list = Voltar à lista
map-show-on-map = Mostrar no mapa
map-by = Por { $name }
map-anonymous = Um residente
map-posted = Adicionado { $date }
map-precision-note-exact = Marcado no local exato.
map-precision-note-street = Marcado na rua mais próxima (cerca de 100 metros).
map-precision-note-neighbourhood = Marcado no centro do bairro.
map-pending-note = À espera da verificação de um moderador. Por agora, só o próprio o pode ver.
map-support = Apoiar
map-supported = Apoiado
map-support-hint = Apoie se concorda. Escolha novamente para retirar o seu apoio.
map-help-ask = Gostaria de ajuda com isto
map-help-hint = Os campeões de energia comunitária são voluntários locais que ajudam a sua vizinhança com ideias sobre energia. Pedir envia-lhes uma mensagem sobre este pino.
map-help-asking = A pedir aos campeões…
map-help-told = { $count ->
    [one] O campeão de energia de { $neighbourhood } foi avisado. Poderá responder aqui.
   *[other] Os { $count } campeões de energia de { $neighbourhood } foram avisados. Um deles poderá responder aqui.
}
map-help-none = Ainda não há campeões de energia em { $neighbourhood }, por isso ninguém pôde ser avisado. Pode ainda assim responder a este pino.
map-help-asked-before = Já pediu: os campeões foram avisados nessa altura.
map-help-failed = Não foi possível enviar o pedido. Tente novamente.
map-support-count = { $count ->
    [one] { $count } pessoa apoia isto
   *[other] { $count } pessoas apoiam isto
}
map-support-added = Obrigado. O seu apoio foi contado.
map-support-removed = O seu apoio foi retirado.
map-support-failed = Não foi possível guardar o seu apoio. Tente novamente.
map-feature-quote = Citar no relatório mensal
map-feature-hint = Para mobilizadores: o relatório mensal do diálogo cita os itens escolhidos aqui. Só pode ser escolhido um item publicado cujo morador aceitou ser citado.
map-feature-added = Isto será citado no relatório mensal.
map-feature-removed = Isto deixará de ser citado no relatório mensal.
map-feature-refused = Isto não pode ser citado: não está publicado, ou o seu morador não aceitou ser citado.
map-feature-failed = Não foi possível guardar a sua escolha. Tente novamente.
map-replies-heading-count = Respostas ({ $count })
map-no-replies = Ainda não há respostas.
map-reply-heading = Responder
map-reply-label = A sua resposta
map-reply-name-label = O seu nome (opcional)
map-reply-name-hint = Aparece junto à sua resposta. Deixe em branco para responder sem nome.
map-reply-submit = Enviar resposta
map-reply-sending = A enviar…
map-reply-sent = A sua resposta foi adicionada.
map-reply-failed = Não foi possível enviar a sua resposta. Tente novamente.
map-not-found = Não foi possível encontrar esta contribuição. Pode ter sido removida.
map-add-heading = Adicione a sua ideia
map-add-intro = Diga aos seus vizinhos e a quem planeia a sua zona o que pensa. Demora cerca de dois minutos. Não precisa de conta.
map-cancel = Cancelar
map-step-where = Passo 1 de 2: onde é?
map-step-what = Passo 2 de 2: fale-nos sobre isso
map-place-by-map = Toque ou clique no mapa onde é. Pode arrastar o pino para o mover.
map-place-by-keyboard = Com o teclado: mova o mapa com as teclas de seta até a cruz estar no local e depois prima Enter.
map-place-on-map-button = Usar o teclado no mapa
map-place-without-map = Ou escolha um local sem o mapa
map-place-neighbourhood-label = Bairro
map-place-choose = Escolha um bairro
map-place-search-label = Ou escreva um local
map-place-search-hint = O nome de um bairro, por exemplo Fishermead
map-place-search-button = Procurar
map-place-no-match = Não há nenhum bairro chamado “{ $text }”. Tente outro nome ou escolha um da lista.
map-place-found = Pino colocado no centro de { $name }.
map-place-empty = Escreva primeiro o nome de um local.
map-place-set = Pino colocado. Pode arrastá-lo, ou usar as teclas de seta, para o mover.
map-place-moved = Pino movido.
# The place of the pin being added, near the neighbourhood whose middle is closest.
map-place-chosen-near = O seu pino: perto de { $name }
map-place-chosen-unknown = O seu pino: no mapa
map-place-needed = Coloque primeiro um pino no mapa ou escolha um local.
map-change-place = Mudar o local
map-continue = Continuar
map-pin-label = O seu pino. Use as teclas de seta para o mover.
map-crosshair-label = A cruz mostra onde ficará o pino
map-keyboard-placing = Mova o mapa com as teclas de seta. Prima Enter para colocar o pino na cruz, ou Escape para parar.
map-kind-question = O que é?
map-themes-question = Sobre o que é?
map-themes-hint = Escolha um, dois ou três.
map-title-label = Título
map-title-hint = Um resumo curto, por exemplo “Painéis solares no centro comunitário”.
map-body-label = Conte-nos mais (opcional)
map-body-hint = O que é, porque é importante, a quem ajudaria?
map-precision-question = Com que exatidão devemos mostrar o local?
map-precision-hint = Mantemos o local exato privado, a menos que escolha mostrá-lo.
map-precision-option-exact = Exatamente onde coloquei o pino
map-precision-option-street = A rua mais próxima (a cerca de 100 metros)
map-precision-option-neighbourhood = Só o bairro
map-precision-option-hint-exact = Bom para um local que todos conhecem, como uma paragem de autocarro ou um parque. Não o use para a sua casa.
map-precision-option-hint-street = Os outros veem aproximadamente onde é, mas não o ponto exato. Recomendado.
map-precision-option-hint-neighbourhood = Os outros só veem em que bairro é.
map-name-label = O seu nome (opcional)
map-name-hint = Aparece com a sua contribuição. Deixe em branco para publicar sem nome.
map-submit = Adicionar ao mapa
map-submitting = A adicionar…
map-error-summary = Há um problema
map-error-prefix = Erro:
map-error-generic = Não foi possível adicionar a sua contribuição. Tente novamente.
map-error-offline = Parece estar sem ligação. O seu texto continua aqui: tente novamente quando tiver ligação.
map-error-rate-limited = Enviou muito num curto espaço de tempo. Aguarde um minuto e tente novamente.
map-error-outside = Este local está fora da área do plano. Escolha um local dentro do contorno.
map-added = Obrigado. A sua contribuição está no mapa.
map-added-pending = Obrigado. Um moderador vai verificar a sua contribuição antes de ela aparecer no mapa.
map-characters-left = { $count ->
    [one] Resta { $count } carácter
   *[other] Restam { $count } caracteres
}
map-characters-too-many = { $count ->
    [one] { $count } carácter a mais
   *[other] { $count } caracteres a mais
}
map-field-geometry = Local
map-field-geometry-type = Local
map-field-geometry-coordinates = Local
map-field-properties-kind = Tipo
map-field-properties-themes = Temas
map-field-properties-title = Título
map-field-properties-body = Texto
map-field-properties-display-name = Nome
map-field-properties-precision = Como o local é mostrado
map-field-body = Resposta
map-field-display-name = Nome
# A problem in the error summary: the field's short name, then what is wrong with it.
map-field-problem = { $field }: { $message }
map-today = hoje
map-yesterday = ontem
map-days-ago = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}

## energy

map-energy-header-button = Energia comunitária
map-groups = Grupos
map-energy-heading = Energia comunitária
map-energy-intro = Os grupos podem propor um projeto de energia e ver de imediato se a rede elétrica local deverá ter capacidade para ele. Depois, o operador da rede responde.
map-energy-propose-button = Propor um projeto
map-energy-plans-link = Planos energéticos de bairro: o que um grupo deseja e o que isso significa para a rede
map-energy-proposals-heading = Propostas
map-energy-no-proposals = Ainda não há propostas.
map-energy-queue-heading = Propostas por responder
map-energy-queue-empty = Nada está à espera de resposta.
map-energy-back-to-list = Voltar à lista
map-energy-back-to-energy = Voltar à energia comunitária
map-energy-load-failed = Não foi possível carregar as propostas.
map-energy-sign-in-heading = Inicie sessão para propor um projeto
map-energy-sign-in-intro = As propostas são feitas por um membro identificado do grupo, para que o operador da rede possa responder.
map-energy-sign-in-heading-plain = Iniciar sessão
map-energy-email = Endereço de e-mail
map-energy-password = Palavra-passe
map-energy-sign-in = Iniciar sessão
map-energy-sign-out = Terminar sessão
map-energy-signed-in-as = Sessão iniciada como { $email } ({ $role }).
map-energy-signed-in = Tem a sessão iniciada.
map-energy-signed-out = Terminou a sessão.
map-energy-email-missing = Introduza o seu endereço de e-mail.
map-energy-password-missing = Introduza a sua palavra-passe.
map-energy-wrong-password = O endereço de e-mail ou a palavra-passe não estão corretos. Verifique-os e tente novamente.
map-energy-too-many = Demasiadas tentativas. Aguarde um minuto e tente novamente.
map-energy-sign-in-failed = Não foi possível iniciar sessão. Verifique a sua ligação e tente novamente.
map-energy-roles-resident = residente
map-energy-roles-mobiliser = dinamizador
map-energy-roles-facilitator = facilitador
map-energy-roles-moderator = moderador
map-energy-roles-dno-engineer = engenheiro de rede
map-energy-roles-admin = administrador
map-energy-roles-responder = responsável por uma organização
map-energy-roles-council-officer = técnico da câmara (plano energético local)
map-energy-roles-data-officer = responsável pelos dados (pedidos sobre os dados das pessoas)
map-energy-propose-heading = Propor um projeto
map-energy-site-legend = Onde fica o local?
map-energy-site-hint = Clique ou toque no mapa para colocar o local e depois arraste-o para ajustar. Ou use o teclado.
map-energy-site-chosen = Local colocado. Arraste-o, ou coloque-o de novo, para o mover.
map-energy-site-missing = Coloque o local no mapa.
map-energy-site-by-point = Um ponto
map-energy-site-by-outline = Desenhar o contorno
map-energy-site-by-outline-hint = Para terrenos, telhados e locais eólicos.
map-energy-outline-hint = Clique ou toque no mapa em cada canto do local, pelo menos 3. Termine com Enter ou “Terminar contorno”. Backspace ou “Desfazer último canto” retira um canto; Escape para. Sem rato nem ecrã tátil, escolha “Um ponto” e use o teclado.
map-energy-outline-start = Desenhar o contorno no mapa
map-energy-outline-again = Desenhar de novo
map-energy-outline-finish = Terminar contorno
map-energy-outline-undo = Desfazer último canto
map-energy-outline-stop = Parar de desenhar
map-energy-outline-corners = { $count ->
    [0] Ainda sem cantos: adicione pelo menos 3.
    [1] 1 canto: adicione pelo menos mais 2.
    [2] 2 cantos: adicione pelo menos mais 1.
   *[other] { $count } cantos. Adicione mais ou termine o contorno.
}
map-energy-outline-drawing = A desenhar: clique ou toque no mapa em cada canto do local.
map-energy-outline-done = Contorno escolhido, com { $count } cantos. A verificação abaixo é para o seu centro.
map-energy-outline-stopped = Desenho parado.
map-energy-outline-too-few = Um contorno precisa de pelo menos 3 cantos.
map-energy-outline-crosses = O contorno cruza-se a si próprio. Desenhe-o de novo para que os lados não se cruzem.
map-energy-outline-missing = Desenhe o contorno do local no mapa: pelo menos 3 cantos, depois “Terminar contorno”.
map-energy-feasibility-waiting-outline = Desenhe o contorno do local no mapa para ver se a rede deverá ter capacidade.
map-energy-site-is-point = O local: um ponto no mapa.
map-energy-site-is-outline = O local: um contorno com { $count } cantos.
map-energy-title = Nome do projeto
map-energy-title-hint = Por exemplo “Painéis solares no centro comunitário”
map-energy-technology = Tipo de projeto
map-energy-technologies-solar-pv = Painéis solares
map-energy-technologies-wind = Turbina eólica
map-energy-technologies-battery = Bateria
map-energy-technologies-heat-pump = Bombas de calor
map-energy-technologies-ev-charging = Carregamento de veículos elétricos
map-energy-technologies-heat-network = Rede de calor
map-energy-technologies-efficiency = Poupança de energia
map-energy-capacity = Potência (kW)
map-energy-capacity-hint = A dimensão do projeto. Os painéis solares no telhado de uma escola têm muitas vezes entre 30 e 250 kW.
map-energy-export-kw = Máximo que envia para a rede (kW)
map-energy-export-hint = A potência máxima que enviaria para a rede de uma vez. 0 se só consome energia.
map-energy-import-kw = Máximo que retira da rede (kW)
map-energy-import-hint = A potência máxima que retiraria da rede de uma vez. 0 se só produz energia.
map-energy-phases = Alimentação elétrica no local
map-energy-phase1 = Monofásica (a maioria das casas)
map-energy-phase3 = Trifásica (a maioria das escolas, salões e empresas)
map-energy-group = Grupo
map-energy-group-hint = O grupo comunitário por trás do projeto
map-energy-description = Sobre o projeto (opcional)
map-energy-submit = Enviar a proposta
map-energy-sending = A enviar…
map-energy-cancel = Cancelar
map-energy-number-bad = Introduza um número de kW, 0 ou mais.
map-energy-error-summary = Há um problema
map-energy-send-failed = Não foi possível enviar a proposta. Verifique a sua ligação e tente novamente.
map-energy-sent = A sua proposta foi enviada ao operador da rede.
map-energy-feasibility-heading = A rede terá capacidade?
map-energy-feasibility-waiting = Coloque o local no mapa para ver se a rede deverá ter capacidade.
map-energy-feasibility-checking = A verificar…
map-energy-feasibility-failed = Não foi possível fazer a verificação agora.
map-energy-rag-green = Verde: deverá ter capacidade
map-energy-rag-amber = Âmbar: pode ter capacidade
map-energy-rag-red = Vermelho: pouca ou nenhuma capacidade
map-energy-rag-short-green = Verde
map-energy-rag-short-amber = Âmbar
map-energy-rag-short-red = Vermelho
map-energy-served-by = Servido por { $name }.
map-energy-feasibility-note = Uma primeira triagem a partir de dados publicados, não uma decisão.
map-energy-status = Estado
map-energy-statuses-draft = Rascunho
map-energy-statuses-submitted = Enviada, à espera do operador da rede
map-energy-statuses-under-review = Em análise pelo operador da rede
map-energy-statuses-can-connect = Pode ligar
map-energy-statuses-needs-study = Precisa de um estudo
map-energy-statuses-needs-reinforcement = Precisa de reforço da rede
map-energy-statuses-cannot-connect = Não pode ligar
map-energy-statuses-withdrawn = Retirada
map-energy-statuses-going-ahead = Vai avançar
map-energy-figures = { $capacity } kW · envia até { $export } kW · retira até { $import } kW
map-energy-by-group = Por { $group }
map-energy-history-heading = Histórico
# A change of a proposal's status, from one to the other.
map-energy-history-item = { $from } → { $to }
map-energy-response-heading = A resposta do operador da rede
map-energy-no-response = Ainda sem resposta.
map-energy-decision = Decisão
map-energy-decisions-can-connect = Pode ligar
map-energy-decisions-needs-study = Precisa de um estudo
map-energy-decisions-needs-reinforcement = Precisa de reforço da rede
map-energy-decisions-cannot-connect = Não pode ligar
map-energy-cost-band = Custo indicativo
map-energy-cost-band-hint = Por exemplo “de £10k a £50k”
map-energy-timescale = Prazo indicativo
map-energy-timescale-hint = Por exemplo “de 6 a 12 meses”
map-energy-conditions = Condições
map-energy-notes = Notas
map-energy-answer-heading = Responder a esta proposta
map-energy-send-answer = Enviar a resposta
map-energy-answered = A sua resposta foi enviada. A proposta mostra-a.
map-energy-decision-missing = Escolha uma decisão.
map-energy-answer-failed = Não foi possível enviar a resposta. Tente novamente.
map-energy-not-allowed = Isso não é possível para esta proposta agora.
map-energy-steps-heading = O que pode fazer
map-energy-steps-submitted = Enviar ao operador da rede
map-energy-steps-under-review = Começar a análise
map-energy-steps-withdrawn = Retirar
map-energy-steps-going-ahead = Vamos avançar
map-energy-submit-again = Enviar de novo
map-energy-step-done-submitted = A sua proposta foi enviada ao operador da rede.
map-energy-step-done-under-review = A proposta está agora em análise.
map-energy-step-done-withdrawn = A sua proposta foi retirada.
map-energy-step-done-going-ahead = A sua proposta diz agora que vão avançar.
map-energy-withdraw-question = Retirar esta proposta? O operador da rede deixará de a analisar e não poderá ser enviada de novo.
map-energy-withdraw-confirm = Sim, retirar
map-energy-withdraw-cancel = Não, manter
map-energy-step-failed = Não resultou: { $detail }
map-energy-step-offline = Parece estar sem ligação. Nada mudou: tente novamente quando tiver ligação.
map-energy-status-now = { $title } está agora: { $status }.
map-energy-network-toggle = Rede elétrica
map-energy-network-legend = Capacidade da rede (dados ilustrativos)
map-energy-network-legend-dno = Capacidade de produção após a fila
map-energy-network-label = { $name }: { $rag }
map-energy-network-label-dno = { $name }: { NUMBER($mw, minimumFractionDigits: 1, maximumFractionDigits: 1) } MW
map-energy-dno-band-high = Mais de 5 MW
map-energy-dno-band-low = De 0 a 5 MW
map-energy-dno-band-none = Nenhuma (abaixo de 0 MW)
map-energy-substation-figures-voltage = Tensão
map-energy-substation-figures-firm-capacity-mva = Capacidade firme (MVA)
map-energy-substation-figures-peak-demand-mva = Procura de ponta (MVA)
map-energy-substation-figures-demand-headroom-mva = Margem de consumo (MVA)
map-energy-substation-figures-generation-headroom-mw = Margem de produção (MW)
map-energy-substation-figures-connected-generation-mw = Produção ligada (MW)
map-energy-substation-figures-queued-generation-mw = Produção em fila (MW)
map-energy-substation-figures-fault-level-headroom-ka = Margem de nível de defeito (kA)
map-energy-substation-figures-rag = RAG
map-energy-substation-figures-data-date = Data dos dados
map-energy-substation-figures-source = Fonte
map-energy-substations-heading = Subestações
map-energy-close-details = Fechar
map-energy-network-failed = Não foi possível carregar a rede.

## mine

map-mine-button = { $count ->
    [none] As suas contribuições
   *[other] As suas contribuições ({ $count })
}
map-mine-heading = As suas contribuições
map-mine-intro = O que adicionou a este plano a partir deste navegador ou da sua conta, e o que aconteceu a cada uma.
map-mine-loading = A carregar as suas contribuições…
map-mine-failed = Não foi possível carregar as suas contribuições. Tente novamente.
map-mine-offline = Parece estar sem ligação: não foi possível carregar as suas contribuições.
map-mine-empty = Ainda não adicionou nada a este plano. Escolha “Adicione a sua ideia”, coloque-a no mapa e envie-a: ficará listada aqui com o que lhe aconteceu.
map-mine-count = { $count ->
    [one] { $count } contribuição, da mais recente para a mais antiga.
   *[other] { $count } contribuições, da mais recente para a mais antiga.
}
map-mine-pending = À espera de um moderador

## follow

map-follow-button = Receber novidades por e-mail
map-follow-button-neighbourhood = Receber novidades de { $name } por e-mail
map-follow-heading = Receber novidades de um local por e-mail
map-follow-intro = Enviamos-lhe por e-mail o que as pessoas adicionam no local que escolher. Não precisa de conta, e cada e-mail tem uma ligação para parar.
map-follow-email-label = O seu endereço de e-mail
map-follow-email-hint = Só o usamos para lhe enviar estas novidades.
map-follow-what-legend = Que local?
map-follow-what-neighbourhood = Um bairro
map-follow-what-draw = Uma área que desenho no mapa
map-follow-what-view = A área agora visível no mapa
map-follow-neighbourhood-label = Bairro
map-follow-neighbourhood-choose = Escolha um bairro
map-follow-draw-hint = Clique ou toque no mapa em cada canto da área, pelo menos 3. Termine com Enter ou “Terminar área”. Backspace ou “Desfazer último ponto” retira um canto; Escape para.
map-follow-draw-start = Desenhar no mapa
map-follow-draw-again = Desenhar de novo
map-follow-draw-finish = Terminar área
map-follow-draw-undo = Desfazer último ponto
map-follow-draw-stop = Parar de desenhar
map-follow-draw-corners = { $count ->
    [0] Ainda sem cantos: adicione pelo menos 3.
    [1] 1 canto: adicione pelo menos mais 2.
    [2] 2 cantos: adicione pelo menos mais 1.
   *[other] { $count } cantos. Adicione mais ou termine a área.
}
map-follow-draw-drawing = A desenhar: clique ou toque no mapa em cada canto.
map-follow-draw-done = Área desenhada, com { $count } cantos.
map-follow-draw-stopped = Desenho parado.
map-follow-draw-too-few = Uma área precisa de pelo menos 3 cantos.
map-follow-view-hint = A parte da área do plano que o mapa mostra agora. Mova ou aproxime o mapa primeiro para a escolher.
map-follow-frequency-legend = Com que frequência?
map-follow-frequency-weekly = Uma vez por semana
map-follow-frequency-daily = Uma vez por dia
map-follow-submit = Enviem-me as novidades
map-follow-sending = A enviar…
map-follow-sent = Veja a sua caixa de entrada: abra a ligação no e-mail para confirmar.
map-follow-sent-hint = Se não chegar nenhum e-mail em poucos minutos, veja a pasta de spam, ou verifique o endereço e envie de novo.
map-follow-another = Seguir outro local
map-follow-error-generic = Não foi possível enviar o seu pedido. Tente novamente.
map-follow-error-offline = Parece estar sem ligação. Nada foi enviado e as suas respostas continuam aqui: tente novamente quando tiver ligação.
map-follow-email-missing = introduza o seu endereço de e-mail
map-follow-neighbourhood-needed = escolha um bairro
map-follow-draw-needed = desenhe primeiro a área no mapa: pelo menos 3 cantos, depois “Terminar área”
map-follow-view-outside = o mapa não mostra nenhuma parte da área do plano: mova primeiro o mapa para ela
map-follow-field-email = Endereço de e-mail
map-follow-field-neighbourhood = Local
map-follow-field-area = Área
map-follow-field-frequency = Frequência
