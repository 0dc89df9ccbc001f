"""International pages, part B: UK/US trade sites, Japan, Korea, Taiwan, UAE, Türkiye."""
from _common import FETCH_INTL, add, esc, lis, ps

# ---------------------------------------------------------------------------------------------
# Automotive World: Q&A interview, date-only '27 November 2026', no time anywhere, members label
# ---------------------------------------------------------------------------------------------
T = "Q&A: Corvane Thermal on winning heat pump business in Asia"
P = [
    "Swedish supplier Corvane Thermal has won heat pump contracts with three Asian automakers this year. Chief Executive Lennart Brenner explains how the company competes with local suppliers on cost.",
    "What has changed in the heat pump market over the past two years?",
    "Volumes have grown much faster in Asia than in Europe. Two years ago, roughly a quarter of our quotations were for Asian customers; today it is more than half.",
    "How do you compete with local suppliers on price?",
    "We don't try to be the cheapest on the component level. We sell a complete module, and our argument is the system efficiency, which gives the automaker extra range in cold weather.",
    "Where will you add capacity?",
    "We are adding a second line in Thailand next year, and we are looking at options in India for 2028.",
]
N = [
    "Image: Corvane Thermal",
    "Premium content",
    "Sign up to our free newsletter",
    "Related content",
    "Thermal management: the next cost battleground",
    "© Automotive World Ltd 2026",
]
add("intl_en_automotiveworld", f"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(T)} - Automotive World</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-27">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"{T}","datePublished":"2026-11-27","author":{{"@type":"Person","name":"Helen Marsh"}}}}</script>
</head>
<body class="single-post">
<header class="aw-header"><a class="logo" href="https://www.automotiveworld.com/">Automotive World</a>
 <nav><a href="/news/">News</a> <a href="/articles/">Articles</a> <a href="/research/">Research</a> <a href="/membership/">Membership</a></nav></header>
<main class="aw-main">
 <article class="aw-article">
  <span class="aw-label">Premium content</span>
  <h1 class="aw-title">{esc(T)}</h1>
  <div class="aw-meta"><span class="aw-author">By <a href="/author/helen-marsh/">Helen Marsh</a></span> | <span class="aw-date">27 November 2026</span></div>
  <figure><img src="https://www.automotiveworld.com/wp-content/uploads/2026/11/corvane.jpg" alt=""><figcaption>Image: Corvane Thermal</figcaption></figure>
  <div class="aw-content">
<p>{esc(P[0])}</p>
<p><strong>{esc(P[1])}</strong></p>
<p>{esc(P[2])}</p>
<p><strong>{esc(P[3])}</strong></p>
<p>{esc(P[4])}</p>
<p><strong>{esc(P[5])}</strong></p>
<p>{esc(P[6])}</p>
  </div>
  <div class="aw-newsletter">Sign up to our free newsletter <input type="email"></div>
 </article>
 <aside class="aw-related"><h3>Related content</h3><ul><li><a href="/articles/thermal-management-cost-battleground/">Thermal management: the next cost battleground</a> <span>12 November 2026</span></li></ul></aside>
</main>
<footer>© Automotive World Ltd 2026</footer>
</body>
</html>
""",
    url="https://www.automotiveworld.com/articles/qa-corvane-thermal-heat-pump-asia/",
    kind="intl",
    modelled_on="Automotive World (automotiveworld.com, UK B2B trade site on WordPress) Q&A interview article (Premium content label, 'By Author | D Month YYYY' meta line, bold questions in the content, newsletter box, related content)",
    language="en-GB", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Only a date is stated anywhere: visible '27 November 2026', article:published_time '2026-11-27' and JSON-LD datePublished '2026-11-27' (no time of day): published_at null. Author: Helen Marsh. Q&A body: the intro paragraph, the bold questions and the answers are all body. The Premium label, image credit, newsletter box and related list are not body.",
    classes=["date_only_no_time", "date_only_structured_data", "day_month_year", "qa_body", "bold_questions_in_body", "premium_label", "caption_photo_credit", "newsletter_prompt", "related_dates"],
    title=T, published_date="2026-11-27", published_at=None,
    author="Helen Marsh", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# WardsAuto (Industry Dive template): 'By X & Y', 'Published Nov. 27, 2026 10:15 a.m. CST', dateline
# ---------------------------------------------------------------------------------------------
T = "Tier 1 supplier Harlan Dynamics adds 300 jobs in Illinois"
DECK = "The steering supplier is investing $95 million in its Rockford plant to support new pickup and van programs."
P = [
    "CHICAGO — Harlan Dynamics will add 300 jobs at its Rockford, IL, plant as it expands production of steering gears and electric power steering motors, the supplier said Wednesday.",
    "The $95 million investment includes a new 180,000-sq.-ft. building and two machining lines, with production set to begin in the third quarter of 2027.",
    "Harlan, which supplies three Detroit automakers, says the expansion is tied to new business on full-size pickups and commercial vans.",
    "The company received $6.2 million in state tax credits under an Illinois program for manufacturers that create at least 100 jobs.",
]
N = [
    "Updated Nov. 28, 2026",
    "Article top image credit: Courtesy of Harlan Dynamics",
    "Mike Carrell is a senior editor covering suppliers and manufacturing for WardsAuto.",
    "Sign up for the WardsAuto daily newsletter",
    "Recommended Reading",
    "Steering suppliers brace for steel-by-wire shift",
]
add("intl_en_wardsauto", f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(T)} | WardsAuto</title>
<meta name="description" content="{esc(DECK)}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T}","datePublished":"2026-11-27T16:15:42Z","dateModified":"2026-11-28T14:03:10Z","author":[{{"@type":"Person","name":"Mike Carrell"}},{{"@type":"Person","name":"Janet Osei"}}]}}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="https://www.wardsauto.com/">WardsAuto</a>
 <nav><a href="/topic/suppliers/">Suppliers</a> <a href="/topic/manufacturing/">Manufacturing</a> <a href="/topic/ev/">EVs</a> <a href="/signup/">Newsletter</a></nav></header>
<main class="layout">
 <article class="article">
  <div class="article-topic"><a href="/topic/suppliers/">Suppliers</a></div>
  <h1 class="display-heading-04">{esc(T)}</h1>
  <p class="article-deck">{esc(DECK)}</p>
  <div class="article-byline">
   <span class="byline">By <a href="/editors/mcarrell/">Mike Carrell</a> &amp; <a href="/editors/josei/">Janet Osei</a></span>
   <span class="published-info">Published Nov. 27, 2026 10:15 a.m. CST</span>
   <span class="updated-info">Updated Nov. 28, 2026</span>
  </div>
  <figure class="article-top-image"><img src="https://imgproxy.divecdn.com/harlan-rockford.jpg" alt=""><figcaption><span class="article-image-credit">Article top image credit: Courtesy of Harlan Dynamics</span></figcaption></figure>
  <div class="article-body">
{ps(P)}
<div class="author-bio"><p><em>Mike Carrell is a senior editor covering suppliers and manufacturing for WardsAuto.</em></p></div>
  </div>
  <div class="signup-inline">Sign up for the WardsAuto daily newsletter <input type="email"></div>
 </article>
 <aside class="recommended"><h3>Recommended Reading</h3><ul><li><a href="/news/steering-suppliers-steer-by-wire/811002/">Steering suppliers brace for steel-by-wire shift</a> <span>Nov. 20, 2026</span></li></ul></aside>
</main>
</body>
</html>
""",
    url="https://www.wardsauto.com/news/harlan-dynamics-adds-300-jobs-illinois/812345/",
    kind="intl",
    modelled_on="WardsAuto (wardsauto.com on the Industry Dive template: topic label, display heading, deck, byline 'By X & Y', 'Published Mon. D, YYYY H:MM a.m. CST' + 'Updated …', top image credit, author bio in italics at the end of the body, Recommended Reading)",
    language="en-US", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 'Published Nov. 27, 2026 10:15 a.m. CST'. CST is US Central Standard Time here (US trade site, CHICAGO dateline, Illinois story; JSON-LD 16:15:42Z is the same instant at -06:00), not China Standard Time: 10:15:42-06:00 with the seconds from JSON-LD. 'Updated Nov. 28, 2026' never wins. Two authors joined by '&': 'Mike Carrell, Janet Osei'. The 'CHICAGO —' dateline stays in paragraph 1. The deck is a standfirst (neutral). The italic author bio at the end of the body, image credit, newsletter and recommended list are not body.",
    classes=["printed_zone_cst", "ambiguous_zone_abbreviation", "winter_offset_cst", "ampm_time_dotted", "jsonld_utc_same_instant", "update_line", "two_authors_ampersand", "dateline_in_first_paragraph", "author_bio_inside_body", "caption_photo_credit", "newsletter_prompt", "related_dates", "standfirst_neutral"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:15:42-06:00",
    author="Mike Carrell, Janet Osei", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# Nikkei xTECH (日経クロステック): dotted date only, authors joined by 、 with '＝日経Automotive'
# ---------------------------------------------------------------------------------------------
T = "電動アクスルの内製化進む、部品メーカーは協業で対抗"
P = [
    "電気自動車（EV）の基幹部品である電動アクスルを、自動車メーカーが自社で開発・生産する動きが広がっている。モーター、インバーター、減速機を一体化した電動アクスルは、EVのコストと性能を左右するためだ。",
    "ある国内自動車メーカーは2028年に投入する次世代EVで、電動アクスルを全面的に内製化する方針を固めた。同社の開発担当者は「電費を詰めるには、制御ソフトまで含めて自社で持つ必要がある」と話す。",
    "部品メーカーは3つの戦略",
    "一方、部品メーカー側は協業で対抗する。大手部品メーカーの東和ドライブは、モーター専業メーカーと組み、出力密度を従来比で2割高めた電動アクスルを開発した。部品メーカーの戦略は主に次の3つに分かれる。",
    "モーターメーカーとの共同開発による性能の底上げ",
    "減速機やインバーターなど単品供給への特化",
    "海外の新興EVメーカーへの販路拡大",
    "東和ドライブの担当者は「内製化が進んでも、すべての車種を自社でまかなえるメーカーは少ない」とみる。",
]
N = [
    "図1 電動アクスルの構成例（出所：東和ドライブ）",
    "この記事は有料会員限定です。日経クロステック有料会員になると全文をお読みいただけます。",
    "有料会員に登録する",
    "関連記事",
    "ギガキャストの次はどこへ、車体部品メーカーの選択",
    "日経Automotive",
]
add("intl_ja_xtech", f"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(T)} | 日経クロステック（xTECH）</title>
<meta name="author" content="加藤 健、中田 恵">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T}","datePublished":"2026-11-27T05:00:00+09:00","author":[{{"@type":"Person","name":"加藤 健"}},{{"@type":"Person","name":"中田 恵"}}]}}</script>
</head>
<body>
<header class="l-header"><a class="logo" href="https://xtech.nikkei.com/">日経クロステック</a>
 <nav><a href="/top/it/">IT</a> <a href="/top/mono/">ものづくり</a> <a href="/top/auto/">自動車</a> <a href="/top/ele/">エレキ</a></nav></header>
<main class="l-main">
 <article class="p-article">
  <div class="p-article_header">
   <p class="p-article_series">日経Automotive</p>
   <h1 class="p-article_title">{esc(T)}</h1>
   <div class="p-article_info"><span class="p-article_author">加藤 健、中田 恵＝日経Automotive</span> <time class="p-article_date">2026.11.27</time></div>
  </div>
  <div class="p-article_body">
{ps(P[:2])}
<figure><img src="https://cdn-xtech.nikkei.com/atcl/nxt/column/18/01234/112600045/zu1.jpg" alt=""><figcaption>図1 電動アクスルの構成例（出所：東和ドライブ）</figcaption></figure>
<h2>{esc(P[2])}</h2>
<p>{esc(P[3])}</p>
<ul>
{lis(P[4:7])}
</ul>
<p>{esc(P[7])}</p>
  </div>
  <div class="p-article_paywall"><p>この記事は有料会員限定です。日経クロステック有料会員になると全文をお読みいただけます。</p><a class="btn" href="/subscribe/">有料会員に登録する</a></div>
 </article>
 <aside class="p-related"><h3>関連記事</h3><ul><li><a href="/atcl/nxt/column/18/01234/111900041/">ギガキャストの次はどこへ、車体部品メーカーの選択</a> <span>2026.11.20</span></li></ul></aside>
</main>
</body>
</html>
""",
    url="https://xtech.nikkei.com/atcl/nxt/column/18/01234/112600045/",
    kind="intl",
    modelled_on="Nikkei xTECH (日経クロステック) article page (series label, author line '姓 名、姓 名＝日経Automotive', dotted 'YYYY.MM.DD' date only, figure caption with 出所, h2 section heading and bullet list in the body, paywall box truncating the article, 関連記事)",
    language="ja", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible date only '2026.11.27'; the time of day is only in JSON-LD datePublished 2026-11-27T05:00:00+09:00 (kept as stated). Two authors joined by 、 and followed by '＝日経Automotive' (the magazine they write for, the site's own publication: not a source): '加藤 健, 中田 恵'. The h2 heading and the three list items are body; the paragraph before the list ends with its lead-in. The figure caption, paywall box (article continues for subscribers only; the visible part is the body) and related list are not body.",
    classes=["date_only_visible", "dotted_date", "time_only_in_jsonld", "two_authors_ideographic_comma", "publication_after_equals_sign", "own_publication_not_source", "headings_in_body", "list_in_body", "figure_caption_with_source", "paywall_truncated", "related_dates"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T05:00:00+09:00",
    author="加藤 健, 中田 恵", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 조선비즈 (biz.chosun.com, Arc): '입력 2026.11.27 오후 3:12' 12-hour Korean clock, two 기자 bylines
# ---------------------------------------------------------------------------------------------
T = "車 부품사 3분기 영업이익률 3%대…원가 부담 지속"
P = [
    "국내 자동차 부품사들의 3분기 수익성이 좀처럼 개선되지 않고 있다. 27일 업계에 따르면 주요 상장 부품사 40곳의 3분기 평균 영업이익률은 3.4%로 집계됐다.",
    "완성차 업체의 판매 호조로 매출은 늘었지만, 원자재 가격과 인건비 상승분을 납품 단가에 충분히 반영하지 못한 영향이 컸다는 분석이다.",
    "특히 전기차 부품 비중이 높은 업체들의 부담이 컸다. 전기차 수요 둔화로 설비 가동률이 떨어지면서 고정비 부담이 커졌기 때문이다.",
    "업계 관계자는 “완성차 업체와의 납품 단가 연동제가 일부 품목에만 적용되고 있어 원가 상승을 온전히 반영하기 어렵다”고 말했다.",
]
N = [
    "업데이트 2026.11.27 오후 5:40",
    "경기도 화성의 한 자동차 부품 공장 생산라인. /조선비즈 DB",
    "박성훈 기자 psh@chosunbiz.com",
    "이지은 기자 jelee@chosunbiz.com",
    "Copyright ⓒ 조선비즈 & Chosun.com",
    "많이 본 뉴스",
    "2시간 전",
]
add("intl_ko_chosunbiz", f"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(T)} - 조선비즈</title>
<meta property="article:published_time" content="2026-11-27T15:12:30+09:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T}","datePublished":"2026-11-27T15:12:30+09:00","dateModified":"2026-11-27T17:40:02+09:00","author":[{{"@type":"Person","name":"박성훈"}},{{"@type":"Person","name":"이지은"}}]}}</script>
</head>
<body>
<div id="fusion-app">
 <header class="header"><a class="logo" href="https://biz.chosun.com/">조선비즈</a> <nav><a href="/stock/">증권</a> <a href="/industry/">산업</a> <a href="/industry/car/">자동차</a> <a href="/it-science/">IT</a></nav></header>
 <main class="article-page">
  <section class="article-header">
   <div class="breadcrumb"><a href="/industry/">산업</a> &gt; <a href="/industry/car/">자동차</a></div>
   <h1 class="article-header__headline"><span>{esc(T)}</span></h1>
   <div class="article-byline"><a class="article-byline__author" href="/people/park-sunghun/">박성훈 기자</a> <a class="article-byline__author" href="/people/lee-jieun/">이지은 기자</a></div>
   <div class="article-dateline"><span class="inputDate">입력 2026.11.27 오후 3:12</span> <span class="upDate">업데이트 2026.11.27 오후 5:40</span></div>
  </section>
  <section class="article-body" itemprop="articleBody">
<figure><img src="https://biz.chosun.com/resizer/parts-line.jpg" alt=""><figcaption>경기도 화성의 한 자동차 부품 공장 생산라인. /조선비즈 DB</figcaption></figure>
{ps(P, attrs=' class="article-body__content article-body__content-text"')}
<p class="article-body__content article-body__content-text">박성훈 기자 psh@chosunbiz.com<br>이지은 기자 jelee@chosunbiz.com</p>
  </section>
  <div class="article-copyright">Copyright ⓒ 조선비즈 &amp; Chosun.com</div>
  <aside class="most-viewed"><h3>많이 본 뉴스</h3><ol><li><a href="/industry/car/2026/11/27/XYZ/">전기차 배터리 셀 가격 또 하락</a> <span>2시간 전</span></li></ol></aside>
 </main>
</div>
</body>
</html>
""",
    url="https://biz.chosun.com/industry/car/2026/11/27/AB3CD4EF5GH6IJ7KL8MN9OP0QR/",
    kind="intl",
    modelled_on="조선비즈 (biz.chosun.com, Arc Publishing) article page (headline span in h1, two '이름 기자' byline links, dateline '입력 YYYY.MM.DD 오후 H:MM' + '업데이트 …', caption with '/조선비즈 DB', body paragraphs ending in a same-class reporter e-mail paragraph, copyright, 많이 본 뉴스 with relative times)",
    language="ko", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '입력 2026.11.27 오후 3:12' (오후 = p.m.: 15:12). No zone printed; article:published_time and JSON-LD datePublished 2026-11-27T15:12:30+09:00 agree and give offset and seconds. '업데이트 … 오후 5:40' never wins. Two authors '박성훈 기자', '이지은 기자' (기자 dropped): '박성훈, 이지은'. The reporter e-mail paragraph (same class as the body), caption, copyright and the sidebar's relative '2시간 전' are not body. URL date agrees.",
    classes=["ampm_korean", "dotted_date", "update_line", "jsonld_offset_seconds", "two_authors_reporter_suffix", "reporter_email_line_same_class", "caption_photo_credit", "copyright_notice", "relative_sidebar_times", "url_date"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T15:12:30+09:00",
    author="박성훈, 이지은", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# Focus Taiwan (CNA English): 'MM/DD/YYYY HH:MM PM', byline '(By X and Y)' + 'Enditem/ASG' at the end
# ---------------------------------------------------------------------------------------------
T = "Taiwan auto parts exports hit record in October on aftermarket demand"
P = [
    "Taipei, Nov. 27 (CNA) Taiwan's exports of auto parts and accessories reached a record US$1.12 billion in October, up 9.6 percent from a year earlier, driven by steady demand in the North American aftermarket, according to customs data released Friday.",
    "Shipments of bumpers, lamps and body panels, mostly sold as replacement parts in the United States, accounted for about 41 percent of the total, the data showed.",
    "Exports to Mexico grew 23 percent year-on-year, the fastest among major markets, as several Taiwanese suppliers expanded assembly operations there to serve U.S. customers.",
    "Chen Yu-ting, an analyst at the Formosa Vehicle Research Institute, said demand for collision-repair parts tends to rise in winter, and she expected shipments to remain firm through the first quarter of 2027.",
]
N = [
    "(By Lin Pei-yu and Frances Huang)",
    "Enditem/ASG",
    "CNA file photo",
    "Related News",
    "Taiwan machine tool orders rise for third month",
    "Download the Focus Taiwan app",
]
add("intl_en_focustaiwan", f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(T)} - Focus Taiwan</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T}","datePublished":"2026-11-27T16:15:00+08:00","dateModified":"2026-11-27T16:15:00+08:00","publisher":{{"@type":"Organization","name":"Focus Taiwan"}}}}</script>
</head>
<body>
<header class="ft-header"><a class="logo" href="https://focustaiwan.tw/">Focus Taiwan CNA English News</a>
 <nav><a href="/politics">Politics</a> <a href="/cross-strait">Cross-Strait</a> <a href="/business">Business</a> <a href="/society">Society</a></nav></header>
<main class="ft-main">
 <div class="centralContent">
  <div class="breadcrumb"><a href="/business">Business</a></div>
  <h1>{esc(T)}</h1>
  <div class="updatetime"><span>11/27/2026 04:15 PM</span></div>
  <div class="paragraph">
<div class="wrap"><img src="https://imgcdn.cna.com.tw/Eng/WebEngPhotos/800/20261127/parts.jpg" alt=""><div class="picinfo">CNA file photo</div></div>
{ps(P)}
<p>(By Lin Pei-yu and Frances Huang)</p>
<p>Enditem/ASG</p>
  </div>
  <div class="app-banner">Download the Focus Taiwan app</div>
  <div class="related"><h2>Related News</h2><ul><li><a href="/business/202611200031">Taiwan machine tool orders rise for third month</a> <span>11/20/2026 07:40 PM</span></li></ul></div>
 </div>
</main>
<footer>© 2026 Central News Agency</footer>
</body>
</html>
""",
    url="https://focustaiwan.tw/business/202611270012",
    kind="intl",
    modelled_on="Focus Taiwan (focustaiwan.tw, CNA English News) article page (h1, updatetime 'MM/DD/YYYY HH:MM PM' with no zone, 'City, Mon. D (CNA)' dateline, byline '(By X and Y)' and 'Enditem/XX' editor initials as the last paragraphs, Related News with times)",
    language="en", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '11/27/2026 04:15 PM' (month-first, 12-hour, no zone); JSON-LD datePublished 2026-11-27T16:15:00+08:00 agrees and gives the offset: 16:15:00+08:00. URL id 202611270012 agrees. Authors from the closing byline paragraph '(By Lin Pei-yu and Frances Huang)': 'Lin Pei-yu, Frances Huang'. 'Enditem/ASG' carries an editor's initials only (no name): editor null. CNA is the site's own agency (Focus Taiwan is CNA's English service): not a source. The '(CNA)' dateline stays in paragraph 1. Byline and Enditem paragraphs, photo line, app banner and related list are not body.",
    classes=["month_first_numeric_date", "ampm_time", "jsonld_offset", "url_date_id", "byline_at_end_in_parentheses", "two_authors_and", "editor_initials_not_editor", "dateline_in_first_paragraph", "own_agency_not_source", "caption_photo_credit", "app_prompt", "related_dates"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T16:15:00+08:00",
    author="Lin Pei-yu, Frances Huang", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# Gulf News: 'Published: … 10:15' + 'Last updated: … 14:30' with the zone 'GST' in its own span
# ---------------------------------------------------------------------------------------------
T = "UAE auto parts re-exports to Africa rise 14% in nine months"
P = [
    "Dubai: Re-exports of auto parts from the UAE to African markets rose 14 per cent in the first nine months of the year, as traders in Dubai's Al Aweer and Deira districts expanded credit lines to buyers in East and West Africa.",
    "Dealers say demand is strongest for filters, brake pads and suspension parts for Japanese and Korean vehicles, which dominate used-car fleets in Kenya, Tanzania and Nigeria.",
    "“Our African customers are ordering smaller quantities more often,” said Rashid Al Falasi, managing director of a parts trading company in Deira. “That means more shipments, but also more paperwork.”",
    "Traders also pointed to longer shipping times on some Red Sea routes, which have pushed more buyers to use air freight for urgent orders.",
]
N = [
    "Last updated: November 27, 2026 14:30",
    "Senior Reporter",
    "Image Credit: Gulf News Archives",
    "Stay up to date with the latest news. Follow Gulf News on WhatsApp Channels.",
    "Copy Link",
    "More from Markets",
    "Dubai car service centres report busy winter season",
]
add("intl_en_gulfnews", f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(T)} | Business – Gulf News</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T}","datePublished":"2026-11-27T06:15:20Z","dateModified":"2026-11-27T10:30:05Z","author":{{"@type":"Person","name":"Ananya Menon"}}}}</script>
</head>
<body>
<header class="gn-header"><a class="logo" href="https://gulfnews.com/">Gulf News</a> <nav><a href="/uae">UAE</a> <a href="/business">Business</a> <a href="/business/markets">Markets</a> <a href="/world">World</a></nav></header>
<main class="story">
 <div class="story-section"><a href="/business/markets">Markets</a></div>
 <h1 class="story-title">{esc(T)}</h1>
 <div class="story-meta">
  <div class="author-block"><a class="author-name" href="/author/ananya-menon">Ananya Menon</a>, <span class="designation">Senior Reporter</span></div>
  <div class="time-block"><span class="published">Published: November 27, 2026 10:15</span> <span class="updated">Last updated: November 27, 2026 14:30</span> <span class="tz">GST</span></div>
  <div class="share"><a>Copy Link</a></div>
 </div>
 <figure><img src="https://static.gulfnews.com/autoparts-deira.jpg" alt=""><figcaption>Parts shops in Deira. <span class="credit">Image Credit: Gulf News Archives</span></figcaption></figure>
 <div class="story-element-text">
{ps(P[:2])}
<p class="wa-promo"><a href="https://whatsapp.com/channel/gulfnews">Stay up to date with the latest news. Follow Gulf News on WhatsApp Channels.</a></p>
{ps(P[2:])}
 </div>
 <aside class="more"><h3>More from Markets</h3><ul><li><a href="/business/markets/dubai-car-service-centres-winter-1.500120001">Dubai car service centres report busy winter season</a></li></ul></aside>
</main>
</body>
</html>
""",
    url="https://gulfnews.com/business/markets/uae-auto-parts-re-exports-to-africa-rise-14-in-nine-months-1.500123456",
    kind="intl",
    modelled_on="Gulf News (gulfnews.com) story page (author link + ', designation', time block 'Published: Month D, YYYY HH:MM' + 'Last updated: …' followed by the zone 'GST' in its own span, 'Dubai:' dateline, WhatsApp Channels promo inside the story text, More from section)",
    language="en-AE", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 'Published: November 27, 2026 10:15' with the zone 'GST' in a separate span after 'Last updated'. GST is Gulf Standard Time (+04:00) here (Dubai site and dateline; JSON-LD datePublished 06:15:20Z is the same instant), not South Georgia time: 10:15:20+04:00, seconds from JSON-LD. 'Last updated' never wins. Author: Ananya Menon ('Senior Reporter' is a designation). The 'Dubai:' dateline stays in paragraph 1. The WhatsApp promo inside the story text, image credit, share link and More-from list are not body.",
    classes=["printed_zone_gst", "ambiguous_zone_abbreviation", "zone_in_separate_span", "update_line", "jsonld_utc_same_instant", "author_designation", "dateline_in_first_paragraph", "follow_prompt_inside_body", "caption_photo_credit", "share_bar", "related_list"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:15:20+04:00",
    author="Ananya Menon", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# Daily Sabah: agency byline 'Anadolu Agency' (CSS upper-case) + ISTANBUL, 'Nov 27, 2026 11:40 am'
# ---------------------------------------------------------------------------------------------
T = "Turkish auto parts makers eye record exports despite weak EU demand"
P = [
    "Türkiye's automotive suppliers expect exports to reach a record $15.8 billion this year, even as demand from European carmakers, their biggest customers, remains subdued, an industry body said Friday.",
    "Parts exports rose 6.2% in the January-October period to $13.1 billion, according to figures from the Marmara Parts Exporters' Union, with Germany, France and Italy remaining the top three markets.",
    "“Our members have found new customers in North Africa and the Middle East, which compensated for the slowdown in Europe,” the union's chair, Levent Aksoy, said in a statement.",
    "He added that suppliers were investing in electric vehicle components but warned that high financing costs were delaying some projects.",
]
N = [
    "- Last Update: Nov 27, 2026 1:05 pm",
    "Workers assemble components at an auto parts factory in Bursa, Türkiye. (AA Photo)",
    "KEYWORDS automotive exports european union",
    "Daily Sabah Newsletter",
    "Keep up to date with what's happening in Türkiye, its region and the world.",
    "SUGGESTED ARTICLES",
    "Turkish automotive production rises 4% in October",
]
add("intl_en_dailysabah", f"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(T)} | Daily Sabah</title>
<style>.author-name{{text-transform:uppercase}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{T}","datePublished":"2026-11-27T11:40:27+03:00","dateModified":"2026-11-27T13:05:48+03:00","author":{{"@type":"Organization","name":"Anadolu Agency"}}}}</script>
</head>
<body>
<header class="ds-header"><a class="logo" href="https://www.dailysabah.com/">Daily Sabah</a> <nav><a href="/turkiye">Türkiye</a> <a href="/business">Business</a> <a href="/business/automotive">Automotive</a> <a href="/world">World</a></nav></header>
<main class="main-content">
 <div class="details_top">
  <h1 class="main_page_title">{esc(T)}</h1>
  <div class="author_details"><span class="author-name">Anadolu Agency</span> <span class="location">ISTANBUL</span></div>
  <div class="date_details"><span class="date_text">Nov 27, 2026 11:40 am</span> <span class="update_text">- Last Update: Nov 27, 2026 1:05 pm</span></div>
 </div>
 <figure class="main_img"><img src="https://idsb.tmgrup.com.tr/autoparts-bursa.jpg" alt=""><figcaption>Workers assemble components at an auto parts factory in Bursa, Türkiye. (AA Photo)</figcaption></figure>
 <div class="article_body">
{ps(P)}
 </div>
 <div class="keywords"><span>KEYWORDS</span> <a>automotive</a> <a>exports</a> <a>european union</a></div>
 <div class="newsletter_box"><h4>Daily Sabah Newsletter</h4><p>Keep up to date with what's happening in Türkiye, its region and the world.</p><input type="email"></div>
 <div class="suggested"><h3>SUGGESTED ARTICLES</h3><ul><li><a href="/business/automotive/turkish-automotive-production-rises-4-in-october">Turkish automotive production rises 4% in October</a></li></ul></div>
</main>
</body>
</html>
""",
    url="https://www.dailysabah.com/business/automotive/turkish-auto-parts-makers-eye-record-exports-despite-weak-eu-demand",
    kind="intl",
    modelled_on="Daily Sabah (dailysabah.com) article page (details_top with the author slot holding an agency name in CSS upper-case + location, date_text 'Mon DD, YYYY H:MM am' + '- Last Update:', caption with (AA Photo), KEYWORDS row, newsletter box, SUGGESTED ARTICLES)",
    language="en-TR", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 'Nov 27, 2026 11:40 am' (12-hour, no zone); JSON-LD datePublished 2026-11-27T11:40:27+03:00 agrees and gives offset and seconds. '- Last Update: … 1:05 pm' never wins. The author slot names the agency only ('Anadolu Agency', shown upper-case by CSS; JSON-LD author is an Organization): source 'Anadolu Agency', author null. 'ISTANBUL' is a location, not a person. Caption, keywords, newsletter box and suggested articles are not body.",
    classes=["agency_byline_source", "css_uppercase_byline", "no_author", "ampm_time", "naive_visible_time", "jsonld_offset_seconds", "update_line", "caption_photo_credit", "tags_line", "newsletter_prompt", "related_list"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T11:40:27+03:00",
    author=None, editor=None, source="Anadolu Agency", paragraphs=P, body_noise=N)
