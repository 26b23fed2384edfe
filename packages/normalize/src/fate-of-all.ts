import { MONTHS } from "@salvo/core";
import type { RawFigure } from "./figures.ts";
import { WEAPON_NOUNS } from "./lexicon.ts";
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
