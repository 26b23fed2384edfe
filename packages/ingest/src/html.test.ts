import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "./html.ts";
import { readArticleFile } from "./read.ts";

const page = `<!DOCTYPE html>
<html><head><title>Drones hit Kyiv | Kyiv Ledger</title><style>p { color: red }</style>
<script>document.write("<p>Russia launched 999 drones</p>")</script></head>
<body><header><a href="/">Kyiv Ledger</a><nav><ul><li>Home</li><li>World</li></ul></nav></header>
<main><article><header><h1>Russia sends   400 drones
 at Kyiv</h1><p>By Olena Marchuk</p></header>
<p>Russia launched 400 drones overnight, the air force said.<p>Air defences shot down 380 &amp; jammed 12.<br>Two people were hurt.</p>
<aside>Read more: last week</aside><footer>Filed under: war</footer></article></main>
<footer>© 2025 Kyiv Ledger</footer><div hidden>Hidden 77 drones.</div></body></html>`;

describe("looksLikeHtml", () => {
  it("takes .html and .htm files as HTML whatever they start with", () => {
    expect(looksLikeHtml("a.html", "plain words")).toBe(true);
    expect(looksLikeHtml("a.HTM", "plain words")).toBe(true);
  });

  it("takes a .txt as HTML only when it starts with a doctype, a comment or a page tag", () => {
    expect(looksLikeHtml("a.txt", "\uFEFF  \n<!doctype html><p>x")).toBe(true);
    expect(looksLikeHtml("a.txt", "<!-- saved from url -->\n<html>")).toBe(true);
    expect(looksLikeHtml("a.txt", "<p>Russia launched 5 drones.</p>")).toBe(true);
    expect(looksLikeHtml("a.txt", "Russia launched <50 drones, officials said.")).toBe(false);
    expect(looksLikeHtml("a.txt", "<Kyiv Ledger> Russia launched 5 drones.")).toBe(false);
  });
});

describe("htmlToText", () => {
  const r = htmlToText(page);

  it("reads the publication day from the page's meta tags, its article's JSON-LD or a <time> marked as the publication's, in that order", () => {
    const withHead = (head: string, body = "<p>Russia launched 40 drones.</p>") => htmlToText(`<html><head>${head}</head><body><article>${body}</article></body></html>`).published;
    expect(withHead('<meta content="2025-12-03T01:15:00+02:00" property="article:published_time">')).toBe("2025-12-03");
    expect(withHead('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-12-02T22:00:00Z"}</script>')).toBe("2025-12-02");
    expect(withHead("", '<time pubdate datetime="2025-12-01">1 Dec</time><p>Russia launched 40 drones.</p>')).toBe("2025-12-01");
    expect(withHead('<meta name="pubdate" content="2025-12-03"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-30"}</script>')).toBe("2025-12-03");
    // (the most specific key, wherever it sits; the page's own article in a JSON-LD graph, not a list's)
    expect(withHead('<meta name="date" content="2025-12-10"><meta property="article:published_time" content="2025-12-03">')).toBe("2025-12-03");
    expect(withHead('<script type="application/ld+json">{"@graph":[{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2025-11-02"}]},{"@type":"NewsArticle","datePublished":"2025-12-03"}]}</script>')).toBe("2025-12-03");
    // (not a day that does not exist, nor a <time> of a related card or the page's chrome, nor a card's microdata)
    expect(withHead('<meta property="article:published_time" content="2025-02-30">')).toBeNull();
    // (the page's own work of another kind, a photo gallery, after a breadcrumb list; not an embedded video's)
    expect(withHead('<script type="application/ld+json">[{"@type":"BreadcrumbList","itemListElement":[]},{"@type":"ImageGallery","datePublished":"2025-04-05T13:00:00+03:00"}]</script>')).toBe("2025-04-05");
    expect(withHead('<script type="application/ld+json">{"@type":"VideoObject","datePublished":"2025-04-01"}</script>')).toBeNull();
    // (a pubdate tag's compact form)
    expect(withHead('<meta name="pubdate" content="20240826">')).toBe("2024-08-26");
    expect(withHead("", '<p>Russia launched 40 drones.</p><aside><article><time datetime="2022-12-21">21 Dec</time></article></aside>')).toBeNull();
    expect(withHead("", '<div><meta itemprop="datePublished" content="2024-08-26"></div><p>Russia launched 40 drones.</p>')).toBeNull();
    expect(htmlToText('<html><body><nav><time datetime="2025-12-01">today</time></nav><p>Russia launched 40 drones.</p></body></html>').published).toBeNull();
    expect(r.published).toBeNull();
  });

  it("reads the story's own <time> between its headline and its prose, and a microdata datePublished in <head> or under its headline", () => {
    const body = (b: string, head = "") => htmlToText(`<html><head>${head}</head><body>${b}</body></html>`).published;
    const prose = "<p>Two Russian ballistic missiles struck the centre of Sumy on Sunday morning, killing 34 people, the State Emergency Service said.</p>";
    const time = '<time datetime="2025-04-13T16:20:00+03:00">Sunday, 16:20</time>';
    expect(body(`<article><h1>Sumy strike</h1><div class="byline">Serhii Koval ${time}</div>${prose}</article>`)).toBe("2025-04-13");
    expect(body(`<div class="story"><h1>Sumy strike</h1><div class="byline">Serhii Koval ${time}</div>${prose}</div>`)).toBe("2025-04-13");
    expect(body(`<article><h1>Kryvyi Rih strike</h1>${prose}</article>`, '<meta itemprop="datePublished" content="2025-04-05T07:58:00Z"/>')).toBe("2025-04-05");
    // (the story's own microdata in its body, before its prose)
    const micro = '<meta itemprop="datePublished" content="2025-06-17T19:20:00+03:00">';
    expect(body(`<article itemscope><h1>Kyiv strike</h1>${micro}${prose}</article>`)).toBe("2025-06-17");
    expect(body(`<article><h1>Sumy strike</h1>${prose}<div class="card">${micro}</div></article>`)).toBeNull();
    // (not a related card's after the prose, a link's, a comment's, nor the page's top bar above the headline)
    expect(body(`<div class="story"><h1>Sumy strike</h1>${prose}<div class="card"><a href="/x">Kharkiv: 2 killed</a>${time}</div></div>`)).toBeNull();
    expect(body(`<article><h1>Sumy strike</h1><div class="card"><a href="/x">Kharkiv: 2 killed ${time}</a></div>${prose}</article>`)).toBeNull();
    expect(body(`<article><h1>Sumy strike</h1>${prose}<div class="comment">Olha ${time}: terrible</div></article>`)).toBeNull();
    expect(body(`<div class="bar">${time}</div><h2>Sumy strike</h2>${prose}`)).toBeNull();
  });

  it("reads the author from <meta name=author>, the article's JSON-LD, or microdata under it; not an address, nor a card's", () => {
    const author = (head: string, body = "") => htmlToText(`<html><head>${head}</head><body><article><h1>Kyiv strike</h1>${body}<p>Russia launched 40 drones at Kyiv overnight, the Air Force said.</p></article></body></html>`).author;
    expect(author('<meta name="author" content="Olha Tkach">')).toBe("Olha Tkach");
    expect(author('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Olha Tkach"},{"@type":"Person","name":"Ivan Petrenko"}]}</script>')).toBe("Olha Tkach, Ivan Petrenko");
    expect(author("", '<span itemprop="author">Serhii Koval</span>')).toBe("Serhii Koval");
    expect(author('<meta name="author" content="https://kyivledger.example/authors/olha">')).toBeNull();
    expect(author('<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","author":"Someone Else"}]}</script>')).toBeNull();
    expect(author("", '<aside><span itemprop="author">Card Author</span></aside>')).toBeNull();
    expect(author("", '<aside class="related"><script type="application/ld+json">{"@type":"NewsArticle","author":"Card Author"}</script></aside>')).toBeNull();
    expect(author('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Kyiv Ledger"}}</script>')).toBeNull();
    expect(author("", '<div itemprop="author" itemscope><span itemprop="name">Serhii Koval</span> <span itemprop="jobTitle">Kyiv correspondent</span></div>')).toBe("Serhii Koval");
    expect(author('<meta name="author" content="By Olha Tkach">')).toBe("Olha Tkach");
  });

  it("drops script, style, nav, aside, hidden elements and the page's header and footer", () => {
    expect(r.text).not.toMatch(/999|Home|World|Read more|© 2025|Hidden|color: red/);
  });

  it("keeps a header and footer inside the article, where the byline and tags live", () => {
    expect(r.text).toContain("By Olena Marchuk");
    expect(r.text).toContain("Filed under: war");
  });

  it("keeps paragraphs as lines separated by a blank line and <br> as a line break", () => {
    expect(r.text).toBe(
      "Russia sends 400 drones at Kyiv\n\nBy Olena Marchuk\n\nRussia launched 400 drones overnight, the air force said.\n\nAir defences shot down 380 & jammed 12.\nTwo people were hurt.\n\nFiled under: war",
    );
  });

  it("takes the first <h1> as the headline, else the <title>", () => {
    expect(r.headline).toBe("Russia sends 400 drones at Kyiv");
    expect(htmlToText("<html><head><title> Drones hit  Odesa </title></head><body><p>Text.</p></body></html>").headline).toBe("Drones hit Odesa");
    expect(htmlToText("<h1><img src=logo.png></h1><h1>Real title</h1><p>Text.</p>").headline).toBe("Real title");
    expect(htmlToText("<p>No title here.</p>").headline).toBeNull();
  });

  it("ignores a page-chrome <h1> (the site's logo in the banner)", () => {
    expect(htmlToText("<header><h1>Kyiv Ledger</h1></header><main><h1>Drones hit Lviv</h1><p>Text.</p></main>").headline).toBe("Drones hit Lviv");
  });

  it("ignores a site's name in a masthead <h1> or an <h1> that only links to the front page", () => {
    const masthead = '<div class="masthead"><h1 class="site-title">Dnipro Today</h1></div><div class="content"><h1 class="entry-title">Russia hits government building</h1><p>Text.</p></div>';
    expect(htmlToText(masthead).headline).toBe("Russia hits government building");
    expect(htmlToText('<div><h1><a href="/">Dnipro Today</a></h1></div><h1>Russia hits government building</h1><p>Text.</p>').headline).toBe("Russia hits government building");
    expect(htmlToText('<h1><a href="/news/123">Russia hits government building</a></h1><p>Text.</p>').headline).toBe("Russia hits government building");
  });

  it("keeps an <aside> that is the article's fact box (by its class or heading), not a sidebar", () => {
    const page = (aside: string) => htmlToText(`<article><h1>Largest attack</h1>${aside}<p>Russia launched 127 missiles.</p></article>`).text;
    expect(page('<aside class="factbox"><ul><li>At least 7 people killed across Ukraine</li></ul></aside>')).toContain("At least 7 people killed across Ukraine");
    expect(page("<aside><h4>Key figures</h4><ul><li>47 injured</li></ul></aside>")).toContain("47 injured");
    expect(page('<aside class="sidebar-most-read"><h4>Most read</h4><ul><li><a href="/a">Three killed in Kharkiv</a></li></ul></aside>')).not.toContain("Kharkiv");
    expect(page("<aside><p>Three killed in Kharkiv</p></aside>")).not.toContain("Kharkiv");
  });

  it("drops a ticker of other stories and a list of links to the page's own entries (a live page's 'Key events')", () => {
    expect(htmlToText('<div class="ticker">BREAKING · Three killed in Kharkiv strike</div><p>Russia launched 728 drones.</p>').text).toBe("Russia launched 728 drones.");
    const keyEvents = '<h2>Key events</h2><ul><li><a href="#p4">17 Jun 08:55 Air Force: 440 drones and 32 missiles</a></li><li><a href="#p2">17 Jun 06:10 At least 14 killed</a></li></ul><p>Russia launched 440 drones.</p>';
    expect(htmlToText(keyEvents).text).toBe("Key events\n\nRussia launched 440 drones.");
    // (a list of the article's own points, or of links elsewhere, stays: not the page's own anchors)
    expect(htmlToText('<ul><li>Kyiv: <a href="#p2">four killed</a></li></ul>').text).toBe("Kyiv: four killed");
  });

  it("reads a <br> between two lower-case words as a space, and two <br>s as a paragraph break", () => {
    expect(htmlToText("<p>Among the injured are a 1.5-year-old<br>child and a 14-year-old girl.<br><br>Damage was recorded.<br>Two people were hurt.</p>").text).toBe(
      "Among the injured are a 1.5-year-old child and a 14-year-old girl.\n\nDamage was recorded.\nTwo people were hurt.",
    );
  });

  it("ends a layout column's last line at its cell, so a side column's 'News feed' label heads its own lines", () => {
    const page = "<table><tr><td><h1>Kharkiv attacked</h1>Three people were killed, the governor said.<br>Subscribe to us!</td><td><b>News feed</b><br>09:02 Odesa: drone attack, 2 injured<br></td></tr></table>";
    expect(htmlToText(page).text).toBe("Kharkiv attacked\n\nThree people were killed, the governor said.\nSubscribe to us!\n\nNews feed\n09:02 Odesa: drone attack, 2 injured");
  });

  it("takes the story's side of a <title> that names the site too: away from og:site_name, else the side that is a line of the page", () => {
    const prose = "<p>Russia's Defence Ministry said air defences destroyed 144 Ukrainian drones overnight.</p>";
    const headline = (head: string, body: string) => htmlToText(`<html><head>${head}</head><body>${body}${prose}</body></html>`).headline;
    const site = '<meta property="og:site_name" content="Baltic Times Online">';
    expect(headline(`<title>Drone attack on Moscow | Baltic Times Online — News from Europe's east</title>${site}`, "")).toBe("Drone attack on Moscow");
    expect(headline("<title>Uman toll rises to 21 :: Central Ukraine News</title>", '<h2 class="art-title">Uman toll rises to 21</h2>')).toBe("Uman toll rises to 21");
    // (a byline that a <br> joined to its line: "… over Kyiv by Staff reporter")
    expect(headline("<title>Kyiv Weekly Post - All 18 missiles shot down over Kyiv</title>", "<font size=5><b>All 18 missiles shot down over Kyiv</b></font><br><font size=1>by Staff reporter</font>")).toBe("All 18 missiles shot down over Kyiv");
    // (the whole title when nothing tells the site's side: "Kharkiv - three killed" may be the story's own dash)
    expect(headline("<title>Kharkiv - three killed in drone strike</title>", "")).toBe("Kharkiv - three killed in drone strike");
    expect(headline("<title>Kharkiv - three killed in drone strike</title>", "<h2>Kharkiv - three killed in drone strike</h2>")).toBe("Kharkiv - three killed in drone strike");
    expect(headline("<title>Kharkiv - three killed in drone strike</title>", '<div class="kicker">Kharkiv</div>')).toBe("Kharkiv - three killed in drone strike");
  });

  it("refuses an absurdly long title as a headline", () => {
    expect(htmlToText(`<title>${"drones ".repeat(200)}</title><p>Text.</p>`).headline).toBeNull();
  });

  it("drops blocks whose class or id names them furniture (related stories, comments), not a story marked 'has-comments'", () => {
    const page = '<article class="story has-comments"><p>Russia launched 36 drones overnight.</p><div class="more-stories"><p>Air defence downed 74 of them</p></div><section id="comments-section"><p>My cousin says 10 people were injured.</p></section></article>';
    expect(htmlToText(page).text).toBe("Russia launched 36 drones overnight.");
  });

  it("keeps the story's body that a paywall class marks, and drops the paywall's prompt", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}</script>';
    const lead = "The United States said Tuesday it would resume military aid to Ukraine after Kyiv backed a 30-day ceasefire.";
    const body = `<p>${lead}</p><p>Russia's Defense Ministry said it had shot down 337 Ukrainian drones overnight, including 91 over Moscow.</p>`;
    const page = (b: string) => htmlToText(`<html><head>${ld}</head><body><article><h1>U.S. to resume aid</h1>${b}</article></body></html>`).text;
    expect(page(`<div class="article-body paywall">${body}</div>`)).toContain("shot down 337 Ukrainian drones");
    const prompt = '<div class="paywall-prompt"><h3>Subscribe to continue reading</h3><p>Get unlimited digital access for $1 a week for the first year. Cancel anytime.</p></div>';
    expect(page(`<p>${lead}</p>${prompt}`)).toBe(`U.S. to resume aid\n\n${lead}`);
  });

  it("drops blocks of links to other stories: a class naming them anywhere, a heading labelling them, or links and little else", () => {
    const lead = "<h1>Drones hit Odesa</h1><p>Russia launched 50 drones at Ukraine overnight, the Air Force said.</p>";
    const card = '<h3><a href="/x">Russia launched 598 drones and 31 missiles overnight; 23 killed in Kyiv</a></h3>';
    const text = (body: string) => htmlToText(`<html><body>${body}</body></html>`).text;
    const story = "Drones hit Odesa\n\nRussia launched 50 drones at Ukraine overnight, the Air Force said.";
    // (a WordPress theme's classes, the part that says so inside the name; its heading's two tabs)
    expect(text(`<article>${lead}<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a href="#">RELATED ARTICLES</a><a href="#">MORE FROM AUTHOR</a></h4><div class="td_module_related_posts">${card}</div></div></article>`)).toBe(story);
    expect(text(`<article>${lead}<section><h2>Related articles</h2><div>${card}</div></section></article>`)).toBe(story);
    expect(text(`<main><article>${lead}</article><section class="story-cards"><h2>More on this story</h2><div class="card"><a href="/b"><h3>Russia launched 6,297 drones in July</h3><p>That was a record, up from 5,438 in June.</p></a></div></section></main>`)).toBe(story);
    expect(text(`<article>${lead}<div class="x"><div>${card}</div><div>${card.replace("/x", "/y")}</div></div></article>`)).toBe(story);
    // (not the story marked as having such a block; not links within prose, nor a heading's block with a paragraph of its own)
    expect(text(`<article class="single has-related">${lead}</article>`)).toBe(story);
    const prose = '<div><p>The <a href="/af">Air Force</a> said 40 of the <a href="/d">drones</a> were shot down over the south.</p></div>';
    expect(text(`<article>${lead}${prose}</article>`)).toBe(`${story}\n\nThe Air Force said 40 of the drones were shot down over the south.`);
    expect(text(`<article>${lead}<section><h2>Related</h2><p>Odesa's port was hit twice this week, after a lull of a month, the navy said.</p></section></article>`)).toContain("Odesa's port");
  });

  it("drops a block of cards, each led by a link to another story over its teaser paragraph; not the story's paragraphs with links in them", () => {
    const lead = "<h1>Drones hit Odesa</h1><p>Russia launched 50 drones at Ukraine overnight, the Air Force said.</p>";
    const story = "Drones hit Odesa\n\nRussia launched 50 drones at Ukraine overnight, the Air Force said.";
    const text = (body: string) => htmlToText(`<html><body><main>${body}</main></body></html>`).text;
    const card = (href: string, title: string, teaser: string) => `<div class="card"><a href="${href}"><h3>${title}</h3></a><p>${teaser}</p><time datetime="2024-08-25">August 25, 2024</time></div>`;
    const a = card("/2024/08/25/drones-81/", "Russia launches 81 drones at Ukraine, 60 downed", "Ukraine's air force said on Sunday that 60 of the 81 drones fired overnight had been destroyed over 12 regions.");
    const b = card("/2024/08/24/kostiantynivka/", "Russian strike on Kostiantynivka kills four", "A Russian guided bomb killed four people and wounded eight in the eastern town, the regional governor said.");
    // (under any heading or none; one card under a list's label; cards that are <article>s of their own, the link around them)
    expect(text(`<article>${lead}</article><div class="c-story-rail"><h2>Latest in Dnipro</h2>${a}${b}</div>`)).toBe(story);
    expect(text(`<article>${lead}</article><div>${a}${b}</div>`)).toBe(story);
    expect(text(`<article>${lead}</article><div><h2>Read Next</h2>${a}</div>`)).toBe(story);
    const ghost = '<article class="gh-card"><a href="/kursk-summary/"><h3>Kursk region: 7 drones shot down, governor says</h3><p>Alexander Khinshtein said no one was hurt.</p></a></article>';
    expect(text(`<article>${lead}</article><section><h2>More on Ukraine</h2>${ghost}${ghost.replace("/kursk-summary/", "/kerch/")}</section>`)).toBe(story);
    // (not one card under a heading that is no list's label, nor the story's paragraphs whose links sit in their prose)
    expect(text(`<article>${lead}</article><div><h2>Dnipro</h2>${a}</div>`)).toContain("60 of the 81 drones");
    const linked = '<div><p><a href="/zelensky">Zelensky</a> said 40 of the drones were shot down over the south, and 10 were jammed.</p><p><a href="/af">The Air Force</a> said two missiles hit Odesa port.</p></div>';
    expect(text(`<article>${lead}${linked}</article>`)).toBe(`${story}\n\nZelensky said 40 of the drones were shot down over the south, and 10 were jammed.\n\nThe Air Force said two missiles hit Odesa port.`);
    // (nor a live page's entries, whose heading links to the entry on the same page, nor a card with a story's worth of prose)
    const entry = (n: number) => `<div class="entry"><h3><a href="/live/odesa#entry-${n}">Odesa: ${n} drones shot down</a></h3><p>The southern command said ${n} drones were shot down over the Odesa region overnight.</p></div>`;
    expect(text(`<h1>Live: drones hit Odesa</h1><div class="feed">${entry(12)}${entry(14)}</div>`)).toContain("said 12 drones were shot down");
    const long = (n: number) => `<div><h3><a href="/x${n}">Odesa attacked</a></h3><p>${"Russia launched 50 drones at Ukraine overnight, the Air Force said. ".repeat(2)}</p><p>${"Air defences shot down 40 of them over the south, it said. ".repeat(2)}</p></div>`;
    expect(text(`<h1>Digest</h1><div>${long(1)}${long(2)}</div>`)).toContain("shot down 40 of them");
  });

  it("drops the links to the previous and next story, by their rel or their class", () => {
    const lead = "<h1>Cabinet building hit</h1><p>Russia launched 810 drones and 13 missiles overnight, the Air Force said.</p>";
    const story = "Cabinet building hit\n\nRussia launched 810 drones and 13 missiles overnight, the Air Force said.";
    const text = (body: string) => htmlToText(`<html><body><article>${lead}${body}</article></body></html>`).text;
    expect(text('<footer><div class="td-post-next-prev"><div><span>Previous article</span><a href="/2025/09/06/dnipro-drone/">Dnipro: one injured as drone hits a car</a></div><div><span>Next article</span><a href="/2025/09/07/kremenchuk/">Kremenchuk: bridge damaged, traffic restricted</a></div></div></footer>')).toBe(story);
    expect(text('<div class="post-navigation">Previous: <a rel="prev" href="/2025/09/06/dnipro-drone/">Dnipro: one injured as drone hits a car</a></div>')).toBe(`${story}\n\nPrevious:`);
    // (not a link of the story's own, nor a class naming the story's place in a series)
    expect(text('<p>Earlier, <a rel="noopener" href="/dnipro">a drone hit a car in Dnipro</a>, injuring one.</p>')).toBe(`${story}\n\nEarlier, a drone hit a car in Dnipro, injuring one.`);
    expect(text('<div class="next-steps"><p>Kyiv asked its allies for 10 more Patriot systems.</p></div>')).toContain("10 more Patriot systems");
  });

  it("drops readers' comments wherever the class names them, not a story marked as having comments", () => {
    const lead = "<h1>Spiderweb</h1><p>Ukraine's drones hit 41 Russian aircraft at four air bases, the SBU said.</p>";
    const story = "Spiderweb\n\nUkraine's drones hit 41 Russian aircraft at four air bases, the SBU said.";
    const comment = '<div class="gh-comment"><b>Andrii</b>: Satellite pictures show at least 12 destroyed on one base.</div>';
    const text = (body: string) => htmlToText(`<html><body><main>${body}</main></body></html>`).text;
    expect(text(`<article>${lead}</article><section class="article-comments gh-canvas"><div class="ghost-comments-root"><h3>Member discussion</h3>${comment}</div></section>`)).toBe(story);
    expect(text(`<article>${lead}</article><section class="gh-comments">${comment}</section>`)).toBe(story);
    expect(text(`<div class="post has-comments">${lead}</div>`)).toBe(story);
  });

  it("separates table cells as text tables write them, and keeps the lines of <pre>", () => {
    expect(htmlToText("<table><tr><td>Kyiv</td><td>12</td></tr><tr><td>Lviv</td><td>3</td></tr></table>").text).toBe("Kyiv | 12\n\nLviv | 3");
    // (so a table under its header row is read as one: "Weapon | Launched | Shot down")
    expect(htmlToText("<table><tr><th>Weapon</th><th>Launched</th><th>Shot down</th></tr><tr><td>Missiles</td><td>78</td><td>59</td></tr></table>").text).toBe("Weapon | Launched | Shot down\n\nMissiles | 78 | 59");
    expect(htmlToText("<pre>one\ntwo</pre>").text).toBe("one\ntwo");
  });

  it("survives deep nesting and unclosed formatting tags without overflowing the stack", () => {
    const deep = `${"<div><span>".repeat(50_000)}Russia launched 5 drones.`;
    expect(htmlToText(deep).text).toBe("Russia launched 5 drones.");
    expect(htmlToText(`${"<b>".repeat(20_000)}<p>Russia launched 6 drones.`).text).toContain("Russia launched 6 drones.");
  });
});

describe("readArticleFile on HTML", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it("makes each row of a saved page's table a sentence of its own, its header row's one too", async () => {
    const dir = await mkdtemp(join(tmpdir(), "salvo-html-"));
    dirs.push(dir);
    const ports =
      "<html><body><article><h1>Strikes on the ports</h1><p>The figures the navy gave, night by night.</p><table><thead><tr><th>Night</th><th>Launched</th><th>Intercepted</th></tr></thead><tbody><tr><td>2-3 August</td><td>17 drones</td><td>13 (Navy)</td></tr><tr><td>5-6 August</td><td>9 drones</td><td>all 9</td></tr></tbody></table><p>No one was hurt.</p></article></body></html>";
    await writeFile(join(dir, "ports.html"), ports);
    const r = await readArticleFile(dir, "ports.html", { maxBytes: 1e6 });
    expect(r.ok && r.value.sentences.map((s) => r.value.text.slice(s.start, s.end))).toEqual([
      "The figures the navy gave, night by night.",
      "Night | Launched | Intercepted",
      "2-3 August | 17 drones | 13 (Navy)",
      "5-6 August | 9 drones | all 9",
      "No one was hurt.",
    ]);
  });

  it("reads a web page saved as .txt as its text, with offsets into that text", async () => {
    const dir = await mkdtemp(join(tmpdir(), "salvo-html-"));
    dirs.push(dir);
    await writeFile(join(dir, "page.txt"), page);
    const r = await readArticleFile(dir, "page.txt", { maxBytes: 1e6 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toBe(htmlToText(page).text);
    expect(r.value.meta.headline).toBe("Russia sends 400 drones at Kyiv");
    expect(r.value.meta.author).toBe("Olena Marchuk");
    const sentences = r.value.sentences.map((s) => r.value.text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "Russia launched 400 drones overnight, the air force said.",
      "Air defences shot down 380 & jammed 12.",
      "Two people were hurt.",
    ]); // "Filed under: war" is a short heading-like line, which ingest leaves out of the body

  });

  it("lets a sidecar's headline win over the page's", async () => {
    const dir = await mkdtemp(join(tmpdir(), "salvo-html-"));
    dirs.push(dir);
    await writeFile(join(dir, "page.html"), page);
    await writeFile(join(dir, "page.meta.json"), JSON.stringify({ headline: "From the sidecar" }));
    const r = await readArticleFile(dir, "page.html", { maxBytes: 1e6 });
    expect(r.ok && r.value.meta.headline).toBe("From the sidecar");
  });

  it("dates a page by its markup when no sidecar does, and by the sidecar's date when one does", async () => {
    const dir = await mkdtemp(join(tmpdir(), "salvo-html-"));
    dirs.push(dir);
    const dated = page.replace("<title>", '<meta property="article:published_time" content="2025-07-09T06:10:00+03:00"><title>');
    await writeFile(join(dir, "a.html"), dated);
    await writeFile(join(dir, "b.html"), dated);
    await writeFile(join(dir, "b.meta.json"), JSON.stringify({ published: "2025-07-10" }));
    const a = await readArticleFile(dir, "a.html", { maxBytes: 1e6 });
    const b = await readArticleFile(dir, "b.html", { maxBytes: 1e6 });
    expect(a.ok && { published: a.value.meta.published, from: a.value.meta.publishedFrom }).toEqual({ published: "2025-07-09", from: "page" });
    expect(b.ok && { published: b.value.meta.published, from: b.value.meta.publishedFrom }).toEqual({ published: "2025-07-10", from: "sidecar" });
  });
});
