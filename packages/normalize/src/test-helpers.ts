import { type Article, Article as ArticleSchema } from "@salvo/core";
import { parseArticle, type RawArticle, splitLines, splitSentences } from "@salvo/ingest";
import { extractClaims } from "./extract.ts";

/**
 * A one-paragraph-per-line article built from text, for unit tests of the extraction grammar,
 * split into sentences by ingest's own splitter ("U.S. President …" stays one sentence).
 */
export function articleOf(text: string, published: string | null = "2025-07-09", id = "t"): Article {
  const sentences = splitSentences(text, splitLines(text));
  return ArticleSchema.parse({
    id,
    file: `${id}.txt`,
    sha256: "0".repeat(64),
    text,
    meta: { published, publishedAt: null, publishedFrom: published ? "sidecar" : null, outlet: null, url: null, headline: null, author: null, dateline: null, language: null },
    sentences,
  });
}

/** An article as ingest reads a whole page (headline, subheadings, "Source:" lines), for tests whose case is in that reading. */
export function pageOf(text: string, sidecar: RawArticle["sidecar"]): Article {
  return parseArticle({ id: "t", file: "t.txt", sha256: "0".repeat(64), text, sidecar });
}

/** "hit:value" per hit figure extracted from a one-paragraph article, in order: the hit readers' tests compare these. */
export const hitsOf = (text: string): string[] =>
  extractClaims(articleOf(text))
    .filter((c) => c.metric === "hit")
    .map((c) => `hit:${c.value ?? c.value_text}`);
