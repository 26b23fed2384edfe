import { blastHour, NIGHT_SAID } from "./attack-dates.ts";

// the one weapon a sentence brings in: "A Russian drone struck a private kindergarten", "one missile hit the port"
const ONE_WEAPON = /\b(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?(drone|missile|rocket|bomb|UAV|Shahed)\b/iu;

/**
 * A blast in the day's working hours, from 8:00 to the evening ("Today at about 11:40, an enemy UAV struck a car"): not one at
 * dawn, "at 6:20am", which may end the night's attack (an evening blast is eveningBlast's).
 */
export const daylightBlast = (text: string): boolean => {
  const hour = blastHour(text);
  return hour !== null && hour >= 8 && hour < 18;
};

/** The one weapon a sentence brings in, if any ("A Russian drone struck …" → "drone"). */
export const oneWeaponOf = (text: string): string | undefined => ONE_WEAPON.exec(text)?.[1];

/**
 * How many sentences after the strike's own are read for it told again: the mayor's hour comes in the lines that follow; a
 * later entry of a live page or round-up telling "the missile" at 14:00 is another strike's.
 */
export const RETOLD_REACH = 6;

/**
 * Whether the article, after the sentence `told` that brings in one weapon ("A Russian drone struck a private kindergarten in
 * Kharkiv this morning"), tells that weapon again with the definite article at an hour by day: "Mayor Ihor Terekhov said the
 * drone hit the kindergarten at around 10:30". That strike came in daylight, whatever night the article also reports.
 * (Not once another weapon of that kind has been brought in, "A second drone hit …", whose hour is its own; nor a sentence
 * that says night.)
 */
export function retoldByDay(told: string, after: readonly string[]): boolean {
  const weapon = oneWeaponOf(told);
  if (!weapon) return false;
  const again = new RegExp(`\\bthe\\s+${weapon}\\b`, "i");
  for (const text of after.slice(0, RETOLD_REACH)) {
    if (oneWeaponOf(text)?.toLowerCase() === weapon.toLowerCase()) return false;
    if (again.test(text) && daylightBlast(text) && !NIGHT_SAID.test(text)) return true;
  }
  return false;
}
