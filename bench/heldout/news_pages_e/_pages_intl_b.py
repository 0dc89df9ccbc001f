"""Non-Chinese pages, part B (7 pages). Markup and truth side by side; all content invented."""
from _common import FETCH_INTL, add, esc, ps, lis, jsonld

# ---------------------------------------------------------------------------------------------
# I8. Vedomosti (vedomosti.ru) article: Russian date, two authors, 'Читайте также'
# ---------------------------------------------------------------------------------------------
T = "Производители автокомпонентов просят продлить льготные займы"
LEAD = "Без господдержки часть проектов по локализации может быть отложена, предупреждают в отрасли"
P = [
    "Ассоциация производителей автокомпонентов (АПАК) направила в правительство письмо с просьбой продлить программу льготных займов для локализации производства на 2027–2028 гг., рассказали «Ведомостям» два источника в отрасли и подтвердил представитель ассоциации.",
    "По оценке АПАК, в 2026 г. по программе было профинансировано 38 проектов на общую сумму около 54 млрд руб. Еще не менее 20 проектов, в том числе по выпуску тормозных систем и электронных блоков управления, находятся на стадии подготовки.",
    "«Без доступного финансирования производители будут откладывать запуск новых линий, а автозаводы продолжат закупать комплектующие за рубежом», – говорится в письме.",
    "Директор аналитического агентства «Автовектор» Сергей Лаптев считает, что при ключевой ставке выше 15% большинство проектов по локализации окупаются только при субсидировании процентной ставки.",
]
READ = "Читайте также: Выпуск грузовиков в октябре снизился на 12%"
TG = "Подпишитесь на Telegram-канал «Ведомостей»"
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T10:21:37+03:00",
      "author": [{"@type": "Person", "name": "Анастасия Лебедева"}, {"@type": "Person", "name": "Павел Громов"}],
      "publisher": {"@type": "Organization", "name": "Ведомости"}}
add("intl_ru_vedomosti", f"""
<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{T} – Ведомости</title>
<meta name="description" content="{LEAD}">
{jsonld(LD)}
<link rel="stylesheet" href="https://cdn.vedomosti.ru/assets/article.css">
</head>
<body>
<header class="header"><a class="logo" href="https://www.vedomosti.ru/">Ведомости</a>
 <nav><a href="/economics">Экономика</a><a href="/business">Бизнес</a><a href="/auto">Авто</a><a href="/finance">Финансы</a></nav>
 <a class="subscribe" href="/subscription">Подписаться</a></header>
<main class="article">
 <div class="article__rubric"><a href="/auto">Авто</a> / Статья</div>
 <h1 class="article-headline__title">{T}</h1>
 <em class="article-headline__subtitle">{LEAD}</em>
 <div class="article-meta">
  <time class="article-meta__date" datetime="2026-11-27T10:21:00+03:00">27 ноября 2026 г., 10:21</time>
  <span class="article-meta__read">Статья · 4 мин</span>
 </div>
 <div class="article-authors"><a href="/authors/anastasiya-lebedeva">Анастасия Лебедева</a>, <a href="/authors/pavel-gromov">Павел Громов</a></div>
 <div class="article-boxes-list">
<p class="box-paragraph__text">{esc(P[0])}</p>
<p class="box-paragraph__text">{esc(P[1])}</p>
<div class="box-inset-link"><a href="/auto/news/2026/11/25/truck-output">{esc(READ)}</a></div>
<p class="box-paragraph__text">{esc(P[2])}</p>
<p class="box-paragraph__text">{esc(P[3])}</p>
 </div>
 <div class="article-tg">{TG}</div>
 <div class="article-footer">Ведомости · 27.11.2026</div>
 <section class="also"><h3>Главное</h3><ul><li><a href="/business/news/2026/11/27/parts-imports">Импорт автокомпонентов из Китая вырос на 9%</a><span>09:40</span></li></ul></section>
</main>
<footer>© АО «Бизнес Ньюс Медиа» 1999–2026</footer>
</body>
</html>
""",
    url="https://www.vedomosti.ru/auto/articles/2026/11/27/1145023-proizvoditeli-avtokomponentov-prosyat-prodlit-lgotnie-zaimi",
    kind="intl",
    modelled_on="Vedomosti (vedomosti.ru) article page (rubric, headline + italic subtitle, <time> '27 ноября 2026 г., 10:21' with +03:00 datetime, reading time, linked author list, box-paragraph body with an inset 'Читайте также' link, Telegram prompt, footer line repeating the date, 'Главное' list)",
    language="ru",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="Visible '27 ноября 2026 г., 10:21' (genitive month, year word 'г.'), <time datetime> +03:00 and JSON-LD 10:21:37+03:00 agree; seconds from JSON-LD. Authors 'Анастасия Лебедева, Павел Громов'. The italic subtitle is a standfirst: neutral. The inset 'Читайте также' link, Telegram prompt, footer date line and the 'Главное' list are not body. The newspaper quoted in the text is the site itself, not a source.",
    classes=["russian_month_genitive", "year_word_g", "time_datetime_offset", "jsonld_seconds_agree",
             "two_authors_comma", "reading_time", "read_also_inside_body", "follow_prompt", "standfirst_neutral",
             "related_dates", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T10:21:37+03:00",
    author="Анастасия Лебедева, Павел Громов",
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=[READ, TG, "Статья · 4 мин", "Ведомости · 27.11.2026", "Импорт автокомпонентов из Китая вырос на 9%"],
)

# ---------------------------------------------------------------------------------------------
# I9. Dân trí (dantri.com.vn) article: weekday date line, sapo, author at the end
# ---------------------------------------------------------------------------------------------
T = "Doanh nghiệp phụ tùng Việt giành hợp đồng cung ứng dây điện cho xe điện"
SAPO = "(Dân trí) - Một doanh nghiệp sản xuất bộ dây điện ô tô tại Bắc Ninh vừa ký hợp đồng cung ứng cho hai hãng xe điện châu Á, giá trị ước tính 45 triệu USD."
P = [
    "Công ty cổ phần Kỹ thuật Điện Phúc Thành cho biết, hợp đồng có thời hạn 5 năm, bắt đầu giao hàng từ quý III/2027. Sản phẩm gồm bộ dây điện cao áp và dây tín hiệu cho dòng xe SUV điện cỡ nhỏ.",
    "Theo ông Lê Văn Hùng, Tổng giám đốc Phúc Thành, để đáp ứng yêu cầu của đối tác, công ty đã đầu tư thêm hai dây chuyền bấm đầu cốt tự động và phòng thử nghiệm đạt chuẩn quốc tế.",
    "Hiện tỷ lệ nội địa hóa linh kiện ô tô tại Việt Nam vẫn ở mức thấp. Các doanh nghiệp phụ tùng trong nước chủ yếu cung ứng các chi tiết đơn giản như ghế, kính, dây điện và săm lốp.",
    "Ông Hùng cho biết, công ty đặt mục tiêu nâng doanh thu xuất khẩu lên 60% tổng doanh thu vào năm 2028.",
]
CAP = "Công nhân lắp ráp bộ dây điện tại nhà máy của Phúc Thành (Ảnh: Minh Khôi)."
REL = ["Xuất khẩu linh kiện ô tô 10 tháng tăng 14%", "Doanh nghiệp Việt khó chen chân vào chuỗi cung ứng xe điện"]
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T15:42:10+07:00", "dateModified": "2026-11-27T15:42:10+07:00",
      "author": {"@type": "Person", "name": "Minh Khôi"}}
add("intl_vi_dantri", f"""
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{T} | Báo Dân trí</title>
<meta name="description" content="{esc(SAPO)}">
{jsonld(LD)}
<link rel="stylesheet" href="https://cdnweb.dantri.com.vn/css/article.css">
</head>
<body>
<header class="site-header"><a class="logo" href="https://dantri.com.vn/">Dân trí</a><nav><a href="/xa-hoi.htm">Xã hội</a><a href="/kinh-doanh.htm">Kinh doanh</a><a href="/o-to-xe-may.htm">Ô tô - Xe máy</a><a href="/suc-khoe.htm">Sức khỏe</a></nav></header>
<main class="singular-container">
 <ul class="dt-breadcrumb"><li><a href="/o-to-xe-may.htm">Ô tô - Xe máy</a></li></ul>
 <h1 class="title-page detail">{T}</h1>
 <time class="author-time" datetime="2026-11-27 15:42">Thứ sáu, 27/11/2026 - 15:42</time>
 <h2 class="singular-sapo">{esc(SAPO)}</h2>
 <div class="singular-content">
<p>{esc(P[0])}</p>
<figure class="image align-center"><img src="https://cdnphoto.dantri.com.vn/2026/11/27/phuc-thanh.jpg" alt=""><figcaption><p>{esc(CAP)}</p></figcaption></figure>
<p>{esc(P[1])}</p>
<p>{esc(P[2])}</p>
<div class="article-related"><ul>{lis(REL)}</ul></div>
<p>{esc(P[3])}</p>
<p style="text-align:right"><strong>Minh Khôi</strong></p>
 </div>
 <div class="singular-share">Chia sẻ: <a>Facebook</a> <a>Zalo</a></div>
 <div class="article-topic">Tags: <a>phụ tùng ô tô</a> <a>xe điện</a></div>
</main>
<footer>© 2026 Báo Dân trí. Giấy phép số 00/GP-BTTTT</footer>
</body>
</html>
""",
    url="https://dantri.com.vn/o-to-xe-may/doanh-nghiep-phu-tung-viet-gianh-hop-dong-cung-ung-day-dien-cho-xe-dien-20261127154210845.htm",
    kind="intl",
    modelled_on="Dân trí (dantri.com.vn) article page (h1, <time class=author-time> 'Thứ sáu, DD/MM/YYYY - HH:MM' with a naive datetime attribute, sapo h2 opening '(Dân trí) -', figure caption with (Ảnh: X), related-links box inside the content, author name as a right-aligned bold paragraph at the end, URL id beginning yyyymmddHHMMSS)",
    language="vi",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="Visible 'Thứ sáu, 27/11/2026 - 15:42' (Friday, day first; Vietnam time); the <time> datetime attribute is naive; JSON-LD 2026-11-27T15:42:10+07:00 agrees and supplies seconds and offset (the URL id 20261127154210 agrees too). Author: the bold right-aligned name at the end of the content, Minh Khôi (also the photo credit); that line is a credit, not body. The sapo (with its '(Dân trí) -' marker) is a standfirst: neutral. Caption, related-links box, share and tags are not body.",
    classes=["weekday_date_dash_time", "day_first_slash_date", "jsonld_seconds_agree", "url_date_id",
             "sapo_neutral", "author_at_end", "caption_photo_credit", "related_list_inside_body", "tags_line",
             "share_bar", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T15:42:10+07:00",
    author="Minh Khôi",
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=[CAP, REL[0], REL[1], "Chia sẻ:", "Tags: phụ tùng ô tô xe điện"],
)

# ---------------------------------------------------------------------------------------------
# I10. detikOto (oto.detik.com) article: WIB date, 'Jakarta -' dateline, Baca juga, (xxx/yyy)
# ---------------------------------------------------------------------------------------------
T = "Pabrikan Komponen Lokal Bangun Pabrik Baterai Motor Listrik di Karawang"
P = [
    "Jakarta - Produsen komponen otomotif asal Bekasi, PT Sinar Daya Komponen, mulai membangun pabrik paket baterai untuk sepeda motor listrik di Karawang, Jawa Barat. Pabrik ini ditargetkan beroperasi pada kuartal IV 2027.",
    "Direktur Utama PT Sinar Daya Komponen, Hendra Wijaya, mengatakan investasi tahap pertama mencapai Rp 1,2 triliun. Kapasitas produksinya sekitar 300 ribu paket baterai per tahun.",
    "\"Kami melihat permintaan dari produsen motor listrik lokal terus meningkat. Selama ini paket baterai masih banyak diimpor,\" kata Hendra di Jakarta, Jumat (27/11/2026).",
    "Menurut Hendra, tingkat komponen dalam negeri (TKDN) paket baterai produksinya akan mencapai 45 persen pada tahap awal, lalu ditingkatkan secara bertahap.",
]
BACA = "Baca juga: Penjualan Motor Listrik Naik Dua Kali Lipat"
VID = "Simak Video \"Melihat Proses Produksi Baterai Motor Listrik\""
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T14:15:33+07:00",
      "author": {"@type": "Person", "name": "Rangga Pratama"},
      "publisher": {"@type": "Organization", "name": "detikoto"}}
add("intl_id_detikoto", f"""
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{T}</title>
<meta name="publishdate" content="2026/11/27 14:15:33">
{jsonld(LD)}
<link rel="stylesheet" href="https://cdn.detik.net.id/oto/css/detail.css">
</head>
<body>
<header class="header"><a class="logo" href="https://oto.detik.com/">detikOto</a><nav><a href="/berita">Berita</a><a href="/mobil">Mobil</a><a href="/motor">Motor</a><a href="/tips-dan-trik">Tips</a></nav></header>
<main class="detail">
 <article>
  <div class="detail__header">
   <h1 class="detail__title">{T}</h1>
   <div class="detail__author">Rangga Pratama - detikOto</div>
   <div class="detail__date">Jumat, 27 Nov 2026 14:15 WIB</div>
  </div>
  <div class="detail__media"><img src="https://akcdn.detik.net.id/community/media/visual/2026/11/27/baterai.jpg" alt=""><figcaption class="detail__media-caption">Ilustrasi paket baterai motor listrik. Foto: Rangga Pratama/detikOto</figcaption></div>
  <div class="detail__body-text itp_bodycontent">
<p>{esc(P[0])}</p>
<table class="linksisip"><tr><td><div class="lihatjg"><strong>{BACA}</strong></div></td></tr></table>
<p>{esc(P[1])}</p>
<p>{esc(P[2])}</p>
<p>{esc(P[3])}</p>
<div class="sisip_video_ds"><strong>{esc(VID)}</strong></div>
<p class="para_caption">(rgr/din)</p>
  </div>
  <div class="detail__body-tag">Tag: <a>motor listrik</a> <a>baterai</a></div>
 </article>
 <aside class="box-terpopuler"><h3>Terpopuler</h3><ul><li><a href="/berita/d-7654001/harga-mobil-bekas">Harga Mobil Bekas Turun Jelang Akhir Tahun</a><span>2 jam yang lalu</span></li></ul></aside>
</main>
<footer>Copyright @ 2026 detikcom. All right reserved</footer>
</body>
</html>
""",
    url="https://oto.detik.com/berita/d-7654321/pabrikan-komponen-lokal-bangun-pabrik-baterai-motor-listrik-di-karawang",
    kind="intl",
    modelled_on="detikOto (oto.detik.com) article page (detail__author 'Name - detikOto', detail__date 'Weekday, DD Mon YYYY HH:MM WIB', caption 'Foto: X/detikOto', 'Jakarta -' dateline, 'Baca juga:' link table and video promo inside the body, '(abc/def)' editor-initials line, Terpopuler list with relative times)",
    language="id",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="Printed zone WIB = +07:00: 'Jumat, 27 Nov 2026 14:15 WIB'; JSON-LD and meta publishdate (14:15:33) agree and supply seconds: 2026-11-27T14:15:33+07:00. Author Rangga Pratama ('- detikOto' is the channel, not a source credit). 'Jakarta -' opens the first paragraph and stays. The 'Baca juga:' box, the 'Simak Video' promo and the '(rgr/din)' initials line (writer/editor initials, no name: editor null) are not body; nor are caption, tags and the popular list ('2 jam yang lalu').",
    classes=["printed_zone_wib", "weekday_in_date", "jsonld_seconds_agree", "author_dash_channel",
             "dateline_in_first_paragraph", "read_also_inside_body", "video_promo_inside_body",
             "editor_initials_not_editor", "caption_photo_credit", "tags_line", "relative_sidebar_times",
             "no_source", "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T14:15:33+07:00",
    author="Rangga Pratama",
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=[BACA, VID, "(rgr/din)", "Ilustrasi paket baterai motor listrik. Foto: Rangga Pratama/detikOto",
                "Harga Mobil Bekas Turun Jelang Akhir Tahun", "2 jam yang lalu"],
)

# ---------------------------------------------------------------------------------------------
# I11. Thairath (thairath.co.th) money article: Buddhist-era date, team byline
# ---------------------------------------------------------------------------------------------
T = "ผู้ผลิตชิ้นส่วนยานยนต์ไทยเร่งปรับไลน์ผลิตรับรถยนต์ไฟฟ้า"
P = [
    "นายสมชาย วงศ์ไพบูลย์ นายกสมาคมผู้ประกอบการชิ้นส่วนยานยนต์ภาคตะวันออก เปิดเผยว่า ขณะนี้ผู้ผลิตชิ้นส่วนในจังหวัดระยองและชลบุรีกว่า 40 ราย อยู่ระหว่างปรับสายการผลิตเพื่อรองรับคำสั่งซื้อชิ้นส่วนรถยนต์ไฟฟ้า",
    "ชิ้นส่วนที่มีความต้องการสูง ได้แก่ โครงแบตเตอรี่ ชุดสายไฟแรงดันสูง และชิ้นส่วนระบบระบายความร้อน โดยคาดว่ามูลค่าคำสั่งซื้อในปี 2570 จะเพิ่มขึ้นประมาณ 25%",
    "อย่างไรก็ตาม ผู้ประกอบการรายย่อยจำนวนมากยังขาดเงินทุนในการลงทุนเครื่องจักรใหม่ สมาคมจึงเตรียมยื่นข้อเสนอต่อภาครัฐให้จัดตั้งกองทุนสินเชื่อดอกเบี้ยต่ำสำหรับการปรับเปลี่ยนสายการผลิต",
]
CAP = "โรงงานผลิตชิ้นส่วนยานยนต์ในจังหวัดระยอง (ภาพประกอบ)"
READ = "อ่านเพิ่มเติม: ยอดผลิตรถยนต์เดือนตุลาคมลดลง 8%"
FOLLOW = "ติดตามข่าวสารจากไทยรัฐออนไลน์ได้ที่ LINE"
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T14:30:11+07:00", "dateModified": "2026-11-27T16:02:45+07:00",
      "author": {"@type": "Organization", "name": "ทีมเศรษฐกิจ"}}
add("intl_th_thairath", f"""
<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>{T} | ไทยรัฐออนไลน์</title>
{jsonld(LD)}
<link rel="stylesheet" href="https://static.thairath.co.th/css/news.css">
</head>
<body>
<header class="header"><a class="logo" href="https://www.thairath.co.th/">ไทยรัฐออนไลน์</a><nav><a href="/news">ข่าว</a><a href="/money">เศรษฐกิจ</a><a href="/lifestyle">ไลฟ์สไตล์</a><a href="/sport">กีฬา</a></nav></header>
<main class="news-detail">
 <div class="breadcrumb"><a href="/money">เศรษฐกิจ</a> / <a href="/money/economics">เศรษฐกิจไทย</a></div>
 <h1 class="news-title">{T}</h1>
 <div class="news-meta">
  <span class="news-date">27 พ.ย. 2569 14:30 น.</span>
  <span class="news-writer">ผู้เขียน: ทีมเศรษฐกิจ</span>
 </div>
 <figure><img src="https://media.thairath.co.th/image/2026/11/27/rayong.jpg" alt=""><figcaption>{CAP}</figcaption></figure>
 <div class="news-content">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<p class="read-more"><a href="/money/economics/2804112"><strong>{esc(READ)}</strong></a></p>
<p>{esc(P[2])}</p>
 </div>
 <div class="follow">{FOLLOW}</div>
 <div class="share">แชร์: <a>Facebook</a> <a>LINE</a> <a>X</a></div>
 <section class="related"><h3>ข่าวที่เกี่ยวข้อง</h3><ul><li><a href="/money/economics/2803990">ส่งออกชิ้นส่วนยานยนต์ 10 เดือนโต 6%</a><span>26 พ.ย. 2569</span></li></ul></section>
</main>
<footer>© 2026 ไทยรัฐออนไลน์</footer>
</body>
</html>
""",
    url="https://www.thairath.co.th/money/economics/2804190",
    kind="intl",
    modelled_on="Thairath Online (thairath.co.th) money-section article (news-meta with a Buddhist-era date 'DD พ.ย. 25YY HH:MM น.' and 'ผู้เขียน: ทีม…' team writer, figure caption, bold 'อ่านเพิ่มเติม:' link inside the content, LINE follow prompt, related news with BE dates)",
    language="th",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="The visible date uses the Buddhist era: 27 พ.ย. 2569 14:30 น. = 27 November 2026, 14:30 Thai time (BE 2569 − 543 = 2026). JSON-LD datePublished 2026-11-27T14:30:11+07:00 agrees and supplies seconds; dateModified is an update. 'ผู้เขียน: ทีมเศรษฐกิจ' is the economics desk (a team, marked Organization in JSON-LD), not a person: author null. The year 2570 in the body is a forecast year, not a date of the page. Caption, the อ่านเพิ่มเติม link, follow prompt, share bar and related list are not body.",
    classes=["buddhist_era_year", "thai_month_abbrev", "jsonld_seconds_agree", "team_byline_no_author",
             "read_more_inside_body", "image_caption", "follow_prompt", "share_bar", "related_dates", "no_author",
             "no_source", "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T14:30:11+07:00",
    author=None,
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=[CAP, READ, FOLLOW, "ผู้เขียน: ทีมเศรษฐกิจ", "ส่งออกชิ้นส่วนยานยนต์ 10 เดือนโต 6%"],
)

# ---------------------------------------------------------------------------------------------
# I12. Youm7 (youm7.com) story page, Arabic, right-to-left
# ---------------------------------------------------------------------------------------------
T = "شركة مصرية لصناعة الضفائر الكهربائية تبدأ التصدير إلى المغرب"
P = [
    "أعلنت شركة النيل للصناعات المغذية للسيارات، بدء تصدير أول شحنة من الضفائر الكهربائية إلى أحد مصانع تجميع السيارات في المغرب، بقيمة تبلغ نحو 4 ملايين دولار.",
    "وقال المهندس طارق عبد الحميد، رئيس مجلس إدارة الشركة، إن المصنع الجديد بمدينة العاشر من رمضان يعمل بطاقة إنتاجية تصل إلى 150 ألف ضفيرة سنويا، ويوفر نحو 900 فرصة عمل.",
    "وأضاف أن الشركة تستهدف زيادة صادراتها إلى 20 مليون دولار خلال العام المقبل، مع التوسع في أسواق شرق أوروبا.",
]
CAP = "خط إنتاج الضفائر الكهربائية"
READ = "اقرأ أيضا: ارتفاع مبيعات السيارات في مصر خلال أكتوبر"
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T15:15:48+02:00",
      "author": {"@type": "Person", "name": "أحمد سمير"}}
add("intl_ar_youm7", f"""
<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{T} - اليوم السابع</title>
{jsonld(LD)}
<link rel="stylesheet" href="https://img.youm7.com/css/story.css">
</head>
<body>
<header class="header"><a class="logo" href="https://www.youm7.com/">اليوم السابع</a><nav><a href="/Section/أخبار-عاجلة/65/1">عاجل</a><a href="/Section/اقتصاد/297/1">اقتصاد</a><a href="/Section/سيارات/287/1">سيارات</a></nav></header>
<main class="articleCont">
 <div class="breadcumb"><a href="/Section/سيارات/287/1">سيارات</a></div>
 <div class="articleHeader">
  <h1>{T}</h1>
  <span class="writeBy">كتب أحمد سمير</span>
  <span class="newsStoryDate">الجمعة، 27 نوفمبر 2026 03:15 م</span>
 </div>
 <div class="img-cont"><img src="https://img.youm7.com/large/2026/11/27/harness.jpg" alt=""><span class="img-desc">{CAP}</span></div>
 <div id="articleBody" class="articleBody">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<p class="readAlso"><a href="/story/2026/11/25/sales/7010021"><strong>{esc(READ)}</strong></a></p>
<p>{esc(P[2])}</p>
 </div>
 <div class="shareBar">شارك: <a>فيسبوك</a> <a>واتساب</a></div>
 <div class="moreNews"><h3>الأكثر قراءة</h3><ul><li><a href="/story/2026/11/27/prices/7012001">تعرف على أسعار السيارات المستعملة اليوم</a></li></ul></div>
</main>
<footer>جميع الحقوق محفوظة © اليوم السابع 2026</footer>
</body>
</html>
""",
    url="https://www.youm7.com/story/2026/11/27/شركة-مصرية-لصناعة-الضفائر-الكهربائية-تبدأ-التصدير/7012345",
    kind="intl",
    modelled_on="اليوم السابع (youm7.com, Egypt) story page, right-to-left (articleHeader with h1, 'كتب X' byline and 'weekday، D month YYYY HH:MM م' date, image description, bold 'اقرأ أيضا:' link paragraph inside articleBody, share bar, most-read list; URL /story/YYYY/MM/DD/)",
    language="ar",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="Visible 'الجمعة، 27 نوفمبر 2026 03:15 م' = Friday 27 November 2026, 3:15 p.m. (م = p.m.) Cairo time; JSON-LD 2026-11-27T15:15:48+02:00 agrees (Egypt is on +02:00 in November) and supplies seconds; the URL carries the day. Author: 'كتب أحمد سمير' ('written by') gives أحمد سمير. Image description, the 'اقرأ أيضا' paragraph, share bar and most-read list are not body. No source, no editor.",
    classes=["rtl", "arabic_month", "ampm_arabic", "weekday_in_date", "jsonld_seconds_agree", "url_date",
             "byline_prefix_katab", "read_also_inside_body", "image_caption", "share_bar", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T15:15:48+02:00",
    author="أحمد سمير",
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=[CAP, READ, "تعرف على أسعار السيارات المستعملة اليوم", "شارك:"],
)

# ---------------------------------------------------------------------------------------------
# I13. kfz-betrieb (Vogel Communications Group) article: kicker, date only, 'Quelle: Pressemitteilung'
# ---------------------------------------------------------------------------------------------
KICK = "Teilehandel"
T = "Teilegroßhändler Kesslerwerk übernimmt Werkstattausrüster aus Sachsen"
TEASER = "Der Teilegroßhändler Kesslerwerk baut sein Werkstattgeschäft aus. Mit der Übernahme eines Ausrüsters aus Chemnitz kommen 14 Standorte hinzu."
P = [
    "Die Kesslerwerk GmbH aus Kassel hat die Übernahme der Chemnitzer Werkstatttechnik Vogt GmbH vereinbart. Das teilte der Teilegroßhändler am Donnerstag mit. Über den Kaufpreis wurde Stillschweigen vereinbart; das Bundeskartellamt muss noch zustimmen.",
    "Vogt beschäftigt rund 320 Mitarbeiter und erzielte im vergangenen Geschäftsjahr einen Umsatz von 86 Millionen Euro. Das Unternehmen vertreibt Hebebühnen, Diagnosegeräte und Klimaservicestationen an freie Werkstätten in Sachsen und Thüringen.",
    "Ausbau des Servicegeschäfts",
    "Kesslerwerk-Geschäftsführer Thomas Brandt sieht in der Übernahme vor allem eine Chance für das Servicegeschäft: „Unsere Kunden wollen Teile, Geräte und Wartung aus einer Hand.“ Die Marke Vogt soll erhalten bleiben.",
]
CAP = "Thomas Brandt, Geschäftsführer von Kesslerwerk, in der Zentrale in Kassel"
LESEN = "Lesen Sie auch: Freie Werkstätten: Auslastung sinkt im dritten Quartal"
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T13:40:00+01:00", "dateModified": "2026-11-27T13:40:00+01:00",
      "author": {"@type": "Person", "name": "Martin Hesse"}}
add("intl_de_kfzbetrieb", f"""
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{KICK}: {T}</title>
<meta name="description" content="{TEASER}">
{jsonld(LD)}
<link rel="stylesheet" href="https://www.kfz-betrieb.vogel.de/assets/css/article.css">
</head>
<body>
<header class="header"><a class="logo" href="https://www.kfz-betrieb.vogel.de/">kfz-betrieb</a><nav><a href="/werkstatt/">Werkstatt</a><a href="/handel/">Handel</a><a href="/teile/">Teile</a><a href="/management/">Management</a></nav><a class="abo" href="/abo/">Abo</a></header>
<main class="inf-article">
 <div class="inf-article-meta">
  <span class="inf-article-meta__source">Quelle: Pressemitteilung</span>
  <span class="inf-article-meta__date"><time datetime="2026-11-27">27.11.2026</time></span>
  <span class="inf-article-meta__readtime">2 min Lesedauer</span>
 </div>
 <h1 class="inf-article-title"><span class="inf-article-title__kicker">{KICK}</span> <span class="inf-article-title__headline">{T}</span></h1>
 <p class="inf-article-teaser">{TEASER}</p>
 <div class="inf-article-author">Autor: <a href="/autor/martin-hesse/">Martin Hesse</a></div>
 <figure><img src="https://www.kfz-betrieb.vogel.de/img/kesslerwerk-brandt.jpg" alt=""><figcaption>{CAP} <span class="inf-copyright">(Bild: Kesslerwerk)</span></figcaption></figure>
 <div class="inf-article-content">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<div class="inf-teaser-box"><strong>{LESEN}</strong></div>
<h2>{esc(P[2])}</h2>
<p>{esc(P[3])}</p>
<div class="inf-companybox"><h4>Anbieter zum Thema</h4><p>Kesslerwerk GmbH</p><a>Zum Anbieterprofil</a></div>
 </div>
 <div class="inf-article-share">Artikel teilen: <a>LinkedIn</a> <a>Xing</a> <a>E-Mail</a></div>
 <section class="inf-related"><h3>Weitere Artikel</h3><ul><li><a href="/werkstattausruester-meldet-rekordumsatz/">Werkstattausrüster meldet Rekordumsatz</a><span>25.11.2026</span></li></ul></section>
</main>
<footer>© Vogel Communications Group GmbH &amp; Co. KG</footer>
</body>
</html>
""",
    url="https://www.kfz-betrieb.vogel.de/teilegrosshaendler-kesslerwerk-uebernimmt-werkstattausruester-a-1a2b3c4d5e/",
    kind="intl",
    modelled_on="kfz-betrieb (Vogel Communications Group trade site) article page (meta row 'Quelle: Pressemitteilung' / date-only <time> / Lesedauer, kicker span inside the h1, teaser, 'Autor:' line, image credit '(Bild: …)', 'Lesen Sie auch' box and 'Anbieter zum Thema' company box inside the content, h2 section heading)",
    language="de",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="The h1 holds a kicker span (Teilehandel) before the headline span; the title is the headline only. Visible date 27.11.2026 only (the <time datetime> is date-only); the time of day is stated only by JSON-LD, 2026-11-27T13:40:00+01:00, same day: published_at takes it. Author Martin Hesse ('Autor:'). 'Quelle: Pressemitteilung' names a kind of origin (a press release), not an organisation: source null. The teaser is a standfirst: neutral. The h2 section heading is body; the 'Lesen Sie auch' box, company box, image caption + credit, share row and related list are not.",
    classes=["kicker_inside_h1", "date_only_visible", "time_only_in_jsonld", "winter_offset_cet",
             "press_release_not_source", "byline_prefix_autor", "reading_time", "headings_in_body",
             "read_also_inside_body", "vendor_box_inside_body", "caption_photo_credit", "share_bar", "related_dates",
             "standfirst_neutral", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T13:40:00+01:00",
    author="Martin Hesse",
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=[LESEN, "Anbieter zum Thema", "Zum Anbieterprofil", CAP, "(Bild: Kesslerwerk)", "Quelle: Pressemitteilung",
                "2 min Lesedauer", "Werkstattausrüster meldet Rekordumsatz"],
)

# ---------------------------------------------------------------------------------------------
# I14. Journal de l'Automobile (journalauto.com): no visible date, JSON-LD only
# ---------------------------------------------------------------------------------------------
T = "Équipementiers : Valmeyre va supprimer 180 postes dans son usine des Vosges"
PA = [
    "L'équipementier Valmeyre a annoncé jeudi 26 novembre un projet de réorganisation de son site d'Épinal (Vosges), spécialisé dans les pompes à injection pour moteurs diesel. Le plan prévoit la suppression de 180 postes sur 430 d'ici à la fin 2027.",
    "La direction invoque la baisse rapide des volumes diesel en Europe. « Les commandes de nos deux principaux clients ont chuté de 40 % en trois ans », indique un porte-parole du groupe.",
    "Le projet présenté aux représentants du personnel comprend trois volets :",
]
LI = [
    "l'arrêt de deux lignes de production de pompes haute pression ;",
    "le transfert d'une partie de l'activité d'usinage vers l'usine polonaise du groupe ;",
    "la création d'une cellule de reconversion vers des composants pour véhicules hybrides.",
]
PB = ["Les syndicats demandent le maintien d'au moins 300 emplois sur le site et une étude sur la reconversion de l'usine vers les systèmes de gestion thermique pour véhicules électriques."]
LIRE = "Lire aussi : Les équipementiers français face à la fin du thermique"
NEWS = "Inscrivez-vous à la newsletter du Journal de l'Automobile"
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T08:45:00+01:00", "dateModified": "2026-11-27T11:20:00+01:00",
      "author": {"@type": "Person", "name": "Claire Morand"}, "isAccessibleForFree": True}
add("intl_fr_journalauto", f"""
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(T)} - Journal de l'Automobile</title>
{jsonld(LD)}
<link rel="stylesheet" href="https://journalauto.com/wp-content/themes/jda/css/single.css">
</head>
<body class="single">
<header class="jda-header"><a class="logo" href="https://journalauto.com/">Journal de l'Automobile</a><nav><a href="/constructeurs/">Constructeurs</a><a href="/distribution/">Distribution</a><a href="/equipementiers/">Équipementiers</a><a href="/apres-vente/">Après-vente</a></nav><a class="abo" href="/abonnement/">S'abonner</a></header>
<main class="jda-single">
 <span class="jda-rubrique">Équipementiers</span>
 <h1 class="jda-title">{esc(T)}</h1>
 <div class="jda-byline">Par <a href="/auteur/claire-morand/">Claire Morand</a></div>
 <div class="jda-share">Partager : <a>LinkedIn</a> <a>X</a> <a>E-mail</a></div>
 <div class="jda-content">
{ps(PA)}
<ul>
{lis(LI)}
</ul>
<p><strong>{LIRE}</strong></p>
{ps(PB)}
 </div>
 <div class="jda-newsletter">{NEWS}</div>
 <section class="jda-related"><h3>Sur le même sujet</h3><ul>
  <li><a href="/equipementiers/un-fournisseur-de-sieges-ouvre-un-site-au-maroc/">Un fournisseur de sièges ouvre un site au Maroc</a><span>25/11/2026</span></li>
  <li><a href="/equipementiers/les-ventes-de-pieces-de-rechange-progressent/">Les ventes de pièces de rechange progressent</a><span>24/11/2026</span></li>
 </ul></section>
</main>
<footer>© 2026 Journal de l'Automobile - Tous droits réservés</footer>
</body>
</html>
""",
    url="https://journalauto.com/equipementiers/valmeyre-va-supprimer-180-postes-dans-son-usine-des-vosges/",
    kind="intl",
    modelled_on="Journal de l'Automobile (journalauto.com, French auto trade site on WordPress) article page (rubrique label, h1, 'Par X' byline, share bar, no visible date on the article; NewsArticle JSON-LD; bulleted list and bold 'Lire aussi :' inside the content; newsletter box; related list with dates)",
    language="fr",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="The article shows no date at all; the only publication date is the JSON-LD datePublished 2026-11-27T08:45:00+01:00 (dateModified is an update). The related list's dates (25/11, 24/11) belong to other articles, and 'jeudi 26 novembre' in the body is the announcement. Author Claire Morand ('Par'). The bulleted list and its introducing sentence are body; the 'Lire aussi :' paragraph, share bar, newsletter box and related list are not. The rubrique label is not part of the title.",
    classes=["date_only_in_jsonld", "no_visible_date", "byline_prefix_par", "list_in_body", "read_also_inside_body",
             "body_event_date", "related_dates", "newsletter_prompt", "share_bar", "category_label", "no_source",
             "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T08:45:00+01:00",
    author="Claire Morand",
    editor=None,
    source=None,
    paragraphs=PA + LI + PB,
    body_noise=[LIRE, NEWS, "Partager :", "Un fournisseur de sièges ouvre un site au Maroc",
                "Les ventes de pièces de rechange progressent"],
)
