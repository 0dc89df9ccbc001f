"""International pages, part A: Response.jp, Hankyung, Handelsblatt, Les Echos, Electrek, Globe and Mail, Nikkei Asia."""
import json

from _common import FETCH_INTL, add, esc, ps


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ---------------------------------------------------------------- Response.jp (ja)
P = [
    "ブレーキ部品メーカーのハヤセ工業は11月27日、電動パーキングブレーキ（EPB）用キャリパーの生産能力を増強すると発表した。岐阜県の関工場に新ラインを設置し、2027年春から量産を始める。",
    "新ラインの生産能力は月産6万個で、既存ラインと合わせたEPB用キャリパーの生産能力は約1.5倍になる。投資額は約38億円。",
    "EPBは電動車を中心に搭載が広がっており、同社には国内外の完成車メーカーから引き合いが増えている。新ラインでは加工から組み立て、検査までを自動化し、従来ラインに比べて生産に必要な人員を3割程度減らす。",
    "同社の担当者は「電動化が進んでもブレーキの重要性は変わらない。モーターと制御の技術を組み合わせ、付加価値を高めていく」としている。",
]
N = [
    "《藤井拓海》",
    "【画像全3枚】",
    "EPB用キャリパー新ラインのイメージ《画像提供 ハヤセ工業》",
    "関連ニュース",
    "ブレーキ大手、東南アジアで補修部品の供給網を拡充",
]
LD = {"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "ハヤセ工業、電動パーキングブレーキ用キャリパーを増産…岐阜に新ライン",
      "datePublished": "2026-11-28T09:12:30+09:00", "dateModified": "2026-11-28T09:40:02+09:00",
      "author": {"@type": "Person", "name": "藤井拓海"}, "publisher": {"@type": "Organization", "name": "レスポンス"}}
H = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>ハヤセ工業、電動パーキングブレーキ用キャリパーを増産…岐阜に新ライン | レスポンス（Response.jp）</title>
<meta property="og:type" content="article">
<meta name="description" content="ブレーキ部品メーカーのハヤセ工業は11月27日、電動パーキングブレーキ用キャリパーの生産能力を増強すると発表した。">
{jsonld(LD)}
</head>
<body>
<header class="header"><a class="logo" href="https://response.jp/">レスポンス</a><nav><a href="/category/newmodel/">新車</a> <a href="/category/business/">ビジネス</a> <a href="/category/ev/">EV</a></nav></header>
<main class="main-contents">
 <article class="arti-body">
  <header class="arti-header">
   <div class="arti-category"><a href="/category/business/parts/">ビジネス・部品</a></div>
   <h1 class="arti-title">ハヤセ工業、電動パーキングブレーキ用キャリパーを増産…岐阜に新ライン</h1>
   <div class="arti-info"><time class="pubdate" datetime="2026-11-28T09:12:30+09:00">2026年11月28日(土) 09時12分</time></div>
  </header>
  <figure class="figure-image figure-image--main"><img src="https://response.jp/imgs/p/abc123/1234567.jpg" alt=""><figcaption>EPB用キャリパー新ラインのイメージ《画像提供 ハヤセ工業》</figcaption></figure>
  <div class="arti-content arti-content--horizontal">
<p><a class="figure-link" href="/article/img/2026/11/28/391234/1234567.html">【画像全3枚】</a></p>
{ps(P)}
  </div>
  <p class="arti-writer">《藤井拓海》</p>
  <div class="arti-share"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">はてブ</a></div>
  <section class="arti-related"><h3>関連ニュース</h3><ul>
   <li><a href="/article/2026/11/20/390811.html">ブレーキ大手、東南アジアで補修部品の供給網を拡充</a> <time>2026年11月20日(金)</time></li>
   <li><a href="/article/2026/11/12/390376.html">電動パーキングブレーキ、軽自動車にも標準装備広がる</a> <time>2026年11月12日(木)</time></li>
  </ul></section>
 </article>
 <aside class="ranking"><h3>アクセスランキング</h3><ol><li><a href="/article/2026/11/27/391201.html">新型ミニバン、受注が月販目標の4倍に</a></li></ol></aside>
</main>
<footer>Copyright © 2026 IID, Inc.</footer>
</body>
</html>
"""
add("intl_ja_response", H,
    url="https://response.jp/article/2026/11/28/391234.html", kind="intl",
    modelled_on="Response.jp (レスポンス) article page (arti-header with <time class=pubdate> 'YYYY年M月D日(曜) HH時MM分', 【画像全N枚】 link, writer in 《》 after the body, 関連ニュース)",
    language="ja", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '2026年11月28日(土) 09時12分' (weekday in parentheses, 時/分 instead of a colon); <time datetime> and JSON-LD datePublished 2026-11-28T09:12:30+09:00 "
          "agree and give the offset and seconds. The 27th in the first sentence is the announcement date, not the publication. "
          "Author: the writer credit in 《》 after the body, 藤井拓海 (also JSON-LD author). Image caption with 《画像提供 …》, the 【画像全3枚】 gallery link, share bar and related list are noise. "
          "No source (own story), no editor.",
    classes=["kanji_time_units", "weekday_in_parentheses", "time_datetime_offset", "jsonld_agrees", "writer_in_double_angle_brackets",
             "image_caption_with_credit", "gallery_link_in_body", "body_event_date", "related_dates", "share_bar"],
    title="ハヤセ工業、電動パーキングブレーキ用キャリパーを増産…岐阜に新ライン",
    published_date="2026-11-28", published_at="2026-11-28T09:12:30+09:00",
    author="藤井拓海", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 한국경제 Hankyung (ko)
P = [
    "국내 자동차 부품업체들이 유럽 완성차 업체 공급을 위해 모로코와 튀르키예 등 유럽 인접 지역에 잇달아 공장을 세우고 있다. 물류비와 관세 부담을 줄이고 납기를 앞당기기 위해서다.",
    "27일 업계에 따르면 차체 부품업체 대성오토텍은 모로코 탕헤르에 약 1200억원을 투자해 차체 프레스 공장을 짓기로 했다. 2028년 가동이 목표로, 연간 40만 대 분량의 부품을 생산할 계획이다.",
    "전장 부품업체 한일정공도 튀르키예 부르사에 와이어링 하네스 공장을 증설한다. 회사 관계자는 \u201c유럽 고객사들이 현지 또는 인접 지역 생산을 요구하는 사례가 크게 늘었다\u201d고 말했다.",
    "업계에서는 유럽연합(EU)의 공급망 규제가 강화되면서 이 같은 움직임이 이어질 것으로 보고 있다. 다만 현지 인력 확보와 품질 관리가 과제로 꼽힌다.",
]
N = [
    "김민준 기자 mjkim@hankyung.com",
    "모로코 탕헤르의 한 자동차 부품 공장 전경. 사진=한경DB",
    "ⓒ 한국경제신문, 무단전재 및 재배포 금지",
    "관련 뉴스",
    "수정2026.11.28 07:40",
]
H = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>K부품사, 멕시코 대신 모로코로…유럽 공급망 재편 가속 | 한국경제</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-27T18:05:21+09:00">
<meta property="article:modified_time" content="2026-11-28T07:40:10+09:00">
</head>
<body>
<header class="header"><a class="logo" href="https://www.hankyung.com/">한국경제</a><nav class="gnb"><a href="/economy">경제</a> <a href="/industry">산업</a> <a href="/industry/auto">자동차</a></nav></header>
<div class="article-wrap">
 <div class="article-header">
  <h1 class="headline">K부품사, 멕시코 대신 모로코로…유럽 공급망 재편 가속</h1>
  <div class="article-timestamp"><div class="datetime"><span class="item"><span class="txt">입력</span><span class="txt-date">2026.11.27 18:05</span></span> <span class="item"><span class="txt">수정</span><span class="txt-date">2026.11.28 07:40</span></span></div></div>
  <div class="author-wrap"><div class="author-item"><a class="name" href="/reporter/mjkim">김민준 기자</a></div></div>
  <div class="article-util"><button class="btn-share">공유</button> <button class="btn-font">글자크기 설정</button> <button class="btn-print">프린트</button></div>
 </div>
 <div class="article-body" id="articletxt">
  <figure class="article-figure"><div class="figure-img"><img src="https://img.hankyung.com/photo/202611/AA.41234567.1.jpg" alt=""></div><figcaption class="txt-caption">모로코 탕헤르의 한 자동차 부품 공장 전경. 사진=한경DB</figcaption></figure>
  {esc(P[0])}<br><br>{esc(P[1])}<br><br>{esc(P[2])}<br><br>{esc(P[3])}<br><br>김민준 기자 mjkim@hankyung.com
 </div>
 <div class="article-copyright">ⓒ 한국경제신문, 무단전재 및 재배포 금지</div>
 <section class="related-news"><h3>관련 뉴스</h3><ul><li><a href="/article/2026112011231">유럽 車 공급망 규제 강화…부품사 비상</a> <span>2026.11.20</span></li></ul></section>
</div>
<footer>한국경제신문 Copyright</footer>
</body>
</html>
"""
add("intl_ko_hankyung", H,
    url="https://www.hankyung.com/article/2026112712345", kind="intl",
    modelled_on="Hankyung (한국경제, hankyung.com) article page (article-timestamp with '입력' / '수정' labels glued to 'YYYY.MM.DD HH:MM', author-wrap '이름 기자', <br>-separated body ending in the reporter e-mail line)",
    language="ko", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible '입력2026.11.27 18:05' then '수정2026.11.28 07:40' (labels glued to the dates, no zone). article:published_time 2026-11-27T18:05:21+09:00 agrees "
          "with 입력 (input = publication) and gives offset and seconds; 수정 (modified) never wins. Author 김민준 (기자 = reporter title dropped). "
          "The body is bare text separated by <br><br>; the closing reporter e-mail line and the photo caption (사진=…) are not body. The '27일' in the body is the news day.",
    classes=["dotted_date", "labels_glued_to_dates", "update_line", "meta_offset_seconds", "reporter_title_suffix", "br_separated_body",
             "reporter_email_line_in_body", "caption_photo_credit", "copyright_notice", "related_dates"],
    title="K부품사, 멕시코 대신 모로코로…유럽 공급망 재편 가속",
    published_date="2026-11-27", published_at="2026-11-27T18:05:21+09:00",
    author="김민준", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Handelsblatt (de)
P = [
    "Der Bremsenhersteller Kessler Bremstechnik verlagert einen großen Teil seiner Fertigung von Baden-Württemberg nach Polen. Betroffen sind nach Informationen des Handelsblatts rund 450 der 1300 Arbeitsplätze am Stammsitz in Heilbronn.",
    "Das Unternehmen bestätigte die Pläne am Freitag auf Anfrage. Die Produktion von Bremssätteln für Elektrofahrzeuge solle bis Ende 2028 schrittweise in das Werk in Gliwice verlegt werden, sagte eine Sprecherin. Entwicklung, Prototypenbau und Verwaltung blieben in Heilbronn.",
    "Als Grund nennt Kessler den anhaltenden Preisdruck der Autohersteller. „Unsere Kunden erwarten jedes Jahr Preisnachlässe von drei bis vier Prozent, gleichzeitig sind unsere Energie- und Personalkosten deutlich gestiegen“, sagte Finanzchef Markus Ebner.",
    "Der Betriebsrat kündigte Widerstand an. Man werde „jede Verlagerung mit allen Mitteln prüfen“, sagte die Betriebsratsvorsitzende Sabine Lorenz. Die IG Metall fordert einen Zukunftstarifvertrag mit Standortgarantie.",
]
N = [
    "Lesen Sie jetzt weiter",
    "Jetzt 4 Wochen für 1 € testen",
    "Bereits Abonnent? Anmelden",
    "Lesen Sie auch: Zulieferer in der Kostenfalle – warum der Mittelstand abwandert",
    "Mehr zum Thema",
]
LD = {"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Bremsenhersteller Kessler verlagert Fertigung nach Polen",
      "datePublished": "2026-11-27T17:45:00+01:00", "dateModified": "2026-11-27T18:20:00+01:00",
      "author": [{"@type": "Person", "name": "Jana Krüger"}, {"@type": "Person", "name": "Tobias Wendt"}],
      "isAccessibleForFree": False, "publisher": {"@type": "Organization", "name": "Handelsblatt"}}
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Autozulieferer: Bremsenhersteller Kessler verlagert Fertigung nach Polen</title>
<meta name="description" content="Rund 450 Stellen am Stammsitz Heilbronn sind betroffen.">
{jsonld(LD)}
</head>
<body>
<header class="c-header"><a class="c-logo" href="https://www.handelsblatt.com/">Handelsblatt</a><nav><a href="/politik/">Politik</a> <a href="/unternehmen/">Unternehmen</a> <a href="/finanzen/">Finanzen</a> <a href="/technik/">Technik</a></nav></header>
<main>
 <article class="c-story">
  <div class="c-story-header">
   <h1 class="c-headline"><span class="c-overline">Autozulieferer:</span> <span class="c-headline__text">Bremsenhersteller Kessler verlagert Fertigung nach Polen</span></h1>
   <p class="c-leadtext">Rund 450 Stellen am Stammsitz Heilbronn sind betroffen. Der Betriebsrat will die Pläne nicht hinnehmen.</p>
   <div class="c-meta"><span class="c-authors">von <a href="/autoren/jana-krueger/">Jana Krüger</a> und <a href="/autoren/tobias-wendt/">Tobias Wendt</a></span>
   <time class="c-date" datetime="2026-11-27T17:45:00+01:00">27.11.2026 - 17:45 Uhr</time></div>
  </div>
  <div class="c-story-body">
{ps(P[:2])}
<p class="c-read-also"><strong>Lesen Sie auch:</strong> <a href="/unternehmen/mittelstand/zulieferer-kostenfalle/100190211.html">Zulieferer in der Kostenfalle – warum der Mittelstand abwandert</a></p>
{ps(P[2:])}
  </div>
  <div class="c-paywall"><h3>Lesen Sie jetzt weiter</h3><p>Mit Handelsblatt Premium lesen Sie alle Artikel, Analysen und Kommentare.</p><a class="c-button" href="/abo/">Jetzt 4 Wochen für 1 € testen</a><p>Bereits Abonnent? Anmelden</p></div>
 </article>
 <aside class="c-related"><h3>Mehr zum Thema</h3><ul><li><a href="/unternehmen/industrie/autozulieferer-stellenabbau/100188876.html">Zulieferer streichen 2026 mehr Stellen als je zuvor</a></li></ul></aside>
</main>
<footer>© Handelsblatt GmbH – alle Rechte vorbehalten.</footer>
</body>
</html>
"""
add("intl_de_handelsblatt", H,
    url="https://www.handelsblatt.com/unternehmen/industrie/autozulieferer-bremsenhersteller-kessler-verlagert-fertigung-nach-polen/100191234.html", kind="intl",
    modelled_on="Handelsblatt article page (overline inside the h1, leadtext, 'von X und Y' byline, 'DD.MM.YYYY - HH:MM Uhr' <time>, 'Lesen Sie auch:' box inside the body, Premium paywall)",
    language="de", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible '27.11.2026 - 17:45 Uhr' (German local time, November = CET); <time datetime> and JSON-LD state +01:00, so 2026-11-27T17:45:00+01:00. "
          "Byline 'von Jana Krüger und Tobias Wendt' → two authors. The overline 'Autozulieferer:' sits inside the h1 but is not part of the headline. "
          "Leadtext is a standfirst (neutral). The 'Lesen Sie auch:' box between paragraphs and the paywall box are noise; the body shown before the paywall is the truth. "
          "'am Freitag' in the body is the news day.",
    classes=["two_authors", "byline_prefix_von", "uhr_suffix", "winter_offset_cet", "time_datetime_offset", "overline_inside_h1",
             "read_also_inside_body", "paywall_truncated", "standfirst_neutral", "related_list"],
    title="Bremsenhersteller Kessler verlagert Fertigung nach Polen",
    published_date="2026-11-27", published_at="2026-11-27T17:45:00+01:00",
    author="Jana Krüger, Tobias Wendt", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Les Echos (fr)
P = [
    "Le coup de frein est brutal. Selon les chiffres publiés mercredi par la Plateforme automobile, le chiffre d'affaires des équipementiers installés en France a reculé de 6,8 % sur les neuf premiers mois de l'année, après une année 2025 déjà difficile.",
    "Les sous-traitants de rang 2 et 3, souvent des PME spécialisées dans l'emboutissage, la plasturgie ou le décolletage, sont les plus exposés. Leur carnet de commandes dépend encore largement des moteurs thermiques, dont la production en Europe continue de baisser.",
    "« Nous avons perdu en deux ans près d'un tiers de nos volumes sur les pièces de boîte de vitesses », témoigne le dirigeant d'une entreprise de décolletage de la vallée de l'Arve, qui emploie 180 salariés. L'entreprise tente de se diversifier dans l'aéronautique et le médical.",
    "Les pouvoirs publics ont annoncé la prolongation jusqu'en 2028 du fonds d'accompagnement de la filière, doté de 300 millions d'euros. Une enveloppe jugée insuffisante par les représentants des PME, qui réclament un allègement des charges sur l'énergie.",
]
N = [
    "Lire aussi :",
    "Automobile : les fonderies françaises dans l'impasse",
    "Cet article est réservé aux abonnés.",
    "Je m'abonne",
    "Recevez chaque matin l'essentiel de l'actualité industrielle",
    "Mis à jour le 26 nov. 2026 à 11:30",
]
LD = {"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Les équipementiers automobiles français voient leur activité reculer de près de 7 %",
      "datePublished": "2026-11-26T06:05:00Z", "dateModified": "2026-11-26T10:30:00Z",
      "author": [{"@type": "Person", "name": "Claire Dumas"}, {"@type": "Person", "name": "Julien Marchetti"}],
      "publisher": {"@type": "Organization", "name": "Les Echos"}}
H = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Les équipementiers automobiles français voient leur activité reculer de près de 7 % | Les Echos</title>
<meta name="description" content="Les sous-traitants de rang 2 et 3 sont les plus exposés.">
{jsonld(LD)}
</head>
<body>
<div id="root">
 <header class="sc-1x5sb0g-0 kLmWqP"><a class="sc-1x5sb0g-1" href="https://www.lesechos.fr/">Les Echos</a><nav class="sc-1x5sb0g-2"><a href="/economie-france">Économie</a> <a href="/industrie-services">Industrie</a> <a href="/finance-marches">Finance</a></nav></header>
 <main class="sc-aamjrj-0">
  <article class="sc-1lhq2w3-0 fCxdLk">
   <div class="sc-14kwckt-0 gYbNxt"><a class="sc-14kwckt-1" href="/industrie-services/automobile">Automobile</a></div>
   <h1 class="sc-14kwckt-6 bkXjtD">Les équipementiers automobiles français voient leur activité reculer de près de 7 %</h1>
   <p class="sc-14omazk-0 dJpLxH">Les sous-traitants de rang 2 et 3, très dépendants du moteur thermique, sont les plus exposés. L'État prolonge son fonds d'accompagnement.</p>
   <div class="sc-1h2sxow-0 hPzRtC">Par <a href="/journalistes/claire-dumas">Claire Dumas</a>, <a href="/journalistes/julien-marchetti">Julien Marchetti</a></div>
   <div class="sc-2tsg8v-0 eWqRnM"><span class="sc-2tsg8v-1">Publié le 26 nov. 2026 à 7:05</span><span class="sc-2tsg8v-2">Mis à jour le 26 nov. 2026 à 11:30</span></div>
   <div class="sc-1dz1d0e-0 post-paywall">
{ps(P[:2])}
<div class="sc-1wb5p8j-0 read-also"><span>Lire aussi :</span> <a href="/industrie-services/automobile/automobile-les-fonderies-francaises-dans-limpasse-2119876">Automobile : les fonderies françaises dans l'impasse</a></div>
{ps(P[2:])}
   </div>
   <div class="sc-paywall-0 paywall"><p>Cet article est réservé aux abonnés.</p><a href="/abonnement">Je m'abonne</a></div>
   <div class="sc-nl-0 newsletter"><p>Recevez chaque matin l'essentiel de l'actualité industrielle</p><a href="/newsletters">S'inscrire</a></div>
  </article>
 </main>
</div>
</body>
</html>
"""
add("intl_fr_lesechos", H,
    url="https://www.lesechos.fr/industrie-services/automobile/les-equipementiers-automobiles-francais-voient-leur-activite-reculer-de-pres-de-7-2123456", kind="intl",
    modelled_on="Les Echos article page (styled-components hashed class names, 'Par X, Y' byline, 'Publié le D mois. YYYY à H:MM' + 'Mis à jour le …' spans, 'Lire aussi :' box, subscriber paywall)",
    language="fr", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'Publié le 26 nov. 2026 à 7:05' (abbreviated month, single-digit hour, no zone) next to 'Mis à jour le 26 nov. 2026 à 11:30' (never wins). "
          "No zone is printed, so the offset stated by the structured data is kept: JSON-LD datePublished 2026-11-26T06:05:00Z (= 07:05 Paris time) is written 2026-11-26T06:05:00+00:00. "
          "Two authors 'Par Claire Dumas, Julien Marchetti'. Standfirst neutral. 'Lire aussi :' box inside the body, paywall and newsletter prompts are noise. "
          "'mercredi' in the body is the data release day.",
    classes=["hashed_class_names", "abbreviated_month", "single_digit_hour", "update_line", "jsonld_utc_kept",
             "two_authors", "byline_prefix_par", "read_also_inside_body", "paywall_prompt", "newsletter_prompt", "standfirst_neutral"],
    title="Les équipementiers automobiles français voient leur activité reculer de près de 7 %",
    published_date="2026-11-26", published_at="2026-11-26T06:05:00+00:00",
    author="Claire Dumas, Julien Marchetti", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Electrek (en-US)
P = [
    "Volten Motors has quietly switched the brake-by-wire supplier for its upcoming midsize electric pickup, according to supplier documents seen by Electrek, moving the contract from a European tier-one to Ohio-based Marrow Dynamics.",
    "The system in question is a so-called \u201cdry\u201d electromechanical brake, which replaces hydraulic lines at the rear axle with electric motors at each caliper. Volten had originally planned to launch the pickup with a conventional one-box hydraulic unit and add the electromechanical rear brakes a year later.",
    "According to the documents, Marrow Dynamics will supply both the rear calipers and the brake control unit, with production starting at its Toledo plant in the third quarter of 2027. Volten did not respond to a request for comment.",
    "Electrek\u2019s Take",
    "Brake-by-wire is one of those technologies that sounds boring until you realize how much it changes vehicle packaging. No brake fluid at the rear means fewer parts on the line and more freedom for the battery pack. If Volten really pulls this forward, it would be one of the first high-volume trucks to do so.",
]
N = [
    "FTC: We use income earning auto affiliate links.",
    "Add Electrek to your Google News feed.",
    "If you\u2019re considering going solar, it\u2019s always a good idea to get quotes from a few installers.",
    "23 Comments",
    "Image: Volten Motors",
]
LD = {"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Volten quietly swaps brake-by-wire supplier for its electric pickup",
      "datePublished": "2026-11-27T14:04:37+00:00", "dateModified": "2026-11-27T15:20:11+00:00",
      "author": {"@type": "Person", "name": "Scott Delano"}}
H = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Volten quietly swaps brake-by-wire supplier for its electric pickup | Electrek</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-27T14:04:37+00:00">
{jsonld(LD)}
</head>
<body class="post-template-default single single-post">
<header class="site-header"><a class="logo" href="https://electrek.co/">Electrek</a><nav><a href="/guides/tesla/">Tesla</a> <a href="/guides/electric-vehicles/">EVs</a> <a href="/guides/ebikes/">E-bikes</a></nav></header>
<main class="container">
 <article class="article">
  <header class="article__header">
   <h1 class="h1">Volten quietly swaps brake-by-wire supplier for its electric pickup</h1>
   <div class="article__byline"><span class="author-name"><a href="https://electrek.co/author/scottdelano/">Scott Delano</a></span> | <time datetime="2026-11-27T14:04:37+00:00">Nov 27 2026 - 6:04 am PT</time> <a class="comments-count" href="#comments">23 Comments</a></div>
  </header>
  <figure class="featured-image"><img src="https://electrek.co/wp-content/uploads/sites/3/2026/11/volten-pickup.jpg" alt=""><figcaption>Image: Volten Motors</figcaption></figure>
  <div class="container med post-content">
{ps(P[:3])}
<h2 class="wp-block-heading">{esc(P[3])}</h2>
{ps(P[4:])}
<p><em>FTC: We use income earning auto affiliate links.</em> <a href="https://electrek.co/about/#affiliate">More.</a></p>
<div class="google-news-cta"><a href="https://news.google.com/publications/electrek">Add Electrek to your Google News feed.</a></div>
<p class="sponsored">If you\u2019re considering going solar, it\u2019s always a good idea to get quotes from a few installers. <a href="https://electrek.co/solar-quotes/">Get started here.</a></p>
  </div>
 </article>
 <aside class="sidebar"><h3>Latest</h3><ul><li><a href="/2026/11/27/ev-charging-network-expands/">Charging network adds 400 stalls</a> <time datetime="2026-11-27T16:40:00+00:00">Nov 27</time></li></ul></aside>
</main>
</body>
</html>
"""
add("intl_en_electrek", H,
    url="https://electrek.co/2026/11/27/volten-swaps-brake-by-wire-supplier-electric-pickup/", kind="intl",
    modelled_on="Electrek (9to5 network, WordPress) article page (article__byline 'Author | Mon DD YYYY - H:MM am PT', comments count, FTC affiliate line, Google News prompt and solar promo inside post-content, 'Electrek's Take' heading)",
    language="en-US", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'Nov 27 2026 - 6:04 am PT' (12-hour clock, printed zone PT; late November = PST, -08:00). The <time datetime>, article:published_time and JSON-LD state "
          "2026-11-27T14:04:37+00:00, the same instant; the printed zone gives the written offset and the agreeing UTC value the seconds: 2026-11-27T06:04:37-08:00. "
          "Author Scott Delano. The 'Electrek's Take' heading and its paragraph are part of the article (body). FTC affiliate line, Google News prompt, "
          "solar-quote promo (all inside post-content) and the image credit are noise. No source, no editor.",
    classes=["printed_zone_pt", "winter_offset_pst", "ampm_time", "utc_structured_data", "url_date", "headings_in_body",
             "affiliate_disclaimer_inside_body", "follow_prompt_inside_body", "sponsored_promo_inside_body", "comment_count", "sidebar_dates"],
    title="Volten quietly swaps brake-by-wire supplier for its electric pickup",
    published_date="2026-11-27", published_at="2026-11-27T06:04:37-08:00",
    author="Scott Delano", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- The Globe and Mail (en-CA)
P = [
    "An Ontario maker of steering and suspension components says it will cut about 300 jobs at two plants in Windsor and Chatham next year, blaming slowing orders from Detroit automakers and the cost of retooling for electric vehicle programs.",
    "Lakeshore Precision Inc., a privately held company with roughly 2,100 employees in Canada, told workers on Friday that production of control arms for two pickup truck programs would wind down by the end of the second quarter of 2027.",
    "\u201cWe have been carrying extra capacity for more than a year in the hope that volumes would come back,\u201d chief executive officer Daniel Brandt said in an interview. \u201cThey have not, and we can\u2019t keep running both plants at half speed.\u201d",
    "The Automotive Parts Manufacturers\u2019 Association estimates that its members have announced more than 2,500 layoffs in the province since January. The union representing workers at the Windsor plant said it would seek talks with the company about retraining and pension bridging.",
]
N = [
    "Open this photo in gallery:",
    "MARK REYES/THE GLOBE AND MAIL",
    "Report an editorial error",
    "Editorial code of conduct",
    "Updated 2 hours ago",
    "Automotive Reporter",
]
LD = {"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Ontario auto-parts maker to cut 300 jobs as Detroit orders slow",
      "datePublished": "2026-11-29T17:32:00-05:00", "dateModified": "2026-11-30T02:05:00-05:00",
      "author": {"@type": "Person", "name": "Sarah Okafor"}}
H = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ontario auto-parts maker to cut 300 jobs as Detroit orders slow - The Globe and Mail</title>
{jsonld(LD)}
</head>
<body>
<header class="c-site-header"><a class="c-logo" href="https://www.theglobeandmail.com/">The Globe and Mail</a><nav><a href="/business/">Report on Business</a> <a href="/canada/">Canada</a> <a href="/drive/">Drive</a></nav></header>
<main class="l-main">
 <article class="c-article">
  <div class="c-section-label"><a href="/business/industry-news/">Industry News</a></div>
  <h1 class="c-primary-title">Ontario auto-parts maker to cut 300 jobs as Detroit orders slow</h1>
  <div class="c-byline"><span class="c-byline__name"><a href="/authors/sarah-okafor/">Sarah Okafor</a></span> <span class="c-byline__role">Automotive Reporter</span></div>
  <div class="c-timestamp"><span class="c-timestamp__updated">Updated <time datetime="2026-11-30T07:05:00Z">2 hours ago</time></span> <span class="c-timestamp__published">Published November 29, 2026</span></div>
  <div class="c-share"><button>Share</button> <button>Bookmark</button> <button>Listen to this article</button></div>
  <div class="c-article-body">
   <figure class="c-figure"><a class="c-figure__gallery" href="#gallery">Open this photo in gallery:</a><img src="https://www.theglobeandmail.com/resizer/lakeshore-plant.jpg" alt=""><figcaption>Workers on the control-arm line at Lakeshore Precision in Windsor, Ont., on Nov. 18. <span class="c-figure__credit">MARK REYES/THE GLOBE AND MAIL</span></figcaption></figure>
{ps(P, attrs=' class="c-article-body__text"')}
  </div>
  <div class="c-article-tools"><a href="/report-error/">Report an editorial error</a> <a href="/report-tech/">Report a technical issue</a> <a href="/code-of-conduct/">Editorial code of conduct</a></div>
 </article>
 <aside class="c-related"><h3>Related</h3><ul><li><a href="/business/article-parts-suppliers-brace/">Parts suppliers brace for a leaner 2027</a> <span>November 24, 2026</span></li></ul></aside>
</main>
</body>
</html>
"""
add("intl_en_ca_globeandmail", H,
    url="https://www.theglobeandmail.com/business/industry-news/article-ontario-auto-parts-maker-to-cut-300-jobs-as-detroit-orders-slow/", kind="intl",
    modelled_on="The Globe and Mail article page (c-byline with name + role, c-timestamp printing a relative 'Updated N hours ago' before a date-only 'Published Month D, YYYY', 'Open this photo in gallery:' figures)",
    language="en-CA", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="The timestamp row prints 'Updated 2 hours ago' (relative, <time datetime> 2026-11-30T07:05Z) BEFORE 'Published November 29, 2026' (date only). "
          "The update never wins; the publication time of day is only in JSON-LD datePublished 2026-11-29T17:32:00-05:00 (offset kept as stated). "
          "Author Sarah Okafor; 'Automotive Reporter' is her role, not part of the name. 'Open this photo in gallery:', the photo caption credit and the error / conduct links are noise. "
          "'on Friday' / 'Nov. 18' in body and caption are not the publication.",
    classes=["update_printed_first", "relative_update_time", "date_only_visible", "time_only_in_jsonld", "winter_offset_est",
             "author_role_label", "gallery_prompt_in_figure", "caption_photo_credit", "related_dates"],
    title="Ontario auto-parts maker to cut 300 jobs as Detroit orders slow",
    published_date="2026-11-29", published_at="2026-11-29T17:32:00-05:00",
    author="Sarah Okafor", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- Nikkei Asia (en)
P = [
    "TOKYO -- Japanese brake and suspension suppliers are accelerating production shifts to India and Southeast Asia, as Chinese rivals undercut them on price in markets such as Thailand and Indonesia.",
    "Shinwa Brake, a mid-sized supplier to several Japanese automakers, said on Thursday it would invest 12 billion yen ($80 million) to triple capacity at its plant near Pune by 2028. The company will also close one of its three domestic brake pad lines.",
    "\u201cOur Japanese customers are localizing more of their purchasing, and if we are not there with local cost, we lose the business,\u201d Shinwa President Hiroshi Endo said in an interview with Nikkei.",
    "According to an industry association survey, Japanese parts makers announced 41 new or expanded plants in India and the ASEAN region in the first 10 months of the year, up from 29 a year earlier.",
]
N = [
    "Nikkei staff writers",
    "A brake pad line at Shinwa Brake's plant near Pune. (Photo by Mai Toyoda)",
    "Read Next",
    "Sign up for our newsletters to get the best of Nikkei Asia delivered to your inbox.",
    "Chinese parts makers win Thai pickup contracts",
]
LD = {"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Japanese brake suppliers race to India as Chinese rivals cut prices",
      "datePublished": "2026-11-27T04:05:00Z",
      "author": [{"@type": "Person", "name": "Kenji Arakawa"}, {"@type": "Person", "name": "Mai Toyoda"}]}
H = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Japanese brake suppliers race to India as Chinese rivals cut prices - Nikkei Asia</title>
<style>.uppercase{{text-transform:uppercase}}</style>
{jsonld(LD)}
</head>
<body>
<header class="site-header"><a class="logo" href="https://asia.nikkei.com/">Nikkei Asia</a><nav><a href="/Business">Business</a> <a href="/Business/Automobiles">Automobiles</a> <a href="/Economy">Economy</a></nav></header>
<main>
 <article class="article">
  <div class="article-header">
   <div class="article-header__topic"><a href="/Business/Automobiles">Automobiles</a></div>
   <h1 class="article-header__title"><span>Japanese brake suppliers race to India as Chinese rivals cut prices</span></h1>
   <p class="article-header__sub-title">Shinwa Brake to triple capacity near Pune while closing a domestic line</p>
   <div class="article-header__byline"><span class="uppercase"><a href="/Editor-s-Picks/Kenji-Arakawa">Kenji Arakawa</a> and <a href="/Editor-s-Picks/Mai-Toyoda">Mai Toyoda</a></span>, Nikkei staff writers</div>
   <div class="article-header__timestamp"><span class="timestamp">November 27, 2026 13:05 JST</span></div>
  </div>
  <div class="ezrichtext-field">
   <figure><img src="https://asia.nikkei.com/content/image/2026/11/shinwa-pune.jpg" alt=""><figcaption>A brake pad line at Shinwa Brake's plant near Pune. (Photo by Mai Toyoda)</figcaption></figure>
{ps(P)}
  </div>
  <div class="newsletter-cta">Sign up for our newsletters to get the best of Nikkei Asia delivered to your inbox.</div>
  <section class="read-next"><h3>Read Next</h3><ul><li><a href="/Business/Automobiles/Chinese-parts-makers-win-Thai-pickup-contracts">Chinese parts makers win Thai pickup contracts</a> <span>November 25, 2026 19:40 JST</span></li></ul></section>
 </article>
</main>
</body>
</html>
"""
add("intl_en_nikkeiasia", H,
    url="https://asia.nikkei.com/Business/Automobiles/Japanese-brake-suppliers-race-to-India-as-Chinese-rivals-cut-prices", kind="intl",
    modelled_on="Nikkei Asia article page (topic above the title, sub-title, upper-cased byline 'X and Y, Nikkei staff writers', timestamp 'Month D, YYYY HH:MM JST', 'TOKYO --' dateline, Read Next)",
    language="en", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Visible 'November 27, 2026 13:05 JST' (printed zone, +09:00); JSON-LD 2026-11-27T04:05:00Z is the same instant. Byline: two authors joined by 'and' "
          "(shown upper-case by CSS; the text is mixed case), followed by ', Nikkei staff writers' (a role, not a name). "
          "'TOKYO --' dateline stays in paragraph 1. The photo credit names one of the authors but is a caption (noise). Sub-title is a standfirst (neutral). "
          "'on Thursday' in the body is not the publication day.",
    classes=["printed_zone_jst", "jsonld_utc_same_instant", "two_authors", "byline_and", "css_uppercase_byline", "staff_writer_role",
             "dateline_in_first_paragraph", "caption_photo_credit", "newsletter_prompt", "related_dates", "standfirst_neutral"],
    title="Japanese brake suppliers race to India as Chinese rivals cut prices",
    published_date="2026-11-27", published_at="2026-11-27T13:05:00+09:00",
    author="Kenji Arakawa, Mai Toyoda", editor=None, source=None, paragraphs=P, body_noise=N)
