/** The items of a sentence that lists news apart by semicolons, each read as a sentence of its own. */

import { findTimeRefs } from "./dates.ts";

// (two semicolons at least: one joins two clauses of one account, "Witkoff saw Putin on 13 March; five days later, Trump and
// Putin spoke", whose second the contact reader reads with the first)
const MIN_SEMICOLONS = 2;

// A word that can be a clause's own verb: an item of news tells something ("Russia launched 273 drones", "a woman was killed",
// "Trump says he will speak"); a list of names set apart by semicolons does not ("… including Emmanuel Macron of France; Friedrich
// Merz of Germany; and Keir Starmer of Britain", one meeting with each)
const ITEM_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|did|does|do|met|meets|spoke|speaks|talked|held|holds|hosted|hosts|visited|visits|received|receives|welcomed|welcomes|phoned|called|calls|said|says|told|tells|announced|announces|went|goes|came|comes|flew|arrived|arrives|left|took|takes|gave|gives|saw|sees|struck|strikes|fired|fires|launched|launches|killed|kills|[a-z]{3,}ed)\b/;

// ("on Saturday, he met Macron"): an item whose subject is a pronoun goes on with the first item's subject, kept in it
const PRONOUN_BEFORE = /\b(?:he|she|they|we|it)\b/i;

// "On Friday: …", "On Monday, …": a time the sentence opens with, set apart by a colon or comma before the first item's subject
const LEAD = /^\W*[^,:;]{1,40}?[,:]/;

/**
 * "Quick recap: Russia launched 273 drones overnight; …; Zelensky met Vance and Rubio in Rome; and Trump says he will speak to
 * Putin tomorrow": each item with the rest blanked (offsets kept), so that whom one item names, and when, are not another's
 * contact; the sentence itself when it lists no items (an item with no verb of its own: a list of names).
 * An item that names no time of its own keeps the time the sentence opens with ("On Friday: Zelensky met Macron in Tirana; …;
 * and Trump spoke with Putin by phone"), and one that opens with "he" the first item's subject ("Summary: Trump met Zelensky …;
 * he interrupted the session to phone Putin; …").
 */
export function listItems(text: string, published: string | null = null): string[] {
  const cuts = [...text.matchAll(/;/g)].map((m) => m.index);
  if (cuts.length < MIN_SEMICOLONS) return [text];
  const bounds = [-1, ...cuts, text.length];
  const spans = bounds.slice(1).map((to, i) => ({ from: bounds[i]! + 1, to }));
  const verbs = spans.map(({ from, to }) => ITEM_VERB.exec(text.slice(from, to)));
  if (verbs.slice(1).some((v) => v === null)) return [text];
  const lead = LEAD.exec(text.slice(0, spans[0]!.to));
  const leadTime = lead && !ITEM_VERB.test(lead[0]) && findTimeRefs(lead[0], published).length > 0 ? lead[0] : "";
  // (the first item's subject: what comes between the sentence's opening and its verb)
  const subjectFrom = lead && !ITEM_VERB.test(lead[0]) ? lead[0].length : 0;
  const subjectTo = verbs[0]?.index ?? -1;
  const subject = subjectTo > subjectFrom && subjectTo - subjectFrom <= 60 && !PRONOUN_BEFORE.test(text.slice(subjectFrom, subjectTo)) ? { from: subjectFrom, to: subjectTo } : null;
  const goesOn = spans.map(({ from }, i) => i > 0 && PRONOUN_BEFORE.test(text.slice(from, from + verbs[i]!.index)));
  if (goesOn.some(Boolean) && !subject) return [text];
  return spans.map(({ from, to }, i) => {
    const view = [...(" ".repeat(text.length))];
    const keep = (a: number, b: number) => {
      for (let k = a; k < b; k++) view[k] = text[k]!;
    };
    keep(from, to);
    if (i > 0 && leadTime && findTimeRefs(text.slice(from, to), published).length === 0) keep(0, leadTime.length);
    if (goesOn[i]) keep(subject!.from, subject!.to);
    return view.join("");
  });
}
