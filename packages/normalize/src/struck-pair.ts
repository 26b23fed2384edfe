import { PAST_PASSIVE, wordOf } from "./auxiliaries.ts";
import { matchCue } from "./cues.ts";
import { WEAPON_CUES } from "./lexicon.ts";
import type { Quantity } from "./quantities.ts";
import type { Token } from "./tokens.ts";

// what sets the partner apart from "one": ", the other …", "and the second one – …", "; the other …"
const PARTNER_OPENS = /^(?:,|and|;|while|whereas|–|—|-)$/;
const PARTNER = /^(?:other|second)$/;
// what the partner's own words may open with before its verb: "the other was shot down", "the second had been jammed", "the
// other one – …"
const AUXILIARY = wordOf(PAST_PASSIVE, ["one", "–", "—", "-"]);

/**
 * "One missile struck a nine-storey residential building, the other an educational institution", "One of them hit a dormitory
 * …, and the other struck the Taneco refining complex", "One hit a residential high-rise, the second an educational
 * institution": the pair told before, each of its weapons by where it fell. The pair's count is the hit; the "one" is
 * each weapon's share of it, no count of its own (as "the other" is none).
 * (but not when the partner met another fate: "one hit the substation, the other was shot down" leaves one that struck)
 */
export function oneOfStruckPair(tokens: readonly Token[], q: Quantity, verbEnd: number): boolean {
  if (q.value !== 1 || tokens[q.first]?.norm !== "one") return false;
  for (let i = verbEnd + 1; i < tokens.length - 2 && !/^[.!?]$/.test(tokens[i]!.norm); i++) {
    if (!PARTNER_OPENS.test(tokens[i]!.norm) || tokens[i + 1]?.norm !== "the" || !PARTNER.test(tokens[i + 2]?.norm ?? "")) continue;
    let k = i + 3;
    while (k < i + 7 && AUXILIARY.test(tokens[k]?.norm ?? "")) k++;
    const fate = matchCue(tokens, k, WEAPON_CUES);
    return fate === null || fate.metric === "hit";
  }
  return false;
}
