/** One traveller's contacts in turn, told in one sentence: the legs of a trip, or one verb with a list of whom and where. */

import type { ContactKind } from "@salvo/core";
import { findTimeRefs } from "./dates.ts";
import { PEOPLE, isNamed, mayName } from "./people.ts";
import { PLACE } from "./contact.ts";
import { HELD_CONTACT_VERB, heldContact } from "./held-contact.ts";
import { subjectPronoun } from "./referents.ts";
import { teamNamedAt } from "./delegations.ts";

// Where one contact of a trip ends and the next begins: "…, then flew to Moscow, where on Tuesday he held talks with
// Lavrov and was received by Putin", "… and later held talks with Meloni", "… and earlier held talks with Lavrov", "held talks with
// Raisi, met Khamenei, and held a separate bilateral meeting with Erdogan" (a list's middle leg)
// (a leg may open on its own day and the traveller's pronoun: "…, and on Tuesday he held talks in Moscow with Lavrov", "…, and on
// Monday met top diplomat Wang Yi"; or follow "before": "…, meeting Kuleba and Reznikov in a Warsaw hotel before sitting down with
// Polish President Andrzej Duda")
// (or a call after it, with no comma: "Trump spoke to Putin for two hours on Monday and later briefed Zelensky", "… and then called
// Zelensky"; a verb of calling after "then" or "later", not a list of one subject's deeds; or a briefing before it, "… and had
// briefed Zelensky beforehand", a call of its own, not one more on the line)
const NEXT_LEG =
  /,?\s+and\s+(?=(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the\s+(?:next|following)\s+day|a\s+day\s+later),?\s+(?:(?:he|she)\s+)?(?:(?:later|then|also)\s+)*(?:was\s+(?:(?:later|then|also|warmly)\s+)?(?:received|welcomed|hosted)\s+by|held\s+(?:an?\s+)?(?:(?:separate|bilateral|private)\s+){0,2}(?:talks|meeting)\s+|met\s))|,?\s+and\s+(?:(?:later|then|also|separately|afterwards|earlier)\s+)*(?=(?:was\s+(?:(?:later|then|also|warmly)\s+)?(?:received|welcomed|hosted)\s+by|held\s+(?:an?\s+)?(?:(?:separate|bilateral|private)\s+){0,2}(?:talks|meeting)\s+with|met(?:\s+with)?|joined\s+(?:an?|the)\s)\b)|,?\s+and\s+(?:(?:later|then|afterwards|subsequently)\s+|had\s+(?:also\s+)?(?=briefed\s))(?=(?:called|phoned|telephoned|rang|briefed|(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to))\s)|,\s+(?:and\s+)?(?:then|later|afterwards)\s+|,\s+where\s+|,?\s+and\s+(?:then\s+)?(?=to\s+(?:the\s+)?\p{Lu}[^,;]*,\s+where\s)|,?\s+before\s+(?=sitting\s+down\s+with\b|holding\s+talks\s+with\b|being\s+(?:received|welcomed|hosted)\s+by\b)|;\s+|,\s+(?=met\s+(?:with\s+)?(?:[\p{Lu}]|the\s+)[^,;]{0,80},\s+and\s)|,\s+after\s+(?=(?:holding|having\s+held)\s+(?:[^,;]{0,40}?\s)?talks\b)/iu;
// ("Zelensky met Biden at the White House on Tuesday, after holding talks on Capitol Hill with House Speaker Mike Johnson": the
// contact before it, a leg of its own)
// "…, and on Monday met top diplomat Wang Yi and, in the afternoon, President Xi Jinping", "spoke by phone with Putin and, a few hours
// later, with Zelensky": a leg of the verb before it, told on its own time with no verb of its own
const GAPPED_LEG = /\s+and,\s+(?:in\s+the\s+(?:morning|afternoon|evening)|(?:a\s+few|several|some|two|three|\d)\s+hours\s+later|later(?:\s+that\s+day)?|the\s+(?:next|following)\s+day|a\s+day\s+later),\s+(?=(?:with\s+)?(?:[Pp]resident\s+|[Pp]rime\s+[Mm]inister\s+|[Cc]hancellor\s+)?\p{Lu})/u;
const LEG_SPLIT = new RegExp(`${NEXT_LEG.source}|${GAPPED_LEG.source}`, "giu");
// (a leg that briefs someone after the contact, a call: "… and later briefed Zelensky and European leaders"; its verb the leg's cue)
export const BRIEFED_LEG = /^\W*(?:(?:he|she|they)\s+)?(?:(?:later|then|also|afterwards|subsequently)\s+)*briefed\b/i;
export const RECEIVED_BY = /\bwas\s+(?:(?:later|then|also|warmly)\s+)?(?:received|welcomed|hosted)\s+by\b/i;
const TRAVELLED = /\b(?:flew|travell?ed|went|headed|arrived|moved\s+on)\b/i;

export interface Leg {
  readonly participants: string[];
  /** The leg's own words: its day and place, if it names them. */
  readonly text: string;
  /** Where the trip had gone on to before this leg ("then flew to Moscow"). */
  readonly travelledTo: string | null;
  /** A leg with no verb of its own, of the kind of the one before it ("and, a few hours later, with Zelensky"). */
  readonly gapped?: boolean;
}

const BY_PHONE = /\b(?:by\s+(?:phone|telephone)|video\s+(?:call|link|conference))\b/i;

/**
 * The kind of a trip's leg `i`, given the kind of the contact before it, of the first leg's cue, and whether one verb tells
 * every leg. A gapped leg is of the kind of the one before ("spoke by phone with Putin and, a few hours later, with Zelensky");
 * a leg by phone, or a later leg whose own cue is a call ("…; on Wednesday he called Volodymyr Zelensky"), is a call; so is a
 * later briefing that names no place ("… and later briefed Zelensky"; "then briefed Umerov in Miami" was in person); the
 * items of one verb's list are all of its kind; any other later leg is a meeting ("… and then flew on to Berlin, where he met Scholz").
 */
export function tripLegKind(leg: Leg, i: number, kinds: { before: ContactKind; first: ContactKind; oneVerb: boolean }): ContactKind {
  if (leg.gapped && i > 0) return kinds.before;
  if (BY_PHONE.test(leg.text)) return "phone_call";
  if (i > 0 && (heldContact(leg.text)?.kind === "phone_call" || (BRIEFED_LEG.test(leg.text) && !PLACE.test(leg.text)))) return "phone_call";
  return i === 0 || kinds.oneVerb ? kinds.first : "meeting";
}

/**
 * One traveller's contacts in turn: "Guterres met Erdogan in Ankara on Monday, then flew to Moscow, where on Tuesday
 * he held talks with Lavrov and was received by Putin", "Zelensky met Sanchez … and later held talks with Meloni".
 * Each leg pairs the traveller (the first named) with the people its own words name; null when the sentence is not so.
 */
export function itinerary(text: string, people: ReadonlyArray<{ name: string }>): { lead: string; legs: Leg[]; oneVerb?: boolean } | null {
  const seps = [...text.matchAll(LEG_SPLIT)];
  if (seps.length === 0) return null;
  const parts = [0, ...seps.map((m) => m.index + m[0].length)].map((from, i) => text.slice(from, seps[i]?.index ?? text.length));
  const gapped = [false, ...seps.map((m) => GAPPED_LEG.exec(text.slice(m.index))?.index === 0)];
  // (where a part names him as the list knows him, "Lula" for Luiz Inacio Lula da Silva, "the Russian foreign minister" for Lavrov:
  // "The Russian foreign minister held talks with Vieira at the Itamaraty and was then received by Lula"; else by surname)
  // (a team is named by its own words: "Witkoff flew to Moscow to meet Putin, then to Abu Dhabi where he met Ukrainian officials")
  const namedAt = (name: string, part: string) => {
    const known = PEOPLE.find((q) => q.name === name);
    const at = known && mayName(known, part) ? part.search(known.re) : -1;
    const team = known ? -1 : teamNamedAt(name, part);
    return at >= 0 ? at : team >= 0 ? team : part.indexOf(name.split(" ").at(-1)!);
  };
  // (or the journey that took him there, when the trip opens with it: "On Wednesday Zelensky flew on to NATO headquarters, where he
  // met Stoltenberg and then joined the … meeting chaired by Lloyd Austin"; its first contact is the leg after it)
  const firstCue = heldContact(parts[0]!) ?? (TRAVELLED.test(parts[0]!) ? { at: parts[0]!.length } : null);
  // ("On Oct. 10, he held talks in London with Starmer, then flew to Paris to meet Macron": the one "he" was read as, whom the
  // sentence does not name, when no one is named before the first leg's verb)
  // (not a parenthetical speaker's: "On Monday, he said, Zelensky held talks in London with Starmer, then flew to Paris")
  const pronoun = firstCue ? subjectPronoun(parts[0]!.slice(0, firstCue.at)) : null;
  // (as the list knows him: "al-Sisi" is its "Abdel Fattah el-Sisi")
  const unnamed = people.filter((p) => namedAt(p.name, text) < 0);
  const traveller =
    people
      .map((p) => ({ name: p.name, at: namedAt(p.name, parts[0]!) }))
      .filter((p) => p.at >= 0 && (!pronoun || p.at < pronoun.index))
      .sort((a, b) => a.at - b.at)[0] ?? (pronoun && unnamed.length === 1 ? { name: unnamed[0]!.name, at: pronoun.index } : undefined);
  // (the traveller is named before the first leg's verb: not "Modi's Moscow trip followed Zelenskyy's visit to Warsaw")
  // (a team by its own words, not its name's last: "US officials met the Ukrainian delegation … on Sunday, and held talks with a
  // Russian delegation headed by senator Grigory Karasin … on Monday" does not name the US team again)
  const namedAgain = (name: string, part: string) => (PEOPLE.some((q) => q.name === name) ? part.includes(name.split(" ").at(-1)!) : teamNamedAt(name, part) >= 0);
  if (!traveller || !firstCue || traveller.at > firstCue.at || parts.slice(1).some((part) => namedAgain(traveller.name, part))) return null;
  const legs: Leg[] = [];
  let travelledTo: string | null = null;
  // (the journey's own words are the next leg's too: "… and to Beijing on July 8, where he met Xi Jinping" was on July 8)
  let journey = "";
  for (const [i, part] of parts.entries()) {
    const named = people.filter((p) => p.name !== traveller.name && namedAt(p.name, part) >= 0).map((p) => p.name);
    if (named.length === 0) {
      // ("then flew to Moscow", "and to Beijing": where the next legs were held)
      // (a place the list does not know is still somewhere else: "then travelled to Chisinau")
      if (TRAVELLED.test(part) || (i > 0 && /^to\s/.test(part))) {
        travelledTo = PLACE.exec(part.replace(/\bto\s+/g, "in "))?.[1] ?? null;
        if (i > 0) journey = `${part}, `;
      }
      continue;
    }
    const cue = heldContact(part)?.at ?? (RECEIVED_BY.test(part) ? part.search(RECEIVED_BY) : (i > 0 && BRIEFED_LEG.test(part)) || gapped[i] ? 0 : -1);
    // (each leg names whom the traveller met after its own verb: not "…, where he and Prime Minister Donald Tusk signed")
    if (cue < 0 || named.some((n) => namedAt(n, part) < cue)) return null;
    legs.push({ participants: [traveller.name, ...named].sort(), text: journey + part, travelledTo, gapped: gapped[i] === true && heldContact(part) === null });
    journey = "";
  }
  const all = legs.flatMap((l) => l.participants.filter((n) => n !== traveller.name));
  if (legs.length < 2 || new Set(all).size !== all.length || all.length !== people.length - 1) return null;
  return { lead: parts[0]!.slice(0, firstCue.at), legs };
}

// "Lavrov met Sisi in Cairo on July 24, Sassou Nguesso in Oyo on July 25, and Museveni in Entebbe on July 26": one verb, and
// after it whom the traveller met, each with his own day or place (", before being received by Putin": one more of them)
// ("he saw Zelensky in Kyiv on 2 July and Putin in Moscow on 5 July": "saw" a leader is a meeting, in a list as alone)
const LIST_VERB = /(?<!\b(?:was|were|been|being)\s+)\b(?:met(?:\s+with)?|saw|received|hosted|visited|held\s+talks\s+with|(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?with)\s+/i;
const LIST_SPLIT = /,?\s+before\s+being\s+(?:received|hosted|welcomed)\s+by\s+|,\s*(?:and\s+)?|\s+and\s+/i;
// (a place or a day closes one of them: "Keir Starmer and NATO chief Mark Rutte in London")
const LEG_PLACE = /\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u;
// (an item naming no one, opening on its place, is the same people met again: "met Putin in Sochi on Aug. 5 and in Tehran on July 19")
const AGAIN_AT = /^(?:in|at)\s/i;
// (an item opens on whom, where or when, or on a verb of contact, "received Zelensky in Ankara on Feb. 18, talked with Putin in
// Tianjin on Sept. 1 and met Trump at the White House on Sept. 25": not a clause of another verb, "who met Putin in Samarkand on
// September 16, said on September 22 that Putin …"; nor a passive's list, whose items are guests: "Macron was received by Trump on
// Monday, and Starmer on Thursday")
// ("spoke with Macron on Saturday and again on Sunday with Starmer": an item told again, on its own day, with another)
const LIST_ITEM = /^(?:\p{Lu}|(?:(?:again|then|later)\s+)?(?:in|at|on)\s|(?:(?:then|later|also)\s+)?(?:met|talked|spoke|held|received|hosted|visited|joined)\b)/u;

/**
 * One traveller's contacts told by one verb with a list of whom and where or when: null unless every item of the list has its
 * own place or day, there are two at least, and the traveller (the one person no item names) and the items name all `people`.
 */
export function listedLegs(text: string, people: ReadonlyArray<{ name: string }>, published: string | null): { lead: string; legs: Leg[]; oneVerb: boolean } | null {
  const verb = LIST_VERB.exec(text);
  if (!verb) return null;
  const surname = (p: { name: string }) => p.name.split(" ").at(-1)!;
  const named = (part: string) =>
    people
      .filter((p) => {
        const known = PEOPLE.find((q) => q.name === p.name);
        return known ? isNamed(known, part) : part.includes(surname(p));
      })
      .map((p) => p.name);
  // ("…, and on Monday Zelensky met Merz in Berlin": a clause with a subject of its own, not an item)
  const ownSubject = (item: string, names: readonly string[]) => {
    const cue = HELD_CONTACT_VERB.exec(item)?.index ?? -1;
    return cue > 0 && names.some((n) => item.indexOf(n.split(" ").at(-1)!) < cue);
  };
  const items = text.slice(verb.index + verb[0].length).split(LIST_SPLIT);
  const groups: Array<{ text: string; names: string[] }> = [];
  let pending: { text: string; names: string[] } = { text: "", names: [] };
  for (const item of items) {
    const names = named(item);
    if ((names.length === 0 && !AGAIN_AT.test(item)) || !LIST_ITEM.test(item) || ownSubject(item, names)) break;
    const marked = LEG_PLACE.test(item) || findTimeRefs(item, published).some((r) => r.precision === "day" && (r.start || r.relative === "days-later"));
    pending = { text: `${pending.text} ${item}`.trim(), names: [...pending.names, ...names] };
    if (!marked) continue;
    groups.push({ text: pending.text, names: pending.names.length > 0 ? pending.names : (groups.at(-1)?.names ?? []) });
    pending = { text: "", names: [] };
  }
  const met = new Set(groups.flatMap((g) => g.names));
  const travellers = people.filter((p) => !met.has(p.name));
  if (groups.length < 2 || pending.names.length > 0 || travellers.length !== 1 || groups.some((g) => g.names.length === 0)) return null;
  // (nor when the traveller is named again after the verb: whose list it is is then unclear)
  if (named(text.slice(verb.index)).includes(travellers[0]!.name)) return null;
  const traveller = travellers[0]!.name;
  return { lead: text.slice(0, verb.index), legs: groups.map((g) => ({ participants: [traveller, ...new Set(g.names)].sort(), text: g.text, travelledTo: null })), oneVerb: true };
}

// "Putin received India's External Affairs Minister Subrahmanyam Jaishankar, who also held talks with Sergey Lavrov": a guest's
// contact of his own in a relative clause, told as held (not "who has met Putin several times", "who had hoped to meet Putin")
// (", who stayed on for talks with Sergey Lavrov on Tuesday": his next contact there)
const GUEST_ALSO = /,\s+who\s+(?:(?:also|later|then|separately|afterwards|earlier)\s+)*(?=(?:stayed\s+on\s+for\s+(?:talks|a\s+meeting)\s+with|held\s+(?:an?\s+)?(?:(?:separate|bilateral|private)\s+){0,2}(?:talks|meeting)\s+with|met(?:\s+with)?|(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)|was\s+(?:(?:later|then|also)\s+)?(?:received|welcomed|hosted)\s+by)\b)/i;

/**
 * The contact a sentence tells and the one its guest held in a relative clause after his name: the host with the guest, and the
 * guest with whom only the clause names; null when the sentence is not so, or either pair is of one country.
 */
export function guestAlsoMet(text: string, people: ReadonlyArray<{ name: string; country: string }>): { lead: string; legs: Leg[]; oneVerb?: boolean } | null {
  const m = GUEST_ALSO.exec(text);
  if (!m) return null;
  const [head, clause] = [text.slice(0, m.index), text.slice(m.index + m[0].length)];
  const cue = heldContact(head);
  if (!cue) return null;
  const at = (p: { name: string }, part: string) => {
    const known = PEOPLE.find((q) => q.name === p.name);
    return known && isNamed(known, part) ? part.search(known.re) : -1;
  };
  // (the host named before the cue, the guest last before the clause, whom the clause alone names after its verb)
  const hosts = people.filter((p) => at(p, head) >= 0 && at(p, head) < cue.at);
  const guests = people.filter((p) => at(p, head) > cue.at);
  const met = people.filter((p) => at(p, head) < 0 && at(p, clause) >= 0);
  if (hosts.length !== 1 || guests.length !== 1 || met.length !== 1 || hosts.length + guests.length + met.length !== people.length) return null;
  const [host, guest, other] = [hosts[0]!, guests[0]!, met[0]!];
  if (host.country === guest.country || other.country === guest.country) return null;
  return {
    lead: head.slice(0, cue.at),
    legs: [
      { participants: [host.name, guest.name].sort(), text: head, travelledTo: null },
      { participants: [guest.name, other.name].sort(), text: clause, travelledTo: null },
    ],
  };
}
