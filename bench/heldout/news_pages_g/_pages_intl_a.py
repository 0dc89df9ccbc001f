"""International pages, part A (5 pages: Slovak, Bulgarian, Croatian, Finnish, Danish)."""
from _common import FETCH_INTL, add, esc, epoch, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# I1. SME.sk (Slovak): 'DD. mon YYYY o HH:MM', two authors, audio player, in-body ad label, JSON-LD
# ---------------------------------------------------------------------------------------------
BODY = [
    "Dodávateľ autodielov zo Žiliny rozšíri výrobu brzdových komponentov pre elektromobily. Firma do novej haly investuje 38 miliónov eur a vytvorí približne 240 pracovných miest.",
    "Nová linka bude vyrábať hliníkové brzdové strmene pre dvoch európskych výrobcov áut. Sériová výroba sa má začať v druhej polovici roka 2027.",
    "Podľa konateľa spoločnosti je dopyt po ľahších brzdových systémoch pri elektromobiloch vyšší, pretože vozidlá sú ťažšie a rekuperácia mení spôsob opotrebenia bŕzd.",
    "Automobilový priemysel tvorí na Slovensku takmer polovicu priemyselnej výroby. Dodávatelia však upozorňujú na vysoké ceny energií a nedostatok kvalifikovaných ľudí.",
]
PUB = "2026-11-28T14:35:12+01:00"
html = f"""<!DOCTYPE html>
<html lang="sk">
<head>
<meta charset="utf-8">
<title>Žilinský dodávateľ investuje 38 miliónov do bŕzd pre elektromobily - SME</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Žilinský dodávateľ investuje 38 miliónov do bŕzd pre elektromobily", "datePublished": PUB, "dateModified": "2026-11-28T16:10:03+01:00", "author": [{"@type": "Person", "name": "Jana Kováčová"}, {"@type": "Person", "name": "Martin Hudec"}]})}
</head>
<body>
<header class="header"><a class="logo">SME</a><nav><a>Domov</a><a>Ekonomika</a><a>Auto</a><a>Názory</a><a class="sub">Predplatné</a></nav></header>
<main class="article-page">
 <div class="perex-tag">Priemysel</div>
 <h1 class="article-heading">Žilinský dodávateľ investuje 38 miliónov do bŕzd pre elektromobily</h1>
 <p class="perex">Nová hala má zamestnať približne 240 ľudí.</p>
 <div class="article-published-wrapper">
  <div class="article-author"><a>Jana Kováčová</a>, <a>Martin Hudec</a></div>
  <div class="article-published">28. nov 2026 o 14:35</div>
 </div>
 <div class="audio-player"><button>Vypočujte si článok</button><span class="time">0:00 / 3:12</span></div>
 <article class="article-body">
{ps(BODY[:2])}
<div class="artemis-ad"><span>Článok pokračuje pod video reklamou</span></div>
{ps(BODY[2:])}
<p class="read-more"><strong>Čítajte viac:</strong> <a>Automobilky znižujú výrobu, dodávatelia hľadajú nové zákazky</a></p>
 </article>
 <div class="tags">Témy: <a>automobilový priemysel</a> <a>investície</a></div>
 <div class="share">Zdieľať: <a>Facebook</a> <a>X</a> <a>E-mail</a></div>
 <div class="comments-link">Diskusia (12)</div>
</main>
<footer>© Petit Press, a.s. Všetky práva vyhradené.</footer>
</body>
</html>
"""
add("intl_sk_sme", html,
    url="https://ekonomika.sme.sk/c/23581190/zilinsky-dodavatel-investuje-38-milionov-do-brzd.html",
    kind="intl",
    modelled_on="SME.sk (Slovak daily, ekonomika section) article page (perex tag, h1, bold perex, author links separated by a comma, 'DD. mon YYYY o HH:MM' date, 'Vypočujte si článok' audio player, 'Článok pokračuje pod video reklamou' ad slot and 'Čítajte viac:' link inside the body, Témy row, share bar, discussion count; NewsArticle JSON-LD with seconds and a later dateModified)",
    language="sk", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '28. nov 2026 o 14:35' (Slovak abbreviated month, 'o' = at); JSON-LD datePublished 14:35:12+01:00 is the same minute, so seconds and offset come from it; dateModified 16:10 is an update. Two authors 'Jana Kováčová, Martin Hudec'. The perex is a standfirst (neutral). Audio-player text, the ad-slot line, the read-more link, tags and share bar are noise. No source, no editor.",
    classes=["slovak_month_abbrev", "jsonld_seconds_agree", "update_in_jsonld", "two_authors_comma",
             "audio_player_text", "ad_inside_body", "read_also_inside_body", "standfirst_neutral", "tags_line",
             "share_bar", "comment_count", "no_source", "no_editor"],
    title="Žilinský dodávateľ investuje 38 miliónov do bŕzd pre elektromobily",
    published_date="2026-11-28", published_at=PUB,
    author="Jana Kováčová, Martin Hudec", editor=None, source=None,
    paragraphs=BODY,
    body_noise=["Článok pokračuje pod video reklamou", "Vypočujte si článok", "0:00 / 3:12",
                "Automobilky znižujú výrobu, dodávatelia hľadajú nové zákazky", "Diskusia (12)"],
)

# ---------------------------------------------------------------------------------------------
# I2. Capital.bg (Bulgarian): Cyrillic abbreviated month, meta seconds, reading time, paywall box
# ---------------------------------------------------------------------------------------------
BODY = [
    "Производител на кабелни снопове за автомобили ще открие втори завод в Пловдив, като инвестицията е около 45 млн. лв. Предприятието ще наеме до 600 души през следващите две години.",
    "Компанията работи основно за германски и френски автомобилни производители. През 2025 г. приходите ѝ в България са нараснали с 18% до 310 млн. лв.",
    "Според изпълнителния директор Николай Стоянов новият завод ще произвежда кабели за високо напрежение за електрически автомобили, което изисква по-висока автоматизация.",
    "Автомобилната индустрия в страната вече осигурява около 80 хил. работни места, но браншът предупреждава, че недостигът на кадри остава основното ограничение за растеж.",
]
PUB = "2026-11-27T18:40:27+02:00"
html = f"""<!DOCTYPE html>
<html lang="bg">
<head>
<meta charset="utf-8">
<title>Производител на кабели за коли строи втори завод в Пловдив | Капитал</title>
<meta property="article:published_time" content="{PUB}">
<meta property="article:modified_time" content="2026-11-28T09:02:10+02:00">
</head>
<body>
<header class="site-header"><a class="logo">Капитал</a><nav><a>Бизнес</a><a>Политика</a><a>Пари</a><a>Светът</a><a class="sub">Абонамент</a></nav></header>
<main>
 <article class="article">
  <div class="article-category">Индустрия</div>
  <h1 class="article-title">Производител на кабели за коли строи втори завод в Пловдив</h1>
  <div class="article-subtitle">Инвестицията е около 45 млн. лв.</div>
  <div class="article-meta">
   <span class="author">Мария Петрова</span>
   <span class="date">27 ное 2026, 18:40</span>
   <span class="read-time">5 мин. четене</span>
   <span class="comments">Коментари (4)</span>
  </div>
  <div class="article-text">
{ps(BODY[:2])}
<p class="related-inline"><strong>Прочетете още:</strong> <a>Автомобилните доставчици очакват по-слаба 2027 г.</a></p>
{ps(BODY[2:])}
  </div>
  <div class="paywall-box"><p>Това е безплатна статия. Абонирайте се за пълен достъп до Капитал.</p><a>Абонирайте се</a></div>
  <div class="tags"><a>автомобилна индустрия</a> <a>Пловдив</a></div>
 </article>
 <aside class="most-read"><h3>Най-четени</h3><ol><li><a>Цените на горивата през декември</a></li></ol></aside>
</main>
<footer>© Капитал. Всички права запазени.</footer>
</body>
</html>
"""
add("intl_bg_capital", html,
    url="https://www.capital.bg/biznes/industriia/2026/11/27/4760213_proizvoditel_na_kabeli_za_koli_stroi_vtori_zavod/",
    kind="intl",
    modelled_on="Капитал (capital.bg, Bulgarian business weekly site) article page (category, h1, subtitle, article-meta with author / Cyrillic abbreviated 'DD ное YYYY, HH:MM' / '5 мин. четене' / comment count, bold 'Прочетете още:' link inside the text, subscription box, tags, most-read list; article:published_time / modified_time meta; URL /YYYY/MM/DD/)",
    language="bg", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '27 ное 2026, 18:40' (Bulgarian abbreviation of ноември); the meta article:published_time 18:40:27+02:00 is the same minute and supplies seconds and offset; modified_time (next morning) is an update. Author Мария Петрова; the executive quoted in the text is not an author. Subtitle neutral. Reading time, comment count, the read-also link, subscription box and tags are noise. No source, no editor.",
    classes=["cyrillic_month_abbrev", "meta_seconds_agree", "update_in_meta", "reading_time_line", "comment_count",
             "read_also_inside_body", "paywall_prompt", "standfirst_neutral", "tags_line", "url_date", "no_source",
             "no_editor"],
    title="Производител на кабели за коли строи втори завод в Пловдив",
    published_date="2026-11-27", published_at=PUB,
    author="Мария Петрова", editor=None, source=None,
    paragraphs=BODY,
    body_noise=["5 мин. четене", "Автомобилните доставчици очакват по-слаба 2027 г.",
                "Това е безплатна статия. Абонирайте се за пълен достъп до Капитал.", "Коментари (4)"],
)

# ---------------------------------------------------------------------------------------------
# I3. Poslovni dnevnik (Croatian): genitive month 'studenoga', meta minutes disagree, comments
# ---------------------------------------------------------------------------------------------
BODY = [
    "Varaždinski proizvođač plastičnih dijelova za automobile potpisao je ugovor vrijedan 62 milijuna eura s jednim njemačkim proizvođačem automobila. Ugovor se odnosi na isporuku unutarnjih obloga vrata za novi električni model.",
    "Isporuke bi trebale početi u proljeće 2028. godine i trajati šest godina. Tvrtka zbog novog posla planira zaposliti 150 radnika i kupiti osam novih strojeva za injekcijsko prešanje.",
    "Uprava ističe da je ugovor dobiven na međunarodnom natječaju na kojem su sudjelovali dobavljači iz Poljske, Češke i Portugala.",
]
html = f"""<!DOCTYPE html>
<html lang="hr">
<head>
<meta charset="utf-8">
<title>Varaždinska tvrtka dobila posao od 62 milijuna eura - Poslovni dnevnik</title>
<meta property="article:published_time" content="2026-11-26T07:11:40+01:00">
</head>
<body>
<div class="header"><a class="logo">Poslovni dnevnik</a><nav><a>Vijesti</a><a>Tvrtke</a><a>Financije</a><a>Auto</a></nav></div>
<div class="single">
 <div class="single__category">Industrija</div>
 <h1 class="single__title">Varaždinska tvrtka dobila posao od 62 milijuna eura</h1>
 <div class="single__meta"><span class="author">Autor: Ivana Marić</span> <span class="sep">|</span> <span class="date">26. studenoga 2026. u 07:15</span></div>
 <figure><img src="/uploads/2026/11/tvornica.jpg" alt=""><figcaption>Proizvodna hala u Varaždinu / Foto: Tomislav Horvat</figcaption></figure>
 <div class="single__content">
{ps(BODY[:2])}
<p class="procitajte"><strong>Pročitajte i:</strong> <a>Hrvatski dobavljači autodijelova rastu brže od industrije</a></p>
<p>{esc(BODY[2])}</p>
 </div>
 <div class="single__tags">Tagovi: <a>autoindustrija</a> <a>Varaždin</a></div>
 <div class="comments"><h3>Komentari (2)</h3>
  <div class="comment"><b>marko_vz</b> <time>26.11.2026. 09:40</time><p>Odlične vijesti za grad.</p></div>
 </div>
</div>
<footer>© Poslovni dnevnik. Sva prava pridržana.</footer>
</body>
</html>
"""
add("intl_hr_poslovni", html,
    url="https://www.poslovni.hr/hrvatska/varazdinska-tvrtka-dobila-posao-od-62-milijuna-eura-4480213",
    kind="intl",
    modelled_on="Poslovni dnevnik (poslovni.hr, Croatian business daily) article page on a WordPress-style template (single__ classes: category, h1, meta 'Autor: X | DD. studenoga YYYY. u HH:MM', figure with 'Foto:' credit, 'Pročitajte i:' link inside the content, Tagovi row, comments with dotted dates; article:published_time meta four minutes earlier)",
    language="hr", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '26. studenoga 2026. u 07:15' (Croatian genitive of studeni = November; 'listopada' would be October). The meta article:published_time says 07:11:40 (another minute), so the printed minute stands: 2026-11-26T07:15:00+01:00 (offset from the meta, CET). Author Ivana Marić ('Autor:' label dropped); the photographer in the caption is not an author. Caption, read-also link, tags and comments are noise. No source, no editor.",
    classes=["croatian_genitive_month", "meta_disagrees_by_minutes", "author_label", "caption_photo_credit",
             "photographer_not_author", "read_also_inside_body", "tags_line", "comment_dates", "comment_count",
             "no_source", "no_editor"],
    title="Varaždinska tvrtka dobila posao od 62 milijuna eura",
    published_date="2026-11-26", published_at="2026-11-26T07:15:00+01:00",
    author="Ivana Marić", editor=None, source=None,
    paragraphs=BODY,
    body_noise=["Proizvodna hala u Varaždinu / Foto: Tomislav Horvat", "Hrvatski dobavljači autodijelova rastu brže od industrije",
                "Odlične vijesti za grad.", "Tagovi: autoindustrija Varaždin"],
)

# ---------------------------------------------------------------------------------------------
# I4. Kauppalehti (Finnish): update printed before publish, 'klo 8.05', year-less update, author box
# ---------------------------------------------------------------------------------------------
BODY = [
    "Suomalainen autonosien valmistaja aloittaa muutosneuvottelut Uudenkaupungin tehtaallaan. Neuvottelut koskevat enintään 85 työntekijää.",
    "Yhtiön mukaan syynä on eurooppalaisten autonvalmistajien tilauskannan heikkeneminen. Tehdas valmistaa muun muassa akkukoteloiden rakenneosia sähköautoihin.",
    "Toimitusjohtaja Petri Salonen kertoo, että yhtiö hakee samaan aikaan uusia asiakkaita raskaan kaluston ja työkoneiden puolelta.",
    "Yhtiön liikevaihto oli viime vuonna 142 miljoonaa euroa, ja se työllistää Suomessa noin 600 henkilöä.",
]
PUB = "2026-11-29T08:05:44+02:00"
html = f"""<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Autonosien valmistaja aloittaa muutosneuvottelut Uudessakaupungissa | Kauppalehti</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Autonosien valmistaja aloittaa muutosneuvottelut Uudessakaupungissa", "datePublished": PUB, "dateModified": "2026-11-29T10:40:02+02:00", "author": {"@type": "Person", "name": "Mikko Laine"}, "isAccessibleForFree": False})}
</head>
<body>
<header><a class="logo">Kauppalehti</a><nav><a>Uutiset</a><a>Pörssi</a><a>Yritykset</a><a>Tilaa</a></nav></header>
<main class="article-container">
 <span class="label-paid">Tilaajille</span>
 <h1 class="article-headline">Autonosien valmistaja aloittaa muutosneuvottelut Uudessakaupungissa</h1>
 <p class="article-lead">Neuvottelut koskevat enintään 85 työntekijää.</p>
 <div class="article-byline"><span class="byline-author">Mikko Laine</span></div>
 <div class="article-dates"><span class="updated">Päivitetty 29.11. klo 10.40</span> <span class="published">Julkaistu 29.11.2026 klo 8.05</span></div>
 <div class="article-body">
{ps(BODY[:3])}
<aside class="lue-myos"><p>Lue myös: <a>Autoteollisuuden alihankkijoilla vaikea talvi</a></p></aside>
<p>{esc(BODY[3])}</p>
 </div>
 <div class="author-box"><b>Mikko Laine</b><p>Kirjoittaja on Kauppalehden teollisuustoimittaja.</p></div>
 <div class="paywall-offer">Tilaa Kauppalehti 1 €/kk ensimmäiset 3 kuukautta</div>
</main>
<footer>© Alma Media</footer>
</body>
</html>
"""
add("intl_fi_kauppalehti", html,
    url="https://www.kauppalehti.fi/uutiset/autonosien-valmistaja-aloittaa-muutosneuvottelut/8c1f2a77-0c5d-4e1b-9a2f-3d61b0e4a912",
    kind="intl",
    modelled_on="Kauppalehti (kauppalehti.fi, Finnish business daily, Alma Media) article page ('Tilaajille' label, h1, lead, byline, dates row printing a year-less 'Päivitetty D.M. klo H.MM' BEFORE 'Julkaistu D.M.YYYY klo H.MM', 'Lue myös' aside inside the body, author box at the end, subscription offer; NewsArticle JSON-LD with seconds, dateModified and isAccessibleForFree=false; URL with a UUID)",
    language="fi", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The update 'Päivitetty 29.11. klo 10.40' (no year) is printed before 'Julkaistu 29.11.2026 klo 8.05' (Finnish clock with a dot). Publication wins: 08:05, with seconds and offset from JSON-LD datePublished (08:05:44+02:00, same minute). Author Mikko Laine; the CEO quoted is not an author. Lead neutral. The read-also aside, author box, 'Tilaajille' label and subscription offer are noise. No source, no editor.",
    classes=["update_before_publish", "no_year_update", "dotted_clock_klo", "jsonld_seconds_agree",
             "update_in_jsonld", "paywall_label", "read_also_inside_body", "author_box_end", "standfirst_neutral",
             "no_source", "no_editor"],
    title="Autonosien valmistaja aloittaa muutosneuvottelut Uudessakaupungissa",
    published_date="2026-11-29", published_at=PUB,
    author="Mikko Laine", editor=None, source=None,
    paragraphs=BODY,
    body_noise=["Lue myös: Autoteollisuuden alihankkijoilla vaikea talvi", "Kirjoittaja on Kauppalehden teollisuustoimittaja.",
                "Tilaa Kauppalehti 1 €/kk ensimmäiset 3 kuukautta", "Päivitetty 29.11. klo 10.40"],
)

# ---------------------------------------------------------------------------------------------
# I5. Børsen (Danish): 'fredag 27. nov. 2026 kl. 15.12', photo credit, Læs også, paywall
# ---------------------------------------------------------------------------------------------
BODY = [
    "Den danske underleverandør til bilindustrien lukker sin fabrik i Vejle og flytter produktionen af gummitætninger til Polen. 110 medarbejdere mister deres job.",
    "Ifølge administrerende direktør Lars Bech er lønomkostningerne i Danmark blevet for høje i forhold til de priser, som de europæiske bilproducenter er villige til at betale.",
    "Virksomheden beholder udvikling, salg og administration i Danmark, hvor der fortsat vil være omkring 60 ansatte.",
]
PUB = "2026-11-27T15:12:31+01:00"
html = f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Bilunderleverandør lukker fabrik i Vejle – 110 mister jobbet | Børsen</title>
<meta property="article:published_time" content="{PUB}">
<meta property="article:modified_time" content="2026-11-27T17:40:05+01:00">
</head>
<body>
<header class="top"><a class="logo">Børsen</a><nav><a>Nyheder</a><a>Investor</a><a>Ledelse</a><a class="login">Log ind</a></nav></header>
<article class="article">
 <div class="article-section">Industri</div>
 <h1 class="article-title">Bilunderleverandør lukker fabrik i Vejle – 110 mister jobbet</h1>
 <figure class="article-image"><img src="/img/vejle-fabrik.jpg" alt=""><figcaption>Fabrikken i Vejle har produceret tætningslister siden 1978. Foto: Mads Nygaard</figcaption></figure>
 <div class="article-byline">Af <a>Søren Holm</a></div>
 <div class="article-date"><time>fredag 27. nov. 2026 kl. 15.12</time> <span class="updated">Opdateret 27. nov. 2026 kl. 17.40</span></div>
 <div class="article-body">
{ps(BODY[:2])}
<p class="laes-ogsaa"><strong>Læs også:</strong> <a>Tyske bilfabrikker skærer i ordrerne til nordiske leverandører</a></p>
<p>{esc(BODY[2])}</p>
 </div>
 <div class="paywall">Få adgang til hele artiklen – prøv Børsen gratis i 14 dage</div>
 <div class="share">Del artiklen: <a>LinkedIn</a> <a>Facebook</a> <a>Mail</a></div>
</article>
<footer>© Børsen</footer>
</body>
</html>
"""
add("intl_da_borsen", html,
    url="https://borsen.dk/nyheder/virksomheder/bilunderleverandor-lukker-fabrik-i-vejle",
    kind="intl",
    modelled_on="Børsen (borsen.dk, Danish business daily) article page (section, h1, lead image with 'Foto:' credit in the caption, 'Af X' byline, <time> with Danish weekday and 'DD. mon. YYYY kl. HH.MM' plus 'Opdateret' line, bold 'Læs også:' link inside the body, paywall offer, share bar; article:published_time / modified_time meta)",
    language="da", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 'fredag 27. nov. 2026 kl. 15.12' (weekday, abbreviated month, clock with a dot); meta article:published_time 15:12:31+01:00 is the same minute and supplies seconds and offset. 'Opdateret … kl. 17.40' is an update. Author Søren Holm ('Af' = by); the photographer in the caption is not an author. Caption, read-also link, paywall and share bar are noise. No source, no editor.",
    classes=["danish_weekday_date", "dotted_clock_kl", "meta_seconds_agree", "update_line", "caption_photo_credit",
             "photographer_not_author", "byline_prefix_af", "read_also_inside_body", "paywall_prompt", "share_bar",
             "no_source", "no_editor"],
    title="Bilunderleverandør lukker fabrik i Vejle – 110 mister jobbet",
    published_date="2026-11-27", published_at=PUB,
    author="Søren Holm", editor=None, source=None,
    paragraphs=BODY,
    body_noise=["Fabrikken i Vejle har produceret tætningslister siden 1978. Foto: Mads Nygaard",
                "Tyske bilfabrikker skærer i ordrerne til nordiske leverandører",
                "Få adgang til hele artiklen – prøv Børsen gratis i 14 dage", "Del artiklen: LinkedIn Facebook Mail"],
)
