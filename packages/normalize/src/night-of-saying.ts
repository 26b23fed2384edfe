import { addDays } from "@salvo/core";
import { bareNight, comparedNight, type TimeRef } from "./dates.ts";

// a span counted back from when it was said, as a ministry's or governor's morning summary counts it
const COUNTED_BACK = /^(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?:24\s+hours|night)$/i;

/**
 * A night told from the day a source spoke is the night that ended that day: "Russia's Defence Ministry said on Friday that
 * air defences had destroyed 18 Ukrainian drones overnight" (in Friday's paper whose lead told of the night into Thursday),
 * "said on Saturday that … 11 drones … in the previous 24 hours", "The night before, Russia had sent 16 drones …, the air force
 * said on Tuesday morning". Marked as a night its day names, so no night told earlier in the article stands for it. Not a night
 * named only to compare ("… 30 drones overnight, after 50 the previous night"), nor where the sentence names another night.
 */
export function nightOfSaying(refs: readonly TimeRef[], saidOn: string | null | undefined, sentence: string): TimeRef[] {
  if (!saidOn) return [...refs];
  const nights = refs.filter((r) => r.precision === "night");
  return refs.map((r) => {
    const countedBack = !r.relative && (bareNight(r) || COUNTED_BACK.test(r.text));
    const nightBefore = r.relative === "previous-night" && nights.length === 1 && !comparedNight(sentence, r);
    if (!countedBack && !nightBefore) return r;
    const { relative: _relative, ...own } = r;
    return { ...own, start: addDays(saidOn, -1), end: saidOn, precision: "night", dayNamed: true };
  });
}
