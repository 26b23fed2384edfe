import type { Article } from "@salvo/core";
import { extractContacts } from "./diplomacy.ts";
import type { ArticleResult } from "./events.ts";
import { extractClaims } from "./extract.ts";

export { buildDatasets, type ArticleResult, type Datasets } from "./events.ts";
export type { ArticleClaim } from "./extract.ts";
export type { ArticleContact } from "./diplomacy.ts";
export { findTimeRefs, type TimeRef } from "./dates.ts";
export { findPlaces } from "./places.ts";

/** Bumped whenever extraction changes what it reads: part of the per-article cache key. */
export const EXTRACTOR_VERSION = "1";

/** One article → its claims and diplomatic contacts. Pure; runs in a worker. */
export function normalizeArticle(article: Article): ArticleResult {
  const claims = extractClaims(article);
  const lead = claims.find((c) => c.event_type === "strike" && c.date_start)?.date_start ?? null;
  return { articleId: article.id, claims, contacts: extractContacts(article, lead) };
}
