import { entryOf } from "./entry-of.ts";
import type { ArticleClaim } from "./extract.ts";
import { isStrikeKey, isToll, keyEnd } from "./strike-keys.ts";

type Keyed = { key: string; claim: ArticleClaim };

/** Reports that must give a toll for a stray landed abroad before an unplaced toll of that value is read as the stray's. */
const STRAY_SOURCES_MIN = 2;

/** A neighbour's landing keyed apart from the day's strikes on Ukraine (see `eventKey` and third-country.ts). */
const isAbroadKey = (k: string) => k.startsWith("strike|*|other|");

/**
 * A toll of a stray that came down in a neighbouring country, told by a report that never says where it fell: a village
 * paper's "Two men who worked at the local grain-drying facility were killed on Tuesday afternoon when a missile struck the
 * yard" is the Przewodów landing that other reports place "in the Polish village of Przewodów", not Russia's barrage on
 * Ukraine of that day, though nothing in its own sentence names Poland. Such a toll, with no place of its own, moves (with
 * the unplaced hit its sentence tells) to the landing of its day when STRAY_SOURCES_MIN reports give that landing the same
 * toll, unless a report of the strike on Ukraine it was keyed to gives that toll at a place there ("two people were killed
 * in Lviv"): then the value is Ukraine's too and stays. Returns the key each moved claim goes to.
 */
export function straysRetold(keyed: readonly Keyed[]): Map<ArticleClaim, string> {
  // the landing's tolls by day: `date|metric|value` → key → reports
  const abroad = new Map<string, Map<string, Set<string>>>();
  // tolls given at a place on Ukraine's side: `key|metric|value`
  const placedHome = new Set<string>();
  for (const { key, claim: c } of keyed) {
    if (!isToll(c.metric) || c.value === null || !isStrikeKey(key)) continue;
    if (isAbroadKey(key)) entryOf(entryOf(abroad, `${keyEnd(key)}|${c.metric}|${c.value}`, () => new Map()), key, () => new Set()).add(c.article_id);
    else if (c.places.length > 0) placedHome.add(`${key}|${c.metric}|${c.value}`);
  }
  const out = new Map<ArticleClaim, string>();
  if (abroad.size === 0) return out;
  const landingOf = (at: string): string | null => {
    let best: string | null = null;
    let most = 0;
    for (const [k, reports] of abroad.get(at) ?? []) if (reports.size > most) [best, most] = [k, reports.size];
    return most >= STRAY_SOURCES_MIN ? best : null;
  };
  const movedSentences = new Map<string, string>();
  for (const { key, claim: c } of keyed) {
    if (!isToll(c.metric) || c.value === null || c.places.length > 0 || !isStrikeKey(key) || isAbroadKey(key)) continue;
    if (placedHome.has(`${key}|${c.metric}|${c.value}`)) continue;
    const landing = landingOf(`${keyEnd(key)}|${c.metric}|${c.value}`);
    if (!landing) continue;
    out.set(c, landing);
    movedSentences.set(`${c.article_id}|${c.quote_start}|${key}`, landing);
  }
  // (the sentence's hit is the landing's too: "… were killed … when a missile struck the yard")
  for (const { key, claim: c } of keyed) {
    if (c.metric !== "hit" || c.places.length > 0) continue;
    const landing = movedSentences.get(`${c.article_id}|${c.quote_start}|${key}`);
    if (landing) out.set(c, landing);
  }
  return out;
}
