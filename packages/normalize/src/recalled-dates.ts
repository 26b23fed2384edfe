import type { ClaimRecord } from "@salvo/core";
import { entryOf } from "./entry-of.ts";

// the reports that tell a strike as news, the day it ended or the next, are the ones whose words place it; a report later than
// those that came before it recalls the strike ("Kyiv was last hit this hard on June 17", "the toll from Wednesday's strike")
const NEWS_WITHIN_DAYS = 1;
// a reading settled only where the news reports agree clearly: two sources at least, three to one over any other
const AGREEING_SOURCES = 2;
const CLEAR_MAJORITY = 3;
// the article's own words that place a recalled strike in the day or the night ("On the morning of March 11", "On Friday
// morning, Russia fired 122 missiles", "the previous high, recorded on the night of 26-27 May", "Early on Friday, the ministry
// said a drone had been shot down", "overnight")
const OWN_DAYPART =
  /\bon\s+the\s+morning\s+of\b|\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+morning\b|\bnight\s+of\s+\d|\bearly\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\bovernight\b/i;

const dayOrNight = (c: ClaimRecord): boolean =>
  c.event_type === "strike" && (c.date_precision === "day" || c.date_precision === "night") && c.date_start !== null && c.date_end !== null && c.published !== null;

/** How many days after the strike's last day its report came out (for a claim dated to a day or night). */
const daysAfter = (c: ClaimRecord): number => (Date.parse(c.published!.slice(0, 10)) - Date.parse(c.date_end!)) / 86_400_000;

/**
 * A strike recalled by a later article ("The last comparable barrage came on March 9", "Kyiv was last hit this hard on June
 * 17", and a day later "the toll from Wednesday's missile strike on Ternopil has risen to 26") takes the day or night that
 * the reports which told it as news, earlier than it, give its event: its bare day does not say whether the attack came by
 * day or was the night that ended it, and the news reports' own words do ("overnight", "in broad daylight"). Only where
 * those reports, of two sources at least, agree three to one, and not where the recalling sentence places the attack itself
 * ("On the morning of March 11, …").
 */
export function recalledDates(claims: readonly ClaimRecord[], syndicatedOf: ReadonlyMap<string, string>): ClaimRecord[] {
  const sourceOf = (c: ClaimRecord) => syndicatedOf.get(c.article_id) ?? c.article_id;
  const news = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    if (!dayOrNight(c)) continue;
    const after = daysAfter(c);
    if (after >= 0 && after <= NEWS_WITHIN_DAYS) entryOf(news, c.event_id, () => []).push(c);
  }
  return claims.map((c) => {
    if (!dayOrNight(c) || daysAfter(c) < 1 || OWN_DAYPART.test(c.quote)) return c;
    const within = Math.min(NEWS_WITHIN_DAYS, daysAfter(c) - 1);
    // (the recalling article's own copies are no news report of it)
    const readings = new Map<string, { claim: ClaimRecord; sources: Set<string> }>();
    for (const x of news.get(c.event_id) ?? []) {
      if (daysAfter(x) > within || sourceOf(x) === sourceOf(c)) continue;
      entryOf(readings, `${x.date_start}..${x.date_end}`, () => ({ claim: x, sources: new Set<string>() })).sources.add(sourceOf(x));
    }
    const counts = [...readings.values()].map((r) => ({ claim: r.claim, n: r.sources.size })).sort((a, b) => b.n - a.n);
    const [top, second] = counts;
    if (!top || top.n < AGREEING_SOURCES || top.n < CLEAR_MAJORITY * (second?.n ?? 0)) return c;
    const { date_start, date_end, date_precision } = top.claim;
    return date_start === c.date_start && date_end === c.date_end ? c : { ...c, date_start, date_end, date_precision };
  });
}
