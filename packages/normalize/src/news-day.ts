/** The day a report's news was on, for a contact it tells with no time of its own. */

import { type Article, sentenceText } from "@salvo/core";
import { findTimeRefs, type TimeRef } from "./dates.ts";
import { PAGE_DATELINE_SENTENCES, writtenOn } from "./written-on.ts";

/**
 * "Ukrainian President Volodymyr Zelensky arrived in The Hague on Tuesday for the NATO summit … / Zelensky and Schoof spoke for
 * around an hour at the Catshuis": a contact whose sentence names no time at all, told after the text last named the day the
 * report came out, is of that day, as the news it goes on with; null when the time named last is another one (a night, a week,
 * another day: "Tuesday night into Wednesday, 11–12 February … Trump then called Volodymyr Zelensky" in a weekly round-up).
 * (a month or year named in between is no time of the news: "…, its first since September 2022. Zelensky met Sanchez …")
 * The night into the report's day is its news too: "Russia launched 40 drones during the night … / Later, Tusk spoke with Zelensky"
 * in a report of the next morning (not a night that ended days before it, the round-up's night above).
 */
export function newsDay(article: Article, at: number): string | null {
  const published = article.meta.published;
  const s = article.sentences.find((x) => x.start <= at && at < x.end);
  if (!published || !s || findTimeRefs(sentenceText(article, s), published).length > 0) return null;
  // (the day a republished wire was written, by its dateline: "HROZA, Ukraine, Oct 5 (Wire) - … on Thursday …" on a page of Oct 6)
  const written = writtenOn(article, published, PAGE_DATELINE_SENTENCES);
  const last = lastTimesNamed(article, published)[s.index];
  if (!last?.start) return null;
  const day = last.precision === "day" && last.start === last.end ? last.start : last.precision === "night" && !last.relative ? last.end : null;
  return day !== null && (day === published || day === written) ? day : null;
}

/**
 * Per sentence, the last time the text named before it (no month or year, none after publication): read once per article, not
 * once per undated contact, so a long page with many of them stays linear.
 */
const lastTimesNamed = (article: Article, published: string): ReadonlyArray<TimeRef | null> => {
  const known = LAST_TIMES.get(article);
  if (known) return known;
  const out: Array<TimeRef | null> = [];
  let last: TimeRef | null = null;
  for (const s of article.sentences) {
    out.push(last);
    const refs = findTimeRefs(sentenceText(article, s), published).filter((r) => r.start && r.start <= published && r.precision !== "month" && r.precision !== "year");
    last = refs.at(-1) ?? last;
  }
  LAST_TIMES.set(article, out);
  return out;
};
const LAST_TIMES = new WeakMap<Article, ReadonlyArray<TimeRef | null>>();
