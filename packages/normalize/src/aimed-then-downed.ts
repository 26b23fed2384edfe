import { matchCue, pastAuxiliaries } from "./cues.ts";
import { type Cue, INTERCEPTIONS, WEAPON_CUES } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

/**
 * "all 31 missiles aimed at Kyiv were shot down", "all 10 of the Kinzhal missiles aimed at the capital had been shot down":
 * a count told as the subject of its fate, through the target it was aimed at, is what was downed. The annotation gives no
 * launch of it, where it does for "all 18 missiles fired at Kyiv were shot down" (a verb of firing) and for "destroyed all 15
 * cruise missiles … aimed at Kyiv region" (the count an object, told as every one that came).
 */

// the participles that tell where weapons were meant to go rather than that they were fired
const AIMED = /^(?:aimed|directed|targeting|targeted|heading|headed|flying)$/;
// how far the target's phrase may run before the verb of the fate
const REACH = 12;

/** Whether the launch cue `cue` at `at` is such a participle, and its clause goes on to a passive fate of its subject. */
export function aimedThenDowned(tokens: readonly Token[], at: number, cue: Cue): boolean {
  if (!AIMED.test(cue.words[0] ?? "")) return false;
  const from = at + cue.words.length;
  for (let k = from; k < Math.min(tokens.length, from + REACH); k++) {
    const t = tokens[k]!.norm;
    // (not past a clause break: "aimed at Kyiv, and 20 others were shot down")
    if (/^[,;:.]$/.test(t)) return false;
    if (!/^(?:were|had|have)$/.test(t)) continue;
    const fate = matchCue(tokens, pastAuxiliaries(tokens, k), WEAPON_CUES);
    return fate !== null && INTERCEPTIONS.has(fate.metric);
  }
  return false;
}
