# A consola de administração (/admin).

admin-heading = Administração
admin-skip-to-content = Saltar para o conteúdo
admin-loading = A carregar…
admin-load-failed = Não foi possível carregar a página. Verifique a ligação e tente de novo.
admin-try-again = Tentar de novo
admin-sections-label = Secções da administração
admin-account-label = A sua conta
admin-sign-in-heading = Entre para administrar o Waymark
admin-sign-in-intro = Esta página é para administradores: planos e as suas definições, bairros, mapas de base, utilizadores e o registo de auditoria.
admin-sign-in-again = A sua sessão terminou. Entre de novo para continuar.
admin-email = E-mail
admin-password = Palavra-passe
admin-sign-in = Entrar
admin-signing-in = A entrar…
admin-sign-in-failed = O endereço de e-mail ou a palavra-passe não estão certos.
admin-sign-in-offline = Está sem ligação. Para entrar é preciso ligação.
admin-sign-in-busy = Demasiadas tentativas. Espere um minuto e tente de novo.
admin-sign-out = Sair
admin-signed-out = Saiu da sua conta.
admin-refused-heading = Esta página é para administradores
admin-role-resident = morador
admin-role-mobiliser = mobilizador da comunidade
admin-role-facilitator = facilitador
admin-role-moderator = moderador
admin-role-dno-engineer = engenheiro da rede
admin-role-admin = administrador
admin-role-responder = responsável por uma organização
admin-role-council-officer = técnico da câmara (plano energético local)
admin-role-data-officer = responsável pelos dados (pedidos sobre os dados das pessoas)
admin-saving = A guardar…
admin-plans-heading = Planos
admin-plans-intro = Cada plano é um sítio e o seu mapa. Escolha um plano para mudar as definições, os bairros e o mapa de base.
admin-plans-table = Todos os planos
admin-plans-none = Ainda não há nenhum plano. Crie o primeiro abaixo.
admin-col-plan = Plano
admin-col-address = Endereço
admin-col-moderation = Moderação
admin-col-anonymous = Sem conta
admin-yes = Permitido
admin-no = Não permitido
admin-new-plan-heading = Novo plano
admin-new-plan-intro = Dê ao plano um título e um endereço. A área pode vir dos bairros que carregar a seguir.
admin-title = Título
admin-slug = Endereço
admin-slug-hint = Letras minúsculas e algarismos, palavras ligadas por hífenes. O mapa do plano fica em /p/ seguido disto.
admin-description = Descrição
admin-description-hint = Uma ou duas frases mostradas a quem abre o plano.
admin-bbox = Área
admin-bbox-hint = Oeste, sul, este, norte em graus, p. ex. -0.80, 52.00, -0.70, 52.06. Deixe em branco para usar a área dos bairros.
admin-bbox-invalid = Indique quatro números separados por vírgulas: oeste, sul, este, norte
admin-allow-anonymous = As pessoas podem contribuir sem conta
admin-moderation = Quando aparecem os contributos?
admin-moderation-post = Logo; os moderadores ocultam depois o que não cumpre as regras
admin-moderation-pre = Só depois de um moderador os aprovar
admin-create-plan = Criar o plano
admin-slug-taken = Já existe um plano neste endereço. Escolha outro.
admin-title-missing = Dê um título ao plano
admin-slug-missing = Dê um endereço ao plano
admin-all-plans = Todos os planos
admin-plan-not-found = Não há nenhum plano neste endereço.
admin-open-map = Abrir o mapa do plano
admin-open-moderation = Moderá-lo
admin-plan-sections-label = Nesta página
admin-settings-heading = Definições
admin-per-day = Contributos por pessoa por dia
admin-per-day-hint = O máximo que uma pessoa pode publicar neste plano num dia. Deixe em branco para não haver limite.
admin-per-day-invalid = Indique um número inteiro igual ou superior a 1, ou deixe em branco
admin-privacy-controller = Responsável pelo tratamento
admin-privacy-controller-hint = A organização responsável pelos dados das pessoas neste plano, indicada no aviso de privacidade.
admin-privacy-contact = Contacto de privacidade
admin-privacy-contact-hint = Um e-mail ou endereço postal para onde as pessoas escrevem para ver, corrigir ou apagar os seus dados.
admin-privacy-contact-invalid = Indique um e-mail como privacy@example.org, ou um endereço postal
admin-save-settings = Guardar as definições
admin-neighbourhoods-heading = Bairros
admin-neighbourhoods-intro = Carregue um ficheiro de limites para criar ou substituir os bairros do plano. Os nomes são comparados, por isso um bairro que mantém o nome mantém os pins e os seguidores.
admin-boundary-file = Ficheiro de limites
admin-boundary-file-hint = GeoJSON (.geojson), GeoPackage (.gpkg) ou um Shapefile comprimido (.zip), em qualquer projeção indicada pelo ficheiro.
admin-name-field = Campo do nome
admin-name-field-hint = O atributo com o nome de cada bairro. Sem ele, usa-se name, NAME ou Name.
admin-upload-boundaries = Carregar os limites
admin-upload-extract = Carregar o extrato
admin-uploading = A carregar…
admin-file-missing = Escolha um ficheiro para carregar
admin-boundary-wrong-type = Escolha um ficheiro .geojson, .gpkg ou .zip
admin-importing = A carregar e verificar o ficheiro. Pode demorar um minuto.
admin-report-heading = O carregamento terminou
admin-report-created = Criados
admin-report-updated = Atualizados
admin-report-deleted = Removidos
admin-report-repaired = Reparados (os limites não eram válidos)
admin-report-pins-outside = Pins fora de todos os bairros (mantidos e contados no mais próximo)
admin-report-area-from-neighbourhoods = A área do plano é agora a área dos seus bairros.
admin-neighbourhoods-none = O plano ainda não tem bairros.
admin-col-name = Nome
admin-col-contributions = Contributos
admin-basemap-heading = Mapa de base
admin-basemap-intro = O mapa por baixo dos pins do plano. Tudo é servido por este servidor: nada vem de outro sítio.
admin-basemap-choice = Que mapa de base desenha o plano?
admin-basemap-own = O desenho simples do próprio Waymark
admin-basemap-osm = Um extrato do OpenStreetMap
admin-basemap-pmtiles = Um arquivo de mosaicos vetoriais (PMTiles)
admin-use-basemap = Usar este mapa de base
admin-basemap-missing = Esse mapa de base ainda não tem nada carregado. Carregue primeiro um extrato.
admin-basemap-loading = A carregar o mapa de base…
admin-basemap-failed = Não foi possível carregar o mapa de base.
admin-osm-heading = Carregar um extrato do OpenStreetMap
admin-osm-file = Extrato do OpenStreetMap
admin-osm-file-hint = Um ficheiro .osm.pbf ou .osm que cubra a área do plano. Importam-se estradas, água, espaços verdes, edifícios e nomes.
admin-osm-wrong-type = Escolha um ficheiro .osm.pbf ou .osm
admin-osm-importing = A carregar e importar o extrato. Uma cidade demora alguns minutos: mantenha esta página aberta.
admin-organisations-heading = Organizações
admin-organisations-intro = As organizações que respondem ao que as pessoas dizem neste plano: um departamento da câmara, uma associação de habitação, o operador da rede, um grupo comunitário. Indique quem responde por ela em Utilizadores.
admin-organisations-none = O plano ainda não tem organizações. Adicione a primeira abaixo.
admin-col-kind = Tipo
admin-organisation-kind-council = Câmara municipal
admin-organisation-kind-housing = Associação de habitação
admin-organisation-kind-network-operator = Operador da rede
admin-organisation-kind-community-group = Grupo comunitário
admin-organisation-kind-other = Outro
admin-new-organisation-heading = Adicionar uma organização
admin-organisation-name = Nome
admin-organisation-name-hint = Como assina as respostas, p. ex. Milton Keynes City Council, Highways.
admin-organisation-slug = Endereço
admin-organisation-slug-hint = Letras minúsculas e algarismos, palavras ligadas por hífenes. Deixe em branco para o fazer a partir do nome.
admin-organisation-kind-label = Tipo
admin-add-organisation = Adicionar a organização
admin-organisation-name-missing = Dê um nome à organização
admin-organisation-slug-taken = Este plano já tem uma organização neste endereço. Escolha outro ou mude o nome.
admin-make-responders = Indicar quem responde por ela
admin-users-heading = Utilizadores
admin-users-intro = Procure pessoas pelo nome ou endereço de e-mail, dê-lhes uma função ou desative uma conta.
admin-search-text = Nome ou endereço de e-mail
admin-search-role = Função
admin-any-role = Qualquer função
admin-search = Procurar
admin-searching = A procurar…
admin-users-none = Nenhuma conta corresponde.
admin-more-users = Mostrar mais
admin-disabled = Desativada
admin-active = Ativa
admin-change-role = Mudar a função
admin-disable = Desativar a conta
admin-enable = Ativar a conta
admin-own-account = Não pode mudar a sua própria função nem desativar a sua própria conta. Peça a outro administrador.
admin-you = (você)
admin-their-actions = O que fez, no registo de auditoria
admin-choose-organisation = Escolha uma organização
admin-make-responder = Indicar como responsável
admin-organisation-missing = Escolha primeiro uma organização.
admin-audit-heading = Registo de auditoria
admin-audit-intro = Tudo o que a equipa fez, do mais recente para o mais antigo. Nada é apagado em silêncio.
admin-filters-label = Filtros
admin-actor = Feito por
admin-actor-hint = Um endereço de e-mail ou um nome, ou parte deles.
admin-action = Ação
admin-any-action = Qualquer ação
admin-target-type = Tipo de objeto
admin-target = O seu id
admin-since = De
admin-until = Até
admin-filter = Mostrar entradas
admin-audit-table = Entradas de auditoria, das mais recentes para as mais antigas
admin-audit-none = Nenhuma entrada corresponde.
admin-older-entries = Entradas mais antigas
admin-col-when = Quando
admin-col-who = Quem
admin-col-action = Ação
admin-col-target = O quê
admin-col-reason = Motivo
admin-col-change = Alteração
admin-before = Antes
admin-after = Depois
admin-show-change = Mostrar a alteração
admin-nothing = Nada
admin-system = o sistema
admin-date-invalid = Indique uma data e hora, ou deixe em branco
admin-sections-plans = Planos
admin-sections-users = Utilizadores
admin-sections-audit = Registo de auditoria
admin-moderation-short-pre = Antes de publicar
admin-moderation-short-post = Depois de publicar
admin-page-title = Administração — Waymark
admin-page-title-part = { $part } — Administração — Waymark
admin-signed-in-as = Sessão iniciada como { $who }
admin-refused = Tem sessão iniciada como { $who } ({ $role }). Só os administradores podem usar esta página. Saia e entre com a conta de um administrador.
admin-optional = { $label } (opcional)
admin-created = Plano «{ $title }» criado.
admin-settings-saved = Definições de «{ $title }» guardadas.
admin-report-summary = Bairros: { $created } criados, { $updated } atualizados, { $deleted } removidos.
admin-report-from = Lida a camada «{ $layer }», nomes de «{ $field }».
admin-report-from-crs = Lida a camada «{ $layer }», nomes de «{ $field }», coordenadas em { $crs }.
admin-repaired-item = { $name }: { $reason }
admin-neighbourhoods-table = { $count ->
    [one] { $count } bairro
   *[other] { $count } bairros
}
admin-map-label = Mapa de { $title }: os bairros sobre o mapa de base. A tabela lista os mesmos bairros.
admin-features = { $count ->
    [one] { $count } elemento carregado.
   *[other] { $count } elementos carregados.
}
admin-features-none = Ainda nada carregado.
admin-pmtiles-loaded = Mosaicos { $schema }, zoom de { $min } a { $max }, importados { $at }.
admin-basemap-saved = O plano desenha agora: { $name }.
admin-osm-done = { $count ->
    [one] Importado { $count } elemento do extrato.
   *[other] Importados { $count } elementos do extrato.
}
admin-organisations-table = { $count ->
    [one] { $count } organização
   *[other] { $count } organizações
}
admin-organisation-added = Organização «{ $name }» adicionada.
admin-users-found = { $count ->
    [one] { $count } conta encontrada.
   *[other] { $count } contas encontradas.
}
admin-users-shown = A mostrar { $shown } de { $count } contas.
admin-joined = Registou-se { $day }
admin-role-for = Função de { $who }
admin-role-changed = { $who } tem agora a função: { $role }.
admin-user-disabled = A conta de { $who } foi desativada. Já não pode entrar.
admin-user-enabled = A conta de { $who } foi ativada.
admin-responder-for = { $who } passa a responder por
admin-organisation-of = { $name } ({ $plan })
admin-responder-made = { $who } responde agora por { $organisation }.
admin-audit-shown = { $count ->
    [one] { $count } entrada mostrada.
   *[other] { $count } entradas mostradas.
}
admin-audit-shown-more = { $count ->
    [one] { $count } entrada mostrada; há outras mais antigas.
   *[other] { $count } entradas mostradas; há outras mais antigas.
}
