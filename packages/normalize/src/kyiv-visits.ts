/** A foreign leader's trip to Kyiv, a visit with Ukraine's president, and the visitors told as following him. */

import { findTimeRefs } from "./dates.ts";
import { PEOPLE } from "./people.ts";
import { LIST_ITEMS } from "./contact-dates.ts";
import { KINDS } from "./contact-kinds.ts";
import { namedIn } from "./person-mentions.ts";

const KYIV_TRIP = KINDS.find((k) => k.kind === "visit" && k.re.source.includes("Kyiv"))!.re;
// ("when Prime Minister Rishi Sunak visited Kyiv on January 12"): the visit's own verb, whose cue names no place, tells the
// same trip; not "has visited Kyiv several times" nor "has twice visited Kyiv", which is no one trip
const VISITED_KYIV = /(?<!\b(?:has|have|had)\s+(?:(?:\w+ly|twice|also|now|both|already)\s+)?)\bvisited\s+(?:Kyiv|Kiev)\b/i;
// ("a week after President Joe Biden's own visit to the Ukrainian capital"): the city told by what it is, read as its name (the
// same length, so that where each word stands holds)
export const asKyiv = (text: string) => text.replace(/\bthe\s+Ukrainian\s+capital\b/gi, (m) => "Kyiv".padEnd(m.length));
export const ZELENSKY = { name: "Volodymyr Zelensky", country: "UA" };
// a trip told as planned, asked for or recalled ("Sunak, who visited Kyiv in January, said on Tuesday": the day is that
// of his words), or hosted by someone other than the president
const KYIV_TRIP_NOT_HIS =
  /\b(?:prepar\w*|invit\w*|plans?|planned|planning|expected|due|hopes?|yet\s+to)\b|\b(?:his|her|their)\s+(?:Ukrainian\s+)?counterparts?\b|\bUkrainian\s+(?:officials|ministers?|counterparts?)\b|\bwho\s+(?:had\s+)?(?:came|was|arrived|travell?ed|went|rode|flew|visited)\b/i;

/** The visitors a ", followed by A on 21 February and B on 23 February" tail names, each with his own day; none unless each has one. */
export function followersOf(text: string, published: string | null): Array<{ name: string; date: string }> {
  const tail = /,\s+followed\s+by\s+([^.;]+)/.exec(text);
  if (!tail) return [];
  const items = tail[1]!.split(LIST_ITEMS);
  const out = items.map((item) => ({ names: namedIn(item), day: findTimeRefs(item, published).find((r) => r.precision === "day" && r.start && !r.relative)?.start }));
  return out.every((x) => x.names.length === 1 && x.day) ? out.map((x) => ({ name: x.names[0]!, date: x.day! })) : [];
}

/**
 * Foreign visitors whose own trip to Kyiv the sentence tells, named before it as its subject ("Joe Biden came to Kyiv
 * on 20 February"), and no one else: then the host, unnamed, is Ukraine's president.
 */
export function kyivGuests(text: string, people: ReadonlyArray<{ name: string; country: string }>, published: string | null): boolean {
  const kyivText = asKyiv(text);
  const trip = KYIV_TRIP.exec(kyivText) ?? VISITED_KYIV.exec(kyivText);
  if (!trip || people.length === 0 || people.some((p) => ["UA", "RU", "BY"].includes(p.country)) || KYIV_TRIP_NOT_HIS.test(text)) return false;
  // (a year in the trip's own clause other than the report's is a trip recalled: "came to Kyiv in April 2022")
  const clause = text.slice(trip.index).split(/[,;.]\s/)[0]!;
  if ([...clause.matchAll(/\b(?:19|20)\d\d\b/g)].some((m) => m[0] !== published?.slice(0, 4))) return false;
  const ends = people.map((p) => {
    const m = (PEOPLE.find((q) => q.name === p.name)?.re ?? new RegExp(p.name.split(" ").at(-1)!, "u")).exec(text);
    return m ? m.index + m[0].length : -1;
  });
  // (all named before the trip, the last of them close to it with no other verb between: not "Kellogg said the drones that flew to Kyiv")
  const last = Math.max(...ends);
  return ends.every((e) => e >= 0 && e <= trip.index) && trip.index - last <= 60 && !/\b(?:said|says|told|that|after|when|while)\b/i.test(text.slice(last, trip.index));
}
