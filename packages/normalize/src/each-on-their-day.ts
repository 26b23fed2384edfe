/**
 * Two or more contacts with one person that a sentence tells together, each on a day of its own: "Macron and Starmer both met
 * Trump at the White House, on Monday and Thursday respectively"; "Macron was received by Trump on Monday, and Starmer on
 * Thursday". Read as one meeting of all three, the sentence would invent a summit that never took place.
 */

import { type TimeRef, findTimeRefs } from "./dates.ts";
import { LIST_ITEMS } from "./contact-dates.ts";
import { PEOPLE } from "./people.ts";
import { mentionsOf, namedIn } from "./person-mentions.ts";

export interface EachOnTheirDay {
  pairs: string[][];
  days: string[];
}

/** Each of the people a sentence pairs with a day of its own, with the one person they all met; null when it does not. */
export function eachOnTheirDay(text: string, people: ReadonlyArray<{ name: string }>, published: string | null): EachOnTheirDay | null {
  return respectively(text, people, published) ?? gapped(text, people, published);
}

// a name with the titles and owners before it, nothing that could be a verb: "French President Emmanuel Macron", "Britain's Keir Starmer"
const NAME_WORDS = /^(?:\p{Lu}[\p{L}.'’-]*\s*)*$/u;

// "Macron and Starmer both met Trump, on Monday and Thursday respectively": the days of the list that closes on "respectively",
// each given in turn to the people of the one list of as many names, the other side being one person
function respectively(text: string, people: ReadonlyArray<{ name: string }>, published: string | null): EachOnTheirDay | null {
  const word = /,?\s*\brespectively\b/i.exec(text);
  if (!word) return null;
  const days = daysListedBefore(text, word.index, published);
  if (days.length < 2 || new Set(days).size < days.length || people.length !== days.length + 1) return null;
  const firstAt = people.map((p) => ({ name: p.name, at: firstMention(text, p.name) })).sort((a, b) => a.at - b.at);
  if (firstAt.some((p) => p.at < 0)) return null;
  // (the list is the run of names one after another, the one left either before it or after it, never within)
  for (const start of [0, 1]) {
    const list = firstAt.slice(start, start + days.length);
    const other = firstAt[start === 0 ? days.length : 0]!;
    const span = text.slice(list[0]!.at, list.at(-1)!.at);
    const parts = span.split(LIST_ITEMS);
    // (one name an item: "Emmanuel Macron and Keir Starmer", the last item opening where its name does)
    if (parts.length !== days.length || (parts.at(-1)!.trim() !== "" && !NAME_WORDS.test(parts.at(-1)!))) continue;
    if (!parts.slice(0, -1).every((part, i) => NAME_WORDS.test(part) && namedIn(part).length === 1 && namedIn(part)[0] === list[i]!.name)) continue;
    return { pairs: list.map((p) => [p.name, other.name].sort()), days };
  }
  return null;
}

/** The days of the list that ends just before `end` ("on Monday and Thursday", "on Feb. 24 and Feb. 27"), in their order. */
function daysListedBefore(text: string, end: number, published: string | null): string[] {
  const refs = findTimeRefs(text.slice(0, end), published).filter((r) => r.start && !r.relative);
  const run: TimeRef[] = [];
  let to = end;
  for (const r of [...refs].reverse()) {
    const gap = text.slice(r.at + r.text.length, to);
    if (!(run.length === 0 ? /^\s*$/.test(gap) : /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap))) break;
    run.unshift(r);
    to = r.at;
  }
  const each = run.map((r) => {
    if (r.precision === "day") return [r.start!];
    // (one ref read as a span, "Feb. 24 and Feb. 27": each item a day of its own)
    const days = r.text.split(LIST_ITEMS).map((part) => findTimeRefs(part, published).find((d) => d.precision === "day" && d.start && !d.relative)?.start);
    return days.length >= 2 && days.every((d) => d !== undefined) ? (days as string[]) : null;
  });
  return each.every((d) => d !== null) ? each.flat() : [];
}

// "A was received by B at the White House on Monday, and C on Thursday": the name left at the close stands for the subject, received
// by the same host on a day of its own
const PASSIVE_BY = /\bwas\s+(?:(?:later|then|also|warmly|first)\s+)?(?:received|welcomed|hosted)\s+by\s+/i;
const GAPPED_CLOSE = /,\s+and\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}?\p{Lu}[\p{L}.'’-]*)\s+(on\s+\S+(?:\s+\d{1,2})?)\s*[.!]?\s*$/u;

function gapped(text: string, people: ReadonlyArray<{ name: string }>, published: string | null): EachOnTheirDay | null {
  const close = GAPPED_CLOSE.exec(text);
  const by = PASSIVE_BY.exec(text);
  if (!close || !by || by.index > close.index || people.length !== 3) return null;
  const clause = text.slice(0, close.index);
  const [subject, host, last] = [namedIn(clause.slice(0, by.index)), namedIn(clause.slice(by.index + by[0].length)), namedIn(close[1]!)];
  if (subject.length !== 1 || host.length !== 1 || last.length !== 1 || new Set([subject[0], host[0], last[0]]).size !== 3) return null;
  if (!people.every((p) => [subject[0], host[0], last[0]].includes(p.name))) return null;
  const first = findTimeRefs(clause, published).filter((r) => r.precision === "day" && r.start && !r.relative);
  const second = findTimeRefs(close[2]!, published).find((r) => r.precision === "day" && r.start && !r.relative);
  // (the first clause's one day, the second a different one)
  if (first.length !== 1 || !second || second.start === first[0]!.start) return null;
  return { pairs: [[subject[0]!, host[0]!].sort(), [last[0]!, host[0]!].sort()], days: [first[0]!.start!, second.start!] };
}

function firstMention(text: string, name: string): number {
  const person = PEOPLE.find((p) => p.name === name);
  return person ? (mentionsOf(text, person)[0] ?? -1) : -1;
}
