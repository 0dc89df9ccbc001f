"""Non-Chinese pages, part A (7 pages). Markup and truth side by side; all content invented."""
from _common import FETCH_INTL, add, esc, ps, lis, table, rows_tsv, jsonld

# ---------------------------------------------------------------------------------------------
# I1. Autocar India (autocarindia.com) industry news page
# ---------------------------------------------------------------------------------------------
T = "Pune supplier Vyomtek to double EV motor capacity by 2028"
DECK = "The Chakan plant will add two lines for hairpin stators; the company says local sourcing of magnets remains the bottleneck."
PA = [
    "Vyomtek Drives, a Pune-based maker of traction motors and controllers, will double its annual capacity to 4,00,000 units by 2028, the company said at an investor meet on Thursday.",
    "The expansion at its Chakan plant will add two assembly lines for hairpin stators and a dedicated end-of-line testing bay. Managing director Suresh Kulkarni said the investment of Rs 620 crore would be funded through internal accruals and a term loan.",
    "The company listed three priorities for the next phase:",
]
LI = [
    "Localising rotor shafts and housings, which are currently imported from two overseas suppliers",
    "Qualifying a second domestic source for rare-earth magnets",
    "Setting up a software team in Bengaluru for motor-control calibration",
]
PB = [
    "Kulkarni said magnet supply remained the biggest constraint. “We can build the lines in 18 months, but a reliable magnet source takes longer to qualify,” he said.",
    "Vyomtek currently supplies motors to three electric two-wheeler makers and one commercial vehicle manufacturer. Exports account for about 12 percent of its revenue.",
]
ALSO = "Also read: Two-wheeler EV makers push suppliers for lower motor costs"
CAP = "Vyomtek's Chakan plant currently runs a single hairpin stator line."
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T15:30:00+05:30", "dateModified": "2026-11-28T10:05:00+05:30",
      "author": [{"@type": "Person", "name": "Vikram Sethi"}],
      "publisher": {"@type": "Organization", "name": "Autocar India"}}
add("intl_en_in_autocarindia", f"""
<!DOCTYPE html>
<html lang="en-IN">
<head>
<meta charset="utf-8">
<title>{T} | Autocar India</title>
<meta name="description" content="{DECK}">
{jsonld(LD)}
<link rel="stylesheet" href="https://www.autocarindia.com/assets/css/news-detail.min.css">
</head>
<body>
<header class="site-header"><a class="logo" href="https://www.autocarindia.com/">Autocar India</a>
 <nav><a href="/car-news">Car News</a><a href="/bike-news">Bike News</a><a href="/industry">Industry</a><a href="/car-reviews">Reviews</a><a href="/subscribe">Subscribe</a></nav></header>
<main class="news-detail">
 <div class="breadcrumb"><a href="/">Home</a> / <a href="/industry">Industry</a></div>
 <h1 class="news-title">{T}</h1>
 <h2 class="news-synopsis">{esc(DECK)}</h2>
 <div class="author-info">
  <span class="by">Text by <a href="/author/vikram-sethi">Vikram Sethi</a></span><span class="photo-by">, Photos by Nandini Rao</span>
 </div>
 <div class="date">Published On Nov 27, 2026 03:30:00 PM</div>
 <div class="share-icons"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a></div>
 <figure><img src="https://img.autocarindia.com/News/vyomtek-chakan.jpg" alt=""><figcaption>{esc(CAP)} <span class="credit">Photo: Nandini Rao</span></figcaption></figure>
 <div class="news-content">
{ps(PA)}
<ul>
{lis(LI)}
</ul>
<p><strong>{ALSO}</strong></p>
{ps(PB)}
 </div>
 <div class="newsletter-box"><h3>Sign up for the Autocar India newsletter</h3><input type="email" placeholder="Email"><button>Subscribe</button></div>
 <div class="related"><h3>Related Stories</h3><ul><li><a href="/industry/motor-magnet-imports-rise">Motor magnet imports rise 30 percent</a><span>Nov 24, 2026</span></li></ul></div>
</main>
<footer>Copyright © 2026 Haymarket SAC Publishing (India) Pvt Ltd.</footer>
</body>
</html>
""",
    url="https://www.autocarindia.com/industry/vyomtek-ev-motor-capacity-expansion-433187",
    kind="intl",
    modelled_on="Autocar India (autocarindia.com) industry news page (title + synopsis deck, author-info 'Text by X, Photos by Y', 'Published On Mon DD, YYYY HH:MM:SS AM/PM' with no zone, figure credit, bullet list in the body, bold 'Also read:' paragraph inside the content, newsletter box)",
    language="en-IN",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="Visible 'Published On Nov 27, 2026 03:30:00 PM' carries no zone; the NewsArticle JSON-LD states 2026-11-27T15:30:00+05:30 for the same clock reading, so the Indian offset is kept: 2026-11-27T15:30:00+05:30 (dateModified is an update). Author: 'Text by Vikram Sethi'; 'Photos by Nandini Rao' credits the photographer, not an author. The synopsis deck is neutral. The bullet list and its introducing sentence are body (one paragraph per item); the 'Also read:' paragraph, caption + photo credit and newsletter box are not. No editor, no source.",
    classes=["text_and_photos_byline", "photographer_not_author", "ampm_time_seconds", "naive_visible_time",
             "jsonld_offset_agrees", "indian_number_grouping", "list_in_body", "read_also_inside_body",
             "caption_photo_credit", "newsletter_prompt", "share_bar", "standfirst_neutral", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T15:30:00+05:30",
    author="Vikram Sethi",
    editor=None,
    source=None,
    paragraphs=PA + LI + PB,
    body_noise=[ALSO, CAP, "Photo: Nandini Rao", "Photos by Nandini Rao", "Sign up for the Autocar India newsletter",
                "Motor magnet imports rise 30 percent", "Copy link"],
)

# ---------------------------------------------------------------------------------------------
# I2. 日刊自動車新聞 電子版 (Nikkan Jidosha Shimbun) member article, <time> in UTC (previous day)
# ---------------------------------------------------------------------------------------------
T = "樹脂部品の桜庭化成、北米に第2工場　EV向け電池ケース生産"
P = [
    "樹脂部品メーカーの桜庭化成（愛知県刈谷市、桜庭誠社長）は、米国テネシー州に北米第2工場を建設する。電気自動車（EV）向けの樹脂製電池ケースを生産し、2028年春の稼働を目指す。投資額は約120億円。",
    "新工場の敷地面積は約8万平方メートル。大型射出成形機を6台導入し、年間で最大20万台分の電池ケースを生産できる体制を整える。",
    "桜庭社長は「北米の完成車メーカーから現地調達の要請が強まっている。金属製からの置き換え需要を確実に取り込みたい」と話した。",
]
CAP = "桜庭化成が生産する樹脂製電池ケースの試作品"
PAY = "この記事は会員限定記事です。続きを読むには電子版への登録が必要です。"
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-28T05:00:00+09:00", "isAccessibleForFree": False,
      "publisher": {"@type": "Organization", "name": "日刊自動車新聞"}}
add("intl_ja_nikkanjidosha", f"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{T} | 日刊自動車新聞 電子版</title>
<meta name="description" content="樹脂部品メーカーの桜庭化成は、米国テネシー州に北米第2工場を建設する。">
{jsonld(LD)}
<link rel="stylesheet" href="/static/css/article.css">
</head>
<body>
<header class="l-header"><a class="logo" href="/">日刊自動車新聞 電子版</a>
 <nav class="gnav"><a href="/category/maker">メーカー</a><a href="/category/parts">部品</a><a href="/category/dealer">販売</a><a href="/category/aftermarket">アフター</a><a href="/category/policy">行政</a></nav>
 <div class="login"><a href="/login">ログイン</a><a href="/register">会員登録</a></div></header>
<main class="l-main">
 <article class="article">
  <div class="article-category"><a href="/category/parts">部品</a></div>
  <h1 class="article-title">{T}</h1>
  <div class="article-date"><time datetime="2026-11-27T20:00:00Z">2026年11月28日 05:00</time></div>
  <figure class="article-figure"><img src="/img/articles/31874/main.jpg" alt=""><figcaption>{CAP}</figcaption></figure>
  <div class="article-body">
{ps(P)}
  </div>
  <div class="paywall"><p>{PAY}</p><a class="btn" href="/register">会員登録</a> <a class="btn" href="/login">ログイン</a></div>
 </article>
 <section class="related"><h2>関連記事</h2><ul>
  <li><a href="/articles/-/318655">電池ケースの樹脂化、北米で採用拡大</a><time>2026/11/26</time></li>
  <li><a href="/articles/-/318510">部品各社の北米投資、円安で慎重姿勢も</a><time>2026/11/24</time></li>
 </ul></section>
</main>
<footer>© 日刊自動車新聞社 All rights reserved.</footer>
</body>
</html>
""",
    url="https://www.netdenjd.com/articles/-/318742",
    kind="intl",
    modelled_on="日刊自動車新聞 電子版 (Nikkan Jidosha Shimbun digital, netdenjd.com) member article (category label above the h1, '2026年11月28日 05:00' inside a <time> whose datetime is UTC, figure caption, unsigned trade-paper text cut by a member paywall, 関連記事 with dates)",
    language="ja",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="The page prints 2026年11月28日 05:00 (Japan time, the paper's morning edition); the <time datetime> writes the same instant in UTC, 2026-11-27T20:00:00Z, which falls on the previous day there; JSON-LD states 2026-11-28T05:00:00+09:00. The day is the printed Japanese day: 2026-11-28, published_at 05:00+09:00. The article is unsigned (trade-paper house style): author null; no source or editor. The text stops at the member paywall; only the visible paragraphs are body. The category label is not part of the title.",
    classes=["utc_time_element_previous_day", "jsonld_offset_agrees", "kanji_date_format", "category_label",
             "paywall_truncated", "image_caption", "related_dates", "no_author", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-28",
    published_at="2026-11-28T05:00:00+09:00",
    author=None,
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=[CAP, PAY, "会員登録", "電池ケースの樹脂化、北米で採用拡大", "部品各社の北米投資、円安で慎重姿勢も"],
)

# ---------------------------------------------------------------------------------------------
# I3. Korean auto daily on a gnuboard (그누보드) board template
# ---------------------------------------------------------------------------------------------
T = "한결모빌리티, 800V 전기차용 통합 열관리 모듈 양산 돌입"
P = [
    "자동차 부품업체 한결모빌리티가 800V 전기차 플랫폼용 통합 열관리 모듈의 양산을 시작했다고 27일 밝혔다.",
    "이번에 양산에 들어간 모듈은 냉매 밸브와 전동 워터펌프, 칠러 등 10여 개 부품을 하나로 묶은 제품으로, 기존 분산형 구조 대비 부피를 약 30% 줄였다. 배관 연결부가 줄어 조립 공수도 절반 가까이 감소했다는 것이 회사 측 설명이다.",
    "한결모빌리티는 충남 아산 공장에 연산 25만 대 규모의 생산라인을 구축했으며, 국내 완성차 업체 두 곳의 신형 전기차에 공급할 예정이다.",
    "박정우 한결모빌리티 대표는 \"열관리 모듈은 전기차 주행거리와 충전 속도에 직접 영향을 주는 핵심 부품\"이라며 \"해외 완성차 업체로 공급처를 넓혀 나가겠다\"고 말했다.",
]
CAP = "▲한결모빌리티 통합 열관리 모듈 (사진=한결모빌리티)"
REL = "[관련기사] 전기차 열관리 부품 시장, 2030년 10조원 규모로 성장 전망"
EMAIL = "김도현 기자 dohyun@global-autonews.com"
COPY = "<저작권자 © 글로벌오토뉴스 무단전재 및 재배포 금지>"
add("intl_ko_globalautonews", f"""
<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{T} > 뉴스 | 글로벌오토뉴스</title>
<meta property="og:title" content="{T}">
<meta property="article:published_time" content="2026-11-27T16:40:21+09:00">
<meta property="article:modified_time" content="2026-11-27T18:02:55+09:00">
<link rel="stylesheet" href="/theme/auto/css/default.css?ver=2026">
</head>
<body>
<div id="hd"><h1 id="hd_h1">글로벌오토뉴스</h1><ul id="gnb"><li><a href="/bbs/board.php?bo_table=bd_013">뉴스</a></li><li><a href="/bbs/board.php?bo_table=bd_020">시승기</a></li><li><a href="/bbs/board.php?bo_table=bd_030">칼럼</a></li></ul></div>
<div id="wrapper"><div id="container">
<article id="bo_v">
 <header><h2 id="bo_v_title"><span class="bo_v_tit">{T}</span></h2></header>
 <section id="bo_v_info">
  <h2>페이지 정보</h2>
  <strong class="if_name">작성자 김도현 기자</strong>
  <strong class="if_date">작성일 26-11-27 16:40</strong>
  <strong class="if_mod">최종수정 26-11-27 18:02</strong>
  <strong>조회 1,208회</strong>
  <strong>댓글 0건</strong>
 </section>
 <section id="bo_v_atc">
  <h2 id="bo_v_atc_title">본문</h2>
  <div id="bo_v_con">
<p style="text-align:center"><img src="/data/editor/2611/hangyeol_tms.jpg" alt=""></p>
<p style="text-align:center">{CAP}</p>
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<p><a href="/bbs/board.php?bo_table=bd_013&amp;wr_id=18301"><b>{esc(REL)}</b></a></p>
<p>{esc(P[2])}</p>
<p>{esc(P[3])}</p>
<p>{EMAIL}</p>
<p>{esc(COPY)}</p>
  </div>
 </section>
 <div id="bo_v_share"><a class="btn_share">공유</a> <a class="btn_scrap">스크랩</a></div>
</article>
<div class="latest"><h2>많이 본 기사</h2><ul><li><a href="/bbs/board.php?bo_table=bd_013&amp;wr_id=18330">국내 부품사 3분기 영업이익 개선</a><span>11-26</span></li></ul></div>
</div></div>
<div id="ft">Copyright © 글로벌오토뉴스. All rights reserved.</div>
</body>
</html>
""",
    url="https://www.global-autonews.com/bbs/board.php?bo_table=bd_013&wr_id=18342",
    kind="intl",
    modelled_on="글로벌오토뉴스 (Korean auto daily) article on a gnuboard (그누보드) board template (bo_v_title, bo_v_info with '작성자 X 기자' / '작성일 YY-MM-DD HH:MM' two-digit-year date / 최종수정 / 조회 / 댓글, ▲ caption, bold [관련기사] link inside the content, reporter e-mail line and <저작권자 ©> line as the last paragraphs)",
    language="ko",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="작성일 '26-11-27 16:40' is a two-digit-year date (year first: 2026-11-27); article:published_time 2026-11-27T16:40:21+09:00 agrees and supplies seconds. 최종수정 (18:02) is the last edit and never wins. Author 김도현 (기자 role dropped). The ▲ caption, the [관련기사] link paragraph, the reporter e-mail line and the copyright line sit in bo_v_con but are not body. '27일' in the body is the announcement day. No editor; the site's own name is not a source.",
    classes=["two_digit_year_date", "meta_seconds_agree", "update_line", "reporter_suffix", "caption_triangle",
             "related_link_inside_body", "reporter_email_line", "copyright_notice_in_body", "read_count",
             "comment_count", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T16:40:21+09:00",
    author="김도현",
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=[CAP, REL, EMAIL, COPY, "조회 1,208회", "최종수정 26-11-27 18:02", "국내 부품사 3분기 영업이익 개선"],
)

# ---------------------------------------------------------------------------------------------
# I4. Automotive Business (Brazil) news post: newsroom byline, 'às 10h30', update line
# ---------------------------------------------------------------------------------------------
T = "Produção de autopeças cresce 6,4% até outubro, aponta associação"
ROWS = [["Segmento", "Jan-out/2026", "Variação"],
        ["Motores e componentes", "R$ 48,7 bi", "+4,2%"],
        ["Sistemas de freio", "R$ 21,9 bi", "+9,8%"],
        ["Suspensão e direção", "R$ 19,4 bi", "+7,5%"],
        ["Elétricos e eletrônicos", "R$ 26,1 bi", "+11,3%"]]
PA = [
    "A produção de autopeças no Brasil cresceu 6,4% entre janeiro e outubro de 2026 na comparação com o mesmo período do ano passado, segundo levantamento divulgado nesta quinta-feira, 26, pela Associação Nacional dos Fabricantes de Componentes (Anfacom).",
    "O faturamento do setor somou R$ 182,3 bilhões no período. As exportações avançaram 3,1%, puxadas por componentes de suspensão e sistemas de freio enviados à Argentina e ao México.",
    "Veja o desempenho por segmento:",
]
PB = ["Para o presidente da entidade, Rogério Tavares, o resultado reflete a recuperação das vendas de caminhões e a nacionalização de peças para veículos híbridos. “Ainda há capacidade ociosa próxima de 30%, o que mostra espaço para novos investimentos”, afirmou."]
LEIA = "Leia também: Montadoras ampliam compras locais de módulos eletrônicos"
NEWS = "Receba as principais notícias do setor automotivo no seu e-mail. Assine a newsletter AB."
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T10:30:00-03:00", "dateModified": "2026-11-27T14:05:00-03:00",
      "author": {"@type": "Organization", "name": "Redação AB"}}
add("intl_ptbr_automotivebusiness", f"""
<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="UTF-8">
<title>{T} - Automotive Business</title>
{jsonld(LD)}
<link rel="stylesheet" href="https://automotivebusiness.com.br/wp-content/themes/ab/css/single.css">
</head>
<body class="single single-post">
<header class="ab-header"><a class="logo" href="https://automotivebusiness.com.br/">Automotive Business</a>
 <nav><a href="/pt/noticias">Notícias</a><a href="/pt/autopecas">Autopeças</a><a href="/pt/eventos">Eventos</a><a href="/pt/podcast">Podcast</a></nav></header>
<main class="post">
 <span class="post-category">Autopeças</span>
 <h1 class="post-title">{T}</h1>
 <div class="post-meta">
  <span class="post-author">Por Redação AB</span>
  <span class="post-date">27/11/2026 às 10h30</span>
  <span class="post-updated">Atualizado em 27/11/2026 às 14h05</span>
 </div>
 <div class="post-share">Compartilhe: <a>LinkedIn</a> <a>WhatsApp</a> <a>X</a></div>
 <div class="post-content">
{ps(PA)}
{table(ROWS, attrs=' class="ab-table"')}
<p><strong>{LEIA}</strong></p>
{ps(PB)}
 </div>
 <div class="newsletter-cta">{NEWS}</div>
 <section class="related"><h3>Notícias relacionadas</h3><ul><li><a href="/pt/posts/noticias/fornecedores-revisam-projecoes-2027/">Fornecedores revisam projeções para 2027</a><span>25/11/2026</span></li></ul></section>
</main>
<footer>© 2026 Automotive Business. Todos os direitos reservados.</footer>
</body>
</html>
""",
    url="https://automotivebusiness.com.br/pt/posts/noticias/producao-de-autopecas-cresce-64-ate-outubro/",
    kind="intl",
    modelled_on="Automotive Business (automotivebusiness.com.br, Brazilian B2B trade site on WordPress) news post (category label, 'Por Redação AB' newsroom byline, 'DD/MM/YYYY às HHhMM' + 'Atualizado em …' meta row, Compartilhe bar, data table and bold 'Leia também:' inside post-content, newsletter CTA)",
    language="pt-BR",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="Visible '27/11/2026 às 10h30' (day first; Brazil, no zone printed); JSON-LD datePublished 2026-11-27T10:30:00-03:00 agrees and gives the offset (Brasília, no DST). 'Atualizado em … 14h05' is an update. 'Por Redação AB' is the newsroom, not a person: author null (JSON-LD also marks it an Organization). The association quoted is the origin of the data, not the credited source: source null. The table (header row included) and its introducing sentence are body; the 'Leia também:' paragraph, share bar and newsletter CTA are not. 'quinta-feira, 26' in the body is the release day.",
    classes=["newsroom_byline_no_author", "h_separator_time", "day_first_slash_date", "update_line",
             "jsonld_offset_agrees", "table_in_body", "read_also_inside_body", "newsletter_prompt", "share_bar",
             "body_event_date", "related_dates", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T10:30:00-03:00",
    author=None,
    editor=None,
    source=None,
    paragraphs=PA + rows_tsv(ROWS) + PB,
    body_noise=["Por Redação AB", "Atualizado em 27/11/2026 às 14h05", LEIA, NEWS, "Compartilhe:",
                "Fornecedores revisam projeções para 2027"],
)

# ---------------------------------------------------------------------------------------------
# I5. Rzeczpospolita (rp.pl) article: 'Aktualizacja' printed before 'Publikacja', paywall
# ---------------------------------------------------------------------------------------------
T = "Polscy dostawcy części tracą zamówienia z Niemiec. Ratunkiem mają być hybrydy"
LEAD = "Spadek produkcji w niemieckich fabrykach odbija się na poddostawcach znad Wisły. Część z nich szuka klientów w segmencie aut hybrydowych."
P = [
    "Według danych Stowarzyszenia Dostawców Motoryzacyjnych Polski (SDMP) wartość eksportu części do Niemiec spadła w ciągu dziewięciu miesięcy o 7,8 proc. r/r. To pierwszy tak wyraźny spadek od 2020 r.",
    "Najbardziej odczuwają to producenci komponentów do silników spalinowych. – Zamówienia na niektóre wtryski i kolektory spadły o jedną trzecią – mówi prezes jednej z firm z Podkarpacia.",
    "Jednocześnie rośnie popyt na elementy do napędów hybrydowych, w tym obudowy przekładni i układy chłodzenia baterii.",
]
CZYTAJ = "Czytaj więcej: Fabryka baterii pod Wrocławiem wstrzymuje rozbudowę"
PAY = "Ten artykuł przeczytasz z aktywną subskrypcją rp.pl"
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-26T19:45:32+01:00", "dateModified": "2026-11-27T06:10:04+01:00",
      "isAccessibleForFree": "False",
      "author": [{"@type": "Person", "name": "Filip Nowak"}, {"@type": "Person", "name": "Anna Wrona"}]}
add("intl_pl_rzeczpospolita", f"""
<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>{T} - rp.pl</title>
<meta name="description" content="{LEAD}">
{jsonld(LD)}
<link rel="stylesheet" href="https://www.rp.pl/static/css/article.css">
</head>
<body>
<header class="header"><a class="logo" href="https://www.rp.pl/">Rzeczpospolita</a>
 <nav><a href="/ekonomia">Ekonomia</a><a href="/biznes">Biznes</a><a href="/motoryzacja">Motoryzacja</a><a href="/prawo">Prawo</a></nav>
 <a class="subscribe" href="/subskrypcja">Kup subskrypcję</a> <a class="login" href="/logowanie">Zaloguj się</a></header>
<main>
 <article class="article">
  <div class="article--meta">
   <span class="article--date">Aktualizacja: 27.11.2026 06:10</span>
   <span class="article--date">Publikacja: 26.11.2026 19:45</span>
  </div>
  <h1 class="article--title">{T}</h1>
  <p class="article--lead"><strong>{LEAD}</strong></p>
  <figure><img src="https://cdn.rp.pl/images/2026/11/26/czesci.jpg" alt=""><figcaption class="article--photo">Foto: Adobe Stock</figcaption></figure>
  <div class="article--authors">Filip Nowak, <a href="/autor/anna-wrona">Anna Wrona</a></div>
  <div class="article--content">
<p>{esc(P[0])}</p>
<p class="read-more"><strong>{CZYTAJ}</strong></p>
<p>{esc(P[1])}</p>
<p>{esc(P[2])}</p>
  </div>
  <div class="paywall"><p>{PAY}</p><a href="/subskrypcja">Kup subskrypcję</a> <a href="/logowanie">Zaloguj się</a></div>
 </article>
 <aside class="most-read"><h3>Najczęściej czytane</h3><ol><li><a href="/motoryzacja/art41370021">Ceny aut używanych w listopadzie</a></li></ol></aside>
</main>
<footer>© Copyright by GREMI MEDIA SA</footer>
</body>
</html>
""",
    url="https://www.rp.pl/motoryzacja/art41372811-polscy-dostawcy-czesci-traca-zamowienia-z-niemiec",
    kind="intl",
    modelled_on="Rzeczpospolita (rp.pl) article page (article--meta printing 'Aktualizacja: DD.MM.YYYY HH:MM' above 'Publikacja: …', bold lead, photo credit, author list, bold 'Czytaj więcej:' paragraph inside the content, subscription paywall cutting the text)",
    language="pl",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="The meta row prints the update (Aktualizacja 27.11.2026 06:10) before the publication (Publikacja 26.11.2026 19:45); the publication wins. JSON-LD datePublished 2026-11-26T19:45:32+01:00 agrees with the printed minute and supplies seconds and the winter offset. Authors 'Filip Nowak, Anna Wrona'. The bold lead is a standfirst: neutral. Only the paragraphs before the paywall are on the page and form the body; the 'Czytaj więcej:' paragraph, photo credit and paywall prompt are not body.",
    classes=["update_printed_first", "dotted_date", "jsonld_seconds_agree", "winter_offset_cet", "two_authors_comma",
             "read_more_inside_body", "caption_photo_credit", "paywall_truncated", "standfirst_neutral",
             "no_source", "no_editor"],
    title=T,
    published_date="2026-11-26",
    published_at="2026-11-26T19:45:32+01:00",
    author="Filip Nowak, Anna Wrona",
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=["Aktualizacja: 27.11.2026 06:10", CZYTAJ, PAY, "Foto: Adobe Stock", "Ceny aut używanych w listopadzie"],
)

# ---------------------------------------------------------------------------------------------
# I6. Auto.cz (Czech motoring portal) article: 'D. M. YYYY • HH:MM', spec table, gallery
# ---------------------------------------------------------------------------------------------
T = "Český výrobce světlometů Lumitra otevírá novou linku v Jihlavě"
PEREX = "Dodavatel osvětlení investoval 640 milionů korun do výroby adaptivních LED světlometů."
PA = [
    "Společnost Lumitra, která vyrábí světlomety a zadní svítilny pro evropské automobilky, zahájila v Jihlavě provoz nové výrobní linky na adaptivní LED světlomety. Investice dosáhla 640 milionů korun.",
    "Linka je schopna ročně vyrobit až 450 tisíc kusů světlometů. Podle generálního ředitele Martina Kubíčka jde o první výrobu matricových modulů v Česku, dosud je firma dovážela z Německa.",
    "Hlavní parametry nové výroby shrnuje tabulka:",
]
ROWS = [["Parametr", "Hodnota"],
        ["Roční kapacita", "450 000 ks"],
        ["Počet nových míst", "210"],
        ["Podíl automatizace", "78 %"]]
PB = ["Nová výroba má podle firmy pokrýt především poptávku po elektromobilech střední třídy, kde se adaptivní světlomety stávají standardní výbavou."]
GAL = "Galerie: Nová linka Lumitra (14 fotografií)"
READ = "Přečtěte si také: Dodavatelé elektroniky hlásí pokles zakázek"
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T14:05:09+01:00",
      "author": {"@type": "Person", "name": "Petr Dvořák"}}
add("intl_cs_autocz", f"""
<!DOCTYPE html>
<html lang="cs">
<head>
<meta charset="utf-8">
<title>{T} | Auto.cz</title>
<meta name="description" content="{PEREX}">
{jsonld(LD)}
<link rel="stylesheet" href="https://www.auto.cz/assets/css/article.css">
</head>
<body>
<header class="header"><a class="logo" href="https://www.auto.cz/">Auto.cz</a><nav><a href="/novinky">Novinky</a><a href="/testy">Testy</a><a href="/ekonomika">Ekonomika</a><a href="/ojetiny">Ojetiny</a></nav></header>
<main class="article">
 <h1 class="article__title">{T}</h1>
 <div class="article__meta">
  <a class="article__author" href="/autor/petr-dvorak">Petr Dvořák</a>
  <span class="article__date">27. 11. 2026</span> • <span class="article__time">14:05</span>
  <a class="article__comments" href="#diskuze">Diskuze (12)</a>
 </div>
 <p class="article__perex"><strong>{PEREX}</strong></p>
 <figure><img src="https://www.auto.cz/img/2026/11/lumitra.jpg" alt=""><figcaption>Foto: Lumitra</figcaption></figure>
 <div class="article__body">
<p>{esc(PA[0])}</p>
<div class="gallery-box"><a href="/galerie/lumitra-jihlava">{GAL}</a></div>
{ps(PA[1:])}
{table(ROWS, attrs=' class="table"')}
<p class="also"><strong>{READ}</strong></p>
{ps(PB)}
 </div>
 <div class="share">Sdílet: <a>Facebook</a> <a>X</a></div>
 <section id="diskuze" class="discussion"><h2>Diskuze (12)</h2><div class="post"><b>jirka_k</b> <span>27. 11. 2026 15:22</span><p>Konečně se něco vyrábí u nás.</p></div></section>
</main>
<footer>© 2026 Auto.cz</footer>
</body>
</html>
""",
    url="https://www.auto.cz/cesky-vyrobce-svetlometu-lumitra-otevira-novou-linku-v-jihlave-181422",
    kind="intl",
    modelled_on="Auto.cz (Czech motoring portal) article page (article__meta with author link, spaced dotted date 'D. M. YYYY' and time separated by a bullet, Diskuze count, bold perex, gallery teaser and bold 'Přečtěte si také:' inside the body, data table, discussion with dated posts)",
    language="cs",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="Visible '27. 11. 2026 • 14:05' (day first, spaced dots, time in its own span after a bullet); JSON-LD datePublished 2026-11-27T14:05:09+01:00 agrees and supplies seconds and the winter offset. Author Petr Dvořák. The perex is a standfirst: neutral. The table (header row included) and its introducing sentence are body; the gallery teaser, the 'Přečtěte si také:' paragraph, the photo credit, share bar and the dated discussion post are not.",
    classes=["spaced_dotted_date", "time_in_separate_span", "bullet_separator", "jsonld_seconds_agree",
             "winter_offset_cet", "table_in_body", "gallery_widget_inside_body", "read_also_inside_body",
             "caption_photo_credit", "comment_count", "comment_dates", "standfirst_neutral", "no_source",
             "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T14:05:09+01:00",
    author="Petr Dvořák",
    editor=None,
    source=None,
    paragraphs=PA + rows_tsv(ROWS) + PB,
    body_noise=[GAL, READ, "Foto: Lumitra", "Diskuze (12)", "Konečně se něco vyrábí u nás.", "Sdílet:"],
)

# ---------------------------------------------------------------------------------------------
# I7. Teknikens Värld (Swedish motoring magazine site): 'Publicerad idag 08:12'
# ---------------------------------------------------------------------------------------------
T = "Svensk underleverantör bygger batterilådor åt tre biltillverkare"
P = [
    "Underleverantören Nordvik Komponent i Olofström har tecknat avtal med tre europeiska biltillverkare om att leverera batterilådor i aluminium. Avtalen gäller från 2028 och omfattar totalt omkring 600 000 enheter.",
    "– Det här är den största orderingången i företagets historia, säger vd Maria Holmgren till Teknikens Värld.",
    "För att klara leveranserna bygger företaget ut fabriken med 12 000 kvadratmeter och anställer omkring 150 personer under de kommande två åren.",
    "Enligt Holmgren är efterfrågan på lätta batterilådor stor eftersom tillverkarna vill pressa ner vikten på sina elbilar utan att göra avkall på krocksäkerheten.",
]
CAP = "Batterilådorna svetsas i en ny robotcell i Olofström."
READ = "Läs också: Elbilsförsäljningen ökar – men inte i Norrland"
add("intl_sv_teknikensvarld", f"""
<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{T} | Teknikens Värld</title>
<meta property="og:type" content="article">
<link rel="stylesheet" href="https://www.teknikensvarld.se/static/css/article.css">
</head>
<body>
<header class="site-header"><a class="logo" href="https://www.teknikensvarld.se/">Teknikens Värld</a><nav><a href="/nyheter/">Nyheter</a><a href="/test/">Test</a><a href="/elbil/">Elbil</a><a href="/prenumerera/">Prenumerera</a></nav></header>
<main class="article-page">
 <article>
  <span class="article-label">Nyheter</span>
  <h1 class="article-headline">{T}</h1>
  <div class="article-byline">
   <span class="byline-author">Av <a href="/skribent/karin-lindqvist/">Karin Lindqvist</a></span>
   <span class="byline-date">Publicerad <time datetime="2026-11-30T08:12:40+01:00">idag 08:12</time></span>
   <span class="byline-updated">Uppdaterad <time datetime="2026-11-30T09:35:02+01:00">idag 09:35</time></span>
  </div>
  <div class="share-row">Dela: <a>Facebook</a> <a>LinkedIn</a> <a>E-post</a></div>
  <figure class="article-image"><img src="https://www.teknikensvarld.se/app/uploads/2026/11/nordvik.jpg" alt=""><figcaption>{CAP} <span class="photographer">Foto: Johan Ek</span></figcaption></figure>
  <div class="article-body">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<p class="read-also"><a href="/nyheter/elbilsforsaljningen-okar/"><strong>{READ}</strong></a></p>
<p>{esc(P[2])}</p>
<div class="ad-slot"><span class="ad-label">Annons</span><div id="panorama-2"></div></div>
<p>{esc(P[3])}</p>
  </div>
 </article>
 <aside class="latest"><h3>Senaste nytt</h3><ul>
  <li><a href="/nyheter/dacklagret-fylls/">Däcklagret fylls inför vintern</a><time datetime="2026-11-29T16:40:00+01:00">igår 16:40</time></li>
  <li><a href="/nyheter/laddpriser-stiger/">Laddpriserna stiger igen</a><time datetime="2026-11-29T11:05:00+01:00">igår 11:05</time></li>
 </ul></aside>
</main>
<footer>© 2026 Teknikens Värld</footer>
</body>
</html>
""",
    url="https://www.teknikensvarld.se/nyheter/svensk-underleverantor-bygger-batterilador-at-tre-biltillverkare/",
    kind="intl",
    modelled_on="Teknikens Värld (teknikensvarld.se, Swedish motoring magazine) news article (label above the headline, byline 'Av X', 'Publicerad idag HH:MM' + 'Uppdaterad idag HH:MM' in <time datetime> elements, photographer credit in the caption, 'Läs också:' link and an 'Annons' slot inside the body, 'Senaste nytt' list with 'igår HH:MM' times)",
    language="sv",
    encoding="utf-8",
    fetched_at=FETCH_INTL,
    notes="The page prints 'Publicerad idag 08:12' (today = 30 November at the fetch, 10:00 Swedish time); the <time datetime> gives 2026-11-30T08:12:40+01:00, consistent, so it supplies seconds and offset. 'Uppdaterad idag 09:35' is an update; the 'igår' times in Senaste nytt belong to other stories. Author Karin Lindqvist ('Av' prefix); the photographer Johan Ek is not an author. The caption, photo credit, 'Läs också:' paragraph, 'Annons' label, share row and sidebar are not body.",
    classes=["relative_day_word_today", "time_datetime_offset", "update_line", "byline_prefix_av",
             "photographer_not_author", "caption_photo_credit", "read_also_inside_body", "ad_label_inside_body",
             "share_bar", "relative_sidebar_times", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-30",
    published_at="2026-11-30T08:12:40+01:00",
    author="Karin Lindqvist",
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=[CAP, "Foto: Johan Ek", READ, "Annons", "Dela:", "Däcklagret fylls inför vintern", "igår 16:40"],
)
