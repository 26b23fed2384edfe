import type { Weapon } from "@salvo/core";
import { leftCue } from "./cues.ts";
import { NOT_DONE, WEAPON_CUES } from "./lexicon.ts";
import type { Quantity } from "./quantities.ts";
import type { Token } from "./tokens.ts";

/**
 * "Ukraine has no means of shooting down the Kh-22, and Russia has fired more than 210 of them", "it is a year since the first
 * Shahed was downed, and Russia has launched more than 2,000 of them since", "On February 10, Russia fired 71 missiles …, and on
 * February 16 it launched 36 more": a bare count right after a verb of launching, of the weapon the sentence named before it
 * ("of them") or of the launch it counted before it ("more"). The count has no noun of its own, so without this it counts
 * nothing.
 */

// the verbs that tell a launch done (not "could launch", "plans to fire", nor "targeted", "aimed", which tell where); not "sent" or
// "used", which deliveries and resources share ("the service sent 12 of them to the blaze", "after Germany sent three of them")
const LAUNCH_VERBS = /^(?:fired|launched)$/;
// what may end a bare "N more": the clause's end
const CLAUSE_END = new Set([".", ";", ",", "and", "but", "while", "overnight"]);

/** The launch counted before the count, as far as "N more" needs it. */
export interface LaunchBefore {
  readonly metric: string;
  readonly weapon: Weapon | null;
}

/**
 * The weapon a bare count launched counts, or null. `weaponOf` names the weapon one word stands for ("kh-22", "shahed");
 * `before` are the figures the sentence read before the count.
 */
export function launchedOfThem(
  tokens: readonly Token[],
  q: Quantity,
  before: readonly LaunchBefore[],
  weaponOf: (norm: string) => Weapon | undefined,
): Weapon | null {
  if (q.value === null || q.article) return null;
  const cue = leftCue(tokens, q.first - 1, WEAPON_CUES, 0);
  if (!cue || cue.cue.metric !== "launched" || cue.at + cue.cue.words.length !== q.first || !LAUNCH_VERBS.test(tokens[cue.at]!.norm)) return null;
  if (NOT_DONE.test(tokens[cue.at - 1]?.norm ?? "")) return null;
  const next = tokens[q.last + 1]?.norm;
  // "fired five of them": the weapon named before, only where no count of weapons came before it (else a part of that count:
  // "launched 50 drones and sent 20 of them at Kyiv")
  if (next === "of" && tokens[q.last + 2]?.norm === "them") {
    if (before.some((f) => f.weapon !== null)) return null;
    for (let k = cue.at - 1; k >= 0; k--) {
      // a count between stands for what "them" are ("a depot where 30 fire engines stood, and … fired 12 of them")
      if (tokens[k]!.kind === "number") return null;
      const w = weaponOf(tokens[k]!.norm);
      if (w && w !== "mixed") return w;
    }
    return null;
  }
  // "it launched 36 more": more of the weapon the sentence's last launch counted
  if (next === "more") {
    const after = tokens[q.last + 2]?.norm;
    if (after !== undefined && !CLAUSE_END.has(after)) return null;
    const launch = before.findLast((f) => f.metric === "launched" && f.weapon !== null);
    return launch?.weapon && launch.weapon !== "mixed" ? launch.weapon : null;
  }
  return null;
}
