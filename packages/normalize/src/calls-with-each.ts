/** Several calls told in one sentence: "with both A and B", "spoke with Macron and Scholz", "A and then B spoke with C". */

import { HEADS } from "./people.ts";
import { LIST_ITEMS } from "./contact-dates.ts";
import { countryOf } from "./delegations.ts";
import { namedIn } from "./person-mentions.ts";

/** "… with both Trump and Zelensky", "… with Nawrocki and with Tusk": the one before "with" and each of the two, as two pairs (none when no one else is named); null when the sentence is not so. */
export function pairsWithBoth(text: string, people: ReadonlyArray<{ name: string }>): string[][] | null {
  // (or "… with Nawrocki and with Prime Minister Donald Tusk")
  // (or "has now met both Vladimir Putin and Volodymyr Zelensky")
  const m = /\b(?:with|met|meets|meeting)\s+both\s+(.+?)\s+and\s+(.+?)(?=\s+(?:by|on|in|this|last|over|about|to)\b|[,.;]|$)|\bwith\s+(?!both\b)(.+?)\s+and\s+with\s+(.+?)(?=\s+(?:by|on|in|this|last|over|about|to)\b|[,.;]|$)/i.exec(text);
  if (!m) return null;
  const [a, b] = [namedIn((m[1] ?? m[3])!), namedIn((m[2] ?? m[4])!)];
  const others = people.map((p) => p.name).filter((n) => !a.includes(n) && !b.includes(n));
  if (a.length !== 1 || b.length !== 1 || others.length > 1) return null;
  // (the two met someone the text names by no one's name, "the African leaders' peace mission has now met both Vladimir Putin
  // and Volodymyr Zelensky": not each other)
  if (others.length === 0) return m[1] ? [] : null;
  return [[others[0]!, a[0]!].sort(), [others[0]!, b[0]!].sort()];
}

// a call several took part in at once: "a joint call with Trump", "a video call with Macron and Merz"
// "A and then B spoke with C" (the subject's last words before "and then", the callee up to the sentence's end)
const CALLERS_IN_TURN = /([\p{L}'’. -]{2,60}?)\s+and\s+then\s+([\p{L}'’. -]{2,60}?)\s+(?:spoke|talked|held\s+(?:phone\s+)?calls?)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)\s+([^.;]{2,80})/u;
// ("Macron held a call with Zelenskyy and Starmer": one call, not "spoke with Macron and Scholz")
const ONE_CALL = /\b(?:joint|video|virtual|online|conference|together|group|(?:three-way|four-way|trilateral)\s+(?:phone\s+)?(?:call|conversation)|with\s+other\b[^.]{0,30}\bleaders|(?:held|had|holds|has)\s+an?\s+(?:[\p{L}"“”-]+\s+){0,3}(?:call|conversation)\s+with)\b/iu;

/**
 * "He said he had spoken with Macron and Scholz", "Zelensky speaks with Tusk and Nawrocki": calls with each of
 * a list after "with", one by one, from the one person named outside it; null when the sentence is not so.
 */
export function callsWithEach(text: string, people: ReadonlyArray<{ name: string }>): string[][] | null {
  if (ONE_CALL.test(text) && !/\bseparately\b/i.test(text)) return null;
  // ("He spoke to France's Lecornu, Britain's Wallace and Turkey's Akar, and then to Austin": one list)
  const THEN = /,?\s+(?:and\s+)?then\s+(?:to|with)\s+/gi;
  // (an abbreviation's dots do not end the list: "first with Macron and then with U.S. President Joe Biden")
  const list = text.replace(THEN, ", ").replace(/\b([A-Z])\.([A-Z])\.(?=\s)/g, "$1$2");
  // "Macron and then U.S. President Joe Biden spoke with Putin": each of the two callers in turn
  const callers = CALLERS_IN_TURN.exec(list);
  if (callers) {
    const [first, second, callee] = [namedIn(callers[1]!), namedIn(callers[2]!), namedIn(callers[3]!)];
    if (first.length === 1 && second.length === 1 && callee.length === 1 && new Set([first[0], second[0], callee[0]]).size === 3) {
      return [[first[0]!, callee[0]!].sort(), [second[0]!, callee[0]!].sort()];
    }
  }
  // ("spoke by phone to Volodymyr Zelensky and then to Vladimir Putin": the medium between the verb and whom it reached)
  const m = /\b(?:with|(?:spoke|speaks|spoken|talked)\s+(?:by\s+(?:tele)?phone\s+)?to)\s+(.+?)(?=\s+(?:by|on|in|this|last|over|about|to|after|before|during|early|late|earlier|too|as|for|from)\b|[.;:!?"“”(]|$)/i.exec(list);
  if (!m) return null;
  const parts = m[1]!.split(LIST_ITEMS);
  // (the one called last whom the list does not know by that name, "then to Austin", is left out, not the list)
  if (list !== text && parts.length > 2 && namedIn(parts.at(-1)!).length === 0) parts.pop();
  if (parts.length < 2) return null;
  const named = parts.map(namedIn);
  if (named.some((n) => n.length !== 1)) return null;
  const listed = named.map((n) => n[0]!);
  const others = people.map((p) => p.name).filter((n) => !listed.includes(n));
  if (others.length !== 1 || new Set(listed).size !== listed.length) return null;
  // ("a call with Witkoff and Kushner" is one call with the American team)
  const countries = listed.map((n) => countryOf(n));
  if (new Set(countries).size < countries.length && !listed.every((n) => HEADS.has(n))) return null;
  return listed.map((n) => [others[0]!, n].sort());
}

// "spoke by phone with Biden and, separately, with Macron", "with Vance and Driscoll, and separately with Macron, Starmer and Merz":
// the list after "separately" ends where the names do: at a word that opens a clause or a time ("…, with Emmanuel Macron, two
// days after Trump met Putin in Alaska"), at a comma before a lower-case word, or at the sentence's end (case-sensitive, for the
// lower-case test)
const WITH_EACH_APART = /\b[Ww]ith\s+([^;]+?),?\s+and,?\s+(?:then\s+)?separately,?\s+with\s+(.+?)(?=\s+(?:by|on|in|this|last|over|about|to|after|before|during|early|late|earlier|too|as|for|from|who|which|where|when|while)\b|,\s+(?!and\b)\p{Ll}|,\s+\d|[.;:!?"“”(]|$)/u;

/**
 * Two calls a sentence sets apart by "separately": one with those named before it, one with those named after, each with the one
 * person named outside both and what follows them; null when the sentence is not so.
 */
export function separateCalls(text: string, people: ReadonlyArray<{ name: string }>): string[][] | null {
  const m = WITH_EACH_APART.exec(text);
  if (!m) return null;
  const [first, second] = [namedIn(m[1]!), namedIn(m[2]!)];
  // (not who the rest of the sentence names: "…, two days after Trump met Putin in Alaska" is another contact)
  const after = namedIn(text.slice(m.index + m[0].length));
  const others = people.map((p) => p.name).filter((n) => !first.includes(n) && !second.includes(n) && !after.includes(n));
  if (first.length === 0 || second.length === 0 || others.length !== 1 || first.some((n) => second.includes(n))) return null;
  return [[others[0]!, ...first].sort(), [others[0]!, ...second].sort()];
}
