from _common import P, page

PAGES = []

# ---------------------------------------------------------------- 1. Gannett-like local paper carrying an AP story
paras = [
    "DETROIT (AP) — A supplier of truck axles said Tuesday it will add 400 jobs at its plant in Monroe, Michigan, after orders for electric delivery vans more than doubled in the first ten months of the year.",
    "Halvorsen Axle Systems said the hiring will start in March and bring the plant's workforce to about 1,650. The company will spend $210 million on a new line that machines the gear sets used in electric drive axles, which combine the motor, gearbox and differential in a single housing.",
    "\u201cThe customers we have for 2025 are not pilot fleets anymore,\u201d Chief Executive Dana Whitfield said in an interview. \u201cThey are parcel companies that want a thousand vans at a time.\u201d",
    "The expansion comes as other parts makers in the region have cut shifts. Sales of electric pickups slowed last year, and several suppliers that invested early in battery components have struggled to fill capacity.",
    "Michigan's economic development agency approved a $9 million performance grant tied to the jobs on Monday. The United Auto Workers local that represents the plant said it had not yet seen details of the new positions.",
]
html = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Midwest axle plant to add 400 jobs as electric van orders climb</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.lakeshoreledger.com/story/money/cars/2024/12/03/axle-plant-monroe-400-jobs-electric-vans/84123456007/">
<meta property="og:site_name" content="The Lakeshore Ledger">
<meta property="og:title" content="Midwest axle plant to add 400 jobs as electric van orders climb">
<meta name="description" content="Halvorsen Axle Systems will hire in Monroe after electric delivery van orders doubled.">
<style>.gnt_ar_dt span{display:block}</style>
</head>
<body>
<div class="gnt_n">
  <a class="gnt_n_logo" href="/">The Lakeshore Ledger</a>
  <nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/money/">Money</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/e-edition/">E-Edition</a></nav>
  <a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_signin" href="/login/">Sign In</a>
</div>
<main class="gnt_cw">
<article class="gnt_pr">
  <div class="gnt_ar_lbl"><a href="/money/cars/">CARS</a></div>
  <h1 class="gnt_ar_hl" elementtiming="ar-headline">Midwest axle plant to add 400 jobs as electric van orders climb</h1>
  <div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/">Tom Krause</a></div>
  <div class="gnt_ar_by">Associated Press</div>
  <div class="gnt_ar_dt" aria-label="Published: 9:12 AM EST Dec. 3, 2024 Updated: 11:40 AM EST Dec. 3, 2024">Published 9:12 a.m. ET Dec. 3, 2024 <span>Updated 11:40 a.m. ET Dec. 3, 2024</span></div>
  <div class="gnt_ss"><button>Share</button> <button>Save</button></div>
  <div class="gnt_ar_b">
@@B1@@
    <figure class="gnt_em gnt_em_img"><img src="/img/axle-line.jpg" alt="">
      <figcaption class="gnt_em_img_ccw">A worker inspects a drive unit housing at the Halvorsen plant in Monroe, Michigan, on Nov. 21, 2024. <span class="gnt_em_img_cp">Carlos Osorio, AP</span></figcaption></figure>
@@B2@@
    <aside class="gnt_em gnt_em_ib"><div class="gnt_em_ib_t">Sign up for our Money newsletter</div><p>Get the week's business news in your inbox every Friday.</p></aside>
  </div>
</article>
<aside class="gnt_mp">
  <h2>Most Popular</h2>
  <ol><li><a href="/story/news/2024/12/05/bridge-closure/">Bridge closure extended through January</a></li>
  <li><a href="/story/sports/2024/12/04/holiday-tournament/">Tigers open holiday tournament with a win</a></li></ol>
</aside>
</main>
<footer class="gnt_f"><p>&copy; 2026 The Lakeshore Ledger. All rights reserved.</p><a href="/terms/">Terms of Service</a> <a href="/privacy/">Privacy Notice</a></footer>
</body>
</html>
""".replace("@@B1@@", P(paras[:2], 'class="gnt_ar_b_p"', "    ")).replace("@@B2@@", P(paras[2:], 'class="gnt_ar_b_p"', "    "))
PAGES.append(page(
    "intl_us_gannett_ap", html,
    url="https://www.lakeshoreledger.com/story/money/cars/2024/12/03/axle-plant-monroe-400-jobs-electric-vans/84123456007/",
    modelled_on="US local daily on a Gannett/USA TODAY Network-style template carrying an AP story",
    language="en",
    notes="Visible 'Published 9:12 a.m. ET Dec. 3, 2024' with 'Updated 11:40 a.m. ET' beside it; ET in December is EST (-05:00), not EDT. No JSON-LD or article meta. Byline credits AP, so source is Associated Press. URL also carries 2024/12/03; the Most Popular links carry 2024/12/04-05 URLs.",
    classes=["visible_only", "zone_abbrev_et", "winter_offset_est", "published_vs_updated", "agency_source", "caption", "newsletter_prompt", "copyright_year"],
    title="Midwest axle plant to add 400 jobs as electric van orders climb",
    published_date="2024-12-03", published_at="2024-12-03T09:12:00-05:00",
    author="Tom Krause", source="Associated Press",
    paragraphs=paras,
    body_noise=["A worker inspects a drive unit housing at the Halvorsen plant in Monroe, Michigan, on Nov. 21, 2024.", "Carlos Osorio, AP", "Sign up for our Money newsletter", "Bridge closure extended through January", "2026 The Lakeshore Ledger. All rights reserved."],
))

# ---------------------------------------------------------------- 2. Reuters-like wire page
paras = [
    "DETROIT, June 5 (Reuters) - Global brake and steering supplier Ostmark Fahrwerk said on Thursday it would shut two European plants by the end of 2026 and move part of their output to Morocco, blaming weak car production and rising energy costs.",
    "The Stuttgart-based company said the closures in Saarland and northern Italy would affect about 1,100 employees and save around 140 million euros ($160 million) a year from 2027.",
    "\u201cEuropean vehicle output is still 15% below where it was in 2019 and we do not expect it to recover fully this decade,\u201d Chief Financial Officer Petra Lindqvist told analysts on a call.",
    "Shares in Ostmark rose 4.2% in Frankfurt trading. The company kept its full-year guidance for an adjusted operating margin of 5.5% to 6%.",
    "Unions at both sites said they would fight the closures. IG Metall called the decision \u201cshort-sighted\u201d and said it would push for the Saarland plant to be converted to produce components for heat pumps.",
]
html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ostmark Fahrwerk to close two European plants, shift output to Morocco | Reuters</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.reuters.com/business/autos-transportation/ostmark-fahrwerk-close-two-european-plants-shift-output-morocco-2025-06-05/">
<meta property="og:title" content="Ostmark Fahrwerk to close two European plants, shift output to Morocco">
<meta property="og:site_name" content="Reuters">
</head>
<body>
<header class="site-header__container__2cPlq"><a href="/" aria-label="Reuters home">Reuters</a>
  <nav><a href="/world/">World</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/sustainability/">Sustainability</a> <a href="/legal/">Legal</a></nav></header>
<main id="main-content">
<article class="article__container__2jRdz">
  <div class="article-header__heading__15OpQ">
    <nav class="article-header__tags__2YfT7"><a href="/business/autos-transportation/">Autos &amp; Transportation</a></nav>
    <h1 data-testid="Heading" class="text__heading_3__1kDhc">Ostmark Fahrwerk to close two European plants, shift output to Morocco</h1>
    <div class="info-content__author-date__1Epi_">
      <div class="article-byline__container__3IeL4" data-testid="AuthorByline">By <a href="/authors/nora-ellison/" rel="author">Nora Ellison</a></div>
      <div class="article-header__dateline__4jE04"><time datetime="2025-06-05T08:12:00Z" data-testid="DateLineText" class="date-line__time__3-pDG"><span class="date-line__date__23Ge-">June 5, 2025</span><span class="date-line__date__23Ge-">9:12 AM GMT+1</span><span class="date-line__date__23Ge-">Updated 3 hours ago</span></time></div>
    </div>
  </div>
  <figure class="primary-image__container__3J9Gq"><img src="/resizer/ostmark.jpg" alt="">
    <figcaption><span class="text__text__1FZLe">A logo of Ostmark Fahrwerk is seen at its headquarters in Stuttgart, Germany, March 12, 2025. REUTERS/Lena Braun/File Photo</span> <a href="/licensing/">Purchase Licensing Rights</a>, opens new tab</figcaption></figure>
  <div class="article-body__content__17Yit">
@@BODY@@
    <p class="sign-off__text__PU4Ol" data-testid="SignOffLine">Reporting by Nora Ellison in Detroit; Additional reporting by Kenji Arai in Tokyo; Editing by Mark Potter</p>
    <p class="trust-badge__text__3_rIk"><a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">Our Standards: The Thomson Reuters Trust Principles.</a>, opens new tab</p>
  </div>
</article>
<section class="read-next__container__1-Kfz"><h2>Read Next</h2>
  <ul><li><a href="/business/autos-transportation/tyre-makers-2025-06-06/">Tyre makers warn on European replacement demand</a> <time datetime="2025-06-06T10:40:00Z">June 6, 2025</time></li>
  <li><a href="/business/autos-transportation/morocco-auto-exports-2025-06-03/">Morocco's auto exports hit record in May</a> <time datetime="2025-06-03T14:02:00Z">June 3, 2025</time></li></ul>
</section>
</main>
<footer><p>All quotes delayed a minimum of 15 minutes. &copy; 2026 Reuters. All rights reserved</p></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, 'data-testid="paragraph-0" class="text__text__1FZLe"', "    "))
PAGES.append(page(
    "intl_reuters_wire", html,
    url="https://www.reuters.com/business/autos-transportation/ostmark-fahrwerk-close-two-european-plants-shift-output-morocco-2025-06-05/",
    modelled_on="Reuters article page (2023+ template: date spans glued inside <time datetime>, sign-off line)",
    language="en",
    notes="<time datetime='2025-06-05T08:12:00Z'> holds three spans that render glued together ('June 5, 20259:12 AM GMT+1Updated 3 hours ago'). Printed 9:12 AM GMT+1 = 08:12Z; published_at written with the printed offset. Editor from 'Editing by' in the sign-off line. Read Next list carries June 6 and June 3 dates.",
    classes=["time_datetime", "visible_glued_spans", "relative_updated", "agency_source", "signoff_editor", "related_dates", "caption"],
    title="Ostmark Fahrwerk to close two European plants, shift output to Morocco",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+01:00",
    author="Nora Ellison", editor="Mark Potter", source="Reuters",
    paragraphs=paras,
    body_noise=["Reporting by Nora Ellison in Detroit; Additional reporting by Kenji Arai in Tokyo; Editing by Mark Potter", "Our Standards: The Thomson Reuters Trust Principles.", "Purchase Licensing Rights", "REUTERS/Lena Braun/File Photo", "Tyre makers warn on European replacement demand"],
))

# ---------------------------------------------------------------- 3. BBC-like
paras = [
    "Britain's largest independent car-parts recycler says demand for second-hand electric vehicle batteries has overtaken demand for used engines for the first time.",
    "Greenway Dismantlers, which processes about 60,000 vehicles a year at sites in Leeds and Swindon, said battery modules now account for almost a fifth of its parts revenue.",
    "Most of the packs are bought by repair garages replacing a single faulty module rather than a whole battery, which can cost more than \u00a310,000 new.",
    "\"Five years ago we were scrapping these packs because nobody would touch them,\" said managing director Owen Pryce. \"Now we have a waiting list.\"",
    "The Society of Motor Manufacturers and Traders has warned that the UK lacks enough trained technicians to handle high-voltage repairs, and says only around one in ten mechanics holds the relevant qualification.",
]
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Used EV batteries now outsell used engines, says recycler - BBC News</title>
<meta property="og:title" content="Used EV batteries now outsell used engines, says recycler">
<meta property="og:site_name" content="BBC News">
<link rel="canonical" href="https://www.bbc.co.uk/news/articles/c5y2k8m3n4lo">
</head>
<body>
<header data-testid="header-content"><a href="/">BBC</a>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/news/business">Business</a> <a href="/innovation">Innovation</a> <a href="/culture">Culture</a></nav></header>
<div id="main-content" class="sc-4fa7ff7d-0">
<article>
  <div data-component="headline-block"><h1 id="main-heading" class="sc-518485e5-0 bWszMR">Used EV batteries now outsell used engines, says recycler</h1></div>
  <div data-component="byline-block"><div data-testid="byline-new" class="sc-2b5e3b35-0">
    <div class="sc-2b5e3b35-1"><time data-testid="timestamp" datetime="2025-06-05T05:02:17.000Z" class="sc-2b5e3b35-2">5 June 2025</time></div>
    <div data-testid="byline-new-contributors"><div><span class="sc-b42e7a8f-7">Helen Marsh</span><div class="sc-b42e7a8f-8">Business reporter, BBC News</div></div></div>
    <div><button>Share</button><button>Save</button></div>
  </div></div>
  <div data-component="image-block"><figure><img src="/ace/standard/976/cpsprodpb/battery.jpg" alt="Battery modules on shelves"><span class="sc-copyright">Greenway Dismantlers</span>
    <figcaption class="sc-6a1a8b0b-0">Battery modules awaiting testing at the Leeds site</figcaption></figure></div>
@@BODY@@
  <div data-component="links-block"><h2>More on this story</h2>
    <ul><li><a href="/news/articles/c0x1r9v">Garages 'not ready' for electric car repairs</a><span>2 June 2025</span></li>
    <li><a href="/news/articles/c7q2w3e">Scrappage scheme call as used car prices fall</a><span>28 May 2025</span></li></ul></div>
</article>
</div>
<footer data-testid="footer"><p>Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites. <a href="/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></p></footer>
</body>
</html>
""".replace("@@BODY@@", "\n".join('  <div data-component="text-block"><p class="sc-eb7bd5f6-0 fYAfXe">%s</p></div>' % (("<b>%s</b>" % p) if i == 0 else p.replace('"', '&quot;')) for i, p in enumerate(paras)))
PAGES.append(page(
    "intl_uk_bbc", html,
    url="https://www.bbc.co.uk/news/articles/c5y2k8m3n4lo",
    modelled_on="BBC News article (2024+ 'articles/c...' template: data-component blocks, byline-new, timestamp)",
    language="en",
    notes="Visible date is only '5 June 2025' inside <time data-testid='timestamp' datetime='2025-06-05T05:02:17.000Z'>; time of day comes from the datetime (UTC). No year-bearing URL. 'More on this story' carries its own dates.",
    classes=["time_datetime", "visible_date_only", "utc_z", "related_dates", "caption", "copyright_year"],
    title="Used EV batteries now outsell used engines, says recycler",
    published_date="2025-06-05", published_at="2025-06-05T05:02:17+00:00",
    author="Helen Marsh",
    paragraphs=paras,
    body_noise=["Battery modules awaiting testing at the Leeds site", "Business reporter, BBC News", "Garages 'not ready' for electric car repairs", "Copyright 2026 BBC. All rights reserved."],
))

# ---------------------------------------------------------------- 4. Guardian-like (older content__dateline template)
paras = [
    "The government's plan to require new cars to be sold with a right-to-repair data port has been delayed for at least a year after manufacturers argued that the cybersecurity rules were not ready.",
    "Independent garages had expected the rule to apply from this autumn. Under the proposal, carmakers would have to give any accredited workshop the same diagnostic access as their own dealers, at a regulated price.",
    "Ministers told the industry in a letter seen by the Guardian that the start date would now be \u201cno earlier than January 2027\u201d, and that a fresh consultation on security certificates would open in the autumn.",
    "The Independent Garage Association said the delay would cost its members millions of pounds in lost work. \u201cEvery month this slips, more cars are locked into dealer-only servicing,\u201d said its chair, Moira Coates.",
    "Carmakers say that opening up vehicle networks without strict controls would make it easier for thieves to clone keys, a problem that insurers say already accounts for a rising share of car thefts.",
]
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Car right-to-repair rule delayed after industry security warnings | Automotive industry | The Guardian</title>
<meta property="og:title" content="Car right-to-repair rule delayed after industry security warnings">
<meta property="article:published_time" content="2025-01-14T09:12:43.000Z">
<meta property="article:modified_time" content="2025-01-14T16:47:02.000Z">
<meta property="article:author" content="https://www.theguardian.com/profile/jasper-whitcombe">
<link rel="canonical" href="https://www.theguardian.com/business/2025/jan/14/car-right-to-repair-rule-delayed-security-warnings">
</head>
<body>
<header class="new-header"><a class="new-header__logo" href="/">The Guardian</a>
  <nav><a href="/uk">News</a> <a href="/uk/commentisfree">Opinion</a> <a href="/uk/sport">Sport</a> <a href="/uk/culture">Culture</a> <a href="/uk/lifeandstyle">Lifestyle</a></nav>
  <a href="/contribute">Support the Guardian</a></header>
<div class="l-side-margins">
<article id="article" class="content content--article" itemscope itemtype="http://schema.org/NewsArticle">
  <div class="content__labels"><a class="content__label__link" href="/business/automotive-industry">Automotive industry</a></div>
  <h1 class="content__headline" itemprop="headline">Car right-to-repair rule delayed after industry security warnings</h1>
  <div class="content__standfirst" itemprop="description"><p>Independent garages say postponement of diagnostic-access rule will cost them millions</p></div>
  <div class="content__meta-container">
    <p class="byline" data-component="meta-byline"><span itemscope itemtype="http://schema.org/Person" itemprop="author"><a rel="author" class="tone-colour" itemprop="sameAs" href="https://www.theguardian.com/profile/jasper-whitcombe"><span itemprop="name">Jasper Whitcombe</span></a></span> Motoring correspondent</p>
    <p class="content__dateline" aria-hidden="true">
      <time itemprop="datePublished" datetime="2025-01-14T09:12:43+0000" data-timestamp="1736845963000" class="content__dateline-wpd js-wpd">Tue 14 Jan 2025 09.12 GMT</time>
      <time datetime="2025-01-14T16:47:02+0000" data-timestamp="1736873222000" class="content__dateline-lm js-lm u-h" itemprop="dateModified">Last modified on Tue 14 Jan 2025 16.47 GMT</time>
    </p>
    <div class="meta__social"><a>Share on Facebook</a> <a>Share on Twitter</a></div>
    <div class="meta__comment-count">Comments 214</div>
  </div>
  <div class="content__article-body from-content-api js-article__body" itemprop="articleBody" data-test-id="article-review-body">
@@BODY@@
    <aside class="element element-rich-link"><p><span>Related: </span><a href="/business/2024/dec/19/car-key-cloning-thefts-insurers">Key-cloning thefts push car insurance premiums to record high</a></p></aside>
  </div>
  <div class="submeta"><a href="/business/automotive-industry">Automotive industry</a> <a href="/money/motoring">Motoring</a> <a href="/business/consumer-affairs">Consumer affairs</a></div>
</article>
<div class="contributions__epic"><h2>I hope you appreciated this article.</h2><p>Before you move on, I wonder if you would consider supporting the Guardian's journalism.</p></div>
<section id="comments" class="discussion"><h2>Comments (214)</h2>
  <div class="d-comment"><span class="d-comment__author">oldbangerfan</span> <a class="d-comment__timestamp" href="#comment-1">14 Jan 2025 10:03</a><div class="d-comment__body"><p>Dealers charging 180 quid an hour for plugging in a laptop. Of course they want a delay.</p></div></div>
  <div class="d-comment"><span class="d-comment__author">Nettlebed</span> <a class="d-comment__timestamp" href="#comment-2">15 Jan 2025 08:15</a><div class="d-comment__body"><p>The key cloning argument is nonsense, the thieves already have the tools.</p></div></div>
</section>
</div>
<footer class="l-footer"><p>&copy; 2026 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_uk_guardian", html,
    url="https://www.theguardian.com/business/2025/jan/14/car-right-to-repair-rule-delayed-security-warnings",
    modelled_on="The Guardian article (content__dateline template with itemprop datePublished <time>)",
    language="en",
    notes="Printed 'Tue 14 Jan 2025 09.12 GMT' in <time itemprop=datePublished datetime='2025-01-14T09:12:43+0000'>; 'Last modified on Tue 14 Jan 2025 16.47 GMT' follows; meta article:published_time gives the same instant (UK winter time = UTC). URL /2025/jan/14/. Comments dated 14 and 15 Jan. Standfirst is not article text.",
    classes=["time_datetime", "meta_published_time", "published_vs_updated", "zone_abbrev_gmt", "dotted_time", "comments_dates", "url_date_monthname", "standfirst", "support_prompt"],
    title="Car right-to-repair rule delayed after industry security warnings",
    published_date="2025-01-14", published_at="2025-01-14T09:12:43+00:00",
    author="Jasper Whitcombe",
    paragraphs=paras,
    body_noise=["Key-cloning thefts push car insurance premiums to record high", "I hope you appreciated this article.", "Dealers charging 180 quid an hour for plugging in a laptop. Of course they want a delay.", "Last modified on Tue 14 Jan 2025 16.47 GMT"],
))

# ---------------------------------------------------------------- 5. WordPress blog, entry-date
paras = [
    "I have rebuilt a lot of alternators in this garage, but the one off my neighbour's 2014 pickup this spring taught me something new about cheap replacement voltage regulators.",
    "The truck came in with a flickering battery light and a charging voltage that wandered between 13.1 and 15.4 volts. Brushes looked fine, the slip rings were clean, and the diode bridge tested good on the bench.",
    "The culprit was an aftermarket regulator that somebody had fitted two years ago. It was sold as a direct replacement, but its set point drifted badly once it got warm. After ten minutes at idle it was overcharging by almost a volt.",
    "I swapped in a regulator from the original supplier and the output settled at 14.3 volts, hot or cold. The part cost $38 more than the no-name one, which is a lot cheaper than a cooked battery.",
    "If you are chasing an intermittent charging fault, test the regulator after the engine bay is properly heat-soaked. A cold bench test will tell you almost nothing.",
]
html = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The alternator that only failed when it was warm &#8211; Shop Rag</title>
<link rel="canonical" href="https://shoprag.net/the-alternator-that-only-failed-when-it-was-warm/">
<meta name="generator" content="WordPress 6.5.3">
<link rel='stylesheet' id='twentyseventeen-style-css' href='https://shoprag.net/wp-content/themes/twentyseventeen/style.css?ver=20240402' media='all'>
</head>
<body class="post-template-default single single-post postid-2217 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://shoprag.net/" rel="home">Shop Rag</a></p><p class="site-description">Notes from a two-bay garage</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/category/electrical/">Electrical</a></li></ul></nav></header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2217" class="post-2217 post type-post status-publish format-standard hentry category-electrical">
  <header class="entry-header">
    <div class="entry-meta"><span class="screen-reader-text">Posted on</span> <a href="https://shoprag.net/the-alternator-that-only-failed-when-it-was-warm/" rel="bookmark"><time class="entry-date published" datetime="2025-06-05T09:12:08+00:00">June 5, 2025</time><time class="updated" datetime="2025-06-09T17:03:51+00:00">June 9, 2025</time></a><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://shoprag.net/author/dale/">Dale Morrow</a></span></span></div>
    <h1 class="entry-title">The alternator that only failed when it was warm</h1>
  </header>
  <div class="entry-content">
@@BODY@@
    <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook">Facebook</a></li><li><a class="share-x">X</a></li></ul></div>
    <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
      <div class="jp-relatedposts-post"><a href="/starter-relay-heat/">Starter relays and heat soak</a><p class="jp-relatedposts-post-date">May 14, 2025</p></div></div>
  </div>
  <footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">Categories <a href="/category/electrical/" rel="category tag">Electrical</a></span></span></footer>
</article>
<div id="comments" class="comments-area">
  <h2 class="comments-title">2 Replies to &ldquo;The alternator that only failed when it was warm&rdquo;</h2>
  <ol class="comment-list">
    <li id="comment-5120" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Gus P.</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-5120"><time datetime="2025-06-06T07:45:12+00:00">June 6, 2025 at 7:45 am</time></a></div></footer><div class="comment-content"><p>Same thing on my Ranger. Cheap regulator, fine cold, useless hot.</p></div></article></li>
    <li id="comment-5131" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ines</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-5131"><time datetime="2025-06-08T21:10:40+00:00">June 8, 2025 at 9:10 pm</time></a></div></footer><div class="comment-content"><p>What heat gun temperature do you use for the bench soak?</p></div></article></li>
  </ol>
  <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div>
</div>
</main></div>
<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/brake-fluid-testers/">Are brake fluid testers worth it?</a> <span class="post-date">June 12, 2025</span></li></ul></section></aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></footer>
</div></div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_wp_entry_date", html,
    url="https://shoprag.net/the-alternator-that-only-failed-when-it-was-warm/",
    modelled_on="WordPress blog on the Twenty Seventeen theme (time.entry-date.published + time.updated, Jetpack related posts, comment list)",
    language="en",
    notes="Date is in <time class='entry-date published' datetime='2025-06-05T09:12:08+00:00'>June 5, 2025</time> followed by a hidden-by-CSS <time class='updated'> June 9; comments (June 6, June 8), related post (May 14) and Recent Posts (June 12) carry other dates. 'Posted on' is a screen-reader label.",
    classes=["wordpress", "entry_date", "published_vs_updated", "comments_dates", "related_dates", "sidebar_dates", "share_bar"],
    title="The alternator that only failed when it was warm",
    published_date="2025-06-05", published_at="2025-06-05T09:12:08+00:00",
    author="Dale Morrow",
    paragraphs=paras,
    body_noise=["Same thing on my Ranger. Cheap regulator, fine cold, useless hot.", "Starter relays and heat soak", "Your email address will not be published.", "Share this:", "Are brake fluid testers worth it?", "Proudly powered by WordPress"],
))

# ---------------------------------------------------------------- 6. WordPress blog with the date only in the URL
paras = [
    "Anyone who has priced front brake rotors for a mid-size SUV recently will have noticed the jump. The set I bought for our family crossover cost $146 this month; the same part number was $97 when I last did the job.",
    "I asked three parts-counter people and one distributor rep what happened. The answers were consistent: most rotors sold in North America are cast from grey iron in a small number of foundries, and two of the larger ones shut casting lines last year.",
    "Freight is the other part of it. Rotors are heavy and cheap per kilo, so a rise in container and trucking rates shows up on the shelf price far more than it does for sensors or bulbs.",
    "My advice if you do your own brakes: buy rotors and pads together from the same brand, check the minimum thickness stamped on your old rotors before you throw them away, and do not pay extra for drilled or slotted discs on a daily driver.",
]
html = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Why did brake rotor prices jump? | Garage Notes</title>
<link rel="canonical" href="https://garagenotes.blog/2024/12/30/why-did-brake-rotor-prices-jump/">
<meta name="generator" content="WordPress 6.5.4">
<link rel='stylesheet' id='generatepress-style' href='https://garagenotes.blog/wp-content/themes/generatepress/assets/css/main.min.css' media='all'>
</head>
<body class="post-template-default single single-post postid-881 no-sidebar">
<header class="site-header" id="masthead"><div class="inside-header"><div class="site-branding"><p class="main-title"><a href="https://garagenotes.blog/" rel="home">Garage Notes</a></p></div>
  <nav class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/category/brakes/">Brakes</a></li><li><a href="/contact/">Contact</a></li></ul></nav></div></header>
<div class="site grid-container container" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-881" class="post-881 post type-post status-publish format-standard category-brakes">
  <div class="inside-article">
    <header class="entry-header"><h1 class="entry-title" itemprop="headline">Why did brake rotor prices jump?</h1>
      <div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="https://garagenotes.blog/author/ray/" rel="author"><span class="author-name">Ray Ostrowski</span></a></span></span></div></header>
    <div class="entry-content" itemprop="text">
@@BODY@@
    </div>
    <footer class="entry-meta"><span class="cat-links"><a href="/category/brakes/" rel="category tag">Brakes</a></span> <span class="comments-link"><a href="#comments">3 Comments</a></span>
      <nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="https://garagenotes.blog/2024/12/09/caliper-slide-pins/" rel="prev">Caliper slide pins: grease or not?</a></div><div class="nav-next"><a href="https://garagenotes.blog/2025/01/13/wheel-bearing-noise/" rel="next">Diagnosing wheel bearing noise</a></div></nav></footer>
  </div>
</article>
<div class="comments-area" id="comments"><h3 class="comments-title">3 thoughts on &ldquo;Why did brake rotor prices jump?&rdquo;</h3>
  <ol class="comment-list">
    <li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">Beth</cite><div class="entry-meta comment-metadata"><a href="#comment-301"><time datetime="2025-01-02T14:22:05+00:00">January 2, 2025 at 2:22 pm</time></a></div></div></footer><div class="comment-content"><p>Paid $160 for mine last week. Glad it's not just me.</p></div></article></li>
    <li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">Marco</cite><div class="entry-meta comment-metadata"><a href="#comment-305"><time datetime="2025-01-03T22:02:41+00:00">January 3, 2025 at 10:02 pm</time></a></div></div></footer><div class="comment-content"><p>Coated rotors are worth it where they salt the roads.</p></div></article></li>
    <li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">Ray Ostrowski</cite><div class="entry-meta comment-metadata"><a href="#comment-306"><time datetime="2025-01-04T06:40:00+00:00">January 4, 2025 at 6:40 am</time></a></div></div></footer><div class="comment-content"><p>Good point Marco, I should have mentioned coatings.</p></div></article></li>
  </ol></div>
</main></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="copyright-bar">&copy; 2026 Garage Notes &bull; Built with <a href="https://generatepress.com">GeneratePress</a></div></footer></div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="      "))
PAGES.append(page(
    "intl_wp_url_only", html,
    url="https://garagenotes.blog/2024/12/30/why-did-brake-rotor-prices-jump/",
    modelled_on="WordPress blog on GeneratePress with post dates switched off in the theme (date only in the /YYYY/MM/DD/ permalink)",
    language="en",
    notes="No visible post date, no meta, no JSON-LD: the only publication cue is the permalink /2024/12/30/ (page URL and canonical). Comments are dated January 2-4, 2025 (a different year), prev/next links carry 2024/12/09 and 2025/01/13 URLs, footer copyright 2026. No time of day anywhere for the article, so published_at is null.",
    classes=["url_only", "comments_dates", "prev_next_url_dates", "copyright_year", "no_time"],
    title="Why did brake rotor prices jump?",
    published_date="2024-12-30", published_at=None,
    author="Ray Ostrowski",
    paragraphs=paras,
    body_noise=["Paid $160 for mine last week. Glad it's not just me.", "Coated rotors are worth it where they salt the roads.", "Caliper slide pins: grease or not?", "Diagnosing wheel bearing noise", "3 Comments"],
))

# ---------------------------------------------------------------- 7. Medium-like
paras = [
    "Every supplier I have worked with in the last decade has a dashboard for overall equipment effectiveness. Very few of them can tell you why the number moved last Tuesday.",
    "The problem is not the metric. OEE is a perfectly good way to summarise availability, performance and quality on a stamping press. The problem is that most plants calculate it from shift reports typed in after the fact.",
    "When we put cheap current sensors on the twelve presses at our plant in Puebla, the measured availability came out eleven points lower than the number in the shift reports. Nobody had been lying. Short stops of two or three minutes simply never got written down.",
    "Those short stops turned out to be the biggest loss we had. Most of them were die changes waiting for a forklift, which is a scheduling problem, not a maintenance one.",
    "If you take one thing from this: measure stops automatically before you spend money on predictive maintenance. You may find that the machines are fine and the forklifts are the bottleneck.",
]
html = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Your OEE Dashboard Is Lying to You (Politely) | by Lucia Ortega | Medium</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="Your OEE Dashboard Is Lying to You (Politely)">
<meta name="author" content="Lucia Ortega">
<link rel="canonical" href="https://medium.com/@lucia.ortega/your-oee-dashboard-is-lying-to-you-politely-5f2c9a8d1e47">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SocialMediaPosting","@id":"https://medium.com/p/5f2c9a8d1e47","image":["https://miro.medium.com/v2/resize:fit:1200/1*press.jpeg"],"url":"https://medium.com/@lucia.ortega/your-oee-dashboard-is-lying-to-you-politely-5f2c9a8d1e47","dateCreated":"2025-06-05T14:31:07.552Z","datePublished":"2025-06-05T14:31:07.552Z","dateModified":"2025-06-11T08:02:19.004Z","headline":"Your OEE Dashboard Is Lying to You (Politely)","name":"Your OEE Dashboard Is Lying to You (Politely)","description":"Short stops never make it into the shift report.","identifier":"5f2c9a8d1e47","author":{"@type":"Person","name":"Lucia Ortega","url":"https://medium.com/@lucia.ortega"},"creator":["Lucia Ortega"],"publisher":{"@type":"Organization","name":"Medium"},"mainEntityOfPage":"https://medium.com/@lucia.ortega/your-oee-dashboard-is-lying-to-you-politely-5f2c9a8d1e47"}</script>
</head>
<body>
<div id="root"><div class="a b c">
<div class="l ae"><div class="ab q"><a data-testid="headerMediumLogo" href="/">Medium</a><div class="ab"><a href="/new-story">Write</a> <a href="/m/signin">Sign in</a></div></div></div>
<article><div class="l"><section>
  <div class="fr fs ft fu fv"><div class="ab ca"><div class="ch bg fw fx fy fz">
    <div class="speechify-ignore ab cp"><div class="hj ab"><span class="bf b bg z hk">Member-only story</span></div></div>
    <h1 id="a1b2" class="pw-post-title gx gy gz bf ha hb hc" data-testid="storyTitle" data-selectable-paragraph="">Your OEE Dashboard Is Lying to You (Politely)</h1>
    <div class="speechify-ignore ab cp"><div class="ab"><div class="ab"><a data-testid="authorName" href="/@lucia.ortega" rel="noopener follow">Lucia Ortega</a></div><div class="ab"><span><button class="be b bf z ie">Follow</button></span></div></div>
      <div class="ab ae"><span data-testid="storyReadTime">7 min read</span><span class="ig" aria-hidden="true"><span>&middot;</span></span><span data-testid="storyPublishDate">Jun 5, 2025</span></div>
      <div class="ab"><div class="pw-multi-vote-count"><p class="bf b dv z dt">412</p></div><div><p>6</p></div><button aria-label="Add to list bookmark button">Save</button><button>Listen</button><button>Share</button></div></div>
  </div></div></div>
  <div class="ch bg fw fx fy fz">
@@BODY@@
    <figure class="mx my mz na nb"><img src="https://miro.medium.com/v2/resize:fit:700/1*press.jpeg" alt=""><figcaption class="nf ng nh" data-selectable-paragraph="">Press line 3 in Puebla. Photo by the author.</figcaption></figure>
  </div>
</section></div></article>
<div class="ab cb"><div><h2 class="bf b ha">Written by Lucia Ortega</h2><p>2.1K Followers</p><p>Lean manufacturing engineer. Stamping, welding, and too many spreadsheets.</p></div>
  <div><h2>More from Lucia Ortega</h2><a href="/@lucia.ortega/smed-for-tired-people-0a9e">SMED for tired people</a> <span>Mar 18, 2025</span></div>
  <div><h2>Recommended from Medium</h2><a href="/p/9c81">The Toyota Production System Is Not a Toolkit</a> <span>Jan 9, 2024</span></div></div>
<div class="ab"><a href="https://help.medium.com/hc/en-us">Help</a> <a href="https://medium.statuspage.io/">Status</a> <a href="https://medium.com/about">About</a> <a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f">Terms</a></div>
</div></div>
</body>
</html>
""".replace("@@BODY@@", P(paras, 'class="pw-post-body-paragraph ni nj gr nk b nl nm nn no np nq nr ns" data-selectable-paragraph=""', "    "))
PAGES.append(page(
    "intl_medium_post", html,
    url="https://medium.com/@lucia.ortega/your-oee-dashboard-is-lying-to-you-politely-5f2c9a8d1e47",
    modelled_on="Medium story page (obfuscated atomic class names, data-testid storyPublishDate, SocialMediaPosting JSON-LD)",
    language="en",
    notes="Visible 'Jun 5, 2025' (data-testid=storyPublishDate) next to '7 min read'; time of day only in JSON-LD datePublished 2025-06-05T14:31:07.552Z (milliseconds dropped in truth). dateModified June 11. 'More from' and 'Recommended' blocks carry older dates.",
    classes=["jsonld_datepublished", "visible_date_only", "utc_z", "obfuscated_classes", "member_only_label", "related_dates", "caption"],
    title="Your OEE Dashboard Is Lying to You (Politely)",
    published_date="2025-06-05", published_at="2025-06-05T14:31:07+00:00",
    author="Lucia Ortega",
    paragraphs=paras,
    body_noise=["Member-only story", "7 min read", "Press line 3 in Puebla. Photo by the author.", "Lean manufacturing engineer. Stamping, welding, and too many spreadsheets.", "SMED for tired people", "The Toyota Production System Is Not a Toolkit"],
))

# ---------------------------------------------------------------- 8. Substack-like newsletter post
paras = [
    "Welcome back. This week: why the tariff fight over Mexican-built pickups matters less than the fight over Mexican-built wiring harnesses.",
    "A full-size pickup contains somewhere between two and three kilometres of wire. Almost all of the harnesses that carry it are assembled by hand, and most of the hands are in northern Mexico, Honduras and Morocco.",
    "That makes harnesses the part of the car least able to move quickly. You can relocate a stamping press in a few months. Moving a harness operation means training thousands of people and requalifying every variant with the carmaker.",
    "So when you read that a new levy will \u201cbring production home\u201d, ask which production. Final assembly, maybe. The harness in the truck will almost certainly keep crossing the border, just with a higher price tag.",
    "Next week I will look at what the last round of duties did to harness prices in 2019. As always, reply to this email if you work in the trade and want to tell me I am wrong.",
]
html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The wires nobody wants to talk about - Supply Line by Priya Raman</title>
<meta property="og:title" content="The wires nobody wants to talk about">
<meta property="og:site_name" content="Supply Line">
<meta name="author" content="Priya Raman">
<link rel="canonical" href="https://supplyline.substack.com/p/the-wires-nobody-wants-to-talk-about">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://supplyline.substack.com/p/the-wires-nobody-wants-to-talk-about","mainEntityOfPage":"https://supplyline.substack.com/p/the-wires-nobody-wants-to-talk-about","headline":"The wires nobody wants to talk about","description":"Tariffs, pickups and the harness problem","datePublished":"2025-06-05T11:02:17+00:00","dateModified":"2025-06-05T11:02:17+00:00","isAccessibleForFree":true,"author":[{"@type":"Person","name":"Priya Raman","url":"https://substack.com/@priyaraman"}],"publisher":{"@type":"Organization","name":"Supply Line"}}</script>
</head>
<body>
<div id="entry"><div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">Supply Line</a><button class="button primary subscribe-btn">Subscribe</button><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
  <div class="post-header"><h1 class="post-title published unpublished">The wires nobody wants to talk about</h1>
    <h3 class="subtitle">Tariffs, pickups and the harness problem</h3>
    <div class="post-meta-item"><div class="pencraft pc-display-flex pc-gap-12"><a class="pencraft frontend-pencraft-Text-module__decoration-hover-underline" href="https://substack.com/@priyaraman">Priya Raman</a>
      <div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx">Jun 05, 2025</div></div></div>
    <div class="post-ufi"><a class="post-ufi-button">31</a> <a class="post-ufi-comment-button">12</a> <a>Share</a></div></div>
  <div class="available-content"><div class="body markup" dir="auto">
@@B1@@
    <div class="subscription-widget-wrap-editor"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Supply Line is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><input type="email" placeholder="Type your email..."><button>Subscribe</button></div></div>
@@B2@@
  </div></div>
</article>
<div class="comments-section"><h4>12 Comments</h4>
  <div class="comment"><a class="comment-author">Gerald T.</a> <a class="comment-date">Jun 5</a><div class="comment-body"><p>Spot on. We requalified one harness family in 2021 and it took fourteen months.</p></div></div>
  <div class="comment"><a class="comment-author">Mariana</a> <a class="comment-date">Jun 6</a><div class="comment-body"><p>Morocco is quietly becoming the harness capital of Europe.</p></div></div></div>
<div class="post-footer"><p>Ready for more?</p><button>Subscribe</button></div>
</div></div></div>
<div class="footer-wrap"><p>&copy; 2026 Priya Raman</p> <a href="https://substack.com/privacy">Privacy</a> <a href="https://substack.com/tos">Terms</a> <a href="https://substack.com/signup">Start Writing</a></div>
</div>
</body>
</html>
""".replace("@@B1@@", P(paras[:2], indent="    ")).replace("@@B2@@", P(paras[2:], indent="    "))
PAGES.append(page(
    "intl_substack_newsletter", html,
    url="https://supplyline.substack.com/p/the-wires-nobody-wants-to-talk-about",
    modelled_on="Substack newsletter post (pencraft meta line, subscription widget inside body, comments)",
    language="en",
    notes="Visible 'Jun 05, 2025' in the pencraft meta line; time only in JSON-LD datePublished 2025-06-05T11:02:17+00:00. Subscribe widget sits between body paragraphs. Comments show year-less 'Jun 5' / 'Jun 6'. The footer copyright names the author, but author is from the byline.",
    classes=["jsonld_datepublished", "visible_date_only", "newsletter_prompt_inline", "comments_dates", "subtitle", "copyright_year"],
    title="The wires nobody wants to talk about",
    published_date="2025-06-05", published_at="2025-06-05T11:02:17+00:00",
    author="Priya Raman",
    paragraphs=paras,
    body_noise=["Supply Line is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.", "Spot on. We requalified one harness family in 2021 and it took fourteen months.", "Ready for more?", "12 Comments"],
))
