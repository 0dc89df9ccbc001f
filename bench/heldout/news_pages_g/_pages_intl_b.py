"""International pages, part B (5 pages: Bengali, Swahili, South African English, Urdu, Chilean Spanish)."""
from _common import FETCH_INTL, add, esc, epoch, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# I6. Prothom Alo (Bengali): Bengali digits, staff byline, publish + update lines, JSON-LD
# ---------------------------------------------------------------------------------------------
BODY = [
    "দেশে মোটরসাইকেলের যন্ত্রাংশ উৎপাদনে নতুন বিনিয়োগ আসছে। গাজীপুরে একটি যন্ত্রাংশ কারখানা স্থাপনে ২৫০ কোটি টাকা বিনিয়োগ করবে দেশীয় একটি প্রতিষ্ঠান।",
    "প্রতিষ্ঠানটির কর্মকর্তারা জানান, কারখানাটিতে ব্রেক শু, ক্লাচ প্লেট ও চেইন স্প্রকেট তৈরি হবে। উৎপাদন শুরু হলে প্রায় ১ হাজার ২০০ জনের কর্মসংস্থান হবে।",
    "খাতসংশ্লিষ্ট ব্যক্তিরা বলছেন, দেশে বছরে প্রায় পাঁচ লাখ মোটরসাইকেল বিক্রি হয়, কিন্তু যন্ত্রাংশের বড় অংশ এখনো আমদানি করতে হয়।",
]
PUB = "2026-11-28T15:30:21+06:00"
html = f"""<!DOCTYPE html>
<html lang="bn">
<head>
<meta charset="utf-8">
<title>মোটরসাইকেলের যন্ত্রাংশ কারখানায় ২৫০ কোটি টাকা বিনিয়োগ | প্রথম আলো</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "মোটরসাইকেলের যন্ত্রাংশ কারখানায় ২৫০ কোটি টাকা বিনিয়োগ", "datePublished": PUB, "dateModified": "2026-11-28T17:10:48+06:00", "author": {"@type": "Person", "name": "নিজস্ব প্রতিবেদক"}})}
</head>
<body>
<header><a class="logo">প্রথম আলো</a><nav><a>বাংলাদেশ</a><a>বাণিজ্য</a><a>বিশ্ব</a><a>খেলা</a></nav></header>
<main class="story">
 <div class="story-section">বাণিজ্য</div>
 <h1 class="story-headline">মোটরসাইকেলের যন্ত্রাংশ কারখানায় ২৫০ কোটি টাকা বিনিয়োগ</h1>
 <div class="story-author"><span class="name">নিজস্ব প্রতিবেদক</span><span class="place">ঢাকা</span></div>
 <div class="story-time"><time class="published">প্রকাশ: ২৮ নভেম্বর ২০২৬, ১৫: ৩০</time> <time class="updated">আপডেট: ২৮ নভেম্বর ২০২৬, ১৭: ১০</time></div>
 <div class="story-element-text">
{ps(BODY[:2])}
<p class="also-read"><a>আরও পড়ুন: গাড়ির যন্ত্রাংশ আমদানিতে শুল্ক কমানোর দাবি</a></p>
<p>{esc(BODY[2])}</p>
 </div>
 <div class="story-tags"><a>বিনিয়োগ</a> <a>মোটরসাইকেল</a></div>
 <div class="follow">প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন</div>
</main>
<footer>© প্রথম আলো</footer>
</body>
</html>
"""
add("intl_bn_prothomalo", html,
    url="https://www.prothomalo.com/business/industry/k2m8z4q1pr",
    kind="intl",
    modelled_on="প্রথম আলো (prothomalo.com, Bangladeshi daily, Quintype-style story page): section, h1, story-author with a staff byline and place, 'প্রকাশ:' and 'আপডেট:' <time> lines with Bengali digits ('DD নভেম্বর YYYY, HH: MM' with a space after the colon), 'আরও পড়ুন' link inside the text, tags, Google News follow prompt; NewsArticle JSON-LD with seconds",
    language="bn", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'প্রকাশ: ২৮ নভেম্বর ২০২৬, ১৫: ৩০' in Bengali digits = 2026-11-28 15:30 (Bangladesh, +06:00); JSON-LD datePublished 15:30:21+06:00 agrees and supplies seconds; 'আপডেট' (17:10) is an update. Byline 'নিজস্ব প্রতিবেদক' means 'staff correspondent' (no person named) -> author null; the JSON-LD Person with that label does not change this. ঢাকা is the place. Read-also link, tags and follow prompt are noise. No source, no editor.",
    classes=["bengali_digits", "jsonld_seconds_agree", "update_line", "staff_byline_not_author", "space_after_colon_clock",
             "read_also_inside_body", "tags_line", "follow_prompt", "no_author", "no_source", "no_editor"],
    title="মোটরসাইকেলের যন্ত্রাংশ কারখানায় ২৫০ কোটি টাকা বিনিয়োগ",
    published_date="2026-11-28", published_at=PUB,
    author=None, editor=None, source=None,
    paragraphs=BODY,
    body_noise=["আরও পড়ুন: গাড়ির যন্ত্রাংশ আমদানিতে শুল্ক কমানোর দাবি", "প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন"],
)

# ---------------------------------------------------------------------------------------------
# I7. Mwananchi (Swahili, Tanzania): 'Na X' byline, date only visible, time in meta, Soma zaidi
# ---------------------------------------------------------------------------------------------
BODY = [
    "Dar es Salaam. Kampuni ya kuunganisha magari ya kubebea mizigo imeanza ujenzi wa kiwanda cha vipuri katika eneo la viwanda la Kibaha, mkoani Pwani, kwa uwekezaji wa Sh45 bilioni.",
    "Mkurugenzi wa kampuni hiyo, Hassan Mwinyimkuu amesema kiwanda hicho kitazalisha betri, breki na vioo vya magari, na kinatarajiwa kuajiri watu 350 kikianza uzalishaji mwaka 2028.",
    "Kwa mujibu wa wadau wa sekta hiyo, sehemu kubwa ya vipuri vya magari vinavyouzwa nchini huagizwa kutoka nje, hali inayoongeza gharama kwa wamiliki wa magari.",
]
html = f"""<!DOCTYPE html>
<html lang="sw">
<head>
<meta charset="utf-8">
<title>Kiwanda cha vipuri vya magari kujengwa Kibaha | Mwananchi</title>
<meta property="article:published_time" content="2026-11-28T10:45:00+03:00">
<meta property="article:modified_time" content="2026-11-28T13:20:00+03:00">
</head>
<body>
<header><a class="logo">Mwananchi</a><nav><a>Habari</a><a>Biashara</a><a>Michezo</a><a>Maoni</a></nav></header>
<main class="article-page">
 <div class="article-topic">Biashara</div>
 <h1 class="title-medium">Kiwanda cha vipuri vya magari kujengwa Kibaha</h1>
 <div class="article-meta">
  <p class="byline">Na <a>Juma Mtanda</a></p>
  <p class="date">Jumamosi, Novemba 28, 2026 — imesasishwa Novemba 28, 2026</p>
 </div>
 <p class="article-summary">Kiwanda kinatarajiwa kuajiri watu 350.</p>
 <div class="paragraph-wrapper">
{ps(BODY[:2])}
<p class="read-more"><b>Soma zaidi:</b> <a>Bei ya vipuri vya magari yapanda kwa asilimia 12</a></p>
<p>{esc(BODY[2])}</p>
 </div>
 <div class="subscribe-cta">Jiunge na Mwananchi Digital upate habari zaidi kila siku</div>
 <div class="share">Shiriki: <a>WhatsApp</a> <a>Facebook</a> <a>X</a></div>
</main>
<footer>© Mwananchi Communications Ltd</footer>
</body>
</html>
"""
add("intl_sw_mwananchi", html,
    url="https://www.mwananchi.co.tz/mw/biashara/kiwanda-cha-vipuri-vya-magari-kujengwa-kibaha-4829311",
    kind="intl",
    modelled_on="Mwananchi (mwananchi.co.tz, Tanzanian Swahili daily, Nation Media template) article page (topic, h1, 'Na X' byline, date line 'Weekday, Mwezi DD, YYYY — imesasishwa …' with no clock, summary, 'Soma zaidi:' link inside the text, subscription call-to-action, share bar; article:published_time / modified_time meta with +03:00)",
    language="sw", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The visible date 'Jumamosi, Novemba 28, 2026' (Saturday, November 28) has no time; the time of day is only in meta article:published_time (10:45+03:00), which completes the shown day. 'imesasishwa' (updated) and modified_time are updates. Author Juma Mtanda ('Na' = by); the director quoted is not an author. The dateline 'Dar es Salaam.' stays in the first paragraph. Summary neutral. Read-more link, subscription prompt and share bar are noise. No source, no editor.",
    classes=["swahili_date_words", "date_only_visible", "time_only_in_meta", "update_in_meta", "byline_prefix_na",
             "dateline_in_first_paragraph", "read_also_inside_body", "paywall_prompt", "share_bar",
             "standfirst_neutral", "no_source", "no_editor"],
    title="Kiwanda cha vipuri vya magari kujengwa Kibaha",
    published_date="2026-11-28", published_at="2026-11-28T10:45:00+03:00",
    author="Juma Mtanda", editor=None, source=None,
    paragraphs=BODY,
    body_noise=["Bei ya vipuri vya magari yapanda kwa asilimia 12", "Jiunge na Mwananchi Digital upate habari zaidi kila siku",
                "Shiriki: WhatsApp Facebook X"],
)

# ---------------------------------------------------------------------------------------------
# I8. BusinessLIVE (South Africa): two authors with 'and', designation, live-update stamps in body
# ---------------------------------------------------------------------------------------------
LEAD = [
    "Component manufacturers in the Eastern Cape say they will not be able to meet January delivery schedules if the strike at the Kariega logistics hub continues into next week.",
    "The National Association of Automotive Component and Allied Manufacturers said on Friday that at least 14 suppliers had already cut shifts because parts could not be moved to the port.",
]
UPDATES = [
    "Talks between the logistics company and the union resumed at the CCMA in Gqeberha. Both parties declined to comment before the meeting.",
    "A second vehicle manufacturer said it had enough stock of imported components for about four days of production.",
    "The union said it would consider a revised wage offer of 7.2%, up from the 6% first tabled, if back pay is included.",
]
PUB = "2026-11-27T11:42:09+02:00"
html = f"""<!DOCTYPE html>
<html lang="en-ZA">
<head>
<meta charset="utf-8">
<title>Parts suppliers warn of January delays as Kariega logistics strike drags on</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Parts suppliers warn of January delays as Kariega logistics strike drags on", "datePublished": PUB, "dateModified": "2026-11-27T15:20:33+02:00", "author": [{"@type": "Person", "name": "Thandeka Nkosi"}, {"@type": "Person", "name": "Pieter van Wyk"}]})}
</head>
<body>
<header><a class="logo">BusinessLIVE</a><nav><a>Companies</a><a>Markets</a><a>Economy</a><a>Motor</a><a>Subscribe</a></nav></header>
<main class="article">
 <div class="article-section">COMPANIES / TRANSPORT &amp; TOURISM</div>
 <h1 class="article-title">Parts suppliers warn of January delays as Kariega logistics strike drags on</h1>
 <h3 class="article-synopsis">Fourteen suppliers have cut shifts because parts cannot reach the port</h3>
 <div class="article-byline"><span class="author">Thandeka Nkosi and Pieter van Wyk</span> <span class="designation">Motor industry writers</span></div>
 <div class="article-pub-date">27 November 2026 - 11:42</div>
 <div class="article-updated">UPDATED 27 November 2026 - 15:20</div>
 <div class="article-widget-text">
{ps(LEAD)}
<div class="live-updates"><h2>Latest updates</h2>
 <div class="entry"><time class="stamp">15:20 SAST</time><p>{esc(UPDATES[2])}</p></div>
 <div class="entry"><time class="stamp">13:55 SAST</time><p>{esc(UPDATES[1])}</p></div>
 <div class="entry"><time class="stamp">12:30 SAST</time><p>{esc(UPDATES[0])}</p></div>
</div>
<p class="related-inline">ALSO READ: <a>Vehicle exports slip 6% as Transnet backlog persists</a></p>
 </div>
 <div class="article-support">Support independent journalism by subscribing to Business Day.</div>
 <div class="comments">Comments are closed for this article.</div>
</main>
<footer>© Arena Holdings (Pty) Ltd</footer>
</body>
</html>
"""
add("intl_en_za_businesslive", html,
    url="https://www.businesslive.co.za/bd/companies/transport-and-tourism/2026-11-27-parts-suppliers-warn-of-january-delays/",
    kind="intl",
    modelled_on="BusinessLIVE / Business Day (businesslive.co.za, South Africa) article page (upper-case section path, h1, synopsis, byline 'X and Y' with a designation, 'DD Month YYYY - HH:MM' publication line, 'UPDATED …' line, a 'Latest updates' block of time-stamped entries (newest first) inside the article text, 'ALSO READ:' link, subscription note, closed-comments note; NewsArticle JSON-LD with seconds; URL with the date)",
    language="en-ZA", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '27 November 2026 - 11:42' (SAST, +02:00); JSON-LD datePublished 11:42:09+02:00 agrees (seconds). 'UPDATED … 15:20', dateModified and the live-update stamps (12:30 / 13:55 / 15:20 SAST) are later updates, never the publication time. The update entries are article text: paragraphs in page order (newest first); the bare stamps are neither body nor noise. Authors 'Thandeka Nkosi, Pieter van Wyk' (joined by 'and' on the page); the designation 'Motor industry writers' is not a name. Synopsis neutral. ALSO READ link, subscription and comments notes are noise. No source, no editor.",
    classes=["two_authors_and", "author_designation", "jsonld_seconds_agree", "update_line", "live_update_stamps",
             "update_in_jsonld", "read_also_inside_body", "standfirst_neutral", "subscribe_prompt", "url_date",
             "no_source", "no_editor"],
    title="Parts suppliers warn of January delays as Kariega logistics strike drags on",
    published_date="2026-11-27", published_at=PUB,
    author="Thandeka Nkosi, Pieter van Wyk", editor=None, source=None,
    paragraphs=LEAD + [UPDATES[2], UPDATES[1], UPDATES[0]],
    body_noise=["ALSO READ: Vehicle exports slip 6% as Transnet backlog persists",
                "Support independent journalism by subscribing to Business Day.", "Comments are closed for this article.",
                "Motor industry writers"],
)

# ---------------------------------------------------------------------------------------------
# I9. Jang (Urdu, RTL): only an update time visible (12-hour 'pm'), publish time in meta, staff byline
# ---------------------------------------------------------------------------------------------
BODY = [
    "پاکستان میں گاڑیوں کے پرزے بنانے والی صنعت نے حکومت سے مطالبہ کیا ہے کہ درآمدی خام مال پر عائد اضافی ڈیوٹی فوری طور پر ختم کی جائے۔",
    "پاکستان ایسوسی ایشن آف آٹو پارٹس اینڈ ایکسیسریز مینوفیکچررز کے عہدیداروں نے لاہور میں پریس کانفرنس کرتے ہوئے کہا کہ گزشتہ چھ ماہ میں پرزوں کی پیداوار میں 22 فیصد کمی آئی ہے۔",
    "انہوں نے کہا کہ اگر پالیسی میں تبدیلی نہ کی گئی تو چھوٹے کارخانوں سے ہزاروں مزدور بے روزگار ہو سکتے ہیں۔",
]
html = f"""<!DOCTYPE html>
<html lang="ur" dir="rtl">
<head>
<meta charset="utf-8">
<title>آٹو پارٹس صنعت کا درآمدی خام مال پر اضافی ڈیوٹی ختم کرنے کا مطالبہ</title>
<meta property="article:published_time" content="2026-11-29T21:12:40+05:00">
<meta property="article:modified_time" content="2026-11-29T22:05:00+05:00">
</head>
<body>
<header><a class="logo">روزنامہ جنگ</a><nav><a>تازہ ترین</a><a>پاکستان</a><a>کاروبار</a><a>کھیل</a></nav></header>
<main class="detail-right">
 <h1 class="detail-heading">آٹو پارٹس صنعت کا درآمدی خام مال پر اضافی ڈیوٹی ختم کرنے کا مطالبہ</h1>
 <div class="detail-time">اپ ڈیٹ 29 نومبر ، 2026 10:05pm</div>
 <div class="detail-desc">
<p class="byline">لاہور (نمائندہ جنگ)</p>
{ps(BODY[:2])}
<p class="read-also"><a>مزید پڑھیں: گاڑیوں کی فروخت میں مسلسل تیسرے ماہ اضافہ</a></p>
<p>{esc(BODY[2])}</p>
 </div>
 <div class="whatsapp-cta">جنگ کا واٹس ایپ چینل جوائن کریں</div>
</main>
<footer>© روزنامہ جنگ</footer>
</body>
</html>
"""
add("intl_ur_jang", html,
    url="https://jang.com.pk/news/1482203",
    kind="intl",
    modelled_on="روزنامہ جنگ (jang.com.pk, Pakistani Urdu daily) news detail page, right-to-left (detail-heading h1, detail-time printing only 'اپ ڈیٹ DD نومبر ، YYYY HH:MMpm' (an update time, 12-hour clock), '(نمائندہ جنگ)' staff byline with the city as the first line of the text, 'مزید پڑھیں' link inside the text, WhatsApp channel prompt; article:published_time / modified_time meta with +05:00)",
    language="ur", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The only visible time is labelled اپ ڈیٹ (updated): 29 نومبر 2026 10:05pm = 22:05, which matches meta modified_time. Updates never win: the publication time comes from meta article:published_time, 2026-11-29T21:12:40+05:00. The byline 'لاہور (نمائندہ جنگ)' (Lahore, Jang correspondent) names no person -> author null, and the byline line is noise. Read-also link and WhatsApp prompt are noise. No source, no editor.",
    classes=["rtl", "urdu_month_name", "update_only_visible", "ampm_lowercase", "time_only_in_meta",
             "staff_byline_not_author", "read_also_inside_body", "follow_prompt", "no_author", "no_source",
             "no_editor"],
    title="آٹو پارٹس صنعت کا درآمدی خام مال پر اضافی ڈیوٹی ختم کرنے کا مطالبہ",
    published_date="2026-11-29", published_at="2026-11-29T21:12:40+05:00",
    author=None, editor=None, source=None,
    paragraphs=BODY,
    body_noise=["لاہور (نمائندہ جنگ)", "مزید پڑھیں: گاڑیوں کی فروخت میں مسلسل تیسرے ماہ اضافہ", "جنگ کا واٹس ایپ چینل جوائن کریں"],
)

# ---------------------------------------------------------------------------------------------
# I10. La Tercera / Pulso (Chile): 'DD MON YYYY HH:MM AM', reading time, 'Lee también', newsletter
# ---------------------------------------------------------------------------------------------
BODY = [
    "Una empresa chilena de autopartes anunció una inversión de US$ 28 millones para instalar una planta de baterías de litio para buses eléctricos en la comuna de Pudahuel.",
    "La planta tendrá una capacidad de ensamblaje de 1.500 paquetes de baterías al año y comenzará a operar en el segundo semestre de 2027, según informó la compañía.",
    "El gerente general de la firma, Rodrigo Valdés, explicó que la decisión responde al crecimiento de la flota de buses eléctricos en Santiago y en otras ciudades del país.",
    "La empresa estima que el proyecto generará 180 empleos directos durante su operación.",
]
PUB = "2026-11-28T09:15:07-03:00"
html = f"""<!DOCTYPE html>
<html lang="es-CL">
<head>
<meta charset="utf-8">
<title>Empresa de autopartes invertirá US$ 28 millones en planta de baterías - La Tercera</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Empresa de autopartes invertirá US$ 28 millones en planta de baterías", "datePublished": PUB, "dateModified": "2026-11-28T11:02:44-03:00", "author": {"@type": "Person", "name": "Camila Rojas"}})}
</head>
<body>
<header><a class="logo">La Tercera</a><nav><a>Nacional</a><a>Pulso</a><a>Mundo</a><a>Suscríbete</a></nav></header>
<main class="article-wrapper">
 <div class="section">PULSO</div>
 <h1 class="article-head-title">Empresa de autopartes invertirá US$ 28 millones en planta de baterías</h1>
 <h2 class="article-head-subtitle">La planta ensamblará baterías para buses eléctricos en Pudahuel.</h2>
 <div class="article-head-info"><span class="author">Por <a>Camila Rojas</a></span> <span class="date">28 NOV 2026 09:15 AM</span> <span class="reading-time">Tiempo de lectura: 4 minutos</span></div>
 <div class="article-body">
{ps(BODY[:2])}
<p class="lee-tambien"><b>Lee también:</b> <a>Venta de buses eléctricos crece 40% en el año</a></p>
{ps(BODY[2:])}
 </div>
 <div class="newsletter">Recibe el newsletter de Pulso cada mañana en tu correo</div>
 <div class="tags"><a>Autopartes</a> <a>Electromovilidad</a></div>
</main>
<footer>© Copesa</footer>
</body>
</html>
"""
add("intl_es_cl_latercera", html,
    url="https://www.latercera.com/pulso/noticia/empresa-de-autopartes-invertira-us-28-millones-en-planta-de-baterias/PQ7LK2R4WZ/",
    kind="intl",
    modelled_on="La Tercera (latercera.com, Chilean daily; Pulso business section on Arc Publishing) article page (section, h1, subtitle, 'Por X' byline, upper-case 'DD MON YYYY HH:MM AM' date, 'Tiempo de lectura' line, bold 'Lee también:' link inside the body, newsletter prompt, tags; NewsArticle JSON-LD with -03:00 and seconds)",
    language="es-CL", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '28 NOV 2026 09:15 AM' (12-hour clock, upper-case Spanish month abbreviation); JSON-LD datePublished 09:15:07-03:00 (Chile in summer time) agrees and supplies seconds and offset; dateModified is an update. Author Camila Rojas ('Por' = by); the manager quoted is not an author. Subtitle neutral. Reading time, read-also link, newsletter prompt and tags are noise. No source, no editor.",
    classes=["ampm_upper", "spanish_month_abbrev_upper", "jsonld_seconds_agree", "update_in_jsonld",
             "reading_time_line", "byline_prefix_por", "read_also_inside_body", "newsletter_prompt", "tags_line",
             "standfirst_neutral", "no_source", "no_editor"],
    title="Empresa de autopartes invertirá US$ 28 millones en planta de baterías",
    published_date="2026-11-28", published_at=PUB,
    author="Camila Rojas", editor=None, source=None,
    paragraphs=BODY,
    body_noise=["Tiempo de lectura: 4 minutos", "Venta de buses eléctricos crece 40% en el año",
                "Recibe el newsletter de Pulso cada mañana en tu correo"],
)
