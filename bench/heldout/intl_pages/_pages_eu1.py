from _common import P, page

PAGES = []

# ---------------------------------------------------------------- 16. heise-like
paras = [
    "Ein Zulieferer aus dem Raum Regensburg hat einen Batteriesensor vorgestellt, der den Innenwiderstand einzelner Zellen im laufenden Betrieb misst. Bisher erfassen die meisten Batteriemanagementsysteme nur Spannung und Temperatur auf Modulebene.",
    "Der Sensor speist einen kurzen Stromimpuls mit 1 kHz ein und wertet die Antwort aus. Daraus lässt sich nach Angaben des Herstellers ablesen, ob eine Zelle schneller altert als ihre Nachbarn, lange bevor die Kapazität messbar sinkt.",
    "Für Werkstätten wäre das ein Fortschritt: Statt ganze Module zu tauschen, könnten sie gezielt die auffällige Zelle ersetzen. Dafür müssten die Fahrzeughersteller allerdings den Zugriff auf die Messdaten freigeben, was bislang kaum einer tut.",
    "Serienreif soll der Sensor 2027 sein. Erste Muster laufen derzeit in Testflotten zweier Nutzfahrzeughersteller.",
]
html = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Batteriesensor misst Zellalterung im Betrieb | heise online</title>
<meta name="description" content="Ein Zulieferer misst den Innenwiderstand einzelner Zellen während der Fahrt.">
<meta property="og:title" content="Batteriesensor misst Zellalterung im Betrieb">
<link rel="canonical" href="https://www.heise.de/news/Batteriesensor-misst-Zellalterung-im-Betrieb-10432117.html">
</head>
<body>
<header class="a-header"><a class="a-header__logo" href="/">heise online</a>
  <nav class="a-nav"><a href="/newsticker/">News</a> <a href="/thema/Auto">Auto</a> <a href="/thema/Energie">Energie</a> <a href="/plus/">heise+</a> <a href="/forum/">Forum</a></nav></header>
<main id="meldung" class="main">
<article class="article" data-component="Article">
  <header class="a-article-header">
    <p class="a-article-header__label">Elektromobilität</p>
    <h1 class="a-article-header__title">Batteriesensor misst Zellalterung im Betrieb</h1>
    <p class="a-article-header__lead">Ein Zulieferer misst den Innenwiderstand einzelner Zellen während der Fahrt. Werkstätten könnten davon profitieren.</p>
    <div class="a-article-header__publish-info"><div class="a-publish-info"><time datetime="2025-06-05T09:12:00+02:00" class="a-datetime__value">05.06.2025 09:12 Uhr</time></div>
      <div class="a-article-header__reading-time"><span>Lesezeit: 3 Min.</span></div>
      <div class="a-article-header__social"><a class="a-article-header__comment-link" href="/forum/heise-online/Kommentare/Batteriesensor/forum-561204/comment/">Kommentare lesen (87 Beiträge)</a></div>
      <div class="creator"><ul class="a-creator__names"><li class="a-creator__name">Von <a href="/autor/martin-fischer">Martin Fischer</a></li></ul></div></div>
  </header>
  <div class="article-content">
@@BODY@@
    <p class="a-article-footer__editorial">(mfi)</p>
  </div>
  <section class="a-article-footer"><a href="/forum/heise-online/Kommentare/Batteriesensor/forum-561204/comment/">Kommentare lesen (87 Beiträge)</a></section>
</article>
<section class="forum-teaser"><h3>Aus dem Forum</h3>
  <div class="forum-teaser__posting"><span class="forum-teaser__user">Ohmscher_Widerstand</span> <time datetime="2025-06-06T08:41:00+02:00">06.06.2025 08:41</time><p>Klingt gut, aber ohne Datenzugang für freie Werkstätten bringt das gar nichts.</p></div></section>
<section class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/news/Feststoffakku-Pilotlinie-10428810.html">Feststoffakku: Pilotlinie nimmt Betrieb auf</a> <time>03.06.2025</time></li></ul></section>
</main>
<footer class="a-footer"><p>&copy; 2026 heise online</p> <a href="/impressum.html">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_de_heise", html,
    url="https://www.heise.de/news/Batteriesensor-misst-Zellalterung-im-Betrieb-10432117.html",
    modelled_on="heise online news article (a-article-header, <time datetime> with '05.06.2025 09:12 Uhr', author abbreviation at the end, forum teaser)",
    language="de",
    notes="Visible '05.06.2025 09:12 Uhr' in <time datetime='2025-06-05T09:12:00+02:00'> (day-first numeric). Forum teaser has a post dated 06.06.2025 08:41 and related link 03.06.2025. The editor's abbreviation '(mfi)' closes the article and is not body text.",
    classes=["time_datetime", "day_first_numeric", "uhr_suffix", "comments_dates", "related_dates", "author_abbrev_footer", "lead"],
    title="Batteriesensor misst Zellalterung im Betrieb",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+02:00",
    author="Martin Fischer",
    paragraphs=paras,
    body_noise=["(mfi)", "Lesezeit: 3 Min.", "Kommentare lesen (87 Beiträge)", "Klingt gut, aber ohne Datenzugang für freie Werkstätten bringt das gar nichts.", "Feststoffakku: Pilotlinie nimmt Betrieb auf"],
))

# ---------------------------------------------------------------- 17. Spiegel-like (naive datetime, 'Uhr')
paras = [
    "In der Halle in Coburg stehen die Tische in langen Reihen, an jedem sitzen zwei Frauen und ziehen Kabel durch eine Schablone. Wer hier einen Kabelbaum für einen Lieferwagen fertigt, braucht dafür knapp vier Stunden.",
    "Vor drei Jahren beschäftigte das Familienunternehmen noch 900 Menschen in Franken, heute sind es 540. Der Großteil der Produktion ist nach Nordmazedonien gewandert, wo eine Arbeitsstunde etwa ein Fünftel kostet.",
    "Geschäftsführerin Katrin Endres will den Standort trotzdem halten. Ihre Idee: In Coburg sollen künftig nur noch Prototypen und Kleinserien entstehen, bei denen sich die Zeichnungen fast täglich ändern. »Da zählt Nähe zum Entwicklungszentrum mehr als der Stundenlohn«, sagt sie.",
    "Ob das reicht, ist offen. Zwei große Kunden haben angekündigt, ihre Prototypen künftig ebenfalls in Osteuropa bauen zu lassen.",
]
html = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kabelbaum-Hersteller aus Franken: Wie ein Zulieferer überleben will - DER SPIEGEL</title>
<meta name="description" content="Ein Familienunternehmen aus Coburg hat die Serienfertigung verlagert.">
<meta property="og:title" content="Wie ein Kabelbaum-Hersteller aus Franken überleben will">
<link rel="canonical" href="https://www.spiegel.de/wirtschaft/unternehmen/kabelbaum-hersteller-aus-franken-wie-ein-zulieferer-ueberleben-will-a-7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e">
</head>
<body>
<header data-area="header"><a href="/" title="DER SPIEGEL">DER SPIEGEL</a>
  <nav><a href="/schlagzeilen/">Schlagzeilen</a> <a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/auto/">Mobilität</a> <a href="/abo/">Abo</a></nav></header>
<main id="Inhalt">
<article aria-label="Wie ein Kabelbaum-Hersteller aus Franken überleben will">
  <header data-area="intro" class="lg:mb-32 md:mb-32 sm:mb-24">
    <h2 class="md:mb-24 lg:mb-24 sm:mb-16">
      <span class="block text-primary-base dark:text-dm-primary-base font-sansUI font-bold text-base mb-12">Zulieferer in der Krise</span>
      <span class="align-middle">Wie ein Kabelbaum-Hersteller aus Franken überleben will</span></h2>
    <div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl sm:text-l lg:mb-32 md:mb-32 sm:mb-24">Die Serienfertigung ist längst in Osteuropa. Jetzt setzt ein Familienunternehmen aus Coburg auf Prototypen.</div>
    <div data-area="author"><span class="font-sansUI">Von </span><a href="/impressum/autor-8a7b6c5d" class="text-black dark:text-shade-lightest font-bold border-b">Jonas Wendt</a></div>
    <div data-area="metadata" class="font-sansUI"><time datetime="2025-02-18 09:12:23" class="timeformat">18.02.2025, 09.12 Uhr</time></div>
    <div data-area="social_bar"><button>Artikel teilen</button> <button>Zur Merkliste hinzufügen</button></div>
  </header>
  <section class="relative" data-area="body">
@@BODY@@
  </section>
  <div data-area="related_articles"><h3>Mehr zum Thema</h3><ul><li><a href="/wirtschaft/autozulieferer-stellenabbau-a-1234">Stellenabbau bei Autozulieferern: Die Liste wird länger</a> <span>14.02.2025, 17.40 Uhr</span></li></ul></div>
</article>
<aside data-area="paywall"><p>Sie haben 3 von 5 kostenlosen Artikeln in diesem Monat gelesen. Jetzt SPIEGEL+ abonnieren.</p></aside>
</main>
<footer><p>&copy; DER SPIEGEL 2026 &middot; Alle Rechte vorbehalten</p></footer>
</body>
</html>
""".replace("@@BODY@@", "\n".join('    <div data-sara-click-el="body_element" class="lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16"><div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap"><p>%s</p></div></div>' % p for p in paras))
PAGES.append(page(
    "intl_de_spiegel", html,
    url="https://www.spiegel.de/wirtschaft/unternehmen/kabelbaum-hersteller-aus-franken-wie-ein-zulieferer-ueberleben-will-a-7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e",
    modelled_on="DER SPIEGEL article (Tailwind utility classes, kicker + headline spans inside h2, <time class='timeformat' datetime='YYYY-MM-DD HH:MM:SS'>)",
    language="de",
    notes="Visible '18.02.2025, 09.12 Uhr' (dotted time) in <time datetime='2025-02-18 09:12:23'>, which has no offset. The page is German and prints 'Uhr', so German local time applies: CET in February, +01:00 (not the summer +02:00); seconds from the datetime which agrees with the printed minute. Headline is in an h2 after the kicker 'Zulieferer in der Krise' (title excludes the kicker). Paywall counter and related item with its own date.",
    classes=["time_datetime_naive", "uhr_suffix", "winter_offset_cet", "dotted_time", "day_first_numeric", "kicker_in_headline", "h2_headline", "related_dates", "paywall_prompt"],
    title="Wie ein Kabelbaum-Hersteller aus Franken überleben will",
    published_date="2025-02-18", published_at="2025-02-18T09:12:23+01:00",
    author="Jonas Wendt",
    paragraphs=paras,
    body_noise=["Sie haben 3 von 5 kostenlosen Artikeln in diesem Monat gelesen. Jetzt SPIEGEL+ abonnieren.", "Stellenabbau bei Autozulieferern: Die Liste wird länger", "Zur Merkliste hinzufügen", "Alle Rechte vorbehalten"],
))

# ---------------------------------------------------------------- 18. AUTOHAUS-like trade site (windows-1252, date only visible)
paras = [
    "Der Verband der freien Teilehändler rechnet für 2025 mit einem Umsatzplus von rund drei Prozent im deutschen Ersatzteilmarkt. Getragen wird das Wachstum vor allem von Preiserhöhungen, die Stückzahlen stagnieren.",
    "Besonders gefragt sind Verschleißteile für Fahrzeuge, die älter als zehn Jahre sind. Das Durchschnittsalter der Pkw in Deutschland liegt inzwischen bei über zehn Jahren, viele Halter schieben den Neuwagenkauf auf.",
    "„Die Werkstätten sind voll, aber die Margen werden dünner“, sagte Verbandssprecher Holger Brandes. Die Logistikkosten seien seit 2021 um fast ein Viertel gestiegen, gleichzeitig verlangten die Werkstätten mehrmals täglich Lieferungen.",
    "Bei Teilen für Elektrofahrzeuge sieht der Verband noch kaum Geschäft. Ein einzelner Hochvolt-Stecker koste im freien Handel teils über 400 €, weil die Hersteller die Teile nur über ihre eigenen Kanäle abgäben.",
]
html = """<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Teilehandel: Umsatzplus dank höherer Preise - AUTOHAUS</title>
<meta name="description" content="Der Verband der freien Teilehändler erwartet ein Umsatzplus von drei Prozent.">
<link rel="canonical" href="https://www.autohaus.de/nachrichten/aftersales/teilehandel-umsatzplus-dank-hoeherer-preise-3601244">
</head>
<body class="article-page">
<div id="header"><a class="logo" href="/">AUTOHAUS</a>
  <ul class="mainnav"><li><a href="/nachrichten/autohandel/">Autohandel</a></li><li><a href="/nachrichten/aftersales/">Aftersales</a></li><li><a href="/nachrichten/werkstatt/">Werkstatt</a></li><li><a href="/autohaus-next/">AUTOHAUS next</a></li><li><a href="/abo/">Abo</a></li></ul></div>
<div id="main" class="container">
<div class="breadcrumb"><a href="/">Startseite</a> &rsaquo; <a href="/nachrichten/">Nachrichten</a> &rsaquo; <a href="/nachrichten/aftersales/">Aftersales</a></div>
<div class="article">
  <div class="article-header">
    <span class="dachzeile">Teilehandel</span>
    <h1>Umsatzplus dank höherer Preise</h1>
    <div class="article-meta"><span class="article-date">6. Juni 2025</span> <span class="article-author">Autor: Sabine Lorenz</span></div>
  </div>
  <div class="article-teaser"><p><strong>Der freie Ersatzteilhandel wächst – aber vor allem wegen gestiegener Preise. Bei E-Auto-Teilen bleibt er außen vor.</strong></p></div>
  <div class="article-image"><img src="/img/teilelager.jpg" alt=""><p class="bu">Blick in ein Teilelager: Die Stückzahlen stagnieren. (Foto: Adobe Stock)</p></div>
  <div class="article-text">
@@BODY@@
  </div>
  <div class="article-newsletter"><p>Sie möchten keine Nachrichten aus dem Aftersales verpassen? Jetzt den AUTOHAUS Newsletter abonnieren!</p></div>
</div>
<div class="box-related"><h3>Lesen Sie auch</h3>
  <ul><li><span class="date">4. Juni 2025</span> <a href="/nachrichten/werkstatt/werkstattauslastung-mai-3600971">Werkstattauslastung im Mai auf Rekordniveau</a></li>
  <li><span class="date">30. Mai 2025</span> <a href="/nachrichten/aftersales/reifenhandel-bilanz-3600512">Reifenhandel zieht positive Frühjahrsbilanz</a></li></ul></div>
</div>
<div id="footer"><p>© Springer Fachmedien München GmbH 2026</p><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_de_autohaus_cp1252", html,
    url="https://www.autohaus.de/nachrichten/aftersales/teilehandel-umsatzplus-dank-hoeherer-preise-3601244",
    modelled_on="AUTOHAUS (German motor-trade magazine) news article on an older CMS template",
    language="de",
    encoding="windows-1252",
    notes="Stored as windows-1252 bytes (declared in a http-equiv meta; „“ and € use cp1252-only code points). Only cue is the visible '6. Juni 2025' (German month name, no time): published_at null. Related list shows '4. Juni 2025' and '30. Mai 2025'. Teaser, caption with photo credit and newsletter line are not body.",
    classes=["legacy_encoding_cp1252", "visible_only", "german_monthname", "no_time", "related_dates", "caption", "teaser", "newsletter_prompt", "copyright_year"],
    title="Umsatzplus dank höherer Preise",
    published_date="2025-06-06", published_at=None,
    author="Sabine Lorenz",
    paragraphs=paras,
    body_noise=["Blick in ein Teilelager: Die Stückzahlen stagnieren. (Foto: Adobe Stock)", "Sie möchten keine Nachrichten aus dem Aftersales verpassen? Jetzt den AUTOHAUS Newsletter abonnieren!", "Werkstattauslastung im Mai auf Rekordniveau", "Autor: Sabine Lorenz"],
))

# ---------------------------------------------------------------- 19. Le Monde-like
paras = [
    "Le constructeur a confirmé, jeudi 5 juin, l'arrêt de la production de moteurs thermiques sur son site de Trémery (Moselle) d'ici à la fin de 2027. L'usine, qui fabriquait encore 900 000 moteurs par an au milieu des années 2010, se consacrera entièrement aux moteurs électriques.",
    "La reconversion doit concerner environ 1 800 salariés. La direction assure qu'aucun licenciement n'est prévu, mais les syndicats s'inquiètent du volume de travail : un moteur électrique compte beaucoup moins de pièces qu'un moteur diesel et demande moins d'heures d'assemblage.",
    "« Nous avons besoin de volumes, pas seulement de promesses », a déclaré un délégué syndical à la sortie du comité social et économique. Les ventes de voitures électriques en Europe progressent moins vite que prévu, ce qui pèse sur la charge des usines.",
    "Le site a déjà reçu plus de 300 millions d'euros d'investissements depuis 2019 pour la production de moteurs électriques, en partie financés par l'État dans le cadre du plan France 2030.",
]
html = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<title>A Trémery, la fin annoncée du moteur thermique</title>
<meta property="og:title" content="A Trémery, la fin annoncée du moteur thermique">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.lemonde.fr/economie/article/2025/06/05/a-tremery-la-fin-annoncee-du-moteur-thermique_6612345_3234.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.lemonde.fr/economie/article/2025/06/05/a-tremery-la-fin-annoncee-du-moteur-thermique_6612345_3234.html"},"headline":"A Trémery, la fin annoncée du moteur thermique","datePublished":"2025-06-05T09:12:00+02:00","dateModified":"2025-06-05T17:40:00+02:00","author":[{"@type":"Person","name":"Claire Dumas","url":"https://www.lemonde.fr/signataires/claire-dumas/"}],"publisher":{"@type":"Organization","name":"Le Monde"},"isAccessibleForFree":"False"}</script>
</head>
<body class="article-page">
<header class="Header"><a class="Header__logo" href="/">Le Monde</a>
  <nav class="Nav"><a href="/actualite-en-continu/">En continu</a> <a href="/international/">International</a> <a href="/politique/">Politique</a> <a href="/economie/">Économie</a> <a href="/planete/">Planète</a></nav>
  <a class="Header__sub" href="/abonnement/">S'abonner</a> <a href="/connexion/">Se connecter</a></header>
<main class="article article--content">
<section class="zone zone--article">
  <section class="article__heading">
    <ul class="breadcrumb"><li><a href="/economie/">Économie</a></li><li><a href="/automobile/">Automobile</a></li></ul>
    <h1 class="article__title">A Trémery, la fin annoncée du moteur thermique</h1>
    <p class="article__desc">L'usine mosellane, longtemps premier site mondial de production de moteurs diesel, ne fabriquera plus que des moteurs électriques à partir de 2028.</p>
    <section class="article__header--premium"><span class="icon__premium"></span><p class="article__status">Article réservé aux abonnés</p></section>
    <section class="meta meta__publisher"><span class="meta__author meta__author--page"><a href="/signataires/claire-dumas/" class="article__author-link">Claire Dumas</a> (Metz, envoyée spéciale)</span>
      <span class="meta__date meta__date--header">Publié le 05 juin 2025 à 09h12, modifié le 05 juin 2025 à 17h40</span>
      <span class="meta__reading-time"><span class="sr-only">Temps de </span>Lecture 3 min.</span></section>
  </section>
  <article class="article__content">
    <figure class="article__media"><img src="https://img.lemde.fr/2025/06/05/tremery.jpg" alt=""><figcaption class="article__legend">La chaîne de montage des moteurs électriques à Trémery (Moselle), le 3 juin 2025. <span class="article__credit">JEAN-MARC LORIOT / HANS LUCAS POUR « LE MONDE »</span></figcaption></figure>
@@BODY@@
    <section class="article__reactions"><p>Lire aussi : <a href="/economie/article/2025/05/28/automobile-les-ventes-electriques-ralentissent_6611002_3234.html">Automobile : les ventes de voitures électriques ralentissent en Europe</a></p></section>
  </article>
  <section class="article__siblings"><p class="article__footer-single">Claire Dumas (Metz, envoyée spéciale)</p></section>
  <section class="paywall"><p>Il vous reste 58.63% de cet article à lire. La suite est réservée aux abonnés.</p></section>
</section>
<section id="comments"><h3>Contributions</h3><div class="comment"><span class="comment__author">Lorrain57</span> <span class="comment__date">05/06/2025 - 10h31</span><p class="comment__content">Mon père y a travaillé trente ans, quel gâchis.</p></div></section>
</main>
<footer class="footer"><p>Le Monde &copy; 2026. Reproduction interdite de tous les articles du site, sauf accord de l'administration.</p></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, 'class="article__paragraph"', "    "))
PAGES.append(page(
    "intl_fr_lemonde", html,
    url="https://www.lemonde.fr/economie/article/2025/06/05/a-tremery-la-fin-annoncee-du-moteur-thermique_6612345_3234.html",
    modelled_on="Le Monde article (article__heading, meta__date 'Publié le ... à 09h12, modifié le ...', NewsArticle JSON-LD, URL with /2025/06/05/)",
    language="fr",
    notes="Visible 'Publié le 05 juin 2025 à 09h12, modifié le 05 juin 2025 à 17h40' (French 'h' time separator); JSON-LD datePublished 2025-06-05T09:12:00+02:00 supplies the offset. URL date agrees. Comment dated 05/06/2025 - 10h31; caption dated 3 juin 2025; 'Lire aussi' link URL dated 2025/05/28.",
    classes=["visible_plus_jsonld", "published_vs_updated_same_line", "french_h_time", "url_date", "caption", "paywall_prompt", "comments_dates", "lire_aussi"],
    title="A Trémery, la fin annoncée du moteur thermique",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+02:00",
    author="Claire Dumas",
    paragraphs=paras,
    body_noise=["Article réservé aux abonnés", "La chaîne de montage des moteurs électriques à Trémery (Moselle), le 3 juin 2025.", "Automobile : les ventes de voitures électriques ralentissent en Europe", "Il vous reste 58.63% de cet article à lire. La suite est réservée aux abonnés.", "Mon père y a travaillé trente ans, quel gâchis."],
))

# ---------------------------------------------------------------- 20. French regional (iso-8859-1), 'Mis à jour' printed before 'Publié'
paras = [
    "Le sous-traitant automobile installé dans la zone industrielle de la ville depuis 1974 a été placé en redressement judiciaire mardi par le tribunal de commerce. L'entreprise emploie 212 salariés et fabrique des pièces d'injection plastique pour les tableaux de bord.",
    "Selon la direction, la baisse des commandes de deux constructeurs a fait chuter le chiffre d'affaires de 30 % en deux ans. Le prix de l'électricité, qui a triplé pour les presses à injecter, a achevé de fragiliser les comptes.",
    "Un administrateur judiciaire a été nommé pour une période d'observation de six mois. Les salaires de février seront versés, a assuré le délégué CGT du site, qui appelle les collectivités à se mobiliser pour trouver un repreneur.",
    "La communauté de communes a annoncé jeudi la création d'une cellule de suivi avec la Région et les services de l'Etat.",
]
html = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Le sous-traitant automobile Plastimoule placé en redressement judiciaire - Le Courrier de l'Ouest-Loire</title>
<meta name="description" content="L'entreprise emploie 212 salariés.">
<link rel="canonical" href="https://www.courrier-ouest-loire.fr/cholet-49300/economie/le-sous-traitant-automobile-plastimoule-place-en-redressement-judiciaire-7c2e9f">
</head>
<body>
<div id="bandeau"><a href="/" class="logo">Le Courrier de l'Ouest-Loire</a>
  <ul class="menu"><li><a href="/actualite/">Actualité</a></li><li><a href="/economie/">Économie</a></li><li><a href="/sport/">Sport</a></li><li><a href="/loisirs/">Loisirs</a></li><li><a href="/abonnement/">Je m'abonne</a></li></ul></div>
<div id="contenu">
<div class="fil-ariane"><a href="/">Accueil</a> &gt; <a href="/cholet-49300/">Cholet</a> &gt; Économie</div>
<article class="article-detail">
  <p class="surtitre">Cholet</p>
  <h1 class="titre-article">Le sous-traitant automobile Plastimoule placé en redressement judiciaire</h1>
  <div class="infos-article">
    <p class="auteur">Par <strong>Yann Le Goff</strong></p>
    <p class="date-maj">Mis à jour le 7 février 2025 à 11h05</p>
    <p class="date-publi">Publié le 6 février 2025 à 09h12</p>
  </div>
  <p class="chapo">L'entreprise de plasturgie, qui emploie 212 salariés, a été placée en redressement judiciaire. Une période d'observation de six mois s'ouvre.</p>
  <figure class="photo"><img src="/photos/plastimoule.jpg" alt=""><figcaption>Le site de Plastimoule, dans la zone industrielle. | ARCHIVES COURRIER</figcaption></figure>
  <div class="texte-article">
@@BODY@@
  </div>
  <div class="bloc-abonnement"><p>Cet article vous a intéressé ? Abonnez-vous pour 1 euro le premier mois.</p></div>
</article>
<div class="a-lire-aussi"><h3>A lire aussi</h3><ul><li><a href="/cholet-49300/economie/salon-de-la-sous-traitance">Salon de la sous-traitance : 80 exposants attendus</a> <span>le 31 janvier 2025</span></li></ul></div>
</div>
<div id="pied"><p>Le Courrier de l'Ouest-Loire - Tous droits réservés - 2026</p></div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_fr_regional_latin1", html,
    url="https://www.courrier-ouest-loire.fr/cholet-49300/economie/le-sous-traitant-automobile-plastimoule-place-en-redressement-judiciaire-7c2e9f",
    modelled_on="French regional daily (Ouest-France-like template): 'Mis à jour le ...' printed above 'Publié le ...'",
    language="fr",
    encoding="iso-8859-1",
    notes="Stored as ISO-8859-1 bytes. 'Mis à jour le 7 février 2025 à 11h05' is printed BEFORE 'Publié le 6 février 2025 à 09h12'; publication wins, so the 6th. No structured data gives an offset and no zone is printed, so published_at is null (naive French local time 09:12). Chapô, caption and subscription block are not body.",
    classes=["legacy_encoding_latin1", "updated_before_published", "visible_only", "french_h_time", "naive_time_no_zone", "chapo", "caption", "related_dates"],
    title="Le sous-traitant automobile Plastimoule placé en redressement judiciaire",
    published_date="2025-02-06", published_at=None,
    author="Yann Le Goff",
    paragraphs=paras,
    body_noise=["Mis à jour le 7 février 2025 à 11h05", "Le site de Plastimoule, dans la zone industrielle. | ARCHIVES COURRIER", "Cet article vous a intéressé ? Abonnez-vous pour 1 euro le premier mois.", "Salon de la sous-traitance : 80 exposants attendus"],
))

# ---------------------------------------------------------------- 21. El País-like
paras = [
    "La planta de baterías que un consorcio chino-español construye en Navalmoral de la Mata (Cáceres) comenzará a producir celdas en el segundo semestre de 2026, seis meses más tarde de lo previsto, según confirmó este martes la empresa.",
    "El retraso se debe a la tramitación de la conexión eléctrica de alta tensión, que Red Eléctrica no podrá completar antes de 2026. La fábrica necesitará una potencia de 180 megavatios cuando funcione a pleno rendimiento.",
    "La inversión total asciende a 1.400 millones de euros, de los que unos 280 millones proceden de ayudas públicas del PERTE del vehículo eléctrico. La compañía prevé contratar a 1.200 personas, la mayoría de la comarca.",
    "Los sindicatos han pedido que el calendario de contratación se mantenga y que la formación de los futuros operarios empiece este otoño, como estaba comprometido.",
]
html = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>La fábrica de baterías de Navalmoral retrasa seis meses el inicio de la producción | Economía | EL PAÍS</title>
<meta property="og:title" content="La fábrica de baterías de Navalmoral retrasa seis meses el inicio de la producción">
<link rel="canonical" href="https://elpais.com/economia/2024-11-12/la-fabrica-de-baterias-de-navalmoral-retrasa-seis-meses-el-inicio-de-la-produccion.html">
</head>
<body class="art">
<header class="_g _g-md"><div class="ep_l"><a href="/" title="EL PAÍS">EL PAÍS</a></div>
  <nav class="sm"><a href="/espana/">España</a> <a href="/internacional/">Internacional</a> <a href="/economia/">Economía</a> <a href="/opinion/">Opinión</a> <a href="/suscripciones/">Suscríbete</a></nav></header>
<main id="main-content" class="mw mw-mc">
<article id="main-content" class="a _g _g-lg _g-o">
  <header class="a_e a_e-di _g _g-lg _g-o"><div class="a_k _df"><a class="a_k_n" href="/economia/industria/">Industria</a></div>
    <h1 class="a_t">La fábrica de baterías de Navalmoral retrasa seis meses el inicio de la producción</h1>
    <h2 class="a_st">La conexión eléctrica de alta tensión no estará lista hasta 2026</h2></header>
  <div class="a_md _df">
    <div class="a_md_txt"><div class="a_md_a"><a class="a_md_a_n" href="/autor/ana-beltran/">Ana Beltrán</a></div>
      <div class="a_md_f"><span class="a_ti">Madrid</span> - <span><a href="https://elpais.com/hemeroteca/2024-11-12/" data-date="2024-11-12T09:12:00+01:00" id="article_date_p">12 nov 2024 - 09:12 <abbr title="Central European Time">CET</abbr></a></span>
        <span class="a_md_f_upd"><span>Actualizado: </span><a data-date="2024-11-12T13:40:05+01:00" id="article_date_u">12 nov 2024 - 13:40 <abbr title="Central European Time">CET</abbr></a></span></div></div>
    <div class="a_md_sh"><button>Compartir en Whatsapp</button> <button>Compartir en Facebook</button> <button>Copiar enlace</button> <button>Comentarios</button></div></div>
  <figure class="a_m a_m-h"><img src="/img/navalmoral.jpg" alt=""><figcaption class="a_m_p"><span class="a_m_p_c">Obras de la fábrica de baterías en Navalmoral de la Mata, en octubre.</span><span class="a_m_p_a">ROBERTO PALOMO</span></figcaption></figure>
  <div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
@@BODY@@
  </div>
  <div class="a_s"><p class="a_s_n">Sigue toda la información de <i>Economía</i> y <i>Negocios</i> en <a href="https://www.facebook.com/elpaiseconomia">Facebook</a> y <a href="https://twitter.com/elpaiseconomia">X</a>, o en nuestra <a href="/newsletters/">newsletter semanal</a></p></div>
</article>
<section class="b b-au"><h3>Más información</h3><article class="c"><h2 class="c_t"><a href="/economia/2024-11-04/las-ventas-de-coches-electricos.html">Las ventas de coches eléctricos suben un 40% en octubre</a></h2></article></section>
</main>
<footer><p>© EDICIONES EL PAÍS S.L. 2026</p></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_es_elpais", html,
    url="https://elpais.com/economia/2024-11-12/la-fabrica-de-baterias-de-navalmoral-retrasa-seis-meses-el-inicio-de-la-produccion.html",
    modelled_on="EL PAÍS article (a_md_f dateline 'Madrid - DD mon YYYY - HH:MM CET/CEST' with 'Actualizado', data-date attributes, URL /economia/YYYY-MM-DD/)",
    language="es",
    notes="Visible '12 nov 2024 - 09:12 CET' (Spanish abbreviated month) with 'Actualizado: 12 nov 2024 - 13:40 CET' beside it; the link's data-date attribute and the URL agree. CET = +01:00 (winter). No JSON-LD.",
    classes=["visible_zone_abbrev_cet", "winter_offset_cet", "spanish_month_abbrev", "published_vs_updated", "data_date_attribute", "url_date_dashed", "caption", "follow_prompt"],
    title="La fábrica de baterías de Navalmoral retrasa seis meses el inicio de la producción",
    published_date="2024-11-12", published_at="2024-11-12T09:12:00+01:00",
    author="Ana Beltrán",
    paragraphs=paras,
    body_noise=["Obras de la fábrica de baterías en Navalmoral de la Mata, en octubre.", "Las ventas de coches eléctricos suben un 40% en octubre", "Compartir en Whatsapp", "newsletter semanal"],
))
