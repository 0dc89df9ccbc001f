"""International pages, part A: India, US, Germany, France, Italy, Netherlands, Spain."""
from _common import FETCH_INTL, add, esc, lis, ps

# ---------------------------------------------------------------------------------------------
# The Hindu BusinessLine: 'Updated - … IST' on top, 'Published on … IST' after the body
# ---------------------------------------------------------------------------------------------
T = "Axlecraft to double EV axle output at Hosur plant"
DECK = "The ₹420-crore expansion is aimed at electric two- and three-wheeler makers"
P = [
    "Axlecraft Drivelines will double the capacity of its electric axle line at Hosur to 4.8 lakh units a year by September 2027, the company said on Friday.",
    "The Chennai-based supplier, which makes integrated e-axles for electric two- and three-wheelers, will invest ₹420 crore in the expansion, funded through internal accruals and a term loan.",
    "“Demand from three-wheeler makers has grown faster than we planned for,” said Managing Director S. Venkatesh. “Our current line has been running three shifts since July.”",
    "The company reported revenue of ₹1,186 crore in FY26, of which EV components contributed about 38 per cent. It expects the share to cross half by FY28.",
    "Axlecraft also plans to localise the motor controller, currently imported from South Korea, from the second half of next year.",
]
N = [
    "Updated - November 27, 2026 at 07:41 PM IST",
    "Published on November 27, 2026 at 06:12 PM IST",
    "ALSO READ | EV component makers see margin pressure as PLI payouts lag",
    "Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.",
    "Topics: automobile industry / electric vehicles / Tamil Nadu",
    "Follow us on WhatsApp for the latest business news",
    "Photo Credit: Special Arrangement",
]
add("intl_en_in_businessline", f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(T)} - The Hindu BusinessLine</title>
<meta name="description" content="{esc(DECK)}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T}","datePublished":"2026-11-27T18:12:44+05:30","dateModified":"2026-11-27T19:41:09+05:30","author":[{{"@type":"Person","name":"Priya Raghavan"}}],"publisher":{{"@type":"Organization","name":"BusinessLine"}}}}</script>
</head>
<body>
<header class="bl-header"><a class="logo" href="https://www.thehindubusinessline.com/">BusinessLine</a>
 <nav><a href="/markets/">Markets</a> <a href="/companies/">Companies</a> <a href="/economy/">Economy</a> <a href="/opinion/">Opinion</a></nav>
 <a class="subscribe" href="/subscription/">Subscribe</a></header>
<main class="container">
 <div class="breadcrumb"><a href="/companies/">Companies</a></div>
 <div class="article-section">
  <h1 class="title">{esc(T)}</h1>
  <h2 class="sub-text">{esc(DECK)}</h2>
  <div class="author-and-date">
   <div class="author-name"><a href="/profile/author/Priya-Raghavan-1234/">Priya Raghavan</a></div>
   <div class="update-publish-time"><p>Updated - November 27, 2026 at 07:41 PM IST</p><p class="place">| Chennai</p></div>
  </div>
  <figure class="lead-img"><img src="https://bl-i.thgim.com/public/companies/axle.jpg" alt=""><figcaption>Axlecraft's Hosur facility <span class="credit">Photo Credit: Special Arrangement</span></figcaption></figure>
  <div class="articlebodycontent" id="content-body-70312345">
{ps(P[:3])}
<p class="also-read"><a href="/companies/ev-component-makers-margin-pressure-pli/article70299876.ece">ALSO READ | EV component makers see margin pressure as PLI payouts lag</a></p>
{ps(P[3:])}
<p class="follow-wa"><a href="https://whatsapp.com/channel/bl">Follow us on WhatsApp for the latest business news</a></p>
  </div>
  <div class="publish-time-new"><p>Published on November 27, 2026 at 06:12 PM IST</p></div>
  <div class="tags"><span>Topics: </span><a href="/topic/automobile-industry/">automobile industry</a> / <a href="/topic/electric-vehicles/">electric vehicles</a> / <a href="/topic/tamil-nadu/">Tamil Nadu</a></div>
  <div class="comments-note">Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.</div>
 </div>
</main>
<footer class="bl-footer">Copyright © 2026, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.</footer>
</body>
</html>
""",
    url="https://www.thehindubusinessline.com/companies/axlecraft-to-double-ev-axle-output-at-hosur-plant/article70312345.ece",
    kind="intl",
    modelled_on="The Hindu BusinessLine (thehindubusinessline.com) article page (title + sub-text deck, author-name, 'Updated - … IST | City' under the byline, 'Published on … IST' after the body, ALSO READ insert, Topics line, comments guideline note)",
    language="en-IN", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The only date under the byline is the update ('Updated - November 27, 2026 at 07:41 PM IST'); the publication is printed after the body: 'Published on November 27, 2026 at 06:12 PM IST'. IST is India Standard Time here (Indian site, Chennai dateline, ₹ figures; JSON-LD uses +05:30): 18:12 +05:30, seconds from JSON-LD datePublished 18:12:44+05:30 (same minute). The update never wins. Author: Priya Raghavan. The sub-text deck is a standfirst (neutral). ALSO READ insert, WhatsApp prompt, photo credit, Topics and comments note are not body.",
    classes=["update_printed_first", "published_at_bottom", "printed_zone_ist", "ambiguous_zone_abbreviation", "ampm_time", "jsonld_seconds_agree", "read_also_inside_body", "follow_prompt_inside_body", "caption_photo_credit", "tags_line", "comments_disclaimer", "standfirst_neutral"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T18:12:44+05:30",
    author="Priya Raghavan", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# Motor1.com (US edition) news page: 'By: Name' + role, 'Nov 27, 2026 at 8:15am ET', JSON-LD in UTC
# ---------------------------------------------------------------------------------------------
T = "Kestrel Switches Battery Supplier For Its Electric Pickup"
DECK = "The change should cut costs, but first deliveries slip to spring."
P = [
    "Kestrel Motors has dropped its original cell supplier for the Ridgeline EV pickup, the company confirmed to Motor1 on Wednesday, and will source prismatic lithium iron phosphate cells from Northvale Energy instead.",
    "The switch trims the truck's usable capacity from 112 kilowatt-hours to 104 kWh, which Kestrel says lowers the EPA-estimated range of the base model by roughly 20 miles, to 290 miles.",
    "In exchange, the automaker expects to cut the pack cost by about $3,800 per truck. A spokesperson said the savings would go toward keeping the starting price below $60,000.",
    "What It Means For Buyers",
    "The first deliveries, previously planned for January, are now scheduled for April 2027 because the new pack needs to complete crash and thermal validation.",
    "Reservation holders will receive an email this week with the revised timing and an option to request a full refund of their $250 deposit.",
]
N = [
    "Gallery: 2027 Kestrel Ridgeline EV",
    "Photo by: Kestrel Motors",
    "Got a tip for us? Email: tips@motor1.com",
    "Sign up for the Motor1 Newsletter",
    "Senior Editor",
    "Nov 27, 2026 at 8:15am ET",
    "Kestrel Ridgeline EV Prototype Spied Testing In Michigan",
]
add("intl_en_motor1", f"""
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{esc(T)} | Motor1.com</title>
<meta property="og:title" content="{esc(T)}">
<meta property="og:type" content="article">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{T}","datePublished":"2026-11-27T13:15:06Z","dateModified":"2026-11-27T15:02:44Z","author":{{"@type":"Person","name":"Dana Whitfield"}},"publisher":{{"@type":"Organization","name":"Motor1.com"}}}}</script>
</head>
<body class="page-article">
<header class="m1-header"><a class="logo" href="https://www.motor1.com/">Motor1</a>
 <nav><a href="/news/">News</a> <a href="/reviews/">Reviews</a> <a href="/features/">Features</a> <a href="/videos/">Videos</a></nav></header>
<div class="m1-container">
 <article class="m1-article">
  <div class="m1-article-head">
   <h1 class="m1-article-title">{esc(T)}</h1>
   <p class="m1-article-desc">{esc(DECK)}</p>
   <div class="m1-article-info">
    <div class="m1-author"><img src="https://cdn.motor1.com/images/authors/dw.jpg" alt=""><span class="m1-author-by">By:</span> <a href="/info/about-us/dana-whitfield/">Dana Whitfield</a><span class="m1-author-role">Senior Editor</span></div>
    <div class="m1-date"><span class="date">Nov 27, 2026 at 8:15am ET</span></div>
    <a class="m1-comments" href="#comments">3 Comments</a>
   </div>
  </div>
  <div class="m1-article-body postBody">
<p>{esc(P[0])}</p>
<div class="m1-gallery-widget"><div class="gallery-title">Gallery: 2027 Kestrel Ridgeline EV</div><img src="https://cdn.motor1.com/images/mgl/kr1.jpg" alt=""><span class="count">24 Photos</span></div>
{ps(P[1:3])}
<figure><img src="https://cdn.motor1.com/images/mgl/kr2.jpg" alt=""><figcaption><span class="credit">Photo by: Kestrel Motors</span></figcaption></figure>
<h2>{esc(P[3])}</h2>
{ps(P[4:])}
<div class="m1-tip">Got a tip for us? Email: tips@motor1.com</div>
  </div>
  <div class="m1-newsletter"><h3>Sign up for the Motor1 Newsletter</h3><form><input type="email" placeholder="Email"><button>Sign Up</button></form></div>
 </article>
 <aside class="m1-related"><h3>More From Motor1</h3><ul>
  <li><a href="/news/790001/kestrel-ridgeline-ev-spy-photos/">Kestrel Ridgeline EV Prototype Spied Testing In Michigan</a><span>Oct 30, 2026</span></li>
 </ul></aside>
</div>
<footer>© 2026 Motorsport Network. All rights reserved.</footer>
</body>
</html>
""",
    url="https://www.motor1.com/news/798123/kestrel-ev-pickup-battery-supplier/",
    kind="intl",
    modelled_on="Motor1.com US edition news page (m1- class names: title + description deck, author row 'By: Name' + role, 'Mon D, YYYY at H:MMam ET', comments link, gallery widget and 'Photo by:' credits inside the body, tip line, newsletter box)",
    language="en-US", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 'Nov 27, 2026 at 8:15am ET' (12-hour clock glued to am; ET in late November = EST, -05:00); JSON-LD datePublished 2026-11-27T13:15:06Z is the same instant and supplies the seconds: 08:15:06-05:00. dateModified never wins. Author: Dana Whitfield (after 'By:'; 'Senior Editor' is a role, not an editor of this piece: editor null). The description deck is a standfirst (neutral). The h2 'What It Means For Buyers' is a section heading and body. Gallery widget, photo credit, tip line and newsletter box are not body.",
    classes=["printed_zone_et", "winter_offset_est", "ampm_time_glued", "jsonld_utc_same_instant", "byline_prefix_by_colon", "author_role_label", "headings_in_body", "gallery_widget_inside_body", "caption_photo_credit", "tip_prompt_inside_body", "newsletter_prompt", "comment_count", "related_dates", "standfirst_neutral"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T08:15:06-05:00",
    author="Dana Whitfield", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# auto motor und sport: date-only visible, time in JSON-LD, two authors, kicker, gallery in body
# ---------------------------------------------------------------------------------------------
T = "Zulieferer Lindmark baut Sitzfabrik in Sachsen"
KICK = "Neues Werk für E-Auto-Sitze"
DECK = "Der schwedische Zulieferer investiert rund 180 Millionen Euro in Zwickau. Ab 2028 sollen dort Sitze für Elektroautos entstehen."
P = [
    "Der schwedische Sitzhersteller Lindmark Seating baut im sächsischen Zwickau ein neues Werk für Fahrzeugsitze. Ab Mitte 2028 sollen dort jährlich bis zu 400.000 Sitzsysteme für Elektroautos gefertigt werden.",
    "Lindmark investiert nach eigenen Angaben rund 180 Millionen Euro in den Standort und will bis zu 650 Arbeitsplätze schaffen. Abnehmer sind zunächst zwei deutsche Hersteller, deren Namen das Unternehmen nicht nennt.",
    "Die neuen Sitze sind deutlich leichter als bisherige Modelle: Das Gestell besteht aus einem Verbund aus Aluminium und glasfaserverstärktem Kunststoff, was pro Fahrzeug rund neun Kilogramm einsparen soll.",
    "Fazit",
    "Für die Region ist die Ansiedlung ein wichtiges Signal. Mehrere Zulieferer hatten zuletzt Stellen abgebaut, weil die Nachfrage nach Elektroautos hinter den Erwartungen zurückblieb.",
]
N = [
    "Bildergalerie: Lindmark Sitzwerk Zwickau (8 Bilder)",
    "Foto: Lindmark Seating",
    "Das könnte Sie auch interessieren",
    "Zulieferer in der Krise: Diese Werke schließen 2027",
    "vor 3 Stunden",
    "Newsletter abonnieren und keine News mehr verpassen",
]
add("intl_de_ams", f"""
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{esc(KICK)}: {esc(T)} | auto motor und sport</title>
<meta name="description" content="{esc(DECK)}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T}","datePublished":"2026-11-27T11:40:00+01:00","dateModified":"2026-11-27T14:55:00+01:00","author":[{{"@type":"Person","name":"Jan Oberhauser"}},{{"@type":"Person","name":"Katrin Möller"}}]}}</script>
</head>
<body>
<header class="ams-header"><a href="https://www.auto-motor-und-sport.de/">auto motor und sport</a>
 <nav><a href="/news/">News</a> <a href="/test/">Tests</a> <a href="/tech-zukunft/">Tech &amp; Zukunft</a> <a href="/verkehr/">Verkehr</a></nav></header>
<main>
 <article class="article">
  <header class="article-header">
   <span class="article-kicker">{esc(KICK)}</span>
   <h1 class="article-headline">{esc(T)}</h1>
   <div class="article-meta"><span class="article-authors"><a href="/autoren/jan-oberhauser/">Jan Oberhauser</a>, <a href="/autoren/katrin-moeller/">Katrin Möller</a></span> <span class="sep">•</span> <time class="article-date" datetime="2026-11-27">27.11.2026</time></div>
   <p class="article-intro">{esc(DECK)}</p>
  </header>
  <div class="article-body">
<figure><img src="https://imgr1.auto-motor-und-sport.de/lindmark-werk.jpg" alt=""><figcaption><span class="copyright">Foto: Lindmark Seating</span></figcaption></figure>
{ps(P[:2])}
<div class="gallery-teaser"><a href="/bilder/lindmark-sitzwerk-zwickau/">Bildergalerie: Lindmark Sitzwerk Zwickau (8 Bilder)</a></div>
<p>{esc(P[2])}</p>
<h2>{esc(P[3])}</h2>
<p>{esc(P[4])}</p>
  </div>
  <div class="newsletter-box">Newsletter abonnieren und keine News mehr verpassen</div>
 </article>
 <aside class="teaser-list"><h3>Das könnte Sie auch interessieren</h3><ul>
  <li><a href="/news/zulieferer-werksschliessungen-2027/">Zulieferer in der Krise: Diese Werke schließen 2027</a> <span class="ago">vor 3 Stunden</span></li>
 </ul></aside>
</main>
</body>
</html>
""",
    url="https://www.auto-motor-und-sport.de/tech-zukunft/zulieferer-lindmark-sitzfabrik-sachsen/",
    kind="intl",
    modelled_on="auto motor und sport (auto-motor-und-sport.de) article page (kicker span above the h1, authors + '•' + date-only <time> meta line, intro paragraph, photo copyright in figcaption, Bildergalerie teaser inside the body, 'Fazit' h2, teaser list with relative 'vor N Stunden' times)",
    language="de", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible date only '27.11.2026' (<time datetime='2026-11-27'>); the time of day is only in JSON-LD datePublished 2026-11-27T11:40:00+01:00 (German winter time, kept as stated). dateModified never wins. Two authors separated by a comma: 'Jan Oberhauser, Katrin Möller'. The kicker is not part of the title; the intro is a standfirst (neutral). 'Fazit' is a section heading (body). The gallery teaser and photo credit inside the body, the newsletter box and the teaser list ('vor 3 Stunden' belongs to another article) are not body.",
    classes=["date_only_visible", "time_only_in_jsonld", "winter_offset_cet", "day_first_dotted", "two_authors_comma", "kicker_not_title", "headings_in_body", "gallery_link_inside_body", "caption_photo_credit", "newsletter_prompt", "relative_sidebar_times", "related_list", "standfirst_neutral"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T11:40:00+01:00",
    author="Jan Oberhauser, Katrin Möller", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# L'argus: 'Mis à jour le …' printed before 'Publié le …' (naive 17h05), two authors joined by 'et'
# ---------------------------------------------------------------------------------------------
T = "L'équipementier Valmonde va fermer son usine des Ardennes"
DECK = "Le site de Revin, qui emploie 214 salariés, cessera son activité fin 2027. La production part en Slovaquie."
P = [
    "Le fabricant de pièces de freinage Valmonde a annoncé jeudi 26 novembre la fermeture de son usine de Revin (Ardennes), spécialisée dans les étriers de frein en fonte. Le site emploie 214 salariés.",
    "La direction invoque la baisse des volumes commandés par les constructeurs européens et le passage progressif aux étriers en aluminium, que l'usine n'est pas équipée pour produire.",
    "La production sera transférée vers le site du groupe en Slovaquie d'ici fin 2027. Les syndicats ont dénoncé une décision « brutale » et réclament un plan de reprise.",
    "Selon la direction, des postes seront proposés aux salariés qui le souhaitent sur les autres sites français du groupe, à Compiègne et à Dole.",
]
N = [
    "Mis à jour le 28/11/2026 à 09h40",
    "À lire aussi : Freins : les étriers en aluminium gagnent du terrain",
    "Crédit photo : Valmonde",
    "Estimez gratuitement votre voiture avec la cote L'argus",
    "Recevez la newsletter L'argus",
    "Réagir",
]
add("intl_fr_largus", f"""
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(T)} - L'argus</title>
<meta name="description" content="{esc(DECK)}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T.replace("'", "’")}","datePublished":"2026-11-27T17:05:12+01:00","dateModified":"2026-11-28T09:40:31+01:00","author":[{{"@type":"Person","name":"Camille Rougier"}},{{"@type":"Person","name":"Thomas Ledoux"}}]}}</script>
</head>
<body>
<header class="header"><a class="logo" href="https://www.largus.fr/">L'argus</a>
 <nav><a href="/actualite-automobile.html">Actualité</a> <a href="/cote/">Cote</a> <a href="/occasion/">Occasion</a> <a href="/essai/">Essais</a></nav></header>
<main class="page-article">
 <div class="fil-ariane"><a href="/">Accueil</a> › <a href="/actualite-automobile.html">Actualité automobile</a> › Économie</div>
 <article>
  <h1 class="titre">{esc(T)}</h1>
  <div class="infos">
   <div class="auteurs">Par <a href="/auteur/camille-rougier/">Camille Rougier</a> et <a href="/auteur/thomas-ledoux/">Thomas Ledoux</a></div>
   <div class="dates"><span class="maj">Mis à jour le 28/11/2026 à 09h40</span> <span class="sep">|</span> <span class="pub">Publié le 27/11/2026 à 17h05</span></div>
   <div class="partage"><a>Partager</a> <a href="#commentaires">Réagir</a></div>
  </div>
  <p class="chapo"><strong>{esc(DECK)}</strong></p>
  <figure><img src="https://cdn.largus.fr/valmonde-revin.jpg" alt=""><figcaption>Crédit photo : Valmonde</figcaption></figure>
  <div class="corps">
{ps(P[:2])}
<p class="lire-aussi"><strong>À lire aussi : </strong><a href="/actualite-automobile/freins-etriers-aluminium-31198765.html">Freins : les étriers en aluminium gagnent du terrain</a></p>
{ps(P[2:])}
<div class="promo-cote"><a href="/cote/">Estimez gratuitement votre voiture avec la cote L'argus</a></div>
  </div>
  <div class="newsletter"><p>Recevez la newsletter L'argus</p><input type="email"></div>
 </article>
</main>
</body>
</html>
""",
    url="https://www.largus.fr/actualite-automobile/equipementier-valmonde-ferme-usine-ardennes-31245678.html",
    kind="intl",
    modelled_on="L'argus (largus.fr) news article page ('Par X et Y' authors, dates row printing 'Mis à jour le DD/MM/YYYY à HHhMM' before 'Publié le …', bold chapô, photo credit, 'À lire aussi :' paragraph and cote promo inside the body, newsletter box)",
    language="fr", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The dates row prints 'Mis à jour le 28/11/2026 à 09h40' before 'Publié le 27/11/2026 à 17h05'; the update never wins. No zone is printed; JSON-LD datePublished 2026-11-27T17:05:12+01:00 agrees with the printed 17h05 and gives the offset and the seconds. Two authors joined by 'et': 'Camille Rougier, Thomas Ledoux'. The chapô is a standfirst (neutral). The 'À lire aussi' paragraph and the cote promo inside the body, the photo credit and the newsletter box are not body.",
    classes=["update_printed_first", "naive_visible_time", "jsonld_offset_seconds", "h_separator_time", "day_first_slash_date", "two_authors_et", "byline_prefix_par", "read_also_inside_body", "promo_inside_body", "caption_photo_credit", "newsletter_prompt", "standfirst_neutral"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T17:05:12+01:00",
    author="Camille Rougier, Thomas Ledoux", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# Quattroruote: relative '3 ore fa' on a <time datetime> with offset, 'di' byline, URL date
# ---------------------------------------------------------------------------------------------
T = "Componentistica, il Piemonte spinge l'export verso il Nord Africa"
DECK = "Le vendite in Marocco e Tunisia crescono a doppia cifra, mentre rallenta la Germania"
P = [
    "Le aziende piemontesi della componentistica auto guardano sempre più al Nord Africa. Nei primi nove mesi dell'anno le esportazioni verso Marocco e Tunisia sono cresciute del 18,4%, a fronte di un calo del 3,1% verso la Germania.",
    "Il dato emerge dall'osservatorio della filiera presentato ieri a Torino, che ha coinvolto 312 imprese del territorio con un fatturato complessivo di 14,6 miliardi di euro.",
    "«I nuovi stabilimenti dei costruttori in Marocco stanno creando una domanda che per molti fornitori è un'alternativa concreta al mercato tedesco», ha spiegato il curatore dello studio, Paolo Ferrante.",
    "Restano però alcune criticità: quasi un'azienda su tre segnala difficoltà nel reperire tecnici specializzati, mentre il 41% indica i costi energetici come principale freno agli investimenti.",
]
N = [
    "3 ore fa",
    "Leggi anche: Fornitori auto, in aumento le ore di cassa integrazione",
    "Foto: Archivio Quattroruote",
    "Iscriviti alla newsletter di Quattroruote",
    "Tag: Componentistica Export Piemonte",
    "Abbonati a Quattroruote",
]
add("intl_it_quattroruote", f"""
<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>{esc(T)} - Quattroruote.it</title>
<meta name="description" content="{esc(DECK)}">
<meta property="og:type" content="article">
</head>
<body>
<header class="qr-header"><a class="logo" href="https://www.quattroruote.it/">Quattroruote</a>
 <nav><a href="/news/">News</a> <a href="/prove/">Prove</a> <a href="/listino/">Listino</a> <a href="/news/industria-finanza/">Industria</a></nav>
 <a class="abbonati" href="/abbonamenti/">Abbonati a Quattroruote</a></header>
<main class="article-page">
 <div class="breadcrumb"><a href="/news/">News</a> / <a href="/news/industria-finanza/">Industria e finanza</a></div>
 <article class="article">
  <h1 class="article__title">{esc(T)}</h1>
  <h2 class="article__subtitle">{esc(DECK)}</h2>
  <div class="article__info"><span class="article__author">di <a href="/autori/marco-bellandi/">Marco Bellandi</a></span> <time class="article__date" datetime="2026-11-30T06:48:12+01:00">3 ore fa</time></div>
  <figure class="article__image"><img src="https://www.quattroruote.it/content/dam/qr/componentistica.jpg" alt=""><figcaption>Foto: Archivio Quattroruote</figcaption></figure>
  <div class="article__body">
{ps(P[:2])}
<p class="leggi-anche"><strong>Leggi anche:</strong> <a href="/news/industria-finanza/2026/11/24/fornitori_cassa_integrazione.html">Fornitori auto, in aumento le ore di cassa integrazione</a></p>
{ps(P[2:])}
  </div>
  <div class="article__tags">Tag: <a>Componentistica</a> <a>Export</a> <a>Piemonte</a></div>
  <div class="newsletter">Iscriviti alla newsletter di Quattroruote</div>
 </article>
</main>
</body>
</html>
""",
    url="https://www.quattroruote.it/news/industria-finanza/2026/11/30/componentistica_piemonte_export_nord_africa.html",
    kind="intl",
    modelled_on="Quattroruote (quattroruote.it) news page (article__title + subtitle, 'di Autore' byline, relative '3 ore fa' printed in a <time datetime> with +01:00 offset, URL /YYYY/MM/DD/, 'Leggi anche:' paragraph inside the body, Tag line, newsletter prompt)",
    language="it", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible time is relative Italian: '3 ore fa'. The <time datetime='2026-11-30T06:48:12+01:00'> carries the real time (05:48 UTC, 3 h 12 min before fetched_at 09:00 UTC, consistent with '3 ore fa'); the URL date 2026/11/30 agrees. Offset kept as stated. Author after 'di': Marco Bellandi. The subtitle is a standfirst (neutral). 'Leggi anche' paragraph, photo credit, tags, newsletter and subscription prompts are not body.",
    classes=["relative_hours_italian", "time_datetime_offset", "url_date", "byline_prefix_di", "read_also_inside_body", "caption_photo_credit", "tags_line", "newsletter_prompt", "paywall_prompt", "standfirst_neutral"],
    title=T, published_date="2026-11-30", published_at="2026-11-30T06:48:12+01:00",
    author="Marco Bellandi", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# Autoblog.nl: year-less '27 november, 14:35', year and seconds in JSON-LD, 'Door' byline
# ---------------------------------------------------------------------------------------------
T = "Brabantse toeleverancier schrapt 180 banen door lagere vraag"
P = [
    "Toeleverancier Vermeulen Precision uit Helmond schrapt 180 van de ongeveer 900 banen. Het bedrijf maakt aandrijfassen en behuizingen voor elektromotoren en ziet de orders van twee grote klanten teruglopen.",
    "Volgens directeur Erik van Gils is de vraag naar onderdelen voor elektrische auto's dit jaar ruim 20 procent lager dan waarmee het bedrijf had gerekend.",
    "De ontslagen vallen vooral in de productie. Vermeulen wil de getroffen medewerkers helpen bij het vinden van ander werk in de regio, waar meerdere technische bedrijven juist personeel zoeken.",
    "Het bedrijf verwacht dat de vraag vanaf 2028 weer aantrekt, wanneer nieuwe modellen van de betrokken autofabrikanten in productie gaan.",
]
N = [
    "27 november, 14:35",
    "48 reacties",
    "Lees ook: Duitse toeleveranciers in zwaar weer",
    "Foto: Vermeulen Precision",
    "Deel dit artikel",
    "Meld je aan voor de Autoblog-nieuwsbrief",
]
add("intl_nl_autoblognl", f"""
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{esc(T)} - Autoblog.nl</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T}","datePublished":"2026-11-27T14:35:09+01:00","author":{{"@type":"Person","name":"Wouter Dekkers"}},"publisher":{{"@type":"Organization","name":"Autoblog.nl"}}}}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="https://www.autoblog.nl/">Autoblog</a>
 <nav><a href="/nieuws/">Nieuws</a> <a href="/reviews/">Reviews</a> <a href="/autodealers/">Occasions</a></nav></header>
<main class="post">
 <article>
  <h1 class="post__title">{esc(T)}</h1>
  <div class="post__meta"><span class="post__author">Door <a href="/auteur/wouter-dekkers/">Wouter Dekkers</a></span> · <span class="post__date">27 november, 14:35</span> · <a class="post__comments" href="#reacties">48 reacties</a></div>
  <figure class="post__image"><img src="https://www.autoblog.nl/files/2026/11/vermeulen.jpg" alt=""><figcaption>Foto: Vermeulen Precision</figcaption></figure>
  <div class="post__content">
{ps(P[:2])}
<p><strong>Lees ook: <a href="/nieuws/duitse-toeleveranciers-zwaar-weer-12301">Duitse toeleveranciers in zwaar weer</a></strong></p>
{ps(P[2:])}
  </div>
  <div class="post__share">Deel dit artikel <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>
  <div class="post__newsletter">Meld je aan voor de Autoblog-nieuwsbrief</div>
 </article>
 <section id="reacties"><h3>48 reacties</h3><div class="comment"><b>Carburateur_Kees</b> <span>27 november, 15:02</span><p>Zat eraan te komen helaas.</p></div></section>
</main>
</body>
</html>
""",
    url="https://www.autoblog.nl/nieuws/vermeulen-precision-schrapt-180-banen-123456",
    kind="intl",
    modelled_on="Autoblog.nl (Dutch car blog) post page (post__meta 'Door Auteur · D maand, HH:MM · N reacties' without a year, bold 'Lees ook:' paragraph inside the content, share row, nieuwsbrief box, comments)",
    language="nl", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible date '27 november, 14:35' has no year; JSON-LD datePublished 2026-11-27T14:35:09+01:00 agrees and supplies the year, seconds and offset (Dutch winter time). The comment time '27 november, 15:02' is a comment's. Author after 'Door': Wouter Dekkers. The 'Lees ook' paragraph, photo credit, share row, newsletter box and comments are not body.",
    classes=["no_year_date", "jsonld_supplies_year_and_seconds", "winter_offset_cet", "byline_prefix_door", "middle_dot_separators", "comment_count", "read_also_inside_body", "caption_photo_credit", "share_bar", "newsletter_prompt", "comment_dates"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T14:35:09+01:00",
    author="Wouter Dekkers", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# Motor.es: relative 'hace 20 horas' with data-date / title attributes, 'Por' byline
# ---------------------------------------------------------------------------------------------
T = "Un proveedor de arneses cerrará su planta de Zaragoza en 2027"
P = [
    "El fabricante de arneses eléctricos Cablenor cerrará en el verano de 2027 su planta de La Muela (Zaragoza), en la que trabajan 340 personas. La compañía trasladará la producción a sus fábricas de Marruecos y Rumanía.",
    "Según ha comunicado la empresa a la plantilla, la decisión responde a la pérdida de un contrato con un fabricante europeo que representaba casi la mitad de la actividad de la planta.",
    "Los sindicatos han convocado concentraciones para la próxima semana y han pedido la mediación del Gobierno de Aragón para buscar un comprador para las instalaciones.",
    "Cablenor mantendrá en España su centro técnico de Barcelona, donde trabajan unos 120 ingenieros dedicados al diseño de arneses de alta tensión.",
]
N = [
    "hace 20 horas",
    "Lee también: Los proveedores de automoción piden ayudas para electrificarse",
    "Foto: Cablenor",
    "Suscríbete a nuestro boletín",
    "Redactor",
    "12 comentarios",
]
add("intl_es_motores", f"""
<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>{esc(T)} - Motor.es</title>
<meta property="og:type" content="article">
</head>
<body>
<header class="cabecera"><a class="logo" href="https://www.motor.es/">Motor.es</a>
 <nav><a href="/noticias/">Noticias</a> <a href="/coches-nuevos/">Coches nuevos</a> <a href="/pruebas/">Pruebas</a></nav></header>
<main class="noticia">
 <article>
  <h1 class="titular">{esc(T)}</h1>
  <div class="autor-fecha">
   <div class="autor"><img src="https://static.motor.es/autores/lnavarro.jpg" alt=""><span>Por <a href="/autores/lucia-navarro/">Lucía Navarro</a></span> <span class="cargo">Redactor</span></div>
   <span class="fecha" data-date="2026-11-29T13:47:00+01:00" title="29/11/2026 13:47">hace 20 horas</span>
   <a class="num-comentarios" href="#comentarios">12 comentarios</a>
  </div>
  <figure><img src="https://static.motor.es/fotos-noticias/2026/11/cablenor.jpg" alt=""><figcaption>Foto: Cablenor</figcaption></figure>
  <div class="cuerpo-noticia">
{ps(P[:2])}
<p class="relacionada">Lee también: <a href="/noticias/proveedores-automocion-ayudas-electrificacion-202611200.html">Los proveedores de automoción piden ayudas para electrificarse</a></p>
{ps(P[2:])}
  </div>
  <div class="boletin">Suscríbete a nuestro boletín <input type="email"></div>
 </article>
</main>
</body>
</html>
""",
    url="https://www.motor.es/noticias/proveedor-arneses-cierra-planta-zaragoza-202612345.html",
    kind="intl",
    modelled_on="Motor.es (Spanish motoring site) news page (autor-fecha row with 'Por Autor' + role, relative 'hace N horas' span carrying data-date and title attributes, comment count, 'Lee también:' paragraph inside the body, boletín box)",
    language="es", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible time is relative Spanish: 'hace 20 horas'. The span's data-date '2026-11-29T13:47:00+01:00' (also title '29/11/2026 13:47') gives the real time: 12:47 UTC, 20 h 13 min before fetched_at 09:00 UTC, consistent. Offset kept as stated. Author after 'Por': Lucía Navarro ('Redactor' is a role). 'Lee también' paragraph, photo credit, newsletter box and comment count are not body.",
    classes=["relative_hours_spanish", "data_attribute_datetime", "title_attribute_time", "day_first_slash_date", "byline_prefix_por", "author_role_label", "read_also_inside_body", "caption_photo_credit", "newsletter_prompt", "comment_count"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T13:47:00+01:00",
    author="Lucía Navarro", editor=None, source=None, paragraphs=P, body_noise=N)
