import type { BriefingInput } from "./context.ts";

/** A briefing stays readable (and renders in seconds) up to about this many events; the CSVs hold the rest. */
export interface BriefingLimits {
  readonly strikes: number;
  readonly diplomacy: number;
}
export const BRIEFING_LIMITS: BriefingLimits = { strikes: 500, diplomacy: 300 };

const largest = (s: BriefingInput["strikes"][number]) => Math.max(s.launched_best ?? 0, s.killed_best ?? 0);

/**
 * Keeps the events a reader needs when there are too many for one document: the most reported
 * and largest strikes, the most reported contacts, and the sources that back them (skipped files
 * are always listed). Deterministic: ties are broken by date and id.
 */
export function selectForBriefing(input: BriefingInput, limits: BriefingLimits = BRIEFING_LIMITS): BriefingInput {
  if (input.strikes.length <= limits.strikes && input.diplomacy.length <= limits.diplomacy) return input;
  const strikes = [...input.strikes]
    .sort((a, b) => b.source_count - a.source_count || largest(b) - largest(a) || (a.date_start ?? "").localeCompare(b.date_start ?? "") || a.event_id.localeCompare(b.event_id))
    .slice(0, limits.strikes);
  const diplomacy = [...input.diplomacy]
    .sort((a, b) => b.source_count - a.source_count || (a.date ?? "").localeCompare(b.date ?? "") || a.event_id.localeCompare(b.event_id))
    .slice(0, limits.diplomacy);
  const kept = new Set(strikes.map((s) => s.event_id));
  const claims = input.claims.filter((c) => kept.has(c.event_id));
  const cited = new Set([...claims.map((c) => c.article_id), ...diplomacy.flatMap((d) => d.article_ids)]);
  const sources = input.sources.filter((s) => s.status === "skipped" || cited.has(s.article_id));
  return {
    ...input,
    strikes,
    claims,
    diplomacy,
    sources,
    omitted: { strikes: input.strikes.length - strikes.length, diplomacy: input.diplomacy.length - diplomacy.length, sources: input.sources.length - sources.length },
  };
}
