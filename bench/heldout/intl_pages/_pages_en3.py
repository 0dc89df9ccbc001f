from _common import P, page

PAGES = []

# ---------------------------------------------------------------- 31. Economic Times-like (only 'Last Updated' visible)
paras = [
    "India's auto component makers expect revenue growth to slow to 7-9% in the current financial year as export orders from Europe soften, according to the industry's main trade body.",
    "Exports to the European Union fell 4% in the last quarter, while shipments to North America grew modestly on the back of demand for aluminium castings and steering parts.",
    "Domestic demand remains firm. Two-wheeler production has recovered to pre-pandemic levels and replacement-market sales of tyres, batteries and filters are growing in double digits.",
    "Suppliers are also investing in electric vehicle parts. Around a third of the sector's planned capital expenditure of Rs 25,000 crore this year is earmarked for motors, controllers and battery enclosures, the association said.",
]
html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Auto component makers see slower growth as Europe orders soften - ET Auto</title>
<link rel="canonical" href="https://auto.economictimes.indiatimes.com/news/auto-components/auto-component-makers-see-slower-growth-europe-orders-soften/121633905">
<meta property="og:title" content="Auto component makers see slower growth as Europe orders soften">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://auto.economictimes.indiatimes.com/news/auto-components/auto-component-makers-see-slower-growth-europe-orders-soften/121633905"},"headline":"Auto component makers see slower growth as Europe orders soften","datePublished":"2025-06-05T07:40:00+05:30","dateModified":"2025-06-05T13:40:00+05:30","author":{"@type":"Person","name":"Rohit Mehta"},"publisher":{"@type":"Organization","name":"ETAuto.com","logo":{"@type":"ImageObject","url":"https://etimg.etb2bimg.com/logo.png"}}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Auto News","item":"https://auto.economictimes.indiatimes.com/"},{"@type":"ListItem","position":2,"name":"Auto Components","item":"https://auto.economictimes.indiatimes.com/news/auto-components"}]}</script>
</head>
<body>
<header class="header"><a class="logo" href="/">ETAuto</a>
  <nav><a href="/news/passenger-vehicle">Passenger Vehicle</a> <a href="/news/commercial-vehicle">Commercial Vehicle</a> <a href="/news/two-wheelers">Two Wheelers</a> <a href="/news/auto-components">Auto Components</a> <a href="/news/aftermarket">Aftermarket</a></nav>
  <a class="btn" href="/newsletter">Subscribe to newsletter</a></header>
<div class="container">
<div class="breadcrumb"><a href="/">Auto News</a> / <a href="/news/auto-components">Auto Components</a></div>
<article class="article-section">
  <h1 class="article-section__title">Auto component makers see slower growth as Europe orders soften</h1>
  <h2 class="article-section__summary">Exports to the EU fell 4% in the last quarter; domestic replacement demand stays firm.</h2>
  <div class="article-section__byline"><span class="article-section__author">By <a href="/author/rohit-mehta">Rohit Mehta</a>, ETAuto</span>
    <span class="article-section__date">Last Updated: Jun 05, 2025, 01:40:00 PM IST</span></div>
  <div class="article-section__share"><a>Share</a> <a>Comment</a> <a>Read in App</a></div>
  <div class="article-section__body">
@@BODY@@
  </div>
  <div class="article-section__disclaimer"><p>Published On Jun 5, 2025 at 07:40 AM IST</p></div>
  <div class="join-community"><p>Join the community of 2M+ industry professionals. Subscribe to our newsletter to get latest insights &amp; analysis.</p></div>
</article>
<section class="most-read"><h3>Most Read in Auto Components</h3>
  <ul><li><a href="/news/auto-components/tyre-exports-record/121600331">Tyre exports hit record in FY25</a> <span>Jun 03, 2025</span></li></ul></section>
</div>
<footer><p>Copyright &copy; 2026 ETAuto.com. All rights reserved. For reprint rights: Times Syndication Service</p></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
# NB: the 'Published On' line is a visible disclaimer at the foot of the article
PAGES.append(page(
    "intl_in_etauto_updated", html,
    url="https://auto.economictimes.indiatimes.com/news/auto-components/auto-component-makers-see-slower-growth-europe-orders-soften/121633905",
    modelled_on="ETAuto (Economic Times B2B vertical, India): byline shows only 'Last Updated ... IST'; publication time in JSON-LD and a footer 'Published On' line",
    language="en",
    notes="Headline block shows only 'Last Updated: Jun 05, 2025, 01:40:00 PM IST'. JSON-LD datePublished 2025-06-05T07:40:00+05:30 and the small 'Published On Jun 5, 2025 at 07:40 AM IST' line under the body give the publication time; published wins over updated. IST = +05:30.",
    classes=["updated_only_in_header", "jsonld_datepublished", "zone_abbrev_ist", "published_vs_updated", "related_dates", "summary_subhead", "newsletter_prompt"],
    title="Auto component makers see slower growth as Europe orders soften",
    published_date="2025-06-05", published_at="2025-06-05T07:40:00+05:30",
    author="Rohit Mehta",
    paragraphs=paras,
    body_noise=["Last Updated: Jun 05, 2025, 01:40:00 PM IST", "Published On Jun 5, 2025 at 07:40 AM IST", "Join the community of 2M+ industry professionals.", "Tyre exports hit record in FY25"],
))

# ---------------------------------------------------------------- 32. SMH-like (Nine) Australian page
paras = [
    "Australia's last remaining producer of automotive glass for the aftermarket will shut its Adelaide furnace next year, ending more than six decades of windscreen manufacturing in the state.",
    "The company said imported windscreens from China and Malaysia now sell to insurers for less than it costs to melt the glass locally, and that a new furnace would cost about $90 million.",
    "About 210 workers will lose their jobs when production stops in March. The site will stay open as a distribution centre employing around 40 people.",
    "South Australia's industry minister said the government had offered help with energy costs but the company had decided the gap was too large to close.",
]
html = """<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Last local windscreen maker to shut Adelaide furnace</title>
<meta property="og:title" content="Last local windscreen maker to shut Adelaide furnace">
<link rel="canonical" href="https://www.smh.com.au/business/companies/last-local-windscreen-maker-to-shut-adelaide-furnace-20250605-p5m4xq.html">
</head>
<body>
<div id="app"><header class="_3ahSe"><a href="/" class="_1gRbg">The Sydney Morning Herald</a>
  <nav><a href="/national">National</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/politics">Politics</a> <a href="/lifestyle">Lifestyle</a></nav>
  <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>
<main>
<article class="_2g9tm">
  <header><div class="_1fSLM"><a href="/business/companies">Companies</a></div>
    <h1 data-testid="headline" itemprop="headline">Last local windscreen maker to shut Adelaide furnace</h1>
    <div class="_3mXIE"><p class="_3HMR-">Imported glass now sells for less than the cost of melting it in South Australia.</p></div>
    <div data-testid="byline" class="_2v2Cd"><span class="_1Pa6J">By <a href="/by/grace-tully-p537n7" data-testid="author-link">Grace Tully</a></span>
      <div class="_3GsBa"><time data-testid="datetime" datetime="2025-06-05T09:12:00+10:00">5 June 2025 &mdash; 9:12am AEST</time></div></div>
    <div class="_2qZrN"><button>Save</button> <button>Share</button> <a>A</a> <a>A</a> <span>Normal text size</span> <span>Larger text size</span> <span>Very large text size</span></div></header>
  <figure class="_1TLr4"><img src="/images/windscreen.jpg" alt=""><figcaption class="_2Wx2c"><p>The furnace has run almost continuously since 1962.<cite>Credit: Kelly Barnes</cite></p></figcaption></figure>
  <div class="_1665V _2q-Vk" data-testid="body-content">
@@BODY@@
    <div class="_2Ctfo"><p><b>The Business Briefing newsletter delivers major stories, exclusive coverage and expert opinion.</b> <a href="/newsletters">Sign up to get it every weekday morning.</a></p></div>
  </div>
</article>
<aside><h2>Most Viewed in Business</h2><ol><li><a href="/business/markets/asx-closes-higher-20250606-p5m51z.html">ASX closes higher as miners rally</a></li></ol></aside>
</main>
<footer><p>Copyright &copy; 2026</p></footer></div>
</body>
</html>
""".replace("@@BODY@@", P(paras, 'class="_1l3Tb"', "    "))
PAGES.append(page(
    "intl_au_smh_aest", html,
    url="https://www.smh.com.au/business/companies/last-local-windscreen-maker-to-shut-adelaide-furnace-20250605-p5m4xq.html",
    modelled_on="Sydney Morning Herald / Nine mastheads article (hashed class names, '5 June 2025 — 9:12am AEST' timestamp, compact URL date 20250605)",
    language="en",
    notes="Visible '5 June 2025 — 9:12am AEST' in <time datetime='2025-06-05T09:12:00+10:00'>; AEST in June = +10:00 (no DST). URL also holds 20250605. Most Viewed link URL carries 20250606.",
    classes=["time_datetime", "zone_abbrev_aest", "am_pm_lowercase", "url_compact_date", "caption", "newsletter_prompt", "related_url_dates"],
    title="Last local windscreen maker to shut Adelaide furnace",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+10:00",
    author="Grace Tully",
    paragraphs=paras,
    body_noise=["The furnace has run almost continuously since 1962.", "Credit: Kelly Barnes", "The Business Briefing newsletter delivers major stories, exclusive coverage and expert opinion.", "ASX closes higher as miners rally", "Very large text size"],
))

# ---------------------------------------------------------------- 36. Research institute page, DC.date only
paras = [
    "Researchers at the institute have measured how much brake wear dust electric cars emit under real city driving, using a sealed enclosure fitted around the front wheel of a test vehicle.",
    "Across 1,200 kilometres of urban routes, the electric vehicle emitted 83 percent less brake particulate mass than a comparable petrol car, because most deceleration was handled by regenerative braking.",
    "The team cautions that the effect depends heavily on driver behaviour and software calibration. When the regenerative braking level was set to its lowest setting, the advantage fell to 41 percent.",
    "The findings feed into the institute's work on the Euro 7 brake emission test procedure. The full report is available from the publications database.",
]
html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Electric cars cut brake dust by more than 80 percent in city driving - Institute for Vehicle Systems</title>
<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">
<meta name="DC.title" content="Electric cars cut brake dust by more than 80 percent in city driving">
<meta name="DC.creator" content="Institute for Vehicle Systems">
<meta name="DC.date" content="2025-03-20">
<meta name="DC.date.issued" content="2025-03-20">
<meta name="DC.language" content="en">
<meta name="DC.type" content="Text">
</head>
<body>
<div id="wrapper">
<div id="header"><a href="/en/">Institute for Vehicle Systems &middot; Technical University</a>
  <ul id="servicenav"><li><a href="/de/">Deutsch</a></li><li><a href="/en/sitemap/">Sitemap</a></li><li><a href="/en/contact/">Contact</a></li></ul>
  <ul id="mainnav"><li><a href="/en/research/">Research</a></li><li><a href="/en/teaching/">Teaching</a></li><li class="active"><a href="/en/news/">News</a></li><li><a href="/en/institute/">Institute</a></li></ul></div>
<div id="content">
  <div id="breadcrumb">You are here: <a href="/en/">Home</a> &gt; <a href="/en/news/">News</a> &gt; Brake dust study</div>
  <div class="csc-default" id="c4412">
    <h1>Electric cars cut brake dust by more than 80 percent in city driving</h1>
@@BODY@@
    <div class="contact-box"><h3>Contact</h3><p>Dr. Anke Roser, Emissions Laboratory, phone +49 241 555 3381</p></div>
  </div>
  <div class="news-list-browse"><a href="/en/news/">Back to news overview</a></div>
</div>
<div id="sidebar"><h3>Upcoming events</h3><ul><li>03.04.2025 Colloquium: Tyre wear particles</li><li>15.05.2025 Open lab day</li></ul></div>
<div id="footer"><p>&copy; 2025 Institute for Vehicle Systems &middot; <a href="/en/imprint/">Imprint</a> &middot; <a href="/en/privacy/">Privacy</a></p></div>
</div>
</body>
</html>
""".replace("@@BODY@@", P(paras, 'class="bodytext"', "    "))
PAGES.append(page(
    "intl_dc_date_meta_only", html,
    url="https://www.ivs-institute.example.edu/en/news/brake-dust-electric-cars/",
    modelled_on="University institute news page on an older TYPO3 template with Dublin Core meta tags",
    language="en",
    notes="Only publication cue is meta DC.date / DC.date.issued = 2025-03-20 (date only, so published_at is null). Sidebar lists upcoming events 03.04.2025 and 15.05.2025; footer copyright 2025. DC.creator names the institute, not a person: author null.",
    classes=["meta_dc_date_only", "no_time", "sidebar_dates", "copyright_year", "no_author"],
    title="Electric cars cut brake dust by more than 80 percent in city driving",
    published_date="2025-03-20", published_at=None,
    author=None,
    paragraphs=paras,
    body_noise=["Dr. Anke Roser, Emissions Laboratory, phone +49 241 555 3381", "03.04.2025 Colloquium: Tyre wear particles", "Back to news overview", "You are here:"],
))

# ---------------------------------------------------------------- 37. og:updated_time before article:published_time, no visible date
paras = [
    "Fleet operators running battery-electric refuse trucks are replacing tyres 20 to 30 percent sooner than on diesel trucks doing the same routes, according to a survey of 38 municipal fleets.",
    "The extra weight of the battery and the instant torque of the electric motor both contribute. Fleets that reduced the launch torque in software reported the smallest increase in wear.",
    "Tyre makers have started offering compounds designed for heavy electric trucks, but fleet managers said prices are 10 to 15 percent higher than standard regional-haul tyres.",
    "The survey found no significant difference in brake component wear, which most fleets said had fallen sharply since switching to electric.",
]
html = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Electric refuse trucks wear out tyres faster, fleet survey finds - FleetParts Weekly</title>
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="Electric refuse trucks wear out tyres faster, fleet survey finds">
<meta property="og:url" content="https://www.fleetpartsweekly.com/tires/electric-refuse-trucks-tyre-wear-survey/">
<meta property="og:site_name" content="FleetParts Weekly">
<meta property="og:updated_time" content="2025-06-10T16:20:05-04:00">
<meta property="article:section" content="Tires">
<meta property="article:published_time" content="2025-06-05T09:12:30-04:00">
<meta property="article:modified_time" content="2025-06-10T16:20:05-04:00">
<meta name="author" content="Derek Okafor">
<link rel="canonical" href="https://www.fleetpartsweekly.com/tires/electric-refuse-trucks-tyre-wear-survey/">
</head>
<body class="single-post">
<header class="site-header"><a class="logo" href="/">FleetParts Weekly</a><nav><a href="/tires/">Tires</a> <a href="/brakes/">Brakes</a> <a href="/electric/">Electric</a> <a href="/maintenance/">Maintenance</a></nav></header>
<main class="container">
<article class="post">
  <span class="post-category"><a href="/tires/">Tires</a></span>
  <h1 class="post-title">Electric refuse trucks wear out tyres faster, fleet survey finds</h1>
  <div class="post-author">Derek Okafor <span class="post-author-role">Senior Editor</span></div>
  <div class="post-content">
@@BODY@@
  </div>
  <div class="post-footer-cta"><p>Subscribe to FleetParts Weekly's free e-newsletter for the latest on maintenance and parts.</p></div>
</article>
<aside class="sidebar"><h3>Trending</h3><ul><li><a href="/brakes/air-disc-brake-retrofit/">Air disc brake retrofits gain ground</a></li><li><a href="/electric/depot-charging-costs/">What depot charging really costs</a></li></ul></aside>
</main>
<footer class="site-footer"><p>&copy; 2026 FleetParts Weekly. All rights reserved.</p></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_og_updated_first", html,
    url="https://www.fleetpartsweekly.com/tires/electric-refuse-trucks-tyre-wear-survey/",
    modelled_on="US B2B trade site on WordPress + Yoast-style Open Graph meta, theme with no visible dates",
    language="en",
    notes="No visible date. In <head>, og:updated_time 2025-06-10T16:20:05-04:00 appears before article:published_time 2025-06-05T09:12:30-04:00 (article:modified_time repeats June 10). Publication wins over update.",
    classes=["meta_only", "og_updated_before_published", "published_vs_updated", "copyright_year"],
    title="Electric refuse trucks wear out tyres faster, fleet survey finds",
    published_date="2025-06-05", published_at="2025-06-05T09:12:30-04:00",
    author="Derek Okafor",
    paragraphs=paras,
    body_noise=["Senior Editor", "Subscribe to FleetParts Weekly's free e-newsletter for the latest on maintenance and parts.", "Air disc brake retrofits gain ground", "What depot charging really costs"],
))

# ---------------------------------------------------------------- 38. JSON-LD-only late UTC (explicit-offset trap, no visible date)
paras = [
    "Our second-generation home charger passed its UL certification this week, which means installers in the United States can now order it through our distribution partners.",
    "The unit delivers up to 48 amps on a standard 60-amp circuit and can share a single circuit between two chargers, which matters for households that now have two electric cars and a panel that cannot take another breaker.",
    "Load sharing is handled locally between the two units over a wired link. Nothing depends on our cloud service, and the chargers keep working if the home internet connection drops.",
    "Installer pricing and availability by state are on the partner portal. Consumers can use the installer finder on our website.",
]
html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Ampwell Duo home charger receives UL certification | Ampwell Newsroom</title>
<meta name="description" content="The Ampwell Duo is now available to installers in the United States.">
<link rel="canonical" href="https://www.ampwell.com/newsroom/ampwell-duo-ul-certification">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ampwell Duo home charger receives UL certification","image":["https://www.ampwell.com/_next/image?url=%2Fduo.jpg&w=1200&q=75"],"datePublished":"2024-12-31T22:30:00+00:00","dateModified":"2025-01-01T07:15:00+00:00","author":[{"@type":"Person","name":"Erin Castellano","jobTitle":"Head of Product"}],"publisher":{"@type":"Organization","name":"Ampwell","logo":{"@type":"ImageObject","url":"https://www.ampwell.com/logo.png"}}}</script>
<link rel="preload" href="/_next/static/css/7c1f0e.css" as="style">
</head>
<body>
<div id="__next">
<header class="Header_root__x1Y2z"><a class="Header_logo__Q8a1p" href="/">Ampwell</a><nav class="Header_nav__Lm3k0"><a href="/products">Products</a><a href="/installers">Installers</a><a href="/support">Support</a><a href="/newsroom">Newsroom</a></nav></header>
<main class="Newsroom_main__9dKq2">
<article class="Post_post__W2c8x">
  <a class="Post_back__u7Ty1" href="/newsroom">&larr; All news</a>
  <h1 class="Post_title__t1HkR">Ampwell Duo home charger receives UL certification</h1>
  <div class="Post_authorRow__f4Zp9"><span class="Post_author__aQ2m1">Erin Castellano</span><span class="Post_role__Jm0vX">Head of Product</span></div>
  <div class="Post_body__pL0eE">
@@BODY@@
  </div>
</article>
<section class="Newsroom_more__Kd81a"><h2>More news</h2><a href="/newsroom/series-b">Ampwell raises Series B to expand manufacturing</a><a href="/newsroom/duo-preorders">Duo preorders open for installers</a></section>
</main>
<footer class="Footer_root__c9Hs2"><p>&copy; 2026 Ampwell, Inc.</p><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"ampwell-duo-ul-certification","locale":"en-US"}},"page":"/newsroom/[slug]","buildId":"k2m9QxT4"}</script>
</body>
</html>
""".replace("@@BODY@@", P(paras, 'class="Post_p__Zk3n8"', "    "))
PAGES.append(page(
    "intl_jsonld_only_late_utc", html,
    url="https://www.ampwell.com/newsroom/ampwell-duo-ul-certification",
    modelled_on="Company newsroom on a Next.js site (CSS-module class names, NewsArticle JSON-LD, __NEXT_DATA__)",
    language="en",
    notes="Explicit-offset trap with nothing visible: the only date is JSON-LD datePublished 2024-12-31T22:30:00+00:00 (dateModified 2025-01-01T07:15:00+00:00). The truth keeps the stated +00:00: 31 December 2024. Rendering it in +08:00 would move it across the year boundary to 2025-01-01 06:30, and the footer says 2026.",
    classes=["jsonld_only", "explicit_offset_trap", "late_utc", "year_boundary", "modified_next_day", "nextjs_css_modules", "copyright_year"],
    title="Ampwell Duo home charger receives UL certification",
    published_date="2024-12-31", published_at="2024-12-31T22:30:00+00:00",
    author="Erin Castellano",
    paragraphs=paras,
    body_noise=["Head of Product", "All news", "Ampwell raises Series B to expand manufacturing", "Duo preorders open for installers"],
))

# ---------------------------------------------------------------- 39. Date only in <time datetime> (visible text lacks the year); latest list first
paras = [
    "Rivet makers rarely make headlines, but the shortage of self-piercing rivets has now idled body shops at two European assembly plants for parts of this week.",
    "Self-piercing rivets join aluminium and steel panels without pre-drilled holes. A typical aluminium-intensive SUV body uses between 2,500 and 3,000 of them, and each plant holds only a few days of stock.",
    "The shortage traces back to a fire in April at a wire-drawing mill that supplies the high-strength boron steel used for the rivets. Two other mills are qualified, but both were already running near capacity.",
    "Carmakers are now testing rivets made from alternative steel grades. Each change has to go through joint-strength and corrosion testing before it can be used on a production body.",
]
html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A rivet shortage is stopping car body shops in Europe - Torque Report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://torquereport.com/supply-chain/rivet-shortage-body-shops-europe">
</head>
<body>
<div class="site">
<header class="masthead"><a href="/" class="masthead__logo">Torque Report</a><nav><a href="/ev">EV</a> <a href="/supply-chain">Supply chain</a> <a href="/policy">Policy</a> <a href="/reviews">Reviews</a></nav></header>
<div class="layout">
<aside class="rail rail--left"><h2 class="rail__title">Latest</h2>
  <ul class="rail__list">
    <li><a href="/ev/solid-state-pilot-line">Solid-state pilot line starts in Lower Saxony</a><time datetime="2025-06-07T10:05:00.000Z">Jun 7</time></li>
    <li><a href="/policy/eu-tariff-review">EU tariff review pushed to autumn</a><time datetime="2025-06-06T16:48:00.000Z">Jun 6</time></li>
    <li><a href="/reviews/compact-ev-van">Compact EV van, tested</a><time datetime="2025-06-06T08:30:00.000Z">Jun 6</time></li>
  </ul></aside>
<main class="main">
<article class="story">
  <p class="story__kicker">Supply chain</p>
  <h1 class="story__headline">A rivet shortage is stopping car body shops in Europe</h1>
  <p class="story__dek">A fire at a single wire mill shows how thin the stock of a tiny part can be.</p>
  <div class="story__meta"><span class="story__byline">by <a href="/authors/jonah-pike">Jonah Pike</a></span> <span class="story__sep">|</span> <time class="story__date" datetime="2025-06-05T13:12:00.000Z">Jun 5</time></div>
  <div class="story__body">
@@BODY@@
  </div>
</article>
</main>
</div>
<footer class="footer"><p>&copy; Torque Report Media LLC</p></footer>
</div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_time_no_year_rail_first", html,
    url="https://torquereport.com/supply-chain/rivet-shortage-body-shops-europe",
    modelled_on="Vox/Verge-style tech and auto news site: left 'Latest' rail before the story, year-less 'Jun 5' label on <time datetime>",
    language="en",
    notes="The article's date is only machine-readable in <time class='story__date' datetime='2025-06-05T13:12:00.000Z'>; its visible text is 'Jun 5' without a year. A 'Latest' rail earlier in the DOM has three <time datetime> elements for June 6-7. No URL date, no meta, no copyright year.",
    classes=["time_datetime_only", "visible_no_year", "rail_before_article", "related_dates", "utc_z", "dek"],
    title="A rivet shortage is stopping car body shops in Europe",
    published_date="2025-06-05", published_at="2025-06-05T13:12:00+00:00",
    author="Jonah Pike",
    paragraphs=paras,
    body_noise=["Solid-state pilot line starts in Lower Saxony", "EU tariff review pushed to autumn", "Supply chain"],
))

# ---------------------------------------------------------------- 40. No publication date at all (copyright year + dated related cards)
paras = [
    "Wheel bearings in electric vehicles work harder than in combustion cars. The vehicles are heavier, regenerative braking loads the bearings in both directions, and there is no engine noise to mask early signs of wear.",
    "Our third-generation hub bearing unit for EVs uses a larger pitch diameter and a low-friction seal developed for high-speed electric drive. In bench tests it cut rotating torque by 28 percent compared with our previous design.",
    "Lower friction matters more than it sounds. For a mid-size electric SUV, the reduction is worth roughly four kilometres of range on the WLTP cycle, without any change to the battery.",
    "Workshops replacing hub units on EVs should always use the specified axle nut torque and a new nut. Over-tightening with an impact wrench is still the most common cause of early bearing failure that we see in returns.",
]
html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Why EV wheel bearings need a different design | Kessler Bearings</title>
<meta name="description" content="Heavier vehicles, two-way braking loads and a quiet cabin: what that means for hub bearings.">
<link rel="canonical" href="https://www.kessler-bearings.com/en/insights/ev-wheel-bearings">
</head>
<body class="page-insight">
<header class="kb-header"><a class="kb-logo" href="/en/">Kessler Bearings</a>
  <nav class="kb-nav"><a href="/en/products/">Products</a> <a href="/en/industries/">Industries</a> <a href="/en/insights/">Insights</a> <a href="/en/careers/">Careers</a> <a href="/en/contact/">Contact</a></nav>
  <div class="kb-lang"><a href="/de/">DE</a> | <a href="/en/">EN</a></div></header>
<main>
<section class="kb-hero"><p class="kb-hero__label">Insights &middot; Automotive aftermarket</p><h1 class="kb-hero__title">Why EV wheel bearings need a different design</h1></section>
<section class="kb-richtext">
@@BODY@@
</section>
<section class="kb-cta"><h2>Find the right hub unit</h2><p>Search our online catalogue by vehicle or OE number.</p><a class="kb-btn" href="/en/catalogue/">Open catalogue</a></section>
<section class="kb-related"><h2>More insights</h2>
  <div class="kb-card"><span class="kb-card__date">28 May 2025</span><a href="/en/insights/axle-nut-torque">Axle nut torque: the five most common mistakes</a></div>
  <div class="kb-card"><span class="kb-card__date">14 April 2025</span><a href="/en/insights/bearing-noise-diagnosis">Diagnosing bearing noise in electric vehicles</a></div>
  <div class="kb-card"><span class="kb-card__date">2 June 2025</span><a href="/en/news/automechanika-2025">Meet us at Automechanika 2025</a></div></section>
</main>
<footer class="kb-footer"><p>&copy; 2025 Kessler Bearings GmbH. All rights reserved.</p><a href="/en/imprint/">Imprint</a> <a href="/en/privacy/">Privacy policy</a> <a href="/en/cookies/">Cookie settings</a></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="  "))
PAGES.append(page(
    "intl_no_date_copyright_only", html,
    url="https://www.kessler-bearings.com/en/insights/ev-wheel-bearings",
    modelled_on="Manufacturer corporate site 'Insights' page (headless-CMS style blocks, dated related cards, no article date)",
    language="en",
    notes="The page states no publication date: no visible date, no meta, no JSON-LD, no URL date. Dates that must NOT be taken: related cards '28 May 2025', '14 April 2025', '2 June 2025' and the footer copyright 2025. published_date and published_at are null; no person is named.",
    classes=["no_date", "copyright_year", "related_dates", "no_author", "corporate_cta"],
    title="Why EV wheel bearings need a different design",
    published_date=None, published_at=None,
    author=None,
    paragraphs=paras,
    body_noise=["Find the right hub unit", "Search our online catalogue by vehicle or OE number.", "Axle nut torque: the five most common mistakes", "Meet us at Automechanika 2025", "2025 Kessler Bearings GmbH. All rights reserved."],
))
