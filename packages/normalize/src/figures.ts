import { MONTHS, type Metric, type Qualifier, type Weapon } from "@salvo/core";
import { ellipticCasualty, followOnCasualty, statedCountSubject, wordBeforeQuoted } from "./casualties.ts";
import { ATTACK_WORDS } from "./attack-dates.ts";
import { WEEKDAY_NAME } from "./dates.ts";
import { FATE_PARTICIPLE, combined, coordinatedEnd, leftCue, matchCue, pastAuxiliaries, rightCue } from "./cues.ts";
import { ATTACK_NOUNS, BULLET, CASUALTY_CUES, CLAUSE_BREAK, type Cue, INTERCEPTIONS, MISSILE_MODEL, MIXED_NEEDS, NOT_DONE, NOUN_BREAKERS, OPEN_GROUND, OPERATED_BY, PERSON_NOUNS, REPORT_VERBS, RU_MODEL, UA_MODEL, VERB_FILLER, WEAPON_CUES, WEAPON_NOUNS, singularRocket } from "./lexicon.ts";
import { findPlaces } from "./places.ts";
import { pastStrikerParticiple } from "./striker-participle.ts";
import { pastWeaponAppositive } from "./weapon-appositive.ts";
import { pastStrikerRelative } from "./striker-relative.ts";
import { UNITS, findQuantities, isCount, maybeHigherAside, pastFlight, type Quantity } from "./quantities.ts";
import { oneOfStruckPair } from "./struck-pair.ts";
import { BE, HAVE, HAVE_WORD, PAST_BE, PAST_BE_OR_BEEN, PAST_BE_OR_HAVE, PAST_BE_WORD, wordOf } from "./auxiliaries.ts";
import { STRAY_STATES, peopleOf } from "./countries.ts";
import { AT_HOSPITAL_ANYWAY, hospitalTrip, movedOutOfHarm } from "./hospital-trip.ts";
import { hurtBeforeKin } from "./kin-casualty.ts";
import { partDownedAfter, passiveHitBy } from "./struck-by-downed.ts";
import { recalledClause, toldStrikeClause } from "./told-strike.ts";
import { debrisAsEvidence, wreckageOfBuilding } from "./debris-evidence.ts";
import { withJammedCrashes } from "./jammed-crashes.ts";
import { aimedThenDowned } from "./aimed-then-downed.ts";
import { allLaunchedFate } from "./all-launched-fate.ts";
import { MISSILE_TYPE, missileTypeOfLaunch } from "./launch-types.ts";
import { SAID_AND, SAID_JUST_BEFORE, SAID_VERB, SPEAKER_ADDS, bothOfTwo, fateOfLaunch, placesOnly, wholeOfAllDowned } from "./fate-of-all.ts";
import { kindsOfAll } from "./kinds-of-all.ts";
import { launchedOfThem } from "./launched-of-them.ts";
import { describedObject, listedToll, verbOfItsOwn } from "./listed-tolls.ts";
import { thirdPartySpeaker } from "./neighbour-speaker.ts";
import { ordinalFate } from "./ordinal-weapons.ts";
import { respectiveFates } from "./respectively.ts";
import { firedWith } from "./with-count.ts";
import { STARTS_UPPER, isNumericDate, normsOf, type Token } from "./tokens.ts";

// One list built once: cue lookups are indexed per list (see `matchCue`), and a list spread anew at each call would be indexed anew.
const ALL_CUES: readonly Cue[] = [...WEAPON_CUES, ...CASUALTY_CUES];

// (module level: tsx compiles a regex literal with \p{…} outside a class into `new RegExp(…)`, built anew at every evaluation)
const STARTS_LETTER = /^\p{L}/u;

// The auxiliaries the readers below step past or test for, as whole words: built from auxiliaries.ts, so a form added there
// reaches them all.
const BE_WORD = wordOf(BE);
const PAST_BE_OR_PARTICIPLE = wordOf(PAST_BE, ["been", "being"]);
const ANY_BE = wordOf(BE, ["be", "been", "being"]);
const PAST_BE_OR_PERFECT = wordOf(PAST_BE, HAVE, ["been"]);
const BE_OR_PERFECT = wordOf(BE, HAVE, ["been"]);
const BE_OR_PERFECT_OR_ALL = wordOf(BE, HAVE, ["been", "all", "both"]);

/** A figure read from one sentence, before attribution, dating and event assignment. */
export interface RawFigure {
  readonly metric: Metric;
  /** null for casualty figures: the weapon is the event's. */
  readonly weapon: Weapon | null;
  readonly value: number | null;
  /** Offsets of the amount as written, hedge included ("at least 111"). */
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly qualifier: Qualifier;
  /** Token range of the amount and its noun phrase. */
  readonly first: number;
  readonly last: number;
  /** Nationality named in the noun phrase: "Ukrainian drones" → UA (the attacker). */
  readonly nationality: "UA" | "RU" | null;
  /** A sub-count of a total in the same sentence ("including 91 over Moscow region"). */
  readonly part: boolean;
  /** A hit read from a town struck with it ("struck Kharkiv with 17 drones"): a launch if the next sentence downs some. */
  readonly struckWith?: true;
  /**
   * A fate told by a bare amount of the weapons counted before it ("air defenses shot down 30 of them", "It said 72 were shot
   * down"): a part of that count, so a count restated after it is the whole's.
   */
  readonly ofCounted?: true;
}

type Head = { kind: "weapon"; weapon: Weapon; end: number; nationality: "UA" | "RU" | null } | { kind: "person"; end: number } | { kind: "none"; end: number };

const NOT_A_COUNT_AFTER = new Set(["%", "percent", "per", "year-old", "years", "year", "km", "kilometres", "kilometers", "miles", "metres", "meters", "hours", "hour", "minutes", "days", "day", "weeks", "months", "billion", "million", "trillion", "a.m", "p.m", "am", "pm", "gmt", "cet", "tonnes", "tons", "kg", "mm", "th", "st", "nd", "rd", "times", "square", "hectares", "degrees", "kilogram", "kilograms", "mph", "storey", "floors", "-storey"]);
const STREET = /\b(?:street|avenue|road|square|lane|boulevard|prospekt|embankment)\b/;
const CARRIERS = new Set(["bombers", "bomber", "aircraft", "planes", "jets", "fighters", "warships", "ships", "frigates", "submarines", "submarine", "carriers"]);
const EQUIPMENT_AFTER = /^(?:launchers?|systems?|complex(?:es)?|radars?|batter(?:y|ies)|depots?|warehouses?|arsenals?|stockpiles?|storage|carriers?|crews?|operators?|units?|production|factory|factories|plants?|control|command|posts?|points?|hubs?|bases?|sites?|workshops?|teams?|pilots?|assembly|manufacturing|hangars?|facilit(?:y|ies)|positions?|launch)$/;
const MISSILE_SHIPS = /^(?:ships?|boats?|cruisers?|vessels?|frigates?|corvettes?|destroyers?|submarines?)$/;
// ("struck a depot storing 300 Shahed drones": what was kept there, not what flew)
const NOT_A_COUNT_BEFORE = new Set(["storing", "holding", "containing", "housing", "stockpiling", "stored", "aged", "ages", "age", "$", "€", "£", "₴", "no", "number", "route", "highway", "road", "regiment", "brigade", "unit", "article", "resolution", "paragraph", "flight", "building", "house", "apartment", "block", "m", "e", "h"]);

// "produces 2,700 drones a month", "up to 1,000 drones a night": a rate or a capacity, not an attack's count
/** An amount in the range of years ("In 2023 hits were recorded"), which the caller may weigh against other signs. */
const looksLikeYear = (q: Quantity): boolean => q.value !== null && q.value >= 1900 && q.value <= 2100;

/** Whose a noun is: "Russia's", "its", "their". */
const OWNER = /^(?:its|their|our|[\p{L}-]+['’]s)$/u;
const PERIODS = new Set(["night", "day", "week", "month", "year", "nights", "days"]);
/**
 * "2,700 attack drones a month and roughly 2,500 cheaper Gerbera decoys": the count joined to a rate is at that rate too
 * (a rate of the count's noun before it, not an aside's average: "6,384 drones, an average of 206 a day, and 198 missiles").
 */
function rateBefore(tokens: readonly Token[], q: Quantity): boolean {
  const at = q.first - (hedgeAt(tokens, q.first) ? 0 : (hedgeBefore(tokens, q.first)?.length ?? 0));
  if (tokens[at - 1]?.norm !== "and") return false;
  const k = tokens[at - 2]?.norm === "," ? at - 3 : at - 2;
  return k > 1 && PERIODS.has(tokens[k]!.norm) && /^(?:a|per|each|every)$/.test(tokens[k - 1]?.norm ?? "") && tokens[k - 2]!.kind === "word";
}
const EW_KIT = /^(?:radio-)?electronic warfare (?:stations?|systems?|complex(?:es)?|units?|equipment|installations?|posts?|vehicles?)\b/;
const GROUPS = /^(?:waves|groups|batches|swarms|salvos|packs)$/;
const NEEDS = /^(?:takes?|took|needs?|needed|requires?|required)$/;
const TO_DOWN = /^to (?:shoot down|down|intercept|destroy)\b/;
/**
 * "It takes two or three Patriot interceptors to shoot down one ballistic missile": the count of what downing one needs, or
 * the one it downs (not a count downed in the time it took: "It took air defence forces about three hours to shoot down 47 drones").
 */
function neededToDown(tokens: readonly Token[], q: Quantity): boolean {
  for (let v = Math.max(0, q.first - 11); v < q.first; v++) {
    if (!NEEDS.test(tokens[v]!.norm)) continue;
    for (let j = v + 2; j <= v + 7; j++) {
      const m = TO_DOWN.exec(normsOf(tokens, j, j + 3));
      if (!m) continue;
      const after = j + m[0].split(" ").length;
      return q.first < after || (q.value === 1 && q.first === after);
    }
  }
  return false;
}
const EXAMPLE_OPENER = /(?:\bfor (?:example|instance)|\bsuch as|\b(?:phrases?|wordings?|words|formulations?) like)(?: ,)?$/;
/**
 * The amount right after "for example" or "such as", or inside a quotation that opens there: an example of a wording. Not
 * an example told as news, whose own words come between: "On 20 March, for example, it said it had destroyed 132 drones",
 * or whose teller follows: "On the night of July 9, for example, 728 drones were launched at Ukraine, the Air Force said".
 */
function givenAsExample(tokens: readonly Token[], q: Quantity): boolean {
  if (exampleOpensAt(tokens, q.first)) return !tokens.slice(q.last + 1).some((t, i) => SAID_THAT.test(t.norm) && tokens[q.last + i]!.kind === "word");
  // (the nearest quotation mark back within the sentence's phrase, the one that opens the quotation holding the amount)
  for (let k = q.first - 1; k >= Math.max(0, q.first - 12); k--) {
    const mark = tokens[k]!.norm;
    if (mark === '"' || mark === "“" || mark === "”") return exampleOpensAt(tokens, k);
  }
  return false;
}
// (givenAsExample's helpers at module level, not closures: tsx names every closure it creates, a property write per call)
/** Whether the words ending at `end` open an example: "for example", "such as", "words like". */
const exampleOpensAt = (tokens: readonly Token[], end: number): boolean => EXAMPLE_OPENER.test(normsOf(tokens, Math.max(0, end - 3), end));
const CLAIM_NOUN = /^(?:claims?|assertions?|allegations?|rumou?rs?|reports?|suggestions?)$/;
const FALSE_WORDS = /^(?:(?:is|are|was|were|has been|have been|proved|proven|turned out to be) (?:also )?(?:false|untrue|fake|wrong|baseless|unfounded|incorrect|inaccurate|not true)|(?:is|are|was|were) not (?:true|correct|accurate))\b/;
/**
 * The count inside "the claim that …" whose verb calls the claim false: "The claim that Russia has launched … is false". Not
 * a count in a relative clause inside the claim, which tells what is not in dispute: "The claim that the two missiles which
 * killed 35 people in Sumy on Sunday were aimed at a military ceremony is false".
 */
function deniedClaim(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = q.first - 2; k >= 1; k--) {
    if (tokens[k + 1]!.norm !== "that" || !CLAIM_NOUN.test(tokens[k]!.norm) || !/^(?:the|this|a|such|any)$/.test(tokens[k - 1]!.norm)) continue;
    if (tokens.slice(k + 2, q.first).some((t) => /^(?:which|that|who)$/.test(t.norm))) return false;
    for (let j = q.last + 1; j < tokens.length; j++) if (FALSE_WORDS.test(normsOf(tokens, j, j + 5))) return true;
    return false;
  }
  return false;
}
// A writer's inference, after "which" or a comma ("…, which suggests its crew engaged several incoming missiles"); not a
// report's count: "Early reports from the Kyiv region suggest one person has been killed", nor what a report or a saying
// before it tells ("published its morning report, which indicated that 54 of the 60 drones had been shot down", "the Air
// Force said, indicating that 54 of them had been shot down").
const INFERRED = /(\S+)(?: ,)? (?:which|,) (?:suggests|suggested|suggesting|indicates|indicated|indicating|implies|implied|implying)(?: [^,;:]+)?$/;
const REPORT_NOUN = /^(?:reports?|statements?|updates?|data|figures|bulletins?|summary|summaries|briefings?|posts?|messages?)$/;
const inferred = (before: string): boolean => {
  const m = INFERRED.exec(before);
  return m !== null && !REPORT_NOUN.test(m[1]!) && !SAID_THAT.test(m[1]!);
};
function isRate(tokens: readonly Token[], f: RawFigure): boolean {
  const a = tokens[f.last + 1]?.norm ?? "";
  const b = tokens[f.last + 2]?.norm ?? "";
  // ("Ukraine fires between 1.5 and two surface-to-air missiles for each cruise missile it brings down": a ratio of interceptors
  // to targets, no count of either; "for each night" is a rate too)
  if (a === "for" && (b === "each" || b === "every")) return true;
  // ("at its current rate of roughly 5,000 drones and 200 missiles a month": the period told after the counts joined is the
  // first's too; not "launched 50 drones and 10 missiles a week ago")
  if (a === "and") {
    const end = coordinatedEnd(tokens, f.last + 2);
    if (end !== null) return perPeriod(tokens, end + 1);
  }
  return perPeriod(tokens, f.last + 1);
}
/** "a month", "per night" at token `k` (not when it was: "20 missiles a week ago"). */
function perPeriod(tokens: readonly Token[], k: number): boolean {
  return /^(?:a|per|each|every)$/.test(tokens[k]?.norm ?? "") && PERIODS.has(tokens[k + 1]?.norm ?? "") && tokens[k + 2]?.norm !== "ago";
}
// ("Russia fired an average of about 80 missiles in each of its large strikes": a mean of many attacks, the count of none)
const AVERAGE = /\b(?:an? average of|on average|averaging|averaged)$/;
const averaged = (tokens: readonly Token[], q: Quantity): boolean =>
  AVERAGE.test(normsOf(tokens, Math.max(0, q.first - 3), q.first - (hedgeAt(tokens, q.first) ? 0 : (hedgeBefore(tokens, q.first)?.length ?? 0))));

// a weapon's place in a group: "the second one", "the last one", "the latter one"
const ORDINAL_OF_GROUP = /^(?:first|second|third|fourth|fifth|last|latter|former)$/;
// (an ordinal names one of the hits told only when there were that many: "Two missiles hit the port. The third one struck a
// school" is a third weapon, a hit of its own)
const ORDINAL_PLACE: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, former: 1, latter: 2 };
function ordinalWithin(ordinal: string, told: Pick<RawFigure, "value"> | null): boolean {
  const place = ORDINAL_PLACE[ordinal];
  return place === undefined || (told?.value ?? 0) >= place;
}
// Weapons supplied, produced, stockpiled or asked for are not weapons fired.
const SUPPLY_NOUNS = new Set(["supply", "supplies", "delivery", "deliveries", "production", "stockpile", "stockpiles", "arsenal", "inventory", "stock", "stocks", "needs"]);
const SUPPLY = new Set([
  "supplied", "supply", "supplies", "supplying", "deliver", "delivered", "delivery", "deliveries", "delivering", "produce", "produces", "produced",
  "producing", "production", "manufacture", "manufactures", "manufactured", "manufacturing", "stockpile", "stockpiled", "stockpiles", "stockpiling", "needs", "requested", "asked", "buy", "bought",
  "purchase", "purchased", "provide", "provided", "providing", "transfer", "transferred", "pledged", "donated", "arsenal", "inventory", "stock", "stocks",
]);
// ("Britain promised hundreds of air defence missiles": aid promised is not fired; for people the words are a leader's
// vow, "promised to rebuild the homes of 40 injured families", and leave the count alone; and only the promise told before
// the count: "Russia fired 40 drones despite its promise" fired them)
const PROMISED = new Set(["promise", "promises", "promised", "promising", "pledge", "pledges", "pledging"]);
// (the promise must govern the count: not one told in a clause of its own, "Despite a pledge, Russia launched 40 drones",
// "Russia promised retaliation and launched 40 drones", "Russia, which had promised a truce, launched 40 drones")
const PROMISE_BROKEN_BY = /^(?:,|;|:|and|but|then|launched|launches|launch|fired|fires|fire|sent|sends|used|attacked|struck|hit)$/;
function promiseGoverns(tokens: readonly Token[], k: number, first: number): boolean {
  for (let j = k + 1; j < first; j++) if (PROMISE_BROKEN_BY.test(tokens[j]!.norm)) return false;
  return true;
}
const TARGET_AFTER_PRODUCTION = /^(?:facilit(?:y|ies)|sites?|plants?|infrastructure|capacit(?:y|ies)|assets|fields?|wells?|hubs?)$/;
const PRODUCED_GOODS = /^(?:gas|oil|energy|electricity|power|fuel|grain|steel|coal|heat)$/;
const GIVEN_FACTS = /^(?:(?:any|no|further|exact) )?(?:figures?|details|data|information|numbers|breakdown|evidence)\b/;
function nearSupply(tokens: readonly Token[], q: Quantity, casualty: boolean): boolean {
  for (let k = Math.max(0, q.first - 5); k <= Math.min(tokens.length - 1, q.last + 5); k++) {
    // "six U.S.-supplied ATACMS missiles", "British-supplied Storm Shadows": which missiles, not a delivery
    // (for people, only a verb of giving: "delivered aid to 3,000 injured people", not "killed six employees of a
    // delivery company", "a drone factory's production hall")
    // (nor, for people, help asked for: "200 people have asked for medical help", "two people had requested medical help")
    const askedForHelp = casualty && /^(?:asked|requested)$/.test(tokens[k]!.norm) && /^(?:for )?medical\b/.test(normsOf(tokens, k + 1, k + 3));
    if ((SUPPLY.has(tokens[k]!.norm) || (!casualty && k < q.first && PROMISED.has(tokens[k]!.norm) && promiseGoverns(tokens, k, q.first))) && tokens[k - 1]?.norm !== "-" && !(casualty && SUPPLY_NOUNS.has(tokens[k]!.norm)) && !askedForHelp) {
      // (not what they were fired at: "74 drones at gas production facilities")
      if (k > q.last && tokens.slice(q.last + 1, k).some((t) => /^(?:at|on|against|targeting|towards?|into|after)$/.test(t.norm))) continue;
      // (nor what the attack did, told after it: "with 120 missiles and 90 drones, delivering one of its heaviest blows",
      // "launched 40 drones overnight, producing loud explosions"; "is believed to be producing about 60 Iskander-M" is)
      if (k > q.last && tokens[k]!.norm.endsWith("ing")) continue;
      // (nor figures given or not: "shot down 71 of 123 drones launched, without providing figures on missiles")
      if (GIVEN_FACTS.test(normsOf(tokens, k + 1, k + 3))) continue;
      // (nor a target named before: "struck Ukraine's gas production facilities with 67 missiles", "attacked energy production")
      if (tokens[k]!.norm === "production" && (TARGET_AFTER_PRODUCTION.test(tokens[k + 1]?.norm ?? "") || PRODUCED_GOODS.test(tokens[k - 1]?.norm ?? ""))) continue;
      // (nor who made them, after a verb of firing: "Ukraine fired six ATACMS missiles supplied by the United States")
      if (k > q.last && /^(?:fired|launched|used)$/.test(tokens[q.first - 1]?.norm ?? "") && /^(?:supplied|provided|delivered|made)$/.test(tokens[k]!.norm) && tokens[k + 1]?.norm === "by") continue;
      // (nor where they were made: "shot down four ATACMS missiles manufactured in the USA")
      if (/^(?:made|produced|manufactured|built)$/.test(tokens[k]!.norm) && tokens[k + 1]?.norm === "in" && WEAPON_NOUNS.has(tokens[k - 1]?.norm ?? "")) continue;
      return true;
    }
  }
  return false;
}

// another war's dead: a year before this war's ("the 1945 atomic bombing", "In 1941, Nazi troops killed 33,771 Jews at
// Babyn Yar"), or a war by its name, unless it is a comparison or a building's age ("the biggest attack since World War
// Two", "a hospital that had survived the Second World War", "a block built in 1965", "the 1986 disaster")
// (the present, in the attacked country's own airspace: not "19 drones were in Polish airspace", a neighbour's count)
const STILL_AIRBORNE = /^(?:(?:are|is|remain|remains)\s+)?(?:still\s+)?in\s+(?:(?:the|our|ukrainian|ukraine's|russian|russia's)\s+)?airspace\b/;
const OLD_WAR_YEAR = /(?<!\b(?:since|built|constructed|founded|opened|erected|completed|born|survived)\s+(?:in\s+)?(?:the\s+)?)\b(?:19\d\d|200\d|201[0-3])\b(?!s\b|\s+(?:disaster|accident|explosion))|(?<!\b(?:since|survived|after)\s+(?:the\s+)?)\b(?:(?:first|second)\s+world\s+war|world\s+war\s+(?:i|ii|one|two))\b/i;
// (not a strike's toll a ministry gives in its own words: "hit a deployment point …, eliminating up to 80 servicemen")
/** A sentence that names weapons or a strike: its dead are the strike's. */
const struckBy = (tokens: readonly Token[]): boolean => hasAttackNoun(tokens) || tokens.some((t) => WEAPON_NOUNS.has(t.norm));
const FRONT_LOSSES = /\b(?:directions?|battlefield|killed\s+or\s+wounded|wounded\s+or\s+killed|in\s+(?:battles?|fighting|combat|clashes))\b/i;
const THIS_WAR_YEAR = /\b20(?:1[4-9]|[2-9]\d)\b/;
const EXCHANGE_WORDS = new Set(["exchange", "swap", "hand", "handed", "prisoners", "pows", "repatriated", "repatriation"]);
// ("another 22 seriously wounded soldiers were returned": the wounded an exchange gave back, told after the sentence that named it;
// not who came back themselves, "Rescuers who returned to the site pulled 5 bodies from the rubble")
function givenBack(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.norm === "returned" && PAST_BE_OR_PARTICIPLE.test(tokens[i - 1]?.norm ?? "");
}

const DRONE_PREFIX = /^(?:shahed|geran|lancet|orlan|gerbera)/;

// (weapons only one side fires, by their model: lexicon.ts RU_MODEL, UA_MODEL; not one taken from the other side, which its
// captor fires: "two captured Iskander missiles", "seized Kalibr")
function nationalityOf(norm: string, byModel = true): "UA" | "RU" | null {
  // (Ukraine's security service and military intelligence fly their own: "50 SBU drones attacked the Primorsk port")
  if (/^ukrain/.test(norm) || /^(?:sbu|hur|gur)$/.test(norm) || (byModel && UA_MODEL.test(norm))) return "UA";
  if (/^russia/.test(norm) || (byModel && RU_MODEL.test(norm))) return "RU";
  return null;
}
const TAKEN = new Set(["captured", "capture", "captures", "capturing", "seized", "seize", "seizes", "seizing", "trophy", "trophies"]);

/** The weapon one word names: a noun ("drones"), a drone name ("Shahed-136") or a missile designation ("Kh-101"). */
export function weaponWord(norm: string): Weapon | undefined {
  return WEAPON_NOUNS.get(norm) ?? (DRONE_PREFIX.test(norm) ? "drone" : MISSILE_MODEL.test(norm) ? "missile" : undefined) ?? pairedNoun(norm);
}

/** A translation's two nouns joined: "drones-imitators", "UAVs-decoys" are drones of that kind. */
function pairedNoun(norm: string): Weapon | undefined {
  const [a, b, ...rest] = norm.split("-");
  const w = WEAPON_NOUNS.get(a ?? "");
  return rest.length === 0 && w && w !== "mixed" && WEAPON_NOUNS.get(b ?? "") === w ? w : undefined;
}

/** The weapon token `k` names, a mixed one ("targets") only with the word that makes it so ("air targets"). */
export function namedWeapon(tokens: readonly Token[], k: number): Weapon | undefined {
  const w = weaponWord(tokens[k]!.norm);
  return w === "mixed" && !MIXED_NEEDS.has(tokens[k - 1]?.norm ?? "") ? undefined : w;
}

/** The next word after a model name and its slashed variants ("Iskander-M/KN-23 ballistic missiles" → "ballistic"). */
function nextWord(tokens: readonly Token[], k: number): string {
  return tokens[nextWordAt(tokens, k)]?.norm ?? "";
}
function nextWordAt(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  while (tokens[j] && (tokens[j]!.norm === "/" || (tokens[j - 1]!.norm === "/" && tokens[j]!.kind !== "punct"))) j++;
  return j;
}
/** A missile's name before its kind and noun: "two Iskander-M ballistic missiles", "Kh-101 cruise missiles". */
function beforeMissileNoun(tokens: readonly Token[], k: number): boolean {
  const j = nextWordAt(tokens, k);
  if (WEAPON_NOUNS.has(tokens[j]?.norm ?? "")) return true;
  return MISSILE_KIND.has(tokens[j]?.norm ?? "") && WEAPON_NOUNS.get(tokens[j + 1]?.norm ?? "") === "missile";
}

// (in the sky: "destroyed over the capital"; a ministry's "35 targets were destroyed in the strikes" are ground targets)
// ("shot down" and "intercepted" are said of what flies: "428 targets had been shot down or suppressed"; not
// "suppressed", which artillery does to targets on the ground)
const DOWNED_AFTER = /^(?:(?:(?:had|have|has)\s+been|were|was)\s+)?(?:(?:destroyed|downed|shot\s+down|intercepted|neutrali[sz]ed)\s+(?:over|above)\b|(?:shot\s+down|intercepted|neutrali[sz]ed(?=\s*[,.;]|\s*$|\s+(?:by|overnight)\b)|(?:destroyed|downed)\s+or\s+(?:jammed|suppressed|neutrali[sz]ed|lost))\b)|^downed\b/;

const HEADED_FOR = /^(?:(?:that|which)\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:flying|headed|heading|approaching|en\s+route)\b/;

const OF_HEDGES = [["more", "than"], ["fewer", "than"], ["less", "than"], ["up", "to"], ["about"], ["around"], ["some"], ["nearly"], ["almost"], ["roughly"], ["approximately"], ["over"]];
/** The hedge that starts at token `k` ("about", "more than"), if any. */
const hedgeAt = (tokens: readonly Token[], k: number): string[] | undefined => OF_HEDGES.find((h) => h.every((w, i) => tokens[k + i]?.norm === w));
/** The hedge that ends just before token `k`, if any. */
const hedgeBefore = (tokens: readonly Token[], k: number): string[] | undefined => OF_HEDGES.find((h) => h.every((w, i) => tokens[k - h.length + i]?.norm === w));

/** What the amount counts: scans a short noun phrase after it. */
// nouns that end like a participle: "a residential building", "a Sunday morning", "a drone wing"
const ING_NOUNS = /^(?:building|buildings|morning|evening|wing|wings|ceiling|housing|shelling|bombing|training|landing|spring|string|king|thing|something|nothing|anything|everything|offspring|sibling|siblings|duckling|dwelling|dwellings|being|beings|ring|swing|sling|ting)$/;

const PLURAL = /^(?:people|children|men|women)$|[^su]s$/;
// what opens a noun phrase of its own: "the", "a", a possessive
const DETERMINER = /^(?:the|a|an|his|her|their|its|our)$/;
/**
 * Whether the phrase goes on, a word or two on and before any determiner or count, to a person's or weapon's noun in the
 * singular: "(a second incoming) missile", "(a young expecting) mother"; not "(carrying) civilian workers".
 */
function singularNounNext(tokens: readonly Token[], from: number): boolean {
  let last = "";
  for (let j = from; j < from + 3 && tokens[j]?.kind === "word" && !isCount(tokens[j]) && !DETERMINER.test(tokens[j]!.norm); j++) {
    if (PERSON_NOUNS.has(tokens[j]!.norm) || WEAPON_NOUNS.has(tokens[j]!.norm)) last = tokens[j]!.norm;
    else if (last) break;
  }
  return last !== "" && !PLURAL.test(last);
}

const THING_AFTER_PERSON = /^(?:bus|buses|minibus|car|cars|vehicle|vehicles|train|trains|truck|van|plane|aircraft|ship|vessel|boat|ferry|infrastructure|building|buildings|object|objects|facility|facilities|enterprise|house|houses|targets?|areas?|airport|port|terminal|carriage|wagon)$/;

/**
 * Whether the person's word at `k` is a modifier of the thing's noun after it ("a civilian bus", "a passenger train"). A
 * plural is no modifier ("two workers building fortifications": the -ing word is their verb), nor is a singular before an
 * -ing word with its own object ("a worker building a shelter").
 */
function personNamesThing(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.norm ?? "";
  if (!THING_AFTER_PERSON.test(next) || PLURAL.test(tokens[k]!.norm)) return false;
  const object = tokens[k + 2]?.norm ?? "";
  return !(/ing$/.test(next) && (DETERMINER.test(object) || object === "new"));
}

const ROCKET_MODIFIES = /^(?:launchers?|systems?|attacks?|strikes?|fire|artillery|shells?|salvos?|engines?|motors?|fuel|launch|launches|troops|forces|units?|science|scientists?|-)$/;
// The kinds a drone or a missile is named by before its noun ("Shahed attack drones", "kamikaze drones", "Kh-101 cruise
// missiles"): one list each, which every reader of a weapon's name below takes its kinds from, so a kind newly met is added once.
const DRONE_KINDS = ["attack", "strike", "kamikaze", "combat", "decoy", "imitator"];
const MISSILE_KINDS = ["cruise", "ballistic", "guided", "hypersonic", "aeroballistic", "anti-ship"];
const DRONE_KIND = new Set(DRONE_KINDS);
const MISSILE_KIND = new Set(MISSILE_KINDS);
// any kind, drone's or missile's: the kind a second noun may take after "and" ("40 missiles and attack drones") and the rest of a
// weapon's name after its model ("all 30 Shahed attack drones launched")
const WEAPON_KIND = new Set([...DRONE_KINDS, ...MISSILE_KINDS]);
function readHead(tokens: readonly Token[], q: Quantity): Head {
  let nationality: "UA" | "RU" | null = null;
  const taken = TAKEN.has(tokens[q.first - 1]?.norm ?? "") || TAKEN.has(tokens[q.first - 2]?.norm ?? "");
  let k = q.last + 1;
  // "the majority of incoming drones", "dozens of Shahed drones", "35 of the 108 drones"
  // (translated: "15 from 25 drones were destroyed"; "56 out of 87 enemy drones")
  if (tokens[k]?.norm === "out" && tokens[k + 1]?.norm === "of" && isCount(tokens[k + 2])) k++;
  if (tokens[k]?.norm === "of" || (tokens[k]?.norm === "from" && tokens[k + 1]?.kind === "number")) {
    k++;
    if (tokens[k]?.norm === "the" || tokens[k]?.norm === "them" || tokens[k]?.norm === "these" || tokens[k]?.norm === "those") {
      // ("47 of those missiles were shot down": a part of the weapons just counted, named again)
      const named = tokens[k]?.norm !== "them" && [1, 2, 3].some((j) => WEAPON_NOUNS.has(tokens[k + j]?.norm ?? ""));
      if (tokens[k]?.norm !== "the" && !named) {
        // "410 of them drones": the noun after "of them" names what the part counts
        const w = WEAPON_NOUNS.get(tokens[k + 1]?.norm ?? "");
        if (tokens[k]?.norm === "them" && w && w !== "mixed") return { kind: "weapon", weapon: w, end: k + 1, nationality };
        return { kind: "none", end: k };
      }
      k++;
    } else if (tokens[k]?.norm === "his" || tokens[k]?.norm === "her" || tokens[k]?.norm === "their" || (tokens[k]?.norm === "its" && PERSON_NOUNS.has(tokens[k + 1]?.norm ?? ""))) {
      k++; // "three of his colleagues", "four of its workers" (not "one of its largest attacks")
    } else if (/^(?:its|their)$/.test(tokens[k]?.norm ?? "") && [1, 2, 3].some((j) => WEAPON_NOUNS.has(tokens[k + j]?.norm ?? ""))) {
      // ("one of its Kinzhal hypersonic missiles had struck and destroyed a Patriot system": a part of the side's own weapons, as
      // "one of the missiles" is; "one of its largest missile attacks" still counts attacks, which the loop below reads)
      k++;
    }
    // ("17 of his forces' drones had hit the station": whose they are, a plural's possessive, then the noun)
    if (tokens[k]?.kind === "word" && /s$/.test(tokens[k]!.norm) && /^['’]$/.test(tokens[k + 1]?.norm ?? "") && tokens[k + 1]!.start === tokens[k]!.end && tokens[k + 2]?.kind === "word") k += 2;
    // "51 of about 70 cruise missiles", "60 of more than 70 Russian missiles": the whole's hedge
    // (not "one of some 40 drone attacks": one among many is no part of a count)
    const hedge = q.value === 1 ? undefined : hedgeAt(tokens, k);
    if (hedge && tokens[k + hedge.length]?.kind === "number") k += hedge.length;
    if (tokens[k]?.kind === "number") k++;
  }
  // "a 52-year-old woman" (or a baby's age in months or weeks: "an 11-month-old baby")
  if (tokens[k]?.kind === "number" && tokens[k + 1]?.norm === "-" && /^(?:year|month|week)/.test(tokens[k + 2]?.norm ?? "")) k += 3;
  for (let steps = 0; k < tokens.length && steps < 7; k++, steps++) {
    const t = tokens[k]!;
    // '"more than 10" drones': the quoted amount, then its noun
    if (steps === 0 && QUOTE_CLOSE.has(t.norm)) continue;
    // model names run through slashes and dashes: "Kh-101/Kh-55SM cruise missiles", "Iskander-M"
    if ((t.norm === "/" || t.norm === "-") && (tokens[k + 1]?.kind === "word" || tokens[k + 1]?.kind === "number") && steps > 0) continue;
    // "six U.S.-supplied ATACMS missiles": the abbreviation's last dot
    if (t.norm === "." && steps > 0 && /^(?:[A-Z]\.)+[A-Z]$/.test(tokens[k - 1]?.text ?? "") && tokens[k]!.start === tokens[k - 1]!.end) continue;
    if (t.kind === "number" && steps > 0 && (tokens[k - 1]?.norm === "-" || tokens[k - 1]?.norm === "/")) continue;
    if (t.kind !== "word") break;
    // (another count opens another phrase: "As a result seven persons perished" is not "a … persons")
    if (q.article && steps > 0 && isCount(t)) break;
    // (and a participle opens a phrase of its own: "a bus carrying workers", not "a … workers"; not an adjective before the
    // article's one noun, "a second incoming missile", "a young expecting mother")
    if (q.article && steps > 0 && /ing$/.test(t.norm) && !ING_NOUNS.test(t.norm) && !singularNounNext(tokens, k + 1)) break;
    if (t.norm === "vehicles" && tokens[k - 1]?.norm === "aerial") return { kind: "weapon", weapon: "drone", end: k, nationality };
    // (a count of attacks is no count of the weapons told after it: "Together, the two raids used more missiles than …")
    if (COUNTED_ATTACKS.test(t.norm)) return { kind: "none", end: k };
    // (nor a count of kinds or of times: "19 missiles of several types - Kh-22 and Onyx …", "struck the district eight times")
    if (NOT_A_WEAPON_COUNT.test(t.norm)) return { kind: "none", end: k };
    // (a weapon word that names what the attacks counted were: "two large missile waves", "three of the largest combined
    // missile and drone attacks")
    if (weaponWord(t.norm) && namesCountedAttacks(tokens, k)) return { kind: "none", end: k };
    // a rocket launcher's shells are rockets: "nine shells of the HIMARS multiple rocket launcher", "six HIMARS projectiles"
    // (not a gun's: "46 shells")
    // (the launcher named before its kind: "five Vilkha multiple rocket launcher projectiles")
    const namedBefore = /^launchers?$/.test(tokens[k - 1]?.norm ?? "") && tokens.slice(q.last + 1, k).some((x) => ROCKET_LAUNCHER.test(x.norm));
    if (/^(?:shells|projectiles)$/.test(t.norm) && (ROCKET_LAUNCHER.test(tokens[k - 1]?.norm ?? "") || namedBefore || (tokens[k + 1]?.norm === "of" && ROCKET_LAUNCHER.test(normsOf(tokens, k + 2, k + 5))))) {
      return { kind: "weapon", weapon: "missile", end: k, nationality };
    }
    // naval drones: "three uncrewed boats", "two unmanned surface vessels" (not "two boats", "ships"), Ukraine's in this
    // war; not boats that were a strike's target ("a missile hit the port, destroying two unmanned boats", "a storage site")
    if (/^(?:boats?|vessels?|craft)$/.test(t.norm) && UNCREWED.test(normsOf(tokens, Math.max(q.last + 1, k - 2), k))) {
      // (the words around the boats, not anywhere in the sentence: "destroyed 13 uncrewed boats; a tanker was damaged")
      if (tokens.slice(Math.max(0, q.first - 3), k + 6).some((x) => BOATS_AS_TARGET.test(x.norm))) return { kind: "none", end: k };
      // (Ukraine's unless the sentence names Russia before them: "Russia attacked the port with three unmanned boats")
      const russiaFirst = tokens.slice(0, q.first).some((x) => /^(?:russia|russian|russia's|moscow)$/.test(x.norm));
      return { kind: "weapon", weapon: "drone", end: k, nationality: nationality ?? (russiaFirst ? null : "UA") };
    }
    // "a rocket hit a five-storey residential building": one rocket is one missile, as "16 HIMARS rockets" are missiles (not a
    // noun the word modifies, "a rocket launcher", "a rocket attack", "a multiple rocket system")
    const rocket = q.article ? singularRocket(t.norm) : undefined;
    if (rocket && !ROCKET_MODIFIES.test(tokens[k + 1]?.norm ?? "")) return { kind: "weapon", weapon: rocket, end: k, nationality };
    // a drone or missile name before its noun ("Shahed drones", "Kh-101 cruise missiles", "Lancet-type attack unmanned aerial
    // vehicles") lets the noun end the phrase
    const named = weaponWord(t.norm);
    const beforeItsNoun =
      !WEAPON_NOUNS.has(t.norm) &&
      (named === "drone"
        ? droneNounAt(tokens, k + 1) || (DRONE_KIND.has(tokens[k + 1]?.norm ?? "") && droneNounAt(tokens, k + 2))
        : named === "missile" && beforeMissileNoun(tokens, k));
    const weapon = beforeItsNoun ? undefined : named;
    // ("destroyed two S-400 launchers", "four Buk missile systems", "three drone crews": equipment or people, not weapons flown)
    if (weapon && weapon !== "mixed" && EQUIPMENT_AFTER.test(tokens[k + 1]?.norm ?? "")) return { kind: "none", end: k + 1 };
    // ("fired from ten Tu-95MS bombers and two small missile ships": the warships that fired, not missiles; a drone's boats are
    // naval drones, "three drone boats")
    if (weapon === "missile" && MISSILE_SHIPS.test(tokens[k + 1]?.norm ?? "")) return { kind: "none", end: k + 1 };
    // ("used 40 interceptor drones to down 30 Shaheds": the defence's drones, not the attack's)
    if (weapon === "drone" && /^interceptors?$/.test(tokens[k - 1]?.norm ?? "")) return { kind: "none", end: k };
    if (weapon) {
      // "targets" alone counts only right after what happened to them: "shot down or suppressed 577 targets"
      // (not "hit 17 targets": what was hit is the targets, not the weapons)
      // (the whole after its part too: the 76 of "destroyed 59 of the 76 targets")
      const partOf = tokens[q.first - 1]?.norm === "the" && tokens[q.first - 2]?.norm === "of" ? 3 : tokens[q.first - 1]?.norm === "of" ? 2 : 0;
      const cueAt = partOf && tokens[q.first - partOf]?.kind === "number" ? q.first - partOf - 1 : q.first - 1;
      const before = cueAt >= 0 ? leftCue(tokens, cueAt, WEAPON_CUES, 0) : null;
      // (and the part before its whole: the 59)
      const ofWhole = tokens[q.last + 1]?.norm === "of" ? (tokens[q.last + 2]?.norm === "the" ? q.last + 3 : q.last + 2) : -1;
      // ("downed 92 of the weapons": the part of a whole counted before, by its noun)
      const nounAt = ofWhole > 0 && tokens[ofWhole]?.kind === "number" ? ofWhole + 1 : ofWhole > 0 && tokens[q.last + 2]?.norm === "the" ? ofWhole : q.last + 1;
      const cueBefore = before !== null && before.cue.metric !== "hit" && before.cue.metric !== "launched" && k === nounAt;
      // … or right before how they were used: "the 236 weapons used in the attack"
      const usedAfter = k === nounAt && ["used", "launched", "fired"].includes(tokens[k + 1]?.norm ?? "");
      // … or right before what happened to them: "more than 20 targets had been destroyed over the capital", "It said 428 of
      // the targets were shot down or suppressed" (the part of the night's targets, by its noun)
      const downedAfter = k === nounAt && DOWNED_AFTER.test(normsOf(tokens, k + 1, k + 6));
      if (weapon === "mixed" && !MIXED_NEEDS.has(tokens[k - 1]?.norm ?? "") && !cueBefore && !usedAfter && !downedAfter) return { kind: "none", end: k };
      // "nearly 550 drones and missiles", "40 missiles and (attack) drones": one count of both kinds
      if ((weapon === "drone" || weapon === "missile") && WEAPON_NOUNS.has(t.norm) && tokens[k + 1]?.norm === "and") {
        const j = WEAPON_KIND.has(tokens[k + 2]?.norm ?? "") ? k + 3 : k + 2;
        const second = WEAPON_NOUNS.get(tokens[j]?.norm ?? "");
        // (a plural that ends the phrase: not "12 missiles and drones were also used", "25 drones and missile debris")
        const ends = !/^(?:were|was|are|is|had|have|has|also|fell|debris|wreckage|hit|struck)$/.test(tokens[j + 1]?.norm ?? "");
        if (second && second !== "mixed" && second !== weapon && /s$/.test(tokens[j]!.norm) && ends) return { kind: "weapon", weapon: "mixed", end: j, nationality };
      }
      return { kind: "weapon", weapon, end: k, nationality };
    }
    // (not the talks' "dead end")
    // (nor a person's word that names a thing: "a civilian bus", "a passenger train"; but "a civilian car driver" is one)
    if (PERSON_NOUNS.has(t.norm) && personNamesThing(tokens, k)) {
      if (PERSON_NOUNS.has(tokens[k + 2]?.norm ?? "")) continue;
      return { kind: "none", end: k + 1 };
    }
    if (PERSON_NOUNS.has(t.norm) && !(t.norm === "dead" && /^ends?$/.test(nextWord(tokens, k)))) {
      // ("A man, 45, was killed", "two men, 50 and 52, were wounded": past the ages set off after the noun)
      return { kind: "person", end: agesAfter(tokens, k) ?? k };
    }
    // Ukraine's Air Force: "741 means of air attack" / "air attack means" (or "aerial attack means")
    const means = t.norm === "means" && tokens[k + 1]?.norm === "of" ? k + 2 : t.norm === "air" || t.norm === "aerial" ? k : -1;
    // (or "236 air attack vehicles", "99 air attack assets")
    if (means >= 0 && /^(?:air|aerial)$/.test(tokens[means]?.norm ?? "") && tokens[means + 1]?.norm === "attack" && (means > k || /^(?:means|vehicles|assets|weapons)$/.test(tokens[k + 2]?.norm ?? ""))) {
      return { kind: "weapon", weapon: "mixed", end: k + 2 + (means > k ? 1 : 0), nationality };
    }
    if (t.norm === "and" && tokens[k + 1]?.norm === "other") continue;
    // "166 attack and decoy drones", "strike and decoy drones": two kinds of one noun
    if (t.norm === "and" && steps > 0 && DRONE_KIND.has(tokens[k - 1]?.norm ?? "") && DRONE_KIND.has(tokens[k + 1]?.norm ?? "")) continue;
    // "11 ballistic and cruise missiles", "three S-400 and Iskander-M missiles": two types of one noun
    if (t.norm === "and" && steps > 0 && MISSILE_TYPE.test(tokens[k - 1]?.norm ?? "") && MISSILE_TYPE.test(tokens[k + 1]?.norm ?? "")) continue;
    // "28 air- and sea-launched cruise missiles": a hyphen held over to the next word
    if (t.norm === "and" && tokens[k - 1]?.norm === "-" && tokens[k - 1]!.start === tokens[k - 2]?.end) continue;
    if (NOUN_BREAKERS.has(t.norm)) break;
    nationality ??= nationalityOf(t.norm, !taken && !TAKEN.has(tokens[k - 1]?.norm ?? ""));
  }
  return { kind: "none", end: q.last };
}

// "an attack with 400 drones": counted once per sentence, not once per figure (long sentences stay linear)
const attackNounCache = new WeakMap<readonly Token[], boolean>();
function hasAttackNoun(tokens: readonly Token[]): boolean {
  let v = attackNounCache.get(tokens);
  if (v === undefined) {
    v = tokens.some((_, k) => isAttackNoun(tokens, k));
    attackNounCache.set(tokens, v);
  }
  return v;
}

const COUNTED_ATTACKS = /^(?:attacks|raids|strikes|barrages|waves|salvos|assaults|bombardments)$/;
const NOT_A_WEAPON_COUNT = /^(?:types|kinds|sorts|classes|times)$/;
/**
 * Whether the weapon word at `k` and the words of its kind after it end at a plural attack noun: "missile waves", "missile
 * and drone attacks" (not one weapon's strikes, "repelled two missile strikes on Odesa": a strike of one kind is a weapon).
 */
function namesCountedAttacks(tokens: readonly Token[], k: number): boolean {
  let kinds = 1;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const w = tokens[j]!.norm;
    if (COUNTED_ATTACKS.test(w)) return kinds > 1 || !/^(?:attacks|strikes)$/.test(w);
    if (w === "and") kinds++;
    else if (!(w === "-" || weaponWord(w) || MISSILE_TYPE.test(w))) return false;
  }
  return false;
}
// (and a side's strike told as its answer: "Russia's answer came on the night of October 21-22, with 405 drones and 28 missiles";
// not "In answer to a question about the 500 drones")
const isAttackNoun = (tokens: readonly Token[], k: number): boolean =>
  ATTACK_NOUNS.has(tokens[k]!.norm) || (/^(?:answer|retaliation)$/.test(tokens[k]!.norm) && /['’]s$/.test(tokens[k - 1]?.norm ?? ""));

/**
 * A table row of the Air Force's tallies: "Kalibr cruise missiles: 27 launched, 26 shot down;",
 * "Shahed-type UAVs: 193 launched, 80 shot down, 105 locationally lost". The label names the weapon,
 * each number is followed by what happened to it. Null when the sentence is not such a row.
 */
function statRow(tokens: readonly Token[]): RawFigure[] | null {
  if (tokens.findIndex((t) => t.norm === ":") < 1) return null;
  // "Kalibr cruise missiles: 27 launched, 26 shot down; Shahed drones: 300 launched": each part has its own label
  const out: RawFigure[] = [];
  let from = 0;
  for (let k = 0; k <= tokens.length; k++) {
    if (k < tokens.length && tokens[k]!.norm !== ";") continue;
    if (k > from) {
      const part = statSegment(tokens, from, k);
      if (!part) return null;
      out.push(...part);
    }
    from = k + 1;
  }
  return out.length > 0 ? out : null;
}

/**
 * A fact box's line whose label names the weapon and what befell it, the bare count after the colon: "Missiles shot down:
 * 81, including 11 by F-16 jets", "Drones shot down: 80; another 110 locationally lost". (A label of the fate alone,
 * "Shot down: 80 drones", names the weapon after the count; a row of counts each with its fate is statRow's.)
 */
function labelledFate(tokens: readonly Token[], q: Quantity): Pick<RawFigure, "metric" | "weapon"> | null {
  const colon = q.first - 1;
  const marker = BULLET.test(tokens[0]?.text ?? "") ? 1 : 0;
  if (tokens[colon]?.norm !== ":" || colon - marker < 2 || colon - marker > 6) return null;
  if (!tokens.slice(marker, colon).every((t) => t.kind === "word")) return null;
  // (the fate ends the label: not "Missiles launched at Kyiv:", where the place is the label's end)
  const fate = leftCue(tokens, colon, WEAPON_CUES, 0);
  if (!fate || fate.at + fate.cue.words.length !== colon || fate.cue.metric === "hit") return null;
  let weapon: Weapon | null = null;
  for (let k = marker; k < fate.at; k++) weapon ??= namedWeapon(tokens, k) ?? null;
  return weapon ? { metric: combined(tokens, fate.at, fate.cue), weapon } : null;
}

// (a time word before the hour: "before six in the morning", "at about five in the afternoon"; not "killed six in the morning")
const HOUR_BEFORE = /^(?:at|before|after|until|till|by|since|around|about|from|to|between|and)$/;
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/;

/**
 * An hour told in words, "shortly before six in the morning", "at five o'clock": a clock time, not a count (not "six in the
 * morning attack", the attack's count, whose part of the day is only its time).
 */
function spokenHour(tokens: readonly Token[], q: Quantity, before: string): boolean {
  if (q.value === null || q.value < 1 || q.value > 12 || !HOUR_BEFORE.test(before)) return false;
  const [a, b, c, d] = [1, 2, 3, 4].map((k) => tokens[q.last + k]?.norm ?? "");
  if (/^o['’]?clock$/.test(a!) || (a === "o" && /^['’]$/.test(b!) && c === "clock")) return true;
  return a === "in" && b === "the" && PART_OF_DAY.test(c!) && !/^(?:attacks?|strikes?|raids?|shelling|barrages?)$/.test(d!);
}

/** The colon of a clock time, "19:30", digits on both sides with no space. */
function clockColon(tokens: readonly Token[], i: number): boolean {
  const [h, c, m] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return c?.norm === ":" && h?.kind === "number" && m?.kind === "number" && h.end === c.start && c.end === m.start;
}

function statSegment(tokens: readonly Token[], from: number, to: number): RawFigure[] | null {
  // (not a clock time's colon: "The missile hit the building at about 19:30, destroying flats" is no "Missiles: 30 destroyed")
  const colon = tokens.findIndex((t, i) => i >= from && i < to && t.norm === ":" && !clockColon(tokens, i));
  if (colon < from + 1 || colon > from + 14 || tokens[colon + 1]?.kind !== "number") return null;
  let weapon: Weapon | null = null;
  for (let k = from; k < colon; k++) weapon ??= namedWeapon(tokens, k) ?? null;
  if (!weapon) return null;
  // (a label names a weapon, it counts none: "718 drones and seven missiles were neutralized: 296 drones were shot
  // down and 415 were lost" is a total and its parts; not "Shahed-136/131 drones:", a model's number)
  const counted = (q: Quantity) => q.first > from && q.last < colon && !/^[/-]$/.test(tokens[q.first - 1]!.norm) && readHead(tokens, q).kind === "weapon";
  const quantities = findQuantities(tokens);
  if (quantities.some(counted)) return null;
  const out: RawFigure[] = [];
  for (const q of quantities.filter((q) => q.first > colon && q.last < to)) {
    const cue = rightCue(tokens, q.last + 1, WEAPON_CUES, 1);
    if (!cue || cue.at - q.last > 3) return null; // every number of a row says what happened to it
    out.push({ ...describe(tokens, q), metric: combined(tokens, cue.at, cue.cue), weapon, last: cue.at, nationality: null });
  }
  return out.length > 0 ? out : null;
}

/** All figures of one sentence. `antecedent` is the weapon last counted (for "of them, 296 were shot down"). */
/** Whether a count follows the separator at `sep` ("and", ","): readFigures' "a missile and nine Shaheds" (at module level, see addedTo). */
const countAfter = (tokens: readonly Token[], sep: number, words: readonly string[]): boolean =>
  words.includes(tokens[sep]?.norm ?? "") && findQuantities(tokens.slice(sep + 1, sep + 4)).some((x) => x.first === 0 && x.value !== null);

/** `f`, once added to `set` (readFigures' wholes; at module level, as tsx names every closure it creates). */
const addedTo = (set: Set<RawFigure>, f: RawFigure): RawFigure => (set.add(f), f);

export function readFigures(
  tokens: readonly Token[],
  antecedent: Weapon | null,
  listMetric: Metric | null = null,
  /** The last weapon figure of the sentence before, in the same paragraph: what "The total has reached 10" counts. */
  previousCount: Pick<RawFigure, "metric" | "weapon" | "value"> | null = null,
  /** The casualty count the sentence before gave, in the same paragraph: what "the governor had put the number at 18" counts. */
  previousCasualty: Metric | null = null,
): RawFigure[] {
  const row = statRow(tokens);
  if (row) return row;
  const words = tokens.map((t) => t.norm).join(" ");
  // "since the beginning of the special military operation, 660 aircraft, 283 helicopters, 80,000 UAVs
  // … have been destroyed": a war-long equipment tally, not an attack's figures
  // (or the General Staff's daily list of what the enemy has lost: "Russia has also lost 11,151 tanks, … 55,924 drones")
  if (LOSS_TALLY_ITEMS.test(words) && (LOSS_TALLY_SINCE.test(words) || (LOSS_WORDS.test(words) && new Set(words.match(LOSS_TALLY_ITEMS_ALL)).size >= 3))) return [];
  const figures: RawFigure[] = [];
  // ("Of the drones, 128 were downed and another 117 went missing from radar": the weapons the sentence opens with)
  const opening = tokens[0]?.norm === "of" && tokens[1]?.norm === "the" && tokens[3]?.norm === "," ? weaponWord(tokens[2]!.norm) : null;
  let lastWeapon = opening && opening !== "mixed" ? opening : antecedent;
  // (translated: "the number grew up to 17 persons", "increased up to 40" is a rise to the count, not a ceiling)
  const quantities = findQuantities(tokens).map((q) =>
    tokens[q.first]?.norm === "up" && tokens[q.first + 1]?.norm === "to" && /^(?:grew|grown|rose|risen|increased|climbed|jumped)$/.test(tokens[q.first - 1]?.norm ?? "")
      ? { ...q, first: q.first + 2, qualifier: "exact" as const }
      : q,
  );
  // Casualty-looking counts in a prisoner exchange ("handed over 22 wounded soldiers") are not strike casualties
  // (the exchange's own clause: not "killing at least 12 people, officials said, even as the two sides completed a prisoner exchange")
  // (each token's clause, counted once: a long line of many counts and words stays linear)
  const clauseOf: number[] = [];
  const exchangeClauses = new Set<number>();
  tokens.forEach((t, i) => {
    clauseOf[i] = (clauseOf[i - 1] ?? 0) + (CLAUSE_OPENERS.has(t.norm) || timedClause(tokens, i) ? 1 : 0);
    if (EXCHANGE_WORDS.has(t.norm) || givenBack(tokens, i)) exchangeClauses.add(clauseOf[i]!);
  });
  let ageList = -1;
  // the wholes read from "of the 440 drones" (see ofThe below)
  const wholes = new Set<RawFigure>();
  // "two people, a mother and her adult son, were killed": the people of a count named one by one after it
  let appositiveEnd = -1;
  // the second count of a pair read by position ("with 37 and 29 destroyed respectively"), already read
  let respectiveEnd = -1;
  for (const [qi, q] of quantities.entries()) {
    const before = tokens[q.first - 1]?.norm ?? "";
    if (q.first < appositiveEnd) continue;
    // "40 cruise missiles and 35 drones, with 37 and 29 destroyed respectively": each of the two counts before, by position
    const respective = respectiveFates(tokens, q, quantities[qi + 1], figures);
    if (respective) {
      figures.push(...respective);
      respectiveEnd = respective[1].first;
      continue;
    }
    if (q.first === respectiveEnd) continue;
    // "Two drones were shot down, and a third was jammed": one weapon of the count before, by what befell it (and nothing
    // when it was not intercepted: "A second missile hit an industrial site")
    if (q.ordinal) {
      const fate = ordinalFate(tokens, q.first, q.last, lastWeapon);
      if (fate) figures.push({ ...describe(tokens, q), metric: fate.metric, weapon: fate.weapon, last: fate.end, nationality: null });
      continue;
    }
    // ("three drones, possibly four, were shot down": the higher count an aside allows is no figure of its own)
    if ([2, 3].some((d) => maybeHigherAside(tokens, q.first - d) > d)) continue;
    const last = figures.at(-1);
    if (q.article && last && last.weapon === null && q.first === last.last + 2 && (before === "," || before === "—" || before === "–")) {
      const close = tokens.findIndex((t, j) => j > q.first && t.norm === before);
      if (close > 0 && close - q.first <= 12) {
        appositiveEnd = close;
        continue;
      }
      // (or to the end of the sentence: "killing two people, a 10-year-old boy and his grandmother.")
      const end = tokens.findIndex((t, j) => j > q.first && (t.norm === "." || t.norm === ";"));
      const members = end > 0 ? tokens.slice(q.first, end) : [];
      if (close < 0 && end > 0 && end - q.first <= 10 && members.some((t) => t.norm === "and") && !members.some((_, i) => matchCue(tokens, q.first + i, CASUALTY_CUES))) {
        appositiveEnd = end;
        continue;
      }
    }
    // "The injured, a man and a woman, were taken to hospital": the people of a toll told before, one by one, count no one
    if (q.article && (before === "," || isDash(before)) && NAMED_TOLL.test(normsOf(tokens, q.first - 3, q.first - 1))) {
      const close = tokens.findIndex((t, j) => j > q.first && t.norm === before);
      const end = close > 0 && close - q.first <= 12 ? close : q.last + 1;
      if (!partOfToll(tokens, q.first, end)) {
        appositiveEnd = end;
        continue;
      }
    }
    // "aged 8, 12 and 17": every member of the list is an age
    if (before === "aged" || before === "ages" || (ageList >= 0 && (before === "," || before === "and") && q.first - ageList <= 2)) {
      ageList = q.last;
      continue;
    }
    // "Kh-59/69", "S-300": the number is part of a model name
    const p1 = tokens[q.first - 1];
    const p2 = tokens[q.first - 2];
    if (p1 && p2 && (p1.norm === "/" || p1.norm === "-") && p1.end === tokens[q.first]!.start && p2.end === p1.start && p2.kind === "word") continue;
    const after = tokens[q.last + 1]?.norm ?? "";
    const after2 = tokens[q.last + 2]?.norm ?? "";
    const hits = hitCount(tokens, q, lastWeapon) ?? compoundCount(tokens, q) ?? violationCount(tokens, q);
    if (hits && !(hits.metric === "launched" && capacityOf(tokens, q)) && !supposedShare(tokens, q)) {
      figures.push(hits);
      continue;
    }
    // "the shooting down of 61 missiles out of 71", "only 18 missiles intercepted out of 42": the whole they were part of
    // ("34 drones destroyed over the Moscow region, out of 84 over Russia": the whole of that count, by place)
    const part = figures.at(-1);
    // (the whole ends its phrase: not "out of 24 regions under alert", "out of 1,200 homes", "the third attack out of 20 this month")
    // (or the verb of the part before it: "16 cruise missiles out of 28 were destroyed")
    const wholeEnds = after === "" || /^(?:[.,;:—–-]|that|which|launched|fired|used|sent|over|above|across|in|on|by|overnight|during|since|and|after|before|at|from|while|according|were|was)$/.test(after);
    // ("neutralized 266 drones and 45 missiles out of a total of 298 drones and 69 missiles": the whole, whatever it names)
    const ofTotal = before === "of" && tokens[q.first - 2]?.norm === "total" && tokens[q.first - 4]?.norm === "of" && tokens[q.first - 5]?.norm === "out";
    if (before === "of" && (tokens[q.first - 2]?.norm === "out" || ofTotal) && part?.weapon && part.metric !== "launched" && !part.part && q.value !== null && part.value !== null && q.value > part.value && q.first - part.first <= 14 && ((wholeEnds && readHead(tokens, q).kind === "none") || part.last > q.first || ofTotal)) {
      const placed = /^(?:over|above|across|in)$/.test(after);
      const head = readHead(tokens, q);
      const last = ofTotal && head.kind === "weapon" ? head.end : q.last;
      figures.push({ ...describe(tokens, q), metric: placed ? part.metric : "launched", weapon: ofTotal && head.kind === "weapon" ? head.weapon : part.weapon, last, nationality: part.nationality });
      continue;
    }
    // ("Russia fired 74 missiles and 116 drones overnight, not 127 drones as we reported": a count taken back)
    if (before === "not" && RETRACTED.test(normsOf(tokens, q.last + 1, q.last + 8))) continue;
    // "every one of them was destroyed": all of them, not one
    if (tokens[q.first]!.norm === "one" && (before === "each" || before === "every")) continue;
    // (an age in months or weeks too: the 11 of "an 11-month-old baby"; but "a month-old baby" is still one)
    if (NOT_A_COUNT_BEFORE.has(before) || NOT_A_COUNT_AFTER.has(after) || (after === "-" && (NOT_A_COUNT_AFTER.has(after2) || /^(?:month|week)-old$/.test(after2)))) continue;
    // "a house at No. 9": the number sign's dot stands between
    if (before === "." && /^(?:no|nos|nr)$/.test(tokens[q.first - 2]?.norm ?? "") && tokens[q.first - 2]!.end === tokens[q.first - 1]!.start) continue;
    // "destroyed 9 electronic warfare stations": the jammers themselves, not drones jammed
    if (EW_KIT.test(normsOf(tokens, q.last + 1, q.last + 5))) continue;
    if (after === ":" || (after === "-" && /^\d/.test(after2))) continue; // times, ranges of years
    // "10 Downing Street", "12 Khreshchatyk Street": a house number
    if (STARTS_UPPER.test(tokens[q.last + 1]?.text ?? "") && STREET.test(normsOf(tokens, q.last + 2, q.last + 4))) continue;
    // "four in ten missiles reached their targets", "nine out of 10": a ratio, not a count
    // (but "neutralized 56 out of 87 enemy drones" is a count of the whole's weapons)
    // (a base of ten or a hundred stays a ratio: "nine out of 10 drones")
    if ((after === "in" && RATIO_BASE.has(after2)) || (after === "out" && after2 === "of" && (readHead(tokens, q).kind !== "weapon" || RATIO_BASE.has(tokens[q.last + 3]?.norm ?? "")))) continue;
    if ((before === "in" || (before === "of" && tokens[q.first - 2]?.norm === "out")) && RATIO_PART.test(tokens[q.first - (before === "in" ? 2 : 3)]?.norm ?? "")) continue;
    if (before === ":" && clockColon(tokens, q.first - 1)) continue; // "13:50"
    if (spokenHour(tokens, q, before)) continue; // "shortly before six in the morning"
    if (isDayOfMonth(tokens, q)) continue; // "the April 4 missile attack", "on 4 April"
    // "When the Air Force reports, for example, 415 \"locationally lost\"", "phrases such as \"hits by 15 missiles and 39 drones\"":
    // a wording shown, not a count told (whatever reads it after)
    if (givenAsExample(tokens, q)) continue;
    // "The claim that Russia has launched more than 1,000 drones against Ukraine in a single night is false": a fact-check's
    // verdict on a count, which it denies (the posts that spread it, told as such, are read where they are told)
    if (deniedClaim(tokens, q)) continue;
    if ((before === "is" || before === "was") && tokens[q.first - 2]?.norm === "who") continue; // "her granddaughter, who is 9"
    // "Lieutenant Colonel Maksym Ustymenko, 32, died", "a woman, 63, was hurt": an age set off by commas after a person
    const person = tokens[q.first - 2];
    if (before === "," && after === "," && q.value !== null && q.value < 120 && person?.kind === "word" && (STARTS_UPPER.test(person.text) || PERSON_NOUNS.has(person.norm))) continue;
    // "In Bilozerka, a man of 72 died", "a woman of 39": one person's age after "of" (not "a total of 72 people", "one of 72")
    if (before === "of" && q.value !== null && q.value < 120 && PERSON_AFTER_ADJECTIVE.test(person?.norm ?? "") && /^(?:a|an|the)$/.test(tokens[q.first - 3]?.norm ?? "") && readHead(tokens, q).kind === "none") continue;
    // "Vinnytsia, a city of 370,000 in west-central Ukraine", "the town of 20,000 people": a place's population
    if (before === "of" && SETTLEMENT.test(person?.norm ?? "") && /^(?:a|an|the)$/.test(tokens[q.first - 3]?.norm ?? "") && readHead(tokens, q).kind !== "weapon") continue;
    // "57 people have been injured, 26 of them hospitalised", "42 of the injured are in hospital", "seven remain in
    // hospital": the injured still in hospital, a count of its own (a part of the toll, not the toll)
    const stay = q.value !== null ? hospitalStay(tokens, q, figures.at(-1)?.metric ?? previousCasualty) : -1;
    if (stay >= 0) {
      figures.push({ ...describe(tokens, q), metric: "injured", weapon: null, last: stay, nationality: null, part: true });
      continue;
    }
    // "Five of the dead are children", "nine of them were taken to hospital": a subset of a count already given
    if (tokens[q.last + 1]?.norm === "of" && REFERENCE_WORDS.has(tokens[q.last + 2]?.norm ?? "") && (isCasualtyWord(tokens[q.last + 3]?.norm) || hospitalised(tokens, q.last + 3))) {
      // … but "Five of the dead are children", "Four of the dead were members of one family" name who they were: a part
      const word = tokens[q.last + 3]?.norm ?? "";
      const metric: Metric | null = word === "dead" ? "killed" : word === "injured" || word === "wounded" ? "injured" : null;
      const named = BE_WORD.test(tokens[q.last + 4]?.norm ?? "") && PERSON_NOUNS.has(tokens[q.last + 5]?.norm ?? "");
      // (and so do "Two of the dead were in Samar", "23 of the dead were found in one building": the dead stay dead
      // wherever they were counted, where the injured may since have left hospital)
      const deadWhere = word === "dead" && tokens[q.last + 2]?.norm === "the" && !hospitalised(tokens, q.last + 3);
      if (metric && q.value !== null && (named || deadWhere)) {
        figures.push({ ...describe(tokens, q), metric, weapon: null, last: named ? q.last + 5 : q.last + 3, nationality: null, part: true });
      }
      continue;
    }
    // "over 60 missiles, most of them cruise missiles", "many of the drones by jamming": a share of a count
    // just given, in words, says nothing more
    // (not "hundreds of the drones were shot down": a count in words of its own)
    // ("Many of the ballistic missiles were launched from Belarus": a share of the missiles the sentences before counted)
    if (q.value === null) {
      const at = tokens[q.last]?.norm === "of" ? q.last + 1 : tokens[q.last + 1]?.norm === "of" ? q.last + 2 : -1;
      const share = /^(?:most|many|some|few|the|a)$/.test(tokens[q.first]!.norm);
      const theWeapons = share && tokens[at]?.norm === "the" && [1, 2, 3].some((k) => WEAPON_NOUNS.has(tokens[at + k]?.norm ?? "") && tokens.slice(at + 1, at + k).every((t) => (t.kind === "word" || t.kind === "number") && !WEAPON_NOUNS.has(t.norm)));
      // (but a vague count of them with its own fate is one: "several of them had been shot down by air defences")
      const ownFate = /^(?:several|dozens|hundreds)$/.test(tokens[q.first]!.norm) && PAST_BE_OR_HAVE.test(tokens[at + 1]?.norm ?? "") && /^(?:shot_down|jammed|neutralized)$/.test(rightCue(tokens, at + 1, WEAPON_CUES, 2)?.cue.metric ?? "");
      if (at > 0 && !ownFate && ((figures.length > 0 && /^(?:them|these|those|which|whom)$/.test(tokens[at]?.norm ?? "")) || theWeapons)) continue;
    }
    if (looksLikeYear(q) && q.qualifier === "exact" && !q.article) {
      const head = readHead(tokens, q);
      if (head.kind === "none") continue;
      // ("In February 2025 drone strikes hit Kyiv", "23 February 2025 Ukraine drone strike": a date's year before a noun)
      const month = Object.hasOwn(MONTHS, before) || (before === "." && Object.hasOwn(MONTHS, tokens[q.first - 2]?.norm ?? ""));
      if (q.first === q.last && tokens[q.first]!.kind === "number" && month) continue;
    }
    const head = readHead(tokens, q);
    // ("launched from 11 Tu-95MS strategic bombers", "three warships": the aircraft and ships that fired, not what they fired)
    // (but a part of a count downed, by the aircraft that downed it: "shot down 81 missiles, including 11 by F-16 jets")
    const downedBy = before === "including" && tokens[q.last + 1]?.norm === "by" && INTERCEPTIONS.has(figures.at(-1)?.metric ?? "launched");
    if (head.kind === "none" && !downedBy && tokens.slice(q.last + 1, q.last + 5).some((t) => CARRIERS.has(t.norm))) continue;
    // "a" counts a person ("a 52-year-old woman"), or one weapon coordinated with a count ("49 drones and a missile")
    // ("24 Shahed drones and a Kh-59 missile": the count's head may end one noun early, at "Shahed")
    const prevLast = figures.at(-1)?.last ?? -1;
    const phraseEnd = phraseEndOf(tokens, head.end);
    // (past the rest of the count's noun phrase and where it came from: "nine Shaheds from the Cape Chauda area of Crimea and a
    // Kh-59 guided missile", "85 Shahed-type attack drones and decoys and an Iskander-M ballistic missile")
    // (or after a fate told of the count: "74 were destroyed, along with a Kh-59 missile", "destroyed 74 of them, as well as a
    // Kh-59 missile")
    const oneMore =
      q.article && head.kind === "weapon" && (figures.at(-1)?.weapon ?? null) !== null && prevLast >= 0 && !ATTACK_NOUNS.has(tokens[phraseEnd]?.norm ?? "") &&
      ((before === "and" && countTail(tokens, prevLast + 1, q.first - 1)) || alongWith(tokens, prevLast + 1, q.first));
    // (or before it: "launched a guided aerial missile and nine Shahed drones")
    // (its noun phrase may run on past the model: "an Iskander-M ballistic missile and 25 Shahed drones")
    const oneFirst = q.article && head.kind === "weapon" && countAfter(tokens, phraseEnd, ["and"]);
    // (or one in the middle of a list of counts: "shot down four ATACMS missiles, a British Storm Shadow cruise missile, 16
    // HIMARS rockets")
    // (the count before may end its noun phrase a word or two early: "US-made ATACMS operational-tactical missiles")
    const nounTail = prevLast >= 0 && q.first - 2 - prevLast <= 3 && tokens.slice(prevLast + 1, q.first - 1).every((t) => t.kind === "word" || t.norm === "-");
    const oneAmong = q.article && head.kind === "weapon" && before === "," && (figures.at(-1)?.weapon ?? null) !== null && nounTail && countAfter(tokens, phraseEnd, [",", "and"]);
    // "a Ukrainian drone had been shot down over Moscow", "a drone was jammed": one weapon and what befell it
    if (q.article && head.kind === "weapon" && head.weapon !== "mixed") {
      // (past the rest of its noun phrase, "A Kalibr cruise missile slammed into …", and what it carried, "an Iskander-M missile
      // with a cluster warhead struck the centre of Odesa")
      const nounEnd = pastWarhead(tokens, phraseEnd);
      // (and past where it flew: "Another drone flying to Moscow has been shot down")
      // (and past where it was fired from or how it flew, up to a verb of striking: "a missile fired from an S-400 air defence
      // system hit a courtyard")
      // (or past an aside that says what the weapon is: "A Kh-22, a heavy anti-ship missile which Ukraine has no means of
      // intercepting, struck a nine-storey block")
      // (or past a relative pronoun whose clause's subject it is: "caused by a drone that hit a fuel tank")
      const verbFrom = pastStrikerRelative(tokens, pastStrikerParticiple(tokens, pastFlight(tokens, pastWeaponAppositive(tokens, nounEnd))));
      const k = pastAuxiliaries(tokens, verbFrom);
      const r = matchCue(tokens, k, WEAPON_CUES);
      // (not "a Kinzhal had destroyed a Patriot battery": the weapon's own deed in the pluperfect)
      const activePerfect = tokens.slice(verbFrom, k).some((t) => /^(?:had|has)$/.test(t.norm)) && !tokens.slice(verbFrom, k).some((t) => t.norm === "been");
      // (or told by a participle right after the noun: "A drone shot down over Moscow fell on the Expocentre", "a UAV destroyed
      // by air defence fell"; not what one did, "a missile destroyed a house", nor the debris of one, "debris from a missile shot
      // down by air defences fell", which the annotation leaves out)
      const participle = k === nounEnd && r !== null && interceptedParticiple(tokens, k, r) && !debrisOf(tokens, q.first);
      const fate = r !== null && INTERCEPTIONS.has(r.metric) && ((k > verbFrom && !activePerfect) || participle);
      // "a missile hit a nine-storey block", "A drone had struck a house": one weapon that struck, as a count of one (as
      // "a 52-year-old woman was injured" is one); not "a drone was hit", nor a miss, "a drone struck near a hospital"
      // (nor a participle right after the noun that tells what befell the weapon, "A drone hit by air defences crashed into a
      // house", "a drone struck down by air defences fell")
      // (or one that burst over what it struck: "a ballistic missile with a cluster warhead exploded above a residential area")
      // (past the verb: its cue's words, or the one word of a burst)
      const afterVerb = k + (r?.words.length ?? 1);
      const struck =
        (r?.metric === "hit" || burstOver(tokens, k)) &&
        !PAST_BE_OR_BEEN.test(tokens[k - 1]?.norm ?? "") &&
        !NEAR.test(tokens[afterVerb]?.norm ?? "") &&
        !(k === nounEnd && /^(?:by|down)$/.test(tokens[afterVerb]?.norm ?? "")) &&
        !frontOrDud(tokens, afterVerb) &&
        !recalledOrDebris(tokens, q.first, head.weapon) &&
        !debrisOf(tokens, q.first) &&
        !(q.definite && oneOfMore(head.weapon, figures, previousCount));
      // "An apartment block in Kharkiv was hit by a Russian drone": the same strike told in the passive, its weapon after "by"
      // (not a drone attack, "was hit by a drone attack", nor the block a relative clause names, "that was hit by a missile on Friday")
      const struckBy =
        tokens[q.first - 1]?.norm === "by" && /^(?:hit|struck)$/.test(tokens[q.first - 2]?.norm ?? "") && PAST_BE_OR_BEEN.test(tokens[q.first - 3]?.norm ?? "") &&
        !ATTACK_NOUNS.has(tokens[phraseEnd]?.norm ?? "") && !frontOrDud(tokens, phraseEnd) && !recalledOrDebris(tokens, q.first, head.weapon);
      // "In Kyiv, a missile destroyed an entire section of a nine-storey building", "A ballistic missile brought down part of an
      // apartment block": the weapon did the destroying, so it struck (not what befell it, "a drone was destroyed", nor what it
      // did to another weapon, "a Patriot missile destroyed the Kinzhal", nor at the front, "a drone destroyed a tank")
      const wrecked =
        r !== null && !fate && !ANY_BE.test(tokens[k - 1]?.norm ?? "") && destroyedSomething(tokens, { cue: r, at: k }) &&
        groundTarget(tokens, objectOf(tokens, { cue: r, at: k })) && !recalledOrDebris(tokens, q.first, head.weapon);
      // "Russia had struck the city with an Iskander-M ballistic missile": one weapon a town or site was struck with, as "struck
      // the centre of the city with two ballistic missiles" is two (not a launch at a country, "hit Ukraine with a missile")
      const hitWith = tokens[q.first - 1]?.norm === "with" && !ATTACK_NOUNS.has(tokens[phraseEnd]?.norm ?? "") ? leftCue(tokens, q.first - 2, WEAPON_CUES, 6) : null;
      const struckWith = hitWith?.cue.metric === "hit" && siteStruckWith(tokens, hitWith.at + hitWith.cue.words.length, q.first - 1, q) && !recalledOrDebris(tokens, hitWith.at, head.weapon);
      if (struckBy || struckWith || (wrecked && !NEGATED.test(normsOf(tokens, Math.max(0, q.first - 2), q.first)))) {
        figures.push({ ...describe(tokens, q), metric: "hit", weapon: head.weapon, last: head.end, nationality: head.nationality, part: false, ...(struckWith ? { struckWith: true as const } : {}) });
        continue;
      }
      // (not one denied: "Not a single drone flying to Moscow was shot down")
      if ((fate || struck) && !NEGATED.test(normsOf(tokens, Math.max(0, q.first - 2), q.first))) {
        figures.push({ ...describe(tokens, q), metric: r ? combined(tokens, k, r) : "hit", weapon: head.weapon, last: afterVerb - 1, nationality: head.nationality, part: false });
        continue;
      }
      // "air defence systems had shot down a Tochka-U missile over Kursk": what befell the one weapon, told right before it
      // (not one of a list the counts around it tell, "shot down a drone and 12 missiles", nor an attack the weapon names,
      // "repelled a drone attack", nor what it takes or could take to down one, "two interceptors to down a missile")
      const l = ATTACK_NOUNS.has(tokens[phraseEnd]?.norm ?? "") ? null : leftCue(tokens, q.first - 1, WEAPON_CUES, 0);
      // (nor a gerund after "of", which names a kind of deed, not one done: "capable of shooting down a Kinzhal missile",
      // "the cost of shooting down a Shahed drone")
      const told =
        l !== null &&
        l.at + l.cue.words.length === q.first &&
        l.cue.words[0] !== "to" &&
        !NOT_DONE.test(tokens[l.at - 1]?.norm ?? "") &&
        !(/ing$/.test(tokens[l.at]?.norm ?? "") && tokens[l.at - 1]?.norm === "of");
      const downed = told ? combined(tokens, l.at, l.cue) : null;
      if (downed !== null && INTERCEPTIONS.has(downed) && !oneMore && !oneFirst && !oneAmong && !NEGATED.test(normsOf(tokens, Math.max(0, l!.at - 3), l!.at))) {
        figures.push({ ...describe(tokens, q), metric: downed, weapon: head.weapon, last: head.end, nationality: head.nationality, part: false });
        continue;
      }
    }
    if (q.article && head.kind !== "person" && !oneMore && !oneFirst && !oneAmong) continue;
    // "a 31-year-old woman and her two-year-old daughter were killed": people listed one by one, a toll the text does not
    // write as a count, so no count (not one: she was not the only one)
    // (nor the last of them: "a man and a woman were injured"; but the first named among the dead of a toll is one of its
    // parts: "among them a nine-year-old girl and her mother", "A 10-year-old girl and her mother are among the dead")
    // (a part only when the one named first leads her kin: "A paramedic and a rescuer were among those killed" are two people
    // of the toll, neither told as its part)
    const kinAfter = /^and\s+(?:her|his|their)\s/.test(normsOf(tokens, head.end + 1, head.end + 4) + " ");
    const listed = kinAfter || /^and\s+an?\s/.test(normsOf(tokens, head.end + 1, head.end + 4) + " ") || (before === "and" && PERSON_NOUNS.has(tokens[q.first - 2]?.norm ?? ""));
    if (q.article && head.kind === "person" && listed && !(kinAfter && /\bamong\b/.test(`${normsOf(tokens, q.first - 3, q.first)} ${normsOf(tokens, head.end + 1, head.end + 10)}`))) continue;
    // ("None of the 27 South Korean nationals staying in Ukraine were hurt": a count of people no one of whom was; not "None
    // of the 14 people injured were children", where the count is the toll)
    if (head.kind === "person" && /\bnone\s+of(?:\s+the)?$/.test(normsOf(tokens, Math.max(0, q.first - 3), q.first)) && NONE_HURT.test(normsOf(tokens, head.end + 1, head.end + 9))) continue;
    // "35 of the 108 drones", "56 of 75 drones", "Of the 728 drones, 718 were …": the inner amount is the total launched.
    // ("Of 35 Shaheds, 30 were destroyed", "From 35 launched Shaheds, …": the sentence opens with the whole)
    // (the whole past a hedge too: "Five of around 30 drones hit …"; but not a whole that has its own fate: "Of 40 drones shot
    // down, 25 were over the Kyiv region")
    // (the quantity may hold its hedge: "around 30")
    const hedgeLength = hedgeAt(tokens, q.first) ? 0 : (hedgeBefore(tokens, q.first)?.length ?? 0);
    const at = q.first - hedgeLength;
    // (inside a quote too: '"Of 48 cruise missiles, we destroyed 34," he said')
    const quoted = /^["“]$/.test(tokens[0]?.norm ?? "") ? 1 : 0;
    const opensWhole =
      ((tokens[at - 1]?.norm === "of" || tokens[at - 1]?.norm === "from") && at === 1 + quoted) || (tokens[at - 1]?.norm === "the" && tokens[at - 2]?.norm === "from" && at === 2 + quoted);
    const ownFate = head.kind === "weapon" && (rightCue(tokens, head.end + 1, WEAPON_CUES, 3)?.cue.metric ?? "launched") !== "launched";
    const prev = figures.at(-1) ?? null;
    // ("shot down 428 drones and nine missiles, out of the 440 drones and 32 missiles Russia launched": the count coordinated
    // with the whole is part of the whole too, when the parts were counted by kind as well or the whole opens the sentence;
    // not "shot down 30 of the 40 drones and 5 missiles", nor "… and 5 missiles were jammed")
    const partsByKind = figures.filter((f) => f !== prev && f.metric !== "launched" && f.weapon !== null).length >= 2;
    const andWhole = before === "and" && prev !== null && prev.last === q.first - 2 && wholes.has(prev) && !ownFate && (partsByKind || prev.first <= 2);
    const ofThe =
      (before === "the" && tokens[q.first - 2]?.norm === "of") ||
      ((tokens[at - 1]?.norm === "of" || tokens[at - 1]?.norm === "from") && isCount(tokens[at - 2])) ||
      (opensWhole && !ownFate) ||
      andWhole;
    // "477 drones and 60 missiles launched; 475 neutralized": a bare count after both kinds counts both
    // (but not a fate told beside another of one kind: "89 drones were shot down and 51 were lost to electronic warfare")
    const besideFate =
      prev !== null && prev.metric !== "launched" && prev.weapon !== null && prev.weapon !== "mixed" && q.first - prev.last <= 6 &&
      /^(?:and|,)$/.test(tokens[q.first - 1]?.norm ?? "") && !tokens.slice(prev.last + 1, q.first).some((t) => t.kind === "number");
    // (nor "… 51 missiles, as well as 10 Shahed drones, five of which were destroyed": a part of the count just before it)
    const ofPrevious =
      prev?.weapon && prev.value !== null && q.value !== null && q.value <= prev.value && prev.last === q.first - 2 && tokens[q.first - 1]?.norm === "," &&
      tokens[q.last + 1]?.norm === "of" && /^(?:which|them)$/.test(tokens[q.last + 2]?.norm ?? "");
    const both = !besideFate && !ofPrevious && figures.some((x) => x.weapon === "drone") && figures.some((x) => x.weapon === "missile");
    // ("attacked with Shahed kamikaze drones, all 23 of which were destroyed": the weapons named since the last count)
    // (only when no count before it in the sentence named a weapon: "fired 12 ballistic missiles at Kharkiv, a city pounded by
    // glide bombs and drones, and eight of them hit" counts missiles)
    const namedSince = prev?.weapon ? null : uncountedWeaponBefore(tokens, q.first, prev?.last ?? -1);
    const launchedBare = head.kind === "none" ? launchedOfThem(tokens, q, figures, weaponWord) : null;
    const figure =
      (launchedBare ? { ...describe(tokens, q), metric: "launched" as const, weapon: launchedBare, last: q.last, nationality: null } : null) ??
      typesOfLaunch(tokens, q, prev) ??
      totalOfBoth(tokens, q, figures, wholes) ??
      comparedCount(tokens, q, head, prev) ??
      comparedBare(tokens, q, head, prev) ??
      neighbourCount(tokens, q, head, prev?.weapon ? prev : previousCount) ??
      (ofThe && head.kind === "weapon" ? addedTo(wholes, referenceTotal(tokens, q, head)) : classify(tokens, q, head, both && head.kind === "none" ? "mixed" : (namedSince ?? lastWeapon), prev, listMetric, previousCount, previousCasualty)) ??
      breakdown(tokens, q, head, prev) ??
      placedUncounted(tokens, q, head, prev);
    if (!figure) continue;
    if (figure.weapon === null && inExchange(figure, clauseOf, exchangeClauses)) continue;
    // (an age inside the casualty phrase just read: the 52 of "two men, 50 and 52, were wounded")
    if (prev && (prev.metric === "killed" || prev.metric === "injured") && q.first > prev.first && q.last <= prev.last) continue;
    const toll = figure.metric === "killed" || figure.metric === "injured";
    // "Halloween crowd crush kills more than 150", "The crash on Wednesday killed 14 people, including Interior Minister
    // Denys Monastyrskyi": dead of no strike, where the sentence names no weapon or attack
    if (toll && notAStrikeToll(words)) continue;
    // "killed 15 cows and injured 4 horses", "killed about 4,000 chickens": animals are no toll
    if (toll && countsAnimals(tokens, q)) continue;
    // "the 1945 atomic bombing, which killed an estimated 140,000 people": the dead of another war
    if (toll && OLD_WAR_YEAR.test(words) && !THIS_WAR_YEAR.test(words)) continue;
    // "up to 130 Ukrainian servicemen were killed in the Donetsk direction", "lost 1,230 troops killed or wounded": the front's
    // losses, not the air war's (a strike that "killed 12 soldiers" at a training ground is)
    // (not when a weapon the sentence names killed them: "missiles hit a training ground in the Pokrovsk direction, killing 12 soldiers")
    if (toll && FRONT_LOSSES.test(words) && tokens.slice(figure.first, figure.last + 1).some((t) => FIGHTERS.test(t.norm)) && !struckBy(tokens)) continue;
    if (isRate(tokens, figure) || rateBefore(tokens, q) || averaged(tokens, q) || nearSupply(tokens, q, figure.weapon === null)) continue;
    // "launches Shaheds in waves of 10 to 15 drones": the size of each wave, not a count of the attack
    if (figure.weapon !== null && tokens[q.first - 1]?.norm === "of" && GROUPS.test(tokens[q.first - 2]?.norm ?? "")) continue;
    // "It takes two or three Patriot interceptors to shoot down one ballistic missile": what downing one needs, no count of any
    if (figure.weapon !== null && neededToDown(tokens, q)) continue;
    // "Moscow's goal is to be able to launch up to 500 drones in a single night": a capacity, not an attack
    if (figure.metric === "launched" && capacityOf(tokens, q)) continue;
    if (supposedShare(tokens, q)) continue;
    // "The attack is continuing, several enemy UAVs are still in Ukrainian airspace": those still flying, not what came
    if (figure.metric === "launched" && head.kind === "weapon" && STILL_AIRBORNE.test(normsOf(tokens, head.end + 1, head.end + 7))) continue;
    // "Video shows the battery firing a rapid salvo …, which suggests its crew engaged several incoming missiles at once": the
    // writer's guess from what was seen, not a count anyone gave
    if (figure.weapon !== null && inferred(normsOf(tokens, Math.max(0, q.first - 12), q.first))) continue;
    // "at least one of the ballistic missiles was a KN-23": singles out one, does not count
    // (but not what befell one: "shot down 10 of the missiles and one of the drones", "destroyed one of the drones")
    const befell = figure.metric !== "launched" && (leftCue(tokens, q.first - 1, WEAPON_CUES, 0) !== null || (tokens[q.first - 1]?.norm === "and" && figures.at(-1)?.metric === figure.metric && figures.at(-1)?.last === q.first - 2));
    // (but one that struck is counted: "one of the drones hit a residential building")
    // (in the pluperfect too, as a side admits it: "admitted that one of the missiles had struck a ship"; not "had been struck")
    // (past a model named before its noun: "one of the Kinzhal missiles had struck")
    const tail = weaponNounEnd(tokens, figure.last);
    const struckAt = /^(?:had|has)$/.test(tokens[tail + 1]?.norm ?? "") ? tail + 2 : tail + 1;
    const struck = figure.metric === "hit" && /^(?:hit|struck|slammed|crashed|tore)$/.test(tokens[struckAt]?.norm ?? "");
    // (and one whose own fate is told after it: "one of the drones had been shot down over the Belgorod district")
    const fateAt = pastAuxiliaries(tokens, figure.last + 1);
    const fate = fateAt > figure.last + 1 ? matchCue(tokens, fateAt, WEAPON_CUES) : null;
    const downed = INTERCEPTIONS.has(figure.metric) && fate !== null && INTERCEPTIONS.has(fate.metric);
    // ("It was one of 38 missiles Russia fired at Ukraine that day": one of a count, which is the count; so "one of Russia's
    // biggest missile barrages", one of a kind of weapon named by whose it is; not "one of our power engineers was wounded")
    // (but not one of the hits just told: "Two drones hit buildings in Moscow. One of the drones struck an office tower" is hit 2)
    if (struck && tokens[q.last + 1]?.norm === "of" && oneOfToldHits(q.value, figure.weapon, figures.findLast((f) => f.metric === "hit") ?? previousCount)) continue;
    if (q.value === 1 && tokens[q.last + 1]?.norm === "of" && (tokens[q.last + 2]?.norm === "the" || tokens[q.last + 2]?.kind === "number" || (figure.weapon !== null && OWNER.test(tokens[q.last + 2]?.norm ?? ""))) && !befell && !struck && !downed) continue;
    // ("fragments of one of them fell on the building": what fell of a downed weapon, not one that struck)
    if (figure.metric === "hit" && debrisOf(tokens, q.first)) continue;
    // ("after two more of the injured died in hospital": those who died of their wounds, the toll's dead, not a count of injured)
    if (figure.metric === "injured" && injuredWhoDied(tokens, q.last)) continue;
    // ("debris of one downed missile fell on a 24-storey building", "the remains of one of them fell on a residential building":
    // where one downed weapon's debris fell, not a count of what was downed, which ANNOTATION.md leaves out; a larger count,
    // "debris of 12 downed drones fell in three districts", may still be the only count of the downed)
    if (q.value === 1 && INTERCEPTIONS.has(figure.metric) && remainsOf(tokens, q.first)) continue;
    // ("One missile struck a residential building, the other an educational institution": a share of the pair told before)
    if (figure.metric === "hit" && oneOfStruckPair(tokens, q, figure.last)) continue;
    // ("Two ballistic missiles hit a residential neighbourhood … The second one struck as rescuers were already working": one of
    // the hits just told, by its place among them, no count of its own; as "two missiles hit: the first the school, the second a
    // warehouse" is hit 2 only. Not one of those fired: "fired two missiles: the first one was shot down, the second one hit")
    const ordinalOne = q.value === 1 && tokens[q.first]?.norm === "one" && ORDINAL_OF_GROUP.test(tokens[q.first - 1]?.norm ?? "") && tokens[q.first - 2]?.norm === "the";
    const toldHits = figures.findLast((f) => f.metric === "hit") ?? previousCount;
    if (figure.metric === "hit" && ordinalOne && oneOfToldHits(q.value, figure.weapon, toldHits) && ordinalWithin(tokens[q.first - 1]!.norm, toldHits)) continue;
    if (figure.weapon) lastWeapon = figure.weapon;
    // "the number of drones exceeded 800": more than that
    // "shot down all 18 missiles Russia fired", "all 18 missiles fired at Kyiv": every one launched was downed
    // (the launch goes first: what follows, "including six Kinzhals", is part of the downed)
    // (and the count coordinated with it: "all 15 cruise missiles and 21 attack drones launched at Kyiv")
    const allBefore = before === "all" || (before === "and" && prev !== null && prev.last === q.first - 2 && prev.weapon !== null && tokens[prev.first - 1]?.norm === "all" && figures.some((x) => x.metric === "launched" && x.first === prev.first));
    // ("Russia fired 40 drones overnight, and all 12 fired at Kyiv were shot down": those fired at one place, a part of the
    // launch of that weapon the sentence told first)
    const launchedBefore = figures.some((f) => f.metric === "launched" && f.weapon === figure.weapon && !f.part && (f.value ?? 0) > (figure.value ?? Infinity));
    if (allBefore && figure.weapon && figure.metric !== "launched" && allLaunched(tokens, figure.last + 1)) figures.push({ ...figure, metric: "launched", ...(launchedBefore ? { part: true } : {}) });
    const told = head.kind === "none" && figure.weapon !== null && INTERCEPTIONS.has(figure.metric) ? { ...figure, ofCounted: true as const } : figure;
    figures.push(EXCEEDED.has(before) && told.qualifier === "exact" ? { ...told, qualifier: "at_least" } : told);
  }
  // "Another two people died in hospital, bringing the death toll to 8": the toll is the figure, not what was added to it
  const raisedTo = RAISED_TOLL.test(words);
  const counted = figures.filter((f) => !(raisedTo && addedToToll(tokens, f)) && !deathThatRaisedToll(tokens, f, figures) && !oneListedBeforeGroup(tokens, f, figures) && !killedInCombat(tokens, f) && !notOne(tokens, f));
  const downed = withAllDowned(tokens, counted);
  return markParts(tokens, kindsOfAll(tokens, colonBreakdown(tokens, withJammedCrashes(tokens, wholeOfAllDowned(tokens, downed)))));
}

const NAMED_TOLL = /^the (?:injured|wounded|dead|victims|casualties)$/;
/**
 * Whether the people set off after "the injured" (from `first` to `end`) are a part of that toll, a count of their own, not the
 * whole of it: "Among the dead, a 17-year-old boy", "The injured, a 9-year-old boy among them, were taken to hospital".
 */
function partOfToll(tokens: readonly Token[], first: number, end: number): boolean {
  if (tokens[first - 4]?.norm === "among") return true;
  return tokens.slice(first, end).some((t) => t.norm === "among" || t.norm === "including");
}
// What opens a new clause for the prisoner-exchange test: a token's norm as a whole (tokens hold no line breaks), a Set
// lookup rather than a regex per token
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([";", ":", ".", "while", "even", "whereas"]);
// ("killing at least 12 people, officials said on Sunday, a day after the two sides carried out the second stage of a major
// prisoner swap": a clause of "after" or "before" set off by a comma, a few words back, tells of another event; not "handed
// over 22 wounded soldiers after talks", with no comma)
const TIMED_OPENERS: ReadonlySet<string> = new Set(["after", "before"]);
const timedClause = (tokens: readonly Token[], i: number): boolean =>
  TIMED_OPENERS.has(tokens[i]!.norm) && tokens.slice(Math.max(0, i - 3), i).some((t) => t.norm === ",");

// (readFigures' helpers at module level, not closures: tsx names every closure it creates, a property write per call)
/** Whether a figure stands in a clause of a prisoner exchange (`clauseOf`: each token's clause number). */
function inExchange(f: RawFigure, clauseOf: readonly number[], exchangeClauses: ReadonlySet<number>): boolean {
  return exchangeClauses.has(clauseOf[f.first]!) || exchangeClauses.has(clauseOf[f.last]!);
}

/** "two more of the injured died in hospital", "three of the wounded later died": the count ending at `last`, of the injured, died. */
function injuredWhoDied(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.norm === "more") k++;
  if (tokens[k]?.norm !== "of" || tokens[k + 1]?.norm !== "the" || !/^(?:injured|wounded)$/.test(tokens[k + 2]?.norm ?? "")) return false;
  k += 3;
  while (/^(?:have|has|had|later|since|subsequently|also|then)$/.test(tokens[k]?.norm ?? "")) k++;
  return /^(?:died|dies|succumbed|perished)$/.test(tokens[k]?.norm ?? "");
}

/** "Another two people died", "3 more": what was added to a toll the sentence raises, not the toll. */
function addedToToll(tokens: readonly Token[], f: RawFigure): boolean {
  return (f.metric === "killed" || f.metric === "injured") && (/^(?:another|further)$/.test(tokens[f.first - 1]?.norm ?? "") || tokens[f.first + 1]?.norm === "more");
}

/**
 * "The death toll had risen to 18 after a woman died in hospital", "Three people have now been confirmed dead, after a woman
 * died in hospital in the Vinnytsia region": the one death, told in a clause of "after" or "when" past a toll of the same
 * sentence, is what brought that toll up, one of its dead and not a count of its own (not a toll of one before it: "A man
 * died in hospital hours after a port worker succumbed" tells two deaths).
 */
function deathThatRaisedToll(tokens: readonly Token[], f: RawFigure, figures: readonly RawFigure[]): boolean {
  if (f.metric !== "killed" || f.value !== 1 || !/^(?:after|when)$/.test(tokens[f.first - 1]?.norm ?? "")) return false;
  return figures.some((g) => g.metric === "killed" && g.last < f.first && g.value !== null && g.value > 1);
}

/**
 * The weapons a sentence names without a count before a bare one: "Drones attacked the Belgorod region and 6 were
 * destroyed", "Russia launched drones at Kyiv, with 12 of them shot down".
 */
function uncountedWeaponBefore(tokens: readonly Token[], at: number, after = -1): Weapon | null {
  for (let k = at - 1; k > after; k--) {
    const w = WEAPON_NOUNS.get(tokens[k]!.norm);
    if (!w || w === "mixed" || !/s$/.test(tokens[k]!.norm)) continue;
    // (a count of its own before it is read already: "40 drones", "dozens of drones"; not a model's number, "Shahed-131/136 drones")
    const counted = tokens.slice(Math.max(0, k - 3), k).some((t, i, near) => isCount(t) && !/^[/-]$/.test((near[i - 1] ?? tokens[k - 4])?.norm ?? ""));
    return counted ? null : w;
  }
  return null;
}

// what joins two counts of one launch: "and", ",", ", and", "as well as" ("six ATACMS missiles, as well as 31 drones")
const CHAINED = new Set(["and", ",", ", and", "as well as", ", as well as", "plus", ", plus"]);

/**
 * Past "and Storm Shadow missiles" after "12 ATACMS": a second type that shares the noun its count's head ended before, when
 * a few words of a name end at a weapon noun, no count or clause between.
 */
function pastSharedNoun(tokens: readonly Token[], from: number, to: number): number {
  if (tokens[from]?.norm !== "and") return from;
  for (let k = from + 1; k < Math.min(to, from + 5); k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.norm === "and") return from;
    if (WEAPON_NOUNS.has(t.norm)) return k + 1;
  }
  return from;
}

/**
 * "13 Shahed drones attacked Kyiv, and all of them were destroyed", "10 missiles, all shot down": the count
 * just launched was downed whole. The fate's figure is that count, read at the same words.
 */
function withAllDowned(tokens: readonly Token[], figures: RawFigure[]): RawFigure[] {
  const out = [...figures];
  for (let k = 0; k < tokens.length; k++) {
    // (not "nearly all of which", "not all of them")
    // ("both were disabled": all of two, so only of a count of two, below)
    const both = tokens[k]!.norm === "both";
    if ((!both && tokens[k]!.norm !== "all") || /^(?:not|nearly|almost|virtually|practically|most)$/.test(tokens[k - 1]?.norm ?? "") || tokens[k + 1]?.norm === "but") continue;
    let j = k + 1;
    if (tokens[j]?.norm === "of" && /^(?:them|these|which)$/.test(tokens[j + 1]?.norm ?? "")) j += 2;
    // (the source said inside the relative clause: "all of which Ukraine's Air Force said were intercepted")
    if (tokens[j - 1]?.norm === "which") j = pastSaid(tokens, j);
    // (or set off by commas: "all of which, the Air Force said, were intercepted")
    if (tokens[j - 1]?.norm === "which" && tokens[j]?.norm === ",") {
      const said = pastSaid(tokens, j + 1);
      if (said > j + 1 && tokens[said]?.norm === ",") j = said + 1;
    }
    while (j < k + 12 && BE_OR_PERFECT.test(tokens[j]?.norm ?? "")) j++;
    let at = j;
    let cue = matchCue(tokens, j, WEAPON_CUES);
    // ("air defences shot down all of them": the verb before)
    if (!cue && j === k + 3) {
      const before = leftCue(tokens, k - 1, WEAPON_CUES, 0);
      if (before && before.at + before.cue.words.length === k) ({ cue, at } = { cue: before.cue, at: before.at });
    }
    if (!cue || (cue.metric !== "shot_down" && cue.metric !== "neutralized" && !(both && cue.metric === "jammed"))) continue;
    // the launch just before, in the same clause run: "… and all of them", ", all shot down", "; air defences shot down
    // all of them", "11 missiles had been fired at the city and that air defences had destroyed all of them" (no other count between)
    // (further back only through reported speech: "had been fired at the city and that air defences had destroyed all of
    // them"; not "fired 10 missiles at the three power plants overnight and destroyed all of them", where "them" may be the plants;
    // the speaker's own addition too: "launched 10 Shahed-type drones at Ukraine overnight on Dec. 30, the Air Force said,
    // adding that all of them were destroyed")
    // (or the source's own words past its attribution: "fired nine cruise missiles and 27 Shahed drones at Ukraine, the Air
    // Force said, and claimed that all of them were destroyed", "fired 10 missiles at Kyiv, the Air Force said, and all of
    // them were shot down")
    // (or a source that says it just before: "sent nine missiles and 27 Shahed drones against energy targets; the Air Force
    // said all of them were shot down")
    // (or a fate only weapons meet, "intercepted", "shot down", told of "all of which" past where and when they were fired:
    // "fired eight ballistic missiles at Kyiv from the direction of the Bryansk region, all of which were intercepted"; not past
    // another clause, "… while Ukraine sent drones toward Moscow and the Bryansk region, all of which were intercepted")
    const onlyWeapons = tokens[k + 2]?.norm === "which" && !/^destroy/.test(tokens[at]!.norm);
    // (or "and all"/"and both" after the passive of the launch and where it was fired, told of a fate only weapons meet: "two
    // missiles had been fired at the capital from occupied Crimea and both had been shot down")
    const firedAt = (end: number) => !/^destroy/.test(tokens[at]!.norm) && /^(?:,|, and|and)$/.test(normsOf(tokens, k - 1, k)) && passiveLaunchPlaced(tokens, end + 1, k - 1);
    // (counted from the end of the launch's noun phrase: "24 Iranian-made Shahed drones", whose count may end at "Shahed")
    const reach = (f: RawFigure) => {
      const end = nounTail(tokens, f.last);
      if (k - end <= 8) return true;
      const span = normsOf(tokens, f.last, k);
      return k - end <= 18 && (SPEAKER_ADDS.test(span) || SAID_AND.test(span) || SAID_JUST_BEFORE.test(span) || (onlyWeapons && placesOnly(tokens, end + 1, k)) || firedAt(end));
    };
    // (only the last launch needs be near: the counts coordinated with it stand further back, "nine missiles and 27 Shahed
    // attack drones; Ukraine's Air Force said all of them were destroyed")
    // (or, with no whole told in the sentence, the count of a type that stands for it: "Among the missiles were ten Kinzhal
    // aeroballistic missiles, all of which, the Air Force said, were intercepted")
    const launchedBefore = figures.filter((f) => f.metric === "launched" && f.weapon && f.last < k);
    const wholeLaunches = launchedBefore.filter((f) => !f.part);
    const launches = wholeLaunches.length > 0 ? wholeLaunches : launchedBefore;
    const launch = launches.at(-1);
    if (!launch || !reach(launch) || figures.some((f) => f.first > launch.last && f.first < k)) continue;
    if (figures.some((f) => f.metric !== "launched" && f.weapon === launch.weapon && f.first > launch.last)) continue;
    // (and the counts coordinated with it: "nine missiles and 27 attack drones had been fired, and all of them were shot down")
    const together = [launch];
    for (let i = launches.length - 2; i >= 0; i--) {
      const next = together[0]!;
      // (past the rest of its weapon's name: "six Kalibr cruise missiles and 21 Shahed drones, all of which were shot down")
      let from = launches[i]!.last + 1;
      while (from < next.first && (WEAPON_KIND.has(tokens[from]!.norm) || WEAPON_NOUNS.has(tokens[from]!.norm))) from++;
      // (past a second type its noun is shared with: "12 ATACMS and Storm Shadow missiles and 31 drones")
      from = pastSharedNoun(tokens, from, next.first);
      const gap = normsOf(tokens, from, next.first);
      if (!CHAINED.has(gap)) break;
      together.unshift(launches[i]!);
    }
    if (both && !bothOfTwo(together)) continue;
    // (a fate a target meets too, only where nothing else the launch hit or named may be "them": not "fired 40 drones at Odesa
    // overnight, hitting port warehouses and grain silos; the governor said all of them were destroyed")
    if (!fateOfLaunch(tokens, together, Math.min(k, at), tokens, at, cue)) continue;
    for (const l of together) out.push({ ...l, metric: combined(tokens, at, cue) });
  }
  return out;
}

/** Whether tokens[from, to) are the passive of a launch and where it went, nothing else: "had been fired at the capital from occupied Crimea". */
function passiveLaunchPlaced(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && PAST_BE_OR_PERFECT.test(tokens[k]!.norm)) k++;
  return k > from && k < to && LAUNCH_PARTICIPLE.test(tokens[k]!.norm) && placesOnly(tokens, k + 1, to);
}

/** Past a source said at `j` ("Ukraine's Air Force said"), or `j` when none is said there. */
function pastSaid(tokens: readonly Token[], j: number): number {
  for (let k = j; k < j + 7 && tokens[k]?.kind === "word"; k++) if (SAID_VERB.test(tokens[k]!.norm)) return k > j ? k + 1 : j;
  return j;
}

// what a whole night's barrage is aimed at: a country (or the country's: "hits Ukraine's power plants with 700 drones"), a
// region, its grid, "it", or the night itself ("struck the Bryansk region with six ATACMS missiles", "struck Kyiv overnight with
// 40 drones")
const BARRAGE_TARGET = /^(?:ukraine|russia|country|regions?|oblasts?|provinces?|krai|systems?|grids?|facilities|infrastructure|it|them|back|overnight)(?:'s)?$/;

// (a handful: dozens at one place are the count fired, "struck the Yavoriv training ground with more than 30 rockets")
const MOST_STRUCK_WITH = 20;

/**
 * What "struck … with" names between the verb and "with" is one town or site, not a country, a region or a grid, struck with
 * a handful all told ("struck the capital with 18 missiles and 400 drones" is one barrage), none of them told shot down after
 * ("struck Kharkiv with 17 Shahed-type drones, 15 of which were shot down": those that came, not those that hit).
 */
function siteStruckWith(tokens: readonly Token[], from: number, withAt: number, q: Quantity): boolean {
  const object = tokens.slice(from, withAt);
  if (q.value === null || object.length === 0 || object.some((t) => BARRAGE_TARGET.test(t.norm))) return false;
  if (withCounts(tokens, withAt) >= MOST_STRUCK_WITH || interceptedAfter(tokens, q.last + 1)) return false;
  return !findPlaces(object.map((t) => t.text).join(" ")).some((p) => p.kind !== "city");
}

/** The counts "with" lists, up to its clause's end: "with 18 missiles and 400 drones" is 418. */
function withCounts(tokens: readonly Token[], withAt: number): number {
  const end = tokens.findIndex((t, k) => k > withAt && /^[,;:.]$/.test(t.norm));
  const clause = tokens.slice(withAt + 1, end < 0 ? tokens.length : end);
  // (a count the list opens or joins, not a day: "with two missiles on 24 August")
  return findQuantities(clause)
    .filter((c) => c.first === 0 || /^(?:and|with)$/.test(clause[c.first - 1]!.norm))
    .reduce((sum, c) => sum + (c.value ?? 0), 0);
}

/** The words from `from` tell weapons shot down or jammed: "15 of which were shot down", "air defences shot down 11 of them". */
export function interceptedAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const cue = matchCue(tokens, k, WEAPON_CUES);
    // (not a verb the weapons did to something: "which destroyed a warehouse"; but "shot down 11 of them", "shot down eight")
    if (cue && INTERCEPTIONS.has(combined(tokens, k, cue)) && (!agentOf(tokens, { cue, at: k }) || weaponsCounted(tokens, k + cue.words.length))) return true;
  }
  return false;
}

/** The object at `at` is a bare count, or one of weapons: "eight", "11 of them", "12 drones" (not "two thermal plants"). */
function weaponsCounted(tokens: readonly Token[], at: number): boolean {
  const q = findQuantities(tokens.slice(at, at + 4))[0];
  if (!q || q.first !== 0) return false;
  const next = tokens[at + q.last + 1];
  return next === undefined || next.kind === "punct" || /^(?:of|and|overnight)$/.test(next.norm) || WEAPON_NOUNS.has(next.norm);
}

const HIT_VERBS = new Set(["hit", "struck"]);
const NOT_HIT_TIMES = new Set(["more", "as", "fewer", "less", "higher", "larger", "greater", "bigger", "over", "this", "since", "per", "a", "in", "by", "during", "last", "every", "each"]);
// what may follow "17 hits": a weapon ("of enemy drones"), a target ("on energy facilities"), or the verb that records them
const AFTER_HITS = new Set(["of", "on", "by", "were", "was", "have", "had", "recorded", "registered"]);
const THERE_HITS = new Set(["in", "at", "near", "across", ".", ",", ";", "—", "-"]);

const isAge = (t: Token | undefined) => t !== undefined && t.kind === "number" && Number(t.norm) <= 110;
/** The comma that closes ages set off after a person noun at k (", 45,", ", 50 and 52,"), or null. */
function agesAfter(tokens: readonly Token[], k: number): number | null {
  if (tokens[k + 1]?.norm !== "," || !isAge(tokens[k + 2])) return null;
  if (tokens[k + 3]?.norm === ",") return k + 3;
  return tokens[k + 3]?.norm === "and" && isAge(tokens[k + 4]) && tokens[k + 5]?.norm === "," ? k + 5 : null;
}

/** The first weapon named from token `from` up to `to` (hitCount's, at module level: tsx names every closure it creates). */
function weaponNamedIn(tokens: readonly Token[], from: number, to: number): Weapon | null {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    const w = namedWeapon(tokens, k);
    if (w) return w;
  }
  return null;
}

// the means of a strike that are no drone or missile: artillery, bombs dropped from aircraft, tanks
const OTHER_STRIKE_MEANS = /^(?:artillery|mortars?|shells|shelling|bombs|kabs?|glide|tanks?|mlrs|grads?|howitzers?)$/;

/** "… eight times overnight with heavy glide bombs": a "with" soon after `from` whose means are not only drones and missiles. */
function struckWithOtherMeans(tokens: readonly Token[], from: number): boolean {
  const w = tokens.slice(from, from + 4).findIndex((t) => t.norm === "with");
  if (w < 0 || tokens.slice(from, from + w).some((t) => t.kind !== "word")) return false;
  return tokens.slice(from + w + 1, from + w + 7).some((t) => OTHER_STRIKE_MEANS.test(t.norm));
}

/**
 * Counts of hits rather than of weapons: "the city had been hit about 15 times", "struck Kharkiv
 * at least 10 times", "17 hits of enemy drones were recorded". The weapon is one the hits name, or
 * the sentence's.
 */
function hitCount(tokens: readonly Token[], q: Quantity, lastWeapon: Weapon | null): RawFigure | null {
  // (not a year or a day of the month: "In 2023 hits by missiles were recorded", "On July 4 hits were recorded")
  if (q.value === null || q.article || isDayOfMonth(tokens, q) || (looksLikeYear(q) && q.qualifier === "exact")) return null;
  const after = tokens[q.last + 1]?.norm ?? "";
  if (after === "times") {
    // (not a multiple or a tally of shelling: "five times more drones", "hit three times by shrapnel", "472 times over
    // the past day", "10 times this year")
    // (but "hit 17 times in an hour", "in 20 minutes": how fast they came)
    const inMinutes = tokens[q.last + 2]?.norm === "in" && tokens.slice(q.last + 3, q.last + 6).some((t) => /^(?:hours?|minutes?)$/.test(t.norm));
    if (NOT_HIT_TIMES.has(tokens[q.last + 2]?.norm ?? "") && !inMinutes) return null;
    // (nor strikes told by means that are no drone or missile: "struck Zaporizhzhia district eight times overnight with heavy
    // glide bombs", "struck Nikopol 16 times with artillery and drones": the times count the shells and bombs too)
    if (struckWithOtherMeans(tokens, q.last + 2)) return null;
    const verb = tokens.slice(Math.max(0, q.first - 4), q.first).some((t) => HIT_VERBS.has(t.norm));
    return verb ? { ...describe(tokens, q), metric: "hit", weapon: weaponNamedIn(tokens, q.first - 3, q.first) ?? lastWeapon, last: q.last + 1, nationality: null } : null;
  }
  // "there were four missile strikes on the city", "\"two rocket strikes\" hit the outskirts": the strikes that landed
  // (not an air force's sorties, "84 air strikes", nor a tally of what was carried out: "launched 10 missile strikes")
  // ("five powerful missile strikes on the city": one word describing them before the weapon)
  // (not a tally over time or of shelling: "has endured 9 massive missile strikes on its grid since October", "15 strikes on the
  // Nikopol district" from artillery)
  const tally = tokens.some((t) => SHELLING_OR_SINCE.has(t.norm));
  const direct = after === "direct" || (!tally && tokens[q.last + 1]?.kind === "word" && !isCount(tokens[q.last + 1]) && !weaponWord(after) && STRUCK_NOUNS.has(tokens[q.last + 3]?.norm ?? "")) ? 1 : 0;
  const weapon = q.last + 2 + direct >= tokens.length ? undefined : (singularRocket(tokens[q.last + 1 + direct]!.norm) ?? namedWeapon(tokens, q.last + 1 + direct));
  if (weapon && weapon !== "mixed" && STRUCK_NOUNS.has(tokens[q.last + 2 + direct]?.norm ?? "") && !tokens.slice(Math.max(0, q.first - 4), q.first).some((t) => SORTIE_VERBS.has(t.norm)) && !tokens.some((t) => INTERCEPTED.has(t.norm))) {
    return { ...describe(tokens, q), metric: "hit", weapon, last: q.last + 2 + direct, nationality: null };
  }
  // ("There were 5 direct hits on the substation")
  const hits = after === "direct" && tokens[q.last + 2]?.norm === "hits" ? q.last + 2 : q.last + 1;
  // ("There were four hits in the Kholodnohirskyi district", "There are 4 hits.": where they landed, or nothing more)
  const there = tokens.slice(Math.max(0, q.first - 3), q.first).some((t) => t.norm === "there");
  // ("The plant suffered eight hits overnight": what a target took, whatever follows)
  const taken = SUFFERED.has(tokens[q.first - 1]?.norm ?? "");
  if (tokens[hits]?.norm === "hits" && (AFTER_HITS.has(tokens[hits + 1]?.norm ?? "") || taken || (there && THERE_HITS.has(tokens[hits + 1]?.norm ?? ".")))) {
    return { ...describe(tokens, q), metric: "hit", weapon: weaponNamedIn(tokens, hits + 2, hits + 5) ?? lastWeapon, last: hits, nationality: null };
  }
  // "there had been five strikes on the city", "two strikes hit critical infrastructure": strikes that landed, named
  // by no weapon (not a tally of shelling: "there were 412 strikes on 11 settlements")
  const on = tokens[q.last + 2]?.norm ?? "";
  if (!tally && /^(?:strikes|impacts)$/.test(after) && ((there && /^(?:on|in|at)$/.test(on) && !isCount(tokens[q.last + 3])) || HIT_VERBS.has(on))) {
    return { ...describe(tokens, q), metric: "hit", weapon: lastWeapon, last: q.last + 1, nationality: null };
  }
  return null;
}

const STRUCK_NOUNS = new Set(["strikes", "hits", "impacts"]);
const SHELLING_OR_SINCE = new Set(["artillery", "shelling", "shelled", "shells", "mortar", "mortars", "since"]);
// what a target does with the hits it takes: "suffered eight hits", "sustained at least 10 hits"
const SUFFERED = new Set(["suffered", "sustained", "took", "taken", "received", "endured"]);
// ("two missile strikes on Lviv, but both missiles were intercepted": none landed)
const INTERCEPTED = new Set(["intercepted", "repelled", "downed"]);
// (nor strikes repelled, attempted or planned: "repelled two missile strikes on Odesa", "plans up to five missile strikes a day")
const SORTIE_VERBS = new Set([
  "launched", "carried", "conducted", "delivered", "made", "launching", "carrying", "conducting", "fired",
  "repelled", "repel", "repelling", "attempted", "tried", "plans", "planned", "planning", "thwarted", "foiled",
]);

// what a verb's object opens with: "knocked out two thermal plants", "destroyed the substation", "destroyed it"
const OBJECT_OPENERS = new Set(["the", "a", "an", "two", "three", "four", "five", "six", "several", "its", "their", "power", "energy", "much", "most", "part", "parts", "it"]);

/**
 * "458 drones and 45 missiles knocked out two thermal plants": the count did the destroying, so it is
 * the attack's weapons, not ones shot down ("40 drones destroyed over Kursk", "… were destroyed" are).
 */
function agentOf(tokens: readonly Token[], cue: { cue: Cue; at: number }): boolean {
  if (["were", "was", "been", "be", "are", "is", "being", "had", "have", "has"].includes(tokens[cue.at - 1]?.norm ?? "")) return false;
  return destroyedSomething(tokens, cue);
}
/** A destroying verb with an object after it: "destroyed a dormitory", "brought down part of a nine-storey block". */
function destroyedSomething(tokens: readonly Token[], cue: { cue: Cue; at: number }): boolean {
  if (cue.cue.metric !== "shot_down") return false;
  // ("destroyed and damaged residential buildings": a second verb of what was struck says it has an object)
  if (objectOf(tokens, cue) > cue.at + cue.cue.words.length) return true;
  const next = tokens[cue.at + cue.cue.words.length];
  const after = tokens[cue.at + cue.cue.words.length + 1]?.norm ?? "";
  // (not when: "40 drones shot down the previous night", "12 drones downed two hours after the alert")
  if (next === undefined || WHEN_WORDS.test(after) || (next.norm === "the" && /^(?:previous|next|following|same|last|night|day|morning|evening)$/.test(after))) return false;
  // (or a place: "The first seven we destroyed, four destroyed Trypillia")
  return OBJECT_OPENERS.has(next.norm) || next.kind === "number" || (STARTS_UPPER.test(next.text) && findPlaces(next.text).some((p) => p.at === 0));
}
const WHEN_WORDS = /^(?:hours?|minutes?|days?|nights?|weeks?|times)$/;
/** Where the object of a destroying verb opens, past a second verb it shares: "destroyed and damaged residential buildings". */
function objectOf(tokens: readonly Token[], cue: { cue: Cue; at: number }): number {
  const end = cue.at + cue.cue.words.length;
  return /^(?:and|or)$/.test(tokens[end]?.norm ?? "") && /^(?:damaged|hit|struck)$/.test(tokens[end + 1]?.norm ?? "") ? end + 2 : end;
}

/** The object at `at` is the weapons themselves: "the drones", "all the missiles", "several Shaheds", "them". */
/**
 * What a weapon destroyed is something it struck: not another weapon ("a Patriot missile destroyed the Kinzhal"), a target at the
 * front ("a drone destroyed a tank"), or an aircraft in the air ("A Ukrainian missile destroyed a Russian Su-34 fighter jet over
 * the Donetsk region").
 */
function groundTarget(tokens: readonly Token[], at: number): boolean {
  const inFlight = AIRCRAFT.test(normsOf(tokens, at, at + 5)) && tokens.slice(at, at + 8).some((t) => t.norm === "over");
  return !weaponsObject(tokens, at) && !frontOrDud(tokens, at) && !inFlight;
}
const AIRCRAFT = /\b(?:jets?|fighters?|aircraft|planes?|helicopters?|bombers?|su-\d+\w*|mig-\d+\w*|ka-\d+\w*|mi-\d+\w*)\b/;

function weaponsObject(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (/^(?:the|all|both|of|several|most|these|those|their|its)$/.test(tokens[k]?.norm ?? "")) k++;
  // (past the weapons' side or model: "the Russian drones", "the Shahed drones")
  if (nationalityOf(tokens[k]?.norm ?? "") || STARTS_UPPER.test(tokens[k]?.text ?? "")) k += WEAPON_NOUNS.has(tokens[k + 1]?.norm ?? "") ? 1 : 0;
  return tokens[k]?.norm === "them" || WEAPON_NOUNS.has(tokens[k]?.norm ?? "");
}

const BOATS_AS_TARGET = /^(?:destroying|damaging|storage|depots?|workshops?|warehouses?|hangars?|production|assembly)$/;
const UNCREWED_WORD = "(?:uncrewed|unmanned|crewless|robotic|remote-controlled|explosive-laden|kamikaze)";
const UNCREWED = new RegExp(String.raw`\b${UNCREWED_WORD}\b`);
// a count's noun phrase that names naval drones: "three unmanned boats", "six uncrewed surface vessels", "two sea drones"
// (its own noun phrase: not "three drones attacking naval drone workshops")
const NAVAL_PHRASE = new RegExp(String.raw`^\s+(?:(?!(?:drones?|uavs?)\b)[\p{L}-]+\s+){0,2}?(?:${UNCREWED_WORD}\s+(?:surface\s+|sea\s+|naval\s+)?(?:boats?|vessels?|craft)|(?:sea|naval|marine|maritime)\s+drones?)\b`, "iu");
/**
 * Whether the count ending at `end` counts naval drones: drones of their own, never the same figure as the night's aerial
 * drones ("an overnight attack by three unmanned boats" beside "three unmanned aerial vehicles" over Moscow).
 */
export const navalCount = (text: string, end: number): boolean => NAVAL_PHRASE.test(text.slice(end, end + 60));

const COMPOUND_WEAPON: ReadonlyMap<string, Weapon> = new Map([
  ...["drone", "drones", "uav", "shahed"].map((w) => [w, "drone"] as const),
  ...["missile", "missiles"].map((w) => [w, "missile"] as const),
  ...["weapon", "weapons", "target", "targets"].map((w) => [w, "mixed"] as const),
]);
// (one attack: not "500-drone attacks several times a week", "the third 400-drone attack", "a 1,000-drone attack" Russia could launch)
const AIR_DEFENCE_SUBJECT = /\b(?:air\s+defen[cs]es?|defen[cs]es?|defenders|air\s+force|jets|fighters|interceptors|mobile\s+fire\s+groups|units|systems|forces|troops|military|ukraine|russia|it|they|we)$/;
/**
 * "Russia launched 133 drones. Air defences shot down 73, while 58 were lost": the fate a verb right before a bare
 * count tells, of the weapon just named. Only with air defence as the subject and a launch count of that weapon no
 * smaller than it: not "the strikes destroyed 12, and damaged 40 more homes", "its forces destroyed 12, including tanks".
 */
function bareFate(tokens: readonly Token[], q: Quantity, weapon: Weapon | null, launch: Pick<RawFigure, "metric" | "weapon" | "value"> | null): Metric | null {
  const fate = leftCue(tokens, q.first - 1, WEAPON_CUES, 1);
  if (!fate || !weapon || q.value === null || !["shot_down", "jammed", "neutralized"].includes(fate.cue.metric)) return null;
  const counted = launch?.metric === "launched" && launch.weapon === weapon && launch.value !== null && q.value <= launch.value;
  const subject = normsOf(tokens, Math.max(0, fate.at - 5), fate.at).replace(/(?:\s+(?:had|have|has|also|then|later|was\s+able\s+to|were\s+able\s+to|managed\s+to|could))+$/, "");
  const end = fate.at + fate.cue.words.length;
  const adjacent = end === q.first || (end === q.first - 1 && /^(?:all|only|another|a)$/.test(tokens[q.first - 1]!.norm));
  // (or more of the weapon just named: Sobyanin's "Air defence has destroyed six more.")
  const more = tokens[q.last + 1]?.norm === "more";
  const after = tokens[q.last + (more ? 2 : 1)];
  const bare = !after || [".", ";", "while", "and", "but", "overnight"].includes(after.norm) || QUOTE_CLOSE.has(after.norm) || (after.norm === "," && !otherThings(tokens, q.last + (more ? 3 : 2)));
  return (counted || more) && AIR_DEFENCE_SUBJECT.test(subject) && adjacent && bare ? combined(tokens, fate.at, fate.cue) : null;
}

/** ", including tanks and artillery systems": what a bare count goes on to list is ground equipment, not weapons that flew. */
const otherThings = (tokens: readonly Token[], at: number) =>
  tokens[at]?.norm === "including" && /^(?:tanks?|artillery|vehicles?|armou?red|howitzers?|positions?|launchers?|ammunition|depots?|soldiers|troops|personnel|boats?)$/.test(tokens[at + 1]?.norm ?? "");
// (or the weapons' own doing: "shot down 13 Iranian-made drones that attacked the city")
const RELATIVE_LAUNCHER = /^(?:(?:that|which)\s+)?(?:russia|moscow|ukraine|kyiv|the\s+enemy|the\s+russians|russian\s+forces|it|they)(?:\s+(?:had|has|have))?$|^(?:that|which)(?:\s+(?:had|have))?$/;
/** Whether the words from `at` say the weapons just counted were launched: "fired at Kyiv", "(that) Russia launched". */
function allLaunched(tokens: readonly Token[], at: number): boolean {
  // (past a count coordinated with it: "all 15 cruise missiles and 21 attack drones launched at Kyiv")
  at += coordinatedSpan(tokens, at);
  // (past the rest of the weapon's name: "all eight Shahed drones launched at Odesa", "all 30 Shahed attack drones launched")
  while (at < tokens.length && (weaponWord(tokens[at]!.norm) || WEAPON_KIND.has(tokens[at]!.norm))) at++;
  for (let end = at; end <= at + 4; end++) {
    const cue = matchCue(tokens, end, WEAPON_CUES);
    if (!cue) continue;
    if (cue.metric !== "launched" || (end !== at && !RELATIVE_LAUNCHER.test(normsOf(tokens, at, end)))) return false;
    return !aimedThenDowned(tokens, end, cue);
  }
  return false;
}

const ATTACK_HEADS = new Set(["strike", "attack", "barrage", "assault", "raid", "wave", "bombardment", "onslaught", "salvo"]);
// (lower case: "on 25 May" is a date)
const NOT_ONE_ATTACK = /\b(?:could|would|might|may|can|preparing|prepare|ready|capable|warn(?:s|ed)?|threat(?:en(?:s|ed)?)?|plans?|planning|expect(?:s|ed)?|possible|future)\b/;

/** "Russia's 700-weapon strike", "a 236-target barrage", "a 500-drone attack": the count is the attack's. */
function compoundCount(tokens: readonly Token[], q: Quantity): RawFigure | null {
  if (q.value === null || q.article) return null;
  const [dash, noun, head] = [tokens[q.last + 1], tokens[q.last + 2], tokens[q.last + 3]];
  if (dash?.norm !== "-" || !noun || dash.start !== tokens[q.last]!.end || noun.start !== dash.end) return null;
  const weapon = COMPOUND_WEAPON.get(noun.norm);
  if (!weapon || !ATTACK_HEADS.has(head?.norm ?? "") || /^(?:first|second|third|fourth|fifth|another|other|next|such)$/.test(tokens[q.first - 1]?.norm ?? "")) return null;
  if (NOT_ONE_ATTACK.test(tokens.map((t) => t.text).join(" "))) return null;
  return { ...describe(tokens, q), metric: "launched", weapon, last: q.last + 3, nationality: null };
}

/**
 * "recorded 19 violations of Polish airspace", "19 airspace violations": a neighbour's count of the drones that
 * crossed into it (the annotation's launches; extract.ts makes them an attack on that neighbour). Not aircraft or
 * balloons, not a year, and never a weapon borrowed from the sentence before.
 */
function violationCount(tokens: readonly Token[], q: Quantity): RawFigure | null {
  if (q.value === null || q.article || looksLikeYear(q)) return null;
  const k = tokens[q.last + 1]?.norm === "airspace" ? q.last + 2 : q.last + 1;
  if (tokens[k]?.norm !== "violations") return null;
  const ofAirspace = tokens[k + 1]?.norm === "of" && tokens.slice(k + 2, k + 5).some((t) => t.norm === "airspace");
  if (k === q.last + 1 && !ofAirspace) return null;
  if (tokens.some((t) => /^(?:aircraft|jets?|planes?|fighters?|balloons?|helicopters?|bombers?)$/.test(t.norm))) return null;
  return { ...describe(tokens, q), metric: "launched", weapon: "drone", last: k, nationality: null };
}

// "19 drones had entered Polish airspace", "Two drones crashed on Moldovan territory": what reached a neighbour, by its adjective
const INTO_NEIGHBOUR = new RegExp(String.raw`^(?:(?:${HAVE.join("|")})\s+)?(?:entered|crossed\s+into|flew\s+into|violated|crashed\s+(?:on|in|into)|fell\s+(?:on|in))\s+(?:the\s+)?(?:${peopleOf(STRAY_STATES).toLowerCase()})\s+(?:airspace|territory|soil)\b`);

/**
 * A count of weapons that reached a neighbour's airspace or soil: launched at that country (its target is settled by the sentence).
 * Not the rest of a tally whose fates were just told (`before`, the last weapon count: "Air defences shot down 24 of the drones.
 * One drone flew into Romanian airspace, and another was lost to electronic warfare"): the attacked country's account of where
 * one of its night's weapons went, unless someone apart from the warring sides says it (the neighbour's own count: "…, Romania's
 * defence ministry said"; not "…, the Air Force said", the tally's own claimant telling the rest of it).
 */
function neighbourCount(tokens: readonly Token[], q: Quantity, head: Head, before: Pick<RawFigure, "metric" | "weapon"> | null): RawFigure | null {
  if (q.value === null || head.kind !== "weapon" || head.weapon === "mixed") return null;
  if (!INTO_NEIGHBOUR.test(normsOf(tokens, head.end + 1, head.end + 7))) return null;
  const restOfTally = before !== null && before.weapon === head.weapon && INTERCEPTIONS.has(before.metric) && !(tokens.some((t) => SAID_VERB.test(t.norm)) && thirdPartySpeaker(tokens));
  return restOfTally ? null : referenceTotal(tokens, q, head);
}

function referenceTotal(tokens: readonly Token[], q: Quantity, head: Head & { kind: "weapon" }): RawFigure {
  return { ...describe(tokens, q), metric: "launched", weapon: head.weapon, last: head.end, nationality: head.nationality };
}

function describe(tokens: readonly Token[], q: Quantity) {
  const valueStart = tokens[q.first]!.start;
  const valueEnd = tokens[q.last]!.end;
  return { value: q.value, valueStart, valueEnd, qualifier: q.qualifier, first: q.first, part: false };
}

const ALONG = [["as", "well", "as"], ["along", "with"], ["alongside"], ["plus"], ["together", "with"]];
/** The length of the "as well as" / "along with" that ends just before `at`, 0 when none does. */
function alongBefore(tokens: readonly Token[], at: number): number {
  return ALONG.find((p) => p.every((w, k) => tokens[at - p.length + k]?.norm === w))?.length ?? 0;
}

/** "… 355 drones, a record, as well as nine missiles": the second count shares the first one's verb. */
function coordinated(tokens: readonly Token[], q: Quantity): boolean {
  return alongBefore(tokens, q.first) > 0;
}

/**
 * A per-place or per-type breakdown after a total: "216 drones: 66 over the Black Sea, 59 over
 * the Krasnodar region", "121 drones, including 37 over the Bryansk region". Same metric as the
 * total, marked as a part so it never competes with it.
 */
const TOTAL_ADJUNCT = /^(?:overnight|in|total|all|altogether|last|night|today|yesterday)$/;

// "428 targets, the Air Force said: 410 drones …", "82 missiles and drones at Ukraine: 40 missiles …": the source's clause,
// or the target, or both, between a total and the colon of its parts ("158 missiles and drones at Ukraine, according to the
// Air Force: 122 missiles and 36 Shahed drones")
const TOTAL_TARGET = String.raw`(?:at|on|against) (?:the )?[\p{L}'-]+(?: region)?`;
const TOTAL_SOURCE = String.raw`, (?:(?:the )?(?:[\p{L}'.-]+ ){0,5}(?:said|says|reported|reports|added|stated)|according to (?:[\p{L}'.-]+ ){0,4}[\p{L}'.-]+)`;
const TOTAL_TAIL = new RegExp(`^(?:${TOTAL_TARGET}|${TOTAL_SOURCE}|${TOTAL_TARGET} ${TOTAL_SOURCE})$`, "u");

/** The colon after a total's tail (TOTAL_TAIL) that opens at `open`; `open` itself if there is none. */
function pastTotalTail(tokens: readonly Token[], open: number): number {
  for (let colon = open + 1; colon < Math.min(open + 9, tokens.length); colon++) {
    if (tokens[colon]!.norm === ":") return TOTAL_TAIL.test(normsOf(tokens, open, colon)) ? colon : open;
  }
  return open;
}

// "not one of them has been shot down", "not one person was hurt": none, no count of one (as "not a single drone")
const notOne = (tokens: readonly Token[], f: RawFigure): boolean => tokens[f.first]?.norm === "one" && tokens[f.first - 1]?.norm === "not";

// "killed in action", "killed in combat": a soldier's death at the front, told beside a strike ("a wake for a local man killed
// in action"), not that strike's toll
const IN_COMBAT = /^(?:(?:who\s+)?(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?killed\s+in\s+(?:action|combat|battle)\b(?!\s*-)/;
const killedInCombat = (tokens: readonly Token[], f: RawFigure): boolean => f.metric === "killed" && IN_COMBAT.test(normsOf(tokens, f.last + 1, f.last + 7));

/**
 * One person named before a group the text counts, in one list of a toll's parts: "among them a child and three foreign
 * citizens", "a mother and three of her daughters". A list of several writes no count for its one person; the group keeps
 * its own ("a child" is no injured 1, "three foreign citizens" is injured 3).
 */
function oneListedBeforeGroup(tokens: readonly Token[], f: RawFigure, figures: readonly RawFigure[]): boolean {
  if (f.weapon !== null || f.value !== 1 || !/^an?$/.test(tokens[f.first]?.norm ?? "") || tokens[f.last + 1]?.norm !== "and" || !partLead(tokens, f.first)) return false;
  return figures.some((g) => g.first === f.last + 2 && g.metric === f.metric && g.value !== null && g.value > 1);
}

/**
 * Whether the words just before a count at `first` make it a part of the one before: "including five children", "among them
 * five children", and, translated, "of them" before it ("the number of perished reached 47 persons, of them 38 men").
 */
function partLead(tokens: readonly Token[], first: number): boolean {
  const lead = tokens.slice(Math.max(0, first - 3), first).map((t) => t.norm);
  return lead.includes("including") || (lead.includes("among") && lead.includes("them")) || lead.slice(-2).join(" ") === "of them";
}

/**
 * Where the words after a total at `total.last` go on once past the fate the total itself is told in the passive: "112 targets
 * were shot down — 48 missiles …" opens at the dash, as "shot down 112 targets — 48 missiles …" does. Only the total's own fate
 * (not "112 targets were launched and 48 missiles were shot down").
 */
function pastOwnFate(tokens: readonly Token[], total: RawFigure): number {
  const k = pastAuxiliaries(tokens, total.last + 1);
  const cue = k > total.last + 1 ? matchCue(tokens, k, WEAPON_CUES) : null;
  return cue && combined(tokens, k, cue) === total.metric ? k + cue.words.length : total.last + 1;
}

// when a part of a night's total came: "on the evening of 31 December", "after midnight", "before dawn", "in the morning"
const TIMED_PART = /^(?:(?:on|in|during) (?:the )?(?:evening|morning|night|afternoon)|(?:before|after|until) (?:midnight|dawn|noon|sunrise|sunset))\b/;
const timedPart = (tokens: readonly Token[], last: number): boolean => TIMED_PART.test(normsOf(tokens, last + 1, last + 4));

// the participle that tells where a whole was fired, between it and the colon of its parts
const LAUNCH_PARTICIPLE = /^(?:fired|launched|sent)$/;

function breakdown(tokens: readonly Token[], q: Quantity, head: Head, prev: RawFigure | null): RawFigure | null {
  if (!prev || q.value === null || (q.article && head.kind !== "person")) return null;
  const partOf = partLead(tokens, q.first);
  // "134 people have been injured, among them five children"; "… seven injured, including a 15-year-old girl"
  if (head.kind === "person") {
    // (a list of parts goes on after a comma or "and": "among them 31 police officers and a 10-year-old child")
    // (an item only, no verb of its own: not "among them two children, and 30 people were evacuated")
    const itemEnds = head.end + 1 >= tokens.length || /^(?:[,.;]|and)$/.test(tokens[head.end + 1]!.norm);
    const listGoesOn = itemEnds && prev.weapon === null && (prev.part === true || partLead(tokens, prev.first) || tokens.slice(0, prev.first).some((t) => t.norm === "among")) && /^(?:,|and|, and)$/.test(normsOf(tokens, prev.last + 1, q.first));
    return (partOf || listGoesOn) && (prev.metric === "killed" || prev.metric === "injured") && !rescuedBefore(tokens, q.first)
      ? { ...describe(tokens, q), metric: prev.metric, weapon: null, last: head.end, nationality: null, part: true }
      : null;
  }
  if (!prev.weapon) return null;
  const before = tokens[q.first - 1]?.norm ?? "";
  // "577 targets: 546 drones and 31 missiles": the items after a total and a colon are its parts
  // (or a dash: "158 air targets – 122 missiles and 36 drones")
  // ("destroyed 92 of them — 55 Shaheds and 37 missiles": a share of what the sentence before counted, of whatever kinds)
  const ofThem = tokens[prev.last]?.norm === "them" && tokens[prev.last - 1]?.norm === "of";
  // (past when and how much: "launched 215 missiles and drones overnight in total: 70 missiles and 145 drones")
  // (and past the total's own fate told after it: "112 targets were shot down — 48 missiles and 64 drones —")
  const fateEnd = pastOwnFate(tokens, prev);
  let open = fateEnd;
  while (open < fateEnd + 4 && TOTAL_ADJUNCT.test(tokens[open]?.norm ?? "")) open++;
  open = pastTotalTail(tokens, open);
  // (and past where the whole was fired at: "shot down all 31 missiles fired at the capital: two Iskander-M …")
  if (open === fateEnd && LAUNCH_PARTICIPLE.test(tokens[open]?.norm ?? "")) {
    const colon = tokens.findIndex((t, k) => k > open && k <= open + 8 && t.norm === ":");
    if (colon > open + 1 && placesOnly(tokens, open + 1, colon)) open = colon;
  }
  // (a dash past the adjuncts too: "112 targets were shot down overnight — 48 missiles and 64 drones")
  const opener = tokens[open === fateEnd || tokens[open]?.norm === ":" || isDash(tokens[open]?.norm) ? open : prev.last + 1]?.norm ?? "";
  if (head.kind === "weapon" && (opener === ":" || (isDash(opener) && (prev.weapon === "mixed" || ofThem))) && (before === opener || before === "and" || before === ",")) {
    return { ...describe(tokens, q), metric: prev.metric, weapon: head.weapon, last: head.end, nationality: prev.nationality, part: true };
  }
  // "…: 546 drones and 31 missiles": a list of parts goes on after "and"
  if (prev.part && head.kind === "weapon" && before === "and" && prev.last === q.first - 2) {
    return { ...describe(tokens, q), metric: prev.metric, weapon: head.weapon, last: head.end, nationality: prev.nationality, part: true };
  }
  // "67 missiles, including 35 Kh-101, eight Kalibr, and three Iskander-M, and 194 drones": the list of
  // parts goes on while the weapon stays the total's; another weapon after it is the total's sibling
  const listed = before === "," || (before === "and" && tokens[q.first - 2]?.norm === ",");
  if (head.kind === "weapon" && listed) {
    return { ...describe(tokens, q), metric: prev.metric, weapon: head.weapon, last: head.end, nationality: prev.nationality, part: head.weapon === prev.weapon };
  }
  // "428 air targets, 410 of them drones"
  if (head.kind === "weapon" && tokens[q.last + 1]?.norm === "of" && tokens[q.last + 2]?.norm === "them") {
    return { ...describe(tokens, q), metric: prev.metric, weapon: head.weapon, last: head.end, nationality: prev.nationality, part: true };
  }
  // "23 drones were shot down over the Moscow region, including 15 that were flying towards Moscow": a part of the count
  // (or by whom they were downed: "shot down 81 missiles, including 11 by F-16 jets")
  if (head.kind === "none" && partOf && (HEADED_FOR.test(normsOf(tokens, q.last + 1, q.last + 5)) || (tokens[q.last + 1]?.norm === "by" && INTERCEPTIONS.has(prev.metric)))) {
    return { ...describe(tokens, q), metric: prev.metric, weapon: prev.weapon, last: q.last, nationality: prev.nationality, part: true };
  }
  // "destroyed 95 drones before midnight and a further 110 after it": more of the same, not a part
  // (not more of the places a count was at: "hits … were recorded at 15 locations, and debris fell at another six")
  if (head.kind === "none" && (before === "further" || before === "another") && !/^(?:at|in)$/.test(tokens[q.first - 2]?.norm ?? "") && !rightCue(tokens, q.last + 1, WEAPON_CUES, 3)) {
    return { ...describe(tokens, q), metric: prev.metric, weapon: prev.weapon, last: q.last, nationality: prev.nationality };
  }
  // "45 Shahed drones were shot down overnight: 13 on the evening of 31 December and 32 after midnight": the total's parts told
  // by when they came, after its colon (not new totals)
  // (the colon right after the total's clause, no other count between: "shot down overnight: 13 …")
  const colonAfterTotal = before === ":" && !tokens.slice(prev.last + 1, q.first - 1).some((t) => t.kind === "number" || /^[.;:]$/.test(t.norm));
  if (head.kind === "none" && timedPart(tokens, q.last) && (colonAfterTotal || (prev.part && /^(?:and|,)$/.test(before) && timedPart(tokens, prev.last)))) {
    return { ...describe(tokens, q), metric: prev.metric, weapon: prev.weapon, last: q.last, nationality: prev.nationality, part: true };
  }
  // "14 each over the Bryansk and Kaluga regions": one figure, said of each place
  // ("… and two more over the Bryansk region")
  // (a translation's dash between them: "45 UAVs were destroyed overnight: 11 - over the Moscow region, 13 - over …")
  const dash = isDash(tokens[q.last + 1]?.norm) ? 1 : 0;
  const next = /^(?:each|more)$/.test(tokens[q.last + 1]?.norm ?? "") ? (tokens[q.last + 2]?.norm ?? "") : (tokens[q.last + 1 + dash]?.norm ?? "");
  const afterThem = tokens[q.last + 1]?.norm === "of" && tokens[q.last + 2]?.norm === "them" ? tokens[q.last + 3]?.norm ?? "" : "";
  // (or around it: "shot down 47 missiles, including 20 around Kyiv", "among them nine around the capital")
  const over = (w: string) => w === "over" || w === "above" || w === "in" || w === "near" || w === "off" || w === "around";
  if (!over(next) && !over(afterThem)) return null;
  // "18 drones over the Bryansk region and 7 over the Kursk region": siblings, not parts of a total
  const prevIsPlaced = over(tokens[prev.last + 1]?.norm ?? "");
  return { ...describe(tokens, q), metric: prev.metric, weapon: head.kind === "weapon" ? head.weapon : prev.weapon, last: q.last, nationality: prev.nationality, part: !prevIsPlaced };
}

/**
 * "its air defences destroyed Ukrainian drones overnight over several regions: six over the Republic of Adygea, …": the list
 * of places after a fate told of weapons it does not count opens with a part of that fate (the rest follow as the
 * breakdown's siblings). Not after a launch ("Russia attacked with drones: six in Kharkiv" may be what hit), nor a count
 * named by a noun of its own ("… regions: six villages lost power").
 */
function placedUncounted(tokens: readonly Token[], q: Quantity, head: Head, prev: RawFigure | null): RawFigure | null {
  if (prev || head.kind !== "none" || q.value === null || tokens[q.first - 1]?.norm !== ":") return null;
  const next = tokens[q.last + 1]?.norm === "each" ? q.last + 2 : q.last + 1;
  if (!/^(?:over|above|off)$/.test(tokens[next]?.norm ?? "")) return null;
  const cue = leftCue(tokens, q.first - 2, WEAPON_CUES, 8);
  if (!cue) return null;
  const metric = combined(tokens, cue.at, cue.cue);
  const weapon = INTERCEPTIONS.has(metric) ? uncountedWeaponBefore(tokens, q.first - 1, cue.at + cue.cue.words.length - 1) : null;
  return weapon ? { ...describe(tokens, q), metric, weapon, last: q.last, nationality: null, part: true } : null;
}

/** A verb right before the count, and a passive of another fate after another count that follows it: "downed 76 drones and 34 were lost". */
function ownPassiveAfter(tokens: readonly Token[], q: Quantity, headEnd: number, l: { cue: Cue; at: number }, r: { cue: Cue; at: number }): boolean {
  if (l.cue.metric === r.cue.metric) return false;
  // (the verb's second count too: "downed 48 missiles and 64 drones and that 38 decoy drones were lost")
  const gap = tokens.slice(l.at + l.cue.words.length, q.first).map((t) => t.norm);
  // (not past a colon: "112 air targets were neutralized: 48 missiles and 64 drones were shot down" tells the parts' own fate)
  const own = gap.length === 0 || (gap.length === 1 && !/^[:–—-]$/.test(gap[0]!)) || (gap.length <= 8 && /\band(?: all)?$/.test(gap.join(" ")) && gap.some((w) => /^\d/.test(w)) && !gap.some((w) => /^(?:[,;:]|that|which)$/.test(w)));
  if (!own) return false;
  // (a scare-quoted verb too: 'and that 38 decoy drones were "lost"')
  const between = tokens.slice(headEnd + 1, r.at).filter((t) => !/^["'“”‘’«»]$/.test(t.norm));
  return between[0]?.norm === "and" && between.some((t) => isCount(t)) && PAST_BE_WORD.test(between.at(-1)?.norm ?? "") && !between.some((t) => t.norm === "," || t.norm === ";");
}

// a participle that tells where weapons came from or flew: "fired from", "launched at", "launched overnight from"
const PLACED_PARTICIPLE = /^(?:fired|launched) (?:from|at|by|over|overnight|towards?)$/;
const ATTACKED = /^(?:attack|attacks|raid|raids|assault|strike|wave)$/;
/**
 * Where the attack noun stands whose size the "by"/"of" at `by` gives: right before it ("an attack by 17 drones"), or past
 * what it was on ("an overnight attack on Crimea by 25 Ukrainian drones"), or -1.
 */
function attackBefore(tokens: readonly Token[], by: number): number {
  if (ATTACKED.test(tokens[by - 1]?.norm ?? "")) return by - 1;
  if (tokens[by]?.norm !== "by") return -1;
  for (let k = by - 2; k >= Math.max(1, by - 5); k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || WEAPON_NOUNS.has(t.norm)) return -1;
    if (/^(?:on|against)$/.test(t.norm)) return ATTACKED.test(tokens[k - 1]?.norm ?? "") ? k - 1 : -1;
  }
  return -1;
}

// the kind a weapon's noun may name between a model and the noun: "Shahed attack drones", "Shahed decoy drones"
// (not "aeroballistic" yet: reading what follows "Kinzhal aeroballistic missiles" from the noun rather than from the model's
// name is a new reading, to be tested on its own, not part of sharing the lists of kinds)
const NOUN_KIND = new Set([...DRONE_KINDS, ...MISSILE_KINDS.filter((w) => w !== "aeroballistic")]);

/**
 * The last word of the noun phrase a head ends: a model's name is a head of its own ("Shahed"), and the noun after it, past a
 * kind, belongs to the same phrase ("45 Shahed drones that Russia launched", "28 of the 31 Shahed attack drones Russia
 * launched"), so what follows the phrase is read from there.
 */
/** `nounTail` under a name readFigures does not shadow (its own `nounTail` is a flag). */
const weaponNounEnd = (tokens: readonly Token[], end: number): number => nounTail(tokens, end);
function nounTail(tokens: readonly Token[], end: number): number {
  if (WEAPON_NOUNS.has(tokens[end + 1]?.norm ?? "")) return end + 1;
  if (NOUN_KIND.has(tokens[end + 1]?.norm ?? "") && WEAPON_NOUNS.has(tokens[end + 2]?.norm ?? "")) return end + 2;
  return end;
}

function classify(
  tokens: readonly Token[],
  q: Quantity,
  head: Head,
  lastWeapon: Weapon | null,
  prev: RawFigure | null,
  listMetric: Metric | null,
  previousCount: Pick<RawFigure, "metric" | "weapon" | "value"> | null,
  previousCasualty: Metric | null,
): RawFigure | null {
  const base = describe(tokens, q);
  // "shot down all 18 missiles Russia fired at the country overnight, including six Kinzhal missiles": what
  // befell the count it is part of, whatever verb came between
  if (head.kind === "weapon" && tokens[q.first - 1]?.norm === "including" && prev?.weapon === head.weapon) {
    return { ...base, metric: prev.metric, weapon: head.weapon, last: head.end, nationality: head.nationality };
  }
  // "air defences had stopped an attack by three Ukrainian drones", "repelled a raid of 20 UAVs": the attack's size,
  // whatever befell the attack
  // ("Strikes by 23 UAVs were recorded at 12 locations": the Air Force's line of hits, as translated)
  if (head.kind === "weapon" && tokens[q.first - 1]?.norm === "by" && /^(?:strikes|impacts|arrivals)$/.test(tokens[q.first - 2]?.norm ?? "") && /^(?:were|was|have|had)$/.test(tokens[head.end + 1 + coordinatedSpan(tokens, head.end + 1)]?.norm ?? "")) {
    return { ...base, metric: "hit", weapon: head.weapon, last: head.end, nationality: head.nationality };
  }
  const attackAt = head.kind === "weapon" && /^(?:by|of|involving)$/.test(tokens[q.first - 1]?.norm ?? "") ? attackBefore(tokens, q.first - 1) : -1;
  if (attackAt >= 0 && head.kind === "weapon") {
    // ("Air defence forces repelled an attack by two UAVs flying towards Moscow": Sobyanin's formula for drones downed,
    // unless what befell them follows, "repelled an attack by three drones overnight: two were shot down, …")
    const repelled = /^(?:repelled|repulsed|repelling)$/.test(tokens[attackAt - (/^(?:an|a|the)$/.test(tokens[attackAt - 1]?.norm ?? "") ? 2 : 1)]?.norm ?? "");
    // (not a clock time: "…, Mayor Sergei Sobyanin wrote at 23:52")
    const after = tokens.slice(head.end + 1);
    const num = (i: number) => after[i]?.kind === "number";
    const clock = (i: number) =>
      after[i]?.norm === ":" ? num(i - 1) && num(i + 1) : num(i) && ((after[i + 1]?.norm === ":" && num(i + 2)) || (after[i - 1]?.norm === ":" && num(i - 2)));
    // (nor a date: "…, Sobyanin reported in the night on 07.05", "on May 7")
    const dotted = (i: number) => num(i) && /^\d{1,2}\.\d{2}$/.test(after[i]!.norm) && /^(?:on|of)$/.test(after[i - 1]?.norm ?? "");
    const monthDay = (i: number) => num(i) && (Object.hasOwn(MONTHS, after[i - 1]?.norm ?? "") || Object.hasOwn(MONTHS, after[i + 1]?.norm ?? ""));
    const fates = after.some((t, i) => (t.norm === ":" || isCount(t)) && !clock(i) && !dotted(i) && !monthDay(i));
    return { ...base, metric: repelled && !fates ? "shot_down" : "launched", weapon: head.weapon, last: head.end, nationality: head.nationality };
  }
  if (head.kind === "weapon") {
    // ("12 missiles including six hypersonic Kinzhals were shot down": the verb past the part the count includes)
    // ("three drones, and possibly a fourth, had been shot down": the verb past an aside that there may have been more)
    const aside = maybeHigherAside(tokens, head.end + 1);
    const cueFrom = aside > 0 ? head.end + 1 + aside : pastWhole(tokens, launcherEnd(tokens, typesTail(tokens, head.end + 1)));
    const r = rightCue(tokens, cueFrom, WEAPON_CUES, 3) ?? pastIncluded(tokens, head.end + 1);
    // ("drones operated by the SBU had hit the plant": who flew them leads into the verb, as "launched by" does, with no reading of its own)
    const lead = r ?? rightCue(tokens, cueFrom, OPERATED_BY, 3);
    // ("the running count has reached 21 drones shot down": a total reaching a number, not weapons reaching a target)
    // ("attacked gas production facilities in Ukraine's Kharkiv and Poltava regions overnight with 24 missiles": what the verb
    // attacked with may come after a long name of its target)
    const reachedLeft = leftCue(tokens, q.first - 1, WEAPON_CUES, tokens[q.first - 1]?.norm === "with" ? 16 : 10);
    // ("the previous record of 273 drones shot down in a night": a record of what befell them, told after the noun)
    const recordOfFate = /^(?:record|high)$/.test(reachedLeft?.cue.words[0] ?? "") && r !== null && r.at === head.end + 1 && r.cue.metric !== "launched";
    const l = reachedLeft?.cue.words[0] === "reached" || recordOfFate ? null : reachedLeft;
    let metric: Metric | null = null;
    let struckWith = false;
    // "seven missiles fired in the attack were destroyed": a participle, then the main verb that tells
    let main: { cue: Cue; at: number } | null = null;
    // (not a finite "were launched": "596 drones and 36 missiles were launched and that 558 … were shot down";
    // but "eight drones that were launched from Kursk were shot down" is a relative clause before the main verb)
    const finite = lead !== null && ["were", "was", "been", "are", "is"].includes(tokens[lead.at - 1]?.norm ?? "") && !["that", "which"].includes(tokens[lead.at - 2]?.norm ?? "");
    // (past a count coordinated with it, which shares the participle and the verb: "69 of 73 Shahed drones and two Kh-59/69 guided
    // missiles launched overnight were destroyed")
    const ownEnd = nounTail(tokens, head.end);
    if (lead && lead.at - head.end - coordinatedSpan(tokens, ownEnd + 1) <= 4 && lead.cue.metric === "launched" && !finite) {
      // (where they were fired may take a while to say: "five of the six ATACMS missiles fired at a facility in the Bryansk
      // region on November 19 were shot down", as long as no clause ends before the verb)
      const upTo = tokens.slice(lead.at + lead.cue.words.length, lead.at + lead.cue.words.length + 14).findIndex((t) => /^[,;:.]$/.test(t.norm));
      const later = rightCue(tokens, lead.at + lead.cue.words.length, WEAPON_CUES, upTo < 0 ? 12 : Math.min(12, Math.max(6, upTo)));
      // ("27 drones heading for the capital shot down since midnight": where they flew, then what befell them)
      // ("Two missiles headed for Kyiv hit a residential building": what they did when they got there)
      const flew = /^(?:heading|headed|flying|flew|flown)$/.test(tokens[lead.at]!.norm) && later !== null && ["shot_down", "jammed", "neutralized", "hit"].includes(later.cue.metric);
      // ("four of the 11 missiles fired at the Trypillia thermal power plant last week got through": an active verb of
      // striking is the main verb too, unless a relative clause of the target tells it, "fired at a plant that was hit", or a
      // verb before the count tells its fate, "Russia fired 11 missiles launched from bombers and drones hit Kyiv", or the
      // count is the attack's whole, "The 236 weapons used in the attack hit the grid", or the night's, fired "overnight": "More
      // than 200 missiles and drones fired at Ukraine overnight struck energy facilities", "Some 40 drones launched at Odesa
      // overnight hit port infrastructure" tell what the night's attack struck, not that all of them got through)
      const night = later !== null && tokens.slice(lead.at, later.at).some((t) => t.norm === "overnight");
      // (its own pluperfect too, "at least two drones launched by the SBU had hit the plant", not a relative clause's, wherever its
      // subject sits: "… that had hit", "drones launched at the city that residents said had hit a school")
      const relative = later !== null && tokens.slice(lead.at, later.at).some((t) => /^(?:that|which|where|when|who)$/.test(t.norm));
      const struck = later?.cue.metric === "hit" && reachedLeft === null && tokens[q.first - 1]?.norm !== "the" && !night && !relative;
      if (later && later.cue.metric !== "launched" && (flew || struck || ["were", "was", "been"].includes(tokens[later.at - 1]?.norm ?? ""))) main = later;
    }
    // A participle after the noun ("34 drones targeting Moscow", "60 of the 85 drones launched by
    // Russia") is weaker than a verb before it.
    const tail = nounTail(tokens, head.end);
    const weak =
      r !== null &&
      l !== null &&
      (/ing$/.test(tokens[r.at]!.norm) ||
        // ("destroyed 20 drones aimed at Moscow": the participle says where they flew, the verb before what befell them)
        /^(?:aimed|directed|targeted)$/.test(tokens[r.at]!.norm) ||
        // (past what they carried too: "struck by two Iskander-M ballistic missiles with cluster warheads launched from Russia's
        // Kursk region")
        (r.at === pastWarhead(tokens, tail + 1) && ["by", "at", "from", "against", "in", "on"].includes(tokens[r.at + r.cue.words.length]?.norm ?? "")) ||
        // ("destroyed all 15 cruise missiles and 21 attack drones launched at Kyiv": the participle past a coordinated count)
        // (or ending the clause: "shot down 72 of 99 missiles and all 35 drones launched.")
        (r.cue.metric === "launched" && l.cue.metric !== "launched" && r.at === tail + 1 + coordinatedSpan(tokens, tail + 1) && /^(?:by|at|from|against|overnight|[.,;:)]|)$/.test(tokens[r.at + r.cue.words.length]?.norm ?? "")) ||
        // ("shot down 34 cruise missiles and four of the eight Shahed drones launched": the participle tells of the whole the
        // coordinated part is of)
        // (its noun may run a word past the coordinated count: "Shahed drones")
        (r.cue.metric === "launched" && l.cue.metric !== "launched" && coordinatedSpan(tokens, head.end + 1) > 0 && r.at - head.end - 1 - coordinatedSpan(tokens, head.end + 1) <= (WEAPON_NOUNS.has(tokens[r.at - 1]!.norm) ? 1 : 0) && tokens.slice(head.end + 2, r.at).some((t) => t.norm === "of")) ||
        // ("shot down all 18 missiles Russia fired", "… the 30 drones that the enemy launched": a relative clause)
        // (past a coordinated count too: "destroyed 15 cruise missiles and 21 attack drones that Russia launched")
        (r.cue.metric === "launched" && l.cue.metric !== "launched" && RELATIVE_LAUNCHER.test(normsOf(tokens, tail + 1 + coordinatedSpan(tokens, tail + 1), r.at))) ||
        // ("downed 126 drones and 16 drones struck 10 locations": an active verb after a coordinated count is that count's own)
        (r.cue.metric === "hit" && l.cue.metric !== "hit" && coordinatedSpan(tokens, head.end + 1) > 0 && r.at === head.end + 1 + coordinatedSpan(tokens, head.end + 1) && !BE_OR_PERFECT_OR_ALL.test(tokens[r.at - 1]?.norm ?? "")) ||
        // ("shot down 61 of the 71 missiles launched": the participle tells of the whole, the verb before of the part)
        // ("shot down 45 out of 69 missiles launched overnight": so does "out of")
        // ("shot down 13 of 19 Shahed drones launched by Russia": past the noun the model names)
        (r.cue.metric === "launched" && l.cue.metric !== "launched" && r.at === tail + 1 && (tokens[q.last + 1]?.norm === "of" || (tokens[q.last + 1]?.norm === "out" && tokens[q.last + 2]?.norm === "of"))) ||
        // ("downed 76 drones and that 34 decoy drones were lost": the verb right before the count is its own; the passive
        // after the next count is that count's)
        ownPassiveAfter(tokens, q, head.end, l, r));
    // "30 missiles and 47 drones had been shot down": the coordinated noun phrase does not count as distance
    // (nor do the types the noun is of: "39 missiles of different types were shot down")
    const gap = r ? r.at - head.end - coordinatedSpan(tokens, head.end + 1) - aside - (typesTail(tokens, head.end + 1) - head.end - 1) : 0;
    // "when Russia launched 48 missiles, hits by seven missiles …": a cue past a comma opens another clause
    const separated = r !== null && tokens.slice(head.end + 1 + aside, r.at).some((t) => t.norm === "," || t.norm === ";");
    const pastComma = separated && l !== null;
    // "60 drones; 35 shot down": past a separator, the cue belongs to the count right before it
    const othersCue = separated && tokens.slice(Math.max(0, r!.at - 3), r!.at).some((t) => t.kind === "number");
    const near = main ?? (r && gap <= 4 && !weak && !pastComma && !othersCue ? r : null);
    // "six downed UAVs", "40 destroyed drones": the fate said between the amount and its noun
    const innerAt = tokens.slice(q.last + 1, head.end).findIndex((_, i) => matchCue(tokens, q.last + 1 + i, WEAPON_CUES)?.metric === "shot_down");
    if (innerAt >= 0) metric = "shot_down";
    // ("Two missiles were not intercepted": what did not befall them either; but what they did instead is told, "Three
    // ballistic missiles were not intercepted and struck Dnipro": hit 3)
    else if (near && negatedFate(tokens, near)) {
      if (!struckInstead(tokens, near)) return null;
      metric = "hit";
    }
    else if (near && agentOf(tokens, near)) metric = "launched";
    else if (near) metric = combined(tokens, near.at, near.cue);
    // "The Air Force counted 88 missiles and 63 Shaheds, and said 37 … were shot down": the count is the
    // attack's total, whatever verb comes later in the sentence
    else if (!l && (countedBy(tokens, q.first) || (!r && attributedCount(tokens, q, head.end)) || (!listMetric && lineLabelCount(tokens, q)) || (!listMetric && opensLine(tokens, q) && (!r || (othersCue && nextCount(tokens, head.end)))) || (prev?.weapon && prev.metric === "launched" && countedBy(tokens, prev.first) && tokens[q.first - 1]?.norm === "and" && prev.last === q.first - 2))) metric = "launched";
    // ("failed to intercept 8 of the 40 missiles": what did not befall them)
    else if (l && l.cue.metric !== "launched" && NEGATED.test(normsOf(tokens, Math.max(0, l.at - 3), l.at))) return null;
    // "shot down 11 rockets fired from U.S.-made HIMARS launchers and five Ukrainian drones": the participle after the count
    // before says where those came from, and the count joined after it shares that count's fate
    else if (l && l.cue.metric === "launched" && prev?.weapon && prev.metric !== "launched" && !prev.part && tokens[q.first - 1]?.norm === "and" && l.at === nounTail(tokens, prev.last) + 1 && PLACED_PARTICIPLE.test(normsOf(tokens, l.at, l.at + 2))) metric = prev.metric;
    else if (l) {
      // "struck Ukraine with 40 drones (and 20 missiles)", "struck Kryvyi Rih with eight missiles", "struck the centre of the
      // city with two ballistic missiles" tell what was fired, not how many got through: a launch, whatever was struck; only
      // one weapon a town or site was struck with hit it ("struck Odesa with one ballistic missile")
      const withAt = tokens.slice(l.at + l.cue.words.length, q.first).findIndex((t) => t.norm === "with");
      const launch = withAt >= 0 && (q.value !== 1 || !siteStruckWith(tokens, l.at + l.cue.words.length, l.at + l.cue.words.length + withAt, q));
      // ("Kharkiv was hit by 12 drones overnight, eight of which were shot down": those that came, as with "struck … with")
      const byAt = l.at + l.cue.words.length;
      const downedPart = l.cue.metric === "hit" && passiveHitBy(tokens, byAt) && q.first - byAt <= 3 && partDownedAfter(tokens, head.end + 1);
      metric = l.cue.metric === "hit" && (launch || downedPart) ? "launched" : combined(tokens, l.at, l.cue);
      struckWith = l.cue.metric === "hit" && withAt >= 0 && !launch;
    } else if (r) {
      if (negatedFate(tokens, r)) return null;
      metric = combined(tokens, r.at, r.cue);
    }
    // "Three missiles killed 18 people in the centre of Chernihiv": weapons that killed had landed
    else if (!l && /^(?:killed|injured|wounded)$/.test(tokens[head.end + 1]?.norm ?? "") && !tokens.slice(0, q.first).some((t) => t.norm === "if")) metric = "hit";
    // "recorded 5,638 drones and 185 missiles": the second count shares the first one's verb
    else if (prev?.weapon && (coordinated(tokens, q) || (tokens[q.first - 1]?.norm === "and" && prev.last === q.first - 2) || sameList(tokens, prev, q))) metric = prev.metric;
    else if (listMetric) metric = listMetric;
    else if (ministryTally(tokens, q)) metric = "shot_down";
    else if (launchCount(tokens, q, head.end) || firedWith(tokens, q.first)) metric = "launched";
    else if (hasAttackNoun(tokens)) metric = "launched";
    // a leader's post that is only the count: '"Almost 600 drones and nearly 50 missiles," he wrote'
    else if (opensQuote(tokens, q.first) || (prev?.metric === "launched" && opensQuote(tokens, prev.first) && tokens[q.first - 1]?.norm === "and")) metric = "launched";
    if (!metric || metric === "killed" || metric === "injured") return null;
    // ("the enemy carried out four missile strikes": a count of strikes, not of the missiles launched)
    // ("launched 2 missile strikes using 4 missiles": the General Staff counts the strikes, then the missiles they used)
    // (but "attempted two missile strikes …, but both missiles were intercepted" tells of the missiles)
    if (metric === "launched" && STRUCK_NOUNS.has(tokens[head.end + 1]?.norm ?? "") && tokens.slice(Math.max(0, q.first - 3), q.first).some((t) => /^(?:carried|conducted|delivered|made|carrying|conducting|launched|launching)$/.test(t.norm))) return null;
    // ("launched 31 drone attacks on the Kherson region": attacks counted, not drones)
    if (metric === "launched" && /^(?:attacks|raids|assaults)$/.test(tokens[head.end + 1]?.norm ?? "")) return null;
    return { ...base, ...(aside > 0 ? { qualifier: "at_least" as const } : {}), metric, weapon: head.weapon, last: head.end, nationality: head.nationality, ...(struckWith && metric === "hit" ? { struckWith: true as const } : {}) };
  }
  if (head.kind === "person" && tokens[head.end]?.norm === "others" && lastWeapon) {
    // "43 drones were downed, while 30 others were lost": "others" counts the weapons just named
    const w = rightCue(tokens, head.end + 1, WEAPON_CUES, 2);
    if (w && w.cue.metric !== "launched") return { ...base, metric: combined(tokens, w.at, w.cue), weapon: lastWeapon, last: head.end, nationality: null };
  }
  if (head.kind === "person") {
    // "most of the dead …" refers to a count, it does not state one ("dozens of people" does)
    if (q.value === null && tokens[q.last + 1]?.norm === "of" && REFERENCE_WORDS.has(tokens[q.last + 2]?.norm ?? "")) return null;
    // "rescuers pulled two bodies from the rubble", "the bodies of three people were recovered": the dead, whatever the verb
    // (or one body, told by its count: "the body of one person was recovered from the rubble"; not "the body of a woman", whom
    // outlets tell as one of a toll already given as often as a toll of her own)
    const bodiesOf = tokens[q.first - 1]?.norm === "of" && (tokens[q.first - 2]?.norm === "bodies" || (tokens[q.first - 2]?.norm === "body" && q.value === 1 && !q.article));
    // (not what the search added to a toll: "two more bodies were found", "the last two bodies")
    const increment = /^(?:more|another|further|last|remaining|other)$/.test(tokens[q.first - 1]?.norm ?? "") || tokens[q.last + 1]?.norm === "more";
    if ((tokens[head.end]?.norm === "bodies" || bodiesOf) && q.value !== null) {
      // (not bodies handed back: "Ukraine received 1,212 bodies that Russia says are of Ukrainian soldiers", "Russia received 27
      // bodies in return", "The handovers took place in four stages: 1,212 bodies on June 11": an exchange of the dead, no toll)
      if (BODIES_EXCHANGED.test(normsOf(tokens, 0, tokens.length))) return null;
      return increment ? null : { ...base, metric: "killed", weapon: null, last: head.end, nationality: null };
    }
    // ("the aid would save thousands and thousands of lives": lives kept, not lost)
    if (tokens[head.end]?.norm === "lives" && livesKept(tokens, q.first)) return null;
    // ("after a wounded man died in hospital": a person the adjective describes, the toll's one more dead, not one injured)
    if (q.article && /^(?:wounded|injured)$/.test(tokens[head.end]?.norm ?? "") && PERSON_AFTER_ADJECTIVE.test(tokens[head.end + 1]?.norm ?? "") && tokens.slice(head.end + 2, head.end + 6).some((t) => /^(?:died|dies|succumbed|passed)$/.test(t.norm))) return null;
    if (tokens[head.end]?.norm === "injuries" || tokens[head.end]?.norm === "deaths" || tokens[head.end]?.norm === "dead" || tokens[head.end]?.norm === "injured" || tokens[head.end]?.norm === "wounded" || tokens[head.end]?.norm === "fatalities" || tokens[head.end]?.norm === "lives") {
      const c = matchCue(tokens, head.end, CASUALTY_CUES);
      if (c) return { ...base, metric: c.metric, weapon: null, last: head.end, nationality: null };
    }
    // "39 people were rescued, among them six children": those saved are no toll, nor a part of one (nor the count before,
    // "79 people were injured. 39 people were rescued", which the segmenter may leave in one sentence)
    if (rescued(tokens, head.end + 1) || (tokens.slice(0, q.first).some((t) => t.norm === "among") && rescuedBefore(tokens, q.first))) return null;
    // "Seven children are among the 75 people injured": a part of the toll counted after it
    const among = amongTheCounted(tokens, head.end + 1);
    if (among) return { ...base, metric: among, weapon: null, last: head.end, nationality: null, part: true };
    // "killing a woman and her two children": the relatives counted after the one person the verb's list opens with
    const kin = q.article ? null : hurtBeforeKin(tokens, q.first, head.end);
    if (kin) return { ...base, metric: kin, weapon: null, last: head.end, nationality: null, part: true };
    const first = rightCue(tokens, head.end + 1, CASUALTY_CUES, 3) ?? pastDescription(tokens, head.end + 1) ?? tripCue(tokens, head.end);
    // ("A woman injured in Thursday's shelling has died in hospital": the wounds describe one of the dead, not one injured;
    // told as what brought a toll up, the toll is the figure, as with "after a wounded man died" above)
    const died = first && diedAfterParticiple(tokens, head.end, first);
    if (died && tollRaisedAfter(tokens, died.at)) return null;
    const r = died || (first && diedAfterAppositive(tokens, first.at)) || first;
    const l = leftCue(tokens, q.first - 1, CASUALTY_CUES, 3) ?? amongOpening(tokens, q);
    // "the deaths of two civilians and injuries to three others": a noun cue joined by of/to binds left.
    const boundLeft = l !== null && (tokens[l.at + l.cue.words.length]?.norm === "of" || tokens[l.at + l.cue.words.length]?.norm === "to");
    // "a man has been killed and a 14-year-old girl has been injured": a cue past "and" belongs to the clause before
    const leftClosed = l !== null && tokens.slice(l.at + l.cue.words.length, q.first).some((t) => t.norm === "and");
    // ("five people have been injured and at least one person is trapped", "Two people were killed, 40 rescuers worked through
    // the night", "… and 12 residents evacuated": past the casualty verb's clause, a count with a verb of its own, not a casualty's)
    // (a comma closes a verb's clause, not a label's: "Among the injured, a 12-year-old girl is in serious condition" is one of them)
    const leftJoined = leftClosed || (l !== null && !/^(?:the|among)$/.test(tokens[l.at - 1]?.norm ?? "") && tokens.slice(l.at + l.cue.words.length, q.first).some((t) => t.norm === ","));
    if (!r && leftJoined && verbOfItsOwn(tokens, head.end) && !describedObject(tokens, l!.at, head.end)) return null;
    // ("Two people were killed, 5 soldiers and 12 civilians were injured": past a comma right after the verb, the count's own
    // verb; not past "…, including three children", the part of the toll a later cue may not take)
    const commaClosed = l !== null && leftJoined && tokens[l.at + l.cue.words.length]?.norm === "," && tokens[q.first - 1]?.norm === ",";
    const pick = r && !boundLeft && (!l || leftClosed || commaClosed || r.at - head.end <= q.first - l.at) ? r : l;
    // ("Doctors are fighting for the lives of several patients": lives still to be saved, no toll)
    if (pick && pick === l && tokens[l.at]?.norm === "lives" && livesKept(tokens, l.at)) return null;
    // "Two men were wounded: a 47-year-old man with shrapnel wounds … and a 52-year-old man": the count's members, one by one
    if (q.article && pick && MEMBERS_AFTER.test(tokens[tokens.findLastIndex((t, i) => i < q.first && t.norm === ":") - 1]?.norm ?? "")) return null;
    // (or set off by a dash or a comma after the count's own verb: "2 persons were injured – a 38-year-old woman and a man born in
    // 1961", "Two people died in Belgorod, a man and a woman")
    if (q.article && pick === l && l !== null && membersOf(tokens, q, l.at, l.cue.metric, prev)) return null;
    // "Eleven people were injured. Among them are two children": a part of the count before
    // (not its members one by one: "Among the dead are two children: a girl aged one and a 16-year-old boy")
    // ("the number grew to 17 persons" after "about 11 wounded": the toll stated again, with its people)
    const restated = !pick && !q.article ? ellipticCasualty(tokens, q, prev?.metric ?? previousCasualty) : null;
    if (restated) return { ...base, metric: restated, weapon: null, last: head.end, nationality: null };
    // Russia's Defence Ministry "destroys" fighters: "up to 180 foreign mercenaries … were destroyed", "eliminated 60 nationalists"
    // (the count quoted as the ministry put it: destroying "more than 200" Ukrainian reservists)
    const verbAt = wordBeforeQuoted(tokens, q.first) >= 0 ? q.first - 2 : q.first - 1;
    if (!pick && FIGHTERS.test(tokens[head.end]!.norm) && (destroyedAfter(tokens, head.end + 1) || /^(?:eliminated|liquidated|destroyed|eliminating|liquidating|destroying)$/.test(tokens[verbAt]?.norm ?? ""))) {
      return { ...base, metric: "killed", weapon: null, last: head.end, nationality: null };
    }
    // ("A 70-year-old woman was among them": one person of the count before)
    // (or its youngest, "…, the youngest a 10-year-old child", "The youngest is a 10-year-old child": one of them, named by age)
    const the = tokens.slice(0, q.first).findLastIndex((t) => t.norm === "the");
    const youngest = the >= 0 && /^the (?:youngest|oldest)(?: of them)?(?: (?:is|was|being))?$/.test(normsOf(tokens, the, q.first));
    const amongThem = youngest || tokens.some((t, i) => t.norm === "among" && tokens[i + 1]?.norm === "them");
    // (the youngest of the count just given in the sentence: "the number of injured had risen to 19, the youngest a 10-year-old child";
    // not of a part named before it, "stands at 23, among them three children, the youngest a four-year-old girl": one of those
    // children, whom the part already counts)
    if (youngest && prev?.part) return null;
    const partOf = youngest && prev && prev.weapon === null && (prev.metric === "killed" || prev.metric === "injured") ? prev.metric : listMetric;
    // ("killing up to two generals, up to 50 officers and up to 20 mercenaries": each later count of the list, read from the one before)
    const listed = !pick && !q.article ? listedToll(tokens, q, head.end, prev) : null;
    if (listed) return { ...base, metric: listed, weapon: null, last: head.end, nationality: null };
    if (!pick) return (partOf === "killed" || partOf === "injured") && (!q.article || amongThem) ? { ...base, metric: partOf, weapon: null, last: head.end, nationality: null, part: true } : null;
    // "38 people in hospital" were hurt; "4 patients in hospital were evacuated" were there already
    const hospital = pick.cue.words.join(" ");
    if ((hospital === "in hospital" || hospital === "taken to hospital") && (AT_HOSPITAL_ANYWAY.test(tokens[head.end]!.norm) || movedOutOfHarm(tokens, pick.at + 2, pick.at + 9))) return null;
    return { ...base, metric: pick.cue.metric, weapon: null, last: head.end, nationality: null };
  }
  // ("Tkachenko said one of them was a child": a part of the casualty count before)
  if ((listMetric === "killed" || listMetric === "injured") && !q.article && tokens[q.last + 1]?.norm === "of" && tokens[q.last + 2]?.norm === "them" && BE_WORD.test(tokens[q.last + 3]?.norm ?? "") && !rightCue(tokens, q.last + 4, WEAPON_CUES, 1)) {
    return { ...base, metric: listMetric, weapon: null, last: q.last + 2, nationality: null, part: true };
  }
  if (q.article) return null;
  // "all 39 launched on the night of Jan. 1 to 2 were also shot down": every one of the weapons just named that was launched,
  // and their fate (the launch is added where "all" opens the count, below in readFigures)
  const allFate = head.kind === "none" ? allLaunchedFate(tokens, q.first, q.last) : null;
  const allOf = lastWeapon ?? previousCount?.weapon ?? null;
  if (allFate && allOf) return { ...base, metric: allFate, weapon: allOf, last: q.last, nationality: null };
  const labelled = head.kind === "none" ? labelledFate(tokens, q) : null;
  if (labelled) return { ...base, ...labelled, last: q.last, nationality: null };
  const followOn = followOnCasualty(tokens, q, prev);
  if (followOn) return { ...base, metric: followOn.metric, weapon: null, last: q.last, nationality: null, part: followOn.part };
  // ("Five were killed. Earlier the governor had put the number at four": the count of the sentence before, when this one has none yet)
  const casualty = ellipticCasualty(tokens, q, prev?.metric ?? previousCasualty);
  if (casualty) return { ...base, metric: casualty, weapon: null, last: q.last, nationality: null };
  const weaponCount = statedWeaponCount(tokens, q, lastWeapon, prev?.weapon ? prev : previousCount, prev ?? previousCount);
  if (weaponCount) return { ...base, ...weaponCount, last: q.last, nationality: null };
  if (lastWeapon && bareRecord(tokens, q)) return { ...base, metric: "launched", weapon: lastWeapon, last: q.last, nationality: null };
  if (q.value === null) {
    // "most of the dead were found in one building" refers to a count, it does not state one
    if (tokens[q.last + 1]?.norm === "the") return null;
    // "several of them had been shot down by air defences": a vague count of the weapons just named, with its fate
    if (tokens[q.last + 1]?.norm === "of" && tokens[q.last + 2]?.norm === "them" && lastWeapon && /^(?:several|dozens|hundreds)$/.test(tokens[q.first]!.norm)) {
      const fate = PAST_BE_OR_HAVE.test(tokens[q.last + 3]?.norm ?? "") ? rightCue(tokens, q.last + 3, WEAPON_CUES, 2) : null;
      if (fate && ["shot_down", "jammed", "neutralized"].includes(fate.cue.metric)) return { ...base, metric: combined(tokens, fate.at, fate.cue), weapon: lastWeapon, last: fate.at, nationality: null };
    }
    // "dozens more had been injured": a vague amount needs the casualty verb right after it
    // ("over 100 people were injured, with many taken to hospital": a part of that count, not another)
    const r = rightCue(tokens, q.last + 1, CASUALTY_CUES, 0);
    if (r && r.cue.words.join(" ") === "taken to hospital") return null;
    return r && r.at - q.last <= 4 ? { ...base, metric: r.cue.metric, weapon: null, last: r.at, nationality: null } : null;
  }
  // "air defences shot down 30 of them", "four were killed, two of them in Kyiv": a count of the weapons or people just named
  // (not "in three of those regions": "these" and "those" stand alone or name what they count)
  const after = tokens[q.last + 3]?.norm ?? "";
  const demonstrative = /^(?:these|those)$/.test(tokens[q.last + 2]?.norm ?? "") && (!STARTS_LETTER.test(after) || VERB_FILLER.has(after));
  const ofThem = tokens[q.last + 1]?.norm === "of" && (["them", "which", "whom"].includes(tokens[q.last + 2]?.norm ?? "") || demonstrative);
  if (ofThem && q.value !== null) {
    // "killed 20 people, nine of them children"
    const detail = tokens.slice(q.last + 3, q.last + 12).some((t) => /^(?:serious|critical|grave|condition|hospitali[sz]ed|hospital)$/.test(t.norm));
    if (prev && prev.weapon === null && (prev.metric === "killed" || prev.metric === "injured") && tokens[q.first - 1]?.norm === "," && !detail) {
      return { ...base, metric: prev.metric, weapon: null, last: q.last + 2, nationality: null, part: true };
    }
    // "56 drones, 23 of which were shot down": the verb follows
    const r = rightCue(tokens, q.last + 3, WEAPON_CUES, 3);
    // ("The Air Force reported 57 of them shot down": a report's elliptic passive, not the weapons acting)
    const reported = /^(?:reported|reports|said|says|counted|confirmed|recorded|listed)$/.test(tokens[q.first - 1]?.norm ?? "");
    // ("five of which Ukrainian air defenses destroyed": the defenders acted, the weapons are the clause's object)
    const defended = r !== null && tokens[q.last + 2]?.norm === "which" && r.at > q.last + 3 && AIR_DEFENCE_SUBJECT.test(normsOf(tokens, q.last + 3, r.at));
    // ("76 missiles were launched and 60 of them shot down": a passive with its verb left out, nothing after the fate but the
    // clause's end or where; not "one of them brought down part of the upper floors", which has an object)
    // ('destroyed' is also what a weapon does to what it struck, so not before another verb or a place its object may follow:
    // "Two of them destroyed and damaged residential buildings", "four of them destroyed in the area of Starokostiantyniv two
    // Su-24 aircraft")
    const afterFate = r ? tokens[r.at + r.cue.words.length]?.norm ?? "" : "";
    const elliptic = r !== null && r.at === q.last + 3 && INTERCEPTIONS.has(r.cue.metric) && /^(?:[.,;:)]|by|over|above|in|near|overnight|and|)$/.test(afterFate) && !(tokens[r.at]!.norm === "destroyed" && /^(?:and|in)$/.test(afterFate));
    const passive = r !== null && (["were", "was", "been", "are", "is"].includes(tokens[r.at - 1]?.norm ?? "") || reported || defended || elliptic);
    // ("six of them hit infrastructure", "six of which struck residential areas": what the weapons did is a hit; "at least three
    // of them had hit the processing unit")
    const had = HAVE_WORD.test(tokens[q.last + 3]?.norm ?? "") ? 1 : 0;
    // (not what a condition supposes: "if three of them had hit the reactor, the consequences would have been catastrophic")
    // (nor one in a clause that recalls an older strike, "since the July 8 attack, when Russia fired 38 missiles and one of them
    // struck the hospital")
    // (nor one of the hits just told, "two missiles struck the district. One of them landed on the roof", hit 2 only)
    const supposed =
      tokens.slice(0, q.first).some((t) => t.norm === "if" || t.norm === "unless") || recalledClause(tokens, q.first) || oneOfToldHits(q.value, lastWeapon, prev ?? previousCount);
    if (r && !passive && r.cue.metric === "hit" && lastWeapon && r.at === q.last + 3 + had) return supposed ? null : { ...base, metric: "hit", weapon: lastWeapon, last: r.at, nationality: null };
    // ("one of them destroyed the Faktor Druk printing house", "one of them brought down part of the upper floors", "Two of them
    // destroyed and damaged residential buildings": the weapons counted did the destroying, so they struck; not what they did to
    // other weapons, "two of them destroyed the drones", nor at the front, "one of them destroyed a tank")
    const wrecked = r !== null && !passive && lastWeapon !== null && r.at === q.last + 3 + had && agentOf(tokens, r);
    if (wrecked && groundTarget(tokens, objectOf(tokens, r))) return supposed ? null : { ...base, metric: "hit", weapon: lastWeapon, last: r.at, nationality: null };
    if (r && !passive && r.cue.metric !== "launched") return null; // "two of them destroyed the drones": the weapons acted on weapons
    if (r && lastWeapon && r.cue.metric !== "launched") return { ...base, metric: combined(tokens, r.at, r.cue), weapon: lastWeapon, last: r.at, nationality: null };
    // ("no systems that could intercept the missile and that more than 210 of them had been fired": their own verb tells)
    if (r && passive && lastWeapon && r.at - q.last <= 5 && /^(?:fired|launched|used)$/.test(tokens[r.at]!.norm)) return { ...base, metric: "launched", weapon: lastWeapon, last: r.at, nationality: null };
    const l = leftCue(tokens, q.first - 1, WEAPON_CUES, 6);
    if (l && lastWeapon && l.cue.metric !== "launched" && l.cue.metric !== "hit") return { ...base, metric: combined(tokens, l.at, l.cue), weapon: lastWeapon, last: q.last + 2, nationality: null };
    // "destroyed 112 drones. Forty-two of them were over the Bryansk region": where a part of the count before was downed
    const whole = placedPartOf(tokens, q.last + 3, prev, previousCount);
    if (!r && !l && whole) return { ...base, metric: whole.metric, weapon: whole.weapon, last: q.last + 2, nationality: null, part: true };
  }
  // ("reported 144 drones destroyed over eight regions, of which 20 were over the Moscow region": the same, "of which" before it)
  if (tokens[q.first - 2]?.norm === "of" && /^(?:which|them)$/.test(tokens[q.first - 1]?.norm ?? "") && q.value !== null) {
    const whole = placedPartOf(tokens, q.last + 1, prev, previousCount);
    if (whole) return { ...base, metric: whole.metric, weapon: whole.weapon, last: q.last, nationality: null, part: true };
  }
  // "Of the 84 injured, 10 are children": a part of the toll the sentence opens with
  const opened = head.kind === "none" ? ofTheWholeOpening(tokens, q) : null;
  if (opened) return { ...base, metric: opened.cue.metric, weapon: null, last: q.last + 2, nationality: null, part: true };
  // "over the Bryansk region - 42,": a line of a list counts what its intro counted
  // (and each item of a breakdown: "a region-by-region breakdown: 126 over the Kursk region, 91 over …")
  // (past a translation's dash: "11 - over the Moscow region")
  const placed = /^(?:over|above)$/.test(tokens[q.last + (isDash(tokens[q.last + 1]?.norm) ? 2 : 1)]?.norm ?? "");
  // (not a count of what is no weapon of ours: "- almost 1,280 guided aerial bombs;", "- 46 shells")
  const otherMunition = /\b(?:bombs?|kabs?|shells?|rounds|mines|grenades)\b/.test(normsOf(tokens, q.last + 1, q.last + 5));
  if (listMetric && lastWeapon && head.kind === "none" && !otherMunition && listMetric !== "killed" && listMetric !== "injured" && q.value !== null && (q.last === lastNumber(tokens) || placed)) {
    return { ...base, metric: listMetric, weapon: lastWeapon, last: q.last, nationality: null, part: true };
  }
  // ("Forty-two of them were over the Bryansk region, 18 over Kursk": the breakdown's next place)
  if (prev?.part && prev.weapon && placed && head.kind === "none" && q.value !== null && /^(?:,|and)$/.test(tokens[q.first - 1]?.norm ?? "")) {
    return { ...base, metric: prev.metric, weapon: prev.weapon, last: q.last, nationality: null, part: true };
  }
  // "it destroyed 79 drones overnight into Saturday and 77 the following night": the same count of another night
  // (or of another part of the night: "Thirteen were downed before midnight and 32 after it")
  if (prev?.weapon && tokens[q.first - 1]?.norm === "and" && (NEXT_NIGHT.test(normsOf(tokens, q.last + 1, q.last + 5)) || PART_OF_NIGHT.test(normsOf(tokens, q.last + 1, q.last + 4)))) {
    return { ...base, metric: prev.metric, weapon: prev.weapon, last: q.last, nationality: null };
  }
  // "45 Shahed drones had been destroyed overnight - 13 before midnight and 32 after it": the first of the parts of the night
  // the count is split into after it, set off by a dash or comma (the second is the one above), a part of fewer than the whole
  const partOfNight = PART_OF_NIGHT.test(normsOf(tokens, q.last + 1, q.last + 4));
  const nextPart = tokens.slice(q.last + 2, q.last + 6).some((t, i) => t.norm === "and" && isCount(tokens[q.last + 3 + i]));
  if (prev?.weapon && prev.value !== null && q.value !== null && q.value < prev.value && (isDash(tokens[q.first - 1]?.norm) || tokens[q.first - 1]?.norm === ",") && partOfNight && nextPart) {
    return { ...base, metric: prev.metric, weapon: prev.weapon, last: q.last, nationality: null, part: true };
  }
  // "21 of the 23 cruise missiles were intercepted; the two that got through fell on Uman and Dnipro": the weapons a
  // relative clause says struck (not "the two that were shot down", whose fate the passive reading tells)
  if (lastWeapon && q.value !== null && head.kind === "none" && tokens[q.first - 1]?.norm === "the" && /^(?:that|which)$/.test(tokens[q.last + 1]?.norm ?? "")) {
    const had = HAVE_WORD.test(tokens[q.last + 2]?.norm ?? "") ? 1 : 0;
    const cue = matchCue(tokens, q.last + 2 + had, WEAPON_CUES);
    // (not those that came down where nothing stood: "the 30 that landed in fields caused no damage")
    const harmless = cue && OPEN_GROUND.test(normsOf(tokens, q.last + 2 + had + cue.words.length, q.last + 6 + had + cue.words.length));
    if (cue?.metric === "hit" && !harmless) return { ...base, metric: "hit", weapon: lastWeapon, last: q.last + 2 + had, nationality: null };
  }
  const flew = headedPart(tokens, q, prev?.weapon ? prev : previousCount);
  if (flew) return { ...base, ...flew, last: q.last, nationality: null, part: true };
  const more = reportedMore(tokens, q, prev?.weapon ? prev : previousCount);
  if (more) return { ...base, ...more, last: q.last + 1, nationality: null };
  const downed = bareFate(tokens, q, lastWeapon, prev?.metric === "launched" && prev.weapon ? prev : previousCount);
  if (downed) return { ...base, metric: downed, weapon: lastWeapon, last: q.last, nationality: null };
  // No noun: "296 were shot down", "58 neutralized through jamming", "two killed"
  const r = rightCue(tokens, q.last + 1, ALL_CUES, 0);
  if (!r || r.at - q.last > 4) return null;
  // ("fragments of one had hit a shopping centre": what fell of a weapon downed, no weapon that struck)
  if (r.cue.metric === "hit" && tokens[q.first - 1]?.norm === "of" && /^(?:debris|fragments|wreckage|remains|parts)$/.test(tokens[q.first - 2]?.norm ?? "")) return null;
  if (r.cue.metric === "killed" || r.cue.metric === "injured") {
    return { ...base, metric: r.cue.metric, weapon: null, last: r.at, nationality: null };
  }
  // ("149 launched, 57 shot down and 67 lost": a bare "launched" counts only in a list of fates)
  const fates =
    r.at === q.last + 1 && tokens[r.at + 1]?.norm === "," && tokens[r.at + 2]?.kind === "number" && ["shot_down", "jammed", "neutralized"].includes(matchCue(tokens, r.at + 3, WEAPON_CUES)?.metric ?? "");
  if (!lastWeapon || (r.cue.metric === "launched" && !fates)) return null;
  // ("NATO scrambled four jets, and two shot down the drones": the count did the downing, of the weapons; it counts the
  // jets, no weapon)
  if (r.at === q.last + 1 && agentOf(tokens, r) && weaponsObject(tokens, r.at + r.cue.words.length)) return null;
  // ("the first seven were shot down, and the last four destroyed it": the part that did the destroying struck)
  if (r.at === q.last + 1 && agentOf(tokens, r)) return { ...base, metric: "hit", weapon: lastWeapon, last: r.at, nationality: null };
  return { ...base, metric: combined(tokens, r.at, r.cue), weapon: lastWeapon, last: r.at, nationality: null };
}

// who says or counts a count, then (past "that") the count: "Sobyanin said 74 …", "Sobyanin counted 19 …"
const saidOrCounted = (tokens: readonly Token[], first: number): boolean => {
  const verb = tokens[first - (tokens[first - 1]?.norm === "that" ? 2 : 1)]?.norm ?? "";
  return SAID_THAT.test(verb) || COUNTED_BY.has(verb);
};

/**
 * "The ministry counted 337 drones …; mayor Sergei Sobyanin said 74 had been flying towards Moscow itself", "the ministry said
 * 87 drones had been destroyed overnight; Sobyanin counted 19 flying at the capital": a bare count a source gives of the weapons
 * counted just before (in this sentence or the one before), by where they flew — a part of that count. Without such a count
 * before it, the bare amount counts nothing ("The mayor said 12 had been flying towards the city" alone is no figure).
 */
function headedPart(tokens: readonly Token[], q: Quantity, whole: Pick<RawFigure, "metric" | "weapon"> | null): { metric: Metric; weapon: Weapon } | null {
  if (!whole?.weapon || whole.metric === "hit" || q.value === null || q.article || !saidOrCounted(tokens, q.first)) return null;
  return HEADED_FOR.test(normsOf(tokens, q.last + 1, q.last + 5)) ? { metric: whole.metric, weapon: whole.weapon } : null;
}

/**
 * "The ministry said 87 drones had been destroyed overnight. The next night the ministry reported 105 more": more of the weapons
 * the count before (this sentence's or the one before) counted, told by the verb that reports them, nothing after the count
 * but the clause's end. Not the count's part, and not a count of anything the sentence goes on to name ("reported 12 more
 * people injured" names its own).
 */
function reportedMore(tokens: readonly Token[], q: Quantity, whole: Pick<RawFigure, "metric" | "weapon"> | null): { metric: Metric; weapon: Weapon } | null {
  if (!whole?.weapon || whole.metric === "hit" || q.value === null || q.article || tokens[q.last + 1]?.norm !== "more" || !saidOrCounted(tokens, q.first)) return null;
  const after = tokens[q.last + 2];
  const bare = !after || [".", ";", ",", "and", "but", "while", "overnight"].includes(after.norm) || QUOTE_CLOSE.has(after.norm);
  return bare ? { metric: whole.metric, weapon: whole.weapon } : null;
}

/**
 * The count of downed weapons (this sentence's, else the one before) a part told by where it was ("… were over the Bryansk
 * region", from `from` on) belongs to; null when none, or when it counted what came.
 */
function placedPartOf(
  tokens: readonly Token[],
  from: number,
  prev: RawFigure | null,
  previousCount: Pick<RawFigure, "metric" | "weapon" | "value"> | null,
): { metric: Metric; weapon: Weapon } | null {
  const whole = prev?.weapon ? prev : previousCount;
  if (!whole?.weapon || whole.metric === "launched" || !VERB_FILLER.has(tokens[from]?.norm ?? "") || !/^(?:over|above)$/.test(tokens[from + 1]?.norm ?? "")) return null;
  return { metric: whole.metric, weapon: whole.weapon };
}

/**
 * "shot down four ATACMS missiles made in the USA, eight JDAM guided bombs and 167 drones": a later count of the list the
 * figure before opened, past items that are not ours to count, shares its verb however far the verb has fallen behind.
 */
function sameList(tokens: readonly Token[], prev: RawFigure, q: Quantity): boolean {
  // (past "all" too: "shot down 72 of the missiles, including all ten Kinzhal hypersonic missiles, and all 35 drones")
  const lead = tokens[q.first - 1]?.norm === "all" ? 2 : 1;
  const sep = tokens[q.first - lead]?.norm;
  if ((sep !== "and" && sep !== ",") || q.first - prev.last > 16) return false;
  for (let k = prev.last + 1; k < q.first - lead; k++) {
    const t = tokens[k]!;
    if (t.norm === "." || CLAUSE_BREAK.has(t.norm) || matchCue(tokens, k, WEAPON_CUES) || matchCue(tokens, k, CASUALTY_CUES)) return false;
  }
  return true;
}

const RETRACTED = /\bas\s+(?:we\s+|it\s+|was\s+|had\s+been\s+)?(?:previously\s+|initially\s+|earlier\s+|first\s+|wrongly\s+|mistakenly\s+)?(?:reported|said|stated|written)\b/;
const NEXT_NIGHT = /^(?:the\s+(?:following|next|previous)\s+(?:night|day|evening)|a\s+night\s+(?:later|earlier)|the\s+night\s+(?:after|before)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/;
const PART_OF_NIGHT = /^(?:before|after|until|till|by)\s+(?:it|that|then|midnight|dawn|daybreak|sunrise|noon|\d)(?:\s|$)/;
/**
 * A count of missiles of a type among those launched ("Ten of the missiles were Iskander-M ballistic missiles", see
 * launch-types.ts): a part of the launch count.
 */
function typesOfLaunch(tokens: readonly Token[], q: Quantity, prev: RawFigure | null): RawFigure | null {
  if (q.value === null) return null;
  const typeAt = missileTypeOfLaunch(tokens, q.first, q.last, prev);
  return typeAt < 0 ? null : { ...describe(tokens, q), metric: "launched", weapon: "missile", last: typeAt, nationality: null, part: true };
}

/**
 * "Russia launched 4,130 drones in August, … down from 6,297 drones in July": a count set against the one before it counts the
 * same thing (of another time, which its own words date).
 */
function comparedCount(tokens: readonly Token[], q: Quantity, head: Head, prev: RawFigure | null): RawFigure | null {
  if (!prev || prev.part || q.value === null || head.kind !== "weapon" || head.weapon !== prev.weapon) return null;
  if (!/^(?:(?:up|down)\s+from|compared\s+(?:with|to))$/.test(normsOf(tokens, q.first - 2, q.first))) return null;
  // (not one that says what befell it: "shot down 277 drones, up from 199 drones launched the night before")
  if (rightCue(tokens, head.end + 1, WEAPON_CUES, 1)) return null;
  return { ...describe(tokens, q), metric: prev.metric, weapon: head.weapon, last: head.end, nationality: prev.nationality };
}

/**
 * "about 100 missiles had been fired, more than the 84 Russia launched on Oct. 10": a bare count compared with the one
 * before, of its weapons, with a verb of its own right after (not "more than the 84 of the day before", which says nothing).
 */
function comparedBare(tokens: readonly Token[], q: Quantity, head: Head, prev: RawFigure | null): RawFigure | null {
  if (!prev?.weapon || prev.part || q.value === null || head.kind !== "none" || normsOf(tokens, q.first - 2, q.first) !== "than the") return null;
  const r = rightCue(tokens, q.last + 1, WEAPON_CUES, 2);
  if (!r || r.at - q.last > 3 || tokens.slice(q.last + 1, r.at).some((t) => t.kind !== "word")) return null;
  return { ...describe(tokens, q), metric: combined(tokens, r.at, r.cue), weapon: prev.weapon, last: r.at, nationality: prev.nationality };
}

/**
 * "Air defence destroyed 37 missiles and 55 drones, or 92 targets in total": the sum of the counts just given. Set off by a
 * comma or a dash alone ("launched 810 drones and decoys and 13 missiles on the night of 6-7 September - 823 weapons in all",
 * "477 drones and 60 missiles, 537 weapons in total"), only after counts of both kinds with that fate: a total of one
 * kind's count is no sum.
 */
function totalOfBoth(tokens: readonly Token[], q: Quantity, counted: readonly RawFigure[], wholes: ReadonlySet<RawFigure>): RawFigure | null {
  // (the sum of the parts, not of the wholes they were told of: "35 were destroyed, … along with 46 of the 47 drones - 81
  // aerial targets in total" counts what was destroyed)
  const prev = counted.findLast((f) => !wholes.has(f));
  if (!prev?.weapon || q.value === null) return null;
  const before = tokens[q.first - 1]?.norm;
  const orAfterComma = before === "or" && tokens[q.first - 2]?.norm === ",";
  const bothKinds = (["drone", "missile"] as const).every((w) => counted.some((f) => f.weapon === w && f.metric === prev.metric && !f.part));
  if (!orAfterComma && !((before === "," || isDash(before)) && bothKinds)) return null;
  const after = normsOf(tokens, q.last + 1, q.last + 7);
  if (!/^(?:[\p{L}-]+\s+){0,3}in\s+(?:total|all)\b/u.test(after)) return null;
  return { ...describe(tokens, q), metric: prev.metric, weapon: "mixed", last: q.last, nationality: null };
}

/**
 * "The ministry put the number of drones downed overnight at 93", "the count of missiles shot down
 * rose to 40": the weapon and what happened to it are named in the subject, before the amount.
 */
function statedWeaponCount(
  tokens: readonly Token[],
  q: Quantity,
  fallback: Weapon | null = null,
  counting: Pick<RawFigure, "metric" | "weapon" | "value"> | null = null,
  /** The count said just before, of weapons or people: what "later put the figure at 96" restates. */
  nearest: Pick<RawFigure, "metric" | "weapon" | "value" | "ofCounted"> | null = counting,
): { metric: Metric; weapon: Weapon } | null {
  // "Two more drones shot down. That makes five.": Sobyanin's running total, what the count before it counted
  if (/^(?:makes|made)$/.test(tokens[q.first - 1]?.norm ?? "") && /^(?:that|this|which)$/.test(tokens[q.first - 2]?.norm ?? "")) {
    return counting?.weapon && runningTotal(tokens, q, counting, []) ? { metric: counting.metric, weapon: counting.weapon } : null;
  }
  const restated = restatedCount(tokens, q, nearest);
  if (restated && runningTotal(tokens, q, nearest!, [])) return restated;
  const subject = statedCountSubject(tokens, q);
  if (!subject) return null;
  // (the subject ends before "to", "at" or "of", and at the amount after a verb: "the number of destroyed drones has reached 11")
  const from = (/^(?:to|at|of)$/.test(tokens[q.first - 1]?.norm ?? "") ? q.first - 1 : q.first) - subject.length;
  const counted = subject.findIndex((w, i) => (w === "number" || w === "count" || w === "total" || w === "tally") && subject[i + 1] === "of");
  if (counted < 0) {
    // "Sobyanin put the number shot down on approach to the city at 74": the count of what the words after it say
    // (the one nearest the amount: "An earlier count had put the number downed at 71")
    const bare = subject.findLastIndex((w, i) => /^(?:number|count|total|tally)$/.test(w) && subject[i + 1] !== "of");
    const cue = bare >= 0 ? rightCue(tokens, from + bare + 1, WEAPON_CUES, 0) : null;
    if (cue) return cue.cue.metric !== "launched" && cue.cue.metric !== "hit" && fallback ? { metric: combined(tokens, cue.at, cue.cue), weapon: fallback } : null;
    // "Three more drones were destroyed, bringing the total for the evening to six", "His count now stands at 25":
    // a running total of what the count before it counted
    // (or "The latest update took it to 46")
    const pronoun = subject.at(-1) === "it" && /^(?:took|takes|brought|brings|pushed|raised)$/.test(subject.at(-2) ?? "");
    const running = pronoun || (bare >= 0 && tokens[q.first - 1]?.norm !== "at") || (bare >= 0 && /^(?:stands?|stood|is|was)$/.test(subject.at(-1) ?? ""));
    if (!running || !counting?.weapon) return null;
    return runningTotal(tokens, q, counting, subject) ? { metric: counting.metric, weapon: counting.weapon } : null;
  }
  const noun = subject.findIndex((w, i) => i > counted && i <= counted + 4 && WEAPON_NOUNS.has(w));
  if (noun < 0) return null;
  const weapon = WEAPON_NOUNS.get(subject[noun]!)!;
  if (weapon === "mixed" && !MIXED_NEEDS.has(subject[noun - 1] ?? "")) return null;
  // ("the number of downed missiles at ten": the fate said before the noun)
  for (let k = from + counted + 2; k < from + noun; k++) {
    const inner = matchCue(tokens, k, WEAPON_CUES);
    if (inner && inner.metric !== "launched" && inner.metric !== "hit") return { metric: combined(tokens, k, inner), weapon };
  }
  const cue = rightCue(tokens, from + noun + 1, WEAPON_CUES, 2);
  if (cue) return { metric: combined(tokens, cue.at, cue.cue), weapon };
  // "Zelensky had put the number of missiles at about 110", "the number of drones exceeded 800": a count of the
  // attack's weapons is a launch count
  const put = subject.some((w) => w === "put" || w === "puts" || w === "estimated") && tokens[q.first - 1]?.norm === "at";
  const reached = NUMBER_REACHED.test(subject.at(-1) === "at" ? (subject.at(-2) ?? "") : (subject.at(-1) ?? ""));
  return put || reached ? { metric: "launched", weapon } : null;
}

// "Ukraine's Air Force later put the figure at 96": the count before told again, the size of the attack when that count was
// of it or of a part of it ("shot down 30 of them. Zelensky put the number at more than 40"); what was downed when that alone
// was counted ("air defences shot down 30 drones over Kyiv overnight. The Air Force later put the figure at 35")
// (or of a part of the night or place: "Drozdenko put the number near the port at about 10", "it put the total for the previous
// 24 hours at 524" restate that count, whatever it counted, not the attack's size)
const PUT_AT = /\b(?:put|puts|putting)\s+(?:the|their|its|his|her)\s+(?:figure|tally|count|number|total)(\s+(?:for|near|over|in|across|around|on|within|during)(?:\s+\S+){1,6}?)?\s+at$/;
// "On the night of August 23-24 alone it claimed 95": a bare amount a source claims
const CLAIMED_BARE = /^(?:claimed|claims|claiming)$/;

/**
 * The count just before (`counting`, the sentence's last or else the one the sentence before ended on) told again, by
 * another source or for another span: "President Zelensky initially said Russia had fired 85 missiles; Ukraine's Air Force
 * later put the figure at 96", "it shot down more than 3,000 drones in August. On the night of August 23-24 alone it
 * claimed 95". Null when that count names no weapon ("reported 26 dead and 93 injured; Zelensky put the number at 28"
 * restates a toll), and for a bare claim after a count of what came (a claim counts what was downed). A count restated
 * as "the figure was" or "the claims came to" is left alone: which count it restates the sentence does not say.
 */
function restatedCount(tokens: readonly Token[], q: Quantity, counting: Pick<RawFigure, "metric" | "weapon" | "value" | "ofCounted"> | null): { metric: Metric; weapon: Weapon } | null {
  if (!counting?.weapon || q.value === null) return null;
  const put = PUT_AT.exec(normsOf(tokens, Math.max(0, q.first - 14), q.first));
  if (put) return { metric: counting.ofCounted && !put[1] ? "launched" : counting.metric, weapon: counting.weapon };
  const claimed = readHead(tokens, q).kind === "none" && CLAIMED_BARE.test(tokens[q.first - 1]?.norm ?? "") && INTERCEPTIONS.has(counting.metric);
  return claimed ? { metric: counting.metric, weapon: counting.weapon } : null;
}

/**
 * Whether the amount is a running count of the same night as the count before it (`counting`): it stays near its
 * increments, counts nothing else ("12 air raid alerts", "25 villages"), is no forecast or year's total, and no total of
 * people ("released 303 soldiers, bringing the total to 1,000").
 */
function runningTotal(tokens: readonly Token[], q: Quantity, counting: Pick<RawFigure, "value">, subject: readonly string[]): boolean {
  const after = tokens[q.last + 1];
  const bareAmount = !after || after.kind === "punct" || /^(?:since|so|overnight|by|on|in|for|as|and)$/.test(after.norm) || WEAPON_NOUNS.has(after.norm);
  const nearCount = counting.value == null || q.value === null || q.value <= Math.max(counting.value * 20, 100);
  const period = /\b(?:this|the)\s+year\b|\bby\s+the\s+end\b/.test(normsOf(tokens, q.last + 1, q.last + 6));
  const other = subject.some((w) => RUNNING_NOT.test(w) || CASUALTY_SUBJECT.test(w) || PERSON_NOUNS.has(w));
  return bareAmount && nearCount && !period && !other;
}

const EXCEEDED = new Set(["exceeded", "topped", "surpassed"]);
const NUMBER_REACHED = /^(?:exceeded|exceeds|topped|tops|surpassed|passed|reached|reaches|was|were|stood|stands|totalled|totaled)$/;
const RUNNING_NOT = /^(?:expected|forecast|could|would|will|year|prisoners|exchanged|alerts?)$/;
const CASUALTY_SUBJECT = /^(?:toll|dead|deaths?|killed|injured|wounded|injuries|casualties|victims|people|civilians|children)$/;
const RATIO_PART = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/;
const RATIO_BASE = new Set(["two", "three", "four", "five", "ten", "10", "100", "hundred"]);
const COUNTED_BY = new Set(["recorded", "counted", "registered", "tracked"]);
/**
 * A digest line's bare count after its label: "Tue 18 Nov: 72 drones and three missiles overnight; 60
 * drones downed", "Sat 22 Nov: a quieter night, 83 drones, 60 of them brought down". The first count
 * on the line is what came.
 */
function lineLabelCount(tokens: readonly Token[], q: Quantity): boolean {
  // (or a spaced dash: "28 November - 91 missiles and 97 drones; 79 missiles and 35 drones downed")
  const label = labelEnd(tokens);
  if (label < 1 || label > 6 || label >= q.first) return false;
  if (tokens.slice(label + 1, q.first).some((t) => t.kind === "number")) return false;
  // (a wire's dateline is no night's label once a verb has told what befell the list: "MOSCOW. Oct 19 (Interfax) - air
  // defence systems shot down four ATACMS missiles, a Storm Shadow, 16 HIMARS rockets …": the 16 were shot down too)
  if (tokens.slice(label + 1, q.first).some((_, i) => matchCue(tokens, label + 1 + i, WEAPON_CUES))) return false;
  // only a date labels a night's line ("Fri 21 Nov:"); a place or a source before the colon or dash does not
  // (or one written in numbers: "07.09.2025 — 810 drones, 13 missiles"; or a weekday's label that opens the line, with its day
  // or not: "Sat 5 – Kharkiv: 322 drones and two missiles overnight")
  const dated = tokens.slice(0, label).some((t, i) => (t.kind === "number" && isLabelDate(tokens, i)) || isNumericDate(t.text)) || weekdayLabel(tokens, label);
  return dated && !tokens.slice(0, label).some((t) => OUTCOME_WORD.test(t.norm));
}
const WEEKDAY_WORD = new RegExp(`^${WEEKDAY_NAME}$`);
/** The line opens with a weekday, its day of the month perhaps, then the label's end: "Sat 5 –", "Wed:", "* Tue. 8 –". */
function weekdayLabel(tokens: readonly Token[], label: number): boolean {
  let i = BULLET.test(tokens[0]!.text) ? 1 : 0;
  if (!WEEKDAY_WORD.test(tokens[i]?.text ?? "")) return false;
  if (tokens[++i]?.norm === ".") i++;
  if (tokens[i]?.kind === "number") i++;
  return i === label;
}
/** The first colon, or dash spaced on both sides ("28 November - 91 missiles"), of a line: where its label or lead ends; -1 if none. */
const labelEnd = (tokens: readonly Token[]) => tokens.findIndex((t, i) => t.norm === ":" || (isDash(t.norm) && i > 0 && tokens[i - 1]!.end < t.start && (tokens[i + 1]?.start ?? 0) > t.end));
// who a bare count is given to, right after it: ", according to the Air Force", ", by the Air Force's count", ", the Air Force said"
const ATTRIBUTED_AFTER = /^, (?:according to\b|by (?:the )?(?:[\p{L}'’.-]+ ){0,4}(?:count|tally|figures|reckoning)\b|(?:the )?(?:[\p{L}'’.-]+ ){1,5}(?:said|says|reported|reports)\b)/u;
// an attack the clause before the colon tells of: "came the second blow, aimed mostly at Kyiv:"
const ATTACK_BEFORE_COLON = /\b(?:attacks?|barrages?|strikes?|blows?|raids?|assaults?|waves?|salvos?|onslaughts?)\b/;
// who it is given to, right before the colon it opens past: "the Air Force said:", "according to the Air Force:"
const ATTRIBUTED_BEFORE = /(?:\b(?:said|says|reported|reports|wrote|counted)|\baccording to (?:[\p{L}'’.-]+ ){0,4}[\p{L}'’.-]+) :$/u;

/**
 * A count with no verb that opens its clause, past a night's heading or a told attack and the stop the sentence reader left
 * inside, or past a colon, given to a source: "Wednesday into Thursday (19-20 February). 161 drones and two Iskander-M
 * missiles, according to the Air Force", "came the second blow, aimed mostly at Kyiv: 99 missiles and 35 drones, by the Air
 * Force's count", "the Air Force said: 477 drones and decoys and 60 missiles". A night's count of what came, as a source tells
 * it (stock or output counts are kept out after: nearSupply).
 */
function attributedCount(tokens: readonly Token[], q: Quantity, headEnd: number): boolean {
  const at = q.first - (hedgeAt(tokens, q.first) ? 0 : (hedgeBefore(tokens, q.first)?.length ?? 0));
  const colon = tokens[at - 1]?.norm === ":" && !clockColon(tokens, at - 1);
  // (a count that opens a sentence of its own is not taken: what the sentence before told, a night or a stock, a delivery,
  // is not seen here — "Russia has 1,500 missiles in stock. 200 Kalibr missiles, according to the ministry")
  if (!colon && !(tokens[at - 1]?.norm === "." && headingOrAttack(tokens, at - 1))) return false;
  const before = colon ? normsOf(tokens, Math.max(0, at - 8), at) : "";
  // (past a colon, only what an attack came with or a source's words: not a wish list, "After the attack, Ukraine asked the US
  // for more: 40 Patriot missiles, according to the Pentagon" — the attack is the clause's before the colon, not the sentence's)
  if (colon && !ATTRIBUTED_BEFORE.test(before) && !ATTACK_BEFORE_COLON.test(normsOf(tokens, clauseBefore(tokens, at - 1), at))) return false;
  // (past the counts coordinated with it, no verb of its own between: "99 missiles and 35 drones, by …")
  const comma = tokens.findIndex((t, k) => k > headEnd && /^[,;:.]$/.test(t.norm));
  if (comma < 0) return ATTRIBUTED_BEFORE.test(before);
  if (tokens.slice(headEnd + 1, comma).some((t, i) => CLAUSE_BREAK.has(t.norm) || matchCue(tokens, headEnd + 1 + i, WEAPON_CUES) !== null)) return false;
  return ATTRIBUTED_BEFORE.test(before) || (tokens[comma]!.norm === "," && ATTRIBUTED_AFTER.test(normsOf(tokens, comma, comma + 8)) && verblessPast(tokens, comma));
}

// a verb that tells an attack: "Russia attacked Ukraine overnight."
const ATTACK_VERB = /\b(?:attacked|launched|fired|struck|targeted|pounded)\b/;
// what names a night in a heading: "Wednesday into Thursday (19-20 February).", "Night of 5-6 May."
const NIGHT_WORD = new RegExp(`^(?:${WEEKDAY_NAME}|night|overnight)$`);
/**
 * The words before the stop at `stop`, back to the stop before it: a night's heading ("Wednesday into Thursday (19-20
 * February)", no weapon in it) or a sentence that tells an attack ("Russia attacked Ukraine overnight"), not a stock's or a
 * delivery's ("Ukraine received 300 drones from allies").
 */
function headingOrAttack(tokens: readonly Token[], stop: number): boolean {
  const from = tokens.findLastIndex((t, i) => i < stop && t.norm === ".") + 1;
  const lead = tokens.slice(from, stop);
  const words = normsOf(tokens, from, stop);
  if (ATTACK_BEFORE_COLON.test(words) || ATTACK_VERB.test(words)) return true;
  const named = lead.some((t) => NIGHT_WORD.test(t.text) || NIGHT_WORD.test(t.norm) || Object.hasOwn(MONTHS, t.norm));
  return named && lead.length <= 12 && !lead.some((t) => WEAPON_NOUNS.has(t.norm));
}

// a phrase hung on the clause before it, past its comma: "came the second blow, aimed mostly at Kyiv:"
const HUNG_PHRASE = /^[a-z]+(?:ed|ing)$/;
/** Where the clause that ends at `end` (a colon) opens: past the last comma, stop or clause break, and past any hung phrase. */
function clauseBefore(tokens: readonly Token[], end: number): number {
  let k = end;
  for (;;) {
    const open = tokens.findLastIndex((t, i) => i < k && (/^[,;.]$/.test(t.norm) || (t.norm === ":" && !clockColon(tokens, i)) || CLAUSE_BREAK.has(t.norm)));
    if (open < 0) return 0;
    if (tokens[open]!.norm !== "," || !HUNG_PHRASE.test(tokens[open + 1]?.text ?? "")) return open + 1;
    k = open;
  }
}

// what may go on past the source of a verbless count: a clause of its own ("…, which said 87 drones were downed"), not the count's
const AFTER_SOURCE = /^(?:which|who|and|while|but|including|with|as)$/;
/** The source set off at `comma` ends the count's clause: no verb of the count's own follows it ("…, the governor said, damaged houses"). */
function verblessPast(tokens: readonly Token[], comma: number): boolean {
  const end = tokens.findIndex((t, k) => k > comma && /^[,;:.]$/.test(t.norm));
  return end < 0 || tokens[end]!.norm !== "," || AFTER_SOURCE.test(tokens[end + 1]?.norm ?? "");
}

/**
 * A count that opens its line (after a bullet) with no verb of its own: "* 60 drones; 35 shot down,
 * eight lost", "* 355 drones, a record at the time" — what came (then its fate).
 */
const opensLine = (tokens: readonly Token[], q: Quantity) => q.first === 1 && BULLET.test(tokens[0]!.text);
/** "…; 35 shot down", "…, 26 shot down": another count follows the first after a separator. */
const nextCount = (tokens: readonly Token[], from: number) => tokens.slice(from + 1).some((t, i, rest) => (t.norm === ";" || t.norm === ",") && rest[i + 1]?.kind === "number");
// "Tue 18 Nov": the day in a line's label is not a count
const isLabelDate = (tokens: readonly Token[], i: number) => Object.hasOwn(MONTHS, tokens[i + 1]?.norm ?? "") || Object.hasOwn(MONTHS, tokens[i - 1]?.norm ?? "");
const OUTCOME_WORD = /^(?:shot|downed|destroyed|intercepted|suppressed|neutrali[sz]ed|jammed|lost|hits?|killed|dead|injured|wounded|casualties|interceptions?)$/;

/**
 * "the Air Force recorded/counted 88 missiles": a count of what came. A bare "reported 74 drones" is
 * that only from Ukraine's Air Force: Russia's ministry reports the drones it destroyed.
 */
function countedBy(tokens: readonly Token[], first: number): boolean {
  // "the Air Force reported a record 355 drones", "recorded a total of 400", "counted a then-record 188 drones"
  while (first > 1 && ["a", "an", "the", "record", "then-record", "total", "of"].includes(tokens[first - 1]!.norm)) first--;
  const verb = tokens[first - 1]?.norm ?? "";
  // ("the ministry counted 92 drones": Russia's ministry counts the drones it destroyed)
  if (COUNTED_BY.has(verb)) return !tokens.slice(Math.max(0, first - 6), first - 1).some((t) => t.norm === "ministry");
  return verb === "reported" && tokens.slice(Math.max(0, first - 5), first - 1).some((t) => t.norm === "force");
}

/**
 * A weapon count with no verb of its own that is still the attack's total: "the Air Force recorded
 * 5,638 drones", "405 drones and 28 missiles, of which 333 …", "Total: 118 air attack assets".
 */
// what a count is called: "the ministry's count", "its total"
const TALLY_NOUN = /^(?:count|tally|total|figure)$/;
/**
 * "the ministry reported 74 drones", "The Defense Ministry put the total across Russia that night at 105
 * drones": Russia's ministry counts only the drones it destroyed (Ukraine's Air Force, what came).
 */
function ministryTally(tokens: readonly Token[], q: Quantity): boolean {
  let first = q.first;
  while (first > 1 && ["a", "an", "the", "record", "total", "of"].includes(tokens[first - 1]!.norm)) first--;
  // "reported 74 drones", or "put the total … at 105 drones" (the "put" within a dozen words before "at")
  const putAt = tokens[q.first - 1]?.norm === "at" ? tokens.findLastIndex((t, i) => i < q.first - 1 && i >= q.first - 12 && (t.norm === "put" || t.norm === "puts")) : -1;
  // (or its count told as what it came to, or as its count of them: "The ministry's morning count was 44 drones", "The Defence
  // Ministry's total of 144 drones for the night")
  const linkAt = /^(?:at|to)$/.test(tokens[first - 1]?.norm ?? "") && /^(?:stood|came)$/.test(tokens[first - 2]?.norm ?? "") ? first - 2 : first - 1;
  const tallyOf = tokens[q.first - 1]?.norm === "of" && TALLY_NOUN.test(tokens[q.first - 2]?.norm ?? "") ? q.first - 2 : -1;
  const tallyAt = /^(?:was|stood|came|totalled|totaled)$/.test(tokens[linkAt]?.norm ?? "") && TALLY_NOUN.test(tokens[linkAt - 1]?.norm ?? "") ? linkAt - 1 : tallyOf;
  const verbAt = /^(?:reported|reports|counted|listed|registered)$/.test(tokens[first - 1]?.norm ?? "") ? first - 1 : putAt >= 0 ? putAt : tallyAt;
  if (verbAt < 0) return false;
  const subject = tokens.slice(Math.max(0, verbAt - 6), verbAt);
  if (!subject.some((t) => t.norm === "ministry" || t.norm === "ministry's")) return false;
  // (Russia's: "the ministry", "Russia's Defence Ministry"; not "the defence ministry in Kyiv", "Britain's Defence Ministry")
  return !subject.some((t) => t.norm === "force" || (STARTS_UPPER.test(t.text) && !/^(?:the|defen[cs]e|ministry|ministry's|russia|russian|russia's|moscow|its|on|in|at|after|later|earlier)$/i.test(t.norm.replace(/[’]/g, "'"))));
}

/** The amount opens a quotation at the start of the sentence ('"Almost 600 drones …," he wrote'). */
const opensQuote = (tokens: readonly Token[], at: number) => at >= 1 && at <= 2 && /^["“]$/.test(tokens[at - 1]!.norm);

// what a record is called: "the record", "the previous high"
// (not "the record in 2024 was 188": the dates read the year as the period, a year's total, where the record is one night)
const RECORD = String.raw`\b(?:record|previous\s+(?:high|peak))`;
// "the record stands at", "the record still stands at", "the previous high was", "The previous record, 479 drones, …"
const RECORD_WAS = new RegExp(String.raw`${RECORD}\s*(?:,|(?:still\s+)?(?:stands|stood|is|was|remains)(?:\s+at)?)$`);
// the same past a date set off by commas: "The previous high, recorded on the night of 26-27 May, was 355 drones"
const RECORD_WAS_PAST_ASIDE = new RegExp(String.raw`${RECORD}\s*,(?:[^,]{1,60},){1,2}\s*(?:stands|stood|was|remains)(?:\s+at)?$`);
// a record told after its count: "54 - the previous record, set on the night of 27-28 May"
const RECORD_AFTER = /^(?:[-–—,]|was)\s+(?:the|a)\s+(?:(?:previous|former|old|then)\s+)?record\b/;
// what may follow a record's bare count: its night or day, who set it, or the clause's end ("was 54 on the night of 27-28 May",
// "the record of 273 that the Air Force reported"; not a count of something else, "a record of 12 hours")
const AFTER_BARE_RECORD = /^(?:[.,;:)–—-]|on|in|set|that|which|according|)$/;

// what a count before a bare record may have counted instead of weapons
const OTHER_UNIT = /^(?:hours?|minutes?|days?|weeks?|months?|nights?|times|alerts?|people|persons|percent|%)$/;
// a record the text calls an old one: "the previous record", "the former single-night record", "the previous high"
export const OLD_RECORD = /\b(?:previous|prior|former|earlier)\s+(?:[\w-]+\s+){0,2}record\b|\bprevious\s+(?:high|peak)\b/i;
/**
 * A record told as a bare count, with no noun of its own, of the weapons the text has counted: "the previous record was 54 on
 * the night of 27-28 May", "beat the record of 273 that the Air Force reported last Sunday", "54 - the previous record".
 */
function bareRecord(tokens: readonly Token[], q: Quantity): boolean {
  if (q.value === null || !AFTER_BARE_RECORD.test(tokens[q.last + 1]?.norm ?? "")) return false;
  // (not a record of what the sentence counted before it: "Kyiv spent 9 hours under air-raid alert; the previous record was 8")
  if (tokens.slice(0, q.first).some((t, i) => t.kind === "number" && OTHER_UNIT.test(tokens[i + 1]?.norm ?? ""))) return false;
  // (only a record the text says is an old one, which the article then dates as its own night: "the record of 273" alone may
  // be the night just told, whose count it then repeats under another date)
  if (!OLD_RECORD.test(normsOf(tokens, Math.max(0, q.first - 8), q.last + 7))) return false;
  const before = normsOf(tokens, Math.max(0, q.first - 6), q.first);
  return RECORD_WAS.test(before) || /\brecord\s+of$/.test(before) || RECORD_WAS_PAST_ASIDE.test(normsOf(tokens, Math.max(0, q.first - 16), q.first)) || RECORD_AFTER.test(normsOf(tokens, q.last + 1, q.last + 7));
}

function launchCount(tokens: readonly Token[], q: Quantity, headEnd: number): boolean {
  if (countedBy(tokens, q.first)) return true;
  const after = headEnd + 1 + coordinatedSpan(tokens, headEnd + 1);
  if (tokens[after]?.norm === "," && tokens[after + 1]?.norm === "of" && (tokens[after + 2]?.norm === "which" || tokens[after + 2]?.norm === "them")) return true;
  const colon = tokens.findIndex((t) => t.norm === ":");
  if (colon >= 0 && colon < q.first && colon <= 2 && tokens.slice(0, colon).some((t) => t.norm === "total")) return true;
  // 'Zelensky put the total at "more than 40 missiles"'
  const before = normsOf(tokens, Math.max(0, q.first - 6), q.first);
  // "The previous record, 479 drones, was set on 9 June", "the record stands at 728 drones": a night's count of what came
  if (RECORD_WAS.test(before)) return true;
  // ("Five days later the record fell again, to 728 drones and 13 missiles": a record broken, told by the count it went to)
  if (/\brecord\s+(?:fell|rose|climbed|jumped|went|was\s+(?:broken|beaten|raised))(?:\s+(?:again|once\s+more))?\s*,?\s+to$/.test(before)) return true;
  // (with the night between commas: "the previous record, on the night of 8-9 June, stood at 479 drones", a date with its
  // year too: "The previous record, on November 15, 2022, was 96 missiles")
  const clause = normsOf(tokens, Math.max(0, q.first - 16), q.first);
  if (RECORD_WAS_PAST_ASIDE.test(clause)) return true;
  // "158 air targets had been recorded": the Air Force's count of what came, in the passive
  if (/^(?:(?:had|has|have)\s+been|were)\s+(?:recorded|registered|detected|tracked)\b/.test(normsOf(tokens, after, after + 4))) return true;
  // "Russia pummeled Ukraine with 367 drones and missiles": what a place was attacked with
  if (ATTACKED_WITH.test(clause)) return true;
  // ("Putin gave his own figures - 90 missiles and 100 drones": a count of what came, told as a figure)
  if (/\b(?:gave|gives|cited|cites|offered|put\s+forward)\s+(?:his|her|its|their|the)\s+(?:own\s+)?(?:figures?|numbers?|count|tally)\s*[-–—:,]?$/.test(before)) return true;
  return /\b(?:put|puts|putting|estimated|estimates)\s+the\s+(?:total|number|figures?|count|tally)\s+at\b/.test(before);
}

/** Length of "and 47 drones" (or "and decoys") right after a noun: 0 when there is none. */
function coordinatedSpan(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.norm !== "and") return 0;
  const end = coordinatedEnd(tokens, from + 1);
  return end === null ? 0 : end - from + 1;
}

// (a headline's present too, and a record told before the count: "Russia pounds Kyiv with record 550 drones and missiles")
const ATTACKED_WITH =
  /\b(?:pounds|pounded|pounding|pummell?s|pummell?ed|pummell?ing|hammers|hammered|hammering|bombards|bombarded|bombarding|batters|battered|battering|blasts|blasted|blasting)\s+(?:[\p{L}'’-]+\s+){1,5}with(?:\s+(?:a\s+)?record)?$/u;
const LOSS_TALLY_SINCE = /\bsince the (?:beginning|start) of\b/;
const LOSS_TALLY_ITEMS = /\b(?:aircraft|helicopters|tanks|armou?red|artillery|warships|vehicles)\b/;
const LOSS_TALLY_ITEMS_ALL = /\b(?:aircraft|airplanes|planes|helicopters|tanks|armou?red|artillery|warships|ships|boats|submarines?|vehicles|troops|personnel|launchers)\b/g;
const RAISED_TOLL = /\b(?:bringing|raising|taking|pushing)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|injured|wounded|victims|casualties))\b/;
const LOSS_WORDS = /\b(?:lost|losses)\b/;

// ("Russia is capable of launching up to 1,000 drones in a single night", "Analysts expect Russia to fire as many as 800 drones in
// its next attack": what may come, not what came)
// ("has 4 Kalibr carriers at sea with a total salvo of up to 28 missiles": the ships' capacity, the Navy's daily count of them; not
// an attack's "combined volley of 15 missiles"; "possibly with more than 500 drones": what may come)
// (the count's own phrase only, a few words on from the verb: not "Kyiv had expected Russia to launch a massive attack, and
// overnight it fired 315 drones")
// ("retains the ability to conduct a large wave of 70 to 100 missiles", "so that it can launch 1,000 drones in one night", "can
// sustain nightly launches of several hundred drones": a modal or an ability before a verb of attacking; not the past, "fired")
// (not a noun after its article, "can now confirm the launch of 45 Shahed drones", nor what can be seen, "a frigate can be seen
// launching eight Kalibr cruise missiles")
const CAPACITY =
  /(?:\b(?:able to|ability to|capable of|capacity to|capability to|goal is|aims? to|intends? to|plans? to|can|cannot|could|would|might|expects?|expected|predicts?|predicted|anticipates?|anticipated) (?!be (?:seen|heard|spotted|observed|filmed|shown|watched) )(?:\S+ ){0,3}(?<!\b(?:the|a|an) )(?:launch|launching|fire|firing|send|sending|produce|producing|build|building|conduct|conducting|stage|staging|mount|mounting|sustain|sustaining)|\btotal salvo of|\bpossibly with)(?: \S+){0,4}$/;
// ("A single night in which Russia fires ten ballistic missiles can consume 20 or more interceptors", "if Russia launches 500
// drones": the present after "if" or "in which" is a case supposed, not a night told; not "the night in which Russia fired")
// (after "in which", only when what it would bring follows, "can consume": "an overnight attack in which Russia fires 120
// missiles and 90 drones, the Air Force says" is a headline's present)
// ("each aircraft launches up to eight Kh-101 missiles": what one carrier holds, no attack's count; not "each night Russia launches")
const EACH_CARRIER = new RegExp(String.raw`\b(?:each|every|one) (?:${[...CARRIERS].join("|")}) (?:\S+ )?(?:launches|fires|carries|holds|takes)(?: \S+){0,3}$`);
const SUPPOSED = /\b(if|unless|whenever|in which|every time|each time) (?:\S+ ){1,3}(?:fires|launches|sends|uses)(?: \S+){0,4}$/;
const MODAL = /^(?:can|could|would|will|may|might)$/;
// ("Russia now routinely sends several hundred drones in one wave", "the deadliest strikes often involve only two or three
// ballistic missiles": what is wont to come, in the present, not a night told; not the past, "usually fired at night, it
// launched 40 drones on Sunday", whose count has a clause of its own)
const HABITUAL = /\b(?:often|usually|routinely|typically|normally|regularly|generally|frequently) (?:fires|fire|launches|launch|sends|send|uses|use|involves?|hurls?)(?: \S+){0,4}$/;
/** The count's clause, up to it, ends in a capacity or a forecast: "capable of launching up to 1,000 drones". */
function capacityOf(tokens: readonly Token[], q: Quantity): boolean {
  let from = q.first;
  while (from > 0 && q.first - from < 12 && tokens[from - 1]!.norm !== "," && !CLAUSE_BREAK.has(tokens[from - 1]!.norm)) from--;
  const clause = normsOf(tokens, from, q.first);
  // (the clause after "in which" opens past its "which")
  const supposed = SUPPOSED.exec(`${normsOf(tokens, Math.max(0, from - 2), from)} ${clause}`);
  if (CAPACITY.test(clause) || EACH_CARRIER.test(clause) || HABITUAL.test(clause) || (supposed && (supposed[1] !== "in which" || tokens.slice(q.last + 1).some((t) => MODAL.test(t.norm))))) return true;
  // ("with a combined salvo of up to 28 missiles": the ships' reach; "a combined salvo of 15 missiles" was fired)
  if (/\bcombined salvo of$/.test(clause) && /^(?:up|as)$/.test(tokens[q.first]!.norm)) return true;
  // (and the counts listed after it: "could launch up to 1,000 drones and 60 missiles", "capable of launching 800 drones, 50
  // cruise missiles and 20 ballistic missiles")
  const before = listedBefore(tokens, q.first);
  return before !== null && capacityOf(tokens, before);
}

// ("A 10% leak rate on an 800-drone night means 80 hits", "If even 5% of them reach their targets, that would be 1,500 hits": a
// share worked out of a case supposed, what a rate would bring, not what came; not a share of a night told, "10% of them, that
// is 4 drones, hit targets")
const SHARE = /(?:%|\bpercent\b|\bper cent\b)/;
const SHARE_OUTCOMES = String.raw`means|would mean|would be|that is|that's|that would be`;
const SHARE_OUTCOME = new RegExp(String.raw`\b(?:${SHARE_OUTCOMES})$`);
const SHARE_OUTCOME_OPENS = new RegExp(String.raw`^(?:${SHARE_OUTCOMES})\b`);
/** A count that is what a share supposed would come to ("means 80 hits"), or the raid the share is supposed of ("If 5 per cent of a 700-drone raid gets through"). */
function supposedShare(tokens: readonly Token[], q: Quantity): boolean {
  const before = normsOf(tokens, 0, q.first);
  if (!SHARE.test(before)) return false;
  const outcome = SHARE_OUTCOME.exec(normsOf(tokens, Math.max(0, q.first - 3), q.first));
  if (outcome !== null && (/\b(?:means|would)\b/.test(outcome[0]) || /\bif\b/.test(before))) return true;
  // (the raid of an "if" clause, a share of it supposed and what it comes to told after: "If just 5 per cent of a 700-drone raid
  // gets through, that is 35 impacts")
  const open = tokens.findLastIndex((t, j) => j < q.first && t.norm === "if");
  const close = tokens.findIndex((t, j) => j > q.last && t.norm === ",");
  return open >= 0 && close > 0 && /^(?:a|an)$/.test(tokens[q.first - 1]?.norm ?? "") && SHARE.test(normsOf(tokens, open, q.first)) && SHARE_OUTCOME_OPENS.test(normsOf(tokens, close + 1, close + 4));
}

/** The count a listed count follows ("800 drones, 50 cruise missiles and 20 …": 50 after 800), past its noun and an "and" or comma. */
function listedBefore(tokens: readonly Token[], first: number): Quantity | null {
  let k = first - 1;
  if (tokens[k]?.norm === "and" || tokens[k]?.norm === "as") k -= tokens[k]!.norm === "as" && tokens[k - 1]?.norm === "well" ? 3 : 1;
  if (tokens[k]?.norm === ",") k--;
  let noun = 0;
  while (k >= 0 && noun < 4 && (WEAPON_NOUNS.has(tokens[k]!.norm) || MISSILE_TYPE.test(tokens[k]!.norm) || /^(?:attack|kamikaze)$/.test(tokens[k]!.norm))) {
    k--;
    noun++;
  }
  if (noun === 0 || tokens[k]?.kind !== "number") return null;
  let start = k;
  while (start > 0 && tokens[start - 1]!.kind === "number") start--;
  return { first: start, last: k, value: null, qualifier: "exact", article: false };
}

const QUOTE_CLOSE = new Set(['"', "”", "’", "'"]);

const isCasualtyWord = (w: string | undefined) => w === "wounded" || w === "injured" || w === "dead" || w === "victims" || w === "casualties";
/** Past "of the Uragan multiple launch rocket system" after "nine rockets": the launcher that fired them is part of the noun. */
/** Past "of the Shahed type" or "and drones of other types" after a count's noun: the Air Force's words for what the count holds. */
function typesTail(tokens: readonly Token[], k: number): number {
  const words = normsOf(tokens, k, k + 6);
  const m = /^(?:and\s+(?:drones|uavs)\s+of\s+(?:other|various|different)\s+types|of\s+(?:the\s+)?[\w-]+\s+types?|of\s+(?:other|various|different)\s+types)\b/.exec(words);
  return m ? k + m[0].split(/\s+/).length : k;
}

/** "16 cruise missiles out of 28 were destroyed": past the whole a part is of, to the verb that tells what befell it. */
function pastWhole(tokens: readonly Token[], k: number): number {
  return tokens[k]?.norm === "out" && tokens[k + 1]?.norm === "of" && tokens[k + 2]?.kind === "number" && /^(?:were|was|had|have)$/.test(tokens[k + 3]?.norm ?? "") ? k + 3 : k;
}

function launcherEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== "of") return k;
  for (let j = k + 1; j < Math.min(tokens.length, k + 9); j++) {
    if (tokens[j]!.kind === "punct" || tokens[j]!.kind === "number") return k;
    if (/^(?:systems?|launchers?|mlrs)$/.test(tokens[j]!.norm)) return j + 1;
  }
  return k;
}

/** "including six hypersonic Kinzhals were shot down": the passive verb after a part the count includes, if any. */
function pastIncluded(tokens: readonly Token[], at: number): { cue: Cue; at: number } | null {
  if (tokens[at]?.norm !== "including" || !isCount(tokens[at + 1])) return null;
  for (let k = at + 2; k < Math.min(tokens.length, at + 9); k++) {
    if (tokens[k]!.kind === "punct") return null;
    if (PAST_BE_OR_HAVE.test(tokens[k]!.norm)) {
      const cue = rightCue(tokens, k + 1, WEAPON_CUES, 1);
      return cue && cue.cue.metric !== "launched" ? cue : null;
    }
  }
  return null;
}

// (people only: not "fighters" or "armoured personnel carriers"; nor the General Staff's "occupiers", killed and wounded together)
const FIGHTERS = /^(?:mercenaries|militants|nationalists|servicemen|soldiers|troops)$/;
/** A fate the text denies: "were not intercepted", "could not be shot down"; or a hit it takes back (`undoneHit`). */
const negatedFate = (tokens: readonly Token[], c: { cue: Cue; at: number }): boolean =>
  (c.cue.metric !== "launched" && NEGATED.test(normsOf(tokens, Math.max(0, c.at - 4), c.at).replace(/\s+(?:be|been|being)$/, ""))) || undoneHit(tokens, c);

// the words between "but" and the fate that undoes a hit: "but were later shot down", "but had eventually been destroyed"
const UNDOING_FILLER = wordOf(PAST_BE, ["had", "have", "been", "later", "eventually", "then", "subsequently", "all", "both", "still"]);

/** A hit the same clause takes back with the count's own later fate: "Two drones slipped through air defences but were later shot down". */
function undoneHit(tokens: readonly Token[], c: { cue: Cue; at: number }): boolean {
  if (c.cue.metric !== "hit") return false;
  for (let k = c.at + c.cue.words.length; k < Math.min(tokens.length, c.at + 12); k++) {
    const t = tokens[k]!;
    if (t.norm === "." || t.norm === ";" || t.kind === "number") return false;
    if (t.norm !== "but") continue;
    let j = k + 1;
    while (j < tokens.length && UNDOING_FILLER.test(tokens[j]!.norm)) j++;
    const fate = matchCue(tokens, j, WEAPON_CUES)?.metric;
    return fate === "shot_down" || fate === "neutralized" || fate === "jammed";
  }
  return false;
}

const NEGATED = /\b(?:not|never|failed\s+to|unable\s+to|didn't|couldn't|could\s+not|did\s+not)$/;

/** A denied interception the same clause follows with a hit: "were not intercepted and struck Dnipro", "… and hit the city". */
function struckInstead(tokens: readonly Token[], c: { cue: Cue; at: number }): boolean {
  if (c.cue.metric === "hit" || c.cue.metric === "launched") return false;
  let k = c.at + c.cue.words.length;
  if (tokens[k]?.norm !== "and") return false;
  k++;
  while (/^(?:then|instead|later|eventually|so)$/.test(tokens[k]?.norm ?? "")) k++;
  return matchCue(tokens, k, WEAPON_CUES)?.metric === "hit";
}

/** "… mercenaries and a large consignment of foreign weapons were destroyed": the people's own passive verb, no clause between. */
function destroyedAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 14); k++) {
    const t = tokens[k]!.norm;
    if (t === "were" || t === "was" || ((t === "had" || t === "have") && tokens[k + 1]?.norm === "been")) {
      return /^(?:destroyed|eliminated|liquidated)$/.test(tokens[k + (t === "were" || t === "was" ? 1 : 2)]?.norm ?? "");
    }
    // (a list of what was destroyed runs on through commas: "Up to 85 servicemen, four pickup trucks and a howitzer were destroyed")
    if (t === "," && (isCount(tokens[k + 1]) || /^(?:a|an)$/.test(tokens[k + 1]?.norm ?? ""))) continue;
    if (/^(?:[,.;:]|when|before|after|while|which|who|that|had|have|has|destroyed|eliminated)$/.test(t)) return false;
  }
  return false;
}

// the words of a toll a death brought up: "bringing the number of dead to seven", "the toll has risen to 18 after …"
const TOLL_RAISED = /^(?:toll|bringing|brings|brought|raising|risen|rose|rises|climbed)$/;
/**
 * Whether the sentence tells, past a death told at `diedAt`, a toll it brought up to a count: "has died, bringing the number
 * of dead to seven" (not "died in hospital, where she had been brought by rescuers", "after his condition rose to critical").
 */
function tollRaisedAfter(tokens: readonly Token[], diedAt: number): boolean {
  for (let k = diedAt + 1; k < tokens.length; k++) {
    if (!TOLL_RAISED.test(tokens[k]!.norm)) continue;
    const to = tokens.findIndex((t, j) => j > k && j <= k + 7 && t.norm === "to");
    const count = tokens[to + 1];
    if (to > 0 && count && (count.kind === "number" || UNITS[count.norm] !== undefined)) return true;
  }
  // ("The toll has risen to 18 after a woman injured in the attack died": the toll told before the death)
  return tokens.slice(0, diedAt).some((t) => TOLL_RAISED.test(t.norm));
}

/**
 * "A woman injured in the shelling has died", "a worker wounded on Monday died in hospital": a participle right after the
 * person (no verb of its own: not "a woman was injured and later died") and, in the same clause, a verb of dying.
 */
function diedAfterParticiple(tokens: readonly Token[], headEnd: number, first: { cue: Cue; at: number }): { cue: Cue; at: number } | null {
  if (first.cue.metric !== "injured" || first.at !== headEnd + 1 || !/^(?:injured|wounded|hurt)$/.test(tokens[first.at]!.norm)) return null;
  for (let k = first.at + 1; k < Math.min(tokens.length, first.at + 16); k++) {
    const t = tokens[k]!.norm;
    // (nor past what the person said: "A soldier wounded near Bakhmut said two of his comrades perished")
    if (t === "." || t === ";" || t === ":" || t === "and" || t === "but" || SAID_THAT.test(t) || t === "told" || matchCue(tokens, k, WEAPON_CUES) !== null) return null;
    if (/^(?:died|dies|succumbed|perished)$/.test(t)) {
      const cue = matchCue(tokens, k, CASUALTY_CUES);
      return cue?.metric === "killed" ? { cue, at: k } : null;
    }
  }
  return null;
}

/**
 * "a worker, badly wounded during the attack, had died in hospital": the wounds are set off by commas
 * and the verb after them says the person died.
 */
function diedAfterAppositive(tokens: readonly Token[], at: number): { cue: Cue; at: number } | null {
  const open = /^(?:badly|seriously|critically|severely|gravely|fatally|mortally)$/.test(tokens[at - 1]?.norm ?? "") ? at - 2 : at - 1;
  if (tokens[open]?.norm !== ",") return null;
  const close = tokens.findIndex((t, j) => j > at && (t.norm === "," || t.norm === "." || t.norm === ";"));
  if (close < 0 || tokens[close]!.norm !== "," || close - at > 12) return null;
  let k = close + 1;
  while (/^(?:had|has|have|later|since|then|subsequently)$/.test(tokens[k]?.norm ?? "")) k++;
  // (a finite verb of dying: not "…, killing two men, were hospitalised", where the killing is another's)
  const main = /^(?:died|dies|perished|succumbed)$/.test(tokens[k]?.norm ?? "") ? matchCue(tokens, k, CASUALTY_CUES) : null;
  return main?.metric === "killed" ? { cue: main, at: k } : null;
}

// the injured a trip to hospital tells: "64 people … have gone to the city's hospitals"
const TRIP_CUE: Cue = { words: ["hospital"], metric: "injured" };
/** The trip to hospital told right past the count's people (`headEnd`), as the cue of the injured there, or null. */
function tripCue(tokens: readonly Token[], headEnd: number): { cue: Cue; at: number } | null {
  const at = hospitalTrip(tokens, headEnd + 1, tokens[headEnd]!.norm);
  return at < 0 ? null : { cue: TRIP_CUE, at };
}

/**
 * "Three children, aged 8, 12 and 17, were killed", "Two men who worked at the grain dryer were killed", "A newborn boy,
 * born two days earlier, was killed": the casualty verb past what describes the people counted. Nothing between may be
 * a cue or a count of its own (ages after "aged", "one family" and time spans are descriptions).
 */
function pastDescription(tokens: readonly Token[], from: number): { cue: Cue; at: number } | null {
  for (let j = from; j < Math.min(tokens.length, from + 14); j++) {
    const t = tokens[j]!;
    if (t.norm === ";" || t.norm === "." || t.norm === ":") return null;
    // (a relative clause's own verb is not the count's: "a man who was taken to hospital with severe burns died")
    if (/^(?:who|which|that)$/.test(tokens[j - 1]?.norm ?? "")) continue;
    // (or the verb of dying itself past a relative clause: "a 67-year-old woman who had been pulled from the debris on the first day
    // died in intensive care", "A 25-year-old man who was wounded in the strike died in hospital"; the clause may tell the wounds
    // she died of, but no other person, no death of its own and no weapon's fate: not "a man whose wife died")
    if (/^(?:died|dies|perished)$/.test(t.norm) && j > from && tokens[from]?.norm === "who") {
      const between = tokens.slice(from, j);
      const cue = matchCue(tokens, j, CASUALTY_CUES);
      const other = between.some((b, i) => PERSON_NOUNS.has(b.norm) || /^(?:he|she|they|whose)$/.test(b.norm) || matchCue(between, i, WEAPON_CUES) !== null || matchCue(between, i, CASUALTY_CUES)?.metric === "killed");
      return cue?.metric === "killed" && !other && !between.some((b) => isCount(b)) && !tollRaisedAfter(tokens, j) ? { cue, at: j } : null;
    }
    if (PAST_BE_OR_HAVE.test(t.norm) && j > from) {
      const at = tokens[j + 1]?.norm === "been" ? j + 2 : j + 1;
      const cue = matchCue(tokens, at, CASUALTY_CUES);
      if (!cue) return null;
      const between = tokens.slice(from, j);
      // (nor another subject: "pulled a boy from the rubble, and he was hospitalised", "a woman and her daughter were killed")
      const own =
        between.some((b, i) => matchCue(between, i, CASUALTY_CUES) !== null || matchCue(between, i, WEAPON_CUES) !== null) ||
        between.some((b, i) => /^(?:he|she|they|it|we)$/.test(b.norm) || (PERSON_NOUNS.has(b.norm) && between.slice(Math.max(0, i - 7), i).some((x) => x.norm === "and")));
      // (the ages of a list run on: "aged 8, 12 and 17")
      let ages = false;
      let counts = false;
      for (const [i, b] of between.entries()) {
        if (b.norm === "aged") ages = true;
        else if (ages && !(isCount(b) || /^(?:,|and|years?|months?|old)$/.test(b.norm))) ages = false;
        // (an age the tokenizer split off its number, "a 14 - year-old girl", is a description too)
        if (!ages && isCount(b) && !AGE_OR_SPAN.test(normsOf(between, Math.max(0, i - 3), i + (between[i + 1]?.norm === "-" ? 3 : 2)))) counts = true;
      }
      return own || counts ? null : { cue, at };
    }
  }
  return null;
}

/**
 * "Two missiles were fired at the city. The missile hit a clinic": "the missile" is one of a count just given (of its sentence
 * or the one before), not a count of its own; nor "A drone struck a high-rise. The drone hit the 38-storey complex …", the
 * one already counted. After "one Iskander-M missile" launched, or none at all, it is the one the story is about.
 */
/**
 * Whether the one weapon (`part`, 1) is one of `told`, a count of hits of the same `weapon` just given: ANNOTATION.md counts
 * "two missiles hit: the first the school, the second a warehouse" as hit 2 only, the single weapons telling where the counted
 * hits fell (a part counted by more, "12 drones, two of which struck apartment blocks", is a figure of its own).
 */
function oneOfToldHits(part: number | null, weapon: Weapon | null, told: Pick<RawFigure, "metric" | "weapon" | "value"> | null): boolean {
  return part === 1 && told !== null && told.metric === "hit" && told.weapon === weapon && told.value !== null && told.value > 1;
}

function oneOfMore(weapon: Weapon, figures: readonly RawFigure[], previousCount: Pick<RawFigure, "metric" | "weapon" | "value"> | null): boolean {
  return [...figures, ...(previousCount ? [previousCount] : [])].some((f) => f.weapon === weapon && ((f.value ?? 2) > 1 || f.metric === "hit"));
}

// (the sentence's own news only: not a strike a clause recalls or tells at one remove, "the deadliest since August, when a
// missile struck the square", "the school that a drone hit in May", nor what fell, "debris from a downed drone hit a house")
const NEAR = /^(?:near|nearby|close|outside|beside|next|around)$/;
// (nor a hit at the front, "A Ukrainian drone hit a Russian tank near Pokrovsk", nor a dud, "landed in a field … without exploding")
const FRONT_TARGET = /^(?:tanks?|howitzers?|apcs?|bmps?|btrs?|armou?red|trenches|trench|dugouts?|infantry|soldiers?|troops|servicemen|positions?)$/;
const DUD = /\b(?:without\s+exploding|failed\s+to\s+(?:explode|detonate)|did\s+not\s+(?:explode|detonate)|didn't\s+(?:explode|detonate)|unexploded)\b/;
// (but a tank of fuel is a site's: "a drone had struck an oil storage tank", "a drone that hit a fuel tank")
const STORAGE_TANK = /^(?:fuel|oil|storage|gas|petrol|diesel|water)$/;
function frontOrDud(tokens: readonly Token[], object: number): boolean {
  if (tokens.slice(object, object + 4).some((t, i) => FRONT_TARGET.test(t.norm) && !(/^tanks?$/.test(t.norm) && STORAGE_TANK.test(tokens[object + i - 1]?.norm ?? "")))) return true;
  return DUD.test(normsOf(tokens, object, tokens.length));
}

// "A ballistic missile with a cluster warhead exploded above a residential area", "a drone exploded in the courtyard of the
// headquarters": one weapon that burst over or in a place struck it, as ANNOTATION.md counts it (not one that burst in the
// air, "exploded in mid-air", "exploded in the sky", nor one that burst beside something, "exploded near the motorcade")
const BURST = /^(?:exploded|detonated|burst)$/;
const IN_THE_AIR = /^(?:air|mid-air|midair|sky|flight)$/;
function burstOver(tokens: readonly Token[], k: number): boolean {
  if (!BURST.test(tokens[k]?.norm ?? "") || !/^(?:in|over|above|on|at|inside)$/.test(tokens[k + 1]?.norm ?? "")) return false;
  return !tokens.slice(k + 1, k + 4).some((t) => IN_THE_AIR.test(t.norm));
}
// (nor one supposed: "If a missile hit the dam, thousands would be flooded")
const RECALL_OR_DEBRIS = /^(?:when|after|where|since|as|before|while|until|which|that|if|unless|debris|fragments|wreckage|remains)$/;
// "Governor Oleksiy Kuleba reported that a missile hit a facility": what is said, as "said a missile hit" (not "recalled that")
// (or found: "investigators had established that the hospital was hit by a Kh-101 cruise missile")
// (or claimed or admitted by a side: "the Russian Ministry of Defense claimed on August 25 that an Iskander missile hit a military
// train", "admitted that one of the missiles had struck a ship")
// (or insisted on: "Russia's Defence Ministry insisted that a Kinzhal had destroyed a Patriot battery")
const SAID_THAT = new RegExp(`^(?:${[...REPORT_VERBS, "states", "noted", "established", "determined", "concluded", "claimed", "claims", "admitted", "admits", "insisted", "insists"].join("|")})$`);
// "five people were killed overnight when a missile hit a residential area": the toll's own strike, told with it
const TOLL_WHEN = /^(?:killed|injured|wounded|hurt|died|dead|victims)$/;
// (not "after", which as often tells a toll of a later day: "a man died in hospital after a drone hit his car on Sunday")
const TOLL_CLAUSE = /^(?:when|where)$/;
// what sets a toll apart from the news as a recalled one: "The last time people were killed by a Russian strike was on 9 March,
// when a missile hit houses", "the previous deadliest", "In 1941, Nazi troops killed 33,771 Jews at Babyn Yar, where …"
const TOLL_RECALLED = /^(?:last|previous|previously|remains|remembered|recalled|recalls|anniversary|ago)$/;
/** Whether `before` tells a toll as the news: one it dates by no month or year, nor recalls. */
function tollOfThisWar(before: readonly Token[]): boolean {
  return (
    before.some((t) => TOLL_WHEN.test(t.norm)) &&
    !before.some((t) => TOLL_RECALLED.test(t.norm) || Object.hasOwn(MONTHS, t.norm) || (t.kind === "number" && /^(?:19|20)\d\d$/.test(t.norm)))
  );
}
// the clauses a sentence may open with before its own news: "Hours after the strike, …", "While most drones were downed, …",
// and the time words that may come before them ("Shortly after midnight", "The day before")
const FRONTED = /^(?:after|before|as|while)$/;
const FRONTED_TIME = /^(?:days?|weeks?|hours?|minutes?|moments?|shortly|soon|just|overnight)$/;
// "that afternoon", "that night": a demonstrative before a time, not a conjunction
const THAT_TIME = /^(?:morning|afternoon|evening|night|day|week|weekend)$/;
/** Whether the clause `marker` opens (at the sentence's start, after a comma or a time: "Shortly after midnight") closes with a comma right before `first`. */
function frontedClause(tokens: readonly Token[], marker: number, first: number): boolean {
  if (!FRONTED.test(tokens[marker]!.norm) || tokens[first - 1]?.norm !== ",") return false;
  return marker === 0 || tokens[marker - 1]!.norm === "," || FRONTED_TIME.test(tokens[marker - 1]!.norm);
}
/** The saying verb whose "that" is at `that`: "said that", "said on Friday that", "told Reuters that"; -1 if none. */
function sayingBefore(tokens: readonly Token[], that: number): number {
  if (SAID_THAT.test(tokens[that - 1]?.norm ?? "")) return that - 1;
  for (let v = that - 2; v >= Math.max(0, that - 5); v--) {
    const t = tokens[v]!;
    // (a month's abbreviation is no break: "said on Dec. 6 that")
    if (t.kind === "punct" && !(t.norm === "." && Object.hasOwn(MONTHS, tokens[v - 1]?.norm ?? ""))) return -1;
    // (the verb, then where or when it was said, or whom it was told)
    if ((SAID_THAT.test(t.norm) && /^(?:on|in|at|via|late|early|later|earlier|today|yesterday|overnight)$/.test(tokens[v + 1]?.norm ?? "")) || t.norm === "told") return v;
  }
  return -1;
}
// how far back, in words, the saying a coordinated "and that" adds to may open
const SAYING_REACH = 30;
/** The saying verb the clause that ends at `and` is the object of ("said its forces had struck …"), within the same clause; -1 if none. */
function sayingOpening(tokens: readonly Token[], and: number): number {
  for (let v = and - 1; v >= Math.max(0, and - SAYING_REACH); v--) {
    const t = tokens[v]!;
    if (t.norm === ";" || t.norm === ":" || (t.norm === "." && !Object.hasOwn(MONTHS, tokens[v - 1]?.norm ?? ""))) return -1;
    // (a clause of time or place on the way back is what "and that" joins, not the saying: "said the mayor, who visited the site when …")
    if (/^(?:when|where|after|before|while|since|if|unless|who|which)$/.test(t.norm)) return -1;
    if (SAID_THAT.test(t.norm)) return v;
  }
  return -1;
}
function recalledOrDebris(tokens: readonly Token[], first: number, weapon: Weapon | null = null): boolean {
  // ("residents still remember the night a missile hit their block": a clause that names its time, with no "when")
  // ("recall that night a missile hit their block" too)
  if (/^(?:night|day|morning|evening|afternoon)$/.test(tokens[first - 1]?.norm ?? "") && /^(?:the|that)$/.test(tokens[first - 2]?.norm ?? "")) return true;
  // ("Had a missile hit the reactor, …", "Should a drone strike the plant": a condition told by the verb put first)
  if (/^(?:had|should|were)$/.test(tokens[first - 1]?.norm ?? "") && (first === 1 || tokens[first - 2]?.kind === "punct")) return true;
  for (let i = 0; i < first; i++) {
    if (!RECALL_OR_DEBRIS.test(tokens[i]!.norm)) continue;
    // ("Explosions were heard in Kyiv …, as well as in the Kyiv region, where a missile struck …": "as well as" adds to a list,
    // it opens no clause of time)
    if (tokens[i]!.norm === "as" && (normsOf(tokens, i, i + 3) === "as well as" || normsOf(tokens, i - 2, i + 1) === "as well as")) continue;
    // ("Late that afternoon, a missile landed in …": "that" before a time of day points at a day told before; it opens no clause)
    if (tokens[i]!.norm === "that" && THAT_TIME.test(tokens[i + 1]?.norm ?? "")) continue;
    // (what is said may name the struck before its weapon, or say where the saying comes from: "said the hospital was hit
    // by a missile", "said that, according to the investigation, the building had been hit by a Kh-101 cruise missile")
    // (also past when or where it was said: "said on Friday that a Ukrainian drone had hit a car", "told Reuters that")
    // ("the ministry said its forces had carried out a massive strike and that a Kinzhal had destroyed a Patriot system": a second
    // thing said, its "that" joined by "and" to the saying's first clause, with the weapon as its subject)
    const alsoSaid = tokens[i]!.norm === "that" && tokens[i - 1]?.norm === "and" && i === first - 1;
    const verb = tokens[i]!.norm !== "that" ? -1 : alsoSaid ? sayingOpening(tokens, i - 1) : sayingBefore(tokens, i);
    if (verb >= 0 && !doubtedSaying(tokens, verb)) continue;
    // (nor a relative clause set off before the saying whose news the weapon is: "In Zakarpattia, which borders Hungary,
    // governor Viktor Mykyta said a Russian missile had hit a substation")
    if (asideBeforeSaying(tokens, i, first)) continue;
    // (right after the toll, "killed on Tuesday afternoon when a missile struck", "a man was killed when a drone hit a private
    // house": the toll's own strike, told with it)
    if (tokens[i]!.norm === "when" && i === first - 1 && tollJustBefore(tokens, i)) continue;
    // (or told after the toll and where it fell: "two people were killed and six injured, including two children, when a drone
    // hit a residential area", "Most of the dead were found in a nine-storey building, where a missile tore through a stairwell")
    if (TOLL_CLAUSE.test(tokens[i]!.norm) && i === first - 1 && tollOfThisWar(tokens.slice(0, i))) continue;
    // (nor a time set before the sentence's own clause: "Hours after the Kstovo strike, a Russian missile hit …", "On Monday,
    // as the Americans and Russians were talking, a missile hit …": the clause closes before the weapon's)
    if (frontedClause(tokens, i, first)) continue;
    // (nor a strike a clause tells beside the news, "two dead after a missile hit houses", unless recalled: `toldStrikeClause`)
    if (toldStrikeClause(tokens, i, first)) continue;
    // (nor debris that is evidence, "debris found at the site showed the hospital had been hit by …": `debrisAsEvidence`)
    if (debrisAsEvidence(tokens, i, first)) continue;
    // (nor what is left of a building, "the wreckage of a two-story house, where a missile …": `wreckageOfBuilding`)
    if (wreckageOfBuilding(tokens, i, first)) continue;
    return true;
  }
  return false;
}
/**
 * Whether the relative clause "which" opens at `marker`, set off by a comma, closes before a saying that the weapon at `first`
 * is the news of: "In Zakarpattia, which borders Hungary, Slovakia and Romania, governor Viktor Mykyta said a Russian missile
 * had hit …" (not "the school, which officials said a drone hit in May": no comma closes the clause before the saying).
 */
function asideBeforeSaying(tokens: readonly Token[], marker: number, first: number): boolean {
  if (tokens[marker]!.norm !== "which" || tokens[marker - 1]?.norm !== ",") return false;
  const verb = tokens[first - 1]?.norm === "that" ? sayingBefore(tokens, first - 1) : SAID_THAT.test(tokens[first - 1]?.norm ?? "") ? first - 1 : -1;
  if (verb <= marker || doubtedSaying(tokens, verb)) return false;
  return tokens.slice(marker + 1, verb).some((t) => t.norm === ",");
}
// "denied reports that a missile hit a hospital", "has not said that": a saying put in doubt; "amid media reports that": "reports"
// as a noun (not "the headquarters of the Krasnodar Region reported that", a body named before its verb)
const DOUBTED_SAYING = /^(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes|not|never)$/;
const SAYING_NOUN = /^(?:the|media|amid|unconfirmed|no|false|earlier|initial)$/;
function doubtedSaying(tokens: readonly Token[], verb: number): boolean {
  if (SAYING_NOUN.test(tokens[verb - 1]?.norm ?? "")) return true;
  for (let j = verb - 1; j >= Math.max(0, verb - 3); j--) if (DOUBTED_SAYING.test(tokens[j]!.norm)) return true;
  return false;
}
/** A toll verb within the four words before `at`, with no clause break between: "were killed overnight when". */
function tollJustBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
    if (tokens[j]!.kind === "punct") return false;
    if (TOLL_WHEN.test(tokens[j]!.norm)) return true;
  }
  return false;
}

/** Past the rest of a weapon's noun phrase after its head ends at `end`: "an Iskander-M ballistic missile and …". */
function phraseEndOf(tokens: readonly Token[], end: number): number {
  let k = end + 1;
  while (k < end + 4 && (WEAPON_NOUNS.has(tokens[k]?.norm ?? "") || MISSILE_TYPE.test(tokens[k]?.norm ?? ""))) k++;
  return k;
}
// what ends a clause between a count and the weapon coordinated with it ("nine drones hit Kyiv, and a missile …")
const TAIL_BREAK = /^(?:[,;:.]|that|which|who|where|when|while|but|as|after|before|since)$/;
/**
 * Whether the tokens from `from` to `to` (exclusive) only finish a count's noun phrase and say where its weapons came from, so
 * that "and" after them coordinates one more weapon with the count: "/131 attack UAVs from the Cape Chauda area (Crimea)",
 * "launched from the Chauda area of Crimea", "and decoys" (not a clause of its own: "nine drones hit Kyiv and a missile …").
 */
function countTail(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 12) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // (a model's number goes on the model: "Shahed-136/131")
    // (nor an aside: "100 missiles - its largest single attack of the war - and a stray missile killed two men")
    if (t.kind === "number" ? !/^[/-]$/.test(tokens[i - 1]?.norm ?? "") : TAIL_BREAK.test(t.norm) || (isDash(t.norm) && t.start !== tokens[i - 1]?.end)) return false;
    // (no verb but the launch's own participle that opens it: "11 Shahed drones launched from the Chauda area")
    const verb = matchCue(tokens, i, WEAPON_CUES) ?? matchCue(tokens, i, CASUALTY_CUES);
    if (verb && !(verb.metric === "launched" && /ed$/.test(t.norm) && tokens.slice(from, i).every((x) => WEAPON_NOUNS.has(x.norm)))) return false;
    // ("and" only before more of the noun: "drones and decoys")
    if (t.norm === "and" && !WEAPON_NOUNS.has(tokens[i + 1]?.norm ?? "")) return false;
  }
  return true;
}
/**
 * "74 were destroyed, along with a Kh-59 missile", "destroyed 74 of them, as well as a Kh-59 missile": one weapon added to the
 * count that ends at `from` - 1 by "along with" or "as well as" just before `at`, past at most the count's "of them" and its fate.
 */
function alongWith(tokens: readonly Token[], from: number, at: number): boolean {
  const by = alongBefore(tokens, at);
  if (by === 0) return false;
  const gap = tokens.slice(from, at - by);
  return gap.length <= 5 && gap.every((t, i) => t.kind !== "number" && (t.norm === "," ? i === gap.length - 1 : !TAIL_BREAK.test(t.norm)));
}
// what fell of a weapon (not "part of" here: "shot down as part of" is a share, not what fell; debrisOf adds it where the
// count is of one weapon's article)
const REMAINS = /^(?:debris|fragments|wreckage|remains|pieces)$/;
/** "debris of one downed missile", "the remains of one of them": the count at `first` is whose debris fell. */
function remainsOf(tokens: readonly Token[], first: number, orPart = false): boolean {
  const noun = tokens[first - 2]?.norm ?? "";
  return /^(?:of|from)$/.test(tokens[first - 1]?.norm ?? "") && (REMAINS.test(noun) || (orPart && /^parts?$/.test(noun)));
}
/**
 * "debris from a downed drone", "fragments of a Ukrainian missile", "part of a drone": what fell of one weapon, told before its
 * article at `first`; or a weapon downed before it fell, told right after, "A downed drone fell on the roof of a house".
 */
function debrisOf(tokens: readonly Token[], first: number): boolean {
  return remainsOf(tokens, first, true) || /^(?:downed|intercepted|shot-down)$/.test(tokens[first + 1]?.norm ?? "");
}
// what follows a participle that tells where or by whom ("shot down over Moscow", "destroyed by air defence"), not an object
const AFTER_PARTICIPLE = /^(?:by|over|above|near|on|in|at|during|outside|off|en)$/;
/**
 * "A drone shot down over Moscow fell …", "a UAV destroyed by air defence fell …": the interception cue `r` at `k`, right after
 * the weapon's noun, is a participle that tells what befell it (not the weapon's own deed, "a missile destroyed a house").
 */
function interceptedParticiple(tokens: readonly Token[], k: number, r: Cue): boolean {
  return FATE_PARTICIPLE.test(r.words[0]!) && AFTER_PARTICIPLE.test(tokens[k + r.words.length]?.norm ?? "");
}

/**
 * Past what a weapon carried, told after its noun: "with a cluster warhead", "carrying cluster munitions", "fitted with …",
 * "carrying 450 kg of explosives"; or past the kind it is said to share with one told before: "a missile of the same type hit
 * the Amstor shopping centre".
 */
function pastWarhead(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.norm === "of" && SAME_KIND.test(normsOf(tokens, from + 1, from + 4))) return from + 4;
  const start = tokens[from]?.norm === "with" || tokens[from]?.norm === "carrying" ? from : /^(?:fitted|armed|equipped|loaded)$/.test(tokens[from]?.norm ?? "") && tokens[from + 1]?.norm === "with" ? from + 1 : -1;
  if (start < 0) return from;
  // (the load's weight is no count: "450 kg of explosives", a number inside the phrase the weapon's verb comes after; the load
  // may be told a word or two past the weight's "of", "450 kilograms of high explosives")
  let end = start + 4;
  for (let j = start + 1; j <= end; j++) {
    if (/^(?:warheads?|munitions|submunitions|charges?|explosives?)$/.test(tokens[j]?.norm ?? "")) return j + 1;
    if (tokens[j]?.norm === "of") end = Math.max(end, j + 2);
  }
  return from;
}
const SAME_KIND = /^the same (?:type|kind|model|class)$/;

/** A hyphen, en or em dash standing alone: "11 - over the Moscow region", "158 air targets – 122 missiles". */
const isDash = (norm: string | undefined): boolean => norm === "-" || norm === "–" || norm === "—";

// the launchers whose rockets Russia reports intercepting ("shot down nine shells of the HIMARS multiple rocket launcher"); not
// Russia's own, which shell the front ("20 shells of the Uragan multiple rocket launcher at Nikopol district")
const ROCKET_LAUNCHER = /^(?:the\s+)?(?:himars|mlrs|vampire|vilkha|olkha|alder)\b/;
// "Two men were wounded: a 47-year-old man …": the words of a toll whose members a colon then lists
// (and a clause of dying or of hospital before its colon: "Two of those wounded in the attack died in hospital: a 71-year-old man …")
const MEMBERS_AFTER = /^(?:wounded|injured|killed|dead|died|hurt|victims|casualties|hospitali[sz]ed|hospitals?)$/;

/** A person set off after a toll of more, whose verb is the one that toll used: one of its members, not another. */
function membersOf(tokens: readonly Token[], q: Quantity, cueAt: number, metric: Metric, prev: RawFigure | null): boolean {
  if (!prev || prev.metric !== metric || prev.weapon !== null || (prev.value ?? 0) < 2 || q.first <= prev.last) return false;
  // (the verb is the toll's: next to its count, "2 persons were injured", "killed two people")
  if (cueAt < prev.first - 4 || cueAt > prev.last + 3) return false;
  // (the list may go on: "– a 38-year-old woman and a man"; an age or a year of birth is no count of its own)
  const between = tokens.slice(prev.last + 1, q.first);
  const last = between.at(-1)?.norm ?? "";
  const ageOrYear = (k: number) => tokens[k + 1]?.norm === "-" || /^(?:in|aged)$/.test(tokens[k - 1]?.norm ?? "");
  const ownCount = between.some((t, i) => isCount(t) && !ageOrYear(prev.last + 1 + i));
  // (not one of another place: "Two people were killed in Kherson, a woman in Nikopol")
  const elsewhere = tokens.slice(q.last + 1, q.last + 4).some((t, i) => /^(?:in|near|at)$/.test(t.norm) && STARTS_UPPER.test(tokens[q.last + 2 + i]?.text ?? ""));
  return (/^[-–—,:]$/.test(last) || (last === "and" && between.some((t) => /^[-–—,:]$/.test(t.norm)))) && !ownCount && !elsewhere;
}

// a cause of death that is no strike, unless the sentence names an attack or a weapon (a model too: "An Iskander crashed
// into a residential building, killing five")
// ("A bus collided with a truck, killing 4", "The heat wave killed 5", "An outbreak of measles … killed 2 children", "A fire
// caused by a short circuit at a shopping centre killed 3", "A fire at a hostel in Moscow killed 5": a fire with a cause of its
// own, or one the sentence opens with, not "The fire at the building killed three people" after the drone that hit it; an
// outbreak of a disease, not "Since the outbreak of the full-scale war")
const NOT_A_STRIKE_DEATH =
  /\b(?:crash|crashed|crashes|crush|stampede|earthquake|floods?|flooding|landslide|avalanche|shot\s+dead|shooting(?!\s+down)|stabbing|accident|collided|collision|heat\s*wave|heatwaves?|heatstroke|hypothermia|outbreak(?!\s+of\s+(?:the\s+)?(?:full-scale\s+|large-scale\s+)?(?:war|invasion|hostilities|fighting|conflict))|epidemic|measles|cholera|covid|short\s+circuit|electrical\s+fault|faulty\s+wiring|gas\s+leak)\b|^\W*an?\s+(?:\S+\s+){0,2}?(?:fire|blaze)\b/;
// gunmen's dead, whom "attack" does not make a strike's: only a weapon of the air war or the artillery named does
// ("gunmen opened fire at the Crocus City Hall concert venue, killing 145 people … in the deadliest attack in Russia")
// (not "opened fire" alone: troops open fire with guns that shell)
const GUNMEN = /\bgunm[ae]n\b/;
// the dead of troops on the ground, an occupation's killings: "where Russian troops are accused of killing hundreds of civilians",
// "where hundreds of civilians were found dead after Russian troops withdrew", "troops executed …", a town told by what troops did
// there ("Bucha, where Ukrainian officials say Russian troops killed hundreds of civilians"); no strike's, unless a weapon or attack
// is named. Only those forms: "troops killed" alone is how a governor tells a day's shelling ("Over the past day, Russian troops
// killed two people and injured 14 in Kherson Oblast")
// (the forms of "be" and the perfect "have been" from auxiliaries.ts, and "stand accused")
const TROOPS_BE = [...BE, ...HAVE.map((h) => `${h}\\s+been`), "stand"].join("|");
const TROOPS_KILLED = new RegExp(
  `\\btroops\\s+(?:(?:${TROOPS_BE})\\s+accused\\s+of\\s+killing|executed|massacred)\\b|\\bafter\\s+(?:\\S+\\s+){0,2}troops\\s+(?:withdrew|retreated|pulled\\s+out|left)\\b|\\bwhere\\s+(?:\\S+\\s+){0,5}?troops\\s+killed\\b`,
);
const STRIKE_WEAPON_WORDS = /\b(?:drones?|missiles?|rockets?|shaheds?|bombs?|bombed|bombing|shell(?:s|ing|ed)?|artillery|mortars?|strikes?|struck|barrage|explosions?|debris|wreckage|detonation)\b/;

/** The dead of a crash, a fire of a stated cause or one the sentence opens with ("A fire at a hostel …", not "The fire"), the heat, a disease, a gunman or troops on the ground, where the sentence names no strike behind them. */
function notAStrikeToll(words: string): boolean {
  // (gunmen's "attack" and "opened fire" are their own; troops' "attacks" are shelling's: "killed two civilians in attacks on Kherson")
  if (GUNMEN.test(words)) return !STRIKE_WEAPON_WORDS.test(words) && !ATTACK_WORDS.test(words.replace(/\b(?:attacks?|attacked|assaults?|raid|fired)\b/g, ""));
  if (TROOPS_KILLED.test(words)) return !STRIKE_WEAPON_WORDS.test(words) && !ATTACK_WORDS.test(words);
  return NOT_A_STRIKE_DEATH.test(words) && !ATTACK_WORDS.test(words) && !STRIKE_WEAPON_WORDS.test(words);
}

// ("None of the 27 nationals staying in Ukraine were hurt": what befell none of them)
const NONE_HURT = /^(?:\S+\s+){0,5}?(?:were|was)\s+(?:\S+\s+)?(?:hurt|injured|wounded|killed|harmed)\b/;

// (received or returned by a side, not by a morgue or rescuers: "Ukraine received 1,212 bodies", "Russia received 27 bodies in
// return", not "The city morgue has received 14 bodies", "Rescuers who returned to the site pulled 5 bodies")
const BODIES_EXCHANGED =
  /\b(?:ukraine|russia|kyiv|moscow|side|authorities|officials)\s+(?:has\s+|had\s+|have\s+)?(?:received|receives|receive|returned|returns|return|transferred)\b|\b(?:were|was|been)\s+(?:returned|transferred|handed)\s+(?:over\s+)?to\s+(?:ukraine|russia|kyiv|moscow)\b|\bin\s+return\b|\b(?:handed|handover|handovers|repatriat\w*|exchanges?|exchanged|swaps?)\b/;

const ANIMALS = /^(?:cows?|cattle|horses?|pigs?|sheep|goats?|chickens?|hens|poultry|birds|livestock|animals|dogs?|cats?|calves|ducks|geese|turkeys|rabbits)$/;
/**
 * "15 cows", "about 4,000 chickens", "4 dairy cows": the count's noun, a word or two on, is an animal (not one that names
 * the people: "three poultry farm workers").
 */
function countsAnimals(tokens: readonly Token[], q: Quantity): boolean {
  let animal = false;
  for (let k = q.last + 1; k <= q.last + 3 && tokens[k]?.kind === "word"; k++) {
    if (PERSON_NOUNS.has(tokens[k]!.norm)) return false;
    if (NOUN_BREAKERS.has(tokens[k]!.norm)) break;
    animal ||= ANIMALS.test(tokens[k]!.norm);
  }
  return animal;
}
const AGE_OR_SPAN = /\baged\b|\bone family\b|\b(?:days?|weeks?|months?|years?)\b|-\s*(?:year|month)-old\b/;

const STAY_FILLER = wordOf(BE, HAVE, ["been", "being", "still", "remain", "remains", "remained", "currently", "now", "later"]);

/** "in a serious condition", "in critical condition", "in an extremely grave condition": a state only the injured are in. */
const GRAVE_STATE = /^in (?:(?:a|an) )?(?:(?:very|extremely|especially) )?(?:serious|critical|grave|severe) condition\b/;
// The people in hospital or in a grave state, named after their count: "44 people remained in hospitals", "two patients are
// in a serious condition" (not the dead: "two dead")
const STAY_PEOPLE = /^(?:people|persons|patients|children|adults|men|women|civilians|residents|others|victims|injured|wounded)$/;

/**
 * Where "26 of them hospitalised", "12 of whom were hospitalised", "42 of the injured are in hospital", "seven remain in
 * hospital", "including six in a serious condition", "two patients are in a serious condition"
 * ends (the count's people in hospital or in a grave state, nothing between but "of them", their noun and its verb), or -1.
 */
function hospitalStay(tokens: readonly Token[], q: Quantity, previous: Metric | null): number {
  let k = q.last + 1;
  if (tokens[k]?.norm === "of") {
    const ref = tokens[k + 1]?.norm ?? "";
    // (the injured, not "two of the dead were in hospital" nor "one of the drones hit a hospital")
    if (ref === "the" && /^(?:injured|wounded|hurt|victims)$/.test(tokens[k + 2]?.norm ?? "")) k += 3;
    // (of the injured just counted: not "Six people died, two of them in hospital", "The death toll rose to 12, two of whom
    // were in hospital", where they died)
    else if (/^(?:them|whom|these|those)$/.test(ref) && previous !== "killed") k += 2;
    else return -1;
  }
  const noun = k === q.last + 1 && STAY_PEOPLE.test(tokens[k]?.norm ?? "") ? tokens[k]!.norm : null;
  if (noun) k++;
  const verb = k;
  while (STAY_FILLER.test(tokens[k]?.norm ?? "")) k++;
  if (GRAVE_STATE.test(normsOf(tokens, k, k + 6) + " ")) return tokens.findIndex((t, i) => i > k && t.norm === "condition");
  // (a noun in hospital needs its verb: "44 people remained in hospitals", not "38 people in hospital", a toll's own cue,
  // nor "4 patients in hospital were evacuated", who were there already)
  if (noun && (k === verb || AT_HOSPITAL_ANYWAY.test(noun))) return -1;
  if (/^hospitali[sz]ed$/.test(tokens[k]?.norm ?? "")) return k;
  if (tokens[k]?.norm === "in" && /^hospitals?$/.test(tokens[k + 1]?.norm ?? "")) return k + 1;
  // "Five of the injured were taken to hospital", "eight of whom were taken to hospital", "25 of them were admitted to
  // hospital": the part of a count told that went there (only after "of": "Five people were taken to hospital" is a toll of
  // its own, which the casualty cue reads)
  const subset = k > q.last + 1 && !noun;
  if (subset && /^(?:taken|admitted)$/.test(tokens[k]?.norm ?? "") && tokens[k + 1]?.norm === "to" && /^hospitals?$/.test(tokens[k + 2]?.norm ?? "")) return k + 2;
  return -1;
}

/** A drone's own noun at `k`: "drones", "UAVs", "unmanned aerial vehicles". */
const droneNounAt = (tokens: readonly Token[], k: number): boolean =>
  /^(?:drone|uav)/.test(tokens[k]?.norm ?? "") || (tokens[k]?.norm === "unmanned" && tokens[k + 1]?.norm === "aerial");

/** "were hospitalised", "remain in hospital" within a few words. */
function hospitalised(tokens: readonly Token[], from: number): boolean {
  const at = tokens.slice(from, from + 5).findIndex((t) => /^hospitali[sz]ed$|^hospitals?$/.test(t.norm));
  // (not a hospital struck: "One of them hit a local hospital", "one of the drones struck the hospital")
  return at >= 0 && !tokens.slice(from, from + at).some((t) => HIT_VERBS.has(t.norm));
}

/**
 * The casualty cue of a sentence that opens with "among" and names its person after the verb: "Among those killed
 * in Kyiv overnight was a 62-year-old US citizen" (past the place and time that put the cue out of a left cue's reach).
 */
function amongOpening(tokens: readonly Token[], q: Quantity): { cue: Cue; at: number } | null {
  const open = tokens.findIndex((t) => t.kind === "word");
  const verb = tokens[open]?.norm === "among" ? tokens.findIndex((t, j) => j > open && BE_WORD.test(t.norm)) : -1;
  if (verb < 0 || verb >= q.first || q.first - open > 16) return null;
  // (one clause only: not "Among the regions hit, Kharkiv was …, and a man was injured")
  if (tokens.slice(open + 1, verb).some((t) => t.kind !== "word" || CLAUSE_BREAK.has(t.norm) || t.norm === "and")) return null;
  // (the count right after the verb, or the last of the people it lists: "Among the dead are a mother and her three daughters")
  if (verb < q.first - 1 && !peopleListedBefore(tokens.slice(verb + 1, q.first))) return null;
  for (let k = open + 1; k < verb; k++) {
    const c = matchCue(tokens, k, CASUALTY_CUES);
    if (c) return { cue: c, at: k };
  }
  return null;
}

/**
 * Whether `words` (between a verb and a count) list people before it, ending in "and" and a possessive: "a mother and her",
 * "a man, his wife and their" (no count of their own, no clause of their own: "a woman whose husband and").
 */
function peopleListedBefore(words: readonly Token[]): boolean {
  if (words.length > 8 || words.at(-2)?.norm !== "and" || !/^(?:her|his|their)$/.test(words.at(-1)?.norm ?? "")) return false;
  return words.every((t) => (t.kind === "word" || t.norm === ",") && !CLAUSE_BREAK.has(t.norm) && !/^(?:whose|that|with)$/.test(t.norm));
}

/**
 * "… are among the 75 people injured", "were among the 61 injured": the toll a count of people (before `from`) is a part of, told
 * by its own count and the word of its fate right after it (not "were among the 40 people evacuated", nor "among the 12 victims'
 * relatives").
 */
function amongTheCounted(tokens: readonly Token[], from: number): Metric | null {
  if (!BE_WORD.test(tokens[from]?.norm ?? "") || tokens[from + 1]?.norm !== "among" || tokens[from + 2]?.norm !== "the") return null;
  if (tokens[from + 3]?.kind !== "number") return null;
  const k = PERSON_NOUNS.has(tokens[from + 4]?.norm ?? "") && !/^(?:injured|wounded|dead)$/.test(tokens[from + 4]!.norm) ? from + 5 : from + 4;
  const fate = /^(?:injured|wounded|hurt)$/.test(tokens[k]?.norm ?? "") ? "injured" : /^(?:dead|killed)$/.test(tokens[k]?.norm ?? "") ? "killed" : null;
  // (the fate's own word ends the phrase: not "among the 61 injured people's relatives")
  const after = tokens[k + 1];
  return fate && (!after || after.kind === "punct" || /^(?:and|in|on|at|by|after|during|,)$/.test(after.norm)) ? fate : null;
}

/** "Of the 84 injured, 10 are children", "Of the 61 people injured, 12 were children": the cue of the whole the part is of. */
function ofTheWholeOpening(tokens: readonly Token[], q: Quantity): { cue: Cue; at: number } | null {
  const open = tokens.findIndex((t) => t.kind === "word");
  if (tokens[open]?.norm !== "of" || tokens[open + 1]?.norm !== "the" || tokens[q.first - 1]?.norm !== "," || q.first - open > 10) return null;
  if (!BE_WORD.test(tokens[q.last + 1]?.norm ?? "") || !PERSON_NOUNS.has(tokens[q.last + 2]?.norm ?? "")) return null;
  for (let k = open + 2; k < q.first - 1; k++) {
    const c = matchCue(tokens, k, CASUALTY_CUES);
    if (c) return { cue: c, at: k };
  }
  return null;
}

// (counts of people rescued or evacuated are no figures: ANNOTATION.md)
// (not hospital-trip.ts's movedOutOfHarm, on purpose: that reads a hospital count's people as moved, not hurt, "transferred",
// "as a precaution", and takes no rescue, since those rescued and taken to hospital are the injured)
const RESCUED = /^(?:rescued|evacuated|saved)$/;
const RESCUE_AUXILIARY = wordOf(PAST_BE, HAVE, ["been", "be", "also"]);
/** The count's own verb, past its auxiliaries, says its people were saved: "39 people were rescued". */
function rescued(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < from + 3 && RESCUE_AUXILIARY.test(tokens[k]?.norm ?? "")) k++;
  return k > from && (RESCUED.test(tokens[k]?.norm ?? "") || pulledOutAlive(tokens, k));
}
// ("seven people had been pulled out from under the debris alive", "several residents were dug out of the rubble alive": saved,
// however a casualty verb before them reads on; not the dead, "two bodies were pulled from the rubble")
const PULLED = /^(?:pulled|dug|freed|brought|taken|carried|recovered|extracted)$/;
function pulledOutAlive(tokens: readonly Token[], at: number): boolean {
  if (!PULLED.test(tokens[at]?.norm ?? "")) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 10) && !/^[,;:.]$/.test(tokens[k]!.norm); k++) if (tokens[k]!.norm === "alive") return true;
  return false;
}
/** The clause just before the count (back to the last number) told of people saved: "were rescued, among them six children". */
function rescuedBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && tokens[k]!.kind !== "number"; k--) if (RESCUED.test(tokens[k]!.norm)) return true;
  return false;
}

/**
 * Lives saved or fought for, the words before `at` ("lives" or the count of them): "the aid would save thousands of lives",
 * "doctors are fighting for the lives of several patients". Not lives lost: "claimed the lives of 12 people".
 */
function livesKept(tokens: readonly Token[], at: number): boolean {
  const near = tokens.slice(Math.max(0, at - 3), at);
  return near.some((t) => /^(?:save|saves|saved|saving|protect|protects|protected|protecting)$/.test(t.norm)) || /\b(?:fight|fights|fighting|fought|struggle|struggling|struggled|battle|battling|battled) for (?:the|their|his|her)$/.test(normsOf(tokens, Math.max(0, at - 3), at));
}

const SETTLEMENT = /^(?:city|town|village|settlement|region|oblast|province|country|nation|port)$/;
const PERSON_AFTER_ADJECTIVE = /^(?:man|woman|person|boy|girl|child|soldier|serviceman|civilian|resident|pensioner|driver|rescuer|firefighter|teenager)$/;
const REFERENCE_WORDS = new Set(["the", "them", "these", "those", "its", "their", "his", "her", "our"]);

/** A capitalised month name ("April", "Dec.") right before or after a bare number makes it a date. */
function isDayOfMonth(tokens: readonly Token[], q: Quantity): boolean {
  // (a night's two days too: "on the night of Aug. 27-28", "on the night of April 23 to 24")
  const span = tokens.slice(q.first, q.last + 1);
  const days = span.length === 1 || (span.length === 3 && /^(?:[-–—]|to|into|and)$/.test(span[1]!.norm) && Number(span[0]!.norm) >= 1 && Number(span[0]!.norm) <= 31);
  if (q.value === null || q.value < 1 || q.value > 31 || !days || tokens[q.first]!.kind !== "number" || tokens[q.last]!.kind !== "number") return false;
  const before = tokens[q.first - 1]?.norm === "." ? tokens[q.first - 2] : tokens[q.first - 1];
  return isMonthName(before) || isMonthName(tokens[q.first + 1]);
}
// (at module level, not a closure of isDayOfMonth: tsx names every closure it creates, a property write per call)
const isMonthName = (t: Token | undefined): boolean => t !== undefined && STARTS_UPPER.test(t.text) && Object.hasOwn(MONTHS, t.norm);

const lastNumber = (tokens: readonly Token[]) => tokens.findLastIndex((t) => t.kind === "number");

/**
 * "destroyed 59 of the 76 air attack assets: 39 missiles and 20 drones": counts after a colon (or a spaced dash) that add up
 * to a count before it are its parts, and what befell them is what befell it (not the whole's launch the list follows).
 */
function colonBreakdown(tokens: readonly Token[], figures: RawFigure[]): RawFigure[] {
  // (or a spaced dash: "destroyed 92 of them — 55 Shaheds and 37 missiles")
  const sep = labelEnd(tokens);
  if (sep < 0) return figures;
  const after = figures.filter((f) => f.first > sep && f.weapon !== null);
  if (after.length < 2 || after.some((f) => f.value === null)) return figures;
  // (a bare list, "39 missiles and 20 drones": not items with verbs of their own, "five were shot down, three were jammed")
  const gaps = [tokens.slice(sep + 1, after[0]!.first), ...after.slice(1).map((f, i) => tokens.slice(after[i]!.last + 1, f.first))];
  if (!gaps.every((g, i) => (i === 0 ? g.length === 0 : /^(?:,|and|, and)$/.test(g.map((t) => t.norm).join(" "))))) return figures;
  if (!/^(?:,|;|\.|$)/.test(tokens[after.at(-1)!.last + 1]?.norm ?? "")) return figures;
  const sum = after.reduce((n, f) => n + f.value!, 0);
  const whole = figures.findLast((f) => f.last < sep && f.weapon !== null && f.value === sum && !f.part);
  if (!whole) return figures;
  // (a whole whose parts are of both kinds is of both: the 92 of "92 of them — 55 Shaheds and 37 missiles", which "them" had
  // given the kind of the count just before)
  const mixed = whole.weapon !== "mixed" && new Set(after.map((f) => f.weapon)).size > 1;
  if (!mixed && after.every((f) => f.metric === whole.metric && f.part)) return figures;
  return figures.map((f) => (after.includes(f) ? { ...f, metric: whole.metric, part: true } : f === whole && mixed ? { ...f, weapon: "mixed" } : f));
}

/** "… 337 drones over 10 regions, including 91 over Moscow region": the 91 is part of the 337. */
function markParts(tokens: readonly Token[], figures: RawFigure[]): RawFigure[] {
  const firstOf = new Map<Metric, RawFigure>();
  const marked = figures.map((f) => {
    const prev = firstOf.get(f.metric);
    if (!prev) firstOf.set(f.metric, f);
    if (!prev) return f;
    const lead = tokens.slice(Math.max(prev.last + 1, f.first - 4), f.first).map((t) => t.norm);
    // (the toll a part told before it is among is the whole, not a part of that part: the 12 of "Two Israeli citizens were
    // among the 12 people injured")
    if (prev.part && lead.slice(-2).join(" ") === "among the") return f;
    const after = tokens.slice(f.first + 1, f.first + 3).map((t) => t.norm);
    const isPart =
      lead.includes("including") || lead.includes("among") || (lead.includes("of") && lead.includes("them")) || (after[0] === "of" && after[1] === "them");
    return isPart ? { ...f, part: true } : f;
  });
  // "including 35 Kh-101, eight Kalibr and three Iskander-M": the items after a part are parts too
  for (let i = 1; i < marked.length; i++) {
    const prev = marked[i - 1]!;
    const f = marked[i]!;
    const gap = tokens.slice(prev.last + 1, f.first);
    const joined = /(?:^|\s)(?:,|, and|and)$/.test(gap.map((t) => t.norm).join(" ")) && gap.length <= 6 && gap.every((t) => t.kind !== "number");
    if (prev.part && !f.part && f.metric === prev.metric && f.weapon !== null && f.weapon === prev.weapon && joined) marked[i] = { ...f, part: true };
  }
  return marked;
}
