import type { Token } from "./tokens.ts";

// the subordinators of a clause that tells a strike beside the main news: "two dead after a missile hit houses", "in Pavlohrad,
// where a missile landed on a residential street", "killed when a drone hit their car"
const TELLING = /^(?:when|after|where)$/;
// what sets the clause's strike back as a memory, the one ANNOTATION.md leaves out ("the deadliest since August, when a missile
// struck the square", "the last time …, when", "revived memories of the strike …, when"), or back by a span longer than the
// news's days ("Two people were killed on Monday, a week after a drone hit the same block")
const RECALLING = /^(?:since|last|previous|previously|remembered|remember|recalled|recalls|recall|memories|memory|anniversary|ago|weeks?|months?|years?)$/;
// the passive of a relative clause that names what was struck, up to the weapon: "that was hit by", "which had been struck by"
const PASSIVE_RELATIVE = /^(?:that|which) (?:(?:was|were)|(?:had|has|have) been) (?:hit|struck) by$/;

/**
 * "the destroyed entrance of an apartment block in Kryvyi Rih that was hit by a Russian missile on Friday morning": the
 * relative clause at `marker` names the block by the strike that hit it, and its weapon (at `first`) struck (not a relative
 * clause whose weapon is its subject or object, "the school that a drone hit in May").
 */
function passiveRelative(tokens: readonly Token[], marker: number, first: number): boolean {
  return PASSIVE_RELATIVE.test(tokens.slice(marker, first).map((t) => t.norm).join(" "));
}

// a year the sentence names: a strike the news dates no closer than by its year ("The city is rebuilding the school, where a
// missile hit the gym in 2022"), or another war's ("In 1941, Nazi troops killed 33,771 Jews at Babyn Yar, where …")
const YEAR = /^(?:19|20)\d\d$/;

/**
 * "had reported two dead after a missile hit houses in the village", "The worst damage was in the Sviatoshynskyi district, where
 * a missile struck a nine-story residential building", "a day after a Russian missile struck a nine-story apartment building in
 * Dnipro": one weapon that struck, told in a clause the subordinator at `marker` opens before it, right before or further
 * back ("where one entrance collapsed after a direct missile hit", "where on 27 June an Iskander missile hit a pizzeria"). The clause
 * tells a strike the article reports, the day's or an earlier one's with its own date, as ANNOTATION.md counts background
 * attacks; not one set back as a memory by what comes before it in the sentence.
 */
export function toldStrikeClause(tokens: readonly Token[], marker: number, first: number): boolean {
  if (!TELLING.test(tokens[marker]?.norm ?? "") && !passiveRelative(tokens, marker, first)) return false;
  if (tokens.some((t) => t.kind === "number" && YEAR.test(t.norm))) return false;
  return !tokens.slice(0, marker).some((t) => RECALLING.test(t.norm));
}

/**
 * "since the July 8 attack, when Russia fired 38 missiles and one of them struck the hospital": a strike told in a clause of time
 * (opened before `first`) that a word before it sets back as a memory, as ANNOTATION.md leaves out (not a clause that tells the
 * news beside its toll, "killed when one of them hit a house", nor a time the news is counted from, "Since midnight, …").
 */
export function recalledClause(tokens: readonly Token[], first: number): boolean {
  for (let m = 0; m < first; m++) {
    const t = tokens[m]!.norm;
    if (TELLING.test(t) && tokens.slice(0, m).some((x) => RECALLING.test(x.norm))) return true;
  }
  return false;
}
