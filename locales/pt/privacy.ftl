# The privacy notice (/p/{plan}/privacy): who is responsible for people's data on a plan,
# what it is used for, how long it is kept, the cookies and people's rights.

privacy-page-title = Aviso de privacidade – { $plan }
privacy-heading = Aviso de privacidade
privacy-skip = Saltar para o aviso
privacy-back = Voltar ao mapa
privacy-loading = A carregar o aviso de privacidade…
privacy-not-found = Não existe nenhum plano neste endereço.
privacy-load-failed = Não foi possível carregar o aviso de privacidade. Verifique a ligação e tente novamente.
privacy-intro = Este aviso explica que informações sobre si este mapa guarda, porquê, durante quanto tempo e o que nos pode pedir que façamos com elas.

privacy-controller-heading = Quem é responsável pelas suas informações
# $controller is an organisation's name, as the plan's organisers wrote it.
privacy-controller = { $controller } é responsável pelas informações que dá neste mapa (o «responsável pelo tratamento»).
privacy-controller-missing = Os organizadores do plano ainda não indicaram quem é responsável pelas suas informações. Até lá, escreva para o contacto abaixo.
privacy-contact-heading = Como nos contactar
privacy-contact-intro = Para perguntar sobre as suas informações ou exercer qualquer dos seus direitos, escreva para:
privacy-contact-missing = Os organizadores do plano ainda não indicaram um endereço de contacto.

privacy-purposes-heading = Para que usamos as suas informações
privacy-purpose-contributions = Os seus pins, respostas e apoios, e o nome que escolher mostrar com eles, para que os vizinhos e quem planeia a zona os possam ler.
privacy-purpose-accounts = A sua conta (o seu e-mail e a palavra-passe), para poder iniciar sessão e alterar ou apagar o que escreveu.
privacy-purpose-mail = O correio que pediu: novidades sobre um local ou um pin que segue e ligações para se registar ou repor a palavra-passe.
privacy-purpose-conversations = Conversas que os mobilizadores comunitários registam consigo à porta ou em eventos, apenas com o seu acordo.
privacy-purpose-moderation = Manter o mapa seguro: denúncias de conteúdo impróprio, decisões dos moderadores e um registo de quem alterou o quê.
privacy-purpose-equality_questions = As suas respostas às perguntas opcionais «sobre si» (idade, género, grupo étnico, deficiência, habitação e a primeira metade do seu código postal), se escolher responder, para podermos ver quem ainda não está a ser ouvido. São guardadas à parte do que disse e só são mostradas como contagens.

privacy-retention-heading = Durante quanto tempo as guardamos
privacy-retention-intro = Estes são os prazos com que este mapa está configurado. Depois deles, as informações são apagadas ou deixam de estar ligadas a si.
privacy-retention-events = Registo de alterações para atualizações em direto e resumos
privacy-retention-sessions = Sessões iniciadas, depois de terminarem
privacy-retention-unconfirmed = Seguimentos que nunca confirmou
privacy-retention-sent-mail = Correio que lhe enviámos
privacy-retention-retry = Chaves que evitam que um pin seja publicado duas vezes
privacy-retention-visitor = Ligação entre os seus pins e o seu navegador, sem conta
privacy-retention-inactive = Contas em que ninguém inicia sessão
privacy-retention-about-you = As suas respostas às perguntas «sobre si»
# $days is a number of days, at least 1.
privacy-days = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
privacy-kept = Não é apagado automaticamente
privacy-inactive-off = Não são apagadas por falta de uso
# $days: the days after which an unused account is deleted, once its owner has been warned by mail.
privacy-inactive-days = { $days ->
    [one] Apagadas após { $days } dia sem uso, depois de um aviso por e-mail
   *[other] Apagadas após { $days } dias sem uso, depois de um aviso por e-mail
}

privacy-cookies-heading = Cookies
privacy-cookies-intro = Usamos apenas cookies estritamente necessários para o que pede ao mapa, por isso não pedimos o seu consentimento. O mapa não carrega nada de outros sites e não tem publicidade nem rastreamento.
privacy-cookie-name = Cookie
privacy-cookie-purpose = Para que serve
privacy-cookie-lifetime = Quanto tempo dura
privacy-cookie-sign-in = Mantém a sua sessão iniciada.
privacy-cookie-visitor = Permite alterar os seus pins sem conta e conta o seu apoio uma só vez.
privacy-cookie-language = Lembra a língua que escolheu.
privacy-cookie-your-data = Guarda, durante uma hora, o endereço de e-mail que confirmou na página «Os seus dados», para que possa descarregar ou apagar o que está ligado a ele.

privacy-rights-heading = Os seus direitos
privacy-right-access = Pode pedir uma cópia das informações que temos sobre si.
privacy-right-rectification = Pode pedir que corrijamos informações erradas.
privacy-right-erasure = Pode pedir que apaguemos as suas informações. Também pode apagar os seus pins e a sua conta por si.
privacy-right-objection = Pode opor-se à forma como usamos as suas informações.
privacy-right-complaint = Se não estiver satisfeito com a forma como tratámos as suas informações, pode apresentar queixa ao Gabinete do Comissário de Informação do Reino Unido (ICO).
privacy-rights-how = Para exercer qualquer destes direitos, escreva para o contacto acima. Respondemos no prazo de um mês.
privacy-your-data-link = Ver, descarregar ou apagar os seus dados por si próprio
privacy-complaint-link = Apresentar queixa ao ICO
