import type { ArticleContact } from "./contact.ts";
import type { ArticleResult } from "./events.ts";
import type { ArticleClaim } from "./extract.ts";

/**
 * Results arrive from worker threads and the JSON cache with every string copied: each claim
 * carries its own "UA", "launched", "2025-07-09", "Ukrainian Air Force" and a copy of the
 * sentence it shares with the other figures read from it. Across a large run these copies are
 * most of the heap the results take, so the stage keeps one copy of each: values that repeat
 * across articles through `shared` (few distinct values), sentences and ids within their article.
 */
export function compactResult(r: ArticleResult, shared: Map<string, string>): ArticleResult {
  const own = new Map<string, string>();
  const one = (pool: Map<string, string>) => <T extends string | null>(s: T): T => {
    if (s === null) return s;
    const hit = pool.get(s);
    if (hit !== undefined) return hit as T;
    pool.set(s, s);
    return s;
  };
  const common = one(shared);
  const local = one(own);
  const claim = (c: ArticleClaim): ArticleClaim => ({
    ...c,
    localKey: local(c.localKey),
    event_type: common(c.event_type),
    article_id: local(c.article_id),
    claimant: common(c.claimant),
    claimant_side: common(c.claimant_side),
    ...(c.also_claimed_by ? { also_claimed_by: c.also_claimed_by.map(common) } : {}),
    attacker: common(c.attacker),
    target_country: common(c.target_country),
    weapon: common(c.weapon),
    metric: common(c.metric),
    qualifier: common(c.qualifier),
    date_start: common(c.date_start),
    date_end: common(c.date_end),
    date_precision: common(c.date_precision),
    places: c.places.map(common),
    quote: local(c.quote),
    published: common(c.published),
  });
  const contact = (c: ArticleContact): ArticleContact => ({
    ...c,
    kind: common(c.kind),
    participants: c.participants.map(common),
    date: common(c.date),
    place: common(c.place),
    article_id: local(c.article_id),
    quote: local(c.quote),
  });
  return { ...r, articleId: local(r.articleId), published: common(r.published), claims: r.claims.map(claim), contacts: r.contacts.map(contact) };
}
