/** The day a report's news was on, for a contact it tells with no time of its own. */

import { type Article, sentenceText } from "@salvo/core";
import { findTimeRefs } from "./dates.ts";

/**
 * "Ukrainian President Volodymyr Zelensky arrived in The Hague on Tuesday for the NATO summit … / Zelensky and Schoof spoke for
 * around an hour at the Catshuis": a contact whose sentence names no time at all, told after the text last named the day the
 * report came out, is of that day, as the news it goes on with; null when the time named last is another one (a night, a week,
 * another day: "Tuesday night into Wednesday, 11–12 February … Trump then called Volodymyr Zelensky" in a weekly round-up).
 * (a month or year named in between is no time of the news: "…, its first since September 2022. Zelensky met Sanchez …")
 */
export function newsDay(article: Article, at: number): string | null {
  const published = article.meta.published;
  const s = article.sentences.find((x) => x.start <= at && at < x.end);
  if (!published || !s || findTimeRefs(sentenceText(article, s), published).length > 0) return null;
  for (let i = s.index - 1; i >= 0; i--) {
    const refs = findTimeRefs(sentenceText(article, article.sentences[i]!), published).filter((r) => r.start && r.start <= published && r.precision !== "month" && r.precision !== "year");
    const last = refs.at(-1);
    if (last) return last.precision === "day" && last.start === published && last.end === published ? published : null;
  }
  return null;
}
