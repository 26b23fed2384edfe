import { Metric } from "@salvo/core";
import type { ClaimRecord, ClaimantSide, StrikeRecord } from "@salvo/core";

/** The three claimant columns of strikes.csv: `other` holds third parties and unattributed figures. */
export const SIDE_KEYS = ["ua", "ru", "other"] as const;
export type SideKey = (typeof SIDE_KEYS)[number];
export const SIDE_HEAD: Readonly<Record<SideKey, string>> = { ua: "UA", ru: "RU", other: "other" };

export const METRICS: readonly Metric[] = Metric.options;

type Column = SideKey | "best" | "low" | "high";

export function sideKey(side: ClaimantSide): SideKey {
  return side === "UA" ? "ua" : side === "RU" ? "ru" : "other";
}

export function figure(s: StrikeRecord, metric: Metric, column: Column): number | null {
  return s[`${metric}_${column}`] ?? null;
}

/**
 * Intercepted as one side counts it: `neutralized` when given (it is the shot-down-or-jammed total
 * when the text gives no split), else shot down plus jammed, whichever of the two is stated.
 */
export function intercepted(s: StrikeRecord, column: Column): number | null {
  const neutralized = figure(s, "neutralized", column);
  if (neutralized !== null) return neutralized;
  const shot = figure(s, "shot_down", column);
  const jammed = figure(s, "jammed", column);
  if (shot === null && jammed === null) return null;
  return (shot ?? 0) + (jammed ?? 0);
}

/** Intercepted over launched, only when the same side (or the best-estimate column) gives both. */
export function interceptRate(s: StrikeRecord, column: Column): number | null {
  const launched = figure(s, "launched", column);
  const down = intercepted(s, column);
  if (launched === null || down === null || launched === 0) return null;
  return down / launched;
}

/** Sides whose figures for a metric differ (two or more numeric figures, not all equal). */
export function sidesDisagree(s: StrikeRecord, metric: Metric): boolean {
  const values = SIDE_KEYS.map((k) => figure(s, metric, k)).filter((v): v is number => v !== null);
  return new Set(values).size > 1;
}

export const isStrike = (s: StrikeRecord): boolean => s.event_type === "strike";

/** Code-unit order: `localeCompare` would depend on the machine's ICU data and locale. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Dates ascending, unknown dates last. */
export const byDate = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : cmp(a, b);

/** Chronological, undated events last, ties broken by id so the order never depends on the input order. */
export function sortStrikes(strikes: readonly StrikeRecord[]): StrikeRecord[] {
  return [...strikes].sort(
    (a, b) =>
      byDate(a.date_start, b.date_start) ||
      byDate(a.date_end, b.date_end) ||
      cmp(a.event_id, b.event_id),
  );
}

/** Oldest report first, so the last claim of a list is the latest word. */
export function sortClaims(claims: readonly ClaimRecord[]): ClaimRecord[] {
  return [...claims].sort(
    (a, b) =>
      byDate(a.published, b.published) ||
      cmp(a.article_id, b.article_id) ||
      a.quote_start - b.quote_start ||
      cmp(a.claim_id, b.claim_id),
  );
}

export const cellKey = (eventId: string, metric: Metric, side: SideKey): string => `${eventId}|${metric}|${side}`;

/** Claims grouped by table cell (event, metric, claimant side), each group oldest first. */
export function claimsByCell(claims: readonly ClaimRecord[]): Map<string, ClaimRecord[]> {
  const cells = new Map<string, ClaimRecord[]>();
  for (const c of sortClaims(claims)) {
    const key = cellKey(c.event_id, c.metric, sideKey(c.claimant_side));
    const list = cells.get(key);
    if (list) list.push(c);
    else cells.set(key, [c]);
  }
  return cells;
}

/** Who says it, for a parenthesis: the claimant as named, else the side. */
export function claimantName(c: ClaimRecord): string {
  if (c.claimant) return c.claimant;
  return c.claimant_side === "UA"
    ? "unnamed Ukrainian source"
    : c.claimant_side === "RU"
      ? "unnamed Russian source"
      : "unattributed";
}

/** Distinct claimant names of the claims, in order of first appearance. */
export function claimantNames(claims: readonly ClaimRecord[]): string[] {
  return [...new Set(claims.map(claimantName))];
}
