import { matchCue } from "./cues.ts";
import { CLAUSE_BREAK, OPEN_GROUND, WEAPON_CUES, WEAPON_NOUNS } from "./lexicon.ts";
import { isCount } from "./quantities.ts";
import type { RawFigure } from "./figures.ts";
import { normsOf, type Token } from "./tokens.ts";

/**
 * "The third UAV was suppressed by electronic warfare means and, having lost control, crashed into a non-residential
 * building", "two more had been suppressed by electronic warfare and crashed into the Moscow City business district": the
 * weapons jammed went on to strike what they crashed into, so the annotation counts them twice, jammed and hit.
 * (not "jammed and crashed" with nothing struck, "crashed into the sea", "crashed in a field", "crashing near the village",
 * "hit no one", "struck no buildings"; nor another weapon's crash told in the same breath, "a drone was jammed, and another crashed into a house"; nor a shot-down weapon's fall, which is debris)
 */

// the verbs of a weapon coming down on what it struck (the hit cues of WEAPON_CUES that tell a crash, not "reached"), or
// striking it outright: "a third was suppressed by electronic warfare and hit the IQ-Quarter tower"
const CRASH = /^(?:crashed|smashed|slammed|ploughed|plowed|fell|hit|struck)$/;
// what the jammed weapons did to what they struck, told by a participle after the fate: "two more were suppressed by
// electronic warfare, damaging the facades of office towers"
const DAMAGING = /^(?:damaging|hitting|striking|crashing|smashing|slamming)$/;
// a crash that lands on something only when told with what it landed on: "crashing into a house", not "crashing near the village"
const LANDING = /^(?:crashed|smashed|slammed|crashing|smashing|slamming)$/;
// what a crash landed on when it struck nothing: "hit nothing", "struck no buildings", "hitting no one", "crashed into the ground"
const NOTHING_STRUCK = /^(?:(?:no|nothing|nobody|none)\b|the ground(?! floor))/;
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
    if (DAMAGING.test(t.norm) && tokens[j - 1]?.norm === ",") return struckSomething(tokens, j) ? j : -1;
    if (CRASH.test(t.norm)) {
      const cue = matchCue(tokens, j, WEAPON_CUES);
      if (cue?.metric !== "hit" && !ONTO.test(tokens[j + 1]?.norm ?? "")) return -1;
      return /^(?:and|,)$/.test(tokens[j - 1]?.norm ?? "") && struckSomething(tokens, j) ? j : -1;
    }
    if (CLAUSE_BREAK.has(t.norm) || isCount(t) || WEAPON_NOUNS.has(t.norm) || !BETWEEN.test(t.norm)) return -1;
  }
  return -1;
}

const ONTO = /^(?:into|onto|on)$/;
/** Whether the crash or strike verb at `verb` names a thing it landed on, not open ground, nothing, or no one. */
function struckSomething(tokens: readonly Token[], verb: number): boolean {
  const landing = LANDING.test(tokens[verb]!.norm);
  if (landing && !ONTO.test(tokens[verb + 1]?.norm ?? "")) return false;
  const from = landing ? verb + 2 : verb + 1;
  return !NOTHING_STRUCK.test(normsOf(tokens, from, from + 3)) && !OPEN_GROUND.test(normsOf(tokens, from, from + 4));
}
