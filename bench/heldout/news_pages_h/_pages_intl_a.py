"""Pages from other countries, part A (Baltic states, Slovenia, Serbia)."""
from _common import FETCH_INTL, add, doc, esc, jsonld, ps

# ---------------------------------------------------------------- 15min.lt (Lithuanian, live)
T = "Kauno automobilių dalių gamykloje sustabdyta gamyba: kas žinoma"
P = [
    "Kauno laisvojoje ekonominėje zonoje veikianti automobilių dalių gamykla „Baltic Axle“ ketvirtadienį sustabdė gamybą dėl gedimo pagrindinėje dažymo linijoje.",
    "Įmonės atstovas patvirtino, kad gamyba turėtų būti atnaujinta penktadienio rytą, o darbuotojams prastova bus apmokėta.",
    "Priešgaisrinės gelbėjimo tarnybos pranešė, kad gaisro pavojaus nėra, o įvykio vietoje dirba įmonės technikai.",
    "Gamykla per metus pagamina apie 400 tūkst. pakabos dalių, kurios eksportuojamos į Vokietijos ir Čekijos automobilių gamyklas.",
]
N = [
    "Skaitymo laikas: 4 min.",
    "Daugiau skaitykite: Lietuvos pramonės eksportas spalį augo",
    "Komentarai (12)",
    "TIESIOGIAI",
]
html = doc(T + " - 15min.lt", jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": T,
                                      "datePublished": "2026-11-27T14:52:31+02:00", "dateModified": "2026-11-27T16:40:02+02:00",
                                      "author": [{"@type": "Person", "name": "Rūta Vaitkutė"}, {"@type": "Person", "name": "Mindaugas Petrauskas"}]}), f"""
<header class="site-header"><a class="logo">15min</a><nav><a>Naujienos</a><a>Verslas</a><a>Gazas</a></nav></header>
<article class="article">
<div class="article-category"><a>Verslas</a> <span class="live-badge">TIESIOGIAI</span></div>
<h1 class="article-title">{esc(T)}</h1>
<div class="article-info"><span class="authors">Rūta Vaitkutė, Mindaugas Petrauskas</span> <time datetime="2026-11-27T14:52:31+02:00">2026-11-27 14:52</time> <span class="reading">Skaitymo laikas: 4 min.</span></div>
<div class="article-content">
<p>{esc(P[0])}</p>
<div class="live-entry"><span class="stamp">16:40</span> <p>{esc(P[1])}</p></div>
<div class="live-entry"><span class="stamp">15:25</span> <p>{esc(P[2])}</p></div>
<p class="read-more"><strong>Daugiau skaitykite: <a>Lietuvos pramonės eksportas spalį augo</a></strong></p>
<p>{esc(P[3])}</p>
</div>
<a class="comments-link">Komentarai (12)</a>
</article>
""", lang="lt")
add("intl_lt_15min", html,
    url="https://www.15min.lt/verslas/naujiena/bendroves/kauno-automobiliu-daliu-gamykloje-sustabdyta-gamyba-663-2398761", kind="intl",
    modelled_on="15min.lt (Lithuanian news portal) live-updated business story (category label with a TIESIOGIAI live badge, h1, article-info with comma-separated authors / <time> 'YYYY-MM-DD HH:MM' / 'Skaitymo laikas' reading time, time-stamped live entries inside the text (newest first), bold 'Daugiau skaitykite:' link, comments link; LiveBlogPosting JSON-LD with seconds and a later dateModified)",
    language="lt", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Published 2026-11-27 14:52 (EET, +02:00); JSON-LD 14:52:31+02:00 agrees. Two authors. Live entries are body in page order (newest first), as in news_pages_g intl_en_za_businesslive: the entry texts are body, the bare stamps (16:40, 15:25) are neither body nor noise and never the publication time. dateModified (16:40) never wins.",
    classes=["live_update_stamps", "jsonld_seconds_agree", "update_in_jsonld", "two_authors_comma", "reading_time_line", "read_also_inside_body", "comment_count", "live_badge", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T14:52:31+02:00",
    author="Rūta Vaitkutė, Mindaugas Petrauskas", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- db.lv (Latvian)
T = "Rīgas komponentu ražotājs paplašina rūpnīcu Olainē"
P = [
    "Autokomponentu ražotājs „Daugava Parts“ paziņojis par 14 miljonu eiro investīcijām rūpnīcas paplašināšanā Olainē.",
    "Jaunajā ražošanas ēkā tiks izvietotas divas automatizētas līnijas elektrisko transportlīdzekļu kabeļu saišķu ražošanai.",
    "Uzņēmuma valdes priekšsēdētājs norāda, ka pieprasījums no Ziemeļeiropas pasūtītājiem pēdējā gada laikā pieaudzis gandrīz par trešdaļu.",
]
N = [
    "Raksts pieejams abonentiem. Abonē DB un lasi bez ierobežojumiem!",
    "Foto: Ieva Kalniņa",
    "Saistītie raksti",
]
html = doc(T + " | Dienas Bizness", '<meta property="article:published_time" content="2026-11-26T09:04:11+02:00">', f"""
<header><a class="logo">Dienas Bizness</a><nav><a>Ražošana</a><a>Finanses</a><a>Transports</a></nav></header>
<main class="article">
<div class="article__section">Ražošana</div>
<h1 class="article__headline">{esc(T)}</h1>
<div class="article__meta"><span class="article__author">Ilze Ozola</span> <span class="article__date">2026. gada 26. novembris 09:10</span></div>
<figure><img src="/img/olaine.jpg"><figcaption>Foto: Ieva Kalniņa</figcaption></figure>
<div class="article__body">
{ps(P)}
</div>
<div class="paywall">Raksts pieejams abonentiem. Abonē DB un lasi bez ierobežojumiem!</div>
<aside><h3>Saistītie raksti</h3><ul><li><a>Eksportētāju noskaņojums uzlabojas</a> 25.11.2026</li></ul></aside>
</main>
""", lang="lv")
add("intl_lv_db", html,
    url="https://www.db.lv/zinas/rigas-komponentu-razotajs-paplasina-rupnicu-olaine-512345", kind="intl",
    modelled_on="Dienas Bizness (db.lv, Latvian business daily) article page (section label, h1, meta with author and a year-first Latvian date '2026. gada 26. novembris HH:MM', figure with 'Foto:' credit, truncated text followed by a subscriber paywall box, related list with dotted dates; article:published_time meta four minutes earlier than the printed minute)",
    language="lv", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 09:10 on 26 November 2026 (Latvian genitive-free year-first form); the meta says 09:04:11 — another minute — so the printed minute stands with :00, offset +02:00 from the meta. The photographer is not an author. Body = the text before the paywall box.",
    classes=["year_first_latvian_date", "meta_minute_disagree", "caption_photo_credit", "photographer_not_author", "paywall_prompt", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:10:00+02:00",
    author="Ilze Ozola", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Postimees (Estonian, relative 'Eile')
T = "Tartu rehvitehas võtab tööle 80 uut inimest"
P = [
    "Tartu lähedal asuv rehvitehas „Emajõe Rehv“ teatas, et laiendab tootmist ja võtab järgmise aasta alguses tööle 80 uut töötajat.",
    "Ettevõtte juhi sõnul on talverehvide nõudlus Põhjamaades kasvanud ning praegused liinid töötavad juba kolmes vahetuses.",
    "Uued töökohad luuakse peamiselt tootmisse ja kvaliteedikontrolli, palgad on piirkonna keskmisest kõrgemad.",
]
N = [
    "Loe ka: Eesti tööstustoodang kasvas oktoobris",
    "Artikkel jätkub pärast reklaami",
    "Kuula artiklit",
]
html = doc(T + " | Postimees", jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
                                        "datePublished": "2026-11-29T18:40:22+02:00", "author": {"@type": "Person", "name": "Kadri Tamm"}}), f"""
<header class="header"><a class="logo">Postimees</a><nav><a>Majandus</a><a>Eesti</a></nav></header>
<article class="article">
<div class="article-section">Majandus</div>
<h1 class="article-headline">{esc(T)}</h1>
<div class="article-meta"><span class="byline">Kadri Tamm</span> <span class="date">Eile, 18:40</span></div>
<div class="audio"><button>Kuula artiklit</button></div>
<div class="article-body">
<p>{esc(P[0])}</p>
<div class="ad-notice">Artikkel jätkub pärast reklaami</div>
<p>{esc(P[1])}</p>
<p class="loe-ka"><b>Loe ka: <a>Eesti tööstustoodang kasvas oktoobris</a></b></p>
<p>{esc(P[2])}</p>
</div>
</article>
""", lang="et")
add("intl_et_postimees", html,
    url="https://majandus.postimees.ee/7889123/tartu-rehvitehas-votab-toole-80-uut-inimest", kind="intl",
    modelled_on="Postimees (postimees.ee, Estonian daily, Majandus section) article page (section label, h1, meta with the byline and a relative 'Eile, HH:MM' date, 'Kuula artiklit' audio button, 'Artikkel jätkub pärast reklaami' ad notice and bold 'Loe ka:' link inside the text; NewsArticle JSON-LD with seconds)",
    language="et", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'Eile, 18:40' (yesterday): fetched 2026-11-30 09:00 UTC = 11:00 in Estonia (+02:00), so yesterday is 29 November; JSON-LD 2026-11-29T18:40:22+02:00 agrees and supplies the seconds.",
    classes=["relative_yesterday", "jsonld_seconds_agree", "audio_player", "ad_notice_inside_body", "read_also_inside_body", "no_source", "no_editor"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T18:40:22+02:00",
    author="Kadri Tamm", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Finance.si (Slovenian)
T = "Novomeški dobavitelj sedežev podpisal posel z nemškim proizvajalcem"
P = [
    "Novomeško podjetje Krka Seat Systems je podpisalo petletno pogodbo za dobavo sedežnih okvirjev nemškemu proizvajalcu električnih dostavnih vozil.",
    "Vrednost posla ocenjujejo na približno 60 milijonov evrov, dobave pa naj bi se začele jeseni 2027.",
    "Direktor podjetja pravi, da bodo za izpolnitev naročila zaposlili 45 novih delavcev in kupili dve novi varilni celici.",
]
N = [
    "Poslušaj članek",
    "Preberite tudi: Slovenski avtomobilski dobavitelji lovijo nova naročila",
    "Finance Plus",
    "Oznake:",
]
html = doc(T + " | Finance.si", jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
                                         "datePublished": "2026-11-27T07:30:15+01:00", "dateModified": "2026-11-27T09:12:00+01:00"}), f"""
<header><a class="logo">Finance.si</a><nav><a>Podjetja</a><a>Trgi</a></nav></header>
<article>
<span class="label-plus">Finance Plus</span>
<h1>{esc(T)}</h1>
<div class="article-meta"><span class="author">Jure Kranjc, Nina Zupan</span> <span class="date">pet, 27. 11. 2026 | 07:30</span></div>
<div class="audio-player"><button>Poslušaj članek</button> <span>3:45</span></div>
<div class="article-body">
{ps(P[:2])}
<p class="related"><strong>Preberite tudi: <a>Slovenski avtomobilski dobavitelji lovijo nova naročila</a></strong></p>
<p>{esc(P[2])}</p>
</div>
<div class="tags">Oznake: <a>avtomobilska industrija</a> <a>Novo mesto</a></div>
</article>
""", lang="sl")
add("intl_sl_finance", html,
    url="https://www.finance.si/podjetja/novomeski-dobavitelj-sedezev-podpisal-posel/a/9012345", kind="intl",
    modelled_on="Finance.si (Slovenian business daily) article page ('Finance Plus' label, h1, meta with comma-separated authors and 'weekday, D. M. YYYY | HH:MM' with spaced dotted numbers, 'Poslušaj članek' audio player, bold 'Preberite tudi:' link inside the text, Oznake tags row; NewsArticle JSON-LD with seconds and a later dateModified)",
    language="sl", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 'pet, 27. 11. 2026 | 07:30' (CET +01:00); JSON-LD 07:30:15+01:00 agrees. Two authors. Audio player, read-also link, label and tags are noise.",
    classes=["spaced_dotted_date", "slovenian_weekday_abbrev", "jsonld_seconds_agree", "update_in_jsonld", "two_authors_comma", "audio_player", "read_also_inside_body", "paywall_label", "tags_line", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T07:30:15+01:00",
    author="Jure Kranjc, Nina Zupan", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Politika (Serbian Cyrillic)
T = "Фабрика ауто-делова у Крагујевцу запошљава још 200 радника"
P = [
    "Фабрика ауто-делова „Шумадија компоненте“ у Крагујевцу до краја наредне године запослиће још 200 радника, саопштено је данас.",
    "Компанија производи кућишта мењача и делове кочионих система за европске произвођаче аутомобила, а ове године извоз јој је порастао за 18 одсто.",
    "Нова производна хала површине 12.000 квадратних метара биће завршена у пролеће.",
]
N = [
    "Извор: Танјуг",
    "Прочитајте још: Извоз аутомобилске индустрије у порасту",
    "Коментари (4)",
]
html = doc(T + " | Политика", '<meta property="article:published_time" content="2026-11-27T20:15:40+01:00">', f"""
<header><a class="logo">ПОЛИТИКА</a><nav><a>Економија</a><a>Србија</a></nav></header>
<article class="article">
<div class="article-rubric">Економија</div>
<h1 class="article-title">{esc(T)}</h1>
<div class="article-date">27.11.2026. у 20:15</div>
<div class="article-text">
{ps(P[:2])}
<p class="also"><b>Прочитајте још: <a>Извоз аутомобилске индустрије у порасту</a></b></p>
<p>{esc(P[2])}</p>
<p class="izvor">Извор: Танјуг</p>
</div>
<div class="comments"><h3>Коментари (4)</h3><div class="c"><b>Марко</b> 27.11.2026. 21:02 <p>Добра вест за град.</p></div></div>
</article>
""", lang="sr")
add("intl_sr_politika", html,
    url="https://www.politika.rs/scc/clanak/712345/fabrika-auto-delova-u-kragujevcu", kind="intl",
    modelled_on="Политика (politika.rs, Serbian daily, Cyrillic edition) article page (rubric, h1, date 'DD.MM.YYYY. у HH:MM' with the Cyrillic 'у' (at), bold 'Прочитајте још:' link inside the text, 'Извор: Танјуг' agency credit at the end, comments with dotted date-times; article:published_time meta)",
    language="sr-Cyrl", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '27.11.2026. у 20:15' (CET +01:00); the meta 20:15:40+01:00 agrees. No personal byline: the story is credited to the agency Танјуг (Tanjug) → source, author null. Comment dates are traps.",
    classes=["cyrillic_text", "dotted_date_trailing_dot", "meta_seconds_agree", "agency_source", "read_also_inside_body", "comment_dates", "no_author", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T20:15:40+01:00",
    author=None, editor=None, source="Танјуг", paragraphs=P, body_noise=N)
