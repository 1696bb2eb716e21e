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
