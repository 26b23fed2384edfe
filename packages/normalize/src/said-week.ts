import { addDays } from "@salvo/core";
import type { TimeRef } from "./dates.ts";
import { REPORT_VERBS } from "./lexicon.ts";

/**
 * A week's count given on a day the sentence names: the seven days to that day, not to the report's. Weekly totals are told
 * from the day they were given ("Zelensky said on 24 March that Russia had used almost 190 missiles … in a single week",
 * "On 24 March, Zelensky had said that in that week alone …"), and a later piece that retells them still means that week.
 * Not a day the attack is told by ("Russia launched 40 drones on Monday, the most in a single week"): only a day a verb of
 * saying names.
 */
// (a week counted back in so many words, "over the past week", is read against the day it was said where that day is the
// report's: see extract.ts's reportedOn)
const WEEK_BACK = /\b(?:in\s+a\s+single\s+week|in\s+that\s+week\s+alone)\b/gi;
const SAID = String.raw`(?:${REPORT_VERBS.join("|")}|told\s+\S+(?:\s+in\s+\S+)?)`;
// ("said on 24 March", "told reporters in Kyiv on 24 March": the words just before the day)
const SAID_ON = new RegExp(String.raw`\b${SAID}\s+on\s+$`, "i");
// ("On 24 March, Zelensky had said that", "On 24 March, the president said", "…, Ukraine's president said": the saying right
// after the day, its speaker a name or a noun phrase)
const SAID_NEXT = new RegExp(
  String.raw`^\s*,\s+(?:(?:(?:the|a|an)\s+|\p{Lu}\p{L}*['’]s\s+)(?:\p{L}[\p{L}-]*\s+){1,3}?|(?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:had\s+|has\s+)?${SAID}\b`,
  "u",
);

const toldOnDay = (sentence: string, r: TimeRef): boolean =>
  SAID_ON.test(sentence.slice(Math.max(0, r.at - 40), r.at) + (/^on\s/i.test(r.text) ? "on " : "")) || SAID_NEXT.test(sentence.slice(r.at + r.text.length));

export function weekToSaidDay(sentence: string, refs: TimeRef[]): TimeRef[] {
  if (!/week/i.test(sentence)) return refs;
  let out = refs;
  for (const m of sentence.matchAll(WEEK_BACK)) {
    const day = out.filter((r) => r.at < m.index && r.precision === "day" && !r.relative && r.start !== null && r.start === r.end).at(-1);
    if (!day || !toldOnDay(sentence, day)) continue;
    const week: TimeRef = { at: m.index, text: m[0], start: addDays(day.start!, -6), end: day.start, precision: "week" };
    const own = out.find((r) => r.at === m.index);
    out = own ? out.map((r) => (r === own ? week : r)) : [...out, week].sort((a, b) => a.at - b.at);
  }
  return out;
}
