import { type Article, type ContactKind, MONTH_PATTERN, addDays, sentenceText, unaccented } from "@salvo/core";
import { COMMEMORATED, HEADING, INLINE_DATELINE } from "./attack-dates.ts";
import { type TimeRef, findTimeRefs, openingDate, smallCount } from "./dates.ts";
import { HEADS, PEOPLE, type Person, isNamed, mayName } from "./people.ts";
import { matchesOf } from "./matches.ts";

/** A diplomatic contact as read from one article. */
export interface ArticleContact {
  readonly kind: ContactKind;
  readonly participants: readonly string[];
  readonly date: string | null;
  readonly place: string | null;
  readonly article_id: string;
  readonly quote: string;
  readonly quote_start: number;
  readonly quote_end: number;
}

/**
 * A contact while mentions are merged: the report's day stands in for its date only when no mention dates it; `own`, a
 * contact its sentence tells as apart from any other of those people ("Erdogan and Zelensky held a bilateral meeting").
 */
type Mention = ArticleContact & { readonly reportedDay?: string | null; readonly own?: boolean };

// "held a bilateral meeting", "had met Trump alone", "one-on-one talks": a contact of its own, not a mention of a larger one the
// same people took part in ("Before the three-way talks, Erdogan and Zelensky held a bilateral meeting"; not "separate(ly)", as
// often another item's news: "Separately, Zelensky spoke with …")
const OWN_CONTACT = /\b(?:bilateral|one-on-one|one-to-one|t[eê]te-[aà]-t[eê]te|alone)\b/i;

// `words`: what every match of the pattern holds, in lower case (one is enough): a sentence with none of them is not
// scanned with the pattern (see heldContact). A pattern edited to match without any of its words must list the new one.
const KINDS: ReadonlyArray<{ re: RegExp; kind: ContactKind; words: readonly string[] }> = [
  // "reported a conversation with Italian Prime Minister Giorgia Meloni": Kyiv's word for a call
  // ("Erdogan and Putin had discussed the future of the corridor by telephone on August 2": what was discussed by phone, with
  // whom or between whom)
  // (not who spoke to the press: "The two spoke briefly to reporters and then held a meeting")
  // ("In a separate call on Monday, Scholz assured Zelensky of Germany's solidarity")
  // (a call with someone, not what is said after it: "said the call had opened Pandora's box and that Putin had answered it with
  // missiles")
  { re: /\b(?:a|the)\s+call\s+(?:of|lasting)\b|\b(?:phone|telephone)\s+(?:calls?|conversations?|talks?)\b|\b(?:(?:a|the|his|her)\s+|had\s+(?:a\s+)?)(?:(?:long|lengthy|short|brief|good|frank|detailed|substantive|productive|new|second|first|very|extremely|constructive|useful|warm|positive|open|important|meaningful|joint|separate)\s+){0,3}conversation\s+with\b|\bduring\s+(?:a|the|their|his|her)\s+(?:(?:phone|telephone|video|brief|short|long|lengthy)\s+)?call\b|\b[Ii]n\s+(?:a|their|his|her)\s+(?:(?:separate|phone|telephone|video|brief|short|long|lengthy|later|follow-up)\s+){1,2}call\b(?!\s+(?:for|to)\b)|\bcall(?:ed)?\s+(?:with|between)\b|\b(?:spoke|speak|speaks|spoken|talked)\s+(?:(?:again|also|briefly|later|earlier|separately|twice|then|once\s+more)\s+)?(?:by\s+(?:tele)?phone|by\s+video(?:\s+(?:link|call))?|on\s+the\s+(?:tele)?phone|with|to)\b(?!\s+(?:reporters|journalists|the\s+(?:press|media)))|\b(?:speak|speaks|spoke|talked)\s+for\b|\b(?:last|first|previously)\s+spoke\b(?!\s+(?:about|of|at|publicly|to\s+(?:reporters|journalists|the\s+press)))|\b(?:tele)?(?:phoned|phones)\b|\bdiall?ed\s+(?!back\b|up\b|down\b|in\b)(?=\S+\s+\S)|\bon\s+the\s+(?:tele)?phone\s+(?:with|to)\b|\b(?:held|had)\s+a\s+(?:\S+\s+){0,2}call\b|\b(?:holds?|have|has)\s+(?:a\s+)?(?:\S+\s+){0,2}call\b|\bcall\b(?=(?:(?!\bthat\b)[^.])*\b(?:between|with)\b)|(?:’s|'s)\s+call\b|\bdiscussed\b[^;!?]{0,200}?\bby\s+(?:tele)?phone\b/i, kind: "phone_call", words: ["call", "phone", "conversation", "spoke", "speak", "talked", "dial"] },
  // "Trump and Putin held their first publicly confirmed call", a fact box's "FEB. 12 - Trump and Putin hold their first … call"
  { re: /\b(?:held|hold|had)\s+(?:their|an?)\s+(?:[\w-]+\s+){1,3}call\b(?!\s+(?:for|to)\b)/i, kind: "phone_call", words: ["call"] },
  // "co-chaired a video call of the coalition", "joined a video conference" (not "told a video conference with officials")
  // ("joined an emergency video conference of Group of Seven leaders convened by German Chancellor Olaf Scholz", "addressed a video conference")
  // ("Keir Starmer convened a virtual meeting of leaders on Saturday")
  { re: /\b(?:joined|held|holds|hosted|chaired|co-chaired|convened|convenes|took\s+part\s+in|in|addressed|after|during)\s+(?:a|an|the)\s+(?:(?:emergency\s+|virtual\s+|online\s+)?video\s+(?:call|conference|link|summit)|(?:emergency\s+)?(?:virtual|online)\s+(?:meeting|summit|conference))\b/i, kind: "phone_call", words: ["video", "virtual", "online"] },
  // "Putin welcomed Modi to his residence", "Zelensky and Polish Prime Minister Donald Tusk have signed a security
  // agreement", "he and North Korean leader Kim Jong Un signed a strategic partnership treaty", "an agreement (was) signed in
  // Brussels by Prime Minister De Croo and President Zelensky" (the two leaders by their titles: not "the grain deal signed by
  // Russia and Ukraine in 2022"); "Zelensky and Prime Minister Ulf Kristersson on Wednesday signed a letter", "Putin and Kim Jong
  // Un signed a \"comprehensive strategic partnership\" treaty"
  // (case-sensitive: a name follows "welcomed"; "welcomed Trump's decision" is no meeting)
  { re: /\bwelcome[ds]?\s+(?:(?:\p{Lu}[\p{L}'’-]*|him|her)\s+){1,5}(?:to|in|at)\s|\b(?:\p{Lu}[\p{L}'’-]+|he|she)\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+|[Pp]rime\s+|[Mm]inister\s+|[Pp]resident\s+|[Cc]hancellor\s+|[Ll]eader\s+){1,6}(?:have\s+|had\s+|on\s+\p{Lu}\p{Ll}+day\s+)?signed\s+(?:a|an|the)\s+(?:["“]?[\p{L}\d-]+["”]?\s+){0,3}(?:agreement|deal|declaration|memorandum|letter|accord|treaty|pact)\b|\bsigned\s+(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,3}(?:agreement|deal|declaration|memorandum|accord|treaty|pact)\s+with\s+(?=\p{Lu})|\b(?:agreement|deal|declaration|memorandum|accord|treaty|pact)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?signed\b[^.;]{0,50}?\bby\s+(?:[Pp]rime\s+[Mm]inister|[Pp]resident|[Cc]hancellor)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}and\s+(?:[Pp]rime\s+[Mm]inister|[Pp]resident|[Cc]hancellor)\s/u, kind: "meeting", words: ["welcome", "signed"] },
  // "step out and phone Putin", "Trump called Putin" (case-sensitive: a name follows, not "called on" or "so-called")
  // (nor what one called another: "Trump called Zelensky a dictator")
  { re: /\b(?:phone|call|called|rang)\s+(?!On\b)(?!(?:\p{Lu}[\p{L}'’-]+\s+){1,3}an?\s+(?!(?:day|week|hour|few|couple|month)\b))(?=\p{Lu}\p{Ll})/u, kind: "phone_call", words: ["phone", "call", "rang"] },
  // "which Trump followed with a separate call to Zelensky" (case-sensitive: a name or a leader's title follows, not "a call to arms")
  { re: /\b(?:[Aa]|[Tt]he|[Hh]is|[Hh]er)\s+(?:(?:separate|brief|short|follow-up|second|phone|telephone)\s+){0,2}call\s+to\s+(?=(?:[Pp]resident\s+|[Pp]rime\s+[Mm]inister\s+|[Cc]hancellor\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\b(?!\s+\p{Lu})(?!\s+(?:to|for)\b))/u, kind: "phone_call", words: ["call"] },
  // "Rubio briefed Russian Foreign Minister Sergei Lavrov by phone", "told Zelensky over the phone": what was said in a call
  // (a person, not an outlet: "Trump told NBC News by phone", "told French TV at a European Council meeting")
  { re: /\b(?:briefed|told|assured|warned|informed|thanked|congratulated|urged|asked)\s+(?!(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:News|TV|Television|Radio|Times|Post|Journal|Agency|Press)\b|(?:NBC|CBS|ABC|CNN|Fox|Reuters|AP|AFP|Bloomberg|BBC|Axios|Politico|reporters|journalists|the\s+media|state\s+media)\b)(?:[\p{L}.'’-]+\s+){1,5}?(?:by|over\s+the)\s+(?:tele)?phone\b/iu, kind: "phone_call", words: ["phone"] },
  // "Trump told Volodymyr Zelenskyy at a White House lunch on Friday that …": what was said at a meal or meeting of the two
  { re: /\b(?:told|assured|promised|warned|asked|urged|thanked)\s+(?!(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:News|TV|Television|Radio|Times|Post|Journal|Agency|Press)\b|(?:NBC|CBS|ABC|CNN|Fox|Reuters|AP|AFP|Bloomberg|BBC|Axios|Politico|reporters|journalists|the\s+media|state\s+media)\b)(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:at|during|over)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,3}(?:lunch|dinner|breakfast|meeting)\b/u, kind: "meeting", words: ["lunch", "dinner", "breakfast", "meeting"] },
  // "Witkoff spent two hours with Putin on the phone"
  { re: /\bspent\s+(?:\S+\s+){0,3}(?:hours?|minutes)\s+(?:with\b[^.,;]*\bon\s+the\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)\b/i, kind: "phone_call", words: ["spent"] },
  // "Rutte spoke early this morning with Nawrocki", "spoke again on Sunday with Trump": when, between the verb and whom
  // (with someone named: not "spoke in the morning with the families of the victims")
  { re: /\b(?:spoke|spoken|talked)\s+(?:(?:early|late|earlier|later|again|briefly|separately|twice|also|this|that|on|in|the|morning|evening|afternoon|night|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)\s+){1,4}with\s+(?=\p{Lu}|(?:the\s+)?(?:[Pp]resident|[Pp]rime|[Cc]hancellor|leaders?)\b|(?:his|her|their)\s+|von\s)/u, kind: "phone_call", words: ["spoke", "talked"] },
  // "sat down with a Ukrainian team", "Witkoff spent more than four hours with Putin", "Xi greeted Putin when the two sat down"
  // ("ended their meeting at Joint Base Elmendorf-Richardson": theirs, not "a cabinet meeting at the White House")
  // (a meeting with someone, not one after which what was said names him: "said after the meeting that he expected to discuss … with Trump")
  // ("In Jeddah, a meeting took place between the delegations of Ukraine and the United States")
  // (what was received, not whom: "Russia had received signals from President Donald Trump")
  // ("Kozak, Yermak, Ploetner and Bonne took part in the Normandy-format meeting": those named before it)
  { re: /\bspent\s+(?:\S+\s+){0,3}(?:hours?|minutes)\s+with\b(?![^.,;]*\bon\s+the\s+(?:tele)?phone\b)|\b(?:was|were)\s+(?:then\s+|later\s+|also\s+|warmly\s+)?(?:received|welcomed|greeted|hosted)\s+by\b|\bsummit\b|\b(?:met|meets|hosted|hosts|received|receives)\s+(?!no\b|(?:an?|the|his|her|its|their|any)\s+(?:\S+\s+)?(?:response|reply|letter|message|invitation|signal|request|proposal)\b|(?:responses?|replies|reply|letters?|messages?|invitations?|signals?|requests?|proposals?|assurances|guarantees)\b)(?:with\s+)?|\bsat\s+down\s+with\b|\b(?:the\s+two|they)\s+(?:(?:leaders|presidents|men)\s+)?sat\s+down\b|\bbrought\s+together\b|\b(?:had|held|hosted|gave)\s+(?:a\s+|an\s+)?(?:working\s+|private\s+)?(?:dinner|lunch|breakfast|audience)\b|\b(?:dinner|lunch|audience)\s+(?:in\s+[A-Z]\S*\s+)?with\b|\bmeet\s+(?:in|at|with|for)\b|\bmeeting\s+(?:with|between|in)\b|\bmeeting\s+(?:took\s+place|was\s+held)\s+(?:in\s+[A-Z]\S*\s+)?between\b|\btheir\s+(?:[\w-]+\s+)?meeting\s+at\b|\b(?:held|had)\s+(?:[a-z-]+\s+){0,2}meetings\s+with\b|\b(?:held|had)\s+(?:a|an|their)\s+(?:(?:bilateral|separate|private|brief|short|one-on-one|face-to-face|closed-door|working)\s+){1,2}meeting\b|\bafter\s+meeting\b|\bmeeting\b(?=(?:(?!\bthat\b)[^.])*\bwith\b)|\btook\s+part\s+in\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}meeting\b/i, kind: "meeting", words: ["spent", "receive", "welcome", "greet", "host", "summit", "met", "sat", "brought", "dinner", "lunch", "breakfast", "audience", "meet"] },
  // "In the airport he was met by Alexander Lukashenko personally", "He was met by King Felipe VI at the Royal Palace" (case-sensitive:
  // a name or a leader's title follows, not "was met by protests")
  { re: /\b(?:was|were)\s+(?:(?:then|later|also|personally|warmly)\s+)?met\s+by\s+(?=\p{Lu}|(?:the\s+)?(?:[Pp]resident|[Pp]rime|[Cc]hancellor|[Kk]ing|[Pp]ope)\b)/u, kind: "meeting", words: ["met"] },
  // "Joe Biden walked the streets of Kyiv with Zelensky", "toured the port with Infrastructure Minister Oleksandr Kubrakov", "Boris
  // Johnson spent the holiday in Kyiv with Zelensky": time spent in someone's company (case-sensitive: someone named follows, and
  // not "walked out of the meeting with"); "Zelensky stood beside Biden at the White House", "standing next to Emmanuel Macron"
  // (unless a visit is what the clause tells: "stood next to Macron at the White House during the French president's state visit")
  { re: /\b(?:[Ww]alk(?:ed|ing)|[Ss]troll(?:ed|ing)|[Tt]our(?:ed|ing))\b(?!\s+(?:out|away|off)\b)[^.;,]{0,50}?\bwith\s+(?=\p{Lu}|von\s)|\bspent\s+(?:the|a|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:day|holiday|evening|morning|afternoon|weekend)\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?with\s+(?=\p{Lu}|von\s)|\b(?:stood|standing)\s+(?:beside|alongside|next\s+to)\s+(?=\p{Lu}|von\s)(?![^.;]*\bvisit)/u, kind: "meeting", words: ["walk", "stroll", "tour", "spent", "stood", "standing"] },
  // "He flew on to Kyiv the next day, Feb 8, to meet Ukrainian President Volodymyr Zelensky": a trip made to meet someone
  { re: /\b(?:flew|travell?ed|went|came|headed|drove)\b[^.;]{0,60}?\bto\s+meet\s+(?=\p{Lu}|(?:the\s+)?(?:[Pp]resident|[Pp]rime|[Cc]hancellor|[Kk]ing|[Pp]ope)\b)/u, kind: "meeting", words: ["meet"] },
  // "after receiving Ukrainian President Volodymyr Zelensky", "Receiving Zelensky in Istanbul" (a leader, not "receiving Patriot systems")
  { re: /\b[Rr]eceiving\s+(?=\p{Lu}[\p{L}'’.-]*\b)(?!\S+\s+(?:systems?|missiles?|batter(?:y|ies)|weapons?|aid|shells?|munitions?|jets?|tanks?|air|deliveries|interceptors?)\b)/u, kind: "meeting", words: ["receiving"] },
  // "Zelensky, who was hosting Italian Prime Minister Giorgia Meloni", "was showing Greek Prime Minister Kyriakos Mitsotakis
  // around the city" (case-sensitive: a leader or a name follows)
  { re: /\b(?:was|were)\s+(?:hosting|showing)\s+(?=(?:[A-Z][\p{L}'’-]*\s+){0,3}(?:[Pp]resident|[Pp]rime|[Cc]hancellor|[Kk]ing|[Pp]ope)\b|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/u, kind: "meeting", words: ["hosting", "showing"] },
  // a timeline's line, told in the present: "December 2 - Witkoff and Kushner meet Vladimir Putin in the Kremlin" (the names
  // and "meet" only: not "Kremlin says Putin won't meet Zelensky", "Trump says Zelensky must meet Putin")
  { re: /^\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\s*[-–—:]\s+(?:(?:\p{Lu}[\p{L}'’.-]*|and|&)[\s,]+){1,8}meet\s+(?=\p{Lu})/u, kind: "meeting", words: ["meet"] },
  // "Bessent was in Kyiv on Wednesday, meeting Zelensky" (case-sensitive: a name follows)
  { re: /,\s+meeting\s+(?=\p{Lu}\p{Ll})/u, kind: "meeting", words: ["meeting"] },
  // ("arrived in Moscow on March 20 for a three-day state visit")
  { re: /\bvisit(?:ed|s|ing)?\s+(?:to\s+)?\b|\b(?:state|official|working)\s+visit\b/i, kind: "visit", words: ["visit"] },
  // "Joe Biden's surprise trip to Kyiv", "rode an overnight train to Kyiv", "Bessent was in Kyiv on Wednesday"
  // (the words between tell how they travelled: not "came hours after a Russian missile strike in Kyiv")
  { re: /\b(?:trip|journey)\s+to\s+(?:Kyiv|Kiev)\b|\b(?:travell?ed|came|arrived|went|rode|flew)\b(?:(?!\b(?:after|before|strike|attack|hours?|that|which|under|with|missiles?|drones?)\b)[^.;,]){0,45}?\b(?:to|in)\s+(?:Kyiv|Kiev)\b|\b(?:was|were)\s+in\s+(?:Kyiv|Kiev)\s+(?:on|for|this|last|yesterday)\b/, kind: "visit", words: ["kyiv", "kiev"] },
  // "at the previous round in Istanbul", "the third round of talks"
  { re: /\b(?:talks|discussions|negotiations)\b|\b(?:previous|first|second|third|fourth|latest|last|new)\s+round\b/i, kind: "talks", words: ["talks", "discussions", "negotiations", "round"] },
  // "Rubio and Yermak had led the two delegations in Geneva", "delegations led by Marco Rubio and Andriy Yermak sat down in Geneva":
  // talks told by who led each side
  { re: /\b(?:led|headed)\s+(?:the\s+)?(?:two|their|rival|respective)\s+(?:delegations|teams)\b|\b(?:delegations|teams)\s+(?:led|headed)\s+by\s+[^.;]{3,80}?\s+(?:sat\s+down|met)\b/i, kind: "talks", words: ["delegations", "teams"] },
  // "At the Istanbul round on June 2, the delegations led by Medinsky and Umerov agreed …": a round named by its place
  { re: /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+round\b/u, kind: "talks", words: ["round"] },
];

const KYIV_TRIP = KINDS.find((k) => k.kind === "visit" && k.re.source.includes("Kyiv"))!.re;
const ZELENSKY = { name: "Volodymyr Zelensky", country: "UA" };
// a trip told as planned, asked for or recalled, or hosted by someone other than the president
const KYIV_TRIP_NOT_HIS =
  /\b(?:prepar\w*|invit\w*|plans?|planned|planning|expected|due|hopes?|yet\s+to)\b|\b(?:his|her|their)\s+(?:Ukrainian\s+)?counterparts?\b|\bUkrainian\s+(?:officials|ministers?|counterparts?)\b|\bwho\s+(?:had\s+)?(?:came|was|arrived|travell?ed|went|rode|flew)\b/i;

// the items of a list: "A, B and C", "May 16, June 2, and July 23"
const LIST_ITEMS = /\s*,\s*(?:and\s+)?|\s+and\s+/;

/** The visitors a ", followed by A on 21 February and B on 23 February" tail names, each with his own day; none unless each has one. */
function followersOf(text: string, published: string | null): Array<{ name: string; date: string }> {
  const tail = /,\s+followed\s+by\s+([^.;]+)/.exec(text);
  if (!tail) return [];
  const items = tail[1]!.split(LIST_ITEMS);
  const out = items.map((item) => ({ names: namedIn(item), day: findTimeRefs(item, published).find((r) => r.precision === "day" && r.start && !r.relative)?.start }));
  return out.every((x) => x.names.length === 1 && x.day) ? out.map((x) => ({ name: x.names[0]!, date: x.day! })) : [];
}

/**
 * Foreign visitors whose own trip to Kyiv the sentence tells, named before it as its subject ("Joe Biden came to Kyiv
 * on 20 February"), and no one else: then the host, unnamed, is Ukraine's president.
 */
function kyivGuests(text: string, people: ReadonlyArray<{ name: string; country: string }>, published: string | null): boolean {
  const trip = KYIV_TRIP.exec(text);
  if (!trip || people.length === 0 || people.some((p) => ["UA", "RU", "BY"].includes(p.country)) || KYIV_TRIP_NOT_HIS.test(text)) return false;
  // (a year in the trip's own clause other than the report's is a trip recalled: "came to Kyiv in April 2022")
  const clause = text.slice(trip.index).split(/[,;.]\s/)[0]!;
  if ([...clause.matchAll(/\b(?:19|20)\d\d\b/g)].some((m) => m[0] !== published?.slice(0, 4))) return false;
  const ends = people.map((p) => {
    const m = (PEOPLE.find((q) => q.name === p.name)?.re ?? new RegExp(p.name.split(" ").at(-1)!, "u")).exec(text);
    return m ? m.index + m[0].length : -1;
  });
  // (all named before the trip, the last of them close to it with no other verb between: not "Kellogg said the drones that flew to Kyiv")
  const last = Math.max(...ends);
  return ends.every((e) => e >= 0 && e <= trip.index) && trip.index - last <= 60 && !/\b(?:said|says|told|that|after|when|while)\b/i.test(text.slice(last, trip.index));
}

// A contact that did not happen: planned, hoped for, cancelled, refused.
// ("but no visit has been scheduled": none of any kind, as "no meeting")
const NOT_HELD = /\binvit(?:ed|es|ing)\s+[^.;]{0,40}?\s+(?:on|for)\s+(?:a\s+)?(?:trip|visit)\b|\b(?:did\s+not|didn't|(?:has|have|had)\s+not|hasn't|haven't|hadn't|never|failed\s+to|would|will|plans?\s+to|planned|is\s+expected\s+to|could|might|willing\s+to|wants?\s+to|hopes?\s+to|ready\s+to|no\s+plans|no\s+(?:grounds|basis)\s+for\s+(?:talks|negotiations|a\s+meeting|contacts?)|proposed|proposal\s+that|proposals?\s+(?:for|of)\s+(?:a\s+)?(?:meeting|talks|call|summit|visit)|no\s+proposals?\s+for|offered|upcoming|next\s+(?:week|month|round)(?!['’]s)|later\s+this\s+(?:week|month)|tomorrow(?!['’]s)|hoping|hoped|seeking|trying|no\s+(?:meeting|visit|trip|summit)|(?:is|are|was|were)\s+(?:due|set|scheduled)\s+to|possible|any\s+(?:(?:more|further|new|future)\s+)?(?:talks|negotiations|meetings?|contacts?|calls?))\b/i;
// "Zelensky urged Trump to visit Ukraine", "invited Witkoff to visit", "urged Putin to … open negotiations": asked for, not
// held (the contact is what was asked: not "asked Putin to stop the bombing during a phone call")
const ASKED_TO = /\b(?:invit(?:ed|es|ing)|urg(?:ed|es|ing)|ask(?:ed|s|ing)|encourag(?:ed|es|ing)|press(?:ed|es|ing)|call(?:ed|s|ing)?\s+on)\s+(?:[\p{L}'’.-]+\s+){1,4}?to\s+(?:(?:[\p{L}'’-]+\s+){0,6}?(?:open|hold|start|begin|resume|join|enter|attend)\s+)?$/iu;
// "asked on Tuesday whether he had spoken to Putin recently": a question, not a contact
// ("declined to comment on whether a meeting between Putin and Trump was discussed")
const ASKED_WHETHER = /\b(?:whether|if)\s+(?:(?:he|she|they|the\s+two)\s+(?:had|has|have|would|will|could|planned|plans)\s+(?:\S+\s+){0,2}|(?:a|an|another)\s+(?:[\w-]+\s+){0,2})$/i;
// the modal, lower case only: "May 19. Trump and Putin speak for two hours" is a date
const MAY = /\bmay\b/;
// A sentence that calls a contact off is left out whole: which names belong to which contact is not safe to guess.
// (what was called off is no contact: "visited Kyiv on February 20, when a planned joint press conference with Zelensky was cancelled")
const OTHER_CALLED_OFF = /\b(?:press|news)\s+(?:conference|briefing)\b[^.;,]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+(?:cancel(?:l)?ed|called\s+off|postponed|scrapped)\b/gi;
const CALLED_OFF = /\b(?:cancel(?:l?ed|l?ing|s)?|called\s+off|postponed|scrapp(?:ed|ing)|refused\s+to\s+meet|declined\s+to\s+meet)\b/i;
// the two sides' teams named together: a member of each group, and talks even when no one is named
// Unnamed teams of states: "Ukrainian and U.S. delegations", "Top U.S. and Russian officials", "Ukrainian, Russian and U.S.
// delegations", "delegations from Russia and Ukraine", "the second round of negotiations between Ukraine and Russia", "talks
// between Russia and Ukraine ended", "the direct Russian-Ukrainian talks in Istanbul have ended" (not a topic: "discussed
// resuming direct negotiations between Russia and Ukraine")
const STATE_ADJECTIVE = "(?:Ukrainian|Russian|U\\.S\\.|US|American)";
const STATE_NAME = "(?:Ukraine|Russia|the\\s+United\\s+States|the\\s+U\\.S\\.|the\\s+US|Washington|Moscow|Kyiv)";
const TEAMS_OF_STATES = new RegExp(
  `\\b${STATE_ADJECTIVE}(?:\\s*,\\s*${STATE_ADJECTIVE})*,?\\s+and\\s+${STATE_ADJECTIVE}\\s+(?:delegations|teams|negotiators|officials|envoys)\\b|\\b(?:[Dd]elegations|[Nn]egotiators|[Tt]eams)\\s+(?:from|of)\\s+${STATE_NAME}\\s+and\\s+${STATE_NAME}\\b|\\bround\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}(?:talks|negotiations|consultations)\\s+between\\s+${STATE_NAME}\\s+and\\s+${STATE_NAME}\\b|\\b(?:(?:talks|negotiations|consultations)\\s+between\\s+${STATE_NAME}\\s+and\\s+${STATE_NAME}|${STATE_ADJECTIVE}-${STATE_ADJECTIVE}\\s+(?:talks|negotiations|consultations))\\b(?=[^.;]{0,60}\\b(?:took\\s+place|were\\s+held|ended|began|opened|concluded|lasted)\\b)`,
  "u",
);
const COUNTRY_WORDS: ReadonlyArray<[RegExp, string]> = [[/\b(?:Ukrainian|Ukraine|Kyiv)\b/, "UA"], [/\b(?:Russian|Russia|Moscow)\b/, "RU"], [/\b(?:U\.S\.|US|American|United\s+States|Washington)(?![\p{L}])/u, "US"]];
const GROUPS: ReadonlyArray<{ re: RegExp; name: string; country: string }> = [
  { re: /\bUkrainian\s+(?:delegation|officials|negotiators|team|envoys)\b/, name: "Ukrainian delegation", country: "UA" },
  { re: /\bRussian\s+(?:delegation|officials|negotiators|team|envoys)\b/, name: "Russian delegation", country: "RU" },
  { re: /\b(?:U\.S\.|US|American)\s+(?:delegation|officials|negotiators|team|envoys)\b/, name: "US delegation", country: "US" },
];

// "Umerov, who headed the Ukrainian delegation at the talks with Russia in Istanbul": the other state's team too
const TEAM_AT_TALKS_WITH = new RegExp(`\\b(?:headed|led|heads|leads|heading|leading)\\s+(?:the|his|her|its)\\s+(?:\\S+\\s+)?(?:delegation|team)\\s+(?:at|in|to|for)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}(?:talks|negotiations)\\s+with\\s+${STATE_NAME}\\b`, "i");

/** The teams of states a sentence names, alone ("the Ukrainian delegation") or together ("Ukrainian and U.S. delegations"). */
function teamsIn(text: string): Array<{ name: string; country: string }> {
  const together = `${TEAMS_OF_STATES.exec(text)?.[0] ?? ""} ${TEAM_AT_TALKS_WITH.exec(text)?.[0] ?? ""}`;
  return GROUPS.filter((g) => g.re.test(text) || COUNTRY_WORDS.some(([re, country]) => country === g.country && re.test(together))).map((g) => ({ name: g.name, country: g.country }));
}
const SPEAKER_THEN_PRONOUN = /(?!(?:He|She|They|It)\b)\p{Lu}[\p{L}'’-]+,?\s+(?:[^,.;]{0,60},\s+)?(?:said|says|told\s+[\p{L} ]{2,30}?|added|wrote|recalled)\s+(?:that\s+)?(?:he|she)\b/u;
const SPOKESPEOPLE = new Set(["Dmitry Peskov"]);
const takesPartPattern = (source: string) =>
  new RegExp(`(?:${source})\\s+(?:also\\s+)?(?:met|meets|held|holds|hosted|received|spoke\\s+(?:with|to|by)|talked\\s+(?:with|to))\\b|\\b(?:with|and|met|meets|received|hosted|called|phoned)\\s+(?:[\\p{L}.]+\\s+){0,3}?(?:${source})`, "u");
const takesPart = (text: string, p: Person) => patterns(p).takesPart.test(text);
// "…, Kremlin aide Yuri Ushakov said.", "…, said Ushakov.", "according to Ushakov": the source of the news, in the tail that
// attributes it (not "Zelensky said he had spoken with Macron": the one who speaks there took part)
const SPEAKS = "(?:said|says|told\\s+reporters|wrote|added|noted|confirmed)";
const speaksOnlyPattern = (source: string) =>
  new RegExp(`,\\s+(?:[\\p{L}.'’-]+\\s+){0,4}?(?:${source})\\s+${SPEAKS}\\s*[.;]|(?:,\\s*(?:said|says)|\\baccording\\s+to)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}?(?:${source})\\s*[.,;]`, "u");
// what every match of a speaksOnly pattern holds, without the person: most sentences fail this and skip the person's pattern
// (a long one, tried at every comma, and slow to compile: each person's is compiled the first time it runs)
const SPEAKS_TAIL = new RegExp(`${SPEAKS}\\s*[.;]|,\\s*(?:said|says)|\\baccording\\s+to`);
const speaksOnly = (text: string, p: Person) => SPEAKS_TAIL.test(text) && patterns(p).speaksOnly.test(text);
// ("…, presidential aide Yuri Ushakov told reporters", "…, Kremlin spokesman Dmitry Peskov said": named by his post as the source)
const SOURCE_POST = /\b(?:aide|adviser|advisor|spokes(?:man|woman|person)|press\s+secretary)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;
const aideAsSource = (text: string, p: Person) =>
  speaksOnly(text, p) && !takesPart(text, p) && mentionsOf(text, p).every((at) => SOURCE_POST.test(text.slice(Math.max(0, at - 40), at)));
const ATTACK_BEFORE = /\b(?:launched|fired|attacked|struck|pounded|attack|strike|barrage)\b/i;
// "willing to meet U.S. negotiators", "plans to speak with Putin": an infinitive contact is not one that happened
// ("he had begun arranging a meeting between Putin and Zelensky", "expected the Putin-Zelensky meeting to take place": not yet held)
const HYPOTHETICAL =
  /\b(?:willing|ready|plans?|planning|wants?|hopes?|hoped|expected|agreed|offered|prepared|due|set|invited|proposed)\s+(?:in\s+principle\s+)?to\s+(?:meet|speak|talk|hold|visit|call|host|welcome)\b|\bno\s+date\b|\bpreparations?\s+for\b|\b(?:arranging|organi[sz]ing|setting\s+up|to\s+(?:arrange|organi[sz]e|set\s+up))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:meeting|summit|talks|call)\b|\bexpected\b[^.;]{0,60}\bto\s+take\s+place\b|\barrangements?["”]?\s+for\b|\b(?:ready|open|willing)\s+for\b|\bin\s+the\s+coming\s+(?:days|weeks|months)\b/i;
// ("the response to those who called and visited Putin recently": whoever did, no one named; not one named among them, "Zelensky
// was among the leaders who met Trump", nor "among those who")
const ANYONE_WHO = /(?<!\bamong\s+)\b(?:those|anyone|everyone)\s+who\s+(?:[\w'’-]+\s+){0,3}$/i;
const LINKED_TO_ATTACK = /\bhours\s+(?:after|before|following)\b|\bfollowed\b|\bcame\s+after\b|\bin\s+the\s+wake\s+of\b/i;
const PLACE = /\b(?:[Ii]n|[Aa]t|visit(?:ed|ing|s)?)\s+(?:the\s+)?(Moscow|Kyiv|Istanbul|Riyadh|Jeddah|Geneva|Paris|London|Berlin|Rome|Washington|Florida|Mar-a-Lago|Anchorage|Alaska|Abu Dhabi|Miami|Davos|Munich|Budapest|Minsk|the White House|the Kremlin|the Vatican|Brussels|Doha|St\.? Petersburg|Saint Petersburg|Ankara|Sochi|Tirana|Warsaw|Vilnius|Tallinn|Riga|Copenhagen|Helsinki|Oslo|Stockholm|The Hague|the Hague|Vienna|Beijing|New Delhi|Tianjin|Pretoria|Ottawa|Halifax|Kananaskis|Novo-Ogaryovo|Camp David|New York|Dubai|Rzeszow|Rzeszów|Odesa|Lviv)\b/;

// What a contact's sentence says beside it: "…, hours after Trump's call with Putin", "one day after a call with Putin"
const HOW_MANY = "(?:just|only|some|about|barely|several|a\\s+few|a|one|two|three|four|five|\\d+)";
const SOON = "(?:shortly|soon|just|immediately)";
// (", which followed talks between the UN chief and Lavrov earlier in the day", ", which Trump followed with a separate call to
// Zelensky": another contact of that day)
const ASIDE = new RegExp(`,?\\s+(?:${HOW_MANY}\\s+)?(?:hours?|days?|weeks?)\\s+(?:after|before)\\b|,\\s+${SOON}\\s+(?:after|before)\\b|,\\s+which\\s+(?:followed|preceded|came\\s+after|(?:\\S+\\s+){1,3}followed\\s+(?:up\\s+)?with)\\b`, "i");
// (the day of a contact told beside another: hours or a day from it; further off, the text's own date is needed)
const ASIDE_SHIFT = new RegExp(`^,?\\s+(?:(?:(?:${HOW_MANY}\\s+)?hours|(a|one)\\s+day|${SOON})\\s+(after|before)|which\\s+(?:followed|preceded|came\\s+after|(?:\\S+\\s+){1,3}followed\\s+(?:up\\s+)?with))\\b`, "i");
const ASIDE_CONTACT = /\b(?:call|conversation|talks|meeting|summit|met|spoke|talked|visited|hosted|received)\b/i;
// ("talks between the UN chief and Foreign Minister Sergey Lavrov": the one named by his office is the subject)
const A_CONTACT_WITH = /\b(?:a|his|her|their)\s+(?:\S+\s+){0,2}(?:call|conversation|meeting|talks)\s+with\b|\b(?:call|conversation|meeting|talks)\s+between\s+the\s+(?:[\w.-]+\s+){1,3}and\s/i;
// (whatever kind of envoy: "Kirill Dmitriev, Russian President Vladimir Putin's investment envoy, met Witkoff")
// (or several: "Steve Witkoff and Jared Kushner, Donald Trump's envoys, met Putin"; or who came after him: "Justin Trudeau's
// successor Mark Carney")
const ENTOURAGE_WORD = "(?:envoy|aide|adviser|advisor|spokes(?:man|woman|person)|representative|negotiator|son-in-law|chief\\s+of\\s+staff|successor|predecessor)s?";
const ENTOURAGE = `(?:${ENTOURAGE_WORD}|cabinet|administration)\\b`;
// ("Andriy Yermak, chief of staff to President Volodymyr Zelensky, held talks with Rubio": whom he serves, told after him; a
// title or a first name only between, not "envoy to Ukraine Keith Kellogg")
const ENTOURAGE_TO = new RegExp(`\\b${ENTOURAGE_WORD}\\s+(?:to|of|for)\\s`);
const ownerOf = (source: string) =>
  new RegExp(
    `(?:${source})['’]s\\s+(?:(?:special|chief|top|senior|personal|foreign|presidential|former|Middle\\s+East|(?!(?:with|and|to|of|for|in|on|at)\\b)\\p{Ll}[\\p{L}-]*)\\s+){0,2}${ENTOURAGE}|\\b${ENTOURAGE_WORD}\\s+(?:to|of|for)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}${TITLE}\\s+)?(?:\\p{Lu}[\\p{L}'’-]+\\s+)?(?:${source})`,
    "u",
  );
const REPORTS = "(?:said|says|told\\s+(?:reporters|journalists)|announced|confirmed|reported)";
const headSource = (source: string) =>
  new RegExp(`^\\W*(?:[\\p{L}.'’-]+\\s+){0,4}?(?:${source})\\s+${REPORTS}\\s+(?:on\\s+\\p{L}+\\s+)?(?:that\\s+)?(?!(?:he|she|they|the\\s+two)\\b)`, "u");
// (every match of an ownerOf pattern has the first two, of a headSource one the third: see SPEAKS_TAIL)
const POSSESSIVE = /['’]s\s/;
const OWNED = new RegExp(ENTOURAGE);
const REPORTED = new RegExp(`\\s${REPORTS}\\s`);

// each person's patterns, compiled once (a person's pattern is long: building it per sentence cost more than the reading)
const patternsOf = new Map<string, { all: RegExp; owner: RegExp; head: RegExp; takesPart: RegExp; speaksOnly: RegExp; recipient: RegExp }>();
function patterns(p: Person) {
  let found = patternsOf.get(p.name);
  if (!found) {
    const source = p.re.source;
    found = { all: new RegExp(source, "gu"), owner: ownerOf(source), head: headSource(source), takesPart: takesPartPattern(source), speaksOnly: speaksOnlyPattern(source), recipient: recipientOf(source) };
    patternsOf.set(p.name, found);
  }
  return found;
}

/** Where a sentence names `p`: the start of each mention. */
function mentionsOf(text: string, p: Person): number[] {
  // (asked of every person of the list for some sentences: the anchor test rules out nearly all without the look-behind scan)
  if (!mayName(p, text)) return [];
  return matchesOf(patterns(p).all, text).map((m) => m.index);
}

/**
 * A person a contact's sentence names only beside the contact: in an aside after it ("…, hours after Trump's call
 * with Putin"), as whose envoy another is ("Trump's special envoy Steve Witkoff met Putin"), or as its source at the
 * head ("Kremlin aide Yuri Ushakov said that Putin had a call with Erdogan").
 */
function besideContact(text: string, p: Person, asideFrom: number): boolean {
  const at = mentionsOf(text, p);
  if (at.length === 0 || at.every((i) => i >= asideFrom)) return at.length > 0;
  if (at.length > 1) return false;
  // ("met … before the funeral of Pope Francis", "their first call since Trump's inauguration": an occasion named by its person)
  if (OCCASION_BEFORE.test(text.slice(Math.max(0, at[0]! - 30), at[0]!)) || OCCASION_AFTER.test(text.slice(at[0]!, at[0]! + 50)) || namedContact(text, at[0]!)) return true;
  return ((POSSESSIVE.test(text) || ENTOURAGE_TO.test(text)) && OWNED.test(text) && patterns(p).owner.test(text)) || (REPORTED.test(text) && patterns(p).head.test(text)) || recipient(text, p);
}
// (nor to whom a message went: "Putin met Witkoff … and sent U.S. President Donald Trump a message", "a letter to Trump",
// "passed through him signals for President Donald Trump")
const MESSAGE = /\b(?:message|letter|signal)s?\b/i;
const recipientOf = (source: string) =>
  new RegExp(`\\b(?:sent|sends|send|passed|conveyed|relayed|delivered|handed)\\s+(?:[\\p{L}.]+\\s+){0,3}?(?:${source})\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:message|letter)|\\b(?:message|letter|signal)s?\\s+(?:to|for)\\s+(?:[\\p{L}.]+\\s+){0,3}?(?:${source})`, "u");
const recipient = (text: string, p: Person) => MESSAGE.test(text) && patterns(p).recipient.test(text);

/**
 * A person a contact's sentence names only in a clause of its own, not the contact's: what was done after it ("…, and then
 * said he would send Umerov to Istanbul"), another day's news ("…, and on Monday Zelensky returns to the White House"), what
 * came after the contact ("Putin's offer came after Macron, Merz, Starmer and Tusk visited Kyiv"), or the news after an opening
 * clause that tells the contact ("Three days after Trump met Putin in Anchorage, Zelensky returns to the White House").
 */
function inOtherClause(text: string, p: Person, cueAt: number): boolean {
  const at = mentionsOf(text, p);
  if (at.length === 0) return false;
  const after = cueAt + (text.slice(cueAt).search(LATER_CLAUSE) + 1 || text.length + 1) - 1;
  if (at.every((i) => i >= after)) return true;
  // (not when a pronoun there is the one named before: "Zelensky's remarks came after he spoke by phone with Macron"; a subject's
  // only, not a possessive: "Zelensky's comments came after his negotiator Umerov met Witkoff" is Umerov's)
  const came = NEWS_CAME_AFTER.exec(text);
  if (came && came.index < cueAt && !came[1] && at.every((i) => i < came.index)) return true;
  const opening = OPENING_CONTACT.exec(text);
  if (opening !== null && cueAt < opening[0].length && at.every((i) => i >= opening[0].length)) return true;
  // ("informed Zelensky of his intention to call Putin during a conversation with the Ukrainian president": the one meant; "to
  // discuss how a summit with Trump could be arranged": one left open)
  return at.every((i) => INTENDED.test(text.slice(Math.max(0, i - 60), i)) || inLeftOpen(text, i));
}
// "his decision to phone Putin", "of his intention to call Putin": a contact meant, not held
const INTENT = "(?:decision|choice|move|readiness|willingness|refusal|intention|plans?)\\s+to\\s+";
const INTENT_BEFORE = new RegExp(`\\b${INTENT}$`, "i");
const INTENDED = new RegExp(`\\b${INTENT}(?:call|phone|meet|visit|host|receive|speak\\s+(?:with|to)|talk\\s+(?:with|to))\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`, "u");
const OTHER_DAY_CLAUSE = /,\s+(?:and|but|while)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow)\s+(?=\p{Lu})/u;
const LATER_CLAUSE = new RegExp(`,?\\s+and\\s+(?:then\\s+|later\\s+|also\\s+)?(?:said|says|announced|added|wrote|sent|promised|pledged|vowed|warned|urged|insisted|stressed)\\b|${OTHER_DAY_CLAUSE.source}`, "u");
const NEWS_CAME_AFTER = /\b(?:came|comes)\s+(?:(?:just|only|shortly|hours|a\s+day|(?:\w+\s+)?days)\s+)?after\b(\s+(?:he|she|they)\b)?/i;
// (a clause with its own subject, named: not "After meeting Putin, Witkoff flew home")
const OPENING_CONTACT = /^\W*(?:[\p{L}-]+\s+){0,3}?(?:[Aa]fter|[Bb]efore|[Ww]hen)\s+\p{Lu}[^,;]{4,120},/u;
const OCCASION_BEFORE = /\b(?:funeral|death|memory|honou?r|burial|inauguration|election|canoni[sz]ation)\s+of\s+(?:the\s+late\s+)?$/i;
const OCCASION_AFTER = /^[\p{L}'’. -]{2,40}?['’]s\s+(?:inauguration|funeral|death|election|re-election|return\s+to\s+(?:office|power)|swearing-in)\b/u;
// "spoken to Trump privately before the Putin call": another contact, named by its person, as when this one was held
const NAMED_CONTACT_BEFORE = /\b(?:before|after|since|following|ahead\s+of)\s+(?:the|their|his|her)\s+$/i;
const NAMED_CONTACT_AFTER = /^\p{Lu}[\p{L}'’-]+\s+(?:call|conversation|meeting|summit|talks|visit)\b/u;
const namedContact = (text: string, at: number) => NAMED_CONTACT_BEFORE.test(text.slice(Math.max(0, at - 30), at)) && NAMED_CONTACT_AFTER.test(text.slice(at));

const OTHER_DAY_VERB = /\b(?:met|spoke|spoken|talked|phoned|called|visited|hosted|received|welcomed)\b|\b(?:held|had)\s+(?:\S+\s+){0,3}?(?:talks|call|meeting|conversation|summit)\b/i;

/** The contact a clause of another day tells after the sentence's own: "Macron met Zelensky in Paris on Sunday, and on Monday Zelensky met Merz in Berlin". */
function otherDayContact(text: string, cueAt: number, published: string | null): { kind: ContactKind; participants: string[]; date: string | null; place: string | null } | null {
  const m = OTHER_DAY_CLAUSE.exec(text.slice(cueAt));
  if (!m) return null;
  const clause = text.slice(cueAt + m.index);
  const cue = heldContact(clause);
  // (a contact its own past verb tells: not "but on Monday Putin rejected a meeting with Zelensky", "and on Monday Zelensky said
  // talks with Putin were pointless", nor one to come, "and on Monday Zelensky meets Merz")
  const verb = cue ? OTHER_DAY_VERB.exec(clause) : null;
  const named = PEOPLE.filter((p) => isNamed(p, clause));
  if (!cue || !verb || new Set(named.map((p) => p.country)).size < 2) return null;
  // (its day is the telling's when it is told: "and on Tuesday Trump said he had spoken with Zelensky", held before, undated)
  const told = REPORTED.test(` ${clause.slice(0, verb.index)}`);
  const date = told ? null : (contactDays(clause, findTimeRefs(clause, published)).find((r) => r.start && !r.relative)?.start ?? null);
  return { kind: cue.kind, participants: named.map((p) => p.name).sort(), date, place: cue.kind === "phone_call" ? null : (PLACE.exec(clause)?.[1] ?? null) };
}

// ", a day after the U.S. president held a phone call with Vladimir Putin": the aside's own subject, named before by his office
const ASIDE_TITLED = /^,?\s+(?:\S+\s+){0,3}?(?:after|before)\s+the\s+(\S+)\s+(?:president|leader|prime\s+minister|chancellor)\b/iu;
function titledSubject(text: string, aside: string): string | null {
  const m = ASIDE_TITLED.exec(aside);
  const country = m ? COUNTRY_WORDS.find(([re]) => re.test(m[1]!))?.[1] : undefined;
  const named = country ? PEOPLE.filter((p) => p.country === country && isNamed(p, text)) : [];
  return named.length === 1 ? named[0]!.name : null;
}

/** The contact an aside tells of, with the day it gives from the contact's: "hours after Trump's call with Putin". */
function asideContact(text: string, asideFrom: number, date: string | null, sentenceSubject: string | null, published: string | null): { kind: ContactKind; participants: string[]; date: string | null } | null {
  const aside = text.slice(asideFrom);
  const subject = titledSubject(text, aside) ?? sentenceSubject;
  const kind = heldContact(aside)?.kind;
  if (!kind || !ASIDE_CONTACT.test(aside)) return null;
  const named = PEOPLE.filter((p) => isNamed(p, aside));
  // (the subject takes part when the aside names one other, or says "he": "a day after he and Witkoff held talks with Yermak")
  const withSubject = subject && !named.some((p) => p.name === subject) && ((named.length === 1 && A_CONTACT_WITH.test(aside)) || /^\W*\S+\s+(?:\S+\s+)?(?:after|before|followed|preceded)\s+(?:he|she)\b/i.test(aside));
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

// "The Russian president did not come, and Zelensky, who flew to Ankara for talks with Erdogan, …": who stayed away, in a clause
// of his own, took no part
const STAYED_AWAY = /^[^,;]{0,40}?\b(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|will\s+not|won['’]t)\s+(?:come|attend|travel|show\s+up|go|take\s+part|join)\b/i;
const absentIn = (text: string, p: Person) => {
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every((i) => STAYED_AWAY.test(text.slice(i)));
};

// ", informing him of the outcomes of his meeting with US envoy Steve Witkoff on Wednesday": what the contact told of, another
// contact of its subject's, with its own day when it names one
const BRIEFED_ON = /,\s+(?:informing|briefing|telling|updating)\s+(?:him|her|them)\s+(?:of|on|about)\s+(?:the\s+(?:outcomes?|results?|details|content)\s+of\s+)?(?:his|her|their)\s+(?:[\p{L}-]+\s+)?(meeting|talks|call|conversation|visit)\s+(?:with|to)\s/iu;
const briefedFrom = (text: string, cueAt: number) => {
  const m = BRIEFED_ON.exec(text);
  return m && m.index > cueAt ? m : null;
};
const onlyBriefedOn = (text: string, p: Person, cueAt: number) => {
  const m = briefedFrom(text, cueAt);
  const at = mentionsOf(text, p);
  return m !== null && at.length > 0 && at.every((i) => i > m.index);
};
function briefedOn(text: string, cueAt: number, subject: string | null, published: string | null): { kind: ContactKind; participants: string[]; date: string | null } | null {
  const m = briefedFrom(text, cueAt);
  const own = subject ? PEOPLE.find((p) => p.name === subject) : undefined;
  if (!m || !own) return null;
  const clause = text.slice(m.index);
  const people = [own, ...PEOPLE.filter((p) => p.name !== own.name && isNamed(p, clause))];
  if (new Set(people.map((p) => p.country)).size < 2) return null;
  const noun = m[1]!.toLowerCase();
  const kind: ContactKind = noun === "call" || noun === "conversation" ? "phone_call" : noun === "talks" ? "talks" : noun === "visit" ? "visit" : "meeting";
  const date = contactDays(clause, findTimeRefs(clause, published)).find((r) => r.start && !r.relative)?.start ?? null;
  return { kind, participants: people.map((p) => p.name).sort(), date };
}

// "…, who had pledged new Patriot systems" up to what follows: a relative clause about someone, not the contact's own
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which)\b[^,;]*$/i;

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
function withSurnames(article: Article, s: Article["sentences"][number], text: string): string {
  let out = text;
  for (const { p, surname, word } of BY_FULL_NAME) {
    if (!out.includes(word) || isNamed(p, out) || !isNamed(p, article.text.slice(0, s.start))) continue;
    out = out.replace(surname, p.name);
  }
  return out;
}

/**
 * Calls, meetings and talks between named leaders or envoys of at least two countries.
 * `strike` is the article's lead attack, for contacts dated only as "hours before" or "hours after" it.
 */
export function extractContacts(article: Article, strike: { start: string; end: string } | null): ArticleContact[] {
  const out: Mention[] = [];
  // a round-up's heading ("WEDNESDAY: TRUMP CALLS PUTIN") dates the contacts of the paragraph under it that give no day
  let section: { day: string | null; paragraph: number } = { day: null, paragraph: -1 };
  let lastContactAt = -Infinity;
  for (const s of article.sentences) {
    const quoteText = sentenceText(article, s);
    const text = withSurnames(article, s, quoteText);
    if (HEADING.test(text)) section = { day: findTimeRefs(text, article.meta.published).find((r) => r.precision === "day" && r.start)?.start ?? null, paragraph: s.paragraph };
    const sectionDay = s.paragraph === section.paragraph + 1 ? section.day : null;
    if (CALLED_OFF.test(text.replace(OTHER_CALLED_OFF, ""))) continue;
    // "Their previous one, on March 18, produced …": the contact just reported, held before on that day
    // (only in the sentence right after it: further on, "The last one, on July 3, hit a substation" is about something else;
    // but a verb or noun of contact says it is one, "The two men had previously spoken on Thursday", "Their most recent
    // conversation had been …", three sentences on when no one else is named; and "It was Scholz's first conversation with Putin
    // since their call on May 13" names its pair)
    const last = out.at(-1);
    // (or the clause after a semicolon: "It was the second conversation between the two leaders since January; their first, on
    // February 12, lasted about an hour and a half")
    const semicolon = text.lastIndexOf(";") + 1;
    const earlier = EARLIER_CONTACT.exec(text) ?? (semicolon > 0 ? EARLIER_CONTACT.exec(text.slice(semicolon)) : null);
    const since = earlier || !last ? null : sinceEarlier(text, last.participants);
    // (not past a sentence that names someone else, whom "the two men" may mean: "Zelensky said he hoped to talk to Trump soon")
    // ("It was the third conversation between the two men since January. Their previous one, on March 18, …": counted just before)
    const counted = COUNTED_CONTACT.test(text) || (s.index > 0 && COUNTED_CONTACT.test(sentenceText(article, article.sentences[s.index - 1]!)));
    const saysContact = earlier && (counted || /\b(?:met|saw|spoke|spoken|talked|call|conversation|meeting|talks)\b/i.test(earlier[0])) && namedIn(text).every((n) => last?.participants.includes(n));
    const onlyPairBetween = () => article.sentences.every((x) => x.index <= lastContactAt || x.index >= s.index || namedIn(sentenceText(article, x)).every((n) => last!.participants.includes(n)));
    if ((earlier || since) && last && (s.index - lastContactAt <= 1 || since || (saysContact && s.index - lastContactAt <= 3 && onlyPairBetween()))) {
      const day = findTimeRefs(text, article.meta.published).find((r) => r.precision === "day" && r.start && r.start < (last.date ?? "9999"))?.start;
      if (day) {
        const word = ((earlier ?? since)![1] ?? "").toLowerCase();
        // (the verb says it too: "He last saw the Russian leader in Moscow", "They last spoke in March")
        const verb = earlier && /\b(?:met|saw)\b/i.test(earlier[0]) ? "meeting" : earlier && /\b(?:spoke|spoken|talked)\b/i.test(earlier[0]) ? "phone_call" : null;
        const kind: ContactKind = word === "call" || word === "conversation" ? "phone_call" : word === "meeting" ? "meeting" : word === "round" || word === "talks" ? "talks" : (verb ?? last.kind);
        const participants = since ? namedIn(text).sort() : last.participants;
        out.push({ ...last, kind, participants, date: day, place: PLACE.exec(text)?.[1] ?? null, quote: quoteText, quote_start: s.start, quote_end: s.end });
        lastContactAt = s.index;
        continue;
      }
    }
    // "The first call between Trump and Putin, on Feb. 12, produced … The second, on March 18, lasted …": the next of the
    // pair's contacts counted in the sentence just before
    const next = last && s.index - lastContactAt === 1 ? nextInSeries(article, s, text, last) : null;
    if (next) {
      out.push({ ...next, quote: quoteText, quote_start: s.start, quote_end: s.end });
      lastContactAt = s.index;
      continue;
    }
    // "Putin's talks with Witkoff lasted nearly five hours. Ushakov said the conversation on Tuesday evening had been useful": the
    // day the next sentence gives the contact just told, undated
    const undated = last && last.date === null && s.index - lastContactAt === 1 ? dayOfTheContact(text, article.meta.published) : null;
    if (undated) out[out.length - 1] = { ...last!, date: undated };
    // "The previous two rounds were held in Istanbul on May 16 and June 2": earlier rounds of talks, one a day
    const rounds = earlierRounds(article, text, out);
    if (rounds.length > 0) {
      const place = PLACE.exec(text)?.[1] ?? null;
      for (const r of rounds) out.push({ kind: "talks", ...r, reportedDay: null, place, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
      lastContactAt = s.index;
      continue;
    }
    // "Keir Starmer convened a virtual meeting of leaders on Saturday. Joining the call were Zelensky, Macron and Meloni": the
    // contact told just before, with those who joined it and the one who called it
    const joined = (JOINING.test(text) || ATTENDED.test(text)) && s.index > 0 ? heldContact(sentenceText(article, article.sentences[s.index - 1]!)) : null;
    const cue = joined ? { kind: joined.kind, at: 0 } : heldContact(text);
    if (!cue) continue;
    // (a spokesman speaks about contacts: "Kremlin spokesman Dmitry Peskov confirmed that Trump had made a request")
    // (nor does the one the sentence attributes it to: "Witkoff met Putin at the Kremlin on Friday, Kremlin aide Yuri Ushakov said")
    // ("Shortly after hanging up with Putin, Trump also spoke with Zelensky", "Before dialling Putin, he spoke with Zelensky": nor
    // who is named only in the contact told before as this one's occasion, whom "he" is then read without)
    // (nor an aide who is only the sentence's source, though no two countries are left: "During the meeting with Erdogan, the two
    // leaders discussed grain exports, presidential aide Yuri Ushakov told reporters")
    const present = PEOPLE.filter((p) => isNamed(p, text) && (!SPOKESPEOPLE.has(p.name) || takesPart(text, p)) && !onlyInOccasion(text, p, cue.at) && !aideAsSource(text, p));
    const talking = present.filter((p) => !speaksOnly(text, p) || takesPart(text, p));
    const people: Array<{ name: string; country: string }> = (new Set(talking.map((p) => p.country)).size >= 2 ? talking : present).map((p) => ({ name: p.name, country: p.country }));
    // (the list's own spelling wins: "Andrej Plenković" is its "Andrej Plenkovic")
    // ("Syrian President Bashar al-Assad", where the title reader takes "Bashar": a word of a name the list knows)
    for (const t of titledLeaders(text)) if (!people.some((p) => unaccented(p.name).split(/[\s-]+/).includes(unaccented(t.name.split(" ").at(-1)!)))) people.push(t);
    // "The Polish president then held talks with Zelensky": the one leader of that country the article named before
    for (const r of roleReferents(article, s, text, people)) people.push(r);
    // "Rubio held talks with Ukrainian officials": a named envoy and an unnamed delegation of another country
    for (const g of teamsIn(text)) if (!people.some((p) => p.country === g.country)) people.push(g);
    // "Joe Biden came to Kyiv on 20 February": a foreign leader's visit to Kyiv is one with Ukraine's president
    // ("Joe Biden came to Kyiv on 20 February, followed by Giorgia Meloni on 21 February and Pedro Sanchez on 23 February": each
    // visitor after the first came on the day named with him, to the same host)
    const followers = cue.kind === "visit" ? followersOf(text, article.meta.published) : [];
    const guests = people.filter((p) => !followers.some((f) => f.name === p.name));
    const hostedInKyiv = cue.kind === "visit" && kyivGuests(text, guests, article.meta.published);
    if (hostedInKyiv) {
      people.splice(0, people.length, ...guests, ZELENSKY);
      for (const f of followers) out.push({ kind: "visit", participants: [f.name, ZELENSKY.name].sort(), date: f.date, reportedDay: null, place: "Kyiv", article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    }
    // "Ukrainian and Russian delegations met in Istanbul. Rustem Umerov led Kyiv's team; … Vladimir Medinsky": the members named next
    // (of each team left unnamed: "Umerov, who headed the Ukrainian delegation at the talks with Russia … The Russian delegation
    // was headed by Vladimir Medinsky")
    const teams = people.filter((p) => p.name.endsWith(" delegation"));
    if (teams.length > 0) {
      const members = membersAfter(article, s, new Set(teams.map((p) => p.country)));
      if (members.length > 0) people.splice(0, people.length, ...people.filter((p) => !teams.includes(p) && !members.some((m) => m.name === p.name)), ...members);
    }
    // ("The third round of direct negotiations, held in Istanbul on Wednesday, lasted about 40 minutes. The Russian delegation was
    // headed by Vladimir Medinsky. The Ukrainian delegation was led by Rustem Umerov.": the heads named next, of any two countries)
    if (people.length === 0 && cue.kind === "talks") people.push(...membersAfter(article, s, null));
    // ("Zelensky met Trump at the White House on Monday. Joining the meeting were Macron, Starmer and Merz": all who took part in
    // the contact read there, else the one who called it)
    if (joined) {
      const prev = article.sentences[s.index - 1]!.start;
      const told = out.filter((c) => c.quote_start === prev && family(c.kind) === family(joined.kind)).flatMap((c) => c.participants);
      const hosts = told.length > 0 ? told.map((name) => ({ name, country: countryOf(name) ?? "" })) : [subjectBefore(article, s)].filter((h) => h !== null);
      for (const h of hosts) if (!people.some((p) => p.name === h.name)) people.push(h);
    }
    // "The two leaders spoke for over two hours": the pair named just before (or in the headline)
    // "… travelled to Kyiv, where they met Zelensky. A day later the same leaders met Vladimir Putin": those who came to the
    // contact told last (named before its verb), up to three sentences before
    const sameGroup = SAME_GROUP.test(text) && out.length > 0 && s.index - lastContactAt <= 3 ? out.at(-1)! : null;
    for (const name of sameGroup ? subjectsOf(sameGroup) : []) if (!people.some((p) => p.name === name)) people.push({ name, country: countryOf(name) ?? "" });
    if (new Set(people.map((x) => x.country)).size < 2 && PAIR.test(text)) {
      for (const p of namedBefore(article, s)) if (!people.some((q) => q.name === p.name)) people.push(p);
    }
    // a timeline of one pair's contacts ("Trump's contacts with Putin in 2025"): its dated lines ("MARCH 18 - A
    // call of about two and a half hours") are that pair's
    if (new Set(people.map((x) => x.country)).size < 2 && DATED_LINE.test(text)) {
      for (const p of headlinePair(article)) if (!people.some((q) => q.name === p.name)) people.push(p);
    }
    // "earlier in the day he met President Cyril Ramaphosa in Pretoria": the person the text was about
    // (not "Zelensky said he had met Umerov": the pronoun is the speaker the sentence names)
    // ("She said she had spoken with Zelenskyy and with Trump": the pronoun is the subject even when the two named
    // after it are of two countries)
    const pronoun = SPEAKER_THEN_PRONOUN.test(text) ? null : PRONOUN_SUBJECT.exec(text);
    // ("Emmanuel Macron and Olaf Scholz received him at the Elysee": the guest is the one the text was about, whoever hosts)
    const guest = guestUnnamed(text, people);
    if ((pronoun && (new Set(people.map((x) => x.country)).size < 2 || namedFrom(text, people) >= pronoun.index + pronoun[0].length)) || guest) {
      // ("Orban arrived in Moscow. Putin received him": the guest is the subject of the sentence before, or the one it
      // speaks of, "Zelensky said Orban had not consulted Kyiv"; the sentence's own "he" is the text's subject: "He then
      // went to the Pentagon, where Austin received him")
      const subject = guest && !/\b(?:he|she)\b/i.test(text.slice(0, PRONOUN_GUEST.exec(text)!.index)) ? guestBefore(article, s) : subjectBefore(article, s);
      if (subject && !people.some((p) => p.country === subject.country)) people.push(subject);
    }
    // (not who is named only beside the contact: "…, hours after Trump's call with Putin", "Trump's envoy Steve Witkoff")
    const aside = ASIDE.exec(text);
    // "Rubio spoke on Friday, a day after he and Witkoff held talks in Paris with Yermak", "…, which followed talks between the UN
    // chief and Lavrov": when the aside holds the only contact, it is the contact, dated from the day of the clause before it
    // (a person's clause: not "The attack came a day after Trump spoke with Putin", dated by the attack)
    const head = aside ? text.slice(0, aside.index) : "";
    const headSubject = present.map((p) => ({ p, at: mentionsOf(head, p)[0] ?? Infinity })).sort((a, b) => a.at - b.at)[0];
    // (nor what came after it, its person's only by a possessive: "Cameron's trip came a day after Biden and Xi held talks", the
    // day of the trip told before)
    if (aside && aside.index < cue.at && headSubject && headSubject.at < Infinity && !/\b(?:came|comes)\s*$/i.test(head)) {
      const headDay = contactDays(head, findTimeRefs(head, article.meta.published)).filter((r) => r.start).at(-1)?.start ?? sameDayAs(article, s, head, head.length, null, out) ?? dateFromContext(article, s, []);
      const other = asideContact(text, aside.index, headDay, headSubject.p.name, article.meta.published);
      if (other) {
        out.push({ ...other, reportedDay: null, place: PLACE.exec(text.slice(aside.index))?.[1] ?? null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
        lastContactAt = s.index;
        continue;
      }
    }
    const asideFrom = aside && aside.index > cue.at ? aside.index : Infinity;
    const beside = new Set(present.filter((p) => besideContact(text, p, asideFrom) || onlyInOccasion(text, p, cue.at) || inOtherClause(text, p, cue.at) || onlyBriefedOn(text, p, cue.at) || absentIn(text, p)).map((p) => p.name));
    const kept = people.filter((p) => !beside.has(p.name));
    if (beside.size > 0 && new Set(kept.map((p) => p.country)).size >= 2) people.splice(0, people.length, ...kept);
    // ("Leaders of the coalition of the willing held a video call on Tuesday, a day after several of them and Zelensky met Trump
    // at the White House": the contact its main clause tells of names no two leaders; the one in the aside is its own)
    else if (beside.size > 0 && asideFrom < Infinity && kept.length === 0) {
      const other = asideContact(text, asideFrom, contactDays(text, findTimeRefs(text, article.meta.published)).find((r) => r.start)?.start ?? null, null, article.meta.published);
      if (other) {
        out.push({ ...other, reportedDay: null, place: null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
        continue;
      }
    }
    // (two delegations that met are talks even unnamed: "Russian and Ukrainian negotiators met in Istanbul on Wednesday")
    if (people.filter((p) => !p.name.includes(" delegation")).length === 0 && !(cue.kind !== "phone_call" && TEAMS_OF_STATES.test(text))) continue;
    if (new Set(people.map((x) => x.country)).size < 2) continue; // a president with his own ministers is not diplomacy
    // ("Russia had struck the city two days earlier, and Guterres also met Kuleba": a clause's "days earlier" that does
    // not open the sentence dates what it says, not the contact; an opening one is read below)
    const timeRefs = findTimeRefs(text, article.meta.published).filter((r) => !(r.relative === "days-later" && (r.days ?? 0) < 0 && /(?:earlier|before)$/i.test(r.text)));
    // "overnight" dates the attacks a sentence also mentions, not the call ("early this morning" is the morning's day)
    const refs = contactDays(text, timeRefs);
    const nearest = refs.length ? refs.reduce((a, b) => (Math.abs(b.at - cue.at) < Math.abs(a.at - cue.at) ? b : a)) : null;
    // "The attack came two days after Witkoff met Putin": the contact is what the clause after "after" tells (not "The strike came a
    // day after the swap began, the outcome of their talks"); its own day there wins ("… held a call with Shoigu on Friday", not
    // "…, the first since December 2")
    // ("The meeting came a day after Trump, following talks with Zelensky in New York on Tuesday, wrote …": the same)
    const after = nearest?.relative === "days-later" && nearest.at < cue.at ? nearest : null;
    const came = after && !/[,;]/.test(text.slice(after.at, cue.at)) ? after : null;
    const clauseEnd = after ? cue.at + Math.max(0, text.slice(cue.at).search(/[,;—–(]|$/)) : 0;
    const near = (after && refs.find((r) => r.start && !r.relative && r.at > after.at && r.at < clauseEnd)) || nearest;
    const linked = LINKED_TO_ATTACK.exec(text);
    // "the attack came hours after the call": the call was the evening the night began; "hours before the talks": the day it ended
    // (in a fact box's item, "* AUGUST 14-15, SYZRAN - …", the attack of that item)
    const attack = linked ? (itemAttack(article, s) ?? strike) : null;
    const byStrike = linked && attack ? (/before/i.test(linked[0]) ? attack.end : attack.start) : null;
    // "The following day, Zelensky spoke by phone with Vance": the day after the one the text named before
    // ("… met in St Peter's Basilica on Saturday. A day earlier, Witkoff had held three hours of talks with Putin": the day before it)
    const step = near?.relative === "next-day" ? 1 : near?.relative === "previous-day" ? -1 : 0;
    // (from that contact's day when the same group went on from it: "A day later the same leaders met Vladimir Putin")
    const dayBefore = step ? (dateFromContext(article, s, [], true) ?? sameGroup?.date ?? null) : null;
    // ("Two days earlier, in Moscow, he had met Putin", "a week later he was in Kyiv": so many days from the day named before)
    // (only where the sentence opens with it: "Russia had struck the city two days earlier, and Guterres also met Kuleba" is
    // the day named before)
    const earlierBy = near ? null : DAYS_EARLIER.exec(text);
    const shift = near?.relative === "days-later" && near.days ? near.days : earlierBy ? -(/week/i.test(earlierBy[2]!) ? 7 : 1) * smallCount(earlierBy[1]!) : 0;
    // ("Zelensky says he had a phone conversation with Trump. It comes a day after Trump's call with Putin": from the day of the
    // contact the sentence before told of, when no day is named)
    const lastMention = out.at(-1);
    const itComes = lastContactAt === s.index - 1 && /^\W*(?:it|this)\s+(?:comes|came)\b/i.test(text);
    const shiftFrom = shift ? ((came && near === came ? cameFrom(text, came, refs, strike, out, article.sentences.find((x) => x.paragraph === s.paragraph)!.start) : null) ?? dateFromContext(article, s, [], true) ?? (itComes ? (lastMention?.date ?? lastMention?.reportedDay ?? null) : null)) : null;
    // "Russia launched its biggest attack early on Friday, just hours after … a phone call with Putin": the day
    // before "hours after" dates the attack, not the call
    const attackDay = near && linked && byStrike && near.at < linked.index && near.at < cue.at && ATTACK_BEFORE.test(text.slice(0, linked.index));
    // ("Earlier in the day, Witkoff met Yermak", "Before the talks began, Umerov met Rubio", "Trump then called Zelensky": the
    // day told before; "The same day Lavrov spoke to Rubio … on June 2 for the next round": ahead of a day named for something else)
    const sameDay = sameDayAs(article, s, text, cue.at, near, out);
    const fromContext = sameDay ?? openingDaysAfter(article, s, text, cue.at) ?? (attackDay ? byStrike : near?.start) ?? (dayBefore ? addDays(dayBefore, step) : null) ?? (shiftFrom ? addDays(shiftFrom, shift) : null) ?? byStrike ?? dateFromContext(article, s, people.map((p) => p.name)) ?? sectionDay;
    // ("the summit between Trump and Putin in Alaska in August": a day the text named before is not in that month; "travelled
    // secretly to Kyiv late last week": nor in that week, unless the week is a relative clause's: "he met Merz, who had pledged
    // new Patriot systems last week")
    const month = near ? null : timeRefs.find((r) => ((r.precision === "month" && /^(?:in|during)\s/i.test(r.text)) || (r.precision === "week" && !RELATIVE_CLAUSE.test(text.slice(0, r.at)))) && r.start && r.end);
    const inMonth = month && fromContext && (fromContext < month.start! || fromContext > month.end!) ? null : fromContext;
    // "Zelensky meets Carney in Kananaskis", "Von der Leyen says she has spoken with Zelensky", "He said he had
    // spoken with Meloni": a contact told as the news of the day, with no other time, is of the day of the report
    // (only when no other mention of the article dates it: "In Ankara, Zelensky meets Erdogan" heads a report of the day before)
    // (not a habit: "Trump has spoken with Putin several times", "Orban, who has met Putin more often than …")
    // ("Biden spoke with Zelensky by phone …, the White House said": news of the day, as its source tells it; not "When Biden
    // spoke with Putin, he warned …" nor "spoke with Putin repeatedly before the invasion")
    const toldToday = REPORTED_NOW.test(text) || (REPORTED_PAST.test(text) && TOLD_BY.test(text) && !LONG_AGO.test(text));
    // ("Witkoff has also met Putin several times this year": no one contact, unless the text dates one)
    if (HABITUAL.test(text) && inMonth === null && timeRefs.every((r) => r.precision !== "day")) continue;
    const reportedDay = inMonth === null && timeRefs.length === 0 && toldToday ? article.meta.published : null;
    lastContactAt = s.index;
    // "Starmer spoke by telephone with both Trump and Zelensky": two calls, each with the one who called
    const both = pairsWithBoth(text, people);
    // (one verb's list first, every item of which names its day or place: "He received Zelensky in Ankara on Feb. 18, talked with
    // Putin in Tianjin on Sept. 1 and met Trump at the White House on Sept. 25" has three legs, where the trip reader splits two)
    const trip = both ? null : (listedLegs(text, people, article.meta.published) ?? itinerary(text, people));
    if (trip) {
      // each leg of a trip with its own day, place and kind where its words give them, else those of the leg before
      // (a place said before all of them is all of theirs: "In Paris on Monday, Zelensky met Macron and later held talks with Scholz")
      let previous = inMonth;
      for (const [i, leg] of trip.legs.entries()) {
        const call = /\b(?:by\s+(?:phone|telephone)|video\s+(?:call|link|conference))\b/i.test(leg.text);
        const legCue = heldContact(leg.text)?.at ?? leg.text.search(RECEIVED_BY);
        const legRefs = findTimeRefs(leg.text, article.meta.published);
        const days = contactDays(leg.text, legRefs).filter((r) => r.start);
        // ("…, where he met Scholz the next day", "two days later": counted from the leg before)
        const later = legRefs.find((r) => r.relative === "next-day" || (r.relative === "days-later" && (r.days ?? 0) > 0));
        const day = days.length ? days.reduce((a, b) => (Math.abs(b.at - legCue) < Math.abs(a.at - legCue) ? b : a)).start : later && previous ? addDays(previous, later.relative === "next-day" ? 1 : later.days!) : null;
        const date = day ?? previous;
        // (a later leg is a meeting unless it says a call: "… and then flew on to Berlin, where he met Scholz")
        // ("…; on Wednesday he called Volodymyr Zelensky": a leg whose own cue is a call)
        const legKind = heldContact(leg.text)?.kind;
        // (the items of one verb's list are all of its kind)
        const kind = call || (i > 0 && legKind === "phone_call") ? "phone_call" : i === 0 || trip.oneVerb ? cue.kind : "meeting";
        const place = kind === "phone_call" ? null : (PLACE.exec(leg.text)?.[1] ?? leg.travelledTo ?? (i > 0 ? PLACE.exec(trip.lead)?.[1] : null) ?? null);
        out.push({ kind, participants: leg.participants, date, reportedDay, place, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
        previous = date;
      }
      continue;
    }
    const split = both ?? (cue.kind === "phone_call" ? callsWithEach(text, people) : null);
    // (a call has no place: "spoke by phone with Macron after a strike in Odesa")
    // (the opening clause's, when the contact is told there: not "Three days after Trump met Putin, Zelensky was in Washington")
    const opening = OPENING_CONTACT.exec(text);
    const place = cue.kind === "phone_call" ? null : (PLACE.exec(opening && cue.at < opening[0].length ? opening[0] : text)?.[1] ?? (hostedInKyiv ? "Kyiv" : null));
    // ("Witkoff has met Putin four times: in Moscow on Feb. 11, again in Moscow on March 13 and …": one contact a day of the list)
    const dates = (split ? null : listedContactDays(text, article.meta.published)) ?? [inMonth];
    for (const participants of split ?? [people.map((x) => x.name).sort()]) {
      for (const date of dates) out.push({ kind: cue.kind, participants, date, reportedDay, own: OWN_CONTACT.test(text), place, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    }
    const later = otherDayContact(text, cue.at, article.meta.published);
    if (later) out.push({ ...later, reportedDay: null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    const subject = present.filter((p) => !beside.has(p.name)).map((p) => ({ p, at: mentionsOf(text, p)[0] ?? Infinity })).sort((a, b) => a.at - b.at)[0]?.p.name ?? null;
    const other = asideFrom < Infinity ? asideContact(text, asideFrom, inMonth ?? reportedDay, subject, article.meta.published) : null;
    if (other) out.push({ ...other, reportedDay: null, place: null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    const briefed = briefedOn(text, cue.at, subject, article.meta.published);
    if (briefed) out.push({ ...briefed, reportedDay: null, place: null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    if (split) continue;
    const held = earlierContact(text, article.meta.published, out.at(-1)!);
    if (held) out.push(held);
    const again = againLater(text, article.meta.published, out.at(-1)!);
    if (again) out.push(again);
  }
  return mergeMentions(out).map(({ reportedDay, own: _own, ...c }) => ({ ...c, date: c.date ?? reportedDay ?? null }));
}

// what came so many days after the contact: an attack, or a contact the text told before ("The attack came two days after
// Witkoff met Putin", "The Brussels visit came a day after Zelensky signed a pact with Sanchez")
const CAME_ATTACK = /\b(?:attacks?|strikes?|barrage|bombardment|shelling|incident)\b/i;
const CAME_CONTACT = /\b(?:call|conversation|talks|negotiations|visit|trip|meeting|gathering)\b/i;

/**
 * The day of what "came N days after" the contact: the day its own words name ("Monday's talks came five days after …"),
 * else the article's attack ("The attack came two days after …": the day it ended) or a contact of that kind told before
 * ("The call came a day after …"); null when the sentence says neither or both.
 */
function cameFrom(text: string, came: TimeRef, refs: readonly TimeRef[], strike: { start: string; end: string } | null, out: readonly Mention[], paragraphStart: number): string | null {
  const head = text.slice(0, came.at);
  // (a day of the subject's own: not "The strike was the largest since Aug. 26, when …, and came two days after")
  const own = /[,;]/.test(head) ? null : refs.find((r) => r.start && !r.relative && r.at < came.at)?.start;
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

// "the previous two rounds", "the first Istanbul round", "the two rounds of direct talks" (not "a new round of sanctions", nor "the
// third round", as a rule the one the article reports; a round told after the one the article told is that one, and left to it)
const EARLIER_ROUNDS =
  /\b(?:previous|earlier|first|second|two|three|four|other)\s+(?:(?:\p{Lu}\p{Ll}+|direct)\s+)?rounds?\b(?!\s+of\s+(?:sanctions|strikes|attacks|shelling|prisoner|exchanges?|swaps?|voting|elections?|applause|mobili[sz]ation))/iu;
// ("a proposal for a second round of talks in Istanbul on June 2": one to come)
const ROUND_TO_COME = /\b(?:propos\w*|offer\w*|next|new|upcoming|planned|future)\b/i;
const YEAR_DAYS = 366;
const MEDIATED = /\b(?:under\s+pressure\s+from|(?:brokered|mediated|hosted|facilitated)\s+by|with\s+the\s+mediation\s+of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}/gu;

/**
 * Earlier rounds of talks told by their days ("The previous two rounds were held in Istanbul on May 16 and June 2"): one a day,
 * between the heads of delegation the sentence names, else those of the round the article told before it (from within a year
 * before it: not the 2022 talks an article recalls); none when the sentence is not so.
 */
function earlierRounds(article: Article, text: string, out: readonly Mention[]): Array<{ participants: string[]; date: string }> {
  if (!/\bround/i.test(text) || !EARLIER_ROUNDS.test(text) || ROUND_TO_COME.test(text)) return [];
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
  const round = out.findLast((c) => family(c.kind) === "in-person" && envoys(c.participants));
  const since = round ? (round.date ?? round.reportedDay ?? article.meta.published?.slice(0, 10)) : null;
  // (not when it names a side the round had not: "Kyiv and Washington held two rounds of talks of their own" after Istanbul's; a
  // mediator named in passing is none: "…, on May 16 and June 2, under pressure from Washington", "both brokered by the US")
  const sides = COUNTRY_WORDS.filter(([re]) => re.test(text.replace(MEDIATED, " "))).map(([, country]) => country);
  if (!round || sides.some((c) => !round.participants.some((p) => countryOf(p) === c))) return [];
  if (!since || days.some((d) => d >= since || d < addDays(since, -YEAR_DAYS))) return [];
  return days.map((date) => ({ participants: [...round.participants], date }));
}

/** The days a sentence names, each of a list too ("on May 16, June 2 and July 23", which the date reader takes for a span). */
function listedDays(text: string, published: string | null): string[] {
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
function listedContactDays(text: string, published: string | null): string[] | null {
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
  const joined = days.length >= 2 && (gaps.some((g) => /\bagain\b/i.test(g)) || COUNTED_TIMES.test(text));
  const list = joined ? days.map((r) => r.start!) : refs.length === 1 ? listedDays(text, published) : [];
  if (list.length < 2 || new Set(list).size < list.length) return null;
  if (!joined && list.some((d, i) => i > 0 && addDays(list[i - 1]!, 1) === d)) return null;
  if (published && list.some((d) => d > published.slice(0, 10))) return null;
  return list;
}

const SINCE_CONTACT = /^\s+since\s+(?:(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:\w+\s+)?(?:spoke|met|called|phoned|talked|held|hosted|visited)\b|\p{Lu}\S*['’]s\s+(?:meeting|call|talks|visit|trip)\b)/u;
const HABITUAL = /\b(?:spoken|met|talked|hosted|meets|speaks|talks)\b(?:\s+\S+){0,4}?\s+(?:(?:several|many|two|three|four|five|six|\d+)\s+times|repeatedly|regularly|often|frequently|ever\s+since)\b|\b(?:who|which)\s+ha[sd]\s+(?:\w+\s+)?(?:met|spoken|hosted|talked)\b|\b(?:regularly|often|usually|frequently)\s+(?:meets|speaks|talks|hosts)\b/i;
const REPORTED_PAST = /\b(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)\b|\b(?:held|had)\s+(?:a\s+)?(?:(?:phone|telephone)\s+)?(?:call|conversation)\s+with\b/i;
const TOLD_BY = /\b(?:said|says|announced|wrote|posted|informs|informed|told|confirmed|according\s+to)\b/i;
const LONG_AGO = /\b(?:repeatedly|many\s+times|several\s+times|often|before\s+the\s+(?:invasion|war)|in\s+the\s+(?:weeks|months|days)\s+before|when\b)/i;
const REPORTED_NOW = /\b(?:has|have)\s+(?:(?:also|already|just|now|since|twice|again|briefly)\s+)*(?:spoken|met|held|talked|phoned|called|hosted|received)\b|\b(?:speaks|meets|hosts|receives|holds)\b|\b(?:is|are)\s+(?:now\s+)?(?:holding|meeting|speaking)\b|\b(?:said|says)\s+(?:that\s+)?(?:he|she|they)\s+(?:had|has|have)\s+(?:also\s+)?(?:spoken|met|held|talked|phoned|called)\b/i;

/** "… with both Trump and Zelensky", "… with Nawrocki and with Tusk": the one before "with" and each of the two, as two pairs; null when the sentence is not so. */
function pairsWithBoth(text: string, people: ReadonlyArray<{ name: string }>): string[][] | null {
  // (or "… with Nawrocki and with Prime Minister Donald Tusk")
  const m = /\bwith\s+both\s+(.+?)\s+and\s+(.+?)(?=\s+(?:by|on|in|this|last|over|about|to)\b|[,.;]|$)|\bwith\s+(?!both\b)(.+?)\s+and\s+with\s+(.+?)(?=\s+(?:by|on|in|this|last|over|about|to)\b|[,.;]|$)/i.exec(text);
  if (!m) return null;
  const [a, b] = [namedIn((m[1] ?? m[3])!), namedIn((m[2] ?? m[4])!)];
  const others = people.map((p) => p.name).filter((n) => !a.includes(n) && !b.includes(n));
  if (a.length !== 1 || b.length !== 1 || others.length !== 1) return null;
  return [[others[0]!, a[0]!].sort(), [others[0]!, b[0]!].sort()];
}

/**
 * The days a sentence names that can date a contact: "on Tuesday"; "early this morning", that day; "late on Saturday
 * night", the day that night began. Not a bare "overnight" (the attacks'), nor a day remembered ("the memorial to the
 * victims of the Sept. 11 attacks").
 */
const OTHER_ONES_DAY = /\b(?:the|their)\s+(?:first|previous|last|earlier|other)(?:\s+(?:one|call|meeting|conversation|round))?\s+(?:was|came|took\s+place|had\s+been)\s+(?:held\s+)?(?:on\s+)?$/i;

function contactDays(text: string, refs: readonly TimeRef[]): TimeRef[] {
  // (not the wire's dateline: "KYIV, March 5 (Wirenews) - Zelensky met Duda …" is the day the copy was filed)
  // (a fact box's "Sunday, Nov. 23 - Rubio meets …" line is dated by it, not filed)
  const line = INLINE_DATELINE.exec(text)?.[0] ?? "";
  const dateline = /^\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b/i.test(line) ? 0 : line.length;
  return refs.flatMap((r): TimeRef[] => {
    if (r.at < dateline) return [];
    if (COMMEMORATED.test(text.slice(Math.max(0, r.at - 60), r.at))) return [];
    // ("The call was the second between them; the first was on Feb. 12": another contact's day)
    if (OTHER_ONES_DAY.test(text.slice(Math.max(0, r.at - 40), r.at))) return [];
    if (r.precision === "day") return [r];
    if (r.precision !== "night") return [];
    if (r.end && /\bmorning\b/i.test(r.text)) return [{ ...r, start: r.end, precision: "day" }];
    // "talks in Washington on April 2 and 3", "on Aug. 5-6": days of talks, from the first (not "the night of April 2-3")
    if (r.start && !r.relative && /\d\s*(?:-|–|and|to)\s*\d/.test(r.text) && !/\bnight\b/i.test(text.slice(Math.max(0, r.at - 20), r.at + r.text.length))) return [{ ...r, end: r.start, precision: "day" }];
    // (not "Saturday night's massive drone attack": the night of another event; but "In Saturday night's call")
    const possessive = /^['’]s\s+(?:\S+\s+){0,2}(?:attacks?|strikes?|barrage|shelling|raid|assault)\b/i.test(text.slice(r.at + r.text.length));
    return r.start && !r.relative && !possessive && /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:night|evening)\b/i.test(r.text) ? [{ ...r, end: r.start, precision: "day" }] : [];
  });
}

// Where one contact of a trip ends and the next begins: "…, then flew to Moscow, where on Tuesday he held talks with
// Lavrov and was received by Putin", "… and later held talks with Meloni", "… and earlier held talks with Lavrov", "held talks with
// Raisi, met Khamenei, and held a separate bilateral meeting with Erdogan" (a list's middle leg)
const NEXT_LEG =
  /,?\s+and\s+(?:(?:later|then|also|separately|afterwards|earlier)\s+)*(?=(?:was\s+(?:(?:later|then|also|warmly)\s+)?(?:received|welcomed|hosted)\s+by|held\s+(?:an?\s+)?(?:(?:separate|bilateral|private)\s+){0,2}(?:talks|meeting)\s+with|met(?:\s+with)?)\b)|,\s+(?:and\s+)?(?:then|later|afterwards)\s+|,\s+where\s+|;\s+|,\s+(?=met\s+(?:with\s+)?(?:[\p{Lu}]|the\s+)[^,;]{0,80},\s+and\s)/iu;
const RECEIVED_BY = /\bwas\s+(?:(?:later|then|also|warmly)\s+)?(?:received|welcomed|hosted)\s+by\b/i;
const TRAVELLED = /\b(?:flew|travell?ed|went|headed|arrived|moved\s+on)\b/i;

interface Leg {
  readonly participants: string[];
  /** The leg's own words: its day and place, if it names them. */
  readonly text: string;
  /** Where the trip had gone on to before this leg ("then flew to Moscow"). */
  readonly travelledTo: string | null;
}

/**
 * One traveller's contacts in turn: "Guterres met Erdogan in Ankara on Monday, then flew to Moscow, where on Tuesday
 * he held talks with Lavrov and was received by Putin", "Zelensky met Sanchez … and later held talks with Meloni".
 * Each leg pairs the traveller (the first named) with the people its own words name; null when the sentence is not so.
 */
function itinerary(text: string, people: ReadonlyArray<{ name: string }>): { lead: string; legs: Leg[]; oneVerb?: boolean } | null {
  const parts = text.split(NEXT_LEG);
  if (parts.length < 2) return null;
  const surname = (p: { name: string }) => p.name.split(" ").at(-1)!;
  const firstCue = heldContact(parts[0]!);
  // ("On Oct. 10, he held talks in London with Starmer, then flew to Paris to meet Macron": the one "he" was read as, whom the
  // sentence does not name, when no one is named before the first leg's verb)
  // (not a parenthetical speaker's: "On Monday, he said, Zelensky held talks in London with Starmer, then flew to Paris")
  const pronoun = firstCue ? subjectPronoun(parts[0]!.slice(0, firstCue.at)) : null;
  const unnamed = people.filter((p) => !text.includes(surname(p)));
  const traveller =
    people
      .map((p) => ({ name: p.name, at: parts[0]!.indexOf(surname(p)) }))
      .filter((p) => p.at >= 0 && (!pronoun || p.at < pronoun.index))
      .sort((a, b) => a.at - b.at)[0] ?? (pronoun && unnamed.length === 1 ? { name: unnamed[0]!.name, at: pronoun.index } : undefined);
  // (the traveller is named before the first leg's verb: not "Modi's Moscow trip followed Zelenskyy's visit to Warsaw")
  if (!traveller || !firstCue || traveller.at > firstCue.at || parts.slice(1).some((part) => part.includes(traveller.name.split(" ").at(-1)!))) return null;
  const legs: Leg[] = [];
  let travelledTo: string | null = null;
  for (const part of parts) {
    const named = people.filter((p) => p.name !== traveller.name && part.includes(surname(p))).map((p) => p.name);
    if (named.length === 0) {
      // ("then flew to Moscow": where the next legs were held)
      // (a place the list does not know is still somewhere else: "then travelled to Chisinau")
      if (TRAVELLED.test(part)) travelledTo = PLACE.exec(part.replace(/\bto\s+/g, "in "))?.[1] ?? null;
      continue;
    }
    const cue = heldContact(part)?.at ?? (RECEIVED_BY.test(part) ? part.search(RECEIVED_BY) : -1);
    // (each leg names whom the traveller met after its own verb: not "…, where he and Prime Minister Donald Tusk signed")
    if (cue < 0 || named.some((n) => part.indexOf(n.split(" ").at(-1)!) < cue)) return null;
    legs.push({ participants: [traveller.name, ...named].sort(), text: part, travelledTo });
  }
  const all = legs.flatMap((l) => l.participants.filter((n) => n !== traveller.name));
  if (legs.length < 2 || new Set(all).size !== all.length || all.length !== people.length - 1) return null;
  return { lead: parts[0]!.slice(0, firstCue.at), legs };
}

// "Lavrov met Sisi in Cairo on July 24, Sassou Nguesso in Oyo on July 25, and Museveni in Entebbe on July 26": one verb, and
// after it whom the traveller met, each with his own day or place (", before being received by Putin": one more of them)
const LIST_VERB = /(?<!\b(?:was|were|been|being)\s+)\b(?:met(?:\s+with)?|received|hosted|visited|held\s+talks\s+with|(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?with)\s+/i;
const LIST_SPLIT = /,?\s+before\s+being\s+(?:received|hosted|welcomed)\s+by\s+|,\s*(?:and\s+)?|\s+and\s+/i;
// (a place or a day closes one of them: "Keir Starmer and NATO chief Mark Rutte in London")
const LEG_PLACE = /\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u;
// (an item naming no one, opening on its place, is the same people met again: "met Putin in Sochi on Aug. 5 and in Tehran on July 19")
const AGAIN_AT = /^(?:in|at)\s/i;
// (an item opens on whom, where or when, or on a verb of contact, "received Zelensky in Ankara on Feb. 18, talked with Putin in
// Tianjin on Sept. 1 and met Trump at the White House on Sept. 25": not a clause of another verb, "who met Putin in Samarkand on
// September 16, said on September 22 that Putin …"; nor a passive's list, whose items are guests: "Macron was received by Trump on
// Monday, and Starmer on Thursday")
const LIST_ITEM = /^(?:\p{Lu}|(?:in|at|on)\s|(?:(?:then|later|also)\s+)?(?:met|talked|spoke|held|received|hosted|visited|joined)\b)/u;

/**
 * One traveller's contacts told by one verb with a list of whom and where or when: null unless every item of the list has its
 * own place or day, there are two at least, and the traveller (the one person no item names) and the items name all `people`.
 */
function listedLegs(text: string, people: ReadonlyArray<{ name: string }>, published: string | null): { lead: string; legs: Leg[]; oneVerb: boolean } | null {
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
    const cue = OTHER_DAY_VERB.exec(item)?.index ?? -1;
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

/** The people of the list a part of a sentence names. */
const namedIn = (part: string): string[] => PEOPLE.filter((p) => isNamed(p, part)).map((p) => p.name);

/** Where the first of `people` is named in `text` (its length when none is). */
function namedFrom(text: string, people: ReadonlyArray<{ name: string }>): number {
  let at = text.length;
  for (const p of PEOPLE) {
    if (!people.some((q) => q.name === p.name)) continue;
    const i = mayName(p, text) ? text.search(p.re) : -1;
    if (i >= 0) at = Math.min(at, i);
  }
  return at;
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
function callsWithEach(text: string, people: ReadonlyArray<{ name: string }>): string[][] | null {
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
  const m = /\b(?:with|(?:spoke|speaks|spoken|talked)\s+to)\s+(.+?)(?=\s+(?:by|on|in|this|last|over|about|to|after|before|during|early|late|earlier|too|as|for|from)\b|[.;:!?"“”(]|$)/i.exec(list);
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

// "much longer than their first conversation on February 12", "the first conversation between the two leaders since
// September 11, 2022": the same pair's earlier contact, on that day
// ("the first time the two had spoken since a call on May 13", "his first conversation with Putin since their call on May 13")
const EARLIER_IN_SENTENCE = /\b(?:their|the)\s+(?:first|previous|last|earlier)(?:\s+(call|conversation|meeting|one))?(?:\s+between\s+the\s+two\s+(?:leaders|presidents|men))?,?\s+(?:on|since)\s+|\bsince\s+(?:their|a|the)\s+(?:(?:last|previous)\s+)?(call|conversation|meeting|talks)\s+on\s+/i;

function earlierContact(text: string, published: string | null, contact: ArticleContact): ArticleContact | null {
  const m = EARLIER_IN_SENTENCE.exec(text);
  if (!m || (m[2] && heldByOthers(m, text))) return null;
  const at = m.index + m[0].length;
  // (the date's own "on" may be read as part of it)
  const day = findTimeRefs(text, published).find((r) => r.at >= at - 3 && r.at <= at && r.precision === "day" && r.start)?.start;
  if (!day || (contact.date !== null && day >= contact.date)) return null;
  const word = (m[1] ?? m[2] ?? "").toLowerCase();
  const kind: ContactKind = word === "call" || word === "conversation" ? "phone_call" : word === "meeting" ? "meeting" : word === "talks" ? "talks" : contact.kind;
  return { ...contact, kind, date: day, place: null };
}

// "… and held talks with him in Moscow on April 25", "… and spoke with her again on Friday": the same pair once more
const AGAIN_WITH_PRONOUN = /,?\s+and\s+(?:(?:later|then|again|also)\s+)*(?:(held|had)\s+(?:(?:further|more|new|separate)\s+)?(talks|a\s+meeting|a\s+(?:phone\s+)?call)|(met)|(spoke|talked))\s+(?:again\s+)?(?:with\s+)?(?:him|her)\b/i;

/** The pair of the contact just read, met again on a day of its own later in the sentence: "He met Putin … on April 11 and held talks with him … on April 25". */
function againLater(text: string, published: string | null, contact: ArticleContact): ArticleContact | null {
  const m = AGAIN_WITH_PRONOUN.exec(text);
  if (!m || contact.participants.length !== 2) return null;
  const leg = text.slice(m.index);
  const day = contactDays(leg, findTimeRefs(leg, published)).find((r) => r.start && !r.relative)?.start;
  if (!day || day === contact.date) return null;
  const what = (m[2] ?? m[3] ?? m[4])!.toLowerCase();
  const kind: ContactKind = /call|spoke|talked/.test(what) ? "phone_call" : what === "talks" ? "talks" : "meeting";
  return { ...contact, kind, date: day, place: kind === "phone_call" ? null : (PLACE.exec(leg)?.[1] ?? null) };
}

/**
 * The first contact cue in the sentence that reports a contact that took place: cues next to
 * "would", "agreed to", "no date has been set" … are plans, not contacts, and are passed over
 * ("they agreed to meet in Budapest after a phone call that lasted two hours" is one call).
 */
const GLOBAL_KINDS = KINDS.map((k) => ({ kind: k.kind, words: k.words, re: new RegExp(k.re.source, k.re.flags.includes("u") ? "gu" : "gi") }));
// every contact cue has one of these words: one test skips the sentences that mention no contact
const ANY_CUE = /call|phone|spoke|speak|talk|meet|met\b|spent|walk|stood|standing|stroll|tour|delegations|teams|summit|visit|Kyiv|Kiev|discussion|negotiation|conversation|round\b|hosted|hosts|received|receives|receiving|welcome|sat\s+down|signed|video|dinner|lunch|breakfast|audience|hosting|showing|diall?ed|brought\s+together/i;

// ("A meeting between Putin and Zelensky is not being considered", "… was ruled out", "is off the table": none held either)
const LEFT_OPEN =
  /\b(?:was|is|were|are|would\s+be|remains?|remained)\s+["“]?(?:possible|likely|unlikely|planned|expected|not\s+ruled\s+out|ruled\s+out|off\s+the\s+table|not\s+(?:being\s+)?(?:considered|discussed|planned|prepared|on\s+the\s+agenda))\b/i;
// ("a phone conversation between Putin and Trump could be arranged", "whether a meeting between Putin and Trump was discussed": said
// of the contact only when it is the subject, a noun; not of one someone held, told by its verb, "met Trump on Monday where
// security guarantees were discussed", "spoke with Lavrov on Monday about how a meeting … could take place")
// ("a meeting between Putin and Zelensky is being arranged": one still being set up; "A meeting between Rubio and Lavrov was put
// on hold after the two spoke by phone", "The summit had been agreed in principle in a phone call": one held off or only agreed,
// not the call the sentence goes on to tell)
const LEFT_TO_ARRANGE =
  /\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:put\s+on\s+hold|shelved|agreed)\b|\b(?:could|would|might|may|can)\s+(?:(?:still|soon|then|only|also)\s+)?(?:be\s+(?:arranged|organi[sz]ed|held|scheduled|set\s+up)|take\s+place)\b|\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:being\s+)?discussed\b|\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?being\s+(?:arranged|organi[sz]ed|prepared|planned|set\s+up|worked\s+out)\b/i;
// (the cue a noun, not a verb whose subject is someone: "met", "spoke with")
const VERB_CUE = /^(?:met|meets|spoke|speaks|spoken|talked|held|holds|had|has|hosted|hosts|received|receives|visited|visits|called|phoned|phones|rang|diall?ed|discussed|welcomed|greeted|walked|strolled|toured|sat|spent|gave|brought|flew|came|went|rode|drove|headed|arrived|travell?ed|joined|convened|chaired|co-chaired|took|briefed|told|assured|warned|informed|thanked|congratulated|urged|asked|was|were)\b/i;
const leftOpen = (saidOf: string, cue = "") => LEFT_OPEN.test(saidOf) || (!VERB_CUE.test(cue) && LEFT_TO_ARRANGE.test(saidOf));
// ("met Putin … to discuss how a summit with Trump could be arranged": who is named in that contact only is not in the one held)
const LEFT_OPEN_NOUN = /\b(?:summit|meeting|call|conversation|talks)((?:\s+[\p{L}.'’-]+){1,6}?\s*)$/u;
const inLeftOpen = (text: string, at: number) => {
  const noun = LEFT_OPEN_NOUN.exec(text.slice(Math.max(0, at - 60), at));
  return noun !== null && leftOpen(noun[1]! + text.slice(at));
};

// "The visit came as …", "The Meloni visit came a day after …": the contact told before, up to its verb
const CAME_AS = /^\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Lu}[\p{L}'’-]*\s+)?(?:visit|trip|meeting|call|talks)\s+(?:came|comes|followed|follows)\b/u;

const WISHED = /\b(?:would|'d)\s+(?:like|love|want|prefer)\s+to\s+(?:hold|have|arrange|organi[sz]e)\s+(?:(?:a|an|the|another)\s+)?(?:[\w-]+,?\s+){0,3}$/i;

// "agreed to meet in Budapest during their telephone conversation": the contact in which something was agreed or offered
const AGREED_IN = /\b(?:agreed|offered|proposed|promised)\s+to\s+[^,;.]{0,50}?\s((?:during|in|over)\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,3})$/iu;

function heldContact(text: string): { kind: ContactKind; at: number } | null {
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
  // ("Putin would meet Erdogan on Thursday on the sidelines of a regional summit": the verb the cues do not take)
  // ("Starmer was expected to receive him at Downing Street later on Saturday, before a summit of European leaders")
  let planned = /\b(?:would|will|to|plans?\s+to|expected\s+to)\s+(?:meet|receive|host|welcome)\b/i.test(text);
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
    if (WISHED.test(text.slice(Math.max(0, c.at - 80), c.at))) continue;
    // ("Scholz has defended his decision to phone Putin, saying on Saturday …": the call told before, not another)
    // ("Macron had informed Zelensky of his intention to call Putin during a conversation …": the call meant, not held)
    if (INTENT_BEFORE.test(text.slice(Math.max(0, c.at - 30), c.at))) continue;
    // only the cue's own clause can make it hypothetical: "agreed to meet in Budapest, after a phone call"
    // ("had agreed to meet in Budapest during a lengthy phone call last Thursday": what was agreed in the call, which was held)
    const start = Math.max(0, c.at - 60, text.lastIndexOf(",", c.at) + 1, text.lastIndexOf(";", c.at) + 1);
    const agreedIn = AGREED_IN.exec(text.slice(start, c.at));
    const from = agreedIn ? start + agreedIn.index + agreedIn[0].length - agreedIn[1]!.length : start;
    // the clause ends at a comma or at "that" opening what was said in it ("in a call on Tuesday that he would halt strikes")
    const commaAfter = text.slice(c.end).search(/[,;]|\bthat\b/);
    const to = Math.min(text.length, c.end + 25, commaAfter < 0 ? text.length : c.end + commaAfter);
    const clause = text.slice(from, to);
    // ("a meeting with Erdogan was \"possible\"": what the clause says of the contact at its end)
    const saidOf = text.slice(c.end, commaAfter < 0 ? text.length : c.end + commaAfter);
    if (NOT_HELD.test(clause) || MAY.test(clause) || HYPOTHETICAL.test(clause) || ASKED_TO.test(text.slice(from, c.at)) || ASKED_WHETHER.test(text.slice(from, c.at)) || leftOpen(saidOf, text.slice(c.at, c.end)) || ANYONE_WHO.test(text.slice(from, c.at))) {
      planned = true;
      continue;
    }
    // "It is their first meeting since Trump spoke with Putin": the pair of the sentence before, measured against another contact
    // (not "his first call since March with Putin", which is the call)
    if (/\b(?:their|his|her)\s+(?:(?:first|second|third|last|latest|previous)\s+)?$/i.test(text.slice(Math.max(0, c.at - 30), c.at)) && SINCE_CONTACT.test(text.slice(c.end))) continue;
    // ("before making any decisions about negotiations": a topic, not talks held)
    if (c.kind === "talks" && /\b(?:about|regarding|concerning)\s+$/i.test(text.slice(Math.max(0, c.at - 12), c.at))) continue;
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

const family = (k: ContactKind) => (k === "phone_call" ? "call" : "in-person");

const countryOf = (name: string): string | null =>
  PEOPLE.find((p) => p.name === name)?.country ?? GROUPS.find((g) => g.name === name)?.country ?? null;

/** Participants two mentions share; an unnamed delegation matches a named member of its country. */
export function sharedParticipants(a: readonly string[], b: readonly string[]): number {
  let n = a.filter((p) => b.includes(p)).length;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const g of x.filter((p) => p.endsWith(" delegation") && !y.includes(p))) {
      if (y.some((p) => !p.endsWith(" delegation") && countryOf(p) === countryOf(g))) n++;
    }
  }
  return n;
}

// Leaders the list does not know, named with their title and country: "Mongolia's president Ukhnaagiin
// Khurelsukh", "President Gustavo Petro of Colombia". The country word keeps them apart from other states.
const NAME = "((?:\\p{Lu}[\\p{L}'’-]+\\s){0,2}\\p{Lu}[\\p{L}'’-]+)";
const TITLE = "(?:[Pp]resident|[Pp]rime\\s+[Mm]inister|[Ff]oreign\\s+[Mm]inister|[Cc]hancellor|[Kk]ing|[Ee]mir|[Cc]rown\\s+[Pp]rince)";
const TITLED = [
  new RegExp(`\\b(\\p{Lu}\\p{L}+)(?:'s|’s)\\s+${TITLE}\\s+${NAME}`, "gu"),
  new RegExp(`\\b${TITLE}\\s+${NAME}\\s+of\\s+(\\p{Lu}\\p{L}+)`, "gu"),
  // "Croatian Prime Minister Andrej Plenković", "Czech President Petr Pavel"
  // ("Philippine President Ferdinand Marcos Jr.", "Kazakh President Kassym-Jomart Tokayev")
  new RegExp(`\\b(\\p{Lu}\\p{L}+(?:an|ish|ese|ic|i|ch)|Slovak|Greek|Dutch|Swiss|Thai|Philippine|Argentine|Kazakh|Uzbek|Tajik|Kyrgyz|Turkmen)\\s+${TITLE}\\s+${NAME}`, "gu"),
];

function titledLeaders(text: string): Array<{ name: string; country: string }> {
  const out: Array<{ name: string; country: string }> = [];
  for (const [i, re] of TITLED.entries()) {
    for (const m of matchesOf(re, text)) {
      const [name, country] = i === 1 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      if (/^(?:Russia|Ukraine|Kyiv|Moscow|US|U\.S|Russian|Ukrainian|American|European|Soviet)$/.test(country)) continue; // named by the list, or by its own rule
      // ("Ferdinand Marcos Jr.": the suffix keeps its stop)
      const suffixed = /\bJr$/.test(name.trim()) && text[m.index + m[0].length] === "." ? `${name.trim()}.` : name.trim();
      out.push({ name: suffixed, country: `other:${country.toLowerCase()}` });
    }
  }
  return out;
}

// "the Polish president", "the German chancellor", "Britain's prime minister": a leader named by country and office
// ("the Chinese diplomat", "China's top diplomat": a minister or envoy)
const ROLE_REF = /\b(?:[Tt]he\s+(\p{Lu}\p{L}+)|(\p{Lu}\p{L}+)['’]s)\s+(?:top\s+)?(president|prime\s+minister|premier|chancellor|leader|foreign\s+minister|defen[cs]e\s+minister|diplomat|envoy)\b/gu;
const ADJECTIVE_COUNTRY: Readonly<Record<string, string>> = {
  Polish: "PL", Poland: "PL", German: "DE", Germany: "DE", British: "GB", Britain: "GB", French: "FR", France: "FR",
  Italian: "IT", Italy: "IT", Turkish: "TR", Turkey: "TR", American: "US", Hungarian: "HU", Hungary: "HU",
  Finnish: "FI", Finland: "FI", Chinese: "CN", China: "CN", Indian: "IN", India: "IN", Spanish: "ES", Spain: "ES",
  Danish: "DK", Denmark: "DK", Slovak: "SK", Slovakia: "SK", Brazilian: "BR", Brazil: "BR", Belarusian: "BY",
  Belarus: "BY", Irish: "IE", Ireland: "IE", Canadian: "CA", Canada: "CA", Saudi: "SA",
};

/** Leaders a sentence names by country and office only, each the one person of that country the article named before. */
function roleReferents(article: Article, s: Article["sentences"][number], text: string, people: ReadonlyArray<{ country: string }>): Array<{ name: string; country: string }> {
  const out: Array<{ name: string; country: string }> = [];
  const before = article.text.slice(0, s.start);
  for (const m of matchesOf(ROLE_REF, text)) {
    const country = ADJECTIVE_COUNTRY[(m[1] ?? m[2])!];
    if (!country || people.some((p) => p.country === country) || out.some((p) => p.country === country)) continue;
    const named = PEOPLE.filter((p) => p.country === country && isNamed(p, before));
    // (of several, the one whose office it is: "Wang Yi held talks with Lavrov … the Chinese diplomat met Patrushev", in an article
    // that also names Xi, is Wang Yi)
    const head = /^(?:president|prime|premier|chancellor|leader)/.test(m[3]!);
    const inOffice = named.length > 1 ? named.filter((p) => HEADS.has(p.name) === head) : named;
    if (inOffice.length === 1) out.push({ name: inOffice[0]!.name, country });
  }
  return out;
}

/** The (up to) two sentences before `s` in its paragraph, nearest first. */
function sentencesBefore(article: Article, s: Article["sentences"][number]): string[] {
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
const DAYS_EARLIER = /^\W*(a|one|two|three|four|five|six|seven|\d)\s+(days?|weeks?)\s+(?:earlier\b|before(?=\s*,))/i;
// ("The previous conversation between the two presidents took place on June 4", "He last saw the Russian leader in Moscow on
// March 13", "The two last met in Alaska on August 15", "The two men had previously spoken on Thursday", "Their most recent
// conversation had been a video call on December 30", "The four last met in Paris on Jan. 26")
const EARLIER_CONTACT =
  /^\W*(?:(?:(?:their|the)\s+(?:previous|last|first|earlier|most\s+recent|latest)\s+(one|call|conversation|meeting|round|talks)|their\s+(?:previous|last|first|earlier|most\s+recent|latest))(?:\s+between\s+the\s+two(?:\s+\w+)?)?\s*(?:,|(?:took\s+place|was\s+held|came|happened|had\s+been)\b)|(?:he|she)\s+(?:had\s+)?(?:last|previously)\s+(?:(?:met|saw|visited)\s+(?!in\b|on\b|at\b|publicly\b|the\s+front\b)\S|(?:spoke|talked)\s+(?:with|to|by\s+phone)\b)|(?:they|the\s+(?:two|three|four)(?:\s+\w+)?)\s+(?:had\s+)?(?:last|previously)\s+(?:met|spoke|spoken|talked)\b)/i;
// "the conversation on Tuesday evening", "the talks on Monday": the contact told just before, by its day
const THE_CONTACT_ON = /\bthe\s+(?:conversation|talks|meeting|call|negotiations)\s+(?=(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/i;

/** The one day "the conversation on Tuesday evening" names; null when the sentence names the contact no such way. */
function dayOfTheContact(text: string, published: string | null): string | null {
  const m = THE_CONTACT_ON.exec(text);
  if (!m) return null;
  const after = m.index + m[0].length;
  return contactDays(text, findTimeRefs(text, published)).find((r) => r.at >= after && r.at <= after + 10 && r.start && !r.relative)?.start ?? null;
}

// "The second, on March 18, …", "The third round, on July 23": the next contact of a series the sentence before began counting
const NEXT_IN_SERIES = /^\W*(?:the|their)\s+(?:second|third|fourth|fifth|sixth|next)(?:\s+(one|call|conversation|meeting|round))?\s*,\s+(?:on|in)\s/i;
const SERIES_BEFORE = /\b(?:first|second|third|fourth|fifth)\b/i;

/** The contact told as the next of a counted series, of the pair and kind of the one told just before, on a later day; null when the sentence is not so. */
function nextInSeries(article: Article, s: Article["sentences"][number], text: string, last: Mention): Mention | null {
  const m = NEXT_IN_SERIES.exec(text);
  if (!m || s.index === 0 || !SERIES_BEFORE.test(sentenceText(article, article.sentences[s.index - 1]!))) return null;
  const day = contactDays(text, findTimeRefs(text, article.meta.published)).find((r) => r.start && !r.relative)?.start;
  if (!day || (last.date !== null && day <= last.date)) return null;
  const word = (m[1] ?? "").toLowerCase();
  const kind: ContactKind = word === "call" || word === "conversation" ? "phone_call" : word === "meeting" ? "meeting" : word === "round" ? "talks" : last.kind;
  return { ...last, kind, date: day, reportedDay: null, place: kind === "phone_call" ? null : (PLACE.exec(text)?.[1] ?? null) };
}

// "the third publicly confirmed conversation between the two men": the pair's contacts counted
const COUNTED_CONTACT = /\b(?:second|third|fourth|fifth|sixth|seventh|\d+(?:nd|rd|th))\s+(?:[\w-]+\s+){0,3}(?:conversation|call|meeting|talks|summit)\s+between\s+the\s+(?:two|three)\b/i;
// "It was Scholz's first conversation with Putin since their call on May 13": the pair just reported, counted from its contact before
const SINCE_EARLIER = /\bsince\s+(?:their|a|the)\s+(?:(?:last|previous)\s+)?(call|conversation|meeting|talks)\s+on\s/i;

/** The "since their call on May 13" of a sentence that names no one but the pair just reported (its kind word as [1]), else null. */
function sinceEarlier(text: string, pair: readonly string[]): RegExpExecArray | null {
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

// "he met", "she spoke by phone with", "he had earlier held talks with": a pronoun that is the contact's subject
// ("he flew to Bishkek, his first trip abroad since …, and was received by Kyrgyz President Sadyr Japarov": the traveller)
// (or a sentence that opens with one: "He was in Moscow on Friday for talks with Putin", "His talks there with a Russian delegation")
// ("the President met Finnish President Alexander Stubb", "the Head of State welcomed …": a title for the text's subject)
// ("In Linkoping, he and Prime Minister Ulf Kristersson signed a letter of intent": the pronoun is one of the two who signed; "he
// signed a security agreement with Olaf Scholz": the signer)
const PRONOUN_SUBJECT = /\b(?:he|she|the\s+(?:[Pp]resident|[Hh]ead\s+of\s+[Ss]tate|[Pp]rime\s+[Mm]inister|[Cc]hancellor))\s+(?:(?:had|has|also|then|later|earlier|first|again|briefly|arrived\s+and)\s+){0,2}(?:met|meets|spoke|speaks|spoken|talked|talks|held|holds|hosted|hosts|received|receives|welcomed|welcomes|phoned|phones|called|calls|visited|visits|signed|was\s+(?:then\s+|later\s+|also\s+|warmly\s+|personally\s+)?(?:received|welcomed|hosted|met\s+by))\b|\b(?:he|she)\s+(?:flew|travell?ed|went|arrived|headed)\b[^.;]{0,140}?\band\s+(?:was\s+(?:then\s+|later\s+)?(?:received|welcomed|hosted|met)\s+by|(?:then\s+|later\s+)?(?:met|held\s+talks\s+with))\b|^\W*(?:(?:He|She)\s+(?:was|had\s+been)\s+in\b|(?:His|Her)\s+(?:talks|meeting|call|visit)\b)|\b(?:he|she)\b[^.;]{0,140}\bafter\s+(?:meeting|talks\s+with|speaking\s+(?:to|with))\b|\b(?:he|she)\s+and\s+(?:[\w.'’-]+\s+){1,5}?(?:(?:had|have|also|then|later|on\s+\w+day)\s+)?(?:met|held|signed|spoke|talked|discussed)\b/i;

// "Lloyd Austin received him for talks", "Macron and Scholz hosted her": the guest is a pronoun
const PRONOUN_GUEST = /\b(?:received|receives|hosted|hosts|hosting|welcomed|welcomes|greeted|greets)\s+(?:him|her)\b|\b(?:told|assured|promised)\s+(?:him|her)\s+(?:in|during|over)\s+an?\s+(?:(?:tele)?phone\s+)?(?:call|conversation)\b/i;

/** A guest named only by a pronoun, and by no one named before its clause ("Zelensky is now in Paris, where Macron received him" names him). */
function guestUnnamed(text: string, people: ReadonlyArray<{ name: string }>): boolean {
  const m = PRONOUN_GUEST.exec(text);
  if (!m) return false;
  const clause = Math.max(text.lastIndexOf(",", m.index), text.lastIndexOf(";", m.index));
  return clause < 0 || namedFrom(text, people) > clause;
}

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
function subjectPronoun(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(PRONOUN_FIRST)) {
    const before = text.slice(0, m.index);
    if (!FRONTED_CLAUSE.test(before) && !(/,\s*$/.test(before) && SAID_ASIDE.test(text.slice(m.index + m[0].length)))) return m as RegExpExecArray;
  }
  return null;
}
/** The person named first (the subject, as a rule) in the nearest of the three sentences before `s` that names one: whom a "he" refers to. */
function subjectBefore(article: Article, s: Article["sentences"][number]): { name: string; country: string } | null {
  let reach = 3;
  for (let i = s.index - 1; i >= 0 && i >= s.index - reach; i--) {
    // a name inside a quotation is not who is speaking or acting
    const text = sentenceText(article, article.sentences[i]!).replace(/["“][^"”]*["”]/g, (q) => " ".repeat(q.length));
    let best: { name: string; country: string; at: number } | null = null;
    for (const p of PEOPLE) {
      const at = mayName(p, text) ? text.search(p.re) : -1;
      if (at >= 0 && (!best || at < best.at)) best = { name: p.name, country: p.country, at };
    }
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
function guestBefore(article: Article, s: Article["sentences"][number]): { name: string; country: string } | null {
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

const HEADED_BY = /\b(?:led|leads|leading|headed|heads|heading|head\s+of|negotiators?)\b/i;
const STILL_TO_MEET = /\b(?:(?:is|are|was|were)\s+(?:expected|due|set|scheduled|going)\s+to|will|would|plans?\s+to)\s+(?:meet|hold\s+talks|visit|travel|receive|host)\b/i;
const AT_THE_TABLE = /\b(?:sat\s+(?:across|opposite)|across\s+the\s+table\s+from|represented\s+by)\b/i;

/**
 * People of the given countries named in the (up to) two sentences after `s` in its paragraph, or in the next paragraph when
 * `s` ends its own ("… talks in Istanbul has ended. The meeting lasted … / The Russian delegation was again headed by
 * Medinsky, the Ukrainian one by Umerov"): a delegation's members.
 */
function membersAfter(article: Article, s: Article["sentences"][number], countries: ReadonlySet<string> | null): Array<{ name: string; country: string }> {
  const out: Array<{ name: string; country: string }> = [];
  const after = article.sentences.slice(s.index + 1);
  const own = after.slice(0, 2).filter((x) => x.paragraph === s.paragraph);
  // (the next paragraph only when at most one sentence of its own follows `s`)
  const nextParagraph = own.length < 2 && after[own.length] ? after.filter((x) => x.paragraph === after[own.length]!.paragraph).slice(0, 2) : [];
  for (const next of [...own, ...nextParagraph]) {
    const text = sentenceText(article, next);
    // a sentence about who led whom ("Umerov led Kyiv's team"), not one that only names leaders ("Zelensky said Putin …")
    // ("Marco Rubio and Steve Witkoff sat across the table from Sergei Lavrov and Yuri Ushakov": who sat at it)
    if (!HEADED_BY.test(text) && !/\b(?:delegation|team)\b/i.test(text) && !AT_THE_TABLE.test(text)) continue;
    // (in the next paragraph, only one that says who headed a team or negotiated: not "when the Kremlin published a delegation
    // without Putin's name")
    if (next.paragraph !== s.paragraph && !HEADED_BY.test(text)) continue;
    // (nor whom a member is still to meet: "Witkoff is expected to meet the head of the Ukrainian delegation, Rustem Umerov, in Miami")
    if (STILL_TO_MEET.test(text)) continue;
    // (for a round that named no team, not whom the heads spoke of: "Witkoff, who led the US team, said Putin wants peace")
    const spokenOf = (p: Person) => mentionsOf(text, p).every((at) => /\b(?:said|says|told|added|warned|claimed)\b[^.;]{0,50}$/.test(text.slice(Math.max(0, at - 60), at)));
    for (const p of PEOPLE) if ((countries ? countries.has(p.country) : !spokenOf(p)) && isNamed(p, text) && !out.some((o) => o.name === p.name)) out.push({ name: p.name, country: p.country });
  }
  // (any countries' heads of delegation, two of them at least, for a round that named neither team)
  const found = new Set(out.map((p) => p.country)).size;
  return countries ? (found === countries.size ? out : []) : found >= 2 ? out : [];
}

// "* MARCH 18 - …", "May 19. …", "JUNE 4: …": a line of a timeline, labelled with its day
const DATED_LINE = new RegExp(`^\\W*(?:(?:${MONTH_PATTERN}|${MONTH_PATTERN.toUpperCase()})\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTH_PATTERN}|${MONTH_PATTERN.toUpperCase()}))\\s*(?:[-–—:]|\\.\\s)`);
const CONTACTS_HEADLINE = /\b(?:contacts?|calls?|talks|meetings?|summits?|conversations?|diplomacy)\b/i;

/** The two people of different countries a headline about their contacts names ("Trump's contacts with Putin in 2025"), else none. */
function headlinePair(article: Article): Array<{ name: string; country: string }> {
  const headline = article.meta.headline ?? "";
  if (!CONTACTS_HEADLINE.test(headline)) return [];
  const found = PEOPLE.filter((p) => isNamed(p, headline));
  return found.length === 2 && found[0]!.country !== found[1]!.country ? found.map((p) => ({ name: p.name, country: p.country })) : [];
}

// ("the same leaders met Putin", "the same envoys")
const SAME_GROUP = /\bthe\s+same\s+(?:leaders|presidents|heads\s+of\s+state|envoys|ministers|officials|negotiators)\b/i;

/** Those of a contact named in its sentence before its verb: who came to it ("Ramaphosa, Sall and Hichilema travelled to Kyiv, where they met Zelensky"). */
function subjectsOf(c: Mention): string[] {
  const cue = heldContact(c.quote)?.at ?? -1;
  return c.participants.filter((name) => {
    const p = PEOPLE.find((q) => q.name === name);
    const at = p ? mentionsOf(c.quote, p)[0] : undefined;
    return at !== undefined && at < cue;
  });
}

// ("The two spoke by phone on Monday", "the two sat down": "the two" alone as the subject of a contact's verb)
const PAIR = /\b(?:the\s+two|both)\s+(?:leaders|presidents|men|heads\s+of\s+state|sides|ministers|envoys)\b|\bthe\s+two\s+(?:(?:had|have|also|then|later|last|first|previously)\s+){0,2}(?:spoke|spoken|talked|met|held|sat\s+down)\b/i;

/** The night or day a fact box's item opens with ("* AUGUST 14-15, SYZRAN - A fire broke out …"). */
function itemAttack(article: Article, s: Article["sentences"][number]): { start: string; end: string } | null {
  const text = sentenceText(article, article.sentences.find((x) => x.paragraph === s.paragraph)!);
  const r = openingDate(text, findTimeRefs(text, article.meta.published));
  return r?.start && r.end ? { start: r.start, end: r.end } : null;
}

/** People of the two sentences before in the paragraph, else of the headline when the sentence opens the article. */
function namedBefore(article: Article, s: Article["sentences"][number]): Array<{ name: string; country: string }> {
  const texts = sentencesBefore(article, s);
  if (texts.length === 0 && s.index <= 1) texts.push(article.meta.headline ?? "");
  const found = PEOPLE.filter((p) => texts.some((t) => isNamed(p, t)));
  return new Set(found.map((p) => p.country)).size === 2 && found.length === 2 ? found.map((p) => ({ name: p.name, country: p.country })) : [];
}

// "Three days after Trump met Putin in Anchorage, Zelensky returns to the White House": a contact in an opening clause, so many
// days before the day of the main clause (its own, else the one named before, else the report's when told in the present)
const OPENING_DAYS_AFTER = /^\W*(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+after\s+([^,;]+),/i;
// (a verb in the present: "Zelensky returns to", "Zelensky meets Trump"; not a plural, "European leaders flew to Washington")
const PRESENT_NEWS = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?!was\b)(?:is|are|\p{Ll}+s(?=\s+(?:to|in|at|on|for|with|the|a|an|his|her|their|its|he|she|they|that|\p{Lu})))\b/u;

function openingDaysAfter(article: Article, s: Article["sentences"][number], text: string, cueAt: number): string | null {
  const m = OPENING_DAYS_AFTER.exec(text);
  // (someone named: not "Three days after the strike, …")
  if (!m || cueAt >= m[0].length || !/^\p{Lu}/u.test(m[3]!)) return null;
  const published = article.meta.published;
  // (its own day first: "Two days after Trump met Putin on Friday, …")
  const own = contactDays(m[0], findTimeRefs(m[0], published)).find((r) => r.start && !r.relative)?.start;
  if (own) return own;
  const main = text.slice(m[0].length);
  const day = contactDays(main, findTimeRefs(main, published)).find((r) => r.start && !r.relative)?.start ?? dateFromContext(article, s, [], true) ?? (PRESENT_NEWS.test(main) ? published : null);
  return day ? addDays(day, -smallCount(m[1]!) * (/week/i.test(m[2]!) ? 7 : 1)) : null;
}

const JOINING = /^\W*(?:[Jj]oining|[Tt]aking\s+part\s+in)\s+(?:the|that|this)\s+(?:(?:video|phone|conference|virtual)\s+)?(?:call|meeting|conference|summit)\s+(?:were|was)\b/;
// "The meeting was also attended by presidential aide Yuri Ushakov and Kirill Dmitriev", "Kirill Dmitriev, head of the Russian
// Direct Investment Fund, also took part.": the same
const ATTENDED = /^\W*(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]heir)\s+(?:meeting|talks|call|conversation|summit)\s+(?:was|were)\s+also\s+attended\b|\balso\s+(?:took\s+part|attended|participated)(?:\s+in\s+(?:the|that)\s+(?:talks|meeting|call|conversation|negotiations))?\s*(?:,\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}said)?\s*\.?\s*$/u;

// "Earlier in the day", "later that day", "the same day", "on the same day"
const SAME_DAY = /\b(?:(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day|(?:on\s+)?(?:the|that)\s+same\s+day|(?:earlier|later)\s+that\s+(?:morning|afternoon|evening))\b/i;
// "Trump then called Zelenskiy": the next contact of the day told before
const THEN_NEXT = /^\W*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}then\s+(?:called|phoned|spoke|talked|met|held|hosted|received)\b/u;
// "Before the talks began, …", "After the call with the Kremlin, …", "… after the talks ended": a contact told before, on its day
// (not one so long before: "a week after the summit")
const OCCASION = /(?<!\b(?:hours?|days?|weeks?|months?|years?)\s+)\b(?:after|before|following|ahead\s+of)\s+(?:the|their|this|that)\s+(?:[\p{L}-]+\s+)?(talks|meeting|call|conversation|summit|negotiations)\b/iu;
// (the whole phrase that opens a sentence, to its comma: "Before the talks began,", "After the call with Putin,", "After the
// meeting on Thursday,")
// (or told by what was done: "Shortly after hanging up with Putin,", "Before dialling Putin,")
const OCCASION_DONE = "(?:(?:shortly|soon|just|immediately|right)\\s+)?(?:after|before)\\s+(?:hanging\\s+up\\s+(?:with|on)|speaking\\s+(?:with|to)|talking\\s+(?:with|to)|meeting(?:\\s+with)?|diall?ing|calling|phoning|(?:his|her)\\s+(?:call|meeting|talks|conversation)\\s+with)\\s+[^,;.]{1,60}?";
const OCCASIONS = new RegExp(`^\\W*(?:(?:(?:shortly|soon|just|immediately|right)\\s+)?${OCCASION.source}(?:\\s+(?:began|ended|started|concluded|was\\s+over|were\\s+over))?(?:\\s+(?:on|in|at|with)\\s+[^,;.]{1,40}?)?|${OCCASION_DONE})(?=\\s*,)`, "giu");

/** Whether `p` is named only in the contact told before as the occasion of this one: "After the call with Putin, Trump talked with Zelensky". */
const OPENING_DONE = new RegExp(`^\\W*${OCCASION_DONE}(?=\\s*,)`, "iu");

function onlyInOccasion(text: string, p: Person, cueAt: number): boolean {
  const spans = matchesOf(OCCASIONS, text).map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0) return false; // (most sentences: no need to find the person)
  const inside = (at: number) => spans.some(([from, to]) => at >= from && at < to);
  if (inside(cueAt)) return false;
  const at = mentionsOf(text, p);
  return at.length > 0 && at.every(inside);
}

/**
 * The day of a contact told as on the day of what came before: "Earlier in the day, …", "Trump then called …", "Before the
 * talks began, …" (the day of the last contact of that kind), when the sentence names no day of its own for it; null else.
 */
function sameDayAs(article: Article, s: Article["sentences"][number], text: string, cueAt: number, near: TimeRef | null, out: readonly Mention[]): string | null {
  // ("The strike on the port came on the same day that … held talks": the day of what came, not of what was told before)
  const same = /\b(?:came|comes|happened|took\s+place)\s+(?:on\s+)?the\s+same\s+day\b/i.test(text) ? null : SAME_DAY.exec(text);
  // (the sentence's own day wins, unless "the same day" opens it: "The same day Lavrov … proposed Istanbul, on June 2"; but
  // not the day a clause of its own tells: "On the same day that Xi was in the Kremlin, Kishida arrived in Kyiv … on March 21")
  const ownClause = same && /^\s+(?:that|as|when)\b/i.test(text.slice(same.index + same[0].length));
  if (near?.start && !(same && !ownClause && (same.index < cueAt || near.text === same[0]))) return null;
  // ("After hanging up with the Russian leader, Trump phoned Zelensky": the day of the contact it opens with, told before)
  const then = THEN_NEXT.test(text) || OPENING_DONE.test(text);
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
  for (let i = s.index - 1; i >= 0 && i >= s.index - 3; i--) {
    const told = out.findLast((c) => c.quote_start === article.sentences[i]!.start && c.date);
    if (told) return told.date;
  }
  for (let i = s.index - 1; i >= 0 && i >= s.index - 5; i--) {
    const prevText = sentenceText(article, article.sentences[i]!);
    const days = new Set(contactDays(prevText, findTimeRefs(prevText, article.meta.published)).filter((r) => r.start).map((r) => r.start!));
    if (days.size > 0) return days.size === 1 ? [...days][0]! : null;
  }
  return null;
}

/**
 * A contact its own sentence does not date: the day the paragraph's previous sentence names ("On
 * Wednesday, Trump spoke to Putin. The call lasted …"), else the publication day when the headline
 * names the same participants (the article's news is the contact).
 */
function dateFromContext(article: Article, s: Article["sentences"][number], names: readonly string[], textOnly = false): string | null {
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

/**
 * Two contacts that share two people but where each has a country the other lacks: "Trump's call with Putin" told with
 * Zelensky, and Trump's joint call with Zelensky, Macron and Meloni.
 */
function eachHasOwnSide(a: readonly string[], b: readonly string[]): boolean {
  const lacks = (x: readonly string[], y: readonly string[]) => x.some((p) => !y.some((q) => countryOf(q) === countryOf(p)));
  return lacks(a, b) && lacks(b, a);
}

// (a contact told as of its own with some of the people of another is not the same, unless it is the larger: "… held a bilateral
// meeting" told again as "Erdogan told Zelensky at the meeting")
const ownOf = (own: Mention, other: Mention) => own.own === true && !other.participants.every((p) => own.participants.includes(p));
const apart = (a: Mention, b: Mention) => sharedParticipants(a.participants, b.participants) >= 2 && (ownOf(a, b) || ownOf(b, a));

/** Mentions of the same contact in one article (same participants, compatible kind and date) are one. */
function mergeMentions(contacts: Mention[]): Mention[] {
  const merged: Mention[] = [];
  for (const c of contacts) {
    const i = merged.findIndex(
      (m) =>
        family(m.kind) === family(c.kind) &&
        (m.date === null || c.date === null || m.date === c.date) &&
        sharedParticipants(m.participants, c.participants) >= 2 &&
        !eachHasOwnSide(m.participants, c.participants) &&
        !apart(m, c),
    );
    if (i < 0) {
      // (a contact of its own takes the day of the larger one it was held beside, when it names none: "Zelensky and Austin held
      // a bilateral meeting on the sidelines")
      const beside = c.date === null ? merged.find((m) => apart(m, c) && m.date !== null && family(m.kind) === family(c.kind)) : undefined;
      merged.push(beside ? { ...c, date: beside.date } : c);
      for (const [j, m] of merged.entries()) if (m.date === null && c.date !== null && apart(m, c) && family(m.kind) === family(c.kind)) merged[j] = { ...m, date: c.date };
      continue;
    }
    const m = merged[i]!;
    const keepQuote = m.date !== null || c.date === null ? m : c;
    merged[i] = {
      ...keepQuote,
      kind: m.kind === "talks" && c.kind === "meeting" ? "meeting" : m.kind,
      // a delegation named elsewhere by its members is not listed twice
      participants: [...new Set([...m.participants, ...c.participants])]
        .filter((p, _, all) => !p.endsWith(" delegation") || !all.some((q) => !q.endsWith(" delegation") && countryOf(q) === countryOf(p)))
        .sort(),
      date: m.date ?? c.date,
      reportedDay: m.reportedDay ?? c.reportedDay ?? null,
      place: m.place ?? c.place,
    };
  }
  return merged;
}
