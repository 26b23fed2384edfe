import type { ClaimRecord, Metric, StrikeRecord } from "@salvo/core";
import { metricClaims } from "./claimants.ts";
import type { Ctx } from "./context.ts";
import { claimantName, METRICS } from "./model.ts";

/** One claimant's latest numeric figure for an event and metric. */
export interface Position {
  claimant: string;
  claim: ClaimRecord;
  value: number;
}

/** An event and metric on which claimants (of any sides) give different numbers. */
export interface Dispute {
  s: StrikeRecord;
  metric: Metric;
  positions: Position[];
  /** (highest − lowest) ÷ highest: 1 when one says 0, near 0 for a rounding difference. */
  gap: number;
}

const cache = new WeakMap<Ctx, Dispute[]>();

/**
 * Each claimant counts once with its latest figure, so a claimant that updates "400" to "728"
 * during the night is not a dispute; two claimants who end on different numbers are.
 */
export function disputes(ctx: Ctx): Dispute[] {
  const known = cache.get(ctx);
  if (known) return known;
  const out: Dispute[] = [];
  cache.set(ctx, out);
  for (const s of ctx.events) {
    for (const metric of METRICS) {
      const latest = new Map<string, Position>();
      for (const claim of metricClaims(ctx, s, metric)) {
        if (claim.value === null) continue;
        const claimant = claimantName(claim);
        latest.delete(claimant); // re-insert so the order follows each claimant's latest word
        latest.set(claimant, { claimant, claim, value: claim.value });
      }
      const positions = [...latest.values()];
      const values = positions.map((p) => p.value);
      const hi = Math.max(...values);
      const lo = Math.min(...values);
      if (positions.length < 2 || hi === lo) continue;
      out.push({ s, metric, positions, gap: (hi - lo) / hi });
    }
  }
  return out;
}
