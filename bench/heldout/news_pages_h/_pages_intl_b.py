"""Pages from other countries, part B (Georgia, Ethiopia, Quebec, Iceland, Cambodia)."""
from _common import FETCH_INTL, add, doc, esc, jsonld, ps

# ---------------------------------------------------------------- BM.ge (Georgian)
T = "ქუთაისში ავტონაწილების ქარხანა გაიხსნა"
P = [
    "ქუთაისის თავისუფალ ინდუსტრიულ ზონაში ავტონაწილების ახალი ქარხანა გაიხსნა, რომელიც მუხრუჭის ხუნდებს აწარმოებს.",
    "კომპანიის ინფორმაციით, ინვესტიციის მოცულობა 9 მილიონ ლარს შეადგენს, ქარხანაში კი 120 ადამიანი დასაქმდება.",
    "პროდუქციის ძირითადი ნაწილი თურქეთისა და აზერბაიჯანის ბაზრებზე გაიყიდება.",
]
N = [
    "ასევე წაიკითხეთ: ავტომობილების იმპორტი ოქტომბერში გაიზარდა",
    "თეგები:",
]
html = doc(T + " | BM.GE", jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
                                    "datePublished": "2026-11-28T13:12:48+04:00", "author": {"@type": "Person", "name": "ნინო ბერიძე"}}), f"""
<header><a class="logo">BM.GE</a><nav><a>ბიზნესი</a><a>ეკონომიკა</a></nav></header>
<article>
<div class="category">ბიზნესი</div>
<h1 class="news-title">{esc(T)}</h1>
<div class="news-meta"><span class="author">ნინო ბერიძე</span> <span class="date">28 ნოემბერი 2026 13:12</span></div>
<div class="news-text">
{ps(P[:2])}
<p><strong>ასევე წაიკითხეთ: <a>ავტომობილების იმპორტი ოქტომბერში გაიზარდა</a></strong></p>
<p>{esc(P[2])}</p>
</div>
<div class="tags">თეგები: <a>ქუთაისი</a> <a>ინვესტიცია</a></div>
</article>
""", lang="ka")
add("intl_ka_bm", html,
    url="https://bm.ge/ka/article/qutaisshi-avtonawilebis-qarxana-gaixsna/123456", kind="intl",
    modelled_on="BM.GE (Business Media Georgia) article page (category, h1, meta with author and 'D month YYYY HH:MM' in Georgian script, bold 'ასევე წაიკითხეთ:' (read also) link inside the text, თეგები tags row; NewsArticle JSON-LD with +04:00 and seconds)",
    language="ka", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '28 ნოემბერი 2026 13:12' (Georgian month name); JSON-LD 13:12:48+04:00 agrees and supplies the seconds (Georgia +04:00, no DST).",
    classes=["georgian_month_name", "jsonld_seconds_agree", "read_also_inside_body", "tags_line", "no_source", "no_editor"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T13:12:48+04:00",
    author="ნინო ბერიძე", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- The Reporter (Amharic, Ethiopian calendar)
T = "በሀዋሳ የተሽከርካሪ መለዋወጫ ማምረቻ ፋብሪካ ሥራ ጀመረ"
P = [
    "በሀዋሳ ኢንዱስትሪ ፓርክ የተገነባው የተሽከርካሪ መለዋወጫ ማምረቻ ፋብሪካ በዚህ ሳምንት ምርት ጀምሯል።",
    "ፋብሪካው በዓመት 50 ሺሕ የሚሆኑ የፍሬን ሸራዎችንና የማጣሪያ ምርቶችን የማምረት አቅም እንዳለው ተገልጿል።",
    "የፋብሪካው ሥራ አስኪያጅ እንደገለጹት፣ ፋብሪካው ለ300 ሰዎች የሥራ ዕድል ፈጥሯል።",
]
N = [
    "ተዛማጅ ዜናዎች",
    "ማስታወቂያ",
]
html = doc(T + " | ሪፖርተር", '<meta property="article:published_time" content="2026-11-27T10:30:00+03:00">', f"""
<header><a class="logo">ሪፖርተር</a><nav><a>ዜና</a><a>ኢኮኖሚ</a></nav></header>
<article class="post">
<h1 class="entry-title">{esc(T)}</h1>
<div class="entry-meta"><span class="byline">በዮሐንስ አበበ</span> <span class="date">ዓርብ ኅዳር 18 ቀን 2019 ዓ.ም.</span></div>
<div class="entry-content">
<p>{esc(P[0])}</p>
<div class="ad"><span>ማስታወቂያ</span></div>
{ps(P[1:])}
</div>
<div class="related"><h3>ተዛማጅ ዜናዎች</h3><ul><li><a>የኤሌክትሪክ ተሽከርካሪ ገቢ ጨመረ</a></li></ul></div>
</article>
""", lang="am")
add("intl_am_reporter", html,
    url="https://www.ethiopianreporter.com/article/150123", kind="intl",
    modelled_on="ሪፖርተር (The Reporter, Ethiopian Amharic edition, WordPress-style) article page (entry-title h1, entry-meta with a byline written with the Amharic prefix 'በ' (by) glued to the name and an Ethiopian-calendar date 'weekday Hidar D ቀን YYYY ዓ.ም.', ad slot inside the text, related list; article:published_time meta with +03:00)",
    language="am", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The visible date is in the Ethiopian calendar: ዓርብ ኅዳር 18 ቀን 2019 ዓ.ም. = Friday, Hidar 18, 2019 E.C. = 2026-11-27 (Meskerem 1, 2019 = 2026-09-11; checked with a JDN computation). The time of day is only in article:published_time (10:30:00+03:00), which agrees with the day. Byline 'በዮሐንስ አበበ' = 'by Yohannes Abebe': author ዮሐንስ አበበ (prefix dropped).",
    classes=["ethiopian_calendar", "non_gregorian_date", "date_only_visible", "time_only_in_meta", "glued_by_prefix", "ad_inside_body", "related_list", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:30:00+03:00",
    author="ዮሐንስ አበበ", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- La Presse (Quebec French)
T = "Un équipementier de Drummondville mise sur les autobus électriques"
P = [
    "L’équipementier Composites Saint-François, établi à Drummondville, investira 38 millions de dollars pour fabriquer des panneaux de carrosserie destinés aux autobus électriques.",
    "L’entreprise prévoit embaucher 90 travailleurs d’ici 2028. Elle compte déjà deux fabricants d’autobus québécois parmi ses clients.",
    "« La demande pour des véhicules plus légers ne cesse d’augmenter », a indiqué le président de l’entreprise en entrevue.",
    "Le projet reçoit l’appui d’un prêt de 12 millions de dollars du gouvernement du Québec.",
]
N = [
    "Publié le 28 novembre à 5 h 30",
    "Mis à jour le 28 novembre à 7 h 02",
    "PHOTO FOURNIE PAR L’ENTREPRISE",
    "Lisez « Les pièces automobiles québécoises à l’heure des tarifs »",
    "Ce contenu est réservé aux abonnés de l’infolettre",
]
html = doc(T + " | La Presse", jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
                                        "datePublished": "2026-11-28T05:30:12-05:00", "dateModified": "2026-11-28T07:02:40-05:00",
                                        "author": [{"@type": "Person", "name": "Julie Tremblay"}, {"@type": "Person", "name": "Marc-André Gagnon"}]}), f"""
<header><a class="logo">La Presse</a><nav><a>Affaires</a><a>Actualités</a></nav></header>
<article class="article">
<div class="article__section">Affaires</div>
<h1 class="headlines"><span class="title">{esc(T)}</span></h1>
<div class="authorModule"><span class="name">Julie Tremblay</span> et <span class="name">Marc-André Gagnon</span> <span class="org">La Presse</span></div>
<div class="publicationsDate"><p>Publié le 28 novembre à 5 h 30</p><p>Mis à jour le 28 novembre à 7 h 02</p></div>
<figure><img src="/img/autobus.jpg"><figcaption>PHOTO FOURNIE PAR L’ENTREPRISE</figcaption></figure>
<div class="articleBody">
{ps(P[:2])}
<p class="lisez"><a>Lisez « Les pièces automobiles québécoises à l’heure des tarifs »</a></p>
{ps(P[2:])}
</div>
<div class="newsletter">Ce contenu est réservé aux abonnés de l’infolettre <button>S’abonner</button></div>
</article>
""", lang="fr-CA")
add("intl_frca_lapresse", html,
    url="https://www.lapresse.ca/affaires/entreprises/2026-11-28/un-equipementier-de-drummondville-mise-sur-les-autobus-electriques.php", kind="intl",
    modelled_on="La Presse (lapresse.ca, Montreal daily) article page (section, headline span in h1, authorModule with two names joined by 'et' and the 'La Presse' organisation label, publicationsDate block with year-less 'Publié le D mois à H h MM' and 'Mis à jour' lines, upper-case photo credit caption, 'Lisez « … »' link inside the text, newsletter box; NewsArticle JSON-LD with -05:00 and seconds; URL with the date)",
    language="fr-CA", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'Publié le 28 novembre à 5 h 30' has no year and uses the Quebec 'H h MM' clock; JSON-LD 2026-11-28T05:30:12-05:00 (EST) and the URL give the year; the 'Mis à jour' time (7 h 02) never wins. Authors 'Julie Tremblay et Marc-André Gagnon' → 'Julie Tremblay, Marc-André Gagnon'; 'La Presse' is the organisation label, not a source credit.",
    classes=["no_year_date", "quebec_h_clock", "jsonld_seconds_agree", "update_line", "two_authors_et", "caption_photo_credit", "read_also_inside_body", "newsletter_prompt", "url_date", "no_source", "no_editor"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T05:30:12-05:00",
    author="Julie Tremblay, Marc-André Gagnon", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- mbl.is (Icelandic)
T = "Bílaumboð á Akureyri opnar nýtt verkstæði fyrir rafbíla"
P = [
    "Bílaumboðið Norðurbílar á Akureyri hefur opnað nýtt verkstæði sem sérhæfir sig í viðgerðum á rafbílum og rafhlöðum.",
    "Að sögn framkvæmdastjóra hefur eftirspurn eftir þjónustu við rafbíla tvöfaldast á norðurlandi á síðustu tveimur árum.",
    "Á verkstæðinu starfa sex bifvélavirkjar sem hafa lokið sérstakri þjálfun í háspennukerfum.",
]
N = [
    "Ljósmynd/Aðsend",
    "Uppfært 17:10",
    "Fleiri fréttir",
]
html = doc(T + " - mbl.is", '<meta property="article:published_time" content="2026-11-26T16:47:05+00:00">', f"""
<header><a class="logo">mbl.is</a><nav><a>Fréttir</a><a>Viðskipti</a></nav></header>
<div class="main-layout">
<div class="newsitem">
<div class="newsitem-section">Viðskipti | mbl | 26.11.2026 | 16:47 | Uppfært 17:10</div>
<h1>{esc(T)}</h1>
<figure><img src="/frimg/rafbill.jpg"><figcaption>Nýja verkstæðið á Akureyri. Ljósmynd/Aðsend</figcaption></figure>
<div class="newsitem-author">Helga Sigurðardóttir</div>
<div class="newsitem-text">
{ps(P)}
</div>
</div>
<aside><h3>Fleiri fréttir</h3><ul><li><a>Sala nýrra bíla dróst saman</a> 25.11.2026</li></ul></aside>
</div>
""", lang="is")
add("intl_is_mbl", html,
    url="https://www.mbl.is/vidskipti/frettir/2026/11/26/bilaumbod_a_akureyri_opnar_nytt_verkstaedi/", kind="intl",
    modelled_on="mbl.is (Morgunblaðið online, Iceland) news item (section line 'Viðskipti | mbl | DD.MM.YYYY | HH:MM | Uppfært HH:MM' above the h1, figure caption ending with 'Ljósmynd/Aðsend', author line below the picture, 'Fleiri fréttir' list with dates; article:published_time meta with +00:00; URL with the date)",
    language="is", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Section line prints 26.11.2026 | 16:47 and an update time 17:10 (never wins); the meta 16:47:05+00:00 agrees (Iceland is UTC all year). 'mbl' in the section line is the site, not a source credit. The caption (with the submitted-photo credit) is noise.",
    classes=["date_above_headline", "pipe_separated_section_line", "meta_seconds_agree", "update_line", "caption_photo_credit", "utc_local_time", "url_date", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T16:47:05+00:00",
    author="Helga Sigurðardóttir", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Fresh News (Khmer digits, 12-hour)
T = "រោងចក្រផលិតគ្រឿងបន្លាស់រថយន្តថ្មីមួយបើកដំណើរការនៅខេត្តកំពង់ស្ពឺ"
P = [
    "ភ្នំពេញ៖ រោងចក្រផលិតខ្សែភ្លើងរថយន្តថ្មីមួយ បានបើកដំណើរការជាផ្លូវការនៅក្នុងតំបន់សេដ្ឋកិច្ចពិសេស ខេត្តកំពង់ស្ពឺ។",
    "រោងចក្រនេះមានទុនវិនិយោគប្រមាណ ២៥ លានដុល្លារអាមេរិក និងផ្តល់ការងារដល់កម្មករជាង ១ ៥០០ នាក់។",
    "ផលិតផលភាគច្រើននឹងនាំចេញទៅកាន់ប្រទេសជប៉ុន និងថៃ។",
]
N = [
    "អានបន្ត៖ ការនាំចេញគ្រឿងបន្លាស់រថយន្តកើនឡើង",
    "ព័ត៌មានទាក់ទង",
]
html = doc(T + " - Fresh News", jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
                                         "datePublished": "2026-11-27T15:20:09+07:00"}), f"""
<header><a class="logo">Fresh News</a><nav><a>ព័ត៌មានជាតិ</a><a>សេដ្ឋកិច្ច</a></nav></header>
<article>
<h1 class="title">{esc(T)}</h1>
<div class="meta"><span class="author">ដោយ៖ សុខ ចាន់ធី</span> <span class="date">ថ្ងៃសុក្រ ទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦ ម៉ោង ០៣:២០ រសៀល</span></div>
<div class="content">
{ps(P[:2])}
<p><b>អានបន្ត៖ <a>ការនាំចេញគ្រឿងបន្លាស់រថយន្តកើនឡើង</a></b></p>
<p>{esc(P[2])}</p>
</div>
<div class="related"><h3>ព័ត៌មានទាក់ទង</h3><ul><li><a>តម្លៃប្រេងឥន្ធនៈថយចុះ</a></li></ul></div>
</article>
""", lang="km")
add("intl_km_freshnews", html,
    url="https://www.freshnewsasia.com/index.php/en/localnews/312345.html", kind="intl",
    modelled_on="Fresh News (freshnewsasia.com, Cambodian Khmer-language news site) article page (h1, meta with 'ដោយ៖' byline and a date in Khmer digits 'weekday ទីDD ខែmonth ឆ្នាំYYYY ម៉ោង HH:MM រសៀល' (12-hour clock, 'afternoon'), 'ភ្នំពេញ៖' dateline in the first sentence, bold 'អានបន្ត៖' (read more) link inside the text, related list; NewsArticle JSON-LD with +07:00)",
    language="km", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible date in Khmer digits: Friday 27 វិច្ឆិកា (November) 2026, ០៣:២០ រសៀល = 03:20 in the afternoon = 15:20 (+07:00); JSON-LD 15:20:09+07:00 agrees and gives the seconds. Author សុខ ចាន់ធី ('ដោយ៖' = by). The 'ភ្នំពេញ៖' (Phnom Penh:) dateline stays in the first paragraph.",
    classes=["khmer_digits", "ampm_khmer", "jsonld_seconds_agree", "byline_prefix_daoy", "dateline_in_first_paragraph", "read_also_inside_body", "related_list", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T15:20:09+07:00",
    author="សុខ ចាន់ធី", editor=None, source=None, paragraphs=P, body_noise=N)
