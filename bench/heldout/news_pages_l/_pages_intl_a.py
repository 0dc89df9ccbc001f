"""International pages, part A (Romansh, Telugu, Kannada, Turkmen)."""
from _common import FETCH_INTL, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- intl_rm_rtr
T = "Fabrica da parts d'autos a Glion engascha 60 persunas supplementaras"
P = [
    "La firma Precisiun Surselva SA, che producescha parts per sistems da frenar d'autos electrics, vul engaschar fin la fin da l'onn 2027 60 collavuraturs supplementars a Glion.",
    "Il manader da l'interpresa, Gion Casanova, ha declerà che las empustaziuns da fabricants d'autos tudestgs sajan creschidas fermamain quest onn. La firma investescha 25 milliuns francs en ina nova halla da producziun.",
    "La regenza dal Grischun beneventa il project. I saja impurtant che plazzas da lavur qualifitgadas vegnian creadas er en las regiuns periferas, ha ditg il cusseglier guvernativ responsabel.",
    "La nova halla duai entrar en funcziun la primavaira 2028. Actualmain lavuran 140 persunas tar Precisiun Surselva.",
]
NOISE = [
    "Actualisà: Gievgia, 26.11.2026, 14:40",
    "La halla da producziun existenta a Glion.",
    "RTR/Archiv",
    "Leger era: Il turissem d'enviern en il Grischun spera sin ina buna stagiun",
    "Parter",
    "Ulteriuras novitads",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T10:15:00+01:00", "dateModified": "2026-11-26T14:40:00+01:00",
        "author": {"@type": "Person", "name": "Ladina Cathomen"},
        "publisher": {"@type": "Organization", "name": "RTR"}}
html = doc(T + " - Novitads - RTR", jsonld(data), f"""
<header class="srg-header"><a class="logo">RTR</a> <nav><a>Novitads</a> <a>Sport</a> <a>Cultura</a> <a>Radio</a> <a>Televisiun</a> <a>Play RTR</a></nav></header>
<main>
<article class="article">
<div class="article-kicker">Economia</div>
<h1 class="article-title">{esc(T)}</h1>
<div class="article-author">Autura: <span class="name">Ladina Cathomen</span></div>
<p class="article-meta"><span class="published">Gievgia, 26.11.2026, 10:15</span><br><span class="updated">{esc(NOISE[0])}</span></p>
<figure><img src="/img/glion-halla.jpg"><figcaption>{esc(NOISE[1])} <span class="copyright">{esc(NOISE[2])}</span></figcaption></figure>
<div class="article-body">
{ps(P[:2])}
<p class="related-inline"><strong>Leger era: <a>Il turissem d'enviern en il Grischun spera sin ina buna stagiun</a></strong></p>
{ps(P[2:])}
</div>
<div class="share"><span>Parter</span> <a>Facebook</a> <a>WhatsApp</a> <a>E-mail</a></div>
</article>
<aside><h2>Ulteriuras novitads</h2><ul><li><a>La Viafier retica cumpra novs trens</a></li></ul></aside>
</main>
""", lang="rm")
add("intl_rm_rtr", html,
    url="https://www.rtr.ch/novitads/grischun/economia-fabrica-da-parts-dautos-a-glion-engascha-60-persunas", kind="intl",
    modelled_on="RTR (rtr.ch, Radiotelevisiun Svizra Rumantscha, SRG template, Romansh edition) article page (kicker, h1, 'Autura:' byline, meta line 'Weekday, DD.MM.YYYY, HH:MM' in Romansh with an 'Actualisà:' update line under it, photo with caption and © credit, bold 'Leger era:' (read also) link inside the text, share, more news; NewsArticle JSON-LD with +01:00 and a later dateModified)",
    language="rm", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Romansh weekday and dotted day-first date: 'Gievgia, 26.11.2026, 10:15' (Gievgia = Thursday; 2026-11-26 is a Thursday). The 'Actualisà:' (updated) line at 14:40 never wins. Switzerland in November: +01:00; the JSON-LD agrees. Author from 'Autura:' (female form of 'author'). Caption, credit and read-also link are noise.",
    classes=["romansh_weekday", "dotted_dmy_date", "published_and_updated_lines", "update_in_jsonld", "jsonld_agrees", "author_label", "caption_photo_credit", "read_also_inside_body", "share_bar", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:15:00+01:00",
    author="Ladina Cathomen", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_te_sakshi
T = "హైదరాబాద్‌ సమీపంలో ఈవీ విడిభాగాల పరిశ్రమ: రూ.1,200 కోట్ల పెట్టుబడి"
P = [
    "సాక్షి, హైదరాబాద్‌: విద్యుత్‌ వాహనాల విడిభాగాల తయారీ సంస్థ వోల్టా కాంపోనెంట్స్‌ హైదరాబాద్‌ సమీపంలో రూ.1,200 కోట్లతో కొత్త పరిశ్రమను ఏర్పాటు చేయనుంది.",
    "ఈ పరిశ్రమలో బ్యాటరీ నిర్వహణ వ్యవస్థలు, మోటార్‌ కంట్రోలర్లు తయారు చేస్తామని సంస్థ ప్రతినిధులు తెలిపారు. దీని ద్వారా సుమారు 1,800 మందికి ఉపాధి లభిస్తుందని వారు చెప్పారు.",
    "రాష్ట్ర పరిశ్రమల శాఖ అధికారులు ఈ ప్రాజెక్టుకు అవసరమైన భూమిని కేటాయించారు. మొదటి దశ ఉత్పత్తి 2027 చివరి నాటికి ప్రారంభమవుతుందని అంచనా.",
    "రాష్ట్రంలో విద్యుత్‌ వాహనాల తయారీకి అనుకూల వాతావరణం ఉందని, మరిన్ని విడిభాగాల సంస్థలు ముందుకు వస్తున్నాయని అధికారులు పేర్కొన్నారు.",
]
NOISE = [
    "Last Updated on Thu, Nov 26 2026 11:02 AM",
    "ప్రతీకాత్మక చిత్రం",
    "ఇవి కూడా చదవండి",
    "తెలంగాణలో ఈవీ ఛార్జింగ్‌ కేంద్రాల విస్తరణ",
    "సంబంధిత వార్తలు",
    "Follow us on:",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T10:15:42+05:30", "dateModified": "2026-11-26T11:02:10+05:30",
        "author": {"@type": "Organization", "name": "Sakshi"},
        "publisher": {"@type": "Organization", "name": "Sakshi"}}
html = doc(T + " | Sakshi", jsonld(data), f"""
<header><a class="logo">సాక్షి</a> <nav><a>తెలంగాణ</a> <a>ఆంధ్రప్రదేశ్‌</a> <a>జాతీయం</a> <a>బిజినెస్‌</a> <a>సినిమా</a> <a>స్పోర్ట్స్‌</a></nav></header>
<div class="breadcrumb"><a>హోం</a> » <a>బిజినెస్‌</a></div>
<article>
<h1 class="article-title">{esc(T)}</h1>
<div class="article-dates"><span class="published">Published Thu, Nov 26 2026 10:15 AM</span> | <span class="updated">{esc(NOISE[0])}</span></div>
<figure><img src="/sites/default/files/article_images/2026/11/26/ev-parts.jpg"><figcaption>{esc(NOISE[1])}</figcaption></figure>
<div class="field-item">
{ps(P)}
</div>
<div class="also-read"><h3>ఇవి కూడా చదవండి</h3><ul><li><a>{esc(NOISE[3])}</a></li></ul></div>
</article>
<aside><h3>సంబంధిత వార్తలు</h3><ul><li><a>ఆటో విడిభాగాల ఎగుమతుల్లో వృద్ధి</a></li></ul></aside>
<div class="follow">Follow us on: <a>Facebook</a> <a>X</a> <a>YouTube</a></div>
""", lang="te")
add("intl_te_sakshi", html,
    url="https://www.sakshi.com/telugu-news/business/ev-parts-unit-near-hyderabad-1200-crore-investment-2312345", kind="intl",
    modelled_on="సాక్షి / Sakshi (sakshi.com, Telugu daily) article page (header with state tabs, breadcrumb with », h1, date line in English 'Published Thu, Mon D YYYY HH:MM AM | Last Updated on Thu, Mon D YYYY HH:MM AM', lead image with 'ప్రతీకాత్మక చిత్రం' (representative image) caption, text opening with the 'సాక్షి, హైదరాబాద్‌:' dateline, also-read block, related news, follow links; NewsArticle JSON-LD with +05:30, seconds and a later dateModified)",
    language="te", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Telugu text with an English date line carrying both labels: 'Published Thu, Nov 26 2026 10:15 AM | Last Updated on Thu, Nov 26 2026 11:02 AM' — the Published one wins (12-hour clock, weekday agrees). No zone printed; the JSON-LD datePublished 2026-11-26T10:15:42+05:30 agrees to the minute and gives the seconds and India's offset. The dateline 'సాక్షి, హైదరాబాద్‌:' opens paragraph 1 and stays. No byline: author null (the JSON-LD author is the organisation).",
    classes=["telugu_script", "english_labels_on_other_language_page", "published_and_updated_labels", "twelve_hour_clock", "weekday_with_date", "jsonld_seconds_agree", "dateline_in_first_paragraph", "caption", "also_read_block", "follow_prompt", "no_author", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:15:42+05:30",
    author=None, editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_kn_prajavani
T = "ಆನೇಕಲ್‌ನಲ್ಲಿ ವಿದ್ಯುತ್ ವಾಹನ ಬಿಡಿಭಾಗ ಘಟಕ: 900 ಉದ್ಯೋಗ ಸೃಷ್ಟಿ"
P = [
    "ಬೆಂಗಳೂರು: ವಿದ್ಯುತ್ ವಾಹನಗಳ ಬಿಡಿಭಾಗಗಳನ್ನು ತಯಾರಿಸುವ ಕಾವೇರಿ ಇ-ಮೊಬಿಲಿಟಿ ಸಂಸ್ಥೆ, ಆನೇಕಲ್ ತಾಲ್ಲೂಕಿನಲ್ಲಿ ₹650 ಕೋಟಿ ವೆಚ್ಚದಲ್ಲಿ ಹೊಸ ಘಟಕ ಸ್ಥಾಪಿಸಲಿದೆ.",
    "ಈ ಘಟಕದಲ್ಲಿ ವಿದ್ಯುತ್ ಮೋಟಾರ್‌ಗಳು ಮತ್ತು ಚಾರ್ಜರ್‌ಗಳನ್ನು ತಯಾರಿಸಲಾಗುವುದು. ಸುಮಾರು 900 ಮಂದಿಗೆ ನೇರ ಉದ್ಯೋಗ ಸಿಗಲಿದೆ ಎಂದು ಸಂಸ್ಥೆಯ ಮುಖ್ಯಸ್ಥ ರಾಘವೇಂದ್ರ ರಾವ್ ತಿಳಿಸಿದರು.",
    "ರಾಜ್ಯ ಸರ್ಕಾರದ ಕೈಗಾರಿಕಾ ನೀತಿಯ ಅಡಿಯಲ್ಲಿ ಸಂಸ್ಥೆಗೆ ಭೂಮಿ ಹಾಗೂ ತೆರಿಗೆ ರಿಯಾಯಿತಿ ನೀಡಲಾಗಿದೆ. ಮೊದಲ ಹಂತದ ಉತ್ಪಾದನೆ 2027ರ ಸೆಪ್ಟೆಂಬರ್‌ನಲ್ಲಿ ಆರಂಭವಾಗಲಿದೆ.",
    "ಹೊಸೂರು ರಸ್ತೆಯ ಸುತ್ತಮುತ್ತ ಈಗಾಗಲೇ ನೂರಕ್ಕೂ ಹೆಚ್ಚು ವಾಹನ ಬಿಡಿಭಾಗ ಘಟಕಗಳಿದ್ದು, ಈ ಪ್ರದೇಶ ವಿದ್ಯುತ್ ವಾಹನ ಉದ್ಯಮದ ಕೇಂದ್ರವಾಗಿ ಬೆಳೆಯುತ್ತಿದೆ ಎಂದು ಉದ್ಯಮ ತಜ್ಞರು ಹೇಳುತ್ತಾರೆ.",
]
NOISE = [
    "Last Updated 26 ನವೆಂಬರ್ 2026, 19:05 IST",
    "ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ",
    "ಇದನ್ನೂ ಓದಿ: ರಾಜ್ಯದಲ್ಲಿ ವಿದ್ಯುತ್ ವಾಹನ ನೋಂದಣಿ ದ್ವಿಗುಣ",
    "ಪ್ರಜಾವಾಣಿ ಆ್ಯಪ್ ಇಲ್ಲಿದೆ: ಆಂಡ್ರಾಯ್ಡ್ | ಐಒಎಸ್",
    "ಹಂಚಿಕೊಳ್ಳಿ",
    "ತಾಜಾ ಸುದ್ದಿ",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T18:40:00+05:30", "dateModified": "2026-11-26T19:05:00+05:30",
        "author": {"@type": "Person", "name": "ಮಂಜುನಾಥ ಹೆಗಡೆ"},
        "publisher": {"@type": "Organization", "name": "Prajavani"}}
html = doc(T + " | Prajavani", jsonld(data), f"""
<header><a class="logo">ಪ್ರಜಾವಾಣಿ</a> <nav><a>ಸುದ್ದಿ</a> <a>ಜಿಲ್ಲೆ</a> <a>ವಾಣಿಜ್ಯ</a> <a>ಕ್ರೀಡೆ</a> <a>ಸಿನಿಮಾ</a></nav></header>
<article class="story">
<div class="section">ವಾಣಿಜ್ಯ</div>
<h1>{esc(T)}</h1>
<div class="byline"><a class="author">ಮಂಜುನಾಥ ಹೆಗಡೆ</a></div>
<div class="dates"><span class="published">Published 26 ನವೆಂಬರ್ 2026, 18:40 IST</span><br><span class="updated">{esc(NOISE[0])}</span></div>
<figure><img src="/media/2026/11/ev-unit.jpg"><figcaption>{esc(NOISE[1])}</figcaption></figure>
<div class="story-body">
{ps(P[:2])}
<p><strong>ಇದನ್ನೂ ಓದಿ: <a>ರಾಜ್ಯದಲ್ಲಿ ವಿದ್ಯುತ್ ವಾಹನ ನೋಂದಣಿ ದ್ವಿಗುಣ</a></strong></p>
{ps(P[2:])}
</div>
<div class="app-links">{esc(NOISE[3])}</div>
<div class="share">ಹಂಚಿಕೊಳ್ಳಿ <a>Facebook</a> <a>WhatsApp</a></div>
</article>
<aside><h3>ತಾಜಾ ಸುದ್ದಿ</h3><ul><li><a>ಬೆಂಗಳೂರು ಟೆಕ್ ಸಮ್ಮೇಳನ ಆರಂಭ</a></li></ul></aside>
""", lang="kn")
add("intl_kn_prajavani", html,
    url="https://www.prajavani.net/business/commerce-news/ev-parts-unit-anekal-900-jobs-3123456", kind="intl",
    modelled_on="ಪ್ರಜಾವಾಣಿ / Prajavani (prajavani.net, Kannada daily of the Printers (Mysore) group) story page (section, h1, author link, date lines 'Published D <Kannada month> YYYY, HH:MM IST' and 'Last Updated …', lead image with 'ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ' (representative image) caption, text opening with the 'ಬೆಂಗಳೂರು:' dateline, bold 'ಇದನ್ನೂ ಓದಿ:' (read this too) link inside the text, app-link line, share, latest news; NewsArticle JSON-LD with +05:30)",
    language="kn", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Kannada month word inside English labels: 'Published 26 ನವೆಂಬರ್ 2026, 18:40 IST' (ನವೆಂಬರ್ = November) with the zone stated on the page (IST = +05:30); the 'Last Updated' line (19:05) never wins; JSON-LD agrees. Author from the byline link. The dateline 'ಬೆಂಗಳೂರು:' opens paragraph 1 and stays; the read-also link inside the text and the app-link line are noise.",
    classes=["kannada_month_word", "zone_printed_ist", "published_and_updated_lines", "jsonld_agrees", "byline_link", "dateline_in_first_paragraph", "caption", "read_also_inside_body", "app_prompt", "share_bar", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T18:40:00+05:30",
    author="ಮಂಜುನಾಥ ಹೆಗಡೆ", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_tk_turkmenportal
T = "Aşgabatda awtoulag şaýlaryny öndürýän täze kärhana açyldy"
P = [
    "Aşgabadyň senagat zolagynda ýük awtoulaglary üçin tormoz we asma şaýlaryny öndürýän täze kärhana işe girizildi. Kärhananyň ýyllyk kuwwaty 120 müň dürli şaý bolar.",
    "Taslamanyň umumy bahasy 18 million amerikan dollaryna barabar. Kärhanada 240 adam iş bilen üpjün edildi, olaryň köpüsi ýurduň tehniki mekdeplerini tamamlan ýaş hünärmenlerdir.",
    "Öndürilýän önümler ilki bilen ýurduň içerki bazaryny üpjün etmäge gönükdiriler. Geljekde önümleriň bir bölegini goňşy ýurtlara eksport etmek meýilleşdirilýär.",
    "Kärhananyň açylyş dabarasy 2026-njy ýylyň 25-nji noýabrynda geçirildi we oňa pudagyň hünärmenleri gatnaşdy.",
]
NOISE = [
    "Görülen: 1245",
    "Çeşme: TDH",
    "Paýlaş",
    "Telegram kanalymyza agza boluň",
    "Beýleki habarlar",
    "Türkmenistanda awtoulag hyzmat merkezleriniň sany artýar",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T10:15:00+05:00",
        "publisher": {"@type": "Organization", "name": "Turkmenportal"}}
html = doc(T + " | Turkmenportal", jsonld(data), f"""
<header><a class="logo">Turkmenportal</a> <nav><a>Habarlar</a> <a>Ykdysadyýet</a> <a>Jemgyýet</a> <a>Sport</a> <a>Bildirişler</a></nav> <a class="lang">Русский</a></header>
<div class="article">
<div class="category"><a>Ykdysadyýet</a></div>
<h1 class="article-title">{esc(T)}</h1>
<div class="news-meta"><span class="date">26.11.2026 | 10:15</span>　<span class="views">Görülen: 1245</span></div>
<div class="article-text">
{ps(P)}
<p class="source"><em>{esc(NOISE[1])}</em></p>
</div>
<div class="share"><span>Paýlaş</span> <a>Telegram</a> <a>Facebook</a></div>
<div class="subscribe"><a>{esc(NOISE[3])}</a></div>
</div>
<aside><h3>Beýleki habarlar</h3><ul><li><a>{esc(NOISE[5])}</a> <span>25.11.2026 | 16:40</span></li></ul></aside>
""", lang="tk")
add("intl_tk_turkmenportal", html,
    url="https://turkmenportal.com/tm/blog/98765/ashgabatda-awtoulag-shaylaryny-onduryan-taze-karhana-acyldy", kind="intl",
    modelled_on="Turkmenportal (turkmenportal.com, Turkmen-language edition) news page (header with sections and a Russian-language switch, category label, h1, news-meta with a dotted 'DD.MM.YYYY | HH:MM' date and a 'Görülen:' view count, text ending with an italic 'Çeşme:' (source) line, share, Telegram subscribe prompt, other news with dates; NewsArticle JSON-LD with +05:00)",
    language="tk", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Dotted day-first date with a bar before the clock: '26.11.2026 | 10:15'; Turkmenistan is +05:00 all year; JSON-LD agrees. The view count beside the date is noise. '2026-njy ýylyň 25-nji noýabrynda' (on 25 November 2026) in the text is the ceremony day, not the page date. The labelled source line 'Çeşme: TDH' (source: the state news agency) → source 'TDH' (see Assumptions); the line itself is noise. No byline.",
    classes=["dotted_dmy_date", "bar_between_date_and_clock", "view_count", "jsonld_agrees", "turkmen_month_word_in_body", "body_event_date", "labelled_source_after_body", "agency_not_author", "share_bar", "subscribe_prompt", "related_dates", "no_author", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:15:00+05:00",
    author=None, editor=None, source="TDH", paragraphs=P, body_noise=NOISE)
