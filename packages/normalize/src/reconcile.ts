import type { ClaimRecord, Metric, STRIKE_METRIC_COLUMNS } from "@salvo/core";

const INTERCEPT_LIKE = new Set<Metric>(["launched", "shot_down", "jammed", "neutralized", "hit"]);

type MetricColumns = Record<`${Metric}_${(typeof STRIKE_METRIC_COLUMNS)[number]}`, number | null>;

/** Latest report wins; on the same day the larger figure (tolls and counts are revised upward). */
function latest(claims: readonly ClaimRecord[]): ClaimRecord | null {
  let best: ClaimRecord | null = null;
  for (const c of claims) {
    if (!best) best = c;
    else if ((c.published ?? "") > (best.published ?? "")) best = c;
    else if ((c.published ?? "") === (best.published ?? "") && (c.value ?? 0) > (best.value ?? 0)) best = c;
  }
  return best;
}

/**
 * Per metric: each side's latest figure, the best estimate and the range. Best is the attacked
 * side's official figure for launched/intercepted/hit (it counts what reached its airspace), and
 * the latest figure for casualties from anyone but the attacker (an attacker's "up to 85 servicemen
 * killed" is a claim about its target, not the toll), the attacker's only when no one else gives
 * one. Nothing is averaged; `disputed` flags disagreement.
 */
export function reconcile(claims: readonly ClaimRecord[], partIds: ReadonlySet<string>): { columns: MetricColumns; disputed: boolean } {
  const columns = {} as MetricColumns;
  let disputed = false;
  const metrics = new Set(claims.map((c) => c.metric));
  for (const m of ["launched", "shot_down", "jammed", "neutralized", "hit", "killed", "injured"] as const) {
    const numeric = claims.filter((c) => c.metric === m && c.value !== null && !partIds.has(c.claim_id));
    const bySide = (side: string) => latest(numeric.filter((c) => c.claimant_side === side))?.value ?? null;
    const ua = bySide("UA");
    const ru = bySide("RU");
    const other = latest(numeric.filter((c) => c.claimant_side === "other" || c.claimant_side === "unknown"))?.value ?? null;
    const target = numeric[0]?.target_country;
    const attackerSide = target === "UA" ? "RU" : target === "RU" ? "UA" : null;
    const best = INTERCEPT_LIKE.has(m)
      ? ((target === "UA" ? ua : target === "RU" ? ru : null) ?? other ?? ua ?? ru)
      : (latest(numeric.filter((c) => c.claimant_side !== attackerSide))?.value ?? latest(numeric)?.value ?? null);
    const values = numeric.map((c) => c.value!);
    columns[`${m}_ua`] = ua;
    columns[`${m}_ru`] = ru;
    columns[`${m}_other`] = other;
    columns[`${m}_best`] = best;
    columns[`${m}_low`] = values.length ? Math.min(...values) : null;
    columns[`${m}_high`] = values.length ? Math.max(...values) : null;
    const sides = [ua, ru, other].filter((v) => v !== null);
    if (metrics.has(m) && new Set(sides).size > 1) disputed = true;
  }
  return { columns, disputed };
}

