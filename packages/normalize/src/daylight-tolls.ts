import type { ArticleClaim } from "./extract.ts";
import { entryOf } from "./entry-of.ts";
import { isNightKey, isStrikeKey, isToll, placesNamed, strikeKeyAt } from "./strike-keys.ts";

/** A claim and the strike key it is filed under (events.ts's `Keyed`). */
interface Filed {
  readonly key: string;
  readonly claim: ArticleClaim;
}

/** A toll this large is rarely another strike's of the same day. */
const TELLING_TOLL = 10;
/** A death toll with an injury toll tells a strike from this many casualties together ("one killed, two injured" is too common). */
const TELLING_PAIR = 5;
/** Other articles that must give a sentence's tolls for the daytime strike before they are taken for its. */
const GIVERS_MIN = 2;

const tollOf = (c: ArticleClaim) => `${c.metric}|${c.value}`;
const isExact = (c: ArticleClaim) => c.value !== null && c.qualifier === "exact";

/**
 * The sentences of a night's reports that tell the daytime strike of the day that night ended: a report that dates the
 * afternoon glide bomb on Kharkiv by its morning ("Regional governor Oleg Synegubov said 52 people had been wounded" filed
 * under the night's 16 missiles and 13 drones), or a kindergarten struck in the morning after a barrage ("one man was killed
 * and seven people were injured in the strike on the kindergarten"). A sentence whose figures are all tolls (with, or not,
 * the exact count of what the strike hit) moves when two other articles at least give every one of its exact tolls together
 * for that day's daytime strike, more than give them together for the night; and they tell a strike: a toll of 10 or more, a
 * death toll with an injury toll of five or more together, or (with no hit told) a place the daytime strike's reports name;
 * and no other place than theirs. A toll alone ("one person was killed") is too common to tell which strike it is.
 * Returns `article|quote_start|key` → the daytime key it joins.
 */
export function daylightTolls(entries: readonly Filed[]): Map<string, string> {
  const tollsOf = new Map<string, Map<string, Set<string>>>(); // key → article → its exact tolls
  const hitsOf = new Map<string, Map<string, Set<string>>>(); // key → article → its exact hit counts
  const placed = placesNamed(entries); // key → the places its reports name
  const sentences = new Map<string, ArticleClaim[]>(); // article|quote_start|night key → its claims
  for (const { key, claim: c } of entries) {
    if (!isStrikeKey(key)) continue;
    if (isToll(c.metric) && c.value !== null && c.qualifier === "exact") entryOf(entryOf(tollsOf, key, () => new Map()), c.article_id, () => new Set()).add(tollOf(c));
    if (c.metric === "hit" && c.value !== null && c.qualifier === "exact") entryOf(entryOf(hitsOf, key, () => new Map()), c.article_id, () => new Set()).add(tollOf(c));
    if (isNightKey(key)) entryOf(sentences, `${c.article_id}|${c.quote_start}|${key}`, () => []).push(c);
  }
  // the articles other than `article` under `key` that give every one of `tolls`
  const giving = (key: string, tolls: readonly string[], article: string, of = tollsOf) => {
    let n = 0;
    for (const [a, own] of of.get(key) ?? []) if (a !== article && tolls.every((t) => own.has(t))) n++;
    return n;
  };
  const moved = new Map<string, string>();
  for (const [at, told] of sentences) {
    // (what the strike hit, told with its tolls, goes with them: "a ballistic missile struck a cargo ship in port, killing four
    // Syrian nationals and injuring two Ukrainians"; the tolls alone tell which strike it is)
    // (and a toll given loosely beside an exact one: "killing 12 soldiers and wounding more than 60", where the 12 tells it)
    if (!told.every((c) => isToll(c.metric) || (c.metric === "hit" && isExact(c)))) continue;
    const claims = told.filter((c) => isToll(c.metric) && isExact(c));
    if (claims.length === 0) continue;
    const night = at.slice(at.indexOf("|", at.indexOf("|") + 1) + 1);
    const day = strikeKeyAt(night, 0, "day");
    if (!tollsOf.has(day)) continue;
    const article = claims[0]!.article_id;
    const tolls = [...new Set(claims.map(tollOf))];
    const dayPlaces = placed.get(day)!;
    // (not told of another place than the daytime strike's: "In Zaporizhzhia, one person was killed and two were injured"
    // beside a glide bomb on Kharkiv that killed one and injured two)
    const places = new Set(told.flatMap((c) => c.places));
    if (places.size > 0 && dayPlaces.size > 0 && ![...places].some((p) => dayPlaces.has(p))) continue;
    // (a sentence that tells a hit too must tell the strike by its tolls: "a Russian missile destroyed a maternity ward in
    // Vilniansk, killing a newborn boy" early that morning is the night's, wherever else that day's reports name)
    const tells =
      claims.some((c) => c.value! >= TELLING_TOLL) ||
      (new Set(claims.map((c) => c.metric)).size > 1 && claims.reduce((n, c) => n + c.value!, 0) >= TELLING_PAIR) ||
      (claims.length === told.length && [...places].some((p) => dayPlaces.has(p)));
    if (!tells) continue;
    const there = giving(day, tolls, article);
    if (there >= GIVERS_MIN && there > giving(night, tolls, article)) moved.set(at, day);
  }
  if (moved.size > 0) hitsBeforeTolls(sentences, moved, placed, (key, hits, article) => giving(key, hits, article, hitsOf));
  return moved;
}

/**
 * The sentence that tells what the daytime strike hit, just before its tolls moved above, moves with them: "A Russian drone
 * has hit a kindergarten in the Kholodnohirskyi district of Kharkiv", then "one man was killed and seven people were injured
 * in the strike on the kindergarten". Its figures are all exact hit counts, told of places the daytime strike's reports name
 * and of no other, and GIVERS_MIN other articles give them for that day's strike. (Not weighed against the night's reports,
 * as tolls are: a barrage's reports give "a drone hit" at many places.) A hit told of no place, or not right before the
 * tolls, stays: "one drone hit an energy facility" is any night's.
 */
function hitsBeforeTolls(
  sentences: ReadonlyMap<string, readonly ArticleClaim[]>,
  moved: Map<string, string>,
  placed: ReadonlyMap<string, ReadonlySet<string>>,
  giving: (key: string, hits: readonly string[], article: string) => number,
): void {
  const byReport = new Map<string, string[]>(); // article|night key → its sentences (article|quote_start|key), in text order
  for (const [at, claims] of sentences) entryOf(byReport, `${claims[0]!.article_id}|${at.slice(at.indexOf("|", at.indexOf("|") + 1) + 1)}`, () => []).push(at);
  for (const list of byReport.values()) {
    list.sort((a, b) => sentences.get(a)![0]!.quote_start - sentences.get(b)![0]!.quote_start);
    for (let i = 0; i + 1 < list.length; i++) {
      const day = moved.get(list[i + 1]!);
      if (day === undefined || moved.has(list[i]!)) continue;
      const claims = sentences.get(list[i]!)!;
      if (!claims.every((c) => c.metric === "hit" && c.value !== null && c.qualifier === "exact")) continue;
      const dayPlaces = placed.get(day)!;
      const places = new Set(claims.flatMap((c) => c.places));
      if (places.size === 0 || ![...places].every((p) => dayPlaces.has(p))) continue;
      if (giving(day, [...new Set(claims.map(tollOf))], claims[0]!.article_id) >= GIVERS_MIN) moved.set(list[i]!, day);
    }
  }
}
