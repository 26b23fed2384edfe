/**
 * The days that date a contact: those its sentence names, a list of days, the sentences or contacts before it, what came
 * after it.
 */

import { type Article, type ContactKind, addDays, sentenceText } from "@salvo/core";
import { COMMEMORATED, INLINE_DATELINE } from "./attack-dates.ts";
import { type TimeRef, bareNight, findTimeRefs, openingDate, smallCount } from "./dates.ts";
import { PEOPLE, isNamed } from "./people.ts";
import { type Mention, family } from "./contact.ts";
import { OCCASION, OPENING_DONE, heldContact } from "./held-contact.ts";
import { WRITTEN_NOW, liveEntryDay } from "./live-entry-day.ts";

// the items of a list: "A, B and C", "May 16, June 2, and July 23"
export const LIST_ITEMS = /\s*,\s*(?:and\s+)?|\s+and\s+/;

// what came so many days after the contact: an attack, or a contact the text told before ("The attack came two days after
// Witkoff met Putin", "The Brussels visit came a day after Zelensky signed a pact with Sanchez")
const CAME_ATTACK = /\b(?:attacks?|strikes?|barrage|bombardment|shelling|incident)\b/i;
const CAME_CONTACT = /\b(?:call|conversation|talks|negotiations|visit|trip|meeting|gathering)\b/i;

/**
 * The day of what "came N days after" the contact: the day its own words name ("Monday's talks came five days after …"),
 * else the article's attack ("The attack came two days after …": the day it ended) or a contact of that kind told before
 * ("The call came a day after …"); null when the sentence says neither or both.
 */
export function cameFrom(text: string, cameAt: number, refs: readonly TimeRef[], strike: { start: string; end: string } | null, out: readonly Mention[], paragraphStart: number): string | null {
  const head = text.slice(0, cameAt);
  // (a day of the subject's own: not "The strike was the largest since Aug. 26, when …, and came two days after")
  const own = /[,;]/.test(head) ? null : refs.find((r) => r.start && !r.relative && r.at < cameAt)?.start;
  if (own) return own;
  const what = CAME_CONTACT.exec(head)?.[0].toLowerCase();
  const attack = CAME_ATTACK.test(head);
  if (attack === (what !== undefined)) return null;
  if (attack) return strike?.end ?? null;
  // (the contact of that kind its paragraph told, "Guterres met Zelensky in Kyiv on Thursday. His visit came four days after …",
  // else the article's first, the one it is about: "The talks came a day after …" in a report of the talks)
  const kind = what === "call" || what === "conversation" ? "call" : "in-person";
  const dated = out.filter((c) => family(c.kind) === kind && (c.date ?? c.reportedDay));
  const told = dated.findLast((c) => c.quote_start >= paragraphStart) ?? dated[0];
  return told ? (told.date ?? told.reportedDay ?? null) : null;
}

// "The strikes came as Putin met Kim Jong Un", "The attack came on the day that Johnson made an unannounced visit to Kyiv", "The
// strikes coincided with the visit of Charles Michel": what the attack came beside, at its time, not so many days or hours from it
const ALONGSIDE = /\b(?:came|comes|happened)\s+(?:just\s+)?(?:as|while|on\s+the\s+(?:same\s+)?day)\b|\bcoincided\s+with\b/i;

/**
 * The day of a contact an attack is told as coinciding with: the attack's (the day it ended, the day of the contact held while
 * it went on); null unless the attack is the subject of "came as", "came on the day" or "coincided with" and the contact follows.
 */
export function alongsideAttack(text: string, cueAt: number, attack: { start: string; end: string } | null): string | null {
  const m = ALONGSIDE.exec(text);
  if (!m || !attack || m.index > cueAt) return null;
  // (the article's attack, the sentence's bare subject: not "The visit came as …", nor "The strike on Ternopil came as …" in a week's
  // round-up, an attack of its own that the article's lead need not be)
  return THE_ATTACK.test(text.slice(0, m.index)) ? attack.end : null;
}
// "On the day of the attack, Zelensky was in Ankara, where he met Erdogan": the attack's day (the day it ended)
const ON_ATTACK_DAY = /\b(?:on\s+)?the\s+(?:same\s+)?day\s+of\s+(?:the|that|this)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:attacks?|strikes?|barrage|bombardment|shelling)\b/u;

/** The day of a contact told as on the day of the article's attack ("On the day of the attack, …"); null else. */
export function onAttackDay(text: string, cueAt: number, attack: { start: string; end: string } | null): string | null {
  const m = ON_ATTACK_DAY.exec(text);
  return m && attack && m.index < cueAt ? attack.end : null;
}
const THE_ATTACK = /^\W*(?:the|this|that|these|those|its|their|[\p{L}]+day['’]s|overnight|last\s+night['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks?|strikes?|barrage|bombardment|shelling)\s*$/iu;

/** The days a sentence names, each of a list too ("on May 16, June 2 and July 23", which the date reader takes for a span). */
export function listedDays(text: string, published: string | null): string[] {
  const days = findTimeRefs(text, published).flatMap((r) => {
    if (r.relative || !r.start) return [];
    // (not a span, "between May 16 and June 2", nor days of one contact, "on April 2 and 3": each of the list a day of its own)
    const parts = r.precision === "day" || /^(?:between|from)\b/i.test(r.text) ? [] : r.text.split(LIST_ITEMS);
    const each = parts.map((part) => findTimeRefs(part, published).find((d) => d.precision === "day" && d.start && !d.relative)?.start);
    if (parts.length >= 2 && each.every((d) => d !== undefined)) return each as string[];
    return contactDays(text, [r]).filter((d) => d.precision === "day" && d.start).map((d) => d.start!);
  });
  return [...new Set(days)];
}

// what may stand between two days of one list: "on Feb. 11, again in Moscow on March 13", "on Saturday and again on Sunday"
const RESPECTIVELY = /\brespectively\b/i;
const COUNTED_TIMES = /\b(?:twice|(?:two|three|four|five|six|\d+)\s+times)\b/i;
const LIST_GAP = /^\s*,?\s*(?:and\s+)?(?:(?:again|then|later)\s+)?(?:(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?$/u;

/**
 * The days of a list that dates one contact each ("met twice, on May 16 and June 2", "spoke on Saturday and again on Sunday",
 * "has met Putin four times: in Moscow on Feb. 11, again in Moscow on March 13, …"): two or more, each a day of its own, none
 * after the report; null when the sentence names no such list.
 */
export function listedContactDays(text: string, published: string | null): string[] | null {
  // (not each of its own people: "Macron and Starmer both met Trump, on Monday and Thursday respectively")
  if (RESPECTIVELY.test(text)) return null;
  const refs = findTimeRefs(text, published);
  // (the first run of days one after another in the list: not "…, and is expected at the White House on Friday")
  const days: TimeRef[] = [];
  const gaps: string[] = [];
  for (const r of contactDays(text, refs).filter((d) => d.start && !d.relative)) {
    const gap = days.length > 0 ? text.slice(days.at(-1)!.at + days.at(-1)!.text.length, r.at) : "";
    if (days.length > 0 && !LIST_GAP.test(gap)) {
      if (days.length >= 2) break;
      days.length = 0;
      gaps.length = 0;
    } else if (days.length > 0) gaps.push(gap);
    days.push(r);
  }
  // (days told apart, "again", "twice", "four times": not a clause of its own, "met Umerov on Sunday, and on Monday held talks
  // with Karasin", nor the days of one contact, "met a Russian delegation on Monday and Tuesday")
  // (nor the list's last day heading a clause of its own, with another person or verb: "spoke with Macron on Saturday and again
  // on Sunday with Starmer", "held talks with Witkoff on Thursday and again on Friday met Xi Jinping"; nor a count told of
  // another contact in an aside, "Putin, who has spoken with Trump six times this year, …")
  const end = days.length >= 2 ? text.slice(days.at(-1)!.at + days.at(-1)!.text.length) : "";
  const ownClause = /^\s*(?:with\b|(?!and\b|in\b|at\b)[a-z]+\s+\p{Lu})/u.test(end);
  const counted = COUNTED_TIMES.test(text.replace(/,\s*(?:who|which)\b[^,]*,/gi, ","));
  // (or each day with its own "on", none the day after the one before: "faced each other in Istanbul on 16 May, on 2 June and on
  // 23 July"; not "on Monday and on Tuesday", one two-day contact, nor a list that goes on with a subject of its own, "on Friday,
  // and on Monday Zelensky returns to the White House")
  const eachOn = /^\s*(?:[,;.]|$)/.test(end) && days.every((r, i) => /^on\s/i.test(r.text) && (i === 0 || addDays(days[i - 1]!.start!, 1) !== r.start));
  const joined = days.length >= 2 && !ownClause && (gaps.some((g) => /\bagain\b/i.test(g)) || counted || eachOn);
  const list = joined ? days.map((r) => r.start!) : refs.length === 1 ? listedDays(text, published) : [];
  if (list.length < 2 || new Set(list).size < list.length) return null;
  if (!joined && list.some((d, i) => i > 0 && addDays(list[i - 1]!, 1) === d)) return null;
  if (published && list.some((d) => d > published.slice(0, 10))) return null;
  return list;
}

const TRUCE_BEFORE = /\b(?:ceasefire|cease-fire|truce|moratorium|pause|halt)\s+$/i;
const OTHER_ONES_DAY = /\b(?:the|their)\s+(?:first|previous|last|earlier|other)(?:\s+(?:one|call|meeting|conversation|round))?\s+(?:was|came|took\s+place|had\s+been)\s+(?:held\s+)?(?:on\s+)?$/i;

/**
 * The days a sentence names that can date a contact: "on Tuesday"; "early this morning", that day; "late on Saturday
 * night", the day that night began. Not a bare "overnight" (the attacks'), nor a day remembered ("the memorial to the
 * victims of the Sept. 11 attacks").
 */
export function contactDays(text: string, refs: readonly TimeRef[]): TimeRef[] {
  // (not the wire's dateline: "KYIV, March 5 (Wirenews) - Zelensky met Duda …" is the day the copy was filed)
  // (a fact box's "Sunday, Nov. 23 - Rubio meets …" line is dated by it, not filed)
  const line = INLINE_DATELINE.exec(text)?.[0] ?? "";
  const dateline = /^\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b/i.test(line) ? 0 : line.length;
  return refs.flatMap((r): TimeRef[] => {
    if (r.at < dateline) return [];
    if (COMMEMORATED.test(text.slice(Math.max(0, r.at - 60), r.at))) return [];
    // ("The call was the second between them; the first was on Feb. 12": another contact's day)
    if (OTHER_ONES_DAY.test(text.slice(Math.max(0, r.at - 40), r.at))) return [];
    // ("… after which they called on Russia to accept a 30-day ceasefire from Monday": when a truce begins)
    if (/^from\s/i.test(r.text) && TRUCE_BEFORE.test(text.slice(Math.max(0, r.at - 40), r.at))) return [];
    if (r.precision === "day") return [r];
    if (r.precision !== "night") return [];
    if (r.end && /\bmorning\b/i.test(r.text)) return [{ ...r, start: r.end, precision: "day" }];
    // "Trump spoke with Putin by phone last night": the evening before the report, the night's first day, as figures read it
    // (a bare one: not beside a day named, nor the night of an attack the sentence tells, "after last night's strikes")
    if (lastNight(text, r, refs)) return [{ ...r, end: r.start, precision: "day" }];
    // "talks in Washington on April 2 and 3", "on Aug. 5-6": days of talks, from the first (not "the night of April 2-3")
    if (r.start && !r.relative && /\d\s*(?:-|–|and|to)\s*\d/.test(r.text) && !/\bnight\b/i.test(text.slice(Math.max(0, r.at - 20), r.at + r.text.length))) return [{ ...r, end: r.start, precision: "day" }];
    // (not "Saturday night's massive drone attack": the night of another event; but "In Saturday night's call")
    const possessive = /^['’]s\s+(?:\S+\s+){0,2}(?:attacks?|strikes?|barrage|shelling|raid|assault)\b/i.test(text.slice(r.at + r.text.length));
    return r.start && !r.relative && !possessive && /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:night|evening)\b/i.test(r.text) ? [{ ...r, end: r.start, precision: "day" }] : [];
  });
}

// what a night names when it is the attacks': "Russia launched 400 drones last night, as Zelensky met Rutte"
const NIGHT_ATTACK = /\b(?:attack(?:s|ed)?|strikes?|struck|barrage|bombardment|shelling|drones?|missiles?|Shaheds?|raids?|explosions?|air\s+raid|alerts?|hit|bombed|pounded|shell(?:ed|ing)|shelters?|sirens?|assault|blasts?)\b/i;
// a night that is when something was said, or what came before the contact: "Trump told reporters last night that he had spoken
// with Putin", "met Kellogg hours after … last night"
const NIGHT_NOT_CONTACT = /\b(?:told|said|says|tells)\b[^.;]*\blast night\b[^.;]*\bthat\b|\bafter\b[^,;.]*\blast night\b/i;

/** A bare "last night" that dates a contact: no other day in the sentence, no attack told beside it. */
const lastNight = (text: string, r: TimeRef, refs: readonly TimeRef[]): boolean =>
  r.start !== null && !r.relative && bareNight(r) && /^last night$/i.test(r.text) && !NIGHT_ATTACK.test(text) && !NIGHT_NOT_CONTACT.test(text) && refs.every((x) => x === r || x.precision !== "day");

/** The (up to) two sentences before `s` in its paragraph, nearest first. */
export function sentencesBefore(article: Article, s: Article["sentences"][number]): string[] {
  const out: string[] = [];
  for (let i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
    const prev = article.sentences[i]!;
    if (prev.paragraph !== s.paragraph) break;
    out.push(sentenceText(article, prev));
  }
  return out;
}

// "Their previous one, on March 18, …", "The previous meeting, on April 11 …", "Their first, on February 12, …"
// "Two days earlier, in Moscow, he had met Putin": so many days before the day named before (not "two days before the summit")
// ("A day earlier, Trump's envoy Steve Witkoff had held three hours of talks with Putin": one day)
export const DAYS_EARLIER = /^\W*(a|one|two|three|four|five|six|seven|\d)\s+(days?|weeks?)\s+(?:earlier\b|before(?=\s*,))/i;

/** The night or day a fact box's item opens with ("* AUGUST 14-15, SYZRAN - A fire broke out …"). */
export function itemAttack(article: Article, s: Article["sentences"][number]): { start: string; end: string } | null {
  const text = sentenceText(article, article.sentences.find((x) => x.paragraph === s.paragraph)!);
  const r = openingDate(text, findTimeRefs(text, article.meta.published));
  return r?.start && r.end ? { start: r.start, end: r.end } : null;
}

// "Three days after Trump met Putin in Anchorage, Zelensky returns to the White House": a contact in an opening clause, so many
// days before the day of the main clause (its own, else the one named before, else the report's when told in the present)
const OPENING_DAYS_AFTER = /^\W*(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+after\s+([^,;]+),/i;
// (a verb in the present: "Zelensky returns to", "Zelensky meets Trump"; not a plural, "European leaders flew to Washington")
const PRESENT_NEWS = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?!was\b)(?:is|are|\p{Ll}+s(?=\s+(?:to|in|at|on|for|with|the|a|an|his|her|their|its|he|she|they|that|\p{Lu})))\b/u;

export function openingDaysAfter(article: Article, s: Article["sentences"][number], text: string, cueAt: number): string | null {
  const m = OPENING_DAYS_AFTER.exec(text);
  // (someone named: not "Three days after the strike, …")
  if (!m || cueAt >= m[0].length || !/^\p{Lu}/u.test(m[3]!)) return null;
  const published = article.meta.published;
  // (its own day first: "Two days after Trump met Putin on Friday, …")
  const own = contactDays(m[0], findTimeRefs(m[0], published)).find((r) => r.start && !r.relative)?.start;
  if (own) return own;
  const main = text.slice(m[0].length);
  // (an article that opens so, no day named before it but the report's own: of the report's day, "Analysis | 20 August 2025 / Five
  // days after Donald Trump and Vladimir Putin met near Anchorage, the contours of what was agreed … are becoming clearer")
  const day = contactDays(main, findTimeRefs(main, published)).find((r) => r.start && !r.relative)?.start ?? dateFromContext(article, s, [], true) ?? (PRESENT_NEWS.test(main) || (PRESENT_TENSE.test(mainClause(main)) && noDayBefore(article, s)) ? published : null);
  return day ? addDays(day, -smallCount(m[1]!) * (/week/i.test(m[2]!) ? 7 : 1)) : null;
}

// (told in the present: not "Three days after Trump met Putin, Zelensky was in Washington", some day after)
const PRESENT_TENSE = /\b(?:is|are|has|have)\b/i;
// (its own verb, not a relative clause's: "Zelensky was in Washington with European leaders who have backed him")
const mainClause = (text: string) => text.replace(/\b(?:who|which|that|whose|whom)\b[\s\S]*$/i, "");
const noDayBefore = (article: Article, s: Article["sentences"][number]) =>
  article.sentences.slice(0, s.index).every((x) => {
    const t = sentenceText(article, x);
    return contactDays(t, findTimeRefs(t, article.meta.published)).every((r) => !r.start || r.start === article.meta.published);
  });

// "…, forcing emergency power cuts across the country two days after German Chancellor Olaf Scholz held a phone call with Vladimir
// Putin": a contact in a clause after the news, so many days before the day named for the news (else its attack's), not that day
// (not a span hedged, "less than a week after Trump met Putin": no day to count back from)
const DAYS_AFTER = /(?<!\b(?:than|about|nearly|almost|over|some|roughly|around|within|under)\s+)\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+after\s+(?=\p{Lu})[^,;]+/giu;

export function daysAfterNews(article: Article, text: string, cueAt: number, strike: { start: string; end: string } | null): string | null {
  const m = [...text.matchAll(DAYS_AFTER)].find((x) => x.index > 0 && cueAt > x.index && cueAt < x.index + x[0].length);
  if (!m) return null;
  const head = text.slice(0, m.index);
  // (its own day wins, "less than a week after Trump met Putin in Anchorage, Alaska, on August 15"; and what "came" so long
  // after is the date reader's: "The attack came less than a week after …")
  const clause = text.slice(m.index, m.index + m[0].length + 20);
  if (/\b(?:came|comes|come)\b(?:\s+\S+){0,3}\s*$/i.test(head) || contactDays(clause, findTimeRefs(clause, article.meta.published)).some((r) => r.start && !r.relative)) return null;
  const named = contactDays(head, findTimeRefs(head, article.meta.published)).filter((r) => r.start && !r.relative).at(-1)?.start;
  const day = named ?? (CAME_ATTACK.test(head) ? (strike?.end ?? null) : null);
  return day ? addDays(day, -smallCount(m[1]!) * (/week/i.test(m[2]!) ? 7 : 1)) : null;
}

// "Earlier in the day", "later that day", "the same day", "on the same day"
const SAME_DAY = /\b(?:(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day|(?:on\s+)?(?:the|that)\s+same\s+day|(?:earlier|later)\s+that\s+(?:morning|afternoon|evening))\b/i;
// "Trump then called Zelenskiy": the next contact of the day told before (a wire's age beside the name too: "Trump, 78, then
// telephoned Volodymyr Zelensky")
const THEN_NEXT = /^\W*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:,\s*\d{2},)?\s+then\s+(?:called|phoned|telephoned|rang|spoke|talked|met|held|hosted|received)\b/u;
// "He also held talks with Kuleba", "Mr Putin also met Premier Li Qiang": another contact of the last dated one's day
const ALSO_NEXT = /^\W*((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?:also|later)\s+(?:called|phoned|spoke|talked|met|held|hosted|received)\b/u;
// "The talks were held in a three-on-three format", "The meeting lasted nearly three hours": the contact just told, named again
// by its noun (and whose talks they were: not "The talks between Rubio and Lavrov …", which may be others'; nor one timed against
// another contact, "The meeting took place a day after Wang Yi received Kuleba", "The summit was assembled after Witkoff held talks")
const THE_CONTACT = /^\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir)\s+(?:[\p{L}-]+\s+)?(?:talks|meeting|summit|call|conversation|negotiations)\b,?\s+(?:was|were|had|lasted|took|ended|began|went|ran|included|held)\b(?![^.;]*\b(?:after|before|following|since|when|ahead\s+of)\b)/u;
// "Trump broke off the talks to phone Putin", "During a break, Trump telephoned Putin", "Trump stepped away to call Putin": a
// contact held in the midst of the meeting just told, on its day (when the sentence names no time of its own: not "Three days
// later Trump hosted Zelensky …, interrupting the meeting to telephone Putin")
const MIDST = /\b(?:during\s+a\s+(?:break|pause|recess)|broke\s+off\s+(?:the\s+|their\s+)?(?:talks|meeting|summit|discussions)|stepped\s+(?:away|out)\s+(?:from\s+the\s+(?:talks|meeting|summit)\s+)?to\s+(?:call|phone|telephone|speak)|interrupt(?:ed|ing)\s+(?:the\s+|their\s+)?(?:talks|meeting|summit)\s+to)\b/i;
// (only when there is one to name again: not "The Paris meeting was the largest gathering yet …" opening the report of it)
const toldJustBefore = (article: Article, s: Article["sentences"][number], out: readonly Mention[]) =>
  out.some((c) => c.quote_start < s.start && c.quote_start >= article.sentences[Math.max(0, s.index - 3)]!.start);
// ("Viktor Orban also met Putin in Moscow", after "Modi met Putin on July 8": another's contact, not of that day)
const PRONOUN_SUBJECT = /^(?:He|She|They|We)\s+$/;

/**
 * The day of a contact told as on the day of what came before: "Earlier in the day, …", "Trump then called …", "Before the
 * talks began, …" (the day of the last contact of that kind), when the sentence names no day of its own for it; null else.
 */
export function sameDayAs(article: Article, s: Article["sentences"][number], text: string, cueAt: number, near: TimeRef | null, out: readonly Mention[]): string | null {
  // (a live page's entry is of the day heading it, not of the page's latest day: "Friday 28 February / … has spoken … this evening")
  const live = liveEntryDay(article, s, near);
  if (live) return live;
  // ("The strike on the port came on the same day that … held talks": the day of what came, not of what was told before)
  // (or the day the date reader took as "that day": "Zelensky was in Ankara that day, meeting Erdogan", "That afternoon Biden
  // telephoned Zelensky", "The same afternoon Putin hosted Erdogan in Sochi")
  const thatDay = near?.relative === "that-day" ? Object.assign([near.text] as [string], { index: near.at }) : null;
  const same = /\b(?:came|comes|happened|took\s+place)\s+(?:on\s+)?the\s+same\s+day\b/i.test(text) ? null : (SAME_DAY.exec(text) ?? thatDay);
  // (the sentence's own day wins, unless "the same day" opens it: "The same day Lavrov … proposed Istanbul, on June 2"; but
  // not the day a clause of its own tells: "On the same day that Xi was in the Kremlin, Kishida arrived in Kyiv … on March 21")
  const ownClause = same && /^\s+(?:that|as|when)\b/i.test(text.slice(same.index + same[0].length));
  if (near?.start && !(same && !ownClause && (same.index < cueAt || near.text === same[0]))) return null;
  // ("After hanging up with the Russian leader, Trump phoned Zelensky": the day of the contact it opens with, told before)
  // (the contact told last, however far back, when it is dated: not a day named for something else in between, "since he was
  // sworn in on May 7")
  const alsoSubject = same ? null : (ALSO_NEXT.exec(text)?.[1] ?? null);
  const also = alsoSubject !== null;
  const last = also ? out.findLast((c) => c.quote_start < s.start) : undefined;
  // (the one the contact told last went on: its own subject again, or "he"/"she")
  const sameSubject = last !== undefined && (PRONOUN_SUBJECT.test(alsoSubject!) || last.participants.some((p) => alsoSubject!.includes(p.split(" ").at(-1)!)));
  if (last?.date && sameSubject) return last.date;
  const then = (also && sameSubject) || THEN_NEXT.test(text) || (MIDST.test(text) && !near) || OPENING_DONE.test(text) || (THE_CONTACT.test(text) && toldJustBefore(article, s, out));
  const occasion = same || then ? null : OCCASION.exec(text);
  if (!same && !then && !occasion) return null;
  if (occasion) {
    // (the talks an article is about are its lead's: "Russian and Ukrainian delegations met in Istanbul on Friday")
    const word = occasion[1]!.toLowerCase();
    const kind: ContactKind = /call|conversation/.test(word) ? "phone_call" : /talks|negotiations/.test(word) ? "talks" : "meeting";
    const held = out.findLast((c) => c.date && c.kind === kind) ?? (kind === "talks" ? out.find((c) => c.date) : undefined);
    if (held) return held.date;
  }
  // the contact told in the three sentences before, else the nearest of the five before that names one day
  // (for "the same day", "that afternoon", one of the paragraph's own first; then whichever comes nearer, a day the paragraph names
  // before a contact of another, "Nov. 24-25 - Driscoll holds talks … / Tuesday, Nov. 25 - Overnight, Russia fires 464 drones … The
  // same day Zelensky joins …"; not "The same day, Putin held talks with Raisi. Ukraine said it had shot down a drone on Tuesday.
  // Later that day Putin sat down with Sharif")
  const toldAt = (i: number) => (i >= s.index - 3 ? (out.findLast((c) => c.quote_start === article.sentences[i]!.start && c.date)?.date ?? null) : null);
  for (let i = s.index - 1; i >= 0 && i >= s.index - 3 && (!same || article.sentences[i]!.paragraph === s.paragraph); i--) {
    const told = toldAt(i);
    if (told) return told;
  }
  for (let i = s.index - 1; i >= 0 && i >= s.index - 5; i--) {
    const told = same ? toldAt(i) : null;
    if (told) return told;
    const prevText = sentenceText(article, article.sentences[i]!);
    // (not a deadline, no day anything happened on: "By Friday the State Emergency Service had put the death toll at 31")
    const refs = findTimeRefs(prevText, article.meta.published).filter((r) => !/^(?:by|until|till)\s/i.test(r.text));
    // (a night named, for "the same day": the day it ended, the attack's, "on the night of 18 to 19 November, the enemy attacked
    // … / On the same day, Zelensky met Erdogan in Ankara"; a night its days name: not "Saturday night", that day's, nor "before
    // dawn", the report's)
    const nights = same ? refs.filter((r) => r.precision === "night" && r.start && r.end && r.start < r.end && !r.relative && /\d/.test(r.text) && !/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+night\b/i.test(r.text)) : [];
    const days = new Set([...contactDays(prevText, refs).filter((r) => r.start).map((r) => r.start!), ...nights.map((r) => r.end!)]);
    if (days.size > 0) return days.size === 1 ? [...days][0]! : null;
  }
  return null;
}

/**
 * A contact its own sentence does not date: the day the paragraph's previous sentence names ("On
 * Wednesday, Trump spoke to Putin. The call lasted …"), else the publication day when the headline
 * names the same participants (the article's news is the contact).
 */
export function dateFromContext(article: Article, s: Article["sentences"][number], names: readonly string[], textOnly = false): string | null {
  const published = article.meta.published;
  // (one day, however often named: "RIYADH, Feb 18 (Wire) - … agreed on Tuesday …")
  const oneDay = (refs: readonly TimeRef[]) => {
    const days = new Set(refs.filter((r) => r.precision === "day" && r.start).map((r) => r.start!));
    return days.size === 1 ? [...days][0]! : null;
  };
  for (const text of sentencesBefore(article, s)) {
    const day = oneDay(findTimeRefs(text, published));
    if (day) return day;
  }
  // (the lead's own day, not its dateline's: "BERLIN, Feb 11 (Wire) - Advisers talked for nine hours in Berlin on Thursday")
  // "Senior U.S. and Russian officials agreed on Tuesday … / Rubio, Waltz and Witkoff met Lavrov and Ushakov":
  // a paragraph that opens with the contact goes on from the lead sentence before it
  const prev = article.sentences[s.index - 1];
  if (!textOnly && prev && prev.paragraph !== s.paragraph && s.index <= 3) {
    const lead = sentenceText(article, prev);
    const day = oneDay(contactDays(lead, findTimeRefs(lead, published)));
    if (day) return day;
  }
  const headline = article.meta.headline ?? "";
  if (textOnly || !published || !heldContact(headline)) return null;
  const inHeadline = PEOPLE.filter((p) => isNamed(p, headline) && names.includes(p.name)).length;
  return inHeadline >= 2 ? published : null;
}

// "told reporters on Monday", "said on Monday", "wrote on Telegram on Sunday": whose saying the day dates
const SAID_ON = /\b(?:said|told\s+(?:\S+\s+){1,2}?|announced|wrote|posted|confirmed|added|stated|remarked)\s*(?:(?:on|in|via)\s+(?:\p{Lu}\S*|the\s+\S+)\s+)?$/u;

// the saying before it: what follows its day is the reported clause alone, "… on Monday that he had called Putin \"this morning\""
const REPORTED_UP_TO = /^[^,;:—–()]*$/;
// the saying after it: a comma and who said it, "…, the White House said on Tuesday" (not a clause of its own, ", days after
// Zelensky said on Monday", ", and Peskov said on Monday")
const SPEAKER_AFTER = /^["”'’]?\s*,\s*(?:(?!(?:after|before|when|as|since|while|because|although|though|until|but|and|then|days?|hours?|weeks?|which|who|that)\b)[\p{L}.'’-]+\s+){1,8}?(?:said|told|announced|wrote|posted|confirmed|added|stated|remarked)\b/iu;

/**
 * The day a "this morning" of reported words counts from: the day the sentence names for the saying ("Trump told reporters on
 * Monday that he had called Putin \"this morning\"", "…, the White House said on Tuesday"), not the report's own; null unless so.
 */
export function saidDay(text: string, refs: readonly TimeRef[], now: TimeRef | null): string | null {
  if (!now || !WRITTEN_NOW.test(now.text.trim())) return null;
  // (only a saying whose clause holds the "this morning": not "Trump called Putin this morning, days after Zelensky said on Monday
  // that …", another's saying in a clause of its own)
  const saysNow = (r: TimeRef) => (r.at < now.at ? REPORTED_UP_TO.test(text.slice(r.at + r.text.length, now.at)) : SPEAKER_AFTER.test(text.slice(now.at + now.text.length, r.at)));
  return refs.find((r) => r.precision === "day" && r.start && !r.relative && !WRITTEN_NOW.test(r.text.trim()) && SAID_ON.test(text.slice(Math.max(0, r.at - 40), r.at)) && saysNow(r))?.start ?? null;
}

