import { MONTH_PATTERN, type Metric, WEEKDAYS } from "@salvo/core";
import type { Quantity } from "./quantities.ts";
import { normsOf, STARTS_UPPER, type Token } from "./tokens.ts";

// (a headline's present tense too: "Russian cluster missile strike wounds dozens in Kharkiv", "injures 17", "hurts 15"; "wounds"
// is also a noun, but one a count does not follow: "shrapnel wounds" ends its phrase)
const LEFT_CASUALTY_VERBS: Readonly<Record<string, Metric>> = {
  killing: "killed", killed: "killed", kills: "killed", injuring: "injured", injured: "injured", wounding: "injured", wounded: "injured", hurting: "injured",
  wounds: "injured", injures: "injured", hurts: "injured",
};
const RISE_VERBS = new Set([
  "risen", "rose", "rises", "climbed", "climbs", "increased", "increases", "reached", "reaches", "grown", "grew", "grows",
  "jumped", "jumps", "stands", "stood", "is", "was", "now", "put", "puts", "putting", "placed", "estimated",
  "bringing", "brings", "brought", "taking", "takes", "took", "raising", "raises", "raised", "pushed",
  "exceeded", "topped", "surpassed", "reaches", "exceeds", "tops", "surpasses",
  // a count that held: "The death toll remained at three", "stayed at one" (the toll as it stands, as "stands at" is)
  "remained", "remains", "stayed", "stays",
  // a count corrected or given again: "has been clarified at 63", "revised to 142", "gave the figure of 19"
  "clarified", "revised", "updated", "corrected", "adjusted", "lowered", "gave", "gives", "given", "cited",
  // a toll told in a clause of how things stood: "with the number of dead … standing at 23"
  "standing",
]);

/**
 * The words before an amount that a statement of a count ends with: "the death toll has climbed
 * to 12", "the ministry put the number of drones downed at 93"; null when the amount is not one.
 */
export function statedCountSubject(tokens: readonly Token[], q: Quantity): string[] | null {
  const prev = tokens[q.first - 1]?.norm ?? "";
  // "… has risen to 21", "put … at 93", "the number of drones shot down had reached 11"
  // (or "the number of drones exceeded 800", "gave the figure of 19")
  // (and a live page's present tense: "The death toll reaches 31")
  const verbBefore = /^(?:reached|reaches|exceeded|exceeds|topped|tops|surpassed|surpasses)$/.test(prev);
  const figureOf = prev === "of" && /^(?:figure|toll|tally|count)$/.test(tokens[q.first - 2]?.norm ?? "");
  // ("The death toll was earlier reported as 12 but was later revised to nine": the count as it was told)
  // (or the toll named between: "On Thursday evening he had given the toll as 51")
  const reportedAs = prev === "as" && (/^(?:reported|given|stated|listed|recorded|cited|confirmed)$/.test(tokens[q.first - 2]?.norm ?? "") || (tokens[q.first - 2]?.norm === "toll" && /^(?:given|gave|gives|put|puts|reported|stated|listed|recorded|cited|confirmed)$/.test(tokens[q.first - 4]?.norm ?? "")));
  if (prev !== "to" && prev !== "at" && !verbBefore && !figureOf && !reportedAs) return null;
  // the subject may be long: "the number of people killed in the shelling of Belgorod by … has risen to 21"
  const window = tokens.slice(Math.max(0, q.first - 35), verbBefore ? q.first : q.first - 1).map((t) => t.norm);
  return window.some((w) => RISE_VERBS.has(w)) ? window : null;
}

// the part of the count that went to hospital: "32 of them were hospitalised", "of whom 12 are in hospital" (not "one of them
// died in hospital"; nor a part of others, "while 79 people were injured and 39 of them remain hospitalised", "and another
// 30 people have been hospitalised": those in hospital are then the injured told beside the victims, who are the dead)
const inHospital = (rest: readonly Token[]): boolean =>
  rest.some((t, i) => /^hospitali[sz]ed$/.test(t.norm) || (/^hospitals?$/.test(t.norm) && /^(?:in|to)$/.test(rest[i - 1]?.norm ?? ""))) &&
  rest.some((t, i) => t.norm === "of" && /^(?:them|whom)$/.test(rest[i + 1]?.norm ?? "")) &&
  !rest.some((t) => /^(?:died|dead|killed|deaths?|injured|wounded|others|another)$/.test(t.norm));

// the dead told as a part of the count, in its own clause: "…, including 12 dead", "…, 12 of whom died"
const DEAD_WORD = /^(?:dead|died|killed|deaths|fatalities|perished)$/;
function deadPart(rest: readonly Token[]): boolean {
  const end = rest.findIndex((t) => t.norm === ";" || t.norm === ".");
  const clause = end < 0 ? rest : rest.slice(0, end);
  // (the death word inside the part's own phrase, up to its comma: not "…, including five children, who were killed when …",
  // a part of the victims that the dead are told of after)
  const at = clause.findIndex((t, i) => t.norm === "including" || t.norm === "among" || (t.norm === "of" && /^(?:them|whom)$/.test(clause[i + 1]?.norm ?? "")));
  if (at < 0) return false;
  const from = clause[at]!.norm === "of" ? Math.max(0, at - 1) : at;
  const comma = clause.findIndex((t, i) => i > at && t.norm === ",");
  return clause.slice(from, comma < 0 ? clause.length : comma).some((t) => DEAD_WORD.test(t.norm));
}

/**
 * What "the number of X" counts, by the words after "of" (`what`): the dead or the injured. "Victims" are the dead, unless
 * the sentence sends a part of them to hospital: a translated "постраждалі" ("The number of victims has increased to 52,
 * 32 of them were hospitalised") counts the injured; and unless it gives the dead as a part of them ("The number of victims
 * has risen to 45, including 12 dead"): then they are the dead and the injured together, which no metric counts.
 */
function victimsCounted(what: readonly string[], tokens: readonly Token[], q: Quantity): Metric | null {
  if (what.some((w) => /^(?:dead|deaths|killed|fatalities|died|perished)$/.test(w))) return "killed";
  if (what.some((w) => /^(?:injured|wounded|injuries|hurt)$/.test(w))) return "injured";
  if (!what.includes("victims")) return null;
  if (deadPart(tokens.slice(q.last + 1))) return null;
  return inHospital(tokens.slice(q.last + 1)) ? "injured" : "killed";
}

const OPENING_QUOTES = new Set(['"', "“", "«"]);
/**
 * The word before a count the text quotes, its opening mark hugging the count ('killing "up to 85" of them'): the verb the
 * quote is the object of. -1 when no such mark stands right before `first`.
 */
export function wordBeforeQuoted(tokens: readonly Token[], first: number): number {
  const mark = tokens[first - 1];
  const word = tokens[first - 2];
  if (!mark || !word || !OPENING_QUOTES.has(mark.norm) || mark.end !== tokens[first]!.start || word.end === mark.start) return -1;
  return first - 2;
}

/**
 * "killing at least 14", "wounding seven", "the death toll has climbed to 12", "the number of dead has
 * risen to eight"; "the figure had risen to 24" after a casualty count in the sentence (`previous`) is that count again.
 */
export function ellipticCasualty(tokens: readonly Token[], q: Quantity, previous: Metric | null = null): Metric | null {
  const prev = tokens[q.first - 1]?.norm ?? "";
  if (LEFT_CASUALTY_VERBS[prev]) return LEFT_CASUALTY_VERBS[prev]!;
  // (the count quoted as the claimant put it: killing "up to 85" of them, killing "more than 200 reservists")
  const quotedAfter = LEFT_CASUALTY_VERBS[tokens[wordBeforeQuoted(tokens, q.first)]?.norm ?? ""];
  if (quotedAfter) return quotedAfter;
  // "a drone and missile attack … killed a family of four": the family is its count's people, the verb before it theirs
  const family = q.first >= 4 && normsOf(tokens, q.first - 3, q.first) === "a family of" ? tokens[q.first - 4]!.norm : "";
  if (LEFT_CASUALTY_VERBS[family]) return LEFT_CASUALTY_VERBS[family]!;
  // "The toll in the capital is now 15": a toll stated with "is (now)", no other count or clause between
  if (prev === "is" || prev === "was" || prev === "now") {
    const near = tokens.slice(Math.max(0, q.first - 9), q.first);
    const toll = near.findLastIndex((t) => t.norm === "toll");
    const after = tokens[q.last + 1];
    const bare = !after || after.kind !== "word" || /^(?:and|after|as|with|including|people|dead|killed|injured|wounded|civilians)$/.test(after.norm);
    if (toll >= 0 && bare && !near.slice(toll + 1).some((t) => t.kind === "number" || t.kind === "punct")) {
      return tollOf(near.slice(0, toll).map((t) => t.norm));
    }
    // "Kiper said the number of injured is 46", "The number of killed in Kyiv is now 11"
    const number = near.findLastIndex((t, i) => /^(?:number|count|tally)$/.test(t.norm) && near[i + 1]?.norm === "of");
    if (number >= 0 && bare && !near.slice(number + 1).some((t) => t.kind === "number" || t.kind === "punct")) {
      const what = near.slice(number + 2, number + 5).map((t) => t.norm);
      const counted = victimsCounted(what, tokens, q);
      if (counted) return counted;
    }
    // "officials reported six dead; by Thursday evening the figure was 16": the count just given, again
    const figure = near.findLastIndex((t, i) => /^(?:figure|count|tally)$/.test(t.norm) && near[i + 1]?.norm !== "of");
    // (not after "26 dead … and 93 injured": which of the two counts it is, the sentence does not say)
    const counted = new Set(tokens.slice(0, q.first).flatMap((t) => (CASUALTY_NOUN[t.norm] ? [CASUALTY_NOUN[t.norm]] : [])));
    if (figure >= 0 && bare && (previous === "killed" || previous === "injured") && counted.size < 2 && !near.slice(figure + 1).some((t) => t.kind === "number" || t.kind === "punct")) return previous;
  }
  // "The toll has climbed steadily since Monday. Tymoshenko put it at 13 late on Monday": "it" is the toll the paragraph
  // just told (not a count of weapons, which the paragraph's last toll is not: `previous` is none then)
  if (prev === "at" && tokens[q.first - 2]?.norm === "it" && PUT.test(tokens[q.first - 3]?.norm ?? "") && (previous === "killed" || previous === "injured")) {
    const after = tokens[q.last + 1];
    if (!after || after.kind !== "word" || /^(?:and|by|on|in|late|early|after|as|with|people|dead|killed)$/.test(after.norm)) return previous;
  }
  const window = statedCountSubject(tokens, q);
  if (!window) return null;
  // the subject nearest the amount: "the toll had risen to seven, … the number of injured had climbed to 53"
  const toll = window.lastIndexOf("toll");
  // ("By Tuesday evening the count of dead stood at eight")
  const number = window.findLastIndex((w, i) => /^(?:number|count|tally)$/.test(w) && window[i + 1] === "of");
  const figure = window.findLastIndex((w, i) => /^(?:figure|count|tally|number)$/.test(w) && window[i + 1] !== "of");
  if (toll >= 0 && toll > number && toll > figure) return tollOf(window.slice(0, toll));
  if (number >= 0 && number > figure) {
    // (a translated "The number of perished in Dnipro increased to 45 persons")
    const counted = victimsCounted(window.slice(number + 2, number + 5), tokens, q);
    if (counted) return counted;
  }
  // (not "the damage count rose to 30 buildings": another noun says what it counts)
  const after = tokens[q.last + 1];
  const bare = !after || after.kind !== "word" || /^(?:and|by|as|after|on|in|at|with|people|persons|dead|killed|injured|wounded|civilians)$/.test(after.norm);
  // ("the figure had grown to seven killed and 17 injured": the word after says which)
  if (figure >= 0 && CASUALTY_NOUN[after?.norm ?? ""]) return CASUALTY_NOUN[after!.norm]!;
  if (figure >= 0 && bare && (previous === "killed" || previous === "injured")) return previous;
  return null;
}

/**
 * "in overnight Russian attacks", "during the night": a phrase of how or when, no day of its own and no verb, that runs to the
 * end of the count's phrase (not "on April 24", nor "lost power").
 */
function sharedAdjunct(tokens: readonly Token[], from: number, phraseEnds: (k: number) => boolean): boolean {
  if (!/^(?:in|during|amid|after|following|overnight)$/.test(tokens[from]?.norm ?? "")) return false;
  for (let k = from + 1; k < from + 8; k++) {
    if (phraseEnds(k)) return true;
    const w = tokens[k]!.norm;
    if (DAY_WORDS.has(w) && w !== "overnight" && w !== "night") return false;
    if (!/^(?:the|a|an|overnight|night|russian|ukrainian|drone|missile|attacks?|strikes?|shelling|bombardment|barrage|raids?|combined|massive|mass)$/.test(w)) return false;
  }
  return false;
}

const PUT = /^(?:put|puts|putting|placed)$/;

/**
 * The toll a sentence tells rising without giving its count: "The toll has climbed steadily since Monday afternoon", what
 * "put it at 13" in the next sentence counts. Null when the sentence has no toll with a verb of rising.
 */
export function tollRising(tokens: readonly Token[]): Metric | null {
  const toll = tokens.findIndex((t) => t.norm === "toll");
  if (toll < 0 || tokens.some((t) => t.kind === "number")) return null;
  // (the toll's own verb, a few words on: "the toll has climbed", "the death toll kept rising")
  if (!tokens.slice(toll + 1, toll + 5).some((t) => RISE_VERBS.has(t.norm) || /^(?:rising|climbing|growing|mounting)$/.test(t.norm))) return null;
  return tollOf(tokens.slice(0, toll).map((t) => t.norm));
}

/** What a toll counts, by the words before it: "the injury toll" is the injured, a toll alone the dead. */
// (the words next to it, or the injured named before with no word of the dead: "Seventeen people were injured …, and by evening
// the toll had risen to 23", "The number of injured keeps growing: the toll has risen to 30" are the injured's; "one of the
// injured had died in hospital, bringing the toll to nine", "six dead and 40 injured, and … the toll reached 12" the dead's)
const INJURY = /^(?:injury|injured)$/;
const TOLL_DEAD = /^(?:death|deaths|dead|died|killed|killing|perished|fatalities)$/;
const tollOf = (before: readonly string[]): Metric =>
  before.slice(-2).some((w) => INJURY.test(w)) || (before.some((w) => INJURY.test(w)) && !before.some((w) => TOLL_DEAD.test(w))) ? "injured" : "killed";

const RISE_FROM = new Set(["up", "rose", "risen", "rising", "climbed", "climbing", "increased", "jumped", "grew", "grown"]);
// the words of a time of day ("by early afternoon", "by Thursday evening", "by 10:30"), of a place ("in the surrounding region")
const TIME_WORD = /^(?:early|late|mid|mid-?(?:morning|day|afternoon)|morning|afternoon|evening|noon|midday|midnight|nightfall|night|dawn|the|end|of|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|local|time|a\.m|p\.m|am|pm|:)$/;
const PLACE_WORDS = new Set([
  "the", "surrounding", "neighbouring", "neighboring", "nearby", "region", "regions", "region's", "city", "city's", "town", "village",
  "district", "oblast", "area", "suburb", "suburbs", "outskirts", "of", "in", "province", "capital", "port", "front-line",
  "frontline", "industrial", "small", "western", "eastern", "northern", "southern", "central", "-", "'s",
]);
// where a subject's clause begins: "two were killed, and the number of homes …"
const SUBJECT_STOP = new Set([";", ":", ".", "and", "but", "while", "as", "where", "when", "after", "with"]);
// weekdays and months by their full names (the calendar's first twelve), and the words of a day
const DAY_WORDS = new Set([...WEEKDAYS, ...MONTH_PATTERN.toLowerCase().split("|").slice(0, 12), "night", "day", "week", "yesterday", "today", "overnight"]);
const CASUALTY_NOUN: Readonly<Record<string, Metric>> = { dead: "killed", deaths: "killed", killed: "killed", fatalities: "killed", injured: "injured", wounded: "injured", injuries: "injured" };
/** Whether the words at `at` name the casualties of the count before them: "12 killed", "12 people wounded". */
const namesCasualty = (tokens: readonly Token[], at: number): boolean =>
  CASUALTY_NOUN[tokens[/^(?:people|persons|civilians)$/.test(tokens[at]?.norm ?? "") ? at + 1 : at]?.norm ?? ""] !== undefined;

/** The casualty figure a bare amount carries on: the last one of the sentence, a few words back. */
type Previous = { readonly metric: Metric; readonly weapon: unknown; readonly last: number; readonly valueEnd?: number } | null;

/**
 * A bare amount that carries on a casualty count of its sentence: an earlier toll ("the toll rose to 21,
 * up from 14 at dawn", "the toll has climbed from 10 to 12"), the toll at another hour ("put the toll at 14,
 * then 15 by mid-morning and 21 by early afternoon"), or the count of another place ("nine people were killed
 * in Kyiv and one in the surrounding region", "including two in Mykolaiv": a part, kept out of reconciliation).
 */
export function followOnCasualty(tokens: readonly Token[], q: Quantity, previous: Previous): { metric: Metric; part: boolean } | null {
  if (q.value === null) return null;
  const before = tokens[q.first - 1]?.norm ?? "";
  const after = tokens[q.last + 1]?.norm ?? "";
  const casualty = previous !== null && previous.weapon === null && (previous.metric === "killed" || previous.metric === "injured") ? previous : null;
  // the casualty count just given, at most `words` back in the same clause run
  const within = (words: number): boolean => {
    const between = casualty ? tokens.slice(casualty.last + 1, q.first) : [];
    return casualty !== null && between.length <= words && !between.some((t) => t.kind === "number" || t.norm === ";" || t.norm === ".");
  };
  // ("up from the seven he had reported in the afternoon": the toll told before, named as the one already given; not the pronoun,
  // "up from the one reported")
  const fromAt = before === "from" ? q.first - 1 : before === "the" && tokens[q.first - 2]?.norm === "from" && tokens[q.first]!.norm !== "one" ? q.first - 2 : -1;
  const riser = tokens[fromAt - 1]?.norm ?? "";
  if (fromAt > 0 && RISE_FROM.has(riser) && (before === "from" || riser === "up")) {
    // "…to 21, up from 14 at dawn": the count just given, a few words back
    // (past the source between them: "At least 16 people were killed in Kyiv, city officials said Tuesday morning, up from 14")
    // (not a count that names its own casualties, "rose to 40, up from the 12 killed and 30 wounded": those are read as told)
    if (riser === "up") return casualty && within(16) && !namesCasualty(tokens, q.last + 1) ? { metric: casualty.metric, part: false } : null;
    // the subject of the verb, in its own clause: "the death toll climbed from 14", "the number of injured rose from 30"
    // (not "two were killed and the number of homes without power climbed from 3,000")
    // (an appositive may stand between: "Kyiv's death toll, the highest this year, has risen from 23")
    let from = q.first - 2;
    while (from > 0 && from > q.first - 14 && !SUBJECT_STOP.has(tokens[from - 1]!.norm)) from--;
    const subject = tokens.slice(from, q.first - 2).map((t) => t.norm);
    const toll = subject.lastIndexOf("toll");
    if (toll >= 0) return { metric: tollOf(subject.slice(0, toll)), part: false };
    // ("the number of people killed", "the number of those injured in the attack on Odesa")
    const number = subject.findIndex((w, i) => /^(?:number|count|tally)$/.test(w) && subject[i + 1] === "of");
    const counted = number >= 0 ? subject.slice(number + 2, number + 5).map((w) => CASUALTY_NOUN[w]).find((m) => m !== undefined) : undefined;
    return counted ? { metric: counted, part: false } : null;
  }
  if (!casualty || !within(12)) return null;
  // "bringing the toll to nine from the eight initially reported", "rose to 12 from 10": the toll before, right after the toll now
  // (right after its amount: not "three children from one family")
  const from = before === "from" ? q.first - 1 : before === "the" && tokens[q.first - 2]?.norm === "from" ? q.first - 2 : -1;
  if (from > 0 && tokens[from - 1]!.end === casualty.valueEnd) return { metric: casualty.metric, part: false };
  // (the words after the amount are all of its phrase: not "and 300 by midday had been evacuated")
  const phraseEnds = (k: number) => k >= tokens.length || tokens[k]!.kind === "punct" || tokens[k]!.norm === "and" || tokens[k]!.norm === "while";
  // "had reported 14 dead, then 18, before the toll rose to 21": the toll at its next telling, said bare
  // (the count and nothing more: not "14 dead, then 18 homes burned")
  if (before === "then" && tokens[q.first - 2]?.norm === "," && phraseEnds(q.last + 1)) return { metric: casualty.metric, part: false };
  if ((before === "then" || before === "," || before === "and") && after === "by") {
    let k = q.last + 2;
    while (k < tokens.length && k < q.last + 6 && (TIME_WORD.test(tokens[k]!.norm) || tokens[k]!.kind === "number")) k++;
    return k > q.last + 2 && phraseEnds(k) ? { metric: casualty.metric, part: false } : null;
  }
  const placeAt = after === "in" ? q.last + 2 : (after === "more" || after === "each") && tokens[q.last + 2]?.norm === "in" ? q.last + 3 : -1;
  if (placeAt < 0 || !(before === "and" || before === "including" || before === ",")) return null;
  // the place and nothing more: "and one in the surrounding region", "including two in Mykolaiv" (not "and 30 in the
  // Kyiv region lost power", "and 3 in the city's hospital remain in critical condition": a verb of their own)
  let k = placeAt;
  while (k < tokens.length && k < placeAt + 10 && (STARTS_UPPER.test(tokens[k]!.text) || PLACE_WORDS.has(tokens[k]!.norm))) k++;
  // (a place may end before the words the count shares with the one before: "Two people were killed in Kharkiv and
  // three in Zaporizhzhia in overnight Russian attacks")
  while (k > placeAt + 1 && /^(?:in|of|the)$/.test(tokens[k - 1]!.norm)) k--;
  if (k === placeAt || !(phraseEnds(k) || sharedAdjunct(tokens, k, phraseEnds))) return null;
  // (nor "killed 35 people in Sumy on Palm Sunday and 12 in Kyiv on April 24": another day, another strike)
  if (tokens.slice(placeAt, k).some((t) => DAY_WORDS.has(t.norm))) return null;
  return { metric: casualty.metric, part: true };
}
