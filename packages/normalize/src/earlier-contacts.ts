/**
 * Contacts told as held before the one just read: "their previous one, on March 18", the next of a counted series, earlier
 * rounds of talks, the same pair met again.
 */

import { type Article, type ContactKind, addDays, sentenceText } from "@salvo/core";
import { findTimeRefs } from "./dates.ts";
import { HEADS } from "./people.ts";
import { type ArticleContact, type Mention, PLACE, family } from "./contact.ts";
import { contactDays, listedDays } from "./contact-dates.ts";
import { COUNTRY_WORDS, countryOf } from "./delegations.ts";
import { namedIn } from "./person-mentions.ts";

// "the previous two rounds", "the first Istanbul round", "the two rounds of direct talks" (not "a new round of sanctions", nor "the
// third round", as a rule the one the article reports; a round told after the one the article told is that one, and left to it)
const EARLIER_ROUNDS =
  /\b(?:previous|earlier|first|second|two|three|four|other)\s+(?:(\p{Lu}\p{Ll}+|direct)\s+)?rounds?\b(?!\s+of\s+(?:sanctions|strikes|attacks|shelling|prisoner|exchanges?|swaps?|voting|elections?|applause|mobili[sz]ation))/iu;
// ("a proposal for a second round of talks in Istanbul on June 2": one to come)
const ROUND_TO_COME = /\b(?:propos\w*|offer\w*|next|new|upcoming|planned|future)\b/i;
const YEAR_DAYS = 366;
const MEDIATED = /\b(?:under\s+pressure\s+from|(?:brokered|mediated|hosted|facilitated)\s+by|with\s+the\s+mediation\s+of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}/gu;

/**
 * Earlier rounds of talks told by their days ("The previous two rounds were held in Istanbul on May 16 and June 2"): one a day,
 * between the heads of delegation the sentence names, else those of the round the article told before it (from within a year
 * before it: not the 2022 talks an article recalls); none when the sentence is not so.
 */
export function earlierRounds(article: Article, text: string, out: readonly Mention[]): Array<{ participants: string[]; date: string }> {
  const rounds = EARLIER_ROUNDS.exec(text);
  if (!/\bround/i.test(text) || !rounds || ROUND_TO_COME.test(text)) return [];
  const days = listedDays(text, article.meta.published);
  if (days.length === 0) return [];
  const envoys = (names: readonly string[]) => names.length >= 2 && names.every((n) => !HEADS.has(n) && !n.endsWith(" delegation")) && new Set(names.map(countryOf)).size >= 2;
  // (the envoys it names, "the first round on May 16, when Umerov and Medinsky sat down", or those it names as the heads of
  // delegation: "…, on May 16 and June 2, where the Russian delegation was headed by Medinsky and the Ukrainian one by Umerov",
  // not the leaders it says spoke of them)
  const named = namedIn(text);
  const led = /\b(?:led|headed)\s+by\b/i.exec(text);
  const heads = envoys(named) ? named : led ? namedIn(text.slice(led.index)) : [];
  if (envoys(heads)) return days.map((date) => ({ participants: [...heads].sort(), date }));
  if (named.length > 0) return [];
  // (of the place that names them: "The first Istanbul round, on May 16, …" goes on from the talks held in Istanbul, not from the
  // Jeddah meeting of other envoys told since; a round told with no place may be that one: "On Monday, Umerov and Medinsky met for a
  // second round of talks")
  // (a place of contacts: not "the two Russian rounds")
  const place = rounds[1] ? (PLACE.exec(`in ${rounds[1]}`)?.[1] ?? null) : null;
  const round = out.findLast((c) => family(c.kind) === "in-person" && envoys(c.participants) && (place === null || c.place == null || c.place === place));
  const since = round ? (round.date ?? round.reportedDay ?? article.meta.published?.slice(0, 10)) : null;
  // (not when it names a side the round had not: "Kyiv and Washington held two rounds of talks of their own" after Istanbul's; a
  // mediator named in passing is none: "…, on May 16 and June 2, under pressure from Washington", "both brokered by the US")
  const sides = COUNTRY_WORDS.filter(([re]) => re.test(text.replace(MEDIATED, " "))).map(([, country]) => country);
  if (!round || sides.some((c) => !round.participants.some((p) => countryOf(p) === c))) return [];
  if (!since || days.some((d) => d >= since || d < addDays(since, -YEAR_DAYS))) return [];
  return days.map((date) => ({ participants: [...round.participants], date }));
}

// how the pair's contact was held, and the pair by "the two" or "them": "the first direct contact between the two leaders since …"
// (one list for EARLIER_IN_SENTENCE and FIRST_SINCE, which read the same phrase, inside the sentence or opening it)
const CONTACT_MANNER = String.raw`(?:direct|phone|telephone|face-to-face|in-person)`;
const BETWEEN_THE_TWO = String.raw`between\s+(?:the\s+two|them)(?:\s+(?:leaders|presidents|men))?`;

// "much longer than their first conversation on February 12", "the first conversation between the two leaders since
// September 11, 2022": the same pair's earlier contact, on that day
// ("the first time the two had spoken since a call on May 13", "his first conversation with Putin since their call on May 13")
// ("the first direct contact between the two leaders since December 2, 2022", "The telephone conversation was the first between the two
// since August 19")
const EARLIER_IN_SENTENCE = new RegExp(
  String.raw`\b(?:their|the)\s+(?:first|previous|last|earlier)(?:\s+${CONTACT_MANNER})?(?:\s+(call|conversation|meeting|one|contact))?(?:\s+${BETWEEN_THE_TWO})?,?\s+(?:on|since)\s+|\bsince\s+(?:their|a|the)\s+(?:(?:last|previous)\s+)?(call|conversation|meeting|talks)\s+on\s+`,
  "i",
);

/** Where the day of the earlier contact an "…, the first since August 19" names begins, else -1: not the day of the contact the sentence tells. */
export function earlierDayAt(text: string): number {
  const m = EARLIER_IN_SENTENCE.exec(text);
  return m && !(m[2] && heldByOthers(m, text)) ? m.index + m[0].length : -1;
}

// "their first face-to-face talks since a brief meeting in St Peter's Basilica in April", "the first meeting between the two men
// since their brief conversation at the Vatican in April", "their first encounter since the Shanghai Cooperation Organisation
// summit in Samarkand last month": the pair's contact before, named by its noun and told by a month (the noun is [1])
const FIRST_SINCE_NOUN = String.raw`(?:call|conversation|meeting|talks|encounter|contact|summit)`;
const FIRST_SINCE_IN_SENTENCE = new RegExp(
  String.raw`\b(?:their\s+first\s+(?:[\p{L}-]+\s+){0,2}?${FIRST_SINCE_NOUN}|the\s+first\s+(?:[\p{L}-]+\s+){0,2}?${FIRST_SINCE_NOUN}\s+${BETWEEN_THE_TWO})\s+since\s+(?:their|a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(call|conversation|meeting|talks|encounter|summit)\b`,
  "iu",
);

/**
 * The pair's contact a "their first talks since a brief meeting in April" tells, held in that month before `contact`: undated, and
 * not to be merged with a mention of that day or later; null when the sentence is not so, names a day (read by earlierContact) or
 * another's contact ("since the summit between Russian and Ukrainian delegations").
 */
export function earlierInMonth(text: string, published: string | null, contact: ArticleContact): Mention | null {
  const m = FIRST_SINCE_IN_SENTENCE.exec(text);
  const before = contact.date ?? published?.slice(0, 10);
  if (!m || !before || heldByOthers(m, text)) return null;
  const end = m.index + m[0].length;
  // (its time is in the same clause: not "…, in April" of what the sentence goes on to tell after a comma)
  const clause = text.slice(end).split(/[,;.]/)[0]!;
  const month = findTimeRefs(text, published).find((r) => r.at >= end && r.at <= end + clause.length && r.start && r.start < before);
  if (!month || month.precision === "day") return null;
  const word = m[1]!.toLowerCase();
  const place = PLACE.exec(clause)?.[1] ?? null;
  // (a "conversation" somewhere is had face to face: "their brief conversation at the Vatican")
  const kind: ContactKind = word === "call" || (word === "conversation" && !place) ? "phone_call" : word === "talks" ? "talks" : "meeting";
  return { ...contact, kind, date: null, place: kind === "phone_call" ? null : place, reportedDay: null, earlierThan: before };
}

// "…, their second meeting in just over a month after talks in Sochi on Aug. 5", "…, their first conversation since the joint call
// Macron and Olaf Scholz held with Putin on 28 May", "… for the first high-level talks between the two sides since an Oval Office
// clash between Donald Trump and Volodymyr Zelensky on Feb. 28", "his first meeting with Vance since their clash in the Oval Office on
// February 28": a contact counted against an earlier one, told by a noun or "they met" after "since"/"after" (the noun is [2], the
// verb [3]; not "since the war began", "since the invasion", no contact; nor "since his visit", whose host it does not say)
const COUNTED_LEAD = String.raw`\b(?:their|his|her|the)\s+(?:first|second|third|fourth|fifth|sixth)\b[^,;.()]{0,60}?`;
const EARLIER_TAIL = new RegExp(
  String.raw`${COUNTED_LEAD}\b(since|after)\s+(?:(?:their|the|a|an)\s+(?:[\p{L}'’–-]+\s+){0,3}?(call|conversation|meeting|talks|negotiations|summit|clash|encounter)\b|(?:they|the\s+two(?:\s+(?:leaders|men|presidents))?)\s+(?:last\s+)?(met|spoke|talked)\b|(?:[\p{L}'’–-]+\s+){0,2}?(talks|negotiations)\b)`,
  "iu",
);

/** Where an "…, their second meeting after talks in Sochi on Aug. 5" tells the earlier contact ("since"/"after" on), else -1. */
export function earlierTailAt(text: string): number {
  const m = EARLIER_TAIL.exec(text);
  return m ? tailOpening(m) : -1;
}
/** Where the "since"/"after" of an EARLIER_TAIL match opens. */
const tailOpening = (m: RegExpExecArray): number => m.index + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase());

/**
 * The earlier contact an "…, their second meeting … after talks in Sochi on Aug. 5" tells: between those its words name when they
 * are of two countries ("since an Oval Office clash between Trump and Zelensky"), else, when the lead says whose ("their", "his …
 * with Vance", "between the two sides"), the pair of `contact`; on the day it names before `contact`'s. Null when it names no such
 * day, or when it is another's contact ("since the talks on May 16 between Russian and Ukrainian delegations").
 */
export function earlierTail(text: string, published: string | null, contact: ArticleContact): Mention | null {
  const m = EARLIER_TAIL.exec(text);
  if (!m) return null;
  const at = tailOpening(m);
  // (to the end of its clause: "…, after talks in Sochi on Aug. 5, and …" ends at the comma that opens another)
  const tail = text.slice(at).split(/[;.]|,\s+(?:and|but|while|when|where|as)\b/)[0]!;
  // (what goes on to say whose the contact was, "…, where Ukrainian and Russian delegations met", is read as others')
  if (/^[^.;]*\b(?:between|where|delegations?)\b/i.test(text.slice(at)) && !namedOfTwoCountries(tail)) return null;
  const lead = text.slice(m.index, at);
  const own = namedOfTwoCountries(tail);
  const theirs = /\b(?:their|his|her)\b|\bbetween\s+(?:the\s+two|them)\b/i.test(lead) || /^\w+\s+(?:their|they|the\s+two)\b/i.test(tail);
  const participants = own ?? (theirs ? [...contact.participants] : null);
  if (!participants) return null;
  const before = contact.date ?? published?.slice(0, 10) ?? "9999";
  const day = findTimeRefs(text, published).find((r) => r.at >= at && r.at < at + tail.length && r.precision === "day" && r.start && !r.relative && r.start < before)?.start;
  if (!day) return null;
  const word = (m[2] ?? m[3] ?? m[4] ?? "").toLowerCase();
  const place = PLACE.exec(tail)?.[1] ?? null;
  const kind: ContactKind = word === "call" || word === "spoke" || word === "talked" || (word === "conversation" && !place) ? "phone_call" : word === "talks" || word === "negotiations" ? "talks" : "meeting";
  return { ...contact, kind, participants: [...participants].sort(), date: day, place: kind === "phone_call" ? null : place, reportedDay: null };
}

/** Those `text` names, when they are of two countries at least; else null. */
function namedOfTwoCountries(text: string): string[] | null {
  const named = namedIn(text);
  return new Set(named.map(countryOf)).size >= 2 ? named : null;
}

export function earlierContact(text: string, published: string | null, contact: ArticleContact): Mention | null {
  const m = EARLIER_IN_SENTENCE.exec(text);
  if (!m) return earlierTail(text, published, contact) ?? earlierInMonth(text, published, contact);
  if (m[2] && heldByOthers(m, text)) return null;
  const at = m.index + m[0].length;
  // (the date's own "on" may be read as part of it)
  const day = findTimeRefs(text, published).find((r) => r.at >= at - 3 && r.at <= at && r.precision === "day" && r.start)?.start;
  if (!day) return earlierTail(text, published, contact);
  if (contact.date !== null && day >= contact.date) return null;
  const word = (m[1] ?? m[2] ?? "").toLowerCase();
  const kind: ContactKind = word === "call" || word === "conversation" ? "phone_call" : word === "meeting" ? "meeting" : word === "talks" ? "talks" : contact.kind;
  return { ...contact, kind, date: day, place: null };
}

// "… and held talks with him in Moscow on April 25", "… and spoke with her again on Friday": the same pair once more
const AGAIN_WITH_PRONOUN = /,?\s+and\s+(?:(?:later|then|again|also)\s+)*(?:(held|had)\s+(?:(?:further|more|new|separate)\s+)?(talks|a\s+meeting|a\s+(?:phone\s+)?call)|(met)|(spoke|talked))\s+(?:again\s+)?(?:with\s+)?(?:him|her)\b/i;

/** The pair of the contact just read, met again on a day of its own later in the sentence: "He met Putin … on April 11 and held talks with him … on April 25". */
export function againLater(text: string, published: string | null, contact: ArticleContact): ArticleContact | null {
  const m = AGAIN_WITH_PRONOUN.exec(text);
  if (!m || contact.participants.length !== 2) return null;
  const leg = text.slice(m.index);
  const day = contactDays(leg, findTimeRefs(leg, published)).find((r) => r.start && !r.relative)?.start;
  if (!day || day === contact.date) return null;
  const what = (m[2] ?? m[3] ?? m[4])!.toLowerCase();
  const kind: ContactKind = /call|spoke|talked/.test(what) ? "phone_call" : what === "talks" ? "talks" : "meeting";
  return { ...contact, kind, date: day, place: kind === "phone_call" ? null : (PLACE.exec(leg)?.[1] ?? null) };
}

// ("The previous conversation between the two presidents took place on June 4", "He last saw the Russian leader in Moscow on
// March 13", "The two last met in Alaska on August 15", "The two men had previously spoken on Thursday", "Their most recent
// conversation had been a video call on December 30", "The four last met in Paris on Jan. 26")
export const EARLIER_CONTACT =
  /^\W*(?:(?:(?:their|the)\s+(?:previous|last|first|earlier|most\s+recent|latest)(?:\s+(?:known|publicly\s+known|confirmed))?\s+(one|call|conversation|meeting|round|talks)|their\s+(?:previous|last|first|earlier|most\s+recent|latest))(?:\s+between\s+the\s+two(?:\s+\w+)?)?(?:\s+before\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this\s+one|this\s+week's|today's))?\s*(?:,|(?:took\s+place|was\s+held|came|happened|had\s+been|was\s+on)\b)|(?:he|she)\s+(?:had\s+)?(?:last|previously)\s+(?:(?:met|saw|visited)\s+(?!in\b|on\b|at\b|publicly\b|the\s+front\b)\S|(?:spoke|talked)\s+(?:with|to|by\s+phone)\b)|(?:they|the\s+(?:two|three|four)(?:\s+\w+)?)\s+(?:had\s+)?(?:last|previously)\s+(?:met|spoke|spoken|talked)\b)/i;
// "It was the first conversation between the two since September 13", "It was their first meeting since June": the pair's contact
// before the one just told, by "the two" or "their" (not who else is named: "the first call between Trump and Zelensky since …";
// nor what happened then, "since the full-scale invasion began on February 24, 2022": no contact that day)
export const FIRST_SINCE = new RegExp(
  String.raw`^\W*(?:it|this|that)\s+(?:was|is|marked)\s+(?:the|their)\s+first\s+(?:${CONTACT_MANNER}\s+)?(call|conversation|meeting|talks|contact)\s+(?:${BETWEEN_THE_TWO}\s+)?since\b(?!\s+(?:the\s+(?:start|beginning|outbreak|launch|(?:full[\s-]scale\s+|Russian\s+)?(?:invasion|war))\b|(?:[\p{L}'’.-]+\s+){1,4}(?:invaded|began|begun|started|took|launched|returned|became|won|was|were|annexed|attacked)\b))`,
  "iu",
);
// "the conversation on Tuesday evening", "the talks on Monday": the contact told just before, by its day
const THE_CONTACT_ON = /\bthe\s+(?:conversation|talks|meeting|call|negotiations)\s+(?=(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/i;

/** The one day "the conversation on Tuesday evening" names; null when the sentence names the contact no such way. */
export function dayOfTheContact(text: string, published: string | null): string | null {
  const m = THE_CONTACT_ON.exec(text);
  if (!m) return null;
  const after = m.index + m[0].length;
  return contactDays(text, findTimeRefs(text, published)).find((r) => r.at >= after && r.at <= after + 10 && r.start && !r.relative)?.start ?? null;
}

// "The second, on March 18, …", "The third round, on July 23": the next contact of a series the sentence before began counting
const NEXT_IN_SERIES = /^\W*(?:the|their)\s+(?:second|third|fourth|fifth|sixth|next)(?:\s+(one|call|conversation|meeting|round))?\s*,\s+(?:on|in)\s/i;
const SERIES_BEFORE = /\b(?:first|second|third|fourth|fifth)\b/i;
// (with no noun of its own, only a contact's predicate tells it is one: "The second, on March 18, lasted two and a half hours",
// "The second, on June 2, produced an exchange of memorandums"; not "The second, on June 1, was the largest of the war", after
// a meeting that agreed on two prisoner exchanges)
const SERIES_PREDICATE = /^\W*(?:lasted|took\s+place|(?:was|were)\s+held|ended|began|started|went\s+ahead|produced|yielded|agreed|brought|resulted\s+in)\b/i;

/** The contact told as the next of a counted series, of the pair and kind of the one told just before, on a later day; null when the sentence is not so. */
export function nextInSeries(article: Article, s: Article["sentences"][number], text: string, last: Mention): Mention | null {
  const m = NEXT_IN_SERIES.exec(text);
  if (!m || s.index === 0 || !SERIES_BEFORE.test(sentenceText(article, article.sentences[s.index - 1]!))) return null;
  if (!m[1] && !SERIES_PREDICATE.test(text.slice(m.index + m[0].length).replace(/^[^,]*,/, ""))) return null;
  const day = contactDays(text, findTimeRefs(text, article.meta.published)).find((r) => r.start && !r.relative)?.start;
  if (!day || (last.date !== null && day <= last.date)) return null;
  const word = (m[1] ?? "").toLowerCase();
  const kind: ContactKind = word === "call" || word === "conversation" ? "phone_call" : word === "meeting" ? "meeting" : word === "round" ? "talks" : last.kind;
  return { ...last, kind, date: day, reportedDay: null, place: kind === "phone_call" ? null : (PLACE.exec(text)?.[1] ?? null) };
}

// "the third publicly confirmed conversation between the two men": the pair's contacts counted
export const COUNTED_CONTACT = /\b(?:second|third|fourth|fifth|sixth|seventh|\d+(?:nd|rd|th))\s+(?:[\w-]+\s+){0,3}(?:conversation|call|meeting|talks|summit)\s+between\s+the\s+(?:two|three)\b/i;
// "It was Scholz's first conversation with Putin since their call on May 13": the pair just reported, counted from its contact before
const SINCE_EARLIER = /\bsince\s+(?:their|a|the)\s+(?:(?:last|previous)\s+)?(call|conversation|meeting|talks)\s+on\s/i;

/** The "since their call on May 13" of a sentence that names no one but the pair just reported (its kind word as [1]), else null. */
export function sinceEarlier(text: string, pair: readonly string[]): RegExpExecArray | null {
  const m = SINCE_EARLIER.exec(text);
  const named = m ? namedIn(text) : [];
  return m && named.length >= 2 && named.every((n) => pair.includes(n)) && !heldByOthers(m, text) ? m : null;
}

/**
 * A "since the talks on May 16" (not "their") that goes on to say whose they were: "… in Istanbul between Russian and Ukrainian
 * delegations", "…, where Ukrainian and Russian delegations met": others' contact, not the pair's.
 */
const heldByOthers = (m: RegExpExecArray, text: string): boolean =>
  !/\btheir\b/i.test(m[0]) && /^[^.;]*?\b(?:between|where|delegations?)\b/i.test(text.slice(m.index + m[0].length));
