import { ATTACK_NOUNS } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

// what else a "with" ties a count of weapons to: the kit an aircraft or a launcher carries ("bombers armed with 12 missiles"),
// a comparison ("compared with 300 drones a week earlier"), company kept ("along with 20 drones"), a load coped with
const NOT_FIRED_WITH = /^(?:armed|equipped|fitted|loaded|laden|carrying|compared|comparison|contrast|along|together|line|par|coped|cope|copes|coping|dealt|deal|deals|dealing|contend|contended|contending|struggled|struggling|filled|packed)$/;
// what carries the weapons to war, told with them as its load: "Four Russian warships with up to 28 Kalibr missiles"
const CARRIER = /^(?:warships?|ships?|vessels?|submarines?|frigates?|corvettes?|boats?|carriers?|bombers?|aircraft|planes?|jets?|launchers?|systems?|batteries|battery|trucks?|(?:tu|su|mig)-\d+\w*)$/;
// the clause's verb of attacking: "Russia struck the region with", "Moscow returned with"; "came back", "followed up" with the
// word after it
const ATTACK_VERB = /^(?:struck|strikes|hit|hits|attacked|attacks|returned|returns)$/;
const ATTACK_PHRASAL = /^(?:came|comes|went|goes|followed|follows)$/;
const PHRASAL_TAIL = /^(?:back|up)$/;
// where the clause the "with" is in opens, scanning back: another verb's ("Washington has helped Ukraine with"), a relative or a
// condition ("if Russia attacks with"), a clause joined on ("…, and supplied its troops with")
const OTHER_FINITE = /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|said|says|if|which|who|that|whose)$/;
const JOINER = /^(?:and|but|while|as|when|after|since|although|though|whereas|so)$/;
// the night or the attack the count is of, named right before the "with": "The night of 5-6 June, with 407 drones"
const ATTACK_TOLD = (norm: string) => norm === "night" || norm === "overnight" || ATTACK_NOUNS.has(norm);

/** The attack or the night named right before the "with" at `at`, past a comma and a date it is "of": "the raid with", "The night of 3-4 March, with". */
function attackNamed(tokens: readonly Token[], at: number): boolean {
  const end = tokens[at - 1]?.norm === "," ? at - 2 : at - 1;
  if (ATTACK_TOLD(tokens[end]?.norm ?? "")) return true;
  for (let k = end; k >= Math.max(1, end - 5) && tokens[k]!.norm !== ","; k--) {
    if (tokens[k]!.norm === "of") return ATTACK_TOLD(tokens[k - 1]!.norm);
  }
  return false;
}

/** The comma that opens a ", which …," aside the comma at `close` ends, or `close` itself. */
function asideOpening(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 1; k--) {
    if (tokens[k]!.norm === ";" || tokens[k]!.norm === ".") return close;
    if (tokens[k]!.norm === ",") return /^(?:which|who)$/.test(tokens[k + 1]?.norm ?? "") ? k : close;
  }
  return close;
}

/** Where the clause's attack verb sits before the "with" at `at`, or -1 where the clause names none. */
function attackVerbBefore(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    // (past an aside on what the verb struck: "hit the pumping station, which carries oil to the sea, on Monday, with seven drones")
    if (tokens[k]!.norm === ",") k = asideOpening(tokens, k);
    const w = tokens[k]!.norm;
    if (w === ";" || w === ":" || OTHER_FINITE.test(w)) return -1;
    if (JOINER.test(w) && (tokens[k - 1]?.norm === "," || /ed$/.test(tokens[k + 1]?.norm ?? ""))) return -1;
    if (ATTACK_VERB.test(w)) return k;
    if (PHRASAL_TAIL.test(w) && ATTACK_PHRASAL.test(tokens[k - 1]?.norm ?? "")) return k - 1;
  }
  return -1;
}

/**
 * "Russia followed up on the night of May 25-26 with 355 drones", "On October 16 Russia went back to gas, with 320 drones",
 * "The night of 5-6 June, with 407 drones and 45 missiles, narrowly missed the list": a count of weapons that a "with" at
 * `first - 1` gives an attack or a night, with no verb of firing or of their fate, tells what was fired. Only where the clause
 * the "with" is in tells the attack by its verb, or names the attack or night right before it; not the kit a carrier bears
 * ("warships with 28 Kalibr missiles"), a comparison, company kept, nor a "with" of another verb ("helped Ukraine with").
 */
export function firedWith(tokens: readonly Token[], first: number): boolean {
  const at = first - 1;
  if (tokens[at]?.norm !== "with" || CARRIER.test(tokens[at - 1]?.norm ?? "")) return false;
  if (attackNamed(tokens, at)) return true;
  const verb = attackVerbBefore(tokens, at);
  return verb >= 0 && !tokens.slice(verb, at).some((t) => NOT_FIRED_WITH.test(t.norm));
}
