import { matchCue, pastAuxiliaries } from "./cues.ts";
import { WEAPON_CUES } from "./lexicon.ts";
import type { Token } from "./tokens.ts";
import { PAST_BE_OR_BEEN } from "./auxiliaries.ts";

// how long an aside about the weapon may run between its commas
const REACH = 14;

/**
 * Past an aside that says what the weapon is, set off by commas between it and what it did: "A Kh-22, a heavy anti-ship
 * missile which Ukraine has no means of intercepting, struck a nine-storey block", "A Kh-22 anti-ship missile, a type Ukraine
 * could not intercept, destroyed an entrance of a nine-storey apartment block". `from` itself when no such aside is there,
 * when it holds a count ("a missile, one of 40 fired, …"), or when no verb of striking or destroying follows it (the
 * aside's own words, "intercept", are no verb of the weapon's).
 */
export function pastWeaponAppositive(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.norm !== "," || !/^(?:a|an)$/.test(tokens[from + 1]?.norm ?? "")) return from;
  for (let j = from + 2; j <= from + REACH && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === "number") return from;
    if (t.norm !== ",") {
      if (t.kind === "punct" && t.norm !== "-") return from;
      continue;
    }
    const k = pastAuxiliaries(tokens, j + 1);
    const cue = matchCue(tokens, k, WEAPON_CUES);
    return cue && (cue.metric === "hit" || cue.words[0] === "destroyed") && !PAST_BE_OR_BEEN.test(tokens[k - 1]?.norm ?? "") ? j + 1 : from;
  }
  return from;
}
