# Detalhes de problemas (RFC 9457): `title` e `detail`. O campo `code` nunca é traduzido.

problem-title-malformed-json = JSON inválido
problem-title-unsupported-media-type = Tipo de dados não suportado
problem-title-payload-too-large = Pedido demasiado grande
problem-title-file-too-large = Ficheiro demasiado grande
problem-title-file-type-not-allowed = Tipo de ficheiro não permitido
problem-title-validation-failed = Dados inválidos
problem-title-invalid-parameter = Parâmetro inválido
problem-title-invalid-text = Texto não permitido
problem-title-outside-plan = Fora da área do plano
problem-title-not-found = Não encontrado
problem-title-unauthorized = É preciso iniciar sessão
problem-title-invalid-credentials = Falha ao iniciar sessão
problem-title-forbidden = Proibido
problem-title-conflict = Conflito
problem-title-illegal-transition = Este passo não é permitido
problem-title-cross-site-request = Pedido de outro site recusado
problem-title-rate-limited = Demasiados pedidos
problem-title-idempotency-key-reused = Idempotency-Key reutilizada
problem-title-method-not-allowed = Método não permitido
problem-title-unavailable = Serviço indisponível
problem-title-internal-error = Erro interno
problem-title-basemap-missing = Mapa de base não carregado
problem-title-upload-incomplete = Envio incompleto
problem-title-own-account = A sua própria conta
problem-title-daily-limit-reached = Limite diário atingido
problem-title-about-you-key-not-found = Não encontrado

problem-detail-malformed-json = O conteúdo não é JSON válido: { $reason }
problem-detail-as-given = { $text }
problem-detail-payload-too-large = O conteúdo do pedido é maior do que este servidor aceita.
problem-detail-file-too-large = o ficheiro é maior do que este site aceita ({ $limit } MB no máximo)
problem-detail-file-type-not-allowed = aqui só se podem carregar ficheiros PDF, documentos de escritório (Word, Excel, PowerPoint, OpenDocument) e fotografias (PNG, JPEG, GIF, WebP)
problem-detail-file-type-not-image = aqui só se podem carregar fotografias (PNG, JPEG, GIF, WebP)
problem-detail-validation-failed = Corrija estes campos: { $summary }
problem-detail-invalid-parameter = Corrija o parâmetro: { $summary }
problem-detail-outside-plan = O ponto está fora da área do plano.
problem-field-outside-plan = Escolha um lugar dentro da área do plano.
problem-detail-invalid-text = O texto contém o carácter NUL (U+0000), que não é permitido.
problem-detail-not-found = { $thing ->
    [plan] Plano não encontrado.
    [contribution] Contribuição não encontrada.
    [proposal] Proposta não encontrada.
    [workshop] Workshop não encontrado.
    [user] Utilizador não encontrado.
    [organisation] Organização não encontrada.
    [commitment] Compromisso não encontrado.
    [route] Endereço não encontrado.
   *[other] Não encontrado: { $thing }
}
problem-detail-unauthorized = Inicie sessão para fazer isto.
problem-detail-invalid-credentials = O endereço de e-mail ou a palavra-passe não estão corretos.
problem-detail-forbidden = A sua função não permite isto.
problem-detail-illegal-transition = { $count ->
    [one] { $count } das contribuições escolhidas não pode passar a este estado a partir do atual.
   *[other] { $count } das contribuições escolhidas não podem passar a este estado a partir do atual.
}
problem-detail-cross-site-request = Um pedido que altera dados tem de vir deste site (envie X-Requested-With).
problem-detail-rate-limited = { $seconds ->
    [one] Demasiados pedidos; tente de novo dentro de { $seconds } segundo.
   *[other] Demasiados pedidos; tente de novo dentro de { $seconds } segundos.
}
problem-detail-idempotency-key-reused = Esta Idempotency-Key já foi usada noutro pedido.
problem-detail-method-not-allowed = Este método não é permitido aqui.
problem-detail-unavailable = A base de dados não está a responder.
problem-detail-internal-error = Algo correu mal do nosso lado. Se voltar a acontecer, indique o cabeçalho x-request-id desta resposta.
problem-detail-basemap-missing = o plano «{ $plan }» ainda não tem mapa de base { $source }; carregue um primeiro
problem-detail-upload-incomplete = o carregamento foi interrompido antes de chegar o ficheiro inteiro; envie-o novamente
problem-detail-own-account = os administradores não podem mudar a função da sua própria conta nem desativá-la; peça a outro administrador
problem-detail-daily-limit-reached = Hoje já publicou neste plano tantas contribuições quantas aceitamos de uma pessoa; pode publicar de novo amanhã.
problem-detail-plan-slug-taken = já existe um plano «{ $slug }»; escolha outro identificador
problem-detail-organisation-slug-taken = este plano já tem uma organização «{ $slug }»
problem-detail-address-taken-by-account = Este endereço tem agora uma conta própria: a alteração não pode ser feita.
problem-detail-signup-address-taken = Este endereço já tem uma conta: inicie sessão ou escolha uma nova palavra-passe.
problem-detail-moderation-wrong-status = não é possível aplicar { $action } a um contributo no estado { $status }
problem-detail-proposal-step = uma proposta não pode passar de { $from } para { $to }
problem-detail-proposal-answer = uma proposta no estado { $from } não pode receber a resposta { $to }
problem-detail-progress-needs-commitment = só um compromisso (uma resposta com título) tem progresso
problem-detail-workshop-no-free-code = não foi possível encontrar um código de entrada livre; tente novamente
problem-detail-workshop-paused = O workshop está em pausa: de momento não são aceites novos pins.
problem-detail-workshop-ended = O workshop terminou.
problem-detail-workshop-not-held = o pino não está retido para verificação: está { $status }
problem-detail-bearer-required = use `Authorization: Bearer <token>`
problem-detail-token-invalid = este token não é válido ou foi revogado
problem-detail-plan-needs-sign-in = Este plano aceita contribuições apenas de pessoas com sessão iniciada.
problem-detail-edit-needs-author = Inicie sessão, ou use o navegador a partir do qual a publicou, para a alterar.
problem-detail-withdraw-needs-author = Inicie sessão, ou use o navegador a partir do qual a publicou, para a retirar.
problem-detail-only-author-edits = Só o autor de uma contribuição a pode alterar.
problem-detail-only-author-withdraws = Só o autor de uma contribuição a pode retirar.
problem-detail-proposal-who-moves = só o proponente ou o operador da rede a pode mover
problem-detail-organisation-other-plan = a sua organização responde noutro plano
problem-detail-own-organisation-only = só responde pela sua própria organização
problem-detail-other-organisation-answers = outra organização responde a alguns destes contributos
problem-detail-commitment-owner-only = só a organização que assumiu o compromisso o atualiza
problem-detail-facilitator-steers = só o facilitador da oficina a pode conduzir
problem-detail-facilitator-checks = só o facilitador da oficina pode verificar os seus pinos
problem-detail-energy-plan-group-only = só o grupo que escreveu este plano energético o pode alterar
problem-detail-energy-plan-shared = esta versão foi partilhada e está congelada; comece a versão seguinte para a alterar
problem-detail-not-quotable = só um contributo publicado cujo morador aceitou ser citado pode ser destacado no relatório
problem-detail-energy-plan-not-answered = a versão mais recente ainda não tem resposta; a versão seguinte parte de uma versão respondida
problem-detail-data-proof-required = confirme um endereço de e-mail com uma ligação enviada por e-mail, ou use o navegador ou a conta com que escreveu
problem-detail-not-yours = isto não é seu para exportar ou apagar
problem-detail-about-you-key-not-found = esta chave para responder às perguntas «sobre si» não é conhecida, expirou ou já foi usada
problem-detail-project-team = só a equipa do projeto o pode alterar
problem-detail-project-proposer = só o grupo que fez a proposta a pode transformar num projeto
problem-detail-project-not-going-ahead = só uma proposta que avança pode tornar-se um projeto
problem-detail-project-exists = esta proposta já é um projeto: { $slug }
problem-detail-project-stage = um projeto não pode passar de { $from } para { $to }: avança uma fase de cada vez
