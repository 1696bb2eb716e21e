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

    Este Waymark não guarda inscrições de voluntários, por isso não há ficheiros para elas.
