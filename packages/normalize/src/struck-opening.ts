import { BULLET } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

// what the body that counted the weapons tells of their fates: a sentence with one of these goes on with its tally
// ("Three were intercepted, but one hit the warehouse")
const FATE = /^(?:intercepted|downed|destroyed|suppressed|jammed|neutrali[sz]ed|repelled|shot|lost)$/;
// a count of what reached its targets, the body's own: "Two missiles hit their targets", "32 drones hit targets in 10 locations"
const TARGETS = /^(?:targets?|locations?)$/;

/**
 * "… 38 missiles, according to the Air Force, which said 30 were intercepted. One struck the Okhmatdyt children's hospital in
 * Kyiv.": the weapons that struck told as the subject their sentence opens with (after a bullet or a place, "In Ternopil, two
 * Kh-101 cruise missiles tore into apartment blocks"), a sentence of its own about what they struck. `first` is where their
 * amount begins. Not a sentence that goes on with the tally of fates ("Three were intercepted, but one hit the warehouse"), nor
 * one that counts what reached its targets ("Two missiles hit their targets"), nor "The missile hit …", the one just counted.
 */
export function opensWithStrike(tokens: readonly Token[], first: number): boolean {
  let k = 0;
  if (tokens[k] && BULLET.test(tokens[k]!.norm)) k++;
  // a place it opens with: "In Ternopil,", "In the Lviv region,", "- In Mukachevo, Zakarpattia region,"
  if (tokens[k]?.norm === "in") {
    const comma = tokens.findIndex((t, j) => j > k && t.norm === ",");
    if (comma < 0 || comma > k + 6 || tokens.slice(k + 1, comma).some((t) => t.kind !== "word")) return false;
    k = comma + 1;
    // (a region after the town: "In Mukachevo, Zakarpattia region,")
    const again = tokens.findIndex((t, j) => j >= k && t.norm === ",");
    if (again > 0 && again < first && again <= k + 3 && tokens[again - 1]?.norm.match(/^(?:region|oblast)$/)) k = again + 1;
  }
  // (not "The missile hit an infrastructure facility": the one of the count just told, which the body's statement goes on with)
  if (k !== first || tokens[first]?.norm === "the") return false;
  const rest = tokens.slice(first + 1);
  return !rest.some((t) => FATE.test(t.norm)) && !rest.some((t) => TARGETS.test(t.norm));
}
