"""International pages, part B (Shona, Maori, Scottish Gaelic, Breton, Occitan, Papiamento, Sakha,
Tok Pisin, Cebuano)."""
from _common import FETCH_INTL, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- intl_sn_kwayedza
T = "Kambani inogadzira zvikamu zvemotokari muHarare yawana misika mitsva"
P = [
    "Kambani inogadzira zvikamu zvemotokari muguta reHarare yasaina chibvumirano chekutengesa mabhureki nemabhatiri kunyika dzemuSADC.",
    "Maneja mukuru wekambani iyi, VaFarai Chinyoka, vakati chibvumirano ichi chichaunza mari inosvika US$4 miriyoni pagore.",
    "Vakati kambani ichawedzera vashandi 150 mumwedzi mitanhatu inotevera kuti ikwanise kugadzira zvikamu zvakawanda.",
    "Vatengesi vezvikamu zvemotokari muMbare vakati kana zvikamu zvikagadzirwa munyika mitengo inogona kudzikira.",
]
NOISE = [
    "Yakagadziridzwa: Mbudzi 28, 2026",
    "Vashandi vari kugadzira mabhureki mufekitari yekambani iyi.",
    "Verenga zvakare: Mitengo yemafuta yadzikira muZimbabwe",
    "Govera",
    "Siya mhinduro",
    "Nhau dzakafanana",
]
html = doc(T + " – Kwayedza", '<meta property="og:type" content="article">\n'
           '<meta property="article:published_time" content="2026-11-27T06:30:48+02:00">\n'
           '<meta property="article:modified_time" content="2026-11-28T09:12:05+02:00">', f"""
<header class="site-header"><a class="logo">Kwayedza</a> <nav><a>Nhau</a> <a>Bhizinesi</a> <a>Mitambo</a> <a>Varaidzo</a></nav></header>
<article class="post">
<span class="cat-links"><a>Bhizinesi</a></span>
<h1 class="entry-title">{esc(T)}</h1>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a>NaTendai Moyo</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2026-11-27T06:30:48+02:00">Mbudzi 27, 2026</time></span> <span class="updated-on"><time class="updated" datetime="2026-11-28T09:12:05+02:00">{esc(NOISE[0])}</time></span></div>
<figure class="wp-caption"><img src="/wp-content/uploads/2026/11/brakes.jpg"><figcaption class="wp-caption-text">{esc(NOISE[1])}</figcaption></figure>
<div class="entry-content">
{ps(P[:2])}
<p><strong>{esc(NOISE[2])}</strong></p>
{ps(P[2:])}
</div>
<div class="sharedaddy">{esc(NOISE[3])} <a>Facebook</a> <a>WhatsApp</a></div>
<div id="respond"><h3>{esc(NOISE[4])}</h3><form><textarea></textarea></form></div>
</article>
<aside><h3>{esc(NOISE[5])}</h3><ul><li><a>Varimi vemuChinhoyi vawana matarakita matsva</a> <span>Mbudzi 20, 2026</span></li></ul></aside>
""", lang="sn")
add("intl_sn_kwayedza", html,
    url="https://www.kwayedza.co.zw/kambani-inogadzira-zvikamu-zvemotokari-yawana-misika-mitsva/", kind="intl",
    modelled_on="Kwayedza (kwayedza.co.zw, Zimpapers Shona-language weekly, WordPress) post (header, category, entry-title h1, entry-meta with the byline 'NaX' (by X, prefix glued to the name), <time class=entry-date published> with a Shona month word 'Month D, YYYY', a visible updated <time> labelled 'Yakagadziridzwa:' the next day, captioned image, bold 'Verenga zvakare:' (read also) line inside the text, share, 'Siya mhinduro' (leave a reply) comment form, related posts with dates; article:published_time / modified_time meta)",
    language="sn", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Shona month word: 'Mbudzi 27, 2026' (Mbudzi = November) in <time datetime='2026-11-27T06:30:48+02:00'>; article:published_time agrees (Zimbabwe +02:00). The updated time 'Yakagadziridzwa: Mbudzi 28, 2026' (updated, next day; modified_time meta) never wins. Byline 'NaTendai Moyo': the Shona prefix Na- ('by') is glued to the name → author 'Tendai Moyo'. Caption, read-also line, share and comment form are noise.",
    classes=["shona_month_word", "time_datetime_with_offset", "meta_agrees", "updated_next_day", "update_never_wins", "byline_prefix_glued_to_name", "caption", "read_also_inside_body", "share_bar", "comment_prompt", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T06:30:48+02:00",
    author="Tendai Moyo", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_mi_teaomaori
T = "Ka whakatuwheratia he wheketere hanga wāhanga waka hiko ki Kirikiriroa"
P = [
    "Ka whakatuwheratia e tētahi kamupene Māori he wheketere hou ki Kirikiriroa hei hanga wāhanga mō ngā waka hiko, ā, ka 120 ngā tāngata ka whiwhi mahi.",
    "Hei tā te kaiwhakahaere matua o te kamupene, a Mere Kawhia, ka hangaia e te wheketere ngā pouaka pūhiko me ngā taura hiko mō ngā pahi hiko.",
    "E $18 miriona te utu o te kaupapa, ā, nā ētahi iwi e toru i tuku pūtea hei tautoko i te whare hanga.",
    "E ai ki a Kawhia, ko te whāinga kia whakangungua ngā rangatahi o te rohe kia mōhio ai rātou ki ngā pūkenga hangarau hou.",
]
NOISE = [
    "Ko te wāhi ka tū ai te wheketere hou ki Kirikiriroa.",
    "Whakaahua: Te Ao Māori News",
    "Pānuitia anō: Ka piki te hoko waka hiko i Aotearoa",
    "Tiria",
    "Ohaurutia mai ki tā mātou pānui",
    "Ngā kōrero hou",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-27T07:10:05+13:00",
        "author": {"@type": "Person", "name": "Hēmi Tautahi"},
        "publisher": {"@type": "Organization", "name": "Te Ao Māori News"}}
html = doc(T + " | Te Ao Māori News", '<meta property="article:published_time" content="2026-11-26T18:10:05Z">\n' + jsonld(data), f"""
<header><a class="logo">Te Ao Māori News</a> <nav><a>Ngā Take</a> <a>Pakihi</a> <a>Hākinakina</a> <a>Te Reo</a></nav></header>
<article>
<div class="tag">Pakihi</div>
<h1>{esc(T)}</h1>
<div class="article-meta"><span class="byline">Nā Hēmi Tautahi</span> · <span class="date">27 Whiringa-ā-rangi 2026</span></div>
<figure><img src="/assets/kirikiriroa-wheketere.jpg"><figcaption>{esc(NOISE[0])} <span class="credit">{esc(NOISE[1])}</span></figcaption></figure>
<div class="article-body">
{ps(P[:2])}
<p class="read-more"><a>{esc(NOISE[2])}</a></p>
{ps(P[2:])}
</div>
<div class="share">{esc(NOISE[3])} <a>Facebook</a> <a>X</a></div>
<div class="newsletter">{esc(NOISE[4])} <button>Ohauru</button></div>
</article>
<aside><h3>{esc(NOISE[5])}</h3><ul><li><a>Ka tū he hui pakihi Māori ki Tauranga</a></li></ul></aside>
""", lang="mi")
add("intl_mi_teaomaori", html,
    url="https://www.teaomaori.news/ka-whakatuwheratia-he-wheketere-hanga-wahanga-waka-hiko-ki-kirikiriroa", kind="intl",
    modelled_on="Te Ao Māori News (teaomaori.news, Whakaata Māori news service, article in te reo Māori) article page (header, tag, h1, meta row 'Nā X · D <Māori month> YYYY' with the date only, photo caption with 'Whakaahua:' credit, read-more link inside the text, share, newsletter prompt, latest stories; NewsArticle JSON-LD with the New Zealand daylight offset +13:00 and an article:published_time meta in UTC on the PREVIOUS day)",
    language="mi", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Date only visible with the Māori month: '27 Whiringa-ā-rangi 2026' (Whiringa-ā-rangi = November). The JSON-LD datePublished 2026-11-27T07:10:05+13:00 (New Zealand daylight time) is the same day and completes it. The article:published_time meta states the same instant in UTC, 2026-11-26T18:10:05Z, which falls on the 26th: it must not move the day. Author from 'Nā Hēmi Tautahi' (Nā = by). Caption, photo credit, read-more link, share and newsletter prompt are noise.",
    classes=["maori_month_word", "date_only_visible", "jsonld_completes_day", "offset_plus_thirteen", "utc_meta_previous_day", "byline_in_language", "caption_photo_credit", "read_also_inside_body", "share_bar", "newsletter_prompt", "related_list", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T07:10:05+13:00",
    author="Hēmi Tautahi", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_gd_bbc
T = "Obraichean ùra aig factaraidh phàirtean chàraichean ann an Inbhir Nis"
P = [
    "Tha companaidh a nì pàirtean airson chàraichean dealain ag ràdh gun cruthaich i 85 obraichean ùra aig a factaraidh ann an Inbhir Nis.",
    "Thuirt ceannard na companaidh, Calum MacLeòid, gun deach cùmhnant ùr a shoidhnigeadh le neach-dèanamh chàraichean sa Ghearmailt air 26mh den t-Samhain.",
    "Bidh an fhactaraidh a' dèanamh uidheaman airson bataraidhean a chumail fuar, agus thèid £12 millean a chosg air an togalach a leudachadh.",
    "Chuir Iomairt na Gàidhealtachd is nan Eilean fàilte air an naidheachd, ag ràdh gum bi e na bhrosnachadh do dh'eaconamaidh na sgìre.",
]
NOISE = [
    "2 uair a thìde air ais",
    "Tùs an deilbh, Getty Images",
    "Factaraidh na companaidh ann an Inbhir Nis",
    "Naidheachdan co-cheangailte",
    "Barrachd mun sgeulachd seo",
    "Co-roinn",
]
html = doc(T + " - BBC Naidheachdan", '<meta property="og:type" content="article">', f"""
<header class="orb-header"><a class="brand">BBC</a> <a>Naidheachdan</a> <nav><a>Dachaigh</a> <a>Alba</a> <a>Spòrs</a> <a>Sìde</a></nav></header>
<main id="main-content">
<article>
<h1>{esc(T)}</h1>
<div class="metadata"><time data-testid="timestamp" datetime="2026-11-30T06:55:10.000Z">2 uair a thìde air ais</time> <button class="share">{esc(NOISE[5])}</button></div>
<figure><span class="image-credit">{esc(NOISE[1])}</span><img src="/news/976/cpsprodpb/inbhirnis.jpg"><figcaption>{esc(NOISE[2])}</figcaption></figure>
<div data-component="text-block">
{ps(P)}
</div>
<section data-component="links-block"><h2>{esc(NOISE[4])}</h2><ul><li><a>Cosgais nan càraichean dealain a' tuiteam</a></li></ul></section>
</article>
<section class="related"><h2>{esc(NOISE[3])}</h2><ul><li><a>Port ùr airson stuthan gaoithe ann an Cromba</a></li></ul></section>
</main>
""", lang="gd")
add("intl_gd_bbc", html,
    url="https://www.bbc.co.uk/naidheachdan/articles/c1a2b3c4d5eo", kind="intl",
    modelled_on="BBC Naidheachdan (bbc.co.uk/naidheachdan, BBC Scottish Gaelic news) article page (orb header, h1, metadata row with a <time data-testid=timestamp datetime=…Z> whose text is a relative time in Gaelic, share button, image with 'Tùs an deilbh,' (image source) credit and caption, text blocks, 'Barrachd mun sgeulachd seo' (more on this story) links block, related news; no byline, no JSON-LD)",
    language="gd", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Relative time in Gaelic, '2 uair a thìde air ais' (2 hours ago), in a <time> whose datetime is 2026-11-30T06:55:10.000Z; fetched 2026-11-30 09:00 UTC (2 h 5 min later), so the exact time in the attribute agrees and is the answer, kept as stated (+00:00; UK winter time is UTC anyway). '26mh den t-Samhain' (26th of November, month word in the genitive after 'den') in paragraph 2 is the contract day, not the page date. No byline: author null. Image credit, caption, share and link blocks are noise.",
    classes=["relative_hours_ago", "time_datetime_utc", "exact_time_in_attribute", "gaelic_genitive_month_in_body", "body_event_date", "caption_photo_credit", "share_button", "more_on_this_story", "related_list", "no_author", "no_source", "no_editor"],
    title=T, published_date="2026-11-30", published_at="2026-11-30T06:55:10+00:00",
    author=None, editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_br_kelaouenn
T = "Ul labouradeg nevez evit pezhioù kirri tredan e Kemper"
P = [
    "Un embregerezh eus Kemper en deus kemennet e vo savet ul labouradeg nevez evit ober pezhioù evit ar c'hirri tredan, ha 140 den a gavo labour enni.",
    "Hervez renour an embregerezh, Yann-Fañch Kerhervé, e vo produet eno boestoù evit ar batiri ha kenstagoù tredan evit savourien kirri en Europa.",
    "12 milion a euroioù a vo lakaet er raktres, ha skoazellet e vo gant Rannvro Breizh.",
    "Gortozet e vez e vo digoret al labouradeg e miz Here 2027.",
]
NOISE = [
    "Hizivaet d'ar 27 a viz Du 2026 da 08e40",
    "Gant Gwenola Le Bihan",
    "Al lec'h ma vo savet al labouradeg nevez e Kemper.",
    "Luc'hskeudenn: Loeiz Tanguy",
    "Lennit ivez: Muioc'h a girri tredan war hentoù Breizh",
    "Rannañ",
    "Skoazellit ar gelaouenn: koumanantit!",
    "Keleier all",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T10:15:00+01:00", "dateModified": "2026-11-27T08:40:00+01:00",
        "author": {"@type": "Person", "name": "Gwenola Le Bihan"}}
html = doc(T + " - Kelaouenn", jsonld(data), f"""
<header><a class="logo">Kelaouenn</a> <nav><a>Keleier</a> <a>Ekonomiezh</a> <a>Sevenadur</a> <a>Sport</a></nav></header>
<article class="pennad">
<div class="rummad">Ekonomiezh</div>
<h1>{esc(T)}</h1>
<p class="sinadur">{esc(NOISE[1])}</p>
<p class="deiziadoù"><span class="hizivaet">{esc(NOISE[0])}</span><br><span class="embannet">Embannet d'ar 26 a viz Du 2026 da 10e15</span></p>
<figure><img src="/skeudennoù/kemper-labouradeg.jpg"><figcaption>{esc(NOISE[2])} {esc(NOISE[3])}</figcaption></figure>
<div class="korf">
{ps(P[:2])}
<p class="lenn-ivez"><a>{esc(NOISE[4])}</a></p>
{ps(P[2:])}
</div>
<div class="rannan">{esc(NOISE[5])} <a>Facebook</a> <a>Mastodon</a></div>
<div class="koumanant">{esc(NOISE[6])}</div>
</article>
<aside><h3>{esc(NOISE[7])}</h3><ul><li><a>Ur porzh nevez evit ar bigi-pesketa e Konk-Kerne</a> <span>25 a viz Du 2026</span></li></ul></aside>
""", lang="br")
add("intl_br_kelaouenn", html,
    url="https://www.kelaouenn.example.bzh/ekonomiezh/ul-labouradeg-nevez-evit-pezhiou-kirri-tredan-e-kemper", kind="intl",
    modelled_on="a Breton-language weekly's news website (Ya!-style; site name and domain are placeholders) article page (header, rubric, h1, byline 'Gant X' (by X), two date lines with the UPDATED one ('Hizivaet d'ar … da HHeMM') printed above the published one ('Embannet d'ar D a viz <month> YYYY da HHeMM'), photo caption with 'Luc'hskeudenn:' credit, read-also link inside the text, share, subscription / support prompt, other news with dates; NewsArticle JSON-LD with +01:00 and a later dateModified)",
    language="br", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Breton dates with the month word Du (November; the same word means 'black') after 'a viz' ('of the month of'), and clocks written with 'e' for eur (hour): update printed first, 'Hizivaet d'ar 27 a viz Du 2026 da 08e40' (updated), then 'Embannet d'ar 26 a viz Du 2026 da 10e15' (published) — the published one wins. France in November +01:00; the JSON-LD datePublished agrees. 'miz Here 2027' (October 2027) in the text is a month only, no date. Author from 'Gant Gwenola Le Bihan' (by). Update line, caption, photo credit, read-also link and the subscription prompt are noise.",
    classes=["breton_month_word", "month_word_also_common_word", "clock_with_e_for_hour", "update_printed_first", "published_and_updated_labels", "labels_in_language", "jsonld_agrees", "byline_in_language", "month_only_in_body", "caption_photo_credit", "read_also_inside_body", "share_bar", "subscription_prompt", "related_dates", "placeholder_domain", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:15:00+01:00",
    author="Gwenola Le Bihan", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_oc_jornalet
T = "Una empresa de Tolosa fabricarà de pèças per las veituras electricas"
P = [
    "Una empresa de Tolosa a anonciat que fabricarà de pèças per las veituras electricas dins una usina nòva de Blanhac, ont trabalharàn 230 personas.",
    "Segon lo director de l'empresa, Pèire Castanhièr, l'usina produsirà de sistèmas de refrejament per las bateriás e de cablatges d'auta tension.",
    "Lo projècte costarà 35 milions d'èuros e la Region Occitània ne pagarà una partida.",
    "La produccion deuriá començar a la prima de 2028, segon l'empresa.",
]
NOISE = [
    "L'usina actuala de l'empresa a Tolosa.",
    "Fòto: Jornalet",
    "Legissètz tanben: Las vendas de veituras electricas aumentan en Occitània",
    "Partejar",
    "Sostenètz Jornalet: fasètz un don",
    "Daissar un comentari",
    "Darrièras novèlas",
]
html = doc(T + " | Jornalet", '<meta property="og:type" content="article">\n'
           '<meta property="article:published_time" content="2026-11-26T08:40:00Z">', f"""
<header><a class="logo">Jornalet</a> <nav><a>Occitània</a> <a>Mond</a> <a>Economia</a> <a>Cultura</a> <a>Opinion</a></nav></header>
<article class="node-article">
<div class="seccion">Economia</div>
<h1 class="title">{esc(T)}</h1>
<div class="submitted"><span class="autor">Marta Sarrasin</span> · <span class="data">dijòus 26 de novembre de 2026, a 9 h 40</span></div>
<figure><img src="/sites/default/files/tolosa-usina.jpg"><figcaption>{esc(NOISE[0])} {esc(NOISE[1])}</figcaption></figure>
<div class="field-body">
{ps(P[:2])}
<p><strong><a>{esc(NOISE[2])}</a></strong></p>
{ps(P[2:])}
</div>
<div class="share">{esc(NOISE[3])} <a>Facebook</a> <a>Mastodon</a></div>
<div class="don">{esc(NOISE[4])}</div>
<div class="comments"><h3>{esc(NOISE[5])}</h3></div>
</article>
<aside><h3>{esc(NOISE[6])}</h3><ul><li><a>Lo trin de nuèch tòrna a Carcassona</a> <span>25/11/2026</span></li></ul></aside>
""", lang="oc")
add("intl_oc_jornalet", html,
    url="https://www.jornalet.com/nova/23456/una-empresa-de-tolosa-fabricara-de-pecas-per-las-veituras-electricas", kind="intl",
    modelled_on="Jornalet (jornalet.com, Occitan-language daily news site, Drupal-style) article page (header, section, h1, submitted row with the author name and the date 'weekday D de <month> de YYYY, a H h MM' in Occitan, photo caption with 'Fòto:' credit, bold read-also link inside the text, share, donation prompt, comment heading, latest news with slashed dates; article:published_time meta in UTC)",
    language="oc", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Occitan weekday and month: 'dijòus 26 de novembre de 2026, a 9 h 40' (Thursday; clock written 'H h MM' after 'a'), no zone printed. The only structured value, article:published_time 2026-11-26T08:40:00Z, is the same instant stated in UTC: by intl_pages' convention the offset the structured data states is kept as stated → 2026-11-26T08:40:00+00:00 (= 09:40 in France, +01:00). Author: the name in the submitted row. Caption, photo credit, read-also link, donation and comment prompts are noise.",
    classes=["occitan_month_word", "occitan_weekday", "clock_with_spaced_h", "no_zone_printed", "utc_meta_kept_as_stated", "author_name_without_label", "caption_photo_credit", "read_also_inside_body", "share_bar", "donation_prompt", "comment_prompt", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T08:40:00+00:00",
    author="Marta Sarrasin", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_pap_extra
T = "Kompania di repuesto di outo ta habri su di dos tienda na Otrobanda"
P = [
    "Un kompania lokal di repuesto di outo a habri djárason su di dos tienda na Otrobanda, kaminda 25 hende nobo a haña trabou.",
    "Direktor di e kompania, Ronald Isenia, a bisa Extra ku e demanda pa repuesto di outo elektriko a subi hopi den e último dos añanan.",
    "E kompania ta invertí 2 mion florin den e tienda nobo i den un warehouse serka Parera.",
    "Segun Isenia, mas ku 60 porshento di e repuestonan ta bini for di Merka i Hulanda.",
]
NOISE = [
    "Skibí pa: Jeanine Rosario",
    "E tienda nobo na Otrobanda.",
    "Lesa tambe: Prijs di gasolin ta baha otro biaha",
    "Komparti",
    "Laga bo komentario",
    "Suskribí na nos newsletter",
    "Mas notisia",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T10:15:00-04:00",
        "author": {"@type": "Person", "name": "Jeanine Rosario"},
        "publisher": {"@type": "Organization", "name": "Extra"}}
html = doc(T + " - Extra", jsonld(data), f"""
<header><a class="logo">Èxtra</a> <nav><a>Notisia</a> <a>Economia</a> <a>Deporte</a> <a>Show</a></nav></header>
<article class="td-post">
<div class="td-category"><a>Economia</a></div>
<h1 class="entry-title">{esc(T)}</h1>
<div class="td-module-meta"><span class="td-post-author">{esc(NOISE[0])}</span> <span class="td-post-date">Djuebs, 26 di novèmber 2026 - 10:15 AM</span></div>
<figure><img src="/wp-content/uploads/2026/11/tienda-otrobanda.jpg"><figcaption>{esc(NOISE[1])}</figcaption></figure>
<div class="td-post-content">
{ps(P[:2])}
<p><strong>{esc(NOISE[2])}</strong></p>
{ps(P[2:])}
</div>
<div class="td-social">{esc(NOISE[3])} <a>Facebook</a> <a>WhatsApp</a></div>
<div class="comments"><h4>{esc(NOISE[4])}</h4></div>
<div class="newsletter">{esc(NOISE[5])}</div>
</article>
<aside><h3>{esc(NOISE[6])}</h3><ul><li><a>Aeropuerto ta risibí mas vuelo for di Hulanda</a> <span>25 di novèmber 2026</span></li></ul></aside>
""", lang="pap")
add("intl_pap_extra", html,
    url="https://extra.cw/2026/11/26/kompania-di-repuesto-di-outo-ta-habri-su-di-dos-tienda-na-otrobanda/", kind="intl",
    modelled_on="Èxtra (extra.cw, Papiamentu daily of Curaçao, WordPress Newspaper-theme td- classes) post (header, category, entry-title h1, module meta with 'Skibí pa:' (written by) and the date 'Weekday, D di <month> YYYY - HH:MM AM' in Papiamentu, photo caption, bold 'Lesa tambe:' (read also) line inside the text, share, comment and newsletter prompts, more news with dates; NewsArticle JSON-LD with -04:00; URL with the date)",
    language="pap", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Papiamentu weekday and month: 'Djuebs, 26 di novèmber 2026 - 10:15 AM' (djuebs = Thursday; 2026-11-26 is a Thursday); Curaçao is -04:00 all year, the JSON-LD agrees. 'djárason' (Wednesday) in paragraph 1 is the opening day, no date. Author from 'Skibí pa: Jeanine Rosario' (written by). Caption, read-also line, share, comment and newsletter prompts are noise.",
    classes=["papiamentu_month_word", "papiamentu_weekday", "negative_offset", "clock_after_dash", "twelve_hour_clock", "jsonld_agrees", "labelled_author_in_language", "weekday_in_body", "caption", "read_also_inside_body", "share_bar", "comment_prompt", "newsletter_prompt", "related_dates", "url_date", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:15:00-04:00",
    author="Jeanine Rosario", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_sah_kyym
T = "Дьокуускайга массыына аккумулятордарын оҥорор саҥа собуот аһылынна"
P = [
    "Дьокуускайга тымныыга үлэлиир массыына аккумулятордарын уонна сылытар тэриллэри оҥорор саҥа собуот аһылынна.",
    "Собуот салайааччыта Николай Егоров этэринэн, сылга 40 тыһыынча аккумулятор оҥоһуллуо.",
    "Бырайыакка 600 мөлүйүөн солкуобай укпуттар, собуокка 90 киһи үлэлиэ.",
    "Оҥоһуллубут бородууксуйа Саха сиригэр уонна Магадаан уобалаһыгар атыыланыа.",
]
NOISE = [
    "Ааптар: Айаал Сивцев",
    "Саҥа собуот цеха.",
    "Хаартыска: Туйаара Петрова",
    "Маны эмиэ ааҕыҥ: Кыһыҥҥы суолларга массыына ахсаана элбээтэ",
    "Тарҕат",
    "Telegram-каналбытыгар суруйтарыҥ",
    "Саҥа сонуннар",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T14:05:00+09:00",
        "author": {"@type": "Person", "name": "Айаал Сивцев"},
        "publisher": {"@type": "Organization", "name": "Кыым"}}
html = doc(T + " — Кыым", jsonld(data), f"""
<header><a class="logo">Кыым</a> <nav><a>Сонуннар</a> <a>Экономика</a> <a>Уопсастыба</a> <a>Култуура</a> <a>Спорт</a></nav></header>
<article class="news-full">
<div class="rubric">Экономика</div>
<h1>{esc(T)}</h1>
<div class="news-info"><span class="date">2026 сыл сэтинньи 26 күнэ, 14:05</span> <span class="author">{esc(NOISE[0])}</span></div>
<figure><img src="/upload/iblock/sobuot.jpg"><figcaption>{esc(NOISE[1])} {esc(NOISE[2])}</figcaption></figure>
<div class="news-text">
{ps(P[:2])}
<p><b>{esc(NOISE[3])}</b></p>
{ps(P[2:])}
</div>
<div class="share">{esc(NOISE[4])} <a>ВКонтакте</a> <a>Telegram</a></div>
<div class="subscribe">{esc(NOISE[5])}</div>
</article>
<aside><h3>{esc(NOISE[6])}</h3><ul><li><a>Мирнэйгэ саҥа автовокзал тутуллуо</a> <span>сэтинньи 25 күнэ</span></li></ul></aside>
""", lang="sah")
add("intl_sah_kyym", html,
    url="https://kyym.ru/news/economy/12345-dokuuskaiga-massyyna-akkumulyatordaryn-onoror-sana-sobuot", kind="intl",
    modelled_on="Кыым (kyym.ru, Sakha-language newspaper of Yakutia, Cyrillic) news page (header, rubric, h1, news-info with a year-first Sakha date 'YYYY сыл <month> D күнэ, HH:MM' and 'Ааптар:' (author) credit, photo caption with 'Хаартыска:' (photo) credit, bold 'Маны эмиэ ааҕыҥ:' (read this too) line inside the text, share, Telegram subscribe prompt, latest news with year-less dates; NewsArticle JSON-LD with +09:00)",
    language="sah", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Sakha year-first date with the month word and a day word: '2026 сыл сэтинньи 26 күнэ, 14:05' (сыл = year, сэтинньи = November, күнэ = day); Yakutsk is +09:00, the JSON-LD agrees. Author from 'Ааптар:'; the photographer ('Хаартыска:') is not. Side list year-less dates are noise.",
    classes=["sakha_month_word", "year_first_with_year_and_day_words", "cyrillic_other_language", "offset_plus_nine", "jsonld_agrees", "labelled_author_in_language", "photographer_not_author", "caption_photo_credit", "read_also_inside_body", "share_bar", "subscribe_prompt", "related_yearless_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T14:05:00+09:00",
    author="Айаал Сивцев", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_tpi_wantok
T = "Nupela stoa bilong salim ol spea pat bilong kar i op long Lae"
P = [
    "Wanpela kampani bilong Lae i opim nupela stoa bilong salim ol spea pat bilong kar na trak, na 30 manmeri i kisim wok.",
    "Menesa bilong kampani, Mista Joseph Kaupa, i tok planti draiva i save wet longpela taim long kisim ol pat long Pot Mosbi o Ostrelia.",
    "Kampani i putim K3 milien long wokim stoa na wanpela haus bilong holim ol pat.",
    "Em i tok kampani i laik opim narapela stoa long Hagen long yia 2027.",
]
NOISE = [
    "Stori na piksa: Janet Kila",
    "Nupela stoa long Lae.",
    "Ritim tu: Prais bilong ol taia i go antap",
    "Edita: Peter Wari",
    "Serim",
    "Ol narapela stori",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T16:30:00+10:00",
        "publisher": {"@type": "Organization", "name": "Wantok"}}
html = doc(T + " | Wantok", jsonld(data), f"""
<header><a class="logo">Wantok Niugini</a> <nav><a>Nius</a> <a>Bisnis</a> <a>Spot</a> <a>Provins</a></nav></header>
<article>
<div class="section">Bisnis</div>
<h1>{esc(T)}</h1>
<div class="meta"><span class="date">Fonde, 26.11.2026 | 4.30pm</span></div>
<p class="credit"><em>{esc(NOISE[0])}</em></p>
<figure><img src="/images/lae-stoa.jpg"><figcaption>{esc(NOISE[1])}</figcaption></figure>
<div class="story">
{ps(P[:2])}
<p><strong>{esc(NOISE[2])}</strong></p>
{ps(P[2:])}
<p class="editor">{esc(NOISE[3])}</p>
</div>
<div class="share">{esc(NOISE[4])} <a>Facebook</a></div>
</article>
<aside><h3>{esc(NOISE[5])}</h3><ul><li><a>Rot i go long Wau bai stret</a> <span>25.11.2026</span></li></ul></aside>
""", lang="tpi")
add("intl_tpi_wantok", html,
    url="https://www.wantok.example.pg/bisnis/nupela-stoa-bilong-salim-ol-spea-pat-i-op-long-lae", kind="intl",
    modelled_on="Wantok Niugini-style Tok Pisin weekly's news website (Papua New Guinea; domain a placeholder) story page (header, section, h1, meta with the Tok Pisin weekday, a dotted day-first date, a bar and a dotted 12-hour clock 'D.M.YYYY | H.MMpm', italic credit line 'Stori na piksa:' (story and picture), caption, bold 'Ritim tu:' (read also) line inside the text, 'Edita:' line closing the text, share, other stories with dotted dates; NewsArticle JSON-LD with +10:00)",
    language="tpi", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Tok Pisin weekday with a dotted day-first date and a dotted 12-hour clock: 'Fonde, 26.11.2026 | 4.30pm' (Fonde = Thursday; 4.30pm = 16:30); Papua New Guinea +10:00, the JSON-LD agrees. Credit 'Stori na piksa: Janet Kila' (story and picture) names the writer, who also took the photo → author. 'Edita: Peter Wari' → editor (labelled, as corpus L's Tetum page). Credit lines, caption and read-also line are noise.",
    classes=["tok_pisin_weekday", "dotted_dmy_date", "dotted_twelve_hour_clock", "bar_between_date_and_clock", "offset_plus_ten", "jsonld_agrees", "writer_and_photographer_same_person", "labelled_editor_in_language", "caption", "read_also_inside_body", "share_bar", "related_dates", "placeholder_domain", "no_source"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T16:30:00+10:00",
    author="Janet Kila", editor="Peter Wari", source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_ceb_superbalita
T = "Bag-ong pabrika sa piyesa sa sakyanan giablihan sa Mandaue"
P = [
    "Giablihan sa Mandaue ang bag-ong pabrika nga mohimo og mga piyesa sa sakyanan, ug gibanabana nga 400 ka mga lumulupyo ang makakuha og trabaho.",
    "Matod ni Engr. Ramon Abellana, manager sa kompaniya, ang pabrika mohimo og mga wiring harness ug brake pad alang sa mga kompaniya sa Japan.",
    "Migasto ang kompaniya og P850 milyones sa pagtukod sa pabrika sulod sa usa ka tuig.",
    "Nalipay ang mga opisyal sa siyudad tungod kay makadugang kini sa kita ug trabaho sa lungsod.",
]
NOISE = [
    "2 ka oras ang milabay",
    "Ang bag-ong pabrika sa Mandaue.",
    "Basaha usab: Presyo sa gasolina mobalik og saka",
    "Ipaambit",
    "Komento",
    "Mga may kalabotan nga balita",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-30T14:52:30+08:00",
        "author": {"@type": "Person", "name": "Rhea Villamor"},
        "publisher": {"@type": "Organization", "name": "SunStar"}}
html = doc(T + " | SunStar", '<meta property="article:published_time" content="2026-11-30T06:52:30Z">\n' + jsonld(data), f"""
<header><a class="logo">SunStar Superbalita Cebu</a> <nav><a>Balita</a> <a>Negosyo</a> <a>Sports</a> <a>Showbiz</a></nav></header>
<article class="story">
<div class="section">Negosyo</div>
<h1 class="headline">{esc(T)}</h1>
<div class="story-meta"><span class="byline">Ni <a>Rhea Villamor</a></span> <span class="published">{esc(NOISE[0])}</span></div>
<figure><img src="/images/mandaue-pabrika.jpg"><figcaption>{esc(NOISE[1])}</figcaption></figure>
<div class="story-body">
{ps(P[:2])}
<p><strong>{esc(NOISE[2])}</strong></p>
{ps(P[2:])}
</div>
<div class="share">{esc(NOISE[3])} <a>Facebook</a> <a>X</a></div>
<div class="comments"><h4>{esc(NOISE[4])}</h4></div>
</article>
<aside><h3>{esc(NOISE[5])}</h3><ul><li><a>Dugang barko sa pantalan sa Sugbo</a> <span>5 ka oras ang milabay</span></li></ul></aside>
""", lang="ceb")
add("intl_ceb_superbalita", html,
    url="https://www.sunstar.com.ph/superbalita-cebu/bag-ong-pabrika-sa-piyesa-sa-sakyanan-giablihan-sa-mandaue", kind="intl",
    modelled_on="SunStar Superbalita Cebu (sunstar.com.ph/superbalita-cebu, Cebuano tabloid of the SunStar group) story page (header, section, headline, story-meta with the byline 'Ni X' (by X) and a relative time in Cebuano, photo caption, bold 'Basaha usab:' (read also) line inside the text, share, comment heading, related news with relative times; NewsArticle JSON-LD with +08:00 and an article:published_time meta in UTC)",
    language="ceb", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Relative time in Cebuano: '2 ka oras ang milabay' (2 hours ago); fetched 2026-11-30 09:00 UTC = 17:00 in the Philippines. The JSON-LD datePublished 2026-11-30T14:52:30+08:00 (2 h 7 min earlier) states the exact time and agrees: it is the answer, with the Philippine offset (+08:00 on a non-Chinese page); article:published_time states the same instant in UTC. Author from 'Ni Rhea Villamor' (by). Caption, read-also line, share and comment heading are noise.",
    classes=["relative_hours_ago", "exact_time_in_jsonld", "offset_plus_eight_non_chinese", "utc_meta_same_instant", "byline_in_language", "caption", "read_also_inside_body", "share_bar", "comment_prompt", "related_relative_times", "no_source", "no_editor"],
    title=T, published_date="2026-11-30", published_at="2026-11-30T14:52:30+08:00",
    author="Rhea Villamor", editor=None, source=None, paragraphs=P, body_noise=NOISE)
