import { type ClaimantSide, MONTH_PATTERN, WEEKDAYS } from "@salvo/core";
import { BE, BE_OR_BEEN_BE, HAVE, HAVE_WORD } from "./auxiliaries.ts";
import { BALTIC_STATES, BELARUS, FARTHER_STATES, STRAY_NEIGHBOURS, namesOf, peopleOf } from "./countries.ts";
import { BULLET, REPORT_VERBS, WEAPON_NOUNS } from "./lexicon.ts";
import { isNamed, PEOPLE } from "./people.ts";
import { countryOfPlaces, findPlaces } from "./places.ts";
import { findQuantities, isCount } from "./quantities.ts";
import { normsOf, STARTS_UPPER, type Token } from "./tokens.ts";

// (module level: tsx compiles a regex literal with \p{…} outside a class into `new RegExp(…)`, built anew at every evaluation)
const DAY_THEN_ARTICLE = /^(?:(?:on|late on|early on|earlier on|later on)\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?(?:the|a|an)\s+/iu;
const WHOSE_REPORT = /['’]s\s+(?:\p{L}+\s+)?(?:reports?|statements?|updates?|summary|bulletin|briefing|tally|posts?|data|figures)$/iu;
const WHOSE_STATEMENTS = /['’]s\s+(?:\p{L}+\s+)?(?:statements?|reports?|updates?|data|figures|tallies|bulletins?)$/iu;
// an abbreviation: "HRMMU", and with a small letter inside, "MoD", "DoD"
const ACRONYM = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{Lu}\p{L}{1,7}$/u;
// (an office in lower case opens a speaker too: ", said governor Serhiy Lysak", ", said a spokesman for the ministry", and with the
// word that tells whose office it is: ", says regional governor Serhiy Lysak")
const SOURCE_OPENING = /^(?:the|\p{Lu}|officials|authorities|police|rescuers|local|head|chief)|^(?:governor|mayor|spokes(?:man|woman|person)|a|an|regional|city|district|oblast|deputy|acting)$/u;

export interface Claimant {
  readonly name: string;
  /** `local` is a generic local authority: its side is the side of the place attacked. */
  readonly side: ClaimantSide | "local";
  /** Token index where the attribution was found (to pick the nearest one in a long sentence). */
  readonly at: number;
}

// ("the independent Russian outlet Meduza", "an independent monitoring group": not "independently verified")
const INDEPENDENT_OUTLET = /^(?:(?:the|an)\s+)?independent\s+(?:[\w-]+\s+){0,2}?(?:outlet|channel|media|news\s+(?:site|outlet|agency|website)|publication|newspaper|website|monitor(?:ing)?\s+(?:group|project))s?(?:\s+|$)/;

// the abbreviations of Ukraine's military administrations, as translated posts give them ("Khmelnytskyi RMA", "the KCMA")
export const ADMINISTRATIONS = "ova|oda|mva|kmva|kcma|rma|cma";

// third states, by their name (and its possessive) or their people's ("israel", "israel's", "israeli"), read at the head of a
// speaker's phrase: the farther states and the Baltic ones (the neighbours strays reach, and Belarus, are read anywhere in it)
const THIRD_STATES = `(?:${[...BALTIC_STATES, ...FARTHER_STATES].flatMap((c) => [...c.names.map((n) => `${n}(?:'s)?`), ...c.people]).join("|").toLowerCase()})`;
// Ukraine's neighbours that strays reach, and Belarus, by name or people, anywhere in the phrase: "Polish Prime Minister …"
const NEIGHBOUR_STATES = [...STRAY_NEIGHBOURS, BELARUS];
const NEIGHBOURS = NEIGHBOUR_STATES.flatMap((c) => [...c.names, ...c.people]).join("|").toLowerCase();

interface Known {
  readonly re: RegExp;
  readonly name: string;
  readonly side: ClaimantSide | "local";
}

// Matched against the lower-cased phrase before "said"/after "according to". Order matters:
// the first match wins, so specific bodies come before the country names they contain.
/** The name every spelling of Ukraine's Air Force is given ("the air force", "Ukraine's Air Force", "PS ZSU"). */
export const AIR_FORCE = "Ukrainian Air Force";

const KNOWN: readonly Known[] = [
  // "The independent Telegram channel Astra reported": an outlet that says it is neither side's is a third party
  // (its name when the text gives one: "Astra")
  { re: INDEPENDENT_OUTLET, name: "", side: "other" },
  // "officials on both sides said": no one side's claim
  { re: /\b(?:both|either|each)\s+sides?\b/, name: "", side: "unknown" },
  // the UN's monitors, however much of their long name the subject holds ("… Human Rights Monitoring Mission in Ukraine said")
  { re: /\b(?:hrmmu|(?:human\s+)?rights\s+monitoring\s+mission)\b/, name: "UN Human Rights Monitoring Mission in Ukraine", side: "other" },
  // ("Ukrainian and Russian officials at the time": each side's own, not one side's)
  { re: /^(?:the\s+)?(?:ukrainian\s+and\s+russian|russian\s+and\s+ukrainian)\b/, name: "", side: "unknown" },
  { re: /\b(?:russia'?s?|russian|moscow'?s?|kremlin)\b.*\b(?:defen[cs]e ministry|ministry of defen[cs]e|mod|military|army|air defen[cs]es?)\b/, name: "Russian Defence Ministry", side: "RU" },
  // translated: "the Ministry of Defence of the RF", "the Armed Forces of the Russian Federation"
  { re: /\b(?:ministry of defen[cs]e|defen[cs]e ministry|mod|armed forces)\b.*\b(?:rf|russian federation)\b/, name: "Russian Defence Ministry", side: "RU" },
  { re: /\b(?:ukraine'?s?|ukrainian|kyiv'?s?)?\s*\b(?:air force|air forces|ps zsu)\b/, name: AIR_FORCE, side: "UA" },
  { re: /\b(?:ukraine'?s?|ukrainian)\b.*\b(?:general staff|military|army|armed forces|navy|defen[cs]e ministry|ministry of defen[cs]e)\b/, name: "Ukrainian military", side: "UA" },
  { re: /\bgeneral staff\b/, name: "Ukrainian General Staff", side: "UA" },
  // Ukraine's regional commands ("the Defence Forces of the South", "Operational Command South", "Southern Operational Command",
  // 'the Operational Command "South"', 'Air Command "West"')
  { re: /\b(?:defen[cs]e forces of the (?:south|north|east|west)|(?:southern|northern|eastern|western) defen[cs]e forces|(?:southern|northern|eastern|western)\s+operati(?:onal|ve) command|operati(?:onal|ve) command ["“'‘]?(?:south|north|east|west)["”'’]?|air command ["“'‘]?(?:south|centre|center|east|west)["”'’]?)\b/, name: "", side: "UA" },
  // A ministry or air defence named without a country reports on its own airspace: the side attacked.
  // (and a command: "…, the command said" after "Ukraine's Southern Operational Command said", the one named before)
  { re: /^(?:defen[cs]e ministry|ministry of defen[cs]e|ministry|air defen[cs]es?|military|command|(?:interior|internal affairs|energy|health|emergencies) ministry|ministry of (?:internal affairs|the interior|energy|health|emergency situations))$/, name: "", side: "local" },
  { re: /\b(?:state emergency service|emergency service|sess|ses|dsns)\b/, name: "Ukrainian State Emergency Service", side: "UA" },
  // ("Ukraine's Special Operations Forces", "the SOF", "the HUR": Kyiv's own units, unless Russia's are named)
  { re: /^(?!.*\b(?:russia|russian)\b).*\b(?:special\s+operations\s+forces|sof|hur|gur|main\s+intelligence\s+directorate|defen[cs]e\s+intelligence\s+of\s+ukraine)\b/, name: "", side: "UA" },
  // a UN body "in Ukraine" is a third party, not Ukraine
  { re: /\b(?:united nations|un|u\.n\.)\b.*\b(?:mission|monitors?|office|agency|commissioner)\b|^nations human rights|^(?:the\s+)?(?:hrmmu|ohchr|unicef)\b/, name: "", side: "other" },
  // (the phrase's head, not a mention in it: "Zelensky, speaking to Western officials in Berlin, said")
  { re: /^(?:the\s+)?western\s+(?:officials|intelligence|diplomats|governments|estimates?)\b/, name: "", side: "other" },
  // "a senior U.S. defence official", "British military intelligence": a government that is neither side's
  { re: /^(?:(?:the|a|an|one|two|several)\s+)?(?:(?:senior|top|high-ranking|unnamed)\s+)?(?:u\.s\.|us|american|british|u\.k\.|uk|french|german)(?:\s|$)/, name: "", side: "other" },
  // (any third state by its name or people at the phrase's head: "the Israel Defense Forces", "Turkish President Recep Tayyip
  // Erdogan", "Hungary's foreign minister"; not with either side's: "Turkish and Ukrainian officials")
  { re: new RegExp(String.raw`^(?!.*\b(?:ukrain\w*|russia\w*|kyiv|moscow|kremlin)\b)(?:(?:the|a|an|one|two|several)\s+)?(?:(?:senior|top|high-ranking|unnamed)\s+)?${THIRD_STATES}(?:\s|$)`), name: "", side: "other" },
  { re: /\bzelensk(?:yy|yi|iy|y|i)\b/, name: "Volodymyr Zelensky", side: "UA" },
  { re: /\b(?:sybiha|yermak|umerov|shmyhal|svyrydenko|syrskyi|ihnat|klitschko|tkachenko|kuleba|podolyak|budanov|lubinets|fedorov|syniehubov|lysak|kiper|terekhov|sadovyi|vilkul|prokudin|malashko|filashkin|klymenko|rudnytskyi|kozytskyi|nehoda|chaus|hennadiy|shevchenko|kravchenko|lysenko|popko|oleshchuk|pronin|taburets|bunechko|polishchuk|vitali[iy] kim|okhmatdyt|epicentr|ukrenergo|ukrhydroenergo|energoatom|ukrnafta|ukrtransgaz|dtek|naftogaz|ukrzaliznytsia|ukrainian railways|tymoshenko|sbu|synehubov|southern command|operational command south|khrystenko|lukashuk|starukh|ivashchenko|biletskyi|zhyvytskyi|skoryk|hryhorov|zaluzhn(?:yi|y|iy)|naiev|hnatov|onyshchuk|tyurin|tiurin|borzov|kohut|raikovych|sobolev|korolevska|centrenergo|reznichenko|kalashnyk|kcma|lomako|filatov|kobzar|zaparaniuk|prokopenko|kyrylenko|haidai|hayday|marchenko|bratchuk|humeniuk|senkevych|yanushevych|mrochko|kurtev|artiukh|monastyrskyi|kostin|vereshchuk|galushchenko|halushchenko|kudrytskyi|kamyshin|atroshenko|maletskyi|trukhanov|sukhomlyn|synyehubov)\b/, name: "", side: "UA" },
  { re: /\b(?:sobyanin|vorobyov|gladkov|bogomaz|khinshtein|smirnov|peskov|lavrov|zakharova|putin|shoigu|belousov|ushakov|medvedev|dmitriev|nebenzia|saldo|balitsky|aksyonov|razvozhayev|lyubimov|nikitin|rudenya|drozdenko|kondratyev|gusev|starovoit|slyusar|golubev|bocharov|shapsha|travnikov|rosaviatsia|konashenkov|kostyukov|minnikhanov|khabirov|kadyrov|artamonov|malkov|klychkov|anokhin|yevrayev|busargin|fedorishchev|melnichenko|babushkin|alikhanov|milyaev|yegorov|sokolov|pushilin|pasechnik|stremousov|rogov|basurin|dyumin|zdunov|vedernikov|russkikh|chibis|rosneft|lukoil|transneft|gazprom|rosatom|rosseti|national\s+anti-terrorism\s+committee)\b/, name: "", side: "RU" },
  // Russian war channels quoted by name ("Two Majors wrote", "Rybar said", "Shot, a channel with ties to the security
  // services, wrote"); the short names that are also English words only as the whole speaker ("Shot", "Mash", "Baza")
  { re: /\b(?:rybar|two majors|dva mayora|readovka|wargonzo|colonelcassad|grey zone|voenkor\w*)\b|^(?:the\s+)?(?:(?:telegram\s+)?channel\s+)?(?:shot|mash|baza)$/, name: "", side: "RU" },
  // the bodies Russia installed in the occupied east: "the DPR mission to the JCCC", "the LPR Ministry of Health"
  { re: /\b(?:dpr|lpr|jccc|(?:donetsk|luhansk|lugansk)\s+people['’]?s\s+republic)\b/, name: "", side: "RU" },
  // Ukraine's neighbours and NATO count what crossed into their airspace: a third party to the attack
  // (not "Ukrainian and Polish officials said", "the Russian embassy in Poland", "Polish media")
  // (Belarus too: "Belarus's Defence Ministry said its air defence downed a Ukrainian S-300")
  { re: new RegExp(String.raw`^(?!.*\b(?:ukrain\w*|russia\w*|moscow|kremlin|media|press|news|outlets?|reports?)\b).*\b(?:tusk|nawrocki|duda|kosiniak-kamysz|sikorski|${NEIGHBOURS}|grynkewich|rutte|nato)\b`), name: "", side: "other" },
  // ("the Kiev side reported": Russian outlets' spelling)
  { re: /\b(?:ukraine'?s?|ukrainian|kyiv|kiev)\b/, name: "", side: "UA" },
  { re: /\b(?:russia'?s?|russian|moscow|kremlin|tass|ria novosti|ria)\b/, name: "", side: "RU" },
  { re: /\b(?:trump|white house|pentagon|nato|von der leyen|kallas|european commission|united nations|u\.?n\.?|iaea|isw|institute for the study of war|washington|warsaw|bucharest|chi[sș]in[aă]u|vilnius|riga|tallinn|berlin|paris|london|brussels|budapest|ankara|beijing|tokyo|tehran|united states|european union|eu|leavitt|rubio|hegseth|kellogg|witkoff|starmer|macron|merz|erdogan)\b/, name: "", side: "other" },
  // international bodies and their officials: third parties
  // (and a company of several states: "the Caspian Pipeline Consortium, which ships most of Kazakhstan's oil exports")
  { re: /\b(?:grossi|caspian\s+pipeline\s+consortium|t[üu]rk|bogner|denise brown|guterres|world health organi[sz]ation|human rights watch|amnesty international|red cross|icrc|unhcr|osce|doctors without borders|m[ée]decins sans fronti[èe]res|msf)\b/, name: "", side: "other" },
  { re: new RegExp(String.raw`\b(?:authorities|officials|governor|government|mayor|police|rescuers|emergency services|administration|head of the|(?:regional|region|oblast|city|district|republic|village|community|municipal|[a-z]+stan|chechnya|crimea|bashkiria|chuvashia|mordovia|buryatia|yakutia)\s+head\b|regional|local|city council|military administration|(?:state\s+)?railway\s+company|(?:town|village|settlement|municipal)\s+council|${ADMINISTRATIONS}|prosecutors?|minister|ombudsman|commander-in-chief|commander\s+of\s+(?:the\s+)?(?:armed\s+forces(?!['’])|(?:[\w'’]+\s+){0,3}(?:air\s+(?:defen[cs]e|command)|air\s+force)(?!['’]))|spokes(?:man|woman|person)|ground forces|land forces|(?:operational|emergency|crisis)\s+headquarters|hospital)\b`), name: "", side: "local" },
];

// (and an outlet's regional branch: "Suspilne Kharkiv reports citing …", "Hromadske Odesa")
const MEDIA = /(?:-press|\bpress|\bwire|\bnews|\bnews agency|\binform|\bmedia|\bnewspaper|\bgazette|\btimes|\bpost|\bherald|\btelegraph)$|^(?:reuters|ap|afp|bloomberg|cnn|bbc|interfax|ukrinform|unian|suspilne|hromadske|rbc-ukraine|meduza|kommersant|vedomosti|the associated press|ukrainska pravda|rbc)(?:\s+[a-z][a-z'-]+)?$/

// ("ISW assesses that at least six Shaheds likely struck targets": an analyst's assessment is its claim)
const SAY_VERBS = new Set<string>([
  ...REPORT_VERBS, "say", "states", "claimed", "claims", "announces",
  "writes", "told", "adds", "noted", "notes", "informs", "recalled", "confirms", "informed", "estimated", "alleged",
  "alleges", "assesses", "assessed", "assess", "insisted", "admitted", "admits", "acknowledged", "acknowledges", "counted", "recorded", "verified", "registered", "declared", "put", "puts", "putting", "published", "released", "issued", "shared", "detected", "tracked",
]);
// "Interior Minister Ihor Klymenko later raised the death toll to 28": who revises a count states it
// (and as translated copy has it: "Commander-in-Chief Valeriy Zaluzhnyi refined the figures.", "The governor clarified the data")
const TOLL_VERBS = new Set(["raised", "revised", "updated", "lowered", "increased", "corrected", "refined", "clarified"]);
// ("Ukrainian officials have revised down the death toll": with its particle)
const TOLL_OBJECT = /^(?:(?:down|up|upward|downward)\s+)?(?:the|its|his|her|their)\s+(?:(?:death|casualty|overall|official)\s+)?(?:toll|tally|count|number|figure|data)s?\b/;
// "Ukrainian air force data show that …": a body's figures say what it says
const DATA_SHOW = /^(?:data|figures|statistics)$/;
const SHOW_VERBS = new Set(["show", "shows", "showed"]);
// (whose data: a name or a body, "Air Force data", "the ministry's figures"; not "Figures show …", "new data show …")
// (a capital that only opens the sentence is no name: "Official data show …", unless it is an acronym, "UN data show")
const dataOwner = (t: Token | undefined, first: boolean): boolean =>
  t !== undefined && ((/^\p{Lu}/u.test(t.text) && (!first || /^\p{Lu}{2,}$/u.test(t.text))) || /^(?:force|ministry|staff|administration|service|police|agency|mission|['’]s)$/.test(t.norm));
// "The State Emergency Service's latest count is 14 dead": whose count it is
// (or "The Defence Ministry's total of 144 drones for the night": the count it owns, named)
const OWNED_COUNT = /['’]s\s+(?:[\p{L}-]+\s+)?(?:(?:count|tally|total|estimate|figures?)\s+(?:is|was|are|were|stands|stood)|(?:count|tally|total)\s+of)\b/iu;
// "Ukraine's claim to have shot down all six Kinzhals": whose claim it is
const OWNED_CLAIM = /['’]s\s+claims?\s+(?:to|that)\b/iu;
// "by the Air Force's own count", "By our tally of the Air Force's statements" (see countOwner)
// (the words a count is told by, one or several: "the Air Force's count", "the ministry's daily tallies", "its statements")
const RECKONING_WORDS = String.raw`counts?|tall(?:y|ies)|reckoning|estimates?|figures|data|statements|reports|bulletins`;
const BY_COUNT = new RegExp(String.raw`\bby\s+(?:(?:our|my)\s+(?:count|tally|reckoning)\s+of\s+)?[^,.;]{0,60}?['’]s\s+(?:[\p{L}-]+\s+)?(?:${RECKONING_WORDS})\b`, "iu");
// "Putin gave his own figures: 90 missiles and 100 drones", "City officials gave a figure of 14 dead", "the governor has given what he
// called the final figures": who gives a count states it (not "gave way", "gave the order", "gave no figures")
const GIVEN = new Set(["gave", "gives", "given", "giving"]);
const GIVEN_COUNT = /^(?:(?:his|her|its|their|own|a|an|the|new|latest|updated|first|final|preliminary|official|weekly|daily|total|what\s+\S+\s+called\s+the)\s+){0,3}(?:figures?|numbers?|toll|total|tally|count|estimate)\b/;
const GAVE_HINT = /\b(?:gave|gives|given|giving)\s+(?:\S+\s+){0,4}?(?:figures?|numbers?|toll|total|tally|count|estimate)\b/;
const SAY_HINT = new RegExp(`\\b(?:according|citing|(?:data|figures|statistics)\\s+show(?:s|ed)?|${[...SAY_VERBS, ...TOLL_VERBS].join("|")})\\b|${OWNED_COUNT.source}|${OWNED_CLAIM.source}|${BY_COUNT.source}|${GAVE_HINT.source}`, "iu");
// a source in brackets that closes the sentence: "… six injured (governor Vitaliy Kim).", "Launched: 93 missiles (Air Force)."
const BRACKET_SOURCE = /\(\s*[\p{L}][\p{L}'’. -]{1,60}\)\s*[.!]?\s*$/u;
/** Cheap pre-test: a sentence without any attribution verb has no claimant to find (skips tokenizing it). */
export const mayAttribute = (text: string): boolean => SAY_HINT.test(text) || BRACKET_SOURCE.test(text);

// "the ministry said" with no ministry named before is read as the local authority (the side attacked)
const PRONOUNS = new Set(["it", "he", "she", "they", "force", "agency", "statement", "the statement", "company", "the company", "operator", "the operator"]);

// ("Overnight into Saturday the ministry reported", "Overnight Friday into Saturday …", "overnight from Friday to Saturday":
// the night, from the day it began to the day it ran into)
const WEEKDAY = WEEKDAYS.join("|");
const TIME_OPENING = new RegExp(`^(?:(?:in|on|by|during|later\\s+in|earlier\\s+in)\\s+the\\s+(?:morning|evening|afternoon|night|day)|later|earlier|overnight(?:\\s+(?:from\\s+)?(?:(?:${WEEKDAY})\\s+)?(?:into|to|on)\\s+(?:${WEEKDAY}))?|separately|at\\s+first|initially|first),?\\s+`, "i");

/** Trim an attribution phrase to its noun phrase: drop leading "the", titles stay ("Moscow mayor Sobyanin"). */
function clean(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .map((t, i, a) => (i > 0 && a[i - 1]!.end < t.start ? " " : "") + t.text)
    .join("")
    .replace(/^[-*•·–]\s*/, "")
    // "In the morning the Defence Ministry reported": when, not who
    .replace(TIME_OPENING, "")
    .replace(DAY_THEN_ARTICLE, "")
    .replace(/(?:\s+(?:also|has|had|have|later|previously|earlier|then|further|separately|itself|officially|initially|first))+$/i, "")
    // "the Defence Ministry's morning report said": the body that issued it
    .replace(WHOSE_REPORT, "")
    .trim();
}

/** Who a phrase before "said" (or after "according to") is, wherever in the sentence it stands. */
type Speaker = Omit<Claimant, "at">;

// Each phrase is read once per process: identify depends on the phrase alone, and the same few ("the Air Force said", "the
// regional governor said") come back sentence after sentence, each read costing two dozen patterns. (Cleared when full, so
// a worker's memory stays flat over a large folder.)
const SPEAKERS = new Map<string, Speaker | null>();
const MAX_SPEAKERS = 50_000;
function identifySpeaker(said: string): Speaker | null {
  let known = SPEAKERS.get(said);
  if (known === undefined) {
    if (SPEAKERS.size >= MAX_SPEAKERS) SPEAKERS.clear();
    known = readSpeaker(said);
    SPEAKERS.set(said, known);
  }
  return known;
}

function identify(said: string, at: number): Claimant | null {
  const known = identifySpeaker(said);
  return known && { ...known, at };
}

function readSpeaker(said: string): Speaker | null {
  // "On Tuesday evening he said", "Later the ministry said": the time before the speaker is not part of it
  // ("Governor Syniehubov says five people are now": the speaker ends at his verb; "officials there", "the administration
  // now puts": no adverb)
  // ("The Defence Ministry's bulletin for Thursday reported": the body whose statement it is)
  const phrase = said.replace(LEADING_TIME, "").replace(SPEAKER_VERB, "").replace(TRAILING_ADVERB, "").replace(WHOSE_STATEMENT, "").replace(PRESS_OFFICE_OF, "");
  const low = phrase.toLowerCase().replace(/[’]/g, "'");
  if (!low || low.split(/\s+/).length > 12) return null;
  // "a Russian strike put the runway out of action": what struck does not speak
  // (a noun phrase of a few words, not a clause that ends on one: "Russia's Defence Ministry blamed Ukrainian jet drones")
  if (/^(?:\S+\s+){0,2}(?:strikes?|attacks?|missiles?|drones?|barrage|blasts?|explosions?|shelling|bombs?)$/.test(low)) return null;
  // "This was reported …", "It was said …": a subject pronoun with its verb is nobody
  if (/^(?:this|that|these|those|it|there|here|which|what)\s+(?:was|were|is|are|has|had|have)\b/.test(low)) return null;
  // "Five missiles struck Kryvyi Rih, said governor Serhiy Lysak": what was counted, not who speaks
  // (not "Two drone operators said": the weapon noun must be the subject of a verb of its own)
  if (/^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds)\s+(?:\S+\s+){0,2}(?:missiles?|drones?|rockets?|shaheds?|uavs?|bombs?)\s+(?:struck|hit|hits|were|was|had|have|fell|landed|crashed|attacked|targeted|exploded|damaged|destroyed|killed|injured)\b/.test(low)) return null;
  // "Two persons perished, reported the head of …": who was killed, not who speaks
  if (/^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens)\s+(?:\S+\s+)?(?:persons?|people|civilians|residents|children|men|women|soldiers|servicemen)\s+(?:perished|died|were|was|killed|injured|wounded)\b/.test(low)) return null;
  // "The Kursk nuclear plant, about 60 km (38 miles) from the Ukrainian border, said": how far it stands, not who speaks
  if (DISTANCE_ASIDE.test(low) || UNIT_OPENING.test(phrase)) return null;
  if (PRONOUNS.has(low)) return { name: phrase, side: "unknown" };
  // "Its statement on Thursday morning said": whose the statement is, as "it"
  if (/^(?:its|their)\s+(?:\S+\s+){0,2}(?:statement|report|update|post|message|summary|bulletin|briefing|figures|tally|count)\b/.test(low)) return { name: "it", side: "unknown" };
  // ("Air defences shot down 266 drones, according to the same statement": the statement told before, as "it")
  if (/^(?:the\s+)?(?:same|that|this)\s+(?:statement|report|update|post|message|summary|bulletin|briefing)$/.test(low)) return { name: "it", side: "unknown" };
  // "The Russian side is no more transparent. Its Defence Ministry reported …": the body, as "the Defence Ministry" would be
  // (whose it is, the side it speaks for, as for any ministry named without its country)
  const owned = /^(?:its|their)\s+(?=\S)/i.exec(phrase);
  if (owned) {
    const body = identifySpeaker(phrase.slice(owned[0].length));
    if (body && body.side !== "unknown") return body;
  }
  // "The fortnight in Ukraine: from the red carpet …", "The war in Ukraine: day 500": a round-up's title names a span or a
  // matter and where, no one who speaks (but "the US ambassador in Ukraine" does)
  if (SPAN_IN_PLACE.test(low)) return null;
  for (const k of KNOWN) if (k.re.test(low)) return { name: k.name || outletName(phrase), side: k.side === "UA" && ofRussianPlace(phrase) ? "RU" : k.side };
  // A news outlet relaying a report ("…, Ukrinform reports", "according to National Wire") carries
  // the claim, it does not make it: the source is found as if the outlet were not named.
  if (MEDIA.test(low)) return null;
  // a leader or envoy the contacts' list knows, by his country ("Reznikov, addressing the group, said"): a third country's is a third party
  const person = STARTS_UPPER.test(phrase) ? PEOPLE.find((p) => isNamed(p, phrase)) : undefined;
  if (person) return { name: phrase, side: person.country === "UA" || person.country === "RU" ? person.country : "other" };
  // A named person or body we do not know: keep the name, side unknown.
  // (not a clause: "Five people were killed, said the regional governor", "Eight people are now confirmed dead")
  if (STARTS_UPPER.test(phrase) && !/\b(?:was|were|is|are)(?:\s+\S|$)/.test(low) && !NOT_A_SPEAKER.test(low)) return { name: phrase, side: ofRussianPlace(phrase) ? "RU" : "unknown" };
  return null;
}

// (a number before the unit, or a lower-case unit the phrase opens on past a bracket, "38 miles) from": "Miles" alone is a
// surname, "said Jonathan Miles of the Red Cross")
const DISTANCE_UNIT = "(?:km|kilometres?|kilometers?|miles?)\\b\\W*(?:\\S+\\s+){0,2}?(?:from|of)\\s";
const DISTANCE_ASIDE = new RegExp(`^from\\s|(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few|several|dozens\\s+of|hundreds\\s+of))\\s*${DISTANCE_UNIT}`);
const UNIT_OPENING = new RegExp(`^${DISTANCE_UNIT}`);
const SPAN_IN_PLACE = /^(?:(?:the|this|last|past|a|one|another|our)\s+)?(?:\S+\s+)?(?:days?|nights?|weeks?|weekend|fortnight|months?|years?|war|situation)\s+(?:in|on|across|over)\s/;

/** "independent Telegram channel Astra" is Astra; a phrase that names no outlet stays whole ("independent monitors"). */
function outletName(phrase: string): string {
  const name = phrase.slice((INDEPENDENT_OUTLET.exec(phrase.toLowerCase())?.[0] ?? "").length);
  return STARTS_UPPER.test(name) ? name : phrase;
}

// ("Novorossiysk mayor Andrei Kravchenko": a Russian city's mayor, though a Ukrainian official shares his surname; not the
// Russian-installed governor of an occupied region, whose place is Ukraine's)
// (and a Russian region's head or ministry the word lists do not know: "Udmurtia's head, Alexander Brechalov", "Tatarstan's Health
// Ministry", "the Crimean health ministry", by the gazetteer's Russian regions)
const PLACE_OFFICE =
  /^(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:region|oblast|krai))?)(?:['’]s)?\s+(?:(?:acting|deputy)\s+)?(?:mayor|governor|head|(?:\p{L}+\s+)?(?:[Mm]inistry|[Gg]overnment))\b|\b(?:mayor|governor|head)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:region|oblast|krai))?)/u;
// ("The Novoshakhtinsk Plant of Petroleum Products said", "The Kursk nuclear plant … said": a plant or port that speaks for
// itself, named by its town)
const PLACE_FACILITY = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:[\p{Ll}-]+\s+){0,2}(?:[Pp]lant|[Rr]efinery|[Ff]actory|[Ww]orks|[Pp]ort|[Aa]irport|[Tt]erminal|[Dd]epot)\b/u;
function ofRussianPlace(phrase: string): boolean {
  const facility = PLACE_FACILITY.exec(phrase);
  if (facility) return countryOfPlaces(findPlaces(facility[1]!).filter((p) => p.kind !== "country")) === "RU";
  const m = PLACE_OFFICE.exec(phrase);
  if (!m) return false;
  const name = m[1] ?? m[2]!;
  // (a region's adjective: "Crimean" is Crimea's)
  const places = findPlaces(name).filter((p) => p.kind !== "country");
  return countryOfPlaces(places.length > 0 ? places : findPlaces(name.replace(/(?<=[ei]a)n$/, "")).filter((p) => p.kind === "region")) === "RU";
}

// "Tymur Tkachenko", "Oleh Syniehubov": a first name and a surname, no office word
const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+$/u;
const DEMONYM = new RegExp(`^(?:ukrainian|russian|${peopleOf(STRAY_NEIGHBOURS).toLowerCase()}|american|british|french|german|turkish|western|european)$`);
// capitalised words that open a sentence, not a speaker's name: "Video posted by …", "Early reports …", "Let me …"
// (nor what reports were: "Earlier reports had put the toll at 2", "Initial reports said", where "reports" is no verb)
// ("About this informed the head of …": translated copy's "about this", no speaker)
// ("In Dnipro, the toll has risen to five, …, says regional governor Serhiy Lysak": where, not who; the walk back from ", says"
// passes the sentence's commas to its opening)
const NOT_A_SPEAKER = /^(?:in|at|near|across|throughout|it|its|their|let|according|about|early|earlier|later|initial|initially|first|previous|previously|preliminary|unconfirmed|tonight|today|yesterday|by|no|video|footage|photos?|images?|posts?|reports?|shaheds?|drones?|missiles?|uavs?)\b/;
// (and "the ministry's press service reported": its office speaks for it)
const WHOSE_STATEMENT = /(?<=\S)(?:['’]s|s['’])\s+(?:(?:latest|daily|morning|evening|official|first|last|new)\s+)?(?:bulletin|statement|report|update|summary|figures|tally|data|count|post|message|briefing|press\s+(?:service|office|department)|telegram\s+channel|website)\b.*$/i;
// (and in the present, as translated copy tells it: ", reports the press service of the regional administration", "As informs the
// Air Force, …")
// ("the press service of the regional military administration", "the press-centre of the Air Force": the body it speaks for)
const PRESS_OFFICE_OF = /^(?:the\s+)?press[-\s]?(?:service|centre|center|office|department)\s+of\s+(?:the\s+)?(?=\S)/i;
const INVERTED_VERBS = new Set(["said", "says", "added", "adds", "wrote", "writes", "reported", "reports", "informed", "informs", "stated", "states", "announced", "announces", "noted", "notes", "confirmed", "confirms"]);
const FINITE = new Set<string>([...BE, ...HAVE, "would", "will", "could", "did"]);
const SPEECH_ADVERBS = new Set(["now", "also", "later", "earlier", "then", "again", "separately", "previously", "since", "eventually", "finally", "first", "initially", "subsequently"]);
const TRAILING_ADVERB = new RegExp(`\\s+(?:there|${[...SPEECH_ADVERBS].join("|")})$`, "i");
const SPEAKER_VERB = /\s+(?:said|says)\b.*$/i;
const LEADING_TIME = /^(?:(?:on|by|late\s+on|early\s+on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:yesterday|today|this|last)\s+(?:morning|afternoon|evening|night)|yesterday|today|later|earlier|by\s+(?:the\s+)?(?:morning|afternoon|evening|midday|noon))\s*,?\s+(?=\S)/i;
const MONTH_WORD = new RegExp(`^(?:${MONTH_PATTERN})$`);
const SUBJECT_PRONOUNS = new Set(["it", "he", "she", "they"]);
const ASIDE_VERBS = /^(?:briefing|speaking|addressing|writing|citing|quoting|talking|responding|commenting|answering|rejecting|denying|disputing|dismissing|refuting|countering)$/;
const CONTRA_VERBS = new Set(["denied", "rejected", "disputed", "dismissed", "refuted", "contested", "countered"]);
const PROCLAIMED = /^(?:an?\s+|the\s+)?(?:\S+\s+)?(?:days?\s+of\s+mourning|mourning|state\s+of\s+emergency|emergency|curfew|air\s+raid|alert|evacuation)\b/;
const TOOK_LIVES = /^(?:the\s+)?(?:lives?|life)\b|^\S+\s+lives\b/;
const STOP_BACK = new Set([",", ";", ":", ".", "“", "”", '"', "(", ")", "[", "]", "that", "and", "but", "while", "as", "which", "who", "when", "after", "—", "–"]);

const RUNNING_TITLE = new Set(["live", "latest", "updates", "blog"]);
const ATTACK_NOUN = /^(?:attacks?|strikes?|barrages?|raids?|bombardments?)$/;
const COMPARING = /^(?:previous|deadliest|largest|biggest|heaviest|worst|record|first|last)$/;
/** "Previous deadliest attack on Kyiv", "Largest strike so far": an attack a fact box compares, no source. */
const comparedAttack = (words: readonly Token[]): boolean => words.some((t) => ATTACK_NOUN.test(t.norm)) && words.some((t) => COMPARING.test(t.norm));

// ("Quote from Fedorov: "One person was killed."": the one quoted, as Ukrainska Pravda labels a quotation)
const QUOTE_FROM = /^(?:(?:a\s+)?(?:direct\s+)?(?:quote|quotation|statement|comment|words)s?\s+(?:from|by|of)\s+)(?=\S)/i;

// "… with reference to the Kherson RMA": whom a report cites, as "citing" does
const citedAt = (tokens: readonly Token[], i: number): boolean => tokens[i]?.norm === "with" && tokens[i + 1]?.norm === "reference" && tokens[i + 2]?.norm === "to";

/** A list line's place before its colon, "Kyiv: four killed in the region", "Kharkiv region: …": where, not who says (unlike "Kyiv City Military Administration: …"). */
function placeLabel(label: string): boolean {
  return label.split(/\s+/).length <= 3 && !AUTHOR_WORDS.test(label) && findPlaces(label).some((p) => p.kind !== "country" && p.at === 0);
}

/** A speaker's verb past the label: "Kyiv region: four people were killed …, the service said" is that region's authority speaking. */
function spokenAfter(tokens: readonly Token[], colon: number): boolean {
  return tokens.slice(colon + 1).some((t) => /^(?:said|says|reported|reports|added|told|wrote|according)$/.test(t.norm));
}

// ("by the Air Force's daily tallies", "by our count of the Air Force's statements": what a body's count is made of)
const RECKONING = new RegExp(`^(?:${RECKONING_WORDS})$`);
// ("by the Air Force's own count", "by the ministry's preliminary figures")
const RECKONING_ADJECTIVE = /^(?:own|daily|nightly|weekly|monthly|morning|latest|official|preliminary|first|final)$/;

/**
 * "by the Ukrainian air force's count": the owner's words up to its "'s" ([from, to]; null when "by" names no count), also past a
 * word that tells which count ("by the Air Force's own count") and after the outlet's own sum of it ("By our count of the Air
 * Force's daily statements, Russia launched more than 1,000 drones").
 */
function countOwner(tokens: readonly Token[], by: number): [number, number] | null {
  const from = /^(?:our|my)$/.test(tokens[by + 1]?.norm ?? "") && RECKONING.test(tokens[by + 2]?.norm ?? "") && tokens[by + 3]?.norm === "of" ? by + 4 : by + 1;
  for (let k = from; k < from + 7 && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (w.kind !== "word") return null;
    if (!/['’]s$/.test(w.norm)) continue;
    const next = tokens[k + 1]?.norm ?? "";
    const noun = RECKONING_ADJECTIVE.test(next) ? (tokens[k + 2]?.norm ?? "") : next;
    return RECKONING.test(noun) ? [from, k] : null;
  }
  return null;
}

const NAMING_VERBS = /^(?:called|calls|described|describes|termed|dubbed)$/;
// the bodies that count an attack's weapons: what they call the largest attack they counted
const COUNTING_BODIES: ReadonlySet<string> = new Set([AIR_FORCE, "Russian Defence Ministry", "Ukrainian General Staff", "Ukrainian military"]);
/** A body that counts an attack's weapons (launched, downed, hits by number), not what one of them struck. */
export const isCountingBody = (c: Claimant): boolean => COUNTING_BODIES.has(c.name);
// the commander-in-chief passes on the Air Force's count of what was downed, not a strike's dead
const COMMANDER = /\bcommander-in-chief\b|\bzaluzhn(?:yi|y|iy)\b|\bsyrskyi\b/i;
/**
 * A source that counts an attack's weapons and never its dead: the Air Force and the commander-in-chief who relays it. A toll
 * the sentence leaves unattributed is not carried over to one.
 */
export const countsNoTolls = (c: Claimant): boolean => c.name === AIR_FORCE || COMMANDER.test(c.name);

/** The counting body in "what the Air Force called/described as …" (at the "what"), or null. */
function namedAttack(tokens: readonly Token[], what: number): Claimant | null {
  let k = what + 1;
  while (k < tokens.length && tokens[k]!.kind === "word" && !NAMING_VERBS.test(tokens[k]!.norm) && k - what <= 8) k++;
  const verb = NAMING_VERBS.test(tokens[k]?.norm ?? "") ? k : -1;
  if (verb < 0 || verb === what + 1) return null;
  const c = identify(clean(tokens, what + 1, verb - 1).replace(/\s+(?:then|later|itself)$/i, ""), what);
  return c && COUNTING_BODIES.has(c.name) ? c : null;
}

// (a pronoun makes it a clause, not a source's name: "Kyiv paid for it the same night: 430 drones and 19 missiles"; matched on
// the token's own text, since "us" only lower-case is the pronoun: "US officials: Russia fired 12 North Korean missiles")
const LABEL_PRONOUN = /^(?:[Ii]t|[Tt]hey|[Tt]hem|[Ww]e|us|[Hh]e|[Hh]im|[Ss]he|[Hh]er)$/;

/** Attributions in a sentence: "according to X", "X said", ", said X", "X reported intercepting …". */
export function findClaimants(tokens: readonly Token[]): Claimant[] {
  return outsideTimingClause(tokens, ofStateOpened(tokens, sourcesNamed(tokens)));
}

const TIMING = new Set(["after", "before", "since"]);

/**
 * "…, hours after Moscow announced it was quitting the grain deal, Russia launched six Kalibr missiles …, the Air Force said":
 * one who speaks in a clause that only times the sentence's news, set off by commas and counting nothing itself, is not the
 * source of the figures, when the sentence names another after it (not "After the Air Force said 40 drones were downed, …").
 */
function outsideTimingClause(tokens: readonly Token[], found: Claimant[]): Claimant[] {
  if (found.length < 2) return found;
  return found.filter((c) => {
    let open = c.at - 1;
    while (open >= 0 && open > c.at - 10 && !TIMING.has(tokens[open]!.norm) && tokens[open]!.norm !== "," && tokens[open]!.norm !== ";") open--;
    if (open < 0 || !TIMING.has(tokens[open]!.norm)) return true;
    // (the clause opens the sentence or follows a comma: "On the night of 17-18 July, hours after …")
    const lead = tokens.slice(0, open).findLastIndex((t) => t.norm === "," || t.norm === ";");
    if (open - lead > 4) return true;
    const close = tokens.findIndex((t, k) => k > c.at && (t.norm === "," || t.norm === ";" || t.norm === "."));
    if (close < 0 || tokens[close]!.norm !== ",") return true;
    // (vague amounts count too: "Soon after the Air Force said that dozens of drones were downed, Zelensky said …" keeps the
    // Air Force for its own dozens)
    if (tokens.slice(open, close).some(isCount) || findQuantities(tokens).some((q) => q.first > open && q.first < close && !q.article && !q.definite && !q.ordinal)) return true;
    return !found.some((o) => o !== c && o.at > close);
  });
}

const BEFORE_STATE = new Set(["neighbouring", "neighboring", "nearby", "the"]);

/**
 * "In neighbouring Belarus, the Defence Ministry said its air defence had shot down a Ukrainian S-300": a body named without
 * its country (which would speak for the side attacked) is the third state's the sentence opens in. Not a place of either
 * side: "In Kyiv, the military administration said …" stays the side attacked.
 */
function ofStateOpened(tokens: readonly Token[], found: Claimant[]): Claimant[] {
  if (tokens[0]?.norm !== "in" || !found.some((c) => c.side === "local")) return found;
  const comma = tokens.findIndex((t, i) => i > 1 && i <= 4 && t.norm === ",");
  if (comma < 0) return found;
  const state = identifySpeaker(clean(tokens.filter((t, i) => i > 0 && i < comma && !BEFORE_STATE.has(t.norm)), 0, comma));
  return state?.side === "other" ? found.map((c) => (c.side === "local" ? { ...c, side: "other" } : c)) : found;
}

// (sourcesNamed's per-token word tests as set lookups and module-level functions: it asks them of every token of every
// sentence, and a regex literal is a new object at each evaluation, a closure a tsx __name call)
const CORRECTED = new Set(["corrected", "revised", "clarified", "updated"]);
/** "Syniehubov corrected the toll: 6 killed": the verb that ends the label of the one who corrected it. */
const isCorrectedWord = (t: Token): boolean => CORRECTED.has(t.norm);
// (and a verb of what befell a place: "Moscow came under drone attack three times: on 4 July, …" tells what happened, no one's words)
const CLAUSE_WORDS = new Set(["said", "says", "say", "reported", "reports", "added", "told", "wrote", "writes", "stated", "announced", "had", "has", "have", "was", "were", "is", "are", "came", "comes", "saw", "sees", "suffered", "faced", "endured", "became", "remained"]);
/** A word that makes the words before a colon a clause, not a label: "It said three drones had been involved:". */
const isClauseWord = (t: Token): boolean => CLAUSE_WORDS.has(t.norm) || LABEL_PRONOUN.test(t.text);
const OWNED_TOTAL = new Set(["count", "tally", "total"]);
const COUNT_IS = new Set(["is", "was", "are", "were", "stands", "stood"]);

function sourcesNamed(tokens: readonly Token[]): Claimant[] {
  const out: Claimant[] = [];
  // "Source: Ukraine's Air Force on Telegram" (Ukrainian outlets' attribution line)
  if ((tokens[0]?.norm === "source" || tokens[0]?.norm === "sources") && tokens[1]?.norm === ":") {
    let end = 2;
    while (end < tokens.length && ![",", ";", ".", "on", "via", "in"].includes(tokens[end]!.norm) && end < 14) end++;
    const c = identify(clean(tokens, 2, end - 1), 0);
    // ("Source: Yurii Pohuliaiko, Head of Volyn Oblast Military Administration": a name the lexicon does not know, by his office)
    if (c) return [tokens[end]?.norm === "," ? withOfficeSide(tokens, c, end, 0) : c];
  }
  // (a table row's cells each may end in their own: "| 5-6 September | 25 Shaheds (Defence Forces of the South) | 15 |
  // … (Kiper) |")
  if (tokens.some(isBar)) out.push(...cellSources(tokens));
  else {
    const bracketed = bracketSource(tokens);
    if (bracketed) out.push(bracketed);
  }
  // a fact box line labelled with its source: "Russia (Defense Ministry): 40 drones destroyed", "Ukraine's air force: …"
  // (a list item's marker is not part of the label: "- Air Force: 32 Shaheds launched")
  const marker = BULLET.test(tokens[0]?.text ?? "") ? 1 : 0;
  const colon = tokens.findIndex((t, i) => t.norm === ":" && i <= 8 + marker);
  // (a clause before a colon, "It said three drones had been involved:", is no label)
  const labelWords = tokens.slice(marker, colon);
  // ("Syniehubov corrected the toll: 6 killed": the one who corrected it)
  const corrected = labelWords.findIndex(isCorrectedWord);
  const labelEnd = corrected > 0 ? marker + corrected : colon;
  if (colon > marker && labelWords.every((t) => t.kind === "word" || t.norm === "(" || t.norm === ")" || t.norm === "'") && !labelWords.some(isClauseWord)) {
    // ("From Moscow:", "More from the Kyiv region:", "Also on Sunday:" introduce a report, they do not name its source)
    // (nor does a fact box's line naming an attack it compares: "Previous deadliest attack on Kyiv this year: 24 April, 12 killed")
    const label = /^(?:what|how|where|who|when|why|which|from|more|also|in|on|at|over|meanwhile|elsewhere|earlier|later|quick)$/.test(tokens[marker]!.norm) || comparedAttack(labelWords) ? null : identify(clean(tokens, marker, labelEnd - 1).replace(/[()]/g, " ").replace(/\s+/g, " ").trim().replace(QUOTE_FROM, ""), 0);
    // (nor a page's running title: "Russia-Ukraine war live: four killed in Kyiv …", "Kyiv attack latest: …")
    if (label && label.side !== "unknown" && !labelWords.some((t) => RUNNING_TITLE.has(t.norm)) && !(placeLabel(clean(tokens, marker, labelEnd - 1)) && !spokenAfter(tokens, colon))) out.push(label);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "By his words, 12 drones were shot down", "By the data of the Air Force, …": translated copy's "according to"
    const byWords = t.norm === "by" || t.norm === "in" || t.norm === "according" ? wordsOf(tokens, i + (t.norm === "according" && tokens[i + 1]?.norm === "to" ? 2 : 1)) : null;
    if (byWords) {
      const c = identify(byWords, i);
      if (c) {
        out.push(c);
        continue;
      }
    }
    if (t.norm === "according" && tokens[i + 1]?.norm === "to") {
      let j = i + 2;
      // ("according to Hromadske with reference to the Kherson RMA": the outlet, then whom it cites)
      // (nor past a table cell's end: "according to Mayor Ihor Terekhov |")
      while (j < tokens.length && ![",", ";", ".", "—", ":", "citing", "|"].includes(tokens[j]!.norm) && !citedAt(tokens, j) && j - i < 14) j++;
      // ("according to its operator, Ukrhydroenergo": the name after the role)
      if (tokens[j]?.norm === "," && /^(?:its|their|the)\s+(?:operator|owner|company|utility|administrator|manager)$/.test(normsOf(tokens, i + 2, j))) {
        let k = j + 1;
        while (k < tokens.length && ![",", ";", ".", "—", ":"].includes(tokens[k]!.norm) && k - j < 8) k++;
        const named = identify(clean(tokens, j + 1, k - 1), i);
        if (named) {
          out.push(named);
          continue;
        }
      }
      // ("According to him, 82 people were injured": the one named before, as "he said" is)
      const c = identify(OBJECT_PRONOUN.get(normsOf(tokens, i + 2, j)) ?? clean(tokens, i + 2, j - 1), i);
      if (c) out.push(c);
      continue;
    }
    // "The State Emergency Service's latest count is 14 dead": the owner of a count stated with "is"
    // (or named with "of": "The Defence Ministry's total of 144 drones")
    // (or of a claim: "Ukraine's claim to have shot down all six Kinzhals", right after it, not "Kyiv's military claims that")
    const claimed = (t.norm === "claim" || t.norm === "claims") && (tokens[i + 1]?.norm === "to" || tokens[i + 1]?.norm === "that") && /['’]s$/.test(tokens[i - 1]?.norm ?? "");
    const ownedTotal = OWNED_TOTAL.has(t.norm) && tokens[i + 1]?.norm === "of" && tokens[i + 2]?.kind === "number";
    if (claimed || ownedTotal || (COUNT_IS.has(tokens[i + 1]?.norm ?? "") && RECKONING.test(t.norm))) {
      const owner = [i - 1, i - 2].find((k) => k >= 0 && /['’]s$/.test(tokens[k]!.norm));
      let j = owner ?? -1;
      // (a claim's owner is a name, not the clause it ends: "The Kyiv Independent has not verified Moscow's claim that …")
      const inName = (k: number) => !claimed || k === owner || tokens[k]!.norm === "the" || STARTS_UPPER.test(tokens[k]!.text);
      while (j >= 0 && !STOP_BACK.has(tokens[j]!.norm) && (owner ?? 0) - j < 8 && inName(j)) j--;
      const c = owner !== undefined && j + 1 <= owner ? identify(clean(tokens, j + 1, owner).replace(/['’]s$/, ""), i) : null;
      if (c && c.side !== "unknown") {
        out.push(c);
        continue;
      }
    }
    // "Russia fired 122 missiles and 36 drones at Ukraine in what the air force described as the largest such attack of the
    // war": the counting body that so names the attack ("Russia carried out what the Air Force called its largest combined attack
    // of the war: 477 drones and 60 missiles"); not a leader's word for it ("in what Putin called retaliation")
    if (t.norm === "what") {
      const c = namedAttack(tokens, i);
      if (c) {
        out.push(c);
        continue;
      }
    }
    // "440 drones and 32 missiles by the Ukrainian air force's count": whose count it is
    const counted = t.norm === "by" ? countOwner(tokens, i) : null;
    if (counted) {
      const c = identify(clean(tokens, counted[0], counted[1]).replace(/['’]s$/, ""), i);
      if (c && c.side !== "unknown") out.push(c);
      continue;
    }
    // "…, Reuters reported, citing the Russian Defence Ministry", "Citing an unnamed source in the SBU, Ukrainska Pravda
    // reported": whom the outlet cites
    if (t.norm === "citing" || citedAt(tokens, i)) {
      const from = i + (t.norm === "citing" ? 1 : 3);
      let j = from;
      while (j < tokens.length && ![",", ";", ".", "—", ":", "that", "as"].includes(tokens[j]!.norm) && j - i < 14) j++;
      // (a body or official, not a reason: "renewed his call for Patriots, citing Russia's launch of 40 missiles")
      const cited = tokens.slice(from, j);
      const c = cited.some((x) => x.kind === "number" || WEAPON_NOUNS.has(x.norm)) ? null : identify(clean(tokens, from, j - 1), i);
      if (c && c.side !== "unknown") {
        // ("…, UNN reports with reference to the Air Force", "according to NV, citing the General Staff": whoever cites a
        // body relays it, an outlet the lexicon does not know too; not one of a side, "Lubinets, citing UNICEF, said")
        const relay = out.at(-1);
        if (relay?.side === "unknown" && relay.at < i && tokens.slice(relay.at + 1, i).every((x, k, a) => x.kind === "word" || (x.norm === "," && k === a.length - 1))) out.pop();
        out.push(c);
      }
      continue;
    }
    if (!SAY_VERBS.has(t.norm) && !(TOLL_VERBS.has(t.norm) && TOLL_OBJECT.test(normsOf(tokens, i + 1, i + 5))) && !(GIVEN.has(t.norm) && GIVEN_COUNT.test(normsOf(tokens, i + 1, i + 8))) && !givenBy(tokens, i) && !(SHOW_VERBS.has(t.norm) && DATA_SHOW.test(tokens[i - 1]?.norm ?? "") && dataOwner(tokens[i - 2], i === 2))) continue;
    // ("…, killing at least 11 people, in what President Vladimir Putin said was retaliation": how he called the attack, not a
    // source of its figures)
    if (/\b(?:in|of|for)\s+what\s+(?:\S+\s+){1,5}$/.test(normsOf(tokens, Math.max(0, i - 7), i) + " ")) continue;
    // "Kyiv denied the claim and said 20 Russian drones were shot down": who denied it says the figure
    if (tokens[i - 1]?.norm === "and") {
      let k = i - 2;
      while (k >= 0 && !CONTRA_VERBS.has(tokens[k]!.norm) && !STOP_BACK.has(tokens[k]!.norm) && i - k < 10) k--;
      if (k > 0 && CONTRA_VERBS.has(tokens[k]!.norm)) {
        let j = k - 1;
        while (j >= 0 && !STOP_BACK.has(tokens[j]!.norm) && k - j < 10) j--;
        const c = j + 1 < k ? identify(clean(tokens, j + 1, k - 1), i) : null;
        if (c) {
          out.push(c);
          continue;
        }
      }
    }
    // "Russia's defence ministry did not comment on Tatarstan but said it had destroyed two drones": the subject of the
    // clause the verb is coordinated with
    if (tokens[i - 1]?.norm === "but" || tokens[i - 1]?.norm === "and") {
      const c = coordinatedSubject(tokens, i - 1);
      if (c) {
        out.push({ ...c, at: i });
        continue;
      }
    }
    // ("Ukraine has declared three days of mourning in Sumy": what was proclaimed, not a statement of the figures)
    if ((t.norm === "declared" || t.norm === "announced") && PROCLAIMED.test(normsOf(tokens, i + 1, i + 6))) continue;
    // ("a strike claimed the lives of 11 people": what it took, not what it said)
    if (t.norm === "claimed" && TOOK_LIVES.test(normsOf(tokens, i + 1, i + 4))) continue;
    // ("a day after the United States pledged to send tanks": a name, not a verb)
    if (t.norm === "states" && tokens[i - 1]?.norm === "united") continue;
    // ("In the largest drone attack on the peninsula reported so far, the ministry said": what was reported, no one reporting)
    if (t.norm === "reported" && tokens[i + 1]?.norm === "so" && tokens[i + 2]?.norm === "far") continue;
    // "… could not be independently verified", "has not verified Moscow's claim": no one vouches for the figure
    if (t.norm === "verified" && tokens.slice(Math.max(0, i - 3), i).some((w) => /^(?:not|n't|never|cannot|could|unable|independently|yet)$/.test(w.norm))) continue;
    // "This was reported by the Air Force of the Armed Forces of Ukraine": the agent after "by"
    // ("This was reported on the morning of 8 August by the head of …": past when it was)
    const by = tokens[i + 1]?.norm === "by" ? i + 1 : agentAfterTime(tokens, i + 1);
    if (by > 0 && (tokens[i - 1]?.norm === "was" || tokens[i - 1]?.norm === "were" || tokens[i - 1]?.norm === "been" || tokens[i - 1]?.norm === "as" || givenBy(tokens, i))) {
      let k = by + 1;
      // ("… by Oleh Kiper and the energy company DTEK": the first of them)
      // ("Ukrainian and Russian officials": one phrase)
      // (nor past when it was: "given by the regional administration after the search ended")
      while (k < tokens.length && ![",", ";", ".", "—", ":", "on", "in", "after", "before", "when", "once"].includes(tokens[k]!.norm) && !(tokens[k]!.norm === "and" && !DEMONYM.test(tokens[k - 1]!.norm)) && k - by <= 11) k++;
      const c = identify(clean(tokens, by + 1, k - 1), i);
      if (c) {
        out.push(c);
        continue;
      }
    }
    // "Three people have now been confirmed dead", "were reported injured": a passive names no speaker
    // (and past an adverb of when: "The death toll was earlier reported as 12")
    const passiveAt = /^(?:earlier|initially|previously|originally|first|also|later|now)$/.test(tokens[i - 1]?.norm ?? "") ? i - 2 : i - 1;
    if (BE_OR_BEEN_BE.test(tokens[passiveAt]?.norm ?? "")) continue;
    // (a translated ", informed at that time the Air Force" names its speaker after the verb, whatever stands before it)
    const after = invertedSpeaker(tokens, i, true);
    if (after && after.side !== "unknown") {
      out.push(after);
      continue;
    }
    // "X said": walk back over the noun phrase. With a comma before the verb, the speaker is one
    // of the comma-separated segments before it: "…, Tymur Tkachenko, head of the city
    // administration, said" — the one the lexicon knows wins, else the nearest.
    const segments: Array<[number, number]> = [];
    const asides: Array<[number, number]> = [];
    // ("Tymur Tkachenko, head of the city military administration, now says": past an adverb before the verb)
    let verb = i;
    while (verb > 1 && SPEECH_ADVERBS.has(tokens[verb - 1]!.norm) && tokens[verb - 2]!.norm === ",") verb--;
    // ("Vyacheslav Gladkov, the Belgorod governor, has reported": past the auxiliary, to the comma before it)
    if (verb > 1 && HAVE_WORD.test(tokens[verb - 1]!.norm) && tokens[verb - 2]!.norm === ",") verb--;
    let end = verb - 1;
    // "the UN Human Rights Monitoring Mission in Ukraine (HRMMU) said", "The Russian Ministry of Defense (MoD) claimed": past
    // the abbreviation in brackets
    // (or the other name of a name: "Ukrainian Railways (Ukrzaliznytsia) says")
    if (tokens[end]?.norm === ")" && tokens[end - 2]?.norm === "(" && (ACRONYM.test(tokens[end - 1]?.text ?? "") || (STARTS_UPPER.test(tokens[end - 1]?.text ?? "") && STARTS_UPPER.test(tokens[end - 3]?.text ?? "")))) end -= 3;
    // "Together with the 40 drones it said it had shot down": the pronoun is the speaker, not the phrase before it
    const pronoun = SUBJECT_PRONOUNS.has(tokens[end]?.norm ?? "");
    if (pronoun) segments.push([end, end]);
    for (let n = 0; n < 3 && end >= 0 && !pronoun; n++) {
      if (tokens[end]?.norm === ",") end--;
      let j = end;
      // (the bracket passed, which does not count towards the phrase's length)
      let bracketed = 0;
      for (;;) {
        while (j >= 0 && !STOP_BACK.has(tokens[j]!.norm) && end - j < 10 + bracketed) j--;
        // (a name's quoted part: 'the Operational Command "South" said')
        const opening = quotedNamePart(tokens, j);
        if (opening !== null) {
          j = opening - 1;
          continue;
        }
        // (a figure's bracketed other unit inside an aside: "The Kursk nuclear plant, about 60 km (38 miles) from the Ukrainian
        // border, said")
        if (tokens[j]?.norm === ")" && tokens[j - 3]?.norm === "(" && tokens[j - 2]?.kind === "number") {
          j -= 4;
          bracketed += 4;
          continue;
        }
        // (an aside's "that": "Ukraine's Air Force, rejecting that claim, said")
        if (tokens[j]?.norm === "that" && ASIDE_VERBS.test(tokens[j - 1]?.norm ?? "")) {
          j -= 1;
          continue;
        }
        // "Ukrainian and Polish officials said": one speaker, both adjectives
        if (tokens[j]?.norm !== "and" || !DEMONYM.test(tokens[j - 1]?.norm ?? "") || !DEMONYM.test(tokens[j + 1]?.norm ?? "")) break;
        j -= 2;
      }
      // (an aside on how it was said, whatever words it holds, is passed to the speaker before it: "Zelensky, speaking in Warsaw
      // after talks with Polish Prime Minister Donald Tusk, says": its "after" is no clause's edge, and the one he met no speaker)
      if (tokens[j]?.norm !== "," && tokens[verb - 1]?.norm === ",") {
        const comma = tokens.findLastIndex((t, k) => k < j && k >= j - 12 && t.norm === ",");
        if (comma > 0 && ASIDE_VERBS.test(tokens[comma + 1]?.norm ?? "")) {
          end = comma;
          continue;
        }
      }
      // "The mission says it has so far verified 16 deaths": the speaker is the first verb's
      if (tokens.slice(j + 1, end).some((w, k) => SAY_VERBS.has(w.norm) && SUBJECT_PRONOUNS.has(tokens[j + 2 + k]?.norm ?? ""))) break;
      // "Oleksandr Vilkul, who heads the city's military administration, says": the clause describes the speaker before it
      if ((tokens[j]?.norm === "who" || tokens[j]?.norm === "which") && tokens[j - 1]?.norm === "," && tokens[verb - 1]?.norm === ",") {
        end = j - 1;
        continue;
      }
      // (an aside on how it was said comes last: "A senior Pentagon official, briefing journalists in Washington, says";
      // but "a spokesman, speaking for the Odesa administration, said" may name no one else)
      if (j < end) (ASIDE_VERBS.test(tokens[j + 1]!.norm) ? asides : segments).push([j + 1, end]);
      if (tokens[j]?.norm !== "," || tokens[verb - 1]?.norm !== ",") break;
      end = j;
    }
    // the speaker follows any number in the phrase: "since the beginning of 2024 the Air Force has recorded"
    const candidates = [...segments, ...asides]
      .map(([a, b]): [number, number] => {
        let from = a;
        for (let k = a; k <= b; k++) if (tokens[k]!.kind === "number") from = MONTH_WORD.test(tokens[k + 1]?.text ?? "") ? k + 2 : k + 1;
        return [from, b];
      })
      // (a clause further back is no speaker: "Ukrainian shelling killed three people on Sunday, Vladimir Leontiev, who heads …,
      // said"; the phrase next to the verb may hold one, "what Ukraine's Air Force counted")
      .filter(([a, b], k) => k === 0 || !TOLD_CLAUSE.test(normsOf(tokens, a, b + 1)))
      .map(([a, b]) => identify(clean(tokens, a, b), i))
      .filter((c): c is Claimant => c !== null);
    // "the head of the regional military administration, Ruslan Zaparaniuk, said": the person, with the office's side
    const office = candidates.find((c) => c.side === "local");
    // ("Tymur Tkachenko, the head of the Kyiv city military administration, said": both known; the person is named)
    const sided = candidates.filter((c) => c.side !== "unknown" && c.side !== "local");
    const best =
      sided.find((c) => PERSON_NAME.test(c.name)) ??
      sided[0] ??
      (office && candidates[0]?.side === "unknown" && !isPronounClaimant(candidates[0]) ? { ...candidates[0], side: office.side } : candidates[0]);
    if (best) {
      // ("The mayor of Novorossiysk, Andrei Kravchenko, said": the office's Russian city decides, not the surname)
      out.push(best.side === "UA" && office && ofRussianPlace(office.name) ? { ...best, side: "RU" } : best);
      continue;
    }
    const c = invertedSpeaker(tokens, i);
    if (c) out.push(c);
  }
  return out;
}

// the words a phrase of when opens on, between a saying and its agent (agentAfterTime, REPORTED_BY)
const WHEN_WORDS = ["on", "in", "at", "late", "early", "earlier", "later"] as const;
const WHEN_OPENING: ReadonlySet<string> = new Set(WHEN_WORDS);

// "The final toll, given by the regional administration after the search ended, was 46 dead": a count named by whose it is, in
// an aside after it (not "a toll given in Kyiv", nor "by" a time: "given by Monday")
const ASIDE_COUNT = /^(?:toll|tolls|figures?|numbers?|count|tally|total|estimate)$/;
function givenBy(tokens: readonly Token[], i: number): boolean {
  return (GIVEN.has(tokens[i]!.norm) || tokens[i]!.norm === "reported" || tokens[i]!.norm === "announced") && tokens[i + 1]?.norm === "by" && tokens[i - 1]?.norm === "," && ASIDE_COUNT.test(tokens[i - 2]?.norm ?? "");
}

/** "reported on the morning of 8 August by the head of …": the "by" after a phrase of when (from `at`), or -1. */
function agentAfterTime(tokens: readonly Token[], at: number): number {
  if (!WHEN_OPENING.has(tokens[at]?.norm ?? "")) return -1;
  for (let k = at + 1; k < tokens.length && k - at <= 8; k++) {
    const t = tokens[k]!;
    if (t.norm === "by") return k;
    if (t.kind !== "word" && t.kind !== "number") return -1;
  }
  return -1;
}

const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([['"', '"'], ["”", "“"], ["'", "'"], ["’", "‘"]]);

/**
 * A name's part in quotes, as translated copy writes Ukraine's commands ('Operational Command "South"', 'Air Command “West”'):
 * the opening quote's index when the quote at `close` ends one or two capitalised words that follow a capitalised word; else null.
 */
function quotedNamePart(tokens: readonly Token[], close: number): number | null {
  const opening = QUOTE_PAIRS.get(tokens[close]?.norm ?? "");
  if (opening === undefined) return null;
  const open = [close - 2, close - 3].find((k) => k >= 1 && tokens[k]!.norm === opening);
  if (open === undefined) return null;
  const words = tokens.slice(open + 1, close);
  return words.every((w) => w.kind === "word" && STARTS_UPPER.test(w.text)) && STARTS_UPPER.test(tokens[open - 1]!.text) && tokens[open - 1]!.kind === "word" ? open : null;
}

const OBJECT_PRONOUN: ReadonlyMap<string, string> = new Map([["him", "he"], ["her", "she"], ["them", "they"]]);
const POSSESSIVE_SPEAKER: ReadonlyMap<string, string> = new Map([["his", "he"], ["her", "she"], ["their", "they"], ["its", "it"]]);
const WORDS_NOUN = /^(?:words|data|information)$/;

/**
 * Whose words a translated "by his words", "by the data of the Air Force", "according to the information of the regional
 * administration" (from `at`, past the preposition) gives: the speaker's phrase, a possessive as its pronoun ("he"); else null
 * (not "in other words", "by the data we have").
 */
function wordsOf(tokens: readonly Token[], at: number): string | null {
  const pronoun = POSSESSIVE_SPEAKER.get(tokens[at]?.norm ?? "");
  if (pronoun !== undefined) return WORDS_NOUN.test(tokens[at + 1]?.norm ?? "") ? pronoun : null;
  const noun = tokens[at]?.norm === "the" ? at + 1 : at;
  if (!WORDS_NOUN.test(tokens[noun]?.norm ?? "") || !/^(?:of|from)$/.test(tokens[noun + 1]?.norm ?? "")) return null;
  let end = noun + 2;
  while (end < tokens.length && ![",", ";", ".", "—", ":", "citing", "|"].includes(tokens[end]!.norm) && end - noun < 14) end++;
  return end > noun + 2 ? clean(tokens, noun + 2, end - 1) : null;
}

// (a person's name, the office's or body's word, or a known official alone: "Air Force", "President Volodymyr Zelensky")
// (a command or force is a body as a ministry is: "(Defence Forces of the South)", "(Operational Command East)")
const BRACKET_BODY = /\b(?:forces|command|navy)\b/i;
const NAME_AT_END = /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u;

/**
 * The source a sentence gives in brackets at its end, as fact boxes and region lists do: "In Mykolaiv, two people were
 * killed and six injured (governor Vitaliy Kim)." An official or body of a known side only: not "(local time)", "(Kh-101)",
 * a place's "(Kharkiv region)" or an outlet.
 */
const isBar = (t: Token): boolean => t.norm === "|";

// "the Air Force's single-night record still stands at 479 drones", "the previous record, which the Air Force logged on the night
// of 9-10 November, was 145 drones": the body the record is told as kept by
const RECORD_KEEPER =
  /\b((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s\s+(?:[\w-]+\s+){0,2}record\b|\brecord,?\s+(?:which|that)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s+(?:logged|recorded|counted|reported|registered)\b/gu;

/** Whose count a recalled record is, when the sentence says so: a side's body or a third party, else null. */
export function recordKeeper(text: string): Claimant | null {
  // (each "…'s record" in turn: "Monday's record attack surpassed the Air Force's previous record" is the Air Force's)
  for (const m of text.matchAll(RECORD_KEEPER)) {
    const c = identify((m[1] ?? m[2]!).trim(), 0);
    if (c && (c.side === "UA" || c.side === "RU" || c.side === "other") && !isPronounClaimant(c) && !isPlaceName(c.name)) return c;
  }
  return null;
}

/** The source each cell of a table row ends in, bracketed as bracketSource reads a sentence's. */
function cellSources(tokens: readonly Token[]): Claimant[] {
  const out: Claimant[] = [];
  let from = 0;
  for (let k = 0; k <= tokens.length; k++) {
    if (k < tokens.length && !isBar(tokens[k]!)) continue;
    const c = k - from >= 3 ? bracketSource(tokens.slice(from, k)) : null;
    if (c) out.push({ ...c, at: c.at + from });
    from = k + 1;
  }
  return out;
}

function bracketSource(tokens: readonly Token[]): Claimant | null {
  let close = tokens.length - 1;
  if (tokens[close]?.norm === "." || tokens[close]?.norm === "!") close--;
  if (tokens[close]?.norm !== ")") return null;
  const open = tokens.findLastIndex((t, k) => k < close && t.norm === "(");
  if (open < 1 || close - open < 2 || close - open > 9) return null;
  const inside = tokens.slice(open + 1, close);
  if (!inside.every((t) => t.kind === "word" || t.norm === "'")) return null;
  // (a heading's "(Russian Defence Ministry figures)" names its section's source: see headingSource)
  if (/^(?:figures|data|count|tally|statement|numbers|estimates?|unless|stated|otherwise)$/.test(inside.at(-1)!.norm) || inside.some((t) => t.norm === "from")) return null;
  const phrase = clean(tokens, open + 1, close - 1);
  if (findPlaces(phrase).some((p) => p.at === 0) && !AUTHOR_WORDS.test(phrase)) return null;
  // (or a known official's surname alone, as a table's later rows repeat the one its first named in full: "Six injured (Kiper)")
  if (!AUTHOR_WORDS.test(phrase) && !BRACKET_BODY.test(phrase) && !NAME_AT_END.test(phrase) && !SURNAME_ONLY.test(phrase)) return null;
  const c = identify(phrase, open);
  return c && c.side !== "unknown" && !isPronounClaimant(c) ? c : null;
}

// the verb that ends a clause's subject: "did not comment", "declined to", "has not confirmed"
// (in the present too, and a speaking of something: "Russia's Defence Ministry calls it a … and says that …", "Crimea's
// Russian-installed authorities spoke of a drone attack … and said a man had been hurt")
const CLAUSE_VERB = /^(?:did|does|do|was|were|is|are|had|has|have|would|will|could|declined|refused|gave|gives|made|makes|denied|denies|rejected|rejects|offered|provided|published|blamed|blames|accused|accuses|called|calls|described|describes|spoke|speaks)$/;
const QUOTE_MARKS = new Set(["“", "”", '"']);

/** The source a verb after "but"/"and" shares with its clause's opening: "The ministry did not comment on X but said …". */
function coordinatedSubject(tokens: readonly Token[], conj: number): Claimant | null {
  let start = conj - 1;
  for (; start >= 0 && ![",", ";", ":", ".", "—"].includes(tokens[start]!.norm); start--) {
    if (!QUOTE_MARKS.has(tokens[start]!.norm)) continue;
    // (a quotation inside the clause is passed over whole: 'calls it a "massive strike" and says'; an opening one ends it)
    const opening = tokens.findLastIndex((t, k) => k < start && QUOTE_MARKS.has(t.norm));
    const closes = tokens.slice(0, start).filter((t) => QUOTE_MARKS.has(t.norm)).length % 2 === 1;
    if (!closes || opening < 0) break;
    start = opening;
  }
  start += 1;
  const verb = tokens.findIndex((t, k) => k > start && k < conj && CLAUSE_VERB.test(t.norm));
  if (verb < 0 || verb - start > 6) return null;
  const c = identify(clean(tokens, start, verb - 1), conj);
  return c && c.side !== "unknown" && c.side !== "local" && !isPronounClaimant(c) ? c : null;
}

/** "on Telegram", "via his Facebook page": where a speaker posted, after his name. */
const onChannel = (tokens: readonly Token[], k: number): boolean =>
  (/^(?:on|via)$/.test(tokens[k]!.norm) && /^(?:telegram|facebook|x|twitter|his|her|its|their)$/.test(tokens[k + 1]?.norm ?? "")) ||
  // ("informed the head of the administration Oleh Syniehubov in his Telegram channel")
  (tokens[k]!.norm === "in" && /^(?:his|her|its|their)$/.test(tokens[k + 1]?.norm ?? ""));

/**
 * ", said the regional governor" (inverted); translated copy inverts other verbs too: ", informed the head of the
 * regional administration", "as informed the Air Force", "informed at that time the Air Force".
 */
function invertedSpeaker(tokens: readonly Token[], i: number, strict = false): Claimant | null {
  if (!INVERTED_VERBS.has(tokens[i]!.norm)) return null;
  // ('"Two people were killed," - wrote Lysak on Telegram': a translated quote's dash before its verb)
  const before = /^[-–—]$/.test(tokens[i - 1]?.norm ?? "") && /^[,"”]$/.test(tokens[i - 2]?.norm ?? "") ? i - 2 : i - 1;
  // ("About this informed the head of the regional administration Serhiy Lysak.": as translated copy opens a sentence)
  const aboutThis = before === 1 && tokens[0]!.norm === "about" && /^(?:this|that|it)$/.test(tokens[1]!.norm);
  if (!(tokens[before]?.norm === "," || tokens[before]?.norm === "”" || tokens[before]?.norm === '"' || tokens[before]?.norm === "as" || aboutThis)) return null;
  let first = i + 1;
  // (past when it was said: "informed at that time the Air Force", "said then the governor")
  if (tokens[first]?.norm === "at" && tokens[first + 1]?.norm === "that" && tokens[first + 2]?.norm === "time") first += 3;
  else if (/^(?:then|later|earlier|also)$/.test(tokens[first]?.norm ?? "")) first += 1;
  if (!SOURCE_OPENING.test(tokens[first]?.text ?? "")) return null;
  // (the body a press office speaks for, however long its name: "reported the press service of the Ministry of Emergency
  // Situations of Russia")
  const pressOffice = PRESS_OFFICE_OF.exec(normsOf(tokens, first, first + 6));
  if (pressOffice) first += pressOffice[0].trim().split(" ").length;
  let k = first;
  // ("said officials who were at the scene": the speaker ends at the relative clause)
  // (and where it was said: "wrote Lysak on Telegram")
  while (k < tokens.length && ![",", ";", ".", "—", "who", "which", "that"].includes(tokens[k]!.norm) && !onChannel(tokens, k) && k - first <= 9) k++;
  // (not what was said: "Moscow, which had bragged about hits …, said the missile was Ukrainian")
  if (tokens.slice(first, k).some((x) => FINITE.has(x.norm))) return null;
  // (before the speaker a sentence may have named: only a phrase that ends the clause and counts nothing, not "said
  // Russia fired 84 cruise missiles")
  if (strict && (k - first > 8 || tokens.slice(first, k).some((x) => x.kind === "number" || /ed$/.test(x.norm) || WEAPON_NOUNS.has(x.norm)))) return null;
  const who = identify(clean(tokens, first, k - 1), i);
  // "…, said Yuriy Pohuliaiko, head of the Volyn regional administration": the office after the name gives its side
  return who && tokens[k]?.norm === "," ? withOfficeSide(tokens, who, k, i) : who;
}

/** A name the lexicon does not know (side "unknown") takes the side of the office told after its comma (at `comma`), if any. */
function withOfficeSide(tokens: readonly Token[], who: Claimant, comma: number, at: number): Claimant {
  if (who.side !== "unknown") return who;
  let end = comma + 1;
  while (end < tokens.length && ![",", ";", ".", "—"].includes(tokens[end]!.norm) && end - comma <= 12) end++;
  // (an office's, not a nationality's: "said Pavel Luzin, a Russian military analyst at the Jamestown Foundation" is no Russian source)
  const words = normsOf(tokens, comma + 1, end);
  const office = end > comma + 1 && OFFICE.test(words) && !EXPERT.test(words) ? identify(clean(tokens, comma + 1, end - 1), at) : null;
  return office && office.side !== "unknown" && !isPronounClaimant(office) ? { ...who, side: office.side } : who;
}
// a clause that tells what happened, not who says it (see findClaimants' segments)
const TOLD_CLAUSE = /\b(?:killed|injured|wounded|struck|hit|launched|fired|shelled|attacked|destroyed|downed)\b/;
const OFFICE = /\b(?:head|chief|governor|mayor|minister|ministry|administration|spokes(?:man|woman|person)|commander|council|headquarters|service|police|air force|general staff|secretary|deputy|adviser|advisor|aide|envoy|ambassador|official)\b/;
const EXPERT = /\b(?:analysts?|experts?|researchers?|fellow|scholar|journalists?|commentators?|bloggers?|observers?|historians?|professor|lecturer|correspondents?|think\s+tank)\b/;

// "02:27 - Terekhov: a series of explosions …", "03:05 - Oleh Syniehubov, head of the Kharkiv regional military
// administration: the enemy struck …": a relayed post opens with its author and a colon
// ("09:05 Update: Terekhov: …", "[05:45] Kyiv: Tkachenko: …", "Updated 07:05: Klitschko: …": a live entry's stamp, its
// label and the place it is about come first)
const INLINE_POST =
  /^\s*(?:\[?\d{1,2}[:.]\d{2}\]?\s*(?:[-–—|]\s*)?(?:(?:[Uu]pdate[sd]?|UPD|Upd)\s*:\s*)?|(?:[Uu]pdated?|UPD|Upd)\s+\d{1,2}[:.]\d{2}\s*:\s*|(?:[Uu]pdate|UPD|Upd)\s*:\s*)?(?:\p{Lu}[\p{L}'’-]+(?:\s+(?:region|oblast))?\s*:\s+(?=\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*:))?([^:.!?"“”()[\]]{2,90}?):\s+\S/u;
const AUTHOR_WORDS = new RegExp(String.raw`\b(?:mayor|governor|head|chief|administration|${ADMINISTRATIONS}|air force|ministry|military|general staff|police|service|spokes(?:man|woman|person)|minister|commander|council|headquarters)\b`, "i");

/** The author a relayed post names before its colon: a known official or body (not a place: "Kyiv: …"). */
export function inlinePostAuthor(line: string): Claimant | null {
  const m = INLINE_POST.exec(line);
  if (!m) return null;
  // "The governor clarifies the figures:": the author is the subject before the verb
  // ("The National Police have given the latest figures:")
  const phrase = m[1]!.split(/\s+(?:clarifie[sd]|corrected|revised|raised|lowered|says|said|reports|reported|adds|added|writes|wrote|confirms|confirmed|updates|updated|told|posts|posted|(?:has|have|had)\s+(?:given|published|released|issued|updated|shared)|gives|gave|publishe[sd]|release[sd]|issue[sd]|shares|shared)\b/)[0]!.trim();
  const parts = bylineParts(phrase);
  const who = authorNamed(parts);
  if (!who) return null;
  return AUTHOR_WORDS.test(phrase) || ((who.side === "UA" || who.side === "RU") && !/ukrain|russia|kyiv|moscow|kremlin/i.test(parts.join(","))) ? who : null;
}

/** A post's byline split at its commas, without the place it is about ("07:05 — Kyiv region, Ruslan Kravchenko: …" is Kravchenko's). */
const bylineParts = (phrase: string): string[] => phrase.split(",").map((p) => p.trim()).filter((p) => p && !placeLabel(p));

/**
 * The author a post's byline names, by its parts (see bylineParts): a known official or body before an office ("Oleh
 * Syniehubov, head of the Kharkiv regional military administration"), an unknown name with the office's side, or the office
 * alone; null for a place.
 */
function authorNamed(parts: readonly string[]): Claimant | null {
  const found = parts.map((p) => identify(p, 0)).filter((c): c is Claimant => c !== null);
  const known = found.find((c) => c.side !== "unknown" && c.side !== "local");
  const office = found.find((c) => c.side === "local");
  return known ?? (office && found[0]?.side === "unknown" ? { ...found[0], side: office.side } : office) ?? null;
}

// "08:10 | Kharkiv region, Oleh Syniehubov", "07:35 — Air Force": a digest's post header names who posted what follows
// (or its stamp comes last, before a colon, and the post on the next line: "Mykolaiv RMA, Vitalii Kim, 06:48:")
// (a post forwarded from Telegram, its author before the channel's stamp in brackets: "Air Force of the Armed Forces of
// Ukraine, [14.03.2025 09:21]"; or a bracketed stamp, then the author and a colon: "[08:45] Oleksandr Prokudin, head of the
// Kherson RMA:")
const BRACKETED_STAMP = String.raw`\[(?:\d{1,2}\.\d{1,2}\.\d{2,4},?\s+)?\d{1,2}[:.]\d{2}\]`;
const POST_HEADER = new RegExp(
  [
    // (a channel's marker may stand before the stamp: "🔴 09:12 | Air Force of the Armed Forces of Ukraine")
    String.raw`^\s*(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?\d{1,2}[:.]\d{2}\s*[|—–-]\s*([^|.!?]{2,80}?)\s*$`,
    String.raw`^\s*([^|.!?:]{2,80}?),\s*\d{1,2}[:.]\d{2}\s*:\s*$`,
    String.raw`^\s*([^|.!?:[\]]{2,80}?),\s*${BRACKETED_STAMP}\s*:?\s*$`,
    String.raw`^\s*${BRACKETED_STAMP}\s*(?:[|—–-]\s*)?([^|.!?:"“”[\]]{2,80}?)\s*:\s*$`,
    // (or the stamp in brackets after the byline, the post on the lines under it: "KYIV – Vitali Klitschko, mayor (10:48)")
    String.raw`^\s*([^|.!?:"“”()[\]]{2,100}?)\s*\(\s*\d{1,2}[:.]\d{2}\s*\)\s*$`,
  ].join("|"),
  "u",
);

// a digest's place in capitals before its dash: "KYIV REGION – "
const PLACE_BEFORE_DASH = /^\p{Lu}[\p{Lu}'’ -]*\s+[—–-]\s+/u;

/** The author a digest's post header names, by the person (or body) it ends with; an unknown name is the region's authority. */
export function postAuthor(line: string): Claimant | null {
  const m = POST_HEADER.exec(line);
  if (!m) return null;
  const header = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
  // (a bracketed stamp tells a post as surely as a digest's bar: its author is the known one its byline names, after the
  // place it is about: "KHARKIV REGION – Oleh Syniehubov, governor (12:30)")
  if (m[3] !== undefined || m[4] !== undefined) return authorNamed(bylineParts(header));
  if (m[5] !== undefined) {
    // (a byline opens on a name or an office, not on a line of news: "Explosions heard in Kyiv (09:12)")
    const byline = header.replace(PLACE_BEFORE_DASH, "");
    const first = byline.split(",")[0]!.trim();
    return PERSON_NAME.test(first) || AUTHOR_WORDS.test(first) ? authorNamed(bylineParts(byline)) : null;
  }
  const parts = header.split(",").map((p) => p.trim()).filter(Boolean);
  const found = identify(parts.at(-1)!, 0) ?? identify(header, 0);
  const who = found?.side === "unknown" && parts.length > 1 ? { ...found, side: "local" as const } : found;
  // (a stamp after words that name no one is no header: "Updated, 10:30:")
  return m[2] !== undefined && who?.side === "unknown" ? null : who;
}

// a post's closing line that is only its author's office and name: "Head of Mykolaiv Regional Military Administration Vitaliy Kim"
const SIGNATURE =
  /^(?:(?:Acting|Deputy|First\s+Deputy)\s+)?(?:Head|Chief|Governor|Mayor|Commander|Spokes(?:man|woman|person)|Secretary|Minister)\b[^.!?:;,\d"“”]{0,90}\s\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*$/u;

/** The author a post signs with on its last line, an official by office and name; null for any other line. */
export function signatureAuthor(line: string): Claimant | null {
  if (!SIGNATURE.test(line)) return null;
  const who = identify(line.trim(), 0);
  // (by the name it closes with: the office is long)
  const name = /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*$/u.exec(line)![0].trim();
  return who && who.side !== "unknown" && who.side !== "other" ? { ...who, name } : null;
}

// a post's closing line that is only its author's name, or his name and office: "Serhii Lysak", "Oleh Kiper, head of Odesa RMA"
const SIGNED_NAME = /^\s*(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s*(?:,\s*([^.!?:;,\d"“”]{3,80}?))?\s*$/u;

/**
 * The author a post (under a header, see postAuthor) signs with on its own closing line: an official by office and name, or a
 * name alone or before an office; a name the lexicon does not know comes back with side "unknown" (the post's header gives it
 * one). Null for a place ("Kyiv region"), a foreign speaker or any other line.
 */
export function postSignature(line: string): Claimant | null {
  const office = signatureAuthor(line);
  if (office) return office;
  const m = SIGNED_NAME.exec(line);
  // (what follows the name is an office, not a place or a date: "Oleh Kiper, head of Odesa RMA", not "Bila Tserkva, Kyiv region")
  if (!m || (m[2] !== undefined && !OFFICE.test(m[2].toLowerCase())) || placeLabel(m[1]!)) return null;
  const who = identify(m[1]!, 0);
  return who && who.side !== "other" && who.side !== "local" && !isPronounClaimant(who) ? who : null;
}

const OFFICIAL_PUBLISHER = /\b(?:military administration|regional administration|city administration|city council|air force|defen[cs]e ministry|ministry of defen[cs]e|general staff|governor|mayor)\b/i;

/**
 * An official body that publishes its own posts ("Kharkiv Regional Military Administration
 * Telegram channel") is the source of what they say; a news outlet is not.
 */
export function officialPublisher(outlet: string | null | undefined): Claimant | null {
  // (the outlet's name, not a description after it: "KyivCity.info (city news portal relaying the military administration)")
  const name = (outlet ?? "").replace(/\s*\(.*\)\s*$/, "").replace(/\s+(?:official\s+)?(?:telegram|website|channel|page|statement)s?\b.*$/i, "").trim();
  if (!OFFICIAL_PUBLISHER.test(name)) return null;
  return identify(name, 0);
}

// "Three thermal power plants of DTEK were damaged, the company said": the company the text names
const COMPANY = /\b(?:Epicentr|DTEK|Ukrenergo|Ukrhydroenergo|Energoatom|Naftogaz|Ukrnafta|Ukrtransgaz|Ukrzaliznytsia|Centrenergo|Rosneft|Lukoil|Transneft|Gazprom|Rosatom|Rosseti)\b/g;

/** The company a "the company said" stands for: the last one the text names, or null. */
export function companyMentioned(text: string): Claimant | null {
  const last = [...text.matchAll(COMPANY)].at(-1);
  return last ? identify(last[0], 0) : null;
}

export const isPronounClaimant = (c: Claimant) => PRONOUNS.has(c.name.toLowerCase());

// (the gazetteer holds regions and cities; a state's own name is read here)
const STATE_NAME = new RegExp(String.raw`^(?:the\s+)?(?:ukraine|russia|russian\s+federation|${namesOf(NEIGHBOUR_STATES)}|united\s+states|us|u\.s\.|uk|britain)$`, "i");
/** A source's name that is only a place ("Ukraine", "Kharkiv region"), no office or body of it: a label of where, not of who. */
export const isPlaceName = (name: string): boolean => STATE_NAME.test(name.trim()) || (!AUTHOR_WORDS.test(name) && findPlaces(name).some((p) => p.at === 0));

// "Figures are from Ukraine's Air Force unless stated otherwise", "per-night figures are taken from the Air Force's morning statements"
// (or told by their participle alone: "Here are key figures, drawn mainly from the daily reports of Ukraine's Air Force", "with
// launch, interception and hit figures taken from the Air Force's morning statements")
const STATED_SOURCE = /\b(?<!casualty\s)(?:figures|numbers|data|counts),?\s+(?:(?:are|were|come|came)\s+(?:taken\s+)?from|(?:are|were)\s+those\s+of|(?:taken|drawn|compiled)\s+(?:(?:mainly|mostly|largely|chiefly)\s+)?from)\s+(?:the\s+)?([^;,.]{3,60}?)(?=\s+unless\b|\s+published\b|\s+between\b|[;,.]|$)/i;

/** The source an article says its figures come from, unless stated otherwise. */
export function statedSource(text: string): Claimant | null {
  const m = STATED_SOURCE.exec(text);
  if (!m) return null;
  const phrase = m[1]!.replace(WHOSE_STATEMENTS, "").trim();
  const c = identify(phrase, 0);
  return c && (c.side === "UA" || c.side === "RU" || c.side === "other") ? c : null;
}

// "Launch figures are those of the Air Force; casualty figures are from local authorities", "casualty figures are the latest given
// by regional military administrations", "casualty figures come from regional authorities and may have changed since": whose the
// tolls are, as a note says once (the weapons' source, see statedSource, does not count the dead)
// (or a note that is only that: "(Casualty figures from regional officials.)"; not "the toll from Sunday's strike rose to 35")
// (figures told by no metric are the tolls' when a local authority gives them, in a note of their own: "Figures from regional
// officials."; not "Figures are those given by the officials named", "the earliest figures came from the regional governor")
// (the figures, not the people: "casualties were reported by the governor" tells of a toll, it is no note)
const TOLL_NOUN = String.raw`(?:casualty|death|toll)\s+(?:figures|numbers|data|counts|tolls)|(?:death\s+)?tolls`;
const TOLL_SOURCE = new RegExp(
  String.raw`\b(?:${TOLL_NOUN}),?\s+(?:(?:are|were|come|came)\s+(?:taken\s+|drawn\s+)?from|(?:are|were)\s+(?:those\s+of|(?:those|the\s+(?:latest|ones|figures))\s+(?:given|reported|released|published|confirmed)\s+by)|(?:taken|drawn|compiled)\s+from)\s+(?:the\s+)?([^;,.()]{3,60}?)(?=\s+(?:at|as|unless|published|between|after|on|in)\b|\s+and\s+(?:may|might|could|can|are|were|is|was|have|has|had|will|would|should)\b|[;,.()]|$)` +
    String.raw`|^\W*(?:notes?\s*:\s*)?(?:${TOLL_NOUN}|(figures|numbers))\s+from\s+(?:the\s+)?([^;,.()]{3,60}?)\W*$`,
  "gi",
);

/** The source a note says the article's tolls come from ("casualty figures are from local authorities"), or null. */
export function statedTollSource(text: string): Claimant | null {
  // (the tolls' clause, past one of the weapons': "Launch figures are those of the Air Force; casualty figures are …")
  for (const m of text.matchAll(TOLL_SOURCE)) {
    const c = identify((m[1] ?? m[3]!).trim(), 0);
    const anyFigures = m[2] !== undefined;
    // (an authority, not a place's people: "figures from local residents")
    const authority = c && (c.side !== "local" || /\b(?:authorities|officials)\b/i.test(c.name) || AUTHOR_WORDS.test(c.name));
    // (the attacked place's authorities or a third party's monitors, not one side's body, whichever side was struck)
    if (c && authority && (c.side === "local" || (c.side === "other" && !anyFigures)) && !isPronounClaimant(c)) return c;
  }
  return null;
}

// a note under a table or chart that names whose figures it gives: "(Source: Ukrainian Air Force. Dates are the morning the
// attack ended.)", "Figures: Air Force", "Sources: UN HRMMU; HRMMU statement of April 24"
const SOURCE_NOTE = /^\W*(?:sources?|figures|data)\s*:\s*([^.()]{3,160})/i;

/** The one source a source note names, or null (for none, an outlet, or several that speak for different sides). */
export function sourceNote(text: string): Claimant | null {
  const m = SOURCE_NOTE.exec(text);
  if (!m) return null;
  // ("Sources: Ukrainian Air Force, Russian Defence Ministry": each side's own figures, no one source of the table's)
  const named = m[1]!.split(/[,;]|\s+and\s+/).map((p) => identify(p.trim(), 0)).filter((c): c is Claimant => c !== null);
  const first = named[0];
  return first && (first.side === "UA" || first.side === "RU" || first.side === "other") && named.every((c) => c.side === first.side) ? first : null;
}

/** A heading that names whose figures its section gives: "UKRAINIAN DRONES OVER RUSSIA (Russian Defence Ministry figures)". */
export function headingSource(text: string): Claimant | null {
  // (or "TIMELINE: the big nights (figures from Ukraine's Air Force unless stated)")
  const m = /\(([^()]{3,60}?)\s+(?:figures|data|count|tally|statement)\)|\((?:figures|data|numbers)\s+(?:are\s+)?from\s+([^()]{3,60}?)(?:\s+unless\s+[^()]*)?\)/i.exec(text);
  const c = m ? identify((m[1] ?? m[2]!).replace(/^(?:according to|the)\s+/i, ""), 0) : null;
  return c && (c.side === "UA" || c.side === "RU" || c.side === "other") ? c : null;
}

// (the body itself, not a place named after it: "near the General Staff building", "an Air Force base")
// (in lower case too, as wires write it: "Russia's defence ministry has given its own overnight tally")
const BODY_MENTION = /\b(?:(?:Ukraine|Russia)['’]s\s+|(?:Ukrainian|Russian)\s+)?(?:Air\s+Force|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|General\s+Staff)\b(?!\s+(?:building|base|headquarters|HQ|airfield|compound|offices?)\b)/i;

// "Kharkiv mayor Ihor Terekhov called it …", "Governor Oleh Syniehubov visited …": a named official opening a sentence
/** A source by its last word, so that "Zaluzhnyi" and "Ukraine's Commander-in-Chief Valerii Zaluzhnyi" are one; null for none. */
export const sourceSurname = (claimant: string | null): string | null => claimant?.toLowerCase().split(/\s+/).at(-1) ?? null;

// (the office word is required: "Russian Shahed drones hit …" and "Vladimir Putin is mocking …" name no source)
const PERSON_OPENING = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:(?:regional|city|deputy)\s+)?(?:mayor|governor|head|chief|minister|spokes(?:man|woman|person))\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+(?=\s+\p{Ll})/u;

// "Zelensky thanked the visitors …", "Saratov Oblast Governor Roman Busargin did not mention the airfield …": a sentence whose
// subject is a name, its verb in lower case right after it (a few capitalised words, none a possessive's)
const NAMED_SUBJECT = /^(?:\p{Lu}[\p{L}.-]*\s+){0,5}\p{Lu}[\p{Ll}-]+(?=\s+(?:(?:also|then|later|again|first|had|has|was|did|would)\s+)?\p{Ll}+(?:ed|s)\b)/u;
// (a body, a country or a people is no "he")
const NOT_A_PERSON = /\b(?:air\s+force|ministry|staff|military|army|forces|command|service|administration|council|office|government|police|company|agency|authorities|officials|kremlin|ukraine|russia|ukrainians?|russians?)\b/i;

/**
 * The person a sentence opens with as its subject, whatever it tells of him: who a "he said" just after it stands for, before
 * any source named further back ("Zelensky thanked her and asked for fighter jets. He said Russia had launched 36 missiles" is
 * Zelensky's, not the Italian prime minister's quoted before). A known person only, not a body or a country.
 */
export function subjectPerson(text: string): Claimant | null {
  const m = NAMED_SUBJECT.exec(text.trimStart());
  if (!m || NOT_A_PERSON.test(m[0]) || isPlaceName(m[0])) return null;
  const c = identify(m[0], 0);
  return c && (c.side === "UA" || c.side === "RU" || c.side === "other") && !PRONOUNS.has(c.name.toLowerCase()) ? c : null;
}

// a source by a surname alone, one word: "Kim said"
const SURNAME_ONLY = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * The full name a surname alone stands for, as the text before named that person ("By 8:20 a.m. regional governor Vitaliy Kim
 * was reporting three dead. … By Thursday the number of dead had risen to seven, Kim said."): the last "First Surname" in
 * `before` that the lexicon gives a side, though it did not quote him. Null for a surname the text named no one by, or only
 * someone of no known side; a surname that is itself known needs no reading ("Lysak said").
 */
export function surnameMentioned(c: Claimant, before: string): Claimant | null {
  if (c.side !== "unknown" || !SURNAME_ONLY.test(c.name) || !before.includes(c.name)) return null;
  const full = new RegExp(String.raw`\b(\p{Lu}[\p{Ll}'’-]+)\s+${c.name}\b`, "gu");
  for (const m of [...before.matchAll(full)].reverse()) {
    const who = identifySpeaker(m[0]);
    if (who && (who.side === "UA" || who.side === "RU" || who.side === "other")) return { ...c, name: m[0], side: who.side };
  }
  return null;
}

/** A known official a sentence opens with, without quoting him ("Kharkiv mayor Ihor Terekhov called it …"): who a next "he said" is. */
export function personMentioned(text: string): Claimant | null {
  const m = PERSON_OPENING.exec(text);
  const c = m ? identify(m[0], 0) : null;
  if (c && c.side !== "unknown" && !PRONOUNS.has(c.name.toLowerCase())) return c;
  // (or one who names the attack in it: "Kharkiv then had what Mayor Ihor Terekhov called the most powerful attack …")
  const named = WHAT_PERSON_CALLED.exec(text)?.[1];
  const who = named && !NOT_A_PERSON.test(named) ? identify(named, 0) : null;
  return who && (who.side === "UA" || who.side === "RU" || who.side === "other") && !PRONOUNS.has(who.name.toLowerCase()) ? who : null;
}
const WHAT_PERSON_CALLED = /\bwhat\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{Ll}'’-]+)\s+(?:called|calls|described|describes|termed)\b/u;

// "This was reported by the Air Force of the Armed Forces of Ukraine on Telegram": the source of the sentence before
// ("This was reported by Oleh Kiper and the energy company DTEK": the first of them)
// ("This was reported on the morning of 8 August by the head of …": past when it was)
// ("by Ukrainian and Polish officials": an "and" after a people's adjective joins one phrase; the neighbours' from countries.ts)
const REPORTED_BY = new RegExp(
  String.raw`^\W*(?:This|That|It|The\s+(?:information|news|figures?|data))\s+(?:was|were|has\s+been|have\s+been|is)\s+(?:reported|stated|announced|said|confirmed|posted|published|shared|communicated)\s+(?:(?:${WHEN_WORDS.join("|")})\s+[^,.;:]{1,40}?\s+)?by\s+(?:the\s+)?(.{3,90}?)(?=\s+(?:on|in|via)\s+(?:Telegram|Facebook|X|its|his|her|the|a)\b|(?<!\b(?:Ukrainian|Russian|${peopleOf(STRAY_NEIGHBOURS)}|American|British|French|German))\s+and\s+|\s*[,.;]|$)`,
  "u",
);

// "President of Ukraine Volodymyr Zelensky said this on Telegram, an Ukrinform correspondent reports": the same, told actively
// ("this" that ends its clause: not "said this morning that …", "said this week", "said this was …")
const SAID_THIS = /^\W*(?:the\s+)?(.{3,90}?)\s+(?:(?:has|have)\s+)?(?:said|reported|stated|announced|wrote|posted|shared|confirmed)\s+(?:about\s+)?this(?=\s+(?:on|in|via|at|during|after|while|when)\b|\s*[,.;]|\s*$)/u;

// "About this informed the head of Dnipropetrovsk regional military administration Serhiy Lysak.": translated copy's order
const ABOUT_THIS = /^\W*About\s+(?:this|that|it)\s+(?:informed|reported|said|wrote|stated|announced|told)\s+(?:the\s+)?(.{3,90}?)(?=\s+(?:on|in|via)\s+(?:Telegram|Facebook|X|its|his|her|their|the|a)\b|\s*[,.;]|$)/u;

/** The source a "This was reported by …" (or "X said this on Telegram") sentence gives for the sentence before it, or null. */
export function reportedBy(text: string): Claimant | null {
  const m = REPORTED_BY.exec(text) ?? SAID_THIS.exec(text) ?? ABOUT_THIS.exec(text);
  if (!m) return null;
  // ("This was reported by Ukrainska Pravda, citing the Air Force": the one cited; an outlet alone is no source)
  const citing = /,?\s+citing\s+(?:the\s+)?(.{3,60}?)(?:[,.;]|$)/.exec(text.slice(m.index + m[0].length))?.[1];
  const c = identify(citing ?? m[1]!, 0);
  return c && c.side !== "unknown" && !isPronounClaimant(c) ? c : null;
}

/** Who a table cell of sources names ("Defence Ministry", "Sergei Aksyonov"), when the lexicon knows their side. */
export function cellClaimant(cell: string, at: number): Claimant | null {
  const c = identify(cell.replace(/\*/g, "").trim(), at);
  return c && c.side !== "unknown" && !isPronounClaimant(c) && !isPlaceName(c.name) ? c : null;
}

/** An official body a sentence mentions without quoting it ("Ukraine's Air Force has the numbers for the night"): what a next "it says" refers to. */
export function bodyMentioned(text: string): Claimant | null {
  const m = BODY_MENTION.exec(text);
  const c = m ? identify(m[0], 0) : null;
  // (a bare "The Defence Ministry's version was more detailed": the attacked side's, as a bare "the ministry said" is)
  return c && (c.side === "UA" || c.side === "RU" || (c.side === "local" && /ministry/i.test(c.name))) ? c : null;
}

// a name of two to four capitalised words: "Yurii Ihnat", "Air Force", "Ukrainian Air Force Commander" (a title before a name
// is a phrase of its own, so "Ukrainian Air Force Commander Mykola Oleshchuk" still yields "Mykola Oleshchuk")
const CAPITALISED_NAME = /\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}/gu;

/**
 * The first one a text names whose side is known, a person before a body ("Air Force spokesman Yurii Ihnat" is Ihnat); null
 * for none. (What an interview's headline introduces: see interviewee.)
 */
export function namedPersonIn(text: string): Claimant | null {
  const named = [...text.matchAll(CAPITALISED_NAME)]
    .map((m) => ({ phrase: m[0], who: identify(m[0], 0) }))
    .filter(({ phrase, who }) => who && (who.side === "UA" || who.side === "RU" || who.side === "other") && !isPronounClaimant(who) && !isPlaceName(phrase));
  return (named.find(({ phrase }) => !NOT_A_PERSON.test(phrase)) ?? named[0])?.who ?? null;
}
