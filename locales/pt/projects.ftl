# As páginas de energia comunitária (map-ui/src/projects/). Rascunho, a rever por um falante nativo.

projects-link = Projetos
projects-page-title = Projetos de energia comunitária · { $plan }
projects-project-title = { $project } · Energia comunitária
projects-module-title = { $module } · Biblioteca de aprendizagem
projects-heading = Projetos de energia comunitária
projects-skip-to-content = Saltar para o conteúdo
projects-links = Páginas de energia comunitária
projects-back-to-map = Voltar ao mapa
projects-all-projects = Todos os projetos
projects-champions-link = Embaixadores
projects-learn-link = Biblioteca de aprendizagem
projects-city-link = Energia comunitária em números
projects-loading = A carregar…
projects-load-failed = Não foi possível carregar. Verifique a ligação e tente novamente.
projects-offline = Parece estar sem ligação. Verifique-a e tente novamente.
projects-not-found = Esta página não existe.
projects-sign-in = Iniciar sessão
projects-sign-in-needed = Inicie sessão primeiro para fazer isto.
projects-team-only = Só a equipa do projeto pode fazer isto.
projects-too-many = Demasiadas tentativas em pouco tempo. Espere alguns minutos e tente novamente.
projects-check-form = Algumas respostas precisam de revisão: veja as mensagens junto de cada campo.
projects-field-problem = Verifique:
projects-choose = Escolha…

## The plan's projects
projects-intro = Painéis solares numa escola, uma bateria partilhada, vizinhos a comprar bombas de calor em conjunto: projetos que pertencem aos moradores e são geridos por eles. Cada um mostra até onde chegou e como pode ajudar.
projects-start = Começar um projeto
projects-sign-in-to-start = Inicie sessão para começar um projeto
projects-map-label = Mapa dos locais dos projetos de energia comunitária, com cores por fase. Os mesmos projetos estão listados abaixo por fase.
projects-map-legend = Cada ponto é um projeto, com a cor da sua fase, como na lista abaixo.
projects-none = Ainda não há projetos. Comece um, ou transforme em projeto uma proposta que vai avançar.
projects-technology-other = Outro
projects-kwp = { $kwp } kWp
projects-kwh = { $kwh } kWh
projects-kb = { $kb } KB

## Starting a project
projects-start-intro = Para um grupo que quer começar algo sem uma proposta à rede, como um clube de renovação ou uma compra conjunta de bombas de calor. Vai liderar a equipa e pode juntar outras pessoas depois.
projects-field-title = Nome do projeto
projects-field-story = O que querem fazer, e porquê
projects-field-technology = Tipo de projeto
projects-field-site = Onde
projects-field-site-hint = Escolha o bairro; pode descrever o local exato na história.
projects-choose-place = Escolha onde fica o projeto.
projects-create = Criar o projeto

## A project's page
projects-story = A história
projects-no-story = A equipa ainda não escreveu a história.
projects-follow = Seguir este projeto
projects-follow-hint = As novidades chegam-lhe por e-mail uma vez por mês. Cada e-mail tem uma ligação para deixar de receber.
projects-following = Segue este projeto: as novidades chegam uma vez por mês.
projects-sign-in-to-follow = Inicie sessão para seguir este projeto
projects-stage-heading = Fase
projects-stage-forming = Formar um grupo
projects-stage-feasibility = Verificar se é viável
projects-stage-funding = Encontrar o dinheiro
projects-stage-building = Construção
projects-stage-generating = A produzir energia
projects-stage-done = feito
projects-stage-now = agora
projects-move-forward = Avançar para “{ $stage }”
projects-move-back = Voltar a “{ $stage }”
projects-stage-moved = O projeto está agora em “{ $stage }”.
projects-site = O local
projects-site-map-label = Mapa do local de { $project }
projects-site-point = O ponto no mapa marca o local.
projects-site-outline = O contorno no mapa marca o local; o ponto é o seu centro.
projects-figures = Números
projects-no-figures = Ainda não há números.
projects-figure-kwp = Potência instalada (kWp)
projects-figure-homes = Casas servidas
projects-figure-buildings = Edifícios servidos
projects-figure-rooftop = Está num telhado
projects-generation = Energia produzida em cada mês
projects-generation-chart = Energia produzida em cada mês, em kWh; os mesmos números estão na tabela abaixo.
projects-month = Mês
projects-generation-kwh = Energia produzida (kWh)
projects-get-involved = Participe
projects-no-roles = De momento não há funções de voluntariado abertas.
projects-volunteers-count = { $count ->
    [0] Ainda sem voluntários
    [one] Um voluntário até agora
   *[other] { $count } voluntários até agora
}
projects-your-email = O seu endereço de e-mail
projects-your-name = O seu nome (opcional)
projects-sign-up = Inscrever-me nesta função
projects-email-needed = Escreva o seu endereço de e-mail.
projects-check-inbox = Veja a sua caixa de correio: enviámos um e-mail para { $email }. Abra a ligação para confirmar que quer ajudar. Se já ajuda nesta função, não chega nenhum e-mail novo.
projects-updates = Novidades
projects-no-updates = Ainda não há novidades.
projects-milestones = Etapas
projects-milestone-done = alcançada a { $date }
projects-milestone-due = prevista para { $month }
projects-documents = Documentos
projects-team = A equipa
projects-unnamed = Um membro da equipa
projects-role-lead = lidera o projeto
projects-role-member = membro da equipa
projects-checklist = Começar um projeto, passo a passo
projects-checklist-intro = Os passos que a maioria dos grupos novos dá, cada um com guias curtos da biblioteca ao lado.
projects-step-form-group = Formar um grupo
projects-step-find-site = Encontrar um local
projects-step-check-network = Verificar a rede
projects-step-legal-form = Escolher uma forma jurídica
projects-step-funding = Encontrar financiamento
projects-step-done = feito
projects-step-not-yet = ainda não
projects-step-ticked = “{ $step }” assinalado.
projects-step-unticked = “{ $step }” já não está assinalado.
projects-open-feasibility = Ver a verificação da rede da proposta deste projeto
projects-open-network = Verificar a rede no mapa (Energia comunitária, depois Propor)
projects-modules-for = Guias para “{ $step }”
projects-module-completed = (concluído)

## The team's tools
projects-team-tools = Para a equipa
projects-post-update = Publicar uma novidade
projects-update-text = O que aconteceu
projects-update-photo = Uma fotografia (opcional)
projects-update-photo-hint = PNG, JPEG, GIF ou WebP, até ao tamanho que o site permite.
projects-update-caption = O que mostra a fotografia
projects-update-caption-hint = Lido a quem não pode ver a fotografia, e mostrado por baixo dela.
projects-post = Publicar a novidade
projects-text-needed = Escreva o que aconteceu.
projects-update-posted = Novidade publicada.
projects-update-posted-no-photo = A novidade foi publicada, mas sem a fotografia: { $problem }
projects-add-role = Acrescentar uma função de voluntariado
projects-role-title = A função
projects-role-title-hint = Por exemplo: bater às portas para a oferta de ações, avaliar telhados.
projects-role-description = Em que consiste
projects-add-role-button = Acrescentar a função
projects-role-added = Função “{ $role }” acrescentada.
projects-edit-figures = Alterar os números
projects-save-figures = Guardar os números
projects-figures-saved = Números guardados.
projects-number-needed = Escreva um número.
projects-volunteers = Voluntários
projects-export-volunteers = Descarregar os voluntários (CSV)
projects-find-champions-near = Encontrar embaixadores perto deste projeto
projects-add-milestone = Acrescentar uma etapa
projects-milestone-title = A etapa
projects-milestone-title-hint = Por exemplo: vistoria do telhado feita, abertura da oferta de ações.
projects-milestone-title-needed = Escreva a etapa.
projects-milestone-due-month = Prevista para (opcional)
projects-month-hint = Ano e mês, por exemplo { $example }.
projects-milestone-done-on = Alcançada em (opcional)
projects-milestone-done-on-hint = Deixe em branco enquanto a etapa ainda não foi alcançada.
projects-add-milestone-button = Acrescentar a etapa
projects-milestone-added = Etapa “{ $milestone }” acrescentada.
projects-add-document = Acrescentar um documento
projects-document-title = Título do documento
projects-document-title-hint = Mostrado na página do projeto, por exemplo: Relatório da vistoria do telhado.
projects-document-title-needed = Escreva o título do documento.
projects-document-file = O ficheiro
projects-document-file-hint = Um PDF, um documento de escritório (Word, Excel, PowerPoint, OpenDocument) ou uma fotografia, até ao tamanho que o site permite.
projects-document-file-needed = Escolha o ficheiro.
projects-file-refused = Este ficheiro não foi acrescentado: { $problem }
projects-add-document-button = Acrescentar o documento
projects-document-added = Documento “{ $document }” acrescentado.
projects-enter-generation = Registar a produção de um mês
projects-month-needed = Escolha o mês.
projects-save-generation = Guardar o mês
projects-generation-saved = Produção guardada.
projects-import-generation = Importar as leituras de um contador
projects-import-file = O ficheiro CSV do contador
projects-import-file-hint = Uma linha por mês: o mês e depois os kWh, por exemplo { $example }. Uma primeira linha “{ $header }” não faz mal.
projects-import-file-needed = Escolha o ficheiro CSV.
projects-import-button = Importar as leituras
projects-import-refused = Nada foi importado. Corrija estas linhas no ficheiro e importe-o de novo:
projects-import-line = Linha { $line }: { $problem }
projects-import-fix = { $count ->
    [one] Uma linha deste ficheiro precisa de ser corrigida (ver a lista acima).
   *[other] { $count } linhas deste ficheiro precisam de ser corrigidas (ver a lista acima).
}
projects-generation-imported = Leituras importadas.
projects-add-member = Acrescentar alguém à equipa
projects-member-email = O endereço de e-mail da pessoa
projects-member-email-hint = O endereço da conta Waymark da pessoa: se não tiver conta, peça-lhe que se registe primeiro.
projects-member-email-needed = Escreva o endereço de e-mail da pessoa.
projects-add-member-button = Acrescentar à equipa
projects-member-added = { $email } faz agora parte da equipa.

## Turning a proposal into a project (the plan page)
projects-turn-into-project = Transformar em projeto
projects-turn-into-project-hint = Esta proposta vai avançar: dê-lhe uma página de projeto para a história, as novidades e os voluntários.
projects-open-project = Abrir a página do projeto

## Champions
projects-champions-heading = Embaixadores da energia comunitária
projects-champions-intro = Os embaixadores são moradores com formação que ajudam as suas ruas, escolas e bairros com a energia: solar, bombas de calor, contas, formar um grupo.
projects-find-champions = Encontrar embaixadores perto de um local
projects-find-hint = Para equipas de projetos e facilitadores. Escolha um projeto ou um bairro.
projects-near = Perto de
projects-near-a-project = Um projeto
projects-near-a-neighbourhood = Um bairro
projects-find = Encontrar embaixadores
projects-champions-refused = Só as equipas de projetos e os facilitadores podem encontrar embaixadores.
projects-champions-near = { $count ->
    [0] Nenhum embaixador perto de { $place }
    [one] Um embaixador perto de { $place }
   *[other] { $count } embaixadores perto de { $place }
}
projects-no-champions = Experimente outro local, ou pergunte no grupo do bairro.
projects-distance = a { $km } km
projects-covers = Abrange:
projects-helps-with = Pode ajudar com: { $topics }
projects-training = Formação:
projects-modules-done = { $count ->
    [one] Concluiu um guia
   *[other] Concluiu { $count } guias
}
projects-write-to = Escrever a { $name }
projects-become-champion = Tornar-se embaixador
projects-champion-what = Um embaixador é a primeira pessoa a quem os vizinhos perguntam sobre energia. Diz que bairros abrange e com o que pode ajudar; as equipas de projetos e os facilitadores podem então encontrá-lo.
projects-champion-sign-in = Inicie sessão para se registar como embaixador.
projects-champion-name = O nome que as pessoas vão ver
projects-champion-covers = Bairros que abrange
projects-champion-covers-hint = Escolha pelo menos um.
projects-choose-neighbourhood = Escolha pelo menos um bairro.
projects-champion-topics = Com o que pode ajudar
projects-champion-topics-hint = Escolha todos os que se aplicam.
projects-topic-solar = Painéis solares
projects-topic-heat-pumps = Bombas de calor
projects-topic-insulation = Isolamento
projects-topic-bills = Contas de energia
projects-topic-funding = Encontrar financiamento
projects-topic-forming-a-group = Formar um grupo
projects-topic-digital = Usar a internet
projects-topic-talking-to-neighbours = Falar com os vizinhos
projects-champion-training = Formação que fez (opcional)
projects-champion-training-hint = Por exemplo: um curso de energia comunitária, ou os guias da biblioteca.
projects-register = Registar-me como embaixador
projects-registered = Está registado como embaixador. Obrigado!
projects-go-to-library = Ler a biblioteca de aprendizagem

## The learning library
projects-library-heading = Biblioteca de aprendizagem
projects-library-intro = Guias curtos sobre energia comunitária, escritos para quem vive em Milton Keynes. Cada um termina com uma pergunta para verificar a ideia principal.
projects-no-modules = Ainda não há guias.
projects-module-step = Para o passo “{ $step }”
projects-back-to-library = Voltar à biblioteca de aprendizagem
projects-quiz = Verifique o que leu
projects-mark-done-heading = Terminou de ler?
projects-check-answers = Verificar as minhas respostas
projects-mark-done = Marcar como lido
projects-answer-needed = Escolha uma resposta.
projects-answer-wrong = Não exatamente: leia esta parte outra vez.
projects-quiz-wrong = Algumas respostas ainda não estão certas. Leia o guia outra vez e tente de novo.
projects-quiz-right = Tudo certo! Este guia está marcado como concluído.
projects-module-completed-long = Concluiu este guia.
projects-sign-in-to-complete = Inicie sessão para registar que concluiu este guia.

## City-wide
projects-city-heading = Energia comunitária em { $plan }
projects-city-intro = Todos os projetos de energia comunitária do plano, somados. Cada gráfico tem uma tabela com os mesmos números.
projects-kwp-generating = Potência a produzir agora
projects-kwp-pipeline = Potência a caminho (projetos que ainda não produzem)
projects-volunteers-total = Voluntários
projects-by-stage = Projetos por fase
projects-by-stage-table = Número de projetos em cada fase
projects-projects-count = Projetos
projects-kwp-by-stage = Potência por fase (kWp)
projects-kwp-by-stage-table = Potência dos projetos em cada fase
projects-champions-by-neighbourhood = Embaixadores por bairro
projects-champions-table = Número de embaixadores que abrangem cada bairro
projects-neighbourhood = Bairro
projects-champions-count = Embaixadores
projects-no-champions-yet = Ainda nenhum embaixador se registou.
