/** Which contact cue of a sentence tells a contact that took place, not one planned, hoped for, asked for or left open. */

import type { ContactKind } from "@salvo/core";
import { matchesOf } from "./matches.ts";
import { ANY_CUE, GLOBAL_KINDS, KINDS } from "./contact-kinds.ts";
import { INTENT_VERBS } from "./intent-verbs.ts";
import { BE } from "./auxiliaries.ts";

// A past verb that tells a contact held: "met", "spoke", "held phone conversations"
// (its adjectives may run long, "had a long and highly productive phone call with Putin"; not a clause of its own between, "had
// reason to believe the talks", "had no doubt that the meeting")
export const HELD_CONTACT_VERB = /\b(?:met|spoke|spoken|talked|phoned|called|visited|hosted|received|welcomed)\b|\b(?:held|had)\s+(?:(?!(?:to|that|no|not|never|about|whether|if|been)\b)[^\s,;.]+\s+){0,6}?(?:talks|calls?|meetings?|conversations?|summit)\b/i;

// A contact that did not happen: planned, hoped for, cancelled, refused.
// ("but no visit has been scheduled": none of any kind, as "no meeting"; "Zelensky is due in Paris on Thursday for a summit")
// ("to join Zelensky for his meeting with Trump later today": a live page's day still running, the contact still ahead)
// ("said the next step should be a meeting between Presidents Volodymyr Zelensky and Vladimir Putin", "Putin must meet Zelensky":
// one asked for or proposed, not held; not "should have", a contact held or missed and weighed afterwards)
// ("no call between Xi and Zelensky has taken place", "there has been no call", "gave no sign that he had spoken to him": one denied)
const NOT_HELD = /\b(?:should|must|ought\s+to)(?!\s+have\b)|\binvit(?:ed|es|ing)\s+[^.;]{0,40}?\s+(?:on|for)\s+(?:a\s+)?(?:trip|visit)\b|\b(?:did\s+not|didn't|(?:has|have|had)\s+not|hasn't|haven't|hadn't|never|failed\s+to|would|will|['’]ll|plans?\s+to|planned|is\s+expected\s+to|could|might|willing\s+to|wants?\s+to|hopes?\s+to|ready\s+to|no\s+plans|no\s+(?:grounds|basis)\s+for\s+(?:talks|negotiations|a\s+meeting|contacts?)|proposed|proposal\s+that|proposals?\s+(?:for|of)\s+(?:a\s+)?(?:meeting|talks|call|summit|visit)|no\s+proposals?\s+for|offered|upcoming|next\s+(?:week|month|round)(?!['’]s)|later\s+this\s+(?:week|month)|later\s+(?:today|tonight)|tomorrow(?!['’]s)|hoping|hoped|seeking|trying|no\s+(?:meeting|visit|trip|summit|(?:(?:phone|telephone|video)\s+)?(?:call|conversation)|talks)\b|no\s+(?:sign|indication|suggestion)\s+that|neither\b[^.;,]{0,30}?\bconfirmed|(?:is|are|was|were)\s+(?:due|set|scheduled)\s+to|(?:is|are)\s+to\s+(?:discuss|meet|hold|talk|speak|sign|visit)\b|(?:is|are)\s+due\s+(?:in|at)|possible|any\s+(?:(?:more|further|new|future)\s+)?(?:talks|negotiations|meetings?|contacts?|calls?))\b/i;
// "Zelensky urged Trump to visit Ukraine", "invited Witkoff to visit", "urged Putin to … open negotiations": asked for, not
// held (the contact is what was asked: not "asked Putin to stop the bombing during a phone call")
// ("Kishida invited Zelensky to join the G7 summit in Hiroshima": the gathering he was asked to)
// ("Russia and Ukraine were told to start talks": asked of those the sentence names before)
const ASKED_TO = /(?:\b(?:invit(?:ed|es|ing)|urg(?:ed|es|ing)|ask(?:ed|s|ing)|encourag(?:ed|es|ing)|press(?:ed|es|ing)|call(?:ed|s|ing)?\s+on|told)\s+(?:[\p{L}'’.-]+\s+){1,4}?|\b(?:was|were|been|being)\s+(?:invited|urged|asked|encouraged|pressed|called\s+on|told)\s+)to\s+(?:(?:[\p{L}'’-]+\s+){0,6}?(?:open|hold|start|begin|resume|join|enter|attend)\s+(?:(?:the|a|an|its|their)\s+(?:[\p{L}\d'’-]+\s+){0,2})?)?$/iu;
// "as Washington pressed for a Putin–Zelensky summit", "Kyiv has called for a meeting of the leaders": the contact sought, its
// object (not what was sought at one held: "Zelensky pressed for Patriots during his talks with Trump")
// (the contact the second of what was sought: 'called for "an immediate ceasefire" and the start of negotiations', "called for an end
// to the fighting and for the start of peace negotiations"; an item that opens on a noun, not "… and held talks with Macron")
const SOUGHT_FOR = /\b(?:press(?:ed|es|ing)?|push(?:ed|es|ing)?|call(?:ed|s|ing)?|lobb(?:ied|ies|ying|y)|appeal(?:ed|s|ing)?|plead(?:ed|s|ing)?|argu(?:ed|es|ing)|ask(?:ed|s|ing)?)\s+for\s+(?:[^.;]{1,80}?\s+and\s+(?:for\s+)?(?=(?:the|a|an|new|direct|immediate|peace)\s))?(?:(?!(?:during|at|in|on|with|after|before|over|from)\b)[\p{L}'’–-]+\s+){0,4}$/iu;
// (the cue is that noun: not "Trump called for a ceasefire after meeting Putin")
const SOUGHT_NOUN = /^(?:summit|meeting|talks|negotiations|call|conversation|round|visit|trip)\b/i;
// ("… told Zelensky that Beijing would send an envoy to Ukraine for talks": what the clause says will be, not what was)
const TO_COME = /\bthat\s+(?:(?!\bthat\b)[^,;])*?\b(?:would|will)\b(?:(?!\bthat\b)[^,;])*$/i;
// "asked on Tuesday whether he had spoken to Putin recently": a question, not a contact
// ("declined to comment on whether a meeting between Putin and Trump was discussed")
const ASKED_WHETHER = /\b(?:whether|if)\s+(?:(?:he|she|they|the\s+two)\s+(?:had|has|have|would|will|could|planned|plans)\s+(?:\S+\s+){0,2}|(?:a|an|another)\s+(?:[\w-]+\s+){0,2})$/i;
// ("- Whether Trump and Putin speak by phone, as the White House has been hinting": a question still open, whoever is named)
const WHETHER_NAMED = /\b[Ww]hether\s+(?:(?:[Pp]resident\s+)?\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?){1,4}$/u;
// "The Kremlin denied reports that Putin had spoken with Trump": a contact whose telling is denied (its own verb the denied clause's,
// not one it goes on to name: "denied that he had discussed territory when he met Trump")
const DENIED = /\bden(?:ied|ies|y|ying)\s+(?:(?:media\s+|press\s+)?(?:reports?|claims?|suggestions?|rumou?rs?)\s+)?that\s+(?:[\p{L}.'’-]+\s+){1,4}?(?:(?:had|has|have|ever|secretly)\s+){0,2}$/iu;
// the modal, lower case only: "May 19. Trump and Putin speak for two hours" is a date
const MAY = /\bmay\b/;

// "willing to meet U.S. negotiators", "plans to speak with Putin": an infinitive contact is not one that happened
// ("negotiators prepared for another round of talks, to be held by video link on Monday")
// ("he has begun arranging a Putin-Zelensky meeting, to be followed by a three-way summit": the one after it, still further off)
// ("Putin told him he was looking forward to a visit by Chinese leader Xi Jinping": one awaited)
// ("though it remained open to negotiations", "Moscow was ready to continue negotiations with Kyiv": talks left open, none held)
// ("Putin is open to a meeting with Trump": one he would accept, none held)
// ("Modi also invited Putin for the annual India-Russia summit later this year": a time still ahead of the report)
// ("he had begun arranging a meeting between Putin and Zelensky", "expected the Putin-Zelensky meeting to take place": not yet held)
// ("he and Putin agreed to have their teams \"start negotiations immediately\"": talks still to begin)
// ("it was too early to talk about a meeting between Putin and Zelensky", "too early to speak of a date for a meeting", "the results
// were sufficient for a meeting between Zelensky and Putin": one only weighed; not the call a later clause tells, "…, who held a
// telephone conversation on 12 February", which is its own cue)
// ("Meloni has promised to visit Kyiv", "the president also intended to speak with Zelensky", "Putin is not yet interested in a
// meeting with Zelensky", "the president also wanted to speak with Zelensky": one meant or wanted, not held)
const HYPOTHETICAL =
  new RegExp(String.raw`\b(?:${INTENT_VERBS}|planned|wanted|willing|ready|expected|agreed|offered|prepared|due|set|invited|proposed)\s+(?:in\s+principle\s+)?to\s+(?:meet|speak|talk|hold|visit|call|host|welcome)\b|\binterested\s+in\s+(?:a|an|any|another)\b|\bno\s+date\b|\bpreparations?\s+(?:for|of)\b|\b(?:arranging|organi[sz]ing|setting\s+up|to\s+(?:arrange|organi[sz]e|set\s+up))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:meeting|summit|talks|call)\b|\bexpected\b[^.;]{0,60}\bto\s+take\s+place\b|\barrangements?["”]?\s+for\b|\b(?:ready|open|willing)\s+for\b|\bopen\s+to\s+(?:(?:new|further|direct|more)\s+)?(?:negotiations|talks|dialogue)\b|\bopen\s+to\s+(?:a|an|any|another)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|call|conversation|contacts?|visit)\b|\b(?:willing|ready|prepared)\s+to\s+(?:continue|resume|start|begin|open)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:negotiations|talks|dialogue)\b|\bin\s+the\s+coming\s+(?:days|weeks|months)\b|\bprepar(?:ed|ing|es?)\s+for\b|\bto\s+be\s+(?:held|followed\s+by)\b|\blook(?:s|ed|ing)?\s+forward\s+to\b|\blater\s+this\s+(?:week|month|year)\b|\b(?:willing|ready|plans?|wants?|agreed|decided|offered|proposed)\s+(?:in\s+principle\s+)?to\s+(?:have|let|instruct|send)\s+(?:their|the|his|her|its)\s+(?:[\w-]+\s+)?(?:teams?|delegations?|negotiators|envoys|representatives)\b|\btoo\s+(?:early|soon)\s+to\s+(?:talk|speak)\s+(?:about|of)\b|\b(?:${BE.join("|")})\s+(?:not\s+)?(?:sufficient|enough)\s+for\b`, "i");
// ("the response to those who called and visited Putin recently": whoever did, no one named; not one named among them, "Zelensky
// was among the leaders who met Trump", nor "among those who")
const ANYONE_WHO = /(?<!\bamong\s+)\b(?:those|anyone|everyone)\s+who\s+(?:[\w'’-]+\s+){0,3}$/i;

// (the purpose or venue of a contact planned: "… for a second round of direct talks", "… on the sidelines of an ASEAN meeting", within
// its clause, no "and" opening another between; not "during", the contact it was agreed in: "agreed to meet in Budapest during a
// lengthy phone call")
// (a further leg of the same journey is still ahead: "is due in Berlin on Friday to sign an agreement with Scholz and then travel to Paris
// for talks with Macron")
const OF_PLANNED = /^(?:(?!\band\b(?!\s+then\s+(?:travel|fly|go|head)\b))[^,;.])*?\b(?:for|of|at)\s+(?:[\p{L}\d'’–-]+\s+){0,4}$/iu;

// "his decision to phone Putin", "of his intention to call Putin": a contact meant, not held
export const INTENT = "(?:decision|choice|move|readiness|willingness|refusal|intention|plans?)\\s+to\\s+";
const INTENT_BEFORE = new RegExp(`\\b${INTENT}$`, "i");

const SINCE_CONTACT = /^\s+since\s+(?:(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:\w+\s+)?(?:spoke|met|called|phoned|talked|held|hosted|visited)\b|\p{Lu}\S*['’]s\s+(?:meeting|call|talks|visit|trip)\b)/u;

// ("A meeting between Putin and Zelensky is not being considered", "… was ruled out", "is off the table": none held either)
// ("Talks between Ukrainian and Russian negotiators remain frozen", "declaring that talks with Putin were \"impossible\"": none held; "The Trump-Putin summit in Alaska is scheduled for
// Friday": one to come)
const LEFT_OPEN =
  /\b(?:was|is|were|are|would\s+be|remains?|remained)\s+["“]?(?:possible|likely|unlikely|planned|expected|scheduled|not\s+ruled\s+out|ruled\s+out|off\s+the\s+table|impossible|pointless|out\s+of\s+the\s+question|frozen|stalled|suspended|on\s+hold|deadlocked|not\s+(?:being\s+)?(?:considered|discussed|planned|prepared|on\s+the\s+agenda))\b/i;
// ("a phone conversation between Putin and Trump could be arranged", "whether a meeting between Putin and Trump was discussed": said
// of the contact only when it is the subject, a noun; not of one someone held, told by its verb, "met Trump on Monday where
// security guarantees were discussed", "spoke with Lavrov on Monday about how a meeting … could take place")
// ("a meeting between Putin and Zelensky is being arranged": one still being set up; "A meeting between Rubio and Lavrov was put
// on hold after the two spoke by phone", "A preparatory meeting between Rubio and Lavrov has also been put off", "The summit had been
// agreed in principle in a phone call": one held off or only agreed,
// not the call the sentence goes on to tell; "The meeting was arranged after Zelensky spoke by phone on Sunday with Lukashenko": the
// call)
// ("his meeting with Trump at Mar-a-Lago on Sunday will focus on security guarantees": one still to come)
const LEFT_TO_ARRANGE =
  /\b(?:was|were|is|are|had\s+(?:also\s+)?been|has\s+(?:also\s+)?been)\s+(?:put\s+on\s+hold|put\s+off(?!\s+by)|shelved|agreed|arranged\s+after)\b|\bwill\s+(?:focus|centre|center|concentrate)\s+on\b|\b(?:could|would|might|may|can)\s+(?:(?:still|soon|then|only|also)\s+)?(?:be\s+(?:arranged|organi[sz]ed|held|scheduled|set\s+up)|take\s+place)\b|\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:being\s+)?discussed\b|\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?being\s+(?:arranged|organi[sz]ed|prepared|planned|set\s+up|worked\s+out)\b/i;
// (the cue a noun, not a verb whose subject is someone: "met", "spoke with")
const VERB_CUE = /^(?:met|meets|spoke|speaks|spoken|talked|held|holds|had|has|hosted|hosts|received|receives|visited|visits|called|phoned|phones|rang|diall?ed|discussed|welcomed|greeted|walked|strolled|toured|sat|spent|gave|brought|flew|came|went|rode|drove|headed|arrived|travell?ed|joined|convened|chaired|co-chaired|took|briefed|told|assured|warned|informed|thanked|congratulated|urged|asked|was|were)\b/i;
const leftOpen = (saidOf: string, cue = "") => LEFT_OPEN.test(saidOf) || (!VERB_CUE.test(cue) && LEFT_TO_ARRANGE.test(saidOf));
// ("met Putin … to discuss how a summit with Trump could be arranged": who is named in that contact only is not in the one held)
const LEFT_OPEN_NOUN = /\b(?:summit|meeting|call|conversation|talks)((?:\s+[\p{L}.'’-]+){1,6}?\s*)$/u;
// (what inLeftOpen reads, the words after the noun up to `at` and on, is a stretch of the sentence that begins with a space: in a
// sentence that neither pattern matches no contact is left open, and whoever it names need not be looked for)
export const mayLeaveOpen = (text: string) => LEFT_OPEN.test(text) || LEFT_TO_ARRANGE.test(text);
// (`clauseOnly`: what its own clause says of it, up to a comma: not "a meeting between Putin and Trump, who spoke by phone on Feb.
// 12, but that it was unlikely …")
export const inLeftOpen = (text: string, at: number, clauseOnly = false) => {
  const noun = LEFT_OPEN_NOUN.exec(text.slice(Math.max(0, at - 60), at));
  const end = clauseOnly ? text.slice(at).search(/[,;]/) : -1;
  return noun !== null && leftOpen(noun[1]! + text.slice(at, end < 0 ? text.length : at + end));
};

// "The visit came as …", "The Meloni visit came a day after …", "The visit coincided with …": the contact told before, up to its verb
const CAME_AS = /^\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Lu}[\p{L}'’-]*\s+)?(?:visit|trip|meeting|call|talks)\s+(?:came|comes|followed|follows|coincided|coincides)\b/u;

// "arrived in Washington on Thursday ahead of Friday's meeting with Trump", "in the run-up to next week's summit", "on the eve of
// a train journey to Kyiv": a contact
// the sentence's own news comes before, still to be held then (a noun: "ahead of" names no contact held by a verb)
// (not what something is timed against: "The strike came ahead of a long-awaited phone call between Zelensky and Xi on April 26",
// "hours ahead of the talks", a contact held)
// (but not one the report tells as held since: a main verb in the pluperfect, "Zelensky had arrived in Washington on Thursday ahead
// of Friday's meeting with Trump", or a past clause about the contact after it, "…, which ended without a deal", "where they agreed")
const PLUPERFECT = /\bhad\s+(?:(?:already|just|also|earlier|first)\s+)?(?!(?:planned|hoped|expected|intended|wanted|scheduled|agreed|promised|asked|offered|proposed)\b)(?:[a-z]+ed|flown|come|gone|left|driven|ridden)\b(?!\s+to\b)/;
const PAST_ABOUT_IT = /^[^.;]{0,80}?,?\s*\b(?:which|where|when|at\s+which|during\s+which|after\s+which)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:ended|lasted|produced|yielded|failed|broke\s+up|went|agreed|discussed|clashed|finished|concluded|resulted|took\s+place|(?:was|were)\s+held)\b/iu;
const CONTACT_AHEAD = /(?<!\b(?:came|comes|come|happened|hours?|days?|minutes)\s+(?:(?:just|shortly|only|well)\s+)?)\b(?:ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+(?:(?:the|a|an|his|her|their|its|this|next|planned|expected|upcoming|(?:[\p{L}.-]+|this\s+week|next\s+week)['’]s)\s+)*(?:[\p{L}-]+\s+){0,2}$/iu;

const VISIT_AHEAD = /\b(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}?\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;

// (the contact's own noun: not "discussed the idea of a ceasefire in a phone call", a call held)
const LEFT_SUMMIT = /\b(?:left|leaves|leaving|quit|skipped|skipping|missed|walked\s+out\s+of)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu;
// (in what the sentence says of it next, up to its clause's end)
const NEVER_TOOK_PLACE = /^[^.;:]{0,90}?\b(?:(?:did\s+not|didn['’]t|never|failed\s+to|will\s+not|won['’]t)\s+(?:take\s+place|happen|materiali[sz]e|go\s+ahead)|never\s+(?:took\s+place|happened|materiali[sz]ed|went\s+ahead)|fell\s+through)\b/i;
// ("dashing hopes of a face-to-face meeting with Zelensky", "hopes for talks": a contact hoped for; its noun the cue, not "met Trump amid
// hopes for a deal")
const IDEA_OF = /\b(?:(?:idea|prospect|possibility)\s+of|hopes?\s+(?:of|for))\s+(?:[\p{L}'’–-]+\s+){0,3}$/iu;

// ("A bilateral meeting between Putin and Zelensky, which Trump said on Monday he had begun to arrange, would test which reading is
// right": a contact named without being told, a subject of what would or will be, past its own relative clause; not "the call with
// Putin would lead nowhere", said of one held)
const ANY_CONTACT_BEFORE = /\b(?:an?|any)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// (from the noun: its own "between …", "with …", not what was said in it, "in a telephone conversation that payments … would be
// switched to roubles")
const STILL_AHEAD = /^[\p{L}-]+(?:\s+(?:between|of|with)\s[^,;.]{1,80}?)?(?:,\s*(?:which|that)\s[^;.]{1,120}?,)?\s+(?:would|will|could|might|may)\s+(?!have\b)/iu;

// (a contact named as one promised or only mooted: "Erdogan's promised conversation with Putin", "a potential meeting")
// (unless the sentence says it was held after all: "his promised call with Putin took place on Friday", "… lasted an hour"; not "began
// to look unlikely"; nor "ended" or "began", whose subject may be another's, "Hopes for Erdogan's promised meeting with Putin ended
// on Friday")
const HELD_AFTER_ALL = /^[^,;.]{0,80}?\b(?:took\s+place|was\s+held|went\s+ahead|happened|lasted)\b/i;
const MEANT_NOUN = /(?:['’]s|\b(?:his|her|their|its|the|a|an))\s+(?:promised|mooted|potential|prospective|hoped-for|would-be|long-mooted)\s+(?:[\p{L}-]+\s+)?$/iu;

// ("Biden and Putin had accepted \"in principle\" a summit": one agreed to, still to be held)
const IN_PRINCIPLE = /\b(?:accepted|agreed\s+to)\s+["“]?in\s+principle["”]?\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const WISHED = /\b(?:would|'d)\s+(?:like|love|want|prefer)\s+to\s+(?:hold|have|arrange|organi[sz]e)\s+(?:(?:a|an|the|another)\s+)?(?:[\w-]+,?\s+){0,3}$/i;

// "agreed to meet in Budapest during their telephone conversation": the contact in which something was agreed or offered
const AGREED_IN = /\b(?:agreed|offered|proposed|promised)\s+to\s+[^,;.]{0,50}?\s((?:during|in|over)\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,3})$/iu;

// a contact's past verb, which no "to" can govern ("met", "spoke"), and an infinitive's clause ended by "and" right before it
const FINITE_CUE = /^(?:met|spoke|talked|held|hosted|received|visited|phoned|rang|welcomed)\b/i;
// (an infinitive a verb of meaning or promising governs: not "to those who called and visited Putin", a preposition's)
const INFINITIVE_AND = new RegExp(String.raw`\b(?:${INTENT_VERBS}|wanted|planned|pledged|vowed|expected|agreed|offered|decided|willing|ready|prepared)\s+to\s+\p{Ll}+\b[^,;]*?\s(and\s+(?:(?:then|later|also|afterwards|subsequently)\s+)?)$`, "u");

/**
 * The first contact cue in the sentence that reports a contact that took place: cues next to
 * "would", "agreed to", "no date has been set" … are plans, not contacts, and are passed over
 * ("they agreed to meet in Budapest after a phone call that lasted two hours" is one call).
 */
export function heldContact(text: string): { kind: ContactKind; at: number } | null {
  if (!ANY_CUE.test(text)) return null;
  const cues: Array<{ kind: ContactKind; at: number; end: number }> = [];
  // (ANY_CUE lets most sentences through, "Kyiv" alone: a kind's own words, looked for in one lower-cased copy, skip its scan)
  const lower = text.toLowerCase();
  for (const k of GLOBAL_KINDS) {
    if (!k.words.some((w) => lower.includes(w))) continue;
    for (const m of matchesOf(k.re, text)) cues.push({ kind: k.kind, at: m.index, end: m.index + m[0].length });
  }
  if (cues.length === 0) return null; // (as the loop below would conclude)
  cues.sort((a, b) => a.at - b.at || KINDS.findIndex((k) => k.kind === a.kind) - KINDS.findIndex((k) => k.kind === b.kind));
  const meetingOpening = MEETING_OPENING.exec(text)?.[0].length ?? 0;
  // ("Putin would meet Erdogan on Thursday on the sidelines of a regional summit": the verb the cues do not take)
  // ("Starmer was expected to receive him at Downing Street later on Saturday, before a summit of European leaders")
  // ("Lavrov is expected in Ankara on June 8 for talks with Cavusoglu", "a delegation … was preparing to fly to the United States for
  // talks with Witkoff": a journey still ahead, and the contact it is for)
  const plannedVerb = /\b(?:would|will|to|plans?\s+to|expected\s+to)\s+(?:meet|receive|host|welcome)\b|\b(?:is|are|was|were)\s+(?:due|expected)\s+(?:back\s+)?(?:in|at)\b|\b(?:preparing|due|set|about|scheduled|planning|expected)\s+to\s+(?:fly|travel|go|head|leave)\b/i.exec(text);
  let planned = plannedVerb !== null;
  // where the last contact passed over as planned ends: what the clause goes on to name for it is its purpose or venue
  let plannedEnd = plannedVerb ? plannedVerb.index + plannedVerb[0].length : -1;
  // ("After the meeting on Thursday, Macron held a call with Trump": the contact told before is when, the one after is what;
  // it is the contact only when the sentence tells no other)
  const occasions = matchesOf(OCCASIONS, text).map((m) => [m.index, m.index + m[0].length] as const);
  let occasion: { kind: ContactKind; at: number } | null = null;
  for (const c of cues) {
    // (a summit after a meeting that was only planned is where it was to be: "no plans for a meeting between Putin and
    // Biden at next month's G20 summit", "Putin would meet Erdogan on Thursday on the sidelines of the summit")
    if (planned && /^summit$/i.test(text.slice(c.at, c.end))) continue;
    // ("The visit came as Donald Trump's frustration with Vladimir Putin grew": a contact told before, set beside what else was
    // going on; "He said he would like to hold a second, three-way meeting": a wish, past the comma of its adjectives)
    // ("The Meloni visit came a day after …": the visit named by its visitor)
    if (c.at < (CAME_AS.exec(text)?.[0].length ?? 0)) continue;
    if (WISHED.test(text.slice(Math.max(0, c.at - 80), c.at)) || IN_PRINCIPLE.test(text.slice(Math.max(0, c.at - 60), c.at))) continue;
    if (ANY_CONTACT_BEFORE.test(text.slice(Math.max(0, c.at - 40), c.at)) && !VERB_CUE.test(text.slice(c.at, c.end)) && STILL_AHEAD.test(text.slice(c.at))) {
      planned = true;
      plannedEnd = c.end;
      continue;
    }
    // ("Ukrainian and Russian delegations are due to meet in Istanbul on Monday for a second round of direct talks", "Rubio is
    // expected to meet Lavrov on Thursday on the sidelines of an ASEAN meeting": the noun the planned contact's own clause goes on
    // to name, for what or where it is to be, is that contact; not one held after "and", "is to visit Kyiv and held talks with …")
    if (plannedEnd >= 0 && plannedEnd <= c.at && !VERB_CUE.test(text.slice(c.at, c.end)) && OF_PLANNED.test(text.slice(plannedEnd, c.at))) {
      plannedEnd = c.end;
      continue;
    }
    // ("Scholz has defended his decision to phone Putin, saying on Saturday …": the call told before, not another)
    // ("Macron had informed Zelensky of his intention to call Putin during a conversation …": the call meant, not held)
    if (INTENT_BEFORE.test(text.slice(Math.max(0, c.at - 30), c.at))) continue;
    // ("Ushakov noted that the call took place a day before Zelensky's visit to Washington": a visit named as when something else
    // was, still to come then, is no contact told)
    if (c.kind === "visit" && VISIT_AHEAD.test(text.slice(Math.max(0, c.at - 60), c.at))) continue;
    if (!VERB_CUE.test(text.slice(c.at, c.end)) && CONTACT_AHEAD.test(text.slice(Math.max(0, c.at - 60), c.at)) && !PLUPERFECT.test(text.slice(Math.max(text.lastIndexOf(",", c.at), text.lastIndexOf(";", c.at)) + 1, c.at)) && !PAST_ABOUT_IT.test(text.slice(c.end))) continue;
    // ("the two leaders had supported the idea of direct talks between Russian and Ukrainian delegations", "The idea of a
    // Biden–Putin summit is also dead": a contact thought of)
    // ("is due in Paris on Thursday for a summit of the coalition hosted by Emmanuel Macron": who hosts the contact planned)
    if (planned && /^(?:hosted|chaired|co-chaired|convened|organi[sz]ed)\s+by\b/i.test(text.slice(c.at)) && !/[,;]/.test(text.slice(Math.max(0, c.at - 60), c.at))) continue;
    // ("Trump had left the summit early on Monday night": who left a summit met no one there by it)
    if (/^summit$/i.test(text.slice(c.at, c.end)) && LEFT_SUMMIT.test(text.slice(Math.max(0, c.at - 40), c.at))) continue;
    // ("a meeting with Zelenskyy that Ukrainian officials had hoped for on the sidelines did not take place")
    if (!VERB_CUE.test(text.slice(c.at, c.end)) && NEVER_TOOK_PLACE.test(text.slice(c.end))) {
      planned = true;
      plannedEnd = c.end;
      continue;
    }
    if (IDEA_OF.test(text.slice(Math.max(0, c.at - 40), c.at)) && !/^(?:in|during|over)\s/i.test(text.slice(c.at))) {
      planned = true;
      plannedEnd = c.end;
      continue;
    }
    // only the cue's own clause can make it hypothetical: "agreed to meet in Budapest, after a phone call"
    // ("had agreed to meet in Budapest during a lengthy phone call last Thursday": what was agreed in the call, which was held)
    const start = Math.max(0, c.at - 60, text.lastIndexOf(",", c.at) + 1, text.lastIndexOf(";", c.at) + 1);
    const agreedIn = AGREED_IN.exec(text.slice(start, c.at));
    // ("Macron promised to visit Kyiv and met Zelensky there": a finite verb after "and" opens a clause of its own, which what
    // governs the infinitive before it does not reach; not "to visit Kyiv and meet Zelensky", the same infinitive)
    const ownFinite = FINITE_CUE.test(text.slice(c.at, c.end)) ? INFINITIVE_AND.exec(text.slice(start, c.at)) : null;
    const from = agreedIn ? start + agreedIn.index + agreedIn[0].length - agreedIn[1]!.length : ownFinite ? start + ownFinite.index + ownFinite[0].length - ownFinite[1]!.length : start;
    // the clause ends at a comma or at "that" opening what was said in it ("in a call on Tuesday that he would halt strikes")
    const commaAfter = text.slice(c.end).search(/[,;]|\bthat\b/);
    const to = Math.min(text.length, c.end + 25, commaAfter < 0 ? text.length : c.end + commaAfter);
    const clause = text.slice(from, to);
    // ("a meeting with Erdogan was \"possible\"": what the clause says of the contact at its end)
    const saidOf = text.slice(c.end, commaAfter < 0 ? text.length : c.end + commaAfter);
    // (the ask may be further back than the clause's 60 characters: "called on the Russian president to withdraw his troops and to
    // enter negotiations with Ukraine"; and a "that" clause's "would" or "will" tells what is to come: "Xi told Zelensky that Beijing
    // would send a special representative for Eurasian affairs to Ukraine and other countries for talks")
    const askFrom = Math.max(0, c.at - 120, text.lastIndexOf(",", c.at) + 1, text.lastIndexOf(";", c.at) + 1);
    if (ASKED_TO.test(text.slice(askFrom, c.at)) || TO_COME.test(text.slice(askFrom, c.at))) {
      planned = true;
      plannedEnd = c.end;
      continue;
    }
    if (NOT_HELD.test(clause) || MAY.test(clause) || HYPOTHETICAL.test(clause) || ASKED_TO.test(text.slice(from, c.at)) || (SOUGHT_NOUN.test(text.slice(c.at, c.end)) && SOUGHT_FOR.test(text.slice(askFrom, c.at))) || ASKED_WHETHER.test(text.slice(from, c.at)) || DENIED.test(text.slice(askFrom, c.at)) || WHETHER_NAMED.test(text.slice(from, c.at)) || leftOpen(saidOf, text.slice(c.at, c.end)) || ANYONE_WHO.test(text.slice(from, c.at))) {
      planned = true;
      plannedEnd = c.end;
      continue;
    }
    // "It is their first meeting since Trump spoke with Putin": the pair of the sentence before, measured against another contact
    // (not "his first call since March with Putin", which is the call)
    if (/\b(?:their|his|her)\s+(?:(?:first|second|third|last|latest|previous)\s+)?$/i.test(text.slice(Math.max(0, c.at - 30), c.at)) && SINCE_CONTACT.test(text.slice(c.end))) continue;
    // ("whether Erdogan's promised conversation with Putin produces a new round of prisoner swaps": one promised, still to be held)
    if (!VERB_CUE.test(text.slice(c.at, c.end)) && MEANT_NOUN.test(text.slice(Math.max(0, c.at - 40), c.at)) && !HELD_AFTER_ALL.test(text.slice(c.end))) {
      planned = true;
      plannedEnd = c.end;
      continue;
    }
    // ("before making any decisions about negotiations": a topic, not talks held)
    if (c.kind === "talks" && /\b(?:about|regarding|concerning)\s+$/i.test(text.slice(Math.max(0, c.at - 12), c.at))) continue;
    // ("At a meeting in Kyiv on Monday, Zelensky told President Trump in a phone call …": the meeting the sentence opens on is where
    // one was, the call its clause tells by wire the contact)
    if (c.kind !== "phone_call" && c.at < meetingOpening && BY_WIRE_AFTER.test(text.slice(meetingOpening))) continue;
    if (occasions.some(([from, to]) => c.at >= from && c.at < to)) {
      occasion ??= { kind: c.kind, at: c.at };
      continue;
    }
    return { kind: c.kind, at: c.at };
  }
  // (what is said after it of a contact still to come: "said after the meeting that he expected to discuss the points with Trump in
  // the coming days")
  return occasion && !planned && !HYPOTHETICAL.test(text) ? occasion : null;
}

// a sentence's opening on a meeting, to its comma ("At a meeting in Kyiv on Monday,"), and a call its clause tells by wire after it
const MEETING_OPENING = /^\W*(?:[Aa]t|[Dd]uring)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?meeting\b[^,;.]{0,60},/u;
// (right after the clause's verb and whom it told: "Zelensky told President Trump in a phone call", "Rutte told Zelensky by phone";
// not in what was said or asked, which tells another call: "Merz told Zelensky that Trump had promised him in a phone call …",
// "Merz and Zelensky discussed what Trump had told Putin in a phone call")
const BY_WIRE_AFTER = /^\s*(?:(?!(?:that|what|whether|if|how|why|when|who|whom|which|because|would|will|could|should|might|must|to)\b)[\p{L}'’.-]+\s+){1,6}?(?:by\s+(?:tele)?phone|by\s+video(?:\s+link)?|(?:in|during|over)\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:phone|telephone|video)\s+(?:call|conversation))\b/iu;

// "Before the talks began, …", "After the call with the Kremlin, …", "… after the talks ended": a contact told before, on its day
// (not one so long before: "a week after the summit")
// ("During a break in the talks, Trump called Vladimir Putin": while it paused, on its day)
export const OCCASION = /(?<!\b(?:hours?|days?|weeks?|months?|years?)\s+)\b(?:after|before|following|ahead\s+of|during\s+(?:a|the)\s+(?:[\p{L}-]+\s+)?(?:break|pause|recess)\s+(?:in|from))\s+(?:the|their|this|that)\s+(?:[\p{L}-]+\s+)?(talks|meeting|call|conversation|summit|negotiations)\b/iu;
// (the whole phrase that opens a sentence, to its comma: "Before the talks began,", "After the call with Putin,", "After the
// meeting on Thursday,")
// (or told by what was done: "Shortly after hanging up with Putin,", "Before dialling Putin,")
const OCCASION_DONE = "(?:(?:shortly|soon|just|immediately|right)\\s+)?(?:after|before)\\s+(?:hanging\\s+up\\s+(?:with|on)|speaking\\s+(?:with|to)|talking\\s+(?:with|to)|meeting(?:\\s+with)?|diall?ing|calling|phoning|(?:his|her)\\s+(?:call|meeting|talks|conversation)\\s+with)\\s+[^,;.]{1,60}?";
// (or by whose arrival: "Before Zelensky arrived, Trump spoke by phone with Putin"; not with a pronoun after it, which is the one who
// arrived: "After Zelensky arrived in Washington, he met Trump")
const OCCASION_ARRIVED = "(?:(?:shortly|soon|just|immediately|right)\\s+)?(?:after|before)\\s+[^,;.]{1,40}?\\s+(?:arrived|landed)(?:\\s+(?:in|at)\\s+[^,;.]{1,40}?)?(?=\\s*,(?!\\s*(?:he|she|they)\\b))";
export const OCCASIONS = new RegExp(`^\\W*(?:(?:(?:shortly|soon|just|immediately|right)\\s+)?${OCCASION.source}(?:\\s+(?:began|ended|started|concluded|was\\s+over|were\\s+over))?(?:\\s+(?:on|in|at|with)\\s+[^,;.]{1,40}?)?|${OCCASION_DONE}|${OCCASION_ARRIVED})(?=\\s*,)`, "giu");

// (a sentence that opens on what was done before: "After hanging up with the Russian leader, Trump phoned Zelensky")
export const OPENING_DONE = new RegExp(`^\\W*(?:${OCCASION_DONE}|${OCCASION_ARRIVED})(?=\\s*,)`, "iu");
