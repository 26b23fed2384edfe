import { type Side, addDays } from "@salvo/core";
import type { Context } from "./attack-dates.ts";
import type { TimeRef } from "./dates.ts";

// a toll told as it grew, with the strike named between ("The death toll from Russia's largest air attack on Ukraine rose to
// seven", "The number of people killed by Russia's missile strike on a military institute in Poltava has risen to 55", "toll
// … climbs to 38"); TOLL_RISE (attack-dates.ts) allows a shorter gap and no "reached"
const TOLL_UPDATED = /\b(?:toll|number\s+of\s+(?:people\s+)?(?:dead|deaths|killed|injured|wounded|victims))\b[^.;]{0,100}?\b(?:grew|grown|rose|risen|rises|increased|climbed|climbs|reached|reaches|jumped)\s+to\b/i;

/**
 * The day a toll update was given, when its sentence tells the toll as it grew and names no day of the strike itself: "The
 * death toll from Russia's missile strike on a military institute in Poltava rose to 51 on Wednesday", "Ukraine held a day of
 * mourning on Tuesday as the death toll from Russia's daytime missile barrage rose to 38". (`refs` are the day and night the
 * sentence could date the attack by; `reportRefs` when things were said.)
 */
export function updateDay(text: string, refs: readonly TimeRef[], reportRefs: readonly TimeRef[]): string | null {
  if (!TOLL_UPDATED.test(text)) return null;
  return [...refs, ...reportRefs].find((r) => r.precision === "day" && r.start && !r.relative)?.start ?? null;
}

/** A toll update that opened the article's telling of its strikes, waiting for the strike the next sentences date. */
export interface OpeningUpdate {
  claim: number;
  sentence: number;
  paragraph: number;
  attacker: Side;
  day: string;
}

/** A strike a sentence dated: what its paragraph's undated figures took over after it. */
export interface StrikeTold {
  sentence: number;
  paragraph: number;
  context: Context;
}

/**
 * The strike an opening toll update counts, when the article dates it only in the sentences after it (within the next
 * paragraph): "Ukraine held a day of mourning on Tuesday as the death toll from Russia's daytime missile barrage rose to 38. /
 * The missiles reached Kyiv at about 10am local time on Monday" is Monday's strike; "The death toll from Russia's largest air
 * attack on Ukraine rose to seven on Tuesday … / The Monday barrage began overnight" is the night into Monday. A toll grows
 * after its strike, so the strike ended by the day of the update, at most three days before; a strike told after the update
 * day ("Russia struck again overnight into Wednesday") is another. With none so told, the update keeps its fallback.
 */
export function strikeToldNext(update: OpeningUpdate, told: readonly StrikeTold[]): Context | null {
  const earliest = addDays(update.day, -3);
  return (
    told.find(
      (t) => t.sentence > update.sentence && t.paragraph <= update.paragraph + 1 && t.context.attacker === update.attacker && t.context.end !== null && t.context.end <= update.day && t.context.end >= earliest,
    )?.context ?? null
  );
}

/** The last toll of each metric the article told of a strike, by attacker, and by attacker and place (see tollGrownFrom). */
export type TollsSoFar = Map<string, { context: Context; value: number }>;

const tollKeys = (attacker: Side, metric: string, places: ReadonlyArray<{ name: string }>): string[] => [`${attacker}|${metric}`, ...places.map((p) => `${attacker}|${metric}|${p.name}`)];

/** Remembers a strike's toll (not an attack recalled, nor one with no date) for the updates told after it. */
export function noteToll(tolls: TollsSoFar, attacker: Side, metric: string, value: number | null, places: ReadonlyArray<{ name: string }>, context: Context): void {
  if (value === null || context.end === null) return;
  for (const key of tollKeys(attacker, metric, places)) tolls.set(key, { context, value });
}

/**
 * The strike whose toll a sentence says grew, when it dates nothing itself: the last strike the article told a toll of that
 * kind for (at the place the sentence names, if it names one), when the new toll is no smaller. "20:40 Pronin: 47 people
 * killed, 206 injured. / WEDNESDAY, 4 SEPTEMBER / 07:55 … overnight in the region, air defence forces destroyed three Shahed
 * drones. No damage. / 11:30 … The toll has risen to 51 dead and 271 injured" is Tuesday's strike, not the night told last;
 * "the number of injured in Dnipro has risen to seven" is Dnipro's "one person was killed and five injured", not Kryvyi Rih's
 * 47 injured told since. (Not a toll that fell, "the toll was revised down to 12", nor one with no toll told before.)
 */
export function tollGrownFrom(tolls: TollsSoFar, attacker: Side, metric: string, value: number | null, places: ReadonlyArray<{ name: string }>): Context | null {
  if (value === null) return null;
  const keys = tollKeys(attacker, metric, places);
  const last = places.length > 0 ? keys.slice(1).map((k) => tolls.get(k)).find((t) => t !== undefined) : tolls.get(keys[0]!);
  return last && last.value <= value ? last.context : null;
}
