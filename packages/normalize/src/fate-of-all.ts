import type { RawFigure } from "./figures.ts";

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
