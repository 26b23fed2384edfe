import { type Article, Article as ArticleSchema } from "@salvo/core";

/** A one-paragraph-per-line article built from text, for unit tests of the extraction grammar. */
export function articleOf(text: string, published: string | null = "2025-07-09", id = "t"): Article {
  const sentences: Article["sentences"] = [];
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  let offset = 0;
  text.split("\n").forEach((line, paragraph) => {
    for (const seg of segmenter.segment(line)) {
      const trimmed = seg.segment.trimEnd();
      if (trimmed) sentences.push({ index: sentences.length, start: offset + seg.index, end: offset + seg.index + trimmed.length, paragraph });
    }
    offset += line.length + 1;
  });
  return ArticleSchema.parse({
    id,
    file: `${id}.txt`,
    sha256: "0".repeat(64),
    text,
    meta: { published, publishedAt: null, publishedFrom: published ? "sidecar" : null, outlet: null, url: null, headline: null, author: null, dateline: null, language: null },
    sentences,
  });
}
