import { MONTHS, type Qualifier } from "@salvo/core";
import { normsOf, type Token } from "./tokens.ts";
import { PAST_BE_OR_HAVE } from "./auxiliaries.ts";
import { ORDINAL_WORDS, PERSON_NOUNS, WEAPON_CUES, WEAPON_NOUNS, singularRocket } from "./lexicon.ts";
import { matchCue, singularPassive } from "./cues.ts";
import { opensOrdinalWeapon } from "./ordinal-weapons.ts";
import { kinCasualty } from "./kin-casualty.ts";

/** A stated amount: "at least 111", "seven", "dozens", "the majority", "a" (in "a 52-year-old woman"). */
export interface Quantity {
  /** Token index range [first, last] of the amount itself, hedge included. */
  readonly first: number;
  readonly last: number;
  readonly value: number | null;
  readonly qualifier: Qualifier;
  /** True for the indefinite article counted as one ("a woman was injured"); only casualty grammar uses it. */
  readonly article: boolean;
  /** One weapon told by its place in a series, "a third", "The third UAV" (see `ordinal-weapons.ts`): counted only if intercepted. */
  readonly ordinal?: true;
  /** One weapon told by "the", "The missile hit the clinic" (see `theWeaponStruck`): counted only as one that struck. */
  readonly definite?: true;
}

/** Number words below twenty. */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

/** A token that is a number: digits ("40") or a number word below twenty ("seven"). */
export const isCount = (t: Token | undefined): boolean => t !== undefined && (t.kind === "number" || UNITS[t.norm] !== undefined);

const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS)]);
/** A number word, alone or before a hyphen: "seven", "twenty-five", "three-quarters" (a set lookup: asked of every token). */
function isNumberWord(norm: string): boolean {
  const dash = norm.indexOf("-");
  return NUMBER_WORDS.has(dash < 0 ? norm : norm.slice(0, dash));
}

// "how many", "so many", "this many drones in a single night": a question, an emphasis or a comparison, not an amount
const NOT_AN_AMOUNT_BEFORE_MANY = new Set(["how", "so", "too", "as", "this", "that"]);
/** Words that are amounts but not numbers: kept as words, never turned into a figure. */
const VAGUE_ONE = new Set(["dozens", "hundreds", "thousands", "scores", "several", "numerous", "many", "multiple"]);
const SCALE = new Set(["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"]);
const VAGUE_TWO: ReadonlyArray<readonly [string, string]> = [
  ["the", "majority"], ["a", "majority"], ["most", "of"], ["a", "number"], ["a", "few"], ["a", "dozen"],
  ["a", "handful"],
];
// (most words start none of them: one set lookup per token instead of a scan)
const VAGUE_FIRST = new Set(VAGUE_TWO.map(([a]) => a));

const CLOSING_QUOTE = new Set(['"', "”", "’"]);
const HEDGES: ReadonlyArray<{ words: string[]; q: Qualifier }> = [
  { words: ["at", "least"], q: "at_least" },
  { words: ["more", "than"], q: "at_least" },
  { words: ["no", "fewer", "than"], q: "at_least" },
  { words: ["no", "less", "than"], q: "at_least" },
  { words: ["upwards", "of"], q: "at_least" },
  { words: ["over"], q: "at_least" },
  { words: ["up", "to"], q: "at_most" },
  { words: ["as", "many", "as"], q: "at_most" },
  { words: ["fewer", "than"], q: "at_most" },
  { words: ["less", "than"], q: "at_most" },
  { words: ["no", "more", "than"], q: "at_most" },
  { words: ["about"], q: "approx" },
  { words: ["around"], q: "approx" },
  { words: ["approximately"], q: "approx" },
  { words: ["roughly"], q: "approx" },
  { words: ["nearly"], q: "approx" },
  { words: ["almost"], q: "approx" },
  { words: ["close", "to"], q: "approx" },
  { words: ["some"], q: "approx" },
  { words: ["an", "estimated"], q: "approx" },
  { words: ["estimated"], q: "approx" },
];

/** "a pair of Iskander-M ballistic missiles" (a weapon within a few words, not "a pair of F-16s firing missiles") */
function pairOfWeapons(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    if (WEAPON_NOUNS.has(tokens[k]!.norm)) return true;
    if (/(?:ing|ed)$/.test(tokens[k]!.norm) || /^(?:f-16s?|jets?|fighters?|aircraft|planes?|systems?|launchers?|batteries)$/.test(tokens[k]!.norm)) return false;
  }
  return false;
}

const CHANGE_VERB = /^(?:rose|risen|rises|rising|increased|increases|climbed|climbs|grew|grown|jumped|went|gone|fell|fallen|dropped|revised|raised|updated|changed)$/;
const MAYBE = /^(?:possibly|perhaps|maybe|probably)$/;
// (one more than the count: "a fourth", "one more")
const HIGHER = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|more)$/;
const COUNT_NOUN = (t: Token | undefined) => t !== undefined && (WEAPON_NOUNS.has(t.norm) || PERSON_NOUNS.has(t.norm) || /^(?:shahed|uavs?|attack|strike|cruise|ballistic|air|unmanned|fixed-wing|aircraft-type|kamikaze|long-range|guided|ukrainian|russian|enemy)$/.test(t.norm));

/** Parses a number at token `i`: digits or number words ("two hundred and fifty", "twenty-one"). */
function readNumber(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "number") {
    // "1.200 drones", as European sites write thousands: a decimal before a count noun is not one
    if (/^\d{1,3}\.\d{3}$/.test(t.text) && COUNT_NOUN(tokens[i + 1])) return { value: Number(t.text.replace(".", "")), last: i };
    if (t.text.includes(".")) return null; // 3.5 km, 1.2 million: not a count of weapons or people
    // "1 200 drones": thousands set off by a space (the next group has exactly three digits, one space between)
    const next = tokens[i + 1];
    // (not "On July 8 728 drones", "In week 27 520 drones", "Since 18:00 300 drones")
    const prev = tokens[i - 1]?.norm ?? "";
    const joinable = !/^0/.test(t.text) && prev !== ":" && prev !== "." && !Object.hasOwn(MONTHS, prev) && !/^(?:week|day|night|no|number|route|road|unit|brigade|regiment|flight|at|since|until)$/.test(prev);
    if (joinable && /^\d{1,3}$/.test(t.text) && next?.kind === "number" && /^\d{3}$/.test(next.text) && next.start === t.end + 1 && tokens[i + 2]?.kind !== "number" && COUNT_NOUN(tokens[i + 2])) {
      return { value: Number(t.text) * 1000 + Number(next.text), last: i + 1 };
    }
    return { value: Number(t.text.replace(/,/g, "")), last: i };
  }
  // "over a hundred attack drones", "a thousand drones": one hundred, one thousand
  if (t.norm === "a" && SCALES[tokens[i + 1]?.norm ?? ""] !== undefined && tokens[i + 2]?.norm !== "and") return { value: SCALES[tokens[i + 1]!.norm]!, last: i + 1 };
  if (!isNumberWord(t.norm)) return null;
  let total = 0;
  let current = 0;
  let last = -1;
  for (let k = i; k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    const parts = w.split("-");
    if (parts.length === 2 && TENS[parts[0]!] !== undefined && UNITS[parts[1]!] !== undefined) {
      current += TENS[parts[0]!]! + UNITS[parts[1]!]!;
    } else if (UNITS[w] !== undefined) current += UNITS[w]!;
    else if (TENS[w] !== undefined) current += TENS[w]!;
    else if (SCALES[w] !== undefined && last >= 0) {
      current = (current || 1) * SCALES[w]!;
      if (SCALES[w] === 1000) {
        total += current;
        current = 0;
      }
    } else if (w === "and" && last >= 0 && SCALES[tokens[k - 1]!.norm] !== undefined && readNumber(tokens, k + 1)) continue;
    else break;
    last = k;
  }
  return last < 0 ? null : { value: total + current, last };
}

/**
 * The hedge just before the amount at `i`, and where it opens: "at least 10", 'said "at least" 10 drones' (in scare quotes).
 * (Not figures.ts's hedgeBefore, which knows only the hedges of "more than N of them".)
 */
function hedgeOpening(tokens: readonly Token[], i: number): { at: number; q: Qualifier } | null {
  const quoted = i >= 2 && CLOSING_QUOTE.has(tokens[i - 1]!.norm) ? 1 : 0;
  for (const h of HEDGES) {
    const at = i - quoted - h.words.length;
    // ("the update spoke about 13 dead", "informed about 40 wounded": what was told of, not a hedge)
    if (h.words[0] === "about" && /^(?:spoke|speaks|speak|talked|talks|told|tells|informed|informs|learned|heard|information|info|data|reports|news)$/.test(tokens[at - 1]?.norm ?? "")) continue;
    if (at >= 0 && h.words.every((w, k) => tokens[at + k]!.norm === w)) return { at, q: h.q };
  }
  return null;
}

/**
 * Where a dozen told in words opens: at its hedge, which is part of how the amount is said ("about a dozen missiles", "more
 * than two dozen drones"); the amount stays vague, never 12 or 24, so its words are all it has. (Not "dozens", "several
 * dozen": no hedge is part of those.)
 */
const dozenOpens = (tokens: readonly Token[], i: number): number => hedgeOpening(tokens, i)?.at ?? i;

/** Every amount in the sentence, left to right, with its hedge. */
export function findQuantities(tokens: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const two = VAGUE_FIRST.has(t.norm) ? VAGUE_TWO.find(([a, b]) => t.norm === a && tokens[i + 1]?.norm === b) : undefined;
    if (two) {
      // "two dozen", "a dozen": a word amount, kept vague (the rule: never 24); "a few dozen" is one amount
      const last = SCALE.has(tokens[i + 2]?.norm ?? "") && two[1] !== "dozen" ? i + 2 : i + 1;
      out.push({ first: two[1] === "dozen" ? dozenOpens(tokens, i) : i, last, value: null, qualifier: "vague", article: false });
      i = last;
      continue;
    }
    // "how many drones were used" asks, it does not count
    // (not a launcher's name: "HIMARS multiple rocket launcher", "a multiple launch rocket system")
    if (VAGUE_ONE.has(t.norm) && !(t.norm === "many" && NOT_AN_AMOUNT_BEFORE_MANY.has(tokens[i - 1]?.norm ?? "")) && !(t.norm === "multiple" && /^(?:rocket|launch)$/.test(tokens[i + 1]?.norm ?? ""))) {
      // "several dozen", "many hundreds": one amount in words
      const last = SCALE.has(tokens[i + 1]?.norm ?? "") ? i + 1 : i;
      out.push({ first: i, last, value: null, qualifier: "vague", article: false });
      i = last;
      continue;
    }
    // "some residents were injured" (but "some 30 cars" is a hedge on the number)
    if (t.norm === "some" && PERSON_NOUNS.has(tokens[i + 1]?.norm ?? "")) {
      out.push({ first: i, last: i, value: null, qualifier: "vague", article: false });
      continue;
    }
    // "since September 13, when the first one was shot down": the one a series since a day began with, no count of its own
    // (but "Russia fired two missiles: the first one was shot down, the second one hit" splits the two, "when" or not)
    if (t.norm === "one" && SERIES_END.test(tokens[i - 1]?.norm ?? "") && tokens[i - 2]?.norm === "the" && SINCE_WHEN.test(tokens[i - 3]?.norm ?? "") && !tokens.slice(i).some((x) => x.norm === "second")) continue;
    const n = readNumber(tokens, i);
    if (n) {
      if (tokens[n.last + 1]?.norm === "dozen") {
        out.push({ first: dozenOpens(tokens, i), last: n.last + 1, value: null, qualifier: "vague", article: false });
        i = n.last + 1;
        continue;
      }
      let first = i;
      let qualifier: Qualifier = "exact";
      // "3-4 drones", "from 5 to 7 missiles": a range, read as at most its upper end (the lower end is not a count of its own)
      const low = readNumber(tokens, i - 2);
      // (not an update: "the toll rose from 5 to 7", "climbed from 10 to 12")
      const update = tokens.slice(Math.max(0, i - 7), i - 2).some((x) => CHANGE_VERB.test(x.norm));
      // ("between 12 and 16 S-300 missiles": "and" joins a range only after "between")
      const joiner = /^(?:-|to)$/.test(tokens[i - 1]?.norm ?? "") || (tokens[i - 1]?.norm === "and" && tokens[i - 3]?.norm === "between");
      // (not a date's day before a dash and a count past any day: "* JULY 9 - 728 drones and 13 missiles"; "Aug. 27-28" is read so)
      const dayBefore = n.value > 31 && low !== null && low.value <= 31 && Object.hasOwn(MONTHS, tokens[i - 3]?.norm ?? "");
      // (nor the day that ends a span of dates: "on the night of Dec. 31 to Jan. 1 - 13 before midnight and 32 after it")
      const monthAt = tokens[i - 3]?.norm === "." ? i - 4 : i - 3;
      const spanEnd = low !== null && low.value <= 31 && Object.hasOwn(MONTHS, tokens[monthAt]?.norm ?? "") && /^(?:to|into)$/.test(tokens[monthAt - 1]?.norm ?? "");
      if (low && !update && !dayBefore && !spanEnd && low.last === i - 2 && low.value < n.value && n.value < 1000 && joiner && out.at(-1)?.last === i - 2) {
        out.pop();
        first = /^(?:from|between)$/.test(tokens[i - 3]?.norm ?? "") ? i - 3 : i - 2;
        out.push({ first, last: n.last, value: n.value, qualifier: "at_most", article: false });
        i = n.last;
        continue;
      }
      // "three, possibly four, drones had been shot down": the count said for sure, with a higher one it may have been set
      // off by commas (at least the first; the noun comes past the aside, where the count's head is read)
      const upper = tokens[n.last + 1]?.norm === "," && MAYBE.test(tokens[n.last + 2]?.norm ?? "") ? readNumber(tokens, n.last + 3) : null;
      if (upper && upper.value > n.value && tokens[upper.last + 1]?.norm === "," && COUNT_NOUN(tokens[upper.last + 2])) {
        out.push({ first: i, last: upper.last + 1, value: n.value, qualifier: "at_least", article: false });
        i = upper.last + 1;
        continue;
      }
      const hedge = hedgeOpening(tokens, i);
      if (hedge) {
        first = hedge.at;
        qualifier = hedge.q;
      }
      // ("40-odd missiles", "70-plus drones", "70 or so drones": a hedge after the number)
      const next = tokens[n.last + 1];
      const after = tokens[n.last + 2];
      const suffixed = next?.norm === "-" && next.start === tokens[n.last]!.end && (after?.norm === "odd" || after?.norm === "plus") && after.start === next.end;
      const orSo = next?.norm === "or" && after?.norm === "so";
      const last = suffixed || orSo ? n.last + 2 : n.last;
      if (suffixed || orSo) qualifier = after!.norm === "plus" ? "at_least" : "approx";
      out.push({ first, last, value: n.value, qualifier, article: false });
      i = last;
      continue;
    }
    // "Two drones were shot down, and a third was jammed", "The third UAV was suppressed …": one weapon, by its ordinal
    if (opensOrdinalWeapon(tokens, i)) {
      out.push({ first: i, last: i + 1, value: 1, qualifier: "exact", article: false, ordinal: true });
      i++;
    }
    // "a pair of Iskander-M ballistic missiles": two
    else if (t.norm === "a" && tokens[i + 1]?.norm === "pair" && tokens[i + 2]?.norm === "of" && pairOfWeapons(tokens, i + 3)) {
      out.push({ first: i, last: i + 2, value: 2, qualifier: "exact", article: false });
      i += 2;
    } else if (t.norm === "a" || t.norm === "an") out.push({ first: i, last: i, value: 1, qualifier: "exact", article: true });
    // "both drones were shot down", "both Kh-59/Kh-69 missiles": two, said as a word (not "both drones and missiles")
    else if (t.norm === "both" && bothWeapons(tokens, i)) out.push({ first: i, last: i, value: 2, qualifier: "exact", article: false });
    // "one person was killed and another was injured": one more, said as a word
    else if (t.norm === "another" && /^(?:was|is|has|had)$/.test(tokens[i + 1]?.norm ?? "")) out.push({ first: i, last: i, value: 1, qualifier: "exact", article: false });
    // "…, wounding four passengers; another woman was injured": one more person, counted like "a woman"
    else if (t.norm === "another" && PERSON_NOUNS.has(tokens[i + 1]?.norm ?? "") && !/s$/.test(tokens[i + 1]!.norm) && /^(?:was|is|has|had)$/.test(tokens[i + 2]?.norm ?? "")) {
      out.push({ first: i, last: i, value: 1, qualifier: "exact", article: true });
    }
    // "killing the driver", "The driver of the minibus died on the spot": one person named by their role, counted like "a driver"
    else if (t.norm === "the" && roleCasualty(tokens, i)) out.push({ first: i, last: i, value: 1, qualifier: "exact", article: true });
    // "killing a man and injuring his wife", "their 14-year-old daughter was injured": one relative, counted like "a woman"
    else if (kinCasualty(tokens, i)) out.push({ first: i, last: i, value: 1, qualifier: "exact", article: true });
    // "another Ukrainian drone was reportedly downed over the Moscow region": one more weapon, counted like "a drone"
    else if (t.norm === "another" && anotherWeapon(tokens, i + 1)) out.push({ first: i, last: i, value: 1, qualifier: "exact", article: true });
    // "The missile hit the two-story clinic", "According to Bogomaz, the drone struck a passenger car": one weapon that struck,
    // named as the one the story is about, counted like "a missile" (see `theWeaponStruck`)
    else if (t.norm === "the" && theWeaponStruck(tokens, i)) out.push({ first: i, last: i, value: 1, qualifier: "exact", article: true, definite: true });
  }
  return out;
}

// where a clause's subject may open: the sentence's start, after a comma, a colon, a dash (a dateline's), a quote or a saying's "that"
const SUBJECT_OPENS = /^(?:,|:|;|that|["“]|[–—-])$/;
/**
 * "the" opening a clause whose subject is one weapon (a few words of its name between: "The Russian missile", "the Kh-22
 * missile") and whose verb, right after the noun, tells that it struck: "The missile hit the clinic", "the drone struck a car".
 * Not plural ("the missiles hit"), not a noun the weapon word modifies ("the missile strike hit"), not "the missile that struck
 * the terminal was an S-300", nor "the missile was shot down" (what befell it).
 */
function theWeaponStruck(tokens: readonly Token[], i: number): boolean {
  if (i > 0 && !SUBJECT_OPENS.test(tokens[i - 1]!.norm)) return false;
  // (not one of a series: "The first missile struck shortly after 19:00; the second hit 40 minutes later" is hit 2 if anything)
  if (SERIES_ORDINAL.test(tokens[i + 1]?.norm ?? "")) return false;
  for (let j = i + 1; j <= i + 4; j++) {
    const w = tokens[j];
    if (w?.kind !== "word") return false;
    const weapon = WEAPON_NOUNS.get(w.norm) ?? singularRocket(w.norm);
    // (the noun's last word: "the Kalibr cruise missile hit"; or its perfect, as a claim is retold: "the Kiev authorities claimed
    // that the missile had hit a shopping centre")
    const verb = /^(?:had|has)$/.test(tokens[j + 1]?.norm ?? "") ? j + 2 : j + 1;
    if (weapon && matchCue(tokens, verb, STRUCK_VERBS)) return weapon !== "mixed" && !/s$/.test(w.norm);
  }
  return false;
}
const SERIES_ORDINAL = new RegExp(String.raw`^(?:first|last|${ORDINAL_WORDS})$`);
// the hit cues that are verbs: not the nouns "hits" and "impacts" ("The Vladikavkaz strike followed drone hits on high-rises")
const STRUCK_VERBS = WEAPON_CUES.filter((c) => c.metric === "hit" && !/^(?:hits|impacts)$/.test(c.words[0]!));

// (not "pilot": "The pilot was killed" after "An F-16 pilot was killed" is the same death told again, of a crash, not a strike)
const ROLE = /^(?:driver|passenger|cyclist|motorcyclist)$/;
const ROLE_HURT_BEFORE = /^(?:killing|killed|injuring|injured|wounding|wounded)$/;
const ROLE_HURT_AFTER = /^(?:(?:was|has been|had been) (?:killed|injured|wounded)|(?:died|has died|had died|was dead)) ?/;
/**
 * "the" before a role that a casualty verb tells of: "killing the driver", "The driver (of the minibus) died …",
 * "the driver was killed"; not "the driver was taken to hospital", "the driver was not hurt".
 */
function roleCasualty(tokens: readonly Token[], i: number): boolean {
  if (!ROLE.test(tokens[i + 1]?.norm ?? "")) return false;
  if (ROLE_HURT_BEFORE.test(tokens[i - 1]?.norm ?? "")) return true;
  // (past what they drove: "the driver of the minibus")
  const after = tokens[i + 2]?.norm === "of" && /^(?:the|a)$/.test(tokens[i + 3]?.norm ?? "") ? i + 5 : i + 2;
  return ROLE_HURT_AFTER.test(normsOf(tokens, after, after + 3) + " ");
}

/** A single weapon noun within two words of `k`, then "was": "another Ukrainian drone was …", "another Shahed was …". */
function anotherWeapon(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const w = tokens[j]?.norm ?? "";
    if (WEAPON_NOUNS.has(w) && !/s$/.test(w)) return singularPassive(tokens, pastFlight(tokens, j + 1));
    if (tokens[j]?.kind !== "word") return false;
  }
  return false;
}

/**
 * Past where a weapon was flying, told between its noun and its verb: "(another drone) flying to Moscow (has been shot
 * down)", "heading for the city (was destroyed)"; `from` itself when no such phrase follows.
 */
export function pastFlight(tokens: readonly Token[], from: number): number {
  if (!/^(?:flying|heading|headed|approaching)$/.test(tokens[from]?.norm ?? "")) return from;
  for (let k = from + 1; k <= from + 6; k++) {
    if (tokens[k]?.kind !== "word") return from;
    if (PAST_BE_OR_HAVE.test(tokens[k]!.norm)) return k;
  }
  return from;
}

/**
 * "both" right before a weapon noun, or before a model name and its noun ("both Kh-59/Kh-69 missiles"),
 * that counts weapons: not "both missiles and drones", "both drone strikes", "both regions … drones".
 */
function bothWeapons(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (WEAPON_NOUNS.has(t.norm) && WEAPON_NOUNS.get(t.norm) !== "mixed") {
      const next = tokens[k + 1]?.norm ?? "";
      return next !== "and" && !/^(?:strikes?|attacks?|raids?|barrages?|waves?|alerts?|debris)$/.test(next);
    }
    // only a model name may come between: "Kh-59", "/", "Iskander-M", "cruise", "ballistic"
    const model = /\d|^(?:cruise|ballistic|guided|attack|kalibr|iskander|kinzhal|shahed|geran|storm|shadow|atacms)/.test(t.norm) || t.norm === "/" || t.norm === "-";
    if (!model) return false;
  }
  return false;
}

const AMOUNT_HINT = new RegExp(
  `\\d|\\b(?:${[...Object.keys(UNITS), ...Object.keys(TENS), "hundred", "thousand", "dozens?", ...VAGUE_ONE, "majority", "most", "few", "handful", "both", "pair", "another"].join("|")})\\b|kill|injur|wound|dead|died|hurt`,
  "i",
);
// One weapon told by its article, which counts it as one: "In Dnipro, a missile hit a private house", "an FPV drone struck a
// car" (a few words of its noun phrase may come between: "a Russian ballistic missile", "an Iskander-M missile")
const ONE_WEAPON_HINT = new RegExp(
  `\\ban?\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}?(?:${[...WEAPON_NOUNS].filter(([, w]) => w !== "mixed").map(([n]) => n).join("|")})\\b`,
  "iu",
);
// or by "the" with the verb of one that struck after it: "The missile hit the clinic" (see `theWeaponStruck`)
const THE_WEAPON_STRUCK_HINT = new RegExp(
  String.raw`\bthe\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:${[...WEAPON_NOUNS].filter(([n, w]) => w !== "mixed" && !/s$/.test(n)).map(([n]) => n).join("|")}|rocket)\s+(?:${[...new Set(STRUCK_VERBS.map((c) => c.words[0]))].join("|")})\b`,
  "iu",
);
const SERIES_END = /^(?:first|last)$/;
const SINCE_WHEN = /^(?:since|when|after|before)$/;
// one weapon told by its ordinal, with no other amount in its sentence: "The third UAV was suppressed by electronic warfare"
const ORDINAL_HINT = new RegExp(String.raw`\b(?:a|the)\s+(?:${ORDINAL_WORDS})\b`, "i");
/**
 * "three drones, and possibly a fourth, had been shot down": an aside after a count's noun that it may have been higher
 * (a higher count, an ordinal or "more"; not "three drones, possibly Shaheds, …"). Its length in tokens, 0 if none.
 */
export function maybeHigherAside(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== ",") return 0;
  let j = k + 1;
  if (/^(?:and|or)$/.test(tokens[j]?.norm ?? "")) j++;
  if (!MAYBE.test(tokens[j]?.norm ?? "")) return 0;
  j++;
  if (/^(?:a|an|one)$/.test(tokens[j]?.norm ?? "") && HIGHER.test(tokens[j + 1]?.norm ?? "")) j++;
  const higher = HIGHER.test(tokens[j]?.norm ?? "") ? j : (readNumber(tokens, j)?.last ?? -1);
  return higher >= 0 && tokens[higher + 1]?.norm === "," ? higher + 2 - k : 0;
}

/** Cheap pre-test: a sentence with no digit, number word, vague amount, casualty word or one weapon told by its article states no figure. */
export const mayCount = (text: string): boolean => AMOUNT_HINT.test(text) || ONE_WEAPON_HINT.test(text) || ORDINAL_HINT.test(text) || THE_WEAPON_STRUCK_HINT.test(text);
