/**
 * Who a sentence means without naming him: "he", "him", "the two", "the same leaders", those who joined the call told
 * before, a headline's pair, a surname alone.
 */

import { type Article, MONTH_PATTERN, sentenceText } from "@salvo/core";
import { PEOPLE, isNamed, mayName } from "./people.ts";
import { type Mention, family } from "./contact.ts";
import { sentencesBefore } from "./contact-dates.ts";
import { heldContact } from "./held-contact.ts";
import { mentionsOf, namedFrom } from "./person-mentions.ts";
import { roleReferents } from "./titled-leaders.ts";

export const SPEAKER_THEN_PRONOUN = /(?!(?:He|She|They|It)\b)\p{Lu}[\p{L}'’-]+,?\s+(?:[^,.;]{0,60},\s+)?(?:said|says|told\s+[\p{L} ]{2,30}?|added|wrote|recalled)\s+(?:that\s+)?(?:he|she)\b/u;

// People the list knows only by their full name, their surname being another's too ("Lloyd Austin", not "Austin, Texas")
// (nor a place's: "met Greg Abbott in Austin", "travelled to Austin", "Austin, Texas, hosted …"; "spoke to Austin" is the man)
const US_STATE =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\\s+\\p{Lu}\\p{L}+|North\\s+\\p{Lu}\\p{L}+|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\\s+Island|South\\s+\\p{Lu}\\p{L}+|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\\s+Virginia|Wisconsin|Wyoming";
const AT_PLACE = "(?<!\\b(?:in|at|near|outside|(?:flew|travell?ed|went|headed|trip|visit|journey)\\s+to)\\s)";
const BY_FULL_NAME = PEOPLE.filter((p) => {
  const surname = p.name.split(" ").at(-1)!;
  return p.name.includes(" ") && /^\p{Lu}\p{Ll}{3,}$/u.test(surname) && !isNamed(p, surname);
}).map((p) => ({ p, surname: new RegExp(`(?<!(?<![\\p{L}])(?!(?:Secretary|Minister|President|Chancellor|Mr|Mrs|Ms|Dr|General)\\s)\\p{Lu}[\\p{L}'’.-]*\\s)${AT_PLACE}(?<![\\p{L}])${p.name.split(" ").at(-1)!}(?![\\p{L}])(?!\\s\\p{Lu})(?!,\\s*(?:${US_STATE})\\b)`, "gu"), word: p.name.split(" ").at(-1)! }));

/**
 * The sentence with a surname alone written in full where the article named him in full before: "U.S. Defense Secretary Lloyd
 * Austin … / Boris Pistorius, who met Austin in Berlin on Thursday" (not another first name's: "Christian Austin").
 */
export function withSurnames(article: Article, s: Article["sentences"][number], text: string): string {
  let out = text;
  for (const { p, surname, word } of BY_FULL_NAME) {
    if (!out.includes(word) || isNamed(p, out) || !isNamed(p, article.text.slice(0, s.start))) continue;
    out = out.replace(surname, p.name);
  }
  return out;
}

// "he met", "she spoke by phone with", "he had earlier held talks with": a pronoun that is the contact's subject
// ("he flew to Bishkek, his first trip abroad since …, and was received by Kyrgyz President Sadyr Japarov": the traveller)
// (or a sentence that opens with one: "He was in Moscow on Friday for talks with Putin", "His talks there with a Russian delegation")
// ("On Monday he addressed a video conference of G7 leaders hosted by German Chancellor Olaf Scholz", "he joined a video call of the
// coalition": who took part in a gathering of others; not "he addressed the talks between Putin and Erdogan", a topic)
// ("the President met Finnish President Alexander Stubb", "the Head of State welcomed …": a title for the text's subject)
// ("In Linkoping, he and Prime Minister Ulf Kristersson signed a letter of intent": the pronoun is one of the two who signed; "he
// signed a security agreement with Olaf Scholz": the signer)
// ("At a news conference with Ugandan President Yoweri Museveni in Entebbe on Tuesday, he said …": the one who stood with him)
export const PRONOUN_SUBJECT = /\b(?:he|she|the\s+(?:[Pp]resident|[Hh]ead\s+of\s+[Ss]tate|[Pp]rime\s+[Mm]inister|[Cc]hancellor))\s+(?:(?:had|has|also|then|later|earlier|first|again|briefly|arrived\s+and)\s+){0,2}(?:met|meets|spoke|speaks|spoken|talked|talks|held|holds|hosted|hosts|received|receives|welcomed|welcomes|phoned|phones|called|calls|visited|visits|signed|addressed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:conference|call|link|summit|meeting|session|gathering|forum|leaders)|joined|was\s+(?:then\s+|later\s+|also\s+|warmly\s+|personally\s+)?(?:received|welcomed|hosted|met\s+by))\b|\b(?:he|she)\s+(?:flew|travell?ed|went|arrived|headed)\b[^.;]{0,140}?\band\s+(?:was\s+(?:then\s+|later\s+)?(?:received|welcomed|hosted|met)\s+by|(?:then\s+|later\s+)?(?:met|held\s+talks\s+with))\b|^\W*(?:(?:He|She)\s+(?:was|had\s+been)\s+in\b|(?:His|Her)\s+(?:talks|meeting|call|visit)\b)|\b(?:he|she)\b[^.;]{0,140}\bafter\s+(?:meeting|talks\s+with|speaking\s+(?:to|with))\b|\b(?:he|she)\s+and\s+(?:[\w.'’-]+\s+){1,5}?(?:(?:had|have|also|then|later|on\s+\w+day)\s+)?(?:met|held|signed|spoke|talked|discussed)\b|^\W*(?:at|during|speaking\s+at)\s+(?:a|an|the|their|his|her)\s+(?:joint\s+)?(?:press|news)\s+conference\s+(?:with|alongside)\s+[^.;]{1,120}?,\s+(?:he|she)\b/i;

// "Lloyd Austin received him for talks", "Macron and Scholz hosted her": the guest is a pronoun
export const PRONOUN_GUEST = /\b(?:received|receives|hosted|hosts|hosting|welcomed|welcomes|greeted|greets)\s+(?:him|her)\b|\b(?:told|assured|promised)\s+(?:him|her)\s+(?:in|during|over)\s+an?\s+(?:(?:tele)?phone\s+)?(?:call|conversation)\b/i;

/** A guest named only by a pronoun, and by no one named before its clause ("Zelensky is now in Paris, where Macron received him" names him). */
export function guestUnnamed(text: string, people: ReadonlyArray<{ name: string }>): boolean {
  const m = PRONOUN_GUEST.exec(text);
  if (!m) return false;
  const clause = Math.max(text.lastIndexOf(",", m.index), text.lastIndexOf(";", m.index));
  return clause < 0 || namedFrom(text, people) > clause;
}

// "He raised the issue later on Thursday in a phone call with Italian Prime Minister Giorgia Meloni", "he said he had raised it in
// his call with Xi": the pronoun whose own verb is another's, the contact told after it as where he did so (with no one named
// between: not "He said Trump had raised it in a call with Putin"; "on April 11" may date it between), and not when the words
// between have a subject of their own ("He said his aides had raised it in a meeting with …"), make him the one acted on ("He was
// not invited to …") or tell a contact he stayed out of or only wants ("He refused to take part in a meeting with …")
const NOT_HIS_RUN = String.raw`(?!(?:his|her|the|its|their)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:had|has|have|was|were)\b|(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b|(?:not|never|refused|declined|hopes?|hoped|to\s+take\s+part)\b)`;
export const PRONOUN_IN_CONTACT = new RegExp(
  String.raw`\b(?:[Hh]e|[Ss]he)\s+(?:${NOT_HIS_RUN}(?:\p{Ll}[\p{L}'’-]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:${MONTH_PATTERN})\s+\d{1,2}|\d{1,2}\s+(?:${MONTH_PATTERN})),?\s+){1,10}?(?:in|during|over)\s+(?:an?|his|her)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:call|conversation|meeting|talks)\s+with\b`,
  "u",
);

// a subject's pronoun, not a possessive ("his envoy Witkoff met Putin" names its subject)
const PRONOUN_FIRST = /\b(?:he|she)\b/gi;
// (nor a fronted clause's, whose subject is the name after it: "Before he flew to Washington, Zelensky met Starmer")
const FRONTED_CLAUSE = /(?:^|[,;]\s*|\b(?:on|in|at)\s+\p{Lu}[\p{L}.]*(?:\s+\d+)?,?\s+)(?:before|after|when|while|as|since|once|until|although|though|because|if|unless)\s+$/iu;
// (nor a speaker's set off by commas: "On Monday, he said, Zelensky held talks")
const SAID_ASIDE = /^\s+(?:said|says|added|noted|wrote|recalled|stressed|told\s+[^,.;]{1,30}?)\s*,/i;
/**
 * The first pronoun in `text` that is its clause's subject: not a fronted clause's ("After he landed in Washington, …") nor a
 * parenthetical speaker's (", he said,").
 */
export function subjectPronoun(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(PRONOUN_FIRST)) {
    const before = text.slice(0, m.index);
    if (!FRONTED_CLAUSE.test(before) && !(/,\s*$/.test(before) && SAID_ASIDE.test(text.slice(m.index + m[0].length)))) return m as RegExpExecArray;
  }
  return null;
}
/** The person named first (the subject, as a rule) in the nearest of the three sentences before `s` that names one: whom a "he" refers to. */
export function subjectBefore(article: Article, s: Article["sentences"][number]): { name: string; country: string } | null {
  let reach = 3;
  for (let i = s.index - 1; i >= 0 && i >= s.index - reach; i--) {
    // a name inside a quotation is not who is speaking or acting
    const text = sentenceText(article, article.sentences[i]!).replace(/["“][^"”]*["”]/g, (q) => " ".repeat(q.length));
    let best: { name: string; country: string; at: number } | null = null;
    for (const p of PEOPLE) {
      const at = mayName(p, text) ? text.search(p.re) : -1;
      if (at >= 0 && (!best || at < best.at)) best = { name: p.name, country: p.country, at };
    }
    // ("India's prime minister held formal talks with Putin in the Kremlin. On Friday he was in Kyiv": the leader named by his
    // country and office, the one of that country named before, when he comes first)
    for (const r of roleReferents(article, article.sentences[i]!, text, [])) if (!best || r.at < best.at) best = r;
    // ("Zelensky went first. On October 11 he … met Stoltenberg. On the sidelines he held a meeting with Austin": a sentence
    // whose own subject is "he" before any name speaks of the same person: the one named before it)
    if (best && subjectPronoun(text.slice(0, best.at)) && i > 0) {
      reach++;
      continue;
    }
    if (best) return { name: best.name, country: best.country };
  }
  return null;
}

/**
 * Whom "received him" receives: the subject of the nearest sentence before that names someone, or, when that subject only
 * speaks ("Zelensky said Orban had not consulted Kyiv"), the one named next.
 */
export function guestBefore(article: Article, s: Article["sentences"][number]): { name: string; country: string } | null {
  for (let i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
    const text = sentenceText(article, article.sentences[i]!).replace(/["“][^"”]*["”]/g, (q) => " ".repeat(q.length));
    const named = PEOPLE.map((p) => {
      const m = mayName(p, text) ? p.re.exec(text) : null;
      return m ? { name: p.name, country: p.country, at: m.index, end: m.index + m[0].length } : null;
    })
      .filter((x): x is NonNullable<typeof x> => x !== null)
      .sort((a, b) => a.at - b.at);
    if (named.length === 0) continue;
    const speaker = /^\s*(?:\S+\s+){0,2}?(?:said|says|told|added|noted|complained)\b/i.test(text.slice(named[0]!.end, named[0]!.end + 40));
    const guest = speaker && named[1] ? named[1] : named[0]!;
    return { name: guest.name, country: guest.country };
  }
  return null;
}

// "* MARCH 18 - …", "May 19. …", "JUNE 4: …": a line of a timeline, labelled with its day
export const DATED_LINE = new RegExp(`^\\W*(?:(?:${MONTH_PATTERN}|${MONTH_PATTERN.toUpperCase()})\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTH_PATTERN}|${MONTH_PATTERN.toUpperCase()}))\\s*(?:[-–—:]|\\.\\s)`);
const CONTACTS_HEADLINE = /\b(?:contacts?|calls?|talks|meetings?|summits?|conversations?|diplomacy)\b/i;

/** The two people of different countries a headline about their contacts names ("Trump's contacts with Putin in 2025"), else none. */
export function headlinePair(article: Article): Array<{ name: string; country: string }> {
  const headline = article.meta.headline ?? "";
  if (!CONTACTS_HEADLINE.test(headline)) return [];
  const found = PEOPLE.filter((p) => isNamed(p, headline));
  return found.length === 2 && found[0]!.country !== found[1]!.country ? found.map((p) => ({ name: p.name, country: p.country })) : [];
}

// ("the same leaders met Putin", "the same envoys")
export const SAME_GROUP = /\bthe\s+same\s+(?:leaders|presidents|heads\s+of\s+state|envoys|ministers|officials|negotiators)\b/i;

/** Those of a contact named in its sentence before its verb: who came to it ("Ramaphosa, Sall and Hichilema travelled to Kyiv, where they met Zelensky"). */
export function subjectsOf(c: Mention): string[] {
  const cue = heldContact(c.quote)?.at ?? -1;
  return c.participants.filter((name) => {
    const p = PEOPLE.find((q) => q.name === name);
    const at = p ? mentionsOf(c.quote, p)[0] : undefined;
    return at !== undefined && at < cue;
  });
}

// ("The two spoke by phone on Monday", "the two sat down": "the two" alone as the subject of a contact's verb)
export const PAIR = /\b(?:the\s+two|both)\s+(?:leaders|presidents|men|heads\s+of\s+state|sides|ministers|envoys)\b|\bthe\s+two\s+(?:(?:had|have|also|then|later|last|first|previously)\s+){0,2}(?:spoke|spoken|talked|met|held|sat\s+down)\b/i;

// "In their call on Tuesday, Putin agreed …", "after their talks at the Vostochny cosmodrome": a contact told by its pair's possessive
// (not "since their call on February 12", an earlier contact measured against, nor "their countries' talks")
const THEIR_CONTACT = /(?<!\bsince\s)\btheir\s+(?:(?:first|second|third|last|latest|previous|most\s+recent|recent|brief|short|long|lengthy|phone|telephone|video|face-to-face|in-person|bilateral|formal|informal)\s+){0,3}(?:call|conversation|meeting|talks|summit|encounter)\b/gi;

/**
 * Whether the contact cue at `at` is told by "their" ("In their call on Tuesday", "During their meeting", the cue's "In" or "During"
 * a word before it): a pair named elsewhere.
 */
export function theirContact(text: string, at: number): boolean {
  for (const m of text.matchAll(THEIR_CONTACT)) if (m.index <= at + 7 && m.index + m[0].length > at) return true;
  return false;
}

// a contact named by its noun or its verb, held or not ("A preparatory meeting between Rubio and Lavrov has also been put off")
const CONTACT_WORD = /\b(?:meetings?|talks|calls?|conversations?|summits?|negotiations|met|meet|spoke|spoken|speak|talked|phoned|visit(?:ed)?)\b/i;

/** People of the two sentences before in the paragraph, else of the headline when the sentence opens the article. */
export function namedBefore(article: Article, s: Article["sentences"][number]): Array<{ name: string; country: string }> {
  const texts = sentencesBefore(article, s);
  if (texts.length === 0 && s.index <= 1) texts.push(article.meta.headline ?? "");
  const pairIn = (ts: readonly string[]) => {
    const found = PEOPLE.filter((p) => ts.some((t) => isNamed(p, t)));
    return new Set(found.map((p) => p.country)).size === 2 && found.length === 2 ? found.map((p) => ({ name: p.name, country: p.country })) : [];
  };
  // (the pair of the sentence right before, when it names one in a contact of theirs: "… after their phone call last Thursday. A
  // preparatory meeting between Rubio and Lavrov has also been put off. The two spoke by phone on Monday" is Rubio and Lavrov; not
  // two named apart from any, "Trump spoke with Putin by phone on Tuesday. Zelensky, meanwhile, criticised Putin. The two leaders
  // spoke for two hours", which is the call told before)
  const nearest = texts.length > 1 && CONTACT_WORD.test(texts[0]!) ? pairIn(texts.slice(0, 1)) : [];
  return nearest.length > 0 ? nearest : pairIn(texts);
}

export const JOINING = /^\W*(?:[Jj]oining|[Tt]aking\s+part\s+in)\s+(?:the|that|this)\s+(?:(?:video|phone|conference|virtual)\s+)?(?:call|meeting|conference|summit)\s+(?:were|was)\b/;
// "The meeting was also attended by presidential aide Yuri Ushakov and Kirill Dmitriev", "Kirill Dmitriev, head of the Russian
// Direct Investment Fund, also took part.": the same
// ("The talks, held in a three-on-three format, included Secretary of State Marco Rubio and …": those it included)
// ("The talks at the Elmendorf-Richardson military base lasted about three hours in a narrow format, with Foreign Minister Sergey
// Lavrov and Ushakov on the Russian side and …": those it had on each side)
const ATTENDED = /^\W*(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]heir)\s+(meeting|talks|call|conversation|summit)(?:\s+(?:was|were)\s+also\s+attended\b|(?:,[^,;.]{1,60},)?\s+(?:also\s+)?(?:included|involved)\s+(?=\p{Lu})|\b[^;"“]*?,\s*with\s+[^;"“]*?\bon\s+the\s+(?:\p{Lu}[\p{L}.]*|other)\s+side\b)|\balso\s+(?:took\s+part|attended|participated)(?:\s+in\s+(?:the|that)\s+(?:talks|meeting|call|conversation|negotiations))?\s*(?:,\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}said)?\s*\.?\s*$/u;
// (only of the contact told before: not an occasion the sentence names itself before it, "On Sunday he travelled to a summit
// in Brussels, which Hungarian Prime Minister Viktor Orban also attended")
const OWN_OCCASION = /\b(?:which|where|whom|meeting|talks|call|conversation|summit|conference|visit|trip|forum|ceremony|events?)\b/i;

/**
 * Whether the sentence tells those who also attended the contact told just before ("The meeting was also attended by …"): null if
 * not, else the family of contact its noun names ("Trump spoke with Putin on Monday. The talks in Riyadh lasted four hours, with
 * Lavrov on the Russian side …" adds no one to the call), "any" when it names none ("Dmitriev also took part").
 */
export function attendedBefore(text: string): ReturnType<typeof family> | "any" | null {
  const m = ATTENDED.exec(text);
  if (m === null || OWN_OCCASION.test(text.slice(0, m.index))) return null;
  const noun = m[1]?.toLowerCase();
  return noun ? family(noun === "call" || noun === "conversation" ? "phone_call" : "meeting") : "any";
}
