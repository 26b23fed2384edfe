import { isCount } from "./quantities.ts";
import type { Token } from "./tokens.ts";

// the attacks a sum runs over ("strikes", "nights"); not "waves", which one night's attack comes in
const ATTACKS = new Set(["strikes", "attacks", "barrages", "raids", "nights"]);
const DETERMINERS = new Set(["the", "these", "those", "all"]);

/**
 * Whether the tokens at `at` sum a figure over several attacks ("Across the seven strikes in the table, Russia launched 327
 * missiles"): the total of them all, a period's figure, not the last attack the text told.
 */
export function acrossAttacks(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== "across") return false;
  let i = at + 1;
  if (DETERMINERS.has(tokens[i]?.norm ?? "")) i++;
  if (tokens[i]?.norm === "the") i++; // "across all the seven strikes"
  if (!isCount(tokens[i])) return false;
  return ATTACKS.has(tokens[i + 1]?.norm ?? "");
}
