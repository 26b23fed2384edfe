import { matchCue } from "./cues.ts";
import { CLAUSE_BREAK, WEAPON_CUES, WEAPON_NOUNS } from "./lexicon.ts";
import { isCount } from "./quantities.ts";
import type { RawFigure } from "./figures.ts";
import type { Token } from "./tokens.ts";

/**
 * "The third UAV was suppressed by electronic warfare means and, having lost control, crashed into a non-residential
 * building", "two more had been suppressed by electronic warfare and crashed into the Moscow City business district": the
 * weapons jammed went on to strike what they crashed into, so the annotation counts them twice, jammed and hit.
 * (not "jammed and crashed" with nothing struck, "crashed into the sea", "crashed in a field"; nor another weapon's crash told
 * in the same breath, "a drone was jammed, and another crashed into a house"; nor a shot-down weapon's fall, which is debris)
 */

// the verbs of a weapon coming down on what it struck (the hit cues of WEAPON_CUES that tell a crash, not "reached"), or
// striking it outright: "a third was suppressed by electronic warfare and hit the IQ-Quarter tower"
const CRASH = /^(?:crashed|smashed|slammed|ploughed|plowed|fell|hit|struck)$/;
// what the jammed weapons did to what they struck, told by a participle after the fate: "two more were suppressed by
// electronic warfare, damaging the facades of office towers"
const DAMAGING = /^(?:damaging|hitting|striking|crashing|smashing|slamming)$/;
// what a crash may land in without striking anything (or "hit nothing")
const OFF_TARGET = /^(?:nothing|sea|water|river|lake|reservoir|field|fields|forest|woods|ground|swamp|marsh)$/;
// the words that may come between the fate and the crash: "means", "and", ", having lost control,", "lost control and", "then"
const BETWEEN = /^(?:,|and|means|systems?|having|lost|control|then|subsequently|later|eventually|by|electronic|warfare|the|of|its|[–—-])$/;

/** The figures of a sentence, with a hit of the same count after each jamming whose weapons then crashed into something. */
export function withJammedCrashes(tokens: readonly Token[], figures: readonly RawFigure[]): RawFigure[] {
  return figures.flatMap((f) => (f.metric === "jammed" && f.weapon !== null && !f.part && jammedThenCrashed(tokens, f.first) ? [f, { ...f, metric: "hit" as const }] : [f]));
}

/** Whether the weapons counted at `first` were jammed and then, in the same clause, crashed into something. */
function jammedThenCrashed(tokens: readonly Token[], first: number): boolean {
  for (let i = first + 1; i < Math.min(tokens.length, first + 12); i++) {
    const cue = matchCue(tokens, i, WEAPON_CUES);
    if (cue) return cue.metric === "jammed" && crashAfter(tokens, i + cue.words.length - 1) >= 0;
    if (CLAUSE_BREAK.has(tokens[i]!.norm)) return false;
  }
  return false;
}

/** The index of the crash verb that tells, after the jamming that ends at `fateEnd`, what the same weapons struck; -1 if none. */
function crashAfter(tokens: readonly Token[], fateEnd: number): number {
  for (let j = fateEnd + 1; j < Math.min(tokens.length, fateEnd + 10); j++) {
    const t = tokens[j]!;
    if (DAMAGING.test(t.norm) && tokens[j - 1]?.norm === "," && !tokens.slice(j + 1, j + 5).some((x) => OFF_TARGET.test(x.norm))) return j;
    if (CRASH.test(t.norm)) {
      const cue = matchCue(tokens, j, WEAPON_CUES);
      if (cue?.metric !== "hit" && !/^(?:into|onto|on)$/.test(tokens[j + 1]?.norm ?? "")) return -1;
      const object = tokens.slice(j + 1, j + 5).map((x) => x.norm);
      return /^(?:and|,)$/.test(tokens[j - 1]?.norm ?? "") && !object.some((w) => OFF_TARGET.test(w)) ? j : -1;
    }
    if (CLAUSE_BREAK.has(t.norm) || isCount(t) || WEAPON_NOUNS.has(t.norm) || !BETWEEN.test(t.norm)) return -1;
  }
  return -1;
}
