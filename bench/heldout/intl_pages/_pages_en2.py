from _common import P, page

PAGES = []

# ---------------------------------------------------------------- 9. Ghost blog (explicit-offset trap)
paras = [
    "We shipped the first production batch of our solid-state relay for 800-volt battery packs this week, nine months later than we promised in our seed deck.",
    "The delay came almost entirely from one test. Automotive customers expect a contactor replacement to survive a short-circuit event at full pack voltage without welding shut, and our first two designs did not.",
    "The fix was unglamorous: a thicker copper busbar, a second sense resistor, and firmware that opens the circuit in under four microseconds instead of eleven. Each change cost us a full requalification cycle.",
    "The batch of 2,000 units is going to two bus makers in the Nordics. If it holds up through a winter we expect to quote for passenger cars in 2026.",
]
html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Nine months late, and why that was the right call</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://blog.voltgate.io/nine-months-late/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Voltgate Engineering">
<meta property="og:type" content="article">
<meta property="og:title" content="Nine months late, and why that was the right call">
<meta property="article:published_time" content="2025-06-05T22:30:00.000Z">
<meta property="article:modified_time" content="2025-06-06T07:48:13.000Z">
<meta property="article:tag" content="Hardware">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Sanna Koivisto">
<script type="application/ld+json">
{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {
        "@type": "Organization",
        "name": "Voltgate Engineering",
        "url": "https://blog.voltgate.io/",
        "logo": {"@type": "ImageObject", "url": "https://blog.voltgate.io/content/images/2024/02/logo.png"}
    },
    "author": {
        "@type": "Person",
        "name": "Sanna Koivisto",
        "url": "https://blog.voltgate.io/author/sanna/"
    },
    "headline": "Nine months late, and why that was the right call",
    "url": "https://blog.voltgate.io/nine-months-late/",
    "datePublished": "2025-06-05T22:30:00+00:00",
    "dateModified": "2025-06-06T07:48:13+00:00",
    "keywords": "Hardware",
    "mainEntityOfPage": "https://blog.voltgate.io/nine-months-late/"
}
</script>
<meta name="generator" content="Ghost 5.82">
</head>
<body class="post-template tag-hardware">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://blog.voltgate.io">Voltgate Engineering</a></div>
  <nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://blog.voltgate.io/">Home</a></li><li class="nav-about"><a href="https://blog.voltgate.io/about/">About</a></li></ul></nav>
  <div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-hardware">
  <header class="article-header gh-canvas">
    <section class="article-tag"><a href="https://blog.voltgate.io/tag/hardware/">Hardware</a></section>
    <h1 class="article-title">Nine months late, and why that was the right call</h1>
    <p class="article-excerpt">What a short-circuit test taught us about shipping automotive hardware.</p>
    <div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/sanna/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/01/sanna.jpg" alt="Sanna Koivisto"></a></li></ul>
      <div class="article-byline-meta"><h4 class="author-name"><a href="/author/sanna/">Sanna Koivisto</a></h4>
        <div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-06-05">Jun 5, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
  </header>
  <section class="gh-content gh-canvas">
@@BODY@@
  </section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/why-we-test-at-minus-forty/"><h2 class="post-card-title">Why we test at minus forty</h2></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-04-17">Apr 17, 2025</time></footer></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.voltgate.io">Voltgate Engineering</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_ghost_late_utc", html,
    url="https://blog.voltgate.io/nine-months-late/",
    modelled_on="Ghost 5 blog on the Casper theme (byline-meta-date <time datetime=YYYY-MM-DD>, Article JSON-LD, article:published_time)",
    language="en",
    notes="Explicit-offset trap: JSON-LD datePublished 2025-06-05T22:30:00+00:00 and article:published_time 2025-06-05T22:30:00.000Z; visible 'Jun 5, 2025' agrees. The page states +00:00, so the truth keeps 22:30+00:00 on the 5th; converting to +08:00 would wrongly give 2025-06-06 06:30. dateModified is June 6.",
    classes=["explicit_offset_trap", "late_utc", "jsonld_datepublished", "meta_published_time", "visible_date_only", "modified_next_day", "related_dates", "newsletter_prompt"],
    title="Nine months late, and why that was the right call",
    published_date="2025-06-05", published_at="2025-06-05T22:30:00+00:00",
    author="Sanna Koivisto",
    paragraphs=paras,
    body_noise=["3 min read", "Sign up for more like this.", "Why we test at minus forty", "Powered by Ghost"],
))

# ---------------------------------------------------------------- 10. Blogger (date-header)
paras = [
    "Finally got the '71 wagon back on the road after the carburetor saga. For anyone who missed the last two posts, the old two-barrel had a warped throttle body and no amount of gaskets would stop the idle hunting.",
    "I ended up buying a remanufactured unit from a small shop in Ohio rather than one of the new Chinese castings. It cost more, but it came with the correct choke pull-off and the linkage bolted straight on.",
    "Idle is now a steady 650 in drive and the hesitation off the line is gone. Vacuum at idle went from a wobbly 14 inches to a rock solid 18.",
    "Next job is the rear wheel cylinders, which have started to weep. Parts are on order.",
]
html = """<!DOCTYPE html>
<html dir="ltr" lang="en">
<head>
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<title>Wagon Days: Carburetor swap: the wagon idles again</title>
<link href="https://wagondays.blogspot.com/2025/01/carburetor-swap-wagon-idles-again.html" rel="canonical">
<meta content="https://wagondays.blogspot.com/2025/01/carburetor-swap-wagon-idles-again.html" property="og:url">
<meta content="Carburetor swap: the wagon idles again" property="og:title">
</head>
<body class="variant-indie">
<div class="content-outer"><div class="header-outer"><div class="Header" id="Header1"><h1 class="title"><a href="https://wagondays.blogspot.com/">Wagon Days</a></h1><p class="description">One family, one 1971 station wagon, too many weekends.</p></div></div>
<div class="main-outer"><div class="main-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1">
<div class="blog-posts hfeed">
  <div class="date-outer">
    <h2 class="date-header"><span>Sunday, January 19, 2025</span></h2>
    <div class="date-posts"><div class="post-outer">
      <div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
        <meta content="https://blogger.googleusercontent.com/img/b/wagon.jpg" itemprop="image_url">
        <a name="7348210098213441207"></a>
        <h3 class="post-title entry-title" itemprop="name">Carburetor swap: the wagon idles again</h3>
        <div class="post-header"><div class="post-header-line-1"></div></div>
        <div class="post-body entry-content" id="post-body-7348210098213441207" itemprop="description articleBody">
@@BODY@@
          <div style="clear: both;"></div>
        </div>
        <div class="post-footer"><div class="post-footer-line post-footer-line-1">
          <span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/0918273645" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/0918273645" rel="author" title="author profile"><span itemprop="name">Hank Delgado</span></a></span></span>
          <span class="post-timestamp">at <meta content="https://wagondays.blogspot.com/2025/01/carburetor-swap-wagon-idles-again.html" itemprop="url"><a class="timestamp-link" href="https://wagondays.blogspot.com/2025/01/carburetor-swap-wagon-idles-again.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2025-01-19T09:12:00-08:00">9:12&#8239;AM</abbr></a></span>
          <span class="post-comment-link"><a class="comment-link" href="#comment-form">3 comments</a></span></div>
          <div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/carburetor" rel="tag">carburetor</a>, <a href="/search/label/wagon" rel="tag">wagon</a></span></div></div>
      </div>
      <div class="comments" id="comments"><h4>3 comments:</h4>
        <dl id="comments-block"><dt class="comment-author"><a href="#c1">Bud R.</a> said...</dt><dd class="comment-body"><p>That vacuum number is what you want to see. Nice work.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c1" title="comment permalink">January 19, 2025 at 4:18&#8239;PM</a></span></dd>
        <dt class="comment-author"><a href="#c2">Linda</a> said...</dt><dd class="comment-body"><p>Which shop in Ohio? Asking for my Buick.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c2" title="comment permalink">January 21, 2025 at 8:02&#8239;AM</a></span></dd></dl></div>
    </div></div>
  </div>
</div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2025/01/rear-wheel-cylinders.html" title="Newer Post">Newer Post</a></span> <span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2025/01/throttle-body-warped.html" title="Older Post">Older Post</a></span> <a class="home-link" href="https://wagondays.blogspot.com/">Home</a></div>
</div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2025/">2025</a> <span class="post-count">(3)</span><ul class="hierarchy"><li class="archivedate expanded"><a href="/2025/01/">January</a> <span class="post-count">(3)</span></li></ul></li><li class="archivedate collapsed"><a class="post-count-link" href="/2024/">2024</a> <span class="post-count">(41)</span></li></ul></div>
<div class="widget Profile" id="Profile1"><h2>About Me</h2><dl class="profile-datablock"><dd class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/0918273645">Hank Delgado</a></dd><dd class="profile-textblock">Retired shop teacher. Wagons, carburetors, coffee.</dd></dl></div></div></div>
</div></div>
<div class="footer-outer"><div class="widget Attribution" id="Attribution1">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div>
</div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="          "))
PAGES.append(page(
    "intl_blogger_date_header", html,
    url="https://wagondays.blogspot.com/2025/01/carburetor-swap-wagon-idles-again.html",
    modelled_on="Blogger (blogspot.com) post on a classic layout: h2.date-header above the post, abbr.published in the post footer",
    language="en",
    notes="Day only in <h2 class='date-header'><span>Sunday, January 19, 2025</span></h2>; time printed as '9:12 AM' (narrow no-break space) in <abbr class='published' title='2025-01-19T09:12:00-08:00'> (Pacific standard time). URL carries only /2025/01/. Comments dated January 19 and 21; archive widget lists years and months.",
    classes=["blogger", "date_header", "abbr_title_timestamp", "url_year_month_only", "comments_dates", "archive_widget"],
    title="Carburetor swap: the wagon idles again",
    published_date="2025-01-19", published_at="2025-01-19T09:12:00-08:00",
    author="Hank Delgado",
    paragraphs=paras,
    body_noise=["That vacuum number is what you want to see. Nice work.", "Which shop in Ohio? Asking for my Buick.", "Retired shop teacher. Wagons, carburetors, coffee.", "One family, one 1971 station wagon, too many weekends.", "Newer Post"],
))

# ---------------------------------------------------------------- 11. Drupal (submitted by ... on)
paras = [
    "The county fleet department will convert 42 of its light-duty pickups to run on renewable diesel blends by the end of the fiscal year, the Board of Supervisors decided at its regular meeting.",
    "Fleet manager Rick Alvarado told supervisors that the trucks need no engine changes, but fuel filters will be replaced at shorter intervals during the first six months while old deposits are cleaned out of the tanks.",
    "The switch is expected to raise fuel costs by about 18 cents a gallon. Staff estimate the county will recover part of that through state low-carbon fuel credits.",
    "Residents can read the staff report and the full fleet transition plan on the Public Works page. Questions may be sent to the Fleet Services office.",
]
html = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 7 (http://drupal.org)">
<link rel="canonical" href="/news/county-fleet-switch-renewable-diesel">
<link rel="shortlink" href="/node/4127">
<title>County fleet to switch pickups to renewable diesel | Calder County, Oregon</title>
<style type="text/css" media="all">@import url("/modules/system/system.base.css?sb1x2z");</style>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-4127 node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="Home" rel="home" id="logo">Calder County, Oregon</a>
  <div id="main-menu" class="navigation"><ul class="links"><li class="menu-218 first"><a href="/">Home</a></li><li class="menu-401"><a href="/departments">Departments</a></li><li class="menu-402"><a href="/news">News</a></li><li class="menu-403 last"><a href="/contact">Contact Us</a></li></ul></div></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
  <div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news">News</a></div></div>
  <div id="content" class="column"><div class="section">
    <a id="main-content"></a>
    <h1 class="title" id="page-title">County fleet to switch pickups to renewable diesel</h1>
    <div class="region region-content"><div id="block-system-main" class="block block-system">
      <div id="node-4127" class="node node-article node-promoted clearfix" about="/news/county-fleet-switch-renewable-diesel" typeof="sioc:Item foaf:Document">
        <span property="dc:title" content="County fleet to switch pickups to renewable diesel" class="rdf-meta element-hidden"></span>
        <div class="meta submitted"><span property="dc:creator" class="username" xml:lang="" typeof="sioc:UserAccount">Submitted by Maria Keller on Tue, 03/11/2025 - 14:05</span></div>
        <div class="content clearfix">
          <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
@@BODY@@
          </div></div></div>
          <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/fleet" typeof="skos:Concept" property="rdfs:label skos:prefLabel">Fleet</a></div></div></div>
        </div>
        <ul class="links inline"><li class="node-readmore first last"><a href="/print/4127">Printer-friendly version</a></li></ul>
      </div></div></div>
  </div></div>
  <div id="sidebar-first" class="column sidebar"><div class="section"><div class="region region-sidebar-first"><div id="block-views-news-block" class="block block-views"><h2>Recent News</h2>
    <div class="item-list"><ul><li class="views-row views-row-1"><a href="/news/road-closures-june">Road closures for spring paving season</a> <span class="date-display-single">03/07/2025</span></li><li class="views-row views-row-2"><a href="/news/surplus-vehicle-auction">Surplus vehicle auction results</a> <span class="date-display-single">02/26/2025</span></li></ul></div></div></div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><p>Calder County Courthouse, 200 Main Street. Copyright &copy; 2026 Calder County. All rights reserved.</p></div></div></div></div>
</div></div>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="            "))
PAGES.append(page(
    "intl_drupal_submitted", html,
    url="https://www.caldercounty-or.gov/news/county-fleet-switch-renewable-diesel",
    modelled_on="Drupal 7 local-government site on the Bartik theme ('Submitted by USER on Thu, 06/05/2025 - 09:12')",
    language="en",
    notes="Only cue is 'Submitted by Maria Keller on Tue, 03/11/2025 - 14:05' (US m/d/Y: 11 March 2025, a Tuesday; a day-first reading would give 3 November, a Monday). The time is naive with no zone and no structured data, so published_at is null although the page is an Oregon county site. Recent News block lists 03/07/2025 and 02/26/2025.",
    classes=["drupal_submitted", "month_first_numeric", "naive_time_no_zone", "sidebar_dates", "copyright_year"],
    title="County fleet to switch pickups to renewable diesel",
    published_date="2025-03-11", published_at=None,
    author="Maria Keller",
    paragraphs=paras,
    body_noise=["Printer-friendly version", "Road closures for spring paving season", "Skip to main content", "Calder County Courthouse, 200 Main Street."],
))

# ---------------------------------------------------------------- 12. Joomla 4
paras = [
    "Members of the association met in Graz to review the draft of the new EU regulation on end-of-life vehicles, which would require a share of recycled plastic in every new car sold in the Union.",
    "Most suppliers present supported the principle but warned that the proposed quota of 25 percent within six years is not realistic for safety-relevant parts such as airbag housings and seat-belt components.",
    "The association will submit a written position to the Commission before the end of the month. It asks for a separate, lower target for parts that must pass crash or flammability testing.",
    "A working group on material passports will meet again in September. Members who want to take part should contact the secretariat.",
]
html = """<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="author" content="Karl Brandt">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Suppliers question recycled-plastic quota in ELV draft</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?2a9e1b" rel="stylesheet">
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-112">
<header class="header container-header full-width">
  <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">Austrian Automotive Suppliers Forum</a></div></div>
  <div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">Home</a></li><li class="nav-item item-112 current active"><a href="/news" aria-current="location">News</a></li><li class="nav-item item-113"><a href="/members">Members</a></li><li class="nav-item item-114"><a href="/events">Events</a></li></ul></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/news" class="pathway"><span>News</span></a></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
  <meta itemprop="inLanguage" content="en-GB">
  <div class="page-header"><h1 itemprop="headline">Suppliers question recycled-plastic quota in ELV draft</h1></div>
  <dl class="article-info text-muted">
    <dt class="article-info-term">Details</dt>
    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Karl Brandt</span></dd>
    <dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/news/policy" itemprop="genre">Policy</a></dd>
    <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2025-06-05T09:12:00+02:00" itemprop="datePublished">Published: 05 June 2025</time></dd>
    <dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2025-06-11T14:20:31+02:00" itemprop="dateModified">Last Updated: 11 June 2025</time></dd>
    <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1482">Hits: 1482</dd>
  </dl>
  <div itemprop="articleBody" class="com-content-article__body">
@@BODY@@
  </div>
  <nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/news/spring-assembly" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next" href="/news/battery-passport-webinar" rel="next"><span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Latest News</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list"><li itemscope itemtype="https://schema.org/Article"><a href="/news/battery-passport-webinar" itemprop="url"><span itemprop="name">Battery passport webinar: slides available</span></a></li><li><a href="/news/spring-assembly"><span>Spring general assembly 2025</span></a></li></ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>&copy; 2026 Austrian Automotive Suppliers Forum &middot; Impressum &middot; Datenschutz</p></div></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="    "))
PAGES.append(page(
    "intl_joomla_article_info", html,
    url="https://www.aasf-forum.at/news/policy/suppliers-question-recycled-plastic-quota",
    modelled_on="Joomla 4 site on the Cassiopeia template (dl.article-info: 'Written by', 'Published: 05 June 2025', 'Last Updated', 'Hits')",
    language="en",
    notes="Visible 'Published: 05 June 2025' and 'Last Updated: 11 June 2025' inside <time itemprop> elements whose datetime carry 2025-06-05T09:12:00+02:00 and 2025-06-11T14:20:31+02:00. meta name=author agrees with 'Written by'.",
    classes=["joomla_article_info", "time_datetime", "published_vs_updated", "hits_counter", "copyright_year"],
    title="Suppliers question recycled-plastic quota in ELV draft",
    published_date="2025-06-05", published_at="2025-06-05T09:12:00+02:00",
    author="Karl Brandt",
    paragraphs=paras,
    body_noise=["Hits: 1482", "Last Updated: 11 June 2025", "Battery passport webinar: slides available", "Spring general assembly 2025", "Category: Policy"],
))

# ---------------------------------------------------------------- 13. PR Newswire-like press release
paras = [
    "DETROIT, Jan. 14, 2025 /PRNewswire/ -- Halvorsen Axle Systems, a supplier of driveline components to commercial vehicle makers, today announced a $210 million expansion of its Monroe, Michigan plant to produce gear sets for electric drive axles.",
    "The investment adds a dedicated machining and heat-treatment line with capacity for 180,000 gear sets a year. Production is scheduled to begin in the second quarter of 2026.",
    "\"Our customers are moving from pilot fleets of electric vans to orders in the thousands,\" said Dana Whitfield, Chief Executive Officer of Halvorsen Axle Systems. \"This line lets us supply them from Michigan rather than importing gear sets from Europe.\"",
    "The expansion is expected to create 400 jobs. Halvorsen will begin hiring machinists, heat-treat operators and quality technicians in March.",
    "Halvorsen Axle Systems, founded in 1952, designs and manufactures axles, differentials and electric drive units for medium-duty trucks and delivery vans. The company operates five plants in the United States and Mexico.",
]
html = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Halvorsen Axle Systems Announces $210 Million Expansion of Monroe Plant for Electric Drive Axle Gear Sets</title>
<meta name="description" content="/PRNewswire/ -- Halvorsen Axle Systems, a supplier of driveline components...">
<link rel="canonical" href="https://www.prnewswire.com/news-releases/halvorsen-axle-systems-announces-210-million-expansion-of-monroe-plant-302474118.html">
<meta property="og:type" content="article">
</head>
<body class="release-page">
<header class="header"><a class="logo" href="/">PR Newswire: news distribution, targeting and monitoring</a>
  <nav><a href="/news-releases/">News</a> <a href="/products/">Products</a> <a href="/contact-us/">Contact</a> <a href="/account/">Send a Release</a></nav></header>
<main>
<section class="release-header"><div class="container"><div class="row"><div class="col-sm-12">
  <header class="release-header-title"><h1>Halvorsen Axle Systems Announces $210 Million Expansion of Monroe Plant for Electric Drive Axle Gear Sets</h1>
    <h2 class="subtitle">Investment adds capacity for 180,000 gear sets a year and 400 jobs</h2></header>
  <div class="row"><div class="col-lg-8 col-md-8 col-sm-7 swaliststyle">
    <div class="pr-dateline"><span class="pr-news-provided-by">News provided by</span>
      <a class="sw-link" href="/news/halvorsen-axle-systems/"><strong>Halvorsen Axle Systems</strong></a>
      <p class="mb-no">Jan 14, 2025, 08:00 ET</p></div></div>
    <div class="col-lg-4"><p><a href="/news/halvorsen-axle-systems/">Share this article</a></p></div></div>
</div></div></div></section>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
@@BODY@@
  <p><b>Media Contact:</b><br>Lauren Petrie<br>press@halvorsenaxle.com<br>+1 734 555 0142</p>
  <p>SOURCE Halvorsen Axle Systems</p>
  <div class="release-footer-logo"><img src="/logos/halvorsen.png" alt="Halvorsen Axle Systems logo"></div>
  <p class="view-original">Cision View original content to download multimedia: <a href="https://www.prnewswire.com/news-releases/halvorsen-axle-systems-announces-210-million-expansion-of-monroe-plant-302474118.html">https://www.prnewswire.com/news-releases/halvorsen-axle-systems-announces-210-million-expansion-of-monroe-plant-302474118.html</a></p>
</div></div></section>
<section class="more-releases container"><h3>Also from this source</h3>
  <div class="card"><a href="/news-releases/halvorsen-third-quarter-results-302297341.html">Halvorsen Axle Systems Reports Third Quarter 2024 Results</a><small>Nov 06, 2024, 07:00 ET</small></div>
  <div class="card"><a href="/news-releases/halvorsen-names-chief-technology-officer-302355901.html">Halvorsen Axle Systems Names Chief Technology Officer</a><small>Sep 19, 2024, 08:30 ET</small></div></section>
</main>
<footer class="footer"><p>&copy; 2026 Cision US Inc.</p><a href="/terms-of-use/">Terms of Use</a> <a href="/privacy-policy/">Privacy Policy</a></footer>
</body>
</html>
""".replace("@@BODY@@", P(paras, indent="  "))
PAGES.append(page(
    "intl_prnewswire_release", html,
    url="https://www.prnewswire.com/news-releases/halvorsen-axle-systems-announces-210-million-expansion-of-monroe-plant-302474118.html",
    modelled_on="PR Newswire news release page ('News provided by' block, 'Mon DD, YYYY, HH:MM ET', SOURCE line, Cision footer)",
    language="en",
    notes="Visible 'Jan 14, 2025, 08:00 ET' under 'News provided by'; ET in January is EST (-05:00). The dateline inside the first paragraph repeats the date. 'Also from this source' lists other releases with their own ET times. No person is credited as writer; the release is credited to the company (source). Media contact, SOURCE line and Cision notice are not body.",
    classes=["press_release", "zone_abbrev_et", "winter_offset_est", "visible_only", "dateline_in_body", "related_dates", "media_contact", "copyright_year"],
    title="Halvorsen Axle Systems Announces $210 Million Expansion of Monroe Plant for Electric Drive Axle Gear Sets",
    published_date="2025-01-14", published_at="2025-01-14T08:00:00-05:00",
    author=None, source="Halvorsen Axle Systems",
    paragraphs=paras,
    body_noise=["SOURCE Halvorsen Axle Systems", "Cision View original content to download multimedia:", "Halvorsen Axle Systems Reports Third Quarter 2024 Results", "press@halvorsenaxle.com"],
))

# ---------------------------------------------------------------- 14. Automotive News-like trade magazine (sailthru.date)
paras = [
    "Dealers in the Southeast are holding an average of 94 days' supply of compact crossovers, the highest level since early 2020, according to inventory data compiled by a regional dealer group.",
    "The glut is concentrated in models that were restocked aggressively last autumn, when several automakers expected interest rates to fall faster than they did.",
    "\u201cWe have the right cars at the wrong payment,\u201d said Stacey Nguyen, general manager of a Nissan and Kia store outside Atlanta. \u201cThe customer is fine with the sticker. It's the monthly that kills the deal.\u201d",
    "Several automakers have responded with subvented financing rather than cash rebates. Dealers say that helps buyers with strong credit but does little for shoppers with scores below 680, who make up a growing share of traffic.",
]
html = """<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>Southeast dealers swim in compact crossovers as payments bite | Automotive News</title>
<meta name="sailthru.date" content="2025-01-14T09:12:00-05:00">
<meta name="sailthru.author" content="Luis Ferreira">
<meta name="sailthru.tags" content="retail, inventory, crossovers">
<meta name="description" content="Dealers in the Southeast are holding an average of 94 days' supply of compact crossovers.">
<link rel="canonical" href="https://www.autonews.com/retail/an-southeast-dealers-crossover-inventory-0114/">
</head>
<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas">
<header class="header"><a class="logo" href="/">Automotive News</a>
  <nav class="main-nav"><a href="/news">News</a> <a href="/retail">Retail</a> <a href="/manufacturing">OEMs</a> <a href="/suppliers">Suppliers</a> <a href="/data-center">Data Center</a> <a href="/events">Events</a></nav>
  <a class="btn-subscribe" href="/subscribe">Subscribe</a></header>
<main role="main"><div class="layout-content">
<article class="node node--type-article node--view-mode-full">
  <div class="article-category"><a href="/retail">Retail</a></div>
  <h1 class="article-title"><span class="field field--name-title">Southeast dealers swim in compact crossovers as payments bite</span></h1>
  <div class="article-byline"><div class="article-author"><a href="/staff/luis-ferreira" hreflang="en">Luis Ferreira</a></div>
    <div class="article-date"><span class="article-published-date">January 14, 2025 09:12 AM</span></div></div>
  <div class="article-share"><a>Share on Facebook</a> <a>Share on LinkedIn</a> <a>Email</a> <a>Reprints</a></div>
  <div class="article-body field field--name-field-paragraphs">
@@B1@@
    <div class="paywall-prompt"><p>Get the full story from Automotive News. Subscribe now for unlimited access to the news dealers and automakers rely on.</p></div>
@@B2@@
  </div>
  <div class="article-contact"><p>Have an opinion about this story? Click here to submit a Letter to the Editor, and we may publish it in print.</p></div>
</article>
<aside class="related"><h3>Related Articles</h3>
  <div class="related-item"><a href="/retail/an-used-car-prices-may">Used-vehicle prices dip in December</a><span class="date">January 10, 2025 02:30 PM</span></div>
  <div class="related-item"><a href="/finance/an-subvented-apr-trend">Automakers lean on subvented APRs</a><span class="date">December 30, 2024 06:00 AM</span></div></aside>
</div></main>
<footer><p>Copyright &copy; 1996-2026. Crain Communications, Inc. All Rights Reserved.</p></footer>
</div>
</body>
</html>
""".replace("@@B1@@", P(paras[:2], indent="    ")).replace("@@B2@@", P(paras[2:], indent="    "))
PAGES.append(page(
    "intl_autonews_sailthru", html,
    url="https://www.autonews.com/retail/an-southeast-dealers-crossover-inventory-0114/",
    modelled_on="Automotive News (Crain, Drupal-based trade site): byline with 'Month DD, YYYY HH:MM AM' and sailthru.* meta",
    language="en",
    notes="Visible 'January 14, 2025 09:12 AM' has no zone; meta sailthru.date '2025-01-14T09:12:00-05:00' agrees and supplies the offset. Related Articles show their own date-times in the same naive format. Paywall prompt sits between paragraphs.",
    classes=["meta_sailthru_date", "naive_visible_time", "paywall_prompt_inline", "related_dates", "copyright_range"],
    title="Southeast dealers swim in compact crossovers as payments bite",
    published_date="2025-01-14", published_at="2025-01-14T09:12:00-05:00",
    author="Luis Ferreira",
    paragraphs=paras,
    body_noise=["Get the full story from Automotive News. Subscribe now for unlimited access to the news dealers and automakers rely on.", "Have an opinion about this story? Click here to submit a Letter to the Editor, and we may publish it in print.", "Used-vehicle prices dip in December", "January 10, 2025 02:30 PM", "Reprints"],
))

# ---------------------------------------------------------------- 15. Just-auto-like (parsely-pub-date)
paras = [
    "Thailand's output of battery electric vehicles rose 38% year on year in the first four months of 2025, as Chinese-owned assembly plants that opened last year moved to two shifts.",
    "The country's traditional pickup industry continued to shrink, however. Production of one-tonne pickups fell for the seventh consecutive quarter as banks tightened lending to farmers and small contractors.",
    "Local parts makers have complained that the new EV plants source most of their components from China. Under the government's incentive scheme, local content requirements only begin to rise from 2026.",
    "GlobalData forecasts that Thailand will build around 1.6 million light vehicles this year, roughly flat on 2024, with electric models accounting for about 9% of the total.",
]
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Thai EV output up 38% while pickup slump deepens - Just Auto</title>
<meta name="parsely-title" content="Thai EV output up 38% while pickup slump deepens">
<meta name="parsely-link" content="https://www.just-auto.com/news/thai-ev-output-up-38-pickup-slump/">
<meta name="parsely-type" content="post">
<meta name="parsely-pub-date" content="2025-06-05T08:12:00Z">
<meta name="parsely-author" content="Harriet Cole">
<meta name="parsely-section" content="News">
<link rel="canonical" href="https://www.just-auto.com/news/thai-ev-output-up-38-pickup-slump/">
</head>
<body class="post-template-default single single-post">
<div class="c-site-header"><a class="c-site-header__logo" href="/">Just Auto</a>
  <nav class="c-main-menu"><a href="/news/">News</a> <a href="/analysis/">Analysis</a> <a href="/features/">Features</a> <a href="/interviews/">Interviews</a> <a href="/sectors/">Sectors</a></nav>
  <a class="c-button" href="/newsletters/">Newsletter sign-up</a></div>
<main class="c-main">
<article class="c-post">
  <div class="c-post-eyebrow"><a href="/news/">News</a></div>
  <h1 class="c-post-title">Thai EV output up 38% while pickup slump deepens</h1>
  <p class="c-post-standfirst">Chinese-owned assembly plants move to two shifts as one-tonne pickup production falls again.</p>
  <div class="c-post-meta">
    <div class="c-post-meta__author">By <a href="/author/harriet-cole/">Harriet Cole</a></div>
    <div class="c-post-meta__date">5 June 2025</div>
  </div>
  <div class="c-post-content">
@@B1@@
    <div class="c-inline-promo"><h4>Access deeper industry intelligence</h4><p>Experience unmatched clarity with a single platform that combines unique data, AI, and human expertise.</p><a href="https://www.globaldata.com/">Find out more</a></div>
@@B2@@
  </div>
  <div class="c-post-tags"><a href="/tag/thailand/">Thailand</a> <a href="/tag/electric-vehicles/">Electric vehicles</a></div>
</article>
<aside class="c-sidebar"><h3>Sign up for our daily news round-up!</h3><p>Give your business an edge with our leading industry insights.</p>
  <h3>Most Popular</h3><ol><li><a href="/news/india-two-wheeler-exports/">India two-wheeler exports hit record</a></li></ol></aside>
</main>
<footer class="c-footer"><p>Copyright 2026 GlobalData Plc. All rights reserved. Registered office: John Carpenter House, London.</p></footer>
</body>
</html>
""".replace("@@B1@@", P(paras[:2], indent="    ")).replace("@@B2@@", P(paras[2:], indent="    "))
PAGES.append(page(
    "intl_justauto_parsely", html,
    url="https://www.just-auto.com/news/thai-ev-output-up-38-pickup-slump/",
    modelled_on="Just Auto (GlobalData trade site, WordPress): visible day-first date without time, Parse.ly meta tags",
    language="en",
    notes="Visible '5 June 2025' (no time); time only in meta parsely-pub-date 2025-06-05T08:12:00Z. GlobalData promo box sits between paragraphs. The source line 'GlobalData forecasts' is article text, not a credited source.",
    classes=["meta_parsely_pub_date", "visible_date_only", "day_first_monthname", "promo_inline", "standfirst", "copyright_year"],
    title="Thai EV output up 38% while pickup slump deepens",
    published_date="2025-06-05", published_at="2025-06-05T08:12:00+00:00",
    author="Harriet Cole",
    paragraphs=paras,
    body_noise=["Access deeper industry intelligence", "Experience unmatched clarity with a single platform that combines unique data, AI, and human expertise.", "Sign up for our daily news round-up!", "India two-wheeler exports hit record"],
))
