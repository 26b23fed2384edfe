import { STRAY_STATES, namesOf, peopleOf } from "./countries.ts";
import { BE } from "./auxiliaries.ts";
import { REPORT_VERBS } from "./lexicon.ts";

/**
 * Figures of a missile or drone that came down in a neighbouring country ("a missile fell on a grain dryer in the Polish
 * village of Przewodów, killing two men"): the landing is an event of its own, not the barrage on Ukraine of that day,
 * whoever fired it (a stray's origin is often disputed: Przewodów's was first called Russian, then Ukraine's air defence).
 * Read from the figure's own clause only: "Russia launched around 100 missiles - … - and a stray missile killed two men in
 * the Polish village of Przewodów" leaves the 100 the barrage's.
 */

// the states a stray comes down in, by name ("in eastern Poland") and by their people's adjective ("in the Polish village of …")
const NEIGHBOUR = namesOf(STRAY_STATES);
const NEIGHBOURS = peopleOf(STRAY_STATES);
/** Where a thing came down: "in the Polish village of Przewodów", "farmland in eastern Poland". */
const WHERE_LANDED = new RegExp(
  [
    // "in the Polish village of Przewodów", "into a Polish farming village", "on Polish soil", "on Moldovan territory", and one that
    // only crossed: "briefly flew over Polish territory", "into Romanian airspace"
    `\\b(?:in|into|on|onto|at|over)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:small|tiny|eastern|southern|border)\\s+)?(?:${NEIGHBOURS})\\s+(?:[a-z-]+\\s+)?(?:village|town|city|farm|farmland|territory|soil|countryside|airspace)\\b`,
    // "farmland in eastern Poland", "in Poland's Lublin province"; not "Zelensky, who was in Poland" (a visit)
    `(?<!\\b(?:${[...BE, "been", "be"].join("|")})\\s)\\bin\\s+(?:(?:eastern|western|northern|southern|south-eastern|southeastern|north-eastern|northeastern|south-western|southwestern|north-western|northwestern|central)\\s+)?(?:${NEIGHBOUR})\\b(?:(?!['’])|['’]s\\s+(?:[A-Z][\\w-]+\\s+)?(?:province|region|county|voivodeship)\\b)`,
  ].join("|"),
  "g",
);
// drones a count says flew at or into a neighbour: "at least eight of the drones had been aimed towards Poland"
const HEADED_ABROAD = new RegExp(`\\b(?:towards?|into|over)\\s+(?:${NEIGHBOUR})\\b(?!['’])`);
// the victims by their nationality, the figure's own noun: "killing two Polish citizens" (not "20 people, including two Polish citizens")
const ABROAD_VICTIMS = new RegExp(`^\\s+(?:[a-z-]+\\s+)?(?:${NEIGHBOURS})\\s+(?:citizens|nationals|villagers|farm\\s+workers|farmers)\\b`);
// a place named for where someone spoke or went, not where a thing fell: "Zelensky, speaking at a press conference in Poland"
// (unless a landing is told after it: "officials said a missile fell in the Polish village of …")
const SAYING_THERE = /\b(?:said|says|say|saying|speaking|spoke|told|telling|visit(?:s|ed|ing)?|trip|press\s+conference|summit|meeting|talks)\b(?![^]*\b(?:fell|falls?|landed|lands?|struck|strikes?|hit|hits|crashed|crashes|exploded|explodes?|came\s+down|killed|killing)\b)/i;
// the barrage's count, the object of its launch: "Russia launched 60 drones at Ukraine … over Moldova" is the launch, not the stray
const LAUNCH_BEFORE = /\b(?:launched|fired|sent|attacked|unleashed|shot\s+down|downed|intercepted|destroyed)\b/i;
// the figure's clause has no subject of its own, so the clause before says where: "a missile fell … in the Polish village of
// Przewodów, killing two men", "a blast in the Polish village of Przewodów, where two farm workers were killed", "an explosion
// at a grain dryer in Przewodów, in eastern Poland, killed two men"
const SUBJECT_BEFORE = /^\s*(?:(?:where|in\s+which)\b.*|(?:killing|injuring|wounding|leaving|killed|injured|wounded|left)\s+(?:(?:at\s+least|some|about|around|nearly)\s+)?)$/i;

// (a clause ends at a dash or a semicolon: "around 100 missiles - its largest single attack of the war - and a stray missile …")
const CLAUSE_EDGE = /\s[-–—]\s|;/g;
/** How far before and after the figure its clause is looked at. */
const REACH = 90;

// an attribution set between commas inside the clause, which the clause goes on past: "one of whose missiles, Polish
// commanders said, briefly flew over Polish territory"
const SAID_ASIDE = new RegExp(`^\\s*(?:[\\w'’-]+\\s+){1,4}(?:${REPORT_VERBS.join("|")})\\s*$`, "i");
// the figure's own clause going on past such an aside, its verb next ("…, Polish commanders said, briefly flew over Polish
// territory"); not a clause of its own, "415 drones, the Air Force said, and one crashed in Poland", nor a participle of what the
// attack caused, "…, the Air Force said, forcing NATO jets into Polish airspace"
const VERB_GOES_ON = new RegExp(
  String.raw`^\s*(?:\w+ly\s+)?(?:(?:had|has|have|was|were)\s+(?:\w+ly\s+)?)?(?:crossed|flew|flown|came|come|entered|strayed|violated|fell|fallen|landed|crashed|hit|struck|exploded|went|gone)\b`,
  "i",
);

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The words of a figure's clause around it: up to REACH characters either side, not past a dash or a semicolon. */
export function figureClause(quote: string, valueText: string): string | null {
  const m = new RegExp(`(?<![\\w-])${escaped(valueText)}(?![\\w-])`, "i").exec(quote);
  if (!m) return null;
  const base = Math.max(0, m.index - REACH);
  const edges = [...quote.slice(base, m.index).matchAll(CLAUSE_EDGE)];
  const last = edges.at(-1);
  const from = last ? base + last.index + last[0].length : base;
  const end = m.index + m[0].length;
  const tail = quote.slice(end, end + REACH);
  const edge = [...tail.matchAll(CLAUSE_EDGE)][0];
  return quote.slice(from, end) + (edge ? tail.slice(0, edge.index) : tail);
}

// a neighbour's own state body: "the Polish Foreign Ministry", "Poland's government", "the Romanian Defence Ministry", "Moldova's
// border police" (not a person, "Polish Prime Minister Donald Tusk", who speaks of Ukraine's tolls too, nor "a Polish volunteer")
const NEIGHBOUR_BODY = new RegExp(
  `^(?:the\\s+)?(?:(?:${NEIGHBOURS})|(?:${NEIGHBOUR})['’]s)\\s+(?:[A-Z][\\w-]*\\s+){0,2}?(?:ministry|government|army|armed\\s+forces|military|police|border\\s+(?:guards?|police)|prosecutors?(?:['’]\\s+office)?|emergency\\s+(?:service|situations\\s+inspectorate))$`,
  "i",
);

/**
 * The part of a figure's clause that governs it: from the comma before it to the comma after (a comma opens an aside, "Zelensky,
 * speaking at a press conference in Poland, said 12 …", or a clause of another subject, "…, several of which strayed into
 * Poland"), and all the clause before when the figure's own has no subject ("…, killing two men").
 */
function governingClause(clause: string, valueText: string): { before: string; after: string } | null {
  const m = new RegExp(`(?<![\\w-])${escaped(valueText)}(?![\\w-])`, "i").exec(clause);
  if (!m) return null;
  const head = clause.slice(0, m.index);
  const commas = [...head.matchAll(/,/g)].map((c) => c.index);
  const lastComma = commas.at(-1);
  const last = lastComma === undefined ? 0 : lastComma + 1;
  const from = SUBJECT_BEFORE.test(head.slice(last)) ? 0 : last;
  const tail = clause.slice(m.index + m[0].length);
  const comma = tail.indexOf(",");
  if (comma < 0) return { before: head.slice(from), after: tail };
  const next = tail.indexOf(",", comma + 1);
  // (the aside is left out: a "said" before the place would read as where someone spoke)
  const rest = next < 0 ? "" : tail.slice(next + 1);
  if (next > 0 && SAID_ASIDE.test(tail.slice(comma + 1, next)) && VERB_GOES_ON.test(rest)) {
    const end = rest.indexOf(",");
    return { before: head.slice(from), after: tail.slice(0, comma) + (end < 0 ? rest : rest.slice(0, end)) };
  }
  return { before: head.slice(from), after: tail.slice(0, comma) };
}

/**
 * Whether a figure's clause puts it in a neighbouring country: where it landed, or whom it killed; or whether a toll is given
 * by that country's own state ("Two men working there were killed, the Polish Foreign Ministry said"), which counts its own
 * dead, not Ukraine's.
 */
export function landedAbroad(c: { quote: string; value_text: string; metric?: string; claimant?: string | null; places?: readonly unknown[] }): boolean {
  // (a toll told with no place of its own: "… killed 20 in Kyiv, the Polish Foreign Ministry said" is Ukraine's, the ministry only condemning it)
  if ((c.metric === "killed" || c.metric === "injured") && c.claimant != null && NEIGHBOUR_BODY.test(c.claimant.trim()) && (c.places?.length ?? 0) === 0) return true;
  const clause = figureClause(c.quote, c.value_text);
  if (clause === null) return false;
  const own = governingClause(clause, c.value_text);
  if (!own) return false;
  const { before, after } = own;
  const text = `${before}${c.value_text}${after}`;
  for (const w of text.matchAll(WHERE_LANDED)) if (!SAYING_THERE.test(text.slice(0, w.index))) return true;
  if (ABROAD_VICTIMS.test(after)) return true;
  return HEADED_ABROAD.test(text) && !LAUNCH_BEFORE.test(before);
}
