"""Pages from other countries, part A: Albanian, Macedonian, Mongolian, Tamil, Kazakh."""
from _common import FETCH_INTL, add, doc, esc, jsonld, ps

# ---------------------------------------------------------------------------------------------
# Albania — Monitor.al (business magazine site)
# ---------------------------------------------------------------------------------------------
T = "Eksportet e pjesëve të automjeteve rriten me 18% në dhjetë muaj"
P = [
    "Eksportet e pjesëve dhe aksesorëve për automjete arritën në 214 milionë euro gjatë dhjetë muajve të parë të vitit, me një rritje prej 18% krahasuar me të njëjtën periudhë të një viti më parë, sipas të dhënave të doganave.",
    "Pjesën më të madhe të eksporteve e përbëjnë kabllot elektrike dhe sistemet e ndezjes, që prodhohen kryesisht në fabrikat me fason në Durrës dhe Shkodër.",
    "Përfaqësues të sektorit thonë se rritja lidhet me zhvendosjen e disa porosive nga fabrikat në Azi drejt vendeve më afër tregut evropian.",
    "Megjithatë, prodhuesit ankohen për mungesën e fuqisë punëtore të kualifikuar dhe për rritjen e pagave, që po ul marzhet e fitimit.",
]
body = f"""
<header class="site-header"><a class="logo" href="/">Monitor</a><nav><a>Ekonomi</a><a>Biznes</a><a>Financë</a><a>Opinion</a></nav></header>
<main class="single-post">
<div class="post-category"><a>Biznes</a></div>
<h1 class="post-title">{esc(T)}</h1>
<div class="post-meta"><span class="post-author">Nga <a>Arben Hoxha</a> dhe <a>Elira Kola</a></span><span class="post-date">27 nëntor 2026, 10:15</span></div>
<figure class="post-thumb"><img src="/wp-content/uploads/2026/11/pjese.jpg" alt=""><figcaption>Foto: Ilustruese</figcaption></figure>
<div class="post-content">
{ps(P[:2])}
<p><strong>Lexo edhe: <a href="/importet-e-makinave-elektrike/">Importet e makinave elektrike dyfishohen</a></strong></p>
{ps(P[2:])}
</div>
<div class="newsletter-box">Abonohu në buletinin e Monitor për lajmet më të fundit ekonomike</div>
<div class="post-tags">Etiketa: <a>eksportet</a> <a>pjesë këmbimi</a> <a>fason</a></div>
<section class="related"><h3>Lajme të ngjashme</h3><ul><li>Prodhimi industrial rritet në tremujorin e tretë<span>25 nëntor 2026</span></li></ul></section>
</main>
<footer>© Monitor</footer>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-27T10:15:22+01:00", "dateModified": "2026-11-27T10:15:22+01:00",
               "author": [{"@type": "Person", "name": "Arben Hoxha"}, {"@type": "Person", "name": "Elira Kola"}]})
add("intl_sq_monitor", doc(T + " - Monitor", head, body, lang="sq"),
    url="https://www.monitor.al/eksportet-e-pjeseve-te-automjeteve-rriten-me-18/",
    kind="intl",
    modelled_on="Monitor.al (Albanian business magazine, WordPress) single post (category label, h1, post-meta with 'Nga X dhe Y' (by X and Y) and 'D month YYYY, HH:MM' with a lower-case Albanian month, figure with 'Foto:' caption, bold 'Lexo edhe:' (read also) link inside the text, newsletter box, Etiketa tags, related list with dates; NewsArticle JSON-LD with +01:00 and seconds)",
    language="sq", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '27 nëntor 2026, 10:15' (nëntor = November); JSON-LD 10:15:22+01:00 agrees. Two authors joined by 'dhe' (and). The read-also link, caption, newsletter box and tags are noise.",
    classes=["albanian_month_name", "two_authors_dhe", "jsonld_seconds_agree", "caption_photo_credit",
             "read_also_inside_body", "newsletter_prompt", "tags_line", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:15:22+01:00",
    author="Arben Hoxha, Elira Kola", editor=None, source=None,
    paragraphs=P,
    body_noise=["Lexo edhe: Importet e makinave elektrike dyfishohen", "Foto: Ilustruese",
                "Abonohu në buletinin e Monitor për lajmet më të fundit ekonomike", "Etiketa:",
                "Prodhimi industrial rritet në tremujorin e tretë"])

# ---------------------------------------------------------------------------------------------
# North Macedonia — Слободен печат (slobodenpecat.mk), update printed before publication
# ---------------------------------------------------------------------------------------------
T = "Фабриките за автоделови во слободните зони вработиле 1.200 нови работници"
P = [
    "Компаниите за производство на автоделови во технолошко-индустриските развојни зони вработиле околу 1.200 нови работници од почетокот на годината, покажуваат податоците на Дирекцијата за зони.",
    "Најголем дел од новите работни места се отворени во фабриките за кабелски инсталации и седишта во Скопје и Штип.",
    "Од Дирекцијата велат дека до крајот на годината се очекува почеток на изградба на уште два погона, со вкупна инвестиција од 45 милиони евра.",
    "Синдикатите, пак, предупредуваат дека платите во секторот сè уште заостануваат зад просекот во индустријата.",
]
body = f"""
<header class="sp-header"><a class="sp-logo">Слободен печат</a><nav><a>Македонија</a><a>Економија</a><a>Свет</a><a>Спорт</a></nav></header>
<article class="sp-article">
<div class="sp-rubric">Економија</div>
<h1 class="sp-title">{esc(T)}</h1>
<div class="sp-meta">
<div class="sp-dates"><span class="sp-updated">Ажурирано: 28 ноември 2026, 08:12</span> <span class="sp-published">Објавено: 27 ноември 2026, 11:40</span></div>
<div class="sp-author">Автор: <a>Марија Стојановска</a></div>
</div>
<div class="sp-body">
{ps(P[:2])}
<p class="sp-more"><b>Прочитајте повеќе:</b> <a>Извозот на автоделови надмина две милијарди евра</a></p>
{ps(P[2:])}
</div>
<div class="sp-follow">Следете нè на Фејсбук и Инстаграм</div>
<section class="sp-comments"><h3>Коментари (2)</h3><div class="c"><span>Горан</span><span>27.11.2026 13:02</span><p>Платите мора да се зголемат.</p></div></section>
</article>
"""
head = ('<meta property="article:published_time" content="2026-11-27T11:40:05+01:00">\n'
        '<meta property="article:modified_time" content="2026-11-28T08:12:30+01:00">')
add("intl_mk_slobodenpecat", doc(T + " | Слободен печат", head, body, lang="mk"),
    url="https://www.slobodenpecat.mk/fabrikite-za-avtodelovi-vo-slobodnite-zoni/",
    kind="intl",
    modelled_on="Слободен печат (slobodenpecat.mk, Macedonian daily, Cyrillic) article page (rubric, h1, meta block printing 'Ажурирано: date, time' (updated) BEFORE 'Објавено: date, time' (published) with Macedonian month names, 'Автор:' line, bold 'Прочитајте повеќе:' link inside the text, social follow line, comments with dotted date-times; article:published_time / modified_time meta)",
    language="mk", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The update (28 ноември 08:12) is printed first; publication is 'Објавено: 27 ноември 2026, 11:40', and the published_time meta 11:40:05+01:00 agrees. Author Марија Стојановска. Read-more link, follow line and comments are noise.",
    classes=["cyrillic_text", "macedonian_month_name", "update_before_publish", "meta_seconds_agree",
             "update_in_meta", "read_also_inside_body", "social_follow_prompt", "comment_dates", "no_source",
             "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T11:40:05+01:00",
    author="Марија Стојановска", editor=None, source=None,
    paragraphs=P,
    body_noise=["Прочитајте повеќе: Извозот на автоделови надмина две милијарди евра", "Следете нè на Фејсбук и Инстаграм",
                "Ажурирано: 28 ноември 2026, 08:12", "Платите мора да се зголемат."])

# ---------------------------------------------------------------------------------------------
# Mongolia — ikon.mn (Cyrillic), 'YYYY оны MM сарын DD' date
# ---------------------------------------------------------------------------------------------
T = "Автомашины сэлбэгийн импорт 10 сард 12 хувиар өслөө"
P = [
    "Гаалийн ерөнхий газрын мэдээгээр оны эхний арван сард автомашины сэлбэг, дагалдах хэрэгслийн импорт 412 сая ам.долларт хүрч, өмнөх оны мөн үеэс 12 хувиар өссөн байна.",
    "Импортын дийлэнх хувийг дугуй, аккумлятор болон тоормосны эд анги эзэлж байгаа бөгөөд гол нийлүүлэгч орнууд хэвээр байна.",
    "Салбарын төлөөлөгчид өвлийн улиралд дугуй, аккумляторын эрэлт нэмэгддэг тул импорт оны сүүлээр дахин өсөх төлөвтэй байгааг онцоллоо.",
]
body = f"""
<div class="ikon-top"><a class="logo">IKON.MN</a><nav><a>Улс төр</a><a>Эдийн засаг</a><a>Нийгэм</a><a>Дэлхий</a></nav></div>
<div class="news-page">
<div class="nw-cat">Эдийн засаг</div>
<h1 class="nw-title">{esc(T)}</h1>
<div class="nw-info"><span class="nw-author">Б.Номин</span><span class="nw-date">2026 оны 11 сарын 26, 14:05</span><span class="nw-views">Үзсэн: 3412</span></div>
<div class="nw-img"><img src="/img/2026/11/26/selbeg.jpg" alt=""><span class="nw-credit">Зураг: Архив</span></div>
<div class="nw-body">
{ps(P)}
</div>
<div class="nw-comments">Сэтгэгдэл (7)</div>
<div class="nw-related"><h3>Холбоотой мэдээ</h3><ul><li>Шинэ автомашины импорт буурчээ<span>2026.11.20</span></li><li>Дугуйн үнэ өсөх хандлагатай<span>2026.11.18</span></li></ul></div>
</div>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-26T14:05:44+08:00",
               "author": {"@type": "Person", "name": "Б.Номин"}})
add("intl_mn_ikon", doc(T + " - IKON.MN", head, body, lang="mn"),
    url="https://ikon.mn/n/3k7q",
    kind="intl",
    modelled_on="IKON.MN (Mongolian news portal, Cyrillic) news page (category, h1, info row with the author in 'Initial.Name' form, the date written 'YYYY оны MM сарын DD, HH:MM' (year-of / month-of / day) and a view counter, picture credit, comment count, related list with dotted dates; NewsArticle JSON-LD with +08:00 and seconds; short URL without a date)",
    language="mn", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="'2026 оны 11 сарын 26, 14:05' = 2026-11-26 14:05 (Ulaanbaatar, +08:00); JSON-LD 14:05:44 agrees. Author Б.Номин (patronymic initial kept as written). Credit, comment count and related list are noise.",
    classes=["mongolian_date_words", "cyrillic_text", "jsonld_seconds_agree", "initial_dot_name", "view_count",
             "caption_photo_credit", "comment_count", "related_dates", "short_url_no_date", "no_source",
             "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T14:05:44+08:00",
    author="Б.Номин", editor=None, source=None,
    paragraphs=P,
    body_noise=["Зураг: Архив", "Сэтгэгдэл (7)", "Үзсэн: 3412", "Шинэ автомашины импорт буурчээ"])

# ---------------------------------------------------------------------------------------------
# India (Tamil) — Dinamani (Quintype-style template), 12-hour clock with English labels
# ---------------------------------------------------------------------------------------------
T = "தமிழக வாகன உதிரிபாக ஏற்றுமதி 15% உயர்வு"
P = [
    "சென்னை: தமிழகத்தில் இருந்து வாகன உதிரிபாகங்கள் ஏற்றுமதி நடப்பு நிதியாண்டின் முதல் ஏழு மாதங்களில் 15 சதவீதம் அதிகரித்துள்ளது என்று தொழில் சங்க நிர்வாகிகள் தெரிவித்தனர்.",
    "ஸ்ரீபெரும்புதூர், ஓசூர் பகுதிகளில் உள்ள தொழிற்சாலைகளில் இருந்து ஐரோப்பிய நாடுகளுக்கு பிரேக் மற்றும் கியர் பாகங்கள் அதிக அளவில் அனுப்பப்படுகின்றன.",
    "மின்சார வாகனங்களுக்கான மோட்டார் பாகங்களுக்கும் தேவை அதிகரித்து வருவதால், அடுத்த ஆண்டு புதிய முதலீடுகள் வரும் என எதிர்பார்க்கப்படுகிறது.",
]
body = f"""
<header class="qt-header"><a class="logo">தினமணி</a><nav><a>தமிழ்நாடு</a><a>இந்தியா</a><a>வணிகம்</a><a>உலகம்</a></nav></header>
<div class="story-page">
<div class="story-section">வணிகம்</div>
<h1 class="headline">{esc(T)}</h1>
<div class="author-block"><a class="author-name">எஸ். கார்த்திகேயன்</a></div>
<div class="story-dates"><div class="published">Published on: 27 நவம்பர் 2026, 4:35 pm</div><div class="updated">Updated on: 27 நவம்பர் 2026, 6:02 pm</div></div>
<div class="story-element-image"><img src="/images/2026/11/27/parts.jpg" alt=""><span class="attribution">கோப்புப் படம்</span></div>
<div class="story-element-text">
{ps(P[:2])}
<p><b>இதையும் படிக்க:</b> <a>மின்சார இருசக்கர வாகன விற்பனை அதிகரிப்பு</a></p>
{ps(P[2:])}
</div>
<div class="follow-box">தினமணி செய்திகளை வாட்ஸ்ஆப்பில் பெற இங்கே கிளிக் செய்யவும்</div>
<div class="story-tags">Tags: <a>ஏற்றுமதி</a> <a>வாகன உதிரிபாகங்கள்</a></div>
</div>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-27T16:35:10+05:30", "dateModified": "2026-11-27T18:02:44+05:30",
               "author": [{"@type": "Person", "name": "எஸ். கார்த்திகேயன்"}]})
add("intl_ta_dinamani", doc(T + " | Dinamani", head, body, lang="ta"),
    url="https://www.dinamani.com/business/2026/nov/27/vehicle-parts-export-rise",
    kind="intl",
    modelled_on="தினமணி / Dinamani (Tamil daily on a Quintype-style template) story page (section, headline h1, author block, 'Published on: D month YYYY, H:MM pm' and 'Updated on:' lines with English labels, Tamil month names and a 12-hour clock, image attribution 'file picture', 'சென்னை:' dateline in the first sentence, bold 'இதையும் படிக்க:' (read also) link inside the text, WhatsApp follow box, Tags; NewsArticle JSON-LD with +05:30 and a later dateModified; URL with the date)",
    language="ta", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="'Published on: 27 நவம்பர் 2026, 4:35 pm' = 16:35 IST; JSON-LD 16:35:10+05:30 agrees (the 6:02 pm update and dateModified do not win). The 'சென்னை:' (Chennai) dateline stays in the first paragraph. Author எஸ். கார்த்திகேயன் (initial with a dot and a space). Read-also link, attribution, follow box and tags are noise.",
    classes=["tamil_month_name", "ampm_english_lowercase", "english_labels", "jsonld_seconds_agree", "update_line",
             "update_in_jsonld", "dateline_in_first_paragraph", "read_also_inside_body", "follow_prompt",
             "tags_line", "url_date", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T16:35:10+05:30",
    author="எஸ். கார்த்திகேயன்", editor=None, source=None,
    paragraphs=P,
    body_noise=["இதையும் படிக்க: மின்சார இருசக்கர வாகன விற்பனை அதிகரிப்பு", "கோப்புப் படம்",
                "தினமணி செய்திகளை வாட்ஸ்ஆப்பில் பெற இங்கே கிளிக் செய்யவும்", "Updated on: 27 நவம்பர் 2026, 6:02 pm"])

# ---------------------------------------------------------------------------------------------
# Kazakhstan — Egemen Qazaqstan (egemen.kz), relative 'Бүгін, HH:MM' (today)
# ---------------------------------------------------------------------------------------------
T = "Қостанайдағы зауыт автобөлшек өндірісін екі есеге арттырады"
P = [
    "Қостанай облысындағы автомобиль зауыты келесі жылы автобөлшек өндірісін екі есеге арттыруды жоспарлап отыр. Бұл туралы кәсіпорын басшылығы мәлімдеді.",
    "Жаңа цехта дәнекерлеу және бояу жұмыстары толық автоматтандырылады. Жобаның жалпы құны 38 миллиард теңге деп бағаланады.",
    "Кәсіпорын өкілдерінің айтуынша, жоба іске қосылғаннан кейін өңірде 600-ге жуық жаңа жұмыс орны ашылады.",
]
body = f"""
<header class="eg-header"><a class="eg-logo">Egemen Qazaqstan</a><nav><a>Саясат</a><a>Экономика</a><a>Қоғам</a><a>Аймақ</a></nav></header>
<div class="eg-article">
<div class="eg-cat">Экономика</div>
<h1 class="eg-title">{esc(T)}</h1>
<div class="eg-meta"><span class="eg-author">Айгүл Сейітқызы</span><span class="eg-date">Бүгін, 11:20</span><span class="eg-views">Қаралым: 1245</span></div>
<div class="eg-text">
{ps(P[:2])}
<p class="eg-also"><strong>Тағы оқыңыз:</strong> <a>Автокөлік өндірісі 10 айда 9 пайызға өсті</a></p>
{ps(P[2:])}
</div>
<div class="eg-tg">Egemen.kz жаңалықтарына Telegram арқылы жазылыңыз</div>
<div class="eg-related"><h3>Соңғы жаңалықтар</h3><ul><li>Ақтөбеде шина зауыты салынады<span>Кеше, 16:40</span></li><li>Жанармай бағасы тұрақты<span>27 қараша 2026</span></li></ul></div>
</div>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-30T11:20:31+05:00",
               "author": {"@type": "Person", "name": "Айгүл Сейітқызы"}})
add("intl_kk_egemen", doc(T + " | Egemen Qazaqstan", head, body, lang="kk"),
    url="https://egemen.kz/article/402817-qostanaydaghy-zauyt",
    kind="intl",
    modelled_on="Egemen Qazaqstan (egemen.kz, Kazakh-language national daily, Cyrillic) article page (category, h1, meta row with the author, a relative 'Бүгін, HH:MM' (today) date and 'Қаралым' view count, bold 'Тағы оқыңыз:' (read also) link inside the text, Telegram prompt, latest-news list with 'Кеше, HH:MM' (yesterday) and dated entries; NewsArticle JSON-LD with +05:00 and seconds)",
    language="kk", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="'Бүгін, 11:20' (today) is read against the fetch time 2026-11-30T09:00Z = 14:00 in Kazakhstan (+05:00, single national zone since 2024), so 2026-11-30 11:20; JSON-LD 11:20:31+05:00 agrees (06:20:31Z, before the fetch). Sidebar 'Кеше, 16:40' (yesterday) is a trap. Read-also link and Telegram prompt are noise.",
    classes=["relative_today", "kazakh_day_word", "cyrillic_text", "jsonld_seconds_agree", "view_count",
             "read_also_inside_body", "telegram_prompt", "relative_sidebar_times", "no_source", "no_editor"],
    title=T, published_date="2026-11-30", published_at="2026-11-30T11:20:31+05:00",
    author="Айгүл Сейітқызы", editor=None, source=None,
    paragraphs=P,
    body_noise=["Тағы оқыңыз: Автокөлік өндірісі 10 айда 9 пайызға өсті",
                "Egemen.kz жаңалықтарына Telegram арқылы жазылыңыз", "Ақтөбеде шина зауыты салынады", "Қаралым: 1245"])
