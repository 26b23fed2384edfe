import type { Metric } from "@salvo/core";
import { BE, DO, HAVE, MODALS, wordOf } from "./auxiliaries.ts";
import { CLAUSE_BREAK } from "./lexicon.ts";
import { isCount, type Quantity } from "./quantities.ts";
import type { Token } from "./tokens.ts";

// what may join one count of people to the next in a list: "two generals, 50 officers and 20 mercenaries"
const JOINS = new Set([",", "and", ",and"]);
// a verb or its auxiliary after the count before: the list's first item closes with a clause of its own
const NOT_NOUN = new RegExp(`^(?:\\w+ed|\\w+ing|${[...BE, ...HAVE, "been"].join("|")})$`);
// what may follow the list's later noun: more of the list, its end, or quote marks around the noun; not a verb of its own
// ("killing two people, 40 rescuers worked through the night" tells what the rescuers did)
const LIST_GOES_ON = /^(?:,|and|\.|;|\)|'|"|“|”|‘|’|)$/;

// a finite verb, its auxiliary or a modal: the first word of a clause's predicate
const FINITE = wordOf(BE, HAVE, MODALS, DO, [
  "remain", "remains", "remained", "continue", "continues", "continued", "fought", "took", "spent", "left", "fled", "came", "went", "ran", "kept", "stood", "made", "found", "got", "gave", "brought", "began", "helped", "work", "worked", "battle", "battled", "arrived", "rushed", "lost", "sought", "hid", "slept", "saw", "heard", "told", "said", "say", "says",
]);
// the auxiliary a coordinated subject's verb opens with: "50 firefighters and 12 fire engines were involved"
const AUXILIARY = wordOf(BE, HAVE, ["will", "would", "remain", "remained"]);
// an adverb the predicate may open with: "40 rescuers also worked"
const PREDICATE_ADVERB = /^(?:also|still|later|then|reportedly|immediately|quickly|now|already|\w+ly)$/;

/**
 * Whether the count of people whose noun ends at `headEnd` is the subject of a verb of its own, which is no casualty verb
 * (those are read from the right before this is asked): "Two people were killed, 40 rescuers worked through the night",
 * "Two people were injured and 12 residents evacuated". A past form in -ed after the noun is read as its verb ("evacuated",
 * "battled"), not an age ("aged").
 */
export function verbOfItsOwn(tokens: readonly Token[], headEnd: number): boolean {
  let k = headEnd + 1;
  // (past a second count joined to the subject, up to its auxiliary: "… and 12 units of equipment were involved")
  if (tokens[k]?.norm === "and") {
    const aux = tokens.slice(k + 1, k + 7).findIndex((t) => t.kind !== "word" && t.kind !== "number" ? true : AUXILIARY.test(t.norm));
    return aux > 0 && AUXILIARY.test(tokens[k + 1 + aux]!.norm);
  }
  if (PREDICATE_ADVERB.test(tokens[k]?.norm ?? "") && tokens[k]!.kind === "word") k++;
  const w = tokens[k]?.norm ?? "";
  return FINITE.test(w) || (/^\w+ed$/.test(w) && w !== "aged");
}

// a participle of where someone was, not of what they did: "12 civilians stationed nearby", "three children trapped in the building"
const WHERE_THEY_WERE = /^(?:stationed|trapped|sheltering|sheltered|gathered|located|based|deployed|housed|staying|living|hiding|waiting|standing)$/;
// the place phrase such a participle leads into (a finite verb takes its object or ends the clause: "12 residents evacuated the village")
const PLACE_AFTER = /^(?:in|at|near|nearby|inside|outside|under|beneath|on|around|close)$/;
// the auxiliary of a passive casualty verb: "Two people were injured and 12 residents trapped …" gaps its "were", the second
// count's verb of its own
const PASSIVE_AUX = wordOf(BE, ["be", "been", "being", "got", "get"]);

/**
 * Whether the count of people whose noun ends at `headEnd` is the object of the active casualty verb at `cueAt` and what
 * follows its noun describes where those people were: "killed two soldiers and 12 civilians stationed nearby", "killed a woman
 * and three children trapped in the building" (not a passive verb's gapped clause, "Two people were injured and 12 residents
 * trapped in the rubble", nor a finite verb of its own, "… and 12 residents evacuated the village").
 */
export function describedObject(tokens: readonly Token[], cueAt: number, headEnd: number): boolean {
  if (!/^(?:killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds)$/.test(tokens[cueAt]?.norm ?? "")) return false;
  let b = cueAt - 1;
  while (b >= 0 && PREDICATE_ADVERB.test(tokens[b]!.norm) && tokens[b]!.kind === "word") b--;
  if (PASSIVE_AUX.test(tokens[b]?.norm ?? "") || /^(?:the|among)$/.test(tokens[cueAt - 1]?.norm ?? "")) return false;
  if (!WHERE_THEY_WERE.test(tokens[headEnd + 1]?.norm ?? "") || !PLACE_AFTER.test(tokens[headEnd + 2]?.norm ?? "")) return false;
  // (the place phrase must run to the clause's end or the list's next count: the participle's phrase may open a clause whose verb
  // comes after it, "… and 12 residents trapped in the building were rescued", "… and 30 soldiers stationed in the barracks
  // survived", so any verb-like word, or a phrase too long to tell, is read as that clause's)
  for (let k = headEnd + 3; k <= headEnd + 10; k++) {
    const t = tokens[k];
    if (!t || t.norm === "." || t.norm === ";" || t.norm === ",") return true;
    if (t.norm === "and" && isCount(tokens[k + 1])) return true;
    if (FINITE.test(t.norm) || /^\w+ed$/.test(t.norm)) return false;
  }
  return false;
}

/**
 * "killing up to two generals, up to 50 officers and up to 20 mercenaries": a count of people in a list whose first count the
 * casualty verb reads, joined to the count before it by a comma or "and", shares that count's toll. A hedge on each item puts the
 * verb past the few words a cue is looked for to the left, so each item is read from the one before.
 * (not a count with a verb of its own, "killing two people, 12 children were evacuated", nor the part of a toll after it,
 * "killing 20 people, nine of them children", which reads as a part)
 */
export function listedToll(tokens: readonly Token[], q: Quantity, headEnd: number, prev: { metric: Metric; weapon: unknown; last: number; part: boolean } | null): Metric | null {
  if (!prev || prev.weapon !== null || prev.part || (prev.metric !== "killed" && prev.metric !== "injured")) return null;
  // (past the count before's own noun: "two generals," then "up to 50 officers")
  let k = prev.last + 1;
  while (k < q.first && k <= prev.last + 3 && tokens[k]!.kind === "word" && !JOINS.has(tokens[k]!.norm) && !NOT_NOUN.test(tokens[k]!.norm) && !CLAUSE_BREAK.has(tokens[k]!.norm)) k++;
  const joint = tokens.slice(k, q.first).map((t) => t.norm).join("");
  if (!JOINS.has(joint)) return null;
  return LIST_GOES_ON.test(tokens[headEnd + 1]?.norm ?? "") ? prev.metric : null;
}
