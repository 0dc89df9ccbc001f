"""International pages, part B: El Financiero, Kommersant, Al Arabiya, VnExpress, The Star (MY), Inquirer (PH), NZ Herald."""
import json

from _common import FETCH_INTL, add, esc, ps


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ---------------------------------------------------------------- El Financiero (es-MX)
P = [
    "La industria de autopartes de Coahuila prevé cerrar 2026 con una caída de alrededor de 4 por ciento en su producción, la primera en cuatro años, debido a la menor demanda de vehículos en Estados Unidos y a la incertidumbre por la revisión del tratado comercial.",
    "De acuerdo con el clúster automotriz del estado, las empresas de la región sureste —Saltillo, Ramos Arizpe y Arteaga— han reducido turnos en al menos 15 plantas desde septiembre, principalmente en la fabricación de arneses, asientos y componentes de suspensión.",
    "“No es una crisis, pero sí un ajuste que nos obliga a ser más eficientes”, dijo Rodrigo Salinas, presidente del clúster, en entrevista con El Financiero. Señaló que varias empresas aprovechan la pausa para invertir en automatización.",
    "Pese al ajuste, el estado mantiene una cartera de 11 proyectos de inversión en autopartes para vehículos eléctricos, con un monto estimado de 620 millones de dólares, que se concretarían entre 2027 y 2028.",
]
N = [
    "Te puede interesar:",
    "Armadoras del Bajío recortan producción por inventarios altos",
    "(Foto: Archivo El Financiero)",
    "Recibe las noticias más relevantes del día en tu correo. Suscríbete al newsletter",
    "noviembre 27, 2026 | 06:15 hrs.",
]
LD = {"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Autopartistas de Coahuila anticipan su primera caída en cuatro años",
      "datePublished": "2026-11-27T06:15:00-06:00", "dateModified": "2026-11-27T08:02:00-06:00",
      "author": {"@type": "Person", "name": "Ana Torres"}}
H = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Autopartistas de Coahuila anticipan su primera caída en cuatro años – El Financiero</title>
{jsonld(LD)}
</head>
<body>
<header class="b-header"><a class="b-logo" href="https://www.elfinanciero.com.mx/">El Financiero</a><nav><a href="/economia/">Economía</a> <a href="/empresas/">Empresas</a> <a href="/mercados/">Mercados</a></nav></header>
<main class="b-main">
 <article class="b-article">
  <div class="b-overline"><a href="/empresas/">Empresas</a></div>
  <h1 class="b-headline">Autopartistas de Coahuila anticipan su primera caída en cuatro años</h1>
  <h2 class="b-subheadline">El clúster automotriz estima un retroceso de 4% en la producción por la menor demanda en Estados Unidos.</h2>
  <div class="b-byline">Por <a href="/autor/ana-torres/">Ana Torres</a></div>
  <time class="c-date">noviembre 27, 2026 | 06:15 hrs.</time>
  <figure class="c-media"><img src="https://www.elfinanciero.com.mx/resizer/autopartes-coahuila.jpg" alt=""><figcaption>Planta de autopartes en Ramos Arizpe, Coahuila. <span>(Foto: Archivo El Financiero)</span></figcaption></figure>
  <div class="b-article-body">
{ps(P[:2], attrs=' class="c-paragraph"')}
<p class="c-paragraph"><b>Te puede interesar:</b> <a href="/empresas/2026/11/20/armadoras-del-bajio-recortan-produccion/">Armadoras del Bajío recortan producción por inventarios altos</a></p>
{ps(P[2:], attrs=' class="c-paragraph"')}
  </div>
  <div class="b-newsletter">Recibe las noticias más relevantes del día en tu correo. <a href="/newsletters/">Suscríbete al newsletter</a></div>
 </article>
</main>
<footer>© 2026 El Financiero. Todos los derechos reservados.</footer>
</body>
</html>
"""
add("intl_es_mx_elfinanciero", H,
    url="https://www.elfinanciero.com.mx/empresas/2026/11/27/autopartistas-de-coahuila-anticipan-su-primera-caida-en-cuatro-anos/", kind="intl",
    modelled_on="El Financiero (Mexico, Arc Publishing b- / c- classes) article page ('Por X' byline, month-first 'mes DD, YYYY | HH:MM hrs.' date, 'Te puede interesar:' paragraph inside the body, newsletter box)",
    language="es-MX", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'noviembre 27, 2026 | 06:15 hrs.' (month first, no zone); JSON-LD datePublished 2026-11-27T06:15:00-06:00 agrees and gives the offset "
          "(central Mexico, no DST). Author 'Por Ana Torres' → Ana Torres. The 'Te puede interesar:' paragraph carries the same class as body paragraphs but is a related link (noise). "
          "Subheadline is a standfirst (neutral). Photo credit and newsletter prompt are noise.",
    classes=["month_first_spanish_date", "hrs_suffix", "jsonld_offset", "byline_prefix_por", "related_link_inside_body",
             "same_class_noise_paragraph", "caption_photo_credit", "newsletter_prompt", "url_date", "standfirst_neutral"],
    title="Autopartistas de Coahuila anticipan su primera caída en cuatro años",
    published_date="2026-11-27", published_at="2026-11-27T06:15:00-06:00",
    author="Ana Torres", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Коммерсантъ (ru)
P = [
    "Производитель автомобильной светотехники «Светоприбор» получил контракт на поставку светодиодных фар для двух новых моделей кроссоверов российской сборки. Как рассказали “Ъ” в компании, объем поставок составит до 180 тыс. комплектов в год, первые партии отгрузят во втором квартале 2027 года.",
    "Для выполнения контракта «Светоприбор» модернизирует линию сборки на заводе в Ульяновске, инвестиции оцениваются в 1,4 млрд руб. Часть компонентов, в том числе светодиоды и драйверы, компания по-прежнему будет закупать в Азии.",
    "По словам собеседника “Ъ” в отрасли, доля локализованной светотехники на конвейерах российских автозаводов за последние два года выросла примерно с 25% до 40%, но ключевая электроника остается импортной.",
    "Аналитики отмечают, что заказы у производителей компонентов стабилизировались, однако рентабельность остается низкой из-за высокой стоимости заемных средств.",
]
N = [
    "Иван Соколов",
    "Газета «Коммерсантъ» №217 от 28.11.2026, стр. 9",
    "Подписывайтесь на «Коммерсантъ» в Telegram",
    "Читайте также",
]
H = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>«Светоприбор» включил дальний свет – Бизнес – Коммерсантъ</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-27T10:14:00+03:00">
</head>
<body>
<header class="main_header"><a class="logo" href="https://www.kommersant.ru/">Коммерсантъ</a><nav><a href="/rubric/3">Экономика</a> <a href="/rubric/4">Бизнес</a> <a href="/rubric/40">Авто</a></nav></header>
<main class="layout">
 <article class="doc" data-doc-id="7312345">
  <header class="doc_header">
   <div class="doc_header__rubric"><a href="/rubric/4">Бизнес</a></div>
   <h1 class="doc_header__name js-search-mark">«Светоприбор» включил дальний свет</h1>
   <h2 class="doc_header__subheader">Производитель фар получил крупный заказ от автосборщиков</h2>
   <div class="doc_header__time"><time class="doc_header__publish_time" datetime="2026-11-27T10:14:00+03:00">27.11.2026, 10:14</time></div>
  </header>
  <div class="doc__body">
{ps(P, attrs=' class="doc__text"')}
<p class="doc__text document_authors">Иван Соколов</p>
  </div>
  <div class="doc_footer"><div class="doc_footer__item">Газета «Коммерсантъ» №217 от 28.11.2026, стр. 9</div></div>
  <div class="doc_subscribe">Подписывайтесь на «Коммерсантъ» в Telegram</div>
  <section class="doc_related"><h3>Читайте также</h3><ul><li><a href="/doc/7301122">Автокомпоненты ушли в локализацию</a> <time>20.11.2026, 09:30</time></li></ul></section>
 </article>
</main>
</body>
</html>
"""
add("intl_ru_kommersant", H,
    url="https://www.kommersant.ru/doc/7312345", kind="intl",
    modelled_on="Kommersant (kommersant.ru) doc page (doc_header with rubric / name / subheader / publish_time 'DD.MM.YYYY, HH:MM', author as the last doc__text paragraph, print-edition footer with a later date)",
    language="ru", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible '27.11.2026, 10:14' in <time datetime=2026-11-27T10:14:00+03:00> (also article:published_time): 2026-11-27T10:14:00+03:00. "
          "The print-edition footer 'Газета «Коммерсантъ» №217 от 28.11.2026' carries a later date and is not the publication. "
          "The author Иван Соколов is the last paragraph of the body container with the same doc__text class (marked document_authors): author, not body. "
          "Subheader is a standfirst (neutral). “Ъ” inside paragraphs is the paper's own name.",
    classes=["day_first_dotted", "time_datetime_offset", "author_paragraph_at_end_of_body", "same_class_noise_paragraph",
             "print_edition_later_date", "follow_prompt", "related_dates", "standfirst_neutral"],
    title="«Светоприбор» включил дальний свет",
    published_date="2026-11-27", published_at="2026-11-27T10:14:00+03:00",
    author="Иван Соколов", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- العربية Al Arabiya (ar, RTL)
P = [
    "أعلنت شركة سعودية ناشئة متخصصة في صناعة مكونات السيارات عن خطة لإنشاء مصنع لإنتاج أنظمة التكييف والتبريد للمركبات الكهربائية في مدينة الملك عبدالله الاقتصادية، باستثمارات تقدر بنحو 750 مليون ريال.",
    "وقال الرئيس التنفيذي للشركة، فهد العتيبي، إن المصنع سيبدأ الإنتاج التجريبي في الربع الأخير من عام 2027، بطاقة سنوية تصل إلى 150 ألف وحدة، موجهة لمصانع تجميع السيارات في المملكة ودول الخليج.",
    "وأضاف أن الشركة تتفاوض مع ثلاثة مصنعين عالميين لنقل التقنية، مشيراً إلى أن نسبة المحتوى المحلي في المنتجات ستصل إلى 40% خلال السنوات الثلاث الأولى.",
    "ويأتي المشروع ضمن مساعي المملكة لتوطين صناعة السيارات وسلاسل الإمداد المرتبطة بها، إذ تستهدف إنتاج أكثر من 300 ألف سيارة سنوياً بحلول عام 2030.",
]
N = [
    "دبي - العربية.نت",
    "اقرأ أيضاً",
    "مصانع قطع الغيار في الخليج تتوسع لتلبية الطلب المحلي",
    "آخر تحديث: 27 نوفمبر ,2026: 01:02 م KSA",
    "حمّل تطبيق العربية",
]
LD = {"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "شركة سعودية تخطط لمصنع أنظمة تبريد للسيارات الكهربائية بـ750 مليون ريال",
      "datePublished": "2026-11-27T06:47:00Z", "dateModified": "2026-11-27T10:02:00Z"}
H = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>شركة سعودية تخطط لمصنع أنظمة تبريد للسيارات الكهربائية بـ750 مليون ريال | العربية.نت</title>
{jsonld(LD)}
</head>
<body>
<header class="siteHeader"><a class="logo" href="https://www.alarabiya.net/">العربية</a><nav><a href="/aswaq">أسواق</a> <a href="/aswaq/economy">اقتصاد</a> <a href="/aswaq/companies">شركات</a></nav></header>
<main class="mainContent">
 <article class="article">
  <h1 class="headingInfo_title">شركة سعودية تخطط لمصنع أنظمة تبريد للسيارات الكهربائية بـ750 مليون ريال</h1>
  <div class="source">دبي - العربية.نت</div>
  <div class="timeDate">
   <span class="timeDate_element"><span class="timeDate_title">نُشر في: </span><time datetime="2026-11-27T06:47:00Z">27 نوفمبر ,2026: 09:47 ص KSA</time></span>
   <span class="timeDate_element"><span class="timeDate_title">آخر تحديث: </span><time datetime="2026-11-27T10:02:00Z">27 نوفمبر ,2026: 01:02 م KSA</time></span>
  </div>
  <div class="body-contents">
{ps(P[:2])}
<div class="relatedArticle"><span class="relatedArticle_title">اقرأ أيضاً</span> <a href="/aswaq/economy/2026/11/20/gulf-parts">مصانع قطع الغيار في الخليج تتوسع لتلبية الطلب المحلي</a></div>
{ps(P[2:])}
  </div>
  <div class="appPromo">حمّل تطبيق العربية</div>
 </article>
</main>
</body>
</html>
"""
add("intl_ar_alarabiya", H,
    url="https://www.alarabiya.net/aswaq/economy/2026/11/27/saudi-ev-thermal-systems-plant", kind="intl",
    modelled_on="Al Arabiya (alarabiya.net) article page, right-to-left (source line 'مدينة - العربية.نت', timeDate row 'نُشر في: D month ,YYYY: HH:MM ص KSA' + 'آخر تحديث', inline اقرأ أيضاً box)",
    language="ar", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'نُشر في: 27 نوفمبر ,2026: 09:47 ص KSA' (12-hour clock with ص = a.m., printed zone KSA = +03:00, odd comma placement) → 2026-11-27T09:47:00+03:00; "
          "the <time datetime> 06:47Z is the same instant. 'آخر تحديث' (last update, 01:02 م = p.m.) never wins. "
          "The source line 'دبي - العربية.نت' names the site's own desk, not a person or agency: author and source null. "
          "The اقرأ أيضاً box inside the body and the app prompt are noise.",
    classes=["rtl", "arabic_month", "ampm_arabic_suffix", "printed_zone_ksa", "update_line", "utc_datetime_same_instant",
             "site_desk_credit_no_author", "read_also_inside_body", "app_prompt", "url_date", "no_author"],
    title="شركة سعودية تخطط لمصنع أنظمة تبريد للسيارات الكهربائية بـ750 مليون ريال",
    published_date="2026-11-27", published_at="2026-11-27T09:47:00+03:00",
    author=None, editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- VnExpress (vi)
P = [
    "Một doanh nghiệp sản xuất linh kiện ôtô tại Bắc Ninh vừa khánh thành nhà máy thứ hai chuyên sản xuất bộ dây điện và cảm biến cho xe điện, với tổng vốn đầu tư khoảng 45 triệu USD.",
    "Theo đại diện doanh nghiệp, nhà máy mới có công suất 1,2 triệu bộ dây điện mỗi năm, phần lớn sản phẩm sẽ xuất khẩu sang Nhật Bản và Hàn Quốc. Khi chạy hết công suất, nhà máy tạo việc làm cho khoảng 1.800 lao động.",
    "Tỷ lệ nội địa hóa linh kiện ôtô của Việt Nam hiện vẫn ở mức thấp. Các doanh nghiệp trong ngành cho biết khó khăn lớn nhất là quy mô thị trường nhỏ và chi phí chứng nhận tiêu chuẩn của các hãng xe cao.",
    "Năm ngoái, kim ngạch xuất khẩu dây điện và cáp điện cho ôtô của Việt Nam đạt khoảng 3,1 tỷ USD, tăng 9% so với năm trước.",
]
N = [
    "Minh Sơn",
    "Dây chuyền lắp ráp bộ dây điện tại nhà máy mới. Ảnh: Hoàng Anh",
    "Xem thêm",
    "Doanh nghiệp phụ trợ ôtô tìm đường vào chuỗi cung ứng Nhật",
    "Thứ năm, 26/11/2026, 14:05 (GMT+7)",
]
H = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Nhà máy dây điện ôtô 45 triệu USD khánh thành tại Bắc Ninh - VnExpress Kinh doanh</title>
<meta name="pubdate" content="2026-11-26T14:05:00+07:00">
</head>
<body>
<header class="section top-header"><a class="logo" href="https://vnexpress.net/">VnExpress</a><nav><a href="/thoi-su">Thời sự</a> <a href="/kinh-doanh">Kinh doanh</a> <a href="/oto-xe-may">Xe</a></nav></header>
<section class="section page-detail top-detail">
 <div class="container">
  <div class="sidebar-1">
   <div class="header-content width_common"><ul class="breadcrumb"><li><a href="/kinh-doanh">Kinh doanh</a></li><li><a href="/kinh-doanh/doanh-nghiep">Doanh nghiệp</a></li></ul><span class="date">Thứ năm, 26/11/2026, 14:05 (GMT+7)</span></div>
   <h1 class="title-detail">Nhà máy dây điện ôtô 45 triệu USD khánh thành tại Bắc Ninh</h1>
   <p class="description">Nhà máy thứ hai của doanh nghiệp linh kiện có công suất 1,2 triệu bộ dây điện mỗi năm, chủ yếu phục vụ xuất khẩu.</p>
   <article class="fck_detail">
{ps(P[:2], attrs=' class="Normal"')}
<figure class="tplCaption"><div class="fig-picture"><img src="https://i1-kinhdoanh.vnecdn.net/2026/11/26/day-dien-oto.jpg" alt=""></div><figcaption><p class="Image">Dây chuyền lắp ráp bộ dây điện tại nhà máy mới. Ảnh: Hoàng Anh</p></figcaption></figure>
{ps(P[2:], attrs=' class="Normal"')}
<p class="Normal" style="text-align:right;"><strong>Minh Sơn</strong></p>
   </article>
   <div class="tags"><h4 class="item-tag"><a href="/tag/linh-kien-oto">linh kiện ôtô</a></h4> <h4 class="item-tag"><a href="/tag/bac-ninh">Bắc Ninh</a></h4></div>
   <div class="box-tinlienquanv2"><h3>Xem thêm</h3><ul><li><a href="/doanh-nghiep-phu-tro-oto-tim-duong-vao-chuoi-cung-ung-nhat-4801122.html">Doanh nghiệp phụ trợ ôtô tìm đường vào chuỗi cung ứng Nhật</a></li></ul></div>
  </div>
 </div>
</section>
</body>
</html>
"""
add("intl_vi_vnexpress", H,
    url="https://vnexpress.net/nha-may-day-dien-oto-45-trieu-usd-khanh-thanh-tai-bac-ninh-4812345.html", kind="intl",
    modelled_on="VnExpress article page (header-content with breadcrumb and 'Thứ năm, DD/MM/YYYY, HH:MM (GMT+7)' above the h1, description sapo, fck_detail with p.Normal, author as a right-aligned bold p.Normal at the end)",
    language="vi", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'Thứ năm, 26/11/2026, 14:05 (GMT+7)' above the headline (weekday, day-first, printed zone) → 2026-11-26T14:05:00+07:00 (meta pubdate agrees). "
          "The author Minh Sơn is the last p.Normal of the article, right-aligned and bold: author, not body. "
          "Sapo (description) is a standfirst (neutral). Caption with 'Ảnh:' photo credit, tags and the Xem thêm list are noise. 'Năm ngoái' is not a date.",
    classes=["printed_zone_gmt7", "weekday_prefix", "day_first_numeric", "date_above_headline", "author_at_end_same_class",
             "caption_photo_credit", "tags_line", "related_list", "standfirst_neutral"],
    title="Nhà máy dây điện ôtô 45 triệu USD khánh thành tại Bắc Ninh",
    published_date="2026-11-26", published_at="2026-11-26T14:05:00+07:00",
    author="Minh Sơn", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- The Star (en-MY)
P = [
    "KUALA LUMPUR: Malaysia\u2019s automotive parts exports rose 8.4% year-on-year to RM14.2bil in the first 10 months of 2026, driven by higher demand for electrical components and rubber-based parts from Thailand, Indonesia and the United States.",
    "Investment, Trade and Industry Ministry deputy secretary-general Datuk Azman Rahim said the growth reflected efforts by local vendors to move up the value chain, particularly in wiring harnesses, sensors and thermal management components.",
    "\u201cMore local vendors are now qualified to supply regional assembly plants, not just for the domestic market,\u201d he said after launching the Automotive Vendor Upskilling Programme here yesterday.",
    "He added that the ministry would work with industry associations to help another 150 vendors obtain international quality certifications by 2028.",
]
N = [
    "- Bernama",
    "Follow us on our official WhatsApp channel for breaking news alerts and key updates!",
    "Tags / Keywords:",
    "Related News",
    "Azman says local vendors are moving up the value chain. \u2014 Filepic",
]
H = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Auto parts exports up 8.4% in Jan-Oct | The Star</title>
<meta name="content_category" content="Business News">
</head>
<body>
<header class="masthead"><a class="logo" href="https://www.thestar.com.my/">The Star</a><nav><a href="/news/nation">Nation</a> <a href="/business">Business</a> <a href="/lifestyle">Lifestyle</a></nav></header>
<main class="container">
 <div class="headline story-pg"><h1>Auto parts exports up 8.4% in Jan-Oct</h1></div>
 <div class="story-meta">
  <p class="date">Thursday, 26 Nov 2026</p>
  <time class="timestamp" datetime="2026-11-25T23:05:00Z">7:05 AM MYT</time>
 </div>
 <div class="sharing-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
 <div id="story-body" class="story bot-15 relative">
  <figure><img src="https://apicms.thestar.com.my/uploads/images/2026/11/26/azman.jpg" alt=""><figcaption>Azman says local vendors are moving up the value chain. \u2014 Filepic</figcaption></figure>
{ps(P)}
<p>- Bernama</p>
<p class="follow-whatsapp"><strong>Follow us on our official WhatsApp channel for breaking news alerts and key updates!</strong></p>
 </div>
 <div class="story-tags">Tags / Keywords: <a href="/tag/auto+parts">Auto parts</a>, <a href="/tag/exports">exports</a>, <a href="/tag/miti">MITI</a></div>
 <section class="related"><h3>Related News</h3><ul><li><a href="/business/business-news/2026/11/20/vendor-programme">Vendor programme to cover 150 firms</a> <span>20 Nov 2026</span></li></ul></section>
</main>
</body>
</html>
"""
add("intl_en_my_thestar", H,
    url="https://www.thestar.com.my/business/business-news/2026/11/26/auto-parts-exports-up-84-in-jan-oct", kind="intl",
    modelled_on="The Star (Malaysia) story page (story-meta with the date in a <p> and 'H:MM AM MYT' in a separate <time> whose datetime is UTC, 'KUALA LUMPUR:' dateline, '- Bernama' sign-off, WhatsApp follow line inside story-body)",
    language="en-MY", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Date and time are split: <p class=date>'Thursday, 26 Nov 2026' and <time datetime=2026-11-25T23:05:00Z>'7:05 AM MYT'. The printed zone MYT (+08:00) gives "
          "2026-11-26T07:05:00+08:00; the UTC datetime is the same instant but falls on the 25th (date trap). "
          "Agency story: the '- Bernama' sign-off gives source Bernama and there is no author. 'KUALA LUMPUR:' dateline stays in paragraph 1; "
          "'yesterday' in the body is not the publication day. Sign-off, WhatsApp prompt, caption, tags and related list are noise.",
    classes=["date_split_elements", "printed_zone_myt", "ampm_time", "utc_datetime_previous_day", "agency_signoff_source", "no_author",
             "dateline_in_first_paragraph", "follow_prompt_inside_body", "caption_photo_credit", "tags_line", "related_dates"],
    title="Auto parts exports up 8.4% in Jan-Oct",
    published_date="2026-11-26", published_at="2026-11-26T07:05:00+08:00",
    author=None, editor=None, source="Bernama", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Philippine Daily Inquirer (en-PH)
P = [
    "Local auto parts makers are asking the government to extend incentives under the electric vehicle roadmap to suppliers of batteries, wiring harnesses and charging components, warning that the country risks losing new investments to its neighbors.",
    "In a position paper submitted to the Department of Trade and Industry, the Motor Vehicle Parts Manufacturers Association said only a handful of its 140 members had so far qualified for the incentives, which mainly cover vehicle assemblers.",
    "\u201cAssemblers will only source locally if the parts are competitive, and we cannot be competitive without the same support,\u201d association president Ramon dela Cruz said in a briefing on Wednesday.",
    "The group estimates that parts makers could attract up to P18 billion in new investments by 2030 if the incentives are broadened, creating around 12,000 jobs mostly in Calabarzon.",
]
N = [
    "READ: Auto assemblers seek longer EV tax holiday",
    "Subscribe to our daily newsletter",
    "Read Next",
    "Disclaimer: Comments do not represent the views of INQUIRER.net.",
    "INQUIRER FILE PHOTO",
    "Philippine Daily Inquirer / 05:10 AM November 27, 2026",
]
H = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Parts makers seek inclusion in EV incentives | Inquirer Business</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-27T05:10:48+08:00">
<meta property="article:modified_time" content="2026-11-27T07:22:05+08:00">
</head>
<body class="single single-post">
<header id="inq-header"><a class="logo" href="https://business.inquirer.net/">Inquirer Business</a><nav><a href="/category/latest-stories">Latest</a> <a href="/category/economy">Economy</a> <a href="/category/industries">Industries</a></nav></header>
<div id="inq_section">
 <div id="landing-headline"><h1 class="entry-title">Parts makers seek inclusion in EV incentives</h1></div>
 <div id="art_plat">By: <a href="https://business.inquirer.net/byline/carlo-mendoza">Carlo Mendoza</a> - Reporter / <a href="https://twitter.com/cmendozaINQ">@cmendozaINQ</a><br>Philippine Daily Inquirer / 05:10 AM November 27, 2026</div>
 <div id="art-share"><a href="#">Share</a> <a href="#">Tweet</a></div>
 <div id="FOR_target_content">
  <div id="article_image"><img src="https://business.inquirer.net/files/2026/11/auto-parts.jpg" alt=""><p class="wp-caption-text">INQUIRER FILE PHOTO</p></div>
{ps(P[:2])}
<p><strong>READ:</strong> <a href="https://business.inquirer.net/512001/auto-assemblers-seek-longer-ev-tax-holiday">Auto assemblers seek longer EV tax holiday</a></p>
{ps(P[2:])}
<div class="newsletter-box"><p>Subscribe to our daily newsletter</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>
 </div>
 <div id="read-next"><h3>Read Next</h3><ul><li><a href="https://business.inquirer.net/512300/peso-closes-weaker">Peso closes weaker</a></li></ul></div>
 <div id="comments-disclaimer"><p>Disclaimer: Comments do not represent the views of INQUIRER.net. We reserve the right to exclude comments which are inconsistent with our editorial standards.</p></div>
</div>
</body>
</html>
"""
add("intl_en_ph_inquirer", H,
    url="https://business.inquirer.net/512345/parts-makers-seek-inclusion-in-ev-incentives", kind="intl",
    modelled_on="Philippine Daily Inquirer business site (WordPress; art_plat byline 'By: NAME - Reporter / @handle' + 'Philippine Daily Inquirer / HH:MM AM Month DD, YYYY', 'READ:' links inside the body, comments disclaimer)",
    language="en-PH", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible '05:10 AM November 27, 2026' (12-hour clock before the date, no zone, after the print paper's name); article:published_time "
          "2026-11-27T05:10:48+08:00 agrees and gives offset and seconds. Author 'By: Carlo Mendoza - Reporter / @cmendozaINQ' → Carlo Mendoza (role and handle dropped). "
          "'Philippine Daily Inquirer' is the print edition of the same publisher, not an outside source: source null. "
          "'READ:' link paragraph inside the body, newsletter box, photo credit, Read Next and the comments disclaimer are noise.",
    classes=["time_before_date", "ampm_time", "meta_offset_seconds", "byline_prefix_by_colon", "author_role_and_handle",
             "print_paper_name_in_byline", "read_also_inside_body", "newsletter_prompt_inside_body", "caption_photo_credit", "comments_disclaimer"],
    title="Parts makers seek inclusion in EV incentives",
    published_date="2026-11-27", published_at="2026-11-27T05:10:48+08:00",
    author="Carlo Mendoza", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- NZ Herald (en-NZ)
P = [
    "A South Auckland maker of aluminium towbars and roof racks says export orders to Australia have almost doubled this year, as ute buyers across the Tasman spend more on accessories.",
    "Harlow Engineering, which employs 85 staff in Wiri, expects revenue of about $32 million this financial year, up from $21m last year. Managing director Priya Nand said Australia now accounted for more than 60 per cent of sales.",
    "\u201cThe big shift has been the dual-cab ute market. People are spending $5000 or $6000 on accessories on top of the vehicle, and they want them fitted at the dealership,\u201d Nand said.",
    "The company plans to add a second shift and a robotic welding cell early next year, but Nand said finding qualified welders remained the biggest constraint on growth.",
]
N = [
    "Aroha Ngata is a business reporter for the Herald, covering manufacturing and trade.",
    "Harlow Engineering managing director Priya Nand at the Wiri plant. Photo / Liam Carter",
    "3 mins to read",
    "Share this article",
    "Latest from Business",
    "Business reporter\u00b7NZ Herald",
]
LD = {"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Towbar maker rides Australian ute boom as export orders double",
      "datePublished": "2026-11-28T07:30:00+13:00", "dateModified": "2026-11-28T07:30:00+13:00",
      "author": {"@type": "Person", "name": "Aroha Ngata"}, "isAccessibleForFree": False}
H = f"""<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<title>Towbar maker rides Australian ute boom as export orders double - NZ Herald</title>
{jsonld(LD)}
</head>
<body>
<header class="header"><a class="header__logo" href="https://www.nzherald.co.nz/">NZ Herald</a><nav><a href="/nz/">New Zealand</a> <a href="/business/">Business</a> <a href="/premium/">Premium</a></nav></header>
<main>
 <article class="article">
  <div class="article__kicker"><span class="premium-badge">Premium</span></div>
  <h1 class="article__heading">Towbar maker rides Australian ute boom as export orders double</h1>
  <div class="article__author"><span class="author__name">By Aroha Ngata</span> <span class="author__title">Business reporter\u00b7NZ Herald</span></div>
  <div class="article__meta"><time class="article__published">28 Nov, 2026 07:30 AM</time> <span class="article__reading-time">3 mins to read</span></div>
  <div class="article__share">Share this article</div>
  <section class="article__body">
{ps(P[:2])}
<figure class="article__image"><img src="https://www.nzherald.co.nz/resizer/harlow.jpg" alt=""><figcaption>Harlow Engineering managing director Priya Nand at the Wiri plant. Photo / Liam Carter</figcaption></figure>
{ps(P[2:])}
<p class="article__signoff"><em>Aroha Ngata is a business reporter for the Herald, covering manufacturing and trade.</em></p>
  </section>
  <section class="latest"><h3>Latest from Business</h3><ul><li><a href="/business/dairy-prices/">Dairy prices slip at overnight auction</a> <time>28 Nov 06:10 AM</time></li></ul></section>
 </article>
</main>
</body>
</html>
"""
add("intl_en_nz_herald", H,
    url="https://www.nzherald.co.nz/business/towbar-maker-rides-australian-ute-boom-as-export-orders-double/Q3J7KXH2ZRDPNA4M5T6W/", kind="intl",
    modelled_on="NZ Herald (nzherald.co.nz, Arc) article page (Premium kicker, 'By X' + 'Business reporter·NZ Herald', 'D Mon, YYYY HH:MM AM' + 'N mins to read', author bio sign-off in italics inside the body)",
    language="en-NZ", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible '28 Nov, 2026 07:30 AM' (12-hour clock, no zone); JSON-LD datePublished 2026-11-28T07:30:00+13:00 (NZ daylight time) agrees and gives the offset. "
          "In UTC this is 27 Nov 18:30 (date trap for converters). Author Aroha Ngata; 'Business reporter·NZ Herald' is a role line. "
          "The italic author bio at the end of the body, caption with 'Photo /' credit, reading time, share line and the Latest list are noise. "
          "Dollar amounts '$5000 or $6000' are not times.",
    classes=["ampm_time", "comma_after_month", "jsonld_offset", "summer_offset_nzdt", "offset_date_trap", "author_role_line",
             "author_bio_inside_body", "caption_photo_credit", "reading_time", "premium_label", "related_dates"],
    title="Towbar maker rides Australian ute boom as export orders double",
    published_date="2026-11-28", published_at="2026-11-28T07:30:00+13:00",
    author="Aroha Ngata", editor=None, source=None, paragraphs=P, body_noise=N)
