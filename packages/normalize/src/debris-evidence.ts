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
