/**
 * People a contact's sentence names who took no part in it: named beside it, in a clause of their own, as its occasion, as
 * staying away, or in what it told of.
 */

import type { Person } from "./people.ts";
import { matchesOf } from "./matches.ts";
import { INTENT, OCCASIONS, heldContact, inLeftOpen, mayLeaveOpen } from "./held-contact.ts";
import { INTENT_VERBS } from "./intent-verbs.ts";
import { retoldAt } from "./retold-contact.ts";
import { ENTOURAGE_TO, OWNED, POSSESSIVE, REPORTED, mentionsOf, namedIn, pattern, recipient } from "./person-mentions.ts";

/**
 * A person a contact's sentence names only beside the contact: in an aside after it ("…, hours after Trump's call
 * with Putin"), as whose envoy another is ("Trump's special envoy Steve Witkoff met Putin"), or as its source at the
 * head ("Kremlin aide Yuri Ushakov said that Putin had a call with Erdogan").
 */
export function besideContact(text: string, p: Person, asideFrom: number): boolean {
  const at = mentionsOf(text, p);
  if (at.length === 0 || at.every((i) => i >= asideFrom)) return at.length > 0;
  if (at.length > 1) return false;
  // ("met … before the funeral of Pope Francis", "their first call since Trump's inauguration": an occasion named by its person)
  if (OCCASION_BEFORE.test(text.slice(Math.max(0, at[0]! - 30), at[0]!)) || OCCASION_AFTER.test(text.slice(at[0]!, at[0]! + 50)) || NAMED_TERM.test(text.slice(at[0]!, at[0]! + 50)) || namedContact(text, at[0]!)) return true;
  return ((POSSESSIVE.test(text) || ENTOURAGE_TO.test(text)) && OWNED.test(text) && pattern(p, "owner").test(text)) || (REPORTED.test(text) && pattern(p, "head").test(text)) || recipient(text, p);
}

/**
 * A person a contact's sentence names once, and only as whose envoy, aide or negotiator another is ("Putin's envoy met Witkoff
 * in Miami", "Trump's special envoy held talks with Putin"): the one who went in his name, not he himself.
 */
export const onlyAsOwner = (text: string, p: Person): boolean =>
  mentionsOf(text, p).length === 1 && (POSSESSIVE.test(text) || ENTOURAGE_TO.test(text)) && OWNED.test(text) && pattern(p, "owner").test(text);

/**
 * A person a contact's sentence names only in a clause of its own, not the contact's: what was done after it ("…, and then
 * said he would send Umerov to Istanbul"), another day's news ("…, and on Monday Zelensky returns to the White House"), what
 * came after the contact ("Putin's offer came after Macron, Merz, Starmer and Tusk visited Kyiv"), or the news after an opening
 * clause that tells the contact ("Three days after Trump met Putin in Anchorage, Zelensky returns to the White House").
 */
export function inOtherClause(text: string, p: Person, cueAt: number): boolean {
  const at = mentionsOf(text, p);
  if (at.length === 0) return false;
  const after = cueAt + (text.slice(cueAt).search(LATER_CLAUSE) + 1 || text.length + 1) - 1;
  if (at.every((i) => i >= after || inReaction(text, cueAt, i))) return true;
  // (not when a pronoun there is the one named before: "Zelensky's remarks came after he spoke by phone with Macron"; a subject's
  // only, not a possessive: "Zelensky's comments came after his negotiator Umerov met Witkoff" is Umerov's)
  const came = NEWS_CAME_AFTER.exec(text);
  if (came && came.index < cueAt && !came[1] && at.every((i) => i < came.index)) return true;
  const opening = OPENING_CONTACT.exec(text);
  if (opening !== null && cueAt < opening[0].length && at.every((i) => i >= opening[0].length)) return true;
  // ("informed Zelensky of his intention to call Putin during a conversation with the Ukrainian president": the one meant; "to
  // discuss how a summit with Trump could be arranged": one left open)
  // ("Erdogan, who intends to speak with Putin, met Zelensky": whom a contact only meant names)
  return at.every((i) => INTENDED.test(text.slice(Math.max(0, i - 60), i)) || MEANT.test(text.slice(Math.max(0, i - 60), i)) || inLeftOpen(text, i));
}

/**
 * A person named only in a contact left open after the contact's cue, as no contact at all: "Peskov said Moscow was waiting to be
 * briefed on the outcome of the talks and that no phone call between Putin and Trump was planned" names no one of the talks (but
 * "no date had been set for a meeting between Putin and Trump, who spoke by phone on Feb. 12" names those of the call after them,
 * and what its own clause says of it is what leaves it open).
 */
export function onlyInLeftOpen(text: string, p: Person, cueAt: number): boolean {
  if (!mayLeaveOpen(text)) return false; // (most sentences: no need to find the person)
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every((i) => i > cueAt && inLeftOpen(text, i, true));
}

/**
 * A person a contact's sentence names only as the one a contact still to come, or refused, is with, where the sentence's cue is another
 * contact: "Macron's office said he intended to brief Volodymyr Zelensky afterwards, and to discuss the call with European partners",
 * "he will not negotiate with Putin, and on Monday he met his top commanders", "arrived in Kyiv on Wednesday; officials say he is
 * expected to meet Zelensky on Thursday". Not one agreed in the contact held ("agreed to meet Putin in Budapest during a phone call"),
 * nor one named again elsewhere in the sentence ("Trump, who wants to meet Putin, spoke with Putin").
 */
export function onlyMeant(text: string, p: Person): boolean {
  if (!TO_COME_WITH.test(text)) return false; // (most sentences: no need to find the person)
  const at = mentionsOf(text, p);
  if (at.length > 0 && heldAsMeant(text, at[0]!)) return false;
  return at.length > 0 && at.every((i) => TO_COME_BEFORE.test(text.slice(Math.max(0, i - 80), i)));
}
// the pair named again as the ones who held it, the subject of the clause "and" joins right after the one meant: "said he would
// speak with Putin on Monday, and on Monday the two leaders spoke for two hours" (not a contact refused or put off, "would not speak
// with Putin until …", "would meet Putin only after a ceasefire", nor another subject's, "and European leaders said they had held
// talks with Trump", "but on Monday the two leaders met in Rome")
const heldAsMeant = (text: string, at: number) => {
  const meant = TO_COME_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
  const then = PLURAL_AFTER.exec(text.slice(at));
  return meant !== null && !REFUSED.test(meant[0]) && then !== null && !PUT_OFF.test(then[1]!);
};
const PLURAL_AFTER = /^([^,;.]{0,60}?),?\s+and\s+(?:(?:then|later)\s+)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+|(?:later\s+)?that\s+(?:day|morning|afternoon|evening|night)\s+)?,?\s*(?:the\s+two(?:\s+(?:leaders|presidents|men|sides))?|they|both(?:\s+(?:leaders|presidents|men|sides))?)\s+(?:(?:then|later|finally|eventually|also)\s+)?(?:spoke|talked|met|(?:held|had)\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|calls?|conversations?|meetings?))\b/iu;
const REFUSED = /\b(?:not|never|won['’]t|wouldn['’]t|refused|refuses|declined|declines)\b/i;
const PUT_OFF = /\b(?:only|until|unless|before|if|said|says|told)\b/i;
// (the verb of the contact meant, then the titles and names before the person's own)
const WITH_WHOM = String.raw`(?:(?:also|again|then|later|soon|first|personally|ever)\s+)?(?:call|phone|meet(?:\s+with)?|visit|host|receive|brief|debrief|inform|update|negotiate\s+with|speak\s+(?:with|to)|talk\s+(?:with|to)|hold\s+(?:(?:direct|face-to-face|bilateral|peace)\s+)?talks\s+with)\s+(?:(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Ll]eader|[Ee]nvoy|[Ss]ecretary)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}`;
const TO_COME = String.raw`(?:(?:${INTENT_VERBS}|wanted|planned|planning|expected|due|scheduled|refused|refuses|declined|declines)\s+to|(?:will|would|shall)(?:\s+not|\s+never)?|won['’]t|wouldn['’]t)\s+`;
const TO_COME_BEFORE = new RegExp(String.raw`\b${TO_COME}${WITH_WHOM}$`, "u");
const TO_COME_WITH = new RegExp(String.raw`\b${TO_COME}${WITH_WHOM}`, "u");

const INTENDED = new RegExp(`\\b${INTENT}(?:call|phone|meet|visit|host|receive|speak\\s+(?:with|to)|talk\\s+(?:with|to))\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`, "u");
const MEANT = new RegExp(String.raw`\b(?:${INTENT_VERBS}|wanted|planned)\s+to\s+(?:call|phone|meet|visit|host|receive|speak\s+(?:with|to)|talk\s+(?:with|to))\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$`, "u");
export const OTHER_DAY_CLAUSE = /,\s+(?:and|but|while)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow)\s+(?=\p{Lu})/u;
// (or what was said in a clause of its own: "Biden received Zelensky at the White House on Tuesday, warning that Congress' failure
// to pass new funding would be 'a Christmas gift' to Vladimir Putin")
// (or how others took it: "Scholz spoke to Putin by phone on Friday, drawing criticism from Zelensky", "…, prompting a sharp rebuke
// from Kyiv"; who reacts to the contact took no part in it)
const REACTION_CLAUSE = String.raw`,\s+(?:drawing|prompting|sparking|triggering|provoking|earning|attracting|inviting)\s+(?:(?:an?|the|sharp|swift|strong|fierce|harsh|immediate|angry|public|open|some|much|wide|widespread)\s+){0,3}(?:criticism|condemnation|rebukes?|anger|ire|outrage|protests?|warnings?|reactions?|responses?|objections?|complaints?|praise|concern)\s+from\b`;
const LATER_CLAUSE = new RegExp(`,?\\s+and\\s+(?:then\\s+|later\\s+|also\\s+)?(?:said|says|announced|added|wrote|sent|promised|pledged|vowed|warned|urged|insisted|stressed)\\b|,\\s+(?:saying|warning|adding|stressing|insisting|noting|arguing|declaring)\\s+that\\b|${OTHER_DAY_CLAUSE.source}`, "u");
// (the reaction ends where a clause of the contact's own subject goes on: "…, prompting swift criticism from Zelensky and EU
// leaders, and later met Xi Jinping in Beijing" names Xi in a leg of the trip, not in the reaction)
const REACTION = new RegExp(REACTION_CLAUSE, "gu");
const REACTION_END = /,\s+(?:and|but|while|whereas)\b|;/;
const inReaction = (text: string, cueAt: number, i: number): boolean =>
  [...text.slice(cueAt).matchAll(REACTION)].some((m) => {
    const from = cueAt + m.index;
    const end = text.slice(from + m[0].length).search(REACTION_END);
    return i >= from && (end < 0 || i < from + m[0].length + end);
  });
const NEWS_CAME_AFTER = /\b(?:came|comes)\s+(?:(?:just|only|shortly|hours|a\s+day|(?:\w+\s+)?days)\s+)?after\b(\s+(?:he|she|they)\b)?/i;
// (a clause with its own subject, named: not "After meeting Putin, Witkoff flew home")
export const OPENING_CONTACT = /^\W*(?:[\p{L}-]+\s+){0,3}?(?:[Aa]fter|[Bb]efore|[Ww]hen)\s+\p{Lu}[^,;]{4,120},/u;
const OCCASION_BEFORE = /\b(?:funeral|death|memory|honou?r|burial|inauguration|election|canoni[sz]ation)\s+of\s+(?:the\s+late\s+)?$/i;
const OCCASION_AFTER = /^[\p{L}'’. -]{2,40}?['’]s\s+(?:inauguration|funeral|death|election|re-election|return\s+to\s+(?:office|power)|swearing-in)\b/u;
// ("The last meeting of the Ukraine Defense Contact Group under the Biden administration was held on Jan. 9": a time or a government
// named by its leader, not he; his name alone before the noun, not "Trump met Zelensky administration officials" read from Trump)
const NAMED_TERM = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:administration|presidency|era|government)\b/u;
// "spoken to Trump privately before the Putin call": another contact, named by its person, as when this one was held
const NAMED_CONTACT_BEFORE = /\b(?:before|after|since|following|ahead\s+of)\s+(?:the|their|his|her)\s+$/i;
const NAMED_CONTACT_AFTER = /^\p{Lu}[\p{L}'’-]+\s+(?:call|conversation|meeting|summit|talks|visit)\b/u;
const namedContact = (text: string, at: number) => NAMED_CONTACT_BEFORE.test(text.slice(Math.max(0, at - 30), at)) && NAMED_CONTACT_AFTER.test(text.slice(at));

// "Zelensky, who had criticised Friday's phone call between Olaf Scholz and Vladimir Putin, said …": a contact "between" two
// people is theirs alone; who is named before it only speaks of it (not one who hosts or joins it: "Erdogan hosted talks between
// Lavrov and Kuleba")
// (a list of two named people: not "the first talks between the two sides since an Oval Office clash between Trump and Zelensky")
const BETWEEN = /\b(?:call|conversation|meeting|talks|negotiations|summit)\s+between\s+/gi;
const LIST_END = /[;:.]|,\s+(?=\p{Ll})|\s+(?:since|after|before|on|in|at|last|which|that|who|when)\s/u;
const betweenTwo = (text: string) => matchesOf(BETWEEN, text).find((m) => {
  const list = text.slice(m.index + m[0].length);
  return namedIn(list.slice(0, list.search(LIST_END) + 1 || list.length)).length >= 2;
});
const HOSTS = /\b(?:host(?:s|ed|ing)?|mediat(?:e|es|ed|ing)|broker(?:s|ed|ing)?|chair(?:s|ed|ing)?|moderat(?:e|es|ed|ing)|facilitat(?:e|es|ed|ing)|attend(?:s|ed|ing)?|join(?:s|ed|ing)?|took\s+part|taking\s+part|participat(?:e|es|ed|ing)|sat\s+in)\b/i;
// (the contact the sentence tells, its cue: not "Zelensky met Trump on Monday, three days after the summit between Trump and Putin")
export const beforeBetween = (text: string, p: Person, cueAt: number) => {
  const m = betweenTwo(text);
  if (m === undefined || Math.abs(m.index - cueAt) > 30) return false;
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every((i) => i < m.index) && !HOSTS.test(text.slice(0, m.index));
};

// "Umerov proposed a meeting of Putin and Zelensky by the end of August", after the talks his team held: a contact named with "a",
// after the one told, is one thought of, and whom only it names took no part in that one (not one who hosts or joins it: "Erdogan chaired a meeting between Lavrov and Kuleba"; nor one held, in which
// or after which something was done: "agreed in a phone call between Trump and Putin last week")
const MEANT_PAIR = /(?<!\b(?:in|during|over|at|on|by|after|following|since|before)\s+)\b(?:a|an|another|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|summit|call|conversation|talks|negotiations)\s+(?:between|of)\s+/giu;
const meantPairs = (text: string, cueAt: number) =>
  matchesOf(MEANT_PAIR, text).flatMap((m) => {
    const from = m.index + m[0].length;
    const list = text.slice(from);
    const end = from + (list.search(LIST_END) + 1 || list.length + 1) - 1;
    return m.index > cueAt && namedIn(text.slice(from, end)).length >= 2 && !HOSTS.test(text.slice(Math.max(0, cueAt), m.index)) ? [[from, end] as const] : [];
  });
/** Whether `p` is named only in a contact thought of after the cue at `cueAt` (see MEANT_PAIR); -1 for the whole sentence. */
export const onlyInMeantPair = (text: string, p: Person, cueAt: number) => {
  if (!/\b(?:between|of)\b/i.test(text)) return false; // (most sentences: no need to find the person)
  const spans = meantPairs(text, cueAt);
  const at = mentionsOf(text, p);
  return spans.length > 0 && at.length > 0 && at.every((i) => spans.some(([from, to]) => i >= from && i < to));
};

// "…, and the two agreed to work toward a meeting between Putin and Zelensky", "began the arrangements for a meeting of Putin and
// Zelensky": a contact thought of is one worked toward, proposed or set up, told after the contact's cue; whom only it names took no
// part in that contact (not one travelled to, "flew to Istanbul for a meeting between Umerov and Medinsky", which was held)
const WORKED_TOWARD = /\b(?:work(?:s|ed|ing)?\s+(?:toward|towards|on)|push(?:es|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|(?:arrang|organi[sz]|prepar)(?:e|es|ed|ing)|arrangements\s+for|preparations\s+for|pav(?:e|es|ed|ing)\s+the\s+way\s+for|hop(?:e|es|ed|ing)\s+for)\s+$/i;
/** Whether `p` is named only in a contact worked toward after the cue at `cueAt` (see WORKED_TOWARD). */
export const onlyInWorkedToward = (text: string, p: Person, cueAt: number) => {
  if (!/\b(?:between|of)\b/i.test(text)) return false; // (most sentences: no need to find the person)
  const spans = matchesOf(MEANT_PAIR, text).filter((m) => WORKED_TOWARD.test(text.slice(Math.max(0, m.index - 40), m.index).replace(/["“”]/g, "")));
  const inSpan = meantPairs(text, cueAt).filter(([from]) => spans.some((m) => m.index + m[0].length === from));
  const at = mentionsOf(text, p);
  return inSpan.length > 0 && at.length > 0 && at.every((i) => inSpan.some(([from, to]) => i >= from && i < to));
};

// "The Russian president did not come, and Zelensky, who flew to Ankara for talks with Erdogan, …": who stayed away, in a clause
// of his own, took no part
const STAYED_AWAY = /^[^,;]{0,40}?\b(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|will\s+not|won['’]t)\s+(?:come|attend|travel|show\s+up|go|take\s+part|join)\b/i;
export const absentIn = (text: string, p: Person) => {
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every((i) => STAYED_AWAY.test(text.slice(i)));
};

// ", informing him of the outcomes of his meeting with US envoy Steve Witkoff on Wednesday": what the contact told of, another
// contact of its subject's, with its own day when it names one
const BRIEFED_ON = /,\s+(?:informing|briefing|telling|updating)\s+(?:him|her|them)\s+(?:of|on|about)\s+(?:the\s+(?:outcomes?|results?|details|content)\s+of\s+)?(?:his|her|their)\s+(?:[\p{L}-]+\s+)?(meeting|talks|call|conversation|visit)\s+(?:with|to)\s/iu;
export const briefedFrom = (text: string, cueAt: number) => {
  const m = BRIEFED_ON.exec(text);
  return m && m.index > cueAt ? m : null;
};
export const onlyBriefedOn = (text: string, p: Person, cueAt: number) => {
  const m = briefedFrom(text, cueAt);
  const at = mentionsOf(text, p);
  return m !== null && at.length > 0 && at.every((i) => i > m.index);
};

// what the sentence quotes between double quotation marks: "like President Putin, wants to make PEACE."
const QUOTATION = /["“][^"“”]*["”]/g;
/**
 * Whether `p` is named only inside a quotation the contact's cue is not in: whom the quoted words speak of takes no part in the
 * contact told outside them ("Trump said he then spoke with Zelensky, who, he wrote, \"like President Putin, wants to make
 * PEACE.\"", "Trump told Fox News after the summit that it was now \"up to President Zelensky\""; not "\"I spoke with
 * President Putin today,\" Trump said", where the cue is quoted with him).
 */
export function onlyQuoted(text: string, p: Person, cueAt: number): boolean {
  if (!/["“]/.test(text)) return false; // (most sentences quote no one)
  const spans = matchesOf(QUOTATION, text).map((m) => [m.index, m.index + m[0].length] as const);
  const inside = (at: number) => spans.some(([from, to]) => at > from && at < to);
  if (inside(cueAt)) return false;
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every(inside);
}

// a verb of saying, thinking or showing and the "that" opening what was said (within its sentence, before any quotation)
// (or no "that", where a clause follows at once: "Scholz said the call had been important because it allowed him to tell Putin …",
// "Zelensky, speaking at the NATO summit, said Putin must lose the war")
const SAID_THAT = /\b(?:said|says|warned|warns|insisted|insists|argued|argues|stressed|stresses|saying|warning|insisting|arguing|stressing)\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?=(?:the|a|an|it|this|there|he|she|they|we|I|his|her|their|its)\s|\p{Lu}[\p{L}'’.-]*['’]s\s|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:must|should|had|has|have|was|were|is|are|would|will|could|can|did|does|wanted|wants)\b)|\b(?:said|says|showed|shows|hoped|hopes|believed|believes|thought|thinks|warned|warns|insisted|insists|argued|argues|stressed|stresses|added|adds|noted|notes)\b[^.;"“]{0,80}?\bthat\s/gu;

// what the contact was about, told after it: "held a joint call with Zelensky, Macron and Meloni to brief them on what Putin had said",
// "told him about what Trump had offered"
const TOLD_ABOUT = /\b(?:to\s+(?:brief|inform|update|debrief)\s+(?:him|her|them|each\s+other)\s+(?:on|about|of)|(?:on|about|of)\s+what)\s/gi;

/**
 * Whether `p` is named only in what someone said after the contact's cue, where no contact of its own is told: "Erdogan said
 * after the talks that he hoped to bring Putin and Zelensky together", "French President Emmanuel Macron said Russia's stance
 * showed that Putin \"does not want peace\"" (after a summit in Tirana) name no one of the talks or summit (but "Macron said at
 * the summit that he had spoken with Putin" tells a call, and its people stay).
 */
export function onlyInWhatWasSaid(text: string, p: Person, cueAt: number): boolean {
  if (!/\bthat\s|\bwhat\s|\b(?:de)?brief\s|\b(?:inform|update)\s|\b(?:said|says|warned|warns|insisted|insists|argued|argues|stressed|stresses|saying|warning|insisting|arguing|stressing)\s/i.test(text)) return false; // (most sentences: no need to find the person)
  const said = [...matchesOf(SAID_THAT, text), ...matchesOf(TOLD_ABOUT, text)].sort((a, b) => a.index - b.index).find((m) => m.index + m[0].length > cueAt);
  if (!said) return false;
  const from = said.index + said[0].length;
  const at = mentionsOf(text, p);
  // (what was said tells a contact of its own, unless it only names again the one told before: "said the call had been important")
  const told = at.length > 0 && at.every((i) => i >= from) ? heldContact(text.slice(from)) : undefined;
  return told === null || (told !== undefined && retoldAt(text.slice(from), told.at) !== null);
}

// "Putin faced a rare public rebuke from Modi on Friday and later held talks with Erdogan", "Putin hears Modi's rebuke, meets
// Erdogan in Samarkand": one subject's two deeds in turn, the second the contact; whom only the first names took no part in it
// (not a first deed that is a contact itself, which the trip reader splits: "met Modi and later held talks with Erdogan")
const NEXT_DEED = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:later|then|also|afterwards|subsequently|separately)\s+)?$/i;
const HELD_NOUN = /\b(?:held|holds|had)\s+(?:[\p{L}-]+\s+){0,3}$/u;
const DEED_VERB = /^(?:held|holds|had|met|meets|spoke|speaks|talked|hosted|hosts|received|receives|visited|visits|called|phoned|phones)\b/i;
// (the person an object of the first deed's verb, not one of its subjects: "Macron and Scholz flew to Kyiv and met Zelensky",
// "Macron, with Scholz, travelled to Kyiv and met Zelensky")
const CO_SUBJECT = /(?:^|\b(?:and|with|by|alongside|including)|,)\s*(?:(?:\p{Lu}[\p{L}'’.-]*|of|the)\s+)*$/u;

/** Whether `p` is named only in a deed of the sentence's subject told before the one that is the contact (see NEXT_DEED). */
export function inEarlierDeed(text: string, p: Person, cueAt: number, subjectAt: number): boolean {
  // (the cue the noun its verb holds: "held talks with", "had a meeting with")
  const verbAt = HELD_NOUN.exec(text.slice(0, cueAt))?.index ?? cueAt;
  if (!DEED_VERB.test(text.slice(verbAt))) return false;
  const and = NEXT_DEED.exec(text.slice(0, verbAt));
  if (!and || and.index <= subjectAt || heldContact(text.slice(0, and.index)) !== null) return false;
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every((i) => i > subjectAt && i < and.index && !CO_SUBJECT.test(text.slice(subjectAt, i)));
}

// "Putin … told Trump about his telephone conversations on Friday with Pezeshkian and Netanyahu": the contact is the one told of;
// whom it was told to took no part in it (the contact the telling was made in is told on its own, as the call of the article)
// (not a passive's agent, who held it: "he had been briefed by Zelensky on his call with Biden")
const TOLD_OF_OWN = /(?<!\b(?:been|was|were|being|be)\s+)\b(?:told|informed|briefed|updated)\s+(?!by\b)([^,;.]{1,60}?)\s+(?:about|of|on)\s+(?:the\s+(?:outcomes?|results?|details|content)\s+of\s+)?(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Whether `p` is named only as the one a contact was told to, the contact's cue right after ("told Trump about his talks with …"). */
export function onlyToldOf(text: string, p: Person, cueAt: number): boolean {
  const m = TOLD_OF_OWN.exec(text.slice(0, cueAt));
  if (!m) return false;
  const [from, to] = [m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length];
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every((i) => i >= from && i < to);
}

/** Whether `p` is named only in the contact told before as the occasion of this one: "After the call with Putin, Trump talked with Zelensky". */
export function onlyInOccasion(text: string, p: Person, cueAt: number): boolean {
  const spans = matchesOf(OCCASIONS, text).map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0) return false; // (most sentences: no need to find the person)
  const inside = (at: number) => spans.some(([from, to]) => at >= from && at < to);
  if (inside(cueAt)) return false;
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every(inside);
}

// "Biden met his national security team on Monday to discuss a response to Putin": what a contact was held to do, told after it,
// names its topic, not one who took part (up to the clause's end; not one it was to be done with, "flew to Moscow to discuss the
// plan with Putin")
const PURPOSE_VERBS = ["discuss", "review", "consider", "weigh", "coordinate", "plan", "prepare", "draft", "assess", "map\\s+out", "work\\s+out"];
const PURPOSE_CUE = new RegExp(String.raw`\bto\s+(?:${PURPOSE_VERBS.join("|")})\b`, "i");
// (the span ends where another clause opens: at "and" with a name that a verb or a clause of its own follows, "to discuss air defence
// and Macron and Starmer later joined them", "to discuss the plan and Kushner, who also attended, said …", or at a finite verb)
const PURPOSE_END = String.raw`\s+and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*(?:,|\s+(?:and|who|later|also|then|said|says|joined|attended|took|met|\p{Ll}+ed)\b)|\s+(?:said|says|joined|attended|added|arrived|took\s+part)\b`;
const PURPOSE = new RegExp(String.raw`${PURPOSE_CUE.source}(?:(?!${PURPOSE_END})[^,;.])*`, "giu");
const WITH_BEFORE = /\bwith\s+(?:(?:the|his|her|their|[\p{L}.'’-]+)\s+){0,4}$/u;

/** Whether `p` is named only in what the contact was held to do, told after its cue (see PURPOSE). */
export function onlyInPurpose(text: string, p: Person, cueAt: number): boolean {
  if (!PURPOSE_CUE.test(text)) return false; // (most sentences: no need to find the person)
  const spans = matchesOf(PURPOSE, text).filter((m) => m.index > cueAt).map((m) => [m.index, m.index + m[0].length] as const);
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every((i) => spans.some(([from, to]) => i > from && i < to && !WITH_BEFORE.test(text.slice(from, i))));
}

// "Zelensky criticised Orban's visit to Moscow", "Meloni, asked about Trump's call with Putin, said …", "Tusk condemned the talks
// between Witkoff and Dmitriev": who judges a contact, or is asked about it, only speaks of it (the contact a noun owned by another
// or told by an article, right after the verb: not "Scholz defended his call with Putin", his own)
const SPEAKS_OF = /^[^.;]{0,60}?\b(?:criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing)|slamm(?:ed|ing)|slams|blast(?:ed|s|ing)|decried|decries|rebuk(?:ed|es|ing)|deplor(?:ed|es|ing)|dismiss(?:ed|es|ing)|mock(?:ed|s|ing)|asked\s+about|questioned\s+about|comment(?:ed|ing|s)?\s+on|react(?:ed|ing|s)?\s+to|respond(?:ed|ing|s)?\s+to)\s+(?:(?:the|an?|this|that)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*?(?:['’]s\s+)?)(?:[\p{L}-]+\s+){0,2}$/u;
const MAY_SPEAK_OF = /criticis|criticiz|condemn|denounc|slam|blast|decri|rebuk|deplor|dismiss|mock|asked\s+about|questioned\s+about|comment|react|respond/i;
/** Whether `p` is named only before the contact's cue, as one who judges it or is asked about it (see SPEAKS_OF). */
export function onlySpeaksOf(text: string, p: Person, cueAt: number, toldBefore: ReadonlyArray<{ participants: readonly string[] }> = []): boolean {
  if (!MAY_SPEAK_OF.test(text)) return false; // (most sentences: no need to find the person)
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every((i) => i < cueAt) && SPEAKS_OF.test(text.slice(at.at(-1)!, cueAt)) && !(OWN_COMMENTED.test(text.slice(at.at(-1)!, cueAt)) && WITH_ONE.test(text.slice(cueAt)) && !partnerToldBefore(text, p, cueAt, toldBefore));
}
// "Trump commented on the call with Putin": a contact named by "the" and one partner, commented on by the one the sentence names
// before it, is his own (not one another owns, "commented on Macron's call with Putin", nor one judged, "criticised the meeting
// with Putin", which is mostly another's; nor the one the article told before with that partner, then the call told again, "Trump spoke
// with Putin on Monday. On Tuesday Zelensky commented on the call with Putin")
const partnerToldBefore = (text: string, p: Person, cueAt: number, toldBefore: ReadonlyArray<{ participants: readonly string[] }>) => {
  const partners = namedIn(text.slice(cueAt, cueAt + 80)).filter((n) => n !== p.name);
  return toldBefore.some((c) => partners.some((n) => c.participants.includes(n)));
};
const OWN_COMMENTED = /\bcomment(?:ed|ing|s)?\s+on\s+the\s+(?:(?:phone|telephone|video)\s+)?$/i;
const WITH_ONE = /^(?:(?:phone|telephone|video)\s+)?(?:call|conversation|meeting|talks)\s+with\s/i;
