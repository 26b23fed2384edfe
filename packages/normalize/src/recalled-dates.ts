import { type ClaimRecord, addDays } from "@salvo/core";

// a strike told two days or more after it is recalled: the article is about something else, and names the attack by its
// bare day ("on June 17, a missile and drone attack killed 28 people in the capital")
const RECALLED_AFTER_DAYS = 2;
// the reports that tell a strike as news, the morning after it or the same day, are the ones whose words place it
const NEWS_WITHIN_DAYS = 1;
// a reading settled only where the news reports agree clearly: two sources at least, three to one over any other
const AGREEING_SOURCES = 2;
const CLEAR_MAJORITY = 3;
// the article's own words that place a recalled strike in the day or the night ("On the morning of March 11", "On Friday
// morning, Russia fired 122 missiles", "the previous high, recorded on the night of 26-27 May")
const OWN_DAYPART = /\bon\s+the\s+morning\s+of\b|\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+morning\b|\bnight\s+of\s+\d/i;

const dayOrNight = (c: ClaimRecord): boolean =>
  c.event_type === "strike" && (c.date_precision === "day" || c.date_precision === "night") && c.date_start !== null && c.date_end !== null && c.published !== null;

const daysAfter = (c: ClaimRecord, days: number): boolean => c.date_end! <= addDays(c.published!.slice(0, 10), -days);

const toldAsNews = (c: ClaimRecord): boolean => dayOrNight(c) && !daysAfter(c, NEWS_WITHIN_DAYS + 1) && c.date_end! <= c.published!.slice(0, 10);

/**
 * A strike recalled by a later article ("The last comparable barrage came on March 9", "Kyiv was last hit this hard on June
 * 17") takes the day or night the reports that told it as news give its event: its bare day does not say whether the
 * attack came by day or was the night that ended it, and the news reports' own words do ("overnight", "in broad
 * daylight"). Only where those reports, of two sources at least, agree three to one, and not where the recalling
 * sentence places the attack itself ("On the morning of March 11, …").
 */
export function recalledDates(claims: readonly ClaimRecord[], syndicatedOf: ReadonlyMap<string, string>): ClaimRecord[] {
  const sourceOf = (c: ClaimRecord) => syndicatedOf.get(c.article_id) ?? c.article_id;
  const readings = new Map<string, Map<string, { claim: ClaimRecord; sources: Set<string> }>>();
  for (const c of claims) {
    if (!toldAsNews(c)) continue;
    const byReading = readings.get(c.event_id) ?? new Map<string, { claim: ClaimRecord; sources: Set<string> }>();
    const reading = `${c.date_start}..${c.date_end}`;
    const entry = byReading.get(reading) ?? { claim: c, sources: new Set<string>() };
    entry.sources.add(sourceOf(c));
    byReading.set(reading, entry);
    readings.set(c.event_id, byReading);
  }
  return claims.map((c) => {
    if (!dayOrNight(c) || !daysAfter(c, RECALLED_AFTER_DAYS) || OWN_DAYPART.test(c.quote)) return c;
    // (the recalling article's own copies are no news report of it)
    const counts = [...(readings.get(c.event_id)?.values() ?? [])]
      .map((r) => ({ claim: r.claim, n: [...r.sources].filter((s) => s !== sourceOf(c)).length }))
      .sort((a, b) => b.n - a.n);
    const [top, second] = counts;
    if (!top || top.n < AGREEING_SOURCES || top.n < CLEAR_MAJORITY * (second?.n ?? 0)) return c;
    const { date_start, date_end, date_precision } = top.claim;
    return date_start === c.date_start && date_end === c.date_end ? c : { ...c, date_start, date_end, date_precision };
  });
}
