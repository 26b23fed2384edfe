import { MONTH_PATTERN, findFullDate, findFullDateAt, type Sidecar } from "@salvo/core";
import { isBoilerplate, isHeading, stripListMarker } from "./boilerplate.ts";
import { FRONT_MATTER_KEY, readFrontMatter } from "./front-matter.ts";
import type { Line } from "./lines.ts";
import { ownMetaOf } from "./record-meta.ts";
import { warDayDate, wireDatelineDate } from "./wire-dateline.ts";

export type LineRole = "blank" | "boilerplate" | "headline" | "dateline" | "published" | "byline" | "heading" | "body";

export interface PageMeta {
  headline: string | null;
  dateline: string | null;
  author: string | null;
  /** Publication date found in the text (dateline or a "Published …" line). */
  published: string | null;
  /** The date is only the latest the body writes, no line of the page's own (an estimate). */
  publishedEstimated: boolean;
  roles: LineRole[];
}

// "Kyiv, Ukraine — 31 December 2025": a place, a dash, a full date, nothing else on the line.
// (the place's words capitalised: "Ramstein meeting — 9 January 2026" is a headline, not a dateline)
const DATELINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:,\s*[\p{L}'’. -]{2,40})?\s*[—–-]{1,2}\s*(.{6,40})$/u;
const PUBLISHED = /^(?:first\s+)?(published|posted|updated|last\s+updated|date)(?:\s+on)?\s*:?\s*(.+)$/i;
const PUBLISHED_INSIDE = /[,;|•·–—-]\s*(published|posted|updated|last\s+updated)(?:\s+on)?\s*:?\s*(.+)$/i;
const BYLINE = /^(?:by|author:|written by|words by)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*)\.?$/iu;

// who a byline names, when BYLINE's /i lets a lower-case word open it: a name ("the Kyiv desk") or a newsroom's people ("our
// diplomatic correspondent"); not a box's heading, "By the numbers"
const BYLINE_WHO = /\b(?:desk|correspondents?|staff|team|bureau|newsroom|reporters?|editors?|writers?|wire|service|programme|program)\b/iu;
const CAPITAL = /^\p{Lu}/u;
const bylineWho = (name: string) => name.split(/\s+/).some((w) => CAPITAL.test(w)) || BYLINE_WHO.test(name);
// BYLINE's opening, with its flags: a line (or its part before a bar, which opens the same way) it can match opens so
const BYLINE_OPENING = /^(?:by|author:|written by|words by)\s/iu;

/** Finds headline, dateline, byline and publication date among the lines, and the role of every line. */
export function readPageMeta(lines: readonly Line[], sidecar: Sidecar | null): PageMeta {
  const roles: LineRole[] = lines.map((l) => (l.text === "" ? "blank" : isBoilerplate(l.text) ? "boilerplate" : "body"));
  dropLinkLists(lines, roles);
  dropComments(lines, roles);
  const frontTitle = markFrontMatter(lines, roles);
  let dateline: string | null = null;
  let author: string | null = null;
  let published: string | null = null;
  let updated: string | null = null;
  let estimated = false;

  // the page's head: the lines before its first paragraph of prose
  const headEnd = lines.find((l) => roles[l.index] === "body" && l.text.length > 150)?.index ?? lines.length;
  for (const l of lines) {
    if (roles[l.index] !== "body" || l.text.length > 120) continue;
    const d = DATELINE.exec(l.text);
    if (d && findFullDate(d[1]!)) {
      roles[l.index] = "dateline";
      dateline ??= l.text;
      published ??= findFullDate(d[1]!);
      continue;
    }
    // ("Eastern Europe Monitor - weekly briefing, published Tuesday 24 May 2022": the word inside a line of the page's head)
    const p = PUBLISHED.exec(l.text) ?? (l.index < headEnd ? PUBLISHED_INSIDE.exec(l.text) : null);
    const pDate = p ? findFullDate(p[2]!) : null;
    if (p && pDate) {
      roles[l.index] = "published";
      if (/updated/i.test(p[1]!)) updated ??= pDate;
      else published ??= pDate;
      continue;
    }
    // ("By Jane Doe | 3 December 2025": the byline before a bar)
    // (only a line that opens as a byline can be one: most lines skip both tests and the split)
    const b = BYLINE_OPENING.test(l.text) ? (BYLINE.exec(l.text) ?? BYLINE.exec(l.text.split(/\s+[|•·]\s+/)[0]!)) : null;
    if (b && bylineWho(b[1]!)) {
      roles[l.index] = "byline";
      author ??= b[1]!;
    }
  }
  // A line of the page's head that is a date and little else, when no dateline or "Published" line gave one: "December 3,
  // 2025 5:41 PM GMT+3 Updated 2 hours ago", "Wednesday 3 December 2025 09:15", "3 Dec 2025 · 4 min read", "Kyiv •
  // 03.12.2025, 09:15". Only the first, near the top (a live page's later day lines head its sections); not when a
  // sidecar dates the article (the line then stays in the body, where a dated heading may open a section); not a list
  // item ("* APRIL 28, 2023 UMAN" heads a fact box's entry).
  if (!sidecar?.published && published === null) {
    // (the page's first line may be its headline: "Ramstein meeting — 9 January 2026" is a title, a date alone is not)
    const firstLine = lines.find((x) => roles[x.index] === "body")?.index;
    const dateOf = (x: Line) => dateLine(x.text, x.index === firstLine ? 0 : 2);
    for (const l of lines) {
      if (l.index >= Math.min(headEnd, HEAD_LINES)) break;
      if ((roles[l.index] !== "body" && roles[l.index] !== "byline") || l.text.length > 120 || /^\s*[*•·-]\s/.test(l.text)) continue;
      published = dateOf(l);
      if (!published) continue;
      // ("By Jane Doe | 3 December 2025": the byline stays the author)
      if (roles[l.index] === "body") roles[l.index] = "published";
      break;
    }
  }

  // A wire's dateline opening the lead: "KYIV, Oct 10 (Meridian Wire) - Russia fired … on Monday" (the year from the weekday)
  if (!sidecar?.published && published === null) {
    // (the lead, or whichever of the first lines opens with one: the headline may be as long as a lead)
    const text = lines.map((l) => l.text).join("\n");
    // (the first paragraphs of the page, however many lines of menus and share buttons a copy drags in above them)
    for (const l of lines.filter((x) => roles[x.index] === "body" && x.text.length > 60).slice(0, 4)) {
      published ??= wireDatelineDate(l.text, text);
      // (or by a source's day in the paragraphs after a lead that names none: "The Air Force said on Wednesday …")
      published ??= wireDatelineDate(lines.slice(l.index, l.index + 4).map((x) => x.text).join("\n"), text, true);
    }
    // (or the war's day count a daily digest heads itself with: "List of key events, day 1,181")
    published ??= warDayDate(lines.slice(0, 6).map((l) => l.text).join("\n"));
    // (last, the latest full date the body writes: most reports are filed the day of the latest date they name; not when
    // the page says when it was updated, which stands in first)
    if (published === null && updated === null) {
      published = latestFullDate(lines.filter((l) => roles[l.index] === "body").map((l) => l.text).join("\n"));
      estimated = published !== null;
    }
  }

  // Menus and breadcrumbs above the headline are no title ("Home › World › Europe"); those below it stay as they were.
  // (so are the site's name and slogan over a menu, "LVIV PORTAL | News of Lviv and the region", and, under a menu, a news
  // feed's timed headlines, "11:02  Lviv: public transport runs on weekend schedule"; not a live page's first entry)
  let menu = false;
  for (const l of lines) {
    if (roles[l.index] !== "body") continue;
    const feed = menu && TIMED_ITEM.test(l.text) && !TIME_ALONE.test(l.text) && !SENTENCE_END.test(l.text);
    if (!isMenuLine(l, lines) && !isBanner(l, lines) && !feed) {
      if (isHeading(l.text) && l.text.split(/\s+/).length < 5) continue;
      break;
    }
    roles[l.index] = "boilerplate";
    menu = true;
  }
  // The headline is the first title-like line; a short line before it is the outlet's name or a section, a time alone the
  // page's ("7 MAY, 08:01", "Updated: 7 MAY, 09:37").
  const titled = (l: Line) => roles[l.index] === "body" && !(isHeading(l.text) && l.text.split(/\s+/).length < 5) && !timeAlone(l.text);
  const first = lines.find(titled) ?? lines.find((l) => roles[l.index] === "body");
  let headline = sidecar?.headline?.trim() || frontTitle;
  if (!headline && first && looksLikeTitle(first.text) && lines.some((l) => l.index > first.index && roles[l.index] === "body")) {
    headline = first.text;
  }
  // (a short headline is one when the page's date or byline follows it: "Kyiv attack" over "Published 17 June 2025")
  const top = lines.find((l) => roles[l.index] === "body");
  const under = top && lines.find((l) => l.index > top.index && roles[l.index] !== "blank");
  if (!headline && top && under && ["published", "dateline", "byline"].includes(roles[under.index]!) && isHeading(top.text) && top.text.split(/\s+/).length >= 2) {
    headline = top.text;
  }
  if (headline) {
    const key = normalizeTitle(headline);
    for (const l of lines) {
      if (roles[l.index] === "body" && l.text.length <= headline.length + 12 && normalizeTitle(stripListMarker(l.text)) === key) {
        roles[l.index] = l === first || l === top ? "headline" : "boilerplate";
      }
    }
  }
  for (const l of lines) if (roles[l.index] === "body" && isHeading(l.text)) roles[l.index] = "heading";

  return { headline, dateline, author, published: published ?? updated, publishedEstimated: estimated, roles };
}

// how far down the page's head its date line may stand: under a copy's menus, "Skip to content", ten section names, "Log in",
// the section, the title and the byline, "June 1, 2025 9:15 PM" is the 16th line
const HEAD_LINES = 40;

// what may stand beside a date on its own line: a time, a zone, a weekday, "updated … ago", "4 min read", separators
const DATE_LINE_FILLER =
  /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|\b(?:GMT|UTC|CET|CEST|EET|EEST|BST|MSK|ET|EST|EDT|PT|PST|PDT|Kyiv\s+time|local\s+time)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|\b(?:updated|published|posted|last|ago|an?|\d+|hours?|hrs?|minutes?|mins?|read|reading|time)\b|[|•·,;:()\/–—-]/gi;

// what makes a date line another day's: an event, a deadline, a range, a timeline, a widget's "today", a currency or weather box
const NOT_PUBLICATION =
  /\b(?:since|as\s+of|(?:days?|weeks?|months?|years?)\s+ago|anniversary|memoriam|deadline|statement|timeline|until|till|today\s*(?::|is\b)|day\s+\d+|invasion|began|begins|started)\b|\d\s*[–-]\s*\d{1,2}\s+\p{L}|°|\b(?:USD|EUR|UAH|RUB)\b/iu;
// a headline's verbs: a related story's line ("Zelensky meets Biden in Washington • 21 December 2022"), not an outlet's name
const STORY_VERB = /\b(?:meets?|met|says?|said|hits?|kills?|killed|launch(?:es|ed)?|strikes?|struck|calls?|visits?|visited|arrives?|arrived|attacks?|attacked|downs?|downed|shoots?)\b/i;

// (module level: tsx compiles a regex literal with \p{…} outside a class into `new RegExp(…)`, built anew at every evaluation)
const COUNTS_SOMETHING = /(?<![:.+\d-])\b\d+\s+(?!(?:min|mins|minutes?|hours?|hrs?|h|days?|ago|read|[ap]\.?m)\b)\p{L}/iu;

/**
 * The date of a line that is a date and at most a place besides ("Kyiv, 3 Dec 2025"), or whose part between bars is and
 * whose other parts are short labels ("Lviv City Portal | City news | 04.09.2024, 19:30"), else null.
 */
function dateLine(text: string, words = 2): string | null {
  if (NOT_PUBLICATION.test(text)) return null;
  const parts = text.split(/\s*[|•·]\s*/);
  // (not a table row, "29.12.2023 | 36 | 122", nor a related headline, "Zelensky meets Biden in Washington • 21 December 2022")
  // (a part that is the date or its time is no cell: "14.11.2025 | 13:25 | Ukrinfo")
  if (parts.length > 1 && parts.some((p) => (/^[\d\s.,%]+$/.test(p) && !findFullDateAt(p)) || (!findFullDateAt(p) && STORY_VERB.test(p)))) return null;
  for (const part of parts) {
    const d = findFullDateAt(part);
    // (not a date that labels what follows it: "02.12.2025: 40 drones downed")
    if (!d || /^\s*:\s*\S/.test(part.slice(d.end))) continue;
    const around = part.slice(0, d.at) + " " + part.slice(d.end);
    // (nor a line that counts something: "40 drones downed — 03.12.2025")
    if (COUNTS_SOMETHING.test(around)) continue;
    const rest = around.replace(DATE_LINE_FILLER, " ").trim();
    if (rest.split(/\s+/).filter(Boolean).length <= words) return d.iso;
  }
  return null;
}

// YAML front matter a note-taking or static-site export opens with: "---", "title: Russia hits Kyiv with 99 missiles", …, "---"
// (in a .txt copy; a Markdown file's is read as its metadata, markdown.ts). Only a short block of nothing but `key: value`
// lines counts here: a plain text may open with a rule of its own and close it after a paragraph.
const FRONT_MATTER_DATE_KEY = /^(?:date|published|pubdate|publish_?date|date_?published)$/i;

/**
 * Marks a front matter block at the top of the text as furniture, all but its date lines ("published: 2024-01-02", read
 * as any "Published" line), and returns its title, the article's headline (read as a Markdown file's is).
 */
function markFrontMatter(lines: readonly Line[], roles: LineRole[]): string | null {
  const open = lines.find((l) => l.text !== "");
  if (!open || open.text !== "---") return null;
  const close = lines.find((l) => l.index > open.index && (l.text === "---" || l.text === "..."));
  if (!close || close.index - open.index > 40 || lines.slice(open.index + 1, close.index).some((l) => l.text !== "" && !FRONT_MATTER_KEY.test(l.text))) return null;
  const block = lines.slice(open.index, close.index + 1);
  for (const l of block) if (l.text !== "" && !FRONT_MATTER_DATE_KEY.test(FRONT_MATTER_KEY.exec(l.text)?.[1] ?? "")) roles[l.index] = "boilerplate";
  const front = readFrontMatter(block.map((l) => l.text).join("\n"));
  return (front && ownMetaOf(front.fields).headline) ?? null;
}

// a menu or breadcrumb line of the page's head: short capitalised labels between separators, "Home › World › Europe",
// "Головна | Новини | Одеса | Війна | English", an outlet's "ODESA NEWS · Новини Одеси"; or three or more between wide gaps,
// "World  Europe  Ukraine  Podcasts  Newsletters"
const MENU_SEPARATOR = /\s*[›»>|•·\/]\s*/;
// (every word of a label capitalised: not a headline with its outlet, "Russia strikes Kharkiv | Reuters")
const MENU_LABEL = /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2}$/u;
const WIDE_MENU_LABEL = /^\p{Lu}[\p{L}'’.&-]*(?:\s[\p{L}'’.&-]+){0,3}$/u;

function isMenuLine(line: Line, lines: readonly Line[]): boolean {
  const marked = line.text.split(MENU_SEPARATOR).filter(Boolean);
  const labels = marked.length >= 2 ? marked : line.text.split(/\s{2,}/);
  // (labels between wide gaps may be phrases, "Air raid alert schedule   Power outages   Currency rates": no headline has
  // such gaps)
  const label = marked.length >= 2 ? MENU_LABEL : WIDE_MENU_LABEL;
  if (labels.length < (marked.length >= 2 ? 2 : 3) || !labels.every((x) => x.length <= 25 && label.test(x))) return false;
  // (two labels are a breadcrumb of short ones: not a Title Case headline and its outlet, "Drones Hit Belgorod | Reuters")
  if (labels.length === 2 && labels.some((x) => x.trim().split(/\s+/).length > 2)) return false;
  // (not a table's header row, whose next line has as many cells: "Month | Drones | Change" over "June 2025 | 5,438 | +29%")
  const next = lines.find((l) => l.index > line.index && l.text !== "");
  const cells = (t: string) => t.split("|").length;
  return !(cells(line.text) > 1 && next && /\d/.test(next.text) && cells(next.text) === cells(line.text));
}

/** A site's name and slogan over its menu: "LVIV PORTAL | News of Lviv and the region" over "Main   News   Lviv   Region". */
function isBanner(line: Line, lines: readonly Line[]): boolean {
  const next = lines.find((l) => l.index > line.index && l.text !== "");
  return /\s\|\s/.test(line.text) && !!next && isMenuLine(next, lines);
}

function looksLikeTitle(s: string): boolean {
  const words = s.split(/\s+/).length;
  return words >= 3 && words <= 30 && !/[.:;,]$/.test(s) && !timeAlone(s);
}

const MONTH_NAME = new RegExp(String.raw`\b(?:${MONTH_PATTERN})\b\.?`, "gi");

/** A line that is a day, a time and their labels, and nothing else: "7 MAY, 08:01", "Updated: 7 MAY, 09:37". */
function timeAlone(text: string): boolean {
  return /\d/.test(text) && !text.replace(MONTH_NAME, " ").replace(DATE_LINE_FILLER, " ").trim();
}

/** A title for comparison: lower case, its punctuation and runs of spaces one space ("Kyiv: 3 killed" is "kyiv 3 killed"). */
export function normalizeTitle(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

// "RELATED NEWS", "MOST READ", "Most read in Sumy Nova:" (the site's name after it), "LATEST NEWS", "More World News",
// "More on Ukraine:", "MORE FROM NATION & WORLD", "Popular on Dnipro Hub", "Our earlier coverage:", "Also today:", a blog's "Read more
// on this blog:", a newsletter's "Read last week's briefing: Hroza, 52 dead", Ukrainian and Russian sites' "Читайте також:" (read also): a block of links to other stories, whose headlines carry other attacks' figures
const LINK_LABELS = String.raw`(?:read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:news|stories|articles|coverage))?|most\s+(?:read|popular|viewed)(?:\s+(?:in|on|at)\s+\p{Lu}[\p{L}'’. -]{1,40})?|latest\s+(?:news|stories|headlines)|more\s+(?:news|stories|analysis|coverage|reading|explainers|on\s+(?:this|the)(?:\s+(?:story|topic|subject))?|on\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|from\s+[\p{L} &]{2,30}|[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:news|stories))|further\s+reading|previous\s+(?:briefings|updates|editions|reports)|top\s+stories|trending(?:\s+now)?|popular(?:\s+now|\s+(?:in|on|at)\s+\p{Lu}[\p{L}'’. -]{1,40})?|(?:our\s+)?(?:earlier|previous)\s+coverage|read\s+more\s+on\s+(?:this|our|the)\s+(?:blog|site|website|page)|read\s+(?:last\s+week['’]s|yesterday['’]s|(?:our|the)\s+(?:previous|latest))\s+(?:briefing|edition|newsletter|digest|update|round-?up|report)|also\s+today|recommended(?:\s+for\s+you)?|you\s+may\s+(?:also\s+)?like|editor['’]s\s+picks|what\s+to\s+read\s+next|news\s+feed|also\s+on\s+(?:the|our|this)\s+(?:site|website|portal)|also\s+on\s+\p{Lu}[\p{L}'’. ]{1,40}|(?:in\s+)?other\s+news|don['’]t\s+miss|you\s+might\s+(?:also\s+)?like|you\s+(?:might|may)\s+(?:also\s+)?be\s+interested(?:\s+in)?|recommended\s+(?:stories|reading|articles)|(?:читайте|дивіться|смотрите)\s+(?:також|также|ще|еще|більше)|(?:також|также)\s+читайте|(?:новини|новости)\s+по\s+тем[іие]|по\s+тем[іие]|(?:останні|последние)\s+(?:новини|новости)|стрічка\s+новин|лента\s+новостей|(?:найпопулярніше|самое\s+читаемое|популярне|популярное))`;
const LINK_LIST = new RegExp(`^${LINK_LABELS}\\s*:?$`, "iu");
/** Whether a line is only the label of a block of links to other stories: "Related articles", "MORE ON THIS STORY". */
export const isLinkListLabel = (text: string): boolean => LINK_LIST.test(text.trim());
// ("Most read: Power outage schedules for Thursday | 3 injured in Shostka shelling": the links on the label's own line; or one
// link, a headline that does not end as a sentence does, "Most read: Russia fired 4,000 Shaheds in April, Air Force says")
const INLINE_LINK_LIST = new RegExp(`^${LINK_LABELS}\\s*:\\s*(?:[^|]+\\||[^|]*[^\\s.!?"'”’»)|]$)`, "iu");
// "Reader comments (3)", "12 comments", "Join the discussion": what readers wrote, to the end of the page
const COMMENTS = /^(?:(?:(?:reader|readers['’]?|user)\s+)?comments?\s*\(\d+\)|(?:reader|readers['’]?|user)\s+comments?|\d+\s+comments?|(?:join|start)\s+the\s+(?:discussion|conversation)|leave\s+a\s+(?:comment|reply)|add\s+a\s+comment|show\s+(?:all\s+)?comments)\s*:?$/i;
const SENTENCE_END = /[.!?]["'”’»)]?$/;
// an entry's time, its day and month before it on a live page's list of entries: "09:02", "17 Jun 06:10 At least 14 killed in Kyiv"
const ENTRY_TIME = String.raw`(?:\d{1,2}\s+(?:${MONTH_PATTERN})\.?\s+)?\d{1,2}[:.]\d{2}`;
const LINK_MARKER = new RegExp(String.raw`^\s*(?:${ENTRY_TIME}\b|[-–—•*·▪●]\s|\d{1,2}[.)]\s)`);
// a live page's summary of its entries, a list of links to them when they are timed: "Key events" then "17 Jun 06:10 …"
const KEY_EVENTS = /^key\s+(?:events|moments|updates)\s*:?$/i;
const TIMED_ITEM = new RegExp(String.raw`^\s*${ENTRY_TIME}\s+\S`);
// an entry's time on its own line ("09:05", "06.10 BST"): it opens an entry, no link
const TIME_ALONE = /^\s*\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,5})?\s*$/;
const LINKED_QUESTION = /^\s*(?:[-–—•*·]|\d{1,2}[.)])\s+[^.!]*\?["'”’»)]?$/;

/**
 * Marks a readers' comments heading after the article's prose, and every line after it, as furniture (not a share bar's
 * "Comments (14)" above the story).
 */
function dropComments(lines: readonly Line[], roles: LineRole[]): void {
  const prose = lines.findIndex((l) => roles[l.index] === "body" && l.text.length > 80 && SENTENCE_END.test(l.text));
  const at = prose < 0 ? -1 : lines.findIndex((l, i) => i > prose && COMMENTS.test(stripListMarker(l.text).trim()));
  if (at < 0) return;
  for (let i = at; i < lines.length; i++) roles[i] = "boilerplate";
}

/** Marks a link-list heading and the headline lines under it (up to the first line that ends like a sentence) as furniture. */
function dropLinkLists(lines: readonly Line[], roles: LineRole[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (INLINE_LINK_LIST.test(lines[i]!.text.trim())) roles[i] = "boilerplate";
    if (!LINK_LIST.test(stripListMarker(lines[i]!.text).trim()) && !(KEY_EVENTS.test(lines[i]!.text) && TIMED_ITEM.test(lines.slice(i + 1).find((l) => l.text !== "")?.text ?? ""))) continue;
    roles[i] = "boilerplate";
    let blank = false; // a blank line after the list's first link
    let linked = false;
    let marked = true; // every link so far opened with a marker (a time, a bullet, a number)
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (text === "") {
        blank = linked;
        continue;
      }
      // (past a blank line, a list of marked links goes on only with another marked link: "09:12 Russia fires 94 missiles …"
      // items, then the story's own headline and byline)
      if (blank && marked && !LINK_MARKER.test(text)) break;
      marked &&= LINK_MARKER.test(text);
      // (a live page's "LATEST" heading over its entries: "09:05" on a line of its own opens an entry, not a link)
      // (a linked headline may ask a question: "- Explainer: What is on the table in Jeddah?"; not past a blank line,
      // where a Q&A's "- How many drones did Russia launch?" begins the body again)
      if ((SENTENCE_END.test(text) && (blank || !LINKED_QUESTION.test(text))) || text.length > 200 || TIME_ALONE.test(text)) break;
      roles[j] = "boilerplate";
      linked = true;
      i = j;
    }
  }
}

/** The latest complete date (with its year) a text writes, or null. */
function latestFullDate(text: string): string | null {
  let latest: string | null = null;
  for (let rest = text, i = 0; i < 200; i++) {
    const d = findFullDateAt(rest);
    if (!d) break;
    if (!latest || d.iso > latest) latest = d.iso;
    rest = rest.slice(d.end);
  }
  return latest;
}
