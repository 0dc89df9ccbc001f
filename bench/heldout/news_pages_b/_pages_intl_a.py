"""International pages, part A: it, es-AR, pt-PT, cs (windows-1250), hu, sv, nl-BE."""
import json

from _common import FETCH_INTL, add, esc, ps

# ---------------------------------------------------------------- Il Sole 24 Ore
P = [
    "Nel distretto torinese della componentistica la parola d'ordine è diventata «diversificare». Dopo due anni di volumi in calo presso i costruttori europei, almeno una trentina di fornitori piemontesi sta cercando nuovi clienti tra i marchi cinesi che hanno annunciato stabilimenti in Europa.",
    "«Fino a poco tempo fa la Cina era un concorrente, oggi è anche un potenziale cliente», spiega Roberto Gallo, amministratore delegato della Meccanica Valsusa, che produce supporti motore e bracci delle sospensioni. L'azienda ha superato a gennaio il primo audit di un costruttore cinese che sta avviando l'assemblaggio in Ungheria.",
    "Secondo un'indagine condotta tra le imprese della filiera, il 42% delle imprese della filiera ha avuto almeno un contatto commerciale con gruppi cinesi nel 2024, contro il 17% di due anni prima. Solo una su dieci, però, ha già ricevuto un ordine.",
    "I tempi sono il nodo principale: i costruttori cinesi chiedono campioni in poche settimane e prezzi allineati a quelli dei fornitori asiatici. «Chi non ha margini per investire in attrezzature rischia di restare fuori», osserva Gallo.",
]
N = [
    "Ascolta la versione audio dell'articolo",
    "3' di lettura",
    "Riproduzione riservata ©",
    "Per continuare a leggere abbonati a Il Sole 24 Ore",
    "Automotive, la cassa integrazione sale del 30% a febbraio",
]
LD = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Componentistica, i fornitori piemontesi cercano clienti tra i marchi cinesi",
                 "datePublished": "2025-03-12T09:12:04+01:00", "dateModified": "2025-03-12T12:30:18+01:00",
                 "author": [{"@type": "Person", "name": "Marco Ferri"}, {"@type": "Person", "name": "Giulia Neri"}],
                 "publisher": {"@type": "Organization", "name": "Il Sole 24 ORE"}}, ensure_ascii=False)
H = f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Componentistica, i fornitori piemontesi cercano clienti tra i marchi cinesi - Il Sole 24 ORE</title>
<meta property="og:title" content="Componentistica, i fornitori piemontesi cercano clienti tra i marchi cinesi">
<script type="application/ld+json">{LD}</script>
</head>
<body>
<header class="s24-header"><a class="logo" href="/">Il Sole 24 ORE</a><nav><a href="/sez/italia">Italia</a> <a href="/sez/economia">Economia</a> <a href="/sez/finanza">Finanza</a> <a href="/sez/motori">Motori</a> <a href="/abbonamenti">Abbonati</a></nav></header>
<main class="main">
 <article class="atext">
  <div class="akicker"><a href="/sez/economia/industria">Industria</a></div>
  <h1 class="atitle">Componentistica, i fornitori piemontesi cercano clienti tra i marchi cinesi</h1>
  <p class="asummary">Un'impresa su quattro ha avviato trattative con i nuovi costruttori arrivati in Europa</p>
  <div class="aauthor">di <a class="auth" href="/autori/marco-ferri">Marco Ferri</a> e <a class="auth" href="/autori/giulia-neri">Giulia Neri</a></div>
  <div class="ameta"><time class="time" datetime="2025-03-12">12 marzo 2025</time> <span class="aread">3' di lettura</span></div>
  <button class="aaudio">Ascolta la versione audio dell'articolo</button>
  <div class="atxt">
{ps(P)}
  </div>
  <div class="apaywall"><p>Per continuare a leggere abbonati a Il Sole 24 Ore</p></div>
  <p class="acopy">Riproduzione riservata ©</p>
  <aside class="arel"><h3>Leggi anche</h3><ul><li><a href="/art/automotive-cassa-integrazione-AGa1">Automotive, la cassa integrazione sale del 30% a febbraio</a> <time datetime="2025-03-10">10 marzo 2025</time></li></ul></aside>
 </article>
</main>
<footer>Copyright Il Sole 24 Ore Tutti i diritti sono riservati</footer>
</body>
</html>
"""
add("intl_it_sole24ore", H,
    url="https://www.ilsole24ore.com/art/componentistica-fornitori-piemontesi-cercano-clienti-marchi-cinesi-AGx7Yb2C", kind="intl",
    modelled_on="Il Sole 24 ORE article (atitle / asummary / aauthor 'di X e Y', date-only <time>, reading time, audio button, paywall)",
    language="it", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible date is only '12 marzo 2025' (<time datetime='2025-03-12'>, no time). The time of day is only in the NewsArticle JSON-LD datePublished "
          "2025-03-12T09:12:04+01:00 (Italian winter time, offset stated) → kept as stated. dateModified (12:30) is the update. "
          "Two authors 'di Marco Ferri e Giulia Neri' → written 'Marco Ferri, Giulia Neri' (Italian 'e' dropped). The summary line is a standfirst (neutral: "
          "neither paragraph nor noise). Reading time, audio button, paywall and related item are noise.",
    classes=["date_only_visible", "time_only_in_jsonld", "winter_offset_cet", "two_authors", "standfirst_neutral",
             "reading_time", "audio_button", "paywall_prompt", "related_dates"],
    title="Componentistica, i fornitori piemontesi cercano clienti tra i marchi cinesi",
    published_date="2025-03-12", published_at="2025-03-12T09:12:04+01:00",
    author="Marco Ferri, Giulia Neri", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Infobae (Argentina)
P = [
    "Las autopartistas argentinas exportaron por USD 612 millones en los primeros cuatro meses del año, un 14% más que en el mismo período de 2024, impulsadas por los envíos de piezas de suspensión y sistemas de escape a Brasil y México, según datos de la cámara que agrupa al sector.",
    "El crecimiento, sin embargo, convive con una fuerte caída de las ventas al mercado interno. Las terminales radicadas en el país redujeron su producción un 9% interanual y varias fábricas de Córdoba y Santa Fe adelantaron vacaciones a sus operarios.",
    "“Estamos exportando más porque no nos queda otra”, resumió el presidente de una empresa familiar de Rafaela que fabrica amortiguadores. La firma, que emplea a 340 personas, destina hoy a Brasil el 45% de su producción, frente al 20% de hace tres años.",
    "Desde la cámara advirtieron que la competitividad cambiaria y los costos logísticos serán determinantes para sostener la tendencia en el segundo semestre.",
]
N = [
    "Una línea de montaje de autopartes en Córdoba (Foto: Archivo)",
    "Seguir leyendo:",
    "La producción de autos cayó 9% en abril",
    "Guardar",
    "Recibí las noticias más importantes en tu email",
]
LD = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Las autopartistas exportan más, pero el mercado interno se enfría",
                 "datePublished": "2025-06-05T12:12:00.000Z", "dateModified": "2025-06-05T14:40:00.000Z",
                 "author": {"@type": "Person", "name": "Martina Suárez"}}, ensure_ascii=False)
H = f"""<!DOCTYPE html>
<html lang="es-AR">
<head>
<meta charset="utf-8">
<title>Las autopartistas exportan más, pero el mercado interno se enfría - Infobae</title>
<script type="application/ld+json">{LD}</script>
</head>
<body>
<header class="nav-sections"><a class="logo" href="/">infobae</a><a href="/ultimas-noticias/">Últimas noticias</a><a href="/economia/">Economía</a><a href="/politica/">Política</a></header>
<main>
 <article class="article">
  <h1 class="d23-article-headline">Las autopartistas exportan más, pero el mercado interno se enfría</h1>
  <h2 class="article-subheadline">Las ventas externas crecieron 14% entre enero y abril, mientras las terminales recortan producción</h2>
  <div class="byline"><span class="d23-byline-author">Por <a href="/autor/martina-suarez/">Martina Suárez</a></span></div>
  <div class="d23-sharebar-date"><span class="sharebar-article-date">5 Jun, 2025 09:12 a.m. AR</span><button>Guardar</button></div>
  <figure><img src="https://www.infobae.com/resizer/v2/autopartes.jpg" alt=""><figcaption class="article-figcaption-text">Una línea de montaje de autopartes en Córdoba (Foto: Archivo)</figcaption></figure>
  <div class="body-article">
{ps(P, attrs=' class="paragraph"')}
   <p class="paragraph"><b>Seguir leyendo:</b></p>
   <ul><li><a href="/economia/2025/06/03/la-produccion-de-autos-cayo-9-en-abril/">La producción de autos cayó 9% en abril</a></li><li><a href="/economia/2025/05/28/brasil-principal-destino/">Brasil, el principal destino de las exportaciones industriales</a></li></ul>
  </div>
  <div class="newsletter-box"><p>Recibí las noticias más importantes en tu email</p><input type="email"><button>Suscribirme</button></div>
 </article>
</main>
<footer>Copyright 2025 Infobae.com</footer>
</body>
</html>
"""
add("intl_es_ar_infobae", H,
    url="https://www.infobae.com/economia/2025/06/05/las-autopartistas-exportan-mas-pero-el-mercado-interno-se-enfria/", kind="intl",
    modelled_on="Infobae (Argentina) article (d23- class names, 'Por X' byline, sharebar date 'D Mon, YYYY HH:MM a.m. AR', 'Seguir leyendo' list)",
    language="es-AR", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible '5 Jun, 2025 09:12 a.m. AR': the printed zone AR is Argentina time (ART, UTC-3, no DST) → 2025-06-05T09:12:00-03:00, the same instant as the "
          "JSON-LD datePublished 12:12:00.000Z (printed zone wins for the written offset, per the intl convention). URL /2025/06/05/. "
          "The 'Seguir leyendo:' label and its link list sit inside the body container and are not body; caption, newsletter box and Guardar button are noise. "
          "The h2 subheadline is a standfirst (neutral).",
    classes=["printed_zone_abbreviation", "ampm_time", "jsonld_utc_same_instant", "url_date", "caption_photo_credit",
             "related_list_inside_body", "newsletter_prompt", "standfirst_neutral"],
    title="Las autopartistas exportan más, pero el mercado interno se enfría",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00-03:00",
    author="Martina Suárez", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Jornal de Negócios (Portugal), Lusa story
P = [
    "A fabricante de componentes para automóveis Ferrauto vai investir 40 milhões de euros na ampliação da fábrica de Águeda, no distrito de Aveiro, o que permitirá criar 180 postos de trabalho até 2027, anunciou esta quinta-feira a empresa.",
    "Em comunicado, a empresa explica que o investimento se destina a uma nova linha de estampagem e soldadura de estruturas para baterias de veículos elétricos, produto que hoje representa cerca de um quarto da faturação.",
    "O projeto conta com apoio do PRR, num montante que a empresa não revelou, e deverá estar concluído no primeiro semestre de 2027.",
    "A Ferrauto emprega atualmente 620 trabalhadores e exporta mais de 90% da produção, sobretudo para Espanha, Alemanha e França.",
]
N = [
    "Leia também",
    "Setor automóvel exportou mais 6% até abril",
    "Partilhar",
    "Mais lidas",
    "Assine o Negócios e tenha acesso a todos os conteúdos",
]
H = f"""<!DOCTYPE html>
<html lang="pt-PT">
<head>
<meta charset="utf-8">
<title>Ferrauto investe 40 milhões em Águeda e cria 180 empregos - Automóvel - Jornal de Negócios</title>
<meta property="article:published_time" content="2025-06-05T09:12:00+01:00">
<meta property="article:modified_time" content="2025-06-05T10:05:00+01:00">
<meta property="article:section" content="Empresas">
</head>
<body>
<header class="header"><a class="logo" href="/">Jornal de Negócios</a><nav><a href="/economia">Economia</a> <a href="/empresas">Empresas</a> <a href="/mercados">Mercados</a> <a href="/assinaturas">Assinar</a></nav></header>
<main class="article_wrapper">
 <div class="article_header">
  <div class="section"><a href="/empresas/automovel">Automóvel</a></div>
  <h1>Ferrauto investe 40 milhões em Águeda e cria 180 empregos</h1>
  <div class="lead">Investimento destina-se a estruturas para baterias de carros elétricos.</div>
  <div class="info"><span class="autor">Lusa</span> <span class="data">05 de junho de 2025 às 09:12</span></div>
  <div class="share">Partilhar</div>
 </div>
 <div class="texto">
{ps(P[:2])}
<div class="related_inline"><span>Leia também</span> <a href="/empresas/automovel/detalhe/setor-automovel-exportou-mais-6-ate-abril">Setor automóvel exportou mais 6% até abril</a></div>
{ps(P[2:])}
 </div>
 <div class="paywall_cta">Assine o Negócios e tenha acesso a todos os conteúdos</div>
 <aside class="mais_lidas"><h3>Mais lidas</h3><ol><li><a href="#">Bolsa de Lisboa fecha em alta</a></li></ol></aside>
</main>
<footer>© Medialivre 2025 Todos os direitos reservados</footer>
</body>
</html>
"""
add("intl_pt_negocios_lusa", H,
    url="https://www.jornaldenegocios.pt/empresas/automovel/detalhe/ferrauto-investe-40-milhoes-em-agueda-e-cria-180-empregos", kind="intl",
    modelled_on="Jornal de Negócios (Portugal) article carrying a Lusa agency story ('Lusa' in the byline slot, 'DD de mês de YYYY às HH:MM')",
    language="pt-PT", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible naive '05 de junho de 2025 às 09:12'; article:published_time meta 2025-06-05T09:12:00+01:00 (Portugal's summer time WEST, UTC+1 — not Brazil's -03:00) "
          "agrees → 09:12:00+01:00. The byline slot holds only 'Lusa', the news agency: author null, source 'Lusa'. "
          "A 'Leia também' link box sits between paragraphs inside the text container (noise). The lead line is a standfirst (neutral).",
    classes=["agency_byline_source", "no_author", "meta_offset_summer_wet", "naive_visible_time", "related_link_inside_body",
             "paywall_prompt", "share_bar", "standfirst_neutral"],
    title="Ferrauto investe 40 milhões em Águeda e cria 180 empregos",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+01:00",
    author=None, editor=None, source="Lusa", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- iDNES.cz (windows-1250)
P = [
    "Plzeňský výrobce kabelových svazků Elektrokabel oznámil, že do konce června propustí 230 ze svých 1 100 zaměstnanců. Důvodem je podle vedení firmy pokles objednávek od dvou německých automobilek, které omezují výrobu modelů se spalovacím motorem.",
    "„Objemy, se kterými jsme počítali na letošní rok, se během zimy snížily zhruba o pětinu,“ uvedl generální ředitel společnosti Tomáš Beneš. Firma chce propuštěným nabídnout rekvalifikaci nebo přesun do závodu v Rokycanech, kde vyrábí svazky pro elektromobily.",
    "Úřad práce v Plzni očekává, že většina propuštěných najde práci rychle. Nezaměstnanost v regionu je dlouhodobě pod třemi procenty a řada firem v okolí shání montážní dělníky.",
    "Podle odhadů analytiků letos propouštění ohlásilo už jedenáct dodavatelů v Česku. Celkem jde zhruba o 2 400 pracovních míst.",
]
N = [
    "Foto: Petr Dvořák, MAFRA",
    "Související",
    "Získejte iDNES Premium za 1 Kč na první měsíc",
    "Diskuse (48)",
    "Automobilky zpomalují. Dodavatelé v Česku hlásí méně zakázek",
]
H = f"""<!DOCTYPE html>
<html lang="cs">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">
<title>Plzeňský výrobce kabelů propustí 230 lidí, automobilky berou méně - iDNES.cz</title>
<meta property="og:title" content="Plzeňský výrobce kabelů propustí 230 lidí, automobilky berou méně">
</head>
<body>
<div id="portal"><a class="logo" href="https://www.idnes.cz/">iDNES.cz</a> <a href="/zpravy">Zprávy</a> <a href="/ekonomika">Ekonomika</a> <a href="/auto">Auto</a> <a href="/premium">Premium</a></div>
<div id="content">
 <div class="art-full" itemscope itemtype="https://schema.org/NewsArticle">
  <h1 itemprop="name headline">Plzeňský výrobce kabelů propustí 230 lidí, automobilky berou méně</h1>
  <div class="art-info">
   <div class="authors"><span class="aut">autor:</span> <a itemprop="author" href="/novinari/jan-novak">Jan Novák</a></div>
   <span class="time-date" itemprop="datePublished" content="2025-03-12T09:12CET">12. března 2025&nbsp;&nbsp;9:12</span>
  </div>
  <div class="opener" itemprop="description">Firma přesouvá část výroby do závodu na elektromobily.</div>
  <div class="art-full-img"><img src="//1gr.cz/fotky/idnes/25/031/elektrokabel.jpg" alt=""><div class="autor">Foto: Petr Dvořák, MAFRA</div></div>
  <div class="bbtext" id="art-text">
{ps(P[:2])}
<div class="premium-box">Získejte iDNES Premium za 1 Kč na první měsíc</div>
{ps(P[2:])}
  </div>
  <div class="art-rel"><h3>Související</h3><ul><li><a href="/ekonomika/domaci/automobilky-zpomaluji.A250305_101500_ekonomika_jnv">Automobilky zpomalují. Dodavatelé v Česku hlásí méně zakázek</a> 5. března 2025</li></ul></div>
  <div class="disc-link"><a href="#">Diskuse (48)</a></div>
 </div>
</div>
<div id="footer">© Copyright 1999–2025 MAFRA, a. s., a dodavatelé podkladů, zejména ČTK.</div>
</body>
</html>
"""
add("intl_cs_idnes_cp1250", H,
    url="https://www.idnes.cz/ekonomika/domaci/elektrokabel-plzen-propousteni.A250312_091200_ekonomika_jnv", kind="intl",
    modelled_on="iDNES.cz article (art-full / art-info, span.time-date with itemprop datePublished content='...CET', URL id A250312_091200), windows-1250",
    language="cs", encoding="windows-1250", fetched_at=FETCH_INTL,
    notes="windows-1250 bytes. Visible '12. března 2025  9:12' (day-first, genitive month, non-padded hour, naive). The itemprop datePublished content "
          "'2025-03-12T09:12CET' states the zone as the abbreviation CET (no seconds) → +01:00 in March → 2025-03-12T09:12:00+01:00. The URL id A250312_091200 "
          "encodes the same date and time. Photo credit, Premium promo inside the text container, related list with its own date and comment link are noise. "
          "Opener is a standfirst (neutral).",
    classes=["windows_1250", "zone_abbreviation_in_itemprop", "genitive_month", "url_date_time_id", "photo_credit",
             "premium_promo_inside_body", "related_dates", "comment_link", "standfirst_neutral"],
    title="Plzeňský výrobce kabelů propustí 230 lidí, automobilky berou méně",
    published_date="2025-03-12", published_at="2025-03-12T09:12:00+01:00",
    author="Jan Novák", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Portfolio.hu
P = [
    "Újabb ázsiai akkumulátor-beszállító épít gyárat Debrecenben: a koreai hátterű CellTech Components a tervek szerint 2026 végéig 48 milliárd forintos beruházással hoz létre akkumulátorház- és hűtőlemez-gyártó üzemet, amely mintegy 420 embernek ad majd munkát.",
    "A vállalat közlése szerint az új üzem elsősorban a térségben működő autógyárakat és akkumulátorcella-gyártókat látja majd el. A termelés első szakasza 2026 második negyedévében indulhat.",
    "A beruházást a kormány 9,6 milliárd forint vissza nem térítendő támogatással segíti, ami a teljes költség nagyjából ötöde.",
    "Debrecen környékén az elmúlt három évben több mint tíz, az elektromos autók ellátási láncához kapcsolódó beruházást jelentettek be. Szakértők szerint ugyanakkor a munkaerő-kínálat egyre szűkebb, a bérverseny pedig már most érezhető.",
]
N = [
    "Frissítve: 2025. június 5. 11:40",
    "Hirdetés",
    "Portfolio Hírlevél – Iratkozz fel!",
    "Címlapról ajánljuk",
]
LD = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Újabb akkumulátor-beszállító épít gyárat Debrecenben",
                 "datePublished": "2025-06-05T09:12:00+02:00", "dateModified": "2025-06-05T11:40:00+02:00",
                 "author": {"@type": "Person", "name": "Kovács Anna"}}, ensure_ascii=False)
H = f"""<!DOCTYPE html>
<html lang="hu">
<head>
<meta charset="utf-8">
<title>Újabb akkumulátor-beszállító épít gyárat Debrecenben - Portfolio.hu</title>
<script type="application/ld+json">{LD}</script>
</head>
<body>
<header><a class="logo" href="/">Portfolio</a><nav><a href="/gazdasag">Gazdaság</a> <a href="/uzlet">Üzlet</a> <a href="/tozsde">Tőzsde</a> <a href="/ingatlan">Ingatlan</a></nav></header>
<main class="article-page">
 <article>
  <h1>Újabb akkumulátor-beszállító épít gyárat Debrecenben</h1>
  <div class="overlay-content">
   <div class="author"><a href="/szerzo/kovacs-anna">Kovács Anna</a></div>
   <div class="d-flex date"><time datetime="2025-06-05 09:12">2025. június 5. 09:12</time><span class="updated">Frissítve: 2025. június 5. 11:40</span></div>
  </div>
  <section class="pfarticle-section-content">
{ps(P[:2])}
<div class="banner-container"><span class="ad-label">Hirdetés</span><div id="pf_cikk_box_1"></div></div>
{ps(P[2:])}
  </section>
  <div class="newsletter">Portfolio Hírlevél – Iratkozz fel!</div>
  <aside class="recommend"><h3>Címlapról ajánljuk</h3><ul><li><a href="/gazdasag/20250604/forint">Gyengült a forint szerda reggel</a> 2025. június 4.</li></ul></aside>
 </article>
</main>
<footer>© 2025 Portfolio.hu – Net Média Zrt.</footer>
</body>
</html>
"""
add("intl_hu_portfolio", H,
    url="https://www.portfolio.hu/gazdasag/20250605/ujabb-akkumulator-beszallito-epit-gyarat-debrecenben-712345", kind="intl",
    modelled_on="Portfolio.hu article (year-first Hungarian date '2025. június 5. 09:12', 'Frissítve' update, family-name-first byline, in-article ad slot)",
    language="hu", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible year-first '2025. június 5. 09:12' (naive; <time datetime='2025-06-05 09:12'> also naive) next to 'Frissítve: 2025. június 5. 11:40' (update, does not win). "
          "JSON-LD datePublished 2025-06-05T09:12:00+02:00 states the offset → kept. Author 'Kovács Anna' written in Hungarian order (family name first), as printed. "
          "URL /20250605/. 'Hirdetés' ad label inside the content section, newsletter and recommendations are noise.",
    classes=["year_first_date", "hungarian_month", "update_line", "jsonld_offset", "family_name_first",
             "ad_label_inside_body", "newsletter_prompt", "url_date", "related_dates"],
    title="Újabb akkumulátor-beszállító épít gyárat Debrecenben",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+02:00",
    author="Kovács Anna", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Dagens industri (Sweden)
P = [
    "Underleverantören Norrbro Gjuteri i Västergötland förlorar en av sina största order. En lastbilstillverkare har meddelat att den flyttar inköpen av bromsok till en leverantör i Polen från och med nästa år.",
    "Ordern motsvarar enligt Di:s uppgifter omkring 15 procent av gjuteriets omsättning, som förra året uppgick till 640 miljoner kronor.",
    "– Vi har vetat att priset var ett problem, men beskedet kom snabbare än vi trodde, säger vd Anna Holmgren till Di.",
    "Bolaget har inlett förhandlingar med facket om varsel av upp till 60 anställda. Samtidigt pågår diskussioner med två andra kunder om nya volymer inom elektrifierade drivlinor.",
]
N = [
    "Redan prenumerant? Logga in",
    "Läs mer: Svenska underleverantörer pressas av polsk konkurrens",
    "Dela artikeln",
    "Uppdaterad 5 juni, 11:40",
]
H = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Gjuteri förlorar storkund – ordern flyttar till Polen | Di</title>
</head>
<body>
<header class="di-header"><a href="/">Dagens industri</a><nav><a href="/nyheter/">Nyheter</a> <a href="/bors/">Börs</a> <a href="/di-digital/">Di Digital</a> <a href="/prenumerera/">Prenumerera</a></nav></header>
<main>
 <article class="article">
  <h1 class="article__headline">Gjuteri förlorar storkund – ordern flyttar till Polen</h1>
  <p class="article__lead">En lastbilstillverkare byter leverantör av bromsok. Nu varslas upp till 60 anställda.</p>
  <div class="article__byline"><span class="byline__name">Erik Lindqvist</span></div>
  <div class="article__dates">
   <span>Publicerad <time datetime="2025-06-05T07:12:00.000Z">5 juni, 09:12</time></span>
   <span class="updated">Uppdaterad 5 juni, 11:40</span>
  </div>
  <div class="article__share">Dela artikeln</div>
  <div class="article__body">
{ps(P[:2])}
<p class="article__link"><a href="/nyheter/svenska-underleverantorer-pressas/">Läs mer: Svenska underleverantörer pressas av polsk konkurrens</a></p>
{ps(P[2:])}
  </div>
  <div class="paywall-login">Redan prenumerant? Logga in</div>
 </article>
</main>
<footer>© Dagens Industri 2025</footer>
</body>
</html>
"""
add("intl_sv_di", H,
    url="https://www.di.se/nyheter/gjuteri-forlorar-storkund-ordern-flyttar-till-polen/", kind="intl",
    modelled_on="Dagens industri (di.se) article (year-less 'Publicerad 5 juni, 09:12' with <time datetime=...Z>, 'Uppdaterad', 'Läs mer:' link in body)",
    language="sv", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'Publicerad 5 juni, 09:12' has NO year and no zone; the <time datetime='2025-06-05T07:12:00.000Z'> gives the year and the instant (09:12 Swedish "
          "summer time = 07:12 UTC). No zone is printed, so the structured value is kept as stated: 2025-06-05T07:12:00+00:00 (ms dropped). "
          "'Uppdaterad 5 juni, 11:40' is the update. Dash-led quote paragraph (Swedish quotation style) is body. The 'Läs mer:' link paragraph inside the body is noise.",
    classes=["no_year_date", "time_datetime_utc", "update_line", "dash_quote_paragraph", "read_more_link_inside_body",
             "paywall_prompt", "share_bar", "standfirst_neutral"],
    title="Gjuteri förlorar storkund – ordern flyttar till Polen",
    published_date="2025-06-05", published_at="2025-06-05T07:12:00+00:00",
    author="Erik Lindqvist", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- De Standaard (Belgium)
P = [
    "De Limburgse toeleverancier Vandersteen Plastics schrapt 140 banen in zijn fabriek in Genk. Het bedrijf, dat kunststof bumpers en dashboardonderdelen maakt, kondigde donderdag de procedure-Renault aan.",
    "Volgens de directie is de beslissing het gevolg van de sluiting van een assemblagelijn bij een Duitse klant, goed voor bijna een derde van de omzet in Genk. „We hebben maandenlang naar vervangende volumes gezocht, zonder resultaat”, zegt algemeen directeur Koen Peeters.",
    "De vakbonden reageren geschrokken. Zij wijzen erop dat het bedrijf vorig jaar nog investeerde in een nieuwe spuitgietinstallatie en eisen dat alternatieven voor naakte ontslagen worden onderzocht.",
    "Vandersteen Plastics stelt in Genk 410 mensen tewerk. De vestiging in het Slovaakse Nitra blijft buiten schot.",
]
N = [
    "Lees ook",
    "Limburgse autosector verliest opnieuw jobs",
    "Deel dit artikel",
    "Abonneer je en lees onbeperkt",
]
H = f"""<!DOCTYPE html>
<html lang="nl-BE">
<head>
<meta charset="utf-8">
<title>Toeleverancier Vandersteen Plastics schrapt 140 banen in Genk | De Standaard</title>
<meta name="description" content="Procedure-Renault aangekondigd na verlies van Duitse klant.">
</head>
<body>
<header class="header"><a class="logo" href="/">De Standaard</a><nav><a href="/binnenland">Binnenland</a> <a href="/economie">Economie</a> <a href="/buitenland">Buitenland</a> <a href="/abonnement">Abonneer</a></nav></header>
<main id="main">
 <article class="article-full">
  <header class="article__header">
   <div class="article__section">Economie</div>
   <h1 class="article__title">Toeleverancier Vandersteen Plastics schrapt 140 banen in Genk</h1>
   <p class="article__byline">Van onze redacteur <span class="author">Pieter Janssens</span></p>
   <p class="article__meta"><span class="datetime">donderdag 5 juni 2025 om 09.12 uur</span></p>
  </header>
  <div class="article__body">
{ps(P[:2])}
<aside class="article__related"><span>Lees ook</span><a href="/cnt/dmf20250522_97700001">Limburgse autosector verliest opnieuw jobs</a></aside>
{ps(P[2:])}
  </div>
  <div class="article__share">Deel dit artikel</div>
  <div class="article__paywall">Abonneer je en lees onbeperkt</div>
 </article>
</main>
<footer>© Mediahuis NV 2025</footer>
</body>
</html>
"""
add("intl_nlbe_standaard", H,
    url="https://www.standaard.be/cnt/dmf20250605_97812345", kind="intl",
    modelled_on="De Standaard (Belgium, Mediahuis) article ('Van onze redacteur X', 'weekday D maand YYYY om HH.MM uur', dmfYYYYMMDD content id)",
    language="nl-BE", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Only a naive visible time 'donderdag 5 juni 2025 om 09.12 uur' (dotted time, no zone), no structured date data at all; the URL id dmf20250605 repeats the day. "
          "Following the intl README rule (null when only a naive local time is shown with no zone and no structured offset; only German 'Uhr' pages are given "
          "their local offset), published_at is null. A Belgian reader would read it as CEST (+02:00) — 2025-06-05T09:12:00+02:00 would be the natural "
          "alternative if the convention were extended to 'uur'. Author from 'Van onze redacteur Pieter Janssens' (prefix dropped). 'Lees ook' box inside body is noise.",
    classes=["naive_time_no_zone", "dotted_time", "uur_suffix", "weekday_prefix", "url_date", "byline_prefix_van_onze_redacteur",
             "related_link_inside_body", "paywall_prompt", "share_bar"],
    title="Toeleverancier Vandersteen Plastics schrapt 140 banen in Genk",
    published_date="2025-06-05", published_at=None,
    author="Pieter Janssens", editor=None, source=None, paragraphs=P, body_noise=N)
