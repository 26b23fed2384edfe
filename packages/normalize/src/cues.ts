import { MONTHS, type Metric } from "@salvo/core";
import { HAVE_WORD, PAST_PASSIVE, wordOf } from "./auxiliaries.ts";
import { CASUALTY_CUES, CLAUSE_BREAK, type Cue, ORDINAL_WORDS, PERSON_NOUNS, REPORT_VERBS, VERB_FILLER, WEAPON_CUES, WEAPON_NOUNS } from "./lexicon.ts";
import { STARTS_UPPER, type Token } from "./tokens.ts";

export function matchCue(tokens: readonly Token[], i: number, cues: readonly Cue[]): Cue | null {
  const word = tokens[i]?.norm;
  if (word === undefined) return null;
  // (only the cues that start with this word can start here: this runs for every cue list at every word a figure looks at)
  for (const c of cuesByFirstWord(cues).get(word) ?? []) if (cueAt(tokens, i, c)) return c;
  return null;
}

/**
 * A memo of one grouping of cue lists by a word of each cue, in list order within a group (so the first cue of a group
 * that matches is the one a scan of the whole list finds). The list asked for last is kept aside: runs of calls ask for
 * the same one, and an identity test is cheaper than the weak map.
 */
function cueIndex(wordOf: (c: Cue) => string): (cues: readonly Cue[]) => ReadonlyMap<string, readonly Cue[]> {
  const indexes = new WeakMap<readonly Cue[], ReadonlyMap<string, readonly Cue[]>>();
  let lastCues: readonly Cue[] | null = null;
  let lastIndex: ReadonlyMap<string, readonly Cue[]> = new Map();
  return (cues) => {
    if (cues === lastCues) return lastIndex;
    let index = indexes.get(cues);
    if (!index) indexes.set(cues, (index = groupByWord(cues, wordOf)));
    lastCues = cues;
    lastIndex = index;
    return index;
  };
}

/** A cue list grouped by first word: matchCue asks at each word only for the cues that can start there. */
const cuesByFirstWord = cueIndex((c) => c.words[0]!);
/** By last word: leftCue asks at each token for a cue ending there, and one can only if its last word is that token's. */
const cuesByLastWord = cueIndex((c) => c.words.at(-1)!);
const NO_CUES: readonly Cue[] = [];

/** `items` grouped by a word of each (its first, its last), keeping list order within a group. */
export function groupByWord<T>(items: readonly T[], wordOf: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const word = wordOf(item);
    const group = index.get(word);
    if (group) group.push(item);
    else index.set(word, [item]);
  }
  return index;
}

/** Whether cue `c` starts at token `i`, and there says what it says. */
function cueAt(tokens: readonly Token[], i: number, c: Cue): boolean {
  // (the first word alone rules out nearly every cue: this runs for every cue at every word a figure looks at)
  if (tokens[i]?.norm !== c.words[0] || !c.words.every((w, k) => tokens[i + k]?.norm === w)) return false;
  // ("nine rockets of the Uragan multiple launch rocket system", "launch sites", "launch areas": a noun's modifier, not a launch)
  if (c.words.length === 1 && c.words[0] === "launch" && LAUNCH_MODIFIES.test(tokens[i + 1]?.norm ?? "")) return false;
  // ("Russia has lost 312 drones", "lost more than 3,000 missiles": what the enemy lost, in a loss tally; jammed drones "were lost")
  if (c.words.length === 1 && c.words[0] === "lost" && (HAVE_WORD.test(tokens[i - 1]?.norm ?? "") || tokens[i + 1]?.kind === "number" || /^(?:more|over|about|nearly|almost|some|at|up)$/.test(tokens[i + 1]?.norm ?? ""))) return false;
  // ("at least two drones reached the Ilsky refinery" hit it; "drones reached Moscow", "reached the city" only got that far)
  if (c.words.length === 1 && c.words[0] === "reached" && !tokens.slice(i + 1, i + 6).some((t) => REACHED_TARGET.test(t.norm))) return false;
  // ("three drones had tried to hit the coal-fired plant", "used 40 drones to hit energy facilities": what they were sent or
  // tried to do, not what they did; but "managed to hit the plant", "went on to hit residential buildings" did it, and "Damage due
  // to hits by 13 drones" tells hits)
  if (c.metric === "hit" && tokens[i - 1]?.norm === "to" && meantTo(tokens, i - 1)) return false;
  return true;
}

// "tried to", "in order to", "aimed to": what was meant, not done
const MEANT_TO = /^(?:tried|try|tries|trying|attempted|attempting|attempt|attempts|aimed|aiming|aims|intended|intending|intends|meant|sought|seeking|order|designed|planned|planning)$/;
// "used 40 drones to", "sent drones to": what they were sent to do
const SENT_TO = /^(?:used|using|uses|sent|sending|deployed|deploying)$/;

/** Whether the "to" at `to` tells what was meant or sent to be done: "tried to", "used 40 drones to" (in its own clause). */
function meantTo(tokens: readonly Token[], to: number): boolean {
  if (MEANT_TO.test(tokens[to - 1]?.norm ?? "")) return true;
  for (let j = to - 1; j >= Math.max(0, to - 6); j--) {
    const t = tokens[j]!;
    if (t.kind === "punct") return false;
    if (SENT_TO.test(t.norm)) return true;
  }
  return false;
}

const REACHED_TARGET = /^(?:refinery|refineries|plant|plants|depot|depots|terminal|port|airfield|airbase|base|ships?|vessels?|tankers?|buildings?|facility|facilities|substation|warehouse|factory|enterprise|tanks?|targets?)$/;
const LAUNCH_MODIFIES = /^(?:rocket|rockets|systems?|sites?|areas?|pads?|vehicles?|platforms?|positions?|zones?|points?|tubes?|units?|containers?)$/;

/**
 * End of a coordinated noun phrase after "and" ("and 45 missiles", "and three of the missiles",
 * "and decoys"), so one verb can serve both: "266 drones and 45 missiles were shot down".
 */
export function coordinatedEnd(tokens: readonly Token[], k: number): number | null {
  // ("launched 91 missiles and 97 drones and that 79 of the missiles had been shot down": "and that" opens the next
  // clause of the saying, no noun phrase coordinated with the count)
  if (tokens[k]?.norm === "that" && tokens[k - 1]?.norm === "and") return null;
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    const t = tokens[j]!;
    // (nor "and said": "reported 99 air attack assets, 60 Shaheds and 39 missiles, and said 58 drones and 26 missiles were
    // destroyed" opens another saying, whose counts have their own verb)
    if (SAYING.has(t.norm)) return null;
    // (through the noun a model's name leaves after it: "and four of the eight Shahed drones")
    if (WEAPON_NOUNS.has(t.norm) && WEAPON_NOUNS.get(t.norm) !== "mixed") return WEAPON_NOUNS.has(tokens[j + 1]?.norm ?? "") ? j + 1 : j;
    // (a model's slashed variants run on: "both Kh-59/Kh-69 missiles")
    if ((t.kind === "punct" && t.norm !== "/") || CLAUSE_BREAK.has(t.norm) || t.norm === "and") return null;
  }
  return null;
}

const SAYING: ReadonlySet<string> = new Set(REPORT_VERBS);
const AIR_DEFENCE = /^air-defen[cs]es?$/;
const DEFENCE = /^defen[cs]es?$/;

/** Whether the words from `from` to `to` name air defence: "air defence(s)", "air-defence", not "the Defence Forces' units". */
function namesAirDefence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const norm = tokens[k]!.norm;
    if (AIR_DEFENCE.test(norm) || (DEFENCE.test(norm) && tokens[k - 1]?.norm === "air")) return true;
  }
  return false;
}
const OTHER_MEANS = /^(?:fire|aviation|anti-aircraft|aircraft|missile|missiles|fighters?|jets?|interceptors?|guns?|groups?)$/;
// (", born in 1968,": a birth year set off)
const APPOSITIVE_OPENER = /^(?:a|an|her|his|their|both|aged|all|mostly|mainly|born)$/;
// scare quotes around an Air Force term: 25 were 'locationally lost'
const QUOTE_MARKS = new Set(["'", '"', "“", "”", "‘", "’"]);

/** Nearest cue to the right of `from`, skipping passive-verb filler: "drones were shot down". */
export function rightCue(tokens: readonly Token[], from: number, cues: readonly Cue[], reach: number): { cue: Cue; at: number } | null {
  for (let k = from, seen = 0; k < tokens.length && seen <= reach; k++) {
    const c = matchCue(tokens, k, cues);
    if (c) return { cue: c, at: k };
    const t = tokens[k]!;
    // ", including a 15-year-old girl," between a count and its verb
    if (t.norm === "," && (tokens[k + 1]?.norm === "including" || (tokens[k + 1]?.norm === "among" && tokens[k + 2]?.norm === "them"))) {
      const close = tokens.findIndex((x, j) => j > k + 1 && x.norm === ",");
      if (close > 0 && close - k <= 10) {
        k = close;
        continue;
      }
    }
    // "two people, a mother and her adult son, were killed", "two people — a woman and her daughter — were
    // killed", "three children from one family, aged 8, 12 and 17, were killed": who they were, set off
    if (cues === CASUALTY_CUES && (t.norm === "," || t.norm === "—" || t.norm === "–") && APPOSITIVE_OPENER.test(tokens[k + 1]?.norm ?? "")) {
      const close = tokens.findIndex((x, j) => j > k + 1 && x.norm === t.norm);
      const inside = (j: number) => CLAUSE_BREAK.has(tokens[j]!.norm) || matchCue(tokens, j, cues) !== null;
      if (close > 0 && close - k <= 14 && !Array.from({ length: close - k - 1 }, (_, i) => k + 1 + i).some(inside)) {
        k = close;
        continue;
      }
    }
    // "85 servicemen and foreign officers had been killed": one verb for both groups of people
    // (and a count of its own for the second: "12 children and 10 police officers were among the wounded")
    if (t.norm === "and" && cues === CASUALTY_CUES && k > 0 && PERSON_NOUNS.has(tokens[k - 1]!.norm)) {
      const counted = tokens[k + 1]?.kind === "number" ? 1 : 0;
      const end = tokens.slice(k + 1 + counted, k + 4 + counted).findIndex((x) => PERSON_NOUNS.has(x.norm));
      if (end >= 0 && !tokens.slice(k + 1 + counted, k + 1 + counted + end).some((x) => x.kind !== "word" || CLAUSE_BREAK.has(x.norm))) {
        k = k + 1 + counted + end;
        continue;
      }
    }
    if (t.norm === "and" && cues === WEAPON_CUES) {
      if (launchersJoined(tokens, k)) continue;
      const end = coordinatedEnd(tokens, k + 1);
      if (end !== null) {
        k = end;
        continue;
      }
    }
    // ("fired the night before had been destroyed": an adverb of time, not a clause's conjunction)
    const adverb = (t.norm === "before" || t.norm === "after") && /^(?:night|day|evening|morning|week)$/.test(tokens[k - 1]?.norm ?? "");
    // (nor a date's day: "fired at a facility in the Bryansk region on November 19 were shot down")
    const dayOfMonth = t.kind === "number" && (Object.hasOwn(MONTHS, tokens[k - 1]?.norm ?? "") || Object.hasOwn(MONTHS, tokens[k + 1]?.norm ?? ""));
    // (nor a clock's: "all 11 missiles fired at Kyiv around 11:30 a.m. were destroyed")
    if (clockPart(tokens, k)) continue;
    if ((t.kind === "number" && !dayOfMonth) || t.norm === "." || t.norm === "and" || (CLAUSE_BREAK.has(t.norm) && !adverb)) return null;
    if (t.kind === "punct" && t.norm !== "," && t.norm !== "-" && t.norm !== "/" && !QUOTE_MARKS.has(t.norm)) return null;
    if (!VERB_FILLER.has(t.norm) && t.kind === "word") seen++;
  }
  return null;
}

/**
 * Whether the "and" at `k` joins two names in the phrase of where weapons came from ("rockets fired from HIMARS and Olkha
 * multiple launch rocket systems were destroyed"), not two clauses: a name on each side, "from" just before, and no verb of
 * its own after the second name ("fired from Kursk and Ukraine shot down 15" is another clause).
 */
function launchersJoined(tokens: readonly Token[], k: number): boolean {
  const name = (t: Token | undefined) => t !== undefined && t.kind === "word" && STARTS_UPPER.test(t.text);
  if (!name(tokens[k - 1]) || !name(tokens[k + 1]) || matchCue(tokens, k + 2, WEAPON_CUES)) return false;
  return tokens.slice(Math.max(0, k - 4), k - 1).some((t) => t.norm === "from");
}

/** The colon of "11:30" or the stop after "a.m": a clock's marks, not a clause's. */
const clockMark = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k]?.norm === ":" && tokens[k - 1]?.kind === "number" && tokens[k + 1]?.kind === "number") || (tokens[k]?.norm === "." && /^[ap]\.m$/.test(tokens[k - 1]?.norm ?? ""));

/** A clock's hour, minutes or marks: "11:30", "11 a.m.". */
function clockPart(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.kind !== "number") return clockMark(tokens, k) || /^[ap]\.m$/.test(tokens[k]?.norm ?? "");
  return clockMark(tokens, k + 1) || clockMark(tokens, k - 1) || /^[ap]\.m$/.test(tokens[k + 1]?.norm ?? "");
}

const COUNT_LABELS = new Set(["count", "tally", "figures", "numbers", "breakdown"]);
const COUNT_LABEL_CUE: Cue = { words: ["count"], metric: "launched" };

/** Nearest cue to the left of `from` within the clause: "shot down 718 drones and seven missiles". */
export function leftCue(tokens: readonly Token[], from: number, cues: readonly Cue[], reach: number): { cue: Cue; at: number } | null {
  for (let k = from, seen = 0; k >= 0 && seen <= reach; k--) {
    const t = tokens[k]!;
    // (a clock time's colon is no label's: "attacked ships at 04:20 with nine drones")
    const clock = t.norm === ":" && tokens[k - 1]?.kind === "number" && tokens[k + 1]?.kind === "number" && tokens[k - 1]!.end === t.start && t.end === tokens[k + 1]!.start;
    // a label ends where its figures start: "Intercepted: 87 missiles", "Weapons used: 122 missiles"
    if (t.norm === ":" && k >= 1 && !clock) {
      for (const c of cuesByLastWord(cues).get(tokens[k - 1]!.norm) ?? NO_CUES) {
        const start = k - c.words.length;
        if (start >= 0 && cueAt(tokens, start, c)) return { cue: c, at: start };
      }
      // "gave a more precise count: 127 missiles", "his own figures: 90 missiles and 100 drones"
      if (cues === WEAPON_CUES && COUNT_LABELS.has(tokens[k - 1]!.norm)) return { cue: COUNT_LABEL_CUE, at: k - 1 };
      return null;
    }
    if (CLAUSE_BREAK.has(t.norm) && !clock) return null;
    for (const c of cuesByLastWord(cues).get(t.norm) ?? NO_CUES) {
      const start = k - c.words.length + 1;
      if (start >= 0 && cueAt(tokens, start, c)) return { cue: c, at: start };
    }
    if (t.kind === "word") seen++;
  }
  return null;
}

/** "shot down or jammed", "shot down/suppressed": one combined figure. */
// (an ordinal opens the next one's count: "Two drones were shot down, and a third was jammed")
const COUNT_WORD = new RegExp(String.raw`^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another|dozens|all|most|the\s+rest|${ORDINAL_WORDS})$`);

/** "… or shot down" right after a jamming cue ending before `at`. */
function orDowned(tokens: readonly Token[], at: number): boolean {
  // (not the Air Force's "locationally lost/suppressed": jamming in two words)
  return tokens[at]?.norm === "or" && matchCue(tokens, at + 1, WEAPON_CUES)?.metric === "shot_down";
}

/** The "or" after an agent at `at` ("by air defences or", "by the air defence systems or"), or -1. */
function agentThenOr(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.norm !== "by") return -1;
  for (let k = at + 1; k <= at + 4; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== "word" || CLAUSE_BREAK.has(t.norm) || t.norm === "and") return -1;
    if (t.norm === "or") return k > at + 1 ? k : -1;
  }
  return -1;
}

export function combined(tokens: readonly Token[], at: number, cue: Cue): Metric {
  const after = at + cue.words.length;
  // "40 drones were detected and destroyed": what befell them, not only that they were seen
  if (cue.metric === "launched" && /^(?:detected|tracked|spotted)$/.test(tokens[at]?.norm ?? "") && tokens[after]?.norm === "and") {
    const next = matchCue(tokens, after + 1, WEAPON_CUES);
    if (next && next.metric !== "launched" && next.metric !== "hit") return combined(tokens, after + 1, next);
  }
  // ("12 UAVs were destroyed and suppressed": both befell the one count, as a translated "уничтожены и подавлены" says)
  // (with "and", only a word of jamming: not "shot down and stopped from reaching Kyiv")
  const and = tokens[after]?.norm === "and";
  // ("11 drones had been shot down by air defences or suppressed by electronic warfare": either, each told with its agent)
  const byAgentOr = agentThenOr(tokens, after);
  if (cue.metric === "shot_down" && byAgentOr > 0) {
    const next = matchCue(tokens, byAgentOr + 1, WEAPON_CUES);
    if (next && (next.metric === "neutralized" || next.metric === "jammed")) return "neutralized";
  }
  if (cue.metric === "shot_down" && (tokens[after]?.norm === "or" || tokens[after]?.norm === "/" || and)) {
    const next = matchCue(tokens, after + 1, WEAPON_CUES);
    if (next && (next.metric === "neutralized" || next.metric === "jammed") && (!and || /^(?:suppressed|jammed|neutrali[sz]ed)$/.test(tokens[after + 1]?.norm ?? ""))) return "neutralized";
  }
  // "jammed or shot down", "suppressed by electronic warfare or shot down": either, so neutralized
  if (cue.metric === "jammed" && orDowned(tokens, after)) return "neutralized";
  // "shot down or electronically jammed 410 of the drones": either, so neutralized (read from the cue nearest the count)
  if (cue.metric === "jammed") {
    let k = at - 1;
    if (tokens[k]?.norm === "electronically") k--;
    if (tokens[k]?.norm === "or" || tokens[k]?.norm === "/") {
      for (let from = k - 1; from >= Math.max(0, k - 3); from--) {
        const before = matchCue(tokens, from, WEAPON_CUES);
        if (before?.metric === "shot_down" && from + before.words.length === k) return "neutralized";
      }
    }
  }
  if (cue.metric === "neutralized" || cue.metric === "shot_down") {
    // "58 neutralized through jamming", "destroyed by electronic warfare"
    // (past where they were downed: "destroyed over his region by air defence and electronic warfare units")
    for (let k = after; k < Math.min(tokens.length, after + (tokens[after]?.norm === "over" ? 10 : 6)); k++) {
      // ("35 shot down, eight lost", "17 were destroyed and five were lost": the next count ends the phrase;
      // "neutralized, mostly by electronic warfare" goes on)
      if (CLAUSE_BREAK.has(tokens[k]!.norm) || tokens[k]!.kind === "number" || COUNT_WORD.test(tokens[k]!.norm) || (tokens[k]!.norm === "," && COUNT_WORD.test(tokens[k + 1]?.norm ?? ""))) break;
      if (tokens[k]!.norm === "or" || tokens[k]!.norm === "other") break;
      const c = matchCue(tokens, k, WEAPON_CUES);
      // (not "destroyed by mobile fire groups, electronic warfare and anti-aircraft missiles": jamming one means among several)
      if (c?.metric === "jammed") {
        if (orDowned(tokens, k + c.words.length)) return "neutralized";
        if (tokens.slice(after, Math.min(tokens.length, k + 8)).some((t) => OTHER_MEANS.test(t.norm))) return cue.metric;
        // ("destroyed by air defence and electronic warfare systems": downed or jammed, the two told as one count, so neutralized)
        return namesAirDefence(tokens, after, k) ? "neutralized" : "jammed";
      }
    }
  }
  return cue.metric;
}

const PAST_PASSIVE_WORD = wordOf(PAST_PASSIVE);
/** Past the auxiliaries and adverbs of a passive after a noun ("was", "had also been", "was reportedly"): its verb's index. */
export function pastAuxiliaries(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k <= from + 2 && PAST_PASSIVE_WORD.test(tokens[k]?.norm ?? "")) k++;
  return k;
}

/** "was", "has been", "had been": a singular passive's auxiliary at `k`. */
export const singularPassive = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.norm === "was" || (/^(?:has|had)$/.test(tokens[k]?.norm ?? "") && tokens[k + 1]?.norm === "been");

// a past participle of a fate ("shot down", "downed", "destroyed", "lost to electronic warfare"), not a gerund or an infinitive
export const FATE_PARTICIPLE = /^(?:shot|brought|taken|knocked|lost|\w+ed)$/;
