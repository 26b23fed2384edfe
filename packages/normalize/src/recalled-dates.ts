import { type ClaimRecord, WEEKDAY_PATTERN, daysBetween } from "@salvo/core";
import { entryOf } from "./entry-of.ts";

// the reports that tell a strike as news, the day it ended or the next, are the ones whose words place it; a report later than
// those that came before it recalls the strike ("Kyiv was last hit this hard on June 17", "the toll from Wednesday's strike")
const NEWS_WITHIN_DAYS = 1;
// a reading settled only where the news reports agree clearly: two sources at least, three to one over any other
const AGREEING_SOURCES = 2;
const CLEAR_MAJORITY = 3;
// the article's own words that place a recalled strike in the day or the night ("On the morning of March 11", "On Friday
// morning, Russia fired 122 missiles", "On the afternoon of June 17", "Late on Tuesday", "in broad daylight", "the previous
// high, recorded on the night of 26-27 May", "Early on Friday, the ministry said a drone had been shot down", "overnight"):
// the news reports of its event do not override them (not a time of something else: "the toll rose from 17 on the evening
// of the strike", "By Wednesday night the toll had risen to 26")
const WEEKDAY = `(?:${WEEKDAY_PATTERN})`;
const OWN_DAYPART = new RegExp(
  [
    String.raw`\bon\s+the\s+morning\s+of\b`,
    String.raw`\bon\s+the\s+(?:afternoon|evening)\s+of\s+(?:\d|${WEEKDAY}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)`,
    String.raw`\bon\s+${WEEKDAY}\s+(?:morning|afternoon|evening)\b`,
    String.raw`\bnight\s+of\s+\d`,
    String.raw`\b(?:early|late)\s+(?:on\s+)?${WEEKDAY}\b`,
    String.raw`\bovernight\b`,
    String.raw`\bin\s+broad\s+daylight\b`,
  ].join("|"),
  "i",
);

const dayOrNight = (c: ClaimRecord): boolean =>
  c.event_type === "strike" && (c.date_precision === "day" || c.date_precision === "night") && c.date_start !== null && c.date_end !== null && c.published !== null;

/** How many days after the strike's last day its report came out (for a claim dated to a day or night). */
const daysAfter = (c: ClaimRecord): number => daysBetween(c.date_end!, c.published!.slice(0, 10));

/** One reading of an event's date (its day or night) and the sources whose news reports give it. */
type Reading = { claim: ClaimRecord; sources: Set<string> };

export function recalledDates(claims: readonly ClaimRecord[], syndicatedOf: ReadonlyMap<string, string>): ClaimRecord[] {
  const sourceOf = (c: ClaimRecord) => syndicatedOf.get(c.article_id) ?? c.article_id;
  // per event, the readings of the reports within 0 and within NEWS_WITHIN_DAYS days of the strike, counted once for all the
  // claims that recall it (linear in claims, however many reports a barrage has)
  const news = new Map<string, Map<string, Reading>[]>();
  for (const c of claims) {
    if (!dayOrNight(c)) continue;
    const after = daysAfter(c);
    if (after < 0 || after > NEWS_WITHIN_DAYS) continue;
    const byWithin = entryOf(news, c.event_id, () => Array.from({ length: NEWS_WITHIN_DAYS + 1 }, () => new Map<string, Reading>()));
    for (let within = after; within <= NEWS_WITHIN_DAYS; within++) {
      entryOf(byWithin[within]!, `${c.date_start}..${c.date_end}`, () => ({ claim: c, sources: new Set<string>() })).sources.add(sourceOf(c));
    }
  }
  return claims.map((c) => {
    if (!dayOrNight(c) || daysAfter(c) < 1 || OWN_DAYPART.test(c.quote)) return c;
    // (a report of the next day counts only the day's own as news, so that next-day reports never settle one another)
    const within = Math.min(NEWS_WITHIN_DAYS, daysAfter(c) - 1);
    const readings = news.get(c.event_id)?.[within];
    if (!readings) return c;
    // (the recalling article's own copies are no news report of it)
    const counts = [...readings.values()].map((r) => ({ claim: r.claim, n: r.sources.size - (r.sources.has(sourceOf(c)) ? 1 : 0) })).sort((a, b) => b.n - a.n);
    const [top, second] = counts;
    if (!top || top.n < AGREEING_SOURCES || top.n < CLEAR_MAJORITY * (second?.n ?? 0)) return c;
    const { date_start, date_end, date_precision } = top.claim;
    return date_start === c.date_start && date_end === c.date_end ? c : { ...c, date_start, date_end, date_precision };
  });
}
