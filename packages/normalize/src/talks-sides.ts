/** Talks named by the two states whose people held them: "direct Russian-Ukrainian talks", "the Russia-Ukraine negotiations". */

import { COUNTRY_WORDS } from "./delegations.ts";

// the two states' words joined before the noun, a word between at most ("direct", "peace")
const SIDES_BEFORE = /\b(\p{Lu}[\p{L}.]*)[-–](\p{Lu}[\p{L}.]*)\s+(?:[\p{Ll}-]+\s+)?$/u;
const sideOf = (word: string) => COUNTRY_WORDS.find(([re]) => re.test(word))?.[1];

/** The two states that name the talks whose noun is at `cueAt` ("Russian-Ukrainian talks": RU and UA); null when the noun has no such name. */
export function sidesOfTalks(text: string, cueAt: number): [string, string] | null {
  const m = SIDES_BEFORE.exec(text.slice(Math.max(0, cueAt - 60), cueAt));
  const [a, b] = m ? [sideOf(m[1]!), sideOf(m[2]!)] : [];
  return a && b && a !== b ? [a, b] : null;
}

/**
 * Whether a sentence only speaks of talks its sides' name gives, held by others: "Putin thanked Trump for the United States'
 * support for the resumption of direct Russian-Ukrainian talks in Istanbul" names no one of the Ukrainian side, so its two men are
 * not the talks' (not "Umerov and Medinsky met for Russian-Ukrainian talks in Istanbul", one of each side, nor a sentence naming
 * no one).
 */
export function talksOfOthers(text: string, cueAt: number, people: ReadonlyArray<{ country: string }>): boolean {
  const sides = sidesOfTalks(text, cueAt);
  // (a sentence that names no one tells the talks themselves, whose heads the text may give next: "… the Russian-Ukrainian talks
  // held in Istanbul on May 16. The Russian delegation was headed by Medinsky and the Ukrainian one by Umerov")
  return sides !== null && people.length > 0 && !sides.every((c) => people.some((p) => p.country === c));
}
