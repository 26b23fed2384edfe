import type { BriefingInput } from "./context.ts";

/**
 * A briefing is read and handed on, so it stays a few dozen pages: the comparison tables hold the
 * most-reported events up to these limits (about 40 pages, about a second to render) and the cover
 * says what is only in the CSVs. Layout time grows with pages, so this also bounds the report stage.
 */
export interface BriefingLimits {
  readonly strikes: number;
  readonly diplomacy: number;
  /** Rows of the sources table (skipped files are always listed): sources.csv has every one. */
  readonly sources: number;
}
export const BRIEFING_LIMITS: BriefingLimits = { strikes: 150, diplomacy: 100, sources: 300 };

const largest = (s: BriefingInput["strikes"][number]) => Math.max(s.launched_best ?? 0, s.killed_best ?? 0);

/**
 * Keeps the events a reader needs when there are too many for one document: the most reported
 * and largest strikes, the most reported contacts, and the sources that back most of their
 * figures (skipped files are always listed). Deterministic: ties are broken by date and id.
 */
export function selectForBriefing(input: BriefingInput, limits: BriefingLimits = BRIEFING_LIMITS): BriefingInput {
  const citedSources = input.sources.filter((s) => s.status === "ok").length;
  if (input.strikes.length <= limits.strikes && input.diplomacy.length <= limits.diplomacy && citedSources <= limits.sources) return input;
  const strikes = [...input.strikes]
    .sort((a, b) => b.source_count - a.source_count || largest(b) - largest(a) || (a.date_start ?? "").localeCompare(b.date_start ?? "") || a.event_id.localeCompare(b.event_id))
    .slice(0, limits.strikes);
  const diplomacy = [...input.diplomacy]
    .sort((a, b) => b.source_count - a.source_count || (a.date ?? "").localeCompare(b.date ?? "") || a.event_id.localeCompare(b.event_id))
    .slice(0, limits.diplomacy);
  const kept = new Set(strikes.map((s) => s.event_id));
  const claims = input.claims.filter((c) => kept.has(c.event_id));
  const cited = new Set([...claims.map((c) => c.article_id), ...diplomacy.flatMap((d) => d.article_ids)]);
  // the sources that back the most figures; ties by id, and the table keeps file order
  const top = new Set(
    input.sources
      .filter((s) => s.status === "ok" && cited.has(s.article_id))
      .sort((a, b) => b.claim_count - a.claim_count || a.article_id.localeCompare(b.article_id))
      .slice(0, limits.sources)
      .map((s) => s.article_id),
  );
  const sources = input.sources.filter((s) => s.status === "skipped" || top.has(s.article_id));
  return {
    ...input,
    strikes,
    claims,
    diplomacy,
    sources,
    omitted: { strikes: input.strikes.length - strikes.length, diplomacy: input.diplomacy.length - diplomacy.length, sources: input.sources.length - sources.length },
  };
}
