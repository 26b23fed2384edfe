import { ATTACK_WORD, ATTACK_WORDS, NIGHT_SAID, blastHour } from "./attack-dates.ts";
import { WEEKDAY_NAME } from "./dates.ts";
import { REPORT_VERBS } from "./lexicon.ts";

/** "Separately, the Air Force said …": a sentence told apart from the one before it. */
export const SEPARATELY = /^\W*separately\b/i;

// Words opening a sentence that tell of one more thing that happened that day, after or beside the night's attack told before:
// "Also on Sunday, …", "Separately, …", "On the same day, …", "On the same Sunday morning, …", "In a separate attack, …"
// (not "Also overnight", "On the same night": the night's own)
const APART = new RegExp(
  `^\\W*(?:also\\s+on\\s+(?:the\\s+same\\s+)?(?:${WEEKDAY_NAME}|that\\s+day\\b|the\\s+same\\s+day\\b)|separately\\b|on\\s+(?:that|the)\\s+same\\s+(?:day\\b|${WEEKDAY_NAME})|in\\s+(?:a\\s+separate|another)\\s+(?:attack|strike)\\b)`,
  "i",
);

// "Later that morning, …", "Later in the morning, …", "Later, …": after the night told before, in the day it ended
// (not "Later that night", "Later in the week")
const LATER = /^\W*later\b(?:\s+(?:that|in\s+the)\s+morning\b|(?!\s+(?:that|in\s+the|on|during\s+the)\s+(?:night|evening|week|month|year)\b)(?!\s+on\b))/i;

// a source told before the strike, whose words were said later, not the strike: "Later, the ministry said that …", "Also on
// Sunday, Kharkiv counted its dead after an overnight drone attack"
const SAID_FIRST = new RegExp(String.raw`^[^.;]*?\b(?:${[...REPORT_VERBS, "specified", "counted", "told", "gave", "put", "published"].join("|")})\b`, "i");

/**
 * A sentence that tells a strike set apart by its words from the night the article told before it, as a strike of that day:
 * "Also on Sunday, a Russian missile strike on a training unit of the Ground Forces killed 12 soldiers", "Separately, on
 * Wednesday morning a Russian drone hit a kindergarten", "Later that morning, a Russian missile strike … killed 12". Not a
 * night's count restated or told by its source ("Also on Sunday, the Defence Ministry said air defences had destroyed 33
 * Ukrainian drones overnight"), nor a sentence that says no strike ("Later, the toll rose to 12").
 */
export function setApartFromNight(text: string): boolean {
  const opener = APART.exec(text) ?? LATER.exec(text);
  if (!opener) return false;
  const rest = text.slice(opener.index + opener[0].length);
  return ATTACK_WORDS.test(rest) && !NIGHT_SAID.test(text) && !SAID_FIRST.test(beforeAttack(rest));
}

/** `rest` up to its first word of an attack ("a Russian missile strike" → "a Russian "), where a source would be named before it. */
function beforeAttack(rest: string): string {
  const m = ATTACK_WORD.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
}

// a strike told by the hour of the working day it came at: "the number of injured in the midday strike has risen to 33", "Russian
// missiles hit the city shortly after noon", "Around midday, Russian missiles hit a residential district"
const MIDDAY_STRIKE = /\b(?:afternoon|midday|noon|lunchtime)\s+(?:(?:missile|drone|rocket|air|bomb)\s+)?(?:strikes?|attacks?|shelling|bombing|blasts?)\b/i;
const NOON = String.raw`(?:at|around|about|(?:shortly|just|soon)\s+(?:after|before))\s+(?:noon|midday)\b`;
const STRUCK = String.raw`\b(?:hit|struck|attacked|landed|fell|exploded)\b`;
// (the hour in the strike's own clause: not past a comma, nor the hour a source spoke at, "killing 3 people, officials said at noon")
const STRUCK_AT_NOON = new RegExp(String.raw`${STRUCK}[^.;,]{0,60}?(?<!\b(?:said|says|told|wrote|reported|posted)\s+)\b${NOON}|^\W*${NOON}[^.;]{0,80}?${STRUCK}`, "i");

/**
 * A strike its own words put at midday or in the afternoon: after a night the article told, it is a strike of the day that
 * night ended, not the night's. Not the hour a toll was given at ("The rescuers' earlier report at noon had put the toll at
 * four dead"), nor a sentence that says the night too.
 */
export const struckAtMidday = (text: string): boolean => (MIDDAY_STRIKE.test(text) || STRUCK_AT_NOON.test(text)) && !NIGHT_SAID.test(text);

/** Whether a set-apart sentence opens with "later": after the night told before, so in the day that night ended. */
export const laterThanNight = (text: string): boolean => LATER.test(text) && setApartFromNight(text);

// an hour the sentence opens with, before its strike ("Then, at around 11:30 a.m., with the streets full of people, the capital
// came under attack again"), however far its attack word comes after it
const OPENING_HOUR = /^\W*(?:then,?\s+|and\s+)?(?:at|around|shortly\s+after|just\s+after|soon\s+after)\s+(?:around\s+|about\s+|approximately\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\b\.?)?\s*(?:local\s+time\s*)?,/i;

/** The hour a sentence opens with (see OPENING_HOUR), on the 24-hour clock; null when it opens otherwise or names no minutes nor a.m./p.m. */
function openingHour(text: string): number | null {
  const m = OPENING_HOUR.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const hour = Number(m[1]);
  const meridiem = m[3]?.toLowerCase();
  return meridiem === "p" ? (hour % 12) + 12 : meridiem === "a" ? hour % 12 : hour;
}

/**
 * A blast its own sentence puts at an hour of the working day, from 10 a.m. to 6 p.m. ("Then, at around 11:30 a.m., … the
 * capital came under attack again: … 11 ballistic and cruise missiles had been fired at the city"): after a night the article
 * told, a strike of the day that night ended, not the night's. Not an earlier hour, which a night's barrage may run on into
 * ("the last missiles struck at about 8 a.m."), nor an evening's, which may open the next night; nor a sentence that says the
 * night too, nor an opening hour of a sentence that tells no attack ("At 14:00, the toll stood at 12").
 */
export function struckByDaylightHour(text: string): boolean {
  if (NIGHT_SAID.test(text)) return false;
  const opening = openingHour(text);
  const hour = blastHour(text) ?? (opening !== null && ATTACK_WORDS.test(text) ? opening : null);
  return hour !== null && hour >= 10 && hour < 18;
}
