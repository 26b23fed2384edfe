import type { Token } from "./tokens.ts";

// what else a "with" ties a count of weapons to: the kit an aircraft or a launcher carries ("bombers armed with 12 missiles"),
// a comparison ("compared with 300 drones a week earlier"), company kept ("along with 20 drones"), a load coped with
const NOT_FIRED_WITH = /^(?:armed|equipped|fitted|loaded|laden|carrying|compared|comparison|contrast|along|together|line|par|coped|cope|copes|coping|dealt|deal|deals|dealing|contend|contended|contending|struggled|struggling|filled|packed)$/;
// what carries the weapons to war, told with them as its load: "Four Russian warships with up to 28 Kalibr missiles"
const CARRIER = /^(?:warships?|ships?|vessels?|submarines?|frigates?|corvettes?|boats?|carriers?|bombers?|aircraft|planes?|jets?|launchers?|systems?|batteries|battery|trucks?|(?:tu|su|mig)-\d+\w*)$/;
// who attacked, or the attack or night the count is of, named before the "with"
const ATTACK_TOLD = /^(?:russia|russian|russians|moscow|ukraine|ukrainian|ukrainians|kyiv|enemy|occupiers|invaders|forces|army|military|night|overnight|attack|attacks|barrage|barrages|strike|strikes|raid|raids|wave|waves|assault|onslaught|bombardment)$/;

/**
 * "Russia followed up on the night of May 25-26 with 355 drones", "On October 16 Russia went back to gas, with 320 drones",
 * "The night of 5-6 June, with 407 drones and 45 missiles, narrowly missed the list": a count of weapons that a "with" at
 * `first - 1` gives an attack or a night, with no verb of firing or of their fate, tells what was fired. Only where the clause
 * before it names the attacker or the attack, and not the kit a carrier bears ("warships with 28 Kalibr missiles"), a
 * comparison or company kept.
 */
export function firedWith(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.norm !== "with") return false;
  if (NOT_FIRED_WITH.test(tokens[first - 2]?.norm ?? "") || CARRIER.test(tokens[first - 2]?.norm ?? "")) return false;
  let start = first - 2;
  while (start >= 0 && tokens[start]!.norm !== ";" && tokens[start]!.norm !== "if") start--;
  if (tokens[start]?.norm === "if") return false;
  return tokens.slice(start + 1, first - 1).some((t) => ATTACK_TOLD.test(t.norm));
}
