import type { ArticleClaim } from "./extract.ts";
import { entryOf } from "./entry-of.ts";
import { isNightKey, isStrikeKey, isToll, placesNamed, strikeKeyAt } from "./strike-keys.ts";

/** A toll below this ("one person was killed", "three killed") is any night's: it does not tell which strike it is. */
const TELLING_TOLL = 3;
/** A toll this large tells the strike with no place named (daylight-tolls.ts's TELLING_TOLL). */
const TOLD_ALONE = 10;
// (a sentence that times its deaths by the night is the night's: "Three people were killed overnight"; but "the toll from last
// night's strike on the dormitory has risen to seven" names the evening strike it updates)
const NIGHT_TIMED = /\b(?:overnight|tonight|last\s+night(?!['’]s)|during\s+the\s+night)\b/i;
/** Other articles that must give a toll for the daytime strike before a night's sentence is taken for it. */
const GIVERS_MIN = 2;

/**
 * The sentences filed under a night that tell the tolls of the daytime strike of the day that night began: a toll updated
 * that evening or the next morning ("Officials had given a toll of 17 dead on Wednesday night", "The toll from last night's
 * strike on the dormitory has risen to seven dead and 17 injured") read as the night's news. Every figure of the sentence is
 * an exact toll; each of its tolls of TELLING_TOLL or more no other report of the night gives, and GIVERS_MIN other articles
 * at least give for that daytime strike; and the sentence names no place but those that strike's reports name. A toll told
 * of another place stays the night's ("Overnight, a drone killed three people in Odesa" after a glide bomb killed three in
 * Kharkiv that afternoon is two strikes). Returns `article|quote_start|key` → the daytime key.
 */
export function tollsOfTheDayBefore(entries: readonly { readonly key: string; readonly claim: ArticleClaim }[]): Map<string, string> {
  const givers = new Map<string, Set<string>>(); // key|metric|value → the articles giving that exact toll
  const sentences = new Map<string, ArticleClaim[]>(); // article|quote_start|night key → its claims
  for (const { key, claim: c } of entries) {
    if (!isStrikeKey(key)) continue;
    if (isToll(c.metric) && c.value !== null && c.qualifier === "exact") entryOf(givers, `${key}|${c.metric}|${c.value}`, () => new Set()).add(c.article_id);
    if (isNightKey(key)) entryOf(sentences, `${c.article_id}|${c.quote_start}|${key}`, () => []).push(c);
  }
  const placed = placesNamed(entries);
  const byOthers = (key: string, c: ArticleClaim) => {
    const set = givers.get(`${key}|${c.metric}|${c.value}`);
    return set ? set.size - (set.has(c.article_id) ? 1 : 0) : 0;
  };
  const moved = new Map<string, string>();
  for (const [at, claims] of sentences) {
    if (!claims.every((c) => isToll(c.metric) && c.value !== null && c.qualifier === "exact")) continue;
    const telling = claims.filter((c) => c.value! >= TELLING_TOLL);
    if (telling.length === 0) continue;
    const night = at.slice(at.indexOf("|", claims[0]!.article_id.length + 1) + 1);
    const day = strikeKeyAt(night, -1, "day");
    if (!placed.has(day) || telling.some((c) => byOthers(night, c) > 0 || byOthers(day, c) < GIVERS_MIN)) continue;
    const dayPlaces = placed.get(day)!;
    const places = new Set(claims.flatMap((c) => c.places));
    if (places.size > 0 && dayPlaces.size > 0 && ![...places].some((p) => dayPlaces.has(p))) continue;
    // (a place of the strike's, or a toll too large to be another's: "Three people were killed, the regional governor said" is any night's)
    if (!telling.some((c) => c.value! >= TOLD_ALONE) && ![...places].some((p) => dayPlaces.has(p))) continue;
    if (NIGHT_TIMED.test(claims[0]!.quote)) continue;
    moved.set(at, day);
  }
  return moved;
}
