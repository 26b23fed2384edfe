import { type EventType, type Side, addDays } from "@salvo/core";
import { type Context, ATTACK_NEAR, ATTACK_WORDS, strikeHoursOf, DAYLIGHT_BARRAGES_END, EARLIER, blastHour, clockSpan, crossesMidnight, datesAttack, isDaytime, morningBlast, NIGHT_SAID, THIS_MORNING } from "./attack-dates.ts";
import { labelsLine, type TimeRef } from "./dates.ts";
import type { RawFigure } from "./figures.ts";
import { NIGHT_COUNTS } from "./lexicon.ts";
import { laterThanNight, struckAtMidday, struckByDaylightHour } from "./set-apart.ts";
import type { Token } from "./tokens.ts";

/** The day or night a figure is dated to (all null: undated). */
export type FigureDate = Pick<Context, "start" | "end" | "precision">;

/** A dated launch or period count a sentence told, for the undated figures told just after it. */
/** (`toll`: a period's count of the killed or injured) */
export type Recalled = { index: number; paragraph: number; attacker: Side; date: FigureDate; localKey: string; toll?: boolean };

/** One figure of a sentence, with what its sentence says about when it came. */
export interface FigureDating {
  text: string;
  /** the sentence with the times it was said blanked out ("… has risen to 26, the ministry said on Wednesday evening") */
  strikeHours: string;
  sentenceStart: number;
  paragraph: number;
  tokens: readonly Token[];
  /** every figure of the sentence */
  figures: readonly RawFigure[];
  /** the sentence's time expressions of the attack, and of when it was reported */
  refs: readonly TimeRef[];
  reportRefs: readonly TimeRef[];
  figure: RawFigure;
  attacker: Side;
  casualty: boolean;
  /** the figure's own time expression, resolved (relative ones against their base) */
  ref: TimeRef | null;
  eventType: EventType;
  background: boolean;
  oneAttackInPeriod: boolean;
  /** the attack the paragraph, section or article told before, that an undated figure takes over */
  previous: Context | null;
  /** `ref` is the day its paragraph opens with, not one the sentence names: "Saratov, August 10. The ministry reported 121 drones destroyed" */
  opened: boolean;
}

/** What the article and the sentences before the figure said, as far as dating a figure needs it. */
export interface ArticleDating {
  written: string | null;
  articleDate: Context | null;
  /** a live page stamped with daytime hours, or with hours of the night */
  liveDay: boolean;
  nightPage: boolean;
  lead: Context | null;
  /** the day its section's heading gives ("NOV. 10, 2024"; not a live page's post stamp, "July 8, 21:05 GMT") */
  sectionDated: Context | null;
  paragraphContext: Context | null;
  paragraphBarrage: boolean;
  /** the last strike its section (from the last heading or post stamp) told */
  sectionTold: Context | null;
  lastPeriod: Recalled | null;
  lastAggregate: Recalled | null;
}

/**
 * The date of one figure, and how it was reached: `fromParagraph`, taken over from a 2022 barrage by day the paragraph
 * told of; `daylightBarrage`, a barrage of missiles from before March 2023, which came by day; `withBarrage`, a figure that
 * came with such a barrage told before it (see cameWithBarrage); `byDay`, a day the text puts
 * the attack in the morning or daylight of (see Context).
 */
export function figureDate(f: FigureDating, a: ArticleDating): { date: FigureDate; fromParagraph: boolean; daylightBarrage: boolean; withBarrage: boolean; byDay: boolean } {
  const { text, ref } = f;
  const told = statedOrInherited(f, a);
  let date = told.date;
  // ("Russia launched 472 drones overnight into Sunday … Later that morning, a Russian missile strike on a training unit
  // killed 12": a strike told after the night it takes over, in the day that night ended; so is one its words put at midday,
  // "the number of injured in the midday strike has risen to 33")
  if (!ref && !f.background && f.eventType === "strike" && date.precision === "night" && date.end && (laterThanNight(text) || struckAtMidday(f.strikeHours) || struckByDaylightHour(f.strikeHours) || daylitClause(f))) date = { start: date.end, end: date.end, precision: "day" };
  // ("* OCTOBER 6 - KHARKIV CITY / Shortly after midnight, two Iskander missiles hit the city centre, killing two people": a
  // blast the sentence puts in the small hours of the day it takes over is the night that ended that day)
  if (!ref && !f.background && f.eventType === "strike" && date.precision === "day" && date.start && smallHoursBlast(f.strikeHours)) date = { start: addDays(date.start, -1), end: date.start, precision: "night" };
  if (nightRestated(f, date)) date = { start: addDays(date.start!, -1), end: date.start, precision: "night" };
  const daylightBarrage = isDaylightBarrage(f, date);
  const withBarrage = cameWithBarrage(f, a, date);
  const byDay = keptByDay(f, date, a.articleDate);
  // ("Russian occupants attacked Ukraine this morning with 64 means of air attack … The enemy used 44 missiles …": the
  // counts told after a morning's attack are that morning's, not the night before it)
  if (!(byDay && !f.ref) && endsNight(f, a, date, daylightBarrage, told.fromParagraph || withBarrage)) {
    date = { start: addDays(date.start!, -1), end: date.start, precision: "night" };
  }
  return { date, fromParagraph: told.fromParagraph || withBarrage, daylightBarrage, withBarrage, byDay: byDay && date.precision === "day" };
}

// where a clause ends: a comma or semicolon (not a thousands separator), or "and" before another clause's subject (global, built
// once: matchAll copies it, so no lastIndex is shared between calls)
const CLAUSE_END = /[,;](?!\d)|\band\s+(?=that\b|(?:the|a|an|two|three|\d+)\s)/gi;

/**
 * A figure whose sentence puts an attack in daylight, by words in a clause that names the attack (not the hour a source spoke
 * at, nor another clause's: "rescuers were still searching the debris in the afternoon", "By late morning, the service said the
 * toll had risen"), with no night said: "The Ukrainian armed forces launched 14 drones at the district during the day", after
 * the night's count told in the morning report, is that day's.
 */
function daylitClause(f: FigureDating): boolean {
  if (NIGHT_SAID.test(f.text)) return false;
  const clauses = ownStatement(strikeHoursOf(f.strikeHours, [], true), f.figure.valueStart - f.sentenceStart);
  // (a time the sentence opens with dates the clause after it: "In the afternoon, a Russian guided bomb hit an industrial site";
  // not one a toll was reached by, "By late morning, …")
  const opening = clauses.length > 1 && !BY_THEN.test(clauses[0]!) && isDaytime(clauses[0]!) && ATTACK_WORDS.test(clauses[1]!);
  return opening || clauses.some((clause) => isDaytime(clause) && ATTACK_WORDS.test(clause));
}
const BY_THEN = /^\W*by\b/i;

// a clause that tells another happening beside the sentence's: "…, adding that a second wave of drones came in the afternoon",
// "…, while a missile attack on Odesa in the afternoon killed two people"
const ANOTHER_STATEMENT = /^\W*(?:while|whereas|but|although|though|as|adding|meanwhile)\b/i;

/**
 * The clauses of the statement the figure at `at` is told in: the sentence's clauses from the last one that opens another
 * statement before the figure to the next one after it ("35 were shot down" is not dated by "while a missile attack on Odesa in
 * the afternoon killed two people").
 */
function ownStatement(hours: string, at: number): string[] {
  const clauses: { text: string; start: number }[] = [];
  let from = 0;
  for (const m of hours.matchAll(CLAUSE_END)) {
    clauses.push({ text: hours.slice(from, m.index), start: from });
    from = m.index + m[0].length;
  }
  clauses.push({ text: hours.slice(from), start: from });
  let first = 0;
  let end = clauses.length;
  for (const [k, c] of clauses.entries()) {
    if (!ANOTHER_STATEMENT.test(c.text)) continue;
    if (c.start > at) {
      end = k;
      break;
    }
    first = k;
  }
  return clauses.slice(first, end).map((c) => c.text);
}

/**
 * A figure that takes over the day of a 2022 barrage of missiles by day told before it, with no time of its own or with "that
 * day" ("Russia also sent 10 Iranian-made Shahed drones, Ihnat said", "All 10 Shahed drones launched that day were destroyed"
 * after "more than 90 missiles were fired"): until the winter of 2023 the Shaheds came with the missiles, by day, so the
 * count is that day's, not the night's that ended it (see isDaylightBarrage). Not a night its own words name, nor a
 * barrage told before the figure's heading ("NIGHT OF DECEMBER 31 - JANUARY 1 / * … Russia sends 45 Shahed drones", after the
 * afternoon's cruise missiles of 31 December): its paragraph's or its section's.
 */
function cameWithBarrage(f: FigureDating, a: ArticleDating, date: FigureDate): boolean {
  const { previous, ref } = f;
  if (previous?.barrage !== true || date.precision !== "day" || previous.start !== date.start || previous.end !== date.end) return false;
  if (previous !== a.paragraphContext && previous !== a.sectionTold) return false;
  return (ref === null || ref.relative === "that-day") && !NIGHT_SAID.test(f.text);
}

/**
 * A day the figure's own sentence puts the attack in the morning of, told as the day's news ("attacked Ukraine this morning",
 * "as a result of this morning's Russian strike"), by a blast in the working morning ("struck the centre at about 9am") or by a
 * day's morning alone ("attacked Ukraine on Wednesday morning with 64 means of air attack", see morningAlone), or one it takes
 * over from such a day told before it, unless it names a night itself ("The daytime strike followed a night in which Russia
 * launched 40 cruise missiles").
 * (not a night's end, "early this morning"; nor a morning the sentence ties to the night: "fired 94 missiles overnight and into
 * Friday morning"; nor a time it was said, "the administration said in the evening", or counted, "In its final count this
 * morning, it put the figures at 595 drones")
 */
function keptByDay(f: FigureDating, date: FigureDate, articleDate: Context | null): boolean {
  const { ref, text } = f;
  // (the article's attack, when nothing told before the figure's paragraph dates it: see readArticle's articleDate)
  const previous = f.previous ?? articleDate;
  if (date.precision !== "day" || !date.start) return false;
  // ("Zelensky said Russia had used more than 100 missiles … in the morning attack", after "Russia on Monday launched one of its
  // heaviest air attacks": the counts of the attack the sentence calls the morning's, as "this morning" is; not "early-morning")
  if (!ref) return ((previous?.byDay === true && previous.start === date.start && previous.end === date.end) || MORNING_ATTACK.test(text) || firedInTheMorning(f.strikeHours)) && !NIGHT_SAID.test(text);
  return morningOfDay(text, ref);
}

// the attack named as the morning's: "in the morning attack", "the morning's strike", "this morning's barrage"
const MORNING_ATTACK = /(?<!\b(?:early|early-|late)\s*)\b(?:the|this|that|today['’]s)\s+morning(?:['’]s)?\s+(?:(?:missile|drone|air|combined|massive|mass)\s+)?(?:attacks?|strikes?|barrage|bombardment|raid)\b/i;

// the attack told "in the morning", its verb just before: "Russia fired 15 missiles at Kharkiv and its suburbs in the morning"
// (in the verb's own clause: not "early in the morning", nor a morning someone spoke in, "Russia fired 15 missiles at Kharkiv,
// Syniehubov said in the morning")
const FIRED_IN_THE_MORNING = /\b(?:fired|launched|attacked|struck|hit|shelled|bombed|targeted)\b(?:(?!\b(?:said|says|reported|wrote|told|announced)\b)[^.;:,]){0,80}?(?<!\b(?:early|late)\s+)\bin\s+the\s+morning\b/i;

/**
 * A count with no day of its own that its sentence puts "in the morning" of the day it takes over (a fact box's "MAY 23 -
 * FAKTOR DRUK PRINTING HOUSE / Russia fired 15 missiles at Kharkiv and its suburbs in the morning"): that day, as "on
 * Thursday morning" alone is, not the night that ended it.
 */
const firedInTheMorning = (strikeHours: string): boolean => FIRED_IN_THE_MORNING.test(strikeHours) && !/\bevening\b/i.test(strikeHours);

/**
 * A day the sentence's own time expression puts the attack in the morning of, told as that day's news (see keptByDay): a
 * figure's sentence, or one with no figure that opens the account ("In the morning of 26.08, the Russian Federation carried
 * out one of the most massive combined attacks"), whose counts told after it keep that day.
 */
export function morningOfDay(text: string, ref: TimeRef): boolean {
  // ("The same morning, Russia launched 64 missiles and drones", after a visit's day: that day's morning, as "on Wednesday
  // morning" alone is, and so the counts told after it; not "that morning", the night that ended the day named)
  if (ref.relative) return ref.relative === "that-day" && /\bmorning\b/i.test(ref.text) && !NIGHT_SAID.test(text);
  return (THIS_MORNING.test(ref.text) && datesAttack(text, ref) && !/\bearly\s+$/i.test(text.slice(Math.max(0, ref.at - 9), ref.at))) || morningBlast(text) || morningAlone(text, ref);
}

// the attack's own verb before the morning, in its clause: "Russia launched a major missile and drone attack on Ukraine's energy
// system on Christmas morning" (not a morning of the aftermath, "were without power on Wednesday morning after Russia attacked",
// nor one someone spoke in, "Zelensky condemned on Wednesday morning the Russian attack")
const STRUCK_BEFORE_MORNING =
  /\b(?:attacked|launched|fired|struck|hit|shelled|bombed|targeted|pounded|unleashed|carried\s+out)\b(?:(?!\b(?:after|following|said|says|reported|wrote|told|announced|condemned|denounced)\b)[^.;:,]){0,80}$/i;

/**
 * A lead that tells the attack in the day's morning by its own verb (see STRUCK_BEFORE_MORNING), so that the counts the later
 * paragraphs give of it keep that day: a lead's morning may be the aftermath's, which a paragraph that goes on to count is not.
 */
export const morningLead = (text: string, ref: TimeRef): boolean => STRUCK_BEFORE_MORNING.test(text.slice(Math.max(0, ref.at - 160), ref.at)) && morningOfDay(text, ref);

/** The attack a day dates, kept by day when `told` puts it in that day's morning (see keptByDay). */
export function keptMorning(context: Context, text: string, ref: TimeRef, told: (text: string, ref: TimeRef) => boolean = morningOfDay): Context {
  return ref.precision === "day" && !ref.relative && told(text, ref) ? { ...context, byDay: true } : context;
}

// an attack told as still going on: "missiles were still falling", "drones were still flying", "the attack was still under way"
const STILL_GOING_ON = /\bstill\s+(?:falling|flying|under\s*way|going\s+on|continuing|ongoing|raging|in\s+progress)\b/i;

/**
 * A day's morning the sentence tells the attack in, with no night said: "Russian forces attacked Ukraine on Wednesday morning
 * with 64 means of air attack", "On the morning of Sunday, 17 November, the enemy carried out a massive combined strike", that
 * day (as "on Sunday morning" alone is), and so the counts told after it ("The enemy used 44 missiles … and 20 Shaheds").
 * (not the night's end, "early on Wednesday morning", nor a morning the night ran into: "overnight and into Friday morning")
 */
function morningAlone(text: string, ref: TimeRef): boolean {
  // (nor a span from the evening before: "from the evening of 3 September until the morning of 4 September")
  // (nor a morning the attack went on into: "On Christmas morning, as Russian missiles were still falling on Kharkiv"; not any
  // "still", "as people were still asleep")
  if (NIGHT_SAID.test(text) || /\bevening\b/i.test(text) || STILL_GOING_ON.test(text) || !datesAttack(text, ref)) return false;
  const before = text.slice(Math.max(0, ref.at - 16), ref.at);
  if (/\b(?:early|into|until|till|through)\s+(?:on\s+)?$/i.test(before) || /^early\b/i.test(ref.text)) return false;
  // (a translated page's "In the morning of 26.08", whose date takes its "of" with it)
  return /\bmorning\b/i.test(ref.text) || /\bmorning\s+of\s+$/i.test(before) || (/^of\s/i.test(ref.text) && /\bmorning\s+$/i.test(before)) || /^['’]s\s+morning\b/i.test(text.slice(ref.at + ref.text.length));
}

// "that night" or "the same night" told after the count, not opening the sentence, nor when something was said ("Later that
// night, Tymoshenko said …"), nor after an evening ("On the evening of 20 June …")
export const NIGHT_RESTATED = /(?<!\b(?:later|earlier)\s+)(?<=\w[^.;:]*\s)(?:that|the\s+same)\s+night\b(?!-)/i;

/**
 * A count dated to a day whose own sentence restates "that night" afterwards is the night of the attack that day names, the
 * night that ended it, as the Air Force and the ministries count: "On November 2, drones set a tanker on fire at the port of
 * Tuapse; Russia's Defence Ministry said it had downed 164 drones that night" (1–2 November), and so after a day told
 * before, "Russia's Defence Ministry said it destroyed 43 drones over the Krasnodar region that night". (A sentence that
 * opens with "That night" after a day tells of what came next, the night after it: see resolveRelative.)
 */
function nightRestated(f: FigureDating, date: FigureDate): boolean {
  const { text } = f;
  const m = NIGHT_RESTATED.exec(text);
  if (m === null || f.casualty || date.precision !== "day" || date.start === null) return false;
  // (a count of weapons whose own clause restates it, "downed 164 drones that night"; not a toll, nor another clause's night,
  // "killing 46 people, and rescuers searched the rubble all that night", nor a night after a day's hours, "On Tuesday
  // afternoon missiles struck Kyiv, … and Russia launched 40 drones at Odesa the same night")
  const valueEnd = f.figure.valueEnd - f.sentenceStart;
  if (m.index < valueEnd || /[;,]|\band\b/.test(text.slice(valueEnd, m.index))) return false;
  if (/\b(?:morning|afternoon|evening|daytime|midday|noon)\b/i.test(text)) return false;
  // (the last time the sentence names: not another day named after it, "… the same night, that brings the toll to 25, the
  // deadliest since a missile destroyed part of an apartment block in Dnipro on 14 January, killing 46")
  return !f.refs.some((r) => r.at > m.index);
}

// ("shortly after midnight", "just after midnight": no clock figure for blastHour to read)
// (and "around midnight": a blast either side of it is the night's that the day taken over ended, not that day's daylight;
// not "before midnight", the evening that opens the night after it)
const AFTER_MIDNIGHT = /\b(?:(?:shortly|just|soon|a\s+little|minutes)\s+(?:after|past)|(?:at\s+)?(?:around|about|approximately))\s+midnight\b/gi;
// ("rescuers worked there until around midnight": when something ended, not when the blast came)
const ENDED_BY = /\b(?:until|till|by)\s+$/i;
// ("Air raid sirens sounded around midnight": the alert's hour, not the blast's)
const ALERT = /\b(?:alerts?|alarms?|sirens?)\b/i;
/** A blast the sentence puts between midnight and 5 a.m.: "at around 1 a.m.", "Shortly after midnight, two Iskander missiles hit". */
function smallHoursBlast(text: string): boolean {
  const hour = blastHour(text);
  if (hour !== null) return hour < 5;
  return midnightBlast(text);
}

/**
 * A blast the sentence puts just after or around midnight, by words ("fired S-300 missiles at the district around midnight"; not
 * an hour an alert sounded at, "The air raid alert sounded at 3 a.m.", which blastHour reads; nor the end of something, "until
 * around midnight", nor the sirens of "Air raid sirens sounded around midnight"). A blast's hour of the day by the clock wins
 * over the words: "around midnight" beside "hit the district at 10 a.m." is not the blast's.
 */
export function midnightBlast(text: string): boolean {
  const hour = blastHour(text);
  if (hour !== null && hour >= 5) return false;
  for (const m of text.matchAll(AFTER_MIDNIGHT)) {
    if (ENDED_BY.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    // (the alert's clause ends at any comma, not at attribution's clauseBreaks, which run on past one: "hit the district
    // shortly after midnight, minutes after air raid sirens sounded" is the blast's midnight)
    const clauseStart = Math.max(0, ...[",", ";", ":"].map((p) => text.lastIndexOf(p, m.index) + 1));
    const next = text.slice(m.index).search(/[,;:.]/);
    if (ALERT.test(text.slice(clauseStart, next < 0 ? text.length : m.index + next))) continue;
    if (ATTACK_NEAR.test(text.slice(Math.max(0, m.index - 70), m.index + m[0].length + 60))) return true;
  }
  return false;
}

const unknownDate = (): FigureDate => ({ start: null, end: null, precision: null });

/** The date the figure's sentence gives it, or the one it takes over from what was told before. */
function statedOrInherited(f: FigureDating, a: ArticleDating): { date: FigureDate; fromParagraph: boolean } {
  const { ref } = f;
  const reportDay = f.reportRefs.find((r) => r.start)?.start ?? null;
  if (f.oneAttackInPeriod) return { date: unknownDate(), fromParagraph: false };
  if (ref) return { date: { start: ref.start, end: ref.end, precision: ref.start ? ref.precision : null }, fromParagraph: false };
  if (f.eventType === "aggregate" || f.background) return { date: unknownDate(), fromParagraph: false };
  if (reportDay && !f.casualty) return { date: reportedDate(f, a, reportDay), fromParagraph: false };
  return inheritedDate(f, a, reportDay);
}

/** A count told with the day it was reported and no date of its own. */
function reportedDate(f: FigureDating, a: ArticleDating, reportDay: string): FigureDate {
  // "Russia fired 250 drones, the Air Force said on Saturday": the night that ended that morning
  // (but "Chaus said on Wednesday that three missiles had struck the city" after Wednesday's daytime strike: that strike;
  // and a count its own clause puts in daylight, "said on Tuesday that it had shot down 68 drones during the day": that
  // day; not the daylight of another clause, "…destroyed 40 drones, in a statement issued in the afternoon")
  const { tokens, figure } = f;
  const countHours = clauseAround(f.strikeHours, tokens[figure.first]!.start - f.sentenceStart, tokens[figure.last]!.end - f.sentenceStart);
  // (and a 2022 barrage of missiles, which came by day: "Operational Command South claimed on Saturday that two of the four
  // Kalibr missiles fired at Odessa had been shot down")
  const day: FigureDate = { start: reportDay, end: reportDay, precision: "day" };
  const sameDay =
    [f.previous, a.lead, a.articleDate].find((c) => c?.precision === "day" && c.end === reportDay && c.attacker === f.attacker) ??
    (isDaytime(countHours) || isDaylightBarrage(f, day) || ukrainianMissileStrike(f));
  return sameDay ? { start: reportDay, end: reportDay, precision: "day" } : { start: addDays(reportDay, -1), end: reportDay, precision: "night" };
}

/**
 * Ukraine's missiles at Russia or Crimea, told with the day the ministry reported them and no night said ("Ukraine launched a
 * strike on Sevastopol with five ATACMS missiles, the Defense Ministry said on Sunday"): the ATACMS, Storm Shadows and Neptunes
 * came by day or evening and Moscow reported each strike as it came, unlike the drones it counts overnight; so that day.
 * (Not "destroyed four ATACMS missiles overnight", nor Ukrainian drones beside them, "12 drones and two Neptune missiles".)
 */
const ukrainianMissileStrike = (f: FigureDating): boolean =>
  f.attacker === "UA" && mostlyMissiles(f.figures) && !NIGHT_SAID.test(f.text) && (blastHour(f.text) ?? 6) >= 6;

const RECALLED = /\b(?:remember\w*|recall\w*|deadliest|anniversary|ago|was\s+the|in\s+(?:19|20)\d\d)\b/i;

/** A figure its sentence does not date (or a toll told with the day it was given): the attack told before, else the report's own day or night. */
function inheritedDate(f: FigureDating, a: ArticleDating, reportDay: string | null): { date: FigureDate; fromParagraph: boolean } {
  const { text, refs, reportRefs, casualty, figure, background } = f;
  const { written, articleDate } = a;
  // "Late on April 4, officials had put the toll at 14": a toll given on a day counts an attack
  // over by then, not one the text reports later
  const tollDay = casualty ? ([...refs, ...reportRefs].find((r) => r.precision === "day" && r.start && !r.relative)?.start ?? null) : null;
  const inherit = tollDay ? ([f.previous, a.lead, articleDate].find((c) => c?.end != null && c.end <= tollDay) ?? null) : (f.previous ?? articleDate);
  const span = clockSpan(text);
  if (inherit?.precision === "night" && inherit.end && span === "day") {
    // "By the afternoon the attacks had not stopped: between noon and 17:40 …": the day that night ended in
    return { date: { start: inherit.end, end: inherit.end, precision: "day" }, fromParagraph: false };
  }
  if (inherit?.precision === "day" && inherit.end && span === "night") {
    // "Between 00:00 and 07:00 Moscow time, air defences destroyed 110 drones" in a day's report: the night that ended that morning
    return { date: { start: addDays(inherit.end, -1), end: inherit.end, precision: "night" }, fromParagraph: false };
  }
  // (nothing in the article dates any attack: a page about the day's strike, "10:31 / Powerful explosions in Sumy", is that day's)
  // (a toll or a hit, in a sentence with no year: the Air Force's overnight totals at "08:00" are the night's)
  const pageDay = !articleDate && !tollDay && written && a.liveDay && (casualty || figure.metric === "hit") && !/\b(?:19|20)\d\d\b/.test(text) ? { start: written, end: written, precision: "day" as const } : unknownDate();
  // ("attacked ships in Sevastopol bay at around 4:20 a.m." with no day: the night that ended the day it was written)
  // (not an attack recalled: "residents still remember the night a missile hit their block at 04:00")
  const smallHours = !inherit && !reportDay && written && !background && !RECALLED.test(text) ? blastHour(text) : null;
  // (nor a ministry's window past midnight with no day: "from 20:00 to 07:00 Moscow time", the night it reported that morning)
  const overnightWindow = !inherit && !reportDay && written && !background && (span === "night" || (span === "evening" && crossesMidnight(text)));
  const beforeDawn = (smallHours !== null && smallHours < 6) || overnightWindow ? { start: addDays(written!, -1), end: written, precision: "night" as const } : null;
  // (a day taken over from a 2022 barrage by day the paragraph told of just before: "In total today the enemy
  // launched 84 cruise missiles … Also 24 attack UAVs were used": the same daytime strike)
  const fromParagraph = inherit !== null && inherit === a.paragraphContext && a.paragraphBarrage;
  // ("On Friday, 1 person died and 3 were injured in Kharkiv, Syniehubov reported", with no attack dated before: that day)
  const undated = !inherit && !reportDay && !beforeDawn && pageDay.end === null;
  const tollOnly = undated && tollDay ? { start: tollDay, end: tollDay, precision: "day" as const } : null;
  // ("A Russian missile struck an apartment block, killing a woman": one weapon that hit is told with its toll, by day)
  const oneHit = figure.metric === "hit" && figure.value === 1 && figure.qualifier === "exact";
  // (and nothing dates the attack at all, "KYIV, Jan 29 (Wire) - A Russian missile struck an apartment building in
  // Kharkiv, killing a woman": a report tells of the attack it was written about, its toll that day's, its counts of
  // weapons the night's before, as the Air Force counts them)
  // (and so are Ukraine's missiles, which came by day or evening and Moscow reported as they came: "Russia's defence ministry
  // said Ukrainian aircraft had fired 15 cruise missiles at the shipyard", see ukrainianMissileStrike)
  // (not an attack recalled or compared, "residents still remember the night a missile hit their block", "its largest attack
  // since …", "since October, Ukraine has endured 9 massive missile strikes", nor a part of a period's
  // count the paragraph gave, "Air defences shot down 30 drones in Kyiv region" after October's 2,023; and a page stamped
  // through the night tells of that night, tolls and all)
  const ofAPeriod = [a.lastPeriod, a.lastAggregate].some((p) => p?.paragraph === f.paragraph);
  const byReport =
    f.eventType === "strike" && undated && !tollOnly && written && !RECALLED.test(text) && !EARLIER.test(text) && !ofAPeriod
      ? (casualty || oneHit || ukrainianMissileStrike(f)) && !a.nightPage
        ? { start: written, end: written, precision: "day" as const }
        : { start: addDays(written, -1), end: written, precision: "night" as const }
      : null;
  // (a toll told on a day with no attack before it to take over is that day's, as a report's is, byReport below: "On Saturday,
  // Russia said Ukraine had shelled the centre of Belgorod, killing 14 people"; a count of weapons so told is the night's, but
  // for Ukraine's missiles, which Moscow reported as they came: see ukrainianMissileStrike)
  const date: FigureDate = inherit
    ? { start: inherit.start, end: inherit.end, precision: inherit.precision }
    : reportDay
      ? casualty || ukrainianMissileStrike(f) ? { start: reportDay, end: reportDay, precision: "day" } : { start: addDays(reportDay, -1), end: reportDay, precision: "night" }
      : (beforeDawn ?? tollOnly ?? byReport ?? pageDay);
  return { date, fromParagraph };
}

const UKRAINIAN_DRONES = /\bUkrainian\s+(?:attack\s+|kamikaze\s+|long-range\s+)?(?:drones?|UAVs?)\b/gi;

// (nor missiles alone, with no night said: "struck the centre of Sumy with two Iskander-M ballistic missiles", the
// 2022 barrages, "about 100 missiles on Tuesday" came by day)
// (Ukraine's drones in the same sentence are another attack: "fired 70 missiles on Monday, hours after explosions at
// two air bases which Moscow blamed on Ukrainian drones")
// (the missiles a pronoun counts too: "Air defence shot down 60 of them" after "76 missiles")
// (until the winter of 2023 the barrages came by day, Shaheds and all: "On Monday, Russia launched 84 cruise missiles and 24
// Iranian-made attack drones", "destroyed 61 of 71 cruise missiles and five of seven Shahed drones" on 10 February 2023;
// from March 2023 they were launched at night)
// (a count of missiles, not the word: "anti-missile defences downed 30 Shaheds"; and no night said, "in the small hours",
// "a pre-dawn attack", "at about 2 a.m.")
const isDaylightBarrage = (f: FigureDating, date: FigureDate): boolean =>
  date.start !== null && date.start < DAYLIGHT_BARRAGES_END && mostlyMissiles(f.figures) && !NIGHT_SAID.test(f.text) && (blastHour(f.text) ?? 6) >= 6;

/**
 * Counts of what Russia sent and what was downed, dated by a bare day ("On 9 March Russia fired 81 missiles",
 * a fact box's "SEPT 4 / - Air Force: 32 Shaheds launched", a digest's "Fri 21 Nov: 98 drones"), are the night
 * that ended that day: the Air Force counts from the evening before. Not when the text puts them in daylight,
 * nor a sentence that says morning ("Monday's morning rush hour"), unless a line's label or heading dates it.
 */
function endsNight(f: FigureDating, a: ArticleDating, date: FigureDate, daylightBarrage: boolean, fromParagraph: boolean): boolean {
  const { text, ref } = f;
  const labelled = ref !== null && labelsLine(text, ref);
  const underHeading = (!ref && f.previous !== null && f.previous === a.sectionDated) || f.opened;
  const missilesAlone =
    daylightBarrage ||
    (!recalledNightBarrage(f, a, date) &&
      (f.figure.weapon === "missile" || /\b(?:missiles?|ballistic|Iskanders?(?:-M)?|KN-23)\b/i.test(text)) && !/\b(?:drones?|UAVs?|Shaheds?|overnight|night)\b/i.test(text.replace(UKRAINIAN_DRONES, "")));
  // (and what a drone did, dated by a day the sentence names: "On March 2 a Shahed drone hit an apartment block, killing 12")
  // (not "On the evening of 20 June, a drone hit a private house", nor what front-line drones hunt by day: "a drone
  // hit a car in Kherson", "an FPV drone attacked a bus")
  const dronesAlone =
    ref !== null && !ref.relative && /\b(?:drones?|UAVs?|Shaheds?|Gerans?)\b/i.test(text) && !/\b(?:missiles?|bombs?|shell(?:s|ing)?|artillery|morning|afternoon|evening|daytime|FPV|cars?|bus|buses|minibus|vehicles?|trucks?|tractors?|pedestrians?|cyclists?|motorcycles?|ambulances?|trains?)\b/i.test(text);
  // (a heading's or label's day is the night that ended it, unless it is a 2022 barrage by day: "31 October: water cut off")
  const nightByDay = ((labelled || underHeading) && !daylightBarrage) || (!/\bmorning\b/i.test(text) && !missilesAlone);
  // (a paragraph's opening day dates either side's counts so: "Saratov, August 10. The ministry reported 121 drones destroyed")
  const side = f.attacker === "RU" || (f.opened && NIGHT_COUNTS.has(f.figure.metric));
  return nightByDay && !fromParagraph && side && date.precision === "day" && !!date.start && (NIGHT_COUNTS.has(f.figure.metric) || dronesAlone) && !isDaytime(text);
}

const weaponSum = (figures: readonly RawFigure[], weapon: string): number => figures.filter((x) => x.weapon === weapon).reduce((n, x) => n + (x.value ?? 0), 0);

/** A count of missiles at least as large as the drones beside it ("84 cruise missiles and 24 drones"; not "35 Shaheds and two missiles"). */
function mostlyMissiles(figures: readonly RawFigure[]): boolean {
  return figures.some((x) => x.weapon === "missile") && weaponSum(figures, "missile") >= weaponSum(figures, "drone");
}

// a barrage of missiles, not a strike by a few: the cruise missiles the bombers fire together
const BARRAGE_MISSILES = 20;
// a day at least this far before the report is one it recalls, not the news it tells
const RECALLED_DAYS = 7;

/**
 * A barrage of missiles from the spring of 2023 on, recalled by the bare day it is remembered by ("The last comparable barrage
 * came on March 9, when Russia fired 81 missiles", "On 27 April Russia launched 34 missiles on energy objects", in a report
 * weeks later): those barrages were launched at night, as the drones were, and a day recalled is the morning the country woke
 * to, so the count is the night that ended it. A report of the day's own missiles ("On Monday, Russia fired 40 missiles")
 * keeps its day, as do a few missiles recalled ("struck the centre of Sumy with two Iskander-M ballistic missiles").
 */
function recalledNightBarrage(f: FigureDating, a: ArticleDating, date: FigureDate): boolean {
  // (not a day taken over from another happening, "Modi arrived in Moscow on July 8. The same day, Russia fired 38 missiles")
  if (f.ref?.relative || !a.written || !date.end || !date.start || date.start < DAYLIGHT_BARRAGES_END || date.end > addDays(a.written, -RECALLED_DAYS)) return false;
  return weaponSum(f.figures, "missile") >= BARRAGE_MISSILES;
}

// a comma or semicolon that opens another clause: ", in a statement", ", where"; not a number's "5,000", nor a list of names,
// "over the Kursk, Bryansk and Belgorod regions"
const CLAUSE_COMMA = /[,;]\s+(?=[a-z])/g;

/** The clause of `text` that holds `from`..`to`: between the commas or semicolons around it that open another clause. */
function clauseAround(text: string, from: number, to: number): string {
  const start = Math.max(...[...text.slice(0, from).matchAll(CLAUSE_COMMA)].map((m) => m.index + 1), 0);
  const end = new RegExp(CLAUSE_COMMA.source).exec(text.slice(to));
  return text.slice(start, end ? to + end.index : text.length);
}
