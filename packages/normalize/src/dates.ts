import {
  type DatePrecision,
  MONTHS,
  MONTH_PATTERN,
  WEEKDAYS,
  WEEKDAY_PATTERN,
  addDays,
  isoDate,
  lastDayOfMonth,
  latestMonthDay,
  weekday,
} from "@salvo/core";
import { UNITS } from "./quantities.ts";
import { weekToSaidDay } from "./said-week.ts";
import { PAST_BE } from "./auxiliaries.ts";
import { matchesOf } from "./matches.ts";

// (module level: tsx compiles a regex literal with \p{…} outside a class into `new RegExp(…)`, built anew at every evaluation)
const WORD_INITIAL_LOWER = /\b\p{Ll}/gu;
const WORD_INITIAL = /\b\p{L}/gu;

/** A line in capitals title-cased ("NIGHT OF DECEMBER 30-31" → "Night Of December 30-31"), as findTimeRefs reads month names capitalised. */
export const titleCased = (text: string): string => text.toLowerCase().replace(WORD_INITIAL, (c) => c.toUpperCase());

/** "two", "7", "a": how many days or weeks a phrase counts (a word it does not know is one). */
export const smallCount = (word: string): number => (/^\d/.test(word) ? Number(word) : (UNITS[word.toLowerCase()] ?? 1));

const THAT_DAY = /\b(?:that|same)\s+(?:morning|afternoon|evening|day)\b/i; // the cheap test before THAT_DAY_REF
// (not a period from or up to it, "since that day", "By that day, 12 workers had already been killed", nor a day of another
// month, "the most since that day in May when 60 drones struck")
const THAT_DAY_REF = new RegExp(
  `^\\W*(?:on\\s+)?(?:that|the\\s+same)\\s+(morning|day|afternoon|evening)\\b|(?<!\\b(?:said|says|say|reported|announced|added|noted|stated|wrote|warned|claimed|believes?|believed|clear|so|such|and|but|or|since|by|until|till|before|after)\\s+)\\bthat\\s+(afternoon|day)\\b(?![-–]|\\s+(?:of|when|before|after)\\b|\\s+in\\s+(?:${MONTH_PATTERN})\\b)`,
  "gi",
);
const LATER = /\blater\b/i;
// (the pattern's look-behind is costly at every position: only a sentence that says "days earlier" runs it)
const EARLIER_WORD = /\b(?:days|nights|weeks?)\s+(?:earlier|before)\b/i;
// (not one its own date follows: "A week earlier, on 24 March, …"; "Nine days before that, a missile strike on Kryvyi Rih")
const DAYS_EARLIER = new RegExp(
  `(?<!\\b(?:died|dying|succumbed|announced|reported|confirmed|published|released)\\b[^.;,]{0,40})\\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(days|nights|weeks?)\\s+(?:earlier|before(?=\\s*,)|before\\s+that\\b)(?!,?\\s+(?:on\\s+)?(?:\\d{1,2}\\s+(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\\.?\\s+\\d))`,
  "gi",
);
// Words the relative-time patterns of findTimeRefs cannot match without (each pattern's flags, "i" without "u").
const NEXT_WORD = /next|following|subsequent|later|after/i;
const NIGHT_WORD = /night/i;
const MONTH_NOUN = /month/i;
const WEEK_NOUN = /week|(?:seven|7)\s+days/i;
const PERIOD_NOUN = /period/i;
const DAY_BEFORE_WORDS = /day\s+(?:before|prior|earlier)|previous\s+day/i;
const AFTER = /\bafter\b/i;
const DRONES_WORD = /\b(?:drones?|UAVs?|Shaheds?|Gerans?)\b/i;
const MISSILES_WORD = /\bmissiles?\b/i;
const BY_DAY_TOO = /\b(?:ballistic|Iskanders?(?:-M)?|artillery|shell(?:s|ing|ed)|rockets?|MLRS)\b/i;

/**
 * What an attack "came a day after", told after those words, as an attack that comes by day as well as by night: the day it
 * names, not the night before it, when counted back from a night (see TimeRef.dayAfter; drones, and an attack with no weapon
 * told, "two days after a strike on the capital that killed 25", keep the night).
 */
function dayAttackTold(told: string): TimeRef["dayAfter"] {
  if (DRONES_WORD.test(told) && !MISSILES_WORD.test(told)) return undefined;
  if (BY_DAY_TOO.test(told)) return "always";
  return MISSILES_WORD.test(told) ? "barrage" : undefined;
}
const DAYS_LATER = /(?<!\b(?:announced|confirmed|reported|published|released|updated|revised|died|dying|succumbed)\b[^.;,]{0,40})\b(a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(days?|nights?|weeks?)\s+later\b/gi;

export interface TimeRef {
  /** Offset of the expression within the sentence string. */
  readonly at: number;
  readonly text: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: DatePrecision;
  /** "the next night", "the following day", "the night before": resolved against the attack named before it, not the publication date. */
  /** "overnight on Oct. 10": a night word the day after it anchors. */
  readonly dayNamed?: boolean;
  readonly relative?: "next-night" | "next-day" | "previous-night" | "previous-day" | "same-night" | "that-morning" | "that-day" | "that-attack" | "that-month" | "that-week" | "that-period" | "days-later";
  /** For "days-later": how many days after the date named before ("a week later" = 7; "came two days after" = -2). */
  readonly days?: number;
  /**
   * The day a night before it took in ("on Sunday" in "before dawn on Sunday"): no date of the attack on its own, however near
   * a count it sits ("before dawn on Sunday, killing 35" is the night), but still the day a contact told with it was held.
   */
  readonly takenIn?: true;
  /** "the night of December 28": read as the night into that day, unless the article spells out the night that begins on it. */
  readonly nightOf?: true;
  /** "Two days after Russia's largest air attack of the war, …": the day of the attack it names, not of a report. */
  readonly sinceAttack?: true;
  /**
   * "The attack came a day after …": whether what it came after was told as an attack that comes by day, so that counted back
   * from a night it is a day: ballistic missiles or fire from the ground ("always"), or missiles, which came by day until the
   * night barrages began in 2023 ("barrage").
   */
  readonly dayAfter?: "always" | "barrage";
}

const M = MONTH_PATTERN;
const WD = WEEKDAY_PATTERN;
const DASH = "\\s*(?:-|–|—|to|and|into)\\s*";
// the adverb that may narrow a span of days: "just two days after", "only a day after", "exactly a week after"
const JUST = "(?:just\\s+|only\\s+|barely\\s+|hardly\\s+|scarcely\\s+|exactly\\s+)?";
// the verbs that set a strike that many days after another: "The strike came two days after …"
const CAME = "(?:came|comes|followed|follows|happened|took\\s+place|was\\s+launched)";
/** "On Saturday, a day after the big Russian barrage, …": an opening day, then an aside (group 1: up to its comma) that
 * names what came before it; the aside closes before the main clause. Not an aside that tells the strike itself ("On
 * Thursday, a day after Russian cruise missiles struck Ternopil, killing 20 people, …": that toll is Wednesday's). */
const DAY_APPOSITION = new RegExp(`^(\\W*(?:On\\s+)?(?:${WD})),\\s+${JUST}(?:a|one|two|three|four|five|six|seven|\\d)\\s+(?:days?|weeks?)\\s+after\\s+(?![^,.;]*\\b(?:struck|hit|fired|launched|attacked|shelled|targeted|killed|was|were|had)\\b)[^,.;]{1,80},`, "i");
// "The strike came two days after Russia fired nine missiles", "…, officials said, two days after a strike on the capital"
// (and "came less than 24 hours after Russia's ballistic missile attack on … Poltava": the day before, as "a day after" is)
// (matched with matchAll only, which copies the regex: its lastIndex is never shared)
const CAME_AFTER = new RegExp(
  `(?:\\b${CAME}\\s+${JUST}(a|one|two|three|four|five|six|seven|ten|\\d{1,2})\\s+(days?|weeks?)\\s+after|,\\s+${JUST}(a|one|two|three|four|five|six|seven|ten|\\d{1,2})\\s+(days?|weeks?)\\s+after\\s+(?:a|an|the|Russia['’]s|Ukraine['’]s|Moscow['’]s|Kyiv['’]s|Russian|Ukrainian)\\s|\\b${CAME}\\s+(?:less\\s+than|under|within|barely|just|only)\\s+(?:24|twenty-four)\\s+hours\\s+after)`,
  "gi",
);
// a time the clause after "less than 24 hours after" names for its own attack: "that morning", "earlier that day", a weekday, a date
const OWN_TIME = new RegExp(`\\b(?:(?:earlier\\s+)?that\\s+(?:morning|afternoon|evening|night|day)|earlier\\s+in\\s+the\\s+day|the\\s+same\\s+(?:morning|day)|today|yesterday|${WD}|${M})\\b`, "i");
// the rest of an aside after "…, two days after" that closes on a "when" clause: "the blast on the Crimean bridge, when …"
const WHEN_AFTER_ASIDE = /^[^,.;]{1,80},\s+when\b/i;
// "the next night", "a day later": the day after the one named before (not after "came": that is CAME_AFTER's)
const NEXT_DAY = new RegExp(
  `\\b(?<!${CAME}\\s+${JUST})(?:the\\s+)?(?:next|following|subsequent)\\s+(night|day|morning|evening)\\b|\\b(?<!${CAME}\\s+${JUST})(?:a\\s+day|the\\s+day)\\s+(?:later|after)\\b`,
  "gi",
);
// "18:00", "11:00 p.m. Moscow time", "7 a.m. local time"
const CLOCK = "\\d{1,2}(?:[:.]\\d{2}|\\s*[ap]\\.?m\\.?)(?:\\s*[ap]\\.?m\\.?)?(?:\\s+(?:Moscow|Kyiv|Kiev|local)\\s+time)?";
// one end of a span of dates: an hour or midnight, a weekday, then the date ("midnight on 24 March", "07:00 on Friday, May 23,")
const SPAN_END = `(?:(?:midnight|${CLOCK})\\s+(?:on\\s+)?)?(?:(?:${WD}),?\\s+)?`;
// (one capture group each for the day and month either way round, and the year: five in all)
const FULL_DATE = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${M})|(${M})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?:,?\\s+(\\d{4}))?`;

interface Rule {
  readonly re: RegExp;
  /** A word the rule cannot match without: the rule is skipped for sentences lacking it. */
  readonly anchor?: RegExp;
  /** Computed: which cheap word classes the rule cannot match without (see `gate`). */
  needs?: number;
  /** `ahead`: the day after `pub` when it has already begun in Kyiv as the text is published (see findTimeRefs). */
  readonly resolve: (m: RegExpExecArray, pub: string, ahead: string | null) => Omit<TimeRef, "at" | "text"> | null;
  /** Counts from when the text was written ("overnight", "yesterday", "today"), not from the calendar. */
  readonly now?: boolean;
  /**
   * Whether the words just before or after a match rule it out (tested after a match: a look-behind or look-ahead in the
   * pattern would run at every position of every sentence). `before` has the spans earlier rules read blanked out;
   * `unread` is the same words as written.
   */
  readonly skip?: (before: string, after: string, unread: string) => boolean;
}

// ("since the start of the full-scale invasion in February 2022": where the war began, not a period of its own)
const WAR_BEGAN = /\b(?:invasion|(?:full-scale|large-scale)\s+war|military\s+operation)\s+(?:in\s+)?$/i;
// The words of a comparison ("the largest attack since the start of the war"): what follows "since" is no period of its own.
// (and the other end: "the fewest since March 2025", "the least since", not "at least 12 since")
export const COMPARED = "largest|biggest|heaviest|deadliest|worst|first|most|record|longest|highest|deepest|farthest|furthest|greatest|bloodiest|fiercest|strongest|fewest|lowest|quietest|smallest|(?<!\\bat\\s+)least";
// a running count of the war's victims (its monitors' words: "verified", "recorded", "as a result of the armed aggression") with
// no attack told beside it (not a strike's toll: "As of Monday morning, 18 people had been killed in the strike") nor a start of
// its own ("since 1 July", "in July")
// (the war itself named as the attack its count runs from is none: "752 civilian casualties from the start of the attack to
// midnight on Wednesday"; and "confirmed" is the monitors' word too when it counts civilians: "had confirmed 816 civilian deaths …
// up to midnight on March 17", not a strike's toll "city officials confirmed as of Wednesday morning")
const TALLY_TO_CUTOFF =
  /^(?!.*\b(?:strikes?|struck|(?<!\b(?:start|beginning|outbreak)\s+of\s+the\s+)attacks?|attacked|missiles?|drones?|shelling|shelled|barrage|bomb\w*|since|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)).*\b(?:verified|recorded|documented|registered|confirmed(?=[^.;]{0,40}\bcivilian)|(?:armed\s+)?aggression)\b/is;
// a span of time measured from what "since" names, not a period that runs from it: "six months since Russia's invasion",
// "two years since the war began", "a year since"
const NOT_MEASURED = String.raw`(?<!\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|hundred|thousand)\s+(?:full\s+)?(?:days?|weeks?|months?|years?)\s+)`;
// "since …" that no comparison before it in the clause claims
const SINCE_UNCOMPARED = `(?<!\\b(?:${COMPARED})\\b[^.;]{0,80})\\bsince\\s+`;
// ("remains the deadliest for Kyiv this year": the year a superlative is measured in; not "a record 34,000 drones this year")
const MEASURED_IN_YEAR = /\b(?:largest|biggest|heaviest|deadliest|worst|highest|bloodiest)\b[^.;:]{0,50}$/i;
// (a "when" clause that tells how a series or the war began: "since February, when Russia invaded", "since September, when the
// first one was downed": the period since, not that month's attack)
const NOT_A_START = String.raw`(?!(?:(?!\bsince\b)[^;.])*\b(?:first|began|begun|started|invaded|invasion|campaign)\b)`;
// ("since February 2022", "from March 2024": where a longer period starts; but "since January 2023, when a missile …" recalls
// that month)
const PERIOD_STARTS = /\b(?:since|from|after|before|until|till)\s+$/i;
const monthStartsNothing = (before: string, after: string) => WAR_BEGAN.test(before) || (PERIOD_STARTS.test(before) && !/^,\s+when\b/i.test(after)) || ORDINAL_ATTACK.test(before);
// an attack told by its place in a series: "more than 20 of them were shot down, the 17th attack on Kyiv since the start of May"
// (the month is what the series is counted over, not when the figure beside it came)
const ORDINAL_ATTACK =
  /\bthe\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|(?:twenty|thirty|forty)(?:-[a-z]+|th))\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|raid|assault|barrage|bombardment)s?(?:\s+(?:on|against)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+$/i;

// "8 July" or "July 8" (two capture groups each way)
const DAY_MONTH = `(?:(\\d{1,2})\\s+(${M})|(${M})\\.?\\s+(\\d{1,2}))\\b`;
// "on April 4 " before "this year": a day just named, which the year only places
const DAY_JUST_NAMED = new RegExp(`${DAY_MONTH}\\s*,?\\s*$`, "i");
/** The words before end in a day of a month ("on April 4", "8 July,"): the "this year" after them only places that day. */
export const dayJustNamed = (before: string): boolean => DAY_JUST_NAMED.test(before);

const month = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, "")]!;
const night = (start: string | null): Omit<TimeRef, "at" | "text"> | null =>
  start ? { start, end: addDays(start, 1), precision: "night" } : null;
const day = (d: string | null): Omit<TimeRef, "at" | "text"> | null => (d ? { start: d, end: d, precision: "day" } : null);

function withYear(pub: string, m: number, d: number, y?: string): string | null {
  if (y) return isoDate(Number(y), m, d);
  // a date a few days after the reference is this year's: a timeline's "Night of 5-6 June" under its "4 June"
  // heading, a report filed late in the evening (UTC) about the next day (not the year before)
  const same = isoDate(Number(pub.slice(0, 4)), m, d);
  return same && same > pub && same <= addDays(pub, 7) ? same : latestMonthDay(pub, m, d);
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const ORDINAL_WORDS = `(?:twenty-|thirty-)?(?:${ORDINALS.join("|")})|thirtieth`;
/** 1–31 from "seventh", "twenty-first", "thirtieth". */
function ordinal(word: string): number {
  const w = word.toLowerCase();
  if (w === "thirtieth") return 30;
  const [tens, unit] = w.includes("-") ? w.split("-") : [null, w];
  return (tens === "twenty" ? 20 : tens === "thirty" ? 30 : 0) + ORDINALS.indexOf(unit!) + 1;
}

/** Orthodox Easter Sunday of a year (Meeus' Julian algorithm, then the Julian calendar's 13 days for 1900–2099). */
export function orthodoxEaster(year: number): string {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return addDays(isoDate(year, month, day)!, 13); // always a real day: March 22 – April 25 (Julian)
}

/** Western Easter Sunday of a year (the anonymous Gregorian algorithm). */
export function westernEaster(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day)!;
}

/** The latest `dayName` on or before `pub` ("on Sunday"); `strictlyBefore` for "last Sunday". */
function weekdayOnOrBefore(pub: string, dayName: string, strictlyBefore = false): string {
  const target = WEEKDAYS.indexOf(dayName.toLowerCase() as (typeof WEEKDAYS)[number]);
  let diff = (weekday(pub) - target + 7) % 7;
  if (strictlyBefore && diff === 0) diff = 7;
  return addDays(pub, -diff);
}

// A digest's line label, a weekday in full or cut short, with or without its day of the month: "Wed: Trump and Putin spoke",
// "Sat 5 – Kharkiv: 322 drones", "THU 10 - Kyiv" (capitalised as labels are, and before a colon or a dash: "Sun" or "Sat"
// inside a line are other words)
const LABEL_WEEKDAY = "Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:s|nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?";
/** A weekday's name as a heading or a label writes it, in full or cut short: "Sun", "Tues", "THURSDAY". */
export const WEEKDAY_NAME = `(?:${LABEL_WEEKDAY}|${LABEL_WEEKDAY.toUpperCase()})\\b`;
const WEEKDAY_LABEL = new RegExp(`^[-*•·–\\s]*(${WEEKDAY_NAME})\\.?(?:\\s+(\\d{1,2}))?(?=:|\\s[-–—]\\s)`, "g");
// (the same, to test a line: no "g", so no position kept between tests)
const WEEKDAY_LABEL_AT_START = new RegExp(WEEKDAY_LABEL.source);

/**
 * The day a weekday label names: the latest such weekday up to publication ("Mon:" in a Friday's newsletter is four days
 * back); with its day of the month, the latest day of that number (this month or the last) that is that weekday, and none
 * when the calendar disagrees ("Sat 5" in July 2025 is the 5th; "Sat 6" then is no day).
 */
function labelledWeekday(pub: string, short: string, dayOfMonth: string | undefined): string | null {
  const name = WEEKDAYS.find((d) => d.startsWith(short.slice(0, 3).toLowerCase()))!;
  if (!dayOfMonth) return weekdayOnOrBefore(pub, name);
  const lastMonth = addDays(`${pub.slice(0, 8)}01`, -1);
  const candidates = [pub, lastMonth].map((m) => isoDate(Number(m.slice(0, 4)), Number(m.slice(5, 7)), Number(dayOfMonth)));
  return candidates.find((d) => d !== null && d <= pub && WEEKDAYS[weekday(d)] === name) ?? null;
}

/** The night into day `d`, marked as read from "the night of …" (which an article may spell out otherwise elsewhere). */
function nightInto(d: string | null, preposition: string): Omit<TimeRef, "at" | "text"> | null {
  const r = night(d ? addDays(d, -1) : d);
  return r && preposition.toLowerCase() === "of" ? { ...r, nightOf: true as const } : r;
}

/**
 * The night into `dayName`: the latest such night up to `pub`, or the coming one when that day has already begun in Kyiv
 * ("Russia attacked Kyiv overnight into Thursday" published at 22:30 UTC on a Wednesday, 00:30 on Thursday in Kyiv: not the
 * night a week back; a weekly review of Sunday evening still means last week's "overnight into Monday").
 */
function nightIntoWeekday(pub: string, dayName: string, ahead: string | null): Omit<TimeRef, "at" | "text"> | null {
  const d = weekdayOnOrBefore(pub, dayName);
  return night(ahead === addDays(pub, 1) && d === addDays(ahead, -7) ? pub : addDays(d, -1));
}

function lastWeekday(pub: string, dayName: string): string {
  const d = weekdayOnOrBefore(pub, dayName, true);
  return d === addDays(pub, -1) ? addDays(d, -7) : d;
}

function range(a: string | null, b: string | null): Omit<TimeRef, "at" | "text"> | null {
  if (!a || !b || b < a) return null;
  const span = (Date.parse(b) - Date.parse(a)) / 86_400_000;
  return { start: a, end: b, precision: span === 1 ? "night" : span <= 7 ? "week" : "month" };
}

// Most specific first; each match blanks its text so "the night of December 28" is not read again as "December 28".
// A month's name or abbreviation, in any case: every one starts so. Rules that read a date by its month name (with the
// "i" flag, so not gated by the case-sensitive MONTH_RE) cannot match a sentence without one of these.
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

const RULES: readonly Rule[] = [
  // "in the first half of 2025", "in the second quarter of the year": part of a year (so far, when it is this one's)
  { anchor: /half|quarter/i, re: /\b(?:in|during|over|for|throughout)\s+the\s+(first|second|third|fourth|last)\s+(half|quarter)\s+of\s+(?:(20[2-9]\d)|(?:the|this)\s+year|(last)\s+year)\b/gi,
    resolve: (m, p) => {
      const y = m[3] ? Number(m[3]) : Number(p.slice(0, 4)) - (m[4] ? 1 : 0);
      const quarter = m[2]!.toLowerCase() === "quarter";
      const order = ["first", "second", "third", "fourth"].indexOf(m[1]!.toLowerCase());
      const n = order < 0 ? (quarter ? 3 : 1) : order;
      if (!quarter && n > 1) return null;
      const [from, to] = quarter ? [3 * n + 1, 3 * n + 3] : [6 * n + 1, 6 * n + 6];
      const start = isoDate(y, from, 1)!;
      const end = lastDayOfMonth(y, to);
      if (start > p || y < 2022) return null;
      return { start, end: end > p ? p : end, precision: "month" };
    } },
  // "in the first six months of 2025", "over the first seven months of the year": the year's opening months (so far, when
  // it is this one's)
  { anchor: /months/i, re: /\b(?:in|during|over|for|throughout)\s+the\s+first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+(?:(20[2-9]\d)|(?:the|this)\s+year|(last)\s+year)\b/gi,
    resolve: (m, p) => {
      const y = m[2] ? Number(m[2]) : Number(p.slice(0, 4)) - (m[3] ? 1 : 0);
      const n = smallCount(m[1]!);
      const start = isoDate(y, 1, 1)!;
      if (n < 2 || n > 11 || start > p || y < 2022) return null;
      const end = lastDayOfMonth(y, n);
      return { start, end: end > p ? p : end, precision: "month" };
    } },
  // "in the first two weeks of June", "in the first ten days of July", "during the last week of May": part of a month
  { anchor: MONTH_WORD, re: new RegExp(`\\b(?:in|during|over|for|throughout)\\s+the\\s+(first|last|second)\\s+(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\\d{1,2})\\s+)?(weeks?|days?|half|fortnight)\\s+of\\s+(${M})(?:\\s+((?:19|20)\\d{2}))?\\b`, "gi"),
    resolve: (m, p) => {
      const mo = month(m[4]!);
      const y = m[5] ? Number(m[5]) : Number(p.slice(0, 4)) - (mo > Number(p.slice(5, 7)) ? 1 : 0);
      const last = lastDayOfMonth(y, mo);
      const unit = m[3]!.toLowerCase();
      // ("in the last days of May": no count, no span)
      if (!m[2] && /s$/.test(unit)) return null;
      const days = unit === "half" ? 15 : unit === "fortnight" ? 14 : smallCount(m[2] ?? "1") * (unit.startsWith("week") ? 7 : 1);
      const which = m[1]!.toLowerCase();
      if (which === "second" && unit !== "half") return null;
      const lastDay = Number(last.slice(8));
      if (days >= lastDay) return null;
      const [from, to] = which === "first" ? [1, days] : [lastDay - days + 1, lastDay];
      const start = isoDate(y, mo, which === "second" ? 16 : from)!;
      const end = isoDate(y, mo, which === "second" ? lastDay : to)!;
      if (start > p) return null;
      return { start, end: end > p ? p : end, precision: days <= 7 ? "week" : "month" };
    } },
  // "since the start of the full-scale invasion in February 2022", "since the full-scale invasion began on 24 February
  // 2022", "since Russia invaded on Feb. 24", "since February 2022": the war so far (the month is where it starts); "the largest attack since the start
  // of the war" compares instead
  // ("since Russia's invasion of Ukraine", "since Russia invaded Ukraine": of Ukraine, the usual wording; not of Crimea, nor of
  // Ukraine in 2014: "since Russia invaded Ukraine in 2014", "since Russia invaded Crimea", whose "invaded" a bare verb does not reread)
  // (not a span of time measured from it: "as the country marked six months since Russia's invasion", an anniversary)
  { anchor: /invasion|invaded|war\b|february|operation/i, re: new RegExp(String.raw`(?<!\b(?:${COMPARED}|massive|major)\b[^.;:]{0,80})${NOT_MEASURED}\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+(?:the\s+|russia['’]s\s+|its\s+|moscow['’]s\s+)?(?:full-scale\s+|full\s+scale\s+|large-scale\s+)?(?:russian\s+)?(?:invasion|war|special\s+military\s+operation)|the\s+(?:full-scale\s+|large-scale\s+)?(?:russian\s+)?(?:invasion|war|special\s+military\s+operation)\s+(?:began|started)|(?:russia['’]s|moscow['’]s|the)\s+(?:full-scale|large-scale)\s+(?:russian\s+)?invasion(?:\s+of\s+ukraine\b)?|(?:russia|moscow|russian\s+(?:forces|troops))\s+(?:invaded(?:\s+ukraine\b|(?!\s+(?!(?:in|on)\s)[a-z]))|launched\s+(?:its|the)\s+(?:full-scale\s+)?invasion(?:\s+of\s+ukraine\b)?)|(?:russia['’]s|moscow['’]s)\s+invasion(?:\s+of\s+ukraine\b)?)(?:\s+in\s+(?:late\s+)?(?:february\s+)?2022|\s+on\s+(?:24\s+feb(?:ruary|\.)?|feb(?:ruary|\.)?\s+24)(?:,?\s+2022)?|(?!\s+(?:in|on|of|against|with|between|since)\s))|(?<!\b(?:${COMPARED})\b[^.;:]{0,80})${NOT_MEASURED}\bsince\s+(?:24\s+)?February(?:\s+24)?,?\s+2022\b`, "gi"),
    resolve: (_m, p) => (p >= "2022-02-24" ? { start: "2022-02-24", end: p, precision: "year" } : null) },
  // "up to midnight on March 6", "as of midnight on Monday", "between the start of the invasion and midnight on Saturday", "as
  // of the morning of 10 March": a count of the war's victims kept to a cut-off day, with no start of its own, is the war's so
  // far up to that day (the UN mission's and the prosecutors' running counts of civilians killed and injured)
  // (and "from the start of the attack to midnight on Wednesday", the invasion named as the attack)
  { anchor: TALLY_TO_CUTOFF, re: new RegExp(`\\b(?:(?:up\\s+to|as\\s+of|until|through)\\s+|between\\s+the\\s+(?:start|beginning|outbreak)\\s+of\\s+the\\s+(?:full-scale\\s+)?(?:invasion|war)\\s+and\\s+|from\\s+the\\s+(?:start|beginning|outbreak)\\s+of\\s+the\\s+(?:full-scale\\s+)?(?:invasion|war|attack)\\s+(?:to|until|till|through)\\s+)(?:midnight\\s+(?:on\\s+)?|the\\s+(?:morning|evening|end)\\s+of\\s+)?(?:(${WD})\\b|${DAY_MONTH}(?:,?\\s+(\\d{4}))?)`, "gi"),
    resolve: (m, p) => {
      const end = m[1] ? weekdayOnOrBefore(p, m[1]) : withYear(p, month((m[3] ?? m[4])!), Number(m[2] ?? m[5]), m[6]);
      return end && end >= "2022-02-24" && end <= p ? { start: "2022-02-24", end, precision: "year" } : null;
    } },
  // "over the whole war", "throughout the war", "during the entire war": the war so far (not a superlative's "the
  // largest attack of the whole war")
  { anchor: /\b(?:whole|entire|course\s+of\s+the|throughout\s+the)\s+war\b|\bwar\s+so\s+far\b/i, re: new RegExp(String.raw`(?<!\b(?:${COMPARED}|massive|major)\b[^.;:]{0,80})\b(?:over|during|throughout|in)\s+(?:the\s+(?:whole|entire|course\s+of\s+the)\s+|the\s+(?=war\s+so\s+far))war(?:\s+so\s+far)?\b|(?<!\b(?:${COMPARED}|massive|major)\b[^.;:]{0,80})\bthroughout\s+the\s+war\b`, "gi"),
    resolve: (_m, p) => (p >= "2022-02-24" ? { start: "2022-02-24", end: p, precision: "year" } : null) },
  // Russia's Defence Ministry counts "from 11:00 p.m. Moscow time on September 12 to 7:00 a.m. on September 13"
  { re: new RegExp(`\\b(?:from|between)\\s+${CLOCK}\\s+(?:on\\s+)?${DAY_MONTH}\\s*(?:to|until|till|and|-|–)\\s+${CLOCK}\\s+(?:on\\s+)?${DAY_MONTH}`, "gi"),
    resolve: (m, p) => {
      const a = withYear(p, month((m[2] ?? m[3])!), Number(m[1] ?? m[4]));
      const b = withYear(p, month((m[6] ?? m[7])!), Number(m[5] ?? m[8]));
      return a && a === b ? day(a) : range(a, b);
    } },
  // a span whose two ends are each a full date, each perhaps at an hour or on a weekday: "between 24 February and midnight on
  // 24 March", "between 14:00 on Tuesday, May 20, and 07:00 on Friday, May 23": the whole span, not its first day alone
  { re: new RegExp(`\\b(?:between|from)\\s+${SPAN_END}${FULL_DATE}\\s*,?\\s+(?:and|to|until|till|through|-|–)\\s+${SPAN_END}${FULL_DATE}`, "gi"),
    resolve: (m, p) => {
      // (the end's year from the start's when only the start has one, as below)
      const from = month((m[2] ?? m[3])!);
      const to = month((m[7] ?? m[8])!);
      const endYear = m[10] ?? (m[5] ? String(Number(m[5]) + (to < from ? 1 : 0)) : undefined);
      const a = withYear(p, from, Number(m[1] ?? m[4]), m[5] ?? m[10]);
      const b = withYear(p, to, Number(m[6] ?? m[9]), endYear);
      return a && a === b ? day(a) : range(a, b);
    } },
  // "the night of 8–9 July", "night of 8 to 9 July 2025", "between 8 and 9 July", a table's "21-22 March"
  { re: new RegExp(`\\b(?:(?:(?:the\\s+)?night\\s+of|between|from)\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?${DASH}(\\d{1,2})(?:st|nd|rd|th)?\\s+(${M})\\.?(?:,?\\s+(\\d{4}))?`, "gi"),
    resolve: (m, p) => range(withYear(p, month(m[3]!), Number(m[1]), m[4]), withYear(p, month(m[3]!), Number(m[2]), m[4])) },
  // "the night of July 8–9", "between December 28 and 29", "December 28–29" (each day with its year: "between December 27,
  // 2023 and February 7, 2024")
  { re: new RegExp(`\\b(?:(?:the\\s+)?night\\s+of\\s+|between\\s+|from\\s+)?(${M})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4})(?=${DASH}(?:${M})))?${DASH}(?:(${M})\\.?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.]\\d|\\s*[ap]\\.?m\\b)(?:,?\\s+(\\d{4}))?`, "gi"),
    resolve: (m, p) => {
      const to = month(m[4] ?? m[1]!);
      // (the end's year from the start's when only the start has one: "between December 29, 2023 and January 2")
      const endYear = m[6] ?? (m[3] ? String(Number(m[3]) + (to < month(m[1]!) ? 1 : 0)) : undefined);
      return range(withYear(p, month(m[1]!), Number(m[2]), m[3] ?? m[6]), withYear(p, to, Number(m[5]), endYear));
    } },
  // "the night of December 28", "the night of 28 December", "night to July 9"
  // (across a month's end too: "on the night of 31 December to 1 January")
  // (as translated: "In the night on March 5")
  { re: new RegExp(`\\b(?:the\\s+)?night\\s+(of|to|into|on)\\s+(?:(${M})\\.?\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${M}))(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?(?:\\s*(?:to|into|-|–)\\s*(?:(${M})\\.?\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${M}))\\b)?`, "gi"),
    resolve: (m, p) => {
      const d = withYear(p, month(m[2] ?? m[5]!), Number(m[3] ?? m[4]), m[6]);
      if (m[7] ?? m[10]) {
        const to = d ? addDays(d, 1) : null;
        return to && Number(to.slice(8)) === Number(m[8] ?? m[9]) ? night(d) : null;
      }
      // "on the night of August 21" is the night into the 21st, as the Ukrainian outlets it comes from mean it ("в ніч на 21
      // серпня") and the fixtures' annotators read it, whatever day the piece was published; an article that spells the
      // night out elsewhere ("between December 28 and 29") says which it means (extract.ts reads `nightOf`)
      return nightInto(d, m[1]!);
    } },
  // "In the night on 05.03", "On the night of 05.03" (translated pages, day first): the night into that day, as above
  { anchor: /\d\.[01]\d\b/, re: /\b(?:the\s+)?night\s+(of|to|into|on)\s+(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\b(?![.,]?\d|\s*(?:%|per))/gi,
    resolve: (m, p) => {
      return nightInto(withYear(p, Number(m[3]), Number(m[2])), m[1]!);
    } },
  // "on the Tuesday-Wednesday night", "Thursday-to-Friday night", "the night from Saturday to Sunday": the night between
  // (read whole: "Tuesday" alone is a day, and "Wednesday night" is the night after it)
  // ("recorded 19 violations of Polish airspace overnight on Tuesday to Wednesday": not the night into Tuesday)
  { re: new RegExp(`(?<!\\bfrom\\s)\\b(${WD})(?:\\s*[-–—]\\s*(?:to\\s*[-–—]\\s*)?|\\s+to\\s+)(${WD})\\s+night\\b|\\b(?:night\\s+(?:of|from)|overnight\\s+(?:on|from))\\s+(${WD})\\s+(?:to|into)\\s+(${WD})\\b`, "gi"),
    resolve: (m, p, ahead) => {
      const [from, to] = [(m[1] ?? m[3])!, (m[2] ?? m[4])!].map((d) => WEEKDAYS.indexOf(d.toLowerCase() as (typeof WEEKDAYS)[number]));
      return (from! + 1) % 7 === to ? nightIntoWeekday(p, (m[2] ?? m[4])!, ahead) : null;
    } },
  // "Sunday night", "the night of Sunday", "overnight into Sunday", "Saturday into Sunday"
  // ("Between Saturday evening and Sunday morning", "from Friday night until Saturday morning": the days must be adjacent;
  // "between Tuesday afternoon and Wednesday morning" too)
  { re: new RegExp(`\\b(?:(?:between|from)\\s+)?(${WD})\\s+(?:night|evening|afternoon)\\s+(?:(?:in)?to|and|until|till)\\s+(${WD})(?:\\s+morning)?\\b`, "gi"),
    resolve: (m, p, ahead) => {
      const [from, to] = [m[1]!, m[2]!].map((d) => WEEKDAYS.indexOf(d.toLowerCase() as (typeof WEEKDAYS)[number]));
      return (from! + 1) % 7 === to ? nightIntoWeekday(p, m[2]!, ahead) : null;
    } },
  // "the attack, which began late on Friday", "… which began on Saturday evening": the night that began that evening
  // (of an attack only: talks that "began late on Monday" began that day)
  { re: new RegExp(`\\b(?:attacks?|strikes?|barrage|raid|assault),?\\s+(?:which\\s+|that\\s+)?(?:began|started)\\s+(?:late\\s+on\\s+(${WD})\\b(?!\\s+(?:morning|afternoon))|on\\s+(${WD})\\s+(?:evening|night)\\b)`, "gi"),
    resolve: (m, p) => night(weekdayOnOrBefore(p, (m[1] ?? m[2])!)) },
  // (and "overnight and into Sunday morning")
  { re: new RegExp(`\\b(?:overnight|night)\\s+(?:and\\s+)?(?:in)?to\\s+(${WD})(?:\\s+morning)?\\b|\\b(${WD})\\s+into\\s+(${WD})\\b`, "gi"),
    resolve: (m, p, ahead) => nightIntoWeekday(p, (m[1] ?? m[3])!, ahead) },
  { re: new RegExp(`\\b(?:(?:on|late|last)\\s+)?(${WD})\\s+night\\b|\\bthe\\s+night\\s+of\\s+(${WD})\\b`, "gi"),
    resolve: (m, p) => night(weekdayOnOrBefore(p, (m[1] ?? m[2])!)) },
  // "between 7 p.m. on Saturday and the morning of Sunday", "from 6 p.m. Tuesday to 8 a.m. Wednesday": the night between
  { re: new RegExp(`\\b(?:between|from)\\s+${CLOCK}\\s+(?:on\\s+)?(${WD})\\s+(?:and|to|until|till)\\s+(?:the\\s+morning\\s+of\\s+|${CLOCK}\\s+(?:on\\s+)?)?(${WD})\\b`, "gi"),
    resolve: (m, p) => night(addDays(weekdayOnOrBefore(p, m[2]!), -1)) },
  // "a little after 1am on July 9", "at 3:40am on 12 March": the small hours, the night that ended that day, as on a weekday below
  // (not 5am on, which may be the dawn of that day's attack: "two missiles hit the tower complex at about 5:40 am on March 14")
  { anchor: /\d\s*a\.?m/i, re: new RegExp(`\\b(?:(?:shortly|just|soon)\\s+)?(?:after|before|at|around|about)\\s+(?:around\\s+|about\\s+)?0?[0-4](?:[:.][0-5]\\d)?\\s*a\\.?m\\.?,?\\s+(?:on\\s+)?${DAY_MONTH}`, "gi"),
    resolve: (m, p) => {
      const d = withYear(p, month((m[2] ?? m[3])!), Number(m[1] ?? m[4]));
      return d ? night(addDays(d, -1)) : null;
    } },
  // Ukraine's Air Force counts "from 18:00 on 8 July": the night that began then
  { re: new RegExp(`\\b(?:from|since|starting\\s+at)\\s+${CLOCK}\\s+(?:on\\s+)?${DAY_MONTH}`, "gi"),
    resolve: (m, p) => night(withYear(p, month((m[2] ?? m[3])!), Number(m[1] ?? m[4]))) },
  // "Since the evening of 9 October, Russia attacked with 497 means": the night that began then
  { anchor: MONTH_WORD, re: new RegExp(`\\b(?:since|from|starting)\\s+(?:the\\s+)?(?:evening|night)\\s+of\\s+(?:(${WD}),?\\s+)?${DAY_MONTH}`, "gi"),
    resolve: (m, p) => night(withYear(p, month((m[3] ?? m[4])!), Number(m[2] ?? m[5]))) },
  // "sent 116 drones from 23:00 on Sunday": the night that began then
  { re: new RegExp(`\\b(?:from|since|starting\\s+at)\\s+${CLOCK}\\s+(?:on\\s+)?(${WD})\\b`, "gi"),
    resolve: (m, p) => night(weekdayOnOrBefore(p, m[1]!)) },
  // holidays outlets date attacks by: "on Christmas morning", "on New Year's Eve"
  // ("on New Year's Eve and into the first hours of 2024": the night that began that evening)
  { anchor: /christmas|new year/i, re: /\b(?:on\s+(Christmas|New\s+Year'?s?)(?:\s+(Day|Eve|morning|night))?|(Christmas|New\s+Year'?s?)\s+(Day|Eve|morning|night))\b(\s+(?:and\s+)?into\s+the\s+(?:first|early|small|wee)\s+hours\b)?/gi,
    resolve: (m, p) => {
      const name = (m[1] ?? m[3])!;
      const part = m[2] ?? m[4] ?? "";
      const christmas = /christmas/i.test(name);
      const eve = /eve/i.test(part);
      // ("New Year's night" is the night the year turns, from the 31st)
      const [mo, d] = christmas ? [12, eve ? 24 : 25] : eve || /night/i.test(part) ? [12, 31] : [1, 1];
      const date = latestMonthDay(p, mo, d);
      // ("On Christmas night, Russia launched 31 Shahed drones", "28 of 31 Shaheds destroyed on Christmas night" in the Air
      // Force's report of the 25th: the night into the feast, as "the night of 25 December" and "New Year's night" are)
      if (christmas && /night/i.test(part)) return date ? night(addDays(date, -1)) : null;
      return /night/i.test(part) || (m[5] && part !== "morning") ? night(date) : day(date);
    } },
  // "on Palm Sunday morning", "on Easter Sunday": the latest such Sunday by either calendar (Orthodox, which
  // Ukraine and Russia keep, or Western) in the eight weeks up to publication; not "the Easter truce", "Easter Monday"
  // ("on the night before Orthodox Easter": the night that ended on Easter Sunday, by the calendar named if one is)
  { anchor: /palm|easter/i, re: /\b(?:on\s+)?(?:(?:the\s+)?night\s+(?:before|ahead\s+of)\s+(?:(Orthodox|Catholic|Western)\s+)?(Easter)(?:\s+Sunday)?|(Palm\s+Sunday|Easter\s+(?:Sunday|Day)|(?<=\bon\s+)Easter(?!\s+(?:Monday|Eve|truce|ceasefire|week|holidays?|weekend)\b))(?:\s+(morning|night))?)\b/gi,
    resolve: (m, p) => {
      const palm = /palm/i.test(m[3] ?? "");
      const year = Number(p.slice(0, 4));
      const calendars = /orthodox/i.test(m[1] ?? "") ? [orthodoxEaster(year)] : m[1] ? [westernEaster(year)] : [orthodoxEaster(year), westernEaster(year)];
      const sunday = calendars
        .map((e) => addDays(e, palm ? -7 : 0))
        .filter((d) => d <= p && d >= addDays(p, -56))
        .sort()
        .at(-1);
      if (!sunday) return null;
      if (m[2]) return night(addDays(sunday, -1));
      return /night/i.test(m[4] ?? "") ? night(sunday) : day(sunday);
    } },
  // "in the early hours of Thursday": the night that ended that morning (the coming one when Thursday has begun in Kyiv, as
  // "overnight into Thursday": "fired ten ballistic missiles at Kyiv in the early hours of Wednesday" at 22:10 UTC on a Tuesday)
  // (and "in the small hours of Sunday", "the wee hours of Sunday")
  { re: new RegExp(`\\b(?:in\\s+)?the\\s+(?:early|small|wee)\\s+hours\\s+of\\s+(${WD})\\b`, "gi"),
    resolve: (m, p, ahead) => nightIntoWeekday(p, m[1]!, ahead) },
  // "Since July 2024, Russian drone attacks have killed 149 civilians": from that month's first day to publication
  // (not the war's start, "since February 2022", which the rule above reads; nor a comparison, "the largest since July 2024")
  // (and since what first appeared then: "since they first appeared in Ukrainian skies in September 2022")
  { anchor: /since/i, re: new RegExp(`${SINCE_UNCOMPARED}(?:(?:they|it|the\\s+\\w+)\\s+(?:(?:${PAST_BE.join("|")})\\s+)?(?:first\\s+)?(?:appeared|emerged|began|started|used|introduced|deployed)\\b[^.;,]{0,40}?\\s+in\\s+)?(${M})\\.?,?\\s+(20[2-9]\\d)\\b(?!,\\s+when\\b)`, "gi"),
    resolve: (m, p) => {
      const from = isoDate(Number(m[2]), month(m[1]!), 1);
      return from && from < p && from >= "2022-03-01" ? { start: from, end: p, precision: "month" } : null;
    } },
  // "since December 29", "since Friday": a period up to publication (a running total, not one attack);
  // "the largest since Sept. 7, when …" compares with one day instead
  // (and "since December 30, when 25 people were killed", "since March 22, when the Air Force counted 88 missiles": the day whose
  // attack the clause after it tells, read by the calendar rules below, as "since January 2023, when …" is; not a running total
  // since the first of a series or the war's start, "shot down 223 drones since September 13, when the first one was downed near
  // Kupiansk", "since February 24, when Russia invaded")
  { anchor: /since/i, re: new RegExp(`${SINCE_UNCOMPARED}(?:(?:(${M})\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(${M}))(?:st|nd|rd|th)?\\b|(${WD})\\b)(?!,?\\s+when\\b(?!(?:(?!\\bsince\\b)[^;.])*\\b(?:first|began|begun|started|invaded|invasion|campaign)\\b))`, "gi"),
    resolve: (m, p) => {
      const from = m[5] ? weekdayOnOrBefore(p, m[5], true) : withYear(p, month((m[1] ?? m[4])!), Number(m[2] ?? m[3]));
      if (!from || from >= p) return null;
      const days = (Date.parse(p) - Date.parse(from)) / 86_400_000;
      return { start: from, end: p, precision: days <= 7 ? "week" : "month" };
    } },
  // "shortly after midnight on 6 October", "between midnight and 07:00 on 6 October": the night that ended that day, as with its
  // weekday (see below; before the calendar dates, which would read the day alone)
  { anchor: /midnight/i, re: new RegExp(`\\b(?:after\\s+midnight|between\\s+midnight\\s+and\\s+(?:${CLOCK}|dawn|morning))\\s+on\\s+(?:(?:${WD}),?\\s+)?${DAY_MONTH}(?:,?\\s+(\\d{4}))?`, "gi"),
    resolve: (m, p) => {
      const d = withYear(p, month((m[2] ?? m[3])!), Number(m[1] ?? m[4]), m[5]);
      return d ? night(addDays(d, -1)) : null;
    } },
  // full and partial calendar dates
  // (not a month before a clock time: "17 Jun 08:55" is the 17th, its "Jun 08" no day)
  { anchor: MONTH_WORD, re: new RegExp(`\\b(?:on\\s+)?(?:(${WD}),?\\s+)?(${M})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.]\\d\\d\\b)(?:,?\\s+(\\d{4}))?`, "gi"),
    resolve: (m, p) => day(withYear(p, month(m[2]!), Number(m[3]), m[4])) },
  { anchor: MONTH_WORD, re: new RegExp(`\\b(?:on\\s+)?(?:(${WD}),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})\\b\\.?(?:,?\\s+(\\d{4}))?`, "gi"),
    resolve: (m, p) => day(withYear(p, month(m[3]!), Number(m[2]), m[4])) },
  // "Night of 2024-12-30/31", "2024-12-30/2024-12-31": the night between the two days (an ISO date with the next day after
  // a slash), not the night into the first
  { anchor: /\d{4}-\d\d-\d\d\s*\//, re: /\b(\d{4})-(\d{2})-(\d{2})\s*\/\s*(?:(\d{4})-(\d{2})-)?(\d{2})\b/g,
    resolve: (m) => {
      const a = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      const b = m[4] ? isoDate(Number(m[4]), Number(m[5]), Number(m[6])) : a && addDays(a, 1);
      return a && b && b === addDays(a, 1) && Number(b.slice(8)) === Number(m[6]) ? night(a) : day(a);
    } },
  { anchor: /\d{4}-\d\d/, re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => day(isoDate(Number(m[1]), Number(m[2]), Number(m[3]))) },
  // "on the seventh of September", as bulletins read dates out
  { anchor: /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)\b[\s\S]*\bof\b/i,
    re: new RegExp(`\\b(?:on\\s+)?the\\s+(${ORDINAL_WORDS})\\s+of\\s+(${M})\\b(?:,?\\s+(\\d{4}))?`, "gi"),
    resolve: (m, p) => day(withYear(p, month(m[2]!), ordinal(m[1]!), m[3])) },
  // "18.06.2025", as Ukrainian and Russian sites date their pages and live entries (day first)
  { anchor: /\d\.\d{1,2}\.\d{4}/, re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, resolve: (m) => day(isoDate(Number(m[3]), Number(m[2]), Number(m[1]))) },
  // "In the morning of 26.08", "on 14.06" (translated pages): day and month, the year the latest before publication
  { anchor: /\d\.[01]\d\b/, re: /\b(?:of|on|since|from|until)\s+(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\b(?![.,]?\d|\s*(?:%|per))/gi,
    resolve: (m, p) => day(withYear(p, Number(m[2]), Number(m[1]))) },
  // relative nights and days
  { now: true, anchor: /night|hours|morning|dawn|(?:past|last|previous)\s+day\b/i, re: /\b(?:overnight|last\s+night|during\s+the\s+night|through(?:out)?\s+the\s+night|(?:during|over|in)\s+the\s+(?:past|last)\s+night|since\s+the\s+night|(?:figures|count|tally|results?)\s+(?:for|of)\s+the\s+night(?!\s+of)|in\s+the\s+(?:early|small|wee)\s+hours|early\s+(?:this|today'?s?)\s+morning|before\s+dawn|(?:the\s+)?night(?:-time)?\s+(?:(?:missile|drone|rocket|air)\s+)?(?:attack|strike|raid|barrage)|(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:24\s+hours|day))\b/gi,
    // (a ministry's "in the past 24 hours" is mostly the night: it is counted with that night)
    resolve: (_m, p) => night(addDays(p, -1)) },
  // translated Ukrainian reports: "At night, the enemy attacked Lviv", "Tonight, Russia launched 48 drones", "attacked the
  // city at night": the night just ended (not a habit or a forecast: "drones fly at night", "may strike tonight")
  // (and "This night 14 UAVs were destroyed", "6 UAVs were destroyed in the night." at a passive fate's end; not a search's
  // "in the night they found one more body"; and an attack told as going on: "Tonight the enemy is attacking Odesa region")
  { now: true, anchor: /night/i, re: /^(?:At\s+night|Tonight|This\s+night|In\s+the\s+night)(?=,|\s+\d|\s+[^.;,]{0,40}?\b(?:is|are)\s+(?:attacking|striking|shelling|launching)\b)(?![^.]*\b(?:may|might|could|will|would|expected|usually|often)\b)|\bat\s+night\b(?!\s+for\b)(?<=(?<!\b(?:usually|often|typically|always|regularly|normally|has|have|had)\s+)\b(?:attacked|struck|shelled|launched|fired|hit)\b[^.;]{0,60}?\bat\s+night)|\bin\s+the\s+night(?=\s*[.;]|\s*$)(?<=\b(?:were|was|been)\s+(?:destroyed|intercepted|downed|shot\s+down|neutrali[sz]ed|suppressed)\b[^.;,]{0,60}?\bin\s+the\s+night)/g,
    resolve: (_m, p) => night(addDays(p, -1)) },
  // "the night before last": the night that ended yesterday
  { now: true, anchor: /before\s+last/i, re: /\bthe\s+night\s+before\s+last\b/gi, resolve: (_m, p) => night(addDays(p, -2)) },
  { now: true, anchor: /yesterday/i, re: /\b(?:the\s+day\s+before\s+)?yesterday\b/gi, resolve: (m, p) => day(addDays(p, /before/i.test(m[0]) ? -2 : -1)) },
  // "Nine days ago, a Russian missile hit Kryvyi Rih": counted back from when it was written (weeks stay unresolved:
  // "two weeks ago" is no day)
  { now: true, anchor: /\bago\b/i, re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+days?\s+ago\b/gi,
    resolve: (m, p) => day(addDays(p, -smallCount(m[1]!))) },
  // "Two days after Russia's largest air attack of the war, the toll had risen to 13": an opening that counts from the attack
  // to when the piece was written
  { now: true, anchor: /\bafter\b/i, re: /^\W*(a|one|two|three|four|five|six|seven|\d)\s+(days?|weeks?)\s+after\s+(?:the|a|Russia['’]s|Moscow['’]s|Ukraine['’]s|Kyiv['’]s)\s+(?:[\w-]+\s+){0,5}?(?:attack|strike|barrage|assault|bombardment)\b[^,]{0,40},/gi,
    resolve: (m, p) => {
      const r = day(addDays(p, -smallCount(m[1]!) * (/week/i.test(m[2]!) ? 7 : 1)));
      return r ? { ...r, sinceAttack: true } : r;
    } },
  // (and "struck Kryvyi Rih this evening" on a page about the night's drones on Kharkiv: that day's evening, not the night)
  { now: true, anchor: /today|morning|afternoon|evening|same day/i, re: /\b(?:today|this\s+morning|earlier\s+today|this\s+afternoon|this\s+evening|(?<!^\W*)on\s+the\s+same\s+day)\b/gi, resolve: (_m, p) => day(p) },
  // "in the four hours before midnight on Saturday": the night that began that day; "between midnight and
  // 07:00 on Sunday", "after midnight on Sunday": the night that ended that day
  { anchor: /midnight/i, re: new RegExp(`\\b(?:before|until|up\\s+to)\\s+midnight\\s+on\\s+(${WD})\\b`, "gi"), resolve: (m, p) => night(weekdayOnOrBefore(p, m[1]!)) },
  // "Shortly after 3 a.m. on Sunday", "at 3:40am on Sunday": the small hours, the night that ended that day
  { anchor: /\d\s*a\.?m/i, re: new RegExp(`\\b(?:(?:shortly|just|soon)\\s+)?(?:after|before|at|around|about)\\s+(?:around\\s+|about\\s+)?0?[0-5](?:[:.][0-5]\\d)?\\s*a\\.?m\\.?,?\\s+(?:on\\s+)?(${WD})\\b`, "gi"), resolve: (m, p) => night(addDays(weekdayOnOrBefore(p, m[1]!), -1)) },
  { anchor: /midnight/i, re: new RegExp(`\\b(?:after\\s+midnight|between\\s+midnight\\s+and\\s+(?:${CLOCK}|dawn|morning))\\s+on\\s+(${WD})\\b`, "gi"), resolve: (m, p) => night(addDays(weekdayOnOrBefore(p, m[1]!), -1)) },
  // "between Monday and Sunday": the days from the first to the last, ending on or before publication
  { re: new RegExp(`\\b(?:between|from)\\s+(${WD})\\s+(?:and|to|until|through)\\s+(${WD})\\b`, "gi"),
    resolve: (m, p) => {
      const end = weekdayOnOrBefore(p, m[2]!);
      return range(weekdayOnOrBefore(addDays(end, -1), m[1]!), end);
    } },
  { anchor: /^[-*•·–\s]*(?:mon|tue|wed|thu|fri|sat|sun)/i, re: WEEKDAY_LABEL, resolve: (m, p) => day(labelledWeekday(p, m[1]!, m[2])) },
  // ("last Wednesday" in Thursday's paper is a week before yesterday: yesterday is "on Wednesday" or "yesterday")
  { re: new RegExp(`\\blast\\s+(${WD})\\b`, "gi"), resolve: (m, p) => day(lastWeekday(p, m[1]!)) },
  // ("On Monday this week": that Monday, not the week)
  { re: new RegExp(`\\b(?:on|early|late|since|from|by|until|this|next)?\\s*(${WD})(?:'s|’s)?\\b(?:\\s+(?:morning|afternoon|evening))?(?:\\s+this\\s+week\\b)?`, "gi"),
    resolve: (m, p) => day(weekdayOnOrBefore(p, m[1]!)) },
  // "over the past three days" (to the day it was written), "in the previous two days" (before the night it reports):
  // a few days together, no single night
  { now: true, anchor: /days/i, re: /\b(?:in|over|during|for)\s+the\s+(past|last|previous|preceding)\s+(two|three|four|five|six|2|3|4|5|6)\s+days\b/gi,
    resolve: (m, p) => {
      const n = smallCount(m[2]!);
      const end = /^(?:previous|preceding)$/i.test(m[1]!) ? addDays(p, -1) : p;
      return range(addDays(end, -n), end);
    } },
  // "in the first two days of July", "the first week of July", "the first half of March": the month's opening days
  { anchor: /first/i, re: new RegExp(`\\bthe\\s+first\\s+(?:(two|three|four|five|six|seven|\\d{1,2})\\s+days|(week|fortnight|half|ten\\s+days))\\s+of\\s+(${M})\\b(?:\\s+(\\d{4}))?`, "gi"),
    resolve: (m, p) => {
      const n = m[1] ? smallCount(m[1]) : /week/i.test(m[2]!) ? 7 : /ten/i.test(m[2]!) ? 10 : /fortnight/i.test(m[2]!) ? 14 : 15;
      const first = withYear(p, month(m[3]!), 1, m[4]);
      return first && n >= 2 && n <= 20 ? { start: first, end: addDays(first, n - 1), precision: n <= 7 ? "week" : "month" } : null;
    } },
  // weeks, months, years
  // ("Over the past seven days Russia launched more than 1,800 drones": a week without the word)
  { anchor: /week|seven\s+days/i, re: /\b(?:earlier\s+this\s+week|this\s+week|(?:during|over)\s+the\s+week|summing\s+up\s+the\s+week|(?:over|in|during)\s+the\s+(?:past|previous)\s+(?:week|seven\s+days)|over\s+the\s+last\s+week)\b/gi,
    // a weekly report published on a Monday ("during the week", "over the past week") is about the week that just ended
    // ("Summing up the week in his Sunday evening address": the week to that Sunday)
    // ("over the past week" on another day: the seven days to it, not the calendar week so far)
    resolve: (m, p) =>
      weekday(p) === 1 && !/this/i.test(m[0])
        ? { start: addDays(p, -7), end: addDays(p, -1), precision: "week" }
        : /past|previous|last|seven/i.test(m[0])
          ? { start: addDays(p, -6), end: p, precision: "week" }
          : { start: addDays(p, -((weekday(p) + 6) % 7)), end: p, precision: "week" } },
  // "in the past month", "over the past two weeks", "in the last 30 days": the span to the day it was written, no night
  { now: true, anchor: /month|weeks|fortnight|days/i, re: /\b(?:in|over|during|for|within)\s+the\s+(?:past|last)\s+(?:month|30\s+days|(two|2)\s+weeks|fortnight|14\s+days)\b/gi,
    resolve: (m, p) => ({ start: addDays(p, m[1] || /fortnight|14/i.test(m[0]) ? -13 : -29), end: p, precision: m[1] || /fortnight|14/i.test(m[0]) ? "week" : "month" }) },
  // "over the weekend", "this weekend": the Saturday and Sunday on or before it was written
  { now: true, anchor: /weekend/i, re: /\b(?:over|during|at|on|this|last)\s+(?:the\s+)?weekend\b/gi,
    resolve: (m, p) => {
      // ("this weekend" said midweek is the one ahead: no attack yet)
      if (/this/i.test(m[0]) && ![6, 0, 1].includes(weekday(p))) return null;
      // ("last weekend" said on a Saturday or Sunday: the one before)
      const latest = weekdayOnOrBefore(p, "Saturday");
      const saturday = /last/i.test(m[0]) && addDays(latest, 1) >= p ? addDays(latest, -7) : latest;
      return { start: saturday, end: addDays(saturday, 1) > p ? p : addDays(saturday, 1), precision: "week" };
    } },
  // "A week ago, Russia launched 479 drones": the same weekday a week before (more weeks stay unresolved; "less than a
  // week ago" is no day, and "a week ago, on July 4" leaves the day to the date, read first and blanked to spaces)
  { now: true, anchor: /week\s+ago/i, re: /(?<!\b(?:than|about|around|nearly|almost|over|barely|roughly|just|some)\s+)\b(?:exactly\s+)?(?:a|one)\s+week\s+ago\b(?!,?\s+(?:on\b|\s))/gi, resolve: (_m, p) => day(addDays(p, -7)) },
  { anchor: /week/i, re: /\blast\s+week\b/gi, resolve: (_m, p) => {
      const monday = addDays(p, -((weekday(p) + 6) % 7) - 7);
      return { start: monday, end: addDays(monday, 6), precision: "week" };
    } },
  // "between February 2022 and the end of January 2025": from the first month's start to the last one's end, each with its
  // year (a span from February 2022 is the war's, from the invasion on the 24th, as "since February 2022" is)
  { re: new RegExp(`\\b(?:from|between)\\s+(${M})\\s+(\\d{4})\\s+(?:to|through|until|and|-|–)\\s+(?:the\\s+end\\s+of\\s+)?(${M})\\s+(\\d{4})\\b`, "gi"),
    resolve: (m) => {
      const start = isoDate(Number(m[2]), month(m[1]!), 1);
      const end = lastDayOfMonth(Number(m[4]), month(m[3]!));
      return start && end && start < end ? { start: start === "2022-02-01" ? "2022-02-24" : start, end, precision: "month" } : null;
    } },
  // "January to April 2025", "between January and April": the months from the first to the last
  { re: new RegExp(`\\b(?:from\\s+|between\\s+)?(${M})\\s+(?:to|through|and|-|–)\\s+(${M})\\b(?!\\s+\\d{1,2}\\b)(?:,?\\s+(\\d{4}))?`, "gi"),
    resolve: (m, p) => {
      const [a, b] = [month(m[1]!), month(m[2]!)];
      const y = m[3] ? Number(m[3]) : Number(p.slice(0, 4)) - (b > Number(p.slice(5, 7)) ? 1 : 0);
      return a <= b ? { start: isoDate(y, a, 1), end: lastDayOfMonth(y, b), precision: "month" } : null;
    } },
  // "fewer than July's record 6,297 drones", "June's total of 5,438": a month's own count (not "July's attack on Kyiv", one
  // strike in it)
  { re: new RegExp(`\\b(${M})['’]s(?=\\s+(?:(?:monthly|previous|all-time|record)\\s+)*(?:record|total|figure|tally|count|number|high|peak|\\d))`, "gi"),
    resolve: (m, p) => {
      const mo = month(m[1]!);
      const y = Number(p.slice(0, 4)) - (mo > Number(p.slice(5, 7)) ? 1 : 0);
      return { start: isoDate(y, mo, 1), end: lastDayOfMonth(y, mo), precision: "month" };
    } },
  // "in June", "in the whole of September 2022", "higher than June, when …", "up 16% from June, when …", "the deadliest since
  // January, when a missile hit …" (the month whose attack the clause tells, as with its year; not "far more
  // than June": the figure is the other period's); a fact box's line labelled with its month ("* June 2025: 5,438 drones");
  // a month with its year ("July 2025 was the deadliest month"; not "since February 2022": that is where a period starts)
  { skip: monthStartsNothing, re: new RegExp(`\\b(?:in|during|throughout|for|over(?=\\s+(?:the\\s+whole|all\\s+of|the\\s+course|the\\s+month|(?:${M})\\s+as\\s+a\\s+whole))|(since\\s+the\\s+(?:start|beginning)\\s+of|so\\s+far\\s+in)|(?:than|from|with|since(?=\\s+\\S+,\\s+when\\b${NOT_A_START}))(?=\\s+\\S+,\\s+when\\b))\\s+(?:the\\s+whole\\s+of\\s+|all\\s+of\\s+|the\\s+course\\s+of\\s+)?(?:the\\s+month\\s+of\\s+)?(${M})\\b(?!\\s+\\d{1,2}\\b)(?:\\s+(\\d{4}))?|^[-*•·–\\s]*(${M})(?:\\s+(\\d{4}))?(?=\\s*:)|\\b(${M})\\s+((?:19|20)\\d{2})\\b|\\b(${M})\\s+alone\\b`, "gi"),
    // ("December alone saw at least 139 civilians killed": that month)
    resolve: (m, p) => {
      const mo = month((m[2] ?? m[4] ?? m[6] ?? m[8])!);
      const year = m[3] ?? m[5] ?? m[7];
      const y = year ? Number(year) : Number(p.slice(0, 4)) - (mo > Number(p.slice(5, 7)) ? 1 : 0);
      // ("since the beginning of May", "so far in May" in a piece of 25 May: the month so far)
      const end = lastDayOfMonth(y, mo);
      return { start: isoDate(y, mo, 1), end: m[1] && end > p ? p : end, precision: "month" };
    } },
  // "In 2024, Russia launched about 11,000 Shahed drones": a year of this war (this year's so far)
  { anchor: /\b20[2-9]\d\b/, skip: (before) => WAR_BEGAN.test(before), re: /\b(?:in|during|throughout|for)\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?(20[2-9]\d)\b(?!\s*[-–\/]\s*\d)/gi,
    resolve: (m, p) => {
      const y = Number(m[1]);
      if (y < 2022 || `${y}` > p.slice(0, 4)) return null;
      return { start: `${y}-01-01`, end: `${y}` === p.slice(0, 4) ? p : `${y}-12-31`, precision: "year" };
    } },
  // "Since the start of 2024, Russia has launched more than 11,000 Shahed-type drones": that year up to the report (not "the
  // largest attack since the start of 2024", which measures one attack against it)
  { anchor: /\b20[2-9]\d\b/, re: new RegExp(`${SINCE_UNCOMPARED}the\\s+(?:start|beginning)\\s+of\\s+(20[2-9]\\d)\\b(?!\\s*[-–\\/]\\s*\\d)`, "gi"),
    resolve: (m, p) => {
      const y = Number(m[1]);
      if (y < 2022 || `${y}` > p.slice(0, 4)) return null;
      return { start: `${y}-01-01`, end: p, precision: "year" };
    } },
  { anchor: /month/i, re: /\b(?:this\s+month|so\s+far\s+this\s+month|since\s+the\s+start\s+of\s+the\s+month)\b/gi,
    resolve: (_m, p) => ({ start: `${p.slice(0, 8)}01`, end: p, precision: "month" }) },
  { anchor: /month/i, re: /\blast\s+month\b/gi, resolve: (_m, p) => {
      const start = addDays(`${p.slice(0, 8)}01`, -1).slice(0, 8) + "01";
      return { start, end: addDays(`${p.slice(0, 8)}01`, -1), precision: "month" };
    } },
  // (nor the year of a day just named: "18 killed in Kryvyi Rih on April 4 this year" is that day)
  { anchor: /year|january/i, skip: (before, _after, unread) => MEASURED_IN_YEAR.test(before) || DAY_JUST_NAMED.test(unread), re: new RegExp(String.raw`\b(?:so\s+far\s+this\s+year|this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|since\s+january(?!\s+(?:19|20)\d{2}|,\s+when\b${NOT_A_START}))\b`, "gi"),
    // (not "since January 2023": where a longer period starts; nor the year a superlative is measured in: "remains the
    // deadliest for Kyiv this year: 28 people died")
    resolve: (_m, p) => ({ start: `${p.slice(0, 4)}-01-01`, end: p, precision: "year" }) },
];

/**
 * Time expressions of a sentence, resolved against `published`; "overnight", "yesterday" and
 * "today" against `written` (a wire's dateline day when it was republished later). Without a
 * publication date a relative expression stays unresolved (start/end null), never guessed; a date
 * with its own year still resolves. `ahead`: the day after `published` when the text came out after
 * midnight in Kyiv (its UTC date still `published`).
 */
// Every rule needs one of these; most sentences have none, and one test is cheaper than twenty rules.
const ANY_TIME_WORD = new RegExp(
  `\\d{4}-\\d{2}-\\d{2}|\\d\\.\\d{1,2}\\.\\d{4}|\\b(?:in|during|throughout|for)\\s+(?:the\\s+whole\\s+of\\s+|all\\s+of\\s+)?20[2-9]\\d\\b|\\b(?:on|of)\\s+\\d{1,2}\\.\\d{2}\\b|\\b(?:nights?|overnight|tonight|midnight|night-time|days?|week|weeks|weekend|month|months|year(?!-old)|years|today|yesterday|morning|evening|afternoon|hours|dawn|Christmas|New\\s+Year|Easter|Palm\\s+Sunday|${M}|${WD})\\b|${WD}|\\bsince\\s+(?:the\\s+(?:start|beginning|outbreak|full|large|war|invasion)|russia|moscow|russian)\\b|\\b(?:half|quarter)\\s+of\\b|^[-*•·–\\s]*(?:mon|tue|wed|thu|fri|sat|sun)|\\b(?:whole|entire|course\\s+of\\s+the)\\s+war\\b|\\bthroughout\\s+the\\s+war\\b|\\bwar\\s+so\\s+far\\b|\\b(?:same|that)\\s+period\\b`,
  "i",
);

const HAS_MONTH = 1;
const HAS_WEEKDAY = 2;
// Case-sensitive: copy capitalises months and weekdays, and "may" is usually the verb.
// (or all capitals, as fact boxes and live-page headings write them: "MAY 19 - The two presidents speak")
const MONTH_RE = new RegExp(`\\b(?:${M}|${M.toUpperCase()})\\b`);
const WEEKDAY_RE = new RegExp(`\\b(?:${WD}|${WD.toUpperCase()})`);

/** A rule whose pattern needs a month (or weekday) name is skipped for sentences without one. */
function gate(rule: Rule): number {
  if (rule.needs !== undefined) return rule.needs;
  const src = rule.re.source;
  const optional = (name: string) => src.includes(`(?:(${name})`) && src.includes(`)?`);
  let needs = 0;
  if (src.includes(M) && !src.includes(WD) && !/\\d\{4\}\)-/.test(src)) needs |= HAS_MONTH;
  if (src.includes(WD) && !src.includes(M) && !optional(WD)) needs |= HAS_WEEKDAY;
  rule.needs = needs;
  return needs;
}

/** (`reanchor`: whether a date the sentence gives may date its other expressions; not again once it has: a label read from its
 * own day may name another, "LAST SUNDAY: SPIDERWEB" a week before that Sunday) */
export function findTimeRefs(sentence: string, published: string | null, written: string | null = published, latest: string | null = null, ahead: string | null = null, reanchor = true): TimeRef[] {
  if (!ANY_TIME_WORD.test(sentence)) return [];
  // Under a dated heading ("Saturday, 1 February – Poltava") the heading's day is the reference, but a
  // weekday may come after it ("by Sunday" is 2 February): the nearer of the two, never after `latest`.
  // (not beside "previous" or an attack in the past perfect: "Russia had fired 5 missiles on Thursday" looks back)
  if (published && latest && latest > published && !/\b(?:previous|earlier|before)\b|\bhad\s+(?:fired|launched|attacked|struck|hit|killed|targeted)\b/i.test(sentence)) {
    return findTimeRefs(sentence, published, written, null, ahead, reanchor).map((r) => laterThisYear(nearerWeekday(r, published, latest, sentence), published, latest));
  }
  const have = (MONTH_RE.test(sentence) ? HAS_MONTH : 0) | (WEEKDAY_RE.test(sentence) ? HAS_WEEKDAY : 0);
  const refs: TimeRef[] = [];
  let masked = sentence;
  // (the look-behinds below are tried at every position: each loop runs only when the sentence has a word it needs)
  const night = NIGHT_WORD.test(sentence);
  // "The strike came two days after Russia fired nine missiles": what follows happened that many days before the attack
  // the text is about (the date named before, else the article's)
  // (or an aside that says so: "…, officials said, two days after a strike on the capital that killed 25 people")
  // (but an aside set off between an opening day and the main clause only says what that day was: "On Saturday, a day
  // after the big Russian barrage, Belgorod was hit": Saturday, not the Friday before it)
  const asideOfDay = AFTER.test(sentence) ? DAY_APPOSITION.exec(sentence) : null;
  for (const m of AFTER.test(sentence) ? sentence.matchAll(CAME_AFTER) : []) {
    if (inAside(asideOfDay, m.index)) continue;
    // ("began on October 10, two days after the blast on the Crimean bridge, when Russia fired 84 missiles": an aside on the day
    // just named, whose "when" clause returns to that day; the count is the named day's, not two days before it)
    if (m[3] !== undefined && dayJustNamed(sentence.slice(0, m.index)) && WHEN_AFTER_ASIDE.test(sentence.slice(m.index + m[0].length))) continue;
    // (a count of hours under a day has no count word: one day)
    const count = m[1] ?? m[3];
    // (but "less than 24 hours after a Russian missile attack on Dnipro that morning": the attack after names its own time,
    // which dates it, maybe the same day)
    if (!count && OWN_TIME.test(sentence.slice(m.index + m[0].length).split(/[;.]/)[0]!)) continue;
    const n = count ? smallCount(count) : 1;
    const dayAfter = dayAttackTold(sentence.slice(m.index + m[0].length).split(";")[0]!);
    refs.push({ at: m.index, text: m[0], start: null, end: null, precision: "day", relative: "days-later", days: -(/week/i.test(m[2] ?? m[4] ?? "") ? n * 7 : n), ...(dayAfter ? { dayAfter } : {}) });
  }
  for (const m of NEXT_WORD.test(sentence) ? sentence.matchAll(NEXT_DAY) : []) {
    // (read above: "Rescuers dug on Thursday, a day after Russian cruise missiles struck")
    if (refs.some((r) => r.relative === "days-later" && r.at <= m.index && m.index < r.at + r.text.length)) continue;
    if (inAside(asideOfDay, m.index)) continue;
    // "by the next morning … overnight": the night that ended that morning
    const relative = m[1] && /night|evening|morning/i.test(m[1]) ? "next-night" : "next-day";
    refs.push({ at: m.index, text: m[0], start: null, end: null, precision: relative === "next-night" ? "night" : "day", relative });
  }
  // "On March 22, Russia launched 88 missiles, and a week later it fired 60 Shaheds", "two days later": after the date named before
  // (not when something else happened then: "the final toll, announced a week later", "who died of her injuries four days later")
  // (the look-behind is costly on every sentence: only sentences that say "later" need it)
  for (const m of LATER.test(sentence) ? sentence.matchAll(DAYS_LATER) : []) {
    const n = smallCount(m[1]!); // ("a week later": one)
    refs.push({ at: m.index, text: m[0], start: null, end: null, precision: /night/i.test(m[2]!) ? "night" : "day", relative: "days-later", days: /week/i.test(m[2]!) ? n * 7 : n });
  }
  // "Nine days earlier, a Russian missile hit Kryvyi Rih", "a week before, …": that many days before the date named before
  // (not "who had died two days earlier": what else happened then)
  for (const m of EARLIER_WORD.test(sentence) ? sentence.matchAll(DAYS_EARLIER) : []) {
    const n = smallCount(m[1]!);
    refs.push({ at: m.index, text: m[0], start: null, end: null, precision: /night/i.test(m[2]!) ? "night" : "day", relative: "days-later", days: -(/week/i.test(m[2]!) ? n * 7 : n) });
  }
  // "The night before, Russia attacked with more than 300 drones", "a night earlier", "the previous night"
  // (not "kept the capital under alert through the night before missiles arrived": that night, then a clause)
  for (const m of night ? sentence.matchAll(/(?<!\b(?:through|throughout|all|during|into|until)\s+)\b(?:the|a)\s+night\s+(?:before(?!\s+(?:last|(?:orthodox\s+|catholic\s+|western\s+)?easter))|earlier)\b|\bthe\s+previous\s+night\b|\b(?:on\s+)?the\s+same\s+night\b|^\W*that\s+night\b/gi) : []) {
    refs.push({ at: m.index, text: m[0], start: null, end: null, precision: "night", relative: /same|that/i.test(m[0]) ? "same-night" : "previous-night" });
  }
  // "… first posted on Dec. 29, 2023. That morning, Russia fired 122 missiles": the day the text named last; so too
  // after the figure, that day or afternoon ("The deadliest day was 14 January. Russia launched 28 cruise missiles that
  // afternoon"), not "that morning", which there tells of what else happened ("an award ceremony in the centre that morning")
  // (nor where "that" opens a clause: "officials said that day-to-day …")
  for (const m of THAT_DAY.test(sentence) ? sentence.matchAll(THAT_DAY_REF) : []) {
    const at = m.index + m[0].search(/\b(?:that|the\s+same)\b/i);
    // ("The same morning, Russia fired 38 missiles", after "Modi arrived in Moscow on July 8": that day, as a visit's)
    const morning = m[1]?.toLowerCase() === "morning" && !/\bsame\b/i.test(m[0]);
    refs.push({ at, text: m[0].slice(at - m.index), start: null, end: null, precision: morning ? "night" : "day", relative: morning ? "that-morning" : "that-day" });
  }
  // "Russia launched 6,297 drones in July. The Air Force also counted 198 missiles over the month": the month named before
  for (const m of MONTH_NOUN.test(sentence) ? sentence.matchAll(/\b(?:over|during|for|in|throughout)\s+the\s+(?:same\s+|whole\s+)?month\b(?!\s+of\b)|\bthat\s+month\b/gi) : []) {
    refs.push({ at: m.index, text: m[0], start: null, end: null, precision: "month", relative: "that-month" });
  }
  // "shot down 1,000 drones over the past week. … Russia launched more than 1,200 drones over the same week": the week named
  // before (not "later that week": a day in it); a tally set beside another's seven days says so without the word ("… between
  // Monday and Sunday morning. The Air Force's reports add up to 700 drones over the same seven days"), not "the same seven
  // days last year"
  if (WEEK_NOUN.test(sentence)) pushSameSpan(refs, sentence, /\b(?:over|during|for|in|throughout)\s+(?:the\s+same|that(?:\s+same)?)\s+(?:week|(?:seven|7)\s+days)\b(?!\s+(?:of|last|a\s+year)\b)/gi, "that-week");
  // "Over the past week, … Over the same period, air defence systems shot down 387 drones": the week (or month) named before
  if (PERIOD_NOUN.test(sentence)) pushSameSpan(refs, sentence, /\b(?:over|during|for|in|throughout)\s+(?:the\s+same|that(?:\s+same)?)\s+period\b(?!\s+(?:of|last|a\s+year)\b)/gi, "that-period");
  // "the Air Force said Russia had used 476 drones in that overnight attack": the attack named last (the night that ended on its day)
  // (not "the Air Force said that overnight attack drones and five missiles were launched")
  for (const m of night ? sentence.matchAll(/(?<=\b(?:in|during|from|of|after|since|by|before)\s+)that\s+(?:overnight|night(?:-time)?|night['’]s)\s+(?:attack|strike|raid|barrage|assault)\b(?!\s+(?:drones?|UAVs?|missiles?|helicopters?|aircraft))/gi) : []) {
    refs.push({ at: m.index, text: m[0], start: null, end: null, precision: "night", relative: "that-attack" });
  }
  // "the strike on Odesa the day before", "a day earlier": the day before the attack named last, or (when none
  // is) before the day the article was written (not "the day before the strike": dated by that strike)
  // ("A day earlier he had reported 19 drones downed on the previous night": the night dates the count)
  const nightBefore = refs.some((r) => r.precision === "night");
  for (const m of nightBefore || !DAY_BEFORE_WORDS.test(sentence) ? [] : sentence.matchAll(/\b(?:the\s+day\s+(?:before|prior)|a\s+day\s+earlier|the\s+previous\s+day)\b(?!\s+(?:the|a|an|his|her|its|their|that|this|last|yesterday)\b)/gi)) {
    if (/^\s+[A-Z]/.test(sentence.slice(m.index + m[0].length))) continue; // "the day before Zelensky's visit"
    refs.push({ at: m.index, text: m[0], start: null, end: null, precision: "day", relative: "previous-day" });
  }
  if (refs.length > 0) masked = maskSpans(masked, refs.map((r) => [r.at, r.at + r.text.length] as [number, number]));
  for (const rule of RULES) {
    const needs = gate(rule);
    if ((needs & have) !== needs || (rule.anchor && !rule.anchor.test(sentence))) continue;
    rule.re.lastIndex = 0;
    // matches of one rule never overlap, so the text is masked once per rule (not once per match:
    // a sentence with thousands of dates would be quadratic)
    const spans: Array<[number, number]> = [];
    for (const m of matchesOf(rule.re, masked)) {
      const text = m[0].trim();
      if (!text) continue;
      const at = m.index + m[0].indexOf(text);
      if (rule.skip?.(masked.slice(Math.max(0, at - 64), at), masked.slice(at + text.length, at + text.length + 12), sentence.slice(Math.max(0, at - 64), at))) continue;
      const reference = rule.now ? written : published;
      const r = reference ? rule.resolve(m as RegExpExecArray, reference, ahead) : yearOnly(m);
      refs.push({ at, text, start: r?.start ?? null, end: r?.end ?? null, precision: r?.precision ?? "day", ...(r?.nightOf ? { nightOf: true } : {}), ...(r?.sinceAttack ? { sinceAttack: true } : {}) });
      spans.push([at, at + text.length]);
    }
    if (spans.length > 0) masked = maskSpans(masked, spans);
  }
  // "By the next morning, the Air Force reports 145 drones launched overnight": the overnight of that morning, not of publication
  // (not a night before named only to compare: "launched 355 drones overnight, beating the record set only the night before")
  const relativeNight = refs.some((r) => r.relative === "next-night" || r.relative === "same-night" || (r.relative === "previous-night" && !comparedNight(sentence, r)));
  // "On the night of March 13 … the same night": the night the sentence names itself
  const named = refs.some((r) => !r.relative && r.start && !overnight(r));
  // a line labelled with its month ("June 2025: 30 drones were shot down on the night of June 27-28") is dated by its own day
  const dayOrNight = refs.some((r) => r.precision === "day" || r.precision === "night");
  const kept = refs
    .filter((r) => !(relativeNight && overnight(r)) && !(named && r.relative === "same-night") && !(dayOrNight && monthLabel(r, sentence)) && !restated(r, refs, sentence))
    .sort((a, b) => a.at - b.at);
  const days = nightOfDay(sentence, kept);
  return published ? weekToSaidDay(sentence, lastYear(sentence, reanchor ? anchored(sentence, days, published) : days, published)) : kept;
}

// a night named after a record or a comparison ("the record set only the night before", "more than the previous night")
const COMPARED_NIGHT = /\b(?:record|than|since|beating|beat|surpass\w*|exceed\w*|compared\s+(?:with|to))\b[^.;]{0,40}$/i;
/** Whether the words just before `r` name its night only to compare: "beating the record set only the night before". */
export const comparedNight = (sentence: string, r: TimeRef): boolean => COMPARED_NIGHT.test(sentence.slice(Math.max(0, r.at - 60), r.at));

/** Whether `at` falls in the aside set off after an opening day (see findTimeRefs' DAY_APPOSITION; at module level, see below). */
const inAside = (aside: RegExpExecArray | null, at: number): boolean => aside !== null && at >= aside[1]!.length && at < aside[0].length;

/** "over the same week", "during that period": a span named before, resolved against it later (a week until then). */
function pushSameSpan(refs: TimeRef[], sentence: string, re: RegExp, relative: "that-week" | "that-period"): void {
  for (const m of sentence.matchAll(re)) refs.push({ at: m.index, text: m[0], start: null, end: null, precision: "week", relative });
}

// (findTimeRefs' filters at module level, not closures: tsx names every closure it creates, a property write per call)
/** A bare "overnight" or "last night", not one a relative word ties to another night. */
const overnight = (r: TimeRef): boolean => !r.relative && bareNight(r);

/** A month labelling the line it opens ("June 2025: …"). */
const monthLabel = (r: TimeRef, sentence: string): boolean => r.precision === "month" && r.at <= 3 && /^\s*:/.test(sentence.slice(r.at + r.text.length));

/** ("two days later, on Palm Sunday": a holiday too far back to place restates the count of days before it, which dates it) */
const restated = (r: TimeRef, refs: readonly TimeRef[], sentence: string): boolean =>
  !r.relative && r.start === null && refs.some((x) => x.relative === "days-later" && x.at < r.at && /^,\s*$/.test(sentence.slice(x.at + x.text.length, r.at)));

const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** "On the night of 2–3 February last year", "on 14 March a year earlier": the date in the year before publication's. */
function lastYear(sentence: string, refs: TimeRef[], published: string): TimeRef[] {
  const year = Number(published.slice(0, 4)) - 1;
  return refs.map((r) => {
    if (!r.start || !r.end || r.relative || /\b(?:19|20)\d\d\b/.test(r.text) || !MONTH_RE.test(r.text)) return r;
    // (or told before it: "A year ago, on December 29, Russia carried out what was then the largest attack", in a piece of 26 December)
    const after = /^\s*,?\s*(?:last\s+year|the\s+(?:previous\s+year|year\s+before)|a\s+year\s+(?:ago|earlier|before))\b/i.test(sentence.slice(r.at + r.text.length));
    const yearAgo = !after && /\b(?:a|one)\s+year\s+(?:ago|earlier|before)\s*,?\s*(?:on\s+)?$/i.test(sentence.slice(Math.max(0, r.at - 30), r.at));
    if (!after && !yearAgo) return r;
    // ("A year ago, on December 29": the 29 December nearest a year before publication, 2023 in a piece of 26 December 2024,
    // 2022 in one of 2 January 2024)
    const yearBefore = `${year}${published.slice(4)}`;
    const apart = (y: number) => daysApart(`${y}${r.start!.slice(4)}`, yearBefore);
    const to = yearAgo ? [year - 1, year, year + 1].reduce((best, y) => (apart(y) < apart(best) ? y : best)) : year;
    const shift = (d: string) => `${to - Number(r.start!.slice(0, 4)) + Number(d.slice(0, 4))}${d.slice(4)}`;
    return { ...r, start: shift(r.start), end: shift(r.end) };
  });
}

function nearerWeekday(r: TimeRef, day: string, latest: string, sentence: string): TimeRef {
  if (!r.start || !r.end || r.relative || /\d/.test(r.text) || MONTH_RE.test(r.text) || !WEEKDAY_RE.test(r.text.replace(WORD_INITIAL_LOWER, (c) => c.toUpperCase()))) return r;
  const [start, end] = [addDays(r.start, 7), addDays(r.end, 7)];
  const after = Date.parse(start) - Date.parse(day);
  const before = Date.parse(day) - Date.parse(r.start);
  // ("FRIDAY, DECEMBER 29 / … By Tuesday, the Interior Ministry put the death toll at 39": a day a count had reached by then
  // comes after the heading's, not before it; not the agent of "killed by Tuesday's strike")
  const reachedBy = /^by\s/i.test(r.text) && !/['’]s$/.test(r.text) && !/^['’]s/.test(sentence.slice(r.at + r.text.length));
  return end <= latest && (after < before || reachedBy) ? { ...r, start, end } : r;
}

/**
 * A day of a month after the heading's day but not after publication is that year's: a review of the year published on
 * 20 December, "November 23: the blackout … On December 16, the count was 76 missiles", is 16 December of that year (read
 * from its heading's day alone, more than a week before it, the year before). (not a day given with its year: "December 16, 2021")
 */
function laterThisYear(r: TimeRef, day: string, latest: string): TimeRef {
  if (!r.start || !r.end || r.relative || !MONTH_RE.test(r.text) || !/\d/.test(r.text) || /\b\d{4}\b/.test(r.text)) return r;
  const nextYear = (d: string) => isoDate(Number(d.slice(0, 4)) + 1, Number(d.slice(5, 7)), Number(d.slice(8, 10)));
  const [start, end] = [nextYear(r.start), nextYear(r.end)];
  return start && end && start > day && end <= latest ? { ...r, start, end } : r;
}

/** "before dawn on Wednesday", "overnight on Sunday", "in the early hours of 7 June": the night that ended on the day named right after (or the night named right after). */
function nightOfDay(sentence: string, refs: TimeRef[]): TimeRef[] {
  const read = refs.map((r, i) => {
    const next = refs[i + 1];
    if (r.relative || r.precision !== "night" || !overnightWord(r.text) || !next?.start || next.relative) return r;
    const between = sentence.slice(r.at + r.text.length, next.at);
    // ("overnight on December 28 to 29", "overnight on Dec. 28-29": the night named after it)
    if (next.precision === "night" && /^\s+on\s+$/i.test(between)) return { ...r, text: sentence.slice(r.at, next.at + next.text.length), start: next.start, end: next.end, dayNamed: true };
    if (next.precision !== "day") return r;
    // "overnight on Sunday", "in the early hours of 7 June"
    // (and "before dawn last Monday")
    if (!(/^\s?$/.test(between) && /^(?:on|last)\s/i.test(next.text)) && !/^\s+of\s+$/i.test(between)) return r;
    // (no longer a bare "overnight" that a lead's night may stand for; its text runs on over the day, so what is read after
    // it, "…, the ministry said", is read after both)
    return { ...r, text: sentence.slice(r.at, next.at + next.text.length), start: addDays(next.start, -1), end: next.start, dayNamed: true };
  });
  // (the day a night took in is marked so, see TimeRef.takenIn)
  return read.map((r, i) => (i > 0 && refs[i - 1] !== read[i - 1] && read[i - 1]!.at + read[i - 1]!.text.length === r.at + r.text.length ? { ...r, takenIn: true as const } : r));
}

const SINCE_BEFORE = /\bsince\b[^;]{0,70}$/i;
const WEEKDAY_WORD = new RegExp(`\\b(${WD})\\b`, "gi");

/**
 * "Mon 17 Nov (Sunday into Monday)", "Overnight into Saturday, 2 March", a digest line "Tue 18 Nov: …
 * overnight": a night named by its weekday, or "overnight" after a date that labels the line, is the
 * night of the date the sentence gives, not of the publication day. Only a weekday that agrees with
 * the date (or a line label) ties them: "on Sunday … the worst since 8 July" keeps its own Sunday.
 */
function anchored(sentence: string, refs: TimeRef[], published: string): TimeRef[] {
  // (a date with its month, or a day that labels the line: "Sat 5 – Kharkiv: 322 drones and two missiles overnight")
  const dates = refs.filter((r) => r.precision === "day" && r.start && !r.relative && ((/\d/.test(r.text) && MONTH_RE.test(r.text)) || labelsLine(sentence, r)));
  const anchor = dates[0]?.start;
  if (!anchor || anchor >= published || dates.some((r) => r.start !== anchor)) return refs;
  const label = labelsLine(sentence, dates[0]!);
  const ties = (r: TimeRef) => {
    // (nor a night the day after it names: "overnight on Oct. 10")
    // (nor the date itself: "LAST SUNDAY: SPIDERWEB" is read from publication, not from that Sunday)
    if (r.relative || r.dayNamed || !r.start || dates.includes(r) || /\d/.test(r.text) || MONTH_RE.test(r.text)) return false;
    // (nor a weekday told before a day a period is counted from: "met in Antalya on Thursday, the first such contact since Russia
    // invaded Ukraine on Feb. 24", a Thursday too; but "since 19 August 2023, when a strike on a Saturday morning killed seven")
    if (r.at < dates[0]!.at && SINCE_BEFORE.test(sentence.slice(r.at, dates[0]!.at))) return false;
    const named = [...r.text.matchAll(WEEKDAY_WORD)].at(-1)?.[1];
    return named ? WEEKDAYS.indexOf(named.toLowerCase() as (typeof WEEKDAYS)[number]) === weekday(anchor) : label && overnightWord(r.text);
  };
  if (!refs.some(ties)) return refs;
  const again = findTimeRefs(sentence, anchor, anchor, null, null, false);
  return refs.map((r) => (ties(r) ? (again.find((a) => a.at === r.at && a.text === r.text) ?? r) : r));
}

/** A night named only by when the text was written, and by no day beside it ("overnight", not "overnight on Oct. 10"). */
export const bareNight = (r: TimeRef) => !r.dayNamed && isBareNight(r.text);
/** "overnight", "during the night", "last night": a night named only by when the text was written. */
const isBareNight = (text: string) => /^(?:overnight|during the night|through(?:out)? the night|last night)$/i.test(text);
const overnightWord = (text: string) => isBareNight(text) || /^(?:before dawn|in the (?:early|small|wee) hours)$/i.test(text);

/** A date that labels its line: "Tue 18 Nov: …", "Mon 17 Nov (Sunday into Monday) …", and a weekday's before a dash too, "Sat 5 – Kharkiv: …". */
export const labelsLine = (line: string, ref: TimeRef) => {
  if (ref.at > 5) return false;
  const rest = line.slice(ref.at + ref.text.length);
  return /^\s*[:(|]/.test(rest) || (/^\s+[-–—]\s/.test(rest) && !MONTH_RE.test(ref.text) && WEEKDAY_LABEL_AT_START.test(line));
};

function maskSpans(text: string, spans: ReadonlyArray<[number, number]>): string {
  const parts: string[] = [];
  let from = 0;
  for (const [a, b] of spans) {
    parts.push(text.slice(from, a), " ".repeat(b - a));
    from = b;
  }
  parts.push(text.slice(from));
  return parts.join("");
}

/** Without a publication date only expressions carrying their own year resolve. */
function yearOnly(m: RegExpMatchArray): Omit<TimeRef, "at" | "text"> | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(m[0]);
  if (iso) return day(isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const y = /\b(\d{4})\b/.exec(m[0]);
  if (!y) return null;
  return RULES.reduce<Omit<TimeRef, "at" | "text"> | null>((acc, rule) => {
    if (acc) return acc;
    rule.re.lastIndex = 0;
    const mm = rule.re.exec(m[0]);
    return mm && mm[0] === m[0] ? rule.resolve(mm, `${y[1]}-12-31`, null) : null;
  }, null);
}

/** A dated item's opening date: "* AUGUST 2-3, SOCHI - …", "June 2 – …" (a date, then a place or a dash). */
export function openingDate(text: string, refs: readonly TimeRef[]): TimeRef | null {
  const lead = /^[-*•·–\s]*/.exec(text)![0].length;
  const r = refs.find((r) => r.at === lead);
  if (!r?.start || !r.end || r.relative || (r.precision !== "night" && r.precision !== "day") || !/\d/.test(r.text)) return null;
  const rest = text.slice(r.at + r.text.length);
  // ("July 8 – 23:50. Air defence shot down 12 drones overnight": a live entry's stamp, not a fact box's item)
  if (/^\s*[-–—:]\s*\d{1,2}[:.]\d{2}\b/.test(rest)) return null;
  return /^\s*(?:,[^.!?]{0,60}?)?\s[-–—:]\s/.test(rest) ? r : null;
}
