import { matchCue, pastAuxiliaries } from "./cues.ts";
import { CLAUSE_BREAK, WEAPON_CUES } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

// a participle that tells where a weapon came from or how it flew, set between it and what it did: "a missile fired from an
// S-400 air defence system hit a courtyard", "a Kalibr cruise missile launched from the sea had hit the building", "an
// intermediate-range ballistic missile travelling at around 13,000 km an hour hit an infrastructure site"
const FLIGHT_PARTICIPLE = /^(?:launched|fired|travelling|traveling|flying)$/;
// how far the participle's phrase may run before the verb
const REACH = 10;

/**
 * Past the participle phrase at `from` to the verb of striking that follows it ("had hit", "struck"), so that the weapon
 * before the phrase is the verb's subject; `from` itself when no such phrase is there, or when the phrase ends in anything
 * but a strike: a clause break ("a missile launched from Crimea, which …"), a coordination ("fired at Kyiv and Odesa"),
 * another verb ("a drone launched from Kursk was shot down" keeps its reading as a launch there).
 */
export function pastStrikerParticiple(tokens: readonly Token[], from: number): number {
  if (!FLIGHT_PARTICIPLE.test(tokens[from]?.norm ?? "")) return from;
  for (let j = from + 1; j <= from + REACH && j < tokens.length; j++) {
    const t = tokens[j]!;
    // (a number's own comma is inside its token: "13,000 km"; one standing alone ends the phrase)
    if ((t.kind === "punct" && t.norm !== "-") || t.norm === "and" || t.norm === "that" || CLAUSE_BREAK.has(t.norm)) return from;
    const k = pastAuxiliaries(tokens, j);
    const cue = matchCue(tokens, k, WEAPON_CUES);
    if (cue) return cue.metric === "hit" && (k === j || /^(?:had|has)$/.test(t.norm)) ? j : from;
  }
  return from;
}
