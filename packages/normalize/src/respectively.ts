import { combined, matchCue } from "./cues.ts";
import type { RawFigure } from "./figures.ts";
import { type Cue, WEAPON_CUES } from "./lexicon.ts";
import type { Quantity } from "./quantities.ts";
import type { Token } from "./tokens.ts";

/**
 * "40 cruise missiles and 35 drones, with 37 and 29 destroyed respectively", "55 missiles and 21 drones; 39 and 20 destroyed
 * respectively": two bare counts that share a fate, matched by position with the two counts of different weapons told just
 * before them. The figures of `q` and the count after it, or null when the sentence does not say "respectively" of them.
 */
export function respectiveFates(tokens: readonly Token[], q: Quantity, next: Quantity | undefined, figures: readonly RawFigure[]): [RawFigure, RawFigure] | null {
  if (!next || tokens[q.last + 1]?.norm !== "and" || next.first !== q.last + 2 || q.value === null || next.value === null) return null;
  // (the fate right after the second count, "respectively" right after the fate)
  let at = -1;
  let cue: Cue | null = null;
  for (let k = next.last + 1; k <= next.last + 3 && !cue; k++) {
    cue = matchCue(tokens, k, WEAPON_CUES);
    at = k;
  }
  if (!cue) return null;
  const end = at + cue.words.length - 1;
  if (tokens[end + 1]?.norm !== "respectively") return null;
  // (the two counts before, of two weapons, each at least what befell it: "40 cruise missiles and 35 drones")
  const [a, b] = figures.filter((f) => f.weapon !== null && f.weapon !== "mixed").slice(-2);
  if (!a || !b || a.weapon === b.weapon || a.value === null || b.value === null || q.value > a.value || next.value > b.value) return null;
  const metric = combined(tokens, at, cue);
  const of = (x: Quantity, weapon: RawFigure["weapon"]): RawFigure => ({
    metric, weapon, value: x.value, valueStart: tokens[x.first]!.start, valueEnd: tokens[x.last]!.end, qualifier: x.qualifier, first: x.first, last: end, nationality: null, part: false,
  });
  return [of(q, a.weapon), of(next, b.weapon)];
}
