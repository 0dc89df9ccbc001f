"""International pages, part B (Yoruba, Malagasy, Belarusian, Gujarati, Lao, Kinyarwanda, West Frisian)."""
from _common import FETCH_INTL, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- intl_yo_alaroye
T = "Iye owo ẹya ara mọto ti lọ soke ni ọja Ladipo"
P = [
    "Awọn oniṣowo ẹya ara mọto ni ọja Ladipo, nipinlẹ Eko, ti sọ pe iye owo awọn ẹru ti wọn n ta ti lọ soke gidigidi laarin oṣu mẹta sẹyin.",
    "Ọkan ninu wọn, Ọgbẹni Chukwuemeka Obi, sọ fun akọroyin wa pe taya mọto kan ti wọn n ta ni ẹgbẹrun lọna aadọta Naira tẹlẹ ti di ẹgbẹrun lọna aadọrin bayii.",
    "Wọn ni ọwọngogo owo ilẹ okeere lo fa a, nitori pupọ ninu awọn ẹru naa ni wọn n ko wọle lati orilẹ-ede China ati Japan.",
    "Awọn onimọto kan ti wọn ba akọroyin wa sọrọ sọ pe ọpọ wọn ti bẹrẹ si i ra ẹya ara mọto ti wọn ti lo tẹlẹ, eyi ti wọn n pe ni tokunbọ.",
]
NOISE = [
    "Ọja Ladipo, nipinlẹ Eko",
    "Fọto: Alaroye",
    "Ẹ tun ka: Ijọba Eko fẹẹ tun ọja Ladipo ṣe",
    "Share",
    "Awọn iroyin mi-in",
]
html = doc(T + " – Alaroye", '<meta property="og:type" content="article">', f"""
<header class="site-header"><a class="logo">Alaroye</a> <nav><a>Iroyin</a> <a>Oṣelu</a> <a>Ere idaraya</a> <a>Iṣẹlẹ</a></nav></header>
<article class="post type-post">
<div class="cat-links"><a>Iroyin</a></div>
<h1 class="entry-title">{esc(T)}</h1>
<div class="entry-meta"><span class="byline">Lati ọwọ <a class="url fn n">Kẹhinde Oyetimi</a></span> <span class="posted-on"><time class="entry-date published" datetime="2026-11-26T16:40:22+01:00">November 26, 2026</time></span></div>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2026/11/ladipo.jpg"><figcaption>{esc(NOISE[0])} <em>Fọto: Alaroye</em></figcaption></figure>
<div class="entry-content">
{ps(P[:2])}
<p><strong>Ẹ tun ka: <a>Ijọba Eko fẹẹ tun ọja Ladipo ṣe</a></strong></p>
{ps(P[2:])}
</div>
<div class="sharedaddy">Share</div>
</article>
<aside class="related"><h3>Awọn iroyin mi-in</h3><ul><li><a>Ọwọ ọlọpaa tẹ awọn ole mọto meji</a> <time>November 25, 2026</time></li></ul></aside>
""", lang="yo")
add("intl_yo_alaroye", html,
    url="https://alaroye.org/iye-owo-eya-ara-moto-ti-lo-soke-ni-oja-ladipo/", kind="intl",
    modelled_on="Alaroye (alaroye.org, Yoruba-language news site, WordPress) single post (category, entry-title h1, entry-meta with the byline 'Lati ọwọ X' (from the hand of X) and a WordPress <time class=entry-date published> whose text is the English 'Month D, YYYY' and whose datetime holds the time with +01:00, featured image with 'Fọto:' credit, bold 'Ẹ tun ka:' (read also) link inside the text, share, related posts with dates)",
    language="yo", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Yoruba page with an English date as WordPress prints it: 'November 26, 2026' (date only in the text); the <time datetime> attribute gives 16:40:22 +01:00 (Nigeria, WAT). Byline 'Lati ọwọ Kẹhinde Oyetimi' → Kẹhinde Oyetimi. Photo credit and read-also link noise.",
    classes=["yoruba_text_english_date", "date_only_visible", "time_only_in_datetime_attribute", "by_prefix_byline", "caption_photo_credit", "read_also_inside_body", "share_bar", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T16:40:22+01:00",
    author="Kẹhinde Oyetimi", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_mg_gazety
T = "Nihenjana ny vidin'ny kojakojan'ny fiara eto Antananarivo"
P = [
    "Nihenjana ny vidin'ny kojakojan'ny fiara eny amin'ireo mpivarotra eto an-drenivohitra tato anatin'ny volana vitsivitsy.",
    "Araka ny fanazavan'ireo mpivarotra eny Behoririka, nitombo efa ho 25 isan-jato ny vidin'ny kojakoja avy any ivelany, toy ny kodiarana sy ny bateria.",
    "Ny fiakaran'ny sandan'ny vola vahiny no anton'izany hoy izy ireo, satria avy any ivelany avokoa ny ankamaroan'ireo entana ireo.",
    "Mitady kojakoja efa niasa kosa ny ankamaroan'ny mpamily taksibe mba hampihenana ny fandaniana.",
]
NOISE = [
    "Tsiry Randrianarisoa",
    "Vakio koa: Nisondrotra indray ny vidin'ny solika",
    "Zarao",
    "Vaovao hafa",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T10:20:00+03:00",
        "publisher": {"@type": "Organization", "name": "Gazety Vaovao"}}
html = doc(T + " - Gazety Vaovao", jsonld(data), f"""
<header><a class="logo">Gazety Vaovao</a> <nav><a>Vaovao</a> <a>Toekarena</a> <a>Politika</a> <a>Fanatanjahantena</a></nav></header>
<article class="lahatsoratra">
<div class="sokajy">Toekarena</div>
<h1>{esc(T)}</h1>
<div class="daty">Alakamisy 26 Novambra 2026 — 10:20</div>
<div class="votoatiny">
{ps(P[:2])}
<p class="vakio"><a>Vakio koa: Nisondrotra indray ny vidin'ny solika</a></p>
{ps(P[2:])}
<p class="sonia"><strong>Tsiry Randrianarisoa</strong></p>
</div>
<div class="zarao">Zarao</div>
</article>
<aside><h3>Vaovao hafa</h3><ul><li><a>Lalana vaovao any Toamasina</a></li></ul></aside>
""", lang="mg")
add("intl_mg_gazety", html,
    url="https://www.gazety-vaovao.example.mg/toekarena/nihenjana-ny-vidin-ny-kojakojan-ny-fiara/", kind="intl",
    modelled_on="a Malagasy-language daily's website (domain and title placeholders) article page (section, h1, date line 'Weekday D Month YYYY — HH:MM' in Malagasy, 'Vakio koa:' (read also) link inside the text, the writer's name alone in bold as a signature line closing the text, share, other news; NewsArticle JSON-LD with +03:00 and no author)",
    language="mg", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Malagasy date 'Alakamisy 26 Novambra 2026 — 10:20' (Thursday; Novambra = November); Madagascar is +03:00 all year; JSON-LD agrees. Credit after the body only: the bold signature line 'Tsiry Randrianarisoa' closing the text is the author (as Malagasy papers sign their articles); the line itself is noise.",
    classes=["malagasy_weekday_month", "dash_before_clock", "jsonld_agrees", "signature_line_author", "credits_after_body_only", "read_also_inside_body", "share_bar", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:20:00+03:00",
    author="Tsiry Randrianarisoa", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_be_nashaniva
T = "Вытворца аўтадэталяў у Барысаве пераходзіць на чатырохдзённы працоўны тыдзень"
P = [
    "Барысаўскае прадпрыемства «Аўтаэлектра», якое выпускае стартары і генератары для грузавікоў, з 1 снежня пераходзіць на чатырохдзённы працоўны тыдзень.",
    "Пра гэта паведамілі супрацоўнікі завода. Паводле іх слоў, прычына — скарачэнне заказаў ад асноўных пакупнікоў за мяжой.",
    "На прадпрыемстве працуе каля 1200 чалавек. Рэжым няпоўнага працоўнага тыдня плануюць захаваць да канца першага квартала.",
    "Эканамісты адзначаюць, што падобныя складанасці цяпер адчуваюць і іншыя вытворцы аўтакампанентаў, арыентаваныя на экспарт.",
]
NOISE = [
    "Абноўлена: 26.11.2026, 15:40",
    "Фота: архіў «Нашай Нівы»",
    "Чытайце таксама: Як змяніліся заробкі на машынабудаўнічых заводах",
    "Падзяліцца",
    "Падтрымайце «Нашу Ніву»",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T12:05:31+03:00", "dateModified": "2026-11-26T15:40:00+03:00",
        "author": {"@type": "Person", "name": "Васіль Рагаўцоў"},
        "publisher": {"@type": "Organization", "name": "Наша Ніва"}}
html = doc(T + " — Наша Ніва", jsonld(data), f"""
<header class="nn-header"><a class="logo">Наша Ніва</a> <nav><a>Навіны</a> <a>Эканоміка</a> <a>Грамадства</a> <a>Культура</a></nav> <a class="donate">Падтрымайце «Нашу Ніву»</a></header>
<article class="news-article">
<h1>{esc(T)}</h1>
<div class="article-meta"><span class="author">Васіль Рагаўцоў</span> <span class="date">26 лістапада 2026, 12:05</span> <span class="updated">Абноўлена: 26.11.2026, 15:40</span></div>
<figure><img src="/img/borisov.jpg"><figcaption>Фота: архіў «Нашай Нівы»</figcaption></figure>
<div class="article-text">
{ps(P[:2])}
<p class="also"><a>Чытайце таксама: Як змяніліся заробкі на машынабудаўнічых заводах</a></p>
{ps(P[2:])}
</div>
<div class="share">Падзяліцца</div>
</article>
""", lang="be")
add("intl_be_nashaniva", html,
    url="https://nashaniva.com/?c=ar&i=312345", kind="intl",
    modelled_on="Наша Ніва (nashaniva.com, Belarusian-language news site) article page (header with donation link, h1, meta with the author, a 'D monthGEN YYYY, HH:MM' date in Belarusian and an 'Абноўлена: DD.MM.YYYY, HH:MM' (updated) span, photo with 'Фота:' credit, 'Чытайце таксама:' (read also) link inside the text, share; NewsArticle JSON-LD with +03:00, seconds and a later dateModified; URL with a query id)",
    language="be", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Belarusian (Cyrillic, with ў and і). Date '26 лістапада 2026, 12:05' (лістапада = November, genitive); Belarus is +03:00 all year; JSON-LD agrees to the minute and gives the seconds. The 'Абноўлена' line (15:40) is an update: noise, never the date. The body's '1 снежня' (1 December, a future date) is a fact of the story, not a date of the page. The URL's query number is an id.",
    classes=["cyrillic_text", "belarusian_month_genitive", "published_and_updated_lines", "update_in_jsonld", "jsonld_seconds_agree", "future_date_in_body", "query_id_url", "caption_photo_credit", "read_also_inside_body", "donation_prompt", "share_bar", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T12:05:31+03:00",
    author="Васіль Рагаўцоў", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_gu_divyabhaskar
T = "રાજકોટના ઓટો પાર્ટ્સ ઉદ્યોગની નિકાસમાં 18 ટકાનો વધારો"
P = [
    "રાજકોટના ઓટો પાર્ટ્સ ઉદ્યોગની નિકાસમાં ચાલુ નાણાકીય વર્ષના પ્રથમ સાત મહિનામાં 18 ટકાનો વધારો નોંધાયો છે.",
    "શહેરના ઉદ્યોગકારોના જણાવ્યા મુજબ યુરોપ અને આફ્રિકાના દેશોમાંથી કાસ્ટિંગ અને એન્જિન પાર્ટ્સના ઓર્ડર વધ્યા છે.",
    "શહેરના એક ઉદ્યોગ સંગઠનના હોદ્દેદારે કહ્યું કે, નાના એકમોને હજુ પણ કાચા માલના ઊંચા ભાવની સમસ્યા નડે છે.",
    "ઉદ્યોગકારો માને છે કે ઇલેક્ટ્રિક વાહનોના પાર્ટ્સ બનાવવા તરફ વળવું આગામી વર્ષોમાં જરૂરી બનશે.",
]
NOISE = [
    "૩ કલાક પહેલા",
    "લેખક: ભાર્ગવ પટેલ",
    "કૉપી લિંક",
    "શેર",
    "વધુ સમાચાર",
    "ન્યૂઝ એપ ડાઉનલોડ કરો",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-30T11:22:40+05:30", "dateModified": "2026-11-30T11:22:40+05:30",
        "author": {"@type": "Person", "name": "ભાર્ગવ પટેલ"},
        "publisher": {"@type": "Organization", "name": "Divya Bhaskar"}}
html = doc(T + " | દિવ્ય ભાસ્કર", jsonld(data), f"""
<header class="db-header"><a class="logo">દિવ્ય ભાસ્કર</a> <a class="app">ન્યૂઝ એપ ડાઉનલોડ કરો</a></header>
<article class="story">
<h1>{esc(T)}</h1>
<div class="story-meta"><span class="city">રાજકોટ</span> <span class="time">૩ કલાક પહેલા</span></div>
<div class="story-author">લેખક: ભાર્ગવ પટેલ</div>
<div class="story-tools"><a>કૉપી લિંક</a> <a>શેર</a></div>
<div class="story-body">
{ps(P)}
</div>
</article>
<aside><h3>વધુ સમાચાર</h3><ul><li><a>અમદાવાદમાં નવો ઔદ્યોગિક પાર્ક</a> <span>૫ કલાક પહેલા</span></li></ul></aside>
""", lang="gu")
add("intl_gu_divyabhaskar", html,
    url="https://www.divyabhaskar.co.in/local/gujarat/rajkot/news/rajkot-auto-parts-exports-rise-18-percent-133987654.html", kind="intl",
    modelled_on="દિવ્ય ભાસ્કર (divyabhaskar.co.in, Gujarati daily, app-style web template) story page (header with app link, h1, meta with the city and a relative time '૩ કલાક પહેલા' (3 hours ago) in Gujarati digits, 'લેખક:' (writer) line, copy-link / share tools, text, more news with relative times; NewsArticle JSON-LD with the exact time and +05:30)",
    language="gu", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Relative time in Gujarati with a Gujarati digit: '૩ કલાક પહેલા' = 3 hours ago. Fetched 2026-11-30 09:00 UTC = 14:30 IST; the JSON-LD gives the exact time 2026-11-30T11:22:40+05:30 (3 h 7 min earlier, consistent with the relative text): truth from it. The city before the time is a place, not an author; author from 'લેખક: ભાર્ગવ પટેલ' (line noise).",
    classes=["relative_hours_other_language", "gujarati_digits", "jsonld_exact_time", "city_not_author", "writer_label", "share_bar", "app_prompt", "related_relative_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-30", published_at="2026-11-30T11:22:40+05:30",
    author="ભાર્ગવ પટેલ", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_lo_kpl
T = "ໂຮງງານຜະລິດຊິ້ນສ່ວນລົດຍົນແຫ່ງໃໝ່ເປີດນຳໃຊ້ຢູ່ສະຫວັນນະເຂດ"
P = [
    "(ຂປລ) ໂຮງງານຜະລິດຊິ້ນສ່ວນລົດຍົນແຫ່ງໃໝ່ ໄດ້ເປີດນຳໃຊ້ຢ່າງເປັນທາງການ ຢູ່ເຂດເສດຖະກິດພິເສດສະຫວັນ-ເຊໂນ ແຂວງສະຫວັນນະເຂດ ໃນວັນທີ 25 ພະຈິກ 2026.",
    "ໂຮງງານດັ່ງກ່າວ ມີມູນຄ່າການລົງທຶນ 12 ລ້ານໂດລາສະຫະລັດ ແລະ ສາມາດຜະລິດສາຍໄຟລົດຍົນໄດ້ 300.000 ຊຸດຕໍ່ປີ.",
    "ຜະລິດຕະພັນທັງໝົດ ຈະສົ່ງອອກໄປຍັງປະເທດໄທ ແລະ ຍີ່ປຸ່ນ.",
    "ໂຄງການນີ້ ຄາດວ່າຈະສ້າງວຽກເຮັດງານທຳໃຫ້ແກ່ແຮງງານລາວ ປະມານ 600 ຄົນ.",
]
NOISE = [
    "ແບ່ງປັນ",
    "ຂ່າວອື່ນໆ",
    "ສຳນັກຂ່າວສານປະເທດລາວ",
]
head = '<meta property="article:published_time" content="2026-11-26T14:10:45+07:00">'
html = doc(T, head, f"""
<div class="top"><a class="logo">ສຳນັກຂ່າວສານປະເທດລາວ</a> <a>ຂ່າວພາຍໃນ</a> <a>ເສດຖະກິດ</a> <a>ຕ່າງປະເທດ</a> <a>English</a></div>
<div class="detail">
<h1 class="title">{esc(T)}</h1>
<div class="date">ວັນທີ 26/11/2026 ເວລາ 14:10</div>
<div class="content">
{ps(P)}
</div>
<div class="share">ແບ່ງປັນ</div>
</div>
<div class="other"><h3>ຂ່າວອື່ນໆ</h3><ul><li><a>ກອງປະຊຸມການລົງທຶນ ຢູ່ນະຄອນຫຼວງວຽງຈັນ</a> <span>25/11/2026</span></li></ul></div>
""", lang="lo")
add("intl_lo_kpl", html,
    url="https://kpl.gov.la/detail.aspx?id=91234", kind="intl",
    modelled_on="ຂປລ / KPL (kpl.gov.la, Lao News Agency, Lao-language edition) detail page (top bar with sections and an English link, h1, date line 'ວັນທີ DD/MM/YYYY ເວລາ HH:MM' (date … time), text opening with the agency mark '(ຂປລ)', share, other news with slashed dates; article:published_time meta with +07:00 and seconds; detail.aspx?id= URL)",
    language="lo", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Lao date line 'ວັນທີ 26/11/2026 ເວລາ 14:10' (ວັນທີ = date, ເວລາ = time); day-first and unambiguous (26 > 12); Gregorian year (not the Buddhist era). Laos is +07:00; the meta agrees to the minute and gives the seconds. The body's '25 ພະຈິກ 2026' (25 November) is the opening day, not the publication. The '(ຂປລ)' agency mark opens the first sentence and stays. No author.",
    classes=["lao_script", "slash_date_day_first", "date_time_words", "meta_seconds_agree", "body_event_date", "agency_dateline_in_first_paragraph", "share_bar", "related_dates", "no_author", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T14:10:45+07:00",
    author=None, editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_rw_igihe
T = "Abacuruzi b’ibyuma by’imodoka barasaba ko imisoro igabanywa"
P = [
    "Abacuruzi b’ibyuma by’imodoka bakorera mu Mujyi wa Kigali barasaba ko imisoro yakwa ku byuma bitumizwa mu mahanga yagabanywa.",
    "Bavuga ko ibiciro by’amapine, bateri n’ibindi byuma by’imodoka byazamutse cyane mu mezi atatu ashize.",
    "Umwe muri bo ukorera mu Gakinjiro yagize ati “Abakiliya baragabanutse, benshi basigaye bagura ibyuma byakoreshejwe.”",
    "Ikigo cy’Imisoro n’Amahoro cyatangaje ko kizasuzuma ibyifuzo byabo.",
]
NOISE = [
    "Yanditswe na Jean Claude Mugabo kuya 26 Ugushyingo 2026 saa 10:15",
    "Abacuruzi b’ibyuma by’imodoka mu Gakinjiro",
    "Amafoto: Niyonzima Eric",
    "Inkuru bijyanye",
    "Tanga igitekerezo",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T10:15:00+02:00",
        "author": {"@type": "Person", "name": "Jean Claude Mugabo"},
        "publisher": {"@type": "Organization", "name": "IGIHE"}}
html = doc(T + " - IGIHE", jsonld(data), f"""
<header><a class="logo">IGIHE</a> <nav><a>Amakuru</a> <a>Ubukungu</a> <a>Politiki</a> <a>Imikino</a></nav></header>
<article class="article">
<div class="rubrique">Ubukungu</div>
<h1 class="titre">{esc(T)}</h1>
<div class="article-info">Yanditswe na <a class="author">Jean Claude Mugabo</a> kuya 26 Ugushyingo 2026 saa 10:15</div>
<figure><img src="/IMG/gakinjiro.jpg"><figcaption>{esc(NOISE[1])} <span class="credit">Amafoto: Niyonzima Eric</span></figcaption></figure>
<div class="texte">
{ps(P)}
</div>
<div class="related"><h3>Inkuru bijyanye</h3><ul><li><a>Ibiciro by’ibiribwa ku isoko byazamutse</a></li></ul></div>
<div class="comments">Tanga igitekerezo</div>
</article>
""", lang="rw")
add("intl_rw_igihe", html,
    url="https://igihe.com/ubukungu/ubucuruzi/article/abacuruzi-b-ibyuma-by-imodoka-barasaba-ko-imisoro-igabanywa", kind="intl",
    modelled_on="IGIHE (igihe.com, Rwandan news site, Kinyarwanda edition) article page (rubric, titre h1, one info sentence 'Yanditswe na X kuya D Month YYYY saa HH:MM' (written by X on … at …) carrying both the byline and the date, photo with 'Amafoto:' credit, text, related stories, comment prompt; NewsArticle JSON-LD with +02:00)",
    language="rw", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Byline and date in one Kinyarwanda sentence: 'Yanditswe na Jean Claude Mugabo kuya 26 Ugushyingo 2026 saa 10:15' (Ugushyingo = November, saa = at hour). Author Jean Claude Mugabo; the sentence itself is noise. Rwanda is +02:00 (CAT); JSON-LD agrees. Photographer credit not an author.",
    classes=["byline_and_date_in_one_sentence", "kinyarwanda_month_name", "clock_word_saa", "jsonld_agrees", "caption_photo_credit", "photographer_not_author", "related_list", "comment_prompt", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:15:00+02:00",
    author="Jean Claude Mugabo", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_fy_omropfryslan
T = "Auto-ûnderdielefabryk yn Drachten kriget grutte oarder út Dútslân"
P = [
    "In fabrikant fan auto-ûnderdielen yn Drachten hat in grutte oarder krigen fan in Dútske autobouwer. It giet om stjoerkasten foar elektryske auto's.",
    "De oarder is goed foar sawat 60 miljoen euro oer fiif jier. It bedriuw wol dêrfoar tachtich minsken ekstra yn tsjinst nimme.",
    "Direkteur Sjoerd de Vries is bliid mei de oarder. \"Wy hawwe hjir jierren oan wurke\", seit er.",
    "De gemeente Smallingerlân sjocht de útwreiding as in goed teken foar de wurkgelegenheid yn 'e regio.",
]
NOISE = [
    "Bywurke: 09:10",
    "It fabryk yn Drachten",
    "Foto: Omrop Fryslân",
    "Lês ek: Mear fraach nei technysk personiel yn Fryslân",
    "Diel dit artikel",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T06:45:19Z", "dateModified": "2026-11-26T08:10:02Z",
        "author": {"@type": "Person", "name": "Anke Hoekstra"},
        "publisher": {"@type": "Organization", "name": "Omrop Fryslân"}}
html = doc(T + " - Omrop Fryslân", jsonld(data), f"""
<header class="of-header"><a class="logo">Omrop Fryslân</a> <nav><a>Nijs</a> <a>Sport</a> <a>Radio</a> <a>Telefyzje</a></nav></header>
<article class="nijs-artikel">
<h1>{esc(T)}</h1>
<div class="meta"><span class="auteur">Troch Anke Hoekstra</span> <span class="datum">tongersdei 26 novimber 2026, 07:45</span> <span class="bywurke">Bywurke: 09:10</span></div>
<figure><img src="/images/drachten.jpg"><figcaption>{esc(NOISE[1])} <span class="credit">Foto: Omrop Fryslân</span></figcaption></figure>
<div class="tekst">
{ps(P[:2])}
<p class="les-ek"><a>Lês ek: Mear fraach nei technysk personiel yn Fryslân</a></p>
{ps(P[2:])}
</div>
<div class="diel">Diel dit artikel</div>
</article>
""", lang="fy")
add("intl_fy_omropfryslan", html,
    url="https://www.omropfryslan.nl/fy/nijs/1234567/auto-underdielefabryk-yn-drachten-kriget-grutte-oarder-ut-dutslan", kind="intl",
    modelled_on="Omrop Fryslân (omropfryslan.nl, Frisian regional broadcaster, Frisian edition) news article (header, h1, meta with 'Troch X' (by X), a 'weekday D month YYYY, HH:MM' date in West Frisian and a 'Bywurke: HH:MM' (updated) time, photo caption with credit, 'Lês ek:' (read also) link inside the text, share; NewsArticle JSON-LD in UTC ('Z') with seconds and a later dateModified)",
    language="fy", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="West Frisian date 'tongersdei 26 novimber 2026, 07:45' (Thursday; novimber = November) in Dutch local time (CET, +01:00). The JSON-LD states the same instant in UTC (2026-11-26T06:45:19Z), giving the seconds: the truth is that instant in the page's own offset, 07:45:19+01:00. The 'Bywurke' (updated) time 09:10 is noise. Byline 'Troch Anke Hoekstra' → Anke Hoekstra.",
    classes=["frisian_weekday_month", "jsonld_utc", "jsonld_seconds_agree", "published_and_updated_lines", "update_time_only", "update_in_jsonld", "by_prefix_byline", "caption_photo_credit", "read_also_inside_body", "share_bar", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T07:45:19+01:00",
    author="Anke Hoekstra", editor=None, source=None, paragraphs=P, body_noise=NOISE)
