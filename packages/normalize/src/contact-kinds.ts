/** The kinds of diplomatic contact and the verbs and nouns that tell each: the cues `heldContact` looks for. */

import type { ContactKind } from "@salvo/core";

// whom one tells or asks who is no partner to a contact: a news outlet ("told Fox News", "told the Financial Times", "told
// Reuters"), read where a name follows the verb; and the press at large ("told reporters", "told state media")
const OUTLET = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:News|TV|Television|Radio|Times|Post|Journal|Agency|Press)\b|(?:NBC|CBS|ABC|CNN|Fox|Reuters|AP|AFP|Bloomberg|BBC|Axios|Politico)\b`;
const THE_PRESS = String.raw`(?:reporters|journalists|the\s+media|state\s+media)\b`;
// (a word before a visit that makes it one still to come: "his planned visit", "Scholz's upcoming visit")
const NOT_AHEAD = String.raw`(?!(?:next|upcoming|coming|forthcoming|expected|planned|scheduled|possible|proposed|promised|long-awaited)\b)`;

// The parts of the two longest patterns below, in the order the pattern tries them (the order a match is found in is kept).
// A call told by its noun: "a call of about an hour", "a call lasting 40 minutes", "phone talks", "telephone conversations".
const CALL_NOUN = String.raw`\b(?:a|the)\s+call\s+(?:of|lasting)\b|\b(?:phone|telephone)\s+(?:calls?|conversations?|talks?)\b`;
// how a conversation went, before its noun: 'a "meaningful" conversation', "his most productive conversation yet"
const CONVERSATION_TONE = String.raw`(?:long|lengthy|short|brief|good|frank|detailed|substantive|productive|new|second|first|very|extremely|most|constructive|useful|warm|positive|open|important|meaningful|joint|separate)`;
const A_CONVERSATION_WITH = String.raw`\b(?:(?:a|the|his|her)\s+|had\s+)["“]?(?:a\s+)?(?:${CONVERSATION_TONE}["”]?\s+){0,3}conversation["”]?\s+(?:(?:yet|so\s+far|to\s+date)\s+)?with\b`;
// "during the phone call", "In a separate call on Monday" (not "in a call for a ceasefire", "in a call with reporters")
const IN_A_CALL = String.raw`\bduring\s+(?:a|the|their|his|her)\s+(?:(?:phone|telephone|video|brief|short|long|lengthy)\s+)?call\b|\b[Ii]n\s+(?:a|their|his|her)\s+(?:(?:separate|phone|telephone|video|brief|short|long|lengthy|later|follow-up)\s+){0,2}call\b(?!\s+(?:for|to|with\s+(?:reporters|journalists))\b)`;
const CALL_WITH = String.raw`\bcall(?:ed)?\s+(?:with|between)\b`;
// "spoke by phone with", "talked again with", "spoke for an hour", "last spoke in March" (not to the press)
const SPOKE_WITH = String.raw`\b(?:spoke|speak|speaks|speaking|spoken|talked)\s+(?:(?:again|also|briefly|later|earlier|separately|twice|then|once\s+more)\s+)?(?:by\s+(?:tele)?phone|by\s+video(?:\s+(?:link|call))?|on\s+the\s+(?:tele)?phone|with|to)\b(?!\s+(?:reporters|journalists|the\s+(?:press|media)))|\b(?:speak|speaks|spoke|talked)\s+for\b|\b(?:last|first|previously)\s+spoke\b(?!\s+(?:about|of|at|publicly|to\s+(?:reporters|journalists|the\s+press)))`;
// "phoned", "dialled Putin" (not "dialled back"), "on the phone with"
const PHONED = String.raw`\b(?:tele)?(?:phoned|phones)\b|\bdiall?ed\s+(?!back\b|up\b|down\b|in\b)(?=\S+\s+\S)|\bon\s+the\s+(?:tele)?phone\s+(?:with|to)\b`;
const HELD_A_CALL = String.raw`\b(?:held|had)\s+a\s+(?:\S+\s+){0,2}call\b|\b(?:holds?|have|has)\s+(?:a\s+)?(?:\S+\s+){0,2}call\b`;
// a call with or between someone further on, where no other contact's noun or a "that" clause comes first; "Trump's call"
const A_CALL_WITH = String.raw`\bcall\b(?=(?:(?!\bthat\b|\b(?:talks|meeting|summit|negotiations)\b)[^.])*\b(?:between|with)\b)|(?:’s|'s)\s+call\b`;
const DISCUSSED_BY_PHONE = String.raw`\bdiscussed\b[^;!?]{0,200}?\bby\s+(?:tele)?phone\b`;

// Time spent with someone, not on the phone: "spent more than four hours with Putin", "sat for about 12 hours with Russian negotiators".
const TIME_WITH = String.raw`\b(?:spent|sat\s+for)\s+(?:\S+\s+){0,3}(?:hours?|minutes)\s+with\b(?![^.,;]*\bon\s+the\s+(?:tele)?phone\b)`;
const RECEIVED_BY_HOST = String.raw`\b(?:was|were)\s+(?:then\s+|later\s+|also\s+|warmly\s+)?(?:received|welcomed|greeted|hosted)\s+by\b`;
// how a deed was taken, not whom one met: "met with criticism from Orban", "the plan met with scepticism in Kyiv"
const REACTION = String.raw`(?:criticism|condemnation|protests?|s[ck]epticism|outrage|anger|derision|resistance|opposition|approval|praise|applause|dismay|concern|alarm|ridicule|backlash|reception|silence|disbelief|scorn|indifference|suspicion|fury|enthusiasm|reactions?|rebuffs?|refusals?|hostility|disapproval|objections?|boos|jeers|acclaim|reluctance|doubts?|resentment|mockery|incredulity)`;
// what was received, not whom: "received a reply", "received signals from Trump", "received assurances"
const WHAT_IS_SENT = String.raw`(?:an?|the|his|her|its|their|any)\s+(?:\S+\s+)?(?:response|reply|letter|message|invitation|signal|request|proposal)\b|(?:responses?|replies|reply|letters?|messages?|invitations?|signals?|requests?|proposals?|assurances|guarantees)\b`;
const MET = String.raw`\b(?:met|meets|hosted|hosts|received|receives)\s+(?!no\b|with\s+(?:[\w-]+\s+){0,2}?${REACTION}\b|${WHAT_IS_SENT})(?:with\s+)?`;
const SAT_DOWN = String.raw`\b(?:sat|sitting)\s+down\s+with\b|\b(?:the\s+two|they)\s+(?:(?:leaders|presidents|men)\s+)?sat\s+down\b`;
const BROUGHT_TOGETHER = String.raw`\bbrought\s+together\b`;
const A_MEAL = String.raw`\b(?:had|held|hosted|gave)\s+(?:a\s+|an\s+)?(?:working\s+|private\s+)?(?:dinner|lunch|breakfast|audience)\b|\b(?:dinner|lunch|audience)\s+(?:in\s+[A-Z]\S*\s+)?with\b`;
// how a meeting was held: "a bilateral meeting", "a one-on-one meeting"
const MEETING_MANNER = String.raw`(?:bilateral|separate|private|brief|short|one-on-one|face-to-face|closed-door|working)`;
const A_MEETING = String.raw`\bmeet\s+(?:in|at|with|for)\b|\bmeeting\s+(?:with|between|in)\b|\bmeeting\s+(?:took\s+place|was\s+held)\s+(?:in\s+[A-Z]\S*\s+)?between\b|\btheir\s+(?:[\w-]+\s+)?meeting\s+at\b|\b(?:at|during)\s+their\s+(?:[\w-]+\s+){0,3}meeting\b|\b(?:held|had)\s+(?:[a-z-]+\s+){0,2}meetings\s+with\b|\b(?:held|had)\s+(?:a|an|their)\s+(?:${MEETING_MANNER}\s+){1,2}meeting\b`;
const MEETING_UNDER_WAY = String.raw`\b(?:is|are)\s+(?:now\s+)?holding\s+(?:a|an|their)\s+(?:${MEETING_MANNER}\s+){1,2}meeting\b(?![^.;]*?\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|tomorrow|next\s+(?:week|month)|later\s+this\s+(?:week|month))\b)`;
const A_MEETING_WITH = String.raw`\bafter\s+meeting\b|\bmeeting\b(?=(?:(?!\bthat\b)[^.])*\bwith\b)|\btook\s+part\s+in\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}meeting\b`;

// Who a leader's "'s" may name and still be a person called: "called Trump's special envoy Steve Witkoff", "Putin's aide".
const HIS_PEOPLE = String.raw`(?:envoys?|aides?|advis[eo]rs?|office|counterpart|chief|spokes(?:man|woman|person)|foreign|defen[cs]e|prime|national|special|top|senior|deputy|wife|husband|team|ministers?|secretary|president|chancellor|head|ambassador|representative|negotiators?|emissary)`;
// (not what one called a leader's deed or words, "called Zelensky's demands unrealistic": unless one named in full follows a title)
const NOT_A_DEED = String.raw`(?!(?:\p{Lu}[\p{L}-]+\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+(?!${HIS_PEOPLE}\b)(?!(?:\p{Ll}[\p{L}-]*\s+){1,3}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})\p{Ll})`;
// a quote after the name that is the call's time or purpose, not the name given him: 'called Putin "this morning"', '"to congratulate him"'
const QUOTED_WHEN_OR_WHY = String.raw`(?:to|at|on|in|for|about|after)\s|(?:this|last)\s+(?:morning|afternoon|evening|night|week|weekend|month|time)\b|(?:yesterday|today|tonight|earlier|later)\b|late\s+(?:on|at|in|last|this|that|yesterday)\b|(?:early|late)\s+(?:morning|afternoon|evening)\b`;
const NOT_A_NAME_GIVEN = String.raw`(?!(?:(?:U\.?S\.?|\p{Lu}[\p{L}'’-]+)\s+){1,4}["“'‘](?!${QUOTED_WHEN_OR_WHY}))`;
// (nor what one called another: "called Zelensky a dictator"; but a time is none, "called Putin a day later")
const NOT_CALLED_A_THING = String.raw`(?!(?:(?:U\.?S\.?|\p{Lu}[\p{L}'’-]+)\s+){1,4}an?\s+(?!(?:day|week|hour|few|couple|month)\b))`;

// `words`: what every match of the pattern holds, in lower case (one is enough): a sentence with none of them is not
// scanned with the pattern (see heldContact). A pattern edited to match without any of its words must list the new one.
export const KINDS: ReadonlyArray<{ re: RegExp; kind: ContactKind; words: readonly string[] }> = [
  // "reported a conversation with Italian Prime Minister Giorgia Meloni": Kyiv's word for a call
  // (its words quoted, or weighed against the ones before: 'he had had "a meaningful conversation" with Trump', 'he had held his
  // "most productive" conversation yet with US President Donald Trump')
  // ("Erdogan and Putin had discussed the future of the corridor by telephone on August 2": what was discussed by phone, with
  // whom or between whom)
  // (not who spoke to the press: "The two spoke briefly to reporters and then held a meeting")
  // ("In a separate call on Monday, Scholz assured Zelensky of Germany's solidarity")
  // (a call with someone, not what is said after it: "said the call had opened Pandora's box and that Putin had answered it with
  // missiles")
  // (nor the "between" of another contact the sentence goes on to name: "The call lasted about 40 minutes, Kremlin aide Yuri Ushakov
  // said, and the two leaders backed the idea of direct talks between Russian and Ukrainian delegations")
  { re: new RegExp([CALL_NOUN, A_CONVERSATION_WITH, IN_A_CALL, CALL_WITH, SPOKE_WITH, PHONED, HELD_A_CALL, A_CALL_WITH, DISCUSSED_BY_PHONE].join("|"), "i"), kind: "phone_call", words: ["call", "phone", "conversation", "spoke", "speak", "talked", "dial"] },
  // "Trump and Putin held their first publicly confirmed call", a fact box's "FEB. 12 - Trump and Putin hold their first … call"
  // ("he had held separate calls on Monday with Macron and Scholz": one with each)
  { re: /\b(?:held|hold|had)\s+(?:their|an?)\s+(?:[\w-]+\s+){1,3}call\b(?!\s+(?:for|to)\b)|\b(?:held|holds?|had)\s+(?:separate|(?:tele)?phone)\s+(?:(?:phone|telephone)\s+)?calls\s+(?:(?:on|this|last|earlier)\s+[\p{L}-]+\s+)?with\b/iu, kind: "phone_call", words: ["call"] },
  // "co-chaired a video call of the coalition", "joined a video conference" (not "told a video conference with officials")
  // ("joined an emergency video conference of Group of Seven leaders convened by German Chancellor Olaf Scholz", "addressed a video conference")
  // ("Nawrocki took part in last Wednesday's video conference with Trump, Zelensky and European leaders": one named by its day)
  // ("Keir Starmer convened a virtual meeting of leaders on Saturday")
  { re: /\b(?:joined|held|holds|hosted|chaired|co-chaired|convened|convenes|took\s+part\s+in|in|addressed|after|during)\s+(?:a|an|the|(?:last\s+)?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day['’]s)\s+(?:(?:emergency\s+|virtual\s+|online\s+)?video\s+(?:call|conference|link|summit)|(?:emergency\s+)?(?:virtual|online)\s+(?:meeting|summit|conference))\b/i, kind: "phone_call", words: ["video", "virtual", "online"] },
  // "Meeting at Schloss Elmau in the Bavarian Alps, the leaders of the Group of Seven said …": leaders meeting as a body, the
  // participle opening the sentence before them (leaders as its subject: not "Meeting at the Kremlin, Putin said …", one man's)
  { re: /^\W*(?:Meeting|Gathered|Gathering)\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^,;.]{0,60},\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?leaders\b/u, kind: "meeting", words: ["leaders"] },
  // "Zelensky has addressed the G7 leaders by video link": an address to others by video is a call with them
  { re: /\baddress(?:ed|es|ing)\s+(?:[\p{L}\d-]+\s+){1,4}?by\s+video(?:\s+link)?\b/iu, kind: "phone_call", words: ["video"] },
  // leaders meeting as a body: "G7 leaders meeting at Schloss Elmau", "Leaders of the Group of Seven, meeting at Schloss Elmau",
  // "as the G7 leaders gathered at Schloss Elmau", "convened an
  // emergency round table of G7 and NATO leaders", "gathered the leaders of the G7 … for an emergency meeting", "The G7 leaders -
  // Biden, Scholz, … - sat down for their first working session" (who they were is the group's reader's: group-leaders.ts);
  { re: /\b[Ll]eaders\b[^.;,]{0,40}?(?:,\s+)?\b(?:gathered|meeting)\s+(?:at|in)\s+\p{Lu}|\b(?:convened|hosted|chaired|gathered)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|round\s*table|session)\s+of\s+(?:[\p{L}\d-]+\s+){0,4}leaders\b|\bgathered\s+(?:[\p{L}\d-]+\s+){1,8}?leaders\b[^.;]{0,60}?\bfor\s+an?\s+(?:[\p{L}-]+\s+)?meeting\b|\bsat\s+down\s+for\s+(?:their|a|the)\s+(?:[\p{L}-]+\s+){0,2}(?:session|meeting)\b/iu, kind: "meeting", words: ["leaders", "sat"] },
  // (case-sensitive, as "i" would let \p{Lu} take any letter: "Emmanuel Macron's meeting of European leaders", not "last week's")
  { re: /\p{Lu}[\p{L}-]*(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|round\s*table|session)\s+of\s+(?:[\p{L}\d-]+\s+){0,4}leaders\b/u, kind: "meeting", words: ["leaders"] },
  // "Putin welcomed Modi to his residence", "Zelensky and Polish Prime Minister Donald Tusk have signed a security
  // agreement", "he and North Korean leader Kim Jong Un signed a strategic partnership treaty", "an agreement (was) signed in
  // Brussels by Prime Minister De Croo and President Zelensky" (the two leaders by their titles: not "the grain deal signed by
  // Russia and Ukraine in 2022"); "Zelensky and Prime Minister Ulf Kristersson on Wednesday signed a letter", "Putin and Kim Jong
  // Un signed a \"comprehensive strategic partnership\" treaty"
  // (case-sensitive: a name follows "welcomed"; "welcomed Trump's decision" is no meeting)
  { re: /\bwelcome[ds]?\s+(?:(?:\p{Lu}[\p{L}'’-]*|him|her)\s+){1,5}(?:to|in|at)\s|\b(?:\p{Lu}[\p{L}'’-]+|he|she)\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+|[Pp]rime\s+|[Mm]inister\s+|[Pp]resident\s+|[Cc]hancellor\s+|[Ll]eader\s+){1,6}(?:have\s+|had\s+|on\s+\p{Lu}\p{Ll}+day\s+)?signed\s+(?:a|an|the)\s+(?:["“]?[\p{L}\d-]+["”]?\s+){0,3}(?:agreement|deal|declaration|memorandum|letter|accord|treaty|pact)\b|\bsigned\s+(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,3}(?:agreement|deal|declaration|memorandum|accord|treaty|pact)\s+with\s+(?=\p{Lu})|\b(?:agreement|deal|declaration|memorandum|accord|treaty|pact)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?signed\b[^.;]{0,50}?\bby\s+(?:[Pp]rime\s+[Mm]inister|[Pp]resident|[Cc]hancellor)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}and\s+(?:[Pp]rime\s+[Mm]inister|[Pp]resident|[Cc]hancellor)\s/u, kind: "meeting", words: ["welcome", "signed"] },
  // "When Donald Trump picked up the phone to Vladimir Putin on 12 February"; "Trump and Putin spoke again, on 19 May, for two hours":
  // a pair that spoke, told without "with" (a pair as the subject: not "Putin spoke again at the forum")
  { re: /\bpicked\s+up\s+the\s+(?:tele)?phone\s+to\s+(?=\p{Lu})|\b\p{Lu}[\p{L}'’-]+\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:spoke|talked)\s+again\b(?!\s+(?:about|of|at|to\s+(?:reporters|journalists|the\s+press)))/u, kind: "phone_call", words: ["phone", "again"] },
  // "step out and phone Putin", "Trump called Putin" (case-sensitive: a name follows, not "called on" or "so-called")
  // (nor what one called another: "Trump called Zelensky a dictator", "Biden called Putin \"a butcher\"", "called Putin \"absolutely
  // CRAZY\"": a name followed by a quote is the name given; not a quoted purpose, "called Putin \"to congratulate him\"", nor a
  // quoted time, "called Putin \"this morning\"")
  // (nor what one called a leader's deed or words: "later called Zelensky's demands unrealistic", "called Orban's visit a betrayal";
  // a person of his still is one: "called Trump's special envoy Steve Witkoff", and one named in full after any title: "called
  // Macron's diplomatic adviser Emmanuel Bonne")
  { re: new RegExp(String.raw`\b(?:phone|call|called|rang)\s+(?!On\b)${NOT_A_DEED}${NOT_A_NAME_GIVEN}${NOT_CALLED_A_THING}(?=(?:U\.?S\.?\s+)?\p{Lu}\p{Ll})`, "u"), kind: "phone_call", words: ["phone", "call", "rang"] },
  // "which Trump followed with a separate call to Zelensky" (case-sensitive: a name or a leader's title follows, not "a call to arms")
  { re: /\b(?:[Aa]|[Tt]he|[Hh]is|[Hh]er)\s+(?:(?:separate|brief|short|follow-up|second|phone|telephone)\s+){0,2}call\s+to\s+(?=(?:[Pp]resident\s+|[Pp]rime\s+[Mm]inister\s+|[Cc]hancellor\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\b(?!\s+\p{Lu})(?!\s+(?:to|for)\b))/u, kind: "phone_call", words: ["call"] },
  // "Rubio briefed Russian Foreign Minister Sergei Lavrov by phone", "told Zelensky over the phone": what was said in a call
  // (a person, not an outlet: "Trump told NBC News by phone", "told French TV at a European Council meeting")
  // ("Putin apologised to Aliyev by phone")
  { re: new RegExp(String.raw`\b(?:briefed|told|assured|warned|informed|thanked|congratulated|urged|asked|apologi[sz]ed\s+to)\s+(?!${OUTLET}|${THE_PRESS})(?:[\p{L}.'’-]+\s+){1,5}?(?:by|over\s+the)\s+(?:tele)?phone\b`, "iu"), kind: "phone_call", words: ["phone"] },
  // "Trump told Volodymyr Zelenskyy at a White House lunch on Friday that …": what was said at a meal or meeting of the two
  { re: new RegExp(String.raw`\b(?:told|assured|promised|warned|asked|urged|thanked)\s+(?!${OUTLET}|${THE_PRESS})(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:at|during|over)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,3}(?:lunch|dinner|breakfast|meeting)\b`, "u"), kind: "meeting", words: ["lunch", "dinner", "breakfast", "meeting"] },
  // "At an Oval Office meeting on Monday, Trump told Zelensky …", "At a meeting in Brussels, Rutte told Zelensky …": what one told
  // another at the meeting the sentence opens with (a name follows: not "At a cabinet meeting on Tuesday he complained that Putin
  // …", nor an outlet or the press, "At a meeting on Monday, Trump told reporters …"; nor a gathering of one's own, "At a cabinet
  // meeting, Trump told Vance …", "At a Security Council meeting, Putin told Shoigu …", left to the country check)
  { re: new RegExp(String.raw`^\W*(?:[Aa]t|[Dd]uring)\s+(?:a|an|the)\s+(?!(?:\S+\s+){0,2}?(?:cabinet|government|party|staff|board|campaign)\b)(?:[\p{L}'’-]+\s+){0,3}?meeting(?:\s+(?:on|in|at|last|this|with)\s+[^,;]{1,40})?,\s+(?:[^,;]{0,60}?\s)?told\s+(?!${OUTLET})(?=(?:(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor)\s+)?\p{Lu}\p{Ll})`, "u"), kind: "meeting", words: ["meeting", "told"] },
  // "Witkoff spent two hours with Putin on the phone"
  { re: /\bspent\s+(?:\S+\s+){0,3}(?:hours?|minutes)\s+(?:with\b[^.,;]*\bon\s+the\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)\b/i, kind: "phone_call", words: ["spent"] },
  // "Rutte spoke early this morning with Nawrocki", "spoke again on Sunday with Trump": when, between the verb and whom
  // (with someone named: not "spoke in the morning with the families of the victims")
  { re: /\b(?:spoke|spoken|talked)\s+(?:(?:early|late|earlier|later|again|briefly|separately|twice|also|this|that|on|in|the|morning|evening|afternoon|night|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)\s+){1,4}with\s+(?=\p{Lu}|(?:the\s+)?(?:[Pp]resident|[Pp]rime|[Cc]hancellor|leaders?)\b|(?:his|her|their)\s+|von\s)/u, kind: "phone_call", words: ["spoke", "talked"] },
  // "sat down with a Ukrainian team", "Witkoff spent more than four hours with Putin", "the same Americans sat for about 12 hours with Russian negotiators", "Xi greeted Putin when the two sat down"
  // ("at their meeting on October 17, Trump told Zelensky that …")
  // ("ended their meeting at Joint Base Elmendorf-Richardson": theirs, not "a cabinet meeting at the White House")
  // (a meeting with someone, not one after which what was said names him: "said after the meeting that he expected to discuss … with Trump")
  // ("In Jeddah, a meeting took place between the delegations of Ukraine and the United States")
  // (what was received, not whom: "Russia had received signals from President Donald Trump")
  // (how a deed was taken, not a meeting: "Zelensky met with criticism from Orban", "the plan met with scepticism in Kyiv")
  // ("Kozak, Yermak, Ploetner and Bonne took part in the Normandy-format meeting": those named before it)
  // ("The two leaders are holding a one-on-one meeting": one under way as a live report tells it; not with a day ahead, "are holding a
  // one-on-one meeting on Wednesday", "… tomorrow", one arranged)
  { re: new RegExp([TIME_WITH, RECEIVED_BY_HOST, String.raw`\bsummit\b`, MET, SAT_DOWN, BROUGHT_TOGETHER, A_MEAL, A_MEETING, MEETING_UNDER_WAY, A_MEETING_WITH].join("|"), "i"), kind: "meeting", words: ["spent", "receive", "welcome", "greet", "host", "summit", "met", "sat", "sitting", "brought", "dinner", "lunch", "breakfast", "audience", "meet"] },
  // "Putin and Trump shook hands on the tarmac in Anchorage", "the two leaders had shaken hands": a meeting told by its greeting
  // (not one still to come: "will shake hands", passed over as planned)
  { re: /\b(?:shook|shaken|shaking|shakes?)\s+hands\b/i, kind: "meeting", words: ["hands"] },
  // "Shoigu and Kubrakov signed separate agreements with Turkey and the UN, in the presence of Erdogan and Guterres", "The deal was
  // signed in Istanbul on July 22, in the presence of Erdogan and Guterres, by Shoigu and Kubrakov": a signing ceremony, a meeting
  // of those who signed and those before whom (not "Notre-Dame reopened in the presence of 40 heads of state", where nothing was signed)
  { re: /\bsigned\b[^.;]{0,160}?\bin\s+the\s+presence\s+of\b/i, kind: "meeting", words: ["presence"] },
  // "the Oval Office clash between Zelensky and Trump on February 28": a meeting told by how it went (two named as its pair, case-
  // sensitive: not "a direct clash between Russia and NATO", whose countries name no one)
  { re: /\bclash\s+between\s+(?:[Pp]residents?\s+)?(?=\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}[\p{L}'’-]+\s+)?and\s+(?:[Pp]resident\s+)?\p{Lu})/u, kind: "meeting", words: ["clash"] },
  // "Witkoff carried it to Moscow and saw Putin on 13 March": a person seen at a time or place (not "saw Putin as a threat", "saw
  // Putin on television")
  { re: /\bsaw\s+(?:(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:in|at|on)\s+(?!(?:television|TV|screen|video|camera|state\s+TV|the\s+(?:news|screen|television|TV|other))\b)/u, kind: "meeting", words: ["saw"] },
  // "Austin chaired the session, and Reznikov attended in person", "Addressing the 24th meeting of the Ukraine Defense Contact Group,
  // chaired by U.S. Defense Secretary Lloyd Austin, Zelensky said …", "then joined the Ukraine Defence Contact Group meeting chaired
  // by US Defence Secretary Lloyd Austin": a gathering its chair held with those who came to it (a
  // leader's own staff names no one of another country: "Zelensky chaired a meeting of the Stavka", left out as one country's)
  // (one who came must be told: not "Putin chaired a meeting of the Security Council to discuss the plan Witkoff brought"; nor
  // "attended in person" with no gathering named, "Zelensky attended in person, while Biden sent Harris")
  { re: /\b(?:co-)?chair(?:ed|ing)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}(?:session|meeting|gathering)\b(?=[^.;]*\battend(?:ed|ing|s)\b)|\b(?:session|meeting|gathering)\b[^.;]{0,100}?,\s*(?:co-)?chaired\s+by\s|\b(?:joined|attended|took\s+part\s+in|addressed)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:session|meeting|gathering)\s+(?:co-)?chaired\s+by\s|(?<=\b(?:session|meeting|gathering|Contact\s+Group)\b[^;]{0,200})\battend(?:ed|ing|s)\s+in\s+person\b/i, kind: "meeting", words: ["chair", "attend"] },
  // "In the airport he was met by Alexander Lukashenko personally", "He was met by King Felipe VI at the Royal Palace" (case-sensitive:
  // a name or a leader's title follows, not "was met by protests")
  { re: /\b(?:was|were)\s+(?:(?:then|later|also|personally|warmly)\s+)?met\s+by\s+(?=\p{Lu}|(?:the\s+)?(?:[Pp]resident|[Pp]rime|[Cc]hancellor|[Kk]ing|[Pp]ope)\b)/u, kind: "meeting", words: ["met"] },
  // "On Sunday, at the Eindhoven air base, Dutch Prime Minister Mark Rutte told Zelensky that …", "In Kyiv on Thursday, Guterres told
  // Zelensky that …": what one leader told another where the sentence opens by putting them, said face to face (a place named, upper
  // case, or a base, palace or summit: not "In a phone call, Sunak told Zelensky", a call's, nor "In his address, Zelensky told Putin";
  // nor "In Helsinki, Niinisto said he had told Putin in a phone call", where the call is the contact)
  // ("The next day, in Strelna outside St Petersburg, Putin told the same leaders …": the group the text told of before)
  // (nor an outlet, "In Washington, Trump told Fox News that …", as the two rules above; nor words sent from afar anywhere after
  // "told": "told Putin in his nightly address", "told Putin on Truth Social", "told Trump during their phone call", the call's)
  { re: new RegExp(String.raw`^\W*(?:(?:[\p{L}-]+\s+){1,3}\S*,\s+)?(?:[Aa]t|[Ii]n)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|air\s+base|base|palace|summit|outside|in|near|on|of|southern|northern|eastern|western|central))*(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,\s+(?:[^,;]{0,80}?\s)?told\s+(?!${OUTLET})(?![^,;.]{0,60}?\b(?:by\s+(?:tele)?phone|by\s+video|via|in\s+an?\s+(?:[\p{L}-]+\s+)?(?:call|conversation|letter|message|post))\b)(?![^.;]*?\b(?:(?:during|on|over|in)\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:call|(?:tele)?phone|conversation)|in\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:address|speech|post|video|statement|interview|broadcast)|on\s+(?:Truth\s+Social|X|Telegram|Twitter|Facebook|television|TV|social\s+media))\b)(?=(?:(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor)\s+)?\p{Lu}\p{Ll}|the\s+same\s+(?:leaders|two|three|four|five|six|seven)\b)`, "u"), kind: "meeting", words: ["told"] },
  // "Joe Biden walked the streets of Kyiv with Zelensky", "toured the port with Infrastructure Minister Oleksandr Kubrakov", "Boris
  // Johnson spent the holiday in Kyiv with Zelensky": time spent in someone's company (case-sensitive: someone named follows, and
  // not "walked out of the meeting with"); "Zelensky stood beside Biden at the White House", "standing next to Emmanuel Macron"
  // ("sitting beside NATO Secretary General Mark Rutte in the Oval Office, Donald Trump gave Putin 50 days")
  // (unless a visit is what the clause tells: "stood next to Macron at the White House during the French president's state visit")
  { re: /\b(?:[Ww]alk(?:ed|ing)|[Ss]troll(?:ed|ing)|[Tt]our(?:ed|ing))\b(?!\s+(?:out|away|off)\b)[^.;,]{0,50}?\bwith\s+(?=\p{Lu}|von\s)|\bspent\s+(?:the|a|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:day|holiday|evening|morning|afternoon|weekend)\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?with\s+(?=\p{Lu}|von\s)|\b(?:stood|standing|sat|sitting|seated)\s+(?:beside|alongside|next\s+to)\s+(?=\p{Lu}|von\s)(?![^.;]*\bvisit)/u, kind: "meeting", words: ["walk", "stroll", "tour", "spent", "stood", "standing", "sat", "sitting", "seated"] },
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
  // "presented a peace initiative to Russian President Vladimir Putin in St Petersburg", "handed over the plan to Zelensky": a
  // plan given in person (a plan or proposal, not a letter or message, which may be sent)
  { re: /\b(?:presented|handed(?:\s+over)?)\s+(?:[\p{L}\d"“”'’-]+\s+){0,5}?(?:plan|initiative|proposals?|framework|roadmap)["”]?\s+(?:personally\s+)?to\s+(?=\p{Lu}|(?:the\s+)?(?:[Pp]resident|[Pp]rime|[Cc]hancellor)\b)/u, kind: "meeting", words: ["presented", "handed"] },
  // "Bessent was in Kyiv on Wednesday, meeting Zelensky" (case-sensitive: a name follows)
  { re: /,\s+meeting\s+(?=\p{Lu}\p{Ll})/u, kind: "meeting", words: ["meeting"] },
  // ("arrived in Moscow on March 20 for a three-day state visit")
  { re: /\bvisit(?:ed|s|ing)?\s+(?:to\s+)?\b|\b(?:state|official|working)\s+visit\b/i, kind: "visit", words: ["visit"] },
  // "Joe Biden's surprise trip to Kyiv", "rode an overnight train to Kyiv", "Bessent was in Kyiv on Wednesday"
  // (the words between tell how they travelled: not "came hours after a Russian missile strike in Kyiv")
  // ("Blinken made an unannounced visit to Kyiv on Thursday", "a day after Tusk's visit to Kyiv", "Sunak, on his first visit to Kyiv
  // on November 19, promised …": a visit told as a noun, made or his own, as a trip is;
  // not one still to come, or a habit: "Ahead of Scholz's visit to Kyiv on Thursday, Zelensky said …", "Scholz's upcoming visit to Kyiv",
  // "Blinken pays a visit to Kyiv every few months")
  { re: new RegExp(String.raw`\b(?:trip|journey)\s+to\s+(?:Kyiv|Kiev)\b|\b(?:made|paid)\s+(?:an?|his|her|their)\s+(?:${NOT_AHEAD}[\w-]+\s+){0,3}?visit\s+to\s+(?:Kyiv|Kiev)\b|\b(?:on|during)\s+(?:his|her|their)\s+(?:${NOT_AHEAD}[\w-]+\s+){0,3}?visit\s+to\s+(?:Kyiv|Kiev)\b|(?<!\b(?:ahead\s+of|before|prior\s+to|in\s+preparation\s+for|for)\s+(?:[\w.'’-]+\s+){0,3}?[\w.-]+)(?:'s|’s)\s+(?:${NOT_AHEAD}[\w-]+\s+){0,2}?visit\s+to\s+(?:Kyiv|Kiev)\b|\b(?:travell?ed|came|arrived|went|rode|flew)\b(?:(?!\b(?:after|before|strike|attack|hours?|that|which|under|with|missiles?|drones?)\b)[^.;,]){0,45}?\b(?:to|in)\s+(?:Kyiv|Kiev)\b|\b(?:was|were)\s+in\s+(?:Kyiv|Kiev)\s+(?:on|for|this|last|yesterday)\b`), kind: "visit", words: ["kyiv", "kiev"] },
  // "at the previous round in Istanbul", "the third round of talks"
  // ("held consultations with the American team in Geneva on Sunday": consultations someone held with others, not a treaty's
  // "Poland invoked Article 4, which provides for consultations")
  // (a round of talks, not of something else: "a new round of prisoner swaps", "the latest round of sanctions")
  { re: /\b(?:talks|discussions|negotiations)\b|\b(?:previous|first|second|third|fourth|latest|last|new)\s+round\b(?!\s+of\s+(?!(?:[\w-]+\s+){0,2}(?:talks|negotiations|consultations|discussions|meetings)\b))|\b(?:held|holds?|holding|had)\s+(?:[\w-]+\s+){0,2}?consultations\s+with\b/i, kind: "talks", words: ["talks", "discussions", "negotiations", "round", "consultations"] },
  // "Rubio and Yermak had led the two delegations in Geneva", "delegations led by Marco Rubio and Andriy Yermak sat down in Geneva":
  // talks told by who led each side
  { re: /\b(?:led|headed)\s+(?:the\s+)?(?:two|their|rival|respective)\s+(?:delegations|teams)\b|\b(?:delegations|teams)\s+(?:led|headed)\s+by\s+[^.;]{3,80}?\s+(?:sat\s+down|met)\b/i, kind: "talks", words: ["delegations", "teams"] },
  // "At a news conference with Ugandan President Yoweri Museveni in Entebbe on Tuesday, Lavrov said …", "Biden told a joint press
  // conference with Zelensky": two leaders before the press together, in one place (a leader, a name or a guest follows: not "a press
  // conference with Ukrainian journalists", "a news conference with reporters")
  { re: /\b(?:joint\s+)?(?:press|news)\s+conference\s+(?:with|alongside)\s+(?=(?:(?:the\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Ff]oreign\s+[Mm]inister|[Ss]ecretary)\s+)?\p{Lu}[\p{L}'’.-]*\s+(?!(?:journalists|reporters|media|press|officials)\b)|(?:his|her)\s+(?:guest|counterpart|host)\b|\p{Lu}[\p{L}'’.-]*[,.;]|\p{Lu}[\p{L}'’.-]*$)/u, kind: "meeting", words: ["conference"] },
  // "Vladimir Medinsky and Rustem Umerov faced each other in Istanbul on 16 May, on 2 June and on 23 July": two negotiators across a
  // table, where or when (a named pair as the subject: not "the armies faced each other")
  { re: /\b\p{Lu}[\p{L}'’-]+\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}faced\s+each\s+other\s+(?:(?:again|once\s+more)\s+)?(?:in|at|across|on)\b/u, kind: "talks", words: ["faced"] },
  // "the Ukrainian and Russian delegations sat across from each other in the Ciragan Palace": two teams at one table (teams as
  // the subject: not "the armies faced each other", nor two leaders "sat across from each other" at a dinner, read as a meeting)
  { re: /\b(?:delegations|teams|negotiators)\s+(?:(?:then|again|once\s+more)\s+)?(?:sat|were\s+seated)\s+(?:across|opposite)\s+(?:from\s+)?(?:each\s+other|one\s+another)\b/i, kind: "talks", words: ["delegations", "teams", "negotiators"] },
  // "At the Istanbul round on June 2, the delegations led by Medinsky and Umerov agreed …": a round named by its place
  { re: /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+round\b/u, kind: "talks", words: ["round"] },
];

export const GLOBAL_KINDS = KINDS.map((k) => ({ kind: k.kind, words: k.words, re: new RegExp(k.re.source, k.re.flags.includes("u") ? "gu" : "gi") }));
// every contact cue has one of these words: one test skips the sentences that mention no contact
export const ANY_CUE = /call|told|conference|chair|gathered|convened|consultations|attend|phone|spoke|speak|talk|meet|met\b|spent|walk|stood|standing|sat\b|sitting|seated|stroll|tour|delegations|teams|summit|visit|Kyiv|Kiev|discussion|negotiation|conversation|round\b|hosted|hosts|received|receives|receiving|welcome|sat\s+down|signed|video|dinner|lunch|breakfast|audience|hosting|showing|diall?ed|brought\s+together|hands\b|clash|presented|handed|saw\b|faced\s+each|presence/i;

// "On Friday he was in Kyiv, where he and Zelensky talked for close to three hours": a talk in the place the clause before puts
// its subject, held there in person, not a call (not "was in Kyiv, where he spoke by phone with Trump")
const WHERE_THEY_WERE = /\b(?:was|were|arrived|flew|travell?ed|went|came)\s+(?:in|to)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,?\s+where\s+[^,;.]*$/u;
const BY_WIRE = /\b(?:phone|telephone|video|virtual|online|remotely)\b/i;

/** The kind of a contact whose cue at `at` told a call: a meeting where the sentence puts its people in one place before it. */
export function inPersonKind(text: string, cue: { kind: ContactKind; at: number }): ContactKind {
  return cue.kind === "phone_call" && WHERE_THEY_WERE.test(text.slice(Math.max(0, cue.at - 120), cue.at)) && !BY_WIRE.test(text) ? "meeting" : cue.kind;
}
