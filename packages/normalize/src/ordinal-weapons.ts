import type { Metric, Weapon } from "@salvo/core";
import { FATE_PARTICIPLE, combined, matchCue, pastAuxiliaries, singularPassive } from "./cues.ts";
import { type Cue, INTERCEPTIONS, ORDINAL_WORDS, WEAPON_CUES, WEAPON_NOUNS } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

/**
 * One weapon told by its place in a series: "Two drones were shot down, and a third was jammed", "The third UAV was suppressed
 * by electronic warfare means", "one of them hit the fuel tank, and the second was shot down". The annotation counts it as one
 * of what befell it, as it counts "a drone was jammed"; an ordinal of anything else counts nothing ("the second wave", "the
 * third attack this week", "for the third night in a row", "the second-largest").
 */

// ("first" names no count of its own: the one a series starts with is told again by what follows)
const ORDINAL = new RegExp(`^(?:${ORDINAL_WORDS})$`);

// what a noun-less ordinal's clause opens after: "…, while a third was jammed", "and the second was shot down"
// (not a share's hedge: "about a third was shot down", "only a third" are fractions)
const CLAUSE_OPENER = /^(?:,|;|and|while|whereas|but|that|["“])$/;

/**
 * The singular weapon noun that the ordinal at `at` opens, past a word or two of its phrase ("a second incoming missile",
 * "the third Ukrainian UAV"): its index, or -1 when the ordinal names something else ("the second wave of drones").
 */
function weaponNounAfter(tokens: readonly Token[], at: number): number {
  for (let j = at + 1; j <= at + 3; j++) {
    const t = tokens[j];
    if (t?.kind !== "word") return -1;
    const weapon = WEAPON_NOUNS.get(t.norm);
    if (weapon) return weapon !== "mixed" && !/s$/.test(t.norm) ? j : -1;
    if (t.norm === "of") return -1;
  }
  return -1;
}

/**
 * Whether "a"/"the" at `i` opens an ordinal that tells one weapon: its noun follows ("The third UAV …"), or, with no noun, its
 * clause goes on at once with a singular passive or an aside ("a third was jammed", "a third, jammed by electronic warfare,
 * crashed …"). What befell it is read by `ordinalFate`.
 */
export function opensOrdinalWeapon(tokens: readonly Token[], i: number): boolean {
  const opener = tokens[i]?.norm;
  if ((opener !== "a" && opener !== "the") || !ORDINAL.test(tokens[i + 1]?.norm ?? "")) return false;
  if (weaponNounAfter(tokens, i + 1) >= 0) return true;
  const opens = i === 0 || CLAUSE_OPENER.test(tokens[i - 1]!.norm);
  return opens && (singularPassive(tokens, i + 2) || tokens[i + 2]?.norm === ",");
}

/**
 * What befell the weapon an ordinal quantity (`first`..`last`, from `opensOrdinalWeapon`) tells, when it was intercepted:
 * its metric, weapon (its own noun, else `counted`, the weapon of the count before it) and the index its phrase ends at.
 * Null for any other deed: "A second missile hit an industrial site" is the second strike of a series whose count the
 * annotation takes from the figures, not one more hit; "the fifth was hit and deviated from its course".
 */
export function ordinalFate(tokens: readonly Token[], first: number, last: number, counted: Weapon | null): { metric: Metric; weapon: Weapon; end: number } | null {
  const noun = weaponNounAfter(tokens, last);
  const weapon = noun >= 0 ? WEAPON_NOUNS.get(tokens[noun]!.norm)! : counted;
  if (!weapon) return null;
  const end = noun >= 0 ? noun : last;
  let at = -1;
  let cue: Cue | null = null;
  if (singularPassive(tokens, end + 1)) {
    at = pastAuxiliaries(tokens, end + 1);
    cue = matchCue(tokens, at, WEAPON_CUES);
  } else if (tokens[end + 1]?.norm === ",") {
    at = end + 2;
    cue = matchCue(tokens, at, WEAPON_CUES);
    // (a participle in an aside, "a third, jammed by electronic warfare, crashed …", not a verb of its own)
    if (cue && !FATE_PARTICIPLE.test(cue.words[0]!)) cue = null;
  }
  if (!cue) return null;
  const metric = combined(tokens, at, cue);
  if (!INTERCEPTIONS.has(metric)) return null;
  return { metric, weapon, end: at + cue.words.length - 1 };
}
