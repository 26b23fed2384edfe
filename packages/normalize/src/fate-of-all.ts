import { MONTHS } from "@salvo/core";
import type { RawFigure } from "./figures.ts";
import { matchCue } from "./cues.ts";
import { type Cue, PERSON_NOUNS, WEAPON_CUES, WEAPON_NOUNS } from "./lexicon.ts";
import { STARTS_UPPER, type Token } from "./tokens.ts";

/**
 * "All of them were shot down", "both were disabled": the fate of every weapon a count just before told of, and what a
 * source says it by. Shared by the reading inside one sentence (figures.ts) and across two (extract.ts), so the two readings
 * let the same speakers through.
 */

// the verbs a source tells that fate by: "; the Air Force said all of them were shot down", "It said all of them had been destroyed"
const SAID = ["said", "says", "reported", "reports", "added", "stated", "claimed"].join("|");

/** One of those verbs, a token's norm. */
export const SAID_VERB = new RegExp(`^(?:${SAID})$`);
/** What the speaker adds to a count, past its attribution: "and that", "adding that", "and claimed that", "saying that". */
export const SPEAKER_ADDS = new RegExp(`\\b(?:and|adding|claiming|saying|${SAID}) that\\b`);
/** An attribution set off between the count and "and all of them": ", the Air Force said, and". */
export const SAID_AND = new RegExp(`, (?:[\\p{L}'’.-]+ ){1,6}(?:${SAID}) , and$`, "u");
/** A source named right before "all of them": "; the Air Force said", ", Ukraine said that". */
export const SAID_JUST_BEFORE = new RegExp(`[;,] (?:[\\p{L}'’.-]+ ){1,6}(?:${SAID})(?: that)?$`, "u");
/** A sentence's own source before "all of them", as text: "It said", "The ministry said". */
export const SOURCE_SAID = `(?:it|they|the\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:${SAID})`;

/** "Both" is all of two: the fate of one count of two, never of three nor of two counts ("two drones …, and that both were disabled"). */
export const bothOfTwo = (counts: readonly Pick<RawFigure, "value">[]): boolean => counts.length === 1 && counts[0]!.value === 2;

// what opens a place or time phrase a count may stand before "all of which": "at Kyiv", "from the direction of …", "on Monday"
const PLACE_OPENERS: ReadonlySet<string> = new Set(["at", "from", "over", "on", "toward", "towards", "in", "into", "across"]);
// the words inside one, besides names: "from the direction of the Bryansk region", "over the capital", "in the early hours"
const PLACE_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "its", "their", "of", "occupied",
  "region", "regions", "oblast", "oblasts", "province", "district", "direction", "city", "capital", "town", "village", "border",
  "area", "coast", "sea", "territory", "peninsula", "country", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
  "early", "late", "hours", "night", "morning", "evening", "afternoon", "day", "dawn",
]);

/**
 * Whether tokens[from, to) are only where and when a count was fired, place and time phrases and commas: "fired eight
 * ballistic missiles at Kyiv from the direction of the Bryansk region, all of which were intercepted". Not another clause, which
 * may hold what "all of which" tells of ("fired 20 drones at Kyiv overnight while Ukraine sent drones toward Moscow, all of
 * which …"): no "and", "while" or "as", no verb, no other weapon.
 */
export function placesOnly(tokens: readonly Token[], from: number, to: number): boolean {
  let inPhrase = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.norm === "," || t.norm === "overnight") inPhrase = false;
    else if (PLACE_OPENERS.has(t.norm)) inPhrase = true;
    else if (!inPhrase || !placeWord(tokens, j)) return false;
  }
  return true;
}

/** A word of a place or time phrase: a name (not a weapon's, "Shahed drones"), a word of PLACE_WORDS, a day of a month. */
function placeWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind === "number") return Object.hasOwn(MONTHS, tokens[j - 1]?.norm ?? "") || Object.hasOwn(MONTHS, tokens[j + 1]?.norm ?? "");
  if (t.kind !== "word" || WEAPON_NOUNS.has(t.norm)) return false;
  return PLACE_WORDS.has(t.norm) || STARTS_UPPER.test(t.text);
}

// a fate a target hit may meet too, not a weapon in flight alone: "all of them were destroyed" may be the warehouses hit
const TARGETS_FATE = /^(?:destroy|disabled|put out|knocked out|eliminated|liquidated)/;
// what the launch did to something, told between the count and "all of them": "hitting port warehouses and grain silos"
const STRUCK = /^(?:hit|hits|hitting|struck|striking|damag(?:ed|es|ing)|destroy(?:ed|ing)|wreck(?:ed|ing)|demolish(?:ed|ing)|flatten(?:ed|ing)|smash(?:ed|ing)|crash(?:ed|ing))$/;
// a plural word in lower case: a thing "all of them" may be ("at the three power plants"), unless NO_THING
const PLURAL = /^\p{Ll}[\p{Ll}-]*[^su'\-]s$/u;
// plurals that are no thing destroyed: the time, the ground, the defenders, the people, the speakers, words that are no noun
const NO_THING: ReadonlySet<string> = new Set([
  "hours", "days", "nights", "minutes", "weeks", "months", "years", "times", "regions", "oblasts", "districts", "provinces", "areas",
  "parts", "directions", "defences", "defenses", "forces", "units", "crews", "groups", "systems", "gunners", "services",
  "authorities", "officials", "sources", "news", "media", "was", "has", "its", "this", "thus", "always", "perhaps", "towards",
  "afterwards", "whereas", "besides", "says", "reports", "adds", "claims",
]);
// what burned down, not what was shot down: "all of them were destroyed by the fire"
const BLAZE = /^(?:fire|fires|blaze|blast|explosion|explosions|flames)$/;

/**
 * Whether the fate at fateTokens[fateAt] ("all of them were destroyed") may be that of the launches counted together, with
 * launchTokens from the last one's end to `to` between them. A fate only weapons meet ("shot down", "intercepted", "jammed")
 * always may. One a target meets too ("destroyed", "disabled") may not past what the weapons hit ("fired 12 drones at Sumy
 * overnight, hitting five houses. The mayor said all of them were destroyed"), nor past other things named after a count
 * that is the object of its launch ("fired 10 missiles at the three power plants"; but "nine aerial drones had attacked ships
 * of the fleet. It said all of them had been destroyed", where the count is what the sentence is about), nor when a fire did
 * it ("destroyed by the fire").
 */
export function fateOfLaunch(launchTokens: readonly Token[], launches: readonly RawFigure[], to: number, fateTokens: readonly Token[], fateAt: number, fate: Cue): boolean {
  const launch = launches.at(-1)!;
  if (!TARGETS_FATE.test(fate.words.join(" "))) return true;
  if (byFire(fateTokens, fateAt + fate.words.length)) return false;
  const between = launchTokens.slice(launch.last + 1, to);
  if (between.some((t) => STRUCK.test(t.norm))) return false;
  return countIsSubject(launchTokens, launches[0]!) || !between.some((t) => PLURAL.test(t.norm) && !NO_THING.has(t.norm) && !PERSON_NOUNS.has(t.norm) && !WEAPON_NOUNS.has(t.norm));
}

/** "by the fire", "by a blast" at `at`: not "by fire from mobile groups", "by the fire of air defences". */
function byFire(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== "by") return false;
  const noun = /^(?:the|a)$/.test(tokens[at + 1]?.norm ?? "") ? at + 2 : at + 1;
  return BLAZE.test(tokens[noun]?.norm ?? "") && !/^(?:of|from)$/.test(tokens[noun + 1]?.norm ?? "");
}

/**
 * The count is what its sentence is about, not the object of a launch verb just before it ("fired 12 drones", "attacked
 * Kyiv with 11 missiles"): "nine aerial drones had attacked ships", "two drones flew at Moscow".
 */
function countIsSubject(tokens: readonly Token[], first: RawFigure): boolean {
  for (let k = first.first - 1; k >= Math.max(0, first.first - 4) && tokens[k]!.kind !== "punct"; k--) {
    if (tokens[k]!.norm === "with" || matchCue(tokens, k, WEAPON_CUES)?.metric === "launched") return false;
  }
  return true;
}

// what may stand between a count's noun and the comma before "all": where and when ("84 drones over two nights, all of them
// shot down"), no verb, no other weapon, no other clause
const DOWNED_ALL = /^, all(?: of (?:them|which))?(?: (?:were|was|had been|have been))?(?: (?:also|reportedly|successfully))?$/;
const HEDGE_WORD = /^(?:about|around|nearly|almost|some|over|more|than|at|least|up|to|roughly|approximately)$/;

/**
 * The launches that "all of them" after a count tells were all downed, when nothing before the count says what befell it:
 * "Air Force spokesman Yurii Ihnat called the result unprecedented: 84 drones over two nights, all of them shot down", "Kyiv
 * again: 10 missiles, all shot down". The count is the whole attack, so it is launched as well as downed (as "all 18 missiles
 * fired at Kyiv were shot down" is). Not a count a verb before it already tells the fate of ("destroyed 84 drones over two
 * nights, all of them over the south"), nor one after another's fate ("shot down 30 drones and 12 missiles, all of which …").
 * Returns the figures with each launch right after the count it is read from, so they stay in the order of the text (the
 * sentence's last figure is what a bare count after it continues).
 */
export function wholeOfAllDowned(tokens: readonly Token[], figures: readonly RawFigure[]): RawFigure[] {
  const out: RawFigure[] = [];
  for (const [i, f] of figures.entries()) {
    out.push(f);
    if (!f.weapon || f.part || f.value === null || !INTERCEPTED.has(f.metric)) continue;
    if (figures.some((g) => g !== f && g.first === f.first && g.metric === "launched")) continue;
    if (!allDownedAfter(tokens, f.last + 1) || !bareOpening(tokens, f, figures.slice(0, i))) continue;
    out.push({ ...f, metric: "launched" });
  }
  return out;
}

const INTERCEPTED: ReadonlySet<string> = new Set(["shot_down", "jammed", "neutralized"]);

/** From `from`: a short phrase of where and when, then ", all of them" and a fate only weapons meet. */
function allDownedAfter(tokens: readonly Token[], from: number): boolean {
  const comma = tokens.findIndex((t, k) => k >= from && k <= from + 6 && t.norm === ",");
  if (comma < 0) return false;
  for (let k = from; k < comma; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" || t.norm === "and" || WEAPON_NOUNS.has(t.norm) || matchCue(tokens, k, WEAPON_CUES)) return false;
  }
  for (let end = comma + 2; end <= comma + 8 && end < tokens.length; end++) {
    if (!DOWNED_ALL.test(tokens.slice(comma, end).map((t) => t.norm).join(" "))) continue;
    const cue = matchCue(tokens, end, WEAPON_CUES);
    if (cue && /^(?:shot|downed|intercepted|brought|destroyed|neutrali[sz]ed|suppressed|jammed)$/.test(tokens[end]!.norm)) return true;
  }
  return false;
}

/**
 * Nothing before the count tells its fate: it opens its clause (the sentence, or after a colon), or it is joined to a count of
 * launches ("fired about 70 cruise missiles, of which 51 were shot down, as well as five attack drones, all of which were
 * destroyed": past the part told of the one before).
 * (Not after a colon that a launch before it opens: "Russia launched 90 drones overnight: 84 Shaheds, all of them shot down, and
 * six decoys": the count is a part of that launch, not a launch of its own.)
 */
function bareOpening(tokens: readonly Token[], f: RawFigure, earlier: readonly RawFigure[]): boolean {
  const prev = earlier.at(-1) ?? null;
  const beforePrev = earlier.at(-2) ?? null;
  let k = f.first - 1;
  while (k >= 0 && HEDGE_WORD.test(tokens[k]!.norm)) k--;
  if (k < 0) return !prev || prev.last < k;
  if (tokens[k]!.norm === ":") return (!prev || prev.last < k) && !earlier.some((g) => g.metric === "launched" && g.last < k);
  const joined = /^(?:and|plus)$/.test(tokens[k]!.norm) || (tokens[k]!.norm === "as" && tokens[k - 1]?.norm === "well" && tokens[k - 2]?.norm === "as");
  if (!joined || !prev || prev.last >= k) return false;
  if (prev.metric === "launched") return true;
  // (the fate of a part of that launch, told in its own clause: ", of which 51 were shot down,")
  const ofWhich = /^(?:which|them)$/.test(tokens[prev.first - 1]?.norm ?? "") && tokens[prev.first - 2]?.norm === "of";
  return ofWhich && beforePrev?.metric === "launched" && beforePrev.last < prev.first;
}
