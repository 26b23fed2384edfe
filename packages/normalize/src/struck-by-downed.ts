import { combined, matchCue, pastAuxiliaries } from "./cues.ts";
import { INTERCEPTIONS, WEAPON_CUES } from "./lexicon.ts";
import { isCount } from "./quantities.ts";
import type { Token } from "./tokens.ts";
import { BE_OR_BEEN_BEING } from "./auxiliaries.ts";

/**
 * "Kharkiv was hit by 12 drones overnight, eight of which were shot down": a place said to be struck by a count of weapons,
 * a part of which the same sentence then has intercepted, was attacked by them; not all of them struck (as "struck Kharkiv
 * with 17 drones, 12 of which were shot down" is read). `from` is the index right past the count's noun phrase.
 */
export function partDownedAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (within the count's own sentence part: a new clause of its own ends the search)
    if (t.norm === ";" || t.norm === "." || t.norm === ":") return false;
    if (!isCount(t) || tokens[k + 1]?.norm !== "of" || !/^(?:which|them)$/.test(tokens[k + 2]?.norm ?? "")) continue;
    const at = pastAuxiliaries(tokens, k + 3);
    const cue = matchCue(tokens, at, WEAPON_CUES);
    return cue !== null && at > k + 3 && INTERCEPTIONS.has(combined(tokens, at, cue));
  }
  return false;
}

/** Whether the hit cue ending right before "by" at `by` is a passive: "was hit by", "had been struck by". */
export const passiveHitBy = (tokens: readonly Token[], by: number): boolean =>
  tokens[by]?.norm === "by" && /^(?:hit|struck)$/.test(tokens[by - 1]?.norm ?? "") && BE_OR_BEEN_BEING.test(tokens[by - 2]?.norm ?? "");
