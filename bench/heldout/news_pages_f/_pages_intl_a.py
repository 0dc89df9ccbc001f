"""Pages from other countries and languages, part A."""
from _common import FETCH_INTL, add, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# 21. Dünya (Turkey) relative time + <time datetime>
T = "Otomotiv yan sanayisinde ihracat kasımda da güçlü seyretti"
P = ["Otomotiv yan sanayi ihracatı kasım ayının ilk üç haftasında geçen yılın aynı dönemine göre yüzde 9 artarak 1,4 milyar dolara ulaştı.",
     "Sektör temsilcileri, Avrupa'daki üreticilerin tedarik zincirini yakın ülkelere kaydırma eğiliminin Türk tedarikçilere yeni siparişler getirdiğini belirtiyor.",
     "Bursa'da fren sistemleri üreten bir firmanın genel müdürü Kemal Aydın, \"Elektrikli araç platformlarına yönelik teklif taleplerimiz bu yıl iki katına çıktı\" dedi.",
     "Ancak enerji maliyetleri ve kur dalgalanmaları, özellikle küçük ölçekli tedarikçilerin kâr marjları üzerinde baskı oluşturmaya devam ediyor."]
add("intl_tr_dunya", f"""
<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<title>{esc(T)} | DÜNYA</title>
<meta property="article:published_time" content="2026-11-30T08:47:12+03:00">
<meta property="article:modified_time" content="2026-11-30T10:05:40+03:00">
</head>
<body>
<header class="site-header"><a class="logo" href="https://www.dunya.com/">DÜNYA</a><nav><a>Ekonomi</a><a>Sektörler</a><a>Otomotiv</a><a>Finans</a></nav></header>
<main>
<article class="news-detail">
 <div class="category"><a href="/sektorler/otomotiv">Otomotiv</a></div>
 <h1>{esc(T)}</h1>
 <h2 class="spot">Kasımın ilk üç haftasında yan sanayi ihracatı yüzde 9 arttı.</h2>
 <div class="news-meta">
  <span class="author">Ayşe Demir</span>
  <time datetime="2026-11-30T08:47:12+03:00" class="published">3 saat önce</time>
  <span class="updated">Güncelleme: <time datetime="2026-11-30T10:05:40+03:00">1 saat önce</time></span>
 </div>
 <div class="share">Paylaş: <a>Twitter</a> <a>Facebook</a> <a>WhatsApp</a></div>
 <div class="news-content">
{ps(P[:2])}
<div class="inline-related">İlginizi çekebilir: <a>Elektrikli araç teşvikleri yeniden düzenlendi</a></div>
{ps(P[2:])}
 </div>
 <div class="tags">Etiketler: <a>otomotiv</a> <a>ihracat</a> <a>yan sanayi</a></div>
</article>
<aside class="most-read"><h3>En Çok Okunanlar</h3><ol><li><a>Akaryakıta yeni zam geldi</a><span>2 saat önce</span></li></ol></aside>
</main>
<footer>© 2026 DÜNYA Gazetecilik</footer>
</body>
</html>
""",
    url="https://www.dunya.com/sektorler/otomotiv/otomotiv-yan-sanayisinde-ihracat-kasimda-da-guclu-seyretti-haberi-7712345",
    kind="intl",
    modelled_on="DÜNYA (dunya.com, Turkish business daily) news page (category label, h1 + spot h2, news-meta with author name and a relative '3 saat önce' inside <time datetime> with +03:00, 'Güncelleme: 1 saat önce', share bar, 'İlginizi çekebilir:' link box inside the text, Etiketler line, most-read list with relative times; article:published_time / modified_time meta)",
    language="tr", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible time is relative: '3 saat önce' at fetch 2026-11-30T09:00:00+00:00 (12:00 Turkey time) is about 09:00 +03:00; the <time datetime> and article:published_time 2026-11-30T08:47:12+03:00 (3 h 13 min earlier) agree and give the exact value. The update (10:05:40) never wins. Author Ayşe Demir. The spot h2 is a standfirst (neutral).",
    classes=["relative_hours", "time_element_offset", "meta_seconds_agree", "update_line_relative", "standfirst_neutral", "read_also_inside_body", "tags_line", "share_bar", "relative_sidebar_times", "category_label", "no_source", "no_editor"],
    title=T, published_date="2026-11-30", published_at="2026-11-30T08:47:12+03:00",
    author="Ayşe Demir", editor=None, source=None,
    paragraphs=P,
    body_noise=["İlginizi çekebilir: Elektrikli araç teşvikleri yeniden düzenlendi", "Etiketler:", "Akaryakıta yeni zam geldi", "Paylaş:"])

# ---------------------------------------------------------------------------------------------
# 22. El Economista (Mexico) 12-hour clock, two authors with 'y'
T = "Proveedores de autopartes aceleran inversiones en el Bajío"
P = ["Las empresas proveedoras de autopartes anunciaron en lo que va del año inversiones por 2,340 millones de dólares en los estados del Bajío, un aumento de 18% frente al año pasado, de acuerdo con datos de la industria.",
     "Los proyectos se concentran en tres segmentos:",
     "Directivos del sector explicaron que la demanda de las armadoras que producen vehículos eléctricos en la región ha obligado a los proveedores a ampliar su capacidad local.",
     "No obstante, advirtieron que la disponibilidad de energía eléctrica y de personal técnico calificado sigue siendo el principal cuello de botella para nuevos proyectos."]
L = ["arneses y componentes eléctricos;", "piezas de aluminio para carrocería;", "sistemas de gestión térmica para baterías."]
add("intl_es_mx_eleconomista", f"""
<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>{esc(T)} | El Economista</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": "2026-11-27T18:15:44-06:00", "dateModified": "2026-11-27T20:02:10-06:00", "author": [{"@type": "Person", "name": "Rodrigo Salinas"}, {"@type": "Person", "name": "Mariana Ortega"}]})}
</head>
<body>
<header><a class="logo" href="https://www.eleconomista.com.mx/">El Economista</a><nav><a>Empresas</a><a>Economía</a><a>Mercados</a><a>Estados</a></nav></header>
<main class="article">
 <p class="section">Empresas</p>
 <h1 class="title">{esc(T)}</h1>
 <h2 class="subtitle">Los proyectos suman 2,340 millones de dólares en lo que va del año.</h2>
 <div class="byline">
  <p class="authors"><a>Rodrigo Salinas</a> y <a>Mariana Ortega</a></p>
  <p class="date">27 de noviembre de 2026, 06:15 p.m.</p>
 </div>
 <figure><img src="/img/2026/11/27/planta.jpg" alt=""><figcaption>Planta de autopartes en Guanajuato. Foto: Especial</figcaption></figure>
 <div class="entry-content">
{ps(P[:2])}
<ul>
{lis(L)}
</ul>
<p><strong>Lee también:</strong> <a>Exportaciones automotrices crecen 6% en octubre</a></p>
{ps(P[2:])}
 </div>
 <div class="newsletter">Suscríbete a nuestro newsletter de Empresas</div>
 <div class="related"><h3>Te recomendamos</h3><ul><li><a>Armadoras recortan producción en noviembre</a><span>25 de noviembre de 2026</span></li></ul></div>
</main>
<footer>© 2026 El Economista</footer>
</body>
</html>
""",
    url="https://www.eleconomista.com.mx/empresas/Proveedores-de-autopartes-aceleran-inversiones-en-el-Bajio-20261127-0088.html",
    kind="intl",
    modelled_on="El Economista (eleconomista.com.mx, Mexican business daily) article page (section label, title + subtitle, byline with two linked authors joined by 'y', date line 'D de mes de YYYY, hh:mm p.m.' with a 12-hour clock and no zone, figure with 'Foto: Especial', bulleted list, bold 'Lee también:' link paragraph inside the content, newsletter prompt, related list; NewsArticle JSON-LD with -06:00 and a later dateModified; URL with YYYYMMDD)",
    language="es-MX", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '27 de noviembre de 2026, 06:15 p.m.' = 18:15; JSON-LD datePublished 2026-11-27T18:15:44-06:00 (Mexico City, no DST) agrees and gives seconds and offset. Two authors 'Rodrigo Salinas y Mariana Ortega' -> 'Rodrigo Salinas, Mariana Ortega'. Subtitle neutral; caption, 'Lee también' link and newsletter prompt are noise; the list and its intro sentence are body.",
    classes=["ampm_spanish", "spanish_month", "jsonld_seconds_agree", "update_in_jsonld", "two_authors_y", "list_in_body", "read_also_inside_body", "caption_photo_credit", "newsletter_prompt", "standfirst_neutral", "url_date", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T18:15:44-06:00",
    author="Rodrigo Salinas, Mariana Ortega", editor=None, source=None,
    paragraphs=P[:2] + L + P[2:],
    body_noise=["Planta de autopartes en Guanajuato. Foto: Especial", "Lee también: Exportaciones automotrices crecen 6% en octubre",
                "Suscríbete a nuestro newsletter de Empresas", "Armadoras recortan producción en noviembre"])

# ---------------------------------------------------------------------------------------------
# 23. Donya-e-Eqtesad (Iran) Solar Hijri date in Persian digits, RTL
T = "واردات قطعات خودرو در هشت ماه نخست سال ۱۲ درصد افزایش یافت"
P = ["بر اساس آمارهای گمرک، ارزش واردات قطعات و مجموعه‌های خودرو در هشت ماه نخست امسال به ۲.۹ میلیارد دلار رسید که نسبت به مدت مشابه سال گذشته ۱۲ درصد بیشتر است.",
     "فعالان صنعت قطعه‌سازی می‌گویند بخش عمده این افزایش مربوط به قطعات الکترونیکی و سامانه‌های ایمنی است که تولید داخلی آنها هنوز به مقیاس اقتصادی نرسیده است.",
     "یکی از مدیران انجمن قطعه‌سازان گفت: «اگر تأمین ارز برای مواد اولیه به موقع انجام شود، بخشی از این واردات را می‌توان با تولید داخلی جایگزین کرد.»",
     "کارشناسان همچنین معتقدند طولانی شدن زمان ترخیص کالا در گمرکات، هزینه تولید خودروسازان را افزایش داده است."]
add("intl_fa_donya", f"""
<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(T)} | دنیای اقتصاد</title>
<meta property="article:published_time" content="2026-11-27T14:30:21+03:30">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": "2026-11-27T14:30:21+03:30", "author": {"@type": "Person", "name": "سارا کریمی"}})}
</head>
<body>
<header><a class="logo" href="https://donya-e-eqtesad.com/">دنیای اقتصاد</a><nav><a>صنعت</a><a>بازار</a><a>خودرو</a></nav></header>
<main>
<article class="news">
 <div class="service">بخش خودرو</div>
 <h1 class="title">{esc(T)}</h1>
 <p class="lead">ارزش واردات قطعات خودرو به ۲.۹ میلیارد دلار رسید.</p>
 <div class="news-info">
  <span class="date">جمعه ۶ آذر ۱۴۰۵ - ۱۴:۳۰</span>
  <span class="code">کد خبر: ۴۱۲۳۴۵۶</span>
  <span class="author">نویسنده: سارا کریمی</span>
 </div>
 <figure><img src="/files/1405/09/06/qate.jpg" alt=""><figcaption>عکس: آرشیو</figcaption></figure>
 <div class="news-body">
{ps(P[:2])}
<p class="related-inline">بیشتر بخوانید: <a>قیمت قطعات یدکی در بازار تهران</a></p>
{ps(P[2:])}
 </div>
 <div class="tags">برچسب‌ها: <a>قطعه‌سازی</a> <a>واردات</a></div>
 <div class="share">اشتراک‌گذاری: <a>تلگرام</a> <a>واتساپ</a></div>
</article>
<aside class="latest"><h3>آخرین اخبار</h3><ul><li><a>تولید خودرو در آبان کاهش یافت</a><span>۵ آذر ۱۴۰۵</span></li></ul></aside>
</main>
<footer>کلیه حقوق برای دنیای اقتصاد محفوظ است.</footer>
</body>
</html>
""",
    url="https://donya-e-eqtesad.com/بخش-خودرو-32/4123456-واردات-قطعات-خودرو",
    kind="intl",
    modelled_on="دنیای اقتصاد (Donya-e-Eqtesad, Iranian economic daily) news page, right-to-left (service label, h1, lead paragraph, news-info with a Solar Hijri date in Persian digits 'weekday D month YYYY - HH:MM', کد خبر, نویسنده, figure credit, 'بیشتر بخوانید:' link inside the body, tags, share, latest list with Hijri dates; article:published_time and JSON-LD in Gregorian with +03:30)",
    language="fa", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible date is Solar Hijri in Persian digits: جمعه ۶ آذر ۱۴۰۵ - ۱۴:۳۰ = Friday 2026-11-27 14:30 (1 Farvardin 1405 = 2026-03-21, 1 Azar = 2026-11-22). article:published_time / JSON-LD 2026-11-27T14:30:21+03:30 agree and give seconds and offset (Iran, no DST). Author سارا کریمی (نویسنده). The news code (کد خبر) is an id, not a date. Lead paragraph neutral.",
    classes=["rtl", "solar_hijri_date", "persian_digits", "weekday_in_date", "jsonld_seconds_agree", "offset_0330", "byline_label_nevisande", "news_code_id", "caption_photo_credit", "read_also_inside_body", "tags_line", "share_bar", "standfirst_neutral", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T14:30:21+03:30",
    author="سارا کریمی", editor=None, source=None,
    paragraphs=P,
    body_noise=["بیشتر بخوانید: قیمت قطعات یدکی در بازار تهران", "عکس: آرشیو", "کد خبر: ۴۱۲۳۴۵۶", "تولید خودرو در آبان کاهش یافت"])

# ---------------------------------------------------------------------------------------------
# 24. Lokmat (Marathi) Devanagari digits, newsroom byline
T = "चाकण परिसरातील सुटे भाग उत्पादकांना निर्यातीच्या नव्या ऑर्डर"
P = ["पुणे : चाकण औद्योगिक परिसरातील वाहनांचे सुटे भाग तयार करणाऱ्या अनेक कंपन्यांना युरोप आणि आग्नेय आशियातून नव्या निर्यात ऑर्डर मिळाल्या आहेत.",
     "उद्योग संघटनेच्या माहितीनुसार, चालू आर्थिक वर्षाच्या पहिल्या सात महिन्यांत परिसरातील सुटे भाग निर्यातीत सुमारे १४ टक्के वाढ झाली आहे.",
     "इलेक्ट्रिक वाहनांसाठी लागणारे वायरिंग हार्नेस, ब्रेक घटक आणि ॲल्युमिनियम कास्टिंग यांना विशेष मागणी असल्याचे उद्योजकांनी सांगितले.",
     "मात्र कुशल कामगारांची कमतरता आणि वाहतूक कोंडी या समस्या अद्याप कायम असल्याचेही त्यांनी नमूद केले."]
add("intl_mr_lokmat", f"""
<!DOCTYPE html>
<html lang="mr">
<head>
<meta charset="utf-8">
<title>{esc(T)} - Lokmat</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": "2026-11-27T15:45:10+05:30", "dateModified": "2026-11-27T15:45:10+05:30", "author": {"@type": "Organization", "name": "Lokmat News Network"}})}
</head>
<body>
<header><a class="logo" href="https://www.lokmat.com/">लोकमत</a><nav><a>पुणे</a><a>व्यापार</a><a>ऑटो</a></nav></header>
<main class="article-page">
 <div class="breadcrumb">मुख्यपृष्ठ › पुणे</div>
 <h1>{esc(T)}</h1>
 <p class="summary">युरोप आणि आग्नेय आशियातून मागणी वाढली</p>
 <div class="byline">
  <span class="author">लोकमत न्यूज नेटवर्क</span>
  <span class="published">प्रकाशित: २७ नोव्हेंबर २०२६ दुपारी ३:४५</span>
 </div>
 <figure><img src="/img/2026/11/27/chakan.jpg" alt=""><figcaption>प्रातिनिधिक छायाचित्र</figcaption></figure>
 <div class="article-body">
{ps(P[:2])}
<p class="also-read"><b>हेही वाचा:</b> <a>पुणे-नाशिक महामार्गावरील कोंडीचा उद्योगांना फटका</a></p>
{ps(P[2:])}
 </div>
 <div class="follow">ताज्या बातम्यांसाठी लोकमतला फॉलो करा</div>
 <div class="related"><h3>संबंधित बातम्या</h3><ul><li><a>वाहन विक्रीत नोव्हेंबरमध्ये वाढ</a><span>२६ नोव्हेंबर २०२६</span></li></ul></div>
</main>
<footer>© Lokmat Media Pvt. Ltd.</footer>
</body>
</html>
""",
    url="https://www.lokmat.com/pune/chakan-auto-parts-makers-get-new-export-orders-a-b123/",
    kind="intl",
    modelled_on="Lokmat (lokmat.com, Marathi daily) article page (breadcrumb, h1, summary line, byline with the newsroom credit 'लोकमत न्यूज नेटवर्क' and 'प्रकाशित:' date in Devanagari digits with a Marathi day-part word before a 12-hour clock, representative-photo caption, 'हेही वाचा:' link inside the body, follow prompt, related list with Devanagari dates; NewsArticle JSON-LD with +05:30 and an Organization author)",
    language="mr", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 'प्रकाशित: २७ नोव्हेंबर २०२६ दुपारी ३:४५' (Devanagari digits; दुपारी = afternoon) = 2026-11-27 15:45; JSON-LD datePublished 2026-11-27T15:45:10+05:30 agrees and gives seconds and offset. Byline is the newsroom (Lokmat News Network) -> author null. 'पुणे :' place opener stays in the first paragraph. Summary line neutral.",
    classes=["devanagari_digits", "marathi_month", "day_part_word_12h", "jsonld_seconds_agree", "newsroom_byline_no_author", "dateline_in_first_paragraph", "image_caption", "read_also_inside_body", "follow_prompt", "standfirst_neutral", "related_dates", "no_author", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T15:45:10+05:30",
    author=None, editor=None, source=None,
    paragraphs=P,
    body_noise=["हेही वाचा: पुणे-नाशिक महामार्गावरील कोंडीचा उद्योगांना फटका", "प्रातिनिधिक छायाचित्र", "ताज्या बातम्यांसाठी लोकमतला फॉलो करा",
                "वाहन विक्रीत नोव्हेंबरमध्ये वाढ"])

# ---------------------------------------------------------------------------------------------
# 25. Berita Harian (Malaysia) '@ 3:45pm', two authors with 'dan'
T = "Pengeluar komponen automotif tempatan sasar pasaran ASEAN"
P = ["KUALA LUMPUR: Pengeluar komponen automotif tempatan menyasarkan peningkatan eksport sebanyak 15 peratus ke negara ASEAN tahun depan, didorong permintaan kenderaan elektrik di rantau ini.",
     "Presiden sebuah persatuan pengeluar komponen berkata, ahli persatuan kini menerima lebih banyak permintaan sebut harga bagi komponen bateri, pendawaian dan sistem brek.",
     "Katanya, syarikat tempatan perlu melabur dalam automasi dan latihan pekerja bagi memenuhi piawaian kualiti pengeluar kenderaan antarabangsa.",
     "Sementara itu, penganalisis industri berpendapat kadar pertukaran ringgit yang stabil akan membantu daya saing eksport komponen tempatan."]
add("intl_ms_bharian", f"""
<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<title>{esc(T)} | Berita Harian</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": "2026-11-27T15:45:33+08:00", "author": [{"@type": "Person", "name": "Nurul Aina Ahmad"}, {"@type": "Person", "name": "Faizal Rahman"}]})}
</head>
<body>
<header><a class="logo" href="https://www.bharian.com.my/">BH Online</a><nav><a>Berita</a><a>Bisnes</a><a>Automotif</a></nav></header>
<main>
<article>
 <div class="article-section">Bisnes</div>
 <h1 class="page-title">{esc(T)}</h1>
 <div class="article-meta">Oleh <a>Nurul Aina Ahmad</a> dan <a>Faizal Rahman</a> - <span class="created">November 27, 2026 @ 3:45pm</span></div>
 <figure><img src="/img/2026/11/27/kilang.jpg" alt=""><figcaption>Pekerja di sebuah kilang komponen automotif di Shah Alam. - Foto NSTP/Hafiz Salleh</figcaption></figure>
 <div class="article-content">
{ps(P[:2])}
<p><strong>BACA: Jualan kenderaan elektrik melonjak pada Oktober</strong></p>
{ps(P[2:])}
 </div>
 <div class="telegram">Ikuti BH di Telegram untuk berita terkini</div>
 <div class="share">Kongsi: <a>Facebook</a> <a>WhatsApp</a></div>
</article>
<aside class="latest"><h3>Terkini</h3><ul><li><a>Harga minyak sawit mentah meningkat</a><span>2 jam lalu</span></li></ul></aside>
</main>
<footer>© 2026 BH Online</footer>
</body>
</html>
""",
    url="https://www.bharian.com.my/bisnes/korporat/2026/11/1234567/pengeluar-komponen-automotif-tempatan-sasar-pasaran-asean",
    kind="intl",
    modelled_on="Berita Harian (bharian.com.my, BH Online, Malaysia) article page (section label, page-title h1, article-meta 'Oleh X dan Y - Month D, YYYY @ h:mmpm' with a 12-hour clock after '@', caption ending '- Foto NSTP/X', 'KUALA LUMPUR:' dateline, bold 'BACA:' link paragraph inside the content, Telegram follow prompt, share bar, latest list with relative times; NewsArticle JSON-LD with +08:00; URL /YYYY/MM/)",
    language="ms", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 'November 27, 2026 @ 3:45pm' = 15:45 Malaysia time; JSON-LD 2026-11-27T15:45:33+08:00 agrees and gives seconds and offset. Two authors joined by 'dan' -> 'Nurul Aina Ahmad, Faizal Rahman'. The photographer in the caption is not an author. 'KUALA LUMPUR:' dateline stays in the first paragraph; the bold 'BACA:' line inside the content is noise.",
    classes=["ampm_at_sign", "jsonld_seconds_agree", "two_authors_dan", "byline_prefix_oleh", "dateline_in_first_paragraph", "caption_photo_credit", "photographer_not_author", "read_also_inside_body", "follow_prompt", "share_bar", "relative_sidebar_times", "url_date", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T15:45:33+08:00",
    author="Nurul Aina Ahmad, Faizal Rahman", editor=None, source=None,
    paragraphs=P,
    body_noise=["BACA: Jualan kenderaan elektrik melonjak pada Oktober", "Pekerja di sebuah kilang komponen automotif di Shah Alam. - Foto NSTP/Hafiz Salleh",
                "Ikuti BH di Telegram untuk berita terkini", "Harga minyak sawit mentah meningkat"])
