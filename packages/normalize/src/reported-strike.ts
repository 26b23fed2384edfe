import { addDays } from "@salvo/core";
import { type Context, EARLIER, isDaytime } from "./attack-dates.ts";
import type { TimeRef } from "./dates.ts";

// the sentence opens with the day: "On Friday, …"
const OPENS_WITH_DAY = /^\W*(?:on\s+)?$/i;
// a source's saying, then a strike it tells as done before the saying: "the Russian Defence Ministry said the Armed Forces … had
// carried out a massive strike", "Kyiv said Russia had launched …"
// (not a war or a campaign launched, "Zelensky said Russia had launched the war to destroy Ukraine", nor a deed told as a
// habit, "… had attacked energy facilities throughout the winter": no strike of that day)
const SAID_HAD_STRUCK =
  /\b(?:said|reported|announced|claimed|stated|confirmed)\b[^.;]{0,120}?\bhad\s+(?:carried\s+out|launched|fired|struck|attacked|hit|shelled|bombed|targeted)\b(?!\s+(?:the|a|an|its|their)\s+(?:full-scale\s+|large-scale\s+)?(?:war|invasion|offensive|campaign)\b)/i;
const HABITUAL = /\b(?:throughout|repeatedly|every\s+(?:night|day)|in\s+recent\s+(?:days|weeks|months)|for\s+(?:weeks|months))\b/i;

/**
 * "On Friday, the Russian Defence Ministry said the Armed Forces … had carried out a massive strike …" with no figure: the
 * strike a source told on the day the sentence opens with, done before it said so, is the night that ended that day, as a
 * count told so is (or that day, when its words put it in daylight). The undated tolls told after it, "The Kiev regime claimed
 * that the strike hit a residential building in Uman, and that 23 people died there", are that strike's, not the article's night.
 * (not a sentence that only tells the saying, "On Friday, Zelensky said the attacks must stop", nor one about an earlier attack)
 */
export function strikeOnReportDay(text: string, reportRefs: readonly TimeRef[]): Pick<Context, "start" | "end" | "precision"> | null {
  const r = reportRefs.find((x) => !x.relative && x.start && x.precision === "day");
  if (!r?.start || !OPENS_WITH_DAY.test(text.slice(0, r.at)) || EARLIER.test(text)) return null;
  const told = text.slice(r.at + r.text.length);
  if (!SAID_HAD_STRUCK.test(told) || HABITUAL.test(told)) return null;
  return isDaytime(text) ? { start: r.start, end: r.start, precision: "day" } : { start: addDays(r.start, -1), end: r.start, precision: "night" };
}
