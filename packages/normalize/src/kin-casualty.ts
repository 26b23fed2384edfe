import { normsOf, type Token } from "./tokens.ts";

// one relative, named by whose they are: "his mother", "their 14-year-old daughter"
const KIN = /^(?:wife|husband|mother|father|daughter|son|grandmother|grandfather|granddaughter|grandson|brother|sister)$/;
const POSSESSIVE = /^(?:his|her|their)$/;
// what may describe the relative between: an age ("14-year-old", "11-month-old", split by the tokenizer into "14 - year-old")
const AGE_PART = /^(?:-|(?:year|month|week)-old|adult|elderly|teenage|young|pregnant)$/;
const HURT_BEFORE = /^(?:killing|injuring|wounding)$/;
// (only "was": "had been injured", "has been injured twice" tell of harm before the strike the article reports)
const HURT_AFTER = /^was (?:killed|injured|wounded)$/;
// what may follow that verb and still leave it the strike's: the clause's end ("His mother was injured and is in hospital"),
// "too", or the attack itself named ("in the attack"); not where or when else it befell them ("wounded in Bakhmut",
// "killed at the front in 2023")
const CLAUSE_END = /^(?:\.|,|;|:|!|and|while|but|[–—-]|\)|too|also)$/;
const THIS_ATTACK = /^in (?:the |this |that |(?:mon|tues|wednes|thurs|fri|satur|sun)day's |night's |morning's )?(?:same |latest |overnight |russian |ukrainian |missile |drone |rocket )*(?:attack|strike|shelling|blast|explosion|bombardment)s?\b/;
// the rest of the sentence telling of another time or of the war at large: "injured twice before", "months ago", "in 2023",
// "at the front"
const BACKSTORY = /^(?:ago|before|earlier|previously|twice|front|frontline|front-line|battle|battles|fighting|combat|war)$/;

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
  if (!HURT_AFTER.test(normsOf(tokens, k + 1, k + 3))) return false;
  const next = k + 3;
  if (next < tokens.length && !CLAUSE_END.test(tokens[next]!.norm) && !THIS_ATTACK.test(normsOf(tokens, next, next + 6))) return false;
  return !tokens.slice(next).some(isBackstory);
}

/** A word of another time than the strike's, or of the war at large: "ago", "before", "front", a year ("in 2023"), "last year". */
function isBackstory(t: Token, j: number, rest: readonly Token[]): boolean {
  if (BACKSTORY.test(t.norm)) return true;
  if (t.kind === "number" && /^(?:19|20)\d\d$/.test(t.norm)) return true;
  return t.norm === "last" && /^(?:year|month|week|summer|winter|spring|autumn|fall)$/.test(rest[j + 1]?.norm ?? "");
}

// relatives counted together: "her two children", "their three daughters"
const KIN_GROUP = /^(?:children|kids|daughters|sons|grandchildren|granddaughters|grandsons|brothers|sisters)$/;
// what may stand between "a" and the one person named before them: an age, a comma, "his wife" ("a man, his wife and their")
const listedWord = (norm: string): boolean => norm === "," || AGE_PART.test(norm) || POSSESSIVE.test(norm);
// the one person named before them: a relative or someone named by who they are
const PERSON = /^(?:woman|man|girl|boy|resident|pensioner)$/;
const kinOrPerson = (norm: string): boolean => PERSON.test(norm) || KIN.test(norm);
const HURT_VERB = /^(?:killing|killed|injuring|injured|wounding|wounded)$/;

// where the verb's list may end after the relatives: the sentence's or a clause's end, their ages ("aged 12 and six months")
const LIST_END = /^(?:\.|,|;|:|!|\?|[–—-]|\)|aged)$/;

/**
 * Whether the verb's list ends at `k`, so the relatives before it are that verb's object: the clause ends, their ages follow, or
 * "and" opens the next harm ("and injuring three others"). Not where they take a verb of their own ("killed a woman and her two
 * children were injured", "… escaped unhurt", "… were taken to hospital"): the verb before the list then names only the first.
 */
function listEndsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return true;
  if (LIST_END.test(t.norm)) return true;
  return t.norm === "and" && HURT_BEFORE.test(tokens[k + 1]?.norm ?? "");
}

/**
 * The harm a group of relatives counted after one person suffered, told by the verb before the list: "killing a woman and her
 * two children" (killed 2; the woman is no count, and the text writes no sum of them), "killing three people: a woman and her
 * two children", "injuring a man, his wife and their three sons". Only a verb of harm right before the list (or before its
 * count and colon): not "Four of the victims, a mother and her three daughters, were from one family", nor "a woman and her two
 * children were evacuated".
 */
export function hurtBeforeKin(tokens: readonly Token[], first: number, headEnd: number): "killed" | "injured" | null {
  if (!KIN_GROUP.test(tokens[headEnd]?.norm ?? "")) return null;
  if (!listEndsAt(tokens, headEnd + 1)) return null;
  if (!POSSESSIVE.test(tokens[first - 1]?.norm ?? "") || tokens[first - 2]?.norm !== "and") return null;
  if (!kinOrPerson(tokens[first - 3]?.norm ?? "")) return null;
  let a = first - 4;
  while (a > first - 12 && a >= 0 && !/^an?$/.test(tokens[a]!.norm)) {
    const t = tokens[a]!;
    if (t.kind !== "number" && !listedWord(t.norm) && !kinOrPerson(t.norm)) return null;
    a--;
  }
  if (!/^an?$/.test(tokens[a]?.norm ?? "")) return null;
  let verb = a - 1;
  if (tokens[verb]?.norm === ":") {
    verb--;
    // ("killing three people: a woman and …", "killing at least three civilians: …": past the count the list spells out)
    if (/^(?:people|persons|civilians|residents)$/.test(tokens[verb]?.norm ?? "")) {
      const back = verb;
      while (verb > back - 5 && verb > 0 && tokens[verb - 1]!.kind !== "punct" && !HURT_VERB.test(tokens[verb - 1]!.norm)) verb--;
      verb--;
    }
  }
  const v = tokens[verb]?.norm ?? "";
  return HURT_VERB.test(v) ? (v.startsWith("kill") ? "killed" : "injured") : null;
}
