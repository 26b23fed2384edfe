import type { ClaimRecord, Metric, STRIKE_METRIC_COLUMNS } from "@salvo/core";

const INTERCEPT_LIKE = new Set<Metric>(["launched", "shot_down", "jammed", "neutralized", "hit"]);

type MetricColumns = Record<`${Metric}_${(typeof STRIKE_METRIC_COLUMNS)[number]}`, number | null>;

/** Whether a claim's quote takes back another figure: "6 people were killed, not 8 as reported earlier". */
const takesBack = (c: ClaimRecord, value: number | null): boolean => value !== null && saysNot(c) && takeBackPattern(value).test(c.quote);

// Most quotes have no "not": asked once per claim, not once per comparison and value (every same-day pair of a toll's claims)
const NOT = /\bnot\s/i;
const saysNotOf = new WeakMap<ClaimRecord, boolean>();
function saysNot(c: ClaimRecord): boolean {
  let says = saysNotOf.get(c);
  if (says === undefined) saysNotOf.set(c, (says = NOT.test(c.quote)));
  return says;
}

// one pattern per value, not one per comparison: the same-day comparisons of 40,000 claims compiled as many
const takeBackPatterns = new Map<number, RegExp>();
function takeBackPattern(value: number): RegExp {
  let re = takeBackPatterns.get(value);
  if (!re) {
    re = new RegExp(`\\bnot\\s+${value}\\b[^.;]{0,30}?\\b(?:as|that)\\b[^.;]{0,30}?\\b(?:reported|said|stated|announced|given)\\b`, "i");
    takeBackPatterns.set(value, re);
  }
  return re;
}

/**
 * Latest report wins; on the same day the larger figure (tolls and counts are revised upward), unless the other
 * corrects it downward ("6 killed, not 8 as reported earlier").
 */
function latest(claims: readonly ClaimRecord[]): ClaimRecord | null {
  let best: ClaimRecord | null = null;
  for (const c of claims) {
    if (!best) best = c;
    else if ((c.published ?? "") > (best.published ?? "")) best = c;
    else if ((c.published ?? "") === (best.published ?? "") && !takesBack(best, c.value) && ((c.value ?? 0) > (best.value ?? 0) || takesBack(c, best.value))) best = c;
  }
  return best;
}

/**
 * A side's fullest count of weapons: its largest. Such counts only grow as reports come in ("as of 09:00", then the
 * day's total), and a smaller one of the same night is a part ("shot down 11 drones over the Odesa region", filed a
 * day after the national 79).
 */
function fullest(claims: readonly ClaimRecord[]): ClaimRecord | null {
  // (of equal counts, the latest report's, as for tolls)
  const later = (c: ClaimRecord, best: ClaimRecord) => (c.value ?? 0) === (best.value ?? 0) && (c.published ?? "") > (best.published ?? "");
  return claims.reduce<ClaimRecord | null>((best, c) => (!best || (c.value ?? 0) > (best.value ?? 0) || later(c, best) ? c : best), null);
}

/**
 * Per metric: each side's figure (its fullest count of weapons, its latest toll), the best estimate and the range.
 * Best is the attacked side's fullest count for launched/intercepted/hit (it counts what reached its airspace), and
 * the latest figure for casualties from anyone but the attacker (an attacker's "up to 85 servicemen
 * killed" is a claim about its target, not the toll), the attacker's only when no one else gives
 * one. A weapon count's columns all count the best figure's weapon. Nothing is averaged; `disputed` flags disagreement
 * between named sides.
 */
export function reconcile(claims: readonly ClaimRecord[], partIds: ReadonlySet<string>): { columns: MetricColumns; disputed: boolean } {
  const columns = {} as MetricColumns;
  let disputed = false;
  const metrics = new Set(claims.map((c) => c.metric));
  for (const m of ["launched", "shot_down", "jammed", "neutralized", "hit", "killed", "injured"] as const) {
    const all = claims.filter((c) => c.metric === m && c.value !== null && !partIds.has(c.claim_id));
    const target = all[0]?.target_country;
    const attackerSide = target === "UA" ? "RU" : target === "RU" ? "UA" : null;
    const pick = INTERCEPT_LIKE.has(m) ? fullest : latest;
    const bySide = (numeric: readonly ClaimRecord[], side: string) => pick(numeric.filter((c) => c.claimant_side === side));
    const thirdParty = (numeric: readonly ClaimRecord[]) => pick(numeric.filter((c) => c.claimant_side === "other" || c.claimant_side === "unknown"));
    // A weapon count's columns count one kind, the best figure's: "479 drones and 20 missiles" is no range of 20 to 479
    // (the other kind's figures stay in claims.csv). Tolls count people, whatever the weapon.
    const bestOfAll = INTERCEPT_LIKE.has(m) ? ((target === "UA" || target === "RU" ? bySide(all, target) : null) ?? thirdParty(all) ?? bySide(all, "UA") ?? bySide(all, "RU")) : null;
    const numeric = bestOfAll ? all.filter((c) => c.weapon === bestOfAll.weapon) : all;
    const ua = bySide(numeric, "UA")?.value ?? null;
    const ru = bySide(numeric, "RU")?.value ?? null;
    const other = thirdParty(numeric)?.value ?? null;
    const best = INTERCEPT_LIKE.has(m)
      ? (bestOfAll?.value ?? null)
      : (latest(numeric.filter((c) => c.claimant_side !== attackerSide))?.value ?? latest(numeric)?.value ?? null);
    const values = numeric.map((c) => c.value!);
    columns[`${m}_ua`] = ua;
    columns[`${m}_ru`] = ru;
    columns[`${m}_other`] = other;
    columns[`${m}_best`] = best;
    columns[`${m}_low`] = values.length ? Math.min(...values) : null;
    columns[`${m}_high`] = values.length ? Math.max(...values) : null;
    // (a figure no one is named for is no side's: an older toll in "earlier reports had put it at 2" disputes nothing)
    const sides = [ua, ru, bySide(numeric, "other")?.value ?? null].filter((v) => v !== null);
    if (metrics.has(m) && new Set(sides).size > 1) disputed = true;
  }
  return { columns, disputed };
}

