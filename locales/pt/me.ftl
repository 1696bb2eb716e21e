# "Your data" (/me): seeing, downloading and erasing what Waymark holds about you.

me-heading = Os seus dados
me-skip = Saltar para os seus dados
me-back = Voltar ao mapa
me-intro = Veja o que o Waymark guarda ligado a si, descarregue tudo ou apague. Os dados estão ligados a si através de um endereço de e-mail que confirma com uma ligação que lhe enviamos, deste navegador (se adicionou aqui pinos ou respostas sem conta) ou da sua conta, se tiver sessão iniciada.
me-loading = A carregar…
me-load-failed = Algo correu mal. Verifique a sua ligação e tente novamente.
me-link-broken = Esta ligação não funciona
me-link-broken-body = As ligações funcionam uma vez, durante uma hora. Peça uma nova abaixo.
me-prove-heading = Confirmar um endereço de e-mail
me-prove-intro = Vamos enviar uma ligação para o endereço. Ao abri-la, vê tudo o que está ligado a esse endereço, como os locais e pinos que segue.
me-email-label = Endereço de e-mail
me-send = Enviar-me uma ligação
me-sent = Se o endereço estiver certo, vai a caminho uma mensagem com uma ligação. A ligação funciona uma vez, durante uma hora.
me-bad-email = Introduza um endereço de e-mail como nome@example.org
me-too-many = Demasiados pedidos. Aguarde um minuto e tente novamente.
me-nothing-proved = Ainda nada está ligado a si neste navegador. Confirme um endereço de e-mail abaixo.
me-held-heading = O que guardamos
me-by-email = Ligado ao endereço de e-mail { $email }
me-by-account = Ligado à sua conta ({ $email })
me-by-visitor = Ligado a este navegador
me-count-account = { $count ->
    [one] uma conta
   *[other] { $count } contas
}
me-count-contributions = { $count ->
    [one] { $count } pino
   *[other] { $count } pinos
}
me-count-replies = { $count ->
    [one] { $count } resposta
   *[other] { $count } respostas
}
me-count-supports = { $count ->
    [one] { $count } pino apoiado
   *[other] { $count } pinos apoiados
}
me-count-flags = { $count ->
    [one] { $count } pino denunciado aos moderadores
   *[other] { $count } pinos denunciados aos moderadores
}
me-count-follows = { $count ->
    [one] { $count } coisa seguida por e-mail
   *[other] { $count } coisas seguidas por e-mail
}
me-count-proposals = { $count ->
    [one] { $count } projeto de energia comunitária
   *[other] { $count } projetos de energia comunitária
}
me-count-energy-plans = { $count ->
    [one] { $count } plano energético
   *[other] { $count } planos energéticos
}
me-count-mail = { $count ->
    [one] { $count } mensagem enviada para si
   *[other] { $count } mensagens enviadas para si
}
me-count-about-you = { $count ->
    [one] { $count } conjunto de respostas às perguntas «sobre si»
   *[other] { $count } conjuntos de respostas às perguntas «sobre si»
}
me-count-group-memberships = { $count ->
    [one] { $count } grupo a que pertence ou pediu para aderir
   *[other] { $count } grupos a que pertence ou pediu para aderir
}
me-count-group-posts = { $count ->
    [one] { $count } mensagem nas discussões dos grupos
   *[other] { $count } mensagens nas discussões dos grupos
}
me-count-group-flags = { $count ->
    [one] { $count } mensagem de grupo denunciada
   *[other] { $count } mensagens de grupo denunciadas
}
me-count-meetings-attended = { $count ->
    [one] { $count } reunião de grupo a que assistiu
   *[other] { $count } reuniões de grupo a que assistiu
}
me-count-action-points = { $count ->
    [one] { $count } tarefa em seu nome
   *[other] { $count } tarefas em seu nome
}
me-count-volunteering = { $count ->
    [one] { $count } oferta de voluntariado num projeto
   *[other] { $count } ofertas de voluntariado em projetos
}
me-count-champion = { $count ->
    [one] { $count } registo como campeão de energia
   *[other] { $count } registos como campeão de energia
}
me-count-modules-completed = { $count ->
    [one] { $count } módulo de aprendizagem concluído
   *[other] { $count } módulos de aprendizagem concluídos
}
me-count-project-follows = { $count ->
    [one] { $count } projeto cujas novidades mensais recebe
   *[other] { $count } projetos cujas novidades mensais recebe
}
me-count-help-requests = { $count ->
    [one] { $count } pedido de ajuda a um campeão
   *[other] { $count } pedidos de ajuda a um campeão
}
me-download = Descarregar os seus dados (ZIP)
me-erase-heading = Apagar os seus dados
me-erase-intro = Os seus pinos, respostas, seguimentos, mensagens e conta são apagados, bem como as suas participações e mensagens em grupos, ofertas de voluntariado, registo como campeão e projetos seguidos. Quando alguém respondeu ao seu pino ou à sua discussão num grupo, estes ficam, com as suas palavras substituídas por «removido a pedido do autor», para que a resposta continue a fazer sentido. Os números dos relatórios mensais não mudam.
me-erase = Apagar os meus dados
me-erase-confirm = Isto não pode ser desfeito. Apagar tudo o que está ligado a si?
me-erase-cancel = Cancelar
me-erase-failed = Não foi possível apagar os dados. Tente novamente.
me-erased-heading = Os seus dados foram apagados
me-erased = { $count ->
    [one] { $count } pino apagado
   *[other] { $count } pinos apagados
}{ $kept ->
    [0] .
   *[other] , dos quais { $kept } mantidos com as palavras removidas porque outras pessoas responderam.
}
me-open-map = Abrir o mapa
me-officer-heading = Pedidos feitos em nome de alguém
me-officer-intro = Encontre o que os mobilizadores registaram para um morador, pelo nome ou nota registados, e depois descarregue ou apague. Cada pesquisa, descarga e eliminação fica escrita no registo de auditoria, sem o nome que pesquisou.
me-officer-plan = Plano
me-officer-name = Nome ou nota registados
me-officer-search = Procurar
me-officer-none = Nada registado neste plano corresponde.
me-officer-found = { $count ->
    [one] { $count } contributo registado em nome de alguém
   *[other] { $count } contributos registados em nome de alguém
}
me-officer-download = Descarregar os selecionados (ZIP)
me-officer-erase = Apagar os selecionados
me-officer-erase-confirm = Isto não pode ser desfeito. Apagar os contributos selecionados?
