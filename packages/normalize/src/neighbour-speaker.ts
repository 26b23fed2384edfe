import { findClaimants, isPronounClaimant } from "./claimants.ts";
import type { Token } from "./tokens.ts";

/**
 * Whether a sentence that tells of a weapon reaching a neighbour's airspace has a speaker of its own apart from the warring
 * sides: the neighbour or another third party ("One drone flew into Romanian airspace, the Romanian Defence Ministry said",
 * "…, NATO said"), or a named source of no known side. Such a speaker gives the neighbour's own count. A speaker of either
 * warring side, a local authority or a pronoun ("…, the Air Force said", "…, it said") is the attacked country's account,
 * as a tally's claimant is: the rest of the night it was counting.
 */
export function thirdPartySpeaker(tokens: readonly Token[]): boolean {
  return findClaimants(tokens).some((c) => c.side === "other" || (c.side === "unknown" && !isPronounClaimant(c)));
}
