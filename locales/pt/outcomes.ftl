# As respostas das organizações: estados, a resposta num contributo, o formulário de quem responde, a página «Disseram, fizemos».

outcomes-status-open = À espera de resposta
outcomes-status-referred = Encaminhado
outcomes-status-considering = Em análise
outcomes-status-planned = Planeado
outcomes-status-done = Feito
outcomes-status-not-possible = Não é possível
outcomes-status-duplicate = Repetido
outcomes-status-hint-referred = Passado à organização que pode tratar do assunto
outcomes-status-hint-considering = A organização está a analisar
outcomes-status-hint-planned = O trabalho está planeado para um mês que indica
outcomes-status-hint-done = Já foi feito
outcomes-status-hint-not-possible = Não se pode fazer: diga porquê
outcomes-status-hint-duplicate = Alguém já disse o mesmo: indique esse contributo
outcomes-outcome-heading = O que aconteceu
outcomes-status-label = Estado
outcomes-why-not = Porque não
outcomes-duplicate-of = O mesmo que outro contributo
outcomes-open-original = Abrir
outcomes-commitment = Compromisso
outcomes-updates-heading = Atualizações do progresso
outcomes-see-all = Ver tudo o que as organizações responderam
outcomes-outcome-legend = Resposta
outcomes-has-answer = Tem resposta
outcomes-rings-heading = Um anel à volta de um pin: a sua resposta
outcomes-respond-heading = Responder a contributos
outcomes-respond-intro = Escolha contributos desenhando uma área no mapa, pelos filtros ou marcando-os na lista, e depois escreva uma resposta para todos.
outcomes-draw-area = Desenhar uma área no mapa
outcomes-drawing = Clique no mapa para acrescentar cantos; escolha de novo o primeiro canto, ou prima Enter, para terminar. Backspace retira um canto, Escape para.
outcomes-finish-area = Terminar a área
outcomes-cancel-area = Parar de desenhar
outcomes-too-few-corners = Uma área precisa de pelo menos três cantos.
outcomes-by-filter = Escolher tudo o que corresponde aos filtros
outcomes-tick-hint = Ou marque contributos na lista abaixo.
outcomes-clear-selection = Limpar a escolha
outcomes-write-answer = Escrever a resposta
outcomes-chosen-none = Ainda nada escolhido.
outcomes-chosen-capped = Mais de 5000 contributos: escolha menos.
outcomes-counting = A contar…
outcomes-area-empty = Nenhum contributo fica dentro da área desenhada.
outcomes-form-heading = A sua resposta
outcomes-back = Voltar à lista
outcomes-organisation-label = Organização que assina
outcomes-organisation-hint = A resposta é assinada pela organização, não por si.
# A responder's answer form: the organisation that signs the answer, by its name.
outcomes-organisation-signs = A resposta é assinada por { $organisation }, não por si.
outcomes-status-legend = Novo estado
outcomes-status-missing = escolha o estado que esta resposta dá
outcomes-only-allowed = Só são oferecidos os passos que todos os contributos escolhidos podem dar.
outcomes-no-step = Estes contributos não têm nenhum passo em comum. Escolha menos ou outros.
outcomes-response-label = Resposta
outcomes-response-hint = O que as pessoas vão ler, assinado pela organização (até 4000 caracteres).
outcomes-title-label = Título do compromisso (opcional)
outcomes-title-hint = Dê um título para o tornar um compromisso com progresso, por exemplo «Iluminar as passagens subterrâneas de Fishermead».
outcomes-month-label = Mês em que se espera o trabalho
outcomes-month-hint = Por exemplo 2027-03
outcomes-reason-label = Porque não é possível
outcomes-duplicate-label = Ligação ou id do contributo que estes repetem
outcomes-referred-label = Organização a que se destina
outcomes-submit = Publicar a resposta
outcomes-sending = A publicar…
outcomes-refused-heading = Alguns contributos não podem dar este passo
outcomes-no-organisations = Este plano ainda não tem organizações: quem as acrescenta é um administrador.
outcomes-update-heading = Publicar uma atualização do progresso
outcomes-update-progress = Progresso agora (de 0 a 100 %)
outcomes-update-note = O que aconteceu
outcomes-progress-invalid = um número inteiro de 0 a 100
outcomes-update-submit = Publicar a atualização
outcomes-update-sending = A publicar…
outcomes-page-heading = Disseram, fizemos
outcomes-skip-to-content = Saltar para o conteúdo
outcomes-page-intro = O que as organizações responderam ao que as pessoas disseram no mapa: os seus compromissos e até onde chegaram, o que está feito e o que não foi possível e porquê.
outcomes-back-to-map = Voltar ao mapa
outcomes-neighbourhood-label = Bairro
outcomes-all-neighbourhoods = Todos os bairros
outcomes-show = Mostrar
outcomes-commitments-heading = Compromissos
outcomes-no-commitments = Ainda não há compromissos.
outcomes-done-heading = Feito
outcomes-none-done = Ainda nada marcado como feito.
outcomes-not-possible-heading = Não é possível
outcomes-none-not-possible = Nada marcado como não possível.
outcomes-no-updates = Ainda não há atualizações do progresso.
outcomes-behind-heading = O que as pessoas disseram
outcomes-print = Imprimir esta página
outcomes-load-failed = Não foi possível carregar esta página. Verifique a ligação e tente de novo.
outcomes-plan-not-found = Não encontrámos este plano.
outcomes-answer-from = Resposta de { $org }
outcomes-referred-to = Encaminhado para { $org }
outcomes-expected = Previsto para { $month }
outcomes-progress-label = Progresso de «{ $title }»
outcomes-progress = { $pc }% feito
outcomes-last-changed = Atualizado { $date }
outcomes-tick = Escolher «{ $title }»
outcomes-chosen = { $how ->
    [ids] { $count ->
        [one] { $count } contributo escolhido na lista.
       *[other] { $count } contributos escolhidos na lista.
    }
    [area] { $count ->
        [one] { $count } contributo escolhido na área desenhada.
       *[other] { $count } contributos escolhidos na área desenhada.
    }
   *[filter] { $count ->
        [one] { $count } contributo escolhido pelos filtros.
       *[other] { $count } contributos escolhidos pelos filtros.
    }
}
outcomes-form-for = { $count ->
    [one] Para { $count } contributo
   *[other] Para { $count } contributos
}
outcomes-published = { $count ->
    [one] Publicado: { $count } contributo respondido por { $org }.
   *[other] Publicado: { $count } contributos respondidos por { $org }.
}
outcomes-refused-item = { $title }: agora «{ $now }»; pode passar a { $allowed }.
outcomes-refused-item-none = { $title }: agora «{ $now }»; não pode passar a nenhum outro estado.
outcomes-update-posted = Atualização publicada: { $pc }% feito.
outcomes-page-title = Disseram, fizemos — { $plan } — Waymark
outcomes-voices = { $count ->
    [one] { $count } voz por trás
   *[other] { $count } vozes por trás
}
outcomes-by = Por { $org }
