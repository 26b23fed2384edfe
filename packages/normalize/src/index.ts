import type { Article } from "@salvo/core";
import { extractContacts } from "./diplomacy.ts";
import type { ArticleResult } from "./events.ts";
import { extractClaims } from "./extract.ts";
import { fingerprint } from "./syndication.ts";
import { aboutAnotherWar } from "./this-war.ts";

export { buildDatasets, type ArticleResult, type Datasets } from "./events.ts";
export type { ArticleClaim } from "./extract.ts";
export type { ArticleContact } from "./contact.ts";
export { findTimeRefs, type TimeRef } from "./dates.ts";
export { findPlaces } from "./places.ts";
export { canonicalPerson } from "./people.ts";
export { findSyndication, fingerprint, type Fingerprinted, syndicationOf } from "./syndication.ts";
export { ResultCache } from "./cache.ts";
export type { NormalizeTask } from "./worker.ts";
export { primeNormalizeCache, runNormalizeStage, uncachedEntries, type NormalizeStageOptions } from "./stage.ts";

export { EXTRACTOR_VERSION } from "./cache.ts";

/** One article → its claims and diplomatic contacts. Pure; runs in a worker. */
export function normalizeArticle(article: Article): ArticleResult {
  // (nothing of another war's: its drones and tolls would be counted as Russia's on Ukraine)
  if (aboutAnotherWar(article)) return { articleId: article.id, published: article.meta.published, publishedAt: article.meta.publishedAt, claims: [], contacts: [], fingerprint: fingerprint(article) };
  const claims = extractClaims(article);
  const lead = claims.find((c) => c.event_type === "strike" && c.date_start);
  const span = lead ? { start: lead.date_start!, end: lead.date_end ?? lead.date_start! } : null;
  return { articleId: article.id, published: article.meta.published, publishedAt: article.meta.publishedAt, claims, contacts: extractContacts(article, span), fingerprint: fingerprint(article) };
}
