import type { ClaimRecord, Metric, StrikeRecord } from "@salvo/core";
import type { Ctx } from "./context.ts";
import { cellKey, claimantName, SIDE_KEYS } from "./model.ts";

/** Every claim of one event and metric, all sides, oldest first. */
export function metricClaims(ctx: Ctx, s: StrikeRecord, metric: Metric): ClaimRecord[] {
  return SIDE_KEYS.flatMap((k) => ctx.cells.get(cellKey(s.event_id, metric, k)) ?? []);
}

/**
 * The claims that state exactly `value` for this event and metric, latest first — the ones a
 * sentence quoting that figure must name. Falls back to all claims of the metric when none match
 * (the best estimate may be a rule's result rather than one claimant's words).
 */
export function backers(ctx: Ctx, s: StrikeRecord, metric: Metric, value: number): ClaimRecord[] {
  const all = metricClaims(ctx, s, metric);
  const exact = all.filter((c) => c.value === value);
  return (exact.length > 0 ? exact : all).slice().reverse();
}

/** Claimant names, most frequent first (ties: first seen), for a parenthesis after a total. */
export function rankedNames(claims: readonly ClaimRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const c of claims) {
    const name = claimantName(c);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
