# As páginas dos Grupos de Ação Colaborativa (map-ui/src/groups/). Rascunho, a rever por um falante nativo.

groups-page-title = Grupos · { $plan }
groups-group-title = { $group } · Grupos
groups-meeting-title = { $group }: reunião de { $date }
groups-heading = Grupos de Ação Colaborativa
groups-skip-to-content = Saltar para o conteúdo
groups-links = Páginas do grupo
groups-back-to-map = Voltar ao mapa
groups-all-groups = Todos os grupos
groups-back-to-group = Voltar ao grupo
groups-back-to-meeting = Voltar à reunião
groups-loading = A carregar…
groups-load-failed = Não foi possível carregar esta página. Verifique a ligação e tente novamente.
groups-not-found = Esse grupo ou reunião não existe.
groups-sign-in-needed = Inicie sessão para ver o espaço dos membros.
groups-members-only = Esta parte do grupo é só para os seus membros.
groups-sign-in = Iniciar sessão
groups-check-form = Verifique o que escreveu: falta algo ou o texto é demasiado longo.
groups-file-too-large = Esse ficheiro é demasiado grande.
groups-file-type = Esse tipo de ficheiro não pode ser partilhado aqui. Use um PDF, uma imagem ou um documento de escritório.
groups-intro = Cada grupo reúne as pessoas e organizações que trabalham numa parte da cidade. Reúnem-se regularmente e as suas atas são públicas.
groups-none = Este plano ainda não tem grupos.
groups-about = Sobre o grupo
groups-next-meeting = Próxima reunião: { $date }
groups-no-next-meeting = Ainda não há reunião marcada.
groups-subscribe = Subscrever as reuniões do grupo no seu calendário
groups-map-label = Mapa da zona abrangida por { $group }
groups-published-minutes = Atas
groups-minutes-of = Ata de { $date }
groups-no-minutes = Ainda não foram publicadas atas.
groups-sign-in-to-join = Inicie sessão para pedir para aderir
groups-join = Pedir para aderir
groups-asked = Pediu para aderir. Um facilitador vai analisar o pedido.
groups-requested = Pediu para aderir. Um facilitador vai analisar o pedido.
groups-you-are-member = É membro deste grupo.
groups-you-facilitate = Facilita este grupo.
groups-leave = Sair do grupo
groups-left = Saiu do grupo.
groups-members-space = Espaço dos membros
groups-meetings = Reuniões
groups-meeting-scheduled = marcada
groups-meeting-held = realizada
groups-meeting-cancelled = cancelada
groups-minutes-published = ata publicada
groups-meeting-starts = Data e hora
groups-create-meeting = Criar uma reunião
groups-members = Membros
groups-unnamed = Um membro
groups-role-facilitator = facilitador
groups-role-member = membro
groups-join-requests = Pedidos de adesão
groups-approve = Aprovar { $name }
groups-threads = Discussão
groups-untitled = Sem título
groups-replies = { $count ->
    [one] 1 resposta
   *[other] { $count } respostas
}
groups-no-threads = Ainda não há discussões.
groups-thread-title = Assunto
groups-thread-body = Mensagem
groups-start-thread = Iniciar uma discussão
groups-reply = A sua resposta
groups-send-reply = Enviar a resposta
groups-post-by = { $author }, { $date }
groups-resources = Recursos
groups-download = Descarregar { $title }
groups-members-only-tag = (só para membros)
groups-no-resources = Ainda não há recursos.
groups-resource-title = Título
groups-resource-file = Um ficheiro (PDF, imagem ou documento de escritório)
groups-resource-link = Ou uma ligação
groups-resource-members-only = Só para membros
groups-add-resource = Adicionar o recurso
groups-meeting-on = Reunião de { $date }
groups-add-to-calendar = Adicionar ao calendário
groups-open-projector = Abrir na vista de projetor
groups-agenda = Ordem de trabalhos
groups-agenda-empty = A ordem de trabalhos ainda está vazia.
groups-agenda-item = Um ponto da ordem de trabalhos
groups-add-item = Adicionar à ordem de trabalhos
groups-since-last-week = Desde a semana passada
groups-since = O que aconteceu na zona do grupo desde { $date }.
groups-since-new = Novo no mapa
groups-since-most-supported = Mais apoiados
groups-since-open-outcomes = À espera de resposta
groups-since-none = Nada aqui.
groups-supporters = { $count ->
    [one] 1 apoiante
   *[other] { $count } apoiantes
}
groups-add-to-agenda = Adicionar à ordem
groups-add-to-agenda-named = Adicionar à ordem: { $title }
groups-on-agenda = Na ordem de trabalhos
groups-added = “{ $title }” está na ordem de trabalhos.
groups-action-points = Ações
groups-no-action-points = Sem ações.
groups-owner = Responsável: { $owner }
groups-owner-due = Responsável: { $owner }, prazo { $due }
groups-done = Feito
groups-mark-done = Marcar como feito
groups-action-text = O que há a fazer
groups-action-owner = Quem o fará
groups-action-due = Prazo
groups-add-action = Adicionar a ação
groups-minutes = Ata
groups-published-on = Publicada em { $date }.
groups-no-minutes-yet = A ata ainda não foi escrita.
groups-minutes-markdown = Ata (Markdown)
groups-markdown-hint = Escreva em Markdown: # para títulos, - para listas, [texto](endereço) para ligações.
groups-save-minutes = Guardar a ata
groups-publish = Publicar a ata
groups-minutes-saved = A ata foi guardada.
groups-preview = Como publicada

## Controlos do espaço dos membros e da página da reunião

groups-digest-label = Enviar-me uma mensagem diária com as novas discussões
groups-digest-hint = No máximo uma mensagem por dia, só quando foi iniciada uma discussão.
groups-digest-on = Vai receber uma mensagem diária com as novas discussões.
groups-digest-off = Deixará de receber a mensagem diária com as novas discussões.
groups-flag = Denunciar esta mensagem
groups-flag-reason = O que está errado?
groups-flag-send = Enviar a denúncia
groups-flagged = Denunciada. Os facilitadores do grupo e os moderadores do site vão analisá-la.
groups-attendance = Presenças
groups-attendance-legend = Quem veio a esta reunião
groups-attendance-save = Guardar presenças
groups-attendance-saved = { $count ->
    [one] Presenças guardadas: veio { $count } pessoa.
   *[other] Presenças guardadas: vieram { $count } pessoas.
}
groups-attendance-none = O grupo ainda não tem membros.
groups-raise-to = Levar a
groups-raise = Levar
groups-raise-named = Levar: «{ $item }»
groups-raised = «{ $item }» levado a { $organisation }.
groups-raised-to = (levado a { $organisation })
