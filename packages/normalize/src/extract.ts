import { type Article, type ClaimRecord, type EventType, MONTH_PATTERN, type Metric, type Sentence, type Side, type Weapon, WEEKDAYS, addDays, kyivDay, sentenceText, weekday } from "@salvo/core";
import {
  ATTACK_NEAR,
  ATTACK_WORDS,
  beganThatEvening,
  blastHour,
  type Context,
  isDaytime,
  strikeHoursOf,
  placesOwnAttackByDay,
  morningBlast,
  DAYLIGHT_BARRAGES_END,
  EARLIER,
  ENEMY,
  HEADING,
  INLINE_DATELINE,
  LAUNCH_AREA,
  classifyRefs,
  comparedPast,
  datesAttack,
  eveningBlast,
  windowWithinDayAfterNoon,
  nearestRef,
  resolveRelative,
  countedBackToStrike,
  sectionDateline,
  NIGHT_SAID,
  TOLL_RISE,
} from "./attack-dates.ts";
import { SEPARATELY, setApartFromNight, struckAtMidday } from "./set-apart.ts";
import { daylightBlast, oneWeaponOf, RETOLD_REACH, retoldByDay } from "./retold-hour.ts";
import { nightToldEarlier } from "./earlier-night.ts";
import { strikeOnReportDay } from "./reported-strike.ts";
import { TIMING_BREAK, clauseBreaks, nextInParagraph, pickClaimant, soleSource } from "./attribution.ts";
import { unlessRegionalForNational } from "./national-toll.ts";
import { interviewee, isAnswer } from "./interviews.ts";
import { AIR_FORCE, type Claimant, bodyMentioned, countsNoTolls, isCountingBody, companyMentioned, findClaimants, headingSource, inlinePostAuthor, isPlaceName, isPronounClaimant, mayAttribute, officialPublisher, personMentioned, postAuthor, postSignature, recordKeeper, reportedBy, signatureAuthor, sourceNote, statedSource, sourceSurname, statedTollSource, subjectPerson, surnameMentioned } from "./claimants.ts";
import { bareNight, dayJustNamed, findTimeRefs, openingDate, type TimeRef, titleCased, WEEKDAY_NAME } from "./dates.ts";
import { nightOfSaying } from "./night-of-saying.ts";
import { nightHeadingDay } from "./night-headings.ts";
import { mayCount } from "./quantities.ts";
import { attackNamedNear, attackWhoseToll, attackerByDefender, attackerFromInterceptor, isLocalOfficial, opposite, subjectAttacker } from "./direction.ts";
import { tollRising } from "./casualties.ts";
import { OLD_RECORD, type RawFigure, interceptedAfter, navalCount, readFigures } from "./figures.ts";
import { SOURCE_SAID, bothOfTwo, fateOfLaunch } from "./fate-of-all.ts";
import { airForceRow, type TableColumn, slashHeader, slashRow, tableHeader, tableRow } from "./tables.ts";
import { rowSource } from "./row-source.ts";
import { BELARUS, STRAY_NEIGHBOURS, STRAY_STATES, namesOf, peopleOf } from "./countries.ts";
import { groupByWord, combined, leftCue, matchCue, rightCue } from "./cues.ts";
import { AGGREGATE_CUES, BACKGROUND_CUES, BULLET_LINE, type Cue, INTERCEPTIONS, NIGHT_COUNTS, WEAPON_CUES, WEAPON_NOUNS } from "./lexicon.ts";
import { type FigureDate, type Recalled, figureDate, keptMorning, midnightBlast, morningLead, NIGHT_RESTATED } from "./figure-date.ts";
import { type OpeningUpdate, type StrikeTold, type TollsSoFar, noteToll, strikeToldNext, tollGrownFrom, updateDay } from "./toll-updates.ts";
import { countryOfPlaces, findPlaces, holderOf, holderOfPlaces, type Place, regionOfCity } from "./places.ts";
import { recapReader } from "./recaps.ts";
import { FATES, NAMED_BODY, toldApart } from "./told-apart.ts";
import { writersPresent } from "./writers-present.ts";
import { retractedSpan } from "./retractions.ts";
import { countedBackPeriod, periodsAsStated } from "./stated-periods.ts";
import { placesSpokenFor } from "./spoken-places.ts";
import { CAPITALS, PLACE_OF_SPEAKER, capitalAsState } from "./capital-as-state.ts";
import { anotherWar } from "./this-war.ts";
import { partitionPoint } from "./partition-point.ts";
import { acrossAttacks } from "./summed-strikes.ts";
import { lineBetween, sourceHeading } from "./source-headings.ts";
import { normsOf, tokenize, type Token } from "./tokens.ts";
import { opensWithStrike } from "./struck-opening.ts";
import { DATELINE_SENTENCES, writtenOn } from "./written-on.ts";

/** The intro line of a live page's key points: "Key developments on Dec. 2:", "Key events", "What we know". */
const KEY_POINTS = /^\s*(?:key\s+(?:developments|points|events|takeaways|updates)|highlights|the\s+latest|what\s+we\s+know|in\s+brief|at\s+a\s+glance)\b/i;
/** The first line of the paragraph that holds offset `at`. */
const paragraphOpening = (text: string, at: number): string => {
  const start = text.lastIndexOf("\n\n", at);
  return text.slice(start < 0 ? 0 : start + 2, at).split("\n")[0]!;
};

/** The lead: the body's first paragraph (the headline, read apart, sums up the same story). */
const leadParagraph = (article: Article): Sentence[] => article.sentences.filter((s) => s.paragraph === article.sentences[0]?.paragraph);

/** How many missiles counted make a barrage whose drones and toll told after it came with it (see Context.barrage). */
const BARRAGE_MIN = 10;

// "That strike …": the attack the sentence before named (not "This attack …", which is the one the article is about: "The attack
// came a day after Russia fired 30 cruise missiles at Yavoriv. This attack killed nine people")
const THAT_ATTACK = /^\W*(?:that|the\s+same)\s+(?:[\w-]+\s+)?(?:strike|attack|barrage|bombardment|raid)\b/i;
// "the strike had killed 25": a strike named before
// "since a Russian missile hit …", "days after a drone strike on …": another strike, named to compare
const MEASURED_AGAINST = /\b(?:since|after|before|than|following)\b/i;
const THE_ATTACK = /\b(?:the|that|this)\s+(?:strike|attack|barrage|bombardment|raid)\b/i;
/** A sentence that adds to the one before: "In addition, the ministry said, 11 uncrewed surface vessels were destroyed". */
const ADDED = /^\W*(?:in\s+addition|additionally|besides|moreover|furthermore)\b/i;
// (right after the count: "1,185 of them", not "debris from the drones" elsewhere in the sentence)
const OF_THOSE = /^\S+\s+(?:of|from)\s+(?:them|these|those|the\s+(?:drones|missiles|uavs|shaheds|weapons|targets))\b/;
const PART_OF_THOSE = /\b(?:of|from)\s+(?:them|these|those|the\s+(?:drones|missiles|uavs|shaheds|weapons|targets))\b/;
// ("Zelensky tells NATO:": words to someone; "Air Force warns:" is still its label)
const LABEL_TELLS = /\b(?:tells|told|urges|urged|asks|asked|calls\s+on|thanks|accuses|accused)\s+\p{Lu}/u;
// "up to 180 foreign mercenaries … were destroyed," Konashenkov said: Russia's count of the enemy it killed, so its own strike
// (not a toll at home, which a Russian spokesman's casualty figure otherwise is)
// (not "Ukrainian servicemen": a brigade's spokesman counts his own dead)
const ENEMY_COMBATANTS = /\b(?:mercenaries|nationalists|militants|neo-nazis)\b/;

const KREMLIN_TARGET = /^(?:\S+\s+){0,2}(?:at|over|above|against|attacked|struck|hit|targeted|toward|towards)\s+the\s+kremlin\b/;
// "Background: On 17 June, Russia killed 28 people in Kyiv …", "Background:" over a list: Ukrainska Pravda's reminder
// (Ukrainian outlets' label of a quotation, its speaker named before it: "Quote: …"; not "Quote from Fedorov: …", which names him)
const QUOTE_LABEL = /^\W*(?:Quote|Quotation)\s*:/i;
const BACKGROUND_NOTE = /^\W*(?:Background|Context|Reminder|For\s+reference)\s*:/i;
const SEPARATE_MATTER = /\b(?:separately|in\s+a\s+separate\s+(?:statement|post|report|update)|meanwhile|elsewhere)\b/i;

/** A claim as read from one article, before events are matched across articles. */
export type ArticleClaim = Omit<ClaimRecord, "claim_id" | "event_id" | "also_claimed_by"> & {
  /** Other named sources of the same side for this figure (ClaimRecord.also_claimed_by); absent when none. */
  readonly also_claimed_by?: readonly string[];
  /** Groups the claims of one event within this article. */
  readonly localKey: string;
  /** A sub-count of a total stated beside it: kept as evidence, left out of reconciliation. */
  readonly part: boolean;
  /** A daytime strike ("in the afternoon"): never the same event as the night that ended that morning. */
  readonly daytime: boolean;
  /** A count of naval drones ("three unmanned boats"): never a repeat of the same number of aerial drones. */
  readonly naval?: true;
};


/**
 * Whether `text.split(/\s+/)` has at most `n` parts (runs of white space + 1), counted without splitting: this runs for
 * every sentence, and most sentences have many more words.
 */
function atMostWords(text: string, n: number): boolean {
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SPACE.test(text[i]!)) continue;
    if (++runs >= n) return false;
    while (i + 1 < text.length && SPACE.test(text[i + 1]!)) i++;
  }
  return true;
}
const SPACE = /\s/;

type Phrases = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
/** Phrases grouped by first word: at each token only those that start with its word are tried. */
const phrasesByFirstWord = (phrases: ReadonlyArray<readonly string[]>): Phrases => groupByWord(phrases, (p) => p[0]!);
/** The first of `phrases` (list order) that starts at token `i`, or undefined. */
const phraseAt = (tokens: readonly Token[], i: number, phrases: Phrases): readonly string[] | undefined =>
  phrases.get(tokens[i]!.norm)?.find((p) => p.every((w, k) => tokens[i + k]?.norm === w));

/** Whether one of `phrases` starts at a token index in [from, to]. */
function hasPhraseIn(tokens: readonly Token[], phrases: Phrases, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i++) {
    if (phraseAt(tokens, i, phrases)) return true;
  }
  return false;
}

const CLAUSE_END = new Set([".", ";", ":", ",", "but", "while", "whereas"]);
const SUPERLATIVES = new Set(["largest", "biggest", "most", "record", "worst", "deadliest", "first", "heaviest", "longest", "highest", "massive", "major"]);

const AGGREGATE_PHRASES = phrasesByFirstWord(AGGREGATE_CUES);

/** A period-total cue near the figure, but not "the largest attack since the full-scale invasion" (a comparison). */
function hasAggregateCue(tokens: readonly Token[], at: number): boolean {
  // after the figure, to the end of its clause ("20 people were killed and more than 250 injured in the city during the month")
  let to = at + 8;
  while (to < tokens.length - 1 && to < at + 20 && !CLAUSE_END.has(tokens[to]!.norm)) to++;
  // (and an opening phrase set off by a comma, however far back: "Over the winter of 2022-2023, Russia fired more than 1,000 …",
  // "According to Vilkul, since the beginning of full-scale invasion … were killed more than 170")
  const comma = tokens.findIndex((t) => t.norm === ",");
  const from = comma > 0 && comma < 12 && comma < at ? 0 : Math.max(0, at - 8);
  for (let i = from; i <= Math.min(tokens.length - 1, to); i++) {
    if (acrossAttacks(tokens, i)) return true;
    const cue = phraseAt(tokens, i, AGGREGATE_PHRASES);
    if (!cue) continue;
    const before = tokens.slice(Math.max(0, i - 6), i).map((t) => t.norm);
    if (cue[0] === "since" && before.some((w) => SUPERLATIVES.has(w))) continue;
    // ("45 missiles, 32 of them ballistic, in one of the largest attacks on the energy system this year": compared with the year)
    if (cue[0] === "this" && tokens.slice(Math.max(0, i - 8), i).some((t) => SUPERLATIVES.has(t.norm))) continue;
    // ("On Monday this week, … Zelensky said 87 people had been killed": a day of that week)
    if ((WEEKDAYS as readonly string[]).includes(before.at(-1) ?? "")) continue;
    // ("including 18 killed in Kryvyi Rih on April 4 this year": a day of that year)
    if (cue[1] === "year" && dayJustNamed(before.slice(-2).join(" "))) continue;
    // "over the past day", "since the start of the evening": one night's running count
    const after = tokens.slice(i + cue.length, i + cue.length + 3).map((t) => t.norm);
    if (after.some((w) => /^(?:day|night|evening|24|hours)$/.test(w))) continue;
    return true;
  }
  return false;
}

/**
 * A line that is only a date ("NOV. 10, 2024", "10 October 2022", a fact box's "SEPT 3" or "KYIV, JULY 31, 2025", "THURSDAY 20 NOVEMBER", "KHARKIV, TUESDAY 21 JUNE",
 * a round-up's "Wednesday, 29 January – Kstovo", a review's "17 October: the kamikaze drones" or "15 November: the barrage, and Przewodow", a live entry's stamp "Sun 25 May
 * 2025, 09:18 BST") heads the lines after it: their "overnight" is the night before that date. Before the date, one
 * capitalised name (a place, a weekday) and then a weekday only: a title-case caption, "Rescuers Search The Rubble, 21 June",
 * heads nothing.
 */
const HEADING_MONTH = `(?:${MONTH_PATTERN}|${MONTH_PATTERN.toUpperCase()})\\.?`;
const DATE_HEADING = new RegExp(
  `^\\s*(?:\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2},?\\s+)?(?:${WEEKDAY_NAME},?\\s+)?(?:${HEADING_MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${HEADING_MONTH}(?:\\s+\\d{4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?:,\\s+\\d{1,2}[:.]\\d{2}(?:\\s+\\p{Lu}{3,4})?)?\\s*:?(?:\\s+[–—-]\\s+\\p{Lu}[\\p{L}'-]*(?:\\s+[\\p{L}'-]+){0,3}|:\\s+[\\p{L}'’]+(?:\\s+(?:[\\p{L}'’-]+|[–—-]))?(?:,?\\s+[\\p{L}'’-]+){0,6})?\\s*$`,
  "u",
);

// a heading that names a period from or up to a day, not the day: "AFTER FEB 24", "SINCE MARCH 1", "BEFORE 24 FEBRUARY" (its items
// are each of their own day, and the sections after it, "THE WAR IN NUMBERS", are not that day's)
const PERIOD_HEADING = /^\W*(?:after|before|since|until|till|from|by)\s/i;

/**
 * Per sentence, the date of the heading it falls under: from a heading to the next one, or to the
 * first plain paragraph after the heading's list items (body text after a fact box is dated by
 * the publication again), or to a heading that names no day.
 */
function sectionDatesOf(article: Article, days: ReadonlyMap<number, Section | undefined>): Array<Section | undefined> {
  const out: Array<Section | undefined> = [];
  let current: Section | undefined;
  let listed = false;
  let paragraph = -1;
  let end = 0;
  for (const s of article.sentences) {
    const text = sentenceText(article, s);
    const heading = days.has(s.index);
    if (s.paragraph !== paragraph && current !== undefined && !heading) {
      // (one ingest kept out of the body, naming no day, after a weekday's heading: "MONDAY'S TOLL / … / RUSSIA / … destroyed
      // 11 Ukrainian drones overnight" is the night before publication again; not under a fact box's date, whose items may
      // have headings of their own, "JANUARY 8 / RUSSIA / …")
      const between = article.text.slice(end, s.start).split("\n");
      if (!current.dated && between.some(isCapitalsHeading)) current = undefined;
      // (a subheading in sentence case that ingest kept out of the body closes a dated section too: "October 10 / … / Scholz's
      // hour / On Monday, Russia launched more than 70 missiles" is the Monday before publication, not 10 October)
      else if (between.some(isTitledHeading)) current = undefined;
      else if (BULLET_LINE.test(text)) listed = true;
      else if (listed) current = undefined;
      // a heading of another kind ("The week in numbers") closes the day's section
      else if (article.sentences[s.index + 1]?.paragraph !== s.paragraph && text.split(/\s+/).length <= 6 && !/\d/.test(text) && !/[.!?:;,]["'”’)]?$/.test(text)) current = undefined;
    }
    paragraph = s.paragraph;
    if (heading) {
      listed = false;
      current = days.get(s.index) ?? current;
    }
    out[s.index] = current;
    end = s.end;
  }
  return out;
}

/** A line in capitals of a few words, no figure and no sentence's stop: a section's heading ("THE WEEK IN NUMBERS", "RUSSIA"). */
const isCapitalsHeading = (line: string): boolean => {
  const t = line.trim();
  return /\p{Lu}/u.test(t) && !/\p{Ll}|\d|[.!?:;,]$/u.test(t) && t.split(/\s+/).length <= 6;
};

/**
 * A subheading of two to four words in sentence case, no figure and no sentence's stop, that opens a new part of a piece
 * ("Scholz's hour", "The go-betweens"); not a fact box's line in capitals ("RUSSIA"), nor a place that heads a dated entry's
 * part ("Kyiv region"), nor a list item.
 */
const isTitledHeading = (line: string): boolean => {
  const t = line.trim();
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && /^\p{Lu}/u.test(t) && /\p{Ll}/u.test(t) && !/\d|[.!?:;,]["'”’)]?$/u.test(t) && findPlaces(t).length === 0;
};

/** A section's day; `dated` when its heading gives the date itself (not only a weekday of the week). */
export interface Section {
  readonly day: string;
  readonly dated: boolean;
}

/**
 * The day each heading names: a date line ("MARCH 22, 2024", "SEPT 3"), or a newsletter's weekday
 * ("SATURDAY: RYAZAN", "SUNDAY–MONDAY: SUMY", its last weekday). A week's weekday headings run in
 * order up to publication, so one that would fall after the next is the week before ("SUNDAY–MONDAY"
 * opening a digest sent on Sunday is last Sunday and Monday).
 */
export function headingDays(article: Article, published: string | null): Map<number, Section | undefined> {
  const days = new Map<number, Section | undefined>();
  const weekdays: number[] = [];
  for (const s of article.sentences) {
    const text = sentenceText(article, s);
    const nightEnded = nightHeadingDay(text, published);
    if (DATE_HEADING.test(text) && !PERIOD_HEADING.test(text)) {
      // headings are often in capitals ("MARCH 22, 2024"); month names are matched capitalised
      const day = findTimeRefs(titleCased(text), published).find((r) => r.precision === "day" && r.start)?.start;
      days.set(s.index, day ? { day, dated: true } : undefined);
    } else if (nightEnded) {
      // a night's heading ("NIGHT OF DECEMBER 30-31"): its items are that night's, as a day heading's are that day's
      days.set(s.index, { day: nightEnded, dated: true });
    } else if (published && /^\W*(?:TODAY|YESTERDAY)\W*$/.test(text)) {
      // a round-up's "TODAY" / "YESTERDAY" heading
      days.set(s.index, { day: text.includes("YESTERDAY") ? addDays(published, -1) : published, dated: false });
    } else if (published && HEADING.test(text) && WEEKDAY_HEADING.test(text)) {
      const named = [...text.matchAll(new RegExp(`\\b(${WEEKDAY_CAPS})\\b`, "g"))].at(-1)![1]!.toLowerCase();
      const back = (weekday(published) - WEEKDAYS.indexOf(named as (typeof WEEKDAYS)[number]) + 7) % 7 || (/^\W*LAST\b/.test(text) ? 7 : 0);
      // ("SUNDAY NIGHT: AIRFIELDS IN THE WEST": the night that began that evening, so its items, "during the night", are the
      // night into Monday, as under a "NIGHT OF 28-29 MAY" heading; "SUNDAY: CITY DAY" keeps the night into Sunday)
      // (but not the night after the article: "SUNDAY NIGHT" on a page of that Sunday is the night into it)
      const evening = back > 0 && new RegExp(`\\b${named.toUpperCase()}\\s+NIGHT\\b`).test(text) ? 1 : 0;
      days.set(s.index, { day: addDays(published, evening - back), dated: false });
      weekdays.push(s.index);
    }
  }
  // (a page that runs newest first, "SUNDAY … SATURDAY …", is left as it is)
  const dayOf = (i: number) => days.get(weekdays[i]!)!.day;
  const rising = weekdays.slice(1).filter((_, i) => dayOf(i + 1) > dayOf(i)).length;
  if (rising * 2 < weekdays.length - 1) return days;
  for (let i = weekdays.length - 2; i >= 0; i--) {
    if (dayOf(i) > dayOf(i + 1)) days.set(weekdays[i]!, { day: addDays(dayOf(i), -7), dated: false });
  }
  return days;
}

/**
 * "the ministry said" after "the Russian Defence Ministry reported": the body named before, not an
 * unnamed local authority.
 */
function bodyNamedBefore(c: Claimant, named: readonly Claimant[]): Claimant | null {
  if (c.side !== "local" && c.side !== "unknown") return null;
  const head = /^(?:the\s+)?(ministry|military|command|air force|air defen[cs]es?|president|governor|mayor|minister|spokes(?:man|woman|person))$/i.exec(c.name)?.[1]?.toLowerCase().replace(/defen[cs]es?$/, "defen");
  if (!head) return null;
  // "the president said" after "President Volodymyr Zelensky said": the last person named
  // ("According to the spokesman" after "Defence Ministry spokesman Igor Konashenkov said": the spokesman just named, not one
  // named before another source: "Kremlin spokesman Peskov said … Yuriy Ihnat, the Air Force spokesman, said … The spokesman said")
  // (or the one side's source just named, whose spokesman he is: "… Russian Defence Ministry spokesman Igor Konashenkov said. …,"
  // the spokesman said'", named as the ministry; '"More than 90 militants were eliminated," Konashenkov said. According to the
  // spokesman, …')
  if (head.startsWith("spokes")) {
    const last = named.at(-1);
    return last && (/\bspokes(?:man|woman|person)\b/i.test(last.name) || last.side === "UA" || last.side === "RU") ? { ...last, at: c.at } : null;
  }
  const title = head === "president" || head === "governor" || head === "mayor" || head === "minister";
  // (a mayor or governor governs a place of one of the sides, and holds no other office: "Trump said …. Three people were killed,
  // the mayor says" is not Trump's, nor "Kremlin aide Yuri Ushakov" a mayor)
  const local = head === "governor" || head === "mayor";
  for (let i = named.length - 1; i >= 0; i--) {
    const n = named[i]!;
    if (n.side === "local" || n.side === "unknown") continue;
    if (local && (n.side === "other" || OTHER_OFFICE.test(n.name))) continue;
    const name = n.name.toLowerCase().replace(/defen[cs]es?/, "defen");
    if (title ? !BODY_WORDS.test(name) : name.includes(head)) return { ...n, at: c.at };
  }
  return null;
}

const BODY_WORDS = /\b(?:ministry|force|staff|service|military|administration|council|office|agency)\b/;
const OTHER_OFFICE = /\b(?:aide|adviser|advisor|president|minister|spokes(?:man|woman|person)|envoy|ambassador|secretary|commander|chief|general)\b/i;

/** "Quote from Fedorov:" after "Source: Ivan Fedorov, Head of …": the person named before in full, by his surname. */
function fullNameBefore(c: Claimant, named: readonly Claimant[]): Claimant | null {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(c.name)) return null;
  // ("head of the Odesa regional military administration Oleh Kiper": the name his office ends with)
  // (a surname on its own names no side: "Two people were injured then, Kim said" after "Mykolaiv governor Vitaliy Kim" takes his)
  const earlier = named.findLast((n) => fullNameOf(n, c)?.endsWith(` ${c.name}`));
  return earlier ? { ...c, name: fullNameOf(earlier, c)!, side: earlier.side } : null;
}
// (at module level, not a closure of fullNameBefore: tsx names every closure it creates, a property write per call)
const FULL_NAME_AT_END = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)$/u;
/** The name and surname `n` ends with, when it may be `c`'s (the same side, or `c` names none). */
const fullNameOf = (n: Claimant, c: Claimant): string | undefined => (n.side === c.side || c.side === "unknown" ? FULL_NAME_AT_END.exec(n.name)?.[1] : undefined);

/** Sources that name no one: "the ministry", "officials", "Ukrainian officials". */
/** A short line without a sentence's closing stop: a title over an entry, not a sentence of it. */
const isTitleLine = (quote: string) => !/[.!?]["'”’)]?\s*$/.test(quote) && quote.split(/\s+/).length <= 14;

const NEIGHBOUR_AIRSPACE = new RegExp(
  String.raw`\bairspace\s+violations?\b|\bviolations?\s+of\s+(?:[\w'’]+\s+){0,2}airspace\b|\b(?:${peopleOf([...STRAY_STATES, BELARUS])})\s+(?:airspace|territory|soil)\b|\b(?:into|over|entered|crossed\s+into|violated)\s+(?:the\s+)?(?:airspace\s+of\s+)?(?:${namesOf(STRAY_STATES)})\b|\b(?:${namesOf(STRAY_NEIGHBOURS)})['’]s\s+airspace\b`,
);
// (a country or capital speaking for its government, "Russia said Sunday it had shot down 127 drones", and "the police" are too)
const GENERIC_CLAIMANT =
  /^(?:the\s+)?(?:(?:ukrainian|russian|local|regional|city|city's|region's)\s+)?(?:ministry|defen[cs]e ministry|military|officials|authorities|(?:military\s+)?administration|the statement|statement|governor|mayor|commander-in-chief|spokes(?:man|woman|person)|police)$|^(?:russia|ukraine|moscow|kyiv|kiev|the\s+kremlin|kremlin)$/i;

/** "Kh-22 anti-ship missiles – 4.", "Iskander-M/KN-23 ballistic missiles – 12;": a line of an Air Force list without bullets */
const COMPARED = /\b(?:after|since|than|record|previous|before|like|as\s+on)\b/i;
const SAME_TIME = /\b(?:coincided\s+with|at\s+the\s+same\s+time\s+as|on\s+the\s+same\s+night\s+as)\b/i;
const WEAPON_ITEM = /^(?![-–—•*·\s]*(?:shot|downed|destroyed|intercepted|neutrali|suppressed|lost|hits?|jammed|total|in\s+total)\b)(?=[^()]*\b(?:missiles?|drones?|uavs?|shaheds?|geran|gerbera|decoys?|kh-|iskander|kalibr|kinzhal|s-[34]00)\b)[^()]{3,90}?\s+[–—-]\s+\d[\d,]*\s*(?:\([^()]{1,30}\))?\s*[;.,]?\s*$/i;
/** A governor's "over the past day" read as the day his summary is of (see paragraphNight): the whole day, not the night that ended it. */
const daySummary = (r: TimeRef): boolean => r.precision === "day" && PAST_DAY.test(r.text);

/** "over the Bryansk region - 42,", "Over the waters of the Black Sea – 4." */
// ("Kyiv region - 12", "Sumy region: 8" under a line that says what they count, too)
const PLACE_ITEM = /^(?:(?:over|above|in|near|off)\s+(?:the\s+)?[^,;:.\d]{2,60}?|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}?[\p{L}'’-]+){0,2}\s+(?:region|oblast|province|krai|republic))\s*[-–—:]\s*\d[\d,]*\s*[,;.]?\s*$/iu;

// a piece's rule for what it lists, by a threshold: "we include attacks in which either side reported at least ten aerial weapons"
// (not a count the piece makes, "we counted 40 drones"; nor a tally of nights over a threshold, which needs no such rule)
const INCLUSION_THRESHOLD =
  /\b(?:we|this\s+(?:table|list|tracker|digest|round-?up|review))\s+(?:only\s+)?(?:include|includes|list|lists|exclude|excludes|consider|considers)\s+(?:\w+\s+){0,3}?(?:attacks?|strikes?|nights?|days?|incidents?|events?)\s+(?:in\s+which|where|when|that|with)\b[^.;]*\b(?:at\s+least|more\s+than|or\s+more)\b/i;
const CORRECTION =
  /^\W*(?:this\s+(?:story|article|report|version)\s+(?:has\s+been|was)\s+(?:corrected|updated|refiled)|corrects?\b|correction\s*:)/i;
const MONITOR = /\b(?:mission|monitors?|monitoring|HRMMU|OHCHR|commissioner)\b/i;
const TIMESTAMP_ITEM = /^(?:\p{L}+,\s*)?\d{1,2}[:.]\d{2}\s*[-–—|]\s/u;
// "07.09.2025 — 810 drones, 13 missiles.", "9 Jul 2025 – 728 drones": a list line that opens on its date and a dash (whose
// source is its intro line's, when that names one; not a list item otherwise: an older night the outlet recalls is no source's)
const DATE_ITEM = new RegExp(String.raw`^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+(?:${MONTH_PATTERN})\.?(?:\s+\d{4})?|(?:${MONTH_PATTERN})\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*[-–—]\s`, "i");
const OFFICIAL_BODY = /\b(?:air force|defen[cs]e ministry|general staff|military)\b/i;
const WEEKDAY_CAPS = WEEKDAYS.join("|").toUpperCase();
const WEEKDAY_HEADING = new RegExp(`^\\W*(?:LAST\\s+)?(?:${WEEKDAY_CAPS})\\b`);
// (or "Among the missiles were 24 Kh-101/Kh-555/Kh-55 cruise missiles")
const NIGHT_OF = /\bnight\s+of\s+(?:\d|\p{Lu})/u;
// ("summary of Monday, 5 May", "has summed up the situation in the region over the past day, Wednesday, June 12")
const SUMMARY_FOR = /\b(?:summary|summ(?:ing|ed)\s+up|results|round-?up|overview)\b[^.;]{0,80}(?:\b(?:for|of)\s+(?:\p{L}+,?\s+)?|\b(?:past|last|previous)\s+day,\s+(?:\p{L}+,?\s+)?)$/iu;
const PAST_DAY = /\b(?:past|last|previous)\s+(?:24\s+hours|day)$/i;
// a governor's summary of his region's day, and no ministry's or Air Force's count of the night ("Russia's Defence Ministry, in its
// daily summary, said that in the past 24 hours …", "In its daily summary later in the day, it put the number of drones shot down
// over the past 24 hours at 524")
const DAY_SUMMARY = /\b(?:summary|summ(?:ing|ed)\s+up)\b/i;
const NIGHT_COUNTER = /\b(?:ministry|MoD|air\s+force|general\s+staff|military|its\s+(?:\w+\s+)?summary)\b/i;
// (or a translation's "Among them - 4 children", "Among them 4 children")
const THEY_WERE = /^\W*(?:according\s+to\s+[^,]{2,40},\s*)?(?:(?:they|these|those)\s+(?:were|included)|among\s+(?:them|these|those|the\s+\p{L}+)\s+(?:were|was|are|is)|among\s+(?:them|these|those)\s*[-–—:,]?)\s+(?:\p{L}+\s+)?(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/iu;
// ("Tkachenko said one of them was a child", "One of them was a teenager", "A 70-year-old woman was among them", "The youngest
// is a 10-year-old child": a part of the toll before)
// (or the victims' kin: "Four of them were members of one family", "five of them were from the same family")
const PART_OF_TOLL =
  /^\W*(?:(?:[\p{L}'’-]+\s+){0,3}(?:said|says|added)\s+(?:that\s+)?)?(?:one|two|three|four|five|six|\d+)\s+of\s+them\s+(?:was|were|is|are)\s+(?:a\s+)?(?:child|children|teenagers?|minors?|boys?|girls?|infants?|babies|baby|wom[ae]n|m[ae]n|\d+-year-olds?|aged\b|in\s+(?:a\s+)?(?:serious|critical|grave)\s+condition|(?:members\s+of|from)\s+(?:one|the\s+same|a\s+single)\s+family)\b|^\W*(?:a|an|one|two|three|\d+)\s+[^.;,]{0,40}?\s+(?:was|were|is|are)\s+among\s+them\b|^\W*the\s+(?:youngest|oldest)(?:\s+of\s+them)?\s+(?:was|is)\s+(?:a|an)\s+\S+-(?:year|month|week)-old\b/iu;
// (of what flew: "126 over the Kursk region"; not "Casualties by region: two injured in the Kharkiv region")
// (or a sentence that opens on the count before: "… 45 UAVs were destroyed overnight. Of them, 11 over the Moscow region, 13
// - over the Bryansk region")
// (or a colon after the weapons' fate told again, past a time window's clock times: "the drones were destroyed between 20:00
// Moscow time on July 8 and 07:00 on July 9: 30 over the Kursk region, 21 over the Bryansk region")
const BREAKDOWN =
  /(?:\b(?:breakdown|by\s+region|region\s+by\s+region)\b[^:;.]{0,40}:|\b(?:(?:the|these|those)\s+(?:\p{L}+\s+)?(?:drones|UAVs|missiles)|they)\s+(?:were|had\s+been|have\s+been)\s+(?:destroyed|intercepted|downed|shot\s+down)\b(?:[^:;.]|(?<=\d)[:.](?=\d)){0,100}:|^\W*(?:of|among)\s+(?:them|these|those)\s*[,:]?)\s*(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)\s+(?:[-–—]\s*)?(?:over|above)\s+(?:the\s+)?(?:territor(?:y|ies)\s+of\s+(?:the\s+)?)?\p{Lu}/iu;
const STATED_SOURCE_LINE = /\bunless\s+(?:\w+\s+)?(?:stated|noted|otherwise|indicated)\b|^\W*(?:Methodology|Notes?|Sources?)\b/i;
const UPDATE_HEADING = /^\W*(?:[A-Z]+\s+)?(?:UPDATE|Update|UPDATED|Updated)\b/;
const AIR_RAID_ALERT = /\bair[- ]raid\s+(?:sirens?|alerts?|alarms?|warnings?)\b/gi;

// an attack told as going on ("is attacking", "are under attack")
const ONGOING = /\b(?:is|are)\s+(?:now\s+|currently\s+|again\s+|still\s+)?(?:attacking|striking|shelling|launching|under\s+(?:an?\s+)?(?:massive\s+|massed\s+|drone\s+|missile\s+)?(?:attack|fire))\b/i;

// a text that looks back over the week or days past: "Over the past week", "in the last seven days", "Week in review"
const LOOKS_BACK = /\b(?:(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:week|seven\s+days|few\s+days|\w+\s+days)|week\s+in\s+review|weekly\s+(?:review|roundup|round-up|digest))\b/i;
// "The largest attack came overnight into Monday": one of the nights told of, already over
const CAME = /\b(?:came|come)\s+(?:on\s+the\s+)?(?:overnight|night)\b/i;

// not an attack going on: a trend, "is attacking Ukraine's cities with ever more drones", "every night"; nor beside a night the
// sentence tells as over, "… Zelensky said, after 40 drones struck Kharkiv overnight" (not "has already shot down")
const NOT_GOING_ON = /\b(?:ever\s+more|more\s+and\s+more|increasingly|every\s+(?:night|day)|each\s+night|daily|nightly|constantly)\b|(?<!\b(?:has|have|had|been)\s+(?:\w+\s+)?)\b(?:struck|attacked|launched|fired|killed|injured|wounded)\b/i;

/** A date in a table row's first cell, which dates the row's attack and so its toll ("24 Jun (day) | Dnipro | ballistic missiles | – | 20 | 279"). */
const firstCell = (text: string, r: TimeRef): boolean => !text.slice(0, r.at).includes("|");

/** A period that runs up to the report ("since the start of the invasion", "since Feb. 24"), not one of its own. */
const runsToReport = (r: TimeRef, published: string | null, written: string | null): boolean =>
  !r.relative && r.start !== null && r.end !== null && r.start < r.end && (r.end === published || r.end === written) && r.precision !== "night" && r.precision !== "day";

/** The day after the publication date when the text came out after midnight in Kyiv ("2025-01-01T22:30:00Z": 2 January there). */
function dayAhead(article: Article): string | null {
  const { published, publishedAt } = article.meta;
  const local = published && publishedAt ? kyivDay(publishedAt) : null;
  return local && local === addDays(published!, 1) ? local : null;
}

// ("Night 2:", "Update 3 -", or the night's own words before its date: "Night to Thursday 20 June")
const BACKGROUND_PHRASES = phrasesByFirstWord(BACKGROUND_CUES);
const NOT_AFTER_PHRASES = phrasesByFirstWord(BACKGROUND_CUES.filter((c) => c.at(-1) !== "after"));
const CAME_WEEKS_AFTER = /\b(?:came|comes)\s+(?:just\s+|only\s+|some\s+)?(?:\w+\s+)?(?:weeks?|months?)\s+after\b/i;
// ("the Kyiv regime", Moscow's name for Ukraine's government; "Moscow said it had hit a military train": a government speaking)
const REGIME_AFTER = /^[\p{L}'’-]+\s+regime\b/iu;
// (and a clock's zone: "between 20:00 Moscow time on July 8 and 07:00" names no place struck; a clock before it, not "have
// struck Odesa time and again")
const ZONE_AFTER = /^[\p{L}'’-]+\s+time\b/iu;
const CLOCK_BEFORE = /(?:\b\d{1,2}[:.]\d{2}|\b\d{1,2}\s*[ap]\.?m\.?|\b\d{4}\s*hours|\bmidnight|\bnoon)\s*(?:\(\s*)?$/i;
// where a visitor went or envoys met, not where an attack landed: "made an unannounced visit to Kyiv …, hours after Russian
// drones killed two rescue workers in western Ukraine"
const VENUE_BEFORE = /\b(?:visit(?:s|ed|ing)?(?:\s+to)?|trip\s+to|travell?(?:ed|ing|s)?\s+to|arriv(?:ed|es|ing)\s+in|(?:talks|summit|met|meeting|meetings)\s+in)\s+(?:the\s+)?(?:Ukrainian\s+|Russian\s+)?(?:capital,?\s+)?$/i;
const FIRES_AFTER = /^[\p{L}'’-]+\s+(?:has\s+|had\s+|have\s+)?(?:fired|launched|unleashed|used|sent|pounded|bombarded|shelled)\b/iu;
const SPEAKS_AFTER = /^[\p{L}'’-]+\s+(?:said|says|claimed|claims|insisted|denied|responded|replied)\b/iu;
// (after a box's label: "FACT BOX: the night of 12-13 December in figures")
const LABEL_PREFIX = /^\W*(?:(?:night|day|part|update)\s*\d{0,2}\s*[:.–—-]|(?:the\s+)?night\s+(?:to|into|before|of)(?:\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?)?|(?:fact\s*box|key\s+(?:figures|facts)|in\s+numbers|by\s+the\s+numbers)\s*:)\s*$/i;

/** A short line of its own (a blank line after it or not), without a sentence's closing stop, with text after it: "Night 2: Tuesday night, 18-19 July". */
function isLabelLine(article: Article, s: Sentence, text: string): boolean {
  const ownLine = /(?:^|\n)[ \t]*$/.test(article.text.slice(Math.max(0, s.start - 200), s.start)) && /^[ \t]*\r?\n/.test(article.text.slice(s.end));
  // (a note in parentheses after it is not counted: "… in figures (Ukrainian Air Force)")
  return ownLine && article.sentences[s.index + 1] !== undefined && text.replace(/\s*\([^()]*\)\s*$/, "").split(/\s+/).length <= 10 && !/[.!?;,]["'”’]?\s*$|[.!?;,]\)\s*$/.test(text);
}

const firstOfParagraph = (article: Article, s: Sentence): number => {
  let i = s.index;
  while (i > 0 && article.sentences[i - 1]!.paragraph === s.paragraph) i--;
  return i;
};

// a retrospective's paragraph opening on its day: "Then came November 19."
const THEN_CAME = /^\W*(?:and\s+)?(?:then|next)\s+came\b/i;

/** A sentence that is nothing but dates ("Tuesday, 24.06.", "Monday 23 June:"). */
function onlyDates(text: string, refs: readonly TimeRef[]): boolean {
  let rest = text;
  for (const r of refs) rest = rest.slice(0, r.at) + " ".repeat(r.text.length) + rest.slice(r.at + r.text.length);
  // (a weekday's own date in digits, "24.06", may be left over)
  return refs.length > 0 && /^[\s\W\d]*$/.test(rest);
}

/** Every figure of an article with its claimant, side, direction, date and places. Pure. */
// "Russia and Ukraine both launched record drone attacks on each other overnight": which night is whose is not said
const BOTH_SIDES = /\b(?:both|each other|one another)\b/i;
const asContext = (r: TimeRef): Context => ({ attacker: "RU", target: "UA", start: r.start, end: r.end, precision: r.precision });
const dayContext = (day: string): Context => ({ attacker: "RU", target: "UA", start: day, end: day, precision: "day" });

/** Whose figures an article gives as a whole, read before its sentences are (see articleSources). */
interface ArticleSources {
  /** the source the article is built on, for figures no sentence attributes */
  articleSource: Claimant | undefined;
  /** the source the article says once its figures are from ("Figures are from Ukraine's Air Force unless stated otherwise") */
  stated: Claimant | undefined;
  /** the source a headline is labelled with ("Air Force: 45 of 62 drones shot down overnight") */
  headlineLabel: Claimant | undefined;
  /** the source a note says the tolls are from ("casualty figures are from local authorities"), for tolls no one nearer gives */
  tolls: Claimant | undefined;
}

/** The source an article is built on (its lead's, its headline label's, its stated one, its publisher, its signature), read once per article. */
function articleSources(article: Article, headline: string, firstParagraph: readonly Sentence[], claimantsOf: (s: Sentence) => Claimant[]): ArticleSources {
  // The source an article is built on ("Ukraine's Air Force has published its tally"): named in its first paragraph.
  // (or on a "Source: …" line, as Ukrainian outlets put it)
  const sourceLines = article.sentences.filter((s) => /^Sources?:/i.test(sentenceText(article, s)));
  // A wire's lead gives the figures and its second paragraph the source ("Ukraine's air force said its
  // units destroyed 102 of the missiles"): the first official body named there, when the lead names none.
  const secondParagraph = article.sentences.filter((s) => s.paragraph === (firstParagraph.at(-1)?.paragraph ?? -1) + 1);
  // (a monitoring mission's report is the source of an article built on it, as a ministry's is)
  // ("the Defence Ministry said", its country left to the attack's direction, is one too)
  const official = (c: Claimant) =>
    !isPronounClaimant(c) && (c.side === "UA" || c.side === "RU" || (c.side === "other" && MONITOR.test(c.name)) || (c.side === "local" && OFFICIAL_BODY.test(c.name)));
  // "Figures are from Ukraine's Air Force unless stated otherwise", a "Methodology:" note: the article says
  // once whose its figures are (a passing "those figures came from …" is about one figure only)
  // (and, past a newsletter's masthead, a sentence before any figure: see extractClaims)
  const stated =
    article.sentences
      .filter((s) => firstParagraph.includes(s) || STATED_SOURCE_LINE.test(sentenceText(article, s)))
      .map((s) => statedSource(sentenceText(article, s)))
      .find((c) => c !== null) ?? undefined;
  // ("Air Force: 45 of 62 drones shot down overnight": a headline labelled with whose figures they are)
  // (a speaker's name or body, not a page's running title: "Russia-Ukraine war live:", "Night of terror in Kyiv:")
  // (the label is the source alone, or its saying so, "Air Force says:"; not a speaker's words to someone, "Zelensky tells NATO:")
  // (nor a state's name alone, as European papers label a foreign story: "Ukraine: in Paris, the Americans put a framework …")
  const labelText = headline.slice(0, headline.indexOf(":"));
  const headlineLabel =
    /^[^:]{2,40}:\s/.test(headline) && !NOT_A_LABEL.test(labelText) && !LABEL_TELLS.test(labelText)
      ? (findClaimants(tokenize(headline, 0)).find((c) => c.at === 0 && official(c) && !isPlaceName(c.name)) ?? undefined)
      : undefined;
  // (not one that speaks of another matter: "In a separate statement, the Russian Defence Ministry said its forces struck …")
  // (the source the lead names speaks of the lead's attack: an older one the text recalls unattributed is not its, below)
  const leadSource = [...firstParagraph.filter((s) => !SEPARATE_MATTER.test(sentenceText(article, s))), ...sourceLines].flatMap((s) => claimantsOf(s)).find(official);
  // (a post signed on its last line by an official: "… shot down over the Mykolaiv region. / Head of Mykolaiv Regional Military
  // Administration Vitaliy Kim")
  const lastParagraph = article.sentences.filter((s) => s.paragraph === article.sentences.at(-1)?.paragraph);
  // (a short post only, whose body does not speak of the one who signs: not a caption under a third-person story)
  const paragraphs = new Set(article.sentences.map((s) => s.paragraph)).size;
  const signed = lastParagraph.length === 1 && article.sentences.length > 1 && paragraphs <= 4 ? signatureAuthor(sentenceText(article, lastParagraph[0]!)) : null;
  const signature = signed && !article.text.slice(0, lastParagraph[0]!.start).includes(signed.name.split(" ").at(-1)!) ? signed : undefined;
  const articleSource =
    leadSource ??
    headlineLabel ??
    stated ??
    officialPublisher(article.meta.outlet) ??
    signature ??
    (firstParagraph.some((s) => claimantsOf(s).length > 0) ? undefined : secondParagraph.flatMap((s) => claimantsOf(s)).find((c) => official(c) && OFFICIAL_BODY.test(c.name)));
  // (wherever the note stands: a fact box's intro or a line under the text)
  const tolls = article.sentences.map((s) => statedTollSource(sentenceText(article, s))).find((c) => c !== null) ?? undefined;
  return { articleSource, stated, headlineLabel, tolls };
}

/** What dates an article as a whole, read before its sentences are (see articleDating). */
interface ArticleDates {
  /** the day the article was written (see writtenOn), else its publication day */
  written: string | null;
  headings: Map<number, Section | undefined>;
  sectionDates: Array<Section | undefined>;
  /** two or more day headings make dated sections */
  datedSections: boolean;
  /** the sentence of a republisher's own "UPDATE" (Infinity when none) */
  update: number;
  /** each sentence's time expressions, read once */
  timeRefs: (index: number, text: string) => TimeRef[];
  /** the day a governor's summary in the sentence is for */
  summaryDayOf: (s: Sentence) => string | null;
  /** the attack the article is about */
  articleDate: Context | null;
  firstParagraph: Sentence[];
  headline: string;
  /** the headline tells of a daytime strike ("Russia strikes Kyiv children's hospital in daytime missile barrage") */
  headlineDaytime: boolean;
  /** a live page stamped with daytime hours, or with night hours only */
  liveDay: boolean;
  nightPage: boolean;
  /** a live page: two or more entries stamped with a clock time */
  livePage: boolean;
  /** the article's own attack came by day */
  articleDaytime: boolean;
}

/**
 * What dates an article as a whole, read before its sentences: the day it was written, its day headings and dated sections,
 * each sentence's time expressions (read once and cached, as the opening scan, figures and dating all ask for them), the
 * attack the article is about (articleDate) and whether it came by day, and whether it is a live page stamped by day or by night.
 */
function articleDating(article: Article): ArticleDates {
  const published = article.meta.published;
  const written = writtenOn(article, published) ?? published;
  const ahead = dayAhead(article);
  // (a review of the week or the days past, or an attack that "came" on a night of them, tells of nights already over: "Over
  // the past week … The largest attack came overnight into Monday", published past midnight on Monday in Kyiv, is last week's)
  const lookingBack = ahead !== null && LOOKS_BACK.test(article.text);
  // Each sentence's time expressions are read once: the opening scan, figures and dating all ask for them.
  const refCache: Array<TimeRef[] | undefined> = [];
  // A fact box dates its items by heading lines ("NOV. 10, 2024"): "overnight" under one is the night before that day.
  const headings = headingDays(article, published);
  const sectionDates = sectionDatesOf(article, headings);
  // two or more day headings ("TUESDAY, 17.06.2025", "NOV. 10, 2024") make dated sections; one alone is the page's date
  const datedSections = [...headings.values()].filter((h) => h?.dated).length >= 2;
  // a republisher's own "UPDATE" after the wire body is written on the publication day again
  const update = article.sentences.find((s) => s.index > 0 && UPDATE_HEADING.test(sentenceText(article, s)))?.index ?? Infinity;
  // (read once per sentence: the spelled-out nights below read every sentence before any is dated)
  const rawRefs: Array<TimeRef[] | undefined> = [];
  const readRefs = (index: number, text: string) =>
    (rawRefs[index] ??= findTimeRefs(
      text,
      // a weekday heading ("SATURDAY: RYAZAN") dates "overnight" under it; its week's other weekdays count from publication
      sectionDates[index]?.dated && !headings.has(index) ? sectionDates[index].day : published,
      ongoingAhead(index, text) ?? (headings.has(index) ? published : (sectionDates[index]?.day ?? (index < update ? written : published))),
      sectionDates[index]?.dated && !headings.has(index) ? published : null,
      lookingBack || CAME.test(text) ? null : ahead,
    ));
  // "Russia is attacking Kyiv with drones overnight" published past midnight in Kyiv: the night going on there, which ends on
  // the day ahead (not in a section dated by its heading)
  const ongoingAhead = (index: number, text: string) =>
    ahead && written === published && !headings.has(index) && sectionDates[index] === undefined && index < update && ONGOING.test(text) && !NOT_GOING_ON.test(text) ? ahead : null;
  // "the night of December 28" beside "between December 28 and 29" elsewhere in the article: the night the article spells out
  // (only an article that writes "the night of" reads every sentence's time expressions before dating any)
  const spelledNights = NIGHT_OF.test(article.text)
    ? new Set(article.sentences.flatMap((s) => readRefs(s.index, sentenceText(article, s)).filter((r) => r.precision === "night" && !r.nightOf && !r.relative && r.start && /\d/.test(r.text)).map((r) => r.start!)))
    : new Set<string>();
  const timeRefs = (index: number, text: string) =>
    (refCache[index] ??= readRefs(index, text).map((r) => (r.nightOf && r.end && spelledNights.has(r.end) && !spelledNights.has(r.start!) ? { ...r, start: r.end, end: addDays(r.end, 1) } : r)));
  // The attack the article is about: dated by its opening paragraph even when that carries no
  // figure, else by the first later sentence that is not about an earlier attack. (Not by the
  // dateline: a fact box dated 31 December is about the 29th.)
  let articleDate: Context | null = null;
  // A live page follows the day it is written and the night before it: a day or night that ended earlier, which an entry recalls
  // ("Catch-up: this is the second big strike on the grid since the end of November. On 28 November, Russia fired 91 missiles"
  // at the foot of a newest-first page of Friday 13 December), is not the page's attack, however its entries are ordered.
  const livePage = (article.text.match(ENTRY_STAMP_LINE) ?? []).length >= 2;
  // (entries stamped with their hour, alone on the line or before its title: "18:40 Starmer: \"Encouraging, but a long way to go\"")
  const followsHours = livePage || (article.text.match(ENTRY_HOUR_LINE) ?? []).length >= 3;
  // (a page that runs over days under their headings, "Wednesday 9 October … Thursday 10 October", follows them all)
  const pageStart = [...headings.values()].reduce<string | null>((first, h) => (h && first && h.day < first ? h.day : first), written);
  const beforeLivePage = (r: TimeRef): boolean => followsHours && pageStart !== null && r.end !== null && r.end < addDays(pageStart, -1);
  const firstParagraph = leadParagraph(article);
  const datingRef = (s: Sentence): TimeRef | null => {
    const text = sentenceText(article, s);
    if (!ATTACK_WORDS.test(text)) return null;
    const attack = classifyRefs(text, timeRefs(s.index, text)).attack;
    // ("Rescuers continued to dig … on Thursday, a day after Russian cruise missiles struck …": the day counted back to)
    const back = countedBackToStrike(attack, text);
    if (back) return back;
    // (nor the day of the strike it answers: "It presented the attack as a response to Wednesday's strike on … Taganrog")
    const refs = attack.filter((r) => r.start && (r.precision === "night" || r.precision === "day") && !beforeLivePage(r) && !ANSWERED.test(text.slice(Math.max(0, r.at - 40), r.at)));
    return refs.find((r) => datesAttack(text, r)) ?? refs[0] ?? null;
  };
  const summaryDayOf = (s: Sentence): string | null => {
    const text = sentenceText(article, s);
    const refs = timeRefs(s.index, text);
    const named = refs.find((r) => r.start && r.precision === "day" && SUMMARY_FOR.test(text.slice(Math.max(0, r.at - 100), r.at)))?.start;
    if (named) return named;
    // ("Over the past day, the Armed Forces of Ukraine attacked the Belgorod region with 37 drones, governor Vyacheslav Gladkov
    // said in his morning summary", published the 29th: the 28th, the day the summary is of; an evening summary's is that day)
    const pastDay = DAY_SUMMARY.test(text) && !NIGHT_COUNTER.test(text) ? refs.find((r) => r.end && !r.relative && PAST_DAY.test(r.text)) : undefined;
    return pastDay ? (/\bevening\s+summary\b/i.test(text) ? pastDay.end : pastDay.start) : null;
  };
  for (const s of firstParagraph) {
    const ref = datingRef(s);
    if (ref) {
      // ("Russia launched a major missile and drone attack on Ukraine's energy system on Christmas morning": a lead that tells the
      // attack by its day's morning alone dates the counts the later paragraphs give of it by that day, as its own paragraph's are)
      articleDate = keptMorning(asContext(ref), sentenceText(article, s), ref, morningLead);
      break;
    }
  }
  const headline = article.meta.headline ?? "";
  // ("Governor Gladkov has published his summary of the situation in the region over the past day, Friday, 7 June": the
  // day the figures under it are of, in its opening paragraphs: a dateline line can come first)
  // (or in the headline: "Gladkov: two residents wounded by shrapnel. Summary for January 4")
  if (!articleDate) {
    const headlineDay = findTimeRefs(headline, published).find((r) => r.start && r.precision === "day" && SUMMARY_FOR.test(headline.slice(Math.max(0, r.at - 100), r.at)))?.start;
    const day =
      article.sentences
        .filter((s) => s.paragraph <= (firstParagraph[0]?.paragraph ?? 0) + 2)
        .map(summaryDayOf)
        .find((d) => d !== null) ?? headlineDay;
    if (day) articleDate = dayContext(day);
  }
  // A "Background" paragraph (or the one under a "Background" heading) recalls other attacks: it does not date the article's, by
  // its daytime strike either ("Background: On the morning of 29 May, Russia attacked Kyiv with 11 missiles in the middle of the
  // working day" under a night's attack)
  const backgroundParagraphs = new Set<number>();
  for (const [i, s] of article.sentences.entries()) {
    // ("Background: …", or a heading "Background"; not "Background radiation levels …")
    const text = sentenceText(article, s);
    // (or a paragraph that sets the attack against what came before: "The attack came weeks after an explosion
    // damaged the bridge … On Oct. 10 alone, Russia fired 84 cruise missiles")
    if (CAME_WEEKS_AFTER.test(text)) backgroundParagraphs.add(s.paragraph);
    const m = /^\s*(?:Background|Context)\s*(?:[:—–-]\s*(\S)?|\.?\s*$)/.exec(text);
    if (!m) continue;
    backgroundParagraphs.add(s.paragraph);
    if (!m[1]) {
      const next = article.sentences.slice(i + 1).find((x) => x.paragraph !== s.paragraph);
      if (next) backgroundParagraphs.add(next.paragraph);
    }
  }
  // "The strike hit the centre of the city in the afternoon": a daytime strike reported that day
  // (not alerts: "Air raid sirens sounded across the country throughout the day" tells of no strike)
  // (or the morning hour of a blast in a city the headline names: "three missiles hit the centre of Chernihiv at about 9am local
  // time" under "Chernihiv missile strike kills 17", a headline that tells of a strike on that city; not another city's strike the
  // page adds, nor one told under a day's heading of a weekly round-up, which is that day's)
  const headlineCities = findPlaces(headline).filter((p) => p.kind === "city").map((p) => p.name);
  const inHeadlineCity = (t: string) => headlineCities.length > 0 && ATTACK_NEAR.test(headline) && findPlaces(t).some((p) => p.kind === "city" && headlineCities.includes(p.name));
  // (a daytime strike an entry dates to a day the page does not follow: "On Sunday evening a drone attack on Kharkiv killed four")
  const recalledOnLivePage = (s: Sentence) => {
    const text = sentenceText(article, s);
    return followsHours && classifyRefs(text, timeRefs(s.index, text)).attack.some((r) => r.precision === "day" && beforeLivePage(r));
  };
  const daytimeSentence = article.sentences.find((s) => {
    const t = sentenceText(article, s).replace(AIR_RAID_ALERT, "");
    return (placesOwnAttackByDay(t) || blastNewsByDay(article, s, t) || (morningBlast(t) && sectionDates[s.index] === undefined && inHeadlineCity(t))) && ATTACK_NEAR.test(t) && !EARLIER.test(t) && !backgroundParagraphs.has(s.paragraph) && !recalledOnLivePage(s);
  });
  // (or the headline: "Russia strikes Kyiv children's hospital in daytime missile barrage")
  const headlineDaytime = placesOwnAttackByDay(headline) && ATTACK_NEAR.test(headline) && !EARLIER.test(headline);
  const daytimeAttack = daytimeSentence !== undefined || headlineDaytime;
  // "The missile hit at about 6:45 p.m. on April 4" in an article of April 5: that day, not the publication day
  const daytimeDay = (() => {
    if (!daytimeSentence) return null;
    const text = sentenceText(article, daytimeSentence);
    return classifyRefs(text, timeRefs(daytimeSentence.index, text)).attack.find((r) => r.precision === "day" && r.start && !r.relative)?.start ?? null;
  })();
  // (a headline's daylight dates the day written, unless a sentence about the attack by day names its own day)
  if (!articleDate && !daytimeDay && headlineDaytime && written) articleDate = dayContext(written);
  if (!articleDate && daytimeDay) articleDate = dayContext(daytimeDay);
  const eveningBefore = (s: Sentence): Context | null => {
    const text = sentenceText(article, s);
    const evening = timeRefs(s.index, text).find((r) => r.precision === "day" && r.start === addDays(written!, -1) && SAID_THAT_EVENING.test(text.slice(Math.max(0, r.at - 20), r.at + r.text.length + 9)));
    return evening && UNDER_WAY.test(text) && writtenByMorning(article, written!) ? { attacker: "RU", target: "UA", start: evening.start, end: written, precision: "night" } : null;
  };
  // "updates on the night drone attack on Kharkiv": a headline that says night dates an article that does not
  if (!articleDate && written && /\b(?:overnight|night(?:-time)?)\b/i.test(headline) && (ATTACK_WORDS.test(headline) || /\b(?:hits?|Shaheds?|UAVs?)\b/i.test(headline))) {
    articleDate = { attacker: "RU", target: "UA", start: addDays(written, -1), end: written, precision: "night" };
  }
  // (a sentence about a city the headline does not name, when it names cities, tells of another attack: "Live: Missile strike on
  // Kryvyi Rih residential area" over a live page's last entry, "Russian drones hit residential areas of Kharkiv overnight")
  const elsewhere = (text: string) => {
    const cities = headlineCities.length ? findPlaces(text).filter((p) => p.kind === "city") : [];
    return cities.length > 0 && !cities.some((p) => headlineCities.includes(p.name));
  };
  if (!articleDate) {
    for (const s of article.sentences) {
      if (EARLIER.test(sentenceText(article, s)) || backgroundParagraphs.has(s.paragraph) || elsewhere(sentenceText(article, s)) || OTHER_NEWS.test(sentenceText(article, s)) || WEAPONS_GIVEN.test(sentenceText(article, s))) continue;
      const ref = datingRef(s);
      if (ref) {
        articleDate = asContext(ref);
        break;
      }
    }
  }
  // A daytime strike its sentence does not date ("struck the city in the afternoon") is the report's day, unless the
  // article names the day before for its attack ("killed at least 22 people on Wednesday" in Thursday's paper); a day
  // further back is another attack's ("On Monday, a drone attack on Odesa killed a woman")
  // (but an attack under way the evening before a page written after midnight, and before noon when its clock says, is the night
  // that began then: "Air defence forces are repelling a drone attack on Moscow, Mayor Sergei Sobyanin said on Wednesday evening"
  // on a page of Thursday 05:06)
  if (daytimeSentence && !daytimeDay && written && (!articleDate?.end || articleDate.end < addDays(written, -1))) articleDate = eveningBefore(daytimeSentence) ?? dayContext(written);
  // A live page whose entries are stamped with daytime hours ("07:30", "10:31", "13:35") reports the day it was written.
  const stamps = article.sentences.flatMap((s) => LIVE_STAMP.exec(sentenceText(article, s))?.[1] ?? []).map(Number);
  const liveDay = stamps.length >= 2 && stamps.every((h) => h >= 7 && h <= 22);
  const nightPage = stamps.length >= 2 && stamps.every((h) => h < 7);
  // The article's own attack happened by day when it is dated to a day and a sentence about it says so.
  const articleDaytime = articleDate?.precision === "day" && daytimeAttack;
  return { written, headings, sectionDates, datedSections, update, timeRefs, summaryDayOf, articleDate, firstParagraph, headline, headlineDaytime, liveDay, nightPage, livePage, articleDaytime };
}

// an attack told as going on when its source spoke: "Air defence forces are repelling a drone attack", "Moscow is under drone
// attack", "air defences are working"; by the verbs of the attack or its defence only, not any "is …ing" near a drone (an
// expectation, "Moscow is bracing for more drone attacks"; "there is nothing to suggest drones")
const UNDER_WAY =
  /\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:(?:repelling|repulsing|fighting\s+off|shooting\s+down|downing|intercepting|destroying|engaging|attacking)\b[^.;]{0,30}\b(?:attacks?|raids?|drones?|UAVs?|missiles?)\b|under\s+(?:an?\s+)?(?:massive\s+|massed\s+|drone\s+|missile\s+)?(?:attack|fire)\b|being\s+(?:attacked|targeted)\b)|\bair\s+defen[cs]es?\s+(?:forces\s+|systems\s+|units\s+)?(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:working|operating|active|in\s+action)\b|\b(?:attack|raid)\s+(?:is|was)\s+(?:still\s+)?(?:under\s+way|underway|continuing|ongoing)\b/i;

/**
 * Whether the page was written in the morning of its day in Kyiv, before noon, by its timestamp: the hours when an attack told as
 * under way the evening before is the night still going on. (A page with no clock is not asked.)
 */
function writtenByMorning(article: Article, written: string): boolean {
  const at = article.meta.publishedAt;
  const day = at ? kyivDay(at) : null;
  if (!at || !day) return true;
  return day === written && kyivDay(new Date(Date.parse(at) - 12 * 3_600_000).toISOString()) !== written;
}

// "said on Wednesday evening", "wrote late on Sunday evening"
const SAID_THAT_EVENING = /\b(?:said|says|wrote|reported)\s+(?:late\s+)?(?:on\s+)?\p{L}+day\s+evening\b/iu;

// weapons given or promised, the only weapons a sentence names: "On Monday he met Rishi Sunak at Chequers, where Britain promised
// hundreds of air defence missiles and long-range attack drones" tells no attack, and its day is not the article's attack's
// (a phrase read in running text, where figures.ts SUPPLY and PROMISED test one token beside a count)
const WEAPONS_GIVEN = /\b(?:promised|pledged|supplied|donated|transferred)\s+(?:[\w-]+\s+){0,5}?(?:missiles|drones|interceptors|systems|weapons)\b/i;
// a sentence that adds another item of news tells of another attack: "The ministry also said that on Monday its forces had
// delivered a group strike …" under a report of the drones over Moscow on Tuesday morning; "Separately, …", "Meanwhile, …"
const OTHER_NEWS = /\balso\s+(?:said|says|reported|reports|announced|stated|claimed|wrote)\b|^\W*(?:separately|meanwhile|elsewhere)\b/i;

// a headline's toll update: "Kyiv death toll reaches 31", "Sunday's toll rises to 13" (TOLL_RISE reads the past tense)
const TOLL_NOW = /\btoll\s+(?:rises|climbs|reaches|hits|jumps)\b/i;
const LIVE_STAMP = /^\s*(\d{1,2})[:.]\d{2}\s*$/;
// a live entry's stamp on a line of its own, with its day and zone: "06:20 BST", "July 9, 08:50 GMT", "Monday 12:35", "Sun 07:45"
const ENTRY_STAMP_LINE = /^[ \t]*(?:\p{L}+\.?,?\s+(?:\d{1,2},?\s+)?)?\d{1,2}[:.]\d{2}\b[^\n\d]{0,12}$/gmu;
// what an attack answers: "in response to", "in retaliation for the"
const ANSWERED = /\b(?:response|retaliation|revenge|reply)\s+(?:to|for)\s+(?:the\s+)?(?:last\s+)?$/i;
// a line that opens with an entry's hour, "09:05 Air Force: 464 drones, 22 missiles" (not "10 p.m." or "0800 hours" prose)
const ENTRY_HOUR_LINE = /^[ \t]*\d{1,2}[:.]\d{2}\b(?!\s*(?:[ap]\.?m\b|hours|GMT|UTC))/gim;
const BLAST_NEWS = /\b(?:explosions?|blasts?)\b/i;

/**
 * A live entry stamped in the afternoon or evening that breaks the news of a blast ("18:52 / A powerful explosion in Kryvyi Rih"):
 * a strike by day, not the night before (not one the entry says came overnight: "14:20 / … killed in the overnight drone strikes").
 */
function blastNewsByDay(article: Article, s: Sentence, text: string): boolean {
  const stamp = s.index > 0 ? LIVE_STAMP.exec(sentenceText(article, article.sentences[s.index - 1]!)) : null;
  const hour = stamp ? Number(stamp[1]) : -1;
  return hour >= 12 && hour < 21 && BLAST_NEWS.test(text) && !NIGHT_SAID.test(text);
}

/** What reading one sentence asks of its whole article (made once per article, before its sentences are read). */
interface ArticleReader {
  readonly article: Article;
  /** the day the article was written (see writtenOn) */
  readonly written: string | null;
  /** the sentence's time expressions, read once per sentence */
  readonly timeRefs: (index: number, text: string) => TimeRef[];
  /** the day a relative "a day after" counts from when a contact "came" after it (see extractClaims) */
  readonly baseOf: (r: TimeRef, text: string) => Context | null;
  readonly summaryDayOf: (s: Sentence) => string | null;
  readonly headings: ReadonlyMap<number, Section | undefined>;
  readonly sectionDates: ReadonlyArray<Section | undefined>;
  /** two or more day headings ("TUESDAY, 17.06.2025", "NOV. 10, 2024") make dated sections */
  readonly datedSections: boolean;
  /** the first "UPDATE" line after the lead (see articleDating) */
  readonly update: number;
  /** the attack the article is about */
  readonly articleDate: Context | null;
}

export function extractClaims(article: Article): ArticleClaim[] {
  const { written, headings, sectionDates, datedSections, update, timeRefs, summaryDayOf, articleDate, firstParagraph, headline, headlineDaytime, liveDay, nightPage, livePage, articleDaytime } = articleDating(article);
  const claimantCache: Array<Claimant[] | undefined> = [];
  // (a surname alone as the person the text named before in full: "Kim said" after "regional governor Vitaliy Kim was reporting …")
  const claimantsOf = (s: Sentence, tokens?: readonly Token[]) =>
    (claimantCache[s.index] ??= findClaimants(tokens ?? tokenize(sentenceText(article, s), s.start)).map((c) => surnameMentioned(c, article.text.slice(0, s.start)) ?? c));
  const claims: ArticleClaim[] = [];
  const soFar: DatedSoFar = { lead: null, lastDated: null, namedStrike: null, byAttacker: new Map(), placesOf: new Map(), byPlace: new Map(), summaryDay: null, nightsNamed: new Set(), clockedDays: new Set(), missileNights: new Map(), withBarrage: new Set(), lastMonth: null };
  const para: ParagraphState = { dated: null, attackDay: false, dayNamed: null, daytime: false, opener: null, leadIn: false, context: null, barrage: false, claimant: null, attacker: null };
  const section: SectionState = { dated: null, stamped: false, namesNight: false, strike: null, told: null, attacker: null, claimant: null, listed: false };
  // under a "Background:" label: the outlet's own reminder of other attacks, whose figures no source of the article gives
  // ("label": the label stood alone, and the paragraph or list after it is the note)
  let backgroundNote: "label" | "on" | null = null;
  // a digest's post header ("08:10 | Kharkiv region, Oleh Syniehubov") speaks for the lines under it, up to the next header
  let postClaimant: Claimant | null = null;
  // (where that header stands: what a signature at the post's end signs)
  let postFrom = 0;
  let lastNamed: Claimant | null = null;
  // a subheading that names a source ("What the Air Force reported") speaks for the paragraphs under it, up to the next one
  let subhead: Claimant | null = null;
  // the attacks each source was quoted on by name, by direction and the day they ended: what a figure that falls back on it as
  // the article's source may count (see otherAttack)
  const toldBy = new Map<string, Set<string>>();
  let paragraph = -1;
  // the line ending in ":" that introduces the list items under it
  let list: ListIntro = NO_LIST;
  let table: Array<TableColumn | null> | null = null;
  // the weapons the table's rows have named so far: what its "Total" row adds up
  const tableWeapons = new Set<Weapon>();
  // where the table's rows so far stand: what a source note under it ("(Source: Ukrainian Air Force.)") attributes
  let tableRows: number[] = [];
  // every source the article has named so far: when there is only one, unattributed figures are its
  const namedSoFar: Claimant[] = [];
  let antecedent: Weapon | null = null;
  let counts: CountsSoFar = NO_COUNTS;
  const recalls: RecalledSoFar = { background: null, period: null, aggregate: null };
  // the period counts dated by a span counted back from the report ("over the week"): see periodsAsStated
  const countedBack = new Set<string>();
  // the last sentence that counted drones over a neighbour, for "At least three of the drones were shot down" after it
  let lastAbroad: number | null = null;
  // (only when that sentence told of no attack of its own: "… 472 drones overnight, beating the record of 355 set on May 26")
  let mainAt = -1;
  let paragraphCount = 0;
  // (the body's sentences, not the page's dropped furniture: a related story's "Russia fires 45 missiles")
  const articleMentions = mentionsIn(article.sentences.map((s) => sentenceText(article, s)).join("\n"));
  // With nothing else to go on, the side attacked is where the headline's places are (else Russia attacks Ukraine, the common case).
  // (or, with none there, where all the article's places are: a Belgorod portal's "Search at Shchorsa Street completed: 15
  // dead" over a body that names only Belgorod and its district's villages is Belgorod's toll)
  // (where the weapons were fired from is not: "missiles fired by Tu-22M3 bombers flying over Russia's Kursk region")
  const headlinePlaces = struckPlaces(headline);
  const headlineSide = headlinePlaces.length > 0 ? countryOfPlaces(headlinePlaces) : countryOfPlaces(struckPlaces(article.text));
  const headlineAttacker: Side = headlineSide ? opposite(headlineSide) : "RU";
  const sources = articleSources(article, headline, firstParagraph, claimantsOf);
  let { articleSource, stated } = sources;
  const { headlineLabel, tolls } = sources;
  // (an interview's answers are the words of the one it introduces: see interviewee)
  const answering = interviewee(article, headline);

  // the day the last meeting, call or visit was dated ("met … on Wednesday afternoon"): what "The meeting came a day
  // after a missile attack on Dnipro" counts back from, not the last day named for anything else
  let contactDay: Context | null = null;
  // (the per-sentence helper below takes the sentence as a parameter: made once per article, not once per sentence, as tsx
  // names every closure it creates, a property write per call)
  // ("The meeting came a day after …": the contact's day; else the article's)
  const baseOf = (r: TimeRef, text: string): Context | null => (r.relative === "days-later" && (r.days ?? 0) < 0 && CONTACT_CAME.test(text.slice(0, r.at + r.text.length)) ? (contactDay ?? (written ? dayContext(written) : null)) : null);
  // (only an article that says so needs it: most never tell a contact "came" after something)
  const contactCame = CONTACT_CAME_ANY.test(article.text);
  const reader: ArticleReader = { article, written, timeRefs, baseOf, summaryDayOf, headings, sectionDates, datedSections, update, articleDate };
  // the toll updates that opened the article before any strike was dated, and each strike a sentence dated (by the sentence
  // that dated it): see strikeToldNext
  const openingUpdates: OpeningUpdate[] = [];
  const strikesTold: StrikeTold[] = [];
  const lastTold: ToldSoFar = { context: null, dated: null };
  // the last toll of each kind told of a strike: what "the toll has risen to 51" with no date of its own updates
  const tollsSoFar: TollsSoFar = new Map();
  for (const s of article.sentences) {
    const text = sentenceText(article, s);
    if (s.index > 0) noteStrikeTold(strikesTold, article.sentences[s.index - 1]!, para, lastTold);
    // (where the sentence before ended: what stands between it and this one, a signature or a line ingest kept out of the body)
    const previousEnd = article.sentences[s.index - 1]?.end ?? 0;
    // (a signature of a name alone, "… A 65-year-old man was wounded. / Serhii Lysak", is a short line ingest keeps out of
    // the body as a heading: read between the sentences)
    const signedBefore = postClaimant ? signatureBetween(article.text, previousEnd, s.start) : null;
    if (signedBefore) {
      signPost(claims, postFrom, postClaimant!.name, signedBefore);
      postClaimant = null;
    }
    // "… 315 drones and seven missiles. This was reported by the Air Force on Telegram": the sentence before had no source
    const backwards = s.index > 0 ? reportedBy(text) : null;
    if (backwards) {
      // (and the sentences before it in its paragraph that no one stated either: "On the morning of October 10, the occupiers
      // launched 84 cruise missiles at Ukraine. Air defense forces destroyed 43 of them. / This was reported by Zaluzhnyi")
      const before = article.sentences[s.index - 1]!;
      for (let j = s.index - 1; j >= 0 && article.sentences[j]!.paragraph === before.paragraph; j--) {
        if (giveUnstated(claims, article.sentences[j]!.start, backwards)) break;
      }
      lastNamed = backwards;
    }
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      paragraphCount++;
      backgroundNote = BACKGROUND_NOTE.test(text) ? (/:\s*$/.test(text) ? "label" : "on") : backgroundNote === "label" || (backgroundNote === "on" && BULLET_LINE.test(text)) ? "on" : null;
      // "02:27 - Terekhov: a series of explosions …": a relayed post's author speaks for its paragraph
      const inline = inlinePostAuthor(text);
      const opening = timeRefs(s.index, text);
      const item = openingDate(text, opening);
      const leadIn = item ? null : sectionDateline(text, opening, s.index >= DATELINE_SENTENCES);
      // 'Later on Saturday, Syniehubov reported another attack. / Quote: "Three people were injured …"': a paragraph labelled as
      // a quotation, naming no one, quotes the source the paragraph just before it named
      const quoted = QUOTE_LABEL.test(text) && !lineBetween(article.text, previousEnd, s.start) ? para.claimant : null;
      openParagraph(para, section, text, item ?? leadIn, inline && (bodyNamedBefore(inline, namedSoFar) ?? inline), leadIn !== null);
      para.claimant ??= quoted ?? (answering && isAnswer(text) ? answering : null);
    }
    const author = text.length <= 100 ? postAuthor(text) : null;
    if (author) {
      postClaimant = author;
      postFrom = s.start;
      continue;
    }
    // "… Two people were wounded. / Oleh Kiper, head of Odesa RMA": a post under a header signs off on a line of its own with
    // its author's name; the figures the header gave to his office are his, and what follows is no longer his post
    const signer = postClaimant && text.length <= 100 && aloneInParagraph(article, s) ? postSignature(text) : null;
    if (signer) {
      signPost(claims, postFrom, postClaimant!.name, signer);
      postClaimant = null;
      continue;
    }
    // a fact-box table: its header says what each column counts; each row is one attack's figures
    const header = text.includes("|") ? tableHeader(text) : null;
    if (header) {
      table = header;
      tableWeapons.clear();
      tableRows = [];
      continue;
    }
    // "(This story has been corrected to say 39 missiles were shot down, not 59)": about the text, not the attack
    if (CORRECTION.test(text)) continue;
    // "Methodology: we include attacks in which either side reported at least ten aerial weapons or at least one death": the
    // threshold of what a piece counts, not a count
    if (INCLUSION_THRESHOLD.test(text)) continue;
    const tokens = mayCount(text) || mayAttribute(text) || /:\s*$/.test(text) || ALL_BEFELL.test(text) ? tokenize(text, s.start) : [];
    const found = sourcesStoodFor([...claimantsOf(s, tokens), ...rowSource(article.text, s.start, text, tokens)], namedSoFar, lastNamed, (c) => mentionedBefore(article, headline, claimantsOf, s, tokens, c));
    const named = found.find((c) => !isPronounClaimant(c));
    if (named) namedSoFar.push(named);
    if (subhead && lineBetween(article.text, previousEnd, s.start)) subhead = null;
    if (aloneInParagraph(article, s) && isLabelLine(article, s, text)) subhead = sourceHeading(text, named);
    // "(Source: Ukrainian Air Force. Dates are the morning the attack ended.)" right under a table: whose figures its rows gave
    // (the Air Force's weapons, not a toll column's dead)
    const footnote = table && tableRows.length > 0 ? sourceNote(text) : null;
    if (footnote) for (const start of tableRows) giveUnstated(claims, start, footnote, true);
    const { row, isListItem, figures, counts: countedNow } = sentenceFigures(article, s, text, tokens, table && { columns: table, weapons: tableWeapons }, list, antecedent, counts, paragraphCount);
    counts = countedNow;
    if (!row) table = null;
    tableRows = row ? [...tableRows, s.start] : [];
    for (const f of row ?? []) if (f.weapon) tableWeapons.add(f.weapon);
    if (!isListItem && s.paragraph !== list.paragraph) list = { ...list, metric: null, period: null, slash: null };
    const breaks = figures.length ? clauseBreaks(tokens) : [];
    list = listIntroAfter(list, { index: s.index, text, tokens, figures, paragraph: s.paragraph, named, paragraphClaimant: para.claimant }, timeRefs);
    const contactRef = contactCame && CONTACT_DONE.test(text) ? timeRefs(s.index, text).find((r) => !r.relative && r.start && r.precision === "day") : undefined;
    if (contactRef) contactDay = asContext(contactRef);
    // ("The enemy attacked Chernihiv with attack drones overnight. Two of them hit …": the weapons "of them" counts)
    if (figures.length === 0 && ATTACK_WORDS.test(text)) {
      const drones = DRONE_WORD.test(text);
      const missiles = MISSILE_WORD.test(text);
      if (drones || missiles) antecedent = drones && missiles ? "mixed" : drones ? "drone" : "missile";
    }
    // ("Gladkov's summary for Sunday: … attacked the region with 61 drones over the past day": the day the summary is of)
    soFar.summaryDay = reader.summaryDayOf(s) ?? soFar.summaryDay;
    // (a sentence whose only figure is one weapon told by its article: see below)
    const oneWeaponOnly = figures.length > 0 && figures.every((f) => f.metric === "hit" && f.value === 1 && /^an?$/i.test(text.slice(f.valueStart - s.start, f.valueEnd - s.start)));
    if (figures.length === 0) {
      // "THE WEEK IN THE SKY / Issue 94 / … / Hello from Kyiv. … Below, as always, the nights one by one, with launch,
      // interception and hit figures taken from the Air Force's morning statements.": past a page's masthead, an opening that
      // says before any figure whose they all are (not a passing "those figures came from …" after one)
      const statedHere = claims.length === 0 && articleSource === undefined ? statedSource(text) : null;
      if (statedHere) articleSource = stated = statedHere;
      figurelessSentence(s, text, tokens, named, reader, soFar, para, section);
      if (named) {
        lastNamed = named;
        para.claimant = named;
      }
      continue;
    }
    // "THURSDAY (21 SEPTEMBER): 43 MISSILES": a day heading that gives a figure still opens its day's section
    const figureHeadingDay = headings.get(s.index)?.day;
    if (figureHeadingDay && HEADING.test(text)) {
      section.dated = dayContext(figureHeadingDay);
      section.namesNight = false;
      section.stamped = false;
      section.strike = null;
      section.told = null;
    }
    let { attack: refs, report: reportRefs } = classifyRefs(text, timeRefs(s.index, text));
    // "On Tuesday the ministry reported that overnight …": the night before the report, not before publication
    const reportedOn = reportRefs.find((r) => r.start && r.precision === "day")?.start;
    // (and a week it counts back from then: "On Sunday evening, Zelensky said that over the past week …" in Wednesday's paper)
    // (and a running total up to then: "A senior U.S. defence official said on Friday that Russia had launched more than 800
    // missiles since the start of the invasion", in Sunday's paper, ends on Friday)
    if (reportedOn && written && reportedOn < written && refs.some((r) => r.precision === "night" || (r.precision === "week" && !r.relative) || runsToReport(r, article.meta.published, written))) {
      ({ attack: refs, report: reportRefs } = classifyRefs(text, findTimeRefs(text, reportedOn)));
    }
    refs = nightOfSaying(refs, reportedOn, text);

    // (the hour it was said is not the attack's: "… has risen to 26, the ministry said on Wednesday evening")
    const sentenceHours = strikeHoursOf(text, reportRefs, false);
    const tollHours = strikeHoursOf(text, reportRefs, true);
    // "the next night" counts from the last date named before this sentence, not from its own figures
    const relativeBase = soFar.lastDated ?? soFar.lead ?? articleDate;
    const places = struckPlaces(text);
    const subject = subjectAttacker(tokens, tokens.length - 1);
    const placeSide = holderOfPlaces(places, written);
    const withMissiles = figures.some((g) => g.metric === "launched" && g.weapon === "missile");

    const previousToldItsOwn = mainAt === s.index - 1;
    const noStrikeYet = soFar.lead === null;
    // (the strike the sentence's toll grew from, read at its first whole toll: see tollGrownFrom)
    let grownFrom: Context | null | undefined;
    for (const f of figures) {
      if (f.weapon && !f.part) antecedent = f.weapon; // "475 of them" counts the total, not its part "including 60 missiles"
      const aggregate = hasAggregateCue(tokens, f.first);
      // "The previous record … was set on June 9, when Russia fired 479 drones": the sentence is about the old record
      // "…, surpassing the April 4 attack on Kryvyi Rih, which killed 20": so does a comparison cue anywhere
      // before the figure, or just after it ("718 drones, surpassing the previous record")
      // (not a figure before "came two days after", which is the strike that came after: "The strike, which killed 12, came …")
      const at = f.valueStart - s.start;
      const cameAfter = refs.find((r) => r.relative === "days-later" && (r.days ?? 0) < 0 && r.at > at);
      const backgroundCue = hasPhraseIn(tokens, cameAfter ? NOT_AFTER_PHRASES : BACKGROUND_PHRASES, 0, Math.max(f.first + 8, 4));
      const casualty = f.metric === "killed" || f.metric === "injured";
      const { claimant, articleWide, carried } = figureClaimant(
        f,
        casualty,
        { article, s, text, tokens, found, breaks, isListItem, claimantsOf },
        { backgroundNote, paragraphClaimant: para.claimant, postClaimant, listClaimant: list.claimant, subheadClaimant: subhead, sectionClaimant: section.claimant, articleSource, tolls, namedSoFar },
      );
      const enemyKilled = casualty && claimant?.side !== "UA" && ENEMY_COMBATANTS.test(normsOf(tokens, f.first, f.last + 1));
      const attacker = figureAttacker(
        f,
        casualty,
        claimant,
        enemyKilled,
        { text, at, tokens, places, placeSide, subject, written, withMissiles },
        { paragraphAttacker: para.attacker, sectionAttacker: section.attacker, paragraphContext: para.context, lead: soFar.lead, headlineAttacker },
      );
      // drones that crossed into a neighbour ("19 violations of Polish airspace", "shot down over Poland") are an
      // attack on that country, not on Ukraine: their own event, with the target "other"
      // (the words near the figure: "launched 415 drones at Ukraine, some of which crossed into Poland" is Ukraine's night)
      const near = text.slice(Math.max(0, f.valueStart - s.start - 50), f.valueEnd - s.start + 60);
      // (or anywhere in the sentence, when a neighbour's official speaks: "Tusk said 19 violations of the country's airspace had
      // been recorded overnight and that at least three drones had been shot down")
      const abroad = (NEIGHBOUR_AIRSPACE.test(near) || (claimant?.side === "other" && NEIGHBOUR_AIRSPACE.test(text))) && !/\b(?:at|on|against|across)\s+Ukraine\b/.test(near);
      // ("… recorded 19 violations of Polish airspace overnight. At least three of the drones were shot down": part of those)
      // (or the neighbour's official speaking on: "Tusk told parliament that Poland had recorded 19 violations of its airspace
      // overnight. He said three drones, and possibly a fourth, had been shot down")
      const before = article.sentences[s.index - 1];
      const speaksOnAbroad = claimant?.side === "other" && !/\bUkrain/.test(text) && before?.paragraph === s.paragraph && NEIGHBOUR_AIRSPACE.test(sentenceText(article, before));
      const ofThoseAbroad = (lastAbroad === s.index - 1 && PART_OF_THOSE.test(normsOf(tokens, f.first, f.last + 3))) || speaksOnAbroad;
      const target: Side = attacker === "RU" && (abroad || ofThoseAbroad) ? "other" : opposite(attacker);
      if (target === "other") lastAbroad = s.index;
      // A toll is counted days later ("said after the search ended on Friday"): only an attack's date dates it.
      // (a timeline's line dated by its opening words, "Saturday, Nov. 29 - Russia launches 596 drones", when nothing else in it dates it)
      // ("The strike, which killed 12 people, came two days after Zelensky met Biden": what came after dates only what follows it)
      // (nor what is named after it: "… came two days after a missile attack on Sumy on April 13")
      // ("The strike came two days after four people were injured … last Thursday": what came before, told after it, names its
      // own day; the words before it date the later strike)
      const namesOwnDay = (r: TimeRef) => r.relative === "days-later" && (r.days ?? 0) < 0 && r.at < at && refs.some((x) => !x.relative && x.start && x.at > r.at && (x.precision === "day" || x.precision === "night"));
      const toldAfter = cameAfter ? null : refs.find(namesOwnDay);
      const ownRefs = cameAfter ? refs.filter((r) => r.at < cameAfter.at) : toldAfter ? refs.filter((r) => r.at > toldAfter.at) : refs;
      const nearestOwn =
        nearestRef(casualty ? ownRefs.filter((r) => (r.relative && (r.relative !== "days-later" || (r.days ?? 0) < 0)) || (!r.relative && (r.precision !== "day" || datesAttack(text, r) || (row !== null && firstCell(text, r))))) : ownRefs, at, text) ??
        (isListItem ? list.period : null) ??
        (refs.length === 0 ? para.opener : null);
      const nearest = weekToldNext(nearestOwn, f, s, reader) ?? nearestOwn;
      // ("On Wednesday, an Iskander missile strike on … Chaplino eliminated … / Zelensky said the strike had killed 25 civilians":
      // the strike the sentence just before dated, in a paragraph of its own)
      const justNamed = refs.length === 0 && soFar.namedStrike?.index === s.index - 1 && attacker === "RU" && THE_ATTACK.test(text) ? soFar.namedStrike.context : null;
      // (under a day heading, the strike its section has dated already: "NOV. 17, 2024 / * … 120 missiles overnight … / * At least seven people were killed")
      // (a toll update in a live entry counts the attack told before, not the day the entry was stamped: "July 9, 04:10 GMT /
      // Kyiv death toll reaches 31 / … said the number of people killed in the capital had risen to 31" after "41 people had
      // been killed in Monday's attacks"; an attack of the stamp's day or the two before it)
      const told = soFar.byAttacker.get(attacker);
      const stampDay = section.stamped ? section.dated?.end : null;
      const updatesTold = stampDay && told?.end && casualty && refs.length === 0 && (TOLL_RISE.test(text) || TOLL_NOW.test(text)) && told.end <= stampDay && told.end >= addDays(stampDay, -2) ? told : null;
      // (a toll that grew, told with no date in a paragraph that told no strike, updates the strike whose toll was told last: see
      // tollGrownFrom; not "Two ballistic missiles struck the city at around 10:00. … the toll had risen to 18", the strike just
      // told, nor "Ballistic missiles hit port infrastructure in Odesa region. By Friday morning the toll had risen to nine"; a part, "including
      // four children", goes with its whole)
      if (casualty && !f.part && grownFrom === undefined) {
        const tellsGrowth = refs.length === 0 && para.context === null && para.dated === null && (TOLL_RISE.test(text) || TOLL_NOW.test(text)) && !paragraphToldAttack(article, s);
        grownFrom = tellsGrowth ? tollGrownFrom(tollsSoFar, attacker, f.metric, f.value, places) : null;
      }
      // (the first strike told is not the one an undated count of the other side's attack takes over: "It presented the attack as a
      // response to Wednesday's strike on the military airfield in Taganrog" above the Air Force's "Russia launched 94 missiles";
      // that count takes the article's attack)
      const previous =
        (casualty ? grownFrom : null) ?? justNamed ?? placeStrike(
          (para.context?.attacker === attacker ? para.context : null) ?? (updatesTold ? null : para.dated) ?? (section.strike?.attacker === attacker ? section.strike : null) ?? updatesTold ?? section.dated ?? soFar.byAttacker.get(attacker) ?? (soFar.lead?.attacker === attacker ? soFar.lead : null),
          attacker,
          places,
          soFar,
        );
      const base = nearest?.relative ? relativeBaseOf(nearest, s, text, refs, attacker, previous, relativeBase, reader, soFar, section, para.dated) : relativeBase;
      if (nearest?.relative === "that-month" && base?.precision === "month") soFar.lastMonth = { index: s.index, start: base.start, end: base.end };
      // ("Separately, Russia launched 53 drones at Ukraine last night": another attack, the night before it was written)
      const apart = SEPARATELY.test(text) && /^last\s+night$/i.test(nearest?.text ?? "");
      const ref = nearest?.relative
        ? resolveRelative(nearest, base)
        : apart
          ? nearest
          : (smallHoursOfDayBefore(nearest, s, reader) ?? paragraphNight(leadNight(nearest, s.index, reader, para.dated), s.index, reportRefs.some((x) => x.start !== null), para, section, soFar, text));
      // "A day earlier, a drone attack on Kharkiv killed five" is another attack; "the strike on Odesa the day
      // before" with none named before it is the one the article reports
      // ("Two days after Russia's largest air attack of the war, the toll had risen to 13": that attack's toll, not another's)
      const sinceAttack = nearest !== null && nearest.at === 0 && nearest.sinceAttack === true;
      const background = backgroundCue && !sinceAttack && !(nearest?.relative === "previous-day" && soFar.lead === null);
      const periodRef = ref && (ref.precision === "week" || ref.precision === "month" || ref.precision === "year");
      // A running total for one night ("in total, since the night, 74 drones") is still that night's strike.
      const dayOrNight = ref !== null && ref.start !== null && (ref.precision === "night" || ref.precision === "day");
      // ("Earlier this month, Russia launched 273 drones in a single night": one attack the text dates only to its month)
      const oneAttackInPeriod = periodRef && oneAttackOf(text, at, figures, s.start);
      // ("the deadliest since January 2023, when a missile killed 46 people": one strike the text dates to its month)
      const wholeMonth = ref?.start?.endsWith("-01") === true && ref.end !== null && addDays(ref.end, 1).endsWith("-01");
      // (not a month a count is compared with: "37% higher than in May, when the mission verified 183 deaths", "up 16% from
      // June, when …": that month's count)
      const whenInMonth = wholeMonth && nearest !== null && /^,?\s+when\b/i.test(text.slice(nearest.at + nearest.text.length)) && !compared(nearest, text) && !/^(?:than|from|with)\b/i.test(nearest.text);
      // the undated fate of a launch the sentence before told of, in the same paragraph, is that launch's
      // (and whatever "that strike" did, opening the sentence after it: "… a day after Russia fired more than 30 cruise missiles
      // at Yavoriv. That strike killed 35 people")
      const undatedFate = !background && refs.length === 0 && ((NIGHT_COUNTS.has(f.metric) && f.metric !== "launched") || THAT_ATTACK.test(text));
      // ("The meeting came a day after Russia launched 120 missiles … Ukraine's air force said 104 missiles … were destroyed":
      // the attack it recalled)
      const recalled = previousToldItsOwn || !undatedFate ? null : toldJustBefore(recalls.background, s, attacker);
      // ("Russia launched 2,023 drones against Ukraine in October. Air defences shot down 1,185 of them.": the period's
      // count, which "of them" counts, as does an undated fate of the whole, "Ukrainian defenders shot down or suppressed
      // 4,989 drones"; not one place's, "shot down 30 drones in Kyiv region")
      // ("… shot down 1,235 drones over the past week, the ministry said. / In addition, the ministry said, 11 uncrewed surface
      // vessels were destroyed": more of that week's count, told with no time of its own)
      const addedTo = !recalled && refs.length === 0 && ADDED.test(text) && recalls.aggregate?.index === s.index - 1 && recalls.aggregate.attacker === attacker ? recalls.aggregate : null;
      // ("At least 10,000 civilians have been killed since February 24, 2022, the UN mission said. More than 18,500 people have
      // been injured.": the period's toll goes on, with no time, place or attack of its own; not "Less than an hour later,
      // missiles hit the city centre, injuring 25 people")
      const tollGoesOn = !recalled && casualty && refs.length === 0 && places.length === 0 && !backgroundCue && recalls.aggregate?.toll === true && !ATTACK_WORDS.test(text) ? toldJustBefore(recalls.aggregate, s, attacker) : null;
      const ofPeriod = (!recalled && (places.length === 0 || OF_THOSE.test(normsOf(tokens, f.first, f.last + 5))) && undatedFate ? toldJustBefore(recalls.period, s, attacker) : null) ?? addedTo ?? tollGoesOn;
      const eventType: EventType = ofPeriod || (!oneAttackInPeriod && !whenInMonth && (periodRef || (aggregate && !dayOrNight))) ? "aggregate" : "strike";
      // (a weapon that struck told with its toll takes no day from when the count was given: "The number of people killed
      // when a cruise missile struck a block in Uman rose to 23 on Saturday" is the strike told the day before)
      const tollDated = casualty || (f.metric === "hit" && figures.some((x) => x.metric === "killed" || x.metric === "injured"));
      const strikeHours = tollDated ? tollHours : sentenceHours;
      const { date: figureDay, fromParagraph, daylightBarrage, withBarrage, byDay } = figureDate(
        // (not the day the count it is compared with was reported: "… was below its previous highest count, 158, reported on 1 September")
        { text, strikeHours, sentenceStart: s.start, paragraph: s.paragraph, tokens, figures, refs, reportRefs: reportRefs.filter((r) => !comparedPast(r, at, text)), figure: f, attacker, casualty: tollDated, ref, eventType, background, oneAttackInPeriod: Boolean(oneAttackInPeriod), previous, opened: ref !== null && para.leadIn && nearest === para.opener },
        { written, articleDate, liveDay, nightPage, lead: soFar.lead, sectionDated: section.stamped ? null : section.dated, paragraphContext: para.context, paragraphBarrage: para.barrage, sectionTold: section.told, lastPeriod: recalls.period, lastAggregate: recalls.aggregate },
      );
      // (the launch recalled just before, or the period count this one is part of, has dated it already)
      const date: FigureDate = (ofPeriod ?? recalled)?.date ?? figureDay;
      if (withBarrage && date === figureDay) soFar.withBarrage.add(s.start);
      // (a barrage: tens of missiles counted, not "A rocket destroyed a private house there at 04:10")
      const barrage = date.precision === "day" && !(ofPeriod ?? recalled) && ((daylightBarrage && figures.some((x) => x.weapon === "missile" && NIGHT_COUNTS.has(x.metric) && (x.value ?? 0) >= BARRAGE_MIN)) || withBarrage);
      // a time of day in a sentence that takes its date from another ("Late on Friday, officials put the toll at 14") is when it was said
      // (and a strike the sentence's own words set apart from the night told before it: "Also on Sunday, a Russian missile
      // strike on a training unit … killed 12 soldiers", after "472 drones … overnight into Sunday")
      // (or its words put at midday: "the number of injured in the midday strike has risen to 33" after the night's drones; the
      // page's later entries on another place, "Rzhyshchiv: the bodies of seven people have now been recovered", stay the night's)
      const byClock = eventType === "strike" && !background && ref === null && !setApartFromNight(text) && struckAtMidday(strikeHours);
      const setApart = eventType === "strike" && !background && (setApartFromNight(text) || byClock);
      // (a strike its own sentence puts in daylight, or sets apart from the night, is remembered by its places, see placeStrike,
      // and its paragraph's undated tolls after it keep its daylight: "Separately, on Wednesday morning a Russian drone hit a
      // kindergarten in Kharkiv. One man was killed and seven people were injured" is not the night's toll)
      // (or, on a live page, a blast its sentence times in the working day though it names no day, on the day the page dates it:
      // a summary's "- A Russian ballistic missile struck the centre of Izium shortly before 11:00, killing five")
      const daylit = date.precision === "day" && ((ref !== null && isDaytime(strikeHours)) || setApart || (livePage && ref === null && !background && daylightBlast(strikeHours)));
      // (an undated toll after a strike its paragraph put in daylight: "… in Sumy late on Sunday, killing 11 people. It said 84
      // people were injured")
      const daylitBefore = ref === null && para.context?.daylit === true && previous?.daylit === true && previous.start === date.start && previous.end === date.end;
      const context: Context = { attacker, target, ...date, ...(byDay && !(ofPeriod ?? recalled) ? { byDay } : {}), ...(daylit || daylitBefore ? { daylit: true } : {}), ...(barrage ? { barrage } : {}) };
      // ("A night earlier, Russia fired 14 ballistic missiles …", "Nine days earlier, …": a day counted back from the one told before)
      const countsBack = nearest?.relative === "previous-night" || nearest?.relative === "previous-day" || (nearest?.relative === "days-later" && (nearest.days ?? 0) < 0);
      if (eventType === "strike" && !background && !recalled && context.end) {
        recordStrike(context, context.end, attacker, target, daylightBarrage || fromParagraph, ref === null ? "none" : !ref.relative ? "own" : countsBack ? "counted-back" : "relative", articleDate, soFar, para, section, places, daylit, byClock);
      }
      const inDaylight =
        eventType === "strike" &&
        date.precision === "day" &&
        (ref ? isDaytime(strikeHours) || daySummary(ref) || setApart : articleDaytime || (para.daytime && date.end === para.dated?.end) || (isDaytime(strikeHours) && !casualty) || daylitBefore || setApart);
      // An attack apart from the night that ended that day only where the text itself says so: in the sentence, its
      // paragraph or the headline. A count that takes its day from a daytime sentence elsewhere in the article keeps
      // that day, but another report may give it as the night's (a live page of a night and morning attack).
      const daytime = inDaylight && (ref !== null || (para.daytime && date.end === para.dated?.end) || (isDaytime(strikeHours) && !casualty) || (headlineDaytime && date.end === articleDate?.end) || daylitBefore || setApart);
      const localKey: string = (recalled ?? ofPeriod)?.localKey ?? localKeyOf(eventType, attacker, target, date, inDaylight, background || Boolean(oneAttackInPeriod), s.index);
      // (not an old record told in passing, "The previous record was 54 on the night of 27-28 May": the fates told after it,
      // "Air defences shot down 71 of them", are the night's the article reports)
      rememberRecalled(recalls, f.metric, eventType, background && !OLD_RECORD.test(text), s, attacker, date, localKey);
      if (eventType === "aggregate" && !(ofPeriod ?? recalled) && countedBackPeriod(nearest)) countedBack.add(localKey);
      if (!background) mainAt = s.index;
      // "It was one of the deadliest strikes since 2022. The October 2023 strike on a wake in Hroza killed 59.": an older
      // attack the outlet recalls on its own is not what the lead's source (or the one source named so far) spoke of
      // (a fact box's rows and items, and a period's total, are what the source stated over them counted)
      // (a month's name dates it as a period: "In April 2022, a missile strike on the railway station in Kramatorsk killed 61
      // people", long before the lead's attack, is an older attack all the same)
      // (on a live page, whose summary's source speaks of the page's night, so is a night an entry counts back from it:
      // "- Russia fired 298 drones and 69 missiles at Ukraine overnight, … according to Ukraine's air force. / 06:20 BST / … A
      // night earlier, Russia fired 14 ballistic missiles and 250 drones at Ukraine"; a wire built on one ministry's reports
      // gives that ministry's count of the night before too)
      const reference = articleDate?.end ?? written ?? null;
      const attack = `${attacker}|${target}|${date.end ?? "?"}`;
      // "… regional governor Serhiy Lysak said. / A week ago, a guided-bomb strike on the Epicentr hypermarket killed 19 people.":
      // a source carried from before in its paragraph spoke of its own attack, not of an older one the outlet recalls in
      // passing, unless it told of that one too ("Yavoriv, 13 March. Russia fired … cruise missiles, governor Maksym
      // Kozytskyi said. … 35 people were killed")
      const carriedToOlder =
        carried && !row && !isListItem && !mayAttribute(text) && (background || (olderThanArticle(eventType, date, ref, reference) && !toldBy.get(claimant!.name)?.has(attack)));
      const kept = carriedToOlder ? null : claimant;
      if (kept && articleWide === null) toldBy.set(kept.name, (toldBy.get(kept.name) ?? new Set()).add(attack));
      // (a sentence that says someone said it, naming no one, "Eighty-two people were injured, the service said", "the mission
      // verified 232 civilians killed", is the named source's however dated)
      const another = articleWide !== null && otherAttack(toldBy.get(articleWide.name), attack, soleSource(namedSoFar)?.name === articleWide.name) && !mayAttribute(text);
      const recalledOlder =
        articleWide !== null && articleWide !== stated && articleWide !== headlineLabel && articleWide !== tolls && !row && !isListItem &&
        (olderThanArticle(eventType, date, ref, reference) || (livePage && eventType === "strike" && countsBack && endsBefore(date, reference, 0)) || another);
      // (and "the spokesman" who tells of the enemy killed speaks for Russia, not for the side it struck)
      const withSide = enemyKilled && claimant?.side === "local" ? { ...claimant, side: "RU" as const } : claimant;
      claims.push(claimOf(article, f, { localKey, eventType, daytime, claimant: recalledOlder || carriedToOlder ? null : withSide, attacker, target, date, places, quote: { text, start: s.start, end: s.end } }));
      if (casualty && !f.part && eventType === "strike" && !background && !(ofPeriod ?? recalled)) noteToll(tollsSoFar, attacker, f.metric, f.value, places, context);
      // (an opening toll update dated by the day it was given, whose strike the next sentences may date: see strikeToldNext)
      const updatedOn = noStrikeYet && tollDated && eventType === "strike" && !background && ref === null && !(ofPeriod ?? recalled) ? updateDay(text, refs, reportRefs) : null;
      if (updatedOn && (date.end === null || date.end >= updatedOn)) openingUpdates.push({ claim: claims.length - 1, sentence: s.index, paragraph: s.paragraph, attacker, day: updatedOn });
    }
    // ("Later on Sunday, a Russian missile hit an apartment block in Sumy. Eleven people were killed.": a sentence whose only
    // figure is one weapon told by its article tells the attack as a sentence with no figure does, and dates its paragraph so
    // for the toll told after it)
    if (oneWeaponOnly) figurelessSentence(s, text, tokens, named, reader, soFar, para, section);
    if (named) {
      lastNamed = named;
      para.claimant = named;
    }
  }
  if (article.sentences.length > 0) noteStrikeTold(strikesTold, article.sentences.at(-1)!, para, lastTold);
  redateOpeningUpdates(claims, openingUpdates, strikesTold);
  // (the last post's signature, after the last sentence)
  const signedLast = postClaimant ? signatureBetween(article.text, article.sentences.at(-1)?.end ?? 0, article.text.length) : null;
  if (signedLast) signPost(claims, postFrom, postClaimant!.name, signedLast);
  claims.push(...headlineClaims(article, headline, soFar.lead ?? articleDate, headlineAttacker, claims));
  // a night a figure of this article is dated to counts for that figure's attacker
  // (not a night told "separately": "Two missiles struck Sumy on Sunday morning, killing 21. Separately, the Air Force said Russia
  // had launched 57 drones overnight" leaves Sumy's morning its own)
  for (const c of claims) if (c.event_type === "strike" && c.date_precision === "night" && c.date_end && !/\|s\d+$/.test(c.localKey) && !SEPARATELY.test(c.quote)) soFar.nightsNamed.add(`${c.attacker}|${c.date_end}`);
  return mergeRepeats(assignEventWeapons(oneDaylightStrike(nightsAsNamed(article, periodsAsStated(claims, countedBack), soFar.nightsNamed, soFar.missileNights, soFar.withBarrage)), articleMentions), article);
}

// the last time expression `accept` takes in the sentences at `indices` (nearest first), with its sentence's text
// (`accept` is a module-level test given the sentence asked about, `index`, and the offset `at` in it)
type RefTest = (r: TimeRef, sentence: number, index: number, at: number, text: string) => boolean;
function refNamedBefore(reader: ArticleReader, indices: readonly number[], index: number, at: number, accept: RefTest): { r: TimeRef; text: string } | null {
  for (const b of indices) {
    if (b < 0) break;
    const text = sentenceText(reader.article, reader.article.sentences[b]!);
    const r = reader
      .timeRefs(b, text)
      .filter((x) => !x.relative && x.start && x.end && accept(x, b, index, at, text))
      .at(-1);
    if (r) return { r, text };
  }
  return null;
}

// a title alone in its paragraph with no closing stop ("## The attack that set the tone") that names no day
const untitledHeading = (reader: ArticleReader, b: number): boolean => {
  const s = reader.article.sentences[b]!;
  const text = sentenceText(reader.article, s);
  return !/[.!?:;]["'”’)]?\s*$/.test(text) && reader.article.sentences.filter((x) => x.paragraph === s.paragraph).length === 1 && reader.timeRefs(b, text).length === 0;
};
/** The `n` sentences before `index`, nearest first, past titles that name no day. */
const sentencesBackPastTitles = (reader: ArticleReader, index: number, n: number): number[] => {
  const out: number[] = [];
  for (let b = index - 1; b >= 0 && out.length < n; b--) if (!untitledHeading(reader, b)) out.push(b);
  return out;
};

const dayOrNightBefore: RefTest = (x, b, index, at) => (x.precision === "day" || x.precision === "night") && (b !== index || x.at < at);

/**
 * The last day or night named before `at` in its sentence, or in the sentence before (or the one before that),
 * whatever it dates ("On March 26, two missiles hit an oil depot; five people were injured that day").
 */
function dayNamedJustBefore(reader: ArticleReader, index: number, at: number): Pick<Context, "start" | "end" | "precision"> | null {
  // (a section's title that names no day only breaks the text: "… under the shadow of the July 8 attack, when missiles struck in
  // the middle of a Monday morning. / The attack that set the tone / Russia fired 38 missiles that day" reaches back past it)
  const back = [index, ...sentencesBackPastTitles(reader, index, 4)];
  // (a sentence passed over for its compared day leaves room for one more before it: "Tuesday's attack killed 28 people.
  // Twenty-three of them died in one building. It was the deadliest, surpassing the April 24 attack. That night …")
  const compared = refNamedBefore(reader, back.slice(0, 3), index, at, dayOrNightBefore);
  const named = refNamedBefore(reader, back.slice(0, compared ? 4 : 3), index, at, dayOrNightUncompared);
  if (!named) return null;
  const { r, text } = named;
  // ("The attack began at 11 p.m. on Saturday and lasted until 6 a.m. That morning, …": the night that began that evening)
  if (r.precision === "day" && beganThatEvening(text, r)) return { start: r.start, end: addDays(r.start!, 1), precision: "night" };
  // ("Tuesday's attack killed 28 people. … That night Russia used 440 drones": the attack's night, which ended that day, as a
  // count dated by a bare day is)
  const attack = DAYS_ATTACK.exec(text.slice(r.at + r.text.length)) ?? ATTACK_SINCE_DAY.exec(text.slice(0, r.at));
  if (r.precision === "day" && r.start && attack && !TIME_OF_DAY.test(r.text + attack[0])) return { start: addDays(r.start, -1), end: r.start, precision: "night" };
  return { start: r.start, end: r.end, precision: r.precision };
}

// a day that names an attack: "Tuesday's attack", "the April 24 missile attack"
// (not a strike, a blow at one place as likely by day, nor one told at a time of day, TIME_OF_DAY: "Sunday's missile strike on
// Sumy killed 35 people. That night, Russia launched 50 drones", "Tuesday afternoon's attack on Dnipro": the night after it)
const DAYS_ATTACK = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:attack|barrage|raid|assault|bombardment)\b/i;
const TIME_OF_DAY = /\b(?:morning|afternoon|evening|daytime)\b/i;
// the same attack named before its day: "the first massive missile attack on Ukraine since 9 March. That night Russia launched
// 81 missiles" is the night into 9 March (not after a strike, as by day: "The missile strike on Odesa on 9 March killed four
// people. That night …" is the night after it, as is a day named for a call: "Trump called Putin on 9 March. That night …")
const ATTACK_SINCE_DAY = /\b(?:attack|barrage|raid|assault|bombardment)\s+(?:(?:on|against)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+)?(?:since|on|of)\s+$/iu;
// a day named in a comparison: "surpassing the April 24 attack", "more than on May 25"
const COMPARED_DAY = /\b(?:surpass(?:ing|ed|es)?|exceed(?:ing|ed|s)?|beat(?:ing|s)?|eclips(?:ing|ed|es)|topp(?:ing|ed|s)|outstripp(?:ing|ed)|than|compared\s+(?:with|to))\b[^.;,]{0,30}$/i;
// (not one named to compare with: "It was the deadliest this year, surpassing the April 24 attack that killed 12 people. That
// night Russia used 440 drones" is the night of the attack the text reports)
// a day named for when something was said: "Regional governor Valentyn Reznichenko said on Wednesday that the search had been
// completed. … Russia fired 28 cruise missiles at Ukraine that day" is Saturday's strike the paragraph tells, not the day of the saying
const SAID_DAY = /\b(?:said|says|told|reported|announced|confirmed|added|stated|wrote)\s+(?:late\s+|early\s+|earlier\s+|later\s+)?(?:on\s+)?$/i;
// (only where the saying's sentence tells nothing of its own: "The mayor said on Tuesday that 5 people were killed. Russia also
// fired 20 drones at Odesa that day" is Tuesday's, as the toll's sentence names it; passed over, "that day" would reach back to
// the attack named before it and its day's barrage would draw the toll told on Tuesday into its night)
const saidOnly = (x: TimeRef, text: string) => SAID_DAY.test(text.slice(Math.max(0, x.at - 40), x.at)) && !ATTACK_WORDS.test(text) && readFigures(tokenize(text, 0), null).length === 0;
const dayOrNightUncompared: RefTest = (x, b, index, at, text) =>
  dayOrNightBefore(x, b, index, at, text) && !COMPARED_DAY.test(text.slice(Math.max(0, x.at - 40), x.at)) && !saidOnly(x, text) && !writersPresent(text, x);

// the month named before a "that month" in its sentence, or in one of the two sentences before
// (not a month named to compare with: "4,118 drones in August, down 35 percent from the record set in July. Of the 44
// ballistic missiles fired during the month, …" is August's)
const compared = (r: TimeRef, text: string) => COMPARED_MONTH.test(text.slice(Math.max(0, r.at - 60), r.at));
const monthNotCompared: RefTest = (x, b, index, at, text) => x.precision === "month" && (b !== index || x.at < at) && !compared(x, text);
function monthNamedBefore(reader: ArticleReader, index: number, at: number, attacker: Side): Context | null {
  const named = refNamedBefore(reader, [index, index - 1, index - 2], index, at, monthNotCompared);
  return named ? { attacker, target: opposite(attacker), start: named.r.start, end: named.r.end, precision: "month" } : null;
}
// the week named before a "the same week" in its sentence or one of the two before ("1,000 drones over the past week")
const weekBefore: RefTest = (x, b, index, at) => x.precision === "week" && (b !== index || x.at < at);
function weekNamedBefore(reader: ArticleReader, index: number, at: number, attacker: Side): Context | null {
  const named = refNamedBefore(reader, [index, index - 1, index - 2], index, at, weekBefore);
  return named ? { attacker, target: opposite(attacker), start: named.r.start, end: named.r.end, precision: "week" } : null;
}
// the week or month named before a "the same period" in its sentence or one of the two before ("Over the past week, …")
const periodBefore: RefTest = (x, b, index, at) => (x.precision === "week" || x.precision === "month") && (b !== index || x.at < at);
function periodNamedBefore(reader: ArticleReader, index: number, at: number, attacker: Side): Context | null {
  const named = refNamedBefore(reader, [index, index - 1, index - 2], index, at, periodBefore);
  return named ? { attacker, target: opposite(attacker), start: named.r.start, end: named.r.end, precision: named.r.precision } : null;
}
// the month a "during the month" of one of the two sentences before was read as: "… of the 44 ballistic missiles fired
// during the month, 28 got through. The air force said it had shot down 3,680 drones over the month" (August, named further up)
function monthBefore(soFar: DatedSoFar, index: number, attacker: Side): Context | null {
  const lastMonth = soFar.lastMonth;
  return lastMonth && lastMonth.index < index && index - lastMonth.index <= 2 ? { attacker, target: opposite(attacker), start: lastMonth.start, end: lastMonth.end, precision: "month" } : null;
}
// ("bringing the total for the month to 3,000" with no month named: the month so far; "that month" stays undated)
const monthSoFar = (written: string | null, ref: TimeRef, attacker: Side): Context | null =>
  written && !/^that\b/i.test(ref.text) ? { attacker, target: opposite(attacker), start: `${written.slice(0, 8)}01`, end: written, precision: "month" } : null;

// "… attacked the area overnight into Thursday" in the lead, then "132 drones overnight" further down
// a story filed on Friday: a bare "overnight" is the night the lead named, not the one before filing
// (not after its paragraph dated the attack to a later day: "The attacks continued on Saturday. The Air Force said that
// overnight Russia had launched 322 drones", after the night of July 3-4 in a piece of Saturday 5 July)
function leadNight(r: TimeRef | null, index: number, reader: ArticleReader, paragraphDated: Context | null): TimeRef | null {
  const { articleDate, sectionDates, update } = reader;
  if (!r?.end || r.relative || !bareNight(r) || articleDate?.precision !== "night" || !articleDate.end) return r;
  if (paragraphDated?.end && paragraphDated.end > articleDate.end) return r;
  if (sectionDates[index] !== undefined || index >= update || articleDate.end >= r.end || articleDate.end < addDays(r.end, -2)) return r;
  return { ...r, start: articleDate.start, end: articleDate.end };
}

// the one weapon or attack a sentence told of, taken up by the next: "The missile was intercepted on the night of May 4"
const THE_ONE = /^\W*(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:missile|drone|rocket|strike|attack|barrage|raid)\s+(?:was|had\s+been|hit|struck|came)\b/i;

// "Ukraine shot down a Russian Kinzhal hypersonic missile over Kyiv this week, Oleshchuk said on Saturday. The missile was
// intercepted on the night of May 4, he said.": one weapon told "this week", whose day or night the next sentence of its
// paragraph gives, is that day's or night's, not the week's total
function weekToldNext(r: TimeRef | null, f: RawFigure, s: Sentence, reader: ArticleReader): TimeRef | null {
  if (!r?.end || r.relative || r.precision !== "week" || f.value !== 1) return null;
  const next = reader.article.sentences[s.index + 1];
  if (!next || next.paragraph !== s.paragraph) return null;
  const text = sentenceText(reader.article, next);
  if (!THE_ONE.test(text)) return null;
  const own = classifyRefs(text, reader.timeRefs(next.index, text)).attack.find((x) => !x.relative && x.start && (x.precision === "day" || x.precision === "night") && x.end! <= r.end! && x.start! >= r.start!);
  return own ? { ...own, at: r.at } : null;
}

// a night's report told as coming out on the day named next: "When Ukraine's Air Force published its morning report on Wednesday"
// (not the day of a report on something else: "published its monthly update on Thursday" counts no night)
const REPORT_OUT = /\b(?:published|released|issued|posted|put\s+out)\s+(?:its|their|the|a)\s+(?:(?:morning|daily|overnight|nightly|regular)\s+)(?:report|update|summary|tally|statement)\s+(?:early\s+|late\s+)?$/i;
// a side named right after a day, as the subject of what happened on it: "On September 7, Russia set a new record"
const SIDE_AFTER_DAY = /^,?\s+(?:Russia|Russian\s+forces|Moscow|Ukraine|Ukrainian\s+forces|Kyiv)\b(?!['’])/;

// a bare "In the early hours" (or "Before dawn") opening a sentence, with no day of its own
const SMALL_HOURS = /^(?:in\s+the\s+(?:early|small)\s+hours|before\s+dawn)$/i;

// "On May 29 Russia tested Kyiv's air defences twice in a single day. In the early hours, 40 cruise missiles … were sent" (in a
// piece of June 5): the small hours of the day the sentence just before named, in its paragraph, not of the day it was written
function smallHoursOfDayBefore(r: TimeRef | null, s: Sentence, reader: ArticleReader): TimeRef | null {
  if (!r?.end || r.relative || r.at > 3 || !SMALL_HOURS.test(r.text)) return null;
  // (not the small hours of a day told after them: "Before dawn the next day, more missiles hit the city")
  if (/^\s*(?:the\s+(?:next|following|same)\b|on\s|of\s)/i.test(sentenceText(reader.article, s).slice(r.at + r.text.length))) return null;
  const before = reader.article.sentences[s.index - 1];
  if (!before || before.paragraph !== s.paragraph) return null;
  const text = sentenceText(reader.article, before);
  const day = classifyRefs(text, reader.timeRefs(before.index, text)).attack.filter((x) => !x.relative && x.precision === "day" && x.start && x.start < r.end!).at(-1);
  return day?.start ? { ...r, start: addDays(day.start, -1), end: day.start } : null;
}

// "The attack came in the early hours of Friday, 14 November. The ministry said it destroyed 216 drones overnight"
// (in a piece of the 17th): a bare "overnight" after its paragraph named a night of the past week is that night
// (`reported`: the sentence names the day its source spoke, "the ministry said on Wednesday … overnight")
// the sentence goes on with the side the one before named, by a pronoun ("… it launched 810 drones"), or from what was said then
// ("The Defence Ministry said then that 104 Ukrainian drones had been destroyed overnight")
const GOES_ON = /\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:launched|fired|sent|used|attacked|struck)\b|\b(?:said|reported|stated)\s+(?:then|at\s+the\s+time)\b/i;

function paragraphNight(r: TimeRef | null, index: number, reported: boolean, para: ParagraphState, section: SectionState, soFar: DatedSoFar, text: string): TimeRef | null {
  // "* AUGUST 2-3, SOCHI - … 93 drones were destroyed overnight": a fact box's item dated by its opening words, however long ago
  if (r?.end && !r.relative && bareNight(r) && para.opener?.end && para.opener.end < r.end) {
    return para.opener.precision === "night" ? { ...r, start: para.opener.start, end: para.opener.end } : { ...r, start: addDays(para.opener.end, -1), end: para.opener.end };
  }
  // (a governor's "over the past day" in his summary for a day is that day)
  if (soFar.summaryDay && r?.end && !r.relative && PAST_DAY.test(r.text) && soFar.summaryDay <= r.end && soFar.summaryDay >= addDays(r.end, -2)) {
    return { ...r, start: soFar.summaryDay, end: soFar.summaryDay, precision: "day" };
  }
  // (a ministry's "in the past 24 hours" too, under a section's night)
  if (!r?.end || r.relative || !(bareNight(r) || /\b24\s+hours$/.test(r.text))) return r;
  if (bareNight(r) && para.dated?.precision === "night" && para.dated.end && para.dated.end < r.end && para.dated.end >= addDays(r.end, -7)) {
    return { ...r, start: para.dated.start, end: para.dated.end };
  }
  // ("Tuesday began with the largest drone attack on Moscow of the war. Russia said it had shot down 337 drones overnight", in
  // a piece of Saturday: the night that ended the day its paragraph named)
  if (bareNight(r) && !reported && para.attackDay && para.dated?.precision === "day" && !para.daytime && para.dated.end && para.dated.end < r.end && para.dated.end >= addDays(r.end, -7)) {
    return { ...r, start: addDays(para.dated.end, -1), end: para.dated.end };
  }
  // ("On September 7, Russia set a new record. According to Ukraine's Air Force, it launched 810 drones … overnight", in a piece
  // of the 12th: the night that ended the day the sentence just before named, not the night before the piece; not "last night",
  // which counts from the writing, nor a day named the day before the piece, whose night the writing's may well be)
  // (only where the sentence goes on with that side by a pronoun: not "On September 10, Russian drones crossed into Poland. Overnight,
  // Russia launched 40 drones", the night before the piece)
  if (bareNight(r) && !/^last\b/i.test(r.text) && !reported && para.dayNamed?.index === index - 1 && para.dayNamed.day < addDays(r.end, -1) && GOES_ON.test(text)) {
    return { ...r, start: addDays(para.dayNamed.day, -1), end: para.dayNamed.day };
  }
  // ("When Ukraine's Air Force published its morning report on Wednesday, the headline figure was a record. Russia launched 728
  // drones at Ukraine overnight", in a piece of Friday: the night that report counted, which ended that morning)
  if (bareNight(r) && !/^last\b/i.test(r.text) && !reported && para.dayNamed?.report && para.dayNamed.index === index - 1 && para.dayNamed.day < r.end && para.dayNamed.day >= addDays(r.end, -7)) {
    return { ...r, start: addDays(para.dayNamed.day, -1), end: para.dayNamed.day };
  }
  // "Tuesday into Wednesday" / … the ministry said 53 drones had been destroyed overnight": the night its section's heading names
  if (section.namesNight && section.dated?.end && section.dated.end < r.end && section.dated.end >= addDays(r.end, -7)) {
    return { ...r, start: section.dated.start, end: section.dated.end };
  }
  return r;
}

const HE_ADDED = /\b(?:he|she)\s+(?:also\s+)?add(?:ed|s)\b|,\s+adding\b/i;
// Who a pronoun source stands for, from the sentences just before (see sourcesStoodFor).
function mentionedBefore(article: Article, headline: string, claimantsOf: (s: Sentence) => Claimant[], s: Sentence, tokens: readonly Token[], c: Claimant): Claimant | null {
  const pronoun = c.name.toLowerCase();
  if (pronoun === "company" || pronoun === "the company") return companyBefore(article, headline, s, tokens, c);
  if (pronoun !== "it" && pronoun !== "he" && pronoun !== "she") return null;
  for (const b of article.sentences.slice(Math.max(0, s.index - 2), s.index).reverse()) {
    if (b.paragraph !== s.paragraph || claimantsOf(b).length > 0) return null;
    const body = (pronoun === "it" ? bodyMentioned : personMentioned)(sentenceText(article, b));
    if (body) return body;
    // (a "he" or "she" just after a sentence whose subject is a person: that person; but "he added" goes on from the source
    // named before: "Zelensky said the strikes were cynical. Vladimir Putin is mocking the peace efforts. … 12 people, he added")
    const goesOn = HE_ADDED.test(sentenceText(article, s));
    const subject = pronoun !== "it" && !goesOn && b.index === s.index - 1 ? subjectPerson(sentenceText(article, b)) : null;
    if (subject) return subject;
  }
  return null;
}
// ("DTEK said the plant was hit. … "One of our power engineers was wounded," the company said.": the company named before,
// in the sentence, the few before it or the headline)
const companyBefore = (article: Article, headline: string, at: Sentence, tokens: readonly Token[], c: Claimant): Claimant | null =>
  companyMentioned(article.text.slice(at.start, tokens[c.at]?.start ?? at.end)) ??
  article.sentences.slice(Math.max(0, at.index - 4), at.index).reverse().map((b) => companyMentioned(sentenceText(article, b))).find((x) => x !== null) ??
  companyMentioned(headline);

/** What the sentences read so far counted, that a sentence's figures read on (see sentenceFigures). */
interface CountsSoFar {
  /** the metric the last figure counted: what "According to him, they were …" or a breakdown is part of */
  readonly lastMetric: Metric | null;
  /**
   * the last count of weapons, what a running total counts
   * (paragraphs counted in order: their numbers in the article skip blank lines)
   */
  readonly lastCount: { figure: RawFigure; paragraph: number } | null;
  /** the launch counts of the sentence before, for "All of them were shot down" */
  readonly lastLaunches: { index: number; figures: RawFigure[] } | null;
  /** the last toll, and its paragraph */
  readonly lastCasualty: { metric: Metric; paragraph: number } | null;
}
const NO_COUNTS: CountsSoFar = { lastMetric: null, lastCount: null, lastLaunches: null, lastCasualty: null };

/**
 * A sentence's figures: a fact-box table's, slash list's or Air Force row, or what the words count (a list item what its intro
 * line counted, the parts of a count or toll before, "all of them" the fate of the launches just before), with the counts
 * the next sentences read on. `table` and `list` are as the sentences before left them; `paragraphCount` numbers its paragraph.
 */
function sentenceFigures(
  article: Article,
  s: Sentence,
  text: string,
  tokens: readonly Token[],
  table: { columns: ReadonlyArray<TableColumn | null>; weapons: ReadonlySet<Weapon> } | null,
  list: ListIntro,
  antecedent: Weapon | null,
  counts: CountsSoFar,
  paragraphCount: number,
): { row: RawFigure[] | null; isListItem: boolean; figures: RawFigure[]; counts: CountsSoFar } {
  const row =
    table && text.includes("|")
      ? tableRow(text, tokens, s.start, table.columns, table.weapons)
      : list.slash && BULLET_LINE.test(text)
        ? slashRow(text, tokens, s.start, list.slash)
        : text.includes("(") && tokens.length > 0
          ? airForceRow(text, tokens, s.start)
          : null;
  // "- 50 Kh-101 cruise missiles from Tu-95MS bombers": a list item counts what its intro line counted
  // (and a live page's "13:48 - …" entries under an intro line)
  const isListItem = BULLET_LINE.test(text) || PLACE_ITEM.test(text) || TIMESTAMP_ITEM.test(text) || WEAPON_ITEM.test(text);
  // "81 air targets were shot down. According to him, they were 35 missiles … and 46 drones": the parts of that count
  // ("The ministry gave a region-by-region breakdown: 126 over the Kursk region, 91 over the Moscow region, …")
  // (the count before is asked first: BREAKDOWN is a long case-blind pattern, and most sentences follow no interception count)
  const partsOf =
    !isListItem && (THEY_WERE.test(text) || (counts.lastMetric !== null && INTERCEPTIONS.has(counts.lastMetric) && BREAKDOWN.test(text)) || ((counts.lastMetric === "killed" || counts.lastMetric === "injured") && PART_OF_TOLL.test(text))) ? counts.lastMetric : null;
  // (the count a running total counts: the last one of this paragraph or of the entry before it, "04:05. … 15 UAVs
  // have been shot down … / 05:30. The count rose to 19")
  const readHere = anotherWar(text)
    ? []
    : row ??
      readFigures(tokens, antecedent, isListItem ? list.metric : partsOf, counts.lastCount && counts.lastCount.paragraph >= paragraphCount - 1 ? counts.lastCount.figure : null, counts.lastCasualty?.paragraph === s.paragraph ? counts.lastCasualty.metric : null);
  // ("Russia hit Odesa with 12 drones overnight. Nine of them were shot down.": those that came, not those that hit)
  const next = article.sentences[s.index + 1];
  const downedNext = readHere.some((f) => f.struckWith) && next?.paragraph === s.paragraph && interceptedAfter(tokenize(sentenceText(article, next), next.start), 0);
  const read: RawFigure[] = downedNext ? readHere.map((f) => (f.struckWith ? { ...f, metric: "launched" } : f)) : readHere;
  // ("Kh-101 cruise | 38 | 33" under "Weapon | Launched | Shot down": a table row of one model, a part of the night's
  // count by type, never its total)
  const modelRow = row !== null && text.includes("|") && MODEL_ROW.test(text.split("|")[0]!);
  // ("Among the missiles were 24 Kh-101 cruise missiles": parts of the count before, never a night's total)
  // ("Russia fired 31 missiles at Kyiv overnight. All of them were shot down.": the fate of every weapon the sentence before
  // counted, at its words; the quote then runs from that sentence)
  // (a toll told beside it is its own: "All were shot down, but three people were killed by debris")
  // (or the kinds of them all listed after it: "All of them were destroyed: two Iskander-M … and 29 Kh-101 …", see kindsOfAll)
  const fateOfAll = read.every((f) => f.weapon === null || (f.part && f.metric === "launched")) && !row ? ALL_BEFELL.exec(text) : null;
  const fateAt = fateOfAll ? tokens.findIndex((t) => t.start - s.start >= fateOfAll[0].length - fateOfAll[1]!.length) : -1;
  const fate = fateAt >= 0 ? matchCue(tokens, fateAt, WEAPON_CUES) : null;
  // (the launches of the sentence just before, in the same paragraph)
  const before = counts.lastLaunches?.index === s.index - 1 && article.sentences[s.index - 1]!.paragraph === s.paragraph ? counts.lastLaunches.figures : [];
  // ("both" only of one count of two: "Two drones were aimed at the Kremlin. Both were put out of action")
  const ofTwo = !fateOfAll || !/\bboth\b/i.test(fateOfAll[0]) || bothOfTwo(before);
  // (a fate a target meets too only where nothing else the sentence before hit or named may be "them": "Russia fired 12
  // drones at Sumy overnight, hitting five houses. The mayor said all of them were destroyed"; asked last, as it tokenizes that
  // sentence again)
  const allOfThose =
    fate && fate.metric !== "launched" && fate.metric !== "hit" && ofTwo && before.length > 0 && fateOfLaunchBefore(article, s, before, tokens, fateAt, fate)
      ? before.map((f) => ({ ...f, metric: combined(tokens, fateAt, fate), first: 0, last: fateAt }))
      : [];
  const told: RawFigure[] = allOfThose.length > 0 ? [...allOfThose, ...read] : (partsOf && !row) || modelRow ? read.map((f) => ({ ...f, part: true })) : read;
  const found: RawFigure[] = row || allOfThose.length > 0 ? told : [...told, ...allOfKind(tokens, told, before)];
  // ("In our 13:00 post we said eight people had been killed in Dnipro. … the correct figure is six": the eight is taken back)
  // (asked only of a sentence with a figure to take back: most have none)
  const retracted = row || found.length === 0 ? null : retractedSpan(text, () => paragraphWithHeading(article, s));
  const figures = found.filter((f) => !retracted || f.valueStart - s.start < retracted[0] || f.valueStart - s.start >= retracted[1]);
  // (the first count of each weapon: "12 missiles, six Kinzhal hypersonic missiles and six Kalibr cruise missiles" are 12)
  const launches = figures.filter((f, i) => f.metric === "launched" && f.weapon !== null && !f.part && !figures.slice(0, i).some((g) => g.metric === "launched" && g.weapon === f.weapon));
  const counted = figures.findLast((f) => f.weapon !== null);
  const toll = figures.findLast((f) => f.weapon === null && (f.metric === "killed" || f.metric === "injured") && !f.part);
  return {
    row,
    isListItem,
    figures,
    counts: {
      lastLaunches: launches.length > 0 ? { index: s.index, figures: launches } : null,
      lastMetric: figures.length > 0 ? figures.at(-1)!.metric : counts.lastMetric,
      lastCount: counted ? { figure: counted, paragraph: paragraphCount } : counts.lastCount,
      // (or the toll the sentence tells rising with no count: "The toll has climbed steadily since Monday afternoon.")
      lastCasualty: toll ? { metric: toll.metric, paragraph: s.paragraph } : tollNamed(figures, text, tokens, s) ?? counts.lastCasualty,
    },
  };
}

/** The toll a sentence with no figures tells rising, as the last casualty count of its paragraph. */
function tollNamed(figures: readonly RawFigure[], text: string, tokens: readonly Token[], s: Sentence): { metric: Metric; paragraph: number } | null {
  // (a sentence with no number is not tokenized for its figures: only one that names a toll is read here)
  if (figures.length > 0 || !TOLL_WORD.test(text)) return null;
  const metric = tollRising(tokens.length > 0 ? tokens : tokenize(text, s.start));
  return metric ? { metric, paragraph: s.paragraph } : null;
}
const TOLL_WORD = /\btoll\b/i;

/** Whether the fate at tokens[fateAt] of sentence `s` may be that of `launches`, counted in the sentence before (fateOfLaunch). */
function fateOfLaunchBefore(article: Article, s: Sentence, launches: readonly RawFigure[], tokens: readonly Token[], fateAt: number, fate: Cue): boolean {
  const prev = article.sentences[s.index - 1]!;
  const prevTokens = tokenize(sentenceText(article, prev), prev.start);
  return fateOfLaunch(prevTokens, launches, prevTokens.length, tokens, fateAt, fate);
}

/** The text of a sentence's paragraph, with the title line just before it ("Correction" over a live page's entry). */
function paragraphWithHeading(article: Article, s: Sentence): string {
  const inParagraph = article.sentences.filter((x) => x.paragraph === s.paragraph);
  const before = article.sentences[inParagraph[0]!.index - 1];
  const title = before && !/[.!?:;]["'”’)]?\s*$/.test(sentenceText(article, before)) ? [before] : [];
  return [...title, ...inParagraph].map((x) => sentenceText(article, x)).join("\n");
}

/** What a figure's relative time expression ("on the same night", "that morning", "that month", "a week later") counts from. */
function relativeBaseOf(
  nearest: TimeRef,
  s: Sentence,
  text: string,
  refs: readonly TimeRef[],
  attacker: Side,
  previous: Context | null,
  relativeBase: Context | null,
  reader: ArticleReader,
  soFar: DatedSoFar,
  section: SectionState,
  paragraphDated: Context | null,
): Context | null {
  const { written, articleDate } = reader;
  // "on the same night" is the last night named (or the article's), not a day in between
  // ("… first posted on Dec. 29, 2023. That morning, Russia fired 122 missiles": "that" is the date just named, whatever it dated)
  // (so is "The same morning, Russia fired 38 missiles" after "Modi arrived in Moscow on July 8")
  const sameRef = /^\W*(?:on\s+)?the\s+same\s+(?!night)/i.test(nearest.text);
  const thatRef = sameRef || /^\W*that\b/i.test(nearest.text);
  const justNamed = thatRef ? dayNamedJustBefore(reader, s.index, nearest.at) : null;
  // (with no day named just before, "The same afternoon" under a "TUESDAY" heading is that section's day)
  const thatBase = justNamed ? { attacker, target: opposite(attacker), ...justNamed } : sameRef && reader.sectionDates[s.index] ? section.dated : relativeBase;
  // ("On October 16 Russia went back to gas, with 320 drones. The same night, Russia's Defence Ministry said …": the night that
  // ended on the day of the attack the paragraph just dated, as a count dated by a bare day is; not a night named weeks before)
  const dayJustDated = paragraphDated?.precision === "day" && paragraphDated.start && paragraphDated === soFar.lastDated ? paragraphDated.start : null;
  const dayNight: Context | null = dayJustDated ? { attacker, target: opposite(attacker), start: addDays(dayJustDated, -1), end: dayJustDated, precision: "night" } : null;
  const sameNightBase = thatRef ? thatBase : (dayNight ?? [soFar.lastDated, soFar.lead, articleDate].find((c) => c?.precision === "night") ?? relativeBase);
  // ("the day before" with no attack named before it is the day before the article's)
  const writtenDay: Context | null = written ? { attacker, target: opposite(attacker), start: written, end: written, precision: "day" } : null;
  // ("On March 22, Russia launched 88 missiles, and a week later it fired 60": after the date this sentence named already)
  return nearest.relative === "same-night" ? sameNightBase
    : nearest.relative === "that-morning" || nearest.relative === "that-day" ? thatBase
    : nearest.relative === "that-month" ? (monthNamedBefore(reader, s.index, nearest.at, attacker) ?? monthBefore(soFar, s.index, attacker) ?? monthSoFar(reader.written, nearest, attacker))
    : nearest.relative === "that-week" ? weekNamedBefore(reader, s.index, nearest.at, attacker)
    : nearest.relative === "that-period" ? periodNamedBefore(reader, s.index, nearest.at, attacker)
    : nearest.relative === "that-attack" ? (previous ?? relativeBase)
    : nearest.relative === "previous-day" ? (soFar.lastDated ?? soFar.lead ?? writtenDay)
    // ("On the night of 25 to 26 September the target was Izmail; a night earlier, missiles were aimed at Odesa": the night
    // before the one this sentence named already, not before a date a byline or the paragraph before gave)
    : nearest.relative === "previous-night" ? (dateNamedBefore(refs, nearest, attacker) ?? relativeBase)
    : nearest.relative === "days-later" ? (dateNamedBefore(refs, nearest, attacker) ?? reader.baseOf(nearest, text) ?? (reader.sectionDates[s.index] ? section.dated : null) ?? relativeBase)
    : relativeBase;
}

/**
 * A strike a figure was dated to (`end`: its day's or night's end): what later figures count "the following day" from,
 * and what the undated figures of its paragraph, its section and its side inherit. `barrage`: dated by its paragraph or
 * a daylight barrage; `dated`: how its own sentence dates it: by a date it names ("own"), by one counted back from what was
 * told before ("counted-back": "A night earlier, Russia fired 14 ballistic missiles"), by another relative one, or not at all.
 */
function recordStrike(
  context: Context,
  end: string,
  attacker: Side,
  target: Side,
  barrage: boolean,
  dated: "own" | "counted-back" | "relative" | "none",
  articleDate: Context | null,
  soFar: DatedSoFar,
  para: ParagraphState,
  section: SectionState,
  places: readonly Place[],
  daylit: boolean,
  byClock = false,
): void {
  soFar.lead ??= context;
  soFar.lastDated = context;
  para.context = context;
  // (whose attack the paragraph told of last, over one a sentence before it named: "…, in retaliation, the Kremlin said, for the
  // attack on the Kerch bridge. Zaluzhnyi said Russia launched 84 cruise missiles … At least 19 people were killed" is Russia's toll)
  para.attacker = attacker;
  para.barrage = barrage && context.precision === "day";
  section.told = context;
  // (the section's own strike, not an older one it compares with)
  if (section.dated?.end && end >= addDays(section.dated.end, -1) && end <= addDays(section.dated.end, 1)) section.strike = context;
  // "the spring energy attacks peaked at 88 missiles on 22 March" in a report of 26 August: an old attack
  // its own sentence dates is not what the next paragraphs' undated tolls belong to
  // (nor the night before the lead's, that a live page's entry recalls by counting back from it: "For a second night running, Kyiv
  // residents sheltered in metro stations. A night earlier, Russia fired 14 ballistic missiles …" is not what the later entries'
  // "Three children were killed in the Zhytomyr region" belongs to)
  const countedBack = dated === "counted-back" && soFar.lead?.end != null && end < soFar.lead.end;
  const older = (dated === "own" && articleDate?.end && end < addDays(articleDate.end, -3)) || countedBack;
  // (nor is a neighbour's count of what crossed into it: "19 violations of Polish airspace")
  // (nor a strike told apart from the night only by its hour, or an undated sentence that took it over by its place: what comes
  // after them of other places is still the night's, "Kyiv region governor: the death toll in Rzhyshchiv has risen to four")
  const day = `${attacker}|${end}`;
  if (byClock) soFar.clockedDays.add(day);
  const clocked = byClock || (dated === "none" && context.precision === "day" && soFar.clockedDays.has(day));
  if (!older && target !== "other" && !clocked) soFar.byAttacker.set(attacker, context);
  // (the counted-back night is still what a later figure that names its place belongs to: "A night earlier, a Russian missile strike
  // on Odesa killed eight people. / Rescuers were still searching the rubble in Odesa, where the toll rose to 10": see placeStrike)
  if (countedBack && target !== "other") for (const p of places) soFar.byPlace.set(`${attacker}|${p.name}`, context);
  if (older || target === "other") return;
  soFar.placesOf.set(context, places.map((p) => p.name));
  if (daylit) for (const p of places) soFar.byPlace.set(`${attacker}|${p.name}`, context);
}

/**
 * The strike told before that an undated figure takes over: the last one, unless that one was a night somewhere else and the
 * figure's sentence names a place an earlier strike of the article hit in daylight ("a missile struck Kryvyi Rih this evening …
 * In Kharkiv, five were killed in the overnight drone attack. / Lysak: the death toll in Kryvyi Rih has risen to 14": the
 * evening's strike; not a lead's "pounded Kyiv and Kharkiv on Tuesday", which may be the night's barrage told by its day).
 */
function placeStrike(previous: Context | null, attacker: Side, places: readonly Place[], soFar: DatedSoFar): Context | null {
  const told = previous?.precision === "night" ? soFar.placesOf.get(previous) : undefined;
  if (!told || places.some((p) => told.includes(p.name))) return previous;
  // (a night told with no place of its own gives way only to a strike told in daylight there on the day that night ended: a live
  // page's summary, "- A Russian ballistic missile struck the centre of Izium shortly before 11:00 … / - Russia launched 78 attack
  // drones against Ukraine overnight", over the entry "five people were killed in Izium and 52 were injured"; not a strike of the
  // next day, whose news the night's toll is told after: "… struck Dnipro on Tuesday … / Russia fired 352 drones … overnight into
  // Monday … Nine people were killed in Kyiv")
  return places.map((p) => soFar.byPlace.get(`${attacker}|${p.name}`)).find((c) => c !== undefined && (told.length > 0 || (c.daylit === true && c.end === previous?.end))) ?? previous;
}

/** Whether sentence `s`, or one before it in its paragraph, tells of an attack ("Ballistic missiles hit port infrastructure"). */
function paragraphToldAttack(article: Article, s: Sentence): boolean {
  for (let i = firstOfParagraph(article, s); i <= s.index; i++) if (ATTACK_NEAR.test(sentenceText(article, article.sentences[i]!))) return true;
  return false;
}

/** The strike contexts a paragraph held after the sentence before (see noteStrikeTold). */
interface ToldSoFar {
  context: Context | null;
  dated: Context | null;
}

/**
 * The strike sentence `s` dated, if it did: a figure's (the paragraph's context) or, with no figure, the attack it named a day
 * or night for ("The missiles reached Kyiv at about 10am local time on Monday"), by the side its words say attacked.
 */
function noteStrikeTold(told: StrikeTold[], s: Sentence, para: ParagraphState, last: ToldSoFar): void {
  if (para.context && para.context !== last.context) told.push({ sentence: s.index, paragraph: s.paragraph, context: para.context });
  else if (para.dated && para.dated !== last.dated) told.push({ sentence: s.index, paragraph: s.paragraph, context: { ...para.dated, attacker: para.attacker ?? para.dated.attacker } });
  last.context = para.context;
  last.dated = para.dated;
}

/**
 * Opening toll updates moved to the strike the sentences after them date (see strikeToldNext), in the key of that strike's
 * figures where the article gives any ("In the capital, 31 people were killed" after "The missiles reached Kyiv … on Monday").
 */
function redateOpeningUpdates(claims: ArticleClaim[], updates: readonly OpeningUpdate[], told: readonly StrikeTold[]): void {
  for (const u of updates) {
    const strike = strikeToldNext(u, told);
    const c = claims[u.claim]!;
    if (!strike || (strike.start === c.date_start && strike.end === c.date_end)) continue;
    const date = { start: strike.start, end: strike.end, precision: strike.precision };
    const same = claims.find((d) => d.event_type === "strike" && d.attacker === c.attacker && d.target_country === c.target_country && d.date_start === date.start && d.date_end === date.end && !/\|s\d+$/.test(d.localKey));
    const localKey = same?.localKey ?? localKeyOf("strike", c.attacker, c.target_country, date, strike.daylit === true, false, u.sentence);
    claims[u.claim] = { ...c, localKey, daytime: same?.daytime ?? false, date_start: date.start, date_end: date.end, date_precision: date.precision };
  }
}

/**
 * The key that groups a figure with the others of its event in the article: its kind, sides, date (by day apart from the
 * night), and, for an attack recalled as background, one attack of a period or an undated period count, its sentence.
 */
function localKeyOf(eventType: EventType, attacker: Side, target: Side, date: FigureDate, inDaylight: boolean, ownSentence: boolean, index: number): string {
  return [eventType, attacker, target, date.end ?? "?", inDaylight ? "day" : "", ownSentence || (eventType === "aggregate" && !date.end) ? `s${index}` : ""].join("|");
}

/** A dated launch told as background, or a dated period count, kept for the undated figures told just after it (RecalledSoFar). */
function rememberRecalled(recalls: RecalledSoFar, metric: Metric, eventType: EventType, background: boolean, s: Sentence, attacker: Side, date: FigureDate, localKey: string): void {
  if (background && metric === "launched" && date.end) recalls.background = { index: s.index, paragraph: s.paragraph, attacker, date, localKey };
  if (eventType === "aggregate" && metric === "launched" && date.end) recalls.period = { index: s.index, paragraph: s.paragraph, attacker, date, localKey };
  if (eventType === "aggregate" && date.end) recalls.aggregate = { index: s.index, paragraph: s.paragraph, attacker, date, localKey, toll: metric === "killed" || metric === "injured" };
}

/**
 * Whether the article's source, quoted by name only on other attacks (`told`, "attacker|target|end"), is not the one who counts
 * this one: "The Air Force reported that Russia launched 31 Shahed drones … / The night before, the occupiers launched 40 cruise
 * missiles and 35 Shahed drones" is the outlet's own recollection; "SUNDAY 24 / … Russia's Defence Ministry said it had downed
 * 95 Ukrainian drones overnight into Sunday. / THURSDAY 28 / Russia's attack on Kyiv with 598 drones …: the final toll was 25
 * dead" is not the ministry's. An article built on that one source (`sole`) gives its count of another night the same way
 * ("The previous night, air defences had destroyed 110 Ukrainian UAVs" after the ministry's 96): only another direction is
 * not its. A source quoted on no figure, "Ukraine's Air Force has published its tally", still speaks for the article's.
 */
function otherAttack(told: ReadonlySet<string> | undefined, attack: string, sole: boolean): boolean {
  if (told === undefined || told.has(attack)) return false;
  const direction = attack.slice(0, attack.lastIndexOf("|") + 1);
  return !sole || ![...told].some((t) => t.startsWith(direction));
}

/** Whether a date ends more than `days` before `reference`. */
function endsBefore(date: FigureDate, reference: string | null, days: number): boolean {
  return date.end !== null && reference !== null && date.end < addDays(reference, -days);
}

/**
 * An attack its own sentence dates days before the article's (`reference`): a strike over three days older, a period count
 * over 60 (see recalledOlder in extractClaims).
 */
function olderThanArticle(eventType: EventType, date: FigureDate, ref: TimeRef | null, reference: string | null): boolean {
  return (eventType === "strike" || (eventType === "aggregate" && endsBefore(date, reference, 60))) && ref !== null && !ref.relative && endsBefore(date, reference, 3);
}

/**
 * A sentence without figures: the nights it names an attack in, the day a governor's summary is for, and what it says of
 * its paragraph (the attack it dates, whose attack) or, as a heading or label line, of its section.
 */
function figurelessSentence(s: Sentence, text: string, tokens: readonly Token[], named: Claimant | undefined, reader: ArticleReader, soFar: DatedSoFar, para: ParagraphState, section: SectionState): void {
  const { article } = reader;
  // "The next night the ministry reported …": a night named from the one before dates what follows
  // ("WEDNESDAY. Before dawn, missiles and drones hit the western city of Lviv": the small hours of the day just named, as a
  // figure's sentence reads them, not of the day the piece was written)
  const attackRefs = classifyRefs(text, reader.timeRefs(s.index, text)).attack.map((r) => (r.relative ? resolveRelative(r, reader.baseOf(r, text) ?? soFar.lastDated ?? soFar.lead ?? reader.articleDate) : (smallHoursOfDayBefore(r, s, reader) ?? r)));
  if (!EARLIER.test(text) && !BOTH_SIDES.test(text) && !SEPARATELY.test(text)) for (const r of attackRefs) if (r.precision === "night" && r.end && ATTACK_WORDS.test(text)) {
    soFar.nightsNamed.add(`*|${r.end}`);
    if (MISSILE_WORD.test(text) && DRONE_WORD.test(text) && !soFar.missileNights.has(r.end)) soFar.missileNights.set(r.end, s.start);
  }
  const datedRefs = attackRefs.filter((r) => r.start && (r.precision === "day" || r.precision === "night"));
  // "Night 1: Monday night, 17-18 July": a label line that dates the paragraphs under it (its own
  // dates beat its weekday's)
  // (it opens with the night or a "Night 2:" label, not "In pictures: the aftermath of Monday night's attack")
  const labelLine = datedRefs.some((r) => r.precision === "night" && (r.at <= 2 || LABEL_PREFIX.test(text.slice(0, r.at)))) && isLabelLine(article, s, text);
  // ("A night earlier, on the night of 23-24 May, …": the night its dates name)
  const dated =
    (labelLine ? datedRefs.find((r) => /\d/.test(r.text)) : undefined) ??
    // (not a night named for comparison: "overnight into Tuesday, a week after the record night of 8-9 July")
    datedRefs.find((r) => r.precision === "night" && !r.relative && /\d/.test(r.text) && !COMPARED.test(text.slice(Math.max(0, r.at - 40), r.at))) ??
    // ("Rescuers dug on Thursday, a day after Russian cruise missiles struck two buildings": the strike's day, not the digging's)
    countedBackToStrike(classifyRefs(text, reader.timeRefs(s.index, text)).attack, text) ??
    datedRefs[0];
  // "LAST SUNDAY: SPIDERWEB", "Saturday night into Sunday": a heading dates its section, up to the next
  // heading; it is not what "the next night" in the section counts from (that is the section before)
  // (a heading may carry a note in parentheses: "UKRAINIAN DRONES OVER RUSSIA (Russian Defence Ministry figures)";
  // only a sentence with a "(" can, and the word count stops at the fifth word rather than splitting every sentence)
  const heading = labelLine || (reader.datedSections && reader.headings.has(s.index)) || HEADING.test(text.includes("(") ? text.replace(/\s*\([^()]*\)\s*$/, "") : text) || (atMostWords(text, 4) && !/\d/.test(text) && !/[.!?:;,]["'”’)]?$/.test(text));
  // a day heading in capitals ("WEDNESDAY 19 NOVEMBER") is read by headingDays
  const headingDay = reader.headings.get(s.index)?.day;
  if (heading) {
    section.dated = dated ? asContext(dated) : headingDay ? dayContext(headingDay) : null;
    section.namesNight = dated !== undefined && !dated.relative && dated.precision === "night";
    section.stamped = section.dated !== null && POST_STAMP.test(text);
    section.strike = null;
    section.told = null;
  }
  if (dated && !heading && !(soFar.lastDated && writersPresent(text, dated))) {
    soFar.lastDated = asContext(dated);
    // "Russia attacked again overnight into Tuesday.", "Take the record night of 6-7 September."
    if ((datesAttack(text, dated) && ATTACK_WORDS.test(text)) || (dated.precision === "night" && !dated.relative)) {
      // ("In the morning of 26.08, the Russian Federation carried out one of the most massive combined attacks": that day's
      // morning, which the counts told after it keep, as they do after a count's own sentence says so)
      para.dated = keptMorning(soFar.lastDated, text, dated);
      // ("On the evening of 17 August, a missile destroyed a dormitory: 12 people were killed. On the morning of 18 August rockets
      // hit a dormitory of the tram depot. On Friday … six bodies were recovered": a sentence that opens with its own day and tells
      // an attack on it starts another account, which the undated counts after it take over, not the figures' attack before it)
      if (!dated.relative && dated.precision === "day" && opensWith(text, dated) && para.context && (para.context.start !== para.dated.start || para.context.end !== para.dated.end)) para.context = null;
      // (a strike by weapons, not a day someone "condemned the attack"; nor one named to measure against, "the deadliest attack
      // since a Russian missile hit a children's hospital on July 8, 2024", "came days after a drone strike on Odesa on Friday")
      if ((MISSILE_WORD.test(text) || DRONE_WORD.test(text)) && !MEASURED_AGAINST.test(text.slice(0, dated.at))) soFar.namedStrike = { index: s.index, context: para.dated };
      // (a day whose attack came early, as a night's did: "Tuesday began with …", "early on Tuesday", "The missiles struck at about
      // 06:50 on Wednesday")
      const hour = dated.precision === "day" ? blastHour(text) : null;
      para.attackDay = dated.precision === "day" && ATTACK_WORDS.test(text) && (/\b(?:began|begun|started|early|before\s+dawn)\b/i.test(text) || (hour !== null && hour < 8));
      // "Later on Sunday, a missile hit an apartment block in Sumy. Eleven people were killed.": by day
      para.daytime = dated.precision === "day" && isDaytime(text);
    }
    // (a calendar day a side's attack or its country's deed is told on, not by day: "On September 7, Russia set a new record")
    if (dated.precision === "day" && dated.start && /\d/.test(dated.text) && !isDaytime(text) && (ATTACK_WORDS.test(text) || SIDE_AFTER_DAY.test(text.slice(dated.at + dated.text.length)))) {
      para.dayNamed = { index: s.index, day: dated.start };
    } else if (dated.precision === "day" && dated.start && !dated.relative && REPORT_OUT.test(text.slice(Math.max(0, dated.at - 80), dated.at))) {
      para.dayNamed = { index: s.index, day: dated.start, report: true };
    }
  }
  // ("On Friday, the Russian Defence Ministry said the Armed Forces … had carried out a massive strike …": a strike dated only by
  // the day it was told, which the undated tolls after it take over; see strikeOnReportDay)
  if (!dated && !heading && !para.dated) {
    const told = strikeOnReportDay(text, classifyRefs(text, reader.timeRefs(s.index, text)).report);
    if (told) para.dated = { attacker: "RU", target: "UA", ...told };
  }
  // "Tuesday, 24.06. In the morning, at about 10:00, Russia struck Dnipro …": a day-by-day list's item opens with its date alone
  // (as does a retrospective's paragraph, "Then came November 19. Russia launched 476 drones …")
  if (dated && !heading && !para.dated && s.index === firstOfParagraph(article, s) && datedRefs.length > 0 && onlyDates(text.replace(THEN_CAME, (m) => " ".repeat(m.length)), reader.timeRefs(s.index, text))) {
    para.dated = asContext(dated);
  }
  // "Then, on Tuesday morning, it was Dnipro's turn. Two ballistic missiles struck the city at around 10:00": a paragraph that opens
  // with a day and a city, and tells the attack next with no date of its own, is of that day
  // (not a day counted from another, "The talks were held a day after the Kiev regime attempted an attack on airfields in
  // Ivanovo": the attack is the day before it; nor one the opener already told an attack on and did not date by)
  if (dated && !dated.relative && !heading && !para.dated && s.index === firstOfParagraph(article, s) && !ATTACK_WORDS.test(text) && findPlaces(text).some((p) => p.kind === "city")) {
    const next = article.sentences[s.index + 1];
    const nextText = next?.paragraph === s.paragraph ? sentenceText(article, next) : "";
    if (next && ATTACK_WORDS.test(nextText) && !EARLIER.test(nextText) && classifyRefs(nextText, reader.timeRefs(next.index, nextText)).attack.length === 0) para.dated = asContext(dated);
  }
  // "… the power system returned to the top of its target list on 22 March. The Air Force said Russia launched 88 missiles and
  // 63 drones that night": the next sentence's "that night", with no day of its own, is the day just named, whatever this
  // sentence tells of it (not an attack told before in another paragraph, nor a day still ahead: "Zelensky will travel to Rome
  // on 12 July. Russia launched 88 missiles … that night" is no night after the article)
  if (dated && dated.precision === "day" && dated.start && !heading && !para.dated && !(article.meta.published && dated.start > article.meta.published.slice(0, 10))) {
    const next = article.sentences[s.index + 1];
    const nextText = next?.paragraph === s.paragraph ? sentenceText(article, next) : "";
    if (next && NIGHT_RESTATED.test(nextText) && classifyRefs(nextText, reader.timeRefs(next.index, nextText)).attack.length === 0) para.dated = asContext(dated);
  }
  // ("MAY 31 - NOVOBAVARSKYI DISTRICT / Russia fired S-300 missiles at the district around midnight, …": an item under a day's
  // heading that puts its attack around midnight tells the night that ended that day, and dates the counts after it so)
  const headed = section.stamped ? null : section.dated;
  if (!dated && !heading && !para.dated && headed?.precision === "day" && headed.end && ATTACK_WORDS.test(text) && !EARLIER.test(text) && midnightBlast(text)) {
    para.dated = { ...headed, start: addDays(headed.end, -1), precision: "night" };
  }
  // "The strike on Novorossiysk coincided with one of the heaviest Russian attacks on Kyiv": the other attack
  // of that paragraph is on the night the text just dated
  if (!dated && !heading && SAME_TIME.test(text) && ATTACK_WORDS.test(text) && soFar.lastDated) para.dated = soFar.lastDated;
  // (not "the Kiev regime": "The Kiev regime attempted to strike the Dyagilevo airfield in the Ryazan region")
  const tellsAttack = ATTACK_WORDS.test(text) && !EARLIER.test(text);
  const struck = tellsAttack ? countryOfPlaces(struckPlaces(text)) : null;
  // ("Ukrainian drones attacked four airfields in Russia on Sunday.": whose attack, by its subject, when no place says)
  const actor = struck ? opposite(struck) : tellsAttack ? subjectAttacker(tokens, tokens.length - 1) : null;
  if (actor) para.attacker = actor;
  // "UKRAINIAN DRONES OVER RUSSIA (Russian Defence Ministry figures)": a heading says whose attack its
  // section lists, and whose figures
  if (heading) {
    section.attacker = struck ? opposite(struck) : null;
    section.claimant = named ?? headingSource(text);
    section.listed = false;
  } else if (article.sentences[s.index + 1]?.paragraph !== s.paragraph && s.index === firstOfParagraph(article, s)) {
    // a line of its own in sentence case: "TIMELINE: the big nights (figures from Ukraine's Air Force unless stated)"
    section.claimant = headingSource(text) ?? section.claimant;
  }
}

// what may come before a sentence's opening day: "On", "Then, on the morning of", "Later, on"
const OPENING_DAY = /^\W*(?:(?:then|and|but|later|earlier|also|meanwhile)\W+)?(?:on\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$/i;
/** Whether `r` opens the sentence: "On 18 August rockets hit …", "On the morning of 18 August, …". */
const opensWith = (text: string, r: TimeRef): boolean => OPENING_DAY.test(text.slice(0, r.at));

/**
 * A new paragraph: what the last one dated and whose attack it told of are forgotten; `opener` is the date it opens with
 * and `claimant` the author of a post it relays; `leadIn`: that date is a section's lead-in dateline ("Saratov, August 10.").
 */
function openParagraph(para: ParagraphState, section: SectionState, text: string, opener: TimeRef | null, claimant: Claimant | null, leadIn: boolean): void {
  para.dated = null;
  para.leadIn = leadIn;
  para.attackDay = false;
  para.dayNamed = null;
  para.daytime = false;
  para.opener = opener;
  para.context = null;
  para.barrage = false;
  para.claimant = claimant;
  para.attacker = null;
  // a heading's section runs over its list items; the first plain paragraph after them is the body again
  if (BULLET_LINE.test(text)) section.listed = true;
  else if (section.listed) {
    section.attacker = section.claimant = null;
    section.listed = false;
  }
}

/**
 * The sources a sentence names, each as the article named it before in full, and a pronoun as the source it stands for.
 * Who a pronoun source is: the source its own sentence named before it ("The city administration reported
 * 4 injured; it added …"), else a body the sentence before mentioned without quoting ("Ukraine's Air Force has
 * the numbers for the night. Russia attacked with 85 drones, it says."), else the last source named.
 */
function sourcesStoodFor(own: readonly Claimant[], namedSoFar: readonly Claimant[], lastNamed: Claimant | null, mentionedBefore: (c: Claimant) => Claimant | null): Claimant[] {
  // (or two sentences up: "The Russian Defence Ministry publishes a line every morning. On Saturday the ministry summed up the week. Between … it said, …")
  // ("Kharkiv mayor Ihor Terekhov called it the most powerful attack. Overnight, Russia used 48 drones, he said.")
  // (a pronoun with nobody to stand for is no source: claims.csv would name "he")
  return own.flatMap((c) => {
    if (!isPronounClaimant(c)) return [bodyNamedBefore(c, namedSoFar) ?? fullNameBefore(c, namedSoFar) ?? c];
    const antecedent = own.filter((o) => !isPronounClaimant(o) && o.at < c.at).at(-1) ?? mentionedBefore(c) ?? lastNamed;
    // ("The ministry released a video it said showed three missiles": the ministry named before, whose it is)
    return antecedent ? [{ ...(bodyNamedBefore(antecedent, namedSoFar) ?? antecedent), at: c.at }] : [];
  });
}

/** What the sentences read so far have dated, across paragraphs. */
interface DatedSoFar {
  /** the first strike a figure dated: the article's lead attack */
  lead: Context | null;
  /** The last day or night any sentence named: what "the following day" counts from. */
  lastDated: Context | null;
  /** the strike a sentence without figures dated, and that sentence's index: what "the strike" in the next one is */
  namedStrike: { index: number; context: Context } | null;
  /** the last strike each side's figures were dated to (not an old one, nor a neighbour's count): see recordStrike */
  readonly byAttacker: Map<Side, Context>;
  /** the places each recorded strike's sentence named, and the last daylight strike (or night counted back to) recorded at each place (by attacker): see placeStrike */
  readonly placesOf: Map<Context, readonly string[]>;
  readonly byPlace: Map<string, Context>;
  /**
   * "Governor Vyacheslav Gladkov has published his summary of the situation in the region for Tuesday, 11 June": the day his
   * "over the past day" counts
   */
  summaryDay: string | null;
  /** Nights the article names an attack in (by the morning they ended): "on Monday" elsewhere is that night. */
  readonly nightsNamed: Set<string>;
  /** the days (attacker|day) of strikes told apart from the night only by their hour: see recordStrike */
  readonly clockedDays: Set<string>;
  /**
   * (and where the article first says a night's attack had missiles beside drones, "Russia attacked Ukraine overnight with drones
   * and missiles": the night's end and where it was said)
   */
  readonly missileNights: Map<string, number>;
  /**
   * the sentences (by start) whose figures took over the day of a 2022 barrage by day told before them (see figureDate's
   * fromParagraph): that day's, though the article names the night that ended it
   */
  readonly withBarrage: Set<number>;
  /**
   * the month a "during the month" was read as (see monthBefore): "… of the 44 ballistic missiles fired during the month, 28 got
   * through. The air force said it had shot down 3,680 drones over the month" (August, named further up)
   */
  lastMonth: { index: number; start: string | null; end: string | null } | null;
}

/** The dated launches and period counts told last, for the undated figures told just after them. */
interface RecalledSoFar {
  /** a dated launch a sentence recalled as background, for the undated fates the next sentence gives it */
  background: Recalled | null;
  /** the last period count of launches, for "Air defences shot down 1,185 of them" after it */
  period: Recalled | null;
  /** the last period total of any count, for "In addition, 11 uncrewed surface vessels were destroyed" right after it */
  aggregate: Recalled | null;
}

/** What the current paragraph has said so far: its figures inherit it; openParagraph resets it. */
interface ParagraphState {
  /** The attack a figure-less sentence of this paragraph dated: what the paragraph's figures inherit. */
  dated: Context | null;
  /** (the paragraph's day is an attack's, named in a sentence about it: not a live entry's stamp) */
  attackDay: boolean;
  /**
   * a calendar day the sentence `index` named an attack or a side's deed on, "On September 7, Russia set a new record" (see
   * paragraphNight); `report`: the day a night's report came out, "When the Air Force published its morning report on Wednesday"
   */
  dayNamed: { index: number; day: string; report?: true } | null;
  /** "Later on Sunday, a missile hit an apartment block in Sumy. Eleven people were killed.": by day */
  daytime: boolean;
  /** The date a paragraph opens with ("* AUGUST 13-14, VOLGOGRAD - …", "June 2 - …"): a dated item of a fact box or timeline. */
  opener: TimeRef | null;
  /** (the opener is a section's lead-in dateline: "Saratov, August 10. The ministry reported …") */
  leadIn: boolean;
  /** the last strike a figure of this paragraph was dated to */
  context: Context | null;
  barrage: boolean;
  claimant: Claimant | null;
  /** "In the Belgorod region, a Ukrainian drone dropped an explosive on a car. A man was injured.": the direction a figure-less sentence gives its paragraph */
  attacker: Side | null;
}

/** What the current section's heading (or the strike told under it) says, up to the next heading. */
interface SectionState {
  dated: Context | null;
  /** the heading is a live page's post stamp, "July 8, 21:05 GMT": the day the entry was written, not one its attack ended on */
  stamped: boolean;
  /** the section's heading names a night itself ("Tuesday into Wednesday"; not "THE SAME NIGHT") */
  namesNight: boolean;
  /** the section's own strike, not an older one it compares with */
  strike: Context | null;
  /** the last strike the section told, whatever its day: what a 2022 barrage's drones told after it came with (see cameWithBarrage) */
  told: Context | null;
  attacker: Side | null;
  claimant: Claimant | null;
  /** the section runs over list items (see openParagraph) */
  listed: boolean;
}

/** A line ending in ":" that introduces a list ("- 50 Kh-101 cruise missiles from Tu-95MS bombers"), and what its items take from it. */
interface ListIntro {
  /** what each item counts */
  metric: Metric | null;
  /** the period the whole list counts over */
  period: TimeRef | null;
  /** "(launched / destroyed):" closing the intro: each item's "36 / 34" gives both */
  slash: readonly [Metric, Metric] | null;
  claimant: Claimant | null;
  paragraph: number;
}

const NO_LIST: ListIntro = { metric: null, period: null, slash: null, claimant: null, paragraph: -1 };

/** The list intro after a sentence: the sentence's own when it ends in ":" and says what its items count, else the one before. */
function listIntroAfter(
  list: ListIntro,
  line: { index: number; text: string; tokens: readonly Token[]; figures: readonly RawFigure[]; paragraph: number; named: Claimant | undefined; paragraphClaimant: Claimant | null },
  timeRefs: (index: number, text: string) => readonly TimeRef[],
): ListIntro {
  const { text, tokens, figures, paragraph, named, paragraphClaimant } = line;
  if (!/:\s*$/.test(text)) return list;
  if (figures.length > 0) return { ...list, metric: figures.at(-1)!.metric, paragraph, claimant: named ?? paragraphClaimant };
  // "the drones were destroyed over the following areas:" introduces lines that give only places and numbers
  const cue = tokens.findIndex((_, i) => matchCue(tokens, i, WEAPON_CUES) !== null);
  // "How the day unfolded, according to the governor's posts:": the source of the list under it
  // (or the body it names: "Russia attacked overnight — here is the Air Force's tally:")
  if (cue < 0) return { ...list, claimant: named ?? bodyMentioned(text) ?? list.claimant };
  return {
    metric: combined(tokens, cue, matchCue(tokens, cue, WEAPON_CUES)!),
    paragraph,
    claimant: named ?? bodyMentioned(text) ?? paragraphClaimant,
    slash: slashHeader(text),
    // "the enemy used the following weapons during the week (launched / destroyed):": the list is the week's
    period: timeRefs(line.index, text).find((r) => r.start && (r.precision === "week" || r.precision === "month")) ?? null,
  };
}

/** The sentence a figure is told in, as far as finding its source needs it. */
interface FigureSentence {
  article: Article;
  s: Sentence;
  text: string;
  tokens: readonly Token[];
  /** the sources the sentence names (pronouns resolved), and where its clauses break */
  found: readonly Claimant[];
  breaks: readonly number[];
  isListItem: boolean;
  claimantsOf: (s: Sentence) => Claimant[];
}

/** The sources the article named before a figure, nearest first: what a figure whose own clause names none falls back on. */
interface SourcesSoFar {
  /** under a "Background:" label (see `backgroundNote` in extractClaims) */
  backgroundNote: "label" | "on" | null;
  paragraphClaimant: Claimant | null;
  postClaimant: Claimant | null;
  listClaimant: Claimant | null;
  /** a subheading's source (see sourceHeading) */
  subheadClaimant: Claimant | null;
  sectionClaimant: Claimant | null;
  articleSource: Claimant | undefined;
  /** whose the tolls are, as a note says (see ArticleSources) */
  tolls: Claimant | undefined;
  namedSoFar: readonly Claimant[];
}

/**
 * Who gives a figure: the source its clause names, else its sentence's, else the nearest one named before it. `articleWide`
 * is the article's own source when the figure fell back on it (an older attack the outlet recalls is not that source's);
 * `carried` says the claimant is one named before in the figure's paragraph or post (see carriedToOlder in extractClaims).
 */
function figureClaimant(f: RawFigure, casualty: boolean, sentence: FigureSentence, sources: SourcesSoFar): { claimant: Claimant | null; articleWide: Claimant | null; carried: boolean } {
  const { article, s, text, tokens, found, breaks, isListItem, claimantsOf } = sentence;
  const { backgroundNote, paragraphClaimant, postClaimant, listClaimant, subheadClaimant, sectionClaimant, articleSource, tolls, namedSoFar } = sources;
  // (the Air Force counts weapons, not the dead, except its own airmen: "An F-16 pilot was killed while repelling the attack";
  // a toll beside its count is another source's, or none: "Russia fired 122 missiles …, according to the Air Force, and at
  // least 39 people were killed across the country, the Interior Ministry said")
  const toll = casualty && !AIRMAN.test(text);
  const picked = pickClaimant(toll ? found.filter((c) => c.name !== AIR_FORCE) : found, breaks, tokens.length, f.first);
  // "The previous record, 479 drones, was set on 9 June": the outlet's own recollection, not its source's claim
  const recalledRecord = picked === null && /\b(?:previous|earlier|prior|former|last)\s+(?:[\w-]+\s+)?record\b/i.test(text);
  const unnamed = picked === null && !recalledRecord && !backgroundNote;
  // (the source told before in the paragraph or post, else a list's, else the one named next, looked for only when nothing nearer
  // names one, else the section's)
  const told = unnamed ? (paragraphClaimant ?? postClaimant) : null;
  const listed = unnamed && !told && (isListItem || DATE_ITEM.test(text)) ? listClaimant : null;
  // (a strike told in the outlet's own words is not the next source's, who goes on to other things: "One of the missiles hit a
  // nine-storey building …. Nearby, around 20 private houses were destroyed …, the city council said", "On May 2, a missile struck
  // a dormitory building …. On Saturday, the Southern command said, four Kh-22 cruise missiles were fired"; but the quotation it
  // opened is: '"… Two missiles hit their targets. Information on casualties is being clarified," Syniehubov wrote')
  const namedAfter = unnamed && !told && !listed ? namedNext(article, s.index, claimantsOf, casualty, namedSoFar, f.metric === "hit") : null;
  // (a toll of the whole country is no regional official's named next, nor anyone's further off: see unlessRegionalForNational)
  const next = casualty ? unlessRegionalForNational(namedAfter, text, f.valueEnd - s.start) : namedAfter;
  if (namedAfter && !next) return { claimant: null, articleWide: null, carried: false };
  const nearby = told ?? listed ?? next ?? (unnamed ? (subheadClaimant ?? sectionClaimant) : null);
  // (the article's own source when nothing nearer names one)
  // (a toll no one nearer gives, or only the Air Force, which counts no dead: the source a note says the tolls are from)
  const noted = unnamed && casualty && tolls && unlessAirForceToll(nearby ?? articleSource ?? soleSource(namedSoFar) ?? null, toll) === null ? tolls : null;
  const articleWide = unnamed && !nearby ? (noted ?? articleSource ?? soleSource(namedSoFar) ?? null) : null;
  const claimant: Claimant | null = recalledRecord
    ? // (the outlet's, unless the sentence tells whose record it is: "the Air Force's single-night record still stands at 479")
      recordKeeper(text)
    : picked === null
      ? backgroundNote
        ? // (but a source the note itself names: "…, according to the Air Force. At that time, 72 missiles … were destroyed")
          (paragraphClaimant ?? nextInParagraph(article, s.index, claimantsOf, casualty ? "casualty" : "weapon"))
        : (noted ?? unlessAirForceToll(nearby ?? articleWide, toll))
      : picked === "none-in-clause"
        ? // "The Air Force said Russia fired 31 drones; 21 were shot down": the sentence's own source
          // (not one named after the figure, past a break: "rose to 25, the railway said, while Moscow said it had killed 200")
          // (nor across a clause of time: its speaker, or one that said its piece just before it, "…, officials said, two days after a
          // strike that killed 25 people"; not one whose statement runs into it, "Vilkul said two missiles hit the area, a day after
          // Russia fired eight cruise missiles at the dam")
          (found.find((c) => (c.at < f.first && !breaks.some((b) => b > c.at && b < f.first && TIMING_BREAK.has(tokens[b]!.norm) && saidJustBefore(tokens, c.at, b))) || (c.at > f.first && !breaks.some((b) => b > f.first && b < c.at && (CONTRAST.has(tokens[b]!.norm) || TIMING_BREAK.has(tokens[b]!.norm))))) ?? paragraphClaimant ?? (isListItem ? listClaimant : null) ?? null)
        : picked;
  // (nor wherever its name stands beside a toll: "… 29 were shot down, the Air Force said; one person was killed in the
  // Holosiivskyi district", "Russia launched 120 missiles …, the Air Force said, and at least seven people were killed")
  // ("Russia fired 352 drones and 16 missiles, the Air Force said. … A ballistic missile brought down part of an apartment block":
  // a body that counts the weapons does not tell which building one of them struck, so the one weapon told by its article, in a
  // sentence that names no source, is the outlet's own telling; not "One hit the warehouse", "Hits by 12 missiles were recorded")
  // (so are the weapons that struck told as the subject their sentence opens with: "… 30 were intercepted. One struck the
  // Okhmatdyt children's hospital in Kyiv.")
  const oneStruck =
    picked === null && f.metric === "hit" && ((f.value === 1 && /^an?$/i.test(text.slice(f.valueStart - s.start, f.valueEnd - s.start))) || opensWithStrike(tokens, f.first));
  const stated = oneStruck && claimant && isCountingBody(claimant) ? null : unlessStatedAirForceToll(claimant, toll);
  // (a subheading's source is carried as a paragraph's is: not to an older attack the section recalls in passing)
  return { claimant: stated, articleWide, carried: stated !== null && (stated === told || stated === subheadClaimant) };
}

/**
 * The source named next in the paragraph, as the article named it before: '"Eight … took part in the attack. …," the ministry
 * said.' in a paragraph of its own after "…, the Russian Defence Ministry said" is that ministry's.
 */
function namedNext(article: Article, index: number, claimantsOf: (s: Sentence) => Claimant[], casualty: boolean, namedSoFar: readonly Claimant[], ownOnly: boolean): Claimant | null {
  const c = nextInParagraph(article, index, claimantsOf, casualty ? "casualty" : "weapon", ownOnly);
  // (a body by its own word, not a title: "the mayor says" is no president named before)
  const body = c && bodyNamedBefore(c, namedSoFar);
  return body && body.name.toLowerCase().includes(c!.name.toLowerCase().replace(/^the\s+/, "")) ? body : c;
}

/** What the figure's sentence says about whose attack it is. */
interface AttackerClues {
  text: string;
  /** where the figure's value is in the sentence */
  at: number;
  tokens: readonly Token[];
  places: ReadonlyArray<Place & { at: number }>;
  /** the side holding the places struck, and the attacker the sentence's subject names */
  placeSide: Side | null;
  subject: Side | null;
  written: string | null;
  /** whether the sentence counts missiles launched too ("90 missiles and 100 drones"): one salvo, one attacker */
  withMissiles: boolean;
}

/** Whose attacks the paragraph, its section and the article told of before the figure: the fallbacks when its sentence does not say. */
interface AttackersSoFar {
  paragraphAttacker: Side | null;
  sectionAttacker: Side | null;
  paragraphContext: Context | null;
  lead: Context | null;
  headlineAttacker: Side;
}

/** Whose attack a figure counts: the nearest clue in its sentence, else what the text told before it. */
function figureAttacker(f: RawFigure, casualty: boolean, claimant: Claimant | null, enemyKilled: boolean, clues: AttackerClues, before: AttackersSoFar): Side {
  const { text, at, tokens, places, placeSide, subject, written, withMissiles } = clues;
  const { paragraphAttacker, sectionAttacker, paragraphContext, lead, headlineAttacker } = before;
  // "the enemy attacked with 80 drones": the enemy of whoever is speaking
  const enemy = ENEMY.test(text) && (claimant?.side === "UA" || claimant?.side === "RU") ? opposite(claimant.side) : null;
  return (
    f.nationality ??
    partPlaceAttacker(f, casualty, text, at, places, written) ??
    enemy ??
    (casualty ? attackWhoseToll(text, at) : null) ??
    // (the subject of the verb before the figure: "Russia fired 70 missiles …, while a Ukrainian drone struck Vladikavkaz")
    subjectAttacker(tokens, f.first) ??
    subject ??
    attackNamedNear(text, at) ??
    attackerByDefender(text) ??
    (enemyKilled ? "RU" : null) ??
    // (Russia's ministry downing drones "in the areas of the Lugansk People's Republic": its own air defence, over
    // land it holds, so the drones were Ukraine's)
    (claimant?.side === "RU" && INTERCEPTIONS.has(f.metric) ? attackerFromInterceptor("RU", f.metric, claimant.name) : null) ??
    // (a Russian-installed governor's or mayor's toll at home is Ukraine's strike, wherever the gazetteer puts the place:
    // "Three more people were injured in the Kakhovka district, he added" after Saldo's report)
    (claimant?.side === "RU" && casualty && isLocalOfficial(claimant.name) ? "UA" : null) ??
    (placeSide ? opposite(placeSide) : null) ??
    // ("Two drones were launched at the Kremlin overnight": what the weapons flew at, just after them, is Russia's)
    (KREMLIN_TARGET.test(normsOf(tokens, f.last + 1, f.last + 7)) ? "UA" : null) ??
    // (drones a Russian official counts with missiles are the same salvo's: Putin's "the strike had been carried out with 90
    // missiles and 100 drones" is Russia's strike, drones and all)
    attackerFromInterceptor(claimant?.side ?? "unknown", f.metric, claimant?.name, f.weapon === "drone" && withMissiles ? "mixed" : f.weapon) ??
    paragraphAttacker ??
    sectionAttacker ??
    paragraphContext?.attacker ??
    lead?.attacker ??
    headlineAttacker
  );
}

/**
 * "Russia launched about 100 missiles on Tuesday" and "… about 100 missiles during the day": a strike dated to a day
 * is the daytime strike the article tells of that day, not an event apart from it (the daylight mark only keeps a
 * daytime strike apart from the night that ended that morning).
 */
function oneDaylightStrike(claims: ArticleClaim[]): ArticleClaim[] {
  const daylight = new Set(claims.filter((c) => inDaylightKey(c.localKey)).map((c) => c.localKey));
  return claims.map((c) => {
    if (c.event_type !== "strike" || c.date_precision !== "day" || inDaylightKey(c.localKey)) return c;
    const parts = c.localKey.split("|");
    const key = [...parts.slice(0, 4), "day", ...parts.slice(5)].join("|");
    return daylight.has(key) ? { ...c, localKey: key } : c;
  });
}

const HEADLINE_LAUNCH = /\b(?:fires|fired|launches|launched|sends|sent|hurls|unleashes|uses|used|(?:attacks|attacked|pounds|pounded|strikes|struck|hits|targets|targeted|batters)\s+(?:[\p{L}'’ ]{2,30}?\s+)?with|(?:attack|assault|barrage|raid)\s+(?:with|involving|of))\s+(?:(?:a|an|the)\s+)?(?:record\s+|nearly\s+|almost\s+|about\s+|around\s+|over\s+|more\s+than\s+|some\s+|at\s+least\s+)?$/iu;

// a headline that opens with the count, then says it came: "Nearly 600 Russian drones target Ukraine", "550 drones and missiles: Russia pounds …"
const HEADLINE_OPENS =
  /^\s*(?:(?:nearly|almost|about|around|over|more\s+than|some|at\s+least|up\s+to|a\s+record)\s+)?\d[\d,]*\s+(?:[\p{L}'’-]+\s+){0,3}?(?:drones?|missiles?|UAVs?|Shaheds?)\b(?:\s+and\s+(?:drones|missiles))?\s*(?::\s*\p{L}+\s+(?:pounds|strikes|hits|attacks|targets|batters|fires|launches)\b|\s+(?:target|hit|strike|attack|pound|batter|rain\s+down\s+on|fly\s+at|were\s+(?:launched|fired))\b)/iu;

// (not another night's count: "200 drones and 20 missiles on Saturday, 100 drones overnight")
const HEADLINE_TIME = /\b(?:on|overnight|night|morning|evening|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
// between two things fired: " missiles and ", " Shahed drones, "
const HEADLINE_AND = /^\s*[\p{L}'’/ -]{0,40}?\s*(?:,|and|plus|as\s+well\s+as)\s+(?:(?:nearly|almost|about|around|over|more\s+than|some|at\s+least)\s+)?$/iu;

/**
 * The headline counts as text too ("Russia fires nearly 550 drones and missiles at Ukraine"): its figures,
 * where it stands at the top of the text, belong to the article's own attack (or to the night it names).
 * Its sources are its own ("Zelensky: …") or none; a figure the body gives again is merged as a repeat. Of its tolls, only one
 * in words ("dozens injured") is read here: the body tells the counts.
 */
function headlineClaims(article: Article, headline: string, own: Context | null, defaultAttacker: Side, body: readonly ArticleClaim[]): ArticleClaim[] {
  const at = headline ? article.text.indexOf(headline) : -1;
  if (at < 0 || at > 400 || !mayCount(headline)) return [];
  // ("Nearly 600 Russian drones target Ukraine": read as what was launched, the count's offsets unchanged)
  const opening = HEADLINE_OPENS.test(headline);
  const tokens = opening ? tokenize(`launched ${headline}`, at - 9) : tokenize(headline, at);
  const toll = (f: RawFigure) => (f.metric === "killed" || f.metric === "injured") && !f.part;
  // (counts, and a toll in words: see below)
  const figures = readFigures(tokens, null).filter((f) => f.value !== null || toll(f));
  if (figures.length === 0) return [];
  const published = article.meta.published;
  const ref = classifyRefs(headline, findTimeRefs(headline, published)).attack.find((r) => r.start && (r.precision === "night" || r.precision === "day"));
  const date = ref ? { start: ref.start, end: ref.end, precision: ref.precision } : own ? { start: own.start, end: own.end, precision: own.precision } : null;
  if (!date?.end) return [];
  const claimant = findClaimants(tokens).find((c) => !isPronounClaimant(c)) ?? null;
  // (a headline of two clauses can tell two attacks: "Russia hits energy sites across Ukraine with more than 200 missiles and
  // drones; Ukrainian drone strikes Saratov tower": a figure's attacker and places are its own clause's)
  const clauseOf = (f: RawFigure) => {
    const end = headline.indexOf(";", f.valueEnd - at);
    return { start: headline.lastIndexOf(";", f.valueStart - at) + 1, end: end < 0 ? headline.length : end };
  };
  const placesOf = (f: RawFigure) => findPlaces(headline.slice(clauseOf(f).start, clauseOf(f).end));
  const attackerOf = (f: RawFigure): Side => {
    const lastWord = tokens.findLastIndex((t) => t.start < at + clauseOf(f).end);
    const struck = countryOfPlaces(placesOf(f));
    return f.nationality ?? subjectAttacker(tokens, lastWord) ?? (struck ? opposite(struck) : defaultAttacker);
  };
  // only what the body does not give ("nearly 550 drones and missiles" over a body of 539 and 11)
  const inBody = new Set(body.map((c) => `${c.metric}|${c.value}`));
  let fired: RawFigure | null = null; // the last figure read as fired: "with 94 missiles and 193 drones" fires both
  // A toll in words ("Russian barrage kills dozens across Ukraine", "three dead, dozens injured") the body seldom says again,
  // where it gives the count: read, unless the body has the same words. (A toll in numbers stays the body's to tell: a
  // headline's terse "remains 7, injured rised to 144" or "toll rises to 16, about ten missing" pairs counts and nouns loosely.)
  const vagueInBody = new Set(body.filter((c) => c.value === null).map((c) => `${c.metric}|${c.value_text.toLowerCase()}`));
  // (a headline's figure is the attack's whole, never a part)
  const strikeClaim = (f: RawFigure): ArticleClaim => {
    const attacker = attackerOf(f);
    const daytime = body.some((c) => c.daytime && c.date_end === date.end && c.attacker === attacker);
    const localKey = ["strike", attacker, opposite(attacker), date.end, daytime ? "day" : "", ""].join("|");
    return claimOf(article, { ...f, part: false }, { localKey, eventType: "strike", daytime, claimant, attacker, date, places: placesOf(f), quote: { text: headline, start: at, end: at + headline.length } });
  };
  // (it is the toll of the strike whose toll the body gives, at the place the headline names if one of them is there: "Guided
  // bomb hits apartment building in Kharkiv: three dead, dozens injured" over a body that dates the bomb to Saturday afternoon)
  const bodyTolls = body.filter((c) => c.event_type === "strike" && (c.metric === "killed" || c.metric === "injured") && !c.part && c.date_end !== null);
  const tollClaim = (f: RawFigure): ArticleClaim => {
    const named = placesOf(f).map((p) => p.name);
    const strike = bodyTolls.find((c) => c.places.some((p) => named.includes(p))) ?? bodyTolls[0];
    if (!strike) return strikeClaim(f);
    const date = { start: strike.date_start, end: strike.date_end, precision: strike.date_precision };
    const context = { localKey: strike.localKey, eventType: "strike" as const, daytime: strike.daytime, claimant, attacker: strike.attacker, target: strike.target_country };
    return claimOf(article, { ...f, part: false }, { ...context, date, places: placesOf(f), quote: { text: headline, start: at, end: at + headline.length } });
  };
  return figures.flatMap((f): ArticleClaim[] => {
    if (f.value === null) {
      const told = vagueInBody.has(`${f.metric}|${article.text.slice(f.valueStart, f.valueEnd).toLowerCase()}`);
      return toll(f) && !told && !hasAggregateCue(tokens, f.first) ? [tollClaim(f)] : [];
    }
    // (a headline's terse grammar is read for one thing only: what was fired, right after the verb that says so)
    const afterVerb =
      HEADLINE_LAUNCH.test(headline.slice(0, f.valueStart - at)) ||
      (fired !== null && HEADLINE_AND.test(headline.slice(fired.valueEnd - at, f.valueStart - at)) && !HEADLINE_TIME.test(headline.slice(fired.valueEnd - at, f.valueStart - at))) ||
      (opening && fired === null);
    if (f.metric !== "launched" || !afterVerb) return [];
    fired = f;
    return hasAggregateCue(tokens, f.first) || inBody.has(`${f.metric}|${f.value}`) ? [] : [strikeClaim(f)];
  });
}

/** The signature (see postSignature) on a line of the page between two sentences, which ingest kept out of the body. */
function signatureBetween(page: string, from: number, to: number): Claimant | null {
  for (const line of page.slice(from, to).split("\n")) {
    const signer = line.trim() && line.length <= 100 ? postSignature(line) : null;
    if (signer) return signer;
  }
  return null;
}

/** Whether a sentence is the whole of its paragraph (a line of its own). */
function aloneInParagraph(article: Article, s: Sentence): boolean {
  return article.sentences[s.index - 1]?.paragraph !== s.paragraph && article.sentences[s.index + 1]?.paragraph !== s.paragraph;
}

/**
 * Gives a post's figures, those its header's author was taken for (from `from` on), to the one who signs it; an unknown
 * name keeps the side the header gave ("Kyiv RMA, [25.05.2025 07:40] / In the Kyiv region, 4 people were killed … / Mykola
 * Kalashnyk").
 */
function signPost(claims: ArticleClaim[], from: number, header: string, signer: Claimant): void {
  for (const [i, c] of claims.entries()) {
    if (c.quote_start < from || c.claimant !== header) continue;
    claims[i] = { ...c, claimant: signer.name, claimant_side: signer.side === "unknown" ? c.claimant_side : sideOf(signer, c.target_country) };
  }
}

/**
 * Gives `source` the claims quoted from the sentence at `start` that no one stated (with `exceptTolls`, not the tolls a source
 * that counts weapons does not give, see unlessAirForceToll); true when one there had a source of its own.
 */
function giveUnstated(claims: ArticleClaim[], start: number, source: Claimant, exceptTolls = false): boolean {
  let stated = false;
  for (const [i, c] of claims.entries()) {
    if (c.quote_start !== start) continue;
    if (c.claimant !== null) stated = true;
    else if (!exceptTolls || unlessAirForceToll(source, c.metric === "killed" || c.metric === "injured")) claims[i] = { ...c, claimant: source.name, claimant_side: sideOf(source, c.target_country) };
  }
  return stated;
}

/** A claimant's side: a local authority ("the regional administration") is the side attacked. */
function sideOf(claimant: Claimant | null, target: Side): ArticleClaim["claimant_side"] {
  return claimant ? (claimant.side === "local" ? target : claimant.side) : "unknown";
}

/**
 * The claim a figure makes, with its evidence: the words it was read from and where they stand. A local
 * authority as claimant speaks for the side attacked.
 */
function claimOf(
  article: Article,
  f: RawFigure,
  c: {
    localKey: string;
    eventType: EventType;
    daytime: boolean;
    claimant: Claimant | null;
    attacker: Side;
    target?: Side;
    date: Pick<Context, "start" | "end" | "precision">;
    places: ReadonlyArray<{ name: string }>;
    quote: { text: string; start: number; end: number };
  },
): ArticleClaim {
  const target = c.target ?? opposite(c.attacker);
  // (a figure read at the sentence before, "… 31 missiles. All of them were shot down.": the quote holds both)
  const from = f.valueStart < c.quote.start ? (article.sentences.findLast((x) => x.start <= f.valueStart)?.start ?? f.valueStart) : c.quote.start;
  return {
    localKey: c.localKey,
    part: f.part,
    daytime: c.daytime,
    event_type: c.eventType,
    article_id: article.id,
    claimant: c.claimant?.name ?? null,
    claimant_side: sideOf(c.claimant, target),
    attacker: c.attacker,
    target_country: target,
    weapon: f.weapon ?? "mixed",
    metric: f.metric,
    value: f.value,
    value_text: article.text.slice(f.valueStart, f.valueEnd),
    qualifier: f.qualifier,
    date_start: c.date.start,
    date_end: c.date.end,
    date_precision: c.date.precision,
    places: c.places.map((p) => p.name),
    quote: from < c.quote.start ? article.text.slice(from, c.quote.end) : c.quote.text,
    quote_start: from,
    quote_end: c.quote.end,
    published: article.meta.published,
    ...(f.weapon === "drone" && navalCount(article.text, f.valueEnd) ? { naval: true as const } : {}),
  };
}

/**
 * "Russia bombarded Ukraine on Monday" in an article that also calls it "the overnight and
 * morning assault": a strike dated only to a day the article elsewhere names as the end of an
 * attack night by the same attacker (or by no side named) is that night (never a strike the text
 * places in daytime).
 */
/** The date the sentence names before `ref` ("On March 22 …, and a week later"), as a context. */
function dateNamedBefore(refs: readonly TimeRef[], ref: TimeRef, attacker: Side): Context | null {
  const before = refs.filter((r) => !r.relative && r.start && r.end && r.at < ref.at && (r.precision === "day" || r.precision === "night")).at(-1);
  return before ? { attacker, target: opposite(attacker), start: before.start, end: before.end, precision: before.precision } : null;
}

const CONTRAST = new Set(["while", "whereas", "whose"]);
/** Whether the attribution at `at` ends just before the comma that opens the clause of time at `timing` ("officials said on Friday, two days after"). */
const saidJustBefore = (tokens: readonly Token[], at: number, timing: number): boolean => {
  const comma = tokens.findLastIndex((t, k) => k < timing && t.norm === ",");
  return comma > at && comma - at <= 4 && !tokens.slice(at + 1, comma).some((t) => t.kind === "number");
};

/** Whether a claim's key marks it as dated by a daytime sentence (the key's fifth field, "day"), whether or not it is told apart from the night. */
const inDaylightKey = (localKey: string): boolean => localKey.split("|")[4] === "day";

// ("Two people were killed in Russian shelling on the Kherson region on Saturday" beside Friday night's drones: fire on the
// ground that day, not the night's air attack)
const GROUND_FIRE = /\b(?:shelling|shelled|artillery|mortars?)\b/i;

function nightsAsNamed(article: Article, claims: ArticleClaim[], nights: ReadonlySet<string>, missileNights: ReadonlyMap<string, number>, withBarrage: ReadonlySet<number>): ArticleClaim[] {
  // the weapons each night's own counts name ("launched 12 drones" on the night to Thursday)
  const nightWeapons = new Map<string, Set<Weapon>>();
  for (const c of claims) if (c.event_type === "strike" && c.date_precision === "night" && c.date_end && c.metric !== "killed" && c.metric !== "injured") {
    const key = `${c.attacker}|${c.date_end}`;
    nightWeapons.set(key, (nightWeapons.get(key) ?? new Set<Weapon>()).add(c.weapon));
  }
  // ("Russian missiles struck Odesa on Thursday, killing three" beside "On Wednesday night, Russia launched 12 drones": missiles
  // the night's counts do not name, with no night said, are a strike of that day apart from the drones' night; not told after
  // the article said the night's attack had missiles: "Russia attacked Ukraine overnight with drones and missiles … It said
  // Russia launched 80 drones … Two Iskander missiles hit Odesa on Thursday")
  const missilesByDay = (c: ArticleClaim): boolean => {
    const weapons = nightWeapons.get(`${c.attacker}|${c.date_end}`);
    return weapons !== undefined && !(c.quote_start > (missileNights.get(c.date_end!) ?? Infinity)) && [...weapons].every((w) => w === "drone") && MISSILE_WORD.test(c.quote) && !DRONE_WORD.test(c.quote) && !NIGHT_SAID.test(c.quote);
  };
  // (nor missiles of a barrage from before March 2023, which came by day, with no night said: "Ukraine's Air Force said Russia had
  // launched 69 missiles" on 29 December 2022, beside "… launching decoy balloons over Kyiv overnight"; and the drones it told
  // after them, "Russia fired about 70 cruise missiles, of which 51 were shot down, as well as five attack drones", on 23
  // November 2022; not a drone attack told with a missile or two after its drones, "35 Shaheds and two missiles")
  const barrageByDay = (c: ArticleClaim): boolean => c.date_end! < DAYLIGHT_BARRAGES_END && missilesFirst(c.quote) && !NIGHT_SAID.test(c.quote);
  // (and what the article told with such a barrage, taking its day over: "Russia also sent 10 Iranian-made Shahed drones",
  // "Mayor Vitali Klitschko said the body of one person had been found", after "Russia had fired more than 90 missiles" on 15
  // November 2022; see DatedSoFar.withBarrage)
  const ofBarrageDay = (c: ArticleClaim): boolean => barrageByDay(c) || (withBarrage.has(c.quote_start) && !NIGHT_SAID.test(c.quote));
  // (nor a blast its own sentence puts in the evening of that day, long after the night that ended its morning: "A missile hit the
  // building at around 20:00 on Sunday" beside "On Sunday morning Russia launched 120 missiles and 90 drones"; nor a count
  // over a window of that afternoon or evening, "from 20:00 to 23:00 Moscow time its air defences had downed 13 drones")
  // (nor a strike by one side on a day whose night the article gives only the other side's counts: "Hours later, on the morning
  // of 30 May, … Ukraine had attacked the capital with eight drones" beside "Russia launched 31 Shahed drones" that night)
  const nightSides = new Map<string, Set<Side>>();
  for (const c of claims) if (c.event_type === "strike" && c.date_precision === "night" && c.date_end) nightSides.set(c.date_end, (nightSides.get(c.date_end) ?? new Set<Side>()).add(c.attacker));
  const otherSidesNight = (c: ArticleClaim): boolean => {
    const sides = nightSides.get(c.date_end!);
    return sides !== undefined && !sides.has(c.attacker);
  };
  const joins = (c: ArticleClaim): boolean =>
    c.event_type === "strike" &&
    !ofBarrageDay(c) && c.date_precision === "day" && !c.daytime && !inDaylightKey(c.localKey) && c.date_end !== null && (nights.has(`${c.attacker}|${c.date_end}`) || (nights.has(`*|${c.date_end}`) && !otherSidesNight(c))) && !GROUND_FIRE.test(c.quote) && !eveningBlast(c.quote) && !windowWithinDayAfterNoon(c.quote);
  // (and what the sentences after it count of that strike: "… has risen to three dead. Eight people were injured, he added.")
  const byDay = new Set(claims.filter((c) => joins(c) && missilesByDay(c)).map((c) => c.localKey));
  // (nor a strike the article puts at an hour by day, in its own sentence or told again after it, with what is counted of it:
  // "A Russian drone struck a private kindergarten in Kharkiv this morning, killing one man … Mayor Ihor Terekhov said the drone
  // hit the kindergarten at around 10:30", beside "Overnight, Russia attacked Ukraine with 405 drones")
  // (the few sentences after its own, found by a binary search: read for every joining claim, so never the rest of a long page)
  const after = (c: ArticleClaim): string[] => {
    const from = firstSentenceFrom(article.sentences, c.quote_end);
    return article.sentences.slice(from, from + RETOLD_REACH).map((s) => sentenceText(article, s));
  };
  const atDaylightHour = new Set(claims.filter((c) => joins(c) && (daylightBlast(c.quote) || (oneWeaponOf(c.quote) !== undefined && retoldByDay(c.quote, after(c))))).map((c) => c.localKey));
  // (nor a strike after which the article tells the night as earlier: "Earlier on Saturday, Russia fired 16 missiles … overnight")
  const afterNight = new Set(claims.filter((c) => joins(c) && nightToldEarlier(c.date_end!, after(c))).map((c) => c.localKey));
  return claims.map((c) => {
    if (!joins(c) || atDaylightHour.has(c.localKey)) return c;
    if ((byDay.has(c.localKey) && !DRONE_WORD.test(c.quote)) || afterNight.has(c.localKey)) return { ...c, daytime: true, localKey: c.localKey.split("|").map((part, i) => (i === 4 ? "day" : part)).join("|") };
    return { ...c, date_start: addDays(c.date_end!, -1), date_precision: "night" as const };
  });
}

/** The index of the first sentence that starts at or after `offset` (sentences are in text order). */
function firstSentenceFrom(sentences: readonly Sentence[], offset: number): number {
  return partitionPoint(sentences.length, (i) => sentences[i]!.start < offset);
}

const MODEL_ROW = /^\s*[-–—•*·]?\s*(?:kh-\d+|kn-\d+|kalibr|iskander|kinzhal|zircon|oniks|onyx|s-[34]00|tochka|shahed|geran|gerbera|lancet|x-\d+)/i;
const DRONE_WORD = /\b(?:drones?|UAVs?|Shaheds?|Gerans?)\b/i;
const MISSILE_WORD = /\b(?:missiles?|rockets?|Iskanders?|Kinzhals?|Kalibrs?|S-300s?)\b/i;
/** A sentence that names missiles, and names them before any drones: "dozens of cruise missiles and attack drones". */
function missilesFirst(text: string): boolean {
  const missile = MISSILE_WORD.exec(text);
  const drone = DRONE_WORD.exec(text);
  return missile !== null && (drone === null || missile.index < drone.index);
}
const CONTACT_DONE = /\b(?:met|meeting|talks|talked|visit(?:ed)?|arrived|spoke|called|phoned|call|conversation|summit|hosted|received)\b/i;
// "The meeting came a day after", "Zelensky's visit came two days after"
const CONTACT_CAME_ANY = /\b(?:meeting|talks|visit|trip|call|conversation|summit)s?\s+(?:came|comes|took\s+place|happened)\b/i;
const CONTACT_CAME = new RegExp(`${CONTACT_CAME_ANY.source}\\s+\\S+(?:\\s+\\S+)?\\s+(?:days?|weeks?)\\s+after$`, "i");
const ONE_ATTACK = /\b(?:in|on|during|over)\s+(?:a\s+single|one)\s+(?:night|day|attack|barrage|raid)\b/i;
/**
 * Whether "in a single night" counts the figure at `at` in its sentence: not a whole whose part comes between them ("Russia
 * launched 5,638 drones in September, including a record 810 in a single night": the part's one night, the month's total).
 */
function oneAttackOf(text: string, at: number, figures: readonly RawFigure[], sentenceStart: number): boolean {
  const m = ONE_ATTACK.exec(text);
  return m !== null && !figures.some((x) => x.part && x.valueStart - sentenceStart > at && x.valueStart - sentenceStart < m.index);
}
const NOT_A_LABEL = /\b(?:live|war|news|latest|updates?|week|weekly|night|nights|day|days|what|how|why|who|attacks?|strikes?|rubble|terror|explainer|analysis|timeline|factbox|recap|brief|briefing|digest)\b|^(?:\S+\s+){4,}/i;

// "All of them were shot down.", "All were destroyed by air defence", "They were all intercepted": a sentence that opens with it
// (or with its source: "It said all of them had been destroyed", "The ministry said both had been suppressed by electronic
// warfare"; "both" is all of two, below)
const ALL_BEFELL = new RegExp(
  `^\\s*(?:${SOURCE_SAID}(?:\\s+then)?(?:\\s+that)?\\s+)?(?:all(?:\\s+of\\s+them)?|both(?:\\s+of\\s+them)?|they\\s+were\\s+all|every\\s+one\\s+of\\s+them)\\s+(?:(?:were|was|have\\s+been|had\\s+been|have|had)\\s+)?(?:(?:reportedly|successfully|also)\\s+)?((?:shot|destroyed|intercepted|downed|neutrali[sz]ed|suppressed|jammed|brought|disabled|put)\\b)`,
  "iu",
);

// "Not all the drones", "Almost all", "nearly all", "all but two": fewer than all
const FEWER_THAN_ALL = new Set(["not", "almost", "nearly", "virtually", "practically", "quite"]);
// what may follow "all the drones" when it means every one launched: its fate, "and" another kind, or the sentence's end
// ("all the drones were shot down", "all the drones and 11 of the missiles", "all the drones, it said")
const AFTER_ALL = new Set(["were", "was", "had", "have", "has", "are", "got", "and"]);

/**
 * Whether "all the drones" (its "all" at `i`, the word after the weapon at `after`) means every one launched: not fewer
 * ("Not all the drones were destroyed", "all the drones except two") nor some of them ("all the drones that reached Kyiv",
 * "All the drones over Kyiv region", "all the drones Ukraine launched at Moscow region").
 */
function allOfThemAll(tokens: readonly Token[], i: number, after: number): boolean {
  if (FEWER_THAN_ALL.has(tokens[i - 1]?.norm ?? "") || tokens[i + 1]?.norm === "but") return false;
  const next = tokens[after];
  return next === undefined || next.kind === "punct" || AFTER_ALL.has(next.norm);
}

/**
 * "Air defence destroyed 72 missiles and all the drones", "all of the missiles and all of the drones were shot down": every
 * weapon of a kind the sentence (or the one before) counted as launched, at the fate the sentence gives them.
 */
function allOfKind(tokens: readonly Token[], read: readonly RawFigure[], before: readonly RawFigure[]): RawFigure[] {
  const out: RawFigure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== "all") continue;
    const at = i + (tokens[i + 1]?.norm === "of" ? 2 : 1);
    const weapon = tokens[at]?.norm === "the" ? WEAPON_NOUNS.get(tokens[at + 1]?.norm ?? "") : undefined;
    if (!weapon || weapon === "mixed" || !allOfThemAll(tokens, i, at + 2)) continue;
    // (one count of that kind, or "all of the drones" after "nine aerial drones and seven maritime drones" says no number)
    const launches = [...read, ...before].filter((f) => f.metric === "launched" && f.weapon === weapon && !f.part && f.value !== null);
    const launch = launches.length === 1 ? launches[0] : undefined;
    // (nor where this sentence counts that kind itself, apart from the one before's launch: "On Sunday night Russia launched 35
    // drones. On Monday night it launched 50 drones and all the drones were shot down" is Monday's 50, not Sunday's 35)
    if (!launch || read.some((f) => f !== launch && f.weapon === weapon && (f.value === launch.value || !read.includes(launch)))) continue;
    // (what befell them, before them or after: "destroyed 72 missiles and all the drones", "all the drones were shot down")
    const fate = [leftCue(tokens, i - 1, WEAPON_CUES, 8), rightCue(tokens, at + 2, WEAPON_CUES, 4)].find((c) => c && c.cue.metric !== "launched" && c.cue.metric !== "hit");
    if (fate) out.push({ ...launch, metric: combined(tokens, fate.at, fate.cue), first: i, last: at + 1 });
  }
  return out;
}

// the words before a month named for comparison: "down 35 percent from the record set in July", "more than in July",
// "compared with July", "up from 3,000 in July" (not a range's start, "from July to September", nor a hedge, "more than 300
// drones … in June"; nor a range's end, "rose from 3,000 in July to 6,297 in August": the month counted)
const COMPARED_MONTH = /(?:\b(?:than(?!\s+(?:a\s+|an\s+)?(?:\d|a\s+(?:dozen|hundred|thousand)|dozens|hundreds|thousands|half|double|twice|\w+\s+(?:drones|missiles|people)))|compared\s+(?:with|to)|versus|vs\.?)\b[^.;]{0,40}|\bfrom\s+(?:the\s+|a\s+)?(?:record|previous|peak|high|low|level|total|figure|\d[\d,.]*)\b(?:(?!\bto\b)[^.;]){0,40})$/i;

const mentionsIn = (text: string) => ({ drone: /\bdrones?\b|\bUAVs?\b|Shahed/i.test(text), missile: /\bmissiles?\b/i.test(text) });

/** Casualty figures count no weapon: they take their event's (drone, missile, or mixed when both are counted). */
function assignEventWeapons(claims: ArticleClaim[], mentions: { drone: boolean; missile: boolean }): ArticleClaim[] {
  const kinds = new Map<string, Set<Weapon>>();
  for (const c of claims) if (c.metric !== "killed" && c.metric !== "injured") {
    const set = kinds.get(c.localKey) ?? new Set<Weapon>();
    set.add(c.weapon);
    kinds.set(c.localKey, set);
  }
  // (an event that counts no weapons takes the ones its casualty sentences name: "A Russian missile slammed into a block in
  // Kharkiv, killing two" is a missile strike, whatever else the article names; else the article's)
  const named = new Map<string, { drone: boolean; missile: boolean }>();
  for (const c of claims) if ((c.metric === "killed" || c.metric === "injured") && !kinds.has(c.localKey)) {
    const own = mentionsIn(c.quote);
    const was = named.get(c.localKey) ?? { drone: false, missile: false };
    named.set(c.localKey, { drone: was.drone || own.drone, missile: was.missile || own.missile });
  }
  const weaponOf = (m: { drone: boolean; missile: boolean }): Weapon => (m.drone && m.missile ? "mixed" : m.missile ? "missile" : "drone");
  return claims.map((c) => {
    if (c.metric !== "killed" && c.metric !== "injured") return c;
    const set = kinds.get(c.localKey);
    const own = named.get(c.localKey);
    const weapon: Weapon = set && set.size > 0 ? (set.size === 1 ? [...set][0]! : "mixed") : weaponOf(own && (own.drone || own.missile) ? own : mentions);
    return { ...c, weapon };
  });
}

// a clock time, not a dotted date's day and month: "21:05", "07.30", not "08.07.2024"
const CLOCK = /(?<![\d.:])\d{1,2}[:.]\d{2}(?![.:]?\d)/;
// a live page's next entry: "10:30 Kharkiv attack" on a line of its own start
const ENTRY_STAMP = new RegExp(`\\n\\s*${CLOCK.source}`);
// a clock time in a day heading: "July 8, 21:05 GMT", "May 17, 07:30" (not the heading "08.07.2024", dated as "JULY 8, 2024" is)
const POST_STAMP = CLOCK;

const REGION_CENTRE: Readonly<Record<string, string>> = { "Dnipropetrovsk region": "dnipro", "Kirovohrad region": "kropyvnytskyi" };

/**
 * Whether two claims of one figure can be one statement: "Two people were injured in Belgorod, the governor
 * said" is not Kursk Governor Khinshtein's "two injured in Rylsk". Places agree when either names none, when
 * they share one, or when a source's title names the other's place ("Moscow region Governor Andrei Vorobyov").
 */
function samePlace(a: ArticleClaim, b: ArticleClaim): boolean {
  if (a.places.length === 0 || b.places.length === 0) return true;
  // (a region and its centre: "Kharkiv region" and Kharkiv, and the two whose names differ, Dnipropetrovsk and Kirovohrad)
  const heads = (c: ArticleClaim) => c.places.map((p) => REGION_CENTRE[p] ?? p.replace(/\s+(?:region|oblast|city|district)$/i, "").toLowerCase());
  const [x, y] = [heads(a), heads(b)];
  const named = (c: ArticleClaim, places: readonly string[]) => places.some((p) => (c.claimant ?? "").toLowerCase().includes(p));
  // (a city and the region it is in: "a missile attack on the railway station in … Kramatorsk" and "Donetsk regional governor
  // Pavlo Kyrylenko said the death toll had reached 50"; not two towns of one region, "one killed in Kramatorsk" and "one in Sloviansk")
  const within = (c: ArticleClaim, d: ArticleClaim) => c.places.some((p) => d.places.includes(regionOfCity(p) ?? ""));
  return x.some((p) => y.includes(p)) || named(a, y) || named(b, x) || within(a, b) || within(b, a);
}

/**
 * The places a sentence names as where an attack landed. Not launch areas ("from the directions of Kursk and Millerovo"),
 * "the Kyiv regime" ("a terrorist attack by the Kyiv regime on Moscow"), a capital that speaks ("Moscow said"), a venue
 * ("a visit to Kyiv"), nor the bureau a wire filed from when the sentence names where the attack was ("Kyiv (AFP) – A
 * Russian missile strike on Dnipro …").
 */
// (module functions rather than closures made per figure in extractClaims: tsx names every closure it creates, a property write per call)
/** (the Air Force counts weapons, not the dead: a toll the sentence attributes to no one is not carried over to it) */
/** An airman of Ukraine's own, whose death its Air Force reports: "an F-16 pilot", "a Ukrainian pilot" (not "a harbour pilot"). */
const AIRMAN = /\b(?:F-16|Su-\d+|MiG-\d+|fighter|military|Ukrainian|air\s+force)\s+pilots?\b|\bpilot\s+of\s+(?:an?|the)\s+(?:F-16|Su-\d+|MiG-\d+|fighter|aircraft|jet)\b/i;
/** (a toll carried over from a source who counts weapons, not the dead: see countsNoTolls) */
const unlessAirForceToll = (c: Claimant | null, casualty: boolean): Claimant | null => (c && casualty && countsNoTolls(c) ? null : c);
/** (the Air Force's own stated toll is its airmen's, not a strike's; the commander's own words about the dead stay his) */
const unlessStatedAirForceToll = (c: Claimant | null, casualty: boolean): Claimant | null => (c?.name === AIR_FORCE && casualty ? null : c);

/** A launch told of in the sentence just before `s`, in its paragraph, by the same attacker: whose undated fate `s` gives. */
function toldJustBefore<T extends { index: number; paragraph: number; attacker: Side }>(launch: T | null, s: Sentence, attacker: Side): T | null {
  return launch?.index === s.index - 1 && launch.paragraph === s.paragraph && launch.attacker === attacker ? launch : null;
}

/**
 * A part of a toll counted in a place of its own, right after its amount, is a strike on whoever holds that place: "Two people
 * were killed in Kharkiv and one in Belgorod in overnight drone attacks" is Ukraine's strike on Belgorod for the one.
 */
function partPlaceAttacker(f: RawFigure, casualty: boolean, text: string, at: number, places: ReadonlyArray<Place & { at: number }>, day: string | null): Side | null {
  if (!f.part || !casualty) return null;
  const end = at + (f.valueEnd - f.valueStart);
  const own = places.find((p) => p.at > end && /^\s+(?:(?:people|persons)\s+)?(?:in|near|at)\s+(?:the\s+)?$/.test(text.slice(end, p.at)));
  const side = own ? holderOf(own, day) : null;
  return side === "UA" || side === "RU" ? opposite(side) : null;
}

function struckPlaces(text: string): Array<Place & { at: number }> {
  const filedFrom = INLINE_DATELINE.exec(text)?.[0].length ?? 0;
  // (every mention, then each place once: "Moscow said … drones attacked Moscow" is struck at its second)
  const mentioned = findPlaces(text, true);
  const struck = mentioned.filter(
    (p) =>
      !(p.at < filedFrom && mentioned.some((q) => q.at >= filedFrom)) &&
      !LAUNCH_AREA.test(text.slice(Math.max(0, p.at - 120), p.at)) &&
      !REGIME_AFTER.test(text.slice(p.at, p.at + 24)) &&
      !(ZONE_AFTER.test(text.slice(p.at, p.at + 24)) && CLOCK_BEFORE.test(text.slice(Math.max(0, p.at - 20), p.at))) &&
      // (unless the attack was there too: "arrived in Kharkiv, where a Russian glide bomb killed 5 people")
      !(VENUE_BEFORE.test(text.slice(Math.max(0, p.at - 40), p.at)) && !/^[\p{L}'’ -]{2,30}?,\s+where\b/u.test(text.slice(p.at, p.at + 40))) &&
      // (a capital stays the government: "the Defence Ministry in Moscow said")
      !(SPEAKS_AFTER.test(text.slice(p.at, p.at + 24)) && (CAPITALS.test(p.name) || !PLACE_OF_SPEAKER.test(text.slice(Math.max(0, p.at - 12), p.at)))) &&
      // (and the state that fires: "Moscow fired 88 missiles and 63 drones overnight")
      !(CAPITALS.test(p.name) && FIRES_AFTER.test(text.slice(p.at, p.at + 30))) &&
      // (and the state that accuses, is accused or holds a view: "accused Moscow of …", "dismissing Moscow's claim")
      !capitalAsState(text, p.at, p.name),
  );
  return struck.filter((p, i) => struck.findIndex((q) => q.name === p.name) === i);
}

/**
 * Whether two claims' places agree, each taken from its paragraph when its sentence names none ("Later on Monday, a drone
 * struck a village in the Sumy region. Three people were killed there" is Sumy's three, not the lead's three in Kharkiv).
 */
function placesAgree(a: ArticleClaim, b: ArticleClaim, text: string, spokenFor: (c: ArticleClaim) => readonly string[] = () => []): boolean {
  const around = (c: ArticleClaim): ArticleClaim => {
    if (c.places.length > 0) return c;
    // (up to its own sentence: the places after it break the toll down, "Officials said at least four people were killed.
    // In Lutsk, … one person was killed … In the Zhytomyr region, … two people were killed", and do not place it)
    const before = text.lastIndexOf("\n\n", c.quote_start);
    const inParagraph = struckPlaces(text.slice(before < 0 ? 0 : before + 2, c.quote_end)).map((p) => p.name);
    return { ...c, places: inParagraph.length > 0 ? inParagraph : [...spokenFor(c)] };
  };
  return samePlace(around(a), around(b));
}

/**
 * Whether two sources' one figure is one count by its places: a toll's from its paragraph when its sentence names none
 * (not a night's weapon count: its paragraph's places are where the weapons fell or flew from).
 */
const sameToll = (a: ArticleClaim, b: ArticleClaim, text: string, spokenFor?: (c: ArticleClaim) => readonly string[]): boolean =>
  b.metric === "killed" || b.metric === "injured" ? placesAgree(a, b, text, spokenFor) : samePlace(a, b);

/** The same figure repeated in one article ("145 drones" in the lead and in a quote) is one claim. */
function mergeRepeats(all: ArticleClaim[], article: Article): ArticleClaim[] {
  const text = article.text;
  // A live page's entry title ("Kyiv: 16 dead as rescuers search warehouse rubble") restates a figure its
  // entry gives with its source: the title's copy goes, whoever it seems to name, and whichever event the
  // title alone was put in (a bare "10:30 Toll rises to seven" takes the entry above's attack).
  // (only the title's own entry restates it: up to the next entry's time stamp)
  // (a toll's weapon is its event's, not its own words': "Ukraine's national toll rises to 41" over "Klymenko said 41 people had
  // been killed in Monday's attacks" is one toll, whichever attack each copy was first put in)
  // (naval drones are not the night's aerial drones: "three unmanned aerial vehicles" over Moscow and "three unmanned boats" at sea)
  const figureOf = (c: ArticleClaim) => [c.metric, c.value ?? c.value_text.toLowerCase(), c.metric === "killed" || c.metric === "injured" ? null : c.weapon, c.naval ? "naval" : ""].join("|");
  const body = all.filter((c) => !isTitleLine(c.quote));
  const statedIn = new Set(body.map((c) => `${c.localKey}|${figureOf(c)}`));
  // (a list or table line without a stop is not a title: "- Iskander-M ballistic missiles - 17 / 2;")
  const entryTitle = (quote: string) => isTitleLine(quote) && !/^\s*[-–—•*·]|\|/.test(quote);
  const inItsEntry = (t: ArticleClaim) =>
    body.some((c) => figureOf(c) === figureOf(t) && c.quote_start >= t.quote_end && c.quote_start - t.quote_end < 1500 && !ENTRY_STAMP.test(text.slice(t.quote_end, c.quote_start)));
  // A live page's key points ("Key developments on Dec. 2: / - Russia launches 112 drones at Ukraine overnight") sum up what its
  // entries tell: a point's figure an entry below gives again is that entry's, whatever source or day the point seems to have
  const keyPoints = new Set(all.filter((c) => BULLET_LINE.test(c.quote) && KEY_POINTS.test(paragraphOpening(text, c.quote_start))));
  const toldBelow = (t: ArticleClaim) => all.some((c) => figureOf(c) === figureOf(t) && c.quote_start > t.quote_end && !keyPoints.has(c));
  // A recap ("That's all from us today. Here's a recap: …") restates what entries tell elsewhere on the page: the entry's
  // copy stays, whichever source or day the recap's words lend its figure
  // (told as the recap tells it: "A recap of Saturday: … six missiles were fired at the Yavoriv district" is not the
  // entry's "four to six Kh-101 cruise missiles were fired at Kyiv")
  const inRecap = recapReader(text);
  const recapped = new Set(all.filter((c) => inRecap(c.quote_start, c.quote_end)));
  const toldOutsideRecap = (t: ArticleClaim) => all.some((c) => figureOf(c) === figureOf(t) && c.qualifier === t.qualifier && !recapped.has(c));
  const claims = all.filter(
    (c) =>
      !(keyPoints.has(c) && toldBelow(c)) &&
      !(recapped.has(c) && toldOutsideRecap(c)) &&
      (!isTitleLine(c.quote) || !(statedIn.has(`${c.localKey}|${figureOf(c)}`) || (entryTitle(c.quote) && inItsEntry(c)))),
  );
  // A restatement by a generic source ("the ministry said 40", a fact box line) joins the same
  // side's figure; a second named source of that side is listed beside the first (below).
  // (a source the text names but no side is known of, "officials on both sides said", "Air defence forces detected and
  // destroyed 17", "the President": as good as none, a named source's figure restated)
  const unattributed = (c: ArticleClaim) => c.claimant === null || c.claimant_side === "unknown";
  const generic = (c: ArticleClaim) => unattributed(c) || GENERIC_CLAIMANT.test(c.claimant!);
  const spokenFor = placesSpokenFor(all);
  const out: ArticleClaim[] = [];
  const byName = new Map<string, number>();
  const bySide = new Map<string, number>();
  // (a figure nobody is named for, "killing at least 14 people" in a lead, is the named source's "14" below it, whatever side)
  const unnamed = new Map<string, number>();
  // (and the first claim of each figure, whatever its source: what an unnamed figure after it restates)
  const byFigure = new Map<string, number>();
  for (const c of claims) {
    const unhedged = `${c.localKey}|${figureOf(c)}`;
    // "Zaluzhnyi" and "Ukraine's Commander-in-Chief Valerii Zaluzhnyi" are one source
    const nameKey = `${unhedged}|${c.qualifier}|${sourceSurname(c.claimant) ?? ""}`;
    // (a generic source's hedge is the lead's rounding: "killing at least two people, officials said", then the governor's "two")
    const sideKey = `${unhedged}|${c.claimant_side}`;
    // (a figure nobody is named for joins another side's only where their paragraphs' places agree: "killing three people" in
    // Kharkiv is not the governor's three in Sumy)
    // (but the ministry's exact count is its own, not a restatement of another's hedge: "Gusev said more than 10 drones had been
    // downed … Russia's Defense Ministry said it had destroyed 10 drones over the Voronezh region")
    const ownCount = NAMED_BODY.test(c.claimant ?? "") && c.qualifier === "exact";
    const sideTwin = bySide.get(sideKey);
    // (two sources' like figures that are two: see told-apart.ts)
    const apart = sideTwin !== undefined && toldApart(out[sideTwin]!, c, generic);
    const sameSideTwin = generic(c) && !apart && !(ownCount && sideTwin !== undefined && out[sideTwin]!.qualifier !== "exact") ? sideTwin : undefined;
    const otherSideTwin = unattributed(c) && sameSideTwin === undefined ? byFigure.get(unhedged) : undefined;
    // (one source's one number of the weapons downed over two places is two parts of its tally: "70 over Crimea and the Black
    // Sea" one night, "87 drones destroyed, 70 of them over the Rostov region" another; not a toll or a hit, which a summary
    // repeats from village to village as the same figure)
    const named = byName.get(nameKey);
    // (a generic source's toll is placed by its paragraph when its sentence names none: "Poltava region. A 14-year-old boy was
    // injured, the regional military administration said" is not Dnipro's "Twelve people were injured, among them a child")
    const same =
      (named !== undefined && (!FATES.has(c.metric) || samePlace(out[named]!, c)) ? named : undefined) ??
      (sameSideTwin !== undefined && sameToll(out[sameSideTwin]!, c, text) ? sameSideTwin : undefined) ??
      (otherSideTwin !== undefined && placesAgree(out[otherSideTwin]!, c, text) ? otherSideTwin : undefined);
    if (same !== undefined) continue;
    const unnamedTwin = sideTwin === undefined ? unnamed.get(unhedged) : undefined;
    const genericTwin = sideTwin ?? unnamedTwin;
    if (
      genericTwin !== undefined &&
      !(apart && genericTwin === sideTwin) &&
      generic(out[genericTwin]!) &&
      !NAMED_BODY.test(out[genericTwin]!.claimant ?? "") &&
      (unnamedTwin !== undefined ? placesAgree(out[genericTwin]!, c, text) : samePlace(out[genericTwin]!, c))
    ) {
      // the named source takes the place of the generic one; the first quote stays the evidence (unless it
      // hedged the figure the named source gives exactly: then the named source's words are the evidence)
      const prev = out[genericTwin]!;
      out[genericTwin] = prev.qualifier !== c.qualifier ? c : { ...c, quote: prev.quote, quote_start: prev.quote_start, quote_end: prev.quote_end, value_text: prev.value_text };
      byName.set(nameKey, genericTwin);
      continue;
    }
    // Two named sources of one side giving one figure of one event ("six were killed, Terekhov said … Syniehubov reported
    // that the dead had risen to six") are one figure: the first keeps the evidence, the other is listed beside it
    // (not figures of two places: "one killed in Kharkiv" and "one killed in Sumy" are two deaths)
    // (nor when one sentence names no place and its paragraph names another: "Among the dead was a US citizen, Klitschko
    // said" in Kyiv and "One person was killed there, Kiper said" under Odesa)
    // (nor when neither sentence nor paragraph names one and the source names another elsewhere: a live page's "Syniehubov: one
    // man was killed" after his "A Russian drone has hit a kindergarten … of Kharkiv" is not Tkachenko's "In Kyiv, one person
    // was killed")
    if (sideTwin !== undefined && !apart && c.claimant !== null && !generic(c) && sameToll(out[sideTwin]!, c, text, spokenFor)) {
      const first = out[sideTwin]!;
      const others = first.also_claimed_by ?? [];
      if (first.claimant !== c.claimant && !others.includes(c.claimant)) out[sideTwin] = { ...first, also_claimed_by: [...others, c.claimant] };
      continue;
    }
    byName.set(nameKey, out.length);
    if (!bySide.has(sideKey)) bySide.set(sideKey, out.length);
    if (unattributed(c) && !unnamed.has(unhedged)) unnamed.set(unhedged, out.length);
    if (!byFigure.has(unhedged)) byFigure.set(unhedged, out.length);
    out.push(c);
  }
  return withoutRestatedTolls(leadTollsRetold(out, text, leadParagraph(article).at(-1)?.end ?? 0, generic, spokenFor), text);
}

/** Whether two claims' days can be one: each a span, or undated. */
const daysMeet = (a: ArticleClaim, b: ArticleClaim): boolean =>
  a.date_start === null || a.date_end === null || b.date_start === null || b.date_end === null || (a.date_start <= b.date_end && b.date_start <= a.date_end);

/**
 * A toll an article's lead (its first paragraph of prose, `leadParagraph`: a page's byline or photo caption kept in its text
 * is none) sums up and its body tells again from a named source is one
 * toll, whatever day or source the lead's looser words lend it: "struck a cargo ship in the port of Odesa late on Monday,
 * killing one person, Ukrainian officials said" over "Odesa regional governor Oleh Kiper said the missile hit the vessel …,
 * killing a port worker" (dated by the night), or "a day after a barrage on Kyiv killed 12 people" over "Tkachenko said the
 * death toll from the overnight attack into Thursday had risen to 12". A lead that names no one gives way to the body's
 * source; a named one keeps its copy, the body's source listed beside it. Only one like body copy, by the same attacker on
 * the same target, on days that meet and where the places agree: "two killed in Kharkiv" in the lead is not the body's "in
 * Odesa, two people were killed", nor last week's two.
 */
function leadTollsRetold(
  claims: ArticleClaim[],
  text: string,
  leadEnd: number,
  generic: (c: ArticleClaim) => boolean,
  spokenFor: (c: ArticleClaim) => readonly string[],
): ArticleClaim[] {
  const inLead = (c: ArticleClaim) => c.quote_end <= leadEnd;
  const toll = (c: ArticleClaim) => (c.metric === "killed" || c.metric === "injured") && c.value !== null;
  const retells = (l: ArticleClaim, b: ArticleClaim) =>
    b.quote_start >= leadEnd &&
    b.metric === l.metric &&
    b.value === l.value &&
    b.qualifier === l.qualifier &&
    b.part === l.part &&
    b.attacker === l.attacker &&
    b.target_country === l.target_country &&
    b.claimant !== null &&
    !generic(b) &&
    daysMeet(l, b) &&
    !toldApart(l, b, generic) &&
    placesAgree(l, b, text, spokenFor);
  const gone = new Set<ArticleClaim>();
  const out = [...claims];
  for (const [i, l] of claims.entries()) {
    if (!toll(l) || !inLead(l) || gone.has(l)) continue;
    const copies = claims.filter((b) => !gone.has(b) && retells(l, b));
    if (copies.length !== 1) continue;
    const b = copies[0]!;
    if (generic(l)) {
      gone.add(l);
      // (the lead's day where it falls within the body's span: "late on Monday" in the night into Tuesday)
      const j = claims.indexOf(b);
      if (l.date_start !== null && l.date_end !== null && b.date_start !== null && b.date_end !== null && b.date_start <= l.date_start && l.date_end <= b.date_end)
        out[j] = { ...out[j]!, date_start: l.date_start, date_end: l.date_end, date_precision: l.date_precision };
      continue;
    }
    if (b.claimant_side !== l.claimant_side) continue;
    const others = out[i]!.also_claimed_by ?? [];
    if (b.claimant !== null && b.claimant !== l.claimant && !others.includes(b.claimant)) out[i] = { ...out[i]!, also_claimed_by: [...others, b.claimant] };
    gone.add(b);
  }
  return out.filter((c, i) => !gone.has(claims[i]!));
}

// (a toll is counted in the days after its attack: the rescuers' night after it, "on Thursday" for Tuesday's strike)
const TOLL_COUNTED_WITHIN = 2;

/**
 * A toll's rise to a figure the article gave, for the same attack, when it was first dated: "25 people were killed in the
 * capital" (the night of 27–28 August), then "overnight, rescuers recovered more bodies … The death toll has risen to 25"
 * (dated by the night the rescuers worked) is one toll, kept with the attack's date. Only a rise told later than the figure
 * it repeats, by the same attacker on the same side, where the places agree: "two killed in Kharkiv" on Monday night and
 * "in Odesa the toll rose to two" on Tuesday night are two tolls; so are two nights' "two killed", told with no rise; and so
 * is a rise told weeks after an earlier attack's same figure ("23 of them died in that single building" in June, "the toll
 * climbed from 14 … to 23" in August).
 */
function withoutRestatedTolls(claims: readonly ArticleClaim[], text: string): ArticleClaim[] {
  const toll = (c: ArticleClaim) => (c.metric === "killed" || c.metric === "injured") && c.value !== null;
  // (`d`, a dated claim, gives the same toll for the same attack as `c`)
  const sameToll = (c: ArticleClaim, d: ArticleClaim) =>
    d !== c && d.date_end !== null && d.metric === c.metric && d.value === c.value && d.attacker === c.attacker && d.target_country === c.target_country && placesAgree(d, c, text);
  const rise = (c: ArticleClaim) => toll(c) && c.date_end !== null && (TOLL_RISE.test(c.quote) || TOLL_NOW.test(c.quote));
  const restates = (c: ArticleClaim, d: ArticleClaim) =>
    d.localKey !== c.localKey && d.date_end! < c.date_end! && c.date_start !== null && c.date_start <= addDays(d.date_end!, TOLL_COUNTED_WITHIN);
  // (and a toll the text gives no day, the same figure as a dated one: "a night that killed 31 people", two days after it)
  const undated = (c: ArticleClaim) => toll(c) && c.date_end === null;
  return claims.filter((c) => !claims.some((d) => ((rise(c) && restates(c, d)) || undated(c)) && sameToll(c, d)));
}
