"""International pages, part A (Nepali, Pashto, Punjabi, Malayalam, Odia, Tigrinya, Oromo, Xhosa,
Setswana)."""
from _common import FETCH_INTL, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- intl_ne_setopati
T = "सवारी पार्टपुर्जा आयात चार महिनामा २२ प्रतिशतले बढ्यो"
P = [
    "काठमाडौं — चालु आर्थिक वर्षको पहिलो चार महिनामा सवारी साधनका पार्टपुर्जा आयात २२ प्रतिशतले बढेको छ। भन्सार विभागका अनुसार यस अवधिमा १८ अर्ब रुपैयाँ बराबरका पार्टपुर्जा आयात भएका छन्।",
    "विद्युतीय सवारीको संख्या बढेसँगै ब्याट्री, मोटर नियन्त्रक र चार्जरको माग उल्लेख्य रूपमा बढेको व्यवसायीहरू बताउँछन्। अटो पार्टस् व्यवसायी संघका अध्यक्ष दिनेश श्रेष्ठले भने, 'पहिले इन्जिनका पार्टपुर्जा धेरै बिक्थे, अहिले विद्युतीय पार्टपुर्जाको माग छिटो बढिरहेको छ।'",
    "भारत र चीनबाट आउने पार्टपुर्जाको हिस्सा ८० प्रतिशतभन्दा बढी छ। व्यवसायीहरूले भन्सार प्रक्रिया सरल बनाउन र गुणस्तर परीक्षण प्रयोगशाला स्थापना गर्न सरकारसँग माग गरेका छन्।",
    "उद्योग मन्त्रालयले भने स्वदेशमै पार्टपुर्जा उत्पादन गर्ने उद्योगलाई सहुलियत दिने नीति तयार पारिरहेको जनाएको छ।",
]
NOISE = [
    "मंसिर ११, २०८३ ११:२१",
    "काठमाडौंको एक पार्टपुर्जा पसल। तस्बिर: सेतोपाटी",
    "यो पनि पढ्नुहोस्: विद्युतीय सवारी आयातमा भन्सार दर परिवर्तन",
    "सेयर गर्नुहोस्",
    "प्रतिक्रिया दिनुहोस्",
    "सम्बन्धित समाचार",
    "मंसिर १०, २०८३",
]
org = {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "Setopati",
       "url": "https://www.setopati.com/"}
html = doc(T + " - Setopati", '<meta property="og:type" content="article">\n' + jsonld(org), f"""
<header class="site-header"><a class="logo">सेतोपाटी</a> <nav><a>गृहपृष्ठ</a> <a>राजनीति</a> <a>समाज</a> <a>अर्थ</a> <a>खेल</a> <a>विचार</a></nav></header>
<main class="news-detail">
<span class="news-cat"><a>अर्थ</a></span>
<h1 class="news-big-title">{esc(T)}</h1>
<div class="author-date"><span class="author"><a>रमेश पौडेल</a></span> <span class="pub-date">{esc(NOISE[0])}</span></div>
<figure><img src="/uploads/posts/parts-shop.jpg"><figcaption>{esc(NOISE[1])}</figcaption></figure>
<div class="editor-box">
{ps(P[:2])}
<p class="also-read"><strong><a>{esc(NOISE[2])}</a></strong></p>
{ps(P[2:])}
</div>
<div class="share-box">{esc(NOISE[3])} <a>Facebook</a> <a>Twitter</a></div>
<div class="comment-box"><h4>{esc(NOISE[4])}</h4></div>
</main>
<aside><h3>सम्बन्धित समाचार</h3><ul><li><a>ई-रिक्सा दर्ता प्रक्रिया सहज बनाइने</a> <span>{esc(NOISE[6])}</span></li></ul></aside>
""", lang="ne")
add("intl_ne_setopati", html,
    url="https://www.setopati.com/kinmel/312345", kind="intl",
    modelled_on="सेतोपाटी / Setopati (setopati.com, Nepali news site) news page (header, category, news-big-title h1, author link and a Bikram Sambat date line in Devanagari digits 'मंसिर D, YYYY HH:MM', lead photo with caption and 'तस्बिर:' credit, bold 'यो पनि पढ्नुहोस्:' (read this too) link inside the text, share box, comment prompt, related news with BS dates; only an organisation JSON-LD, no date in page data or URL)",
    language="ne", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The only date the page states is in the Bikram Sambat calendar, in Devanagari digits: 'मंसिर ११, २०८३ ११:२१' (Mangsir 11, BS 2083). No Gregorian date anywhere (no JSON-LD date, no meta date, no date in the URL; the JSON-LD is only the organisation): published_date and published_at are null. Reading '२०८३' as a Gregorian year, or the day as a Gregorian day, is wrong. (The BS day was chosen to fall in late November 2026; its exact Gregorian day was not verified offline and does not matter for the truth.) Author from the byline link. Caption, read-also link, share and comment prompts are noise.",
    classes=["bikram_sambat_only", "devanagari_digits", "no_gregorian_date", "no_structured_date", "byline_link", "caption_photo_credit", "read_also_inside_body", "share_bar", "comment_prompt", "related_dates", "no_url_date", "no_source", "no_editor"],
    title=T, published_date=None, published_at=None,
    author="रमेश पौडेल", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_ps_tolonews
T = "د کابل د موټرو پرزو بازار کې د وارداتي پرزو بیې ټیټې شوې"
P = [
    "د کابل ښار د موټرو پرزو پلورونکي وايي چې په تېره یوه میاشت کې د وارداتي پرزو بیې تر لسو سلنې پورې ټیټې شوې دي.",
    "د پل خشتي سیمې یو پلورونکی، عبدالرحمن نوري، وايي چې د سوداګریزو لارو د بیا پرانیستو له امله پرزې په چټکۍ سره بازار ته رسېږي.",
    "د سوداګرۍ او صنایعو خونې چارواکو ویلي چې سږ کال د موټرو پرزو واردات شاوخوا ۲۵۰ میلیونه ډالرو ته رسېدلي دي.",
    "خو ځینې موټر چلوونکي وايي چې د ټیټ کیفیت لرونکو پرزو شمېر هم زیات شوی او حکومت باید پرې څارنه وکړي.",
]
NOISE = [
    "خبریال: ذبیح الله احمدزی",
    "د کابل د موټرو پرزو یو دوکان.",
    "دا هم ولولئ: په هرات کې د موټرو د ترمیم نوې ورکشاپ جوړ شو",
    "شریکول",
    "اړوند خبرونه",
    "۱۴۰۵ لیندۍ ۴",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T10:45:19+04:30",
        "author": {"@type": "Person", "name": "ذبیح الله احمدزی"},
        "publisher": {"@type": "Organization", "name": "TOLOnews"}}
html = doc(T + " | TOLOnews", '<meta property="article:published_time" content="2026-11-26T06:15:19Z">\n' + jsonld(data), f"""
<div dir="rtl">
<header><a class="logo">طلوع نیوز</a> <nav><a>افغانستان</a> <a>اقتصاد</a> <a>سیمه</a> <a>نړۍ</a> <a>ورزش</a></nav> <a class="lang">دری</a> <a class="lang">English</a></header>
<article class="node-article">
<div class="category"><a>اقتصاد</a></div>
<h1 class="title">{esc(T)}</h1>
<div class="meta"><span class="reporter">{esc(NOISE[0])}</span> <span class="date">۵ لیندۍ ۱۴۰۵ - ۱۰:۴۵</span></div>
<figure><img src="/sites/default/files/parts-kabul.jpg"><figcaption>{esc(NOISE[1])}</figcaption></figure>
<div class="field-body">
{ps(P[:2])}
<p class="read-also"><a>{esc(NOISE[2])}</a></p>
{ps(P[2:])}
</div>
<div class="share">{esc(NOISE[3])} <a>Facebook</a> <a>X</a></div>
</article>
<aside><h3>اړوند خبرونه</h3><ul><li><a>د ترکمنستان له لارې د موټرو واردات زیات شوي</a> <span>{esc(NOISE[5])}</span></li></ul></aside>
</div>
""", lang="ps")
add("intl_ps_tolonews", html,
    url="https://tolonews.com/ps/business-198765", kind="intl",
    modelled_on="TOLOnews Pashto (tolonews.com/ps, Afghan broadcaster's Pashto edition, Drupal-style) article page, right-to-left (header with Dari / English switches, category, h1, meta row with a 'خبریال:' (reporter) credit and a Solar Hijri date in Persian digits 'D <Pashto month> YYYY - HH:MM', photo caption, read-also link inside the text, share, related news with Solar Hijri dates; NewsArticle JSON-LD with +04:30 and an article:published_time meta in UTC)",
    language="ps", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible date in the Solar Hijri calendar with Persian digits: '۵ لیندۍ ۱۴۰۵ - ۱۰:۴۵' = 5 Lindai (Qaws / Azar) 1405 at 10:45 = 26 November 2026 (1 Wray 1405 = 21 March 2026; 1 Lindai = 22 November 2026; checked by day count). The page states the Gregorian day in page data: JSON-LD datePublished 2026-11-26T10:45:19+04:30 (Kabul's offset; agrees with the printed clock and gives the seconds) and article:published_time 2026-11-26T06:15:19Z (the same instant in UTC; its clock is not the printed one). Truth: the printed local time with the JSON-LD offset. Author from 'خبریال:' (reporter). Related items' Solar Hijri dates are noise.",
    classes=["solar_hijri_date", "persian_digits", "pashto_month_word", "right_to_left", "offset_plus_four_thirty", "jsonld_seconds_agree", "utc_meta_same_instant", "reporter_label", "caption", "read_also_inside_body", "share_bar", "related_dates", "no_url_date", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:45:19+04:30",
    author="ذبیح الله احمدزی", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_pa_jagbani
T = "ਲੁਧਿਆਣਾ ਦੀ ਆਟੋ ਪਾਰਟਸ ਇੰਡਸਟਰੀ ਨੂੰ ਯੂਰਪ ਤੋਂ ਮਿਲੇ ਵੱਡੇ ਆਰਡਰ"
P = [
    "ਲੁਧਿਆਣਾ (ਹਿਤੇਸ਼ ਸ਼ਰਮਾ) : ਸ਼ਹਿਰ ਦੀਆਂ ਆਟੋ ਪਾਰਟਸ ਬਣਾਉਣ ਵਾਲੀਆਂ ਇਕਾਈਆਂ ਨੂੰ ਯੂਰਪ ਦੇ ਦੋ ਵਾਹਨ ਨਿਰਮਾਤਾਵਾਂ ਤੋਂ ਲਗਭਗ 300 ਕਰੋੜ ਰੁਪਏ ਦੇ ਆਰਡਰ ਮਿਲੇ ਹਨ।",
    "ਫੋਕਲ ਪੁਆਇੰਟ ਦੇ ਉਦਯੋਗਪਤੀ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਨੇ ਦੱਸਿਆ ਕਿ ਇਹ ਆਰਡਰ ਮੁੱਖ ਤੌਰ 'ਤੇ ਗੀਅਰ, ਐਕਸਲ ਦੇ ਪੁਰਜ਼ਿਆਂ ਅਤੇ ਬ੍ਰੇਕ ਡਰੰਮਾਂ ਲਈ ਹਨ।",
    "ਉਨ੍ਹਾਂ ਕਿਹਾ ਕਿ ਆਰਡਰ ਪੂਰੇ ਕਰਨ ਲਈ ਇਕਾਈਆਂ ਨੂੰ ਨਵੀਆਂ ਮਸ਼ੀਨਾਂ ਲਗਾਉਣੀਆਂ ਪੈਣਗੀਆਂ ਅਤੇ ਲਗਭਗ 1,500 ਨਵੇਂ ਕਾਮਿਆਂ ਦੀ ਲੋੜ ਪਵੇਗੀ।",
    "ਉਦਯੋਗਪਤੀਆਂ ਨੇ ਸਰਕਾਰ ਤੋਂ ਮੰਗ ਕੀਤੀ ਹੈ ਕਿ ਬਿਜਲੀ ਦੀਆਂ ਦਰਾਂ ਘਟਾਈਆਂ ਜਾਣ ਅਤੇ ਨਿਰਯਾਤ ਲਈ ਮਾਲ ਗੱਡੀਆਂ ਦੀ ਸਹੂਲਤ ਵਧਾਈ ਜਾਵੇ।",
]
NOISE = [
    "3 ਘੰਟੇ ਪਹਿਲਾਂ",
    "Edited By: Sandeep Kumar",
    "ਇਹ ਵੀ ਪੜ੍ਹੋ- ਪੰਜਾਬ 'ਚ ਇਲੈਕਟ੍ਰਿਕ ਵਾਹਨਾਂ ਦੀ ਵਿਕਰੀ ਦੁੱਗਣੀ",
    "ਜਗ ਬਾਣੀ ਈ-ਪੇਪਰ ਪੜ੍ਹਨ ਲਈ ਇੱਥੇ ਕਲਿੱਕ ਕਰੋ",
    "ਨੋਟ - ਇਸ ਖ਼ਬਰ ਸਬੰਧੀ ਕੁਮੈਂਟ ਬਾਕਸ 'ਚ ਦਿਓ ਆਪਣੀ ਰਾਏ।",
    "ਸ਼ੇਅਰ ਕਰੋ",
    "ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-30T11:27:40+05:30", "dateModified": "2026-11-30T11:27:40+05:30",
        "author": {"@type": "Person", "name": "Sandeep Kumar"},
        "publisher": {"@type": "Organization", "name": "Jagbani"}}
html = doc(T + " - Jagbani", jsonld(data), f"""
<header><a class="logo">ਜਗ ਬਾਣੀ</a> <nav><a>ਪੰਜਾਬ</a> <a>ਦੇਸ਼</a> <a>ਵਿਦੇਸ਼</a> <a>ਵਪਾਰ</a> <a>ਖੇਡ</a> <a>ਮਨੋਰੰਜਨ</a></nav></header>
<div class="story">
<div class="breadcrumb"><a>ਹੋਮ</a> / <a>ਵਪਾਰ</a></div>
<h1>{esc(T)}</h1>
<div class="story-meta"><span class="time" title="2026-11-30">3 ਘੰਟੇ ਪਹਿਲਾਂ</span> <span class="edited">{esc(NOISE[1])}</span></div>
<div class="story-content">
{ps(P[:2])}
<p><strong>{esc(NOISE[2])}</strong></p>
{ps(P[2:])}
<p class="epaper"><a>{esc(NOISE[3])}</a></p>
<p class="note"><strong>{esc(NOISE[4])}</strong></p>
</div>
<div class="share">{esc(NOISE[5])} <a>Facebook</a> <a>WhatsApp</a></div>
</div>
<aside><h3>ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ</h3><ul><li><a>ਜਲੰਧਰ ਦੀ ਖੇਡ ਸਨਅਤ ਨੂੰ ਨਵੇਂ ਬਾਜ਼ਾਰ</a> <span>1 ਦਿਨ ਪਹਿਲਾਂ</span></li></ul></aside>
""", lang="pa")
add("intl_pa_jagbani", html,
    url="https://jagbani.punjabkesari.in/business/news/ludhiana-auto-parts-industry-gets-big-orders-from-europe-1598765", kind="intl",
    modelled_on="ਜਗ ਬਾਣੀ / Jagbani (jagbani.punjabkesari.in, Punjabi daily of the Punjab Kesari group) story page (header, breadcrumb, h1, meta row with a relative time in Punjabi and an English 'Edited By:' credit, text opening with the 'City (Reporter) :' dateline, bold 'ਇਹ ਵੀ ਪੜ੍ਹੋ-' (read this too) line inside the text, e-paper prompt and 'ਨੋਟ -' comment prompt closing the text, share, related news with relative times; NewsArticle JSON-LD with +05:30 and seconds)",
    language="pa", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Relative time in Punjabi: '3 ਘੰਟੇ ਪਹਿਲਾਂ' (3 hours ago); fetched 2026-11-30 09:00 UTC = 14:30 IST. The JSON-LD datePublished 2026-11-30T11:27:40+05:30 (3 h 2 min earlier) states the exact time and agrees with the relative text: it is the answer (as corpus L did for 'N小时前'). Author: the reporter named in the dateline 'ਲੁਧਿਆਣਾ (ਹਿਤੇਸ਼ ਸ਼ਰਮਾ) :' (the dateline stays in paragraph 1). 'Edited By: Sandeep Kumar' names the web editor → editor; the JSON-LD author (the same desk editor) is not the writer. Read-also line, e-paper and comment prompts are noise.",
    classes=["gurmukhi_script", "relative_hours_ago", "exact_time_in_jsonld", "offset_plus_five_thirty", "reporter_in_dateline_parentheses", "dateline_in_first_paragraph", "english_edited_by_label", "jsonld_author_is_editor", "read_also_inside_body", "epaper_prompt", "comment_prompt", "share_bar", "related_relative_times", "no_source"],
    title=T, published_date="2026-11-30", published_at="2026-11-30T11:27:40+05:30",
    author="ਹਿਤੇਸ਼ ਸ਼ਰਮਾ", editor="Sandeep Kumar", source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_ml_mathrubhumi
T = "കളമശ്ശേരിയിൽ ഇലക്ട്രിക് വാഹന ഘടക നിർമാണ യൂണിറ്റ്; 600 പേർക്ക് ജോലി"
P = [
    "കൊച്ചി: ഇലക്ട്രിക് വാഹനങ്ങൾക്കുള്ള ബാറ്ററി മാനേജ്മെന്റ് സംവിധാനങ്ങൾ നിർമിക്കുന്ന പുതിയ യൂണിറ്റ് കളമശ്ശേരിയിൽ പ്രവർത്തനം തുടങ്ങുന്നു. 240 കോടി രൂപയാണ് നിക്ഷേപം.",
    "പെരിയാർ ഇ-മോട്ടീവ് എന്ന കമ്പനിയാണ് യൂണിറ്റ് സ്ഥാപിക്കുന്നത്. ആദ്യഘട്ടത്തിൽ 600 പേർക്ക് നേരിട്ട് ജോലി ലഭിക്കുമെന്ന് കമ്പനി മാനേജിങ് ഡയറക്ടർ ജോസഫ് മാത്യു പറഞ്ഞു.",
    "സംസ്ഥാന വ്യവസായ വകുപ്പിന്റെ ഏകജാലക സംവിധാനം വഴി 45 ദിവസത്തിനുള്ളിൽ എല്ലാ അനുമതികളും ലഭിച്ചതായി അദ്ദേഹം വ്യക്തമാക്കി.",
    "2027 മാർച്ചോടെ ആദ്യ ഉത്പന്നങ്ങൾ വിപണിയിലെത്തിക്കാനാണ് കമ്പനിയുടെ ലക്ഷ്യം.",
]
NOISE = [
    "അപ്ഡേറ്റ് ചെയ്തത്: 26 നവംബർ 2026, 04:40 PM IST",
    "സ്വന്തം ലേഖകൻ",
    "പ്രതീകാത്മക ചിത്രം",
    "ഇതുകൂടി വായിക്കാം: സംസ്ഥാനത്ത് ഇലക്ട്രിക് ഓട്ടോറിക്ഷ രജിസ്ട്രേഷൻ ഇരട്ടിയായി",
    "Content Highlights: EV component manufacturing unit at Kalamassery",
    "മാതൃഭൂമി ന്യൂസ് ലെറ്റർ സബ്സ്ക്രൈബ് ചെയ്യൂ",
    "കൂടുതൽ വാർത്തകൾ",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T09:05:33+05:30", "dateModified": "2026-11-26T16:40:02+05:30",
        "author": {"@type": "Organization", "name": "Mathrubhumi"},
        "publisher": {"@type": "Organization", "name": "Mathrubhumi"}}
html = doc(T + " | Mathrubhumi", jsonld(data), f"""
<header><a class="logo">മാതൃഭൂമി</a> <nav><a>വാർത്തകൾ</a> <a>കേരളം</a> <a>ബിസിനസ്</a> <a>സ്പോർട്സ്</a> <a>ഓട്ടോ</a></nav></header>
<article class="mpp-story">
<div class="mpp-section">ബിസിനസ്</div>
<h1 class="mpp-title">{esc(T)}</h1>
<div class="mpp-byline"><span class="author">{esc(NOISE[1])}</span></div>
<div class="mpp-dates"><p class="updated">{esc(NOISE[0])}</p><p class="published">പ്രസിദ്ധീകരിച്ചത്: 26 നവംബർ 2026, 09:05 AM IST</p></div>
<figure><img src="/image/2026/11/26/ev-unit.jpg"><figcaption>{esc(NOISE[2])}</figcaption></figure>
<div class="article_contents">
{ps(P[:2])}
<p class="also-read"><a>{esc(NOISE[3])}</a></p>
{ps(P[2:])}
</div>
<p class="content-highlights">{esc(NOISE[4])}</p>
<div class="newsletter">{esc(NOISE[5])} <button>Subscribe</button></div>
</article>
<aside><h3>കൂടുതൽ വാർത്തകൾ</h3><ul><li><a>കൊച്ചി തുറമുഖത്ത് വാഹന കയറ്റുമതി വർധിച്ചു</a></li></ul></aside>
""", lang="ml")
add("intl_ml_mathrubhumi", html,
    url="https://www.mathrubhumi.com/business/news/ev-component-unit-kalamassery-600-jobs-1a2b3c4d", kind="intl",
    modelled_on="മാതൃഭൂമി / Mathrubhumi (mathrubhumi.com, Malayalam daily) story page (section, h1, byline 'സ്വന്തം ലേഖകൻ' (staff correspondent), two date lines with Malayalam labels and month word, the UPDATED one printed first, 'HH:MM AM IST' clocks, representative-image caption, 'ഇതുകൂടി വായിക്കാം:' (read this too) link inside the text, 'Content Highlights:' line, newsletter prompt, more news; NewsArticle JSON-LD with +05:30, seconds and a later dateModified)",
    language="ml", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Update printed first, both with Malayalam labels and the Malayalam month word നവംബർ (November): 'അപ്ഡേറ്റ് ചെയ്തത്: 26 നവംബർ 2026, 04:40 PM IST' (updated) above 'പ്രസിദ്ധീകരിച്ചത്: 26 നവംബർ 2026, 09:05 AM IST' (published). The published line wins; IST printed (+05:30); the JSON-LD datePublished 09:05:33+05:30 agrees and gives the seconds. Byline 'സ്വന്തം ലേഖകൻ' means 'own correspondent' — a generic staff credit, no person: author null (see Assumptions). The dateline 'കൊച്ചി:' opens paragraph 1 and stays. Content Highlights, newsletter prompt and read-also link are noise.",
    classes=["malayalam_month_word", "update_printed_first", "published_and_updated_labels", "labels_in_language", "zone_printed_ist", "twelve_hour_clock", "jsonld_seconds_agree", "generic_staff_byline", "dateline_in_first_paragraph", "caption", "read_also_inside_body", "content_highlights_line", "newsletter_prompt", "no_author", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:05:33+05:30",
    author=None, editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_or_sambad
T = "ଅଟୋ ଯନ୍ତ୍ରାଂଶ ରପ୍ତାନି ୧୨ ପ୍ରତିଶତ ବଢ଼ିଲା"
P = [
    "ନୂଆଦିଲ୍ଲୀ,୨୫।୧୧(ପିଟିଆଇ): ଚଳିତ ଆର୍ଥିକ ବର୍ଷର ପ୍ରଥମ ଛଅ ମାସରେ ଦେଶରୁ ଅଟୋ ଯନ୍ତ୍ରାଂଶ ରପ୍ତାନି ୧୨ ପ୍ରତିଶତ ବୃଦ୍ଧି ପାଇଛି।",
    "ଶିଳ୍ପ ସଂଗଠନର ତଥ୍ୟ ଅନୁସାରେ ଏହି ଅବଧିରେ ପ୍ରାୟ ୧୧ ବିଲିୟନ ଡଲାରର ଯନ୍ତ୍ରାଂଶ ବିଦେଶକୁ ପଠାଯାଇଛି। ଉତ୍ତର ଆମେରିକା ଓ ୟୁରୋପ ମୁଖ୍ୟ ବଜାର ରହିଛି।",
    "ବୈଦ୍ୟୁତିକ ଗାଡ଼ି ପାଇଁ ମୋଟର ଓ ବ୍ୟାଟେରୀ ଯନ୍ତ୍ରାଂଶର ଚାହିଦା ଦ୍ରୁତ ଗତିରେ ବଢ଼ୁଛି ବୋଲି ସଂଗଠନ ପକ୍ଷରୁ କୁହାଯାଇଛି।",
    "ଓଡ଼ିଶାର କଳିଙ୍ଗନଗର ଓ ଝାରସୁଗୁଡ଼ା ଅଞ୍ଚଳରେ ମଧ୍ୟ ନୂଆ ଯନ୍ତ୍ରାଂଶ କାରଖାନା ସ୍ଥାପନ ପାଇଁ ପ୍ରସ୍ତାବ ଆସିଛି।",
]
NOISE = [
    "ଫାଇଲ ଫଟୋ",
    "ଆହୁରି ପଢ଼ନ୍ତୁ: ରାଜ୍ୟରେ ଇ-ରିକ୍ସା ପଞ୍ଜୀକରଣ ବଢ଼ିଲା",
    "ସେୟାର କରନ୍ତୁ",
    "ସମ୍ବାଦ ଆପ୍ ଡାଉନଲୋଡ୍ କରନ୍ତୁ",
    "ସମ୍ବନ୍ଧିତ ଖବର",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T18:30:11+05:30",
        "publisher": {"@type": "Organization", "name": "Sambad"}}
html = doc(T + " - Sambad", jsonld(data), f"""
<header><a class="logo">ସମ୍ବାଦ</a> <nav><a>ରାଜ୍ୟ</a> <a>ଜାତୀୟ</a> <a>ଆନ୍ତର୍ଜାତୀୟ</a> <a>ବାଣିଜ୍ୟ</a> <a>କ୍ରୀଡ଼ା</a></nav></header>
<article>
<div class="cat"><a>ବାଣିଜ୍ୟ</a></div>
<h1 class="entry-title">{esc(T)}</h1>
<div class="post-meta"><span class="published">ପ୍ରକାଶିତ: ୨୬ ନଭେମ୍ବର ୨୦୨୬, ୬:୩୦ PM</span></div>
<figure><img src="/wp-content/uploads/2026/11/auto-parts.jpg"><figcaption>{esc(NOISE[0])}</figcaption></figure>
<div class="entry-content">
{ps(P[:2])}
<p><strong>{esc(NOISE[1])}</strong></p>
{ps(P[2:])}
</div>
<div class="share">{esc(NOISE[2])} <a>Facebook</a> <a>WhatsApp</a></div>
<div class="app-box">{esc(NOISE[3])}</div>
</article>
<aside><h3>ସମ୍ବନ୍ଧିତ ଖବର</h3><ul><li><a>ପାରାଦୀପରୁ ଗାଡ଼ି ରପ୍ତାନି ଆରମ୍ଭ</a> <span>୨୫ ନଭେମ୍ବର ୨୦୨୬</span></li></ul></aside>
""", lang="or")
add("intl_or_sambad", html,
    url="https://sambad.in/business/auto-parts-export-grows-12-percent-789012/", kind="intl",
    modelled_on="ସମ୍ବାଦ / Sambad (sambad.in, Odia daily, WordPress-style) article page (category, entry-title h1, post-meta 'ପ୍ରକାଶିତ: D <Odia month> YYYY, H:MM PM' in Odia digits, file-photo caption, text opening with the print dateline 'City,DD।MM(agency):' in Odia digits, bold 'ଆହୁରି ପଢ଼ନ୍ତୁ:' (read more) line inside the text, share, app prompt, related news with Odia dates; NewsArticle JSON-LD with +05:30 and seconds)",
    language="or", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible date in Odia digits with the Odia month word: 'ପ୍ରକାଶିତ: ୨୬ ନଭେମ୍ବର ୨୦୨୬, ୬:୩୦ PM' (published 26 November 2026, 6:30 PM); the JSON-LD datePublished 2026-11-26T18:30:11+05:30 agrees and gives the seconds and India's offset. The print dateline 'ନୂଆଦିଲ୍ଲୀ,୨୫।୧୧(ପିଟିଆଇ):' (New Delhi, 25/11, PTI) opens paragraph 1 and stays: its day-month ୨୫।୧୧ is the filing day, not the page date; its agency credit ପିଟିଆଇ (PTI) is the source (as `DETROIT (AP) —` gives Associated Press in intl_pages). No byline: author null.",
    classes=["odia_digits", "odia_month_word", "twelve_hour_clock", "jsonld_seconds_agree", "agency_dateline_in_first_paragraph", "agency_as_source", "dateline_day_month_not_page_date", "caption", "read_also_inside_body", "share_bar", "app_prompt", "related_dates", "no_author", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T18:30:11+05:30",
    author=None, editor=None, source="ପିଟିଆଇ", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_ti_bbc
T = "ኣብ ኣስመራ ዋጋ መለዋወጢ ኣቑሑ መካይን ብ30 ሚእታዊት ወሰኽ ኣርእዩ"
P = [
    "ኣብ ኣስመራ ዝርከቡ ነጋዶ መለዋወጢ ኣቑሑ መካይን፡ ኣብዚ ዝሓለፈ ሰለስተ ኣዋርሕ ዋጋ ጎማታትን ባተሪታትን ብ30 ሚእታዊት ከም ዝወሰኸ ይገልጹ።",
    "ሓደ ኣብ ማእከል ከተማ ድኳን ዘለዎ ነጋዳይ፡ ዳዊት ገብረመድህን፡ እቲ ዋጋ ዝወሰኸሉ ቀንዲ ምኽንያት ናይ መጓዓዝያ ክፍሊት ምልዓሉ እዩ ይብል።",
    "ብዙሓት ወነንቲ ታክሲ ድማ ብሰንኪ እዚ ወሰኽ ኣገልግሎቶም ንምቕጻል ከም ዝተሸገሩ ይዛረቡ።",
    "ክኢላታት ቁጠባ፡ ሃገራውያን ፋብሪካታት ንኣሽቱ መለዋወጢ ኣቑሑ ከፍርዩ እንተ ተተባቢዖም እቲ ጸቕጢ ክንኪ ይኽእል እዩ ይብሉ።",
]
NOISE = [
    "ሓላፍነት, ቢቢሲ ትግርኛ",
    "ኣብ ማእከል ኣስመራ ዝርከብ ድኳን መለዋወጢ ኣቑሑ",
    "ምንጪ ስእሊ, Getty Images",
    "ተወሳኺ ንምንባብ: ኣብ ኤርትራ ቁጽሪ ኤሌክትሪካዊ መካይን ይውስኽ ኣሎ",
    "ዝተዛመዱ ዛዕባታት",
    "ዝያዳ ዝተነበቡ",
]
data = {"@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": T,
        "datePublished": "2026-11-26T07:12:45.000Z", "dateModified": "2026-11-26T07:12:45.000Z",
        "author": {"@type": "NewsMediaOrganization", "name": "BBC News ትግርኛ"},
        "publisher": {"@type": "NewsMediaOrganization", "name": "BBC News ትግርኛ"}}
html = doc(T + " - BBC News ትግርኛ", jsonld(data), f"""
<header class="bbc-header"><a class="brand">BBC News ትግርኛ</a> <nav><a>ዜና</a> <a>ኤርትራ</a> <a>ኢትዮጵያ</a> <a>ኣፍሪቃ</a> <a>ስፖርት</a></nav></header>
<main role="main">
<article>
<h1 id="content">{esc(T)}</h1>
<div class="byline"><ul><li><span>ጸሓፊ, </span><span>ሳባ ተኽለ</span></li><li><span>{esc(NOISE[0])}</span></li></ul></div>
<time datetime="2026-11-26">26 ሕዳር 2026</time>
<figure><img src="/ws/640/cpsprodpb/asmara-parts.jpg"><p class="image-copyright">{esc(NOISE[2])}</p><figcaption>{esc(NOISE[1])}</figcaption></figure>
<div class="text-block">
{ps(P[:2])}
<p><a><b>{esc(NOISE[3])}</b></a></p>
{ps(P[2:])}
</div>
<section class="topics"><h2>{esc(NOISE[4])}</h2><ul><li><a>ቁጠባ</a></li><li><a>ኤርትራ</a></li></ul></section>
</article>
<section class="most-read"><h2>{esc(NOISE[5])}</h2><ol><li><a>ኣብ ምጽዋዕ ወደብ ሓድሽ መኽዘን ተኸፊቱ</a></li></ol></section>
</main>
""", lang="ti")
add("intl_ti_bbc", html,
    url="https://www.bbc.com/tigrinya/articles/c9x8y7z6w5vo", kind="intl",
    modelled_on="BBC News ትግርኛ (bbc.com/tigrinya, BBC World Service Tigrinya, Simorgh-style template) article page (brand header, h1, byline list 'ጸሓፊ, Name' (writer) / 'ሓላፍነት, ቢቢሲ ትግርኛ' (role), a <time datetime='YYYY-MM-DD'> with the date only in Tigrinya month words, image with 'ምንጪ ስእሊ,' (image source) credit and caption, bold read-more link inside the text, related topics, most read; ReportageNewsArticle JSON-LD with datePublished in UTC (Z) and milliseconds)",
    language="ti", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Date only visible: '26 ሕዳር 2026' in a <time datetime='2026-11-26'>. ሕዳር here is Gregorian November as Eritrean Tigrinya names it (in the Ethiopian calendar ሕዳር is another month, Hidar, and the year would be 2019): the datetime attribute confirms 2026-11-26. The JSON-LD datePublished 2026-11-26T07:12:45.000Z is the same day and completes it, kept as stated (+00:00; milliseconds dropped). Author from the byline 'ጸሓፊ, ሳባ ተኽለ' (writer); the role line and the image-source credit are noise.",
    classes=["tigrinya_month_word", "ethiopic_script", "gregorian_month_with_ethiopian_name", "date_only_visible", "time_datetime_date_only", "jsonld_utc_completes_day", "milliseconds_dropped", "byline_with_role_line", "caption_photo_credit", "read_also_inside_body", "related_topics", "most_read_list", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T07:12:45+00:00",
    author="ሳባ ተኽለ", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_om_fanabc
T = "Warshaan qaamolee konkolaataa haaraan Adaamaatti hojii eegale"
P = [
    "Finfinnee, Sadaasa 17, 2019 (FBC) – Warshaan qaamolee konkolaataa oomishu magaalaa Adaamaatti birrii miliyoona 850n ijaarame hojii eegale.",
    "Hoji-gaggeessaan warshichaa Obbo Tolasaa Gammachuu akka jedhanitti, warshichi waggaatti gommaa fi baatirii konkolaataa kuma 60 ol oomisha.",
    "Warshicha keessatti lammiilee 420 ta'aniif carraan hojii uumameera; kanneen keessaa harki caalu dargaggoota kolleejjii teeknikaa irraa eebbifamanidha.",
    "Oomishni warshichaa qaamolee konkolaataa biyya alaa irraa galchuuf baasii sharafa alaa ni hir'isa jedhameera.",
]
NOISE = [
    "Gabaasaa: Caaltuu Hundee",
    "Odeessa dabalataa argachuuf: Website: www.fanabc.com/afaanoromoo Facebook: Fana Afaan Oromoo Telegram: t.me/fanaafaanoromoo",
    "Daandii hundaan nu hordofaa!",
    "Qoodi",
    "Oduu walqabatan",
    "Sadaasa 16, 2019",
]
html = doc(T + " – FBC Afaan Oromoo", '<meta property="og:type" content="article">', f"""
<header class="site-header"><a class="logo">FBC Afaan Oromoo</a> <nav><a>Oduu</a> <a>Dinagdee</a> <a>Hawaasummaa</a> <a>Ispoortii</a></nav> <a>አማርኛ</a> <a>English</a></header>
<article class="post">
<span class="cat-links"><a>Dinagdee</a></span>
<h1 class="entry-title">{esc(T)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-11-26T10:05:12+03:00">Sadaasa 17, 2019</time></span></div>
<div class="entry-content">
{ps(P)}
<p><strong>{esc(NOISE[0])}</strong></p>
<p>{esc(NOISE[1])}</p>
<p><strong>{esc(NOISE[2])}</strong></p>
</div>
<div class="share">{esc(NOISE[3])} <a>Facebook</a> <a>Telegram</a></div>
</article>
<aside><h3>Oduu walqabatan</h3><ul><li><a>Galmeen konkolaattota elektirikii dabale</a> <span>{esc(NOISE[5])}</span></li></ul></aside>
""", lang="om")
add("intl_om_fanabc", html,
    url="https://www.fanabc.com/afaanoromoo/archives/234567", kind="intl",
    modelled_on="FBC Afaan Oromoo (fanabc.com/afaanoromoo, Fana Broadcasting Corporate, Oromo edition, WordPress) post (header with Amharic / English links, category, entry-title h1, entry-meta <time class=entry-date published> whose TEXT is the Ethiopian-calendar date with an Oromo month word and whose datetime is the Gregorian time with +03:00, text opening with the 'Finfinnee, <E.C. date> (FBC) –' dateline, bold 'Gabaasaa:' (reporter) line, social-links line and follow line closing the text, share, related posts with E.C. dates; URL with an id only)",
    language="om", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The visible date is in the Ethiopian calendar: 'Sadaasa 17, 2019' = Hidar 17, 2019 E.C. = 26 November 2026 (1 Meskerem 2019 = 11 September 2026, 1 Hidar = 10 November; checked by day count). Read as a Gregorian date it would be 17 November 2019 — wrong. The Gregorian day and time are stated by the time element's datetime 2026-11-26T10:05:12+03:00 (Ethiopia's offset): that is the answer. The dateline 'Finfinnee, Sadaasa 17, 2019 (FBC) –' opens paragraph 1 and stays; FBC is the site itself (no source, as corpus L's TATOLI). Author from 'Gabaasaa:' (reporter). Social-links and follow lines are noise.",
    classes=["ethiopian_calendar_visible", "oromo_month_word", "plausible_wrong_gregorian_reading", "gregorian_only_in_datetime_attribute", "offset_plus_three", "dateline_in_first_paragraph", "reporter_line_after_body", "social_links_line", "follow_prompt", "share_bar", "related_dates", "no_url_date", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:05:12+03:00",
    author="Caaltuu Hundee", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_xh_groundup
T = "Abasebenzi befektri yezixhobo zeemoto eMonti bafuna imivuzo ephezulu"
P = [
    "Malunga nabasebenzi abangama-300 befektri eyenza iintambo zombane zeemoto eMonti baqhankqalaze ngoLwesithathu befuna ukunyuswa kwemivuzo.",
    "Abasebenzi bathi umvuzo wabo uhlala uphantsi nangona ifektri ifumene iiodolo ezintsha kwiinkampani zeemoto zaseJamani.",
    "Omnye wabasebenzi, uNoluthando Mbeki, uthe: “Sisebenza iiyure ezininzi kodwa imali esiyifumanayo ayanelanga ukuhlawula irenti nokutya.”",
    "Umphathi wefektri, uPieter van Wyk, uthe inkampani iza kudibana nomanyano lwabasebenzi kwiveki ezayo ukuze kuxoxwe ngesi sikhalazo.",
]
NOISE = [
    "Iguqulelwe nguNomsa Dyantyi",
    "Eli nqaku lapapashwa okokuqala ngesiNgesi.",
    "Abasebenzi bebambe uqhankqalazo phambi kwefektri.",
    "Ifoto: Lwazi Ntshinga",
    "Xhasa ubuntatheli obuzimeleyo. Nikela ngoku.",
    "Papasha kwakhona eli nqaku",
    "Amanqaku anxulumeneyo",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T10:05:22+02:00",
        "author": [{"@type": "Person", "name": "Lwazi Ntshinga"}],
        "publisher": {"@type": "Organization", "name": "GroundUp"}}
html = doc(T + " | GroundUp", jsonld(data), f"""
<header><a class="logo">GroundUp</a> <nav><a>News</a> <a>Opinion</a> <a>Ezesizwe</a> <a>Donate</a></nav></header>
<article class="article">
<h1 class="title">{esc(T)}</h1>
<div class="byline">Ngu <a class="author">Lwazi Ntshinga</a></div>
<div class="translator">{esc(NOISE[0])}</div>
<div class="date">NgoLwesine 26 Novemba 2026</div>
<p class="translation-note"><em>{esc(NOISE[1])}</em></p>
<figure><img src="/media/uploads/emonti-protest.jpg"><figcaption>{esc(NOISE[2])} {esc(NOISE[3])}</figcaption></figure>
<div class="article-body">
{ps(P)}
</div>
<div class="donate-box"><p>{esc(NOISE[4])}</p></div>
<div class="republish"><a>{esc(NOISE[5])}</a></div>
</article>
<aside><h3>{esc(NOISE[6])}</h3><ul><li><a>Abaqhubi beeteksi eKapa bakhalaza ngamaxabiso eepetroli</a></li></ul></aside>
""", lang="xh")
add("intl_xh_groundup", html,
    url="https://groundup.org.za/article/abasebenzi-befektri-yezixhobo-zeemoto-emonti-bafuna-imivuzo/", kind="intl",
    modelled_on="GroundUp (groundup.org.za, South African news agency publishing isiXhosa translations) article page (header with Donate link, h1, byline 'Ngu X' (by X), a translator line 'Iguqulelwe ngu…', date line with the isiXhosa weekday and month word, a note that the article was first published in English, photo caption with 'Ifoto:' credit, text, donation box, republish link, related articles; NewsArticle JSON-LD with +02:00 and seconds)",
    language="xh", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Date only visible with the isiXhosa weekday and month: 'NgoLwesine 26 Novemba 2026' (on Thursday; 2026-11-26 is a Thursday); the JSON-LD datePublished 2026-11-26T10:05:22+02:00 (South Africa) is the same day and completes it. 'ngoLwesithathu' (on Wednesday) in paragraph 1 is the protest day, no date. Author from 'Ngu Lwazi Ntshinga' (by); the translator ('Iguqulelwe nguNomsa Dyantyi', translated by) is not an author. The first-published-in-English note, caption, photo credit, donation box and republish link are noise.",
    classes=["xhosa_month_word", "xhosa_weekday", "date_only_visible", "jsonld_completes_day", "offset_plus_two", "byline_in_language", "translator_not_author", "translation_note", "caption_photo_credit", "donation_prompt", "republish_link", "related_list", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:05:22+02:00",
    author="Lwazi Ntshinga", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_tn_dailynews
T = "Feketori ya dikarolo tsa dijanaga e bulwa kwa Pilane"
P = [
    "Feketori e ntšha ya go dira dikarolo tsa dijanaga e bulwa kwa Pilane, mme e tla tlamela batho ba ka nna 180 ka ditiro.",
    "Motsamaisi wa feketori, Rre Thabo Kgosiemang, o boleletse Dikgang gore feketori e tla dira dibeteri tsa dijanaga le dikarolo tsa dibreke.",
    "O tlhalositse gore madi a a ka nnang P45 milione a dirisitswe go aga feketori eno, mme dikarolo tse dintsi di tla rekisiwa mo nageng le kwa Aforika Borwa.",
    "Tona ya Kgwebo le Madirelo e rile puso e tla tswelela go tshegetsa dikgwebo tse di dirang dilwana mo gae.",
]
NOISE = [
    "Mokwadi: Kagiso Mosweu",
    "Motswedi: BOPA",
    "Feketori e ntšha kwa Pilane.",
    "Bala gape: Palo ya dijanaga tse di kwadisitsweng e a oketsega",
    "Morulaganyi: Onalenna Phiri",
    "Abelana",
    "Dikgang tse dingwe",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T11:20:00+02:00",
        "publisher": {"@type": "Organization", "name": "Daily News"}}
html = doc(T + " | Daily News", jsonld(data), f"""
<header><a class="logo">Daily News</a> <nav><a>News</a> <a>Dikgang</a> <a>Business</a> <a>Sport</a></nav></header>
<div class="news-view">
<div class="section">Dikgang</div>
<h1>{esc(T)}</h1>
<div class="news-meta"><span class="date">Labone, 26 Ngwanatsele 2026 | 11:20</span><br><span class="writer">{esc(NOISE[0])}</span>　<span class="src">{esc(NOISE[1])}</span></div>
<figure><img src="/uploads/pilane-factory.jpg"><figcaption>{esc(NOISE[2])}</figcaption></figure>
<div class="news-body">
{ps(P[:2])}
<p><em>{esc(NOISE[3])}</em></p>
{ps(P[2:])}
<p class="editor"><strong>{esc(NOISE[4])}</strong></p>
</div>
<div class="share">{esc(NOISE[5])} <a>Facebook</a> <a>X</a></div>
</div>
<aside><h3>{esc(NOISE[6])}</h3><ul><li><a>Batlhagisi ba dijanaga ba kopana kwa Gaborone</a> <span>25 Ngwanatsele 2026</span></li></ul></aside>
""", lang="tn")
add("intl_tn_dailynews", html,
    url="https://dailynews.gov.bw/news-detail/98765", kind="intl",
    modelled_on="Daily News (dailynews.gov.bw, Botswana government daily, Setswana 'Dikgang' section) news page (header, section, h1, meta with a Setswana weekday and month date 'Weekday, D Month YYYY | HH:MM', 'Mokwadi:' (writer) and 'Motswedi:' (source) labels, photo caption, italic 'Bala gape:' (read also) line inside the text, bold 'Morulaganyi:' (editor) line closing the text, share, other news with dates; NewsArticle JSON-LD with +02:00; URL with an id only)",
    language="tn", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Setswana weekday and month word: 'Labone, 26 Ngwanatsele 2026 | 11:20' (Labone = Thursday, Ngwanatsele = November; 2026-11-26 is a Thursday), a bar before the clock; Botswana +02:00, the JSON-LD agrees. Labelled credits in Setswana: 'Mokwadi: Kagiso Mosweu' → author; 'Motswedi: BOPA' → source BOPA (Botswana Press Agency; see Assumptions); 'Morulaganyi: Onalenna Phiri' → editor. The credit lines, caption and read-also line are noise.",
    classes=["setswana_month_word", "setswana_weekday", "bar_between_date_and_clock", "jsonld_agrees", "offset_plus_two", "labelled_author_in_language", "labelled_source_in_language", "labelled_editor_in_language", "agency_as_source", "caption", "read_also_inside_body", "share_bar", "related_dates", "no_url_date"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T11:20:00+02:00",
    author="Kagiso Mosweu", editor="Onalenna Phiri", source="BOPA", paragraphs=P, body_noise=NOISE)
