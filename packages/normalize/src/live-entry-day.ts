/**
 * The day a live page's entry was written on, by the day heading it falls under: a page kept up over several days ("FRIDAY 28
 * FEBRUARY / 23:40 / Downing Street says Starmer has spoken by telephone with both Trump and Zelensky this evening") is
 * published with its latest day, but an entry's "this evening" or "today" is of the day it was written.
 */

import { type Article, MONTH_PATTERN, sentenceText } from "@salvo/core";
import { type TimeRef, WEEKDAY_NAME, findTimeRefs } from "./dates.ts";

// a line that is a weekday and a day of the month alone: "SATURDAY 14 JANUARY", "Friday 28 February", "WEDNESDAY, 28 MAY",
// "Tuesday, June 17, 2025" (not a round-up's "MONDAY" alone, whose day is read elsewhere, nor a dateline with a place)
const MONTH = `(?:${MONTH_PATTERN}|${MONTH_PATTERN.toUpperCase()})\\.?`;
const DAY_HEADING = new RegExp(`^\\s*${WEEKDAY_NAME}\\.?,?\\s+(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?:,?\\s+\\d{4})?\\s*$`, "u");

// the time words that mean the moment of writing: "today", "this evening", "earlier today"
export const WRITTEN_NOW = /^(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i;

/** Per sentence, the day of the day heading above it on a page with two or more (null elsewhere): read once per article. */
const headingDays = (article: Article): ReadonlyArray<string | null> => {
  const known = HEADING_DAYS.get(article);
  if (known) return known;
  const published = article.meta.published;
  const lines = article.sentences.map((s) => {
    const text = sentenceText(article, s);
    const lone = article.sentences[s.index - 1]?.paragraph !== s.paragraph && article.sentences[s.index + 1]?.paragraph !== s.paragraph;
    return lone && DAY_HEADING.test(text) ? (findTimeRefs(text, published).find((r) => r.precision === "day" && r.start && !r.relative)?.start ?? null) : null;
  });
  const out: Array<string | null> = [];
  let current: string | null = null;
  const paged = lines.filter((d) => d !== null).length >= 2;
  for (const [i, day] of lines.entries()) {
    current = day ?? current;
    out[i] = paged && day === null ? current : null;
  }
  HEADING_DAYS.set(article, out);
  return out;
};
const HEADING_DAYS = new WeakMap<Article, ReadonlyArray<string | null>>();

/**
 * The day of the live entry a contact is told in, when its time is the moment of writing ("this evening", "today"); null when the
 * page has no day headings or the sentence names another time.
 */
export function liveEntryDay(article: Article, s: Article["sentences"][number], near: TimeRef | null): string | null {
  const day = headingDays(article)[s.index] ?? null;
  return day && near && WRITTEN_NOW.test(near.text.trim()) ? day : null;
}
