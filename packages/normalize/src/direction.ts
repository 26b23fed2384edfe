import type { Metric, Side } from "@salvo/core";
import { AIR_FORCE } from "./claimants.ts";
import type { Token } from "./tokens.ts";
import { matchesOf } from "./matches.ts";
import { UA_MODEL_NAMED } from "./lexicon.ts";

const ATTACK_VERBS = new Set(["launched", "fired", "attacked", "unleashed", "struck", "targeted", "hit", "hits", "sent", "shelled", "bombarded", "pounded", "launches", "attacks", "strikes", "carried", "used"]);
// as nouns these are everywhere ("a Ukrainian official said the attack …"); only "to attack" is a verb
const INFINITIVES = new Set(["attack", "strike", "launch"]);
const RU_WORDS = new Set(["russia", "russian", "russians", "moscow", "kremlin", "russia's", "moscow's"]);
const UA_WORDS = new Set(["ukraine", "ukrainian", "ukrainians", "kyiv", "kiev", "ukraine's", "kyiv's", "kiev's"]);

const REPORTED = new Set(["reported", "cited", "confirmed", "counted", "recorded", "described", "named", "announced", "documented", "verified", "claimed"]);
const CLAUSE_EDGE = new Set(["and", ",", ";", "when", "which", "that", "after", "while", "but", "as"]);
const SAYS = new Set(["said", "says", "reported", "reports", "claimed", "claims", "stated", "announced", "added", "adds"]);
const TELLER_PRONOUNS = new Set(["it", "they", "its", "their", "we", "our"]);
const BE = new Set(["was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"]);
// the verbs that ask for or allow a strike: "allow Ukraine to hit", "urged Russia to strike"
const UNMADE = new Set(["allow", "allows", "allowed", "allowing", "let", "lets", "letting", "permit", "permits", "permitted", "permitting", "enable", "enables", "enabled", "enabling", "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "want", "wants", "wanted", "authorise", "authorised", "authorize", "authorized"]);
const ADVERBS = new Set(["last", "also", "again", "repeatedly", "heavily", "reportedly", "then", "once", "first", "twice", "previously", "already", "not", "badly", "directly"]);

export const opposite = (s: Side): Side => (s === "UA" ? "RU" : s === "RU" ? "UA" : "other");

/** "Russia launched …", "Ukrainian forces attacked …": the attacker named as the subject of an attack verb. */
export function subjectAttacker(tokens: readonly Token[], before: number): Side | null {
  for (let i = Math.min(before, tokens.length - 1); i >= 0; i--) {
    const w = tokens[i]!.norm;
    if (!ATTACK_VERBS.has(w) && !(INFINITIVES.has(w) && tokens[i - 1]?.norm === "to")) continue;
    // ("Ukraine used 40 interceptor drones to down 30 Shaheds": the defence's own drones)
    if (tokens.slice(i + 1, i + 5).some((t) => /^interceptors?$/.test(t.norm))) continue;
    // "Kyiv was last hit this hard on June 17": the passive's subject is the target
    let b = i - 1;
    while (b >= 0 && ADVERBS.has(tokens[b]!.norm)) b--;
    if (b >= 0 && BE.has(tokens[b]!.norm)) continue;
    // "Ukraine's Air Force counted 122 missiles launched": weapons do not launch themselves, the participle has no subject
    // (nor does an attack: "at Ukrainian cities in a barrage launched overnight, killing 30" names the target, not who launched)
    if (/^(?:launched|fired|carried)$/.test(w) && /^(?:missiles?|drones?|uavs?|shaheds?|rockets?|targets|weapons|barrages?|attacks?|strikes?|salvos?|waves?|raids?|assaults?)$/.test(tokens[i - 1]?.norm ?? "")) continue;
    // "Russia launched", "the Ukrainian Armed Forces had attempted to attack"
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const w = tokens[k]!.norm;
      // "killed 33 people in Kyiv and hit the hospital": Kyiv ends the clause before, it is not the subject
      if (CLAUSE_EDGE.has(w)) break;
      // "Russia's Defence Ministry says eight drones attacked Moscow": who says it, not the subject of what it tells
      // (unless a pronoun after it stands for the teller: "Russia said it launched 40 drones")
      if (SAYS.has(w) && !TELLER_PRONOUNS.has(tokens[k + 1]?.norm === "that" ? (tokens[k + 2]?.norm ?? "") : (tokens[k + 1]?.norm ?? ""))) break;
      // "The deadliest strike reported by Ukrainian officials hit a military unit": who told of it, not who struck
      const teller = [1, 2].some((d) => tokens[k - d]?.norm === "by" && REPORTED.has(tokens[k - d - 1]?.norm ?? ""));
      if (!RU_WORDS.has(w) && !UA_WORDS.has(w)) continue;
      if (teller) continue;
      // ("renewed his appeal to allies to allow Ukraine to hit Russian airfields": a strike asked for or allowed, none made)
      if (tokens[i - 1]?.norm === "to" && UNMADE.has(tokens[k - 1]?.norm ?? "")) break;
      return RU_WORDS.has(w) ? "RU" : "UA";
    }
  }
  return null;
}

// "killed in a Ukrainian strike on a building in Makiivka", "a Russian missile attack killed three": whose attack, by its adjective
// (or its weapons: "Ukrainian drones killed two people in Horlivka")
// (or its possessive with an attack noun: "killed in Russia's overnight air attack on Ukraine"; not "Ukraine's drone programme")
const ATTACK_NOUN_SIDE = /\b(?:(Ukrainian|Russian)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|shelling|barrages?|bombardments?|raids?|drones?|UAVs?|missiles?|rockets?)|(Ukraine['’]s|Russia['’]s)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|shelling|barrages?|bombardments?|raids?))\b/g;
// an attack named to time another by: "Hours after the Russian barrage", "a day before the Ukrainian strike"
const TIMED_BY = /\b(?:after|before|following|since)\s+(?:the|a|an|last\s+night['’]s|yesterday['’]s)\s+$/i;
const TIMED_PHRASE_END = /^(?:\s+(?:on|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*,/;
// (or told after the figure, set off by a comma: "…, wounding nine people, the regional governor said, hours after a Ukrainian
// missile damaged buildings in Taganrog"; not "killed after a Russian drone hit their car", nor a bare ", following a Ukrainian
// shelling attack", which is as often the figure's own: a word of time or a teller's aside sets the other attack apart)
const TIMED_AFTER = /(?:,\s+(?:hours|days|minutes|weeks|a\s+day|a\s+week|shortly|soon|just|only|two|three|four|five)\s+|\b(?:said|says|reported|reports|added|told\s+[\w\s]{1,30}?),\s+)(?:after|before|following|since)\s+(?:the|a|an|last\s+night['’]s|yesterday['’]s)\s+$/i;

/** The side whose attack the words near `at` (80 characters before, 120 after) name ("killed in a Ukrainian strike"), when they name one side only. */
export function attackNamedNear(text: string, at: number): Side | null {
  // ("A Ukrainian drone dropped an explosive device on a bus in Gorlovka on Wednesday, killing two passengers")
  const window = text.slice(Math.max(0, at - 120), at + 120);
  const figure = at - Math.max(0, at - 120);
  const sides = new Set<Side>();
  for (const m of matchesOf(ATTACK_NOUN_SIDE, window)) {
    if (m.index! > figure && TIMED_AFTER.test(window.slice(Math.max(figure, m.index! - 40), m.index))) continue;
    // ("Hours after the Russian barrage, a drone struck a shopping centre in Vladikavkaz": an attack the figure's came after)
    // (an opening phrase of its own, a comma after it; not "killed after a Russian drone hit their car", the figure's own attack)
    if (TIMED_BY.test(window.slice(Math.max(0, m.index! - 24), m.index)) && TIMED_PHRASE_END.test(window.slice(m.index! + m[0].length))) continue;
    sides.add(/^Ukrain/.test(m[1] ?? m[2]!) ? "UA" : "RU");
  }
  // weapons only one side fires, by their name's capital: "struck by HIMARS rockets", not a "scalp" wound
  if (matchesOf(UA_MODEL_NAMED, window).some((m) => /^\p{Lu}/u.test(m[0]))) sides.add("UA");
  return sides.size === 1 ? [...sides][0]! : null;
}

// "a Ukrainian attack on the Russian border city of Belgorod on Dec. 30 that killed 25 people": a toll in a clause that hangs
// on an attack named by its side is that attack's, whatever the sentence's subject ("Moscow has vowed to retaliate for …"), its
// teller's words between too ("…, which regional governor Vyacheslav Gladkov said killed 25 people")
const TOLL_CLAUSE = /^[^;]{0,100}?(?:\b(?:that|which)\s+(?:[^,;]{0,60}?\s+(?:said|says|reported)\s+)?(?:also\s+)?(?:killed|injured|wounded|left)|,\s+(?:killing|wounding|injuring|leaving))\b[^;]{0,30}$/;

const OWN_STRIKE = /\b(?:struck|launched|fired|attacked|hit|shelled|pounded|targeted)\b/i;

/** The side of the last attack named before `at` (within 160 characters) when the toll at `at` is told in a clause of it. */
export function attackWhoseToll(text: string, at: number): Side | null {
  const from = Math.max(0, at - 160);
  const before = text.slice(from, at);
  const last = matchesOf(ATTACK_NOUN_SIDE, before).at(-1);
  const between = before.slice(last?.index !== undefined ? last.index + last[0].length : 0);
  // (not past a clause with a strike of its own: "In response to the Russian attack, Ukrainian forces struck a base, killing 20")
  if (!last || !TOLL_CLAUSE.test(between) || OWN_STRIKE.test(between)) return null;
  return /^Ukrain/.test(last[1] ?? last[2]!) ? "UA" : "RU";
}

// "Russian air defences shot down 41 drones": whose air defence, so the other side attacked
const DEFENDER = /\b(Russian|Russia['’]s|Ukrainian|Ukraine['’]s)\s+(?:air[- ]defen[cs]es?|anti-aircraft|air\s+defen[cs]e\s+(?:units|systems|forces|crews|means))\b/g;

/** The attacker by whose air defence the sentence names ("Russian air defences shot down …"), when it names one side's only. */
// (and as Russia's ministry words it, translated: "Air defence means of the Armed Forces of the RF shot down …")
const DEFENDER_OF = /\bair[- ]defen[cs]es?(?:\s+(?:means|units|systems|forces))?\s+of\s+the\s+(?:Armed\s+Forces\s+of\s+(?:the\s+)?)?(RF|Russian\s+Federation|Russia|Ukraine)\b/gi;

export function attackerByDefender(text: string): Side | null {
  const sides = new Set<Side>([...matchesOf(DEFENDER, text), ...matchesOf(DEFENDER_OF, text)].map((m) => (/^(?:Russia|RF)/i.test(m[1]!) ? "UA" : "RU")));
  return sides.size === 1 ? [...sides][0]! : null;
}

/** A mayor, governor, regional head or the like, by the office in the name it is given ("Governor Vladimir Saldo"). */
export const isLocalOfficial = (name: string): boolean => LOCAL_OFFICIAL.test(name);

const LOCAL_OFFICIAL = /\b(?:DPR|LPR|mayor|governor|police|head of the (?:\S+\s+){0,3}(?:region|regional|city|oblast|district|military administration)|(?:regional|city|military) administration|emergency service)\b/i;

// a body or a group speaks for more than one place: its count of the dead can be the enemy's
const NOT_A_PERSON = /\b(?:ministry|forces?|staff|service|military|army|navy|command|committee|council|office|agency|government|kremlin|administration|officials?|authorities|media|channels?|sources?|bloggers?|intelligence|statement|it|they)\b/i;
// (a constant: tsx compiles a regex literal with \p{…} outside a class into `new RegExp(…)`, built anew at every evaluation)
const PERSON_NAME = /^(?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+$/u;
const isPersonName = (name: string) => PERSON_NAME.test(name) && !NOT_A_PERSON.test(name);

/** Ukraine's services that strike Russia and count their own weapons (not the General Staff, which counted Russia's too). */
const UA_STRIKERS = /\b(?:SBU|Security\s+Service|HUR|(?:military|defen[cs]e)\s+intelligence|Unmanned\s+Systems\s+Forces)\b/i;

/** A side reporting interceptions is the side attacked. */
export function attackerFromInterceptor(side: string, metric: Metric, claimantName = "", weapon: string | null = null): Side | null {
  // a mayor, governor or the police count the dead and injured at home: a Kharkiv mayor's toll is
  // Russia's attack (a ministry's count of enemy soldiers killed is not theirs)
  // (as does a named official: "Tkachenko initially reports six people killed in the capital")
  const casualty = (metric === "killed" || metric === "injured") && (LOCAL_OFFICIAL.test(claimantName) || isPersonName(claimantName));
  // Ukraine's Air Force counts what is launched at Ukraine, never Ukraine's own strikes: "On the night of
  // 28-29 December, Ukraine's Air Force counted 122 missiles launched" in an article about Belgorod
  if (metric === "launched" && claimantName === AIR_FORCE) return "RU";
  // (and Russia's officials count the drones launched at Russia: "Gladkov said 42 drones were launched against the region";
  // missiles they speak of are mostly their own strikes: "a strike with two Iskander-M missiles was carried out")
  if (metric === "launched" && side === "RU" && weapon === "drone") return "UA";
  // (Ukraine's services that strike Russia tell of their own drones: "According to the SBU, 117 drones were used in the
  // operation"; not the General Staff, which also counted Russia's missiles)
  // (their own are drones: the missiles they tell of are Russia's, whose strike they investigate, "Ukraine's SBU security service
  // says two Iskander-M ballistic missiles were fired")
  if ((metric === "launched" || metric === "hit") && side === "UA" && weapon !== "missile" && UA_STRIKERS.test(claimantName)) return "UA";
  // (and any other of Ukraine's sources counts the missiles launched at Ukraine, as its Air Force does: "The Ukrainian side claimed
  // that more than 50 missiles had been fired and 44 of them shot down" in a Russian agency's report of Russia's strike; drones
  // they count may be their own, "Zelensky said 117 drones were used in the operation")
  if (metric === "launched" && side === "UA" && weapon === "missile") return "RU";
  if (metric !== "shot_down" && metric !== "jammed" && metric !== "neutralized" && !casualty) return null;
  return side === "UA" ? "RU" : side === "RU" ? "UA" : null;
}
