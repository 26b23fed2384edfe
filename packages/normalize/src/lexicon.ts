import type { Metric, Weapon } from "@salvo/core";

/** Head nouns of weapon counts. "aerial targets" mixes drones and missiles (Ukraine's Air Force wording). */
export const WEAPON_NOUNS: ReadonlyMap<string, Weapon> = new Map([
  ...["drone", "drones", "uav", "uavs", "shahed", "shaheds", "shahids", "geran", "gerans", "geran-2", "geran-2s", "gerbera", "gerberas", "decoys", "imitators", "simulators", "kamikazes", "quadcopters", "quadcopter", "usvs"].map((w) => [w, "drone"] as const),
  ...["missile", "missiles", "kinzhal", "kinzhals", "iskander", "iskanders", "kalibr", "kalibrs", "zircon", "zircons", "rockets"].map((w) => [w, "missile"] as const),
  ...["targets", "objects", "weapons", "assets"].map((w) => [w, "mixed"] as const),
]);
/**
 * One "rocket" is one missile ("a rocket hit a five-storey building", "two rocket strikes"), as "16 HIMARS rockets" are. The
 * singular is not a head noun in WEAPON_NOUNS: as a modifier it mostly names no weapon counted ("a rocket launcher", "rocket fire");
 * each reader decides where it stands as the weapon and asks here what it is.
 */
export const singularRocket = (norm: string): Weapon | undefined => (norm === "rocket" ? "missile" : undefined);

/**
 * The verbs every claimant reader takes as "X said": each reader adds the words its own grammar needs ("claimed", "told",
 * "noted", …), so a verb newly met is added here once, not to five lists.
 */
// a modal or "to" before a verb: what could be done or is meant, not what was done ("could fire 100 of them", "plans to launch")
export const NOT_DONE = /^(?:to|can|could|would|will|may|might|must|should|cannot)$/;
export const REPORT_VERBS = ["said", "says", "reported", "reports", "announced", "wrote", "posted", "added", "stated", "confirmed"] as const;

/**
 * "targets"/"objects"/"weapons" count only after "aerial"/"air"/"attack" ("740 aerial targets",
 * "537 air attack weapons"), never "military targets".
 */
export const MIXED_NEEDS = new Set(["aerial", "air", "attack"]);
// Weapons only one side fires, by their model: "Two Iskander-M ballistic missiles hit the Military Institute", "two Neptune
// long-range guided missiles", "struck by HIMARS rockets"; not the S-300, which Ukraine's air defence fires too, nor the Tochka-U
// both sides had. One table for a token's word (figures.ts) and for a name in running text (direction.ts).
const RU_ARMS = ["iskanders?(?:-[mk])?", "kinzhals?", "kalibrs?", "kh-\\d+\\w*", "kn-\\d+", "oniks", "onyx", "zircons?", "tsirkons?", "shaheds?(?:-\\d+)?", "gerans?(?:-\\d+)?"];
const UA_ARMS = ["neptunes?(?:-md)?", "atacms", "himars", "flamingos?", "storm\\s+shadows?", "scalp", "bayraktars?"];
/** One token's word naming a weapon only Russia fires ("iskander-m", "shahed-136"). */
export const RU_MODEL = new RegExp(`^(?:${RU_ARMS.join("|")})$`);
/** One token's word naming a weapon only Ukraine fires ("neptune", "atacms"). */
export const UA_MODEL = new RegExp(`^(?:${UA_ARMS.join("|")})$`);
/** A weapon only Ukraine fires, named in running text ("Storm Shadow"; case aside, so read its capital where it matters). */
export const UA_MODEL_NAMED = new RegExp(`\\b(?:${UA_ARMS.join("|")})\\b`, "gi");

/** Missile designations that name what is counted: "1 Kinzhal, 33 Kh-101, 3 Iskander-M/KN-23". */
export const MISSILE_MODEL = /^(?:kh-\d+\w*|kn-\d+|iskander-[mk]|s-[34]00s?|tochka-u|oniks|atacms|neptune(?:-md)?)$/;

/** The ordinals one weapon of a series is told by ("a third was jammed"; "first" names no count of its own). */
export const ORDINAL_WORDS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";

export const PERSON_NOUNS = new Set([
  "people", "persons", "person", "civilians", "civilian", "residents", "resident", "children", "child", "kids",
  "adults", "adult", "men", "man", "women", "woman", "others", "individuals", "teenagers", "teenager", "boys", "boy",
  "girls", "girl", "infants", "infant", "baby", "babies", "toddler", "toddlers", "pensioners", "pensioner", "workers", "worker",
  "employees", "employee", "rescuers", "firefighters", "medics", "passengers", "soldiers", "servicemen",
  "victims", "journalists", "volunteers", "officers", "minors", "students", "retirees", "residents", "guards",
  "members", "crew", "crewmen", "sailors", "miners", "colleagues", "patients", "staff", "civilians",
  "dead", "injured", "wounded", "fatalities", "casualties", "injuries", "deaths", "lives",
  // by nationality: "two Ukrainians working in the port were injured", "four foreign nationals"
  "ukrainians", "russians", "citizens", "nationals", "foreigners", "locals",
  // one of them: "An F-16 pilot was killed", "a rescuer was injured"
  "pilot", "pilots", "driver", "drivers", "volunteer", "rescuer", "firefighter", "medic", "medics", "paramedic", "paramedics",
  "passenger", "soldier", "serviceman", "officer", "journalist", "guard", "doctor", "doctors", "nurse", "nurses",
  "sailor", "passer-by", "passers-by", "prisoner", "inmate", "fisherman", "fishermen", "farmer", "farmers",
  "personnel", "instructors", "mercenaries", "occupiers", "militants", "nationalists", "inmates", "prisoners", "troops", "fighters", "bodies",
  // family: "a woman and her two-year-old daughter were killed", "two sons"
  "daughter", "daughters", "son", "sons", "mother", "mothers", "father", "fathers", "husband", "wife", "grandmother",
  "grandfather", "grandson", "granddaughter", "grandchildren", "brother", "brothers", "sister", "sisters", "parents",
  // trades: "two power engineers were injured", "three railway employees"
  "engineers", "engineer", "technicians", "technician", "electricians", "electrician", "repairmen", "linemen", "teachers", "teacher",
  "policemen", "policeman", "farmers", "farmer", "fishermen",
  // told by their country: "Three Colombian citizens were injured", "a 62-year-old US citizen was among those killed"
  "citizens", "citizen", "nationals",
]);

/** Words that may stand between an amount and its noun: "145 martyr and other strike drones". */
export const NOUN_BREAKERS = new Set([
  "of", "the", "were", "was", "had", "has", "have", "been", "be", "to", "in", "on", "at", "by", "over", "that",
  "which", "who", "from", "with", "for", "into", "across", "against", "as", "it", "they", "its", "their", "than",
  "but", "or", "while", "after", "before", "when", "and", "per", "a", "an", "this", "these", "those", "is", "are",
  "said", "says", "out", "up", "not", "did", "do", "will", "would", "could",
]);

// where a weapon came down without striking anything: "landed in fields", "crashed into open ground", "fell into the sea",
// "crashed into a swamp"
export const OPEN_GROUND = /\b(?:fields?|open\s+(?:ground|country|terrain|areas?)|farmland|forests?|woods?|wasteland|swamps?|marsh(?:es|land)?|the\s+(?:sea|water|river|lake))\b/;

export interface Cue {
  readonly words: readonly string[];
  readonly metric: Metric;
}

const cue = (phrase: string, metric: Metric): Cue => ({ words: phrase.split(" "), metric });
// a building or the ground around one, where a weapon that came down struck
const STRUCK_PLACES = ["roof", "rooftop", "site", "house", "home", "building", "yard", "courtyard"];
const AIR_DEFENCES = ["air defences", "air defenses", "air defence", "air defense"];

/** Verb and noun cues that say what happened to the weapons counted. Longest phrases first. */
// who flew them, told only as the lead into the verb of what they struck ("two long-range drones operated by the SBU security
// service had hit the plant"): no launch of its own, "100 Shahed drones operated by Iranian instructors" are not fired
export const OPERATED_BY: readonly Cue[] = [cue("operated by", "launched")];
// what an attack is called as a noun: "the attack", "a barrage", "a wave" of weapons
export const ATTACK_NOUNS: ReadonlySet<string> = new Set(["attack", "attacks", "barrage", "assault", "wave", "swarm", "salvo", "strike", "strikes", "onslaught", "raid"]);
export const WEAPON_CUES: readonly Cue[] = [
  ...["lost to electronic warfare", "locationally lost", "location-lost", "lost from radar", "locally lost", "lost locationally", "lost in location", "suppressed by electronic warfare", "suppressed by ew", "electronic warfare", "electronic countermeasures", "radio-electronic warfare", "jammed", "jamming", "lost", "redirected", "diverted by electronic warfare", "vanished from radar", "disappeared from radar", "went missing from radar", "went missing from radars", "missing from radar", "vanished from radars", "disappeared from radars", "disappeared from radar screens"].map((p) => cue(p, "jammed")),
  ...["shot down", "shoot down", "shooting down", "to down", "downed", "downing", "intercepted", "intercepting", "intercept", "destroyed", "destroying", "destroy", "repelled", "brought down", "taken down", "eliminated", "liquidated", "knocked out", "knocked down", "destruction of", "interception of"].map((p) => cue(p, "shot_down")),
  ...["neutralized", "neutralised", "neutralizing", "neutralising", "suppressed", "suppressing", "disabled", "put out of action", "stopped"].map((p) => cue(p, "neutralized")),
  ...["hit their targets", "reached their targets", "hit targets", "got through", "reached", "broke through", "hit", "struck", "impacts", "landed", "hits", "slammed into", "smashed into", "crashed into", "scored a direct hit", "scored direct hits", "tore through", "ploughed into", "plowed into",
    // what a weapon did to what it struck, told by the damage: "a missile wrecked a hotel", "a missile flattened much of the
    // building", "one missile gouged a crater", "a drone punched a hole in the arch", "two Kh-101 cruise missiles tore into
    // apartment blocks", "a missile partly destroyed a five-storey apartment building"
    "wrecked", "flattened", "gouged", "punched", "tore into", "partly destroyed", "partially destroyed",
    // a weapon that came down on a site, as Russian officials tell a hit: "A drone fell on the territory of the Ilsky oil
    // refinery, causing a fire" (not debris, which recalledOrDebris keeps out: "debris fell on the territory of an enterprise")
    // (a site's, "of the", "of an": not a country's, "A Russian drone fell on the territory of Romania")
    ...["fell", "fallen"].flatMap((verb) => ["territory", "grounds", "premises"].flatMap((w) => ["the", "an", "a"].map((a) => `${verb} on the ${w} of ${a}`))),
    // or on a building or the ground around one: "a drone fell on the site", "a private house caught fire after a drone fell on
    // its roof", "one missile fell in the yard of a kindergarten", "a drone crashed onto the roof of the railway station" (not
    // in the open, "fell in a field", nor on a country, "fell on Romanian territory")
    ...["fell on", "fell onto", "fell in", "fell into", "came down on", "came down onto", "came down in", "crashed onto", "crashed on"].flatMap((verb) =>
      ["the", "a", "an", "its", "their"].flatMap((a) => STRUCK_PLACES.map((w) => `${verb} ${a} ${w}`)),
    ),
    // what got through, told another way: "25 missiles slipped through air defences", "Several missiles evaded air defences"
    // (only past the air defences: "Three drones slipped through into Polish airspace before crashing" hit nothing)
    ...["slipped through", "slipped past"].flatMap((verb) => ["", "the "].flatMap((the) => AIR_DEFENCES.map((d) => `${verb} ${the}${d}`))),
    "made it through", ...AIR_DEFENCES.map((d) => `evaded ${d}`), "evaded interception"].map((p) => cue(p, "hit")),
  ...["launched", "launching", "launches", "launch", "fired", "firing", "fires", "sends", "uses", "unleashes", "unleashed", "unleashing", "sent", "sending", "deployed", "used", "using", "attacked", "targeted", "targeting", "barrage", "involved", "involving", "took part", "taking part", "participated", "consisted", "accompanied by", "record of", "high of", "sent in", "hurled", "detected", "tracked", "detected and tracked", "weapons used", "used", "aimed", "aimed at", "directed at",
    // where they flew: "15 Shahed drones flew towards the city", "11 missiles had flown at the plant", "went after gas production"
    "flew towards", "flew toward", "flew at", "flown towards", "flown toward", "flown at", "flying at", "flying towards", "flying toward", "went after", "crossed into",
    // a neighbour's count of the drones that crossed into it: "19 drones violated Polish airspace"
    "violated",
    "headed for", "headed towards", "headed toward",
    // what a day or night opened with: "Sunday began with 472 Russian drones and seven missiles overnight"
    "began with", "started with", "followed up with",
    // what an attack was made of ("The missiles included 50 Kh-101", "The targets included 40 missiles"; not "the aid package
    // included 20 Patriot missiles")
    "missiles included", "drones included", "weapons included", "targets included", "attack included", "barrage included", "strike included", "salvo included"].map((p) => cue(p, "launched")),
];

export const CASUALTY_CUES: readonly Cue[] = [
  ...["death toll", "killed", "killing", "kills", "dead", "died", "dying", "deaths", "death", "lives", "fatalities", "perished", "toll",
    // "a port worker succumbed to his injuries": he died of them (not "succumbed to the temptation")
    ...["his", "her", "their"].flatMap((who) => [`succumbed to ${who} injuries`, `succumbed to ${who} wounds`]),
    // "three servicemen … were fatally wounded": wounds they died of (before "wounded" alone, which is the injured's)
    ...["fatally", "mortally"].flatMap((how) => [`${how} wounded`, `${how} injured`, `${how} wounding`, `${how} injuring`])].map((p) => cue(p, "killed")),
  ...["injured", "injuring", "injuries", "injury", "wounded", "wounding", "hurt", "hospitalized", "hospitalised", "hospitalizing", "in hospital",
    // "had sought medical help", "were taken to hospital with shrapnel wounds", "suffered burns", "received shrapnel wounds"
    // ("Six people needed medical help", "Nine applied for medical help", "17 received medical assistance")
    "sought medical", "needed medical", "required medical", "applied for medical", "asked for medical", "received medical", "taken to hospital", "taken to hospitals",
    // ("two people had requested medical help", "Three people appealed for medical help with burns", "At least four people are
    // receiving medical help")
    "requested medical", "appealed for medical", "receiving medical",
    // translated: "5 received wounds of varying severity", "sustained injuries"; "received a shrapnel wound", "received concussions"
    "received wounds", "received injuries", "sustained wounds", "sustained injuries", "shrapnel wounds", "wounds", "wound", "burns", "concussion", "concussions"].map((p) => cue(p, "injured")),
];

/** Words that end the reach of a cue: a new clause starts. */
export const CLAUSE_BREAK = new Set([";", ":", "—", "but", "while", "whereas", "although", "though", "after", "before", "since", "which", "who"]);

/** Filler between a noun and a passive verb: "drones were reportedly shot down". */
export const VERB_FILLER = new Set([
  "were", "was", "had", "have", "has", "been", "be", "being", "are", "is", "reportedly", "successfully", "also",
  "all", "later", "then", "subsequently", "either", "allegedly", "eventually", "each", "of", "them", "which",
  "these", "they", "by", "air", "defence", "defense", "defences", "defenses", "forces", "units", "mobile", "fire",
  "groups", "through", "via", "due", "to", "likely", "probably", "as", "a", "result", "the", "an", "additional", "more", "others",
  "confirmed",
]);

/** Signs that a figure is a period total, not one attack. */
export const AGGREGATE_CUES: ReadonlyArray<readonly string[]> = [
  ["since", "the", "start"], ["since", "the", "beginning"], ["so", "far", "this"], ["this", "month"], ["last", "month"],
  ["this", "year"], ["last", "year"], ["per", "month"], ["a", "month"], ["monthly"], ["weekly"],
  ["over", "the", "past"], ["over", "the", "last"], ["during", "the", "past"], ["during", "the", "week"],
  ["since", "the", "full-scale"], ["since", "the", "war"], ["since", "february"], ["since", "2022"],
  ["throughout"], ["in", "the", "past", "week"], ["over", "the", "week"], ["this", "week"], ["last", "week"],
  ["during", "the", "month"], ["for", "the", "month"], ["the", "previous", "week"], ["the", "previous", "month"],
  ["previous", "seven", "days"], ["the", "past", "seven", "days"], ["a", "week"], ["per", "week"], ["each", "week"],
  ["single", "month"], ["in", "one", "month"], ["whole", "month"], ["entire", "month"],
  // a season: "Over the winter of 2022-2023, Russia fired more than 1,000 missiles and drones at the energy grid"
  ...["winter", "summer", "autumn", "spring"].flatMap((season) => [["over", "the", season], ["during", "the", season], ["the", season, "of"]]),
];

/** Background: a figure about an earlier attack mentioned for comparison. */
export const BACKGROUND_CUES: ReadonlyArray<readonly string[]> = [
  ["previous", "record"], ["earlier", "record"], ["previous", "high"], ["prior", "record"], ["former", "record"],
  ["previous", "largest"], ["surpassing"], ["surpassed"], ["exceeding", "the"], ["broke", "the", "record"],
  // "breaking the record of 728 drones set on July 9": the old record, dated on its own
  ["breaking", "the", "record"], ["beating", "the", "record"], ["beat", "the", "record"], ["topping", "the", "record"], ["eclipsing", "the", "record"],
  // "The attack came a week after Russia's heaviest barrage, on Oct. 10, when 84 missiles were fired"
  ["week", "after"], ["weeks", "after"], ["days", "after"], ["month", "after"],
  // "A day earlier, a Russian drone attack on Kharkiv killed five": another attack, dated on its own
  ["a", "day", "earlier"], ["a", "day", "before"], ["the", "day", "before"], ["the", "previous", "day"], ["day", "after"], ["days", "earlier"],
  // "The base has been attacked before: on December 26, 2022, …"
  ["been", "attacked", "before"], ["been", "hit", "before"], ["been", "struck", "before"], ["been", "targeted", "before"],
];

/** What a night's attack is counted by: what came and what was downed (not its hits or toll). */
export const NIGHT_COUNTS: ReadonlySet<string> = new Set(["launched", "shot_down", "jammed", "neutralized"]);

/** What air defence did to a weapon: shot it down, jammed it or neutralized it. */
export const INTERCEPTIONS: ReadonlySet<Metric> = new Set(["shot_down", "jammed", "neutralized"]);

/** A list item's marker, as a token ("-", "*", "•") and at the start of a line ("- 50 Kh-101 …"). */
// ("▪️ 35 Kh-101 cruise missiles": Telegram's small squares too, with or without the emoji selector)
export const BULLET = /^[-*•·–▪■◾◼►]\uFE0F?$/u;
export const BULLET_LINE = /^[-*•·–▪■◾◼►]\uFE0F?\s/u;
