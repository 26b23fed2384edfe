/** The day a wire was written, by its dateline, when a later page republished it. */

import { type Article, addDays, sentenceText } from "@salvo/core";
import { INLINE_DATELINE } from "./attack-dates.ts";
import { findTimeRefs } from "./dates.ts";

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
    const dateline = INLINE_DATELINE.exec(sentenceText(article, s))?.[0];
    if (!dateline) continue;
    const day = findTimeRefs(dateline, published).find((r) => r.precision === "day" && r.start)?.start;
    return day && day < published && day >= addDays(published, -7) ? day : null;
  }
  return null;
}
