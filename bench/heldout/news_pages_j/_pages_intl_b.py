"""International pages, part B (Hausa, Central Kurdish / Sorani, Kyrgyz, Armenian, Zulu)."""
from _common import FETCH_INTL, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- intl_ha_aminiya
T = "Kamfanin hada motoci na Kano zai fara kera batura a shekarar 2027"
P = [
    "Kamfanin hada motoci na Arewa Motors da ke Kano ya sanar da shirinsa na fara kera batura masu amfani da hasken rana da motocin lantarki a shekarar 2027.",
    "Shugaban kamfanin, Alhaji Sani Bello, ya ce kamfanin zai zuba jarin Naira biliyan 45 a sabuwar masana'antar, wadda za ta samar da ayyukan yi ga matasa kimanin 600.",
    "Ya kara da cewa kamfanin na tattaunawa da wasu kamfanonin kasashen waje domin samun fasahar zamani.",
    "Masana tattalin arziki sun yaba da matakin, suna cewa zai taimaka wajen rage dogaro da kayayyakin da ake shigowa da su daga ketare.",
]
NOISE = [
    "Wasu daga cikin motocin da kamfanin ke hadawa. Hoto: Aminiya",
    "Karanta Kuma: Farashin man fetur ya sauka a Kano",
    "Raba",
    "Labarai Masu Alaka",
    "Nuwamba 25, 2026",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T11:20:45+01:00", "dateModified": "2026-11-26T11:20:45+01:00",
        "author": {"@type": "Person", "name": "Aminu Abdullahi"}, "inLanguage": "ha"}
html = doc(T + " - Aminiya", jsonld(data), f"""
<header class="site-header"><a class="logo">Aminiya</a> <nav><a>Labarai</a> <a>Kasuwanci</a> <a>Wasanni</a> <a>Nishadi</a></nav></header>
<article class="post">
<div class="post-category"><a>Kasuwanci</a></div>
<h1 class="entry-title">{esc(T)}</h1>
<div class="entry-meta"><span class="author">Daga <a>Aminu Abdullahi</a></span> <span class="sep">·</span> <time class="entry-date published" datetime="2026-11-26">Nuwamba 26, 2026</time></div>
<figure class="featured"><img src="/wp-content/uploads/2026/11/arewa-motors.jpg"><figcaption>Wasu daga cikin motocin da kamfanin ke hadawa. Hoto: Aminiya</figcaption></figure>
<div class="entry-content">
{ps(P[:2])}
<p><strong>Karanta Kuma: <a>Farashin man fetur ya sauka a Kano</a></strong></p>
{ps(P[2:])}
</div>
<div class="share">Raba</div>
</article>
<section class="related"><h3>Labarai Masu Alaka</h3><ul><li><a>Gwamnati za ta tallafa wa masana'antun Kano</a> <span>Nuwamba 25, 2026</span></li></ul></section>
""", lang="ha")
add("intl_ha_aminiya", html,
    url="https://aminiya.ng/kamfanin-hada-motoci-na-kano-zai-fara-kera-batura-a-shekarar-2027/",
    kind="intl",
    modelled_on="Aminiya (Hausa-language weekly / daily of the Daily Trust group, WordPress) single post (category, entry-title h1, entry-meta 'Daga X' (by X) with a date-only <time> 'Month D, YYYY' in Hausa, featured image with 'Hoto:' credit, bold 'Karanta Kuma:' (read also) link inside the text, share, related posts with dates; NewsArticle JSON-LD with +01:00 and the time)",
    language="ha", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Hausa month name Nuwamba = November; the visible date is date-only ('Nuwamba 26, 2026', <time datetime> date only) and the time comes from JSON-LD (11:20:45, Nigeria +01:00). Related entries carry another date (Nuwamba 25). Byline 'Daga' = 'by'.",
    classes=["hausa_month_name", "month_first_date", "date_only_visible", "time_only_in_jsonld", "caption_photo_credit", "read_also_inside_body", "share_bar", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T11:20:45+01:00",
    author="Aminu Abdullahi", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_ckb_rudaw
T = "کارگەیەکی پارچەی ئۆتۆمبێل لە هەولێر دەکرێتەوە"
P = [
    "کارگەیەکی نوێی بەرهەمهێنانی پارچەی ئۆتۆمبێل لە شاری هەولێر دەکرێتەوە و بڕی ٣٥ ملیۆن دۆلاری تێدا وەبەرهێنراوە.",
    "بەڕێوەبەری کارگەکە ڕایگەیاند کە کارگەکە ساڵانە ٤٠٠ هەزار فلتەری ڕۆن و هەوا بەرهەم دەهێنێت و زیاتر لە ٢٠٠ کەس دادەمەزرێنێت.",
    "بەپێی زانیارییەکان، بەرهەمەکانی کارگەکە بۆ بازاڕی ناوخۆ و وڵاتانی دراوسێ دەنێردرێن.",
]
NOISE = [
    "ڕووداو - هەولێر",
    "زیاتر بخوێنەوە: نرخی سووتەمەنی لە هەرێمی کوردستان دابەزی",
    "هاوبەشی بکە",
    "هەواڵی پەیوەندیدار",
    "٢٧/١١/٢٠٢٦",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-28T14:05:27+03:00", "inLanguage": "ckb",
        "publisher": {"@type": "Organization", "name": "Rudaw"}}
html = doc(T + " | Rudaw.net", jsonld(data), f"""
<div dir="rtl">
<header><a class="logo">ڕووداو</a> <nav><a>کوردستان</a> <a>ئابووری</a> <a>جیهان</a></nav></header>
<article class="article">
<div class="article__category">ئابووری</div>
<h1 class="article__title">{esc(T)}</h1>
<div class="article__meta"><span class="article__source">ڕووداو - هەولێر</span> <span class="article__date">٢٨/١١/٢٠٢٦ - ٠٢:٠٥ د.ن</span></div>
<div class="article__body">
<p>{esc(P[0])}</p>
<p><a>زیاتر بخوێنەوە: نرخی سووتەمەنی لە هەرێمی کوردستان دابەزی</a></p>
{ps(P[1:])}
</div>
<div class="share">هاوبەشی بکە</div>
</article>
<aside><h3>هەواڵی پەیوەندیدار</h3><ul><li><a>کارگەیەکی چیمەنتۆ لە سلێمانی فراوان دەکرێت</a> <span>٢٧/١١/٢٠٢٦</span></li></ul></aside>
</div>
""", lang="ckb")
add("intl_ckb_rudaw", html,
    url="https://www.rudaw.net/sorani/business/281120262",
    kind="intl",
    modelled_on="Rudaw (rudaw.net/sorani, Kurdistan Region media network, Central Kurdish edition) article page, right-to-left (category, h1, meta with 'Rudaw - city' and a date 'DD/MM/YYYY - hh:mm' in Eastern Arabic digits with the Sorani 12-hour marker 'د.ن' (after noon), 'زیاتر بخوێنەوە:' (read more) link inside the text, share, related news with dates; NewsArticle JSON-LD with +03:00 and seconds; URL id ending in the date)",
    language="ckb", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Eastern Arabic-Indic digits and a 12-hour clock: '٢٨/١١/٢٠٢٦ - ٠٢:٠٥ د.ن' = 28/11/2026 02:05 PM = 14:05 (د.ن = دوای نیوەڕۆ, after noon; پ.ن would be before noon); JSON-LD agrees, +03:00 (Iraq). 'ڕووداو - هەولێر' (Rudaw - Erbil) is the network and place, not an author; no source label. Related item dated 27/11 is a trap.",
    classes=["rtl", "eastern_arabic_digits", "ampm_sorani", "slash_date_day_first", "jsonld_seconds_agree", "media_and_place_not_author", "read_also_inside_body", "share_bar", "related_dates", "no_author", "no_source", "no_editor"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T14:05:27+03:00",
    author=None, editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_ky_kabar
T = "Ош шаарында автоунаа тетиктерин чыгаруучу жаңы ишкана ачылды"
P = [
    "Ош шаарындагы эркин экономикалык аймакта автоунаа тетиктерин чыгаруучу жаңы ишкана ишке киргизилди. Бул тууралуу шаардык мэрия кабарлады.",
    "Ишкана жылына 150 миң комплект тормоз колодкаларын жана чыпкаларды чыгарат. Долбоорго 12 миллион доллар инвестиция салынган.",
    "Ишканада 300гө жакын жергиликтүү тургун жумуш менен камсыз болот. Продукциянын басымдуу бөлүгү Казакстанга жана Өзбекстанга экспорттолот.",
]
NOISE = [
    "Кабардын Ош бюросу",
    "Дагы окуңуз: Кыргызстанда автоунаа импорту 8 пайызга өстү",
    "Бөлүшүү",
    "Акыркы жаңылыктар",
    "10:55",
    "Бишкекте жаңы автобустар ишке кирди",
]
html = doc(T + " - Кабар", '<meta property="article:published_time" content="2026-11-27T11:30:14+06:00">\n<meta property="og:locale" content="ky_KG">', f"""
<header><a class="logo">Кабар</a> <nav><a>Саясат</a> <a>Экономика</a> <a>Коом</a> <a>Аймактар</a></nav></header>
<div class="content">
<article class="news-detail">
<div class="news-detail__rubric">Экономика</div>
<h1 class="news-detail__title">{esc(T)}</h1>
<div class="news-detail__meta"><span class="date">27-ноябрь 2026, 11:30</span> <span class="author">Автор: Нургүл Асанова | Кабардын Ош бюросу</span></div>
<div class="news-detail__text">
<p>{esc(P[0])}</p>
<p><em>Дагы окуңуз: <a>Кыргызстанда автоунаа импорту 8 пайызга өстү</a></em></p>
{ps(P[1:])}
</div>
<div class="share">Бөлүшүү</div>
</article>
<aside class="latest"><h3>Акыркы жаңылыктар</h3><ul><li><span class="time">10:55</span> <a>Бишкекте жаңы автобустар ишке кирди</a></li></ul></aside>
</div>
""", lang="ky")
add("intl_ky_kabar", html,
    url="https://kabar.kg/kyrg/news/osh-shaarynda-avtounaa-tetikterin-chygaruuchu-zhangy-ishkana-achyldy/",
    kind="intl",
    modelled_on="Кабар (kabar.kg, Kyrgyz national news agency, Kyrgyz-language edition) news page (rubric, h1, meta with a 'DD-month YYYY, HH:MM' date and 'Автор: X | bureau' byline, italic 'Дагы окуңуз:' (read also) link inside the text, share, latest-news list with time-only entries; article:published_time meta with +06:00 and seconds)",
    language="ky", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="'By X | Y Bureau' byline in Kyrgyz: 'Автор: Нургүл Асанова | Кабардын Ош бюросу' (Kabar's Osh bureau) — author is the name only. Kyrgyz date '27-ноябрь 2026, 11:30' (Cyrillic month with a hyphen after the day), Kyrgyzstan +06:00; the meta agrees and supplies the seconds. Time-only sidebar entries are traps.",
    classes=["by_x_pipe_bureau", "kyrgyz_month_name", "cyrillic_text", "hyphen_day_month", "meta_seconds_agree", "read_also_inside_body", "share_bar", "time_only_sidebar", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T11:30:14+06:00",
    author="Нургүл Асанова", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_hy_armenpress
T = "Երևանում կբացվի ավտոմոբիլային պահեստամասերի նոր գործարան"
P = [
    "ԵՐԵՎԱՆ, նոյեմբերի 26, ԱՐՄԵՆՊՐԵՍ։ Երևանում կբացվի ավտոմոբիլային պահեստամասերի արտադրության նոր գործարան, որում ներդրվել է 18 միլիոն դոլար։",
    "Ընկերության տնօրենի խոսքով՝ գործարանը տարեկան կարտադրի 200 հազար արգելակային սկավառակ և կստեղծի շուրջ 250 աշխատատեղ։",
    "Արտադրանքի մեծ մասը նախատեսվում է արտահանել Վրաստան և Եվրոպական միության երկրներ։",
]
NOISE = [
    "Կարդացեք նաև՝ Հայաստանում ավտոմեքենաների ներմուծումն աճել է",
    "Կիսվել",
    "Վերջին լուրեր",
    "13:40, 26 նոյեմբերի 2026",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T14:05:39+04:00", "inLanguage": "hy",
        "publisher": {"@type": "Organization", "name": "Armenpress"}}
html = doc(T + " | Արմենպրես", jsonld(data), f"""
<header><a class="logo">ԱՐՄԵՆՊՐԵՍ</a> <nav><a>Քաղաքականություն</a> <a>Տնտեսություն</a> <a>Հասարակություն</a></nav></header>
<main>
<article class="article">
<div class="article-category">Տնտեսություն</div>
<div class="article-date">14:05, 26 նոյեմբերի 2026</div>
<h1 class="article-title">{esc(T)}</h1>
<div class="article-body">
<p>{esc(P[0])}</p>
<p><a>Կարդացեք նաև՝ Հայաստանում ավտոմեքենաների ներմուծումն աճել է</a></p>
{ps(P[1:])}
</div>
<div class="share">Կիսվել</div>
</article>
<aside><h3>Վերջին լուրեր</h3><ul><li><span>13:40, 26 նոյեմբերի 2026</span> <a>Գյումրիում նոր ավտոբուսներ են գործարկվել</a></li></ul></aside>
</main>
""", lang="hy")
add("intl_hy_armenpress", html,
    url="https://armenpress.am/hy/article/1198765",
    kind="intl",
    modelled_on="Արմենպրես / Armenpress (armenpress.am, Armenian state news agency, Armenian edition) article page (category, date ABOVE the headline written time-first 'HH:MM, DD monthGEN YYYY', h1, agency dateline 'ԵՐԵՎԱՆ, monthGEN DD, ԱՐՄԵՆՊՐԵՍ։' opening the text, 'Կարդացեք նաև՝' (read also) link, share, latest news with the same time-first dates; NewsArticle JSON-LD with +04:00 and seconds)",
    language="hy", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Armenian script; time-first date above the headline '14:05, 26 նոյեմբերի 2026' (նոյեմբերի = of November), Armenia +04:00, JSON-LD agrees and supplies seconds. The agency dateline opening the first sentence stays in the paragraph (Armenian full stop ։). No byline: author null; the agency name in the dateline is not a source label.",
    classes=["armenian_script", "armenian_month_genitive", "time_before_date", "date_above_headline", "jsonld_seconds_agree", "dateline_in_first_paragraph", "read_also_inside_body", "share_bar", "related_dates", "no_author", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T14:05:39+04:00",
    author=None, editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_zu_isolezwe
T = "Imboni yezingxenye zezimoto eThekwini izoqasha abantu abangu-400"
P = [
    "Inkampani ekhiqiza izingxenye zezimoto eThekwini imemezele ukuthi izoqasha abantu abangu-400 ngonyaka ozayo ngemuva kokuthola inkontileka entsha.",
    "Umphathi wenkampani, uMnu Themba Ndlovu, uthe inkontileka ibalelwa ku-R1,2 billion futhi izoqhubeka iminyaka eyisikhombisa.",
    "Uthe iningi labasebenzi abasha lizoqashwa ezindaweni ezakhelene nemboni.",
]
NOISE = [
    "Abasebenzi embonini. ISITHOMBE: SIBUSISO NDLOVU",
    "FUNDA NALOKHU: Intengo kaphethiloli yehla ngoDisemba",
    "Yabelana",
    "Izindaba ezihlobene",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-27T08:15:00+02:00",
        "author": {"@type": "Person", "name": "Sipho Mkhize"}, "inLanguage": "zu"}
html = doc(T + " | Isolezwe", jsonld(data), f"""
<header><a class="logo">Isolezwe</a> <nav><a>Izindaba</a> <a>Ezebhizinisi</a> <a>Ezemidlalo</a></nav></header>
<article class="article">
<div class="section">Ezebhizinisi</div>
<h1>{esc(T)}</h1>
<div class="article-meta"><span class="byline">NguSipho Mkhize</span> <span class="pubdate">27 Novemba 2026 | 08:15</span></div>
<figure><img src="/images/imboni.jpg"><figcaption>Abasebenzi embonini. ISITHOMBE: SIBUSISO NDLOVU</figcaption></figure>
<div class="article-body">
<p>{esc(P[0])}</p>
<p><strong>FUNDA NALOKHU: <a>Intengo kaphethiloli yehla ngoDisemba</a></strong></p>
{ps(P[1:])}
</div>
<div class="share">Yabelana</div>
</article>
<aside><h3>Izindaba ezihlobene</h3><ul><li><a>Abasebenzi bezimoto baxoxisana ngamaholo</a></li></ul></aside>
""", lang="zu")
add("intl_zu_isolezwe", html,
    url="https://www.isolezwe.co.za/ezebhizinisi/imboni-yezingxenye-zezimoto-ethekwini-izoqasha-abantu-abangu-400-2026-11-27",
    kind="intl",
    modelled_on="Isolezwe (isolezwe.co.za, isiZulu daily, Independent Media template) article page (section, h1, article-meta with the byline glued to the Zulu copula prefix 'NguX Y' (by X Y) and a 'D Month YYYY | HH:MM' date with the Zulu month name, photo caption with an upper-case 'ISITHOMBE:' (picture) credit, bold 'FUNDA NALOKHU:' (read also) link inside the text, share, related news; NewsArticle JSON-LD with +02:00; URL ending in the date)",
    language="zu", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Byline prefix glued to the name: 'NguSipho Mkhize' (ngu- = 'it is / by'); the author is 'Sipho Mkhize'. Zulu month Novemba = November; South Africa +02:00, JSON-LD agrees (no seconds). The photographer in the caption is not an author.",
    classes=["glued_byline_prefix", "zulu_month_name", "jsonld_agrees", "caption_photo_credit", "read_also_inside_body", "share_bar", "url_date", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T08:15:00+02:00",
    author="Sipho Mkhize", editor=None, source=None, paragraphs=P, body_noise=NOISE)
