import { type Article, type Sidecar, addDays } from "@salvo/core";
import { splitLines } from "./lines.ts";
import { readPageMeta } from "./metadata.ts";
import { splitSentences } from "./sentences.ts";

export interface RawArticle {
  id: string;
  file: string;
  sha256: string;
  text: string;
  sidecar: Sidecar | null;
  /**
   * When the file's own metadata says it was published: a saved web page's markup (meta tags, JSON-LD), Markdown front
   * matter, a JSON Lines record's field. After the sidecar's, before the text's. A day, or an ISO time ("2025-07-09T04:10:00+03:00").
   */
  pagePublished?: string | null;
}

const DATED_HEADING =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|night|overnight|yesterday|today)\b/i;

const SOURCE_LINE = /^\s*Sources?:\s*\S/i;

// an instant in UTC: "2025-08-29T03:42:00Z", "2025-08-29T03:42:00+00:00"
const UTC_INSTANT = /^(\d{4}-\d\d-\d\d)T(\d\d):\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i;

// a clock in a zone of the Americas: "11:42 PM EDT", "7:45pm ET", "9:14 a.m. CDT", "18:30 GMT-5"
const WESTERN_CLOCK = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[ECMP][SD]?T|GMT\s*-\s*\d{1,2}|UTC\s*-\s*\d{1,2})\b/i;

/**
 * The day a page says it was published, stamped with a clock of a western zone, when that is the day before the UTC instant it
 * is dated by, early in the UTC day: the page was written late in its own day ("Published: 11:42 PM EDT Aug 28, 2025" beside
 * "2025-08-29T03:42:00Z"), and its "overnight" and "on Thursday" count from that day, the 28th. Not a page day that differs
 * otherwise, nor an instant past noon, which no zone in the Americas puts on the day before.
 */
function westernDay(stated: string, pageDay: string | null): string | null {
  const m = UTC_INSTANT.exec(stated);
  return m && pageDay && Number(m[2]) < 12 && pageDay === addDays(m[1]!, -1) ? pageDay : null;
}

/** Text (already decoded) + sidecar → Article. Pure: the same input always gives the same article. */
export function parseArticle(raw: RawArticle): Article {
  const lines = splitLines(raw.text);
  const page = readPageMeta(lines, raw.sidecar);
  // a subheading that names a day or a night ("WEDNESDAY: TRUMP CALLS PUTIN") dates the section under it, and a Ukrainian
  // outlet's "Source: Ukraine's Air Force" line says whose the figures are: they stay in the body
  const body = lines.filter((l) => page.roles[l.index] === "body" || (page.roles[l.index] === "heading" && (DATED_HEADING.test(l.text) || SOURCE_LINE.test(l.text))));
  const sidecarPublished = raw.sidecar?.published ?? null;
  const stated = sidecarPublished || raw.pagePublished || null;
  const stampedWest = lines.some((l) => (page.roles[l.index] === "published" || page.roles[l.index] === "dateline") && WESTERN_CLOCK.test(l.text));
  const published = stated ? ((stampedWest ? westernDay(stated, page.published) : null) ?? stated.slice(0, 10)) : page.published;
  // Built from typed parts here; the schema is checked where articles cross a boundary (the store).
  const article: Article = {
    id: raw.id,
    file: raw.file,
    sha256: raw.sha256,
    text: raw.text,
    meta: {
      published,
      publishedAt: stated && stated.length > 10 ? stated : null,
      publishedFrom: sidecarPublished ? "sidecar" : raw.pagePublished ? "page" : page.published ? (page.publishedEstimated ? "latest-date" : "text") : null,
      outlet: raw.sidecar?.outlet ?? null,
      url: raw.sidecar?.url ?? null,
      headline: page.headline,
      author: raw.sidecar?.author ?? page.author,
      dateline: page.dateline,
      language: raw.sidecar?.language ?? null,
    },
    sentences: splitSentences(raw.text, body),
  };
  return article;
}
