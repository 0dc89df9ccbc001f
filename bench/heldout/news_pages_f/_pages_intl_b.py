"""Pages from other countries and languages, part B."""
from _common import FETCH_INTL, add, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# 26. Pilipino Star Ngayon (Philippines, Filipino) 12-hour, hidden block
T = "Presyo ng piyesa ng sasakyan, tumaas ngayong Nobyembre"
P = ["Tumaas ng lima hanggang walong porsiyento ang presyo ng ilang piyesa ng sasakyan sa mga tindahan sa Banawe, Quezon City ngayong buwan.",
     "Ayon sa mga may-ari ng tindahan, ang pagtaas ay dulot ng mas mataas na gastos sa pagpapadala at paghina ng piso laban sa dolyar.",
     "Kabilang sa mga nagmahal ang brake pad, baterya at gulong, na karaniwang binibili bago ang mahabang biyahe tuwing Kapaskuhan.",
     "Pinayuhan naman ng isang grupo ng mga mekaniko ang mga motorista na bumili lamang sa mga lehitimong tindahan upang makaiwas sa pekeng piyesa."]
add("intl_fil_pilipinostar", f"""
<!DOCTYPE html>
<html lang="fil">
<head>
<meta charset="utf-8">
<title>{esc(T)} | Pilipino Star Ngayon</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": "2026-11-27T16:20:00+08:00", "author": {"@type": "Person", "name": "Jose Reyes"}})}
</head>
<body>
<header><a class="logo" href="https://www.philstar.com/pilipino-star-ngayon">Pilipino Star Ngayon</a><nav><a>Balita</a><a>Metro</a><a>Negosyo</a></nav></header>
<main>
<div class="article__title"><h1>{esc(T)}</h1></div>
<div class="article__credits">
 <div class="article__author">Ni <a>Jose Reyes</a> - Pilipino Star Ngayon</div>
 <div class="article__date-published">Nobyembre 27, 2026 | 4:20pm</div>
</div>
<div class="article__share">Ibahagi: <a>Facebook</a> <a>X</a></div>
<div class="paywall-hidden" style="display:none">Mag-subscribe para mabasa ang buong artikulo. Nobyembre 1, 2026</div>
<div class="article__writeup">
{ps(P[:2])}
<div class="ad-slot"><span>ADVERTISEMENT</span></div>
{ps(P[2:])}
</div>
<div class="article__tags">Mga tag: <a>presyo</a> <a>piyesa</a></div>
<aside class="related"><h3>Mga Kaugnay na Balita</h3><ul><li><a>Presyo ng gasolina, bababa sa susunod na linggo</a><span>Nobyembre 26, 2026 | 12:00am</span></li></ul></aside>
</main>
<footer>© 2026 Philstar Global Corp.</footer>
</body>
</html>
""",
    url="https://www.philstar.com/pilipino-star-ngayon/metro/2026/11/27/2451234/presyo-ng-piyesa-ng-sasakyan-tumaas-ngayong-nobyembre",
    kind="intl",
    modelled_on="Pilipino Star Ngayon (philstar.com/pilipino-star-ngayon, Filipino-language tabloid) article page (article__title h1, article__author 'Ni X - Pilipino Star Ngayon', article__date-published 'Buwan D, YYYY | h:mmpm' with a Filipino month and a 12-hour clock, share bar, hidden display:none paywall text with another date, ADVERTISEMENT slot inside the write-up, tags, related list with print-edition '12:00am' dates; NewsArticle JSON-LD with +08:00; URL /YYYY/MM/DD/)",
    language="fil", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 'Nobyembre 27, 2026 | 4:20pm' = 16:20 Philippine time; JSON-LD 2026-11-27T16:20:00+08:00 agrees (seconds :00). Author Jose Reyes ('Ni' = by); 'Pilipino Star Ngayon' after the dash is the publication, not a second author. The display:none paywall text carries another date (Nobyembre 1). The ADVERTISEMENT slot inside the write-up is noise.",
    classes=["filipino_month", "ampm_time", "pipe_between_date_and_time", "jsonld_offset_agrees", "byline_prefix_ni", "author_dash_publication", "hidden_display_none", "hidden_date_trap", "ad_inside_body", "tags_line", "share_bar", "related_dates", "url_date", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T16:20:00+08:00",
    author="Jose Reyes", editor=None, source=None,
    paragraphs=P,
    body_noise=["ADVERTISEMENT", "Mag-subscribe para mabasa ang buong artikulo.", "Mga tag:", "Presyo ng gasolina, bababa sa susunod na linggo"])

# ---------------------------------------------------------------------------------------------
# 27. Naftemporiki (Greece) Greek genitive month
T = "Αυξημένες παραγγελίες για τους Έλληνες κατασκευαστές εξαρτημάτων αυτοκινήτου"
P = ["Αύξηση παραγγελιών από ευρωπαϊκές αυτοκινητοβιομηχανίες καταγράφουν οι ελληνικές εταιρείες που παράγουν εξαρτήματα αυτοκινήτων, σύμφωνα με στοιχεία του κλάδου.",
     "Οι εξαγωγές εξαρτημάτων το εννεάμηνο αυξήθηκαν κατά 11% σε σχέση με την αντίστοιχη περίοδο πέρυσι, με τα καλώδια και τα μεταλλικά εξαρτήματα να κατέχουν τη μεγαλύτερη μερίδα.",
     "Στελέχη του κλάδου επισημαίνουν ότι η μετάβαση στην ηλεκτροκίνηση δημιουργεί νέες ευκαιρίες, αλλά απαιτεί σημαντικές επενδύσεις σε εξοπλισμό και πιστοποιήσεις.",
     "Το υψηλό ενεργειακό κόστος παραμένει, ωστόσο, βασικό εμπόδιο για την ανταγωνιστικότητα των μικρότερων επιχειρήσεων."]
add("intl_el_naftemporiki", f"""
<!DOCTYPE html>
<html lang="el">
<head>
<meta charset="utf-8">
<title>{esc(T)} - Ναυτεμπορική</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": "2026-11-27T10:42:31+02:00", "dateModified": "2026-11-27T12:10:00+02:00", "author": {"@type": "Person", "name": "Γιώργος Παπαδάκης"}})}
</head>
<body>
<header><a class="logo" href="https://www.naftemporiki.gr/">Ναυτεμπορική</a><nav><a>Επιχειρήσεις</a><a>Οικονομία</a><a>Αγορές</a></nav></header>
<main class="article">
 <div class="kicker">Βιομηχανία</div>
 <h1>{esc(T)}</h1>
 <div class="meta"><span class="author">Γιώργος Παπαδάκης</span> <span class="date">27 Νοεμβρίου 2026, 10:42</span> <span class="upd">Τελευταία ενημέρωση: 27 Νοεμβρίου 2026, 12:10</span></div>
 <figure><img src="/img/2026/11/27/kalodia.jpg" alt=""><figcaption>Γραμμή παραγωγής καλωδιώσεων. (Φωτογραφία: Αρχείο)</figcaption></figure>
 <div class="article-body">
{ps(P[:2])}
<p class="read-also"><strong>Διαβάστε επίσης:</strong> <a>Οι πωλήσεις αυτοκινήτων τον Οκτώβριο</a></p>
{ps(P[2:])}
 </div>
 <div class="google-news">Ακολουθήστε τη Ναυτεμπορική στο Google News</div>
 <div class="latest"><h3>Τελευταία νέα</h3><ul><li><a>Άνοδος για το Χρηματιστήριο Αθηνών</a><span>08:15</span></li></ul></div>
</main>
<footer>© 2026 Ναυτεμπορική</footer>
</body>
</html>
""",
    url="https://www.naftemporiki.gr/business/industry/1812345/auxhmenes-paraggelies-exartimata-autokinitou/",
    kind="intl",
    modelled_on="Ναυτεμπορική (naftemporiki.gr, Greek business daily) article page (kicker, h1, meta row with author, 'D Month(genitive) YYYY, HH:MM' and 'Τελευταία ενημέρωση:' update, figcaption with '(Φωτογραφία: …)', bold 'Διαβάστε επίσης:' paragraph inside the body, Google News follow prompt, latest list with bare times; NewsArticle JSON-LD with +02:00)",
    language="el", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '27 Νοεμβρίου 2026, 10:42' (Greek genitive month); JSON-LD 2026-11-27T10:42:31+02:00 (Greece, winter time) agrees and gives seconds and offset. The update (12:10) never wins. Author Γιώργος Παπαδάκης. Latest-list bare times are traps.",
    classes=["greek_month_genitive", "jsonld_seconds_agree", "update_line", "update_in_jsonld", "caption_photo_credit", "read_also_inside_body", "follow_prompt", "category_label", "bare_time_sidebar", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:42:31+02:00",
    author="Γιώργος Παπαδάκης", editor=None, source=None,
    paragraphs=P,
    body_noise=["Διαβάστε επίσης: Οι πωλήσεις αυτοκινήτων τον Οκτώβριο", "Γραμμή παραγωγής καλωδιώσεων. (Φωτογραφία: Αρχείο)",
                "Ακολουθήστε τη Ναυτεμπορική στο Google News", "Άνοδος για το Χρηματιστήριο Αθηνών"])

# ---------------------------------------------------------------------------------------------
# 28. Ziarul Financiar (Romania) meta minutes differ, two authors, table
T = "Producătorii de componente auto din vestul țării își extind fabricile"
P = ["Mai mulți producători de componente auto din județele Timiș și Arad au anunțat investiții de peste 180 de milioane de euro pentru extinderea capacităților de producție în 2027.",
     "Investițiile anunțate se împart astfel:",
     "Reprezentanții companiilor spun că cererea vine în special din partea producătorilor europeni de vehicule electrice, care caută furnizori mai aproape de fabricile lor.",
     "Principala problemă rămâne însă forța de muncă: companiile estimează că vor avea nevoie de încă 2.500 de angajați în următorii doi ani."]
ROWS = [["Județ", "Investiții (mil. euro)", "Locuri de muncă noi"],
        ["Timiș", "112", "1.600"],
        ["Arad", "71", "900"]]
add("intl_ro_zf", f"""
<!DOCTYPE html>
<html lang="ro">
<head>
<meta charset="utf-8">
<title>{esc(T)} | Ziarul Financiar</title>
<meta property="article:published_time" content="2026-11-27T10:41:00+02:00">
</head>
<body>
<header><a class="logo" href="https://www.zf.ro/">Ziarul Financiar</a><nav><a>Companii</a><a>Auto</a><a>Burse</a></nav></header>
<main>
<article>
 <h1 class="title">{esc(T)}</h1>
 <div class="article-meta">
  <div class="authors">Autori: <a>Andrei Popescu</a>, <a>Ioana Marin</a></div>
  <div class="date">27.11.2026, 10:45</div>
  <div class="comments-count">3 comentarii</div>
 </div>
 <div class="lead"><strong>Investițiile depășesc 180 de milioane de euro.</strong></div>
 <div class="article-body">
{ps(P[:2])}
{table(ROWS)}
<p><strong>Citeşte şi:</strong> <a>Înmatriculările de mașini noi au crescut în octombrie</a></p>
{ps(P[2:])}
 </div>
 <div class="newsletter">Abonează-te la newsletterul ZF Auto</div>
 <div class="comments"><h3>Comentarii</h3><div class="c"><b>Mihai</b><p>Vestea bună pentru zonă.</p><span>27.11.2026, 13:02</span></div></div>
</article>
</main>
<footer>© 2026 Ziarul Financiar</footer>
</body>
</html>
""",
    url="https://www.zf.ro/companii/producatorii-de-componente-auto-din-vestul-tarii-isi-extind-fabricile-22912345",
    kind="intl",
    modelled_on="Ziarul Financiar (zf.ro, Romanian business daily) article page (h1, article-meta with 'Autori: X, Y', dotted 'DD.MM.YYYY, HH:MM' date and comment count, bold lead, data table and bold 'Citeşte şi:' link inside the body, ZF newsletter prompt, comments with dates; article:published_time meta four minutes earlier than the printed time)",
    language="ro", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 27.11.2026, 10:45; article:published_time says 10:41:00+02:00 (another minute): the printed minute wins, seconds :00, offset +02:00 (Romania winter time, as the meta states). Authors 'Andrei Popescu, Ioana Marin'. Lead neutral; the table (header row included) and the sentence introducing it are body; 'Citeşte şi:' line and the comment (with a later date) are noise.",
    classes=["dotted_date", "meta_disagrees_by_minutes", "two_authors_comma", "table_in_body", "read_also_inside_body", "comment_count", "comment_dates", "newsletter_prompt", "standfirst_neutral", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:45:00+02:00",
    author="Andrei Popescu, Ioana Marin", editor=None, source=None,
    paragraphs=P[:2] + rows_tsv(ROWS) + P[2:],
    body_noise=["Citeşte şi: Înmatriculările de mașini noi au crescut în octombrie", "Abonează-te la newsletterul ZF Auto", "Vestea bună pentru zonă.",
                "3 comentarii"])

# ---------------------------------------------------------------------------------------------
# 29. Naver News (Korea) 오후 12-hour, data-date-time, press credited
T = "車부품업계, 전기차 열관리 부품 수주 잇따라"
P = ["국내 자동차 부품업체들이 전기차용 열관리 부품 수주를 잇따라 따내고 있다.",
     "27일 업계에 따르면 한 중견 부품사는 최근 유럽 완성차 업체와 히트펌프 모듈 공급 계약을 체결했다. 계약 규모는 약 1200억원으로, 2028년부터 5년간 공급한다.",
     "업계 관계자는 \"전기차는 배터리 온도 관리가 주행거리와 직결되기 때문에 열관리 부품의 중요성이 커지고 있다\"고 말했다.",
     "다만 완성차 업체들의 단가 인하 요구가 거세 수익성 확보가 과제로 꼽힌다."]
add("intl_ko_naver", f"""
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(T)} : 네이버 뉴스</title>
<meta property="og:article:author" content="산업경제신문 | 네이버">
</head>
<body>
<div class="header"><a class="logo" href="https://news.naver.com/">NAVER 뉴스</a><a>언론사별</a><a>정치</a><a>경제</a><a>IT/과학</a></div>
<div id="ct" class="newsct">
 <div class="media_end_head">
  <div class="media_end_head_top"><a class="media_end_head_top_logo"><span class="media_end_head_top_logo_text">산업경제신문</span></a></div>
  <h2 id="title_area" class="media_end_head_headline"><span>{esc(T)}</span></h2>
  <div class="media_end_head_info">
   <div class="media_end_head_journalist"><a><em class="media_end_head_journalist_name">김민수 기자</em></a></div>
   <div class="media_end_head_info_datestamp">
    <div class="bunch"><span>입력</span><span class="media_end_head_info_datestamp_time" data-date-time="2026-11-27 15:45:21">2026.11.27. 오후 3:45</span></div>
    <div class="bunch"><span>수정</span><span class="media_end_head_info_datestamp_time" data-modify-date-time="2026-11-27 17:02:40">2026.11.27. 오후 5:02</span></div>
    <a class="media_end_head_origin_link">기사원문</a>
   </div>
  </div>
 </div>
 <div id="newsct_article" class="newsct_article">
  <article id="dic_area" class="go_trans _article_content">
<span class="end_photo_org"><img src="https://imgnews.example/2026/11/27/heatpump.jpg" alt=""><em class="img_desc">히트펌프 모듈 생산라인. 사진=업체 제공</em></span>
<br>
{"<br><br>".join(esc(p) for p in P)}
  </article>
 </div>
 <div class="byline"><p>김민수 기자 minsu@example.co.kr</p></div>
 <p class="c_text">Copyright ⓒ 산업경제신문. All rights reserved. 무단 전재 및 재배포 금지.</p>
 <div class="media_end_linked_journalist">기자 구독 <a>구독</a></div>
 <div class="react"><span>좋아요 12</span><span>훈훈해요 3</span><span>후속기사 원해요 5</span></div>
 <div class="media_end_copyright">기사제공 산업경제신문</div>
 <div class="press_ranking"><h4>산업경제신문 랭킹 뉴스</h4><ol><li><a>완성차 5사 11월 판매 실적 전망</a></li></ol></div>
</div>
</body>
</html>
""",
    url="https://n.news.naver.com/mnews/article/987/0000123456?sid=101",
    kind="intl",
    modelled_on="네이버 뉴스 (n.news.naver.com) article view of a partner press's story (media_end_head with press logo text, h2 headline, journalist name '이름 기자', datestamp '입력 YYYY.MM.DD. 오후 H:MM' / '수정 …' with data-date-time attributes to the second, 기사원문 link, dic_area body with <br><br>-separated text and an img_desc caption '사진=업체 제공', byline e-mail line, Copyright ⓒ line, 기자 구독 prompt, reaction counters, '기사제공 X' press credit, press ranking list)",
    language="ko", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed '입력 2026.11.27. 오후 3:45' (12-hour with 오후 = p.m.) = 15:45 KST; data-date-time '2026-11-27 15:45:21' (naive, Korea +09:00) agrees and gives seconds. The 수정 (update) time never wins. Author 김민수 ('기자' = reporter, a role). Source 산업경제신문 (invented press name): on the Naver aggregator the partner press is the credited source ('기사제공', logo text). Body separated by <br><br>; caption, e-mail line and Copyright line are noise.",
    classes=["aggregator_press_source", "korean_ampm", "dotted_date_trailing_dot", "data_attribute_seconds", "update_line", "reporter_suffix", "br_separated_body", "image_caption", "caption_photo_credit", "reporter_email_line", "copyright_notice", "subscribe_prompt", "reaction_counters", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T15:45:21+09:00",
    author="김민수", editor=None, source="산업경제신문",
    paragraphs=P,
    body_noise=["히트펌프 모듈 생산라인. 사진=업체 제공", "김민수 기자 minsu@example.co.kr", "Copyright ⓒ 산업경제신문. All rights reserved. 무단 전재 및 재배포 금지.",
                "기자 구독", "좋아요 12", "완성차 5사 11월 판매 실적 전망"])

# ---------------------------------------------------------------------------------------------
# 30. ANSA (Italy) agency dateline, Redazione byline
T = "Componentistica auto, a Torino nasce un polo per le batterie"
P = ["(ANSA) - TORINO, 27 NOV - Un consorzio di dodici aziende della componentistica auto piemontese ha presentato oggi a Torino un progetto per un polo dedicato ai sistemi di gestione delle batterie, con un investimento complessivo di 95 milioni di euro.",
     "Il polo, che sorgerà in un'area industriale dismessa alla periferia nord della città, dovrebbe impiegare a regime circa 400 persone, in gran parte tecnici e ingegneri.",
     "\"Vogliamo trattenere in Piemonte competenze che rischiano di disperdersi con il calo della produzione di motori termici\", ha spiegato il presidente del consorzio, Paolo Ferraris.",
     "Il progetto prevede anche un centro di formazione in collaborazione con gli istituti tecnici del territorio. (ANSA)."]
add("intl_it_ansa", f"""
<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>{esc(T)} - Motori - Ansa.it</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": "2026-11-27T11:42:07+01:00", "author": {"@type": "Organization", "name": "Redazione ANSA"}})}
</head>
<body>
<header><a class="logo" href="https://www.ansa.it/">ANSA.it</a><nav><a>Cronaca</a><a>Economia</a><a>Motori</a><a>Regioni</a></nav></header>
<main>
<div class="news-txt">
 <div class="news-section">Motori · Industria</div>
 <h1 class="news-title">{esc(T)}</h1>
 <h2 class="news-stit">Investimento da 95 milioni, 400 posti di lavoro previsti</h2>
 <div class="news-date"><span class="author">Redazione ANSA</span> <span class="pubdate">TORINO, 27 novembre 2026, 11:42</span></div>
 <div class="news-share">Condividi <a>Facebook</a> <a>X</a> <a>Email</a></div>
 <div class="news-txt-body">
{ps(P)}
 </div>
 <div class="news-copyright">RIPRODUZIONE RISERVATA © Copyright ANSA</div>
 <div class="news-related"><h3>Leggi anche</h3><ul><li><a>Auto elettriche, vendite in crescita a ottobre</a><span>25 novembre 2026</span></li></ul></div>
 <div class="news-cookie-banner" style="display:none">Ultimo aggiornamento: 28 novembre 2026, 09:00</div>
</div>
</main>
<footer>© Copyright ANSA - Tutti i diritti riservati</footer>
</body>
</html>
""",
    url="https://www.ansa.it/canale_motori/notizie/industria/2026/11/27/componentistica-auto-a-torino-nasce-un-polo-per-le-batterie_a1b2c3d4.html",
    kind="intl",
    modelled_on="ANSA.it (Italian news agency) Motori channel story (section line, news-title + news-stit subtitle, news-date with 'Redazione ANSA' and 'CITY, D mese YYYY, HH:MM', share row, '(ANSA) - CITY, DD MON -' agency dateline opening the text and '(ANSA).' sign-off, RIPRODUZIONE RISERVATA copyright line, 'Leggi anche' list with dates, hidden display:none block with a later date; NewsArticle JSON-LD with +01:00 and an Organization author; URL /YYYY/MM/DD/)",
    language="it", encoding="utf-8", fetched_at=FETCH_INTL,
    notes="Printed 'TORINO, 27 novembre 2026, 11:42'; JSON-LD 2026-11-27T11:42:07+01:00 agrees and gives seconds and offset. Byline 'Redazione ANSA' is the newsroom -> author null. The '(ANSA) - TORINO, 27 NOV -' dateline is part of the first sentence and stays, as does the '(ANSA).' sign-off at the end of the last sentence. Subtitle neutral. The hidden block with 28 novembre is a trap.",
    classes=["agency_dateline_in_first_paragraph", "city_before_date", "italian_month", "jsonld_seconds_agree", "newsroom_byline_no_author", "hidden_display_none", "hidden_date_trap", "copyright_notice", "share_bar", "standfirst_neutral", "related_dates", "url_date", "no_author", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T11:42:07+01:00",
    author=None, editor=None, source=None,
    paragraphs=P,
    body_noise=["RIPRODUZIONE RISERVATA © Copyright ANSA", "Auto elettriche, vendite in crescita a ottobre", "Ultimo aggiornamento: 28 novembre 2026, 09:00", "Condividi"])
