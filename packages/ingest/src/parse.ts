import type { Article, Sidecar } from "@salvo/core";
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

/** Text (already decoded) + sidecar → Article. Pure: the same input always gives the same article. */
export function parseArticle(raw: RawArticle): Article {
  const lines = splitLines(raw.text);
  const page = readPageMeta(lines, raw.sidecar);
  // a subheading that names a day or a night ("WEDNESDAY: TRUMP CALLS PUTIN") dates the section under it, and a Ukrainian
  // outlet's "Source: Ukraine's Air Force" line says whose the figures are: they stay in the body
  const body = lines.filter((l) => page.roles[l.index] === "body" || (page.roles[l.index] === "heading" && (DATED_HEADING.test(l.text) || SOURCE_LINE.test(l.text))));
  const sidecarPublished = raw.sidecar?.published ?? null;
  const stated = sidecarPublished || raw.pagePublished || null;
  const published = stated ? stated.slice(0, 10) : page.published;
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
