import { normsOf, type Token } from "./tokens.ts";

// one relative, named by whose they are: "his mother", "their 14-year-old daughter"
const KIN = /^(?:wife|husband|mother|father|daughter|son|grandmother|grandfather|granddaughter|grandson|brother|sister)$/;
const POSSESSIVE = /^(?:his|her|their)$/;
// what may describe the relative between: an age ("14-year-old", "11-month-old", split by the tokenizer into "14 - year-old")
const AGE_PART = /^(?:-|(?:year|month|week)-old|adult|elderly|teenage|young|pregnant)$/;
const HURT_BEFORE = /^(?:killing|injuring|wounding)$/;
const HURT_AFTER = /^(?:was|has been|had been) (?:killed|injured|wounded)\b/;

/**
 * Whether the possessive at `i` opens one relative that a casualty verb tells of, counted as one like "a woman": "killing a
 * 54-year-old man and injuring his wife", "A married couple was killed and their daughter was injured", "His mother was
 * injured", "among them his 65-year-old wife". Only one relative, and only as the subject of a singular verb of harm, its
 * object or a part named of a toll: not "a woman and her daughter were killed" (people listed one by one, no count the text
 * writes; the verb is plural), nor "her son was taken to hospital", "his wife said".
 */
export function kinCasualty(tokens: readonly Token[], i: number): boolean {
  if (!POSSESSIVE.test(tokens[i]?.norm ?? "")) return false;
  let k = i + 1;
  while (k < i + 5 && (tokens[k]?.kind === "number" || AGE_PART.test(tokens[k]?.norm ?? ""))) k++;
  if (!KIN.test(tokens[k]?.norm ?? "")) return false;
  const before = tokens[i - 1]?.norm ?? "";
  if (HURT_BEFORE.test(before)) return true;
  if (before === "including" || (before === "them" && tokens[i - 2]?.norm === "among")) return true;
  return HURT_AFTER.test(normsOf(tokens, k + 1, k + 4));
}
