from _common import P, page

PAGES = []

# ---------------------------------------------------------------- 22. Mexican daily (es-MX)
paras = [
    "Las exportaciones de autopartes de México a Estados Unidos sumaron 38 mil 400 millones de dólares entre enero y abril, un aumento de 6.2 por ciento frente al mismo periodo del año pasado, informó la Industria Nacional de Autopartes.",
    "Los arneses eléctricos, los asientos y los componentes de motor siguen a la cabeza de los envíos. Coahuila, Chihuahua y Guanajuato concentran más de la mitad de la producción del sector.",
    "El organismo advirtió que la revisión del tratado comercial prevista para 2026 genera incertidumbre entre los proveedores, sobre todo en las reglas de origen para vehículos eléctricos.",
    "Para todo el año, la industria prevé un crecimiento de entre 4 y 5 por ciento en su producción, siempre que no se impongan nuevos aranceles a las piezas fabricadas en el país.",
]
html = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Exportaciones de autopartes crecen 6.2% en el primer cuatrimestre | El Heraldo del Bajío</title>
<meta property="og:title" content="Exportaciones de autopartes crecen 6.2% en el primer cuatrimestre">
<meta property="article:published_time" content="2025-06-05T09:12:00-06:00">
<meta property="article:section" content="Economía">
<link rel="canonical" href="https://www.heraldodelbajio.mx/economia/exportaciones-de-autopartes-crecen-62-en-el-primer-cuatrimestre/">
</head>
<body>
<header class="site-header"><a class="logo" href="/">El Heraldo del Bajío</a>
  <nav><a href="/local/">Local</a> <a href="/nacional/">Nacional</a> <a href="/economia/">Economía</a> <a href="/deportes/">Deportes</a> <a href="/espectaculos/">Espectáculos</a></nav></header>
<main class="container">
<article class="nota">
  <span class="nota__seccion">Economía</span>
  <h1 class="nota__titulo">Exportaciones de autopartes crecen 6.2% en el primer cuatrimestre</h1>
  <p class="nota__balazo">Coahuila, Chihuahua y Guanajuato concentran más de la mitad de la producción</p>
  <div class="nota__datos"><span class="nota__autor">Por <strong>Fernanda Ruiz</strong></span>
    <span class="nota__lugar">Ciudad de México</span> <span class="nota__fecha">5 de junio de 2025</span> <span class="nota__hora">09:12 hrs</span></div>
  <div class="nota__compartir"><a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>
  <div class="nota__cuerpo">
@@B1@@
    <div class="nota__relacionada"><strong>Lee también:</strong> <a href="/economia/armadoras-produccion-mayo/">Producción de vehículos ligeros cae 3% en mayo</a></div>
@@B2@@
  </div>
  <div class="nota__etiquetas"><a href="/tag/autopartes/">autopartes</a> <a href="/tag/t-mec/">T-MEC</a></div>
</article>
<aside class="mas-leidas"><h3>Lo más leído</h3><ol><li><a href="/local/bloqueo-carretera-federal-45/">Bloqueo en la carretera federal 45 afecta a transportistas</a> <span>4 de junio de 2025</span></li></ol></aside>
</main>
<footer><p>© 2026 El Heraldo del Bajío. Todos los derechos reservados.</p></footer>
</body>
</html>
""".replace("@@B1@@", P(paras[:2], indent="    ")).replace("@@B2@@", P(paras[2:], indent="    "))
PAGES.append(page(
    "intl_es_mx_regional", html,
    url="https://www.heraldodelbajio.mx/economia/exportaciones-de-autopartes-crecen-62-en-el-primer-cuatrimestre/",
    modelled_on="Mexican regional daily (El Heraldo/El Universal-style 'nota' template: 'Ciudad de México 5 de junio de 2025 09:12 hrs')",
    language="es",
    notes="Visible '5 de junio de 2025' and a separate '09:12 hrs' with no zone; meta article:published_time 2025-06-05T09:12:00-06:00 gives the offset (central Mexico has no DST since 2022). 'Lee también' sits inside the body; most-read list dated 4 de junio de 2025.",
    classes=["visible_plus_meta", "spanish_long_date", "split_date_time", "inline_related", "related_dates", "balazo_subhead", "copyright_year"],
    title="Exportaciones de autopartes crecen 6.2% en el primer cuatrimestre",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00-06:00",
    author="Fernanda Ruiz",
    paragraphs=paras,
    body_noise=["Producción de vehículos ligeros cae 3% en mayo", "Lee también:", "Bloqueo en la carretera federal 45 afecta a transportistas", "Todos los derechos reservados."],
))

# ---------------------------------------------------------------- 23. Corriere-like (date without time; 'modifica' with time)
paras = [
    "Il distretto della componentistica torinese chiude il 2024 con un calo del fatturato del 7 per cento, il terzo semestre negativo consecutivo. Pesano il rallentamento della produzione negli stabilimenti italiani e la frenata degli ordini dalla Germania.",
    "Secondo l'indagine della Camera di commercio, quasi un'azienda su tre ha fatto ricorso alla cassa integrazione nella seconda metà dell'anno. Le imprese più piccole, con meno di 50 dipendenti, sono quelle in maggiore difficoltà.",
    "Non mancano però i segnali positivi. Le aziende che lavorano per l'aerospazio e per i veicoli industriali hanno aumentato le vendite, e il 40 per cento delle imprese dichiara di voler diversificare verso altri settori entro tre anni.",
    "«Serve un piano nazionale per la filiera, non interventi a pioggia», ha detto il presidente del gruppo componentisti dell'Unione industriali.",
]
html = """<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Componentistica auto, a Torino fatturato in calo del 7% nel 2024- Corriere Torino</title>
<meta name="description" content="Un'azienda su tre in cassa integrazione.">
<link rel="canonical" href="https://torino.corriere.it/notizie/economia/25_febbraio_28/componentistica-auto-torino-fatturato-in-calo-7-primo-trimestre-4c1d2e3f.shtml">
</head>
<body>
<div id="l-header"><a class="logo" href="/">Corriere Torino</a>
  <ul class="nav"><li><a href="/notizie/cronaca/">Cronaca</a></li><li><a href="/notizie/politica/">Politica</a></li><li><a href="/notizie/economia/">Economia</a></li><li><a href="/notizie/sport/">Sport</a></li></ul></div>
<div id="l-main">
<article class="article-wrapper">
  <div class="is-section"><a href="/notizie/economia/">Economia</a></div>
  <h1 class="title-art-hp is-xxlarge is-line-h-106">Componentistica auto, a Torino fatturato in calo del 7% nel 2024</h1>
  <h2 class="summary-art is-medium">Un'azienda su tre ha usato la cassa integrazione. Ma chi lavora per l'aerospazio cresce</h2>
  <div class="info-art-top">
    <p class="is-copyright">di <span class="writer">Marco Bellini</span></p>
    <p class="is-last-update">28 febbraio 2025 (modifica il 1 marzo 2025 | 10:05)</p>
  </div>
  <div class="share-art"><a>Facebook</a> <a>X</a> <a>Email</a></div>
  <div class="content">
@@BODY@@
  </div>
  <div class="newsletter-art"><p>La newsletter del Corriere Torino: iscriviti qui per ricevere ogni giorno le notizie del Piemonte</p></div>
</article>
<div class="bck-related"><h3>Leggi anche</h3><ul><li><a href="/notizie/economia/25_febbraio_26/mirafiori-turni.shtml">Mirafiori, nuovi turni di cassa integrazione</a> <span>26 febbraio 2025</span></li></ul></div>
</div>
<div id="l-footer"><p>Copyright 2026 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati</p></div>
</body>
</html>
""".replace("@@BODY@@", P(paras, 'class="chapter-paragraph"', "    "))
PAGES.append(page(
    "intl_it_corriere_modifica", html,
    url="https://torino.corriere.it/notizie/economia/25_febbraio_28/componentistica-auto-torino-fatturato-in-calo-7-primo-trimestre-4c1d2e3f.shtml",
    modelled_on="Corriere della Sera local edition article ('28 febbraio 2025 (modifica il 1 marzo 2025 | 10:05)', URL segment 25_febbraio_28)",
    language="it",
    notes="Publication is printed as '28 febbraio 2025' without a time; the only time printed belongs to the modification ('modifica il 1 marzo 2025 | 10:05', the next day and next month) and must not be taken. No meta or JSON-LD. URL segment '25_febbraio_28' (two-digit year, Italian month) agrees. published_at null.",
    classes=["visible_only", "italian_monthname", "modified_time_only", "no_publication_time", "url_date_italian", "related_dates", "newsletter_prompt", "summary_subhead"],
    title="Componentistica auto, a Torino fatturato in calo del 7% nel 2024",
    published_date="2025-02-28", published_at=None,
    author="Marco Bellini",
    paragraphs=paras,
    body_noise=["La newsletter del Corriere Torino: iscriviti qui per ricevere ogni giorno le notizie del Piemonte", "Mirafiori, nuovi turni di cassa integrazione", "Tutti i diritti sono riservati"],
))

# ---------------------------------------------------------------- 24. g1-like (Brazil)
paras = [
    "A produção de veículos no Brasil cresceu 9,4% em maio na comparação com o mesmo mês do ano passado, segundo dados divulgados nesta quinta-feira (5) pela associação dos fabricantes.",
    "Foram montadas 232 mil unidades entre automóveis, comerciais leves, caminhões e ônibus. As exportações, porém, recuaram 12%, puxadas pela queda nas vendas para a Argentina.",
    "O setor de autopeças acompanha o movimento. Fornecedores do ABC paulista relatam aumento de pedidos para motores flex e para componentes de veículos híbridos, que começam a ser produzidos no país.",
    "Para o ano, a associação manteve a previsão de alta de 6% na produção, mas alertou para o impacto dos juros altos sobre o financiamento de veículos.",
]
html = """<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>Produção de veículos sobe 9,4% em maio, mas exportações caem | Economia | g1</title>
<meta property="og:title" content="Produção de veículos sobe 9,4% em maio, mas exportações caem">
<link rel="canonical" href="https://g1.globo.com/economia/noticia/2025/06/05/producao-de-veiculos-sobe-94percent-em-maio-mas-exportacoes-caem.ghtml">
</head>
<body class="mc-body">
<header class="header-editoria"><a class="logo" href="https://g1.globo.com/">g1</a> <a class="header-editoria--link" href="https://g1.globo.com/economia/">Economia</a>
  <nav><a href="https://g1.globo.com/economia/agronegocios/">Agronegócios</a> <a href="https://g1.globo.com/economia/auto-esporte/">Autoesporte</a> <a href="https://g1.globo.com/economia/concursos-e-emprego/">Concursos e Emprego</a></nav></header>
<main class="mc-main">
<div class="mc-article-header" data-block-type="header">
  <div class="title"><h1 class="content-head__title" itemprop="headline">Produção de veículos sobe 9,4% em maio, mas exportações caem</h1></div>
  <div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="alternativeHeadline">Foram montadas 232 mil unidades no mês; vendas para a Argentina recuaram.</h2></div>
  <div class="content-publication-data"><div class="content-publication-data__text">
    <p class="content-publication-data__from" title="Por Ana Ribeiro, g1 — São Paulo">Por <a href="https://g1.globo.com/autores/ana-ribeiro/">Ana Ribeiro</a>, g1 — São Paulo</p>
    <p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2025-06-05T12:12:00.000Z">05/06/2025 09h12</time> &middot; Atualizado <time itemprop="dateModified" datetime="2025-06-05T14:30:00.000Z">05/06/2025 11h30</time></p></div></div>
</div>
<article itemprop="articleBody" class="mc-body theme">
  <div class="mc-column content-text active-extra-styles" data-block-type="unstyled">
@@B1@@
  </div>
  <div class="mc-column content-media" data-block-type="backstage-photo"><figure><img src="/img/linha-montagem.jpg" alt=""><figcaption class="content-media__description">Linha de montagem de veículos em São Bernardo do Campo (SP) — Foto: Reprodução/TV Globo</figcaption></figure></div>
  <div class="mc-column content-text active-extra-styles" data-block-type="unstyled">
@@B2@@
  </div>
  <div class="mc-column content-intertitle"><h2>VEJA TAMBÉM:</h2></div>
  <ul class="content-unordered-list"><li><a href="/economia/noticia/2025/06/03/venda-de-veiculos-maio.ghtml">Venda de veículos novos cresce 5% em maio</a></li></ul>
</article>
<section class="video-playlist"><h3>Vídeos: veja os mais assistidos do g1</h3></section>
</main>
<footer class="footer"><p>© Copyright 2000-2026 Globo Comunicação e Participações S.A.</p></footer>
</body>
</html>
""".replace("@@B1@@", P(paras[:2], 'class="content-text__container " data-track-category="Link no Texto" data-track-links=""', "    ")).replace("@@B2@@", P(paras[2:], 'class="content-text__container " data-track-category="Link no Texto" data-track-links=""', "    "))
PAGES.append(page(
    "intl_ptbr_g1", html,
    url="https://g1.globo.com/economia/noticia/2025/06/05/producao-de-veiculos-sobe-94percent-em-maio-mas-exportacoes-caem.ghtml",
    modelled_on="g1 (Globo) article: 'Por X, g1 — São Paulo', '05/06/2025 09h12 · Atualizado 05/06/2025 11h30' in itemprop <time>s",
    language="pt-BR",
    notes="Visible '05/06/2025 09h12' (day-first, 'h' separator, Brasília time without a printed zone) in <time itemprop=datePublished datetime='2025-06-05T12:12:00.000Z'>; updated 11h30. The offset comes from the datetime (Z); 12:12Z = 09:12 -03:00. URL /2025/06/05/ agrees. Caption with credit and 'VEJA TAMBÉM' list are not body.",
    classes=["time_itemprop_datepublished", "day_first_numeric", "portuguese_h_time", "published_vs_updated", "utc_z_vs_local_visible", "url_date", "caption", "related_list_in_body"],
    title="Produção de veículos sobe 9,4% em maio, mas exportações caem",
    published_date="2025-06-05", published_at="2025-06-05T12:12:00+00:00",
    author="Ana Ribeiro",
    paragraphs=paras,
    body_noise=["Linha de montagem de veículos em São Bernardo do Campo (SP) — Foto: Reprodução/TV Globo", "VEJA TAMBÉM:", "Venda de veículos novos cresce 5% em maio", "Vídeos: veja os mais assistidos do g1"],
))

# ---------------------------------------------------------------- 25. NOS-like (Dutch, no author, no year in visible date)
paras = [
    "De fabriek van vrachtwagenonderdelen in Born gaat volgend jaar dicht. Ruim 300 medewerkers verliezen hun baan, heeft het Zweedse moederbedrijf vandaag bekendgemaakt.",
    "In Born worden sinds 1998 cabineonderdelen en ophangingen voor vrachtwagens gemaakt. De productie verhuist naar een nieuwe fabriek in Polen, waar volgens het bedrijf de loonkosten en energieprijzen lager liggen.",
    "De vakbond noemt het besluit een klap voor de regio. \"Deze mensen hebben jarenlang overuren gedraaid om de orders weg te werken, en nu krijgen ze dit te horen\", zegt een bestuurder van FNV Metaal.",
    "De provincie Limburg wil met het bedrijf praten over een sociaal plan en over een nieuwe bestemming voor het terrein.",
]
html = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Fabriek van vrachtwagenonderdelen in Born sluit, ruim 300 banen weg | NOS</title>
<meta property="og:title" content="Fabriek van vrachtwagenonderdelen in Born sluit, ruim 300 banen weg">
<meta property="og:type" content="article">
<link rel="canonical" href="https://nos.nl/artikel/2571843-fabriek-van-vrachtwagenonderdelen-in-born-sluit-ruim-300-banen-weg">
</head>
<body>
<header class="sc-f75afcb6-0"><a href="/" aria-label="NOS">NOS</a>
  <nav><a href="/nieuws">Nieuws</a> <a href="/sport">Sport</a> <a href="/nieuws/economie">Economie</a> <a href="/nieuws/regionaal">Regionaal nieuws</a></nav></header>
<main id="content">
<article class="sc-6d77a1d1-0">
  <header class="sc-6d77a1d1-1"><div class="sc-c9e64b51-0"><a href="/nieuws/economie">Economie</a></div>
    <h1 class="sc-f9df6382-0">Fabriek van vrachtwagenonderdelen in Born sluit, ruim 300 banen weg</h1>
    <p class="sc-6d77a1d1-3"><time datetime="2025-01-14T09:12:41+0100">dinsdag 14 januari, 09:12</time></p></header>
  <figure class="sc-7f1f4c2b-0"><img src="https://cdn.nos.nl/image/born.jpg" alt=""><figcaption>De fabriek in Born<span> &middot; ANP</span></figcaption></figure>
  <div class="sc-2d2a1b45-0">
@@BODY@@
  </div>
  <section class="sc-0d1b1f8b-0"><h2>Bekijk ook</h2><a href="/artikel/2571102-vrachtwagenbouwer-schrapt-banen-in-eindhoven"><span>Vrachtwagenbouwer schrapt banen in Eindhoven</span><time datetime="2025-01-09T14:20:00+0100">9 januari</time></a></section>
</article>
</main>
<footer><p>NOS &middot; Over de NOS &middot; Contact &middot; Privacy</p></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, 'class="sc-6d77a1d1-0 chzewu"', "    "))
PAGES.append(page(
    "intl_nl_nos", html,
    url="https://nos.nl/artikel/2571843-fabriek-van-vrachtwagenonderdelen-in-born-sluit-ruim-300-banen-weg",
    modelled_on="NOS.nl article (styled-components class names, <time datetime='...+0100'> with a year-less 'weekday D month, HH:MM')",
    language="nl",
    notes="Visible 'dinsdag 14 januari, 09:12' has no year; the year and offset come from <time datetime='2025-01-14T09:12:41+0100'> (offset without colon; Dutch winter time). No author is named (author null; the site is not an author). 'Bekijk ook' has its own <time> for 9 januari.",
    classes=["time_datetime", "visible_no_year", "offset_no_colon", "dutch_weekday_monthname", "no_author", "related_dates", "caption", "no_copyright_year"],
    title="Fabriek van vrachtwagenonderdelen in Born sluit, ruim 300 banen weg",
    published_date="2025-01-14", published_at="2025-01-14T09:12:41+01:00",
    author=None,
    paragraphs=paras,
    body_noise=["De fabriek in Born", "Vrachtwagenbouwer schrapt banen in Eindhoven", "Bekijk ook"],
))

# ---------------------------------------------------------------- 26. Polish auto portal (iso-8859-2)
paras = [
    "Producent układów wydechowych z Wałbrzycha rozpoczął seryjną produkcję obudów baterii do samochodów elektrycznych. To pierwsza taka linia w zakładzie, który do tej pory pracował wyłącznie dla silników spalinowych.",
    "Inwestycja kosztowała 180 mln zł, a nowa hala zatrudnia 260 osób. Część pracowników przeszła szkolenia z działu tłumików, którego produkcja spada od dwóch lat.",
    "Obudowy trafią do dwóch niemieckich producentów samochodów. Firma nie ujawnia, o które modele chodzi, ale przyznaje, że kontrakty obejmują lata 2025-2030.",
    "Jak mówi dyrektor zakładu, Tomasz Kaczmarek, w ciągu trzech lat udział części do aut elektrycznych w przychodach ma wzrosnąć z 5 do 30 proc.",
]
html = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">
<title>Fabryka tłumików w Wałbrzychu robi obudowy baterii. Pierwsza linia ruszyła - Moto Portal</title>
<meta name="description" content="Producent układów wydechowych rozpoczął produkcję obudów baterii.">
<link rel="canonical" href="https://moto.portalwiadomosci.pl/motoryzacja/7,153821,31577840,fabryka-tlumikow-w-walbrzychu-robi-obudowy-baterii.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Fabryka t\\u0142umik\\u00f3w w Wa\\u0142brzychu robi obudowy baterii. Pierwsza linia ruszy\\u0142a","datePublished":"2024-11-12T09:12:00+01:00","dateModified":"2024-11-12T09:12:00+01:00","author":{"@type":"Person","name":"Tomasz Wi\\u015bniewski"},"publisher":{"@type":"Organization","name":"Moto Portal"}}</script>
</head>
<body>
<div id="page">
<div id="header"><a class="logo" href="/">Moto Portal</a>
  <ul class="menu"><li><a href="/motoryzacja/">Motoryzacja</a></li><li><a href="/elektromobilnosc/">Elektromobilność</a></li><li><a href="/testy/">Testy</a></li><li><a href="/porady/">Porady</a></li></ul></div>
<div id="columns">
<div id="article" class="art">
  <h1 id="art-title">Fabryka tłumików w Wałbrzychu robi obudowy baterii. Pierwsza linia ruszyła</h1>
  <div id="art-meta"><span class="art-author">Tomasz Wiśniewski</span> <span class="art-datetime">12 listopada 2024, 09:12</span></div>
  <div id="art-lead"><p>Zakład, który dotąd produkował wyłącznie dla silników spalinowych, otworzył pierwszą linię obudów baterii.</p></div>
  <div id="art-text">
@@BODY@@
  </div>
  <div class="art-source">Źródło: materiały prasowe</div>
</div>
<div id="sidebar"><h3>Najczęściej czytane</h3><ul><li><a href="/motoryzacja/ceny-paliw-listopad.html">Ceny paliw w listopadzie. Kierowcy zapłacą mniej</a> <span>8 listopada 2024</span></li></ul></div>
</div>
<div id="comments"><h3>Komentarze (14)</h3><div class="comment"><b>marek_77</b> <span class="date">12 listopada 2024, 10:47</span><p>Dobrze, że coś zostaje w Polsce.</p></div></div>
<div id="footer"><p>Copyright 2026 Moto Portal. Wszelkie prawa zastrzeżone.</p></div>
</div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_pl_moto_latin2", html,
    url="https://moto.portalwiadomosci.pl/motoryzacja/7,153821,31577840,fabryka-tlumikow-w-walbrzychu-robi-obudowy-baterii.html",
    modelled_on="Polish news portal automotive section (Gazeta.pl/Agora-style '7,ID,ID,slug.html' URL, art-meta line '5 czerwca 2025, 09:12')",
    language="pl",
    encoding="iso-8859-2",
    notes="Stored as ISO-8859-2 bytes. Visible '12 listopada 2024, 09:12' (Polish genitive month name) with no zone; JSON-LD datePublished 2024-11-12T09:12:00+01:00 supplies the offset (JSON-LD strings use \\u escapes). Comment dated 12 listopada 2024, 10:47; sidebar 8 listopada 2024. 'Źródło: materiały prasowe' is a source line for press material, not a credited organisation name, so source is null.",
    classes=["legacy_encoding_latin2", "visible_plus_jsonld", "polish_genitive_month", "comments_dates", "sidebar_dates", "lead", "copyright_year"],
    title="Fabryka tłumików w Wałbrzychu robi obudowy baterii. Pierwsza linia ruszyła",
    published_date="2024-11-12", published_at="2024-11-12T09:12:00+01:00",
    author="Tomasz Wiśniewski",
    paragraphs=paras,
    body_noise=["Źródło: materiały prasowe", "Dobrze, że coś zostaje w Polsce.", "Ceny paliw w listopadzie. Kierowcy zapłacą mniej", "Wszelkie prawa zastrzeżone."],
))

# ---------------------------------------------------------------- 27. Russian (windows-1251)
paras = [
    "Завод по выпуску тормозных колодок в Тольятти увеличит производство на 40% до конца года, сообщили в компании. Предприятие получило заказ на поставку колодок для грузовиков и автобусов.",
    "Для этого на заводе запустят вторую линию прессования. Оборудование было закуплено ещё в 2023 году, но монтаж затянулся из-за задержек с поставками комплектующих.",
    "Сейчас завод выпускает около 9 млн комплектов колодок в год. Большая часть идёт на вторичный рынок, около четверти — на конвейеры автозаводов.",
    "По словам генерального директора Игоря Панкратова, спрос на отечественные колодки вырос после ухода ряда иностранных поставщиков, и завод уже работает в три смены.",
]
html = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Тольяттинский завод тормозных колодок увеличит выпуск на 40% — Авто Вести</title>
<meta name="description" content="Предприятие получило заказ на колодки для грузовиков и автобусов.">
<link rel="canonical" href="https://autovesti.ru/news/2025/06/05/zavod-kolodok-tolyatti/">
<meta itemprop="datePublished" content="2025-06-05T09:12:00+03:00">
<meta itemprop="dateModified" content="2025-06-05T11:30:00+03:00">
</head>
<body>
<div class="layout">
<div class="header"><a class="header__logo" href="/">Авто Вести</a>
  <ul class="header__menu"><li><a href="/news/">Новости</a></li><li><a href="/tests/">Тест-драйвы</a></li><li><a href="/industry/">Индустрия</a></li><li><a href="/market/">Рынок</a></li></ul></div>
<div class="article" itemscope itemtype="http://schema.org/NewsArticle">
  <div class="article__header">
    <div class="article__header__info"><span class="article__header__date">5 июня 2025, 09:12</span> <span class="article__header__category"><a href="/industry/">Индустрия</a></span></div>
    <h1 class="article__header__title-in" itemprop="headline">Тольяттинский завод тормозных колодок увеличит выпуск на 40%</h1>
    <div class="article__header__yandex"><span class="article__header__author">Автор: <span itemprop="author">Алексей Громов</span></span></div>
  </div>
  <div class="article__text" itemprop="articleBody">
    <div class="article__text__overview"><span>Предприятие получило крупный заказ на колодки для коммерческого транспорта.</span></div>
@@BODY@@
    <div class="article__inline-item"><span>Читайте также:</span> <a href="/news/2025/06/03/ceny-zapchasti-may/">Цены на запчасти в мае выросли на 2%</a></div>
  </div>
  <div class="article__tags"><a href="/tags/komplektuyushchie/">комплектующие</a> <a href="/tags/tolyatti/">Тольятти</a></div>
</div>
<div class="news-feed"><div class="news-feed__title">Лента новостей</div>
  <a class="news-feed__item" href="/news/2025/06/06/benzin/"><span class="news-feed__item__date">06.06.2025, 08:15</span> Биржевые цены на бензин снизились</a></div>
<div class="footer"><p>© 2026 Авто Вести. Все права защищены. 18+</p></div>
</div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_ru_cp1251", html,
    url="https://autovesti.ru/news/2025/06/05/zavod-kolodok-tolyatti/",
    modelled_on="Russian business/auto news site (RBC-style article__header__date '5 июня 2025, 09:12', itemprop meta dates)",
    language="ru",
    encoding="windows-1251",
    notes="Stored as windows-1251 bytes. Visible '5 июня 2025, 09:12' (genitive month name) printed ABOVE the headline; <meta itemprop='datePublished' content='2025-06-05T09:12:00+03:00'> in the head gives the Moscow offset. URL /2025/06/05/ agrees. News-feed item dated 06.06.2025, 08:15; 'Читайте также' link.",
    classes=["legacy_encoding_cp1251", "visible_plus_itemprop_meta", "russian_genitive_month", "date_above_headline", "url_date", "feed_dates", "overview_lead", "copyright_year"],
    title="Тольяттинский завод тормозных колодок увеличит выпуск на 40%",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+03:00",
    author="Алексей Громов",
    paragraphs=paras,
    body_noise=["Читайте также:", "Цены на запчасти в мае выросли на 2%", "Биржевые цены на бензин снизились", "Все права защищены."],
))

# ---------------------------------------------------------------- 34. Turkish (iso-8859-9) with pubdate meta
paras = [
    "Bursa'daki otomotiv yan sanayi firmaları, Avrupa'dan gelen siparişlerdeki düşüş nedeniyle haziran ayında üretime ara verme kararı aldı. Sektör temsilcileri, bazı fabrikalarda iki haftalık planlı duruş yapılacağını açıkladı.",
    "Avrupa'daki otomobil üretiminin beklenenden yavaş toparlanması, özellikle koltuk, kablo demeti ve plastik parça üreticilerini etkiliyor. Bölgedeki firmaların ihracatının yüzde 70'inden fazlası Avrupa Birliği ülkelerine gidiyor.",
    "Otomotiv Yan Sanayicileri Derneği'nin açıklamasına göre, üyelerin kapasite kullanım oranı mayıs ayında yüzde 68'e geriledi. Bu oran geçen yılın aynı döneminde yüzde 79 seviyesindeydi.",
    "Sektör, elektrikli araç parçalarına yönelik yatırımların hızlanması için devlet desteği talep ediyor.",
]
html = """<!DOCTYPE html>
<html lang="tr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-9">
<title>Bursa'da yan sanayi üretime ara veriyor - Ekonomi Haberleri</title>
<meta name="pubdate" content="2025-06-05T09:12:00+03:00">
<meta name="lastmod" content="2025-06-05T13:40:00+03:00">
<meta name="description" content="Avrupa'dan gelen siparişlerdeki düşüş Bursa'daki fabrikaları etkiliyor.">
<link rel="canonical" href="https://www.gundemekonomi.com.tr/ekonomi/bursada-yan-sanayi-uretime-ara-veriyor-42877193">
</head>
<body>
<div class="header"><a class="logo" href="/">Gündem Ekonomi</a>
  <ul class="nav"><li><a href="/gundem/">Gündem</a></li><li><a href="/ekonomi/">Ekonomi</a></li><li><a href="/otomobil/">Otomobil</a></li><li><a href="/dunya/">Dünya</a></li></ul></div>
<div class="container">
<div class="news-detail">
  <h1 class="news-detail-title">Bursa'da yan sanayi üretime ara veriyor</h1>
  <h2 class="news-detail-spot">Avrupa'dan gelen siparişlerdeki düşüş, otomotiv yan sanayisini planlı duruşa zorladı.</h2>
  <div class="news-detail-info">
    <span class="author">Ayşe Yıldız</span>
    <span class="date">05 Haziran 2025 09:12</span>
    <span class="update">Güncelleme: 05 Haziran 2025 13:40</span>
  </div>
  <div class="news-detail-text">
@@BODY@@
  </div>
  <div class="news-detail-alert"><p>Haberlerden anında haberdar olmak için bildirimleri açın.</p></div>
</div>
<div class="news-related"><h3>İlgili Haberler</h3><ul><li><a href="/ekonomi/otomotiv-ihracati-mayis-42870011">Otomotiv ihracatı mayısta yüzde 4 geriledi</a> <span>03 Haziran 2025</span></li></ul></div>
</div>
<div class="footer"><p>Copyright © 2026 Gündem Ekonomi. Tüm hakları saklıdır.</p></div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_tr_latin5", html,
    url="https://www.gundemekonomi.com.tr/ekonomi/bursada-yan-sanayi-uretime-ara-veriyor-42877193",
    modelled_on="Turkish national news site (Hürriyet/Milliyet-style news-detail block with 'Güncelleme', pubdate/lastmod meta)",
    language="tr",
    encoding="iso-8859-9",
    notes="Stored as ISO-8859-9 (Latin-5) bytes. Visible '05 Haziran 2025 09:12' followed by 'Güncelleme: 05 Haziran 2025 13:40'; meta name=pubdate 2025-06-05T09:12:00+03:00 (lastmod 13:40) supplies the offset. Related item dated 03 Haziran 2025.",
    classes=["legacy_encoding_latin5", "meta_pubdate", "turkish_monthname", "published_vs_updated", "related_dates", "spot_subhead", "push_prompt", "copyright_year"],
    title="Bursa'da yan sanayi üretime ara veriyor",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+03:00",
    author="Ayşe Yıldız",
    paragraphs=paras,
    body_noise=["Güncelleme: 05 Haziran 2025 13:40", "Haberlerden anında haberdar olmak için bildirimleri açın.", "Otomotiv ihracatı mayısta yüzde 4 geriledi", "Tüm hakları saklıdır."],
))
