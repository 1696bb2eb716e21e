# E-mails. Cada corpo tem parágrafos inteiros; o código junta os parágrafos e as linhas das listas.

mail-subscription-confirm-subject = Confirme: seguir { $place ->
        [area] a área que desenhou no mapa
       *[neighbourhood] { $name }
    } em { $plan }
mail-subscription-confirm-body =
    Olá,

    Alguém, provavelmente você, pediu para receber por e-mail notícias de { $place ->
        [area] a área que desenhou no mapa
       *[neighbourhood] { $name }
    } no mapa { $plan }.

    Para confirmar, abra esta ligação e carregue em Confirmar:
    { $url }

    Se não foi você, ignore este e-mail: não enviaremos mais nada.

mail-digest-subject = { $place ->
        [area] A sua área
       *[neighbourhood] { $name }
    }: { $count } novidades em { $plan }
mail-digest-intro =
    Olá,

    { $count ->
        [one] Foi adicionada uma nova contribuição
       *[other] Foram adicionadas { $count } novas contribuições
    } em { $place ->
        [area] a área que desenhou no mapa
       *[neighbourhood] { $name }
    } no plano { $plan } desde o último resumo:
mail-digest-line = - { $kind }: { $title }
mail-digest-line-in = - { $kind }: { $title } ({ $neighbourhood })
mail-digest-outro =
    Veja-as no mapa: { $map }

    Recebe este e-mail { $frequency ->
        [daily] todos os dias
       *[weekly] todas as semanas
    } porque segue { $place ->
        [area] a área que desenhou no mapa
       *[neighbourhood] { $name }
    } em { $plan }.
    Para deixar de receber, abra: { $unsubscribe }

mail-kind = { $kind ->
    [idea] Ideia
    [issue] Problema
    [interest] Interesse
   *[story] História positiva
}

mail-follow-confirm-subject = Confirme: saber o que acontece { $followed ->
        [pin] ao pin “{ $name }”
       *[commitment] ao compromisso “{ $name }”
    } em { $plan }
mail-follow-confirm-body =
    Olá,

    Alguém, provavelmente você, pediu para saber por e-mail o que acontece { $followed ->
        [pin] ao pin “{ $name }”
       *[commitment] ao compromisso “{ $name }”
    } no mapa { $plan }: um e-mail sempre que houver uma resposta ou novidade.

    Para confirmar, abra esta ligação e carregue em Confirmar:
    { $url }

    Se não foi você, ignore este e-mail: não enviaremos mais nada.

mail-hello = Olá,
mail-status = { $status ->
    [open] aberto
    [referred] encaminhado para outra organização
    [considering] em análise
    [planned] planeado
    [done] concluído
    [not_possible] impossível
   *[duplicate] um duplicado de outro pin
}
mail-outcome-answer-subject = { $plan }: { $pins ->
        [0] um compromisso que segue tem um novo estado
        [one] um pin que segue tem um novo estado
       *[other] { $pins } pins que segue têm um novo estado
    }: { $status }
mail-outcome-answer = { $organisation } respondeu sobre { $pins ->
        [0] um compromisso que segue
        [one] um pin que segue
       *[other] { $pins } pins que segue
    } em { $plan }. Novo estado: { $status }.
mail-outcome-commitment = Compromisso: { $title }
mail-outcome-expected = Previsto para: { $month }
mail-outcome-response =
    “{ $response }”
    — { $organisation }
mail-outcome-reason = Porque não é possível: { $reason }
mail-outcome-progress-subject = { $plan }: “{ $commitment }” está { $progress }% concluído
mail-outcome-progress =
    { $organisation } publicou novidades de “{ $commitment }” em { $plan }: { $progress }% concluído, a { $date }.

    “{ $note }”
mail-outcome-pins = { $count ->
    [one] O pin:
   *[other] Os pins:
}
mail-outcome-more = … e mais { $count }.
mail-outcome-see = Veja-os no mapa: { $map }
mail-outcome-stop = Recebe este e-mail porque segue { $followed ->
        [neighbourhood] { $name }
        [area] a área que desenhou no mapa
        [pin] o pin “{ $name }”
       *[commitment] o compromisso “{ $name }”
    }. Para deixar de receber, abra: { $url }

mail-signup-subject = Confirme a sua conta Waymark
mail-signup-body =
    Olá,

    Alguém, provavelmente você, pediu uma conta Waymark com este endereço de e-mail.

    Para criar a conta, abra esta ligação, introduza a palavra-passe que escolheu e carregue em Confirmar (a ligação funciona durante { $hours } horas):
    { $url }

    Se não foi você, ignore este e-mail: nenhuma conta é criada.
mail-signup-taken-subject = A sua conta Waymark
mail-signup-taken-body =
    Olá,

    Alguém, provavelmente você, tentou registar-se no Waymark com este endereço de e-mail. Já tem uma conta, por isso não foi criada outra.

    Se foi você, inicie sessão aqui:
    { $sign_in }

    Esqueceu-se da palavra-passe? Escolha uma nova aqui:
    { $reset }

    Se não foi você, ignore este e-mail: nada mudou.
mail-reset-subject = Escolha uma nova palavra-passe do Waymark
mail-reset-body =
    Olá,

    Alguém, provavelmente você, pediu para escolher uma nova palavra-passe para a conta Waymark deste endereço de e-mail.

    Para a escolher, abra esta ligação dentro de { $minutes } minutos:
    { $url }

    Se não foi você, ignore este e-mail: a sua palavra-passe fica igual.
mail-email-change-subject = Confirme o seu novo endereço de e-mail para o Waymark
mail-email-change-body =
    Olá,

    Alguém, provavelmente você, pediu para usar este endereço de e-mail na sua conta Waymark.

    Para confirmar, abra esta ligação e carregue em Confirmar (a ligação funciona durante { $hours } horas):
    { $url }

    Se não foi você, ignore este e-mail: nada muda.
mail-email-changed-subject = O endereço de e-mail da sua conta Waymark foi alterado
mail-email-changed-body =
    Olá,

    A conta Waymark deste endereço de e-mail usa agora outro endereço: { $address }.
    A partir de agora, inicie sessão com esse endereço.

    Se não pediu esta alteração, alguém pode ter entrado como você: avise de imediato quem gere o seu mapa Waymark. A página para escolher uma nova palavra-passe é:
    { $url }
mail-inactive-account-subject = A sua conta Waymark vai ser apagada
mail-inactive-account-body =
    Olá,

    Ninguém entra na conta Waymark deste endereço de e-mail desde { $since }. As contas que ninguém usa são apagadas, para que nada sobre as pessoas seja guardado mais tempo do que o necessário.

    Para manter a sua conta, entre antes de { $deadline }:
    { $url }

    Caso contrário, a conta será apagada nessa data. O que escreveu no mapa fica, mas deixa de estar ligado a si.
mail-data-link-subject = Os seus dados no Waymark
mail-data-link-body =
    Olá,

    Alguém, provavelmente você, pediu para ver, descarregar ou apagar o que o Waymark guarda ligado a este endereço de e-mail.

    Para o fazer, abra esta ligação dentro de { $minutes } minutos (funciona uma vez):
    { $url }

    Se não foi você, ignore esta mensagem: nada foi mostrado a ninguém.

## Grupos de Ação Colaborativa (issue 18)

mail-group-minutes-subject = { $group }: ata de { $date }
mail-group-minutes-body =
    Olá,

    A ata da reunião de { $group } de { $date } foi publicada. Está abaixo e na página do grupo:
    { $url }
mail-group-threads-subject = { $group }: { $count ->
        [one] uma nova discussão
       *[other] { $count } novas discussões
    }
mail-group-threads-body =
    Olá,

    { $count ->
        [one] Foi iniciada uma nova discussão
       *[other] Foram iniciadas { $count } novas discussões
    } em { $group } desde a sua última mensagem. Leia e responda no espaço dos membros:
    { $url }

    Para deixar de receber estas mensagens, desative «mensagem diária de novas discussões» na página do grupo.

## Projetos comunitários de energia (issue 19)

mail-volunteer-confirm-subject = Confirme: ofereceu-se para ajudar { $project }
mail-volunteer-confirm-body =
    Olá,

    Alguém, provavelmente o próprio, ofereceu-se para ajudar o projeto comunitário de energia { $project }
    como «{ $role }».

    Para confirmar, abra esta ligação e carregue em Confirmar:
    { $url }

    A equipa do projeto verá então o seu endereço de e-mail e poderá escrever-lhe.
    Se não foi o próprio, ignore esta mensagem: não será enviado mais nada.

    Para sair a qualquer momento (o seu endereço é então apagado), abra:
    { $leave }
mail-help-request-subject = Um morador de { $neighbourhood } gostaria de ajuda com uma ideia sobre energia
mail-help-request-body =
    Olá,

    É um campeão de energia comunitária de { $neighbourhood }. Um morador pediu ajuda
    com este pino no mapa: «{ $title }»

    Veja e responda no mapa se puder ajudar:
    { $url }
mail-project-update-subject = { $project }: novidades deste mês
mail-project-update-intro = { $count ->
        [0] Nenhuma atualização nova de { $project } este mês.
        [one] Uma atualização de { $project } este mês:
       *[other] { $count } atualizações de { $project } este mês:
    }
mail-project-update-footer =
    Ver o projeto: { $url }

    Para deixar de receber estas mensagens mensais, abra:
    { $unsubscribe }
