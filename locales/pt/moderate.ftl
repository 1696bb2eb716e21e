# A página de moderação (/moderate).

moderate-heading = Moderação
moderate-skip-to-queue = Saltar para a lista
moderate-loading = A carregar…
moderate-load-failed = Não foi possível carregar a página. Verifique a ligação e tente de novo.
moderate-try-again = Tentar de novo
moderate-account-label = A sua conta
moderate-sign-in-heading = Entre para moderar
moderate-sign-in-intro = Esta página é para moderadores: mostra o que espera uma decisão e o que foi ocultado.
moderate-sign-in-again = A sua sessão terminou. Entre de novo para continuar.
moderate-email = E-mail
moderate-password = Palavra-passe
moderate-sign-in = Entrar
moderate-signing-in = A entrar…
moderate-sign-in-failed = O endereço de e-mail ou a palavra-passe não estão certos.
moderate-sign-in-offline = Está sem ligação. Para entrar é preciso ligação.
moderate-sign-in-busy = Demasiadas tentativas. Espere um minuto e tente de novo.
moderate-sign-out = Sair
moderate-signed-out = Saiu da sua conta.
moderate-refused-heading = Esta página é para moderadores
moderate-role-resident = morador
moderate-role-mobiliser = mobilizador da comunidade
moderate-role-facilitator = facilitador
moderate-role-moderator = moderador
moderate-role-dno-engineer = engenheiro da rede
moderate-role-admin = administrador
moderate-role-responder = responsável por uma organização
moderate-role-council-officer = técnico da câmara (plano energético local)
moderate-role-data-officer = responsável pelos dados (pedidos sobre os dados das pessoas)
moderate-tools-label = O que mostrar
moderate-plan-label = Plano
moderate-list-label = Mostrar
moderate-list-waiting = À espera
moderate-list-hidden = Ocultos
moderate-shortcuts-button = Atalhos de teclado
moderate-shortcuts-hint = Teclado: j e k passam de um item para outro; prima ? para ver todos os atalhos.
moderate-waiting-empty = Nada está à espera. Os contributos novos e denunciados aparecem aqui à medida que chegam.
moderate-hidden-empty = Nada neste plano está oculto.
moderate-list-loading = A carregar a lista…
moderate-oldest-first = Os mais antigos primeiro.
moderate-newest-hidden-first = Os ocultados mais recentemente primeiro.
moderate-status-pending = À espera de aprovação
moderate-status-hidden = Oculto
moderate-status-duplicate = Oculto por ser repetido
moderate-by = Por
moderate-no-name = Sem nome
moderate-added = Adicionado
moderate-hidden-at = Ocultado
moderate-where = Onde
moderate-duplicate-of = Repete
moderate-empty-body = Sem descrição.
moderate-history = Histórico
moderate-history-loading = A carregar o histórico…
moderate-history-failed = Não foi possível carregar o histórico.
moderate-history-empty = Nenhum moderador agiu ainda.
moderate-history-action-contribution-hide = Ocultado
moderate-history-action-contribution-restore = Reposto
moderate-history-action-contribution-approve = Aprovado
moderate-history-action-contribution-mark-duplicate = Marcado como repetido
moderate-history-action-contribution-feature = Destacado como citação no relatório mensal
moderate-history-action-contribution-unfeature = Deixou de estar destacado no relatório mensal
moderate-someone = uma conta que já não existe
moderate-actions-label = Ações
moderate-approve = Aprovar
moderate-keep = Manter e rejeitar as denúncias
moderate-hide = Ocultar…
moderate-restore = Repor…
moderate-duplicate = Marcar como repetido…
moderate-approve-reason = Verificado e aprovado por um moderador.
moderate-keep-reason = Verificado por um moderador: as denúncias foram rejeitadas.
moderate-cancel = Cancelar
moderate-hide-reason = Porquê ocultar?
moderate-hide-hint = Diga que regra não cumpre. O motivo fica no registo de auditoria.
moderate-hide-submit = Ocultar
moderate-restore-reason = Porquê repor?
moderate-restore-hint = O motivo fica no registo de auditoria.
moderate-restore-submit = Repor
moderate-duplicate-search = Procurar o contributo que repete
moderate-duplicate-search-hint = Palavras do título ou da descrição, ou cole o id.
moderate-duplicate-search-button = Procurar
moderate-duplicate-choose = Qual deles repete?
moderate-duplicate-none = Nada encontrado. Experimente outras palavras, ou cole o id.
moderate-duplicate-searching = A procurar…
moderate-duplicate-reason = Porque é repetido?
moderate-duplicate-reason-default = O mesmo que um contributo anterior.
moderate-duplicate-submit = Marcar como repetido
moderate-reason-missing = Indique um motivo
moderate-reason-too-long = O motivo pode ter no máximo 500 caracteres
moderate-original-missing = Escolha o contributo que repete
moderate-working = A guardar…
moderate-error-heading = Há um problema
moderate-error-offline = Parece estar sem ligação. Nada mudou: tente de novo quando tiver ligação.
moderate-error-conflict = Alguém já o alterou. A lista foi atualizada.
moderate-error-gone = Já não existe. A lista foi atualizada.
moderate-error-server = Algo correu mal no servidor. Nada mudou: tente de novo.
moderate-error-forbidden = A sua conta não pode moderar.
moderate-no-item = Nenhum item escolhido. Prima j para ir para o primeiro.
moderate-not-here-approve = Só se podem aprovar itens à espera de um moderador.
moderate-not-here-hide = Os itens ocultos não podem ser ocultados de novo.
moderate-not-here-restore = Só se podem repor itens ocultos: mostre primeiro os ocultos.
moderate-not-here-mark-duplicate = Os itens ocultos não podem ser marcados como repetidos.
moderate-shortcuts-heading = Atalhos de teclado
moderate-shortcuts-intro = Funcionam sempre que não estiver a escrever numa caixa. Tab e Enter também chegam a tudo.
moderate-close = Fechar
moderate-kind-idea = Ideia
moderate-kind-issue = Problema
moderate-kind-interest = Interesse
moderate-kind-story = História positiva
moderate-field-problem-reason = Motivo
moderate-field-problem-duplicate-of = O contributo que repete
moderate-shortcut-next = Item seguinte
moderate-shortcut-previous = Item anterior
moderate-shortcut-approve = Aprovar (ou manter um item denunciado e rejeitar as denúncias)
moderate-shortcut-hide = Ocultar: abre a caixa do motivo
moderate-shortcut-restore = Repor um item oculto
moderate-shortcut-duplicate = Marcar como repetido
moderate-shortcut-close = Fechar o formulário aberto
moderate-shortcut-list = Mostrar ou fechar esta lista
moderate-page-title = Moderação — Waymark
moderate-page-title-plan = Moderação — { $plan } — Waymark
moderate-signed-in-as = Sessão iniciada como { $who }
moderate-refused = Tem sessão iniciada como { $who } ({ $role }). Só moderadores e administradores podem moderar. Saia e entre com a conta de um moderador.
moderate-waiting-heading = À espera de um moderador: { $count }
moderate-hidden-heading = Ocultos: { $count }
moderate-status-flagged = { $count ->
    [one] Denunciado { $count } vez
   *[other] Denunciado { $count } vezes
}
moderate-where-text = { $lat }, { $lon }
moderate-where-text-in = { $neighbourhood }, { $lat }, { $lon }
moderate-flags-heading = { $count ->
    [one] { $count } denúncia: porque foi denunciado
   *[other] { $count } denúncias: porque foi denunciado
}
moderate-map-label = Mapa à volta do sítio onde «{ $title }» foi marcado
moderate-history-entry = { $action } por { $who }, { $when }
moderate-history-reason = Motivo: { $reason }
moderate-hide-heading = Ocultar «{ $title }»
moderate-restore-heading = Repor «{ $title }»
moderate-duplicate-heading = Marcar «{ $title }» como repetido
moderate-duplicate-found = Encontrados: { $count }. Escolha um abaixo.
moderate-duplicate-by-id = O contributo com o id { $id }
moderate-done-approve = «{ $title }» aprovado.
moderate-done-keep = «{ $title }» mantido; as denúncias foram rejeitadas.
moderate-done-hide = «{ $title }» ocultado.
moderate-done-restore = «{ $title }» reposto.
moderate-done-mark-duplicate = «{ $title }» marcado como repetido e ocultado.
moderate-left-waiting = Ainda à espera: { $count }.
moderate-left-hidden = Ocultos: { $count }.
moderate-list-shown-waiting = À espera de um moderador: { $count }.
moderate-list-shown-hidden = Ocultos: { $count }.
moderate-by-others-one = Outro moderador tratou de «{ $title }»: saiu da lista.
moderate-by-others = Outro moderador tratou de { $count } itens: saíram da lista.
moderate-arrived-one = Novo na lista: «{ $title }».
moderate-arrived = { $count } itens novos na lista.

## Mensagens denunciadas nas discussões dos grupos

moderate-posts-heading = { $count ->
    [one] { $count } mensagem denunciada num grupo
   *[other] { $count } mensagens denunciadas em grupos
}
moderate-posts-hidden-heading = { $count ->
    [one] { $count } mensagem oculta num grupo
   *[other] { $count } mensagens ocultas em grupos
}
moderate-posts-note = Membros do grupo denunciaram estas mensagens na sua discussão. Ocultar uma retira-a aos membros; pode ser reposta.
moderate-posts-empty = Nenhuma mensagem das discussões dos grupos está à espera.
moderate-posts-hidden-empty = Nenhuma mensagem das discussões dos grupos está oculta.
moderate-post-where = Em { $group }, discussão «{ $thread }»
moderate-post-by = Escrita por { $author }
moderate-post-by-unknown = Escrita por alguém que já não tem conta
moderate-post-flags = { $count ->
    [one] Denunciada uma vez, porque:
   *[other] Denunciada { $count } vezes, porque:
}
moderate-post-reason = O seu motivo (guardado no registo de auditoria)
moderate-post-reason-missing = Indique um motivo.
moderate-post-hide = Ocultar a mensagem
moderate-post-restore = Repor a mensagem
moderate-post-failed = Não foi possível alterar a mensagem. Tente novamente.
moderate-post-hidden = Mensagem em «{ $thread }» ocultada.
moderate-post-restored = Mensagem em «{ $thread }» reposta.
