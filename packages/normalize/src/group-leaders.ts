/**
 * Leaders named only as their group ("the G7 leaders", "leaders of the Group of Seven"): the heads of government of its states in
 * office on the day, who are the contact's participants as much as if the text had listed them ("Zelensky has addressed the G7
 * leaders by video link" is a contact of Zelensky with Scholz, Biden, Macron, Johnson, Trudeau, Draghi and Kishida in June 2022).
 */

import { findTimeRefs } from "./dates.ts";
import { PEOPLE } from "./people.ts";

// ("the G7 leaders", "G7 and NATO leaders", "Group of Seven leaders", "the leaders of the Group of Seven (G7)", "the leaders of the
// G7 and several NATO member states"; not a ministers' meeting, "G7 foreign ministers", nor the summit alone, "at the G7 summit,
// Zelensky met Modi", whose contact is the one told)
const G7 = String.raw`(?:G7|G-7|Group\s+of\s+Seven)`;
const G7_LEADERS = new RegExp(String.raw`\b${G7}(?:\s+and\s+NATO)?\s+leaders\b|\bleaders\s+of\s+the\s+${G7}\b`, "i");

// Each G7 state's heads of government in turn: the day each took office (the one before left that day).
const G7_TERMS: ReadonlyArray<ReadonlyArray<readonly [string, string]>> = [
  [["2021-01-20", "Joe Biden"], ["2025-01-20", "Donald Trump"]],
  [["2021-12-08", "Olaf Scholz"], ["2025-05-06", "Friedrich Merz"]],
  [["2017-05-14", "Emmanuel Macron"]],
  [["2019-07-24", "Boris Johnson"], ["2022-09-06", "Liz Truss"], ["2022-10-25", "Rishi Sunak"], ["2024-07-05", "Keir Starmer"]],
  [["2015-11-04", "Justin Trudeau"], ["2025-03-14", "Mark Carney"]],
  [["2021-02-13", "Mario Draghi"], ["2022-10-22", "Giorgia Meloni"]],
  [["2021-10-04", "Fumio Kishida"], ["2024-10-01", "Shigeru Ishiba"], ["2025-10-21", "Sanae Takaichi"]],
];

/** Who held each G7 seat on `day` (the list's people only: a head it does not know is left out rather than guessed). */
export function g7LeadersOn(day: string): Array<{ name: string; country: string }> {
  const out: Array<{ name: string; country: string }> = [];
  for (const terms of G7_TERMS) {
    if (day < terms[0]![0]) continue;
    const name = terms.filter(([from]) => from <= day).at(-1)![1];
    const person = PEOPLE.find((p) => p.name === name);
    if (person) out.push({ name: person.name, country: person.country });
  }
  return out;
}

// (a clause of its own after the contact's cue: "He pressed Biden on the point in a phone call on 11 December, and again in a video
// conference with G7 leaders a day later", "He spoke by phone with Biden on Monday, and on Tuesday joined an emergency video
// conference of Group of Seven leaders")
const NEXT_CLAUSE = /,\s+(?:and|but)\b|;/;
// a group the sentence itself names before "them", which "them" then means: "Zelensky, speaking to lawmakers in the Verkhovna Rada,
// addressed them by video link" (not the G7 of the sentence before)
const NEARER_GROUP = /\b(?:to|with|before|among)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+)?[a-z-]+s\b/;
// the group taken up again: "the leaders", "those leaders" (not "the leaders of X", who are named there); or "them" right after the
// verb of an address or a call, "Zelensky had addressed them by video link" (not "asked them", nor "them" further on; not "called
// them true friends", "joined them", which need be no call)
const THE_LEADERS = /\b(?:the|those|these|its|their)\s+leaders\b(?!\s+of\b)|\b(?:addressed|briefed|phoned|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+them\b/i;

/**
 * The members of a group of leaders a sentence names as a group in the clause of the contact's cue (at `cueAt`), on the day the
 * sentence names (else the report's): none when it names no such group there, or when there is no day to take them on.
 */
export function groupLeaders(text: string, published: string | null, cueAt: number, before: string | null = null): Array<{ name: string; country: string }> {
  // ("Leaders of the Group of Seven, meeting at Schloss Elmau, … Zelensky had spoken to the leaders by video link on Monday": the
  // group the sentence before named, taken up as "the leaders" or "them" in the cue's clause)
  const m = G7_LEADERS.exec(text) ?? (before !== null && G7_LEADERS.test(before) ? THE_LEADERS.exec(text) : null);
  if (!m || (m.index > cueAt && NEXT_CLAUSE.test(text.slice(cueAt, m.index)))) return [];
  if (/\bthem$/i.test(m[0]) && NEARER_GROUP.test(text.slice(0, m.index))) return [];
  const day = findTimeRefs(text, published).find((r) => r.start && r.precision === "day")?.start ?? published;
  return day ? g7LeadersOn(day.slice(0, 10)) : [];
}

// "French President Emmanuel Macron hosted an emergency meeting of European leaders in Paris", "Emmanuel Macron's meeting of
// European leaders", "European leaders, meeting in Paris on Monday at the invitation of Macron": leaders named only as Europe's,
// whom no list can name (who came differs each time), with the one who gathered them (not "called on European leaders to help",
// nor "European leaders condemned the attack": no gathering)
const EUROPEAN_LEADERS = /\b(?:meeting|summit|gathering)\s+of\s+(?:other\s+|several\s+|some\s+)?(?:European|EU)\s+leaders\b|\b(?:European|EU)\s+leaders\s*,\s+meeting\s+in\b/;

/**
 * Europe's leaders gathered as a body in the clause of the contact's cue (at `cueAt`), as one participant: the gathering is a
 * contact of the one named with them, though none of them is named.
 */
export function europeanLeaders(text: string, cueAt: number): Array<{ name: string; country: string }> {
  const m = EUROPEAN_LEADERS.exec(text);
  if (!m || (m.index > cueAt && NEXT_CLAUSE.test(text.slice(cueAt, m.index)))) return [];
  return [{ name: "European leaders", country: "Europe" }];
}
