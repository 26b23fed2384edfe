import { matchCue, pastAuxiliaries } from "./cues.ts";
import { WEAPON_CUES } from "./lexicon.ts";
import type { Token } from "./tokens.ts";
import { BE_OR_BEEN_BE } from "./auxiliaries.ts";

/**
 * Past the relative pronoun of a clause whose subject is the weapon before it, to the verb of striking: "the fire was caused
 * by a drone that hit a fuel tank", "started by a drone which had struck the tank", so that the weapon is the verb's subject.
 * `from` itself when no such clause is there: one set off by a comma (an aside about the weapon, "a missile, which …"), one
 * whose subject is another ("the school that a drone hit"), or one that tells another fate ("a drone that was shot down").
 */
export function pastStrikerRelative(tokens: readonly Token[], from: number): number {
  if (!/^(?:that|which)$/.test(tokens[from]?.norm ?? "")) return from;
  const k = pastAuxiliaries(tokens, from + 1);
  // (an active verb only, "that hit", "that had struck": not "that was hit", which names what was struck)
  if (tokens.slice(from + 1, k).some((t) => BE_OR_BEEN_BE.test(t.norm))) return from;
  const cue = matchCue(tokens, k, WEAPON_CUES);
  if (cue?.metric !== "hit" || GOT_THROUGH.test(cue.words[0]!)) return from;
  // (a strike told in the past only: "A drone that hits the plant could cause a catastrophe" tells what one would do)
  if (/s$/.test(cue.words[0]!)) return from;
  // (a thing struck, not a kind told in general, "A drone that got through and hit something does not appear in the count",
  // nor none, "a drone that hit nobody", "that struck no objects")
  return /^(?:something|anything|nothing|nobody|none|no)$/.test(tokens[k + cue.words.length]?.norm ?? "") ? from : from + 1;
}
// what tells only that the weapon got past the defences, which a clause about one drone tells of the kind as often as of one
const GOT_THROUGH = /^(?:got|reached|broke|made|slipped|evaded)$/;
