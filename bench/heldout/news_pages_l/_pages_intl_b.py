"""International pages, part B (Tetum, Haitian Creole, Northern Sami, Tatar)."""
from _common import FETCH_INTL, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- intl_tet_tatoli
T = "Kompañia importasaun pesa motorizada loke armazen foun iha Tibar"
P = [
    "DILI, 26 novembru 2026 (TATOLI) – Kompañia importasaun pesa ba motorizada no karreta, Timor Auto Parts, loke ohin armazen foun iha Tibar ho investimentu tokon $2,5.",
    "Diretór jerál kompañia, Domingos Ximenes, hateten armazen foun ne'e sei ajuda hamenus tempu hein ba kliente sira iha munisípiu sira, tanba molok ne'e pesa barak tenke hein semana balun husi Indonézia.",
    "Armazen ne'e fó servisu ba joven na'in-45, no kompañia planu atu loke tan sentru distribuisaun iha Baucau no Maliana iha tinan oin.",
    "Reprezentante husi Ministériu Komérsiu no Indústria hato'o apresiasaun ba investimentu privadu ne'e, tanba kria kampu servisu no hasa'e kualidade servisu reparasaun veíkulu iha rai-laran.",
]
NOISE = [
    "Armazen foun Timor Auto Parts iha Tibar.",
    "Imajen Tatoli/Mario Guterres",
    "Jornalista: Jacinta da Costa Soares",
    "Editór: Armando Pereira",
    "Fahe:",
    "Notísia relasionadu",
    "Governu aprova regulamentu foun ba inspesaun veíkulu",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T14:05:33+09:00",
        "author": {"@type": "Person", "name": "Jacinta da Costa Soares"},
        "publisher": {"@type": "Organization", "name": "Tatoli"}}
html = doc(T + " – Tatoli", jsonld(data), f"""
<header class="site-header"><a class="logo">TATOLI</a> <nav><a>Notísia</a> <a>Ekonomia</a> <a>Polítika</a> <a>Sosiedade</a> <a>Desportu</a></nav> <a>Português</a> <a>English</a></header>
<article class="post">
<div class="cat-links"><a>Ekonomia</a></div>
<h1 class="entry-title">{esc(T)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-11-26T14:05:33+09:00">26 Novembru 2026</time></span></div>
<figure class="wp-caption"><img src="/wp-content/uploads/2026/11/tibar-armazen.jpg"><figcaption class="wp-caption-text">{esc(NOISE[0])} {esc(NOISE[1])}</figcaption></figure>
<div class="entry-content">
{ps(P)}
<p><strong>{esc(NOISE[2])}</strong></p>
<p><strong>{esc(NOISE[3])}</strong></p>
</div>
<div class="share">Fahe: <a>Facebook</a> <a>WhatsApp</a></div>
</article>
<aside><h3>Notísia relasionadu</h3><ul><li><a>{esc(NOISE[6])}</a> <span>25 Novembru 2026</span></li></ul></aside>
""", lang="tet")
add("intl_tet_tatoli", html,
    url="https://www.tatoli.tl/2026/11/26/kompania-importasaun-pesa-motorizada-loke-armazen-foun-iha-tibar/", kind="intl",
    modelled_on="TATOLI (tatoli.tl, Timor-Leste state news agency, Tetum edition, WordPress) post (header with Portuguese / English links, category, entry-title h1, entry-meta with a WordPress <time class=entry-date published> whose text is 'D Month YYYY' in Tetum and whose datetime holds the time with +09:00, captioned image with 'Imajen Tatoli/X' credit, text opening with the 'DILI, date (TATOLI) –' dateline, bold 'Jornalista:' and 'Editór:' lines closing the text, share, related news; URL with the date)",
    language="tet", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Tetum month word, date only visible ('26 Novembru 2026'); the <time datetime> (2026-11-26T14:05:33+09:00, Timor-Leste's offset) shows the same day and completes it. Credits after the text: 'Jornalista: Jacinta da Costa Soares' → author; 'Editór: Armando Pereira' → editor (a labelled editor, see Assumptions); both lines are noise. The agency dateline 'DILI, 26 novembru 2026 (TATOLI) –' opens paragraph 1 and stays. Photo credit noise.",
    classes=["tetum_month_word", "date_only_visible", "time_only_in_datetime_attribute", "offset_plus_nine", "credits_after_body_only", "labelled_editor", "agency_dateline_in_first_paragraph", "caption_photo_credit", "share_bar", "related_dates", "url_date", "no_source"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T14:05:33+09:00",
    author="Jacinta da Costa Soares", editor="Armando Pereira", source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_ht_ayibopost
T = "Pri pyès rechanj machin yo monte plis pase 40 % Pòtoprens depi kòmansman ane a"
P = [
    "Depi kòmansman ane 2026 la, pri pyès rechanj pou machin ak motosiklèt yo monte plis pase 40 % nan mache Pòtoprens yo, dapre plizyè machann ak mekanisyen AyiboPost pale avèk yo.",
    "Anpil nan pyès yo soti Miami oswa Sen Domeng. Ak ensekirite sou wout nasyonal yo ak pò a ki te fèmen plizyè semèn, machann yo di kontenè yo rive an reta epi frè transpò yo double.",
    "« Yon plakèt fren ki te konn vann 1 500 goud, kounye a li 2 200 goud », eksplike Wilner Saint-Fleur, yon mekanisyen ki gen garaj li Dèlma depi 15 an.",
    "Kèk konsomatè chwazi achte pyès ki te deja sèvi pou yo ka fè ekonomi, men mekanisyen yo avèti kalite pyès sa yo pa toujou garanti sekirite machin nan.",
]
NOISE = [
    "Yon boutik pyès rechanj nan Dèlma.",
    "Foto: Wilkenson Dorsainvil / AyiboPost",
    "Li tou: Konbyen sa koute yon chofè taptap pou kenbe machin li an mach?",
    "Pataje",
    "Abòne nan bilten AyiboPost la",
    "Plis atik",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T09:30:00-05:00", "dateModified": "2026-11-26T12:10:00-05:00",
        "author": {"@type": "Person", "name": "Jameson Pierre-Louis"},
        "publisher": {"@type": "Organization", "name": "AyiboPost"}}
html = doc(T + " - AyiboPost", jsonld(data), f"""
<header><a class="logo">AyiboPost</a> <nav><a>Ekonomi</a> <a>Sosyete</a> <a>Politik</a> <a>Kilti</a> <a>Anviwònman</a></nav> <a>Fè yon don</a></header>
<article class="single">
<div class="category"><a>Ekonomi</a></div>
<h1 class="entry-title">{esc(T)}</h1>
<div class="entry-meta"><span class="byline">Pa <a class="author">Jameson Pierre-Louis</a></span> <span class="date">26 novanm 2026</span></div>
<figure><img src="/wp-content/uploads/2026/11/pyes-rechanj.jpg"><figcaption>{esc(NOISE[0])} <span class="credit">{esc(NOISE[1])}</span></figcaption></figure>
<div class="entry-content">
{ps(P[:2])}
<p><strong>Li tou: <a>Konbyen sa koute yon chofè taptap pou kenbe machin li an mach?</a></strong></p>
{ps(P[2:])}
</div>
<div class="share">Pataje <a>Facebook</a> <a>WhatsApp</a> <a>X</a></div>
<div class="newsletter"><p>{esc(NOISE[4])}</p></div>
</article>
<aside><h3>Plis atik</h3><ul><li><a>Gaz la ra nan ponp yo ankò</a> <span>24 novanm 2026</span></li></ul></aside>
""", lang="ht")
add("intl_ht_ayibopost", html,
    url="https://ayibopost.com/pri-pyes-rechanj-machin-yo-monte-plis-pase-40-potoprens/", kind="intl",
    modelled_on="AyiboPost (ayibopost.com, Haitian online media, Haitian Creole article, WordPress) post (header with donation link, category, entry-title h1, entry-meta with the byline 'Pa X' (by X) and a date-only 'D month YYYY' in Creole, lead photo with caption and 'Foto:' credit, bold 'Li tou:' (read also) link inside the text, share, newsletter box, more articles with dates; NewsArticle JSON-LD with the time and -05:00, later dateModified)",
    language="ht", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Creole month word, date only visible ('26 novanm 2026', novanm = November); the JSON-LD datePublished 2026-11-26T09:30:00-05:00 is the same day and completes it. Negative offset: Haiti is on -05:00 in late November (summer time ended on 1 November 2026). The update (dateModified 12:10) never wins. Byline 'Pa Jameson Pierre-Louis' → author (hyphenated surname kept). Caption, photo credit, read-also link and newsletter box are noise.",
    classes=["creole_month_word", "date_only_visible", "time_only_in_jsonld", "negative_offset", "dst_just_ended_offset", "update_in_jsonld", "by_prefix_byline", "caption_photo_credit", "photographer_not_author", "read_also_inside_body", "newsletter_prompt", "share_bar", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:30:00-05:00",
    author="Jameson Pierre-Louis", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_se_avvir
T = "Guovdageainnu skohterosiid fitnodat háhká ođđa bargiid"
P = [
    "Guovdageainnu fitnodat Sápmi Motor AS, mii vuovdá ja divvu skohteriid ja njealjejuvllat mohtorsihkkeliid osiid, háhká vihtta ođđa bargi boahtte jagi.",
    "Fitnodaga jođiheaddji Nils Ánte Eira muitala ahte gáibádus lea lassánan sakka maŋimus jagiid, erenoamážit boazodoalliid gaskkas geat dárbbašit skohteriid ja osiid juohke beaivvi.",
    "– Mii fertet dávjá diŋgot osiid Ruoŧas ja Suomas, ja dat váldá áiggi. Dál háliidit stuorát rádjosa nu ahte olbmot ožžot osiid jođánit, dadjá Eira.",
    "Fitnodat lea maid ásahan ođđa bájiid Guovdageainnu industriijaguovllus, ja dat galggašii leat gárvvis ođđajagimánus.",
]
NOISE = [
    "Ođasmahttojuvvon 27.11.2026 kl. 08.05",
    "Sápmi Motor AS bájit Guovdageainnus.",
    "Govva: Ivvár Hætta",
    "Loga maid: Skohterjohtolat lassána Finnmárkkus",
    "Juogat",
    "Ođđasamos ođđasat",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-26T13:20:00+01:00", "dateModified": "2026-11-27T08:05:00+01:00",
        "author": {"@type": "Person", "name": "Elle Márjá Balto"},
        "publisher": {"@type": "Organization", "name": "Ávvir"}}
html = doc(T + " – Ávvir", jsonld(data), f"""
<header><a class="logo">Ávvir</a> <nav><a>Ođđasat</a> <a>Ealáhus</a> <a>Kultuvra</a> <a>Valáštallan</a> <a>Oaivil</a></nav> <a>Diŋgo</a></header>
<article class="article">
<div class="section">Ealáhus</div>
<h1>{esc(T)}</h1>
<div class="byline"><span class="author">Elle Márjá Balto</span></div>
<div class="dates"><span class="pub">Almmuhuvvon 26.11.2026 kl. 13.20</span> <span class="upd">{esc(NOISE[0])}</span></div>
<figure><img src="/bilder/2026/11/sapmi-motor.jpg"><figcaption>{esc(NOISE[1])} <span class="credit">{esc(NOISE[2])}</span></figcaption></figure>
<div class="article-body">
{ps(P[:2])}
<p class="read-also"><a>{esc(NOISE[3])}</a></p>
{ps(P[2:])}
</div>
<div class="share">Juogat <a>Facebook</a> <a>E-poasta</a></div>
</article>
<aside><h3>Ođđasamos ođđasat</h3><ul><li><a>Kárášjoga gielda ohcá ođđa teknihkalaš hoavdda</a> <span>26.11.2026</span></li></ul></aside>
""", lang="se")
add("intl_se_avvir", html,
    url="https://www.avvir.no/ealahus/2026/11/26/guovdageainnu-skohterosiid-fitnodat-hahka-odda-bargiid", kind="intl",
    modelled_on="Ávvir (avvir.no, Northern Sami-language newspaper, Norway) article page (header with subscription link, section label, h1, byline, date line 'Almmuhuvvon DD.MM.YYYY kl. HH.MM' (published) with 'Ođasmahttojuvvon …' (updated) beside it, photo with caption and 'Govva:' credit, 'Loga maid:' (read also) link inside the text, share, latest news with dates; NewsArticle JSON-LD with +01:00 and a later dateModified; URL with the date)",
    language="se", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Northern Sami publish and update labels with dotted dates and dotted clocks after 'kl.': 'Almmuhuvvon 26.11.2026 kl. 13.20' (published) wins over 'Ođasmahttojuvvon 27.11.2026 kl. 08.05' (updated, next day). Norway in November: +01:00; JSON-LD agrees. 'ođđajagimánus' (in January) in the text is a future month, not a date. Photo credit 'Govva:' is not the author.",
    classes=["sami_labels", "dotted_dmy_date", "dotted_clock_after_kl", "published_and_updated_labels", "update_next_day", "jsonld_agrees", "caption_photo_credit", "photographer_not_author", "read_also_inside_body", "share_bar", "related_dates", "url_date", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T13:20:00+01:00",
    author="Elle Márjá Balto", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- intl_tt_tatarinform
T = "Чаллыда йөк машиналары өчен тормоз системалары җитештерүче яңа завод эшли башлады"
P = [
    "Чаллы шәһәренең сәнәгать зонасында йөк машиналары өчен тормоз системалары җитештерүче яңа завод эшли башлады. Предприятиегә 3,2 миллиард сум инвестиция салынган.",
    "Заводта 420 кеше эшләячәк. Беренче елда монда 150 меңнән артык тормоз механизмы җитештерү планлаштырыла, дип белдерде «КамТорм» җәмгыяте җитәкчесе Айдар Мөхәммәтҗанов.",
    "Продукциянең зур өлеше республикадагы автомобиль заводларына озатылачак. Киләчәктә предприятие Казакъстан һәм Үзбәкстан базарларына да чыгарга уйлый.",
    "Республиканың сәнәгать һәм сәүдә министрлыгы мәгълүматларына караганда, соңгы өч елда Татарстанда автомобиль өлешләре җитештерү 18 процентка арткан.",
]
NOISE = [
    "Фото: Илшат Вәлиев",
    "Укыгыз шулай ук: Татарстанда электромобильләр өчен зарядка станцияләре саны арта",
    "Бүлешергә",
    "Telegram-каналыбызга язылыгыз",
    "Соңгы яңалыклар",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-29T14:30:18+03:00",
        "author": {"@type": "Person", "name": "Ринат Хәбибуллин"},
        "publisher": {"@type": "Organization", "name": "Татар-информ"}}
html = doc(T + " | Татар-информ", jsonld(data), f"""
<header><a class="logo">Татар-информ</a> <nav><a>Яңалыклар</a> <a>Икътисад</a> <a>Җәмгыять</a> <a>Мәдәният</a> <a>Спорт</a></nav> <a>Рус</a> <a>Eng</a></header>
<article class="page-main">
<div class="page-main__rubric"><a>Икътисад</a></div>
<h1 class="page-main__head">{esc(T)}</h1>
<div class="page-main__publish-data"><span class="page-main__publish-date">Кичә, 14:30</span> <span class="page-main__author">Автор: <a>Ринат Хәбибуллин</a></span></div>
<figure><img src="/images/2026/11/chally-zavod.jpg"><figcaption>{esc(NOISE[0])}</figcaption></figure>
<div class="page-main__text">
{ps(P[:2])}
<p class="read-also"><b>Укыгыз шулай ук: <a>Татарстанда электромобильләр өчен зарядка станцияләре саны арта</a></b></p>
{ps(P[2:])}
</div>
<div class="share">Бүлешергә <a>ВКонтакте</a> <a>Telegram</a></div>
<div class="subscribe"><a>{esc(NOISE[3])}</a></div>
</article>
<aside><h3>Соңгы яңалыклар</h3><ul><li><a>Казанда яңа трамвай маршруты ачылды</a> <span>09:40</span></li><li><a>Түбән Камада шин заводы җитештерүне арттыра</a> <span>Кичә, 18:15</span></li></ul></aside>
""", lang="tt")
add("intl_tt_tatarinform", html,
    url="https://tatar-inform.tatar/news/challyda-yok-mashinalary-ocen-tormoz-sistemalary-citesteruce-yana-zavod-esli-basladi-5812345", kind="intl",
    modelled_on="Татар-информ (tatar-inform.tatar, Tatarstan news agency, Tatar-language edition) news page (header with Russian / English switches, rubric, page-main__head h1, publish-data row with a relative 'Кичә, HH:MM' (yesterday) time and 'Автор:' link, photo with 'Фото:' credit, bold 'Укыгыз шулай ук:' (read also) link inside the text, share, Telegram subscribe prompt, latest news with time-only and relative entries; NewsArticle JSON-LD with +03:00 and seconds)",
    language="tt", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Relative day word in Tatar: 'Кичә, 14:30' = yesterday at 14:30; fetched 2026-11-30 09:00 UTC (12:00 in Kazan, +03:00), so yesterday is 2026-11-29. The JSON-LD datePublished 2026-11-29T14:30:18+03:00 agrees to the minute and gives the seconds. Author from 'Автор:'; the photographer ('Фото:') is not. The side list's time-only and 'Кичә' entries are not the page date.",
    classes=["relative_yesterday_other_language", "tatar_cyrillic", "jsonld_seconds_agree", "author_label_link", "caption_photo_credit", "photographer_not_author", "read_also_inside_body", "subscribe_prompt", "share_bar", "related_relative_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T14:30:18+03:00",
    author="Ринат Хәбибуллин", editor=None, source=None, paragraphs=P, body_noise=NOISE)
