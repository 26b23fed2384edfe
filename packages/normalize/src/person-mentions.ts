/**
 * Where and how a sentence names a person of the list: taking part, only as the source of the news, as whose envoy another
 * is, or as a message's recipient.
 */

import { PEOPLE, type Person, isNamed, mayName } from "./people.ts";
import { matchesOf } from "./matches.ts";
import { TITLE } from "./titled-leaders.ts";
import { HELD_CONTACT_VERB } from "./held-contact.ts";

export const SPOKESPEOPLE = new Set(["Dmitry Peskov"]);
const takesPartPattern = (source: string) =>
  new RegExp(`(?:${source})\\s+(?:also\\s+)?(?:met|meets|held|holds|hosted|received|spoke\\s+(?:with|to|by)|talked\\s+(?:with|to))\\b|\\b(?:with|and|met|meets|received|hosted|called|phoned)\\s+(?:[\\p{L}.]+\\s+){0,3}?(?:${source})`, "u");
export const takesPart = (text: string, p: Person) => pattern(p, "takesPart").test(text);
// "…, Kremlin aide Yuri Ushakov said.", "…, said Ushakov.", "according to Ushakov": the source of the news, in the tail that
// attributes it (not "Zelensky said he had spoken with Macron": the one who speaks there took part)
const SPEAKS = "(?:said|says|told\\s+reporters|wrote|added|noted|confirmed)";
const speaksOnlyPattern = (source: string) =>
  new RegExp(`,\\s+(?:[\\p{L}.'’-]+\\s+){0,4}?(?:${source})\\s+${SPEAKS}\\s*[.;]|(?:,\\s*(?:said|says)|\\baccording\\s+to)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}?(?:${source})\\s*[.,;]`, "u");
// what every match of a speaksOnly pattern holds, without the person: most sentences fail this and skip the person's pattern
// (a long one, tried at every comma, and slow to compile: each person's is compiled the first time it runs)
const SPEAKS_TAIL = new RegExp(`${SPEAKS}\\s*[.;]|,\\s*(?:said|says)|\\baccording\\s+to`);
export const speaksOnly = (text: string, p: Person) => SPEAKS_TAIL.test(text) && pattern(p, "speaksOnly").test(text);
// ("…, presidential aide Yuri Ushakov told reporters", "…, Kremlin spokesman Dmitry Peskov said": named by his post as the source)
const SOURCE_POST = /\b(?:aide|adviser|advisor|spokes(?:man|woman|person)|press\s+secretary)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;
export const aideAsSource = (text: string, p: Person) =>
  speaksOnly(text, p) && !takesPart(text, p) && mentionsOf(text, p).every((at) => SOURCE_POST.test(text.slice(Math.max(0, at - 40), at)));

// (whatever kind of envoy: "Kirill Dmitriev, Russian President Vladimir Putin's investment envoy, met Witkoff")
// (or several: "Steve Witkoff and Jared Kushner, Donald Trump's envoys, met Putin"; or who came after him: "Justin Trudeau's
// successor Mark Carney")
const ENTOURAGE_WORD = "(?:envoy|aide|adviser|advisor|spokes(?:man|woman|person)|representative|negotiator|son-in-law|chief\\s+of\\s+staff|successor|predecessor)s?";
const ENTOURAGE = `(?:${ENTOURAGE_WORD}|cabinet|administration)\\b`;
// ("Andriy Yermak, chief of staff to President Volodymyr Zelensky, held talks with Rubio": whom he serves, told after him; a
// title or a first name only between, not "envoy to Ukraine Keith Kellogg")
export const ENTOURAGE_TO = new RegExp(`\\b${ENTOURAGE_WORD}\\s+(?:to|of|for)\\s`);
const ownerOf = (source: string) =>
  new RegExp(
    `(?:${source})['’]s\\s+(?:(?:special|chief|top|senior|personal|foreign|presidential|former|Middle\\s+East|(?!(?:with|and|to|of|for|in|on|at)\\b)\\p{Ll}[\\p{L}-]*)\\s+){0,2}${ENTOURAGE}|\\b${ENTOURAGE_WORD}\\s+(?:to|of|for)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}${TITLE}\\s+)?(?:\\p{Lu}[\\p{L}'’-]+\\s+)?(?:${source})`,
    "u",
  );
const REPORTS = "(?:said|says|told\\s+(?:reporters|journalists)|announced|confirmed|reported)";
// (not who says "he" held the contact himself, whatever day and "that" come between: "Zelensky said on Dec. 11 that he had held
// phone conversations with Biden and Macron", "Zelensky said that he had met …"; the look-ahead holds them, so an optional "that"
// left out cannot let it through. "he" must be the contact verb's own subject: "Macron said on Saturday that he was not consulted
// before Trump met Putin", "Duda said that he had been briefed by Zelensky on his call with Biden" are the source only)
const HE_HELD = `(?:he|she|they|the\\s+two)\\s+(?:(?:had|has|have|also|just|already|then|later|recently|personally)\\s+)*(?:${HELD_CONTACT_VERB.source})`;
const headSource = (source: string) =>
  new RegExp(`^\\W*(?:[\\p{L}.'’-]+\\s+){0,4}?(?:${source})\\s+${REPORTS}\\s+(?!(?:on\\s+[\\p{L}\\d.]+(?:\\s+[\\p{L}\\d.]+)?,?\\s+)?(?:that\\s+)?${HE_HELD})`, "u");
// (every match of an ownerOf pattern has the first two, of a headSource one the third: see SPEAKS_TAIL)
export const POSSESSIVE = /['’]s\s/;
export const OWNED = new RegExp(ENTOURAGE);
export const REPORTED = new RegExp(`\\s${REPORTS}\\s`);

// each person's patterns, each compiled once and only when first asked for (a person's pattern is long: building it per
// sentence cost more than the reading; and most people are only ever looked for, never asked whose envoy or source they are)
type PatternKind = "all" | "owner" | "head" | "takesPart" | "speaksOnly" | "recipient";
const BUILD: Record<PatternKind, (source: string) => RegExp> = {
  all: (source) => new RegExp(source, "gu"),
  owner: (source) => ownerOf(source),
  head: (source) => headSource(source),
  takesPart: (source) => takesPartPattern(source),
  speaksOnly: (source) => speaksOnlyPattern(source),
  recipient: (source) => recipientOf(source),
};
const patternsOf = new Map<string, Partial<Record<PatternKind, RegExp>>>();
export function pattern(p: Person, kind: PatternKind): RegExp {
  let built = patternsOf.get(p.name);
  if (!built) patternsOf.set(p.name, (built = {}));
  return (built[kind] ??= BUILD[kind](p.re.source));
}

/** Where a sentence names `p`: the start of each mention. */
export function mentionsOf(text: string, p: Person): number[] {
  // (asked of every person of the list for some sentences: the anchor test rules out nearly all without the look-behind scan)
  if (!mayName(p, text)) return [];
  return matchesOf(pattern(p, "all"), text).map((m) => m.index);
}

// (nor to whom a message went: "Putin met Witkoff … and sent U.S. President Donald Trump a message", "a letter to Trump",
// "passed through him signals for President Donald Trump")
const MESSAGE = /\b(?:message|letter|signal)s?\b/i;
const recipientOf = (source: string) =>
  new RegExp(`\\b(?:sent|sends|send|passed|conveyed|relayed|delivered|handed)\\s+(?:[\\p{L}.]+\\s+){0,3}?(?:${source})\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:message|letter)|\\b(?:message|letter|signal)s?\\s+(?:to|for)\\s+(?:[\\p{L}.]+\\s+){0,3}?(?:${source})`, "u");
export const recipient = (text: string, p: Person) => MESSAGE.test(text) && pattern(p, "recipient").test(text);

/** The people of the list a part of a sentence names. */
export const namedIn = (part: string): string[] => PEOPLE.filter((p) => isNamed(p, part)).map((p) => p.name);

/** Where the first of `people` is named in `text` (its length when none is). */
export function namedFrom(text: string, people: ReadonlyArray<{ name: string }>): number {
  let at = text.length;
  for (const p of PEOPLE) {
    if (!people.some((q) => q.name === p.name)) continue;
    const i = mayName(p, text) ? text.search(p.re) : -1;
    if (i >= 0) at = Math.min(at, i);
  }
  return at;
}
