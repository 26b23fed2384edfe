import { addDays, type DatePrecision, type Side, WEEKDAY_PATTERN } from "@salvo/core";
import { COMPARED, type TimeRef, WEEKDAY_NAME } from "./dates.ts";
import { matchesOf } from "./matches.ts";
import { recentAnswers } from "./recent.ts";
import { findPlaces } from "./places.ts";
import { REPORT_VERBS } from "./lexicon.ts";
import { BE } from "./auxiliaries.ts";

/** The attack a figure is dated by: its direction and its day or night. */
export interface Context {
  attacker: Side;
  target: Side;
  start: string | null;
  end: string | null;
  precision: DatePrecision | null;
  /**
   * a day the text puts the attack in the morning or daylight of ("Russian occupants attacked Ukraine this morning"), which the
   * counts told after it keep (see figureDate)
   */
  byDay?: boolean;
  /**
   * a strike its own sentence puts in daylight ("A Russian missile hit an apartment building in Sumy late on Sunday, killing 11"),
   * whose undated tolls told after it in its paragraph keep that daylight ("It said 84 people were injured")
   */
  daylit?: boolean;
  /**
   * a 2022 barrage of missiles by day (see figureDate's daylightBarrage), whose drones told after it with no time of their own
   * came with it ("Russia also sent 10 Iranian-made Shahed drones"), not in the night that ended that day
   */
  barrage?: boolean;
}

const OWN_ITEM = /,\s+and\s+(?:another|a\s+further|then)\s+$/i;
const NEXT_CLAUSE = /;|,\s+(?:and|but|while|whereas)\s/;
const SAID_OF_IT = /\b(?:according|said|says|reported|released|statement|announced)\b/i;
/**
 * A date in the item a count at `at` opens: after it, in its clause, and its own date, not when a source spoke of it
 * ("…, and another 92 over Crimea, according to a statement released on Oct. 11").
 * (a module function, not a closure in nearestRef: tsx names every closure it creates, a property write per call)
 */
const inItem = (r: TimeRef, at: number, text: string): boolean => r.at > at && !NEXT_CLAUSE.test(text.slice(at, r.at)) && !SAID_OF_IT.test(text.slice(at, r.at));

const OWN_HEDGE = /^(?:no\s+)?(?:more|fewer|less|greater|higher|lower|rather)\s+than\s+/i;
// (a comparison with another count or time, "than the record", "than on Monday", "than in any month"; not a hedge of the next
// count, "more than 1,100 guided bombs", nor of a span, "less than a week ago")
// (or with the record before it: "The Defence Ministry's total of 144 drones for the night was below its previous highest count,
// 158, reported on 1 September": that date is the old record's)
const COMPARISON = /\b(?:than\s+(?:the|that|those|on|in|at|during|any|its|last)|compared\s+(?:with|to)|versus|vs|(?:previous|earlier|former)\s+(?:record|high|highest|largest|biggest|peak))\b/i;

/** Whether a time the sentence names after the figure at `at` dates what the figure is compared with, not the figure. */
export const comparedPast = (r: TimeRef, at: number, text: string): boolean => r.at > at && COMPARISON.test(text.slice(at, r.at).replace(OWN_HEDGE, ""));

export function nearestRef(refs: readonly TimeRef[], at: number, text: string): TimeRef | null {
  // "on Friday night Russia fired 250 drones, and on Saturday night 298": a date past a comma after the
  // figure opens the next clause, so the one before the figure dates it (a thousands separator is no comma)
  const before = refs.some((r) => r.at < at);
  // "… in Kryvyi Rih on 4 April, and five days after two missiles hit Sumy on Palm Sunday": and the other way
  // round, a date in the figure's own clause after it beats one past a comma before it
  const afterInClause = refs.some((r) => r.at > at && !/[,;](?!\d)/.test(text.slice(at, r.at)));
  // ("downed 47 drones overnight on Oct. 9, and another 92, mostly over Krasnodar Krai, overnight on Oct. 10": the item a
  // coordinated count opens runs on to its own date, past the commas of an aside)
  const item = OWN_ITEM.exec(text.slice(Math.max(0, at - 25), at));
  const ownDate = item !== null && refs.some((r) => inItem(r, at, text));
  // ("The 29 December barrage - 122 missiles and 36 drones - was followed by another on Tuesday 2 January": a count set off
  // between dashes tells of what the words before it name)
  const open = Math.max(text.lastIndexOf(" - ", at), text.lastIndexOf(" – ", at), text.lastIndexOf(" — ", at));
  const close = [" - ", " – ", " — "].map((d) => text.indexOf(d, at)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
  const setOff = open >= 0 && close > at && close - open < 100 && refs.some((r) => r.at < open);
  let best: TimeRef | null = null;
  for (const r of refs) {
    if (setOff && r.at > close) continue;
    if (ownDate && !inItem(r, at, text)) continue;
    if (!ownDate && before && r.at > at && /[,;](?!\d)/.test(text.slice(at, r.at))) continue;
    if (afterInClause && r.at < at && /[,;]\s+(?:and|but|while|whereas)\s(?!\d)/.test(text.slice(r.at + r.text.length, at))) continue;
    // ("The death toll from the strike on Poltava rose to 51 on Wednesday, …, as a separate overnight attack killed seven in
    // Lviv": a date past a comma in a clause that tells another attack is that attack's)
    if (r.at > at && /[,;](?!\d)/.test(text.slice(at, r.at)) && ANOTHER_ATTACK.test(text.slice(clauseOpening(text, r.at), r.at + r.text.length + 30))) continue;
    // ("Funerals began on Tuesday for the 35 people killed when two ballistic missiles hit the city centre on Sunday 13
    // April": the clause "when" opens is the strike's, and its own day dates it)
    if (afterInClause && r.at < at && /\bwhen\b/i.test(text.slice(r.at + r.text.length, at))) continue;
    // ("440 drones and 32 missiles …, though smaller than the record of 479 drones … on the night of 8-9 June", "about 100
    // missiles, more than the 84 Russia launched on Oct. 10": a date past a comparison dates what is compared, not the count)
    // (past the count's own hedge: "more than 3,500 missiles since Feb 24")
    if (comparedPast(r, at, text)) continue;
    if (!best || Math.abs(r.at - at) < Math.abs(best.at - at)) best = r;
  }
  return best;
}

// a clause that tells an attack other than the one before it: "as a separate overnight attack killed seven", "while another
// Russian strike on Tuesday hit Odesa", "in a separate attack early on Monday" (not "another 92 drones", a count of its own)
const ANOTHER_ATTACK = /\b(?:separate|another)\s+(?:[\w'’-]+\s+){0,3}?(?:attack|strike|barrage|raid|assault|bombardment)s?\b/i;

/** Where the clause holding `at` opens: past the last comma or semicolon before it (not a thousands separator). */
const clauseOpening = (text: string, at: number): number => Math.max(0, ...[...text.slice(0, at).matchAll(/[,;](?!\d)/g)].map((m) => m.index + 1));

const DATELINE_MONTH = "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*)\\.?";
// (a place, not a sentence's opening words: "Overnight into 29 December, Russia …", "Earlier, on 29 December, …")
const DATELINE_PLACE = [
  // (nor a weekday, a digest's line label: "Sun 23 Nov – Kyiv: 397 drones and 18 missiles")
  `^(?!(?:On|In|At|Overnight|Earlier|Later|Since|By|From|Until|Between|During|Late|Early|Last|Then|That|This|Also|And|But|After|Before)\\b|${WEEKDAY_NAME})`,
  // (a country and a second desk after the comma: "GOMEL REGION, Belarus/KYIV, Feb 28 (Wire) -")
  "\\p{Lu}[\\p{L}'’.\\/-]+(?:\\s\\p{Lu}[\\p{L}'’.\\/-]+){0,2}(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?(?:\\/\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?)?,?\\s+",
].join("");
const DATELINE_DAY = `(?:${DATELINE_MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${DATELINE_MONTH})(?:,?\\s+\\d{4})?`;
// "KYIV, July 9 (Reuters) —": the dateline dates the report, not the attack.
// ("KYIV, July 9 (Reuters) -", "MOSCOW, November 14. /TASS/.", "Kyiv, 31 December 2023 -", "BELGOROD, December 30 - Rossiya Inform.")
export const INLINE_DATELINE = new RegExp(
  [
    DATELINE_PLACE,
    `(?:${DATELINE_DAY}\\.?\\s*(?:\\([^)]{1,40}\\)|\\/[^/]{1,40}\\/\\.?)?|\\([^)]{1,40}\\))`,
    "\\s*(?:[—–-]\\s|(?=\\p{Lu}))",
  ].join(""),
  "u",
);
// "Saratov, August 10. The ministry reported 121 drones destroyed …": a place and a day, closed by a full stop, that open a
// section of the body (no agency's name: not a wire's own dateline; a place the gazetteer knows, not a weekday's heading,
// "Sunday 23 June.", whose paragraph may tell of a strike by day)
const SECTION_DATELINE = new RegExp(`${DATELINE_PLACE}${DATELINE_DAY}\\.(?=\\s|$)`, "u");

/**
 * The day a paragraph's lead-in dateline names, inside the body ("Saratov, August 10. The ministry reported 121 drones destroyed
 * over 13 regions that night"): what its undated counts and its bare "overnight" are dated by, as a fact box's item is by
 * its opening date. Null for any other opening, and for the article's own dateline, which dates only the report (`inBody`
 * false: the caller tells where the body's opening ends).
 */
export function sectionDateline(text: string, refs: readonly TimeRef[], inBody: boolean): TimeRef | null {
  const m = inBody ? SECTION_DATELINE.exec(text) : null;
  if (!m || findPlaces(m[0])[0]?.at !== 0) return null;
  return refs.find((r) => r.at < m[0].length && r.start && r.end && !r.relative && r.precision === "day") ?? null;
}
// "Zelensky wrote on Telegram later on Sept. 28", "said in a statement on Monday", "The Kiev regime claimed on Sunday that …":
// the day it was said (a "claimed" after the day is what the attack took, "The attack on Sunday claimed the lives of five":
// not in SAID_AFTER)
const SAID_BEFORE = new RegExp(
  String.raw`\b(?:${[...REPORT_VERBS, "writes", String.raw`told\s+\S+`, "claimed", "claims", String.raw`as\s+of`].join("|")})(?:\s+(?:on\s+(?:Telegram|X|Facebook|social\s+media)|in\s+an?\s+(?:statement|video|post|address)))?(?:\s+later)?(?:\s+(?:late|early))?\s*$|\b(?:rose|risen|climbed|increased|reached)\s+to\s+[\d,]+\s*$`,
  "i",
);
// "On Monday, the Air Force said …" opens with when it was said; "Russia fired 70 missiles at Ukraine on Monday, the Air
// Force said" tells what happened that day first
const EVENT_BEFORE = /\d|\b(?:fired|launched|attacked|struck|hit|killed|injured|wounded|shot|destroyed|downed|intercepted|sent|pounded|targeted)\b/i;
// (not when the verb has a day of its own: "killed six on Saturday evening, the governor said on Sunday"; nor a clause on
// the day's attack: "the massive strike of 17 November, when the Air Force reported that Russia had launched 120 missiles")
const SAID_AFTER = /^\s*(?:morning|afternoon|evening|this\s+week)?,?\s+(?!when\b)(?:the\s+)?(?:[\p{L}'’ ]{0,40}?,\s+(?:citing|quoting|speaking|addressing|writing)\b[^,.;]{0,80},\s+|(?:citing|quoting|speaking|addressing|writing)\b[^,.;]{0,80},\s+)?[\p{L}'’ ]{0,40}?\b(?:said|reported|announced|wrote|posted|confirmed)\b/iu;
// ("… said on Monday": the day it was said is named after the verb; case-sensitive, for \p{Lu} under the i flag is any letter)
const SAID_ON_DAY = /^\s+(?:late\s+|early\s+|earlier\s+|later\s+)?on\s+(?!Telegram|X\b|Facebook|Instagram|Twitter|social|state\s+TV|television)\p{Lu}/u;
/** A verb of saying right after a date, and no other day of saying after it. */
function saidAfterDate(after: string): boolean {
  const m = SAID_AFTER.exec(after);
  return m !== null && !SAID_ON_DAY.test(after.slice(m.index + m[0].length));
}

// the verbs of a search after a strike, one list for AFTERMATH_BEFORE and SEARCHED_BEFORE: "Rescuers dug through the
// rubble", "Emergency workers searched for survivors"
const DUG = "dug|digging";
const SEARCHED = "searched|searching";

// (and the wounded's: "a teenage girl died in hospital in Moscow, where she had been flown overnight")
// ("died in hospital: a 71-year-old man on Wednesday night": the death's night, not the attack's; "the number of
// injured grew overnight", "had put the number of injured at 11 overnight": the count's; "rescuers recovered more
// bodies from the rubble overnight", "as more bodies are recovered overnight": the search's)
const AFTERMATH_BEFORE = new RegExp(
  String.raw`\b(?:died|succumbed|passed\s+away|(?:been\s+|was\s+|were\s+)(?:flown|airlifted|evacuated|transferred|hospitali[sz]ed)|(?:worked|working|${SEARCHED}|${DUG}|toiled)(?:\s+on)?|(?:(?:${BE.join("|")}|been)\s+)?(?:found|recovered|retrieved|pulled\s+out)|(?:number|toll|count|figure)s?\b[^.;]{0,40}?\b(?:grew|rose|increased|climbed)|(?:put|gave|placed|set)\s+(?:the\s+)?(?:(?:death\s+)?toll|number|count|figure)\b[^.;]{0,30}?\bat\s+[\d,]+)\b(?:(?!\b(?:attack|strike|drones?|missiles?)\b)[^.;]){0,40}$`,
  "iu",
);

// a toll given step by step: "the toll climbed from 14 …", "the death toll rose to 21, up from 14"
export const TOLL_RISE = /\b(?:toll|number\s+of\s+(?:dead|deaths|injured|wounded|victims)|dead|killed)\b[^.;]{0,40}?\b(?:grew|grown|rose|risen|increased|climbed|up\s+from)\b/i;

// a day a count had reached by then, as the time expression reads it ("By Tuesday", "by Thursday evening"; not "by Tuesday's strike")
const BY_THEN = /^by\s+(?:late\s+|early\s+)?\p{L}+(?:\s+(?:morning|afternoon|evening))?$/iu;

// a count that grew by then, told after the time: "by the early hours of Monday the figure had grown to 10"
// (or a count that stood at so many then, an earlier step of it: "On Friday night the figures had been 14 dead and about 50 injured")
const TOLL_GREW_AFTER = /^\s*,?\s*(?:the\s+)?(?:(?:death\s+)?toll|figures?|number|count)\b[^.;]{0,30}?\b(?:(?:had\s+|has\s+)?(?:grown|grew|rose|risen|climbed|increased)\s+to\b|(?:had\s+been|stood\s+at)\s+(?:about\s+|around\s+|some\s+)?\d)/i;

// ("The attack followed Wednesday's record barrage of 728 drones": the barrage that day, dated by it, unless weighed against
// another count, "more than Sunday's record attack", "the largest since Sunday's record attack", or the sentence dates its own
// attack too, "launched 300 drones overnight, days after Sunday's record barrage"; only a record told with its count, or with
// its target: "Two people were killed and 26 injured in Friday's record drone attack on Kyiv")
const RECORD_ATTACK = /^\s+record(?:-breaking)?\s+(?:[\w-]+\s+){0,2}?(?:barrage|attack|assault|strike|salvo|wave|bombardment)\s+(?:(?:of|with|involving)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?\d|(?:on|against)\s)/i;
// "In the first big raid since 9 March, Russia fired 23 missiles", "its largest attack since Friday": the day the attack is
// measured against, not its own (but "the largest since Sept. 7, when 40 people were killed" goes on to tell that day's figures)
const MEASURED_SINCE = new RegExp(`\\b(?:${COMPARED})\\b[^.;]{0,80}\\bsince\\s+$`, "i");
// ("since 19 August last year, when a missile struck the square, killing seven")
const TOLD_AFTER = /^(?:\s+[\p{L}\d-]+){0,3}?,?\s+when\b/iu;
// (the weekday rule keeps the "since" in its ref: "since Friday")
const measuredSince = (text: string, r: TimeRef): boolean =>
  r.precision === "day" && !r.relative && MEASURED_SINCE.test(text.slice(Math.max(0, r.at - 100), r.at) + (/^since\s+/i.exec(r.text)?.[0] ?? "")) && !TOLD_AFTER.test(text.slice(r.at + r.text.length, r.at + r.text.length + 40));
const COMPARED_WITH = /\b(?:than|above|over|since|matching|rivall?ing|equall?ing|beating|beat|surpass\w*|exceed\w*|top(?:ped|ping|s)?|eclips\w*|outstrip\w*|break(?:ing)?|broke|compared\s+(?:with|to))\s+$/i;
/** A day's "record" after its "'s" that only measures another count ("above Sunday's record of 810"), not the record attack it counts. */
const comparedRecord = (after: string, before: string, otherDay: boolean): boolean =>
  /^\s+(?:previous\s+)?(?:record|high)\b/i.test(after) && (!RECORD_ATTACK.test(after) || otherDay || COMPARED_WITH.test(before));
// a saying named by the day it was given: "his Thursday evening address", "Monday's statement", "a Sunday night video address"
const SAID_IN = /^(?:['’]s)?\s+(?:(?:morning|afternoon|evening|night|nightly|late-night)\s+)?(?:video\s+)?(?:address|speech|statement|briefing|remarks|interview)\b/i;
// a saying set off by commas right after a time: "Overnight, Syniehubov said, …", "Overnight, the governor wrote on Telegram, …"
const SAID_ASIDE = /^\s*,\s*[^,.;]{1,50}?\b(?:said|says|reported|wrote|added|told\s+\w+)(?:\s+on\s+\w+)?\s*,/i;

const AFTERMATH_ATTACK_AFTER = /^\s*(?:in|when|as|after|during)\b[^.;]{0,40}\b(?:attack|strike|shelling|barrage|drones?|missiles?|pounded|hit)\b/i;

// rescuers at work after a strike: "Rescuers dug through the rubble", "Emergency workers searched for survivors"
const SEARCHED_BEFORE = new RegExp(String.raw`\b(?:rescuers?|rescue\s+(?:workers|teams|crews)|emergency\s+(?:workers|crews)|${DUG}|${SEARCHED}|combed|combing|sifted|sifting|cleared|clearing)\b`, "i");
const MOURNING = /\b(?:mourning|mourns?|mourned|funerals?|buried|burials?|laid\s+to\s+rest|memorial\s+service|vigils?|farewell|(?:say|says|said)\s+goodbye)\b/i;
const AFTER_THE_ATTACK = /^\s*,?\s*(?:after|following|for\s+(?:the\s+)?victims\s+of)\s+(?:the\s+|a\s+|last\s+\w+['’]s\s+|\w+['’]s\s+)?(?:[\w-]+\s+){0,3}(?:attack|strike|barrage|bombardment)\b/i;
const MOURNING_DAYS_AFTER = /^\s*(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:declared\s+)?|(?:as\s+)?)(?:an?\s+|the\s+)?(?:official\s+|national\s+)?days?\s+of\s+mourning\b/i;
const MOURNING_DAYS_BEFORE = /\bdays?\s+of\s+mourning\s*(?::|on|for|from)?\s*$/i;
export const COMMEMORATED = /\b(?:memorial|anniversary|commemorat\w*|remembrance|wreath)\s+(?:[\w'’]+\s+){0,4}(?:of|to|for|marking)\s+(?:the\s+)?$/i;

// ("which Ukrainian forces recaptured in November", ", liberated in November,"; not the adjective of "Russian-occupied Crimea")
// (nor a clause with no "which", whose subject is a pronoun: "out of the territory they seized in August")
const CHANGED_HANDS =
  /(?:\b(?:which|that|who|when|since|after)\b[^,.;]{0,40}|,\s*|\b(?:they|it|we|he|she)\s+(?:had\s+|have\s+|has\s+)?)(?<![-\w])(?:recaptured|retook|retaken|liberated|captured|occupied|seized|annexed|regained|abandoned|withdrew|withdrawn)\b[^,.;]{0,30}$/i;

/** Which time expressions date the attack: not the dateline, not the day a source spoke ("the Air Force said on Saturday"). */
/** An "after" clause that names a contact and runs on to the day, with no attack told in between. */
const CONTACT_BEFORE_DAY = /\bafter\s+[^,;.]{0,80}\b(?:meeting|talks|visit|trip|call|conversation|summit)\b(?:(?!\b(?:launched|fired|attacked|struck|hit|sent|killed)\b)[^,;.]){0,50}$/i;

export function classifyRefs(text: string, refs: readonly TimeRef[]): { attack: TimeRef[]; report: TimeRef[] } {
  const dateline = INLINE_DATELINE.exec(text)?.[0].length ?? 0;
  const attack: TimeRef[] = [];
  const report: TimeRef[] = [];
  for (const r of refs) {
    if (r.at < dateline || r.takenIn) continue;
    // "one of the wounded died in hospital overnight", "two more bodies were found overnight": not the attack's night
    // (but "three people died overnight in a Russian drone attack" dates the attack)
    if (r.precision === "night" && AFTERMATH_BEFORE.test(text.slice(Math.max(0, r.at - 40), r.at)) && !AFTERMATH_ATTACK_AFTER.test(text.slice(r.at + r.text.length, r.at + r.text.length + 45))) continue;
    // ("the overnight search has found more bodies": the rescuers' night, not the attack's)
    if (r.precision === "night" && /^\s+(?:search|rescue|recovery|clean-?up)\b/i.test(text.slice(r.at + r.text.length, r.at + r.text.length + 12))) continue;
    // "Separately from the night raid, on Sunday afternoon, shelling killed one man": the night named to set this strike apart
    if (r.precision === "night" && SET_APART_FROM.test(text.slice(Math.max(0, r.at - 30), r.at))) continue;
    // "beating Monday's record", "above Sunday's record of 810": a day named for comparison dates nothing here
    // (the weekday rule keeps the "'s" in the ref: "Monday's")
    const possessive = /['’]s$/.test(r.text) ? text.slice(r.at + r.text.length) : /^['’]s/.test(text.slice(r.at + r.text.length)) ? text.slice(r.at + r.text.length + 2) : null;
    if (r.precision === "day" && ((possessive !== null && comparedRecord(possessive, text.slice(Math.max(0, r.at - 40), r.at + r.text.length).replace(/\p{L}+(?:['’]s)?$/u, ""), refs.some((o) => o !== r && o.at >= dateline))) || /\b(?:beating|beat|surpassing|surpassed|exceeding)\s+$/i.test(text.slice(Math.max(0, r.at - 14), r.at)))) continue;
    if (measuredSince(text, r)) continue;
    // "laid a wreath at the memorial to the victims of the Sept. 11 attacks", "the anniversary of the 24 February invasion":
    // a day that names what is remembered dates no attack here
    if (r.precision === "day" && COMMEMORATED.test(text.slice(Math.max(0, r.at - 60), r.at))) continue;
    // "In the early hours of Friday, hours after Donald Trump's phone call with Vladimir Putin last Thursday, Russia launched 539
    // drones": the day of the call the aside recalls, not of the attack (but "after the call Russia fired 80 drones on Thursday")
    if (r.precision === "day" && CONTACT_BEFORE_DAY.test(text.slice(Math.max(0, r.at - 140), r.at))) continue;
    // "Lviv is observing a second day of mourning today after the Russian missile attack of 4 September": the day of
    // the mourning, not of the attack it follows
    if (r.precision === "day" && MOURNING.test(text.slice(Math.max(0, r.at - 60), r.at)) && AFTER_THE_ATTACK.test(text.slice(r.at + r.text.length, r.at + r.text.length + 50))) continue;
    // ("9 and 10 July are days of mourning in the city", "Days of mourning: 4, 5 and 6 September", "declared 9 July a day of
    // mourning": days set aside to mourn, after the attack, not its own)
    if (!r.relative && (MOURNING_DAYS_AFTER.test(text.slice(r.at + r.text.length, r.at + r.text.length + 50)) || MOURNING_DAYS_BEFORE.test(text.slice(Math.max(0, r.at - 30), r.at)))) continue;
    // ("Rescuers dug through the rubble of an apartment block in Dnipro on Sunday after a Russian missile strike that killed at
    // least 20 people": the day of the search that followed the strike, told before it; not "Russia fired 50 drones on Sunday
    // after a strike on Kyiv", nor what the attack set off, "A fuel tank caught fire early on Saturday after an attack by drones")
    if (r.precision === "day" && !r.relative && SEARCHED_BEFORE.test(text.slice(dateline, r.at)) && !EVENT_BEFORE.test(text.slice(dateline, r.at)) && AFTER_THE_ATTACK.test(text.slice(r.at + r.text.length, r.at + r.text.length + 50))) continue;
    // "In Kherson, which Ukrainian forces recaptured in November, …": when a place changed hands dates no attack
    if (CHANGED_HANDS.test(text.slice(Math.max(0, r.at - 50), r.at))) continue;
    // ("As of the morning of 14 April, the number of victims … has increased", "As of 10:00 on 20 November, 26 people had been
    // confirmed dead": when a toll was counted)
    const asOf = /\bas\s+of\s+(?:(?:the\s+)?(?:morning|afternoon|evening|end)\s+of\s+|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+(?:on\s+)?)?$/i.test(text.slice(Math.max(0, r.at - 30), r.at));
    // ("The toll climbed from 14 on Thursday morning to 23", "rose from 17 … to 20 on Thursday", "to 25 the next day": when each count was given)
    const tollStep = TOLL_RISE.test(text) && /\b(?:from|to|then|at)\s+(?:[\d,]+|(?:twenty|thirty|forty|fifty)(?:-\w+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)\s*$/i.test(text.slice(Math.max(0, r.at - 20), r.at));
    // (the clause that holds the day: "The strike hit Odesa, and on Tuesday, the governor said …" opens a new one)
    const lead = text.slice(dateline, r.at);
    const clauseStart = Math.max(0, ...[...lead.matchAll(/,\s*(?:and|but|while)\s+|;\s*/g)].map((m) => m.index + m[0].length));
    const saidAfter = saidAfterDate(text.slice(r.at + r.text.length, r.at + r.text.length + 160)) && !EVENT_BEFORE.test(lead.slice(clauseStart));
    // ("The following day Suspilne said the toll had risen to 11": when a toll was given, even a day the text counts on to)
    // (not when the sentence tells of another attack or count too: "… said five were killed in a new attack on Kupiansk and the
    // Kharkiv toll had risen to 3", "reported that 84 missiles had been launched and the toll had risen to 17")
    const tollDay = r.relative === "next-day" && TOLL_RISE.test(text) && saidAfter && !ATTACK_WORDS.test(text);
    // (a night a toll was given in, told before it: "Late on Sunday night the administration reported eight dead; by the
    // early hours of Monday the figure had grown to 10", not the night of the attack; but "Three people were killed
    // overnight, the governor said" tells the attack's night)
    // (nor when the saying is set off by commas, so the night heads the clause after it, a toll of its own: "Overnight,
    // Syniehubov said, three more people were injured in Kupiansk")
    const afterRef = text.slice(r.at + r.text.length, r.at + r.text.length + 60);
    const saidAside = SAID_ASIDE.test(afterRef);
    // (a day or night a toll had grown by, told before it or after "by": "On Saturday the number of dead had grown to 11, and by
    // Sunday night to 13" counts the dead of Friday's strike)
    const tollThen = !r.relative && !ATTACK_WORDS.test(text) && (TOLL_GREW_AFTER.test(afterRef) || (/\bby\s+$/i.test(text.slice(Math.max(0, r.at - 3), r.at)) && TOLL_RISE.test(text)));
    const tollNight = r.precision === "night" && !r.relative && !ATTACK_WORDS.test(text) && saidAfter && !saidAside;
    // ("By Tuesday, the Interior Ministry put the death toll at 39", "By Thursday evening, the toll … had risen to 26": the day a
    // count had reached; not the agent of "killed by Tuesday's strike")
    const byThen = r.precision === "day" && BY_THEN.test(r.text) && !/^['’]s/.test(afterRef);
    // ("In his Thursday evening address, Zelensky said Russia had used 70 missiles": the day of the address, not of the attack)
    const saidIn = r.precision === "day" && SAID_IN.test(afterRef);
    const isReport = tollNight || tollThen || byThen || saidIn || (r.precision === "day" && (tollStep || tollDay || (!r.relative && (asOf || saidAfter || SAID_BEFORE.test(text.slice(Math.max(0, r.at - 45), r.at))))));
    // ("Two days after Russia's largest air attack of the war, the ministry said …": the ref names the attack's own day)
    (isReport && !r.sinceAttack ? report : attack).push(r);
  }
  // "In an overnight attack on July 4": the night that ended on that day
  // "early on Sunday", "in the early hours of Sunday", "before dawn on Sunday" next to an attack: the night that ended that
  // morning, whatever was fired and whenever (Yavoriv, 13 March 2022: "Russian missiles struck a military base near Lviv early on
  // Sunday"); but a morning alone is that day ("on Christmas morning", "On Sunday morning a missile hit Dnipro"), unless the
  // article ties it to the night (the night it names beside it, nightsAsNamed)
  // (not when the sentence puts the strike at a clock time after dawn: "at around 10:45 on Friday morning";
  // one before dawn is that night: "At around 3:40am on Sunday, missiles hit")
  const hour = blastHour(text);
  const afterDawn = hour !== null && hour >= 6 && hour < 12;
  const beforeDawn = hour !== null && hour < 5;
  for (const [i, r] of attack.entries()) {
    const early = beforeDawn || /^early\b/i.test(r.text) || /\bearly\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, r.at - 9), r.at)) || (atDawn(text, r) && !dawnBarrage(text, r));
    // (not "during the Monday morning rush hour": by day)
    if (r.precision === "day" && r.start && early && !afterDawn && !DAYTIME_WORDS.test(text) && (datesAttack(text, r) || firedInClause(text, r))) {
      attack[i] = { ...r, start: addDays(r.start, -1), precision: "night" };
    }
  }
  // "The attack, which began late on Sunday and continued into Monday morning, involved 352 drones": the morning a night ran
  // into is that night's end, not a day of its own
  const ranInto = attack.filter((r) => r.precision === "day" && UNTIL_DAY.test(text.slice(Math.max(0, r.at - 20), r.at)) && attack.some((n) => n.precision === "night" && n.end === r.start));
  for (const r of ranInto) attack.splice(attack.indexOf(r), 1);
  // "starting on Christmas Eve evening", "The attack began at 11 p.m. Moscow time on Saturday": the night that began that day
  // ("Drones began approaching Moscow late on Monday evening, and the attack lasted into Tuesday morning": one night)
  const eve = attack.find((r) => r.precision === "day" && r.start && !r.relative && beganThatEvening(text, r));
  if (eve) {
    const into = attack.find((r) => r !== eve && r.end === addDays(eve.start!, 1) && /\b(?:into|until|till|through)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, r.at - 14), r.at)));
    const began: TimeRef = { ...eve, end: addDays(eve.start!, 1), precision: "night" };
    return { attack: attack.filter((r) => r !== into).map((r) => (r === eve ? began : r)), report };
  }
  // (a night with its own dates, "Night of 5-6 June (Thursday to Friday)", needs no day beside it)
  const night = attack.find((r) => /overnight|night/i.test(r.text) && !r.relative && r.precision === "night" && !/\d/.test(r.text));
  if (!night) return byClock(text, attack, report);
  // "overnight on July 4": the night that ended that day; "began on Saturday evening and continued through
  // the night": the night that began that day
  // (a night its weekday dates merges only with a day that agrees: "in the night to Sunday, breaking the record of 728 drones set
  // on July 9" is the night into Sunday, and 9 July the record's)
  const namesItsDay = NAMED_WEEKDAY.test(night.text);
  const day = attack.find((r) => r !== night && r.precision === "day" && r.start && !r.relative && Math.abs(r.at - night.at) <= 60 && (!namesItsDay || r.start === night.start || r.start === night.end));
  if (!day) return { attack, report };
  // (not a strike by day "just hours after a large overnight attack": another attack)
  const between = text.slice(Math.min(day.at, night.at), Math.max(day.at, night.at));
  if (/\b(?:hours?|days?)\s+(?:after|before)\b|\bfollow(?:ing|ed)\b/i.test(between)) return { attack: attack.filter((r) => r !== night), report };
  // ("late on Thursday … through the night": "late" before the day, too)
  // (not the day the attack ran until, nor a late morning: "the attack began overnight and continued until late on Friday
  // morning" is the night into Friday)
  const until = UNTIL_DAY.test(text.slice(Math.max(0, day.at - 20), day.at));
  const lateMorning = /\bmorning\b/i.test(day.text + text.slice(day.at + day.text.length, day.at + day.text.length + 9));
  const evening = !until && EVENING.test(text.slice(Math.max(0, day.at - 8), day.at + day.text.length + 12).replace(lateMorning ? /\blate\b/gi : /$^/, ""));
  const merged: TimeRef = { ...day, start: evening ? day.start : addDays(day.start!, -1), end: evening ? addDays(day.start!, 1) : day.end, precision: "night" };
  return { attack: attack.filter((r) => r !== night).map((r) => (r === day ? merged : r)), report };
}

const EVENING = /\b(?:evening|late)\b/i;
const NAMED_WEEKDAY = new RegExp(`\\b${WEEKDAY_NAME}`);
// the day an attack went on until: "continued until late on Friday morning", "lasted into Sunday"
const UNTIL_DAY = /\b(?:until|till|into|through)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;
/** Until the winter of 2023 Russia's missile barrages came by day; from March 2023 they were launched at night. */
export const DAYLIGHT_BARRAGES_END = "2023-03-01";
// dawn told beside the day: "At dawn on Tuesday, drones reached Moscow", "On Wednesday, 6 September, at dawn, a new attack"
const DAWN_BEFORE = /\b(?:at|by)\s+(?:dawn|daybreak|first\s+light)\s+(?:on\s+)?$/i;
const DAWN_AFTER = /^,?\s+(?:at|by)\s+(?:dawn|daybreak|first\s+light)\b/i;
/**
 * A day whose dawn the sentence puts the attack at: the night that ended that morning, as "early on Sunday" and "before dawn
 * on Sunday" are (an attack that reaches a city at dawn was launched in the dark), not a day's attack of its own.
 */
const atDawn = (text: string, r: TimeRef): boolean => DAWN_BEFORE.test(text.slice(Math.max(0, r.at - 24), r.at)) || DAWN_AFTER.test(text.slice(r.at + r.text.length, r.at + r.text.length + 24));

// a count of missiles: "fired 84 missiles", "launched 28 cruise missiles"
const MISSILE_COUNT = /\b\d+\s+(?:[\w-]+\s+){0,2}?missiles\b/i;
/**
 * A barrage of missiles at dawn before the barrages came by night ("At dawn on Monday, Russia fired 84 missiles" on 10 October
 * 2022): that morning's, the hour the daylight barrages came at (see isDaylightBarrage, figure-date.ts), not the night before;
 * a single blow at dawn that year ("at dawn on Thursday, more missiles struck the Slobidskyi district") is still the night's.
 * ("early on Sunday" is not gated so: it tells of the small hours, in the dark, whichever year and whatever was fired, as
 * Yavoriv, 13 March 2022.)
 */
const dawnBarrage = (text: string, r: TimeRef): boolean => r.start !== null && r.start < DAYLIGHT_BARRAGES_END && MISSILE_COUNT.test(text);

/** "this morning", the day's own morning as a report of that day tells it. */
export const THIS_MORNING = /^this\s+morning\b/i;
const BEGAN_BEFORE = /\b(?:began|begun|started|starting|beginning)\b[^.;]{0,50}$/i;
// a span's end between the start and the evening: "began at dawn and lasted until …", "started at noon, continuing into …"
const ENDED_BETWEEN = /\b(?:until|till|into|through|lasted|lasting|continued|continuing|ended|ending)\b|\bto\s+(?:the\s+)?(?:late\s+)?(?:evening\s+of\s+(?:the\s+)?)?$/i;
// the evening the verb itself names: "began on the evening of", "began arriving from the late evening of", "began to unfold on the evening of"
const BEGAN_EVENING_OF = /\b(?:began|begun|started|starting|beginning)\s+(?:to\s+\w+\s+|\w+ing\s+)?(?:(?:from|on|in)\s+)?(?:the\s+)?(?:late\s+)?evening\s+of\s+(?:the\s+)?$/i;
// ("began at 11 p.m. Moscow time on Saturday": an hour of the evening before the day)
const BEGAN_AT_EVENING_HOUR = /\b(?:began|started|starting)\s+(?:at\s+)?(?:around\s+|about\s+)?(?:(?:9|10|11)(?:[:.]\d{2})?\s*p\.?m\b\.?|(?:21|22|23)[:.]\d{2})[^.;]{0,30}$/i;

/**
 * Whether the sentence says the attack began on the evening of the day `r` names, so that it is the night after it
 * (what began is an attack, named just before the verb: not "as the search that began on Saturday evening ended").
 */
export function beganThatEvening(text: string, r: TimeRef): boolean {
  const from = Math.max(0, r.at - 60);
  const before = text.slice(from, r.at);
  const atHour = BEGAN_AT_EVENING_HOUR.exec(before);
  const began = atHour ?? BEGAN_BEFORE.exec(before);
  // (the attack may follow: "Starting late on Saturday evening …, the Ukrainian armed forces attacked Belgorod")
  const named = ATTACK_WORDS.test(text.slice(Math.max(0, from + (began?.index ?? 0) - 40), from + (began?.index ?? 0))) || ATTACK_WORDS.test(text.slice(r.at, r.at + 120));
  if (!began || !named) return false;
  if (atHour) return true;
  // (the evening is when it began, not when it ended: "began at noon and lasted until Wednesday evening")
  if (ENDED_BETWEEN.test(began[0])) return false;
  // ("Drones began arriving from the late evening of Christmas Eve", "began on the evening of 24 December": the evening named before the day)
  return /\bevening$/i.test(r.text) || /^\s+evening\b/i.test(text.slice(r.at + r.text.length, r.at + r.text.length + 9)) || BEGAN_EVENING_OF.test(before);
}

// "at around 10:45", "shortly after 6:20am", "at 9 a.m.": the moment something happened (not a span's end, "to 07:00")
const AT_CLOCK = /\b(?:at|around|about|after|before)\s+(?:around\s+|about\s+|approximately\s+)?(\d{1,2})(?:[:.](\d{2})\s*(?:([ap])\.?m\b\.?)?|\s*([ap])\.?m\b\.?)(?![\d:])/gi;
// "explosions continued until about 6:30 a.m.", "the attack ended at around 6:30", "the all-clear sounded at 7:10": when it stopped
const UNTIL_BEFORE = /\b(?:until|till|ended|ending|ends|lasted|over\s+by|all[- ]clear|stopped|finished)\b[^.;,]{0,25}$/i;

const REPORTED = /\b(?:said|says|wrote|writes|reported|reports|posted|announced|told|confirmed|updated)\b/i;

/** The hour a sentence puts its blast at ("at around 10:45", "at 3:40am"), not the hour of a post about it; or null. */
export const blastHour = recentAnswers(blastHourOf);
function blastHourOf(text: string): number | null {
  for (const m of matchesOf(AT_CLOCK, text)) {
    // the time of the blast, not of a post about it ("At 08:10 the governor wrote that …") or of its end
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 50);
    if (UNTIL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!ATTACK_NEAR.test(text.slice(Math.max(0, m.index - 70), m.index + m[0].length + 40)) || REPORTED.test(after)) continue;
    const hour = Number(m[1]);
    const meridiem = (m[3] ?? m[4])?.toLowerCase();
    return meridiem === "p" ? (hour % 12) + 12 : meridiem === "a" ? hour % 12 : hour;
  }
  return null;
}

/**
 * A clock span without a date of its own, against the day the sentence names: Russia's Defence
 * Ministry reports "from 20:00 to 23:30 Moscow time on Saturday" (the start of Saturday's night)
 * apart from "between 15:00 and 19:00" (a daytime wave), even when the day is the report's.
 */
function byClock(text: string, attack: TimeRef[], report: TimeRef[]): { attack: TimeRef[]; report: TimeRef[] } {
  const span = clockSpan(text);
  if (!span) return { attack, report };
  const onAttack = attack.find((r) => r.precision === "day" && r.start && !r.relative);
  const day = onAttack ?? report.find((r) => r.precision === "day" && r.start);
  if (!day) return { attack, report };
  // ("from 20:00 to 07:00 Moscow time, the ministry said on Monday": a window past midnight that a morning report
  // gives is the night that ended that day)
  const reportedNight = !onAttack && span === "evening" && crossesMidnight(text);
  const dated: TimeRef =
    span === "evening" && !reportedNight ? { ...day, end: addDays(day.start!, 1), precision: "night" } : span === "night" || reportedNight ? { ...day, start: addDays(day.start!, -1), precision: "night" } : day;
  return { attack: onAttack ? attack.map((r) => (r === day ? dated : r)) : [...attack, dated], report: report.filter((r) => r !== day) };
}

// "20:00", "11:30 p.m.", "noon"; a bare number is not a time ("between 8 and 9 July")
const CLOCK_POINT = "(noon|midday|midnight|\\d{1,2}(?:[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\s*[ap]\\.?m\\.?))";
const CLOCK_SPAN = new RegExp(`\\b(?:from|between)\\s+${CLOCK_POINT}\\s*(?:(?:Moscow|Kyiv|Kiev|local)\\s+time\\s+)?(?:to|and|until|till|-|–)\\s+${CLOCK_POINT}`, "i");

function hourOf(point: string): number {
  if (/noon|midday/i.test(point)) return 12;
  if (/midnight/i.test(point)) return 0;
  const hour = Number(/\d{1,2}/.exec(point)![0]);
  if (/p\.?m/i.test(point)) return (hour % 12) + 12;
  return /a\.?m/i.test(point) ? hour % 12 : hour;
}

/** Whether a clock span runs past midnight: "from 20:00 to 07:00". */
export function crossesMidnight(text: string): boolean {
  const m = CLOCK_SPAN.exec(text);
  return m !== null && hourOf(m[2]!) < hourOf(m[1]!);
}

/** "evening" for a span that opens a night (from 18:00 on), "night" for one that ends it ("between 00:00 and 07:00"), "day" for one inside the day, else null. */
export const clockSpan = recentAnswers(clockSpanOf);
function clockSpanOf(text: string): "evening" | "night" | "day" | null {
  const m = CLOCK_SPAN.exec(text);
  if (!m) return null;
  const from = hourOf(m[1]!);
  const to = hourOf(m[2]!);
  if (from >= 18) return "evening";
  if (from < 6 && to <= 10 && to > from) return "night";
  if (from >= 6 && to > from && to <= 21) return "day";
  return null;
}

/**
 * A count's window that opens after midday and closes by midnight of the same day ("between 15:00 and midnight on Monday",
 * "from 20:00 to 23:00 Moscow time"): that day's afternoon or evening, not the night that ended its morning (not a window
 * that runs on past midnight, "from 18:00 to 06:00").
 */
export function windowWithinDayAfterNoon(text: string): boolean {
  const m = CLOCK_SPAN.exec(text);
  if (!m) return false;
  const from = hourOf(m[1]!);
  const to = hourOf(m[2]!);
  return from >= 12 && (to > from || (to === 0 && /midnight/i.test(m[2]!)));
}

/** A heading line: capitals only, short, no sentence punctuation ("WEDNESDAY: TRUMP CALLS PUTIN"). */
export const HEADING = /^(?=[^a-z]*\p{Lu}[^a-z]*$)[^.!?]{3,80}$/u;

// an attack told as a wave: "Russia kept up the pressure on Tuesday with a smaller wave aimed mainly at power stations" dates
// the counts told after it. Only a wave the words make an attack's (of weapons or strikes, aimed at a target, or a new or smaller
// one told bare): a heat wave, a heat-wave, a wave of criticism or of arrests is none, and no list of those can be whole
const WAVE_SIZE = String.raw`(?:new|fresh|another|latest|renewed|first|second|third|next|smaller|larger|small|large|massive|huge|big|major|overnight)`;
const WAVE_OF = String.raw`(?:drones?|missiles?|rockets?|shaheds?|attacks?|strikes?|air\s+strikes?|airstrikes?|bombs?|bombing|shelling|explosions?|kamikaze\s+drones?)`;
const WAVE = String.raw`(?:${WAVE_SIZE}\s+waves?(?!\s+of\b)|waves?\s+(?:of\s+(?:\S+\s+){0,2}?${WAVE_OF}|aimed|targeting|targeted))`;
// (weapons named by their model count too, with what they did: "On 8 April Tochka-U cluster submunitions burst over
// the station"; not "Putin boasted that Russia's Kinzhals could not be stopped")
const MODEL = "(?:kalibrs?|kinzhals?|iskanders?|iskander-m|tochka-u|kh-\\d+)";
const DID = "(?:burst\\w*|explod\\w*|land\\w*|hit\\w*|kill\\w*|slam\\w*|tore|tear\\w*|crash\\w*|destroy\\w*|damag\\w*|smash\\w*|wreck\\w*|struck|strik\\w*|target\\w*)";
const MODEL_ACTION = new RegExp(`\\b(?:${MODEL}\\b[^.;]{0,60}\\b${DID}|${DID}\\b[^.;]{0,60}\\b${MODEL})\\b`, "i");
// (the model check scans ahead from every verb: only a sentence that names a model runs it)
const MODEL_NAMED = new RegExp(`\\b${MODEL}\\b`, "i");
/** A test on a sentence: its words, or a model named with what it did. */
const withModels = (words: RegExp) => ({ test: (text: string): boolean => words.test(text) || (MODEL_NAMED.test(text) && MODEL_ACTION.test(text)) });
// ("the city was hit again": a passive hit tells of an attack, as "struck" does)
// ("…, striking bombers at four airfields in Russia": the attack told by its participle; so "…, hitting strategic bombers at
// airbases deep inside Russia", set off by a comma as an adjunct of the deed before it, not a present "Russia is hitting the grid";
// and only with a military target after it: "…, hitting Russia's oil revenues", "hitting records in Spain" are no strikes)
const HIT_TARGET = String.raw`(?=\s+(?:[\w'’-]+\s+){0,3}(?:bombers|aircraft|airfields?|air\s?bases|airbases|bases|targets|positions|depots?|refiner(?:y|ies)|ships?|vessels|warships|radars?|headquarters|arsenals?)\b)`;
export const ATTACK_WORD = new RegExp(String.raw`\b(?:attack|attacks|attacked|strike|strikes|struck|striking|(?<=,\s{1,3})hitting${HIT_TARGET}|barrage|assaults?|drones?|missiles?|rockets?|shaheds?|launched|fired|explosions?|shelling|shelled|bombs?|bombed|bombing|raid|(?:was|were)\s+hit|${WAVE})\b`, "i");
export const ATTACK_WORDS = withModels(ATTACK_WORD);
// A sentence about an earlier attack ("The strike followed an overnight attack on Dec. 13") does not date the article's own.
// ("the most massive since the beginning of the full-scale invasion" measures this attack; it names no other)
// ("a response to Wednesday's strike on the airfield in Taganrog", "in response to … ATACMS missiles against an airfield in Taganrog on
// Wednesday": what it answers came before; but "drones began crossing late on Thursday, and missiles followed in the early morning"
// is one attack)
export const EARLIER = new RegExp(String.raw`^\W*since\b|\b(?:followed(?!\s+(?:in|at|later|soon|shortly|within)\b)|previous|earlier|for\s+comparison|(?:response|retaliation|revenge|reply)\s+(?:to|for)\s+(?:the\s+)?(?:last\s+)?(?:(?:${WEEKDAY_PATTERN})|yesterday)['’]s|(?:response|retaliation|revenge|reply)\s+(?:to|for)\b[^.;]{0,120}?\bon\s+(?:(?:${WEEKDAY_PATTERN})|yesterday)\b|last\s+(?:week|month|year)|record|since(?!\s+the\s+(?:beginning|start)\s+of\s+the\s+(?:full-scale\s+)?(?:war|invasion))(?!\s+(?:Russia['’]s|the)\s+(?:full-scale\s+)?invasion)|ago|in\s+(?:19|20)\d\d)\b`, "i");
// Times of day that only a daytime strike has (a night attack runs into the morning, so "morning" is not one).
// ("in the middle of a working day" as much as "the middle of the day")
const SET_APART_FROM = /\b(?:(?:separately|apart|away)\s+from|besides|unlike|in\s+addition\s+to|aside\s+from)\s+$/i;
const DAYTIME_WORDS = new RegExp(String.raw`\b(?:in\s+the\s+afternoon|later\s+(?:on\s+)?(?:that\s+day|(?:${WEEKDAY_PATTERN})\b(?!\s+(?:night|evening)))(?![^.]{0,80}\bovernight\b)|(?:${WEEKDAY_PATTERN}|this)\s+afternoon|(?:in\s+the|(?:${WEEKDAY_PATTERN}|this|yesterday))\s+evening(?![^.]{0,60}\b(?:into|until|through|overnight|lasted)\b)|late\s+(?:on\s+)?(?:last\s+)?(?:${WEEKDAY_PATTERN})\b(?!\s+(?:night|into))(?![^.]{0,60}\b(?:into|until|through|overnight|lasted)\b)|late\s+(?:on\s+)?(?:(?:${WEEKDAY_PATTERN})\s+)?morning|mid-?morning|(?:middle|height)\s+of\s+(?:the|a)\s+(?:working\s+)?day|afternoon\s+(?:strike|attack)|at\s+(?:noon|midday)|during\s+the\s+day|(?:over\s+the\s+course|throughout)\s+of\s+the\s+day|throughout\s+the\s+day|rush\s+hour|daytime|in\s+(?:broad\s+)?daylight|(?:12|[1-8])(?::\d{2})?\s*p\.m\.)`, "i");
// the hour a source spoke at, told after its verb: "the Kyiv City Military Administration said in the evening"
const SAID_AT_HOUR = new RegExp(String.raw`\b(?:${[...REPORT_VERBS, String.raw`told\s+\S+`].join("|")})\s+(?:late\s+|early\s+|later\s+)?in\s+the\s+(?:morning|afternoon|evening)\b`, "gi");
const blank = (t: string, at: number, length: number) => t.slice(0, at) + " ".repeat(length) + t.slice(at + length);
/**
 * A sentence with the times it was said at blanked out (`reportRefs`: "… has risen to 26, the ministry said on Wednesday
 * evening"): what is left tells when the strike was. For a toll (`toll`), an hour after a verb of saying goes too: a toll is
 * counted long after the strike ("The number of people killed in Friday's attack has risen to 16, the city administration said
 * in the evening"), while interceptions are told as they happen ("Sobyanin said in the afternoon that two drones had been shot
 * down" is a daytime attack).
 */
export const strikeHoursOf = (text: string, reportRefs: readonly TimeRef[], toll: boolean): string => {
  const told = reportRefs.reduce((t, r) => blank(t, r.at, r.text.length), text);
  return toll ? [...told.matchAll(SAID_AT_HOUR)].reduce((t, m) => blank(t, m.index, m[0].length), told) : told;
};
/** "Around 13:30 the enemy attacked the village", "The attack began at around 16:00 on Friday": a blast between noon and evening. */
const afternoonBlast = (text: string): boolean => {
  const hour = blastHour(text);
  return hour !== null && hour >= 12 && hour < 19;
};

/**
 * "three missiles hit the centre of Chernihiv at about 9am local time": a blast in the working morning, from 8 to noon (not one at
 * dawn, "at 6:20am", which may end the night's attack; an afternoon blast is afternoonBlast's).
 */
export const morningBlast = (text: string): boolean => {
  const hour = blastHour(text);
  return hour !== null && hour >= 8 && hour < 12;
};

/**
 * "A missile hit the building at around 20:00 on Sunday": a blast in the evening of its day, after the night that ended that
 * morning was over (not one at dawn, "at 6:20am", nor an evening hour a night's wave began at: see beganThatEvening).
 */
export const eveningBlast = (text: string): boolean => {
  const hour = blastHour(text);
  // (not the hour the night's attack began at: "The attack, which began at 21:00 on Saturday, killed 5 people on Sunday")
  return hour !== null && hour >= 18 && !BEGAN_AT.test(text);
};
const BEGAN_AT = /\b(?:began|begun|started|starting|beginning)\s+(?:at|around|about|after|shortly\s+after)\s+(?:around\s+|about\s+)?\d/i;

/** Words that put an attack in the night: "overnight", "the small hours", "a pre-dawn attack". */
export const NIGHT_SAID = /\b(?:overnight|night|small\s+hours|pre-?dawn|before\s+dawn|early\s+hours)\b/i;

/** A sentence that places a strike in daylight: its words, a clock span inside the day, or an afternoon blast. */
export const isDaytime = (text: string): boolean => DAYTIME_WORDS.test(text) || clockSpan(text) === "day" || afternoonBlast(text);

/**
 * A sentence that places the article's own attack in daylight: its words, a clock span inside the day, or
 * the hour of "the attack" itself ("The attack began at around 16:00") — not of another strike the page
 * adds ("Around 13:30 the enemy attacked the village of Kivsharivka").
 */
export const placesOwnAttackByDay = (text: string): boolean =>
  DAYTIME_WORDS.test(text) || clockSpan(text) === "day" || (afternoonBlast(text) && /\bthe\s+(?:attack|strike|shelling|barrage|raid)\b/i.test(text));
export const ENEMY = /\b(?:the\s+)?enemy\b/i;
// A list of launch areas runs on through commas and brackets: "from the directions of Kursk, Oryol,
// Bryansk and Primorsko-Akhtarsk (Russian Federation)"; bombers fire "over the Saratov region", or from where they fly:
// "fired from Tu-95 and Tu-160 strategic bombers flying over the Caspian Sea and the Rostov region", "bombers flying over
// Russia's Kursk region".
export const LAUNCH_AREA =
  /\bfrom\s+(?:the\s+)?(?:directions?|areas?|airfields?|territory|airspace)\s+(?:of\s+)?[\p{L}\s,'’()-]{0,90}$|\b(?:launch(?:ed|es|ing)?|fired|firing|fly(?:ing)?|flew|flown|came|coming|approach(?:ed|ing)|attack(?:ed|ing)|sent|arriv(?:ed|ing)|drones?|missiles?|UAVs?|aircraft)\b[^.;:]{0,60}\bfrom\s+(?:the\s+)?[\p{L}\s,'’-]{0,50}$|\blaunch(?:ed)?\s+(?:areas?|sites?|from)\b[^.;]{0,80}$|\b(?:aircraft|bombers|ships?|warships?|submarines?|carriers?)\s+(?:(?:flying|operating|patrolling|circling|stationed|based)\s+)?(?:over|above|in|from)\s+(?:the\s+)?[\p{L}\s'’-]{0,30}$/iu;
// ("Later on Sunday, Ukraine's Security Service carried out Operation Spiderweb, striking bombers": the operation is the attack)
export const ATTACK_NEAR = withModels(new RegExp(String.raw`\b(?:attack|attacks|attacked|strike|strikes|struck|striking|carried\s+out(?!\s+(?:an?\s+|the\s+)?(?:search|rescue|repair|evacuation|inspection|check|investigation|exchange|exercise|drill|swap)s?\b)|barrage|raid|assault|bombardment|bombs?|bombed|bombing|shelled|shelling|hit|explosions?|exploded|launched|fired|drones?|missiles?|rockets?|shaheds?|slammed|slamming|tore|crashed|killing|${WAVE})\b`, "i"));

// the verb of a launch, told in the clause a time closes however long the places between them: "fired about 20 missiles from
// the territory of Belarus at the village of Honcharivske early on Thursday"
// (not past a word that opens a clause of its own, whose verb the time belongs to: "launched 20 missiles at Kyiv in what Zelensky
// called a response to the peace plan that European leaders had unveiled in Brussels early on Thursday", "after Russian troops
// entered the village early on Thursday")
const FIRED_IN_CLAUSE = /\b(?:fired|launched|struck|attacked|shelled)\b(?:(?!\b(?:that|which|who|whom|whose|where|when|while|what|after|before|since|until|because|although|though)\b)[^.;:,!?]){0,160}$/i;
const firedInClause = (text: string, r: TimeRef): boolean => FIRED_IN_CLAUSE.test(text.slice(Math.max(0, r.at - 170), r.at));

/** A time expression that dates an attack, not a funeral or a search: a night, or a day next to an attack word. */
export function datesAttack(text: string, r: TimeRef): boolean {
  if (r.precision === "night") return true;
  // "a Russian missile strike on a nine-storey apartment building in Sumy on Sunday evening": the attack
  // word can sit a long noun phrase before its date
  return ATTACK_NEAR.test(text.slice(Math.max(0, r.at - 70), r.at + r.text.length + 40));
}

/**
 * The strike a sentence counts back to from the day it names for the search or mourning that followed ("Rescuers continued to
 * dig … on Thursday, a day after Russian cruise missiles struck two residential buildings"): that day less the days counted,
 * resolved; or null. (`refs`: the sentence's attack refs. Not a count back that names no strike, "on Thursday, a day after the
 * talks"; nor one set in a sentence that tells an attack of the day it names, "On Saturday, a day after the barrage, Belgorod was
 * hit", whose aside only recalls what came before.)
 */
export function countedBackToStrike(refs: readonly TimeRef[], text: string): TimeRef | null {
  const back = refs.find((r) => r.relative === "days-later" && (r.days ?? 0) < 0 && ATTACK_NEAR.test(text.slice(r.at, r.at + r.text.length + 50)));
  const from = back ? refs.filter((r) => !r.relative && r.start && r.end && r.precision === "day" && r.at < back.at).at(-1) : undefined;
  if (!back || !from) return null;
  const before = text.slice(0, back.at);
  if (!(SEARCHED_BEFORE.test(before) || MOURNING.test(before)) || ATTACK_NEAR.test(before)) return null;
  // (what follows the aside's strike is its own: "…, a day after missiles struck Ternopil, the city was hit again")
  if (/,\s+(?:the\s+|a\s+)?[\w-]+\s+(?:was|were)\s+(?:hit|struck|attacked)/i.test(text.slice(back.at + back.text.length))) return null;
  return resolveRelative(back, { attacker: "RU", target: "UA", start: from.start, end: from.end, precision: "day" });
}

/** "the next night" after the attack before it, "the night before" it; unresolved when there is none. */
export function resolveRelative(ref: TimeRef, previous: Context | null): TimeRef {
  if (ref.relative === "same-night") {
    // "on the same night as the second raid": the night named last
    // "JULY 3 - … That night Russia launches 539 drones": the night that began on the day named
    if (previous?.precision === "night") return { ...ref, start: previous.start, end: previous.end };
    return previous?.precision === "day" && previous.end ? { ...ref, start: previous.end, end: addDays(previous.end, 1) } : { ...ref, start: null, end: null };
  }
  if (ref.relative === "that-morning" || ref.relative === "that-day" || ref.relative === "that-attack") {
    // the night that ended on the day named ("that morning"), or that day
    const day = previous?.end ?? null;
    if (!day) return { ...ref, start: null, end: null };
    if (ref.relative === "that-attack" && previous?.precision === "night") return { ...ref, start: previous.start, end: previous.end };
    return ref.relative !== "that-day" ? { ...ref, start: addDays(day, -1), end: day, precision: "night" } : { ...ref, start: day, end: day, precision: "day" };
  }
  if (ref.relative === "that-week") return previous?.precision === "week" ? { ...ref, start: previous.start, end: previous.end } : { ...ref, start: null, end: null };
  // ("over the same period": the week or month named before, whichever it was)
  if (ref.relative === "that-period") return previous?.precision === "week" || previous?.precision === "month" ? { ...ref, start: previous.start, end: previous.end, precision: previous.precision } : { ...ref, start: null, end: null };
  if (ref.relative === "that-month") return previous?.precision === "month" ? { ...ref, start: previous.start, end: previous.end } : { ...ref, start: null, end: null };
  if (ref.relative === "days-later") {
    // "a week later" than the night (or day) named before: the same part of the day, that many days on
    if (!previous?.end || ref.days === undefined) return { ...ref, start: null, end: null };
    const end = addDays(previous.end, ref.days);
    // (what an attack by night "came a day after", told as an attack that comes by day, is the day that many days before the
    // night ended: "The attack [early on Monday] came a day after Russia fired 30 cruise missiles at Yavoriv" is Sunday's
    // strike, not the night before Sunday; see TimeRef.dayAfter)
    const cameAfter = ref.precision === "day" && (ref.dayAfter === "always" || (ref.dayAfter === "barrage" && end < DAYLIGHT_BARRAGES_END));
    // ("two nights earlier" than a day: the night that ended that many days before it)
    return (previous.precision === "night" && !cameAfter) || ref.precision === "night" ? { ...ref, start: addDays(end, -1), end, precision: "night" } : { ...ref, start: end, end, precision: "day" };
  }
  if (ref.relative === "previous-day") {
    if (!previous?.end) return { ...ref, start: null, end: null };
    const day = previous.precision === "night" ? previous.start! : addDays(previous.end, -1);
    return { ...ref, start: day, end: day };
  }
  if (ref.relative === "previous-night") {
    // the night before the night (or day) named last
    if (!previous?.start) return { ...ref, start: null, end: null };
    const end = previous.precision === "night" ? previous.start : previous.end!;
    return { ...ref, start: addDays(end, -1), end };
  }
  if (!previous?.end) return { ...ref, start: null, end: null };
  const start = ref.relative === "next-night" ? previous.end : addDays(previous.end, 1);
  return { ...ref, start, end: ref.relative === "next-night" ? addDays(start, 1) : start };
}
