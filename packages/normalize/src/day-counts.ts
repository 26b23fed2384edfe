import type { ArticleClaim } from "./extract.ts";
import { entryOf } from "./entry-of.ts";
import { NIGHT_COUNTS } from "./lexicon.ts";
import { isNightKey, isStrikeKey, strikeKeyAt } from "./strike-keys.ts";

/** A count below this ("two missiles") is many strikes' count: it does not tell the day's strike from the night's. */
const TELLING_COUNT = 10;
/** Other articles that must give a count for the daytime strike before a night's sentence is taken for it. */
const GIVERS_MIN = 2;

/**
 * The sentences filed under a night that count the weapons of the daytime strike of the day that night ended: "Ukraine's Air
 * Force said that Russia had fired 38 missiles at Ukrainian cities on 8 July, including Kyiv" read as the night before the
 * morning barrage of 8 July. Each of its exact weapon counts is TELLING_COUNT or more, no other report of the night gives it,
 * and GIVERS_MIN other articles at least give it for that day's daytime strike. A night whose own reports give the count keeps
 * it (the night's "38 drones" beside a day's 38 missiles is two attacks only where the night's reports say so). Returns
 * `article|quote_start|key` → the daytime key.
 */
export function countsOfTheDay(entries: readonly { readonly key: string; readonly claim: ArticleClaim }[]): Map<string, string> {
  const givers = new Map<string, Set<string>>(); // key|metric|weapon|value → the articles giving that exact count
  const sentences = new Map<string, ArticleClaim[]>(); // article|quote_start|night key → its claims
  for (const { key, claim: c } of entries) {
    if (!isStrikeKey(key)) continue;
    if (NIGHT_COUNTS.has(c.metric) && c.value !== null && c.qualifier === "exact") entryOf(givers, `${key}|${c.metric}|${c.weapon}|${c.value}`, () => new Set()).add(c.article_id);
    if (isNightKey(key)) entryOf(sentences, `${c.article_id}|${c.quote_start}|${key}`, () => []).push(c);
  }
  const byOthers = (key: string, c: ArticleClaim) => {
    const set = givers.get(`${key}|${c.metric}|${c.weapon}|${c.value}`);
    return set ? set.size - (set.has(c.article_id) ? 1 : 0) : 0;
  };
  const moved = new Map<string, string>();
  for (const [at, claims] of sentences) {
    const counts = claims.filter((c) => NIGHT_COUNTS.has(c.metric) && c.value !== null && c.qualifier === "exact");
    if (counts.length === 0 || counts.some((c) => c.value! < TELLING_COUNT)) continue;
    const night = at.slice(at.indexOf("|", claims[0]!.article_id.length + 1) + 1);
    const day = strikeKeyAt(night, 0, "day");
    if (counts.every((c) => byOthers(night, c) === 0 && byOthers(day, c) >= GIVERS_MIN)) moved.set(at, day);
  }
  return moved;
}
