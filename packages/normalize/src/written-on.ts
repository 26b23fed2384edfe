/** The day a wire was written, by its dateline, when a later page republished it. */

import { type Article, addDays, sentenceText } from "@salvo/core";
import { INLINE_DATELINE } from "./attack-dates.ts";
import { findTimeRefs, WEEKDAY_NAME } from "./dates.ts";

// the sentences an article's own dateline may open (after its headline and a byline)
export const DATELINE_SENTENCES = 3;
// (a page's own line of section and date may come before them: "The Northfield Courier | World | Friday, October 6, 2023 / By
// Meridian Wire / HROZA, Ukraine, Oct 5 (Meridian Wire) - …")
export const PAGE_DATELINE_SENTENCES = DATELINE_SENTENCES + 1;

/**
 * The day the report was written when its dateline says so ("KYIV, Aug 26 (Wire) -" republished
 * on the 27th): "overnight" and "on Monday" in it count from that day, not from the republication. `within`: the opening sentences
 * the dateline may be in.
 */
export function writtenOn(article: Article, published: string | null, within = DATELINE_SENTENCES): string | null {
  if (!published) return null;
  for (const s of article.sentences.slice(0, within)) {
    const text = sentenceText(article, s);
    const dateline = INLINE_DATELINE.exec(text)?.[0];
    if (!dateline) continue;
    const day = findTimeRefs(dateline, published).find((r) => r.precision === "day" && r.start)?.start ?? leadWeekday(text.slice(dateline.length), published);
    return day && day < published && day >= addDays(published, -7) ? day : null;
  }
  return null;
}

// a weekday named alone, as a wire names the day it writes on: "said Wednesday", "on Saturday morning" (not "Saturday night")
const LEAD_WEEKDAY = new RegExp(`^(?:on\\s+)?${WEEKDAY_NAME}(?:\\s+(?:morning|afternoon))?$`, "i");

/**
 * The day an undated dateline's lead was written on, by the weekday it names when that is the day before the page came out
 * ("KYIV, Ukraine — Ukraine's air force said Wednesday that …" on a page of Thursday): a wire's lead names the day it is written
 * as a weekday, and a republisher's page comes out the day after.
 */
function leadWeekday(lead: string, published: string): string | null {
  const first = findTimeRefs(lead, published).find((r) => r.start !== null);
  return first && !first.relative && first.precision === "day" && LEAD_WEEKDAY.test(first.text.trim()) && first.start === addDays(published, -1) ? first.start : null;
}
