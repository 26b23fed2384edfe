/** Mentions of the same contact in one article merged into one. */

import { type Mention, family, groupApart } from "./contact.ts";
import { countryOf } from "./delegations.ts";

/** Participants two mentions share; an unnamed delegation matches a named member of its country. */
export function sharedParticipants(a: readonly string[], b: readonly string[]): number {
  let n = a.filter((p) => b.includes(p)).length;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const g of x.filter((p) => p.endsWith(" delegation") && !y.includes(p))) {
      if (y.some((p) => !p.endsWith(" delegation") && countryOf(p) === countryOf(g))) n++;
    }
  }
  return n;
}

/**
 * Two contacts that share two people but where each has a country the other lacks: "Trump's call with Putin" told with
 * Zelensky, and Trump's joint call with Zelensky, Macron and Meloni.
 */
function eachHasOwnSide(a: readonly string[], b: readonly string[]): boolean {
  const lacks = (x: readonly string[], y: readonly string[]) => x.some((p) => !y.some((q) => countryOf(q) === countryOf(p)));
  return lacks(a, b) && lacks(b, a);
}

// (a contact told as of its own with some of the people of another is not the same, unless it is the larger: "… held a bilateral
// meeting" told again as "Erdogan told Zelensky at the meeting")
const ownOf = (own: Mention, other: Mention) => own.own === true && !other.participants.every((p) => own.participants.includes(p));
const apart = (a: Mention, b: Mention) => sharedParticipants(a.participants, b.participants) >= 2 && (ownOf(a, b) || ownOf(b, a) || groupApart(a, b));
// (an undated contact told as held before a day is not one of that day or later: "met on Wednesday, their first talks since a
// brief meeting in April")
const notBefore = (a: Mention, b: Mention) => a.earlierThan !== undefined && b.date !== null && b.date >= a.earlierThan;

/** Mentions of the same contact in one article (same participants, compatible kind and date) are one. */
export function mergeMentions(contacts: Mention[]): Mention[] {
  const merged: Mention[] = [];
  for (const c of contacts) {
    const i = merged.findIndex(
      (m) =>
        family(m.kind) === family(c.kind) &&
        (m.date === null || c.date === null || m.date === c.date) &&
        sharedParticipants(m.participants, c.participants) >= 2 &&
        !eachHasOwnSide(m.participants, c.participants) &&
        !apart(m, c) &&
        !notBefore(m, c) &&
        !notBefore(c, m),
    );
    if (i < 0) {
      // (a contact of its own takes the day of the larger one it was held beside, when it names none: "Zelensky and Austin held
      // a bilateral meeting on the sidelines")
      const beside = c.date === null ? merged.find((m) => apart(m, c) && m.date !== null && family(m.kind) === family(c.kind)) : undefined;
      merged.push(beside ? { ...c, date: beside.date } : c);
      for (const [j, m] of merged.entries()) if (m.date === null && c.date !== null && apart(m, c) && family(m.kind) === family(c.kind)) merged[j] = { ...m, date: c.date };
      continue;
    }
    const m = merged[i]!;
    const keepQuote = m.date !== null || c.date === null ? m : c;
    merged[i] = {
      ...keepQuote,
      kind: m.kind === "talks" && c.kind === "meeting" ? "meeting" : m.kind,
      // a delegation named elsewhere by its members is not listed twice
      participants: [...new Set([...m.participants, ...c.participants])]
        .filter((p, _, all) => !p.endsWith(" delegation") || !all.some((q) => !q.endsWith(" delegation") && countryOf(q) === countryOf(p)))
        .sort(),
      date: m.date ?? c.date,
      reportedDay: m.reportedDay ?? c.reportedDay ?? null,
      place: m.place ?? c.place,
    };
  }
  return merged;
}
