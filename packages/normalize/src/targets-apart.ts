import { entryOf } from "./entry-of.ts";
import { NIGHT_COUNTS } from "./lexicon.ts";
import type { ArticleClaim } from "./extract.ts";
import { nearestTold, unionOfPlaces } from "./places-apart.ts";

/** Sources that must give a region its own launch count before its attack stands apart: one report may be a round-up's. */
const SOURCES_MIN = 2;

/**
 * The attacks of one night that Ukraine aimed at different regions of Russia, each given its own launch count: "25 UAVs
 * attacked Crimea" and, "in a separate statement", "three drones attacked Moscow" are two events though one key holds
 * both. Russia's ministry reports each region's attack apart, so each report's other figures follow the region its
 * nearest launch count names. Returns each claim's region, or null when the key stays one event: fewer than two regions
 * (a city is one with its region, and places named together are one) that SOURCES_MIN sources give a launch count at, or
 * a region told with two of them (a region's count inside the night's: "of the 30 drones, 25 were over Crimea").
 */
export function targetsApart(claims: readonly ArticleClaim[], sourceOf: (article: string) => string = (a) => a): Map<ArticleClaim, string> | null {
  if (claims.some((c) => c.attacker !== "UA" || c.target_country !== "RU")) return null;
  // (a city is one with its region, and places one claim names together are one: "Odintsovo", "the Moscow region", "Moscow")
  const places = unionOfPlaces();
  for (const c of claims) {
    for (const p of c.places) places.add(p);
    for (const p of c.places.slice(1)) places.join(c.places[0]!, p);
  }
  const root = places.root;
  const launchAt = (c: ArticleClaim) => (c.metric === "launched" && c.value !== null && c.places.length > 0 ? root(c.places[0]!) : null);
  const sources = new Map<string, Set<string>>();
  const values = new Map<string, Set<number>>();
  for (const c of claims) {
    const at = launchAt(c);
    if (at === null) continue;
    entryOf(sources, at, () => new Set()).add(sourceOf(c.article_id));
    entryOf(values, at, () => new Set()).add(c.value!);
  }
  const regions = [...sources].filter(([, s]) => s.size >= SOURCES_MIN).map(([at]) => at);
  if (regions.length < 2) return null;
  // (the same count at two regions, or a region with two, is one wave told from different ends)
  const told = regions.flatMap((at) => [...values.get(at)!]);
  if (new Set(told).size !== told.length || regions.some((at) => values.get(at)!.size > 1)) return null;
  const launchedAt = new Map(regions.map((at) => [at, [...values.get(at)!][0]!]));
  const valueOf = new Map([...launchedAt].map(([at, n]) => [n, at]));
  const own = (c: ArticleClaim): string | null => {
    const at = c.places.length > 0 ? root(c.places[0]!) : null;
    if (at !== null && regions.includes(at)) return at;
    return c.metric === "launched" && c.value !== null ? (valueOf.get(c.value) ?? null) : null;
  };
  const byArticle = new Map<string, ArticleClaim[]>();
  for (const c of claims) entryOf(byArticle, c.article_id, () => []).push(c);
  const mostTold = regions.sort((a, b) => sources.get(b)!.size - sources.get(a)!.size || (a < b ? -1 : 1))[0]!;
  // (a figure with no region of its own follows the nearest launch count of its report)
  const regionOf = nearestTold(byArticle.values(), own, mostTold);
  // (but a count of weapons larger than its region's launch count is none of that region's: the night's total, "destroyed 28
  // drones" before "three attacked Moscow" and "25 attacked Crimea", stays with the night)
  for (const [c, at] of regionOf) if (NIGHT_COUNTS.has(c.metric) && c.value !== null && c.value > launchedAt.get(at)!) regionOf.delete(c);
  return regionOf;
}
