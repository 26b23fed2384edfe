import { findFullDate, findFullDateAt, type Sidecar } from "@salvo/core";
import { isBoilerplate, isHeading, stripListMarker } from "./boilerplate.ts";
import type { Line } from "./lines.ts";

export type LineRole = "blank" | "boilerplate" | "headline" | "dateline" | "published" | "byline" | "heading" | "body";

export interface PageMeta {
  headline: string | null;
  dateline: string | null;
  author: string | null;
  /** Publication date found in the text (dateline or a "Published …" line). */
  published: string | null;
  roles: LineRole[];
}

// "Kyiv, Ukraine — 31 December 2025": a place, a dash, a full date, nothing else on the line.
const DATELINE = /^[\p{Lu}][\p{L}'’. -]{1,40}(?:,\s*[\p{L}'’. -]{2,40})?\s*[—–-]{1,2}\s*(.{6,40})$/u;
const PUBLISHED = /^(?:first\s+)?(published|posted|updated|last\s+updated|date)(?:\s+on)?\s*:?\s*(.+)$/i;
const BYLINE = /^(?:by|author:|written by|words by)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*)\.?$/iu;

/** Finds headline, dateline, byline and publication date among the lines, and the role of every line. */
export function readPageMeta(lines: readonly Line[], sidecar: Sidecar | null): PageMeta {
  const roles: LineRole[] = lines.map((l) => (l.text === "" ? "blank" : isBoilerplate(l.text) ? "boilerplate" : "body"));
  dropLinkLists(lines, roles);
  let dateline: string | null = null;
  let author: string | null = null;
  let published: string | null = null;
  let updated: string | null = null;

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
    const p = PUBLISHED.exec(l.text);
    const pDate = p ? findFullDate(p[2]!) : null;
    if (p && pDate) {
      roles[l.index] = "published";
      if (/updated/i.test(p[1]!)) updated ??= pDate;
      else published ??= pDate;
      continue;
    }
    // a line of the page's head that is a date and little else: "December 3, 2025 5:41 PM GMT+3 Updated 2 hours ago",
    // "Wednesday 3 December 2025 09:15", "3 Dec 2025 · 4 min read", "Kyiv • 03.12.2025, 09:15"
    // (only the first, near the top: a live page's later day lines head its sections)
    // (and only when no sidecar dates the article: then the line stays in the body, where a dated heading may open a section;
    // nor a list item: "* APRIL 28, 2023 UMAN" heads a fact box's entry)
    const onlyDate = !sidecar?.published && l.index < Math.min(headEnd, 10) && published === null && updated === null && !/^\s*[*•·-]\s/.test(l.text) ? dateLine(l.text) : null;
    if (onlyDate) {
      roles[l.index] = "published";
      if (/^\W*updated\b/i.test(l.text)) updated ??= onlyDate;
      else published ??= onlyDate;
      continue;
    }
    const b = BYLINE.exec(l.text);
    if (b) {
      roles[l.index] = "byline";
      author ??= b[1]!;
    }
  }

  // The headline is the first title-like line; a short line before it is the outlet's name or a section.
  const first = lines.find((l) => roles[l.index] === "body" && !(isHeading(l.text) && l.text.split(/\s+/).length < 5)) ?? lines.find((l) => roles[l.index] === "body");
  let headline = sidecar?.headline?.trim() || null;
  if (!headline && first && looksLikeTitle(first.text) && lines.some((l) => l.index > first.index && roles[l.index] === "body")) {
    headline = first.text;
  }
  if (headline) {
    const key = normalizeTitle(headline);
    for (const l of lines) {
      if (roles[l.index] === "body" && l.text.length <= headline.length + 12 && normalizeTitle(stripListMarker(l.text)) === key) {
        roles[l.index] = l === first ? "headline" : "boilerplate";
      }
    }
  }
  for (const l of lines) if (roles[l.index] === "body" && isHeading(l.text)) roles[l.index] = "heading";

  return { headline, dateline, author, published: published ?? updated, roles };
}

// what may stand beside a date on its own line: a time, a zone, a weekday, "updated … ago", "4 min read", separators
const DATE_LINE_FILLER =
  /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|\b(?:GMT|UTC|CET|CEST|EET|EEST|BST|MSK|ET|EST|EDT|PT|PST|PDT|Kyiv\s+time|local\s+time)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|\b(?:updated|published|posted|last|ago|an?|\d+|hours?|hrs?|minutes?|mins?|read|reading|time)\b|[|•·,;:()\/–—-]/gi;

/**
 * The date of a line that is a date and at most a place or a word or two besides ("Kyiv, 3 Dec 2025"), or whose
 * part between bars is ("Lviv City Portal | City news | 04.09.2024, 19:30"), else null.
 */
function dateLine(text: string): string | null {
  for (const part of text.split(/\s*[|•·]\s*/)) {
    const d = findFullDateAt(part);
    if (!d) continue;
    const rest = (part.slice(0, d.at) + " " + part.slice(d.end)).replace(DATE_LINE_FILLER, " ").trim();
    if (rest.split(/\s+/).filter(Boolean).length <= 2) return d.iso;
  }
  return null;
}

function looksLikeTitle(s: string): boolean {
  const words = s.split(/\s+/).length;
  return words >= 3 && words <= 30 && !/[.:;,]$/.test(s);
}

function normalizeTitle(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

// "RELATED NEWS", "MOST READ", "LATEST NEWS": a block of links to other stories, whose headlines carry other attacks' figures
const LINK_LIST = /^(?:read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:news|stories|articles|coverage))?|most\s+(?:read|popular|viewed)|latest\s+(?:news|stories|headlines)|more\s+(?:news|stories|analysis|coverage|reading|explainers|on\s+this(?:\s+story)?|from\s+[\p{L} ]{2,30})|further\s+reading|previous\s+(?:briefings|updates|editions|reports)|top\s+stories|trending(?:\s+now)?|popular(?:\s+now)?|recommended(?:\s+for\s+you)?|you\s+may\s+(?:also\s+)?like|editor['’]s\s+picks|what\s+to\s+read\s+next|news\s+feed|also\s+on\s+(?:the|our|this)\s+(?:site|website|portal))\s*:?$/iu;
const SENTENCE_END = /[.!?]["'”’»)]?$/;
const LINKED_QUESTION = /^\s*(?:[-–—•*·]|\d{1,2}[.)])\s+[^.!]*\?["'”’»)]?$/;

/** Marks a link-list heading and the headline lines under it (up to the first line that ends like a sentence) as furniture. */
function dropLinkLists(lines: readonly Line[], roles: LineRole[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!LINK_LIST.test(stripListMarker(lines[i]!.text).trim())) continue;
    roles[i] = "boilerplate";
    let blank = false; // a blank line after the list's first link
    let linked = false;
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (text === "") {
        blank = linked;
        continue;
      }
      // (a live page's "LATEST" heading over its entries: "09:05" on a line of its own opens an entry, not a link)
      // (a linked headline may ask a question: "- Explainer: What is on the table in Jeddah?"; not past a blank line,
      // where a Q&A's "- How many drones did Russia launch?" begins the body again)
      if ((SENTENCE_END.test(text) && (blank || !LINKED_QUESTION.test(text))) || text.length > 200 || /^\s*\d{1,2}[:.]\d{2}\s*$/.test(text)) break;
      roles[j] = "boilerplate";
      linked = true;
      i = j;
    }
  }
}
