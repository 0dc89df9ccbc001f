"""Pages from other countries, part B: Azerbaijani, Afrikaans, Burmese, Uzbek, Sinhala."""
from _common import FETCH_INTL, add, doc, esc, jsonld, ps

# ---------------------------------------------------------------------------------------------
# Azerbaijan — Report.az (news agency site), year-less visible date
# ---------------------------------------------------------------------------------------------
T = "Gəncədə avtomobil ehtiyat hissələri zavodu istehsala başlayıb"
P = [
    "Gəncə sənaye parkında avtomobil ehtiyat hissələri istehsal edən yeni zavod fəaliyyətə başlayıb. Müəssisədə ildə 400 min ədəd əyləc diski və baraban istehsal olunacaq.",
    "Zavodun tikintisinə 24 milyon manat sərmayə yatırılıb və burada 180 nəfər daimi işlə təmin olunub.",
    "Məhsulların 60 faizinin Mərkəzi Asiya və Gürcüstan bazarlarına ixrac edilməsi planlaşdırılır.",
]
body = f"""
<header class="rp-header"><a class="rp-logo">Report</a><nav><a>Siyasət</a><a>Biznes</a><a>Sənaye</a><a>Dünya</a></nav></header>
<div class="news-detail">
<div class="nd-cat"><a>Sənaye</a></div>
<h1 class="nd-title">{esc(T)}</h1>
<div class="nd-date"><span class="nd-day">27 noyabr</span> <span class="nd-time">12:45</span></div>
<div class="nd-img"><img src="/uploads/2026/11/27/zavod.jpg" alt=""><span class="nd-photo">Foto: Report</span></div>
<div class="nd-text">
{ps(P)}
</div>
<div class="nd-tg">Report-u Telegram-da izləyin</div>
<div class="nd-latest"><h3>Digər xəbərlər</h3><ul><li><span>13:20</span> Neft qiymətləri ucuzlaşıb</li><li><span>26 noyabr 18:05</span> Avtomobil idxalı artıb</li></ul></div>
</div>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-27T12:45:18+04:00",
               "publisher": {"@type": "Organization", "name": "Report"}})
add("intl_az_report", doc(T + " | Report.az", head, body, lang="az"),
    url="https://report.az/senaye/gencede-avtomobil-ehtiyat-hisseleri-zavodu/",
    kind="intl",
    modelled_on="Report.az (Azerbaijani news agency site, Latin script) news page (category, h1, date line with a year-less 'D month' span and a separate 'HH:MM' span, picture with 'Foto: Report', Telegram prompt, latest-news list with time-only and year-less entries; NewsArticle JSON-LD with the year, +04:00 and seconds; no byline)",
    language="az", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible '27 noyabr 12:45' has no year (and day and time sit in separate spans); JSON-LD 2026-11-27T12:45:18+04:00 gives the year and agrees with the printed minute. No author. The agency name is only the publisher (no source credit line). Sidebar times are traps.",
    classes=["no_year_date", "date_split_elements", "azerbaijani_month_name", "jsonld_seconds_agree",
             "caption_photo_credit", "telegram_prompt", "time_only_sidebar", "no_author", "no_source",
             "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T12:45:18+04:00",
    author=None, editor=None, source=None,
    paragraphs=P,
    body_noise=["Foto: Report", "Report-u Telegram-da izləyin", "Neft qiymətləri ucuzlaşıb", "Avtomobil idxalı artıb"])

# ---------------------------------------------------------------------------------------------
# South Africa (Afrikaans) — Netwerk24 Sake, 'Deur X en Y', subscriber paywall
# ---------------------------------------------------------------------------------------------
T = "Onderdeelvervaardigers in Oos-Kaap kry nuwe uitvoerbestellings"
P = [
    "Motoronderdeelvervaardigers in die Oos-Kaap het vanjaar nuwe uitvoerbestellings ter waarde van sowat R2,4 miljard ontvang, het die provinsiale nywerheidsvereniging Donderdag gesê.",
    "Die meeste bestellings kom van Europese motorvervaardigers wat hul verskaffingskettings wil verbreed.",
    "Volgens die vereniging sal ten minste drie fabrieke in Gqeberha en Oos-Londen hul produksielyne volgende jaar uitbrei.",
]
body = f"""
<header class="n24-header"><a class="n24-logo">Netwerk24</a><nav><a>Nuus</a><a>Sake</a><a>Sport</a><a>Leefstyl</a></nav></header>
<article class="article">
<div class="article__section">Sake</div>
<h1 class="article__title">{esc(T)}</h1>
<div class="article__byline">Deur <a>Pieter van Wyk</a> en <a>Anri Botha</a></div>
<div class="article__date">Gepubliseer 28 Nov 2026 · 07:15</div>
<figure><img src="/img/2026/11/28/fabriek.jpg" alt=""><figcaption>’n Onderdeelfabriek in Gqeberha. Foto: Argief</figcaption></figure>
<div class="article__body">
{ps(P[:2])}
<p class="read-also"><strong>Lees ook:</strong> <a>Motoruitvoere styg ondanks hawevertragings</a></p>
{ps(P[2:])}
<div class="paywall">Hierdie artikel is eksklusief vir intekenare. Teken in om voort te lees.</div>
</div>
<div class="article__share">Deel hierdie artikel</div>
</article>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-28T07:15:48+02:00", "isAccessibleForFree": False,
               "author": [{"@type": "Person", "name": "Pieter van Wyk"}, {"@type": "Person", "name": "Anri Botha"}]})
add("intl_af_netwerk24", doc(T + " | Netwerk24", head, body, lang="af"),
    url="https://www.netwerk24.com/netwerk24/sake/maatskappye/onderdeelvervaardigers-in-oos-kaap-20261128",
    kind="intl",
    modelled_on="Netwerk24 (Afrikaans news site, Sake / business section) article page (section, h1, byline 'Deur X en Y' (by X and Y), 'Gepubliseer D Mon YYYY · HH:MM' date line, figure caption ending in 'Foto: Argief', bold 'Lees ook:' link inside the text, subscriber paywall box after the free paragraphs, share line; NewsArticle JSON-LD with +02:00, seconds and isAccessibleForFree false; URL ending in the date)",
    language="af", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="'Gepubliseer 28 Nov 2026 · 07:15' (SAST, +02:00); JSON-LD 07:15:48 agrees. Two authors joined by 'en' (and). Body = the free paragraphs around the read-also link; the paywall box, caption and link are noise. 'Donderdag' in the text is the day of the statement, not the publication day.",
    classes=["two_authors_en", "abbrev_month", "middle_dot_separator", "jsonld_seconds_agree", "paywall_prompt",
             "read_also_inside_body", "caption_photo_credit", "weekday_word_in_text", "url_date", "no_source",
             "no_editor"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T07:15:48+02:00",
    author="Pieter van Wyk, Anri Botha", editor=None, source=None,
    paragraphs=P,
    body_noise=["Lees ook: Motoruitvoere styg ondanks hawevertragings",
                "Hierdie artikel is eksklusief vir intekenare. Teken in om voort te lees.",
                "’n Onderdeelfabriek in Gqeberha. Foto: Argief", "Deel hierdie artikel"])

# ---------------------------------------------------------------------------------------------
# Myanmar (Burmese) — Eleven Media (news-eleven.com), Myanmar digits, 'evening' 12-hour clock
# ---------------------------------------------------------------------------------------------
T = "ရန်ကုန်တွင် ကားအပိုပစ္စည်း တင်သွင်းမှု ၁၅ ရာခိုင်နှုန်း မြင့်တက်"
P = [
    "ယခုနှစ် ပထမ ဆယ်လအတွင်း ကားအပိုပစ္စည်း တင်သွင်းမှုသည် ယမန်နှစ် ကာလတူထက် ၁၅ ရာခိုင်နှုန်း မြင့်တက်လာကြောင်း ကုန်သည်များအသင်းက ပြောကြားသည်။",
    "တာယာ၊ ဘက်ထရီနှင့် ဘရိတ်ပစ္စည်းများ တင်သွင်းမှု အများဆုံးဖြစ်ပြီး အိမ်နီးချင်းနိုင်ငံများမှ အဓိက တင်သွင်းကြောင်း သိရသည်။",
    "ငွေလဲနှုန်း အတက်အကျကြောင့် အပိုပစ္စည်း ဈေးနှုန်းများ မတည်ငြိမ်ကြောင်း ကုန်သည်များက ပြောကြားသည်။",
]
body = f"""
<header class="el-header"><a class="el-logo">Eleven Media Group</a><nav><a>သတင်း</a><a>စီးပွားရေး</a><a>နိုင်ငံတကာ</a></nav></header>
<div class="el-article">
<div class="el-cat">စီးပွားရေး</div>
<h1 class="el-title">{esc(T)}</h1>
<div class="el-meta"><span class="el-author">ကျော်ဇင်ထွန်း</span><span class="el-date">နိုဝင်ဘာ ၂၇၊ ၂၀၂၆ | ညနေ ၄:၁၅</span></div>
<div class="el-img"><img src="/sites/default/files/2026-11/parts.jpg" alt=""><span class="el-credit">ဓာတ်ပုံ - မော်ကွန်း</span></div>
<div class="el-body">
{ps(P)}
</div>
<div class="el-share">Share</div>
<div class="el-related"><h3>ဆက်စပ်သတင်းများ</h3><ul><li>မော်တော်ယာဉ် တင်သွင်းမှု လျော့ကျ<span>နိုဝင်ဘာ ၂၅၊ ၂၀၂၆</span></li></ul></div>
</div>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-27T16:15:08+06:30",
               "author": {"@type": "Person", "name": "ကျော်ဇင်ထွန်း"}})
add("intl_my_eleven", doc(T + " | Eleven Media Group", head, body, lang="my"),
    url="https://news-eleven.com/article/291204",
    kind="intl",
    modelled_on="Eleven Media Group (news-eleven.com, Myanmar, Burmese-language) article page (category, h1, meta with the author and 'month D၊ YYYY | ညနေ H:MM' written in Myanmar digits with the Burmese 'evening' word as a 12-hour marker, picture credit 'ဓာတ်ပုံ - မော်ကွန်း' (photo: archive), share line, related list with Myanmar-digit dates; NewsArticle JSON-LD with +06:30 and seconds)",
    language="my", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="'နိုဝင်ဘာ ၂၇၊ ၂၀၂၆ | ညနေ ၄:၁၅' = 27 November 2026, 4:15 in the evening = 16:15 (Myanmar Time, +06:30); JSON-LD 16:15:08+06:30 agrees. Digits are Myanmar digits. Author ကျော်ဇင်ထွန်း. Credit and related list are noise.",
    classes=["myanmar_digits", "ampm_burmese", "half_hour_offset", "burmese_month_name", "jsonld_seconds_agree",
             "caption_photo_credit", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T16:15:08+06:30",
    author="ကျော်ဇင်ထွန်း", editor=None, source=None,
    paragraphs=P,
    body_noise=["ဓာတ်ပုံ - မော်ကွန်း", "ဆက်စပ်သတင်းများ", "မော်တော်ယာဉ် တင်သွင်းမှု လျော့ကျ"])

# ---------------------------------------------------------------------------------------------
# Uzbekistan (Uzbek, Latin) — Kun.uz, 'HH:MM / DD.MM.YYYY' (time first), meta one minute earlier
# ---------------------------------------------------------------------------------------------
T = "Andijonda avtomobil ehtiyot qismlari ishlab chiqaruvchi yangi korxona ochildi"
P = [
    "Andijon viloyatida avtomobil ehtiyot qismlari ishlab chiqaradigan yangi korxona ishga tushirildi. Loyiha qiymati 32 million dollarni tashkil etadi.",
    "Korxonada yiliga 1,2 million dona o‘rindiq qoplamasi va plastik detallar ishlab chiqarilishi rejalashtirilgan.",
    "Mahsulotlarning bir qismi Qozog‘iston va Rossiyaga eksport qilinadi. Korxonada 450 nafar yangi ish o‘rni yaratildi.",
]
body = f"""
<header class="kun-header"><a class="kun-logo">Kun.uz</a><nav><a>Yangiliklar</a><a>O‘zbekiston</a><a>Iqtisodiyot</a><a>Jahon</a></nav></header>
<div class="single-layout">
<div class="single-header">
<div class="single-header__meta"><span class="date">14:25 / 27.11.2026</span><span class="views">4523</span></div>
<h1 class="single-header__title">{esc(T)}</h1>
</div>
<div class="single-content">
{ps(P[:2])}
<div class="adv">Reklama</div>
{ps(P[2:])}
</div>
<div class="single-tg">Kun.uz Telegram kanaliga obuna bo‘ling</div>
<div class="single-tags">Teglar: <a>Andijon</a> <a>avtosanoat</a></div>
<div class="news-related"><h3>Mavzuga oid</h3><ul><li><span>12:10 / 26.11.2026</span> Avtomobil eksporti oshdi</li><li><span>09:45 / 25.11.2026</span> Shina ishlab chiqarish kengaymoqda</li></ul></div>
</div>
"""
head = ('<meta property="article:published_time" content="2026-11-27T14:24:51+05:00">\n'
        '<meta property="og:type" content="article">')
add("intl_uz_kunuz", doc(T, head, body, lang="uz"),
    url="https://kun.uz/news/2026/11/27/andijonda-avtomobil-ehtiyot-qismlari",
    kind="intl",
    modelled_on="Kun.uz (Uzbek news portal, Latin script) news page (single-header meta ABOVE the headline with the time first 'HH:MM / DD.MM.YYYY' and a bare view count, in-text 'Reklama' slot, Telegram prompt, Teglar tags, 'Mavzuga oid' (related) list with the same time-first dates; article:published_time meta one minute earlier than the printed minute; URL with the date)",
    language="uz", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '14:25 / 27.11.2026' (time before date, above the h1); the meta says 14:24:51+05:00 (another minute), so the printed 14:25 stands with :00 and the meta's offset. No byline. The ad slot, Telegram prompt, tags and related stamps are noise / traps.",
    classes=["time_before_date", "date_above_headline", "dotted_date", "meta_minute_disagree", "view_count",
             "ad_inside_body", "telegram_prompt", "tags_line", "related_dates", "url_date", "no_author",
             "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T14:25:00+05:00",
    author=None, editor=None, source=None,
    paragraphs=P,
    body_noise=["Reklama", "Kun.uz Telegram kanaliga obuna bo‘ling", "Teglar: Andijon avtosanoat",
                "Avtomobil eksporti oshdi"])

# ---------------------------------------------------------------------------------------------
# Sri Lanka (Sinhala) — Lankadeepa, 'YYYY month DD ප.ව. H.MM' (p.m., dotted clock)
# ---------------------------------------------------------------------------------------------
T = "වාහන අමතර කොටස් ආනයනය සියයට 20 කින් ඉහළට"
P = [
    "මෙම වසරේ පළමු මාස දහය තුළ වාහන අමතර කොටස් ආනයනය සියයට 20 කින් ඉහළ ගොස් ඇති බව රේගු දත්ත පෙන්වා දෙයි.",
    "ටයර්, බැටරි සහ තිරිංග කොටස් ආනයනය වැඩිම ප්‍රමාණයක් වාර්තා වී ඇත.",
    "වාහන ආනයනය යළි ආරම්භ කිරීමත් සමඟ අමතර කොටස් සඳහා ඉල්ලුම තවදුරටත් ඉහළ යනු ඇතැයි වෙළෙන්දෝ පවසති.",
]
body = f"""
<header class="ld-header"><a class="ld-logo">ලංකාදීප</a><nav><a>පුවත්</a><a>ව්‍යාපාර</a><a>ක්‍රීඩා</a></nav></header>
<div class="ld-article">
<div class="ld-cat">ව්‍යාපාර</div>
<h1 class="ld-title">{esc(T)}</h1>
<div class="ld-meta"><span class="ld-author">නිශාන්ත පෙරේරා</span><span class="ld-date">2026 නොවැම්බර් 28 ප.ව. 3.25</span></div>
<div class="ld-body">
{ps(P)}
</div>
<div class="ld-comments">අදහස් (3)</div>
<div class="ld-more"><h3>තවත් පුවත්</h3><ul><li>ඉන්ධන මිල නොවෙනස්ව<span>2026 නොවැම්බර් 27</span></li></ul></div>
</div>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-28T15:25:40+05:30",
               "author": {"@type": "Person", "name": "නිශාන්ත පෙරේරා"}})
add("intl_si_lankadeepa", doc(T + " | Lankadeepa", head, body, lang="si"),
    url="https://www.lankadeepa.lk/business/291733",
    kind="intl",
    modelled_on="ලංකාදීප / Lankadeepa (Sri Lankan Sinhala daily) article page (category, h1, meta with the author and 'YYYY month DD ප.ව. H.MM' (Sinhala month name, Sinhala p.m. abbreviation, dot-separated clock), comment count, more-news list with dates; NewsArticle JSON-LD with +05:30 and seconds)",
    language="si", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="'2026 නොවැම්බර් 28 ප.ව. 3.25' = 28 November 2026, 3.25 p.m. (ප.ව. = afternoon) = 15:25 (+05:30); JSON-LD 15:25:40 agrees. Author නිශාන්ත පෙරේරා. Comment count and more-news list are noise.",
    classes=["sinhala_month_name", "ampm_sinhala", "dotted_clock", "year_first_date", "jsonld_seconds_agree",
             "comment_count", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T15:25:40+05:30",
    author="නිශාන්ත පෙරේරා", editor=None, source=None,
    paragraphs=P,
    body_noise=["අදහස් (3)", "ඉන්ධන මිල නොවෙනස්ව"])
