"""International pages, part A (Galician, Irish, Luxembourgish, Maltese, Faroese, Tajik, Somali)."""
from _common import FETCH_INTL, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- intl_gl_nosdiario
T = "Unha provedora de compoñentes do Porriño amplía a planta e contratará 180 persoas"
P = [
    "A empresa de compoñentes para automoción Iluminación Atlántica ampliará a súa planta do Porriño cun investimento de 42 millóns de euros e a contratación de 180 persoas nos próximos dous anos.",
    "A nova liña producirá módulos de iluminación para vehículos eléctricos, un produto que ata agora a compañía fabricaba só na súa planta de Portugal. A produción comezará no segundo semestre de 2027.",
    "Segundo explicou o director xeral da firma, Brais Couto, a decisión responde á demanda das fábricas de automóbiles da contorna, que reclaman provedores máis próximos para reducir os custos loxísticos.",
    "Os sindicatos valoraron o anuncio, pero lembraron que o sector da automoción na área de Vigo aínda ten pendente a negociación do convenio colectivo provincial.",
]
NOISE = [
    "A empresa investirá 42 millóns de euros nunha nova liña de módulos de iluminación para vehículos eléctricos",
    "Instalacións da empresa no polígono das Gándaras, no Porriño.",
    "Arquivo",
    "Le tamén: O metal de Pontevedra convoca folga para o mes de novembro",
    "Subscríbete ao boletín de Nós Diario",
    "Máis novas",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-10-23T09:40:00+02:00", "dateModified": "2026-10-23T09:40:00+02:00",
        "author": {"@type": "Person", "name": "Uxía Pereiro"},
        "publisher": {"@type": "Organization", "name": "Nós Diario"}}
html = doc(T + " - Nós Diario", jsonld(data), f"""
<header class="cabeceira"><a class="logo">Nós Diario</a> <nav><a>Galiza</a> <a>Política</a> <a>Economía</a> <a>Mundo</a> <a>Cultura</a></nav></header>
<article class="artigo">
<div class="seccion"><a>Economía</a></div>
<h1 class="titulo">{esc(T)}</h1>
<h2 class="subtitulo">{esc(NOISE[0])}</h2>
<div class="meta"><span class="autor">Uxía Pereiro</span> <span class="data"><time datetime="2026-10-23T09:40:00+02:00">Venres, 23 de outubro de 2026, 09:40</time></span></div>
<figure><img src="/imaxes/porrino.jpg"><figcaption>{esc(NOISE[1])} <span class="credito">Arquivo</span></figcaption></figure>
<div class="corpo">
{ps(P[:2])}
<p class="relacionada"><strong>Le tamén: <a>O metal de Pontevedra convoca folga para o mes de novembro</a></strong></p>
{ps(P[2:])}
</div>
<div class="boletin">{esc(NOISE[4])}</div>
</article>
<aside><h3>Máis novas</h3><ul><li><a>A Zona Franca de Vigo licita novas naves</a> <time>22/10/2026</time></li></ul></aside>
""", lang="gl")
add("intl_gl_nosdiario", html,
    url="https://www.nosdiario.gal/articulo/economia/provedora-componentes-porrino-amplia-planta-contratara-180-persoas/20261023094000187654.html",
    kind="intl",
    modelled_on="Nós Diario (nosdiario.gal, Galician-language daily) article page (section link, h1 titulo, h2 subtitulo deck, meta with the author and a <time datetime> whose text is 'Weekday, D de month de YYYY, HH:MM' in Galician, photo caption with an 'Arquivo' credit, bold 'Le tamén:' (read also) link inside the text, newsletter box, more news with dates; NewsArticle JSON-LD with +02:00; URL ending in a timestamp-like id)",
    language="gl", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Galician date 'Venres, 23 de outubro de 2026, 09:40' (venres = Friday, outubro = October). Summer time: on 2026-10-23 Spain is still on CEST (the change is on 25 October), so +02:00; <time datetime> and JSON-LD agree. The subtitulo is a deck, not body. Photo caption and credit noise.",
    classes=["galician_weekday_month", "dst_summer_offset", "time_datetime_agrees", "jsonld_agrees", "deck_subtitle", "caption_photo_credit", "read_also_inside_body", "newsletter_prompt", "url_date", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-10-23", published_at="2026-10-23T09:40:00+02:00",
    author="Uxía Pereiro", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_ga_tuairisc
T = "Monarcha páirteanna gluaisteán sa Ghaeltacht le 100 post a chruthú"
P = [
    "Cruthófar 100 post nua i monarcha páirteanna gluaisteán i gCo. na Gaillimhe thar an dá bhliain atá romhainn, de réir fógra a rinneadh inné.",
    "Déanfaidh an comhlacht Connemara Precision comhpháirteanna leictreonacha do charranna leictreacha sa mhonarcha nua ar an eastát tionsclaíochta i gCasla.",
    "Tá €18 milliún á infheistiú sa togra agus tá tacaíocht faighte ag an gcomhlacht ó Údarás na Gaeltachta.",
    "Dúirt príomhfheidhmeannach an chomhlachta, Pádraig Ó Conghaile, go raibh sé tábhachtach go mbeadh fostaíocht ardoilte ar fáil sa cheantar do dhaoine óga.",
]
NOISE = [
    "An t-eastát tionsclaíochta i gCasla",
    "Grianghraf: Seán Ó Mainnín",
    "Léigh freisin: Fostaíocht sa Ghaeltacht ag a leibhéal is airde le deich mbliana",
    "Roinn",
    "Tuilleadh scéalta",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-10-24T07:15:00+01:00",
        "author": {"@type": "Person", "name": "Caoimhe Ní Fhlatharta"},
        "publisher": {"@type": "Organization", "name": "Tuairisc.ie"}}
html = doc(T + " | Tuairisc.ie", jsonld(data), f"""
<header class="site-header"><a class="logo">Tuairisc.ie</a> <nav><a>Nuacht</a> <a>Gnó</a> <a>Spórt</a> <a>Tuairimí</a> <a>Cultúr</a></nav></header>
<article class="post">
<div class="category"><a>Gnó</a></div>
<h1 class="entry-title">{esc(T)}</h1>
<div class="byline">Le <a class="author">Caoimhe Ní Fhlatharta</a></div>
<div class="entry-date">Dé Sathairn 24 Deireadh Fómhair 2026</div>
<figure><img src="/wp-content/uploads/2026/10/casla.jpg"><figcaption>{esc(NOISE[0])} <span class="credit">Grianghraf: Seán Ó Mainnín</span></figcaption></figure>
<div class="entry-content">
{ps(P[:2])}
<p><strong>Léigh freisin: <a>Fostaíocht sa Ghaeltacht ag a leibhéal is airde le deich mbliana</a></strong></p>
{ps(P[2:])}
</div>
<div class="share">Roinn</div>
</article>
<aside><h3>Tuilleadh scéalta</h3><ul><li><a>Ionad nua taighde in Ollscoil na Gaillimhe</a></li></ul></aside>
""", lang="ga")
add("intl_ga_tuairisc", html,
    url="https://tuairisc.ie/monarcha-pairteanna-gluaisteain-sa-ghaeltacht-le-100-post-a-chruthu/", kind="intl",
    modelled_on="Tuairisc.ie (Irish-language news site, WordPress) post (category, entry-title h1, byline 'Le X' (by X), date-only line 'Weekday D Month YYYY' with the Irish weekday and the two-word month, featured image with 'Grianghraf:' credit, bold 'Léigh freisin:' (read also) link inside the text, share, more stories; NewsArticle JSON-LD with the time and +01:00)",
    language="ga", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Irish date 'Dé Sathairn 24 Deireadh Fómhair 2026' (Saturday; Deireadh Fómhair = October, two words), date only; the time comes from the JSON-LD (07:15, same day). Irish Standard Time (summer) until 25 October 2026: +01:00. 'inné' (yesterday) in the text is a word of the story, not a date of the page. Byline 'Le X' → X. Photographer credit not an author.",
    classes=["irish_weekday_month", "two_word_month", "date_only_visible", "time_only_in_jsonld", "dst_summer_offset", "by_prefix_byline", "caption_photo_credit", "read_also_inside_body", "share_bar", "relative_word_in_body", "no_source", "no_editor"],
    title=T, published_date="2026-10-24", published_at="2026-10-24T07:15:00+01:00",
    author="Caoimhe Ní Fhlatharta", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_lb_rtl
T = "Autozouliwwerer zu Bissen schaaft 120 nei Aarbechtsplazen"
P = [
    "Den Automobilzouliwwerer Mosel Components wëll säi Site zu Bissen ausbauen. Bis 2028 sollen do 120 nei Leit agestallt ginn.",
    "D'Entreprise produzéiert Elektronikdeeler fir Batteriesystemer vun Elektroautoen. Mat der neier Produktiounshal soll d'Kapazitéit bal verduebelt ginn.",
    "De Wirtschaftsminister huet de Projet e Sonndeg als e wichtegt Signal fir den Industriestanduert Lëtzebuerg bezeechent. De Staat ënnerstëtzt d'Investitioun mat enger Hëllef vu fënnef Milliounen Euro.",
    "D'Gewerkschaften begréissen d'Ukënnegung, fuerderen awer, datt och déi aktuell Mataarbechter fir déi nei Technologien weidergebilt ginn.",
]
NOISE = [
    "Aktualiséiert: Gëschter, 16:05",
    "D'Produktiounshal zu Bissen",
    "© RTL Archiv",
    "Liest och: Industrie am Grand-Duché: Dräi Betriber kréien Hëllef fir d'Transitioun",
    "Deelen",
    "Kommentarer",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-29T14:30:12+01:00", "dateModified": "2026-11-29T16:05:40+01:00",
        "author": [{"@type": "Person", "name": "Lisa Hoffmann"}],
        "publisher": {"@type": "Organization", "name": "RTL Lëtzebuerg"}}
html = doc(T + " - RTL Today", jsonld(data), f"""
<header class="rtl-header"><a class="logo">RTL</a> <nav><a>News</a> <a>National</a> <a>Wirtschaft</a> <a>Sport</a> <a>Kultur</a></nav></header>
<article class="article">
<div class="article-category">National</div>
<h1 class="article-title">{esc(T)}</h1>
<div class="article-meta"><span class="author">Lisa Hoffmann</span> <span class="published">Gëschter, 14:30</span> <span class="updated">Aktualiséiert: Gëschter, 16:05</span></div>
<figure><img src="/img/bissen.jpg"><figcaption>{esc(NOISE[1])} <span class="copyright">© RTL Archiv</span></figcaption></figure>
<div class="article-body">
<p class="lead"><strong>{esc(P[0])}</strong></p>
<p>{esc(P[1])}</p>
<p class="read-also">Liest och: <a>Industrie am Grand-Duché: Dräi Betriber kréien Hëllef fir d'Transitioun</a></p>
{ps(P[2:])}
</div>
<div class="share">Deelen</div>
<section class="comments">Kommentarer</section>
</article>
""", lang="lb")
add("intl_lb_rtl", html,
    url="https://www.rtl.lu/news/national/a/2298765.html", kind="intl",
    modelled_on="RTL.lu (RTL Lëtzebuerg, Luxembourgish news site) article page (category, h1, article-meta with the author and a relative 'Gëschter, HH:MM' (yesterday) time plus an 'Aktualiséiert: Gëschter, HH:MM' update, photo caption with © credit, bold lead paragraph, 'Liest och:' (read also) link inside the text, share, comments; NewsArticle JSON-LD with +01:00, seconds and a later dateModified)",
    language="lb", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Relative day word in Luxembourgish: 'Gëschter, 14:30' = yesterday; fetched 2026-11-30 09:00 UTC (10:00 in Luxembourg), so yesterday is 2026-11-29 (a Sunday — the text's 'e Sonndeg' agrees). JSON-LD datePublished 2026-11-29T14:30:12+01:00 agrees to the minute and gives the seconds; the update (16:05) never wins. The bold lead is the first body paragraph.",
    classes=["relative_yesterday_other_language", "published_and_updated_lines", "update_in_jsonld", "jsonld_seconds_agree", "lead_paragraph_bold", "caption_photo_credit", "read_also_inside_body", "share_bar", "no_source", "no_editor"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T14:30:12+01:00",
    author="Lisa Hoffmann", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_mt_tvm
T = "Kumpanija tal-partijiet tal-karozzi tespandi fil-Ħal Far b'150 impjieg ġdid"
P = [
    "Kumpanija li tipproduċi partijiet elettroniċi għall-karozzi elettriċi se tespandi l-fabbrika tagħha fil-Ħal Far, b'investiment ta' €25 miljun.",
    "Il-proġett mistenni joħloq 150 impjieg ġdid fis-sentejn li ġejjin, l-aktar għal inġiniera u tekniċi.",
    "Il-kap eżekuttiv tal-kumpanija, Mark Vella, qal li d-domanda mill-manifatturi Ewropej tal-karozzi kibret b'mod konsiderevoli din is-sena.",
    "Il-Ministru għall-Ekonomija qal li l-investiment juri l-fiduċja tal-industrija fil-ħaddiema Maltin.",
]
NOISE = [
    "Ritratt: Joe Borg",
    "Il-fabbrika fil-Ħal Far",
    "Aqra wkoll: Żieda fl-esportazzjoni tal-prodotti elettroniċi",
    "Aqsam",
    "L-aħħar aħbarijiet",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-10-26T18:45:00+01:00",
        "author": {"@type": "Person", "name": "Maria Camilleri"},
        "publisher": {"@type": "Organization", "name": "TVMnews.mt"}}
html = doc(T + " - TVMnews.mt", jsonld(data), f"""
<header><a class="logo">TVMnews</a> <nav><a>Aħbarijiet</a> <a>Lokali</a> <a>Ekonomija</a> <a>Sport</a></nav></header>
<article class="news-article">
<div class="cat">Ekonomija</div>
<h1>{esc(T)}</h1>
<div class="byline">Minn <a>Maria Camilleri</a></div>
<div class="photo-credit">Ritratt: Joe Borg</div>
<figure><img src="/uploads/halfar.jpg"><figcaption>{esc(NOISE[1])}</figcaption></figure>
<div class="date">It-Tnejn, 26 ta' Ottubru 2026 – 18:45</div>
<div class="content">
{ps(P[:2])}
<p><a class="related">Aqra wkoll: Żieda fl-esportazzjoni tal-prodotti elettroniċi</a></p>
{ps(P[2:])}
</div>
<div class="share">Aqsam</div>
</article>
<aside><h3>L-aħħar aħbarijiet</h3><ul><li><a>Il-Parlament jiddiskuti l-baġit</a></li></ul></aside>
""", lang="mt")
add("intl_mt_tvm", html,
    url="https://tvmnews.mt/news/kumpanija-tal-partijiet-tal-karozzi-tespandi-fil-hal-far/", kind="intl",
    modelled_on="TVMnews.mt (PBS Malta news site, Maltese edition) article page (category, h1, byline 'Minn X' (by X) with a 'Ritratt: Y' photo credit directly under it, lead photo with caption, date line 'Weekday, D ta' Month YYYY – HH:MM' in Maltese below the photo, 'Aqra wkoll:' (read also) link inside the text, share, latest news; NewsArticle JSON-LD with +01:00)",
    language="mt", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Maltese date 'It-Tnejn, 26 ta' Ottubru 2026 – 18:45' (Monday; Ottubru = October). DST had ended the day before (25 October 2026), so Malta is on CET: +01:00, not +02:00; JSON-LD agrees. Photo credit 'Ritratt: Joe Borg' directly under the byline: the photographer is not an author; author from 'Minn Maria Camilleri'.",
    classes=["maltese_weekday_month", "dst_just_ended_offset", "jsonld_agrees", "by_prefix_byline", "photo_credit_near_byline", "photographer_not_author", "date_below_photo", "read_also_inside_body", "share_bar", "no_source", "no_editor"],
    title=T, published_date="2026-10-26", published_at="2026-10-26T18:45:00+01:00",
    author="Maria Camilleri", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_fo_kvf
T = "Bilverkstað í Runavík byrjar at umvæla battarí til elbilar"
P = [
    "Ein bilverkstað í Runavík fer í heyst at umvæla battarí til elbilar. Higartil hava battaríini verið send til Danmarkar.",
    "Eigarin, Rói Hansen, sigur, at tørvurin er vaksin munandi, síðani elbilarnir gjørdust vanligir í Føroyum.",
    "Verkstaðið hevur keypt nýggja útgerð fyri umleið tvær milliónir krónur, og tveir mekanikarar hava verið á skeiði í Noregi.",
    "Sambært bilsølum í landinum var meira enn triðingurin av nýggju bilunum, sum vórðu seldir í fjør, elbilar.",
]
NOISE = [
    "Mynd: KVF",
    "Les eisini: Fleiri elbilar á føroysku vegunum",
    "Deil",
    "Seinastu tíðindi",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-09-15T11:20:00+01:00",
        "author": {"@type": "Person", "name": "Jógvan Joensen"},
        "publisher": {"@type": "Organization", "name": "Kringvarp Føroya"}}
html = doc(T + " | KVF", jsonld(data), f"""
<header class="kvf-header"><a class="logo">KVF</a> <nav><a>Tíðindi</a> <a>Ítróttur</a> <a>Sjónvarp</a> <a>Útvarp</a></nav></header>
<article class="grein">
<h1>{esc(T)}</h1>
<div class="info"><span class="hovundur">Jógvan Joensen</span> · <span class="dato">týsdagur 15. september 2026 kl. 11:20</span></div>
<figure><img src="/myndir/runavik.jpg"><figcaption>Mynd: KVF</figcaption></figure>
<div class="tekstur">
{ps(P[:2])}
<p class="les-eisini"><a>Les eisini: Fleiri elbilar á føroysku vegunum</a></p>
{ps(P[2:])}
</div>
<div class="deil">Deil</div>
</article>
<aside><h3>Seinastu tíðindi</h3><ul><li><a>Nýggj ferjuruta til Suðuroyar</a></li></ul></aside>
""", lang="fo")
add("intl_fo_kvf", html,
    url="https://kvf.fo/greinir/2026/09/15/bilverkstad-i-runavik-byrjar-at-umvaela-battari", kind="intl",
    modelled_on="Kringvarp Føroya (kvf.fo, Faroese public broadcaster) news article (path invented; header, h1, info line with the author and a date 'weekday D. month YYYY kl. HH:MM' in Faroese, photo with 'Mynd:' credit, 'Les eisini:' (read also) link inside the text, share, latest news; NewsArticle JSON-LD with +01:00; URL with the date)",
    language="fo", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Faroese date 'týsdagur 15. september 2026 kl. 11:20' (Tuesday; 'kl.' = o'clock). The Faroe Islands keep Western European time, not Denmark's: in September (summer time) that is +01:00 (Copenhagen would be +02:00); JSON-LD agrees. Photo credit noise.",
    classes=["faroese_weekday_month", "kl_clock_word", "zone_differs_from_mother_country", "dst_summer_offset", "jsonld_agrees", "caption_photo_credit", "read_also_inside_body", "share_bar", "url_date", "no_source", "no_editor"],
    title=T, published_date="2026-09-15", published_at="2026-09-15T11:20:00+01:00",
    author="Jógvan Joensen", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_tg_khovar
T = "Дар Хуҷанд корхонаи истеҳсоли қисмҳои эҳтиётии автомобил ба кор оғоз кард"
P = [
    "ХУҶАНД, 26.11.2026 /АМИТ «Ховар»/. Дар шаҳри Хуҷанд корхонаи нави истеҳсоли қисмҳои эҳтиётии автомобил ба фаъолият оғоз намуд.",
    "Корхона дар як сол то 200 ҳазор филтри равған ва ҳаво истеҳсол мекунад. Маҳсулот барои бозори дохилӣ ва содирот ба кишварҳои ҳамсоя пешбинӣ шудааст.",
    "Ба гуфтаи роҳбари корхона Фарҳод Назаров, дар корхона 85 ҷойи нави корӣ таъсис дода шуд.",
    "Лоиҳа бо маблағи 3,5 миллион доллари ИМА амалӣ гардидааст.",
]
NOISE = [
    "Ҷамшед Раҳимов, хабарнигори «Ховар» дар вилояти Суғд",
    "Мубодила",
    "Хабарҳои охирин",
]
head = ('<meta property="article:published_time" content="2026-11-26T10:15:00+05:00">\n'
        '<meta property="og:site_name" content="Ховар">')
html = doc(T + " | Ховар", head, f"""
<header class="header"><a class="logo">ХОВАР</a> <nav><a>Сиёсат</a> <a>Иқтисодиёт</a> <a>Ҷомеа</a> <a>Фарҳанг</a></nav></header>
<article class="post">
<div class="cat">Иқтисодиёт</div>
<h1 class="entry-title">{esc(T)}</h1>
<div class="entry-meta"><span class="date">26.11.2026 10:15</span></div>
<div class="entry-content">
{ps(P)}
<p class="author-line"><em>{esc(NOISE[0])}</em></p>
</div>
<div class="share">Мубодила</div>
</article>
<aside><h3>Хабарҳои охирин</h3><ul><li><a>Дар Душанбе намоишгоҳи саноатӣ кушода шуд</a> <span>09:40</span></li></ul></aside>
""", lang="tg")
add("intl_tg_khovar", html,
    url="https://khovar.tj/2026/11/dar-khujand-korkhonai-istehsoli-qismhoi-ehtiyotii-avtomobil/", kind="intl",
    modelled_on="Ховар (khovar.tj, National Information Agency of Tajikistan, Tajik edition, WordPress) post (category, entry-title h1, entry-meta with a dotted 'DD.MM.YYYY HH:MM' date, agency dateline 'CITY, DD.MM.YYYY /АМИТ «Ховар»/.' opening the text, italic 'Name, correspondent of «Ховар» in region' line closing it, share, latest news with time-only entries; article:published_time meta with +05:00)",
    language="tg", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Tajik (Cyrillic). Date '26.11.2026 10:15' (dotted day-first); Tajikistan is +05:00 all year; meta agrees. The agency dateline 'ХУҶАНД, 26.11.2026 /АМИТ «Ховар»/.' opens the first sentence and stays. Credit only after the body: 'Ҷамшед Раҳимов, хабарнигори «Ховар» дар вилояти Суғд' (correspondent in Sughd region) → author Ҷамшед Раҳимов, the line is noise (agency and bureau are not authors).",
    classes=["cyrillic_text", "tajik_letters", "dotted_dmy_date", "agency_dateline_in_first_paragraph", "credits_after_body_only", "bureau_byline", "meta_time_agrees", "time_only_sidebar", "share_bar", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:15:00+05:00",
    author="Ҷамшед Раҳимов", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_so_hiiraan
T = "Ganacsatada qalabka gawaarida ee Muqdisho oo ka cabanaya canshuuraha cusub"
P = [
    "Muqdisho (HOL) — Ganacsatada ka ganacsada qalabka dayactirka gawaarida ee magaalada Muqdisho ayaa ka cabanaya canshuuraha cusub ee lagu soo rogay alaabta laga keeno dibadda.",
    "Ganacsatadan ayaa sheegay in qiimaha qalabka sida taayirada, baytariyada iyo shaandhooyinka saliidda uu kor u kacay boqolkiiba labaatan toddobaadyadii la soo dhaafay.",
    "Cabdiraxmaan Xasan oo dukaan ku leh suuqa Bakaaraha ayaa yiri: “Macaamiishu way yaraadeen, dadkuna waxay iibsanayaan qalab la isticmaalay.”",
    "Wasaaradda Maaliyadda ayaa sheegtay in canshuurahan loogu talagalay in lagu xoojiyo dakhliga dowladda, isla markaana ay dib u eegi doonto cabashooyinka ganacsatada.",
]
REL = [
    "Dekedda Muqdisho oo la dhisayo qaybo cusub",
    "Qiimaha shidaalka oo hoos u dhacay",
]
NOISE = REL + [
    "Wararka kale",
    "Hiiraan Online",
    "Ku soo biir Hiiraan Online Facebook",
]
html = doc(T, '<meta name="description" content="Ganacsatada qalabka gawaarida ee Muqdisho">', f"""
<table class="layout" width="980"><tr><td>
<div class="masthead"><a class="logo">Hiiraan Online</a> <a>Wararka</a> <a>Aragtiyaha</a> <a>Ganacsi</a> <a>English</a></div>
<div class="news">
<div class="date">Khamiis, Nofeembar 26, 2026</div>
<h1>{esc(T)}</h1>
<div class="body">
{ps(P)}
<div class="more"><b>Wararka kale</b><ul><li><a>{esc(REL[0])}</a></li><li><a>{esc(REL[1])}</a></li></ul></div>
</div>
</div>
<div class="fb">Ku soo biir Hiiraan Online Facebook</div>
</td></tr></table>
""", lang="so")
add("intl_so_hiiraan", html,
    url="https://www.hiiraan.com/news4/2026/Nov/201234/ganacsatada_qalabka_gawaarida_ee_muqdisho.aspx", kind="intl",
    modelled_on="Hiiraan Online (hiiraan.com, Somali news site) news page on its old table layout (masthead, date line 'Weekday, Month D, YYYY' in Somali ABOVE the h1, text opening with the 'Muqdisho (HOL) —' dateline, 'Wararka kale' (other news) list immediately after the text inside the same body block, Facebook prompt; URL with year and English month abbreviation; no page data)",
    language="so", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Somali date 'Khamiis, Nofeembar 26, 2026' (Thursday; Nofeembar = November), month first, date only and no time anywhere (no page data): published_at null. Related list right after the text inside the body block ('Wararka kale' and its titles): noise. The '(HOL)' dateline stays in the first sentence. No byline.",
    classes=["somali_weekday_month", "month_first_date", "date_above_headline", "date_only_no_time", "related_list_inside_text_container", "dateline_in_first_paragraph", "table_layout", "url_month", "no_author", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at=None,
    author=None, editor=None, source=None, paragraphs=P, body_noise=NOISE)
