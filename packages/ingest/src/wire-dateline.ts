import { MONTH_PATTERN, MONTHS, WEEKDAYS, addDays, isoDate, weekday } from "@salvo/core";

// "KYIV, Oct 10 (Meridian Wire) - Russia fired …", "KRYVYI RIH, Ukraine, April 6 (Meridian News) - …", "MOSCOW, August 18 -
// Federal News Line. …", "MOSCOW, 13 September. /Vesti-Press/. …", "KHARKIV, 22 October 2025 - …": a wire's dateline opens
// the lead with the place in capitals and the day it was filed.
const PLACE = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:[\s/]+\p{Lu}[\p{Lu}'’.-]+){0,3}`;
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})?`;
const MONTH_DAY = String.raw`(?<m1>${MONTH_PATTERN})\.?\s+(?<d1>\d{1,2})(?:,?\s+(?<y1>\d{4}))?`;
const DAY_MONTH = String.raw`(?<d2>\d{1,2})\s+(?<m2>${MONTH_PATTERN})\.?(?:\s+(?<y2>\d{4}))?`;
// ("Dec 26 (Reuters) - …": a story filed from no one place opens with the day and the agency alone)
const NO_PLACE = String.raw`(?=(?:${MONTH_PATTERN})\.?\s+\d{1,2}\s*\([^()\n]{2,40}\)\s*[-–—])`;
const WIRE_DATELINE = new RegExp(
  String.raw`^\s*(?:${PLACE}${REGION},?\s+|${NO_PLACE})(?:${MONTH_DAY}|${DAY_MONTH})(?:\s*\.?\s*\/[^/\n]{2,30}\/\.?|\s*\.?\s*(?:\([^()\n]{2,40}\))?\s*[-–—])`,
  "u",
);

const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "gi");
// "said on Monday", and a bare "on Monday" (not "late on Thursday", "on Sunday night", "overnight into Friday")
const SAID_ON = new RegExp(
  `\\b(?:(?:said|says|told|announced|reported|wrote|stated|confirmed)\\s+(?:\\w+\\s+){0,3}?|(?<!\\b(?:late|early|overnight|night|evening)\\s+))on\\s+(${WEEKDAYS.join("|")})\\b(?!\\s+(?:night|evening))`,
  "gi",
);
const EARLY_ON = new RegExp(`\\bearly\\s+(?:on\\s+)?(${WEEKDAYS.join("|")})\\b(?!\\s+(?:night|evening))|\\b(${WEEKDAYS.join("|")})\\s+morning\\b`, "gi");
const SAID_BY_ON = new RegExp(`\\b(?:said|says|told|announced|reported|wrote|stated|confirmed)\\s+(?:\\w+\\s+){0,3}?on\\s+(${WEEKDAYS.join("|")})\\b(?!\\s+(?:night|evening))`, "gi");
// The years a dateline without one may be: the war's, up to the last this code was checked on. Not a year beyond it: a
// weekday the lead names for the day before ("warned on Thursday" in Friday's copy) fits some other year of a longer span,
// and a year too late is worse than none. Raise LAST_YEAR as the corpus moves on.
const FIRST_YEAR = 2022;
const LAST_YEAR = 2026;

/**
 * The day a wire's dateline gives for the lead that opens with it. A dateline without a year ("KYIV, Oct 10") takes the
 * one year of the war in which that day fell on the weekday the lead says it was filed ("said on Monday", "on Monday"),
 * and none when no year or several fit: a weekday that may be the day before ("late on Thursday" in Friday's copy) must
 * not move the article years. The years the text writes and the office holders it names narrow the span.
 */
export function wireDatelineDate(lead: string, text: string, saidOnly = false): string | null {
  const m = WIRE_DATELINE.exec(lead);
  if (!m?.groups) return null;
  const g = m.groups;
  const month = MONTHS[(g.m1 ?? g.m2)!.toLowerCase()]!;
  const day = Number(g.d1 ?? g.d2);
  const year = g.y1 ?? g.y2;
  if (year) return isoDate(Number(year), month, day);
  const after = lead.slice(m[0].length, m[0].length + (saidOnly ? 1200 : 600));
  const dayOf = (w: string) => WEEKDAYS.indexOf(w.toLowerCase() as (typeof WEEKDAYS)[number]);
  // (the day a source spoke is the day the copy was filed: "the Air Force said on Monday"; a day something happened may be
  // the one before, "late on Thursday" in Friday's copy, so a year where the dateline falls the day after it rivals it)
  // (past the lead, only a source's "said on Monday" counts, and only when it names no other weekday)
  const said = new Set([...after.matchAll(saidOnly ? SAID_BY_ON : SAID_ON)].map((w) => dayOf(w[1]!)));
  // ("struck two apartment blocks early on Wednesday": the small hours of the day it was filed)
  if (!saidOnly) for (const w of after.matchAll(EARLY_ON)) said.add(dayOf((w[1] ?? w[2])!));
  const named = new Set([...after.matchAll(WEEKDAY_WORD)].map((w) => dayOf(w[1]!)));
  const [from, to] = yearsOf(text);
  // (no weekday to go by, but the offices the text names allow one year of the war: "Prime Minister Boris Johnson")
  if (named.size === 0 && !saidOnly && from === to) return isoDate(from, month, day);
  if (named.size === 0 || said.size > 1 || (saidOnly && (said.size !== 1 || named.size !== 1))) return null;
  const fits: string[] = [];
  for (let y = from; y <= to; y++) {
    const iso = isoDate(y, month, day);
    if (!iso) continue;
    if (said.size === 1 ? said.has(weekday(iso)) : named.has(weekday(iso)) || named.has((weekday(iso) + 6) % 7)) fits.push(iso);
  }
  return fits.length === 1 && named.has(weekday(fits[0]!)) ? fits[0]! : null;
}

/**
 * The years the text allows: the war's, not much before the latest year it writes ("since February 2024" is not in a 2022
 * report; a year ahead may be a plan's), and the years of the office holders it names (IN_OFFICE).
 */
function yearsOf(text: string): [number, number] {
  const written = [...text.matchAll(/\b(20[2-3]\d)\b/g)].map((y) => Number(y[1])).filter((y) => y <= LAST_YEAR);
  let from = Math.max(FIRST_YEAR, ...written.map((y) => y - 1));
  let to = LAST_YEAR;
  for (const [office, first, last] of IN_OFFICE) {
    if (!office.test(text)) continue;
    from = Math.max(from, first);
    to = Math.min(to, last);
  }
  return [from, to];
}

/**
 * Offices the text names a holder of, with the years of the war that holder held them in: the US presidency (Biden's until
 * January 2025, Trump's after), "Prime Minister Boris Johnson" 2022, "Defence Minister Rustem Umerov" 2023–2025. Only the
 * title beside the name, never a "former" one.
 */
const held = (title: string, name: string) => new RegExp(`(?<!\\b(?:[Ff]ormer|[Ee]x-|[Tt]hen-?|[Ll]ate)\\s+(?:\\S+\\s+){0,2})\\b(?:${title})\\s+(?:${name})\\b`);
const IN_OFFICE: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/(?<!\b(?:former|ex-)\s+)\b(?:U\.?S\.?\s+)?President\s+(?:Joe\s+)?Biden\b|\bBiden\s+administration\b/, FIRST_YEAR, 2025],
  [/(?<!\b(?:former|ex-)\s+)\b(?:U\.?S\.?\s+)?President\s+(?:Donald\s+)?Trump\b|\bTrump\s+administration\b/, 2025, LAST_YEAR],
  [held("Prime\\s+Minister", "Boris\\s+Johnson"), 2022, 2022],
  [held("Prime\\s+Minister", "Liz\\s+Truss"), 2022, 2022],
  [held("Prime\\s+Minister", "Rishi\\s+Sunak"), 2022, 2024],
  [held("Prime\\s+Minister", "(?:Sir\\s+)?Keir\\s+Starmer"), 2024, 2026],
  [held("Prime\\s+Minister", "Mario\\s+Draghi"), 2022, 2022],
  [held("Prime\\s+Minister", "Naftali\\s+Bennett"), 2022, 2022],
  [held("Prime\\s+Minister", "Mateusz\\s+Morawiecki"), 2022, 2023],
  [held("Chancellor", "Olaf\\s+Scholz"), 2022, 2025],
  [held("Chancellor", "Friedrich\\s+Merz"), 2025, 2026],
  [held("Secretary\\s+of\\s+State", "Antony\\s+Blinken"), 2022, 2025],
  [held("Secretary\\s+of\\s+State", "Marco\\s+Rubio"), 2025, 2026],
  [held("Defen[cs]e\\s+Minister", "Oleksii\\s+Reznikov"), 2022, 2023],
  [held("Defen[cs]e\\s+Minister", "Rustem\\s+Umerov"), 2023, 2025],
  [held("Defen[cs]e\\s+Minister", "Sergei\\s+Shoigu"), 2022, 2024],
  [held("Defen[cs]e\\s+Minister", "Andrei\\s+Belousov"), 2024, 2026],
  [held("Foreign\\s+Minister", "Dmytro\\s+Kuleba"), 2022, 2024],
  [held("Foreign\\s+Minister", "Andrii\\s+Sybiha"), 2024, 2026],
  [held("Commander-in-Chief", "(?:General\\s+)?Valerii\\s+Zaluzhnyi"), 2022, 2024],
  [held("Commander-in-Chief", "(?:General\\s+)?Oleksandr\\s+Syrskyi"), 2024, 2026],
  [held("President-elect", "Donald\\s+Trump"), 2024, 2025],
];

// "Russia-Ukraine war: List of key events, day 1,181", "As the war enters its 1,181st day", "day 79 of Russia's full-scale
// war": the count of days since the invasion of 24 February 2022, its day 1
const WAR_DAY =
  /\b(?:key\s+events,?\s+day\s+([\d,]{1,6})\b|enters\s+(?:its|the)\s+([\d,]{1,6})(?:st|nd|rd|th)\s+day\b|day\s+([\d,]{1,6})\s+of\s+(?:the\s+|Russia['’]s\s+)?(?:full[- ]scale\s+)?(?:war|invasion)\b)/i;

/** The day a page's head gives as the war's day count ("List of key events, day 1,181" is 19 May 2025), or null. */
export function warDayDate(head: string): string | null {
  const m = WAR_DAY.exec(head);
  if (!m) return null;
  const n = Number((m[1] ?? m[2] ?? m[3])!.replace(/,/g, ""));
  return n >= 1 && n <= 20_000 ? addDays("2022-02-24", n - 1) : null;
}
