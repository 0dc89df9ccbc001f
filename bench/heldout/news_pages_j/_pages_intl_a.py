"""International pages, part A (Catalan, Basque, Welsh, Bosnian, Norwegian Bokmål)."""
from _common import FETCH_INTL, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- intl_ca_ara
T = "Una fabricant de components de Martorell invertirà 85 milions en una nova línia de bateries"
P = [
    "L'empresa de components d'automoció Vallès Motion Parts invertirà 85 milions d'euros en una nova línia de mòduls de bateries a la seva planta de Martorell, segons va confirmar ahir la companyia.",
    "La nova línia, que començarà a produir el 2028, tindrà capacitat per a 120.000 mòduls l'any i crearà uns 240 llocs de treball directes. El projecte compta amb un préstec del Banc Europeu d'Inversions.",
    "«Volem ser a prop dels fabricants que electrifiquen les seves plantes a la península», va explicar el conseller delegat de l'empresa, Jordi Mas Roca, que va recordar que el 70% de la producció actual es destina a l'exportació.",
    "Els sindicats han valorat positivament l'anunci, però reclamen que una part de les noves contractacions es cobreixi amb treballadors de la plantilla actual que es reconverteixin des de les línies de motors de combustió.",
]
NOISE = [
    "Actualitzada 27/11/2026 12:31",
    "La planta de l'empresa a Martorell, en una imatge d'arxiu.",
    "Pere Tordera",
    "Llegeix també: El sector del component perd 1.200 llocs de treball en un any",
    "Subscriu-te al butlletí d'Economia",
    "Més notícies",
    "Comentaris",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-27T06:00:00+01:00", "dateModified": "2026-11-27T12:31:40+01:00",
        "author": [{"@type": "Person", "name": "Marta Puig Ferrer"}],
        "publisher": {"@type": "Organization", "name": "Ara"}}
html = doc(T + " | Ara", jsonld(data), f"""
<header class="ara-header"><a class="logo">ARA</a> <nav><a>Política</a> <a>Societat</a> <a>Economia</a> <a>Cultura</a></nav></header>
<article class="article">
<div class="pretitle"><a>Economia</a></div>
<h1 class="title">{esc(T)}</h1>
<div class="article-metadata">
<div class="signature"><a class="author">Marta Puig Ferrer</a></div>
<div class="date"><time datetime="2026-11-27T06:00:00+01:00">27/11/2026 06:00</time> <span class="updated">Actualitzada 27/11/2026 12:31</span></div>
</div>
<figure class="main-image"><img src="/media/martorell.jpg"><figcaption><span class="caption">La planta de l'empresa a Martorell, en una imatge d'arxiu.</span> <span class="credit">Pere Tordera</span></figcaption></figure>
<div class="article-body">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<p class="related-in"><strong>Llegeix també: <a>El sector del component perd 1.200 llocs de treball en un any</a></strong></p>
<p>{esc(P[2])}</p>
<p>{esc(P[3])}</p>
</div>
<div class="newsletter-box">Subscriu-te al butlletí d'Economia</div>
<section class="comments">Comentaris</section>
</article>
<aside class="more"><h3>Més notícies</h3><ul><li><a>La Seat reobre la línia 2</a> <time>26/11/2026</time></li></ul></aside>
""", lang="ca")
add("intl_ca_ara", html,
    url="https://www.ara.cat/economia/empreses/fabricant-components-martorell-invertira-85-milions-nova-linia-bateries_1_5201876.html",
    kind="intl",
    modelled_on="Ara.cat (Catalan daily, Economia section) article page (pretitle section link, h1, signature with the author link, date block with <time datetime> 'DD/MM/YYYY HH:MM' and an 'Actualitzada DD/MM/YYYY HH:MM' span, main image with caption and credit, bold 'Llegeix també:' link inside the text, newsletter box, comments; NewsArticle JSON-LD with +01:00 and a later dateModified; URL ending in _1_id)",
    language="ca", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Two date lines: published 27/11/2026 06:00 (time datetime and JSON-LD agree, +01:00, CET) and 'Actualitzada' 12:31 (update, never the truth). Day-first slash date; Catalan pages write day first. The photo credit (Pere Tordera) is not an author.",
    classes=["published_and_updated_lines", "update_in_jsonld", "slash_date_day_first", "time_datetime_agrees", "read_also_inside_body", "caption_photo_credit", "newsletter_prompt", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T06:00:00+01:00",
    author="Marta Puig Ferrer", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_eu_berria
T = "Iñaki Etxeberria: «Bateria fabrikek hornitzaile txikiak behar dituzte ondoan»"
P = [
    "Iñaki Etxeberria (Arrasate, 1971) Gipuzkoako automobilgintzako osagai enpresen klusterreko zuzendaria da. Bateria fabrika berriek eskualdeko hornitzaileentzat zer aukera dakarten galdetu diogu.",
    "Zer ekarriko du Gasteizko bateria fabrikak eskualdeko enpresentzat?",
    "Aukera handia da, baina ez automatikoa. Fabrika batek ehunka osagai behar ditu, eta horietako asko gertuko hornitzaileek egin ditzakete, baldin eta ziurtagiriak garaiz lortzen badituzte.",
    "Prest daude enpresa txikiak?",
    "Batzuk bai. Beste batzuek inbertsioak egin behar dituzte automatizazioan eta kalitate kontrolean, eta horretarako laguntza publikoa ezinbestekoa da.",
    "Zer eskatzen diozue administrazioari?",
    "Finantzaketa azkarragoa eta prestakuntza programa bateratua. Langile kualifikatuen falta da gaur egun gure arazo nagusia.",
]
NOISE = [
    "Eguneratua: 10:20",
    "Iñaki Etxeberria, Arrasaten.",
    "JON URBE / FOKU",
    "Irakurri gehiago: Osagaien sektoreak 300 lanpostu galdu ditu",
    "Harpidetu Berria",
    "Partekatu",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T08:45:00+01:00", "dateModified": "2026-11-26T10:20:00+01:00",
        "author": {"@type": "Person", "name": "Ane Zubizarreta"}}
qa = "\n".join(f"<p><strong>{esc(p)}</strong></p>" if p.endswith("?") else f"<p>{esc(p)}</p>" for p in P[1:])
html = doc(T + " | Berria", jsonld(data), f"""
<header><a class="logo">berria</a> <nav><a>Politika</a> <a>Ekonomia</a> <a>Gizartea</a> <a>Kultura</a></nav> <a class="sub">Harpidetu Berria</a></header>
<article class="albistea">
<div class="atala">Ekonomia · Elkarrizketa</div>
<h1>{esc(T)}</h1>
<div class="egilea">Ane Zubizarreta</div>
<div class="data">Donostia — 2026ko azaroaren 26a, 08:45 <span class="eguneratua">Eguneratua: 10:20</span></div>
<figure><img src="/irudiak/etxeberria.jpg"><figcaption>Iñaki Etxeberria, Arrasaten. <span class="egilea-argazki">JON URBE / FOKU</span></figcaption></figure>
<div class="testua">
<p class="sarrera">{esc(P[0])}</p>
{qa.split(chr(10), 2)[0]}
{qa.split(chr(10), 2)[1]}
<p class="irakurri"><a>Irakurri gehiago: Osagaien sektoreak 300 lanpostu galdu ditu</a></p>
{qa.split(chr(10), 2)[2]}
</div>
<div class="partekatu">Partekatu</div>
</article>
""", lang="eu")
add("intl_eu_berria", html,
    url="https://www.berria.eus/ekonomia/inaki-etxeberria-bateria-fabrikek-hornitzaile-txikiak-behar-dituzte-ondoan_2118765_102.html",
    kind="intl",
    modelled_on="Berria (berria.eus, Basque-language daily) interview page (section line 'Ekonomia · Elkarrizketa', h1 with the interviewee and a «quote», author line, date line 'Place — YYYYko monthGEN DDa, HH:MM' with an 'Eguneratua: HH:MM' (updated) span, photo caption with an upper-case agency credit, bold questions and plain answers, 'Irakurri gehiago:' link inside the text; NewsArticle JSON-LD with +01:00 and a later dateModified)",
    language="eu", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Basque year-first genitive date '2026ko azaroaren 26a' (azaroa = November) after a place name, time 08:45 (+01:00; JSON-LD agrees). The update span 'Eguneratua: 10:20' is time only and not the truth. Interview body: intro, bold questions (no prefix) and answers are all body; the read-also link between them is noise. Photographer credit not an author.",
    classes=["basque_genitive_date", "year_first_date", "place_before_date", "update_time_only", "update_in_jsonld", "qa_body", "bold_questions", "read_also_inside_body", "caption_photo_credit", "subscribe_prompt", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T08:45:00+01:00",
    author="Ane Zubizarreta", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_cy_golwg
T = "Cwmni rhannau ceir o Wrecsam yn creu 150 o swyddi newydd"
P = [
    "Mae cwmni sy'n gwneud rhannau ar gyfer ceir trydan yn Wrecsam wedi cyhoeddi y bydd yn creu 150 o swyddi newydd dros y ddwy flynedd nesaf.",
    "Bydd Dyfrdwy Components yn buddsoddi £32 miliwn mewn llinell gynhyrchu newydd ar ystad ddiwydiannol y dref, gyda'r gwaith yn dechrau yn y gwanwyn.",
    "Dywedodd rheolwr gyfarwyddwr y cwmni, Gareth Hughes, fod galw cynyddol gan wneuthurwyr ceir yn Ewrop am gydrannau oeri batris.",
    "Mae Llywodraeth Cymru wedi cyfrannu £4 miliwn at y prosiect drwy ei chronfa ddatblygu economaidd.",
]
NOISE = [
    "Gohebydd Gogledd Cymru",
    "Llun: Dyfrdwy Components",
    "Darllen mwy: Ffatri batris Sir y Fflint yn oedi cynlluniau",
    "Rhannu",
    "Cofrestrwch i'n cylchlythyr",
    "Straeon eraill",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-25T16:35:00+00:00",
        "author": {"@type": "Person", "name": "Elin Prys"}}
html = doc(T + " | Golwg360", jsonld(data), f"""
<header class="site-header"><a class="logo">golwg360</a> <nav><a>Newyddion</a> <a>Busnes</a> <a>Chwaraeon</a> <a>Celfyddydau</a></nav></header>
<main>
<article class="stori">
<div class="categori">Busnes</div>
<h1 class="teitl">{esc(T)}</h1>
<div class="byline">Gan <a>Elin Prys</a> | <span class="role">Gohebydd Gogledd Cymru</span></div>
<div class="dyddiad">Dydd Mercher 25 Tachwedd 2026 4:35yp</div>
<figure><img src="/lluniau/dyfrdwy.jpg"><figcaption>Llun: Dyfrdwy Components</figcaption></figure>
<div class="cynnwys">
{ps(P[:2])}
<p><strong><a>Darllen mwy: Ffatri batris Sir y Fflint yn oedi cynlluniau</a></strong></p>
{ps(P[2:])}
</div>
<div class="rhannu">Rhannu</div>
<div class="cylchlythyr">Cofrestrwch i'n cylchlythyr</div>
</article>
<aside><h3>Straeon eraill</h3><ul><li><a>Prisiau tanwydd yn codi eto</a> <span>24 Tachwedd 2026</span></li></ul></aside>
</main>
""", lang="cy")
add("intl_cy_golwg", html,
    url="https://golwg.360.cymru/newyddion/busnes/2118765-cwmni-rhannau-ceir-wrecsam-creu-150-swyddi",
    kind="intl",
    modelled_on="Golwg360 (golwg.360.cymru, Welsh-language news site) story page (category, h1, byline 'Gan X | role' (By X | North Wales correspondent), date line 'Dydd Mercher D Month YYYY H:MMyp' with a Welsh weekday and a 12-hour clock, figure with 'Llun:' credit, bold 'Darllen mwy:' link inside the text, share and newsletter prompts, other stories with dates; NewsArticle JSON-LD with +00:00)",
    language="cy", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="'By X | Y' byline in Welsh: 'Gan Elin Prys | Gohebydd Gogledd Cymru' — the author is the name only; the role/bureau is noise. 12-hour Welsh clock: '4:35yp' (y prynhawn, afternoon) = 16:35; UK winter time +00:00 (JSON-LD agrees). Welsh month Tachwedd = November, weekday Dydd Mercher = Wednesday.",
    classes=["by_x_pipe_bureau", "welsh_weekday_month", "ampm_welsh", "jsonld_agrees", "caption_photo_credit", "read_also_inside_body", "share_bar", "newsletter_prompt", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T16:35:00+00:00",
    author="Elin Prys", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_bs_klix
T = "Zenička fabrika dijelova za automobile otvara novi pogon i zapošljava 180 radnika"
P = [
    "Kompanija Bosna Auto Komponente, koja proizvodi kablovske setove za evropske proizvođače automobila, danas je u Zenici otvorila novi proizvodni pogon vrijedan 24 miliona KM.",
    "U novom pogonu bit će zaposleno 180 radnika, a prvi ugovori već su potpisani. Direktor kompanije Emir Salihović kazao je da je više od 90 posto proizvodnje namijenjeno izvozu u Njemačku i Austriju.",
    "Otvaranju su prisustvovali predstavnici Vlade Zeničko-dobojskog kantona i Grada Zenice, koji su najavili podršku za obuku novih radnika.",
    "Kompanija trenutno zapošljava oko 1.100 radnika u tri pogona u Bosni i Hercegovini.",
]
CAPS = ["Novi pogon u Zenici (Foto: Dženan Kriještorac/Klix.ba)", "Proizvodna linija kablovskih setova (Foto: Dženan Kriještorac/Klix.ba)"]
NOISE = CAPS + ["Galerija", "1/2", "2/2", "Pročitajte još: Izvoz auto-dijelova iz BiH rastao 12 posto", "Komentari (34)", "Podijeli", "Najčitanije"]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-27T10:42:16+01:00",
        "author": {"@type": "Person", "name": "Amra Hodžić"}}


def gal(n, cap):
    return f'<div class="gallery-slide"><img data-src="/media/zenica_{n}.jpg"><p class="slide-caption">{esc(cap)}</p><span class="count">{n}/2</span></div>'


html = doc(T + " - Klix.ba", jsonld(data), f"""
<header><a class="logo">Klix.ba</a> <nav><a>Vijesti</a> <a>Biznis</a> <a>Sport</a> <a>Magazin</a></nav></header>
<article>
<div class="kategorija">Biznis</div>
<h1>{esc(T)}</h1>
<div class="meta"><span class="autor">Amra Hodžić</span> <span class="datum">Petak, 27.11.2026. 10:42</span> <a class="komentari">Komentari (34)</a></div>
<div class="text">
<p>{esc(P[0])}</p>
<div class="galerija"><h4>Galerija</h4>{gal(1, CAPS[0])}</div>
<p>{esc(P[1])}</p>
{gal(2, CAPS[1])}
<p>{esc(P[2])}</p>
<p class="procitajte"><a>Pročitajte još: Izvoz auto-dijelova iz BiH rastao 12 posto</a></p>
<p>{esc(P[3])}</p>
</div>
<div class="share">Podijeli</div>
</article>
<aside><h3>Najčitanije</h3><ol><li><a>Cijene goriva od ponedjeljka niže</a></li></ol></aside>
""", lang="bs")
add("intl_bs_klix", html,
    url="https://www.klix.ba/biznis/privreda/zenicka-fabrika-dijelova-za-automobile-otvara-novi-pogon/261127045",
    kind="intl",
    modelled_on="Klix.ba (Bosnian news portal, Biznis section) article page (category, h1, meta with the author, 'Weekday, DD.MM.YYYY. HH:MM' date and comment count, photo gallery slides with captions '(Foto: X/Klix.ba)' and n/2 counters between the paragraphs, 'Pročitajte još:' link inside the text, share, Najčitanije; NewsArticle JSON-LD with +01:00 and seconds; URL id starting with YYMMDD)",
    language="bs", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Photo gallery slides between the paragraphs: captions, photographer credits and counters are noise. Date 'Petak, 27.11.2026. 10:42' (petak = Friday, dotted day-first with a trailing dot); JSON-LD agrees and supplies seconds (+01:00).",
    classes=["photo_gallery_between_paragraphs", "caption_photo_credit", "gallery_pager", "bosnian_weekday", "dotted_date", "jsonld_seconds_agree", "read_also_inside_body", "comment_count", "share_bar", "url_date", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:42:16+01:00",
    author="Amra Hodžić", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_nb_e24
T = "Norsk aluminiumsleverandør vinner milliardkontrakt med tysk bilprodusent"
P = [
    "Raufoss-selskapet Hydal Komponent har signert en avtale om levering av støtfangerbjelker i aluminium til en tysk bilprodusent. Kontrakten har en verdi på rundt 1,8 milliarder kroner over sju år, opplyser selskapet.",
    "– Dette er den største kontrakten i selskapets historie, sier administrerende direktør Ingrid Solberg til E24.",
    "Leveransene skal starte i 2028 og vil sikre arbeidsplasser for rundt 120 ansatte ved fabrikken på Raufoss.",
]
NOISE = [
    "E24+",
    "Oppdatert: 26.11.2026 09:48",
    "Foto: Ole Berg-Rusten / NTB",
    "Denne artikkelen er forbeholdt abonnenter",
    "Kjøp abonnement",
    "Allerede abonnent? Logg inn",
    "Mest lest",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T07:12:05+01:00", "dateModified": "2026-11-26T09:48:30+01:00",
        "isAccessibleForFree": False,
        "author": [{"@type": "Person", "name": "Kari Nordli"}, {"@type": "Person", "name": "Henrik Aas"}]}
html = doc(T + " – E24", jsonld(data), f"""
<header><a class="logo">E24</a> <nav><a>Børs og finans</a> <a>Næringsliv</a> <a>Energi</a></nav></header>
<article class="article">
<span class="premium-badge">E24+</span>
<h1 class="article-title">{esc(T)}</h1>
<figure><img src="/bilder/raufoss.jpg"><figcaption>Fabrikken på Raufoss. Foto: Ole Berg-Rusten / NTB</figcaption></figure>
<div class="byline">Av <a>Kari Nordli</a> og <a>Henrik Aas</a></div>
<div class="timestamps"><span>Publisert: <time datetime="2026-11-26T06:12:05Z">26.11.2026 07:12</time></span> <span>Oppdatert: <time datetime="2026-11-26T08:48:30Z">26.11.2026 09:48</time></span></div>
<div class="article-body">
{ps(P)}
</div>
<div class="paywall"><h3>Denne artikkelen er forbeholdt abonnenter</h3><a class="buy">Kjøp abonnement</a> <a class="login">Allerede abonnent? Logg inn</a></div>
</article>
<aside><h3>Mest lest</h3><ul><li><a>Oljefondet kutter i bilaksjer</a></li></ul></aside>
""", lang="nb")
add("intl_nb_e24", html,
    url="https://e24.no/naeringsliv/i/Jq8vMz/norsk-aluminiumsleverandoer-vinner-milliardkontrakt-med-tysk-bilprodusent",
    kind="intl",
    modelled_on="E24 (e24.no, Norwegian business news, Schibsted template) E24+ article page (premium badge, h1, lead image with 'Foto: X / NTB' caption, byline 'Av X og Y', timestamps 'Publisert:' and 'Oppdatert:' each in a <time datetime> in UTC, free paragraphs then the subscriber paywall box, Mest lest; NewsArticle JSON-LD with +01:00, seconds, a later dateModified and isAccessibleForFree false)",
    language="nb", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Paywall teaser: only the free paragraphs are in the HTML; the body is those three. Two date lines: Publisert 07:12 (truth) and Oppdatert 09:48. The <time datetime> values are UTC (06:12:05Z) while JSON-LD gives +01:00; the truth is written in the page's local offset, 2026-11-26T07:12:05+01:00 (same instant). Two authors 'Av X og Y' → 'X, Y'. The dash-quote paragraph ('– Dette er …') is body.",
    classes=["paywall_teaser", "published_and_updated_lines", "time_datetime_utc", "jsonld_seconds_agree", "update_in_jsonld", "two_authors_og", "caption_photo_credit", "premium_badge", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T07:12:05+01:00",
    author="Kari Nordli, Henrik Aas", editor=None, source=None, paragraphs=P, body_noise=NOISE)
