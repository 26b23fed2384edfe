/**
 * The day a live page's entry was written on, by the day heading it falls under: a page kept up over several days ("FRIDAY 28
 * FEBRUARY / 23:40 / Downing Street says Starmer has spoken by telephone with both Trump and Zelensky this evening") is
 * published with its latest day, but an entry's "this evening" or "today" is of the day it was written.
 */

import { type Article } from "@salvo/core";
import { type TimeRef } from "./dates.ts";
import { headingDays } from "./extract.ts";

// the time words that mean the moment of writing: "today", "this evening", "earlier today"
export const WRITTEN_NOW = /^(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i;

/**
 * Per sentence, the day of the day heading above it on a page with two or more (null elsewhere): read once per article. A
 * heading is a line of its own that gives its date ("SUNDAY 9 MARCH", "Friday 28 February"), as the figures' reader takes it.
 */
const entryDays = (article: Article): ReadonlyArray<string | null> => {
  const known = ENTRY_DAYS.get(article);
  if (known) return known;
  const headings = headingDays(article, article.meta.published);
  const lines = article.sentences.map((s) => {
    const lone = article.sentences[s.index - 1]?.paragraph !== s.paragraph && article.sentences[s.index + 1]?.paragraph !== s.paragraph;
    const heading = headings.get(s.index);
    return lone && heading?.dated ? heading.day : null;
  });
  const out: Array<string | null> = [];
  let current: string | null = null;
  const paged = lines.filter((d) => d !== null).length >= 2;
  for (const [i, day] of lines.entries()) {
    current = day ?? current;
    out[i] = paged && day === null ? current : null;
  }
  ENTRY_DAYS.set(article, out);
  return out;
};
const ENTRY_DAYS = new WeakMap<Article, ReadonlyArray<string | null>>();

/**
 * The day of the live entry a contact is told in, when its time is the moment of writing ("this evening", "today"); null when the
 * page has no day headings or the sentence names another time.
 */
export function liveEntryDay(article: Article, s: Article["sentences"][number], near: TimeRef | null): string | null {
  const day = entryDays(article)[s.index] ?? null;
  return day && near && WRITTEN_NOW.test(near.text.trim()) ? day : null;
}
