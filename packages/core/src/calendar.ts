/** Pure calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day. */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const MONTH_PATTERN =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** The weekdays' full names, as a regex alternation to wrap in a group. */
export const WEEKDAY_PATTERN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function isoDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

// Whole days counted from 1970-01-01 by the civil calendar's arithmetic (H. Hinnant's days_from_civil and civil_from_days),
// not through a Date: normalize adds days and asks weekdays thousands of times per article, and building a Date from a
// string and printing it back cost more than the sums. Only a well-formed date of the years 1000–9999 is counted so;
// anything else takes the Date path, which behaves as it always did.
function dayNumber(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null; // (45: "-")
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 7);
  const d = digitsAt(iso, 8, 10);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const yy = m <= 2 ? y - 1 : y; // (a year counted from March, so that February's leap day is its last)
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date `n` days after 1970-01-01, or null outside the years 1000–9999. */
function dateOfDay(n: number): string | null {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return y < 1000 || y > 9999 ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** The number written in iso[from, to), or -1 when a character there is not a digit. */
function digitsAt(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function addDays(iso: string, days: number): string {
  const n = Number.isInteger(days) ? dayNumber(iso) : null;
  const counted = n === null ? null : dateOfDay(n + days);
  if (counted !== null) return counted;
  const t = toUtc(iso);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/**
 * The day in Kyiv at a UTC timestamp ("2025-01-01T22:30:00Z" is already 2 January there, UTC+2 in winter, UTC+3 from the last
 * Sunday of March to the last of October); null for a timestamp with no clock or another zone's offset.
 */
export function kyivDay(timestamp: string): string | null {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i.test(timestamp)) return null;
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) return null;
  const y = Number(timestamp.slice(0, 4));
  const lastSunday = (m: number) => {
    const last = new Date(Date.UTC(y, m + 1, 0));
    return Date.UTC(y, m, last.getUTCDate() - last.getUTCDay(), 1);
  };
  const hours = t >= lastSunday(2) && t < lastSunday(9) ? 3 : 2;
  return new Date(t + hours * 3_600_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  const n = dayNumber(iso);
  return n === null ? toUtc(iso).getUTCDay() : (((n + 4) % 7) + 7) % 7; // (1970-01-01 was a Thursday)
}

export function daysBetween(a: string, b: string): number {
  const [na, nb] = [dayNumber(a), dayNumber(b)];
  if (na !== null && nb !== null) return nb - na;
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function lastDayOfMonth(y: number, m: number): string {
  const t = new Date(Date.UTC(y, m, 0));
  return t.toISOString().slice(0, 10);
}

/**
 * The most recent date on or before `ref` that falls on `day` and `month` — news refers to
 * "July 9" meaning the latest such date not after publication (a Jan 2 article's "December 31"
 * is last year's).
 */
export function latestMonthDay(ref: string, month: number, day: number): string | null {
  const y = Number(ref.slice(0, 4));
  const same = isoDate(y, month, day);
  if (same && same <= addDays(ref, 1)) return same;
  return isoDate(y - 1, month, day);
}

const FULL_DATE_PATTERNS: ReadonlyArray<{ re: RegExp; pick: (m: RegExpExecArray) => [number, number, number] }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, pick: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b`, "i"),
    pick: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])],
  },
  {
    re: new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"),
    pick: (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])],
  },
  // "03.12.2025": day first, as Ukrainian, Russian and most European sites write it
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, pick: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  // "31/08/2025" or "08/31/2025": only when the order shows (a day over 12); "03/04/2025" is left unread
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    pick: (m) => {
      const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return a > 12 && b <= 12 ? [y, b, a] : b > 12 && a <= 12 ? [y, a, b] : [y, 0, 0];
    },
  },
];

/** The first complete calendar date (with a year) in `s` and where it is written: "31 December 2025", "July 9, 2025", "2025-07-09", "03.12.2025". */
export function findFullDateAt(s: string): { iso: string; at: number; end: number } | null {
  let best: { iso: string; at: number; end: number } | null = null;
  for (const { re, pick } of FULL_DATE_PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const iso = isoDate(...pick(m));
    if (iso && (!best || m.index < best.at)) best = { iso, at: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** The first complete calendar date (with a year) in `s`. */
export function findFullDate(s: string): string | null {
  return findFullDateAt(s)?.iso ?? null;
}

/** A YYYY-MM-DD string that names a day that exists (not 2025-02-30). */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
