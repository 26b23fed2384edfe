import type { Metric } from "@salvo/core";
import { combined, matchCue } from "./cues.ts";
import { INTERCEPTIONS, WEAPON_CUES } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

/**
 * "said all 39 launched on the night of Jan. 1 to 2 were also shot down", "all 18 fired at Kyiv were intercepted": a count with
 * no noun of its own, told as every weapon launched, with what befell them all. The weapons are those the text just named
 * ("45 Shaheds destroyed …, and all 39 launched …"); the launch itself is read where "all" opens a count of what was launched.
 */

// the participle that says the count is of what was launched: "all 39 launched", "all 18 fired", "all 12 used"
const LAUNCHED = /^(?:launched|fired|used|sent)$/;
// the words that deny "all": "not all", "never all", "hardly all", "nor all"
const NEGATION = /^(?:not|never|hardly|nor)$/;
// how far the participle's phrase of where and when may run before the main verb
const REACH = 14;

/**
 * What befell every weapon of the noun-less count `first`..`last` after "all", through the passive that ends its participle
 * phrase ("were also shot down", "had been destroyed"), or null: not without "all" (the count of those launched is then
 * not said to be every one), not past a clause break (", while 20 others were shot down"), not a fate of a target ("were hit"),
 * not when "all" is denied ("not all 39 launched … were shot down": some got through, and how many were downed is not said).
 */
export function allLaunchedFate(tokens: readonly Token[], first: number, last: number): Metric | null {
  if (tokens[first - 1]?.norm !== "all" || !LAUNCHED.test(tokens[last + 1]?.norm ?? "")) return null;
  if (NEGATION.test(tokens[first - 2]?.norm ?? "")) return null;
  for (let k = last + 2; k < Math.min(tokens.length, last + 2 + REACH); k++) {
    const t = tokens[k]!;
    if (/^[,;:]$/.test(t.norm) || t.norm === "all") return null;
    if (!/^(?:were|had|have)$/.test(t.norm)) continue;
    let j = k + 1;
    while (j < k + 4 && /^(?:been|also|all|reportedly|successfully)$/.test(tokens[j]?.norm ?? "")) j++;
    const cue = matchCue(tokens, j, WEAPON_CUES);
    if (!cue) return null;
    const metric = combined(tokens, j, cue);
    return INTERCEPTIONS.has(metric) ? metric : null;
  }
  return null;
}
