/**
 * Contacts a sentence tells besides its main one: in an aside ("hours after Trump's call with Putin"), in a clause of another
 * day, or as what the contact told of.
 */

import { type ContactKind, addDays } from "@salvo/core";
import { findTimeRefs, smallCount } from "./dates.ts";
import { PEOPLE, isNamed } from "./people.ts";
import { OTHER_DAY_CLAUSE, briefedFrom } from "./bystanders.ts";
import { PLACE } from "./contact.ts";
import { contactDays } from "./contact-dates.ts";
import { COUNTRY_WORDS } from "./delegations.ts";
import { HELD_CONTACT_VERB, heldContact } from "./held-contact.ts";
import { REPORTED, mentionsOf } from "./person-mentions.ts";

// What a contact's sentence says beside it: "…, hours after Trump's call with Putin", "one day after a call with Putin"
const HOW_MANY = "(?:just|only|some|about|barely|several|a\\s+few|a|one|two|three|four|five|\\d+)";
const SOON = "(?:shortly|soon|just|immediately)";
// (", which followed talks between the UN chief and Lavrov earlier in the day", ", which Trump followed with a separate call to
// Zelensky": another contact of that day)
// (", just as Chinese President Xi Jinping was sitting down with Vladimir Putin in the Kremlin": another contact at that same time)
export const ASIDE = new RegExp(`,?\\s+(?:${HOW_MANY}\\s+)?(?:hours?|days?|weeks?)\\s+(?:after|before)\\b|,\\s+${SOON}\\s+(?:after|before)\\b|,\\s+(?:just|even)\\s+as\\b|,\\s+which\\s+(?:followed|preceded|came\\s+after|(?:\\S+\\s+){1,3}followed\\s+(?:up\\s+)?with)\\b`, "i");
// (the day of a contact told beside another: hours or a day from it; further off, the text's own date is needed)
const ASIDE_SHIFT = new RegExp(`^,?\\s+(?:(?:(?:${HOW_MANY}\\s+)?hours|(a|one)\\s+day|${SOON})\\s+(after|before)|(?:just|even)\\s+as|which\\s+(?:followed|preceded|came\\s+after|(?:\\S+\\s+){1,3}followed\\s+(?:up\\s+)?with))\\b`, "i");
const ASIDE_CONTACT = /\b(?:call|conversation|talks|meeting|summit|met|spoke|talked|visited|hosted|received|(?:sitting|sat)\s+down)\b/i;
// ("talks between the UN chief and Foreign Minister Sergey Lavrov": the one named by his office is the subject)
const A_CONTACT_WITH = /\b(?:a|his|her|their)\s+(?:\S+\s+){0,2}(?:call|conversation|meeting|talks)\s+with\b|\b(?:call|conversation|meeting|talks)\s+between\s+the\s+(?:[\w.-]+\s+){1,3}and\s/i;

const SUBJECT_DID = /^,?\s+(?:\S+\s+){0,3}?(?:after|before)\s+(?:meeting|hosting|receiving|visiting|(?:speaking|talking)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)|holding\s+talks\s+with)\s/i;

/** Whether people are of two states at least: a contact is between states, not one's own envoy briefing his principal. */
export function ofStates(people: ReadonlyArray<{ country: string }>): boolean {
  return new Set(people.map((p) => p.country)).size >= 2;
}

/**
 * The contact a clause tells by its own past verb, between people of two countries at least: its kind and who it names; null
 * when it tells none. (Not "but on Monday Putin rejected a meeting with Zelensky", "and on Monday Zelensky said talks with Putin
 * were pointless", nor one to come, "and on Monday Zelensky meets Merz".)
 */
function heldBetweenStates(clause: string): { kind: ContactKind; at: number; verb: RegExpExecArray; named: typeof PEOPLE } | null {
  const cue = heldContact(clause);
  const verb = cue ? HELD_CONTACT_VERB.exec(clause) : null;
  const named = PEOPLE.filter((p) => isNamed(p, clause));
  if (!cue || !verb || !ofStates(named)) return null;
  return { ...cue, verb, named };
}

/** The contact a clause of another day tells after the sentence's own: "Macron met Zelensky in Paris on Sunday, and on Monday Zelensky met Merz in Berlin". */
export function otherDayContact(text: string, cueAt: number, published: string | null): { kind: ContactKind; participants: string[]; date: string | null; place: string | null } | null {
  const m = OTHER_DAY_CLAUSE.exec(text.slice(cueAt));
  if (!m) return null;
  const clause = text.slice(cueAt + m.index);
  const held = heldBetweenStates(clause);
  if (!held) return null;
  const { kind, verb, named } = held;
  // (its day is the telling's when it is told: "and on Tuesday Trump said he had spoken with Zelensky", held before, undated)
  const told = REPORTED.test(` ${clause.slice(0, verb.index)}`);
  const date = told ? null : (contactDays(clause, findTimeRefs(clause, published)).find((r) => r.start && !r.relative)?.start ?? null);
  return { kind, participants: named.map((p) => p.name).sort(), date, place: kind === "phone_call" ? null : (PLACE.exec(clause)?.[1] ?? null) };
}

// "The attack came less than two weeks after Trump hosted Putin in Anchorage, and ten days after Zelensky and European leaders met
// Trump at the White House": a second "after" of the same news, coordinated with the first, tells a contact of its own (its day
// counted back from what came, unless it names one)
const AND_AFTER = /,\s+and\s+(?:just\s+|only\s+|barely\s+|exactly\s+)?((?:less|more)\s+than\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(hours?|days?|weeks?)\s+after\s+(?=\p{Lu})/iu;
const AFTER_BEFORE = /\b(?:hours?|days?|weeks?|months?)\s+after\b/i;

/** Where a coordinated "…, and N days after …" opens, past the contact's cue inside a first "after"; null when there is none. */
export function andAfterAt(text: string, cueAt: number): number | null {
  const m = AND_AFTER.exec(text.slice(cueAt));
  return m && AFTER_BEFORE.test(text.slice(0, cueAt)) ? cueAt + m.index : null;
}

/**
 * The contact a coordinated "…, and N days after …" tells beside the one the first "after" told ("came two weeks after A met B, and
 * ten days after C met D"): its kind, who is named in it, its own day and, when it names none and the count is exact, the days to
 * count back from what came. `at`: where andAfterAt found it.
 */
export function andAfterContact(text: string, at: number, published: string | null): { at: number; kind: ContactKind; participants: string[]; date: string | null; daysBack: number | null } | null {
  const m = AND_AFTER.exec(text.slice(at));
  if (!m) return null;
  const clause = text.slice(at + m[0].length).split(";")[0]!;
  const held = heldBetweenStates(clause);
  if (!held) return null;
  const { kind, named } = held;
  const date = contactDays(clause, findTimeRefs(clause, published)).find((r) => r.start && !r.relative)?.start ?? null;
  // (no day when the count is not exact: "and less than a week after …"; the day itself "hours after")
  const daysBack = m[1] ? null : /^hour/i.test(m[3]!) ? 0 : smallCount(m[2]!) * (/^week/i.test(m[3]!) ? 7 : 1);
  return { at, kind, participants: named.map((p) => p.name).sort(), date, daysBack };
}

// ", a day after the U.S. president held a phone call with Vladimir Putin": the aside's own subject, named before by his office
const ASIDE_TITLED = /^,?\s+(?:\S+\s+){0,3}?(?:after|before)\s+the\s+(\S+)\s+(?:president|leader|prime\s+minister|chancellor)\b/iu;
function titledSubject(text: string, aside: string): string | null {
  const m = ASIDE_TITLED.exec(aside);
  const country = m ? COUNTRY_WORDS.find(([re]) => re.test(m[1]!))?.[1] : undefined;
  const named = country ? PEOPLE.filter((p) => p.country === country && isNamed(p, text)) : [];
  return named.length === 1 ? named[0]!.name : null;
}

// "Zelensky and Tusk on Saturday led a wave of criticism of Scholz, a day after his call with Putin": a subject of two joined by
// "and" is no "his"; the aside's possessive is the one the head names last, after that subject
const JOINED_SUBJECT = /^\W*(?:\p{Lu}[\p{L}'’.-]*\s+)+and\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+|$))+/u;
const ASIDE_POSSESSIVE = /^,?\s+(?:\S+\s+){0,3}?(?:after|before)\s+(?:his|her)\b/i;
function possessor(text: string, asideFrom: number, sentenceSubject: string | null): string | null {
  const head = text.slice(0, asideFrom);
  const joined = JOINED_SUBJECT.exec(head);
  if (!joined || !ASIDE_POSSESSIVE.test(text.slice(asideFrom))) return sentenceSubject;
  const after = PEOPLE.map((p) => ({ p, at: mentionsOf(head, p).filter((i) => i >= joined[0].length).at(-1) ?? -1 })).filter((x) => x.at >= 0);
  return after.sort((a, b) => b.at - a.at)[0]?.p.name ?? null;
}

/** The contact an aside tells of, with the day it gives from the contact's: "hours after Trump's call with Putin". */
export function asideContact(text: string, asideFrom: number, date: string | null, sentenceSubject: string | null, published: string | null): { kind: ContactKind; participants: string[]; date: string | null } | null {
  const aside = text.slice(asideFrom);
  const subject = titledSubject(text, aside) ?? possessor(text, asideFrom, sentenceSubject);
  const kind = heldContact(aside)?.kind;
  if (!kind || !ASIDE_CONTACT.test(aside)) return null;
  const named = PEOPLE.filter((p) => isNamed(p, aside));
  // (the subject takes part when the aside names one other, or says "he": "a day after he and Witkoff held talks with Yermak"; or
  // tells the subject's own doing: "…, a day after meeting Ukraine's Volodymyr Zelensky in Kyiv")
  const withSubject = subject && !named.some((p) => p.name === subject) && ((named.length === 1 && (A_CONTACT_WITH.test(aside) || SUBJECT_DID.test(aside))) || /^\W*\S+\s+(?:\S+\s+)?(?:after|before|followed|preceded)\s+(?:he|she)\b/i.test(aside));
  const people = withSubject ? [...named.map((p) => ({ name: p.name, country: p.country })), PEOPLE.find((p) => p.name === subject)!] : named;
  if (new Set(people.map((p) => p.country)).size < 2) return null;
  const shift = ASIDE_SHIFT.exec(aside);
  if (!shift) return null;
  const days = shift[1] ? 1 : 0;
  // (its own day first: "a day after Macron and Scholz spoke to Putin on Saturday")
  const own = contactDays(aside, findTimeRefs(aside, published)).find((r) => r.start && !r.relative)?.start;
  const day = own ?? (date ? addDays(date, /after/i.test(shift[2] ?? "") ? -days : days) : null);
  return { kind, participants: people.map((p) => p.name).sort(), date: day };
}

export function briefedOn(text: string, cueAt: number, subject: string | null, published: string | null): { kind: ContactKind; participants: string[]; date: string | null } | null {
  const m = briefedFrom(text, cueAt);
  const own = subject ? PEOPLE.find((p) => p.name === subject) : undefined;
  if (!m || !own) return null;
  const clause = text.slice(m.index);
  const people = [own, ...PEOPLE.filter((p) => p.name !== own.name && isNamed(p, clause))];
  if (!ofStates(people)) return null;
  const noun = m[1]!.toLowerCase();
  const kind: ContactKind = noun === "call" || noun === "conversation" ? "phone_call" : noun === "talks" ? "talks" : noun === "visit" ? "visit" : "meeting";
  const date = contactDays(clause, findTimeRefs(clause, published)).find((r) => r.start && !r.relative)?.start ?? null;
  return { kind, participants: people.map((p) => p.name).sort(), date };
}

// ("spoke by phone with", "talked on the telephone to")
const BY_PHONE = String.raw`(?:by\s+(?:tele)?phone\s+|on\s+the\s+(?:tele)?phone\s+)?`;
// "… travelled to Kyiv together and called Trump from Zelensky's office": the same subject's call, told by its verb after the
// contact's own ("and then phoned", "and spoke by phone with"; not "and said", nor a clause with a subject of its own, "and Trump
// called Putin")
// (or with one more, "… travelled to Kyiv together by night train, and with Zelensky they phoned Trump")
// (or one the subject joined: "… in Brussels, where he met von der Leyen and joined a video call of the "coalition of the willing"
// chaired by Starmer, Macron and Merz")
// (or by breaking off the contact for it: "hosted Zelensky and seven European leaders at the White House, interrupting the meeting
// to telephone Putin", "…, stepping out of the talks to speak to Putin"; not a call only urged, "…, urging him to call Putin")
const THEN_CALLED = new RegExp(
  String.raw`,?\s+and\s+(?:with\s+[^,;.]{1,60}?\s+they\s+|they\s+)?(?:then\s+|later\s+|also\s+|together\s+)?(?:called|phoned|telephoned|rang|(?:spoke|talked)\s+${BY_PHONE}(?:with|to)|joined\s+(?:a|the)\s+(?:video\s+|phone\s+|telephone\s+|conference\s+)?call\b)\s+|,?\s+(?:interrupting|breaking\s+off|pausing|leaving|stepping\s+(?:out|away)\s+(?:of|from))\s+(?:the|that|this|it|them)\b[^,.;]{0,40}?\s+to\s+(?:step\s+(?:out|away|aside)\s+and\s+)?(?:call|phone|telephone|ring|(?:speak|talk)\s+${BY_PHONE}(?:with|to))\s+`,
  "i",
);

/**
 * The call a sentence tells after its in-person contact, by the same subject: those named before the contact's cue (its subject)
 * with those named only after the call's verb, and the names the call alone has, to be left out of the contact; null when the
 * sentence is not so, or the call names no one of another country.
 */
export function thenCalled(text: string, cueAt: number, people: ReadonlyArray<{ name: string; country: string }>): { participants: string[]; only: string[] } | null {
  const m = THEN_CALLED.exec(text.slice(cueAt));
  if (!m) return null;
  const at = cueAt + m.index;
  const seen = new Map(people.map((p) => {
    const known = PEOPLE.find((x) => x.name === p.name);
    return [p.name, known ? mentionsOf(text, known) : []];
  }));
  const only = people.filter((p) => seen.get(p.name)!.length > 0 && seen.get(p.name)!.every((i) => i > at));
  const subject = people.filter((p) => seen.get(p.name)!.length > 0 && seen.get(p.name)!.every((i) => i < cueAt));
  if (only.length === 0 || subject.length === 0) return null;
  const callers = [...subject, ...only];
  if (!ofStates(callers)) return null;
  return { participants: callers.map((p) => p.name).sort(), only: only.map((p) => p.name) };
}

// Where a clause of its own opens: a semicolon, or a conjunction before a name ("…, and Germany's Boris Pistorius met Zelensky there
// the next day", "…, while French President Emmanuel Macron met Trump in Washington on Monday"; a day opening it is the other-day
// clause's, read by otherDayContact)
const CLAUSE_APART = /;\s*|,\s+(?:and|while|whereas)\s+(?=\p{Lu})(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/u;

/**
 * The contact the clause after a semicolon (or a conjunction before a name) tells with a subject of its own, named before its own cue: "Steve Witkoff carried it to
 * Moscow and saw Putin on 13 March; five days later, Trump and Putin spoke for more than two hours". Its day is its own, else
 * `daysAfter` the contact's; `only`, the names the clause alone has, to be left out of the contact. Null when the sentence is not
 * so (not "met Putin; he also held talks with Lavrov", a trip's leg).
 */
export function semicolonContact(text: string, cueAt: number, published: string | null): { at: number; kind: ContactKind; participants: string[]; only: string[]; date: string | null; daysAfter: number | null } | null {
  const opener = CLAUSE_APART.exec(text.slice(cueAt));
  if (!opener) return null;
  const semicolon = cueAt + opener.index;
  const clause = text.slice(semicolon + opener[0].length);
  // (a contact its own past verb tells, as in a clause of another day)
  const held = heldBetweenStates(clause);
  if (!held) return null;
  const { kind, named } = held;
  if (!named.some((p) => mentionsOf(clause, p).some((i) => i < held.at))) return null;
  const head = text.slice(0, semicolon);
  const only = named.filter((p) => !isNamed(p, head)).map((p) => p.name);
  if (only.length === 0) return null;
  const refs = contactDays(clause, findTimeRefs(clause, published));
  const own = refs.find((r) => r.start && !r.relative)?.start ?? null;
  const later = refs.find((r) => (r.relative === "days-later" && (r.days ?? 0) > 0) || r.relative === "next-day");
  return { at: semicolon, kind, participants: named.map((p) => p.name).sort(), only, date: own, daysAfter: own ? null : later ? (later.relative === "next-day" ? 1 : later.days!) : null };
}
