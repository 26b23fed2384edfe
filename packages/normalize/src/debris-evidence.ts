import { MISSILE_MODEL, WEAPON_NOUNS } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

// what fragments found at a site may show: the weapon that struck it
const EVIDENCE = /^(?:showed|shows|show|indicated|indicates|indicate|confirmed|confirms|confirm|suggested|suggests|suggest|proved|proves|established)$/;
const DEBRIS = /^(?:debris|fragments|wreckage|remains)$/;

/**
 * "debris found at the site showed the hospital had been hit by a Kh-101 cruise missile", "fragments found at the hospital
 * showed it had been struck by a Kh-101 cruise missile": the debris word at `at` is the evidence of the weapon at `first`,
 * which struck, not debris that fell (which ANNOTATION.md leaves out: "debris from a downed drone hit a house").
 */
export function debrisAsEvidence(tokens: readonly Token[], at: number, first: number): boolean {
  if (!DEBRIS.test(tokens[at]?.norm ?? "")) return false;
  for (let i = at + 1; i < first; i++) {
    if (EVIDENCE.test(tokens[i]!.norm)) return true;
    // (the evidence verb of the debris's own clause: not past a clause break)
    if (/^[;:.]$/.test(tokens[i]!.norm)) return false;
  }
  return false;
}

// what may tell that the remains are a weapon's: "debris of one", "wreckage of a downed Shahed", "fragments of them"
const OF_WEAPON = /^(?:one|them|downed|intercepted|shot|destroyed|its|their)$/;

/**
 * "Rescuers dug through the wreckage of a two-story house, where a missile flattened much of the building": the debris word at
 * `at` is what is left of a building, told "of" it, not of a weapon, so it keeps no weapon told after it (at `first`) out.
 */
export function wreckageOfBuilding(tokens: readonly Token[], at: number, first: number): boolean {
  if (!DEBRIS.test(tokens[at]?.norm ?? "") || tokens[at + 1]?.norm !== "of") return false;
  for (let i = at + 2; i < first; i++) {
    const t = tokens[i]!.norm;
    if (t === "," || t === ";") return i > at + 2;
    if (WEAPON_NOUNS.has(t) || MISSILE_MODEL.test(t) || OF_WEAPON.test(t)) return false;
  }
  return false;
}
