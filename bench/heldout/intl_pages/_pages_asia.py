from _common import P, page

PAGES = []

# ---------------------------------------------------------------- 28. Nikkei-like (00:30 JST, meta only offset)
paras = [
    "自動車部品大手の大和精機は、メキシコ中部のグアナフアト州にある工場で電動車向けアクスルの生産能力を2倍に引き上げる。投資額は約250億円で、2026年秋の稼働を目指す。",
    "北米で生産される電動ピックアップトラックや商用バン向けの受注が増えていることに対応する。現地の従業員は約600人増やし、2000人体制とする計画だ。",
    "同社は米国の関税政策の行方を注視しつつも、北米域内で部品を調達する流れは変わらないと判断した。メキシコで生産したアクスルは米国とカナダの完成車工場に供給する。",
    "電動アクスルはモーター、インバーター、減速機を一体化した部品で、電動車の性能や価格を左右する。競合の欧州勢も北米での増産を相次いで発表している。",
]
html = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>大和精機、メキシコで電動アクスル生産2倍に　250億円投資 - 日本経済新聞</title>
<meta property="og:title" content="大和精機、メキシコで電動アクスル生産2倍に　250億円投資">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-06-05T00:30:00+09:00">
<meta property="article:modified_time" content="2025-06-05T05:02:00+09:00">
<link rel="canonical" href="https://www.nikkei.com/article/DGXZQOUC04ABC0U5A600C2000000/">
</head>
<body>
<div id="CONTAINER">
<header class="header_h1lx3p"><a class="logo_l2uyhq" href="/">日本経済新聞</a>
  <nav class="nav_n1xk3m"><a href="/news/category/">トップ</a> <a href="/economy/">経済</a> <a href="/business/">ビジネス</a> <a href="/markets/">マーケット</a> <a href="/technology/">テクノロジー</a></nav>
  <a href="/r3/">会員登録</a> <a href="/login">ログイン</a></header>
<main class="main_m1z2xq">
<article class="container_cz8tiun">
  <div class="topicPath_t1r8db1f"><a href="/business/">ビジネス</a> <a href="/business/automobile-electric-machinery/">自動車・機械</a></div>
  <h1 class="title_tp0qjrp">大和精機、メキシコで電動アクスル生産2倍に　250億円投資</h1>
  <div class="timeStampOverride_t1hc4uf0"><div class="TimeStamp_t165nkxq">2025年6月5日 0:30<span class="updated_u1ri4hzd">（2025年6月5日 5:02更新）</span></div></div>
  <div class="keyword_k1kq7e4v"><span>[会員限定記事]</span></div>
  <div class="button_b1f6g7eh"><button>保存</button> <button>共有</button> <button>印刷</button></div>
  <figure class="image_ia9bz5w"><img src="/content/pic/axle.jpg" alt=""><figcaption class="caption_c1qkc0e2">大和精機のメキシコ工場（グアナフアト州）</figcaption></figure>
  <section class="container_c1suc6un">
@@BODY@@
  </section>
  <div class="paywall_p1q0w4h5"><p>この記事は会員限定です。登録すると続きをお読みいただけます。</p></div>
</article>
<aside class="ranking_r1ka3i0r"><h2>アクセスランキング</h2><ol><li><a href="/article/DGXZQOUC03XYZ/">自動車部品の輸出、5月は3%増</a><time datetime="2025-06-04T18:00:00+09:00">2025年6月4日</time></li></ol></aside>
</main>
<footer class="footer_f1o4fu0q"><p>Nikkei Inc. No reproduction without permission.</p></footer>
</div>
</body>
</html>
""".replace("@@BODY@@", P(paras, 'class="paragraph_p15tm1hb"', "    "))
PAGES.append(page(
    "intl_ja_nikkei_midnight", html,
    url="https://www.nikkei.com/article/DGXZQOUC04ABC0U5A600C2000000/",
    modelled_on="Nikkei (nikkei.com) article: hashed class names, '2025年6月5日 0:30（2025年6月5日 5:02更新）', article:published_time meta",
    language="ja",
    notes="Visible '2025年6月5日 0:30' followed by '（2025年6月5日 5:02更新）'; meta article:published_time 2025-06-05T00:30:00+09:00. Offset trap: in +08:00 this is 2025-06-04 23:30, but the page states JST, so the day is the 5th. Ranking list has a June 4 <time>.",
    classes=["visible_plus_meta", "cjk_date", "published_vs_updated", "midnight_jst_offset_trap", "member_only_label", "caption", "related_dates"],
    title="大和精機、メキシコで電動アクスル生産2倍に　250億円投資",
    published_date="2025-06-05", published_at="2025-06-05T00:30:00+09:00",
    author=None,
    paragraphs=paras,
    body_noise=["[会員限定記事]", "大和精機のメキシコ工場（グアナフアト州）", "この記事は会員限定です。登録すると続きをお読みいただけます。", "自動車部品の輸出、5月は3%増", "（2025年6月5日 5:02更新）"],
))

# ---------------------------------------------------------------- 29. NHK-like (shift_jis, naive time)
paras = [
    "大手タイヤメーカーは、国内の工場で生産する乗用車用タイヤの出荷価格を、8月から平均で5%引き上げると発表しました。",
    "原料の天然ゴムや合成ゴムの価格が上がっていることに加え、物流費や人件費の上昇が続いているためだとしています。",
    "会社によりますと、値上げの対象は夏用タイヤと冬用タイヤの両方で、販売店向けの価格に反映されるということです。",
    "タイヤの値上げは、ほかのメーカーでも相次いでいて、秋以降、タイヤの交換を予定している人にとっては負担が増えることになりそうです。",
]
html = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>大手タイヤメーカー　8月から出荷価格を平均5％値上げ | NHK | 経済</title>
<meta name="description" content="大手タイヤメーカーは、乗用車用タイヤの出荷価格を8月から平均で5％引き上げると発表しました。">
<link rel="canonical" href="https://www3.nhk.or.jp/news/html/20250605/k10014823451000.html">
</head>
<body>
<div id="header"><a id="nhk-logo" href="https://www3.nhk.or.jp/news/">NHK NEWS WEB</a>
  <ul class="gnav"><li><a href="/news/cat01.html">社会</a></li><li><a href="/news/cat05.html">経済</a></li><li><a href="/news/cat06.html">国際</a></li><li><a href="/news/cat07.html">天気</a></li></ul></div>
<div id="main">
<section class="module module--detail">
  <header class="module--header">
    <h1 class="content--title"><span>大手タイヤメーカー　8月から出荷価格を平均5％値上げ</span></h1>
    <p class="content--date"><time datetime="2025-06-05T09:12">2025年6月5日 9時12分</time></p>
    <ul class="content--tags"><li><a href="/news/word/0000137.html">経済</a></li></ul>
  </header>
  <div class="content--detail-body">
    <div class="content--summary">
@@BODY@@
    </div>
  </div>
  <div class="content--share"><a>Xでシェア</a> <a>Facebookでシェア</a> <a>LINEで送る</a></div>
</section>
<section class="module module--list"><h2>関連ニュース</h2>
  <ul><li><a href="/news/html/20250603/k10014821002000.html">合成ゴム価格　3か月連続で上昇</a> <time datetime="2025-06-03T16:40">6月3日 16時40分</time></li></ul></section>
</div>
<div id="footer"><p>Copyright NHK (Japan Broadcasting Corporation) All rights reserved. 許可なく転載することを禁じます。</p></div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="      "))
PAGES.append(page(
    "intl_ja_nhk_sjis", html,
    url="https://www3.nhk.or.jp/news/html/20250605/k10014823451000.html",
    modelled_on="NHK NEWS WEB article (content--title / content--date with <time datetime='YYYY-MM-DDTHH:MM'>, URL /html/YYYYMMDD/)",
    language="ja",
    encoding="shift_jis",
    notes="Stored as Shift_JIS bytes. Visible '2025年6月5日 9時12分' in <time datetime='2025-06-05T09:12'>, a naive datetime; no zone is printed and no structured data gives an offset, so the page's zone comes from its language: Japanese is spoken in one zone, JST (contract since 2026-12-07; before it, a naive time on a non-Chinese page gave the day only). URL folder 20250605 agrees. Related item dated 6月3日 16時40分. No byline: author null.",
    classes=["legacy_encoding_shift_jis", "time_datetime_naive", "cjk_date_jifun", "naive_time_language_zone", "url_compact_date", "related_dates", "no_author"],
    title="大手タイヤメーカー　8月から出荷価格を平均5％値上げ",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+09:00",
    author=None,
    paragraphs=paras,
    body_noise=["合成ゴム価格　3か月連続で上昇", "Xでシェア", "許可なく転載することを禁じます。"],
))

# ---------------------------------------------------------------- 30. Korean newspaper (euc-kr)
paras = [
    "국내 자동차 부품업체들이 전기차 수요 둔화에 대응해 하이브리드차용 부품 생산을 늘리고 있다. 업계에 따르면 주요 부품사 10곳 가운데 7곳이 올해 하이브리드 변속기와 모터 관련 설비 투자를 확대했다.",
    "경기도 화성의 한 변속기 부품 업체는 최근 하이브리드 전용 라인을 새로 가동했다. 이 회사 관계자는 \"완성차 업체의 하이브리드 주문이 작년보다 40% 가까이 늘었다\"고 말했다.",
    "반면 전기차 배터리 케이스와 냉각 부품을 만드는 업체들은 가동률이 60%대에 머물고 있다. 일부 업체는 생산 인력을 하이브리드 라인으로 옮기고 있다.",
    "업계는 정부에 하이브리드 부품에 대한 연구개발 지원을 늘려 달라고 요청했다.",
]
html = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>전기차 주춤하자 부품사들 하이브리드로 방향 튼다 - 한빛경제</title>
<meta property="og:title" content="전기차 주춤하자 부품사들 하이브리드로 방향 튼다">
<meta property="article:published_time" content="2025-06-05T09:12:00+09:00">
<meta property="article:modified_time" content="2025-06-05T14:20:00+09:00">
<link rel="canonical" href="https://www.hanbitnews.co.kr/news/articleView.html?idxno=318842">
</head>
<body>
<div id="user-wrap">
<header id="user-header"><a class="logo" href="/">한빛경제</a>
  <ul class="nav"><li><a href="/news/articleList.html?sc_section_code=S1N1">경제</a></li><li><a href="/news/articleList.html?sc_section_code=S1N2">산업</a></li><li><a href="/news/articleList.html?sc_section_code=S1N3">자동차</a></li><li><a href="/news/articleList.html?sc_section_code=S1N4">금융</a></li></ul></header>
<div id="user-container">
<div class="article-view-header">
  <div class="category">산업</div>
  <h1 class="heading">전기차 주춤하자 부품사들 하이브리드로 방향 튼다</h1>
  <h2 class="subheading">주요 부품사 10곳 중 7곳 하이브리드 설비 투자 확대</h2>
  <div class="info-group"><ul class="infomation"><li><i class="icon-user"></i> 김민준 기자</li><li><i class="icon-clock"></i> 입력 2025-06-05 09:12</li><li>수정 2025-06-05 14:20</li></ul>
    <div class="share"><a>페이스북</a> <a>카카오톡</a> <a>URL복사</a></div></div>
</div>
<article id="article-view-content-div" class="article-veiw-body view-page font-size17">
@@B1@@
  <figure class="photo-layout"><img src="/news/photo/202506/318842_1.jpg" alt=""><figcaption>경기도 화성의 한 부품 공장에서 직원들이 하이브리드 변속기 부품을 조립하고 있다. /사진=한빛경제 DB</figcaption></figure>
@@B2@@
  <p class="reporter-mail">김민준 기자 kimmj@hanbitnews.co.kr</p>
  <p class="copyright">저작권자 ⓒ 한빛경제 무단전재 및 재배포 금지</p>
</article>
<div class="related-news"><h3>관련기사</h3><ul><li><a href="/news/articleView.html?idxno=318790">하이브리드차 판매 5월에도 두 자릿수 증가</a> <em>2025.06.04 오후 3:05</em></li></ul></div>
<div class="comment-area"><h3>댓글 2</h3><div class="cmt"><span class="name">부품맨</span> <span class="date">2025-06-05 10:31</span><p>현장은 이미 다 하이브리드로 돌렸습니다.</p></div></div>
</div>
<footer id="user-footer"><p>Copyright ⓒ 2026 한빛경제. All rights reserved.</p></footer>
</div>
</body>
</html>
""".replace("@@B1@@", P(paras[:2], indent="  ")).replace("@@B2@@", P(paras[2:], indent="  "))
PAGES.append(page(
    "intl_ko_euckr", html,
    url="https://www.hanbitnews.co.kr/news/articleView.html?idxno=318842",
    modelled_on="Korean economic daily on an NDSoft-style CMS (articleView.html?idxno=, info-group '입력 2025-06-05 09:12 / 수정 ...', reporter e-mail and 무단전재 line)",
    language="ko",
    encoding="euc-kr",
    notes="Stored as EUC-KR bytes. Visible '입력 2025-06-05 09:12' then '수정 2025-06-05 14:20'; meta article:published_time 2025-06-05T09:12:00+09:00. Related item '2025.06.04 오후 3:05' (Naver-style AM/PM) and a comment dated 2025-06-05 10:31. Author from '김민준 기자' (title 기자 dropped).",
    classes=["legacy_encoding_euc_kr", "visible_plus_meta", "korean_input_modified", "published_vs_updated", "reporter_email_footer", "copyright_line", "caption", "related_dates", "comments_dates"],
    title="전기차 주춤하자 부품사들 하이브리드로 방향 튼다",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+09:00",
    author="김민준",
    paragraphs=paras,
    body_noise=["김민준 기자 kimmj@hanbitnews.co.kr", "무단전재 및 재배포 금지", "경기도 화성의 한 부품 공장에서 직원들이 하이브리드 변속기 부품을 조립하고 있다.", "하이브리드차 판매 5월에도 두 자릿수 증가", "현장은 이미 다 하이브리드로 돌렸습니다."],
))

# ---------------------------------------------------------------- 33. Arabic (Arabic-Indic digits visible, JSON-LD has the date)
paras = [
    "أعلنت شركة سعودية ناشئة لصناعة مكونات السيارات الكهربائية عن بدء إنتاج وحدات الشحن المنزلية في مصنعها الجديد بمدينة الملك عبدالله الاقتصادية، بطاقة إنتاجية تبلغ ٥٠ ألف وحدة سنوياً.",
    "وقال الرئيس التنفيذي للشركة إن المصنع يعتمد على موردين محليين في نحو ٤٠ في المئة من المكونات، وإن هذه النسبة سترتفع خلال العامين المقبلين مع توطين صناعة اللوحات الإلكترونية.",
    "ويأتي المشروع في إطار خطط المملكة لتطوير صناعة السيارات الكهربائية وسلاسل الإمداد المرتبطة بها، إذ تستهدف أن تشكل هذه السيارات ثلاثين في المئة من المركبات في العاصمة بحلول عام ٢٠٣٠.",
    "وأوضحت الشركة أن أولى الشحنات ستذهب إلى شركات التطوير العقاري التي تركّب أجهزة الشحن في المجمعات السكنية الجديدة.",
]
html = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>شركة سعودية تبدأ إنتاج أجهزة شحن السيارات الكهربائية محلياً | الاقتصادية اليوم</title>
<meta property="og:title" content="شركة سعودية تبدأ إنتاج أجهزة شحن السيارات الكهربائية محلياً">
<link rel="canonical" href="https://www.aliqtisadiya-today.com/article/2178834">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"شركة سعودية تبدأ إنتاج أجهزة شحن السيارات الكهربائية محلياً","datePublished":"2025-06-05T09:12:00+03:00","dateModified":"2025-06-05T12:00:00+03:00","author":{"@type":"Person","name":"محمد العتيبي"},"publisher":{"@type":"Organization","name":"الاقتصادية اليوم"},"inLanguage":"ar"}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">الاقتصادية اليوم</a>
  <nav><a href="/section/economy">اقتصاد</a> <a href="/section/energy">طاقة</a> <a href="/section/cars">سيارات</a> <a href="/section/markets">أسواق</a></nav></header>
<main class="container">
<article class="article-page">
  <div class="article-section"><a href="/section/cars">سيارات</a></div>
  <h1 class="article-title">شركة سعودية تبدأ إنتاج أجهزة شحن السيارات الكهربائية محلياً</h1>
  <div class="article-meta"><span class="article-author">محمد العتيبي</span> <span class="article-city">الرياض</span>
    <span class="article-date">الخميس ٥ يونيو ٢٠٢٥ - ٠٩:١٢ ص</span></div>
  <figure class="article-image"><img src="/uploads/charger.jpg" alt=""><figcaption>خط إنتاج أجهزة الشحن في المصنع الجديد (الصورة من الشركة)</figcaption></figure>
  <div class="article-body">
@@BODY@@
  </div>
  <div class="article-tags"><a href="/tag/ev">السيارات الكهربائية</a> <a href="/tag/industry">الصناعة</a></div>
</article>
<aside class="most-read"><h3>الأكثر قراءة</h3><ul><li><a href="/article/2178790">ارتفاع مبيعات السيارات في المملكة خلال مايو</a> <span>٤ يونيو ٢٠٢٥</span></li></ul></aside>
</main>
<footer><p>جميع الحقوق محفوظة © ٢٠٢٦ الاقتصادية اليوم</p></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_ar_indic_digits", html,
    url="https://www.aliqtisadiya-today.com/article/2178834",
    modelled_on="Gulf Arabic business daily (RTL article-meta with weekday, Arabic month name and Arabic-Indic digits; NewsArticle JSON-LD)",
    language="ar",
    notes="Visible date 'الخميس ٥ يونيو ٢٠٢٥ - ٠٩:١٢ ص' uses Arabic-Indic digits (U+0660-0669) and the Arabic month name يونيو; JSON-LD datePublished 2025-06-05T09:12:00+03:00 carries the same moment in ASCII. Most-read list and footer use Arabic-Indic digits too (٤ يونيو ٢٠٢٥, © ٢٠٢٦).",
    classes=["arabic_indic_digits", "arabic_monthname", "jsonld_datepublished", "rtl", "caption", "related_dates", "copyright_year"],
    title="شركة سعودية تبدأ إنتاج أجهزة شحن السيارات الكهربائية محلياً",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+03:00",
    author="محمد العتيبي",
    paragraphs=paras,
    body_noise=["خط إنتاج أجهزة الشحن في المصنع الجديد (الصورة من الشركة)", "ارتفاع مبيعات السيارات في المملكة خلال مايو", "جميع الحقوق محفوظة"],
))

# ---------------------------------------------------------------- 35. Vietnamese (Tuoi Tre-like, GMT+7)
paras = [
    "Một nhà máy sản xuất dây điện ô tô vốn Nhật Bản tại Hải Dương vừa khởi công giai đoạn mở rộng với tổng vốn đầu tư 85 triệu USD, dự kiến tuyển thêm khoảng 3.000 lao động.",
    "Theo đại diện doanh nghiệp, sản phẩm của nhà máy chủ yếu xuất khẩu sang Nhật Bản và Mỹ. Giai đoạn mới sẽ sản xuất bó dây cho xe điện và xe hybrid.",
    "Ông Nguyễn Văn Hùng, phó giám đốc Sở Công thương tỉnh, cho biết ngành phụ trợ ô tô đang thu hút nhiều dự án mới nhờ nguồn lao động dồi dào và hạ tầng khu công nghiệp được cải thiện.",
    "Dự kiến nhà máy mở rộng sẽ đi vào hoạt động từ quý 2 năm 2026.",
]
html = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Nhà máy dây điện ô tô ở Hải Dương mở rộng, tuyển thêm 3.000 lao động - Báo Tuổi Trẻ Online</title>
<meta property="og:title" content="Nhà máy dây điện ô tô ở Hải Dương mở rộng, tuyển thêm 3.000 lao động">
<link rel="canonical" href="https://tuoitre.vn/nha-may-day-dien-o-to-o-hai-duong-mo-rong-tuyen-them-3000-lao-dong-20241104091200123.htm">
</head>
<body>
<header class="header"><a class="logo" href="/">Tuổi Trẻ Online</a>
  <nav><a href="/thoi-su.htm">Thời sự</a> <a href="/the-gioi.htm">Thế giới</a> <a href="/kinh-doanh.htm">Kinh doanh</a> <a href="/xe.htm">Xe</a> <a href="/cong-nghe.htm">Công nghệ</a></nav></header>
<main class="main-detail">
<div class="detail-cate"><a href="/kinh-doanh.htm">Kinh doanh</a></div>
<div class="detail-top"><div class="detail-time"><div data-role="publishdate">04/11/2024 09:12 GMT+7</div></div></div>
<h1 class="detail-title article-title" data-role="title">Nhà máy dây điện ô tô ở Hải Dương mở rộng, tuyển thêm 3.000 lao động</h1>
<div class="detail-author"><a class="name" href="/tac-gia/minh-anh.htm" title="Minh Anh">Minh Anh</a></div>
<h2 class="detail-sapo" data-role="sapo">TTO - Nhà máy sẽ sản xuất bó dây cho xe điện và xe hybrid, chủ yếu để xuất khẩu.</h2>
<div class="detail-content afcbc-body" data-role="content">
@@B1@@
  <figure class="VCSortableInPreviewMode" type="Photo"><img src="/img/day-dien.jpg" alt=""><figcaption><p>Công nhân lắp ráp bó dây điện ô tô tại nhà máy - Ảnh: MINH ANH</p></figcaption></figure>
@@B2@@
</div>
<div class="detail-tab"><a href="/nha-may.html">nhà máy</a> <a href="/o-to.html">ô tô</a></div>
<div class="box-related"><h3>Đọc thêm</h3><ul><li><a href="/xuat-khau-linh-kien-o-to-thang-10-20241101.htm">Xuất khẩu linh kiện ô tô tháng 10 tăng 12%</a> <span>01/11/2024</span></li></ul></div>
<div class="comment-box"><h3>Bình luận (3)</h3><div class="item-comment"><span class="name">Hoàng Long</span> <span class="time">04/11/2024 10:20</span><p>Tin vui cho lao động địa phương.</p></div></div>
</main>
<footer><p>© Copyright 2026 Tuổi Trẻ Online, All rights reserved</p></footer>
</body>
</html>
""".replace("@@B1@@", P(paras[:2], indent="  ")).replace("@@B2@@", P(paras[2:], indent="  "))
PAGES.append(page(
    "intl_vi_gmt7", html,
    url="https://tuoitre.vn/nha-may-day-dien-o-to-o-hai-duong-mo-rong-tuyen-them-3000-lao-dong-20241104091200123.htm",
    modelled_on="Tuoi Tre Online article (detail-time 'dd/mm/yyyy HH:MM GMT+7' above the headline, sapo starting 'TTO -', URL id with yyyymmddHHMM)",
    language="vi",
    notes="Visible '04/11/2024 09:12 GMT+7' (day-first: 4 November; a US reading would give 11 April) printed above the headline; the explicit GMT+7 gives +07:00. The URL id starts 202411040912 and agrees. Related item 01/11/2024; comment 04/11/2024 10:20.",
    classes=["visible_only", "day_first_numeric", "gmt_offset_label", "date_above_headline", "url_compact_datetime", "sapo", "caption", "comments_dates", "related_dates"],
    title="Nhà máy dây điện ô tô ở Hải Dương mở rộng, tuyển thêm 3.000 lao động",
    published_date="2024-11-04", published_at="2024-11-04T09:12:00+07:00",
    author="Minh Anh",
    paragraphs=paras,
    body_noise=["Công nhân lắp ráp bó dây điện ô tô tại nhà máy - Ảnh: MINH ANH", "Xuất khẩu linh kiện ô tô tháng 10 tăng 12%", "Tin vui cho lao động địa phương.", "All rights reserved"],
))
