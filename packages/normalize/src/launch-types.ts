import type { Metric, Weapon } from "@salvo/core";
import { matchCue } from "./cues.ts";
import { BULLET, WEAPON_CUES } from "./lexicon.ts";
import type { Token } from "./tokens.ts";
import { PAST_BE_WORD } from "./auxiliaries.ts";

/**
 * "Ten of the missiles were Iskander-M ballistic missiles and one was a Kh-101 cruise missile", "Of the missiles, 32 were
 * Iskander-M and KN-23 ballistic missiles", "It said the missiles were nine Iskander-K cruise missiles and four ballistic
 * missiles", "Among the missiles were ten Kinzhal aeroballistic missiles": how many of the missiles launched were of a type,
 * a part of the launch count. "The missiles" names the whole the attack was counted by, so the part is of those launched
 * whatever fate was told last ("72 of the missiles … were destroyed. Among the missiles were ten Kinzhal …").
 */

/** The figure just read before the count, as far as a type's count needs it. */
export interface CountBefore {
  readonly metric: Metric;
  readonly weapon: Weapon | null;
  readonly part: boolean;
  readonly last: number;
}

// a word that names a kind or model of missile
export const MISSILE_TYPE = /^(?:ballistic|cruise|guided|hypersonic|aeroballistic|anti-aircraft|anti-ship|iskander|kalibr|kinzhal|kh(?![a-z])|s-300|s-400|zircon|oniks|onyx)/;
// how far past the count or its copula the type's word may stand: "were Iskander-M", "was an Iskander-M", "nine Iskander-K"
const TYPE_REACH = 3;
// how far a count coordinated with the type's count before it may stand, past that count's noun and an aside naming its
// models: "93 were cruise missiles (Kh-101, Kalibr, Kh-55) and one was …"
const COORDINATED_REACH = 14;

const isCopula = (t: Token | undefined): boolean => PAST_BE_WORD.test(t?.norm ?? "");
const isMissiles = (t: Token | undefined): boolean => /^missiles?$/.test(t?.norm ?? "");

/**
 * The index of the type's word when the count at tokens[first..last] counts missiles of a type among those launched, or -1.
 * `prev` is the figure the sentence read just before it.
 */
export function missileTypeOfLaunch(tokens: readonly Token[], first: number, last: number, prev: CountBefore | null): number {
  const from = typeFrom(tokens, first, last, prev);
  if (from < 0) return -1;
  const typeAt = typeWithin(tokens, from);
  return typeAt >= 0 && !ownFate(tokens, typeAt) ? typeAt : -1;
}

/** Where the count's type may be named, past its copula: -1 when the words around the count tell no type of the missiles. */
function typeFrom(tokens: readonly Token[], first: number, last: number, prev: CountBefore | null): number {
  const after = tokens[last + 1];
  // "Ten of the missiles were Iskander-M …", "40 missiles, nine of them Iskander-M ballistic missiles"
  if (after?.norm === "of") {
    if (/^(?:them|which)$/.test(tokens[last + 2]?.norm ?? "")) return prev?.weapon === "missile" && prev.metric === "launched" ? last + 3 : -1;
    return tokens[last + 2]?.norm === "the" && isMissiles(tokens[last + 3]) && isCopula(tokens[last + 4]) ? last + 5 : -1;
  }
  // "Of the missiles, 32 were …", "- Of the missiles: 93 were …": the sentence (or list line) opens with the whole
  const lead = tokens[0]?.kind === "punct" ? 1 : 0;
  const opensWithMissiles =
    tokens[lead]?.norm === "of" && tokens[lead + 1]?.norm === "the" && isMissiles(tokens[lead + 2]) && /^[,:]$/.test(tokens[lead + 3]?.norm ?? "") && first === lead + 4;
  if (opensWithMissiles) return isCopula(after) ? last + 2 : -1;
  // "Russia fired 18 missiles. Of those: - six were Kh-47M2 Kinzhal …; - nine were Kalibr cruise missiles …": a list line that
  // opens with a bare count and says what type it was counts that type among the missiles launched (the type's word says they
  // are missiles, so no whole need be named in the line itself). Not a sentence so opened: after "shot down 10 missiles",
  // "Four were Kh-101 cruise missiles" is a part of the 10 downed, and a sentence names no launch it is a part of.
  if (lead === 1 && BULLET.test(tokens[0]!.text) && first === lead && isCopula(after)) return last + 2;
  // "the missiles were nine Iskander-K cruise missiles", "Among the missiles were ten Kinzhal …": the count's own noun names it
  if (isCopula(tokens[first - 1]) && isMissiles(tokens[first - 2]) && tokens[first - 3]?.norm === "the") return last + 1;
  // "… and one was a Kh-101 cruise missile", "… and four ballistic missiles of the Iskander-M type": another type's count
  // coordinated with the type's count just read
  if (prev?.part && prev.metric === "launched" && prev.weapon === "missile" && coordinatedWith(tokens, prev.last, first)) {
    if (!isCopula(after)) return last + 1;
    return /^(?:a|an)$/.test(tokens[last + 2]?.norm ?? "") ? last + 3 : last + 2;
  }
  return -1;
}

/** Whether the count at `first` follows "and" (or a comma), past nothing between it and the count before at `prevLast` but words. */
function coordinatedWith(tokens: readonly Token[], prevLast: number, first: number): boolean {
  if (first - prevLast > COORDINATED_REACH || !/^(?:and|,)$/.test(tokens[first - 1]?.norm ?? "")) return false;
  for (let k = prevLast + 1; k < first - 1; k++) {
    const t = tokens[k]!;
    if (t.kind === "number" || /^[.;:]$/.test(t.norm) || matchCue(tokens, k, WEAPON_CUES)) return false;
  }
  return true;
}

/** The index of the first word naming a missile's type within reach of `from`, or -1. */
function typeWithin(tokens: readonly Token[], from: number): number {
  const at = tokens.slice(from, from + TYPE_REACH).findIndex((t) => MISSILE_TYPE.test(t.norm));
  return at < 0 ? -1 : from + at;
}

// ("Ten of the missiles were cruise missiles that were shot down": a count of their fate, read as such; up to the clause's
// end, not "76 missiles, 72 of them cruise missiles, and that air defences had brought down 60")
function ownFate(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && !/^[,;.]$/.test(tokens[k]!.norm); k++) if ((matchCue(tokens, k, WEAPON_CUES)?.metric ?? "launched") !== "launched") return true;
  return false;
}
