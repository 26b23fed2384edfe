import { isRealDate } from "@salvo/core/plain";
import { type DefaultTreeAdapterTypes as Html, parse } from "parse5";

/** A saved web page reduced to the text a reader sees, one paragraph a line, and its headline. */
export interface HtmlText {
  readonly text: string;
  /** The first <h1> outside page chrome, else the <title>; null when neither holds a usable line. */
  readonly headline: string | null;
  /** The publication day the page's own metadata states (YYYY-MM-DD), or null. */
  readonly published: string | null;
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

type Frame = { node: Html.ChildNode; inContent: boolean } | { exit: Html.Element };

/**
 * HTML → text with a real parser (parse5, the WHATWG algorithm browsers use, so unclosed <p>s,
 * stray tags and entities come out as a browser shows them). Blocks become paragraphs separated by
 * a blank line, <br> a line break; runs of whitespace collapse to one space as the page renders them.
 * The walk keeps its own stack: a page of 100,000 nested <div>s must not overflow the call stack.
 */
export function htmlToText(html: string): HtmlText {
  const doc = parse(html);
  const parts: string[] = [];
  let line = "";
  let gap = 0; // 1: line break, 2: paragraph break, since the last line written
  let pre = 0;
  let h1: string | null = null;
  let h1Start = -1;

  let cells = false; // the line is a table row: its cells are set apart by " | ", as text tables write them
  const emit = () => {
    const t = cells ? trimSpaces(line).replace(/\s*\|$/, "") : trimSpaces(line);
    line = "";
    cells = false;
    if (!t) return;
    if (parts.length) parts.push(gap >= 2 ? "\n\n" : "\n");
    parts.push(t);
    gap = 0;
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
      if (CELL.has(tag)) {
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
    if (DROP.has(tag) || hiddenOrFurniture(el)) continue;
    if (CHROME.has(tag) && !f.inContent) continue;
    if (tag === "br") {
      boundary(1);
      continue;
    }
    if (BLOCK.has(tag)) boundary(2);
    if (tag === "pre") pre++;
    if (tag === "h1" && h1 === null && h1Start < 0) h1Start = parts.length;
    stack.push({ exit: el });
    const inContent = f.inContent || CONTENT.has(tag);
    const kids = el.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k]!, inContent });
  }
  emit();

  const title = titleOf(doc);
  const headline = [h1, title].find((h): h is string => !!h && h.length <= MAX_HEADLINE) ?? null;
  return { text: parts.join(""), headline, published: publishedOf(doc) };
}

// Where pages state when they were published, most specific first: Open Graph and news meta tags in the page's <head>
const PUBLISHED_META = [
  "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
  "publish-date", "publication_date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "date",
];
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|WebPage)$/;
// "2024-08-26T06:10:00+03:00", and the compact "20240826" some sites' pubdate tags write
const ISO_DAY = /^(\d{4})-?(\d{2})-?(\d{2})(?![\d])/;

/**
 * The publication day a page's metadata states: a news meta tag in <head> (the most specific key first), then the
 * datePublished of the page's own article in schema.org JSON-LD, then a <time> marked as the publication's (`pubdate`,
 * `itemprop="datePublished"`). Not any date a related card or a top bar carries. The day as the page writes it:
 * "2025-12-03T01:15:00+02:00" is the 3rd, the day its readers saw.
 */
function publishedOf(doc: Html.Document): string | null {
  const metas = new Map<string, string>();
  let ld: string | null = null;
  let time: string | null = null;
  const stack: Array<{ node: Html.ChildNode; inHead: boolean }> = [...doc.childNodes].map((node) => ({ node, inHead: false }));
  while (stack.length) {
    const { node, inHead } = stack.pop()!;
    if (!("tagName" in node)) continue;
    const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value ?? null;
    if (node.tagName === "meta" && inHead) {
      const key = (attr("property") ?? attr("name") ?? "").toLowerCase();
      const day = PUBLISHED_META.includes(key) ? isoDay(attr("content")) : null;
      if (day && !metas.has(key)) metas.set(key, day);
    } else if (node.tagName === "script" && ld === null && attr("type") === "application/ld+json") {
      ld = ldPublished(node.childNodes.map((c) => (c.nodeName === "#text" ? (c as Html.TextNode).value : "")).join(""));
    } else if (node.tagName === "time" && time === null && (attr("pubdate") !== null || attr("itemprop") === "datePublished")) {
      time = isoDay(attr("datetime"));
    }
    const head = inHead || node.tagName === "head";
    for (let k = node.childNodes.length - 1; k >= 0; k--) stack.push({ node: node.childNodes[k]!, inHead: head });
  }
  const meta = PUBLISHED_META.map((k) => metas.get(k)).find((d) => d !== undefined) ?? null;
  return meta ?? ld ?? time;
}

/** The datePublished of the page's own article in JSON-LD (top level or its @graph), not of a list's items. */
function ldPublished(json: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const nodes = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === "object" && Array.isArray((d as { "@graph"?: unknown })["@graph"]) ? (d as { "@graph": unknown[] })["@graph"] : [d]));
  for (const n of nodes) {
    if (!n || typeof n !== "object") continue;
    const o = n as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o["@type"] ?? []);
    if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t)) && typeof o.datePublished === "string") {
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
// share bars ("more-stories", "related-articles", "comments-section"; not "article-body", nor "has-comments" on the story)
const FURNITURE_CLASS = /^(?:related|more-stories|more-news|recommended|recommendations|trending|most-read|most-popular|popular-news|read-more|read-also|also-read|comments?|share|sharing|social|newsletter|subscribe|promo|advert|advertisement|ads|sidebar|breadcrumbs?|cookies?|paywall)(?:$|[_-])/i;
const furniture = (value: string) => value.split(/\s+/).some((token) => FURNITURE_CLASS.test(token));

function hiddenOrFurniture(el: Html.Element): boolean {
  return el.attrs.some((a) => a.name === "hidden" || (a.name === "aria-hidden" && a.value === "true") || ((a.name === "class" || a.name === "id") && furniture(a.value)));
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

// A loop, not /\s+$/: that regex retries at every position of a long inner run of spaces (quadratic).
function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x2028 || c === 0x2029;
