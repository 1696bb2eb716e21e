# Páginas que o servidor escreve: seguir um lugar, um pin ou um compromisso por e-mail.

pages-site-title = { $title } — Waymark
pages-confirm-title = Confirme que quer seguir
pages-confirm-lead = Carregue no botão para receber { $frequency ->
        [each] um e-mail sempre que { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] a área que desenhou
        } em { $plan } tiver uma resposta ou novidade
        [daily] um e-mail diário com as novidades de { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] a área que desenhou
        } em { $plan }
       *[weekly] um e-mail semanal com as novidades de { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] a área que desenhou
        } em { $plan }
    }.
pages-confirm-button = Confirmar
pages-confirmed-title = Está a seguir
pages-confirmed-lead = Vai receber { $frequency ->
        [each] um e-mail sempre que { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] a área que desenhou
        } em { $plan } tiver uma resposta ou novidade
        [daily] um resumo diário das novidades de { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] a área que desenhou
        } no mapa { $plan }
       *[weekly] um resumo semanal das novidades de { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] a área que desenhou
        } no mapa { $plan }
    }.
pages-open-map = Abrir o mapa
pages-unsubscribe-title = Deixar de seguir
pages-unsubscribe-question = Parar os e-mails sobre { $followed ->
        [neighbourhood] { $name }
        [item] “{ $name }”
       *[area] a área que desenhou
    } no mapa { $plan }?
pages-stop-emails = Parar os e-mails
pages-stop-digest = Parar o resumo
pages-broken-link-title = Esta ligação não funciona
pages-broken-link-body = A ligação está incompleta, um e-mail nosso mais recente traz a sua substituta, ou pertence a um pedido que foi retirado. Peça de novo a partir do mapa.
pages-gone-title = Já não está a seguir
pages-gone-body = Não serão enviados mais resumos, e o endereço foi esquecido.
pages-data-readme =
    Os seus dados do Waymark

    Cada tipo de coisa ligada a si está em dois ficheiros com as mesmas linhas: um ficheiro .json e um ficheiro .csv que uma folha de cálculo abre.

    account: a sua conta, se tiver uma.
    contributions: os pinos que adicionou (lon e lat são o ponto exato que indicou).
    replies: as suas respostas a pinos.
    supports: os pinos que apoiou.
    flags: os pinos que denunciou aos moderadores, e porquê.
    follows: os locais, pinos e compromissos que segue por e-mail.
    proposals e energy_plans: os projetos de energia comunitária e planos energéticos que escreveu para um grupo.
    mail: as mensagens que o Waymark enviou ou vai enviar para o seu endereço.
    about_you: as suas respostas às perguntas opcionais «sobre si» (idade, género, grupo étnico, deficiência, habitação, primeira metade do código postal); são apenas contadas, nunca mostradas com o que disse.

    group_memberships: os Grupos de Ação Colaborativa a que pertence ou pediu para aderir (estado «requested»).
    group_posts e group_flags: o que escreveu nas discussões dos grupos e as mensagens que denunciou.
    meetings_attended: as reuniões de grupo em que foi registada a sua presença.
    action_points: as tarefas dos seus grupos cujo responsável é o seu nome.
    volunteering: as suas ofertas de ajuda a um projeto comunitário de energia, pelo seu endereço de e-mail (as não confirmadas desaparecem ao fim de 7 dias).
    champion: o seu registo como campeão de energia comunitária, os bairros que acompanha e a sua formação.
    modules_completed: os módulos da biblioteca de aprendizagem que concluiu.
    project_follows: os projetos cujas novidades mensais recebe.
    help_requests: os pinos sobre energia em que pediu ajuda a um campeão (guardados 90 dias).

## Voluntariado num projeto comunitário de energia (issue 19)

pages-volunteer-confirm-title = Confirme a sua oferta de ajuda
pages-volunteer-confirm-lead = Carregue em Confirmar e a equipa do projeto verá o seu endereço de e-mail, para poder contactá-lo.
pages-volunteer-confirm-button = Confirmar
pages-volunteer-confirmed-title = Obrigado por se oferecer para ajudar
pages-volunteer-confirmed-lead = É agora voluntário de { $project } como «{ $role }». A equipa entrará em contacto.
pages-volunteer-open-project = Abrir a página do projeto
pages-volunteer-leave-title = Deixar de ser voluntário
pages-volunteer-leave-lead = Carregue no botão e a sua oferta e o seu endereço de e-mail são apagados. A equipa deixa de o ver.
pages-volunteer-leave-button = Deixar de ser voluntário
pages-volunteer-left-title = Saiu
pages-volunteer-left-lead = A sua oferta e o seu endereço de e-mail foram apagados.
pages-project-unfollow-title = Parar as novidades mensais
pages-project-unfollow-lead = Carregue no botão e a mensagem mensal deste projeto deixa de ser enviada.
pages-project-unfollow-button = Parar a mensagem mensal
pages-project-unfollowed-title = Sem mais novidades mensais
pages-project-unfollowed-lead = A mensagem mensal deste projeto deixará de chegar.
