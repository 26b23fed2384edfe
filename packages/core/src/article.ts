import { z } from "zod";
import { isRealDate } from "./calendar.ts";
import { IsoDate } from "./enums.ts";

/** A sentence as character offsets into `Article.text` (JS string offsets, after decoding). */
export const Sentence = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** Paragraph number: sentences of one paragraph share it (attribution carries within a paragraph). */
  paragraph: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

/** What a sidecar `<name>.meta.json` may hold. Every field optional; unknown keys are an error (typos). */
export const Sidecar = z
  .object({
    published: z
      .string()
      .refine((s) => /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && isRealDate(s.slice(0, 10)), {
        message: "published must be YYYY-MM-DD or an ISO datetime with a real calendar date",
      })
      .nullish(),
    // null is accepted as "not known", the same as leaving the field out
    outlet: z.string().max(500).nullish(),
    url: z.string().max(2000).nullish(),
    headline: z.string().max(2000).nullish(),
    author: z.string().max(500).nullish(),
    language: z.string().max(35).nullish(),
  })
  .strict();
export type Sidecar = z.infer<typeof Sidecar>;


export const ArticleMeta = z.object({
  /** Publication date; null when neither a sidecar nor the text gives it (relative dates then stay unresolved). */
  published: IsoDate.nullable(),
  /** The full timestamp when the source gave one (used to order updated figures). */
  publishedAt: z.string().nullable(),
  // where the date came from: the sidecar, the file's own metadata ("page": a saved page's meta tags or JSON-LD, Markdown
  // front matter, a JSON Lines record's field), the text's own lines, or (an estimate) the latest full date the body writes
  publishedFrom: z.enum(["sidecar", "page", "text", "latest-date"]).nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  headline: z.string().nullable(),
  author: z.string().nullable(),
  dateline: z.string().nullable(),
  language: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = z.object({
  /** The file name without extension; a JSON Lines record's: that, "#", and its id field or a digest of its line. */
  id: z.string().min(1),
  /** Path relative to the input folder; a JSON Lines record's: the path and its line, "feed.jsonl:12" (file-ref.ts). */
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The whole decoded text; every offset in the pipeline points into it. */
  text: z.string(),
  meta: ArticleMeta,
  /** Body sentences only: headline, dateline, byline and page boilerplate are left out. */
  sentences: z.array(Sentence),
});
export type Article = z.infer<typeof Article>;

export const sentenceText = (a: Pick<Article, "text">, s: Pick<Sentence, "start" | "end">): string =>
  a.text.slice(s.start, s.end);
