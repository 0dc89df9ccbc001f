"""International pages, part B: id, th, hi, he, uk, en-IN, en-SG."""
import json

from _common import FETCH_INTL, add, esc, ps

# ---------------------------------------------------------------- Kompas.com (Indonesia)
P = [
    "JAKARTA, KOMPAS.com - Produsen komponen otomotif PT Sinar Mekar Komponen menambah investasi sebesar Rp 1,2 triliun untuk memperluas pabrik di kawasan industri Cikarang, Bekasi, Jawa Barat.",
    "Direktur Utama PT Sinar Mekar Komponen Hendra Gunawan mengatakan, perluasan pabrik ditujukan untuk memproduksi komponen sasis dan rangka baterai kendaraan listrik.",
    "\"Permintaan dari produsen mobil listrik yang baru masuk ke Indonesia meningkat cukup tajam sejak akhir tahun lalu,\" ujar Hendra di Jakarta, Kamis (5/6/2025).",
    "Perluasan pabrik tersebut diperkirakan menyerap sekitar 800 tenaga kerja baru dan mulai beroperasi pada kuartal II-2026.",
]
N = [
    "Baca juga: Penjualan Mobil Listrik Naik 40 Persen pada Mei",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel.",
    "Pastikan kamu sudah install aplikasi WhatsApp ya.",
    "Lihat Foto",
    "Copyright 2008 - 2025 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.",
]
H = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Produsen Komponen Otomotif Bekasi Tambah Investasi Rp 1,2 Triliun Halaman all - Kompas.com</title>
<meta name="content_PublishedDate" content="2025-06-05 09:12:00">
</head>
<body>
<div class="header"><a class="logo" href="https://www.kompas.com/">KOMPAS.com</a><nav><a>News</a> <a>Money</a> <a>Otomotif</a> <a>Tekno</a></nav></div>
<div class="container">
 <div class="breadcrumb"><a href="https://money.kompas.com/">Money</a> / <a href="https://money.kompas.com/industri">Industri</a></div>
 <h1 class="read__title">Produsen Komponen Otomotif Bekasi Tambah Investasi Rp 1,2 Triliun</h1>
 <div class="read__time">Kompas.com - 05/06/2025, 09:12 WIB</div>
 <div class="read__credit">
  <div class="credit-title-name"><span>Penulis</span> <a href="/penulis/andi-pratama">Andi Pratama</a></div>
  <span>|</span>
  <div class="credit-title-name"><span>Editor</span> <a href="/editor/sari-wulandari">Sari Wulandari</a></div>
 </div>
 <div class="photo"><img src="https://asset.kompas.com/crops/pabrik.jpg" alt=""><div class="photo__caption">Ilustrasi pabrik komponen otomotif.</div><a class="photo__button">Lihat Foto</a></div>
 <div class="read__content">
  <div class="clearfix">
{ps(P[:2])}
<p><strong>Baca juga: <a href="https://money.kompas.com/read/2025/06/03/penjualan-mobil-listrik">Penjualan Mobil Listrik Naik 40 Persen pada Mei</a></strong></p>
{ps(P[2:])}
<p><strong>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel.</strong> Pastikan kamu sudah install aplikasi WhatsApp ya.</p>
  </div>
 </div>
</div>
<div class="footer">Copyright 2008 - 2025 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.</div>
</body>
</html>
"""
add("intl_id_kompas", H,
    url="https://money.kompas.com/read/2025/06/05/091200726/produsen-komponen-otomotif-bekasi-tambah-investasi-rp-1-2-triliun", kind="intl",
    modelled_on="Kompas.com (Indonesia) read page (read__time 'Kompas.com - DD/MM/YYYY, HH:MM WIB', Penulis | Editor credit, 'Baca juga' lines in body)",
    language="id", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'Kompas.com - 05/06/2025, 09:12 WIB': day-first numeric date and the zone WIB (Western Indonesia Time, UTC+7) → 2025-06-05T09:12:00+07:00. "
          "A naive meta content_PublishedDate agrees. The body also quotes 'Kamis (5/6/2025)' (same day, Indonesian d/m style). "
          "Penulis → author, Editor → editor. 'JAKARTA, KOMPAS.com - ' dateline stays in paragraph 1. 'Baca juga:' lines and the WhatsApp-channel prompt are inside the body container and are noise; the photo caption is not body.",
    classes=["printed_zone_abbreviation_wib", "day_first_numeric", "editor_credit", "dateline_in_first_paragraph",
             "read_also_inside_body", "follow_prompt_inside_body", "image_caption", "url_date"],
    title="Produsen Komponen Otomotif Bekasi Tambah Investasi Rp 1,2 Triliun",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+07:00",
    author="Andi Pratama", editor="Sari Wulandari", source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Prachachat (Thailand), Buddhist-era year
P = [
    "ผู้ผลิตชิ้นส่วนยานยนต์ในจังหวัดระยองและชลบุรีเร่งปรับสายการผลิตเพื่อรองรับคำสั่งซื้อจากค่ายรถยนต์ไฟฟ้าจีนที่เข้ามาตั้งโรงงานในไทย หลังยอดสั่งซื้อจากค่ายรถญี่ปุ่นลดลงต่อเนื่องตั้งแต่ปี 2567",
    "นายสมชาย วงศ์ใหญ่ กรรมการผู้จัดการ บริษัท ไทยพาร์ทเทค จำกัด ผู้ผลิตชิ้นส่วนโครงสร้างตัวถัง เปิดเผยว่า บริษัทได้ลงทุนเครื่องจักรใหม่กว่า 300 ล้านบาท เพื่อผลิตชิ้นส่วนอะลูมิเนียมสำหรับรถยนต์ไฟฟ้า และเพิ่งผ่านการตรวจประเมินจากค่ายรถจีน 2 ราย",
    "อย่างไรก็ตาม ผู้ประกอบการหลายรายระบุว่า ค่ายรถจีนกำหนดราคาต่ำกว่าลูกค้าเดิมราว 10-15% และต้องการให้ส่งตัวอย่างภายในระยะเวลาที่สั้นกว่าเดิมมาก ทำให้ผู้ผลิตขนาดเล็กปรับตัวได้ยาก",
    "ผู้ประกอบการในอุตสาหกรรมประเมินว่า ในปี 2568 ยอดขายชิ้นส่วนให้ค่ายรถจีนจะเพิ่มขึ้นเป็นราว 8% ของยอดขายทั้งหมด จากไม่ถึง 3% เมื่อสองปีก่อน",
]
N = [
    "ติดตามประชาชาติธุรกิจทาง LINE",
    "แท็ก",
    "อ่านข่าวที่เกี่ยวข้อง",
    "ค่ายรถจีนเร่งเปิดโรงงานแห่งที่สองในไทย",
]
H = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>ผู้ผลิตชิ้นส่วนยานยนต์ระยองเร่งปรับตัว รับค่ายรถจีนตั้งโรงงาน - ประชาชาติธุรกิจ</title>
<meta property="article:published_time" content="2025-06-05T09:12:00+07:00">
<meta property="article:modified_time" content="2025-06-05T13:20:00+07:00">
</head>
<body>
<header class="td-header"><a class="logo" href="/">ประชาชาติธุรกิจ</a><nav><a href="/economy">เศรษฐกิจ</a> <a href="/finance">การเงิน</a> <a href="/motoring">ยานยนต์</a></nav></header>
<div class="td-main-content">
 <article>
  <div class="td-post-header">
   <ul class="td-category"><li><a href="/motoring">ยานยนต์</a></li></ul>
   <h1 class="entry-title">ผู้ผลิตชิ้นส่วนยานยนต์ระยองเร่งปรับตัว รับค่ายรถจีนตั้งโรงงาน</h1>
   <div class="td-module-meta-info">
    <div class="td-post-author-name"><span>ผู้เขียน</span> <a href="/author/thanaphon">ธนพล ศรีสุข</a></div>
    <div class="td-post-date"><span>เผยแพร่</span> <time class="entry-date">5 มิ.ย. 2568 - 09:12 น.</time></div>
   </div>
  </div>
  <div class="td-post-content">
{ps(P)}
   <div class="line-follow"><a href="https://line.me/R/ti/p/@prachachat">ติดตามประชาชาติธุรกิจทาง LINE</a></div>
  </div>
  <div class="td-post-source-tags"><span>แท็ก</span> <a>ชิ้นส่วนยานยนต์</a> <a>รถยนต์ไฟฟ้า</a> <a>ระยอง</a></div>
  <div class="td-related"><h4>อ่านข่าวที่เกี่ยวข้อง</h4><ul><li><a href="/motoring/news-1709876">ค่ายรถจีนเร่งเปิดโรงงานแห่งที่สองในไทย</a> 2 มิ.ย. 2568</li></ul></div>
 </article>
</div>
<footer>© 2025 ประชาชาติธุรกิจ สงวนลิขสิทธิ์</footer>
</body>
</html>
"""
add("intl_th_prachachat", H,
    url="https://www.prachachat.net/motoring/news-1712345", kind="intl",
    modelled_on="Prachachat Turakij (prachachat.net, Thailand) article on a WordPress/Newspaper-theme template ('เผยแพร่ D mon. YYYY(BE) - HH:MM น.')",
    language="th", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible '5 มิ.ย. 2568 - 09:12 น.' uses the Thai Buddhist-era year (2568 BE = 2025 CE) and the abbreviated month มิ.ย. (June); naive. "
          "article:published_time 2025-06-05T09:12:00+07:00 agrees and states the offset → kept. The body also mentions BE years 2567 and 2568 (not dates of the article). "
          "Author from ผู้เขียน. LINE follow link inside the content div, tags and related list (with its own BE date) are noise.",
    classes=["buddhist_era_year", "thai_abbreviated_month", "meta_offset", "modified_meta", "follow_prompt_inside_body",
             "tags_line", "related_dates"],
    title="ผู้ผลิตชิ้นส่วนยานยนต์ระยองเร่งปรับตัว รับค่ายรถจีนตั้งโรงงาน",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+07:00",
    author="ธนพล ศรีสุข", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Dainik Jagran (Hindi)
P = [
    "नई दिल्ली, बिजनेस डेस्क। देश से ऑटो पार्ट्स का निर्यात बीते वित्त वर्ष में 12 प्रतिशत बढ़कर रिकॉर्ड स्तर पर पहुंच गया है। उद्योग से जुड़े लोगों के मुताबिक यूरोप और उत्तरी अमेरिका के वाहन निर्माताओं की ओर से मांग में तेजी इसकी मुख्य वजह रही।",
    "पुणे की एक ऑटो कंपोनेंट कंपनी के प्रबंध निदेशक ने बताया कि कई विदेशी ग्राहक अब एक ही देश पर निर्भरता घटाने के लिए दूसरे देशों से भी पुर्जे खरीदना चाहते हैं, जिसका फायदा भारतीय कंपनियों को मिल रहा है।",
    "हालांकि, विशेषज्ञों का कहना है कि इलेक्ट्रिक वाहनों के लिए जरूरी बैटरी सेल और सेमीकंडक्टर जैसे पुर्जों के लिए देश अभी भी आयात पर निर्भर है।",
    "उद्योग को उम्मीद है कि चालू वित्त वर्ष में भी निर्यात में दो अंकों की वृद्धि जारी रहेगी।",
]
N = [
    "यह भी पढ़ें- ई-वाहन बिक्री में मई में 20 प्रतिशत की बढ़ोतरी",
    "Updated: Thu, 05 Jun 2025 09:12 AM (IST)",
    "जागरण ऐप डाउनलोड करें",
    "Edited By:",
]
H = f"""<!DOCTYPE html>
<html lang="hi">
<head>
<meta charset="utf-8">
<title>ऑटो पार्ट्स निर्यात रिकॉर्ड स्तर पर, यूरोप और अमेरिका से बढ़ी मांग - Jagran</title>
</head>
<body>
<header class="header"><a class="logo" href="https://www.jagran.com/">दैनिक जागरण</a><nav><a>राष्ट्रीय</a> <a>बिजनेस</a> <a>ऑटो</a> <a>टेक</a></nav></header>
<main class="articleBody">
 <div class="breadcrumb"><a href="/">होम</a> / <a href="/business-hindi.html">बिजनेस</a></div>
 <h1 class="articleHd">ऑटो पार्ट्स निर्यात रिकॉर्ड स्तर पर, यूरोप और अमेरिका से बढ़ी मांग</h1>
 <div class="authorBox">
  <div class="author">By <a href="/author/anil-kumar">अनिल कुमार</a></div>
  <div class="editedBy">Edited By: <span>रवि शर्मा</span></div>
  <div class="dateInfo"><span class="published">Published: Thu, 05 Jun 2025 07:40 AM (IST)</span><span class="updated">Updated: Thu, 05 Jun 2025 09:12 AM (IST)</span></div>
 </div>
 <div class="ArticleBodyCont" id="article-body">
{ps(P[:2])}
<p><strong>यह भी पढ़ें- <a href="/business/biz-ev-sales-may-24011111.html">ई-वाहन बिक्री में मई में 20 प्रतिशत की बढ़ोतरी</a></strong></p>
{ps(P[2:])}
 </div>
 <div class="appDownload">जागरण ऐप डाउनलोड करें</div>
</main>
<footer>Copyright © 2025 Jagran Prakashan Limited.</footer>
</body>
</html>
"""
add("intl_hi_jagran", H,
    url="https://www.jagran.com/business/biz-auto-parts-exports-rise-to-record-level-24012345.html", kind="intl",
    modelled_on="Dainik Jagran (jagran.com) Hindi article (English labels 'By' / 'Edited By:' / 'Published:' / 'Updated:' with '(IST)')",
    language="hi", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Both 'Published: Thu, 05 Jun 2025 07:40 AM (IST)' and 'Updated: Thu, 05 Jun 2025 09:12 AM (IST)' are printed; publication wins and IST is UTC+05:30 "
          "→ 2025-06-05T07:40:00+05:30. Author from 'By अनिल कुमार'; the page names an editor ('Edited By: रवि शर्मा') so editor is set. "
          "'नई दिल्ली, बिजनेस डेस्क।' dateline stays in paragraph 1. 'यह भी पढ़ें-' link line inside the body is noise.",
    classes=["published_and_updated", "printed_zone_ist", "ampm_time", "edited_by_editor", "dateline_in_first_paragraph",
             "read_also_inside_body", "app_prompt", "devanagari_text"],
    title="ऑटो पार्ट्स निर्यात रिकॉर्ड स्तर पर, यूरोप और अमेरिका से बढ़ी मांग",
    published_date="2025-06-05", published_at="2025-06-05T07:40:00+05:30",
    author="अनिल कुमार", editor="रवि शर्मा", source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Calcalist (Israel), RTL
P = [
    "חברת סנסוטק, המפתחת ומייצרת חיישני לחץ וטמפרטורה לרכבים חשמליים, השלימה גיוס של 60 מיליון דולר בהובלת קרן השקעות אירופית. החברה, שהמפעל שלה ממוקם ביוקנעם, מעסיקה כיום כ־280 עובדים.",
    "לדברי המנכ״ל דניאל אברהם, הכסף ישמש בעיקר להקמת קו ייצור אוטומטי נוסף ולהרחבת מחלקת הפיתוח. \"יצרניות הרכב מבקשות מאיתנו היום כמויות שלא ראינו לפני שלוש שנים\", אמר.",
    "סנסוטק מוכרת את מוצריה לשלוש יצרניות רכב אירופיות ולשני ספקים גדולים. לפי החברה, ההכנסות צפויות לצמוח השנה בכ־40%.",
    "בתעשייה מציינים כי חברות רכב ישראליות נהנות מהביקוש לרכיבים אלקטרוניים, אך מתמודדות עם מחסור בעובדי ייצור מיומנים.",
]
N = [
    "צילום: יח״צ",
    "שתפו",
    "כתבות נוספות",
    "המשך לכתבה הבאה",
]
H = f"""<!DOCTYPE html>
<html lang="he" dir="rtl">
<head>
<meta charset="utf-8">
<title>יצרנית חיישני הרכב מיוקנעם גייסה 60 מיליון דולר | כלכליסט</title>
<meta property="article:published_time" content="2025-06-05T09:12:00+03:00">
</head>
<body dir="rtl">
<header class="CalcalistHeader"><a href="/">כלכליסט</a><nav><a>בארץ</a> <a>שוק ההון</a> <a>טכנולוגיה</a> <a>רכב</a></nav></header>
<main>
 <article class="ArticleComponent">
  <div class="mainTitleWrapper"><h1 class="mainTitle">יצרנית חיישני הרכב מיוקנעם גייסה 60 מיליון דולר</h1>
   <h2 class="subTitle">הכסף ישמש להקמת קו ייצור אוטומטי נוסף ולהרחבת הפיתוח</h2></div>
  <div class="authorAndDate"><span class="authors"><a href="/author/uri-levi">אורי לוי</a></span><span class="date">05.06.25, 09:12</span><button class="share">שתפו</button></div>
  <figure><img src="https://pic1.calcalist.co.il/picserver3/sensotech.jpg" alt=""><figcaption>מפעל סנסוטק ביוקנעם <span class="credit">צילום: יח״צ</span></figcaption></figure>
  <div class="ArticleBodyComponent">
{ps(P)}
  </div>
  <div class="nextArticle"><a href="#">המשך לכתבה הבאה</a></div>
  <aside class="relatedArticles"><h3>כתבות נוספות</h3><ul><li><a href="/local_news/article/hjx00a1a1a">יבואני הרכב מעלים מחירים</a> 03.06.25</li></ul></aside>
 </article>
</main>
<footer>כל הזכויות שמורות לכלכליסט 2025</footer>
</body>
</html>
"""
add("intl_he_calcalist", H,
    url="https://www.calcalist.co.il/local_news/article/hjx00a1b2c", kind="intl",
    modelled_on="Calcalist (calcalist.co.il, Israel) article, right-to-left (authorAndDate with two-digit-year 'DD.MM.YY, HH:MM')",
    language="he", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="RTL page (dir=rtl). Visible '05.06.25, 09:12': day-first with a TWO-digit year (25 = 2025), naive. article:published_time 2025-06-05T09:12:00+03:00 "
          "(Israel summer time IDT) agrees and states the offset → kept. Author from the authors span. The subtitle h2 is a standfirst (neutral). "
          "Photo credit 'צילום: יח״צ' (PR photo) inside the figcaption, share button, next-article link and related list are noise.",
    classes=["rtl", "two_digit_year", "day_first_dotted", "meta_offset", "photo_credit", "related_dates", "standfirst_neutral"],
    title="יצרנית חיישני הרכב מיוקנעם גייסה 60 מיליון דולר",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+03:00",
    author="אורי לוי", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Ukrainian business news (relative "today")
P = [
    "Компанія «Карпатський кабель», яка виробляє джгути проводів для європейських автовиробників, відкрила новий завод у Стрию на Львівщині. Інвестиції в проєкт склали близько 35 млн євро.",
    "На підприємстві працюватимуть до 900 людей. Першу чергу заводу вже запущено, повна потужність очікується до середини 2027 року, повідомив директор компанії Андрій Мельник.",
    "За його словами, попри війну європейські клієнти зберігають замовлення в Україні, оскільки вартість робочої сили тут нижча, ніж у сусідніх країнах ЄС, а доставка до Польщі займає менше доби.",
    "Виробництво автомобільних джгутів є одним із найбільших експортних напрямів українського машинобудування.",
]
N = [
    "Читайте також: Експорт машинобудування зріс на 8% за десять місяців",
    "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію.",
    "Підписуйтесь на наш Telegram-канал",
    "Сьогодні, 06:12",
]
H = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>«Карпатський кабель» відкрив завод автомобільних джгутів на Львівщині | Економічна правда</title>
</head>
<body>
<header class="header"><a class="logo" href="/">Економічна правда</a><nav><a href="/news/">Новини</a> <a href="/publications/">Публікації</a> <a href="/columns/">Колонки</a></nav></header>
<main class="container">
 <article class="post post_news">
  <h1 class="post__title">«Карпатський кабель» відкрив завод автомобільних джгутів на Львівщині</h1>
  <div class="post__info">
   <span class="post__author"><a href="/authors/olena-koval/">Олена Коваль</a></span>
   <time class="post__time" datetime="2026-11-30T06:12:00+02:00">Сьогодні, 06:12</time>
  </div>
  <div class="post__text">
{ps(P[:2])}
<p><strong>Читайте також: <a href="/news/2026/11/28/7511234/">Експорт машинобудування зріс на 8% за десять місяців</a></strong></p>
{ps(P[2:])}
  </div>
  <div class="post__error">Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію.</div>
  <div class="post__subscribe"><a href="https://t.me/">Підписуйтесь на наш Telegram-канал</a></div>
 </article>
 <aside class="news-feed"><h3>Новини</h3><ul><li><time>10:41</time> НБУ встановив офіційний курс</li><li><time>09:58</time> Ціни на пальне знизилися</li></ul></aside>
</main>
<footer>© 2000–2026 Економічна правда</footer>
</body>
</html>
"""
add("intl_uk_epravda_today", H,
    url="https://www.epravda.com.ua/news/2026/11/30/7512345/", kind="intl",
    modelled_on="Ukrainian business news site (Економічна правда-style news page: post__info with relative 'Сьогодні, HH:MM' in <time datetime>, Ctrl+Enter error line)",
    language="uk", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible time is relative: 'Сьогодні, 06:12' ('Today'; fetched 2026-11-30 09:00 UTC = 11:00 Kyiv). The <time datetime='2026-11-30T06:12:00+02:00'> "
          "(Kyiv winter time EET) gives the full date and offset → kept; URL /2026/11/30/ agrees. Feed times (10:41, 09:58) are later items. "
          "'Читайте також:' line inside the body, the Ctrl+Enter error notice and the Telegram prompt are noise.",
    classes=["relative_today", "time_datetime_offset", "winter_offset_eet", "url_date", "read_also_inside_body",
             "error_report_notice", "follow_prompt", "feed_times"],
    title="«Карпатський кабель» відкрив завод автомобільних джгутів на Львівщині",
    published_date="2026-11-30", published_at="2026-11-30T06:12:00+02:00",
    author="Олена Коваль", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Business Standard (India), PTI story
P = [
    "Auto component exports from India rose 12 per cent to USD 23.4 billion in the financial year ended March 2025, driven by higher demand from Europe and North America, an industry body said on Thursday.",
    "Imports grew at a slower 6 per cent, resulting in a trade surplus for the sector for the third year in a row, it said in a statement.",
    "The industry body said several global vehicle makers were adding Indian suppliers to reduce their dependence on a single country, while domestic component makers were investing in capacity for electric vehicle parts.",
    "It, however, cautioned that higher tariffs in some export markets and volatile raw material prices could weigh on margins in the current fiscal.",
]
N = [
    "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
    "Last Updated : Jun 05 2025 | 9:12 AM IST",
    "First Published: Jun 05 2025 | 7:40 AM IST",
    "Also Read",
    "EV two-wheeler sales rise 20% in May",
    "Subscribe To BS Premium",
]
H = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Auto component exports rise 12% in FY25 on strong demand from Europe, US | Industry News - Business Standard</title>
</head>
<body>
<header class="header"><a class="logo" href="/">Business Standard</a><nav><a>Markets</a> <a>Industry</a> <a>Economy</a> <a>Opinion</a></nav><a class="premium">Subscribe To BS Premium</a></header>
<main class="main-wrap">
 <div class="breadcrumb"><a href="/">Home</a> / <a href="/industry">Industry</a> / <a href="/industry/auto">Auto</a></div>
 <article>
  <h1 class="stryhdtp">Auto component exports rise 12% in FY25 on strong demand from Europe, US</h1>
  <h2 class="strydsc">Imports grew at a slower pace, leaving the sector with a trade surplus for a third straight year</h2>
  <div class="author-info"><span class="MainStory_auth">Press Trust of India</span> <span class="MainStory_city">New Delhi</span></div>
  <div class="MainStory_dtlupdate">Last Updated : Jun 05 2025 | 9:12 AM IST</div>
  <div class="MainStory_storycontent" id="parent_top_div">
{ps(P[:2])}
<div class="alsoread"><span>Also Read</span><ul><li><a href="/industry/auto/ev-two-wheeler-sales-rise-20-in-may-125060300123_1.html">EV two-wheeler sales rise 20% in May</a></li><li><a href="/industry/auto/steel-prices-125060200456_1.html">Steel prices ease for second month</a></li></ul></div>
{ps(P[2:])}
   <p><i>(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)</i></p>
  </div>
  <div class="MainStory_firstpub">First Published: Jun 05 2025 | 7:40 AM IST</div>
 </article>
</main>
<footer>Copyright © 2025 Business Standard Private Ltd. All rights reserved</footer>
</body>
</html>
"""
add("intl_en_in_bs_pti", H,
    url="https://www.business-standard.com/industry/auto/auto-component-exports-rise-12-in-fy25-125060500234_1.html", kind="intl",
    modelled_on="Business Standard (India) industry story from the PTI feed ('Last Updated : Mon DD YYYY | H:MM AM IST' on top, 'First Published' at the bottom, syndication note)",
    language="en-IN", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The header shows only 'Last Updated : Jun 05 2025 | 9:12 AM IST'; the publication time is the bottom line 'First Published: Jun 05 2025 | 7:40 AM IST' "
          "→ 2025-06-05T07:40:00+05:30 (IST printed). The URL id ...1250605... encodes the day. Byline is the agency 'Press Trust of India' (with city New Delhi): "
          "author null, source 'Press Trust of India'. Also Read list inside the story div, the syndicated-feed note and both date lines are noise; the h2 summary is a standfirst (neutral).",
    classes=["updated_on_top_published_at_bottom", "printed_zone_ist", "agency_byline_source", "no_author",
             "related_list_inside_body", "syndication_disclaimer", "url_date", "standfirst_neutral", "paywall_prompt"],
    title="Auto component exports rise 12% in FY25 on strong demand from Europe, US",
    published_date="2025-06-05", published_at="2025-06-05T07:40:00+05:30",
    author=None, editor=None, source="Press Trust of India", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- The Straits Times (Singapore)
P = [
    "SINGAPORE – Local precision engineering firm Meridian Components will invest $85 million in a new plant in Tuas to make metal casings and cooling plates for electric vehicle batteries, creating about 200 jobs.",
    "The facility, which is expected to start operations in the second half of 2026, will supply battery makers and carmakers in the region, the company said on June 5.",
    "Chief executive Lim Hui Min said the firm had been approached by customers in Thailand and Indonesia looking for suppliers outside their home markets. “We see Singapore as a base for high-precision, highly automated production,” she said.",
    "About half of the new jobs will be for engineers and technicians, she added.",
]
N = [
    "A production line at Meridian Components' existing plant in Ang Mo Kio. PHOTO: ST FILE",
    "Join ST's Telegram channel and get the latest breaking news delivered to you.",
    "UPDATED Jun 05, 2025, 11:40 AM",
    "Read 3 articles and stand to win rewards",
    "Senior Transport Correspondent",
]
LD = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Singapore firm to make EV battery parts in Tuas, create 200 jobs",
                 "datePublished": "2025-06-05T09:12:00+08:00", "dateModified": "2025-06-05T11:40:00+08:00",
                 "author": [{"@type": "Person", "name": "Tan Wei Ming"}]}, ensure_ascii=False)
H = f"""<!DOCTYPE html>
<html lang="en-SG">
<head>
<meta charset="utf-8">
<title>Singapore firm to make EV battery parts in Tuas, create 200 jobs | The Straits Times</title>
<script type="application/ld+json">{LD}</script>
</head>
<body>
<header class="st-header"><a class="logo" href="/">The Straits Times</a><nav><a>Singapore</a> <a>Asia</a> <a>World</a> <a>Business</a> <a>Opinion</a></nav></header>
<main>
 <article class="article-page">
  <h1 class="headline node-title">Singapore firm to make EV battery parts in Tuas, create 200 jobs</h1>
  <div class="story-byline">
   <div class="author-field"><a href="/authors/tan-wei-ming">Tan Wei Ming</a></div>
   <div class="author-designation">Senior Transport Correspondent</div>
  </div>
  <div class="story-postdate">
   <p class="updated-timestamp">UPDATED Jun 05, 2025, 11:40 AM</p>
   <p class="published-timestamp">PUBLISHED Jun 05, 2025, 09:12 AM</p>
  </div>
  <figure><img src="https://static1.straitstimes.com.sg/s3fs-public/articles/2025/06/05/meridian.jpg" alt=""><figcaption>A production line at Meridian Components' existing plant in Ang Mo Kio. PHOTO: ST FILE</figcaption></figure>
  <div class="rewards-banner">Read 3 articles and stand to win rewards</div>
  <div class="ds-wrapper article-content-rawhtml">
{ps(P)}
   <p class="telegram"><em>Join ST's Telegram channel and get the latest breaking news delivered to you.</em></p>
  </div>
 </article>
</main>
<footer>Copyright 2025 SPH Media Limited. All rights reserved.</footer>
</body>
</html>
"""
add("intl_en_sg_straitstimes", H,
    url="https://www.straitstimes.com/business/companies-markets/singapore-firm-to-make-ev-battery-parts-in-tuas-create-200-jobs", kind="intl",
    modelled_on="The Straits Times (Singapore) article (story-byline with author designation, story-postdate with UPDATED printed above PUBLISHED, NewsArticle JSON-LD)",
    language="en-SG", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="'UPDATED Jun 05, 2025, 11:40 AM' is printed ABOVE 'PUBLISHED Jun 05, 2025, 09:12 AM'; neither has a zone. JSON-LD datePublished 2025-06-05T09:12:00+08:00 "
          "(Singapore time) agrees with the printed published time and states the offset → kept. Author name without the designation line. "
          "'SINGAPORE –' dateline stays in paragraph 1. Caption with photo credit, rewards banner and Telegram prompt (inside the content wrapper) are noise. "
          "Dollar amounts are S$ as printed ('$85 million').",
    classes=["updated_printed_first", "naive_visible_time", "jsonld_offset", "author_designation", "dateline_in_first_paragraph",
             "caption_photo_credit", "follow_prompt_inside_body", "rewards_banner"],
    title="Singapore firm to make EV battery parts in Tuas, create 200 jobs",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+08:00",
    author="Tan Wei Ming", editor=None, source=None, paragraphs=P, body_noise=N)
