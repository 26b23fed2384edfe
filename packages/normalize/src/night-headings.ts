import { findTimeRefs, titleCased } from "./dates.ts";
import { HEADING } from "./attack-dates.ts";

// a heading in capitals that opens with the night it names: "NIGHT OF DECEMBER 31 - JANUARY 1", "NIGHT OF 29–30 MAY: THE DRONES"
const NIGHT_OPENS = /^\W*(?:THE\s+)?NIGHT\s+(?:OF|TO|INTO)\s+\S/;

/**
 * The day a night heading's night ended ("NIGHT OF DECEMBER 30-31" → 31 December), so that a fact box's items under it take
 * that night, and their "overnight" is the night into that day, as under a day heading ("JANUARY 2"); without it the items
 * run on under the day heading before, one night early ("DECEMBER 31, SATURDAY / … / NIGHT OF DECEMBER 31 - JANUARY 1 /
 * * Russia sends 45 Shahed drones" is the night into 1 January, not the one into 31 December). Null for any other line, and
 * for a heading whose night is counted from elsewhere ("THE NEXT NIGHT") or that names no night of its own.
 */
export function nightHeadingDay(line: string, published: string | null): string | null {
  if (!NIGHT_OPENS.test(line) || !HEADING.test(line)) return null;
  // (title case, so that the month names in capitals read as dates)
  const night = findTimeRefs(titleCased(line), published).find((r) => r.precision === "night" && r.start && r.end && !r.relative);
  // (its own night, from the heading's start: not a night it only mentions later)
  return night && night.at <= 6 ? night.end : null;
}
