import { isRealDate } from "@salvo/core/plain";
import { type DefaultTreeAdapterTypes as Html, parse } from "parse5";
import { isLinkListLabel, normalizeTitle } from "./metadata.ts";

/** A saved web page reduced to the text a reader sees, one paragraph a line, and its headline. */
export interface HtmlText {
  readonly text: string;
  /** The first <h1> outside page chrome, else the <title>; null when neither holds a usable line. */
  readonly headline: string | null;
  /** The publication day the page's own metadata states (YYYY-MM-DD), or null. */
  readonly published: string | null;
  /** Who wrote it, as the page's metadata names them, or null. */
  readonly author: string | null;
}

export const HTML_EXTENSIONS = [".html", ".htm"] as const;

// Checked on the first characters only: a plain-text article never starts with a tag, while
// "Save as… Text" from some browsers keeps the markup of a page in a .txt file.
const HTML_START = /^(?:<!doctype\s+html\b|<!--|<(?:html|head|body|meta|title|article|main|section|div|p|h[1-6]|header|nav)\b)/i;

export function looksLikeHtml(file: string, text: string): boolean {
  if (HTML_EXTENSIONS.some((x) => file.toLowerCase().endsWith(x))) return true;
  let i = 0;
  while (i < text.length && i < 4096 && /[\s\uFEFF]/.test(text[i]!)) i++;
  return HTML_START.test(text.slice(i, i + 64));
}

// Never text of the article: code, styling, menus, asides, embedded media and form controls.
const DROP = new Set(["head", "script", "style", "noscript", "template", "nav", "aside", "svg", "math", "iframe", "object", "canvas", "button", "select", "textarea"]);
// A page's banner and footer are chrome; inside <article>/<main> they hold the byline and date, which ingest reads.
const CHROME = new Set(["header", "footer"]);
const CONTENT = new Set(["article", "main"]);
const BLOCK = new Set([
  "address", "article", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section",
  "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
]);
const CELL = new Set(["td", "th"]);
// Longer than any real headline: a <title> this long is a page's abuse, not its title.
const MAX_HEADLINE = 500;

type Frame = { node: Html.ChildNode; inContent: boolean; inBrand?: boolean } | { exit: Html.Element; cellParts?: number };

/**
 * HTML → text with a real parser (parse5, the WHATWG algorithm browsers use, so unclosed <p>s,
 * stray tags and entities come out as a browser shows them). Blocks become paragraphs separated by
 * a blank line, <br> a line break; runs of whitespace collapse to one space as the page renders them.
 * The walk keeps its own stack: a page of 100,000 nested <div>s must not overflow the call stack.
 */
export function htmlToText(html: string): HtmlText {
  const doc = parse(html);
  const links = linkStats(doc);
  const parts: string[] = [];
  let line = "";
  let gap = 0; // 1: line break, 2: paragraph break, since the last line written
  let pre = 0;
  let h1: string | null = null;
  let h1Start = -1;

  const brBreaks = new Set<number>(); // the parts that are a single <br>'s line break
  let brGap = false; // the line break since the last line written is a <br>'s
  let cells = false; // the line is a table row: its cells are set apart by " | ", as text tables write them
  const emit = () => {
    const t = cells ? trimSpaces(line).replace(/\s*\|$/, "") : trimSpaces(line);
    line = "";
    cells = false;
    if (!t) return;
    if (parts.length && gap < 2 && brGap) brBreaks.add(parts.length);
    if (parts.length) parts.push(gap >= 2 ? "\n\n" : "\n");
    parts.push(t);
    gap = 0;
    brGap = false;
  };
  const boundary = (kind: 1 | 2) => {
    emit();
    gap = Math.max(gap, kind);
  };

  const stack: Frame[] = [...doc.childNodes].reverse().map((node) => ({ node, inContent: false }));
  while (stack.length) {
    const f = stack.pop()!;
    if ("exit" in f) {
      const tag = f.exit.tagName;
      if (tag === "pre") pre--;
      // (a cell that held lines of its own is a column of the page's layout: its last line ends there, "… with us!" is no
      // cell beside "News feed")
      if (CELL.has(tag) && f.cellParts !== parts.length) boundary(2);
      else if (CELL.has(tag)) {
        line += " | ";
        cells = true;
      }
      if (tag === "h1" && h1 === null && h1Start >= 0) {
        emit();
        h1 = parts.slice(h1Start).filter((p) => p !== "\n" && p !== "\n\n").join(" ") || null;
        if (h1 === null) h1Start = -1; // an empty <h1> (a logo image): the next one may hold the title
      }
      if (BLOCK.has(tag)) boundary(2);
      continue;
    }
    const node = f.node;
    if (node.nodeName === "#text") {
      const value = (node as Html.TextNode).value;
      if (pre > 0) {
        const lines = value.split(/\r\n|\r|\n|\u2028|\u2029/);
        lines.forEach((l, k) => {
          if (k > 0) boundary(1);
          line += l;
        });
      } else {
        // U+2028/2029 render as spaces in a page, but would split a paragraph in ingest's line reader
        line += value.replace(/[ \t\n\r\f\u2028\u2029]+/g, " ");
      }
      continue;
    }
    if (!("tagName" in node)) continue; // comments, doctype
    const el = node as Html.Element;
    const tag = el.tagName;
    if ((DROP.has(tag) && !(tag === "aside" && factBox(el))) || hiddenOrFurniture(el) || paywallPrompt(el, links) || sequenceLink(el) || inPageLinks(el) || linkBlock(el, links)) continue;
    if (CHROME.has(tag) && !f.inContent) continue;
    if (tag === "br") {
      // (two in a row, "<br><br>", set paragraphs apart as a blank line does)
      boundary(!trimSpaces(line) && gap >= 1 ? 2 : 1);
      brGap = true;
      continue;
    }
    if (BLOCK.has(tag)) boundary(2);
    if (tag === "pre") pre++;
    const inBrand = f.inBrand || brand(el);
    if (tag === "h1" && h1 === null && h1Start < 0 && !inBrand && !rootLinkOnly(el)) h1Start = parts.length;
    stack.push(CELL.has(tag) ? { exit: el, cellParts: parts.length } : { exit: el });
    const inContent = f.inContent || CONTENT.has(tag);
    const kids = el.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k]!, inContent, inBrand });
  }
  emit();

  const text = joinBrokenSentences(parts, brBreaks).join("");
  // (the <title>, and its story side, only without a usable <h1>: finding that side reads every line of the text)
  const story = h1 && h1.length <= MAX_HEADLINE ? h1 : null;
  const title = story ? null : titleOf(doc);
  const headline = story ?? (title && title.length <= MAX_HEADLINE ? storySideOf(title, text, siteNameOf(doc)) : null);
  return { text, headline, published: publishedOf(doc), author: authorOf(doc) };
}

// Where pages state when they were published, most specific first: Open Graph and news meta tags in the page's <head>
const PUBLISHED_META = [
  "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
  "publish-date", "publication_date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "date",
];
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|WebPage)$/;
const PAGE_TYPES = /(?:Article|Posting|Page|Gallery|Report|CreativeWork|Blog)$/;
// "2024-08-26T06:10:00+03:00", and the compact "20240826" some sites' pubdate tags write
const ISO_DAY = /^(\d{4})-?(\d{2})-?(\d{2})(?![\d])/;

/**
 * The publication day a page's metadata states: a news meta tag in <head> (the most specific key first, schema.org
 * microdata's `itemprop="datePublished"` among them), then the datePublished of the page's own article in schema.org
 * JSON-LD, then a <time> marked as the publication's (`pubdate`, `itemprop="datePublished"`), then the story's own <time>
 * (`storyTime`). Not any date a related card or a top bar carries. The day as the page writes it:
 * "2025-12-03T01:15:00+02:00" is the 3rd, the day its readers saw.
 */
function publishedOf(doc: Html.Document): string | null {
  const metas = new Map<string, string>();
  let ld: string | null = null;
  let time: string | null = null;
  const story = storyTime();
  const stack: Array<{ node: Html.ChildNode; inHead: boolean; inContent: boolean; out: boolean }> = [...doc.childNodes]
    .reverse()
    .map((node) => ({ node, inHead: false, inContent: false, out: false }));
  while (stack.length) {
    const { node, inHead, inContent, out } = stack.pop()!;
    if (!("tagName" in node)) continue;
    const attr = (name: string) => attrOf(node, name);
    if (node.tagName === "meta" && inHead) {
      const key = (attr("property") ?? attr("name") ?? attr("itemprop") ?? "").toLowerCase();
      const day = PUBLISHED_META.includes(key) ? isoDay(attr("content")) : null;
      if (day && !metas.has(key)) metas.set(key, day);
    } else if (node.tagName === "script" && ld === null && attr("type") === "application/ld+json") {
      ld = ldPublished(node.childNodes.map((c) => (c.nodeName === "#text" ? (c as Html.TextNode).value : "")).join(""));
    } else if (node.tagName === "time" && time === null && (attr("pubdate") !== null || attr("itemprop") === "datePublished")) {
      time = isoDay(attr("datetime"));
    }
    const content = inContent || CONTENT.has(node.tagName);
    const away = out || DROP.has(node.tagName) || node.tagName === "a" || hiddenOrFurniture(node) || brand(node);
    if (!inHead) story.visit(node, content, away);
    const head = inHead || node.tagName === "head";
    for (let k = node.childNodes.length - 1; k >= 0; k--) stack.push({ node: node.childNodes[k]!, inHead: head, inContent: content, out: away });
  }
  const meta = PUBLISHED_META.map((k) => metas.get(k)).find((d) => d !== undefined) ?? null;
  return meta ?? ld ?? time ?? story.day();
}

/**
 * The page's author, as its metadata names them: `<meta name="author">` in <head>, else the author of its article in
 * JSON-LD (a name, a Person, a list of them), else the first microdata `itemprop="author"` in the body. Not an address
 * (some sites put the author's page there), nor a card's (a JSON-LD list's items, an element in page furniture).
 */
function authorOf(doc: Html.Document): string | null {
  let meta: string | null = null;
  let ld: string | null = null;
  let micro: string | null = null;
  const stack: Array<{ node: Html.ChildNode; inHead: boolean; away: boolean }> = [...doc.childNodes].reverse().map((node) => ({ node, inHead: false, away: false }));
  while (stack.length) {
    const { node, inHead, away } = stack.pop()!;
    if (!("tagName" in node)) continue;
    if (node.tagName === "meta" && inHead && meta === null && attrOf(node, "name")?.toLowerCase() === "author") meta = personName(attrOf(node, "content"));
    else if (node.tagName === "script" && !away && ld === null && attrOf(node, "type") === "application/ld+json") ld = ldAuthor(node.childNodes.map((c) => (c.nodeName === "#text" ? (c as Html.TextNode).value : "")).join(""));
    else if (!inHead && !away && micro === null && attrOf(node, "itemprop") === "author") micro = personName(attrOf(node, "content") ?? textOf(itemName(node) ?? node));
    // (a card's, in an aside or furniture; <head> is the page's own)
    const out = away || (node.tagName !== "head" && DROP.has(node.tagName)) || hiddenOrFurniture(node);
    for (let k = node.childNodes.length - 1; k >= 0; k--) stack.push({ node: node.childNodes[k]!, inHead: inHead || node.tagName === "head", away: out });
  }
  return meta ?? ld ?? micro;
}

/** The author of the page's own article in JSON-LD (top level or its @graph): names and Persons, not an Organization. */
function ldAuthor(json: string): string | null {
  for (const n of ldNodes(json)) {
    const o = n && typeof n === "object" ? (n as Record<string, unknown>) : null;
    const types = ([] as unknown[]).concat(o?.["@type"] ?? []);
    if (!o || !types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) continue;
    const names = ([] as unknown[]).concat(o.author ?? []).map((a) => {
      if (typeof a === "string") return personName(a);
      const p = a && typeof a === "object" ? (a as { "@type"?: unknown; name?: unknown }) : null;
      return p && p["@type"] !== "Organization" && typeof p.name === "string" ? personName(p.name) : null;
    });
    const known = names.filter((x): x is string => x !== null);
    if (known.length) return known.join(", ");
  }
  return null;
}

/** A microdata item's own name, "<div itemprop="author" itemscope><span itemprop="name">Serhii Koval</span> <span itemprop="jobTitle">…": the name's element. */
function itemName(el: Html.Element): Html.Element | null {
  for (const c of el.childNodes) {
    if (!("tagName" in c)) continue;
    if (attrOf(c, "itemprop") === "name") return c;
    const inner = itemName(c);
    if (inner) return inner;
  }
  return null;
}

/** The nodes of a JSON-LD block: its top-level objects, and those of an @graph; none when it does not parse. */
function ldNodes(json: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  return (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === "object" && Array.isArray((d as { "@graph"?: unknown })["@graph"]) ? (d as { "@graph": unknown[] })["@graph"] : [d]));
}

/** A person's name as written, "By" left off, or null for what is not one: an address, an empty or overlong value. */
function personName(value: string | null): string | null {
  const name = value ? trimSpaces(value).replace(/^by\s+/i, "") : "";
  return name && name.length <= 120 && !/^(?:https?:|www\.)|\/\//i.test(name) ? name : null;
}

// a paragraph of the story's prose: what comes after it in the page is the body, its cards and its comments
const PROSE_CHARS = 100;

/**
 * The day of the story's own <time datetime> (or microdata datePublished), unmarked: the first in its head, between the headline (or the opening of its
 * <article>/<main>) and its first paragraph of prose: "<h1>Sumy strike</h1><div class="byline">Serhii Koval <time
 * datetime="2025-04-13T16:20:00+03:00">Sunday, 16:20</time></div><p>Two Russian ballistic missiles …". Not a <time> after
 * the prose (a related card's "10 April", a comment's), in page chrome or furniture, nor inside a link (a card's).
 */
function storyTime() {
  let h1 = false;
  let prose = false;
  let day: string | null = null;
  return {
    visit(el: Html.Element, inContent: boolean, away: boolean) {
      if (prose || day !== null || away) return;
      if (el.tagName === "h1" && !brand(el) && !rootLinkOnly(el) && trimSpaces(textOf(el))) h1 = true;
      else if (el.tagName === "p" && trimSpaces(textOf(el)).length >= PROSE_CHARS) prose = true;
      else if (el.tagName === "time" && (h1 || inContent)) day = isoDay(attrOf(el, "datetime"));
      // (or its microdata under its headline, where a template puts it in the body: "<h1>…</h1><div class="article-meta"><meta
      // itemprop="datePublished" content="…">"; not a card's, with no headline before it)
      else if (el.tagName === "meta" && h1 && attrOf(el, "itemprop") === "datePublished") day = isoDay(attrOf(el, "content"));
    },
    day: () => day,
  };
}

/** The datePublished of the page's own article in JSON-LD (top level or its @graph), not of a list's items. */
function ldPublished(json: string): string | null {
  const nodes = ldNodes(json);
  for (const n of nodes) {
    if (!n || typeof n !== "object") continue;
    const o = n as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o["@type"] ?? []);
    if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t)) && typeof o.datePublished === "string") {
      const day = isoDay(o.datePublished);
      if (day) return day;
    }
  }
  // (else the page's own work of another kind: a photo gallery's "@type":"ImageGallery", a "Report"; not an embedded
  // video's or image's date, nor a breadcrumb's)
  for (const n of nodes) {
    const o = n && typeof n === "object" ? (n as Record<string, unknown>) : null;
    const types = ([] as unknown[]).concat(o?.["@type"] ?? []);
    if (o && types.some((t) => typeof t === "string" && PAGE_TYPES.test(t)) && typeof o.datePublished === "string") {
      const day = isoDay(o.datePublished);
      if (day) return day;
    }
  }
  return null;
}

function isoDay(value: string | null): string | null {
  const m = value ? ISO_DAY.exec(value.trim()) : null;
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isRealDate(iso) ? iso : null;
}

// a block whose class or id opens with a word of furniture: related and recommended stories, most-read lists, comments,
// share bars ("more-stories", "related-articles", "comments-section"; not "article-body", nor "has-comments" on the story),
// a ticker of other stories' headlines ("<div class="ticker">BREAKING · Three killed in Kharkiv strike</div>")
const FURNITURE_CLASS = /^(?:related|more-stories|more-news|recommended|recommendations|trending|most-read|most-popular|popular-news|read-more|read-also|also-read|comments?|share|sharing|social|newsletter|subscribe|promo|advert|advertisement|ads|sidebar|breadcrumbs?|cookies?|ticker|news-?ticker|marquee|news-?feed|latest-news|latest-stories)(?:$|[_-])/i;

// A paywall's class marks two things: the box that asks the reader to pay ("<div class="paywall-prompt"><h3>Subscribe to
// continue reading</h3>…"), and, in the markup Google documents for paywalled news (the JSON-LD's `"hasPart": {"cssSelector":
// ".paywall", "isAccessibleForFree": false}`), the story's own body that the paywall covers: "<div class="article-body
// paywall"><p>JEDDAH, Saudi Arabia — The United States said Tuesday …". The box is furniture; the body is the story.
const PAYWALL_CLASS = /^paywall(?:$|[_-])/i;
// (paragraphs of prose that make a paywall's block the story it covers: a prompt has its one line of sales copy at most)
const PAYWALLED_PARAGRAPHS = 2;

/** A paywall's prompt: a block named for the paywall that holds fewer than two paragraphs of prose. */
const paywallPrompt = (el: Html.Element, stats: ReadonlyMap<Html.Element, LinkStats>) =>
  namedBy(el, PAYWALL_CLASS) && (stats.get(el)?.paragraphs ?? 0) < PAYWALLED_PARAGRAPHS;

/** The value of an element's attribute, or null: "datetime", "href". */
const attrOf = (el: Html.Element, name: string): string | null => el.attrs.find((a) => a.name === name)?.value ?? null;

/** Whether one of the element's class names or its id matches `re` ("masthead", "factbox", "related-articles"). */
const namedBy = (el: Html.Element, re: RegExp) => el.attrs.some((a) => (a.name === "class" || a.name === "id") && a.value.split(/\s+/).some((t) => re.test(t)));

// a class name one of whose parts says related or recommended stories, wherever it stands: a WordPress theme's
// "td_block_related_posts", "jp-relatedposts", "post-more-from-author", Ghost's "gh-readmore", JNews's "jeg_postblock_22", a
// Drupal view's "block-views-blockfrontpage-teasers"; the links to the previous and next story ("td-post-next-prev",
// "jeg_prevnext_post", "prev-post"); readers' comments ("article-comments", "ghost-comments-root", "gh-comments"). Not on the
// page's <body> or its story, whose classes may say that it has such a block ("single has-related"), nor a story's "has-comments"
const FURNITURE_PART =
  /(?:^|[_-])(?:related(?:posts|stories|articles|news)?|recommended|recommendations|more-from(?:-[a-z]+)?|more-stories|more-news|more-reading|read-?more|read-also|also-read|teasers|postblocks?|prev(?:ious)?-?next|next-?prev(?:ious)?|(?:prev(?:ious)?|next)-?(?:post|article|story)|(?<!(?:has|with|no)[_-])comments)(?:$|[_-])/i;
const STORY_TAGS = new Set(["html", "body", "article", "main"]);

/** Links and prose under an element, gathered once for the whole page (a check per element would be quadratic). */
interface LinkStats {
  /** Characters of text (spaces aside), of text inside links to other pages, and of the element's own text outside links and nested blocks. */
  text: number;
  linked: number;
  inline: number;
  /** Links to other pages (not "#…" on this one). */
  links: number;
  /** The blocks under it (and it) that hold a paragraph's worth of text outside links: its paragraphs of prose. */
  paragraphs: number;
  /** It holds the story's headline or body; it holds an <h1> or <main> (a card may be an <article> of its own). */
  story: boolean;
  headline: boolean;
  /** Its first line is a link to another page and nothing else: a card's headline. */
  opensWithLink: boolean;
}

// the text outside links that makes a block prose, not a card's caption or a date: "Russia launched 50 drones at Ukraine overnight"
const PROSE_OUTSIDE_LINKS = 40;

// (a table cell stands apart as a block does: its text outside links is its own prose, not its row's)
const blockOrCell = (tag: string) => BLOCK.has(tag) || CELL.has(tag);

function linkStats(doc: Html.Document): Map<Html.Element, LinkStats> {
  const stats = new Map<Html.Element, LinkStats>();
  const stack: Array<{ node: Html.ChildNode; exit?: boolean }> = [...doc.childNodes].map((node) => ({ node }));
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (!("tagName" in node) || DROP.has(node.tagName)) continue;
    if (!exit) {
      stack.push({ node, exit: true });
      for (const c of node.childNodes) stack.push({ node: c });
      continue;
    }
    const headline = node.tagName === "h1" || node.tagName === "main";
    const s: LinkStats = { text: 0, linked: 0, inline: 0, links: 0, paragraphs: 0, story: headline || CONTENT.has(node.tagName), headline, opensWithLink: false };
    // (the first line: a whole block's, or inline parts up to the next block or <br>; "link" while it is one link so far)
    let line: "none" | "link" | "done" = "none";
    for (const c of node.childNodes) {
      if (c.nodeName === "#text") {
        const n = (c as Html.TextNode).value.replace(/\s+/g, "").length;
        s.text += n;
        s.inline += n;
        if (n > 0) line = "done";
        continue;
      }
      const k = "tagName" in c ? stats.get(c) : undefined;
      if (!k) continue;
      s.text += k.text;
      s.linked += k.linked;
      s.links += k.links;
      s.paragraphs += k.paragraphs;
      s.story ||= k.story;
      s.headline ||= k.headline;
      const tag = (c as Html.Element).tagName;
      if (!blockOrCell(tag)) s.inline += k.inline;
      if (line === "done" || (k.text === 0 && !(tag === "br" && line === "link"))) continue;
      if (blockOrCell(tag) || tag === "br") {
        s.opensWithLink = line === "link" || (line === "none" && k.opensWithLink);
        line = "done";
      } else if (line === "none" && k.opensWithLink && k.linked === k.text) line = "link";
      else line = "done"; // (text beside the link: "<a href="/zelensky">Zelensky</a> said …")
    }
    if (line === "link") s.opensWithLink = true;
    const href = node.tagName === "a" ? (attrOf(node, "href") ?? "#").trim() : "#";
    if (!href.startsWith("#")) {
      s.links += 1;
      s.linked = s.text;
      // (a link's text is its own, not prose: a card's headline "<a href="/b"><h3>Two killed in Sumy as drone hits power station</h3></a>")
      s.inline = 0;
      s.paragraphs = 0;
      // (a card's link leads to another story; not a live page's permalink to one of its own entries, "/live/kyiv#entry-890")
      s.opensWithLink = s.text > 0 && !href.includes("#");
    }
    if (blockOrCell(node.tagName) && s.inline >= PROSE_OUTSIDE_LINKS) s.paragraphs += 1;
    stats.set(node, s);
  }
  return stats;
}

const LINK_BLOCK_TAGS = new Set(["div", "section", "ul", "ol"]);

/**
 * A block of links to other stories, wherever it sits and whatever its classes: one headed by a label of such a list
 * ("<section><h2>More on this story</h2><div class="card"><a href="/b"><h3>Russia launched 6,297 drones in July</h3>…",
 * a WordPress theme's "<h4><a>RELATED ARTICLES</a><a>MORE FROM AUTHOR</a></h4>" over its cards), or one that is two or more
 * such links and little else (no paragraph of prose outside them). Never one that holds the story's headline or body.
 */
function linkBlock(el: Html.Element, stats: ReadonlyMap<Html.Element, LinkStats>): boolean {
  const s = stats.get(el);
  if (!s || !LINK_BLOCK_TAGS.has(el.tagName) || s.links === 0) return false;
  if (cardBlock(el, stats)) return true;
  if (s.story) return false;
  if (s.links >= 2 && s.paragraphs === 0 && s.linked >= 0.8 * s.text) return true;
  const first = el.childNodes.find((c) => "tagName" in c || trimSpaces((c as Html.TextNode).value ?? ""));
  if (!first || !("tagName" in first) || !/^(?:h[2-6]|header|p|div|strong|b|span)$/.test(first.tagName)) return false;
  // (each part of the heading on its own: two tabs' labels run together, "RELATED ARTICLESMORE FROM AUTHOR")
  const labels: string[] = [];
  textOf(first, (e) => (e.tagName === "a" || e.tagName === "span" ? (labels.push(textOf(e)), true) : false));
  const rest = trimSpaces(textOf(first, (e) => e.tagName === "a" || e.tagName === "span"));
  if (rest) labels.push(rest);
  const heading = labels.map((l) => trimSpaces(l.replace(/\s+/g, " "))).filter(Boolean);
  const head = stats.get(first);
  return heading.length > 0 && heading.every(isLinkListLabel) && s.linked - (head?.linked ?? 0) >= 0.5 * (s.text - (head?.text ?? 0));
}

// what a card says besides its headline link: a teaser of a paragraph at most, a date ("Ukraine's air force said on Sunday that
// 60 of the 81 drones fired overnight had been destroyed over 12 regions." under "Russia launches 81 drones at Ukraine, 60 downed")
const CARD_TEASER = 300;
// characters (spaces aside) of the longest label of a list of links: "You might also be interested in", "Also on Slobozhanshchyna Online"
const MAX_LABEL = 80;

/** A card: a block led by a link to another story, its headline, and a teaser of a paragraph at most. */
const isCard = (tag: string, k: LinkStats) => BLOCK.has(tag) && k.opensWithLink && k.paragraphs <= 1 && k.text - k.linked <= CARD_TEASER;

/**
 * A block of cards, each led by a link to another story and its teaser paragraph, under a heading or none: "<div
 * class="c-story-rail"><h2>Read Next</h2><div class="c-story-card"><a href="/…/russia-drones-81/"><h3>Russia launches 81 drones
 * at Ukraine, 60 downed</h3></a><p>Ukraine's air force said on Sunday that 60 of the 81 drones …</p></div>…". Two cards or more,
 * or one under a label of such a list ("Read Next"). Cards may be <article>s of their own; never a block that holds the story's
 * <h1> or <main>. Not the story's paragraphs, whose links sit inside their prose ("<p><a href="/zelensky">Zelensky</a> said …").
 */
function cardBlock(el: Html.Element, stats: ReadonlyMap<Html.Element, LinkStats>): boolean {
  if (stats.get(el)?.headline !== false) return false;
  let cards = 0;
  let heading: Html.Element | null = null;
  let first = true;
  for (const c of el.childNodes) {
    if (!("tagName" in c)) {
      if (c.nodeName === "#text" && trimSpaces((c as Html.TextNode).value)) return false;
      continue;
    }
    const k = stats.get(c);
    if (!k || k.text === 0) continue;
    if (isCard(c.tagName, k)) cards++;
    else if (first && k.paragraphs === 0) heading = c;
    else return false;
    first = false;
  }
  // (a label is a few words: a long heading's text is not read for one)
  const label = heading !== null && (stats.get(heading)?.text ?? Infinity) <= MAX_LABEL && isLinkListLabel(trimSpaces(textOf(heading).replace(/\s+/g, " ")));
  return cards >= 2 || (cards === 1 && label);
}

// a site's banner, whose <h1> is the site's name ("<div class="masthead"><h1 class="site-title">Dnipro Today</h1>"), not the story's
const BRAND_CLASS = /^(?:masthead|site-?(?:title|name|header|logo|branding|brand)|logo|brand(?:ing)?|navbar|top-?bar)(?:$|[_-])/i;
const brand = (el: Html.Element) => namedBy(el, BRAND_CLASS);

/** An <h1> that is only a link to the site's front page: the site's name ("<h1><a href="/">Kyiv Ledger</a></h1>"). */
function rootLinkOnly(el: Html.Element): boolean {
  const kids = el.childNodes.filter((c) => !(c.nodeName === "#text" && !trimSpaces((c as Html.TextNode).value)));
  if (kids.length !== 1 || kids[0]!.nodeName !== "a") return false;
  const href = (kids[0] as Html.Element).attrs.find((a) => a.name === "href")?.value.trim() ?? "";
  return /^(?:\/|(?:https?:)?\/\/[^/]+\/?)$/i.test(href);
}

// An <aside> that is the article's fact box, not a sidebar of links: its class or id names one ("factbox", "key-facts",
// "at-a-glance") or its heading does ("Key figures", "In numbers"): "<aside class="factbox"><li>At least 7 people killed</li>"
const FACT_BOX_CLASS = /^(?:fact-?box(?:es)?|facts|key-?(?:facts|figures|numbers|points)|at-?a-?glance|in-?numbers|by-?the-?numbers|info-?box|summary-?box)(?:$|[_-])/i;
const FACT_BOX_HEADING = /^(?:key\s+(?:facts|figures|numbers|points)|facts?\s+box|factbox|fast\s+facts|at\s+a\s+glance|in\s+numbers|by\s+the\s+numbers|the\s+attack\s+in\s+numbers|what\s+we\s+know)\b/i;

function factBox(el: Html.Element): boolean {
  if (namedBy(el, FACT_BOX_CLASS)) return true;
  const heading = firstElement(el, (e) => /^h[2-6]$/.test(e.tagName) || e.tagName === "strong" || e.tagName === "b");
  return heading !== null && FACT_BOX_HEADING.test(trimSpaces(textOf(heading).replace(/\s+/g, " ")));
}

/** A link to the previous or next story, as the page marks it: "<a rel="prev" href="/2025/09/06/dnipro-drone/">Dnipro: one injured as drone hits a car</a>". */
const sequenceLink = (el: Html.Element) => el.tagName === "a" && /(?:^|\s)(?:prev|next)(?:$|\s)/i.test(attrOf(el, "rel") ?? "");

/**
 * A list whose every item is a link to a place on the same page: a live page's "Key events" ("<li><a href="#p4">17 Jun
 * 08:55 Air Force: 440 drones and 32 missiles</a></li>"), a table of contents. Its lines repeat the entries below.
 */
function inPageLinks(el: Html.Element): boolean {
  if (el.tagName !== "ul" && el.tagName !== "ol") return false;
  const items = el.childNodes.filter((c): c is Html.Element => "tagName" in c);
  return items.length > 0 && items.every((li) => {
    if (li.tagName !== "li") return false;
    const anchors: Html.Element[] = [];
    const rest = textOf(li, (e) => (e.tagName === "a" ? (anchors.push(e), true) : false));
    return anchors.length > 0 && !trimSpaces(rest) && anchors.every((a) => (a.attrs.find((x) => x.name === "href")?.value ?? "").startsWith("#"));
  });
}

/** The text under an element; `skip` leaves out (and may collect) the elements it returns true for. */
function textOf(el: Html.Element, skip?: (e: Html.Element) => boolean): string {
  let out = "";
  const stack: Html.ChildNode[] = [...el.childNodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeName === "#text") out += (n as Html.TextNode).value;
    else if ("tagName" in n && !skip?.(n)) for (let k = n.childNodes.length - 1; k >= 0; k--) stack.push(n.childNodes[k]!);
  }
  return out;
}

function firstElement(el: Html.Element, test: (e: Html.Element) => boolean): Html.Element | null {
  const stack: Html.ChildNode[] = [...el.childNodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!("tagName" in n)) continue;
    if (test(n)) return n;
    for (let k = n.childNodes.length - 1; k >= 0; k--) stack.push(n.childNodes[k]!);
  }
  return null;
}

/**
 * A <br> inside a sentence, between two lower-case words, is a space: pages break lines for layout ("Among the injured are
 * a 1.5-year-old<br>child and a 14-year-old girl."), and a line break there would cut the sentence in two.
 */
function joinBrokenSentences(parts: string[], brBreaks: ReadonlySet<number>): string[] {
  return parts.map((p, i) => (brBreaks.has(i) && /[\p{Ll},]$/u.test(parts[i - 1]!) && /^\p{Ll}/u.test(parts[i + 1] ?? "") ? " " : p));
}

function hiddenOrFurniture(el: Html.Element): boolean {
  return (
    el.attrs.some((a) => a.name === "hidden" || (a.name === "aria-hidden" && a.value === "true")) ||
    namedBy(el, FURNITURE_CLASS) ||
    (!STORY_TAGS.has(el.tagName) && namedBy(el, FURNITURE_PART))
  );
}

function titleOf(doc: Html.Document): string | null {
  const stack: Html.ChildNode[] = [...doc.childNodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (!("tagName" in n)) continue;
    if (n.tagName === "title") {
      const t = n.childNodes.map((c) => (c.nodeName === "#text" ? (c as Html.TextNode).value : "")).join("");
      return trimSpaces(t.replace(/[ \t\n\r\f]+/g, " ")) || null;
    }
    if (n.tagName === "body") continue;
    stack.push(...n.childNodes);
  }
  return null;
}

// what sets a title's parts apart, spaced: "Uman toll rises to 21 :: Central Ukraine News", "Kyiv Weekly Post - All 18 missiles …"
const TITLE_SEPARATOR = /\s+(?:[|•·:]{1,2}|[—–-]{1,2}|\/)\s+/g;

/**
 * The story's part of a <title> that also names the site ("Drone attack on Moscow | Baltic Times Online — News from Europe's
 * east"): the side of a separator away from the site's own name (og:site_name), else the side that is a line of the page
 * (its <h2>, its bold title line: "Uman toll rises to 21 :: Central Ukraine News" over "<h2>Uman toll rises to 21</h2>")
 * when the other is not. The whole title when neither tells.
 */
function storySideOf(title: string, text: string, site: string | null): string {
  const cuts = [...title.matchAll(TITLE_SEPARATOR)].map((m) => [title.slice(0, m.index), title.slice(m.index + m[0].length)] as const);
  const name = site ? normalizeTitle(site) : "";
  if (name) {
    for (const [left, right] of cuts) {
      if (`${normalizeTitle(right)} `.startsWith(`${name} `) && normalizeTitle(left)) return left;
      if (` ${normalizeTitle(left)}`.endsWith(` ${name}`) && normalizeTitle(right)) return right;
    }
  }
  const lines = new Set(text.split("\n").map(normalizeTitle).filter(Boolean));
  // (a line the side is, or opens with two words or more: "All 18 missiles shot down over Kyiv by Staff reporter", a byline
  // a <br> joined to it)
  const opensLine = (side: string) => {
    const n = normalizeTitle(side);
    return !!n && (lines.has(n) || (n.includes(" ") && [...lines].some((l) => l.startsWith(`${n} `))));
  };
  // (not when the whole title is a line, nor a side of one or two words: a kicker's "Kharkiv" over "Kharkiv - three killed …")
  if (opensLine(title)) return title;
  for (const [left, right] of cuts) {
    const l = opensLine(left);
    const r = opensLine(right);
    const side = l ? left : right;
    if (l !== r && normalizeTitle(side).split(" ").length >= 3) return side;
  }
  return title;
}

/** The site's own name a page states (og:site_name, application-name), or null. */
function siteNameOf(doc: Html.Document): string | null {
  const stack: Html.ChildNode[] = [...doc.childNodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (!("tagName" in n) || n.tagName === "body") continue;
    const attr = (name: string) => attrOf(n, name);
    const key = (attr("property") ?? attr("name") ?? "").toLowerCase();
    if (n.tagName === "meta" && (key === "og:site_name" || key === "application-name") && trimSpaces(attr("content") ?? "")) return trimSpaces(attr("content")!);
    stack.push(...n.childNodes);
  }
  return null;
}

// A loop, not /\s+$/: that regex retries at every position of a long inner run of spaces (quadratic).
function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x2028 || c === 0x2029;
