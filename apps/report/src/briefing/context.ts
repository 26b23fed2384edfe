import type { ClaimRecord, DiplomacyRecord, Metric, SourceRecord, StrikeRecord } from "@salvo/core";
import { dateSpan, direction, WEAPONS, METRIC_WORDS } from "./format.ts";
import { byDate, cellKey, claimsByCell, cmp, sortStrikes, type SideKey, SIDE_HEAD } from "./model.ts";

export interface BriefingInput {
  /** Briefing date, YYYY-MM-DD: printed on the cover and pinned as the PDF's creation date. */
  now: string;
  strikes: StrikeRecord[];
  claims: ClaimRecord[];
  diplomacy: DiplomacyRecord[];
  sources: SourceRecord[];
  /** Set when the inputs were more than a briefing can tabulate: what was left to the CSVs. */
  omitted?: { strikes: number; diplomacy: number; sources: number };
}

/** One footnote: the claims behind one table figure (event, metric, claimant side). */
export interface Note {
  n: number;
  label: string;
  claims: ClaimRecord[];
}

/** What every section reads: the input sorted once, event references and the shared footnotes. */
export interface Ctx {
  now: string;
  /** All strike records (strikes and period totals), chronological. */
  events: StrikeRecord[];
  /** event_id → "E12" (a strike) or "T2" (a period total): the event's number in the comparison table. */
  refs: Map<string, string>;
  cells: Map<string, ClaimRecord[]>;
  claims: ClaimRecord[];
  diplomacy: DiplomacyRecord[];
  sources: SourceRecord[];
  omitted: { strikes: number; diplomacy: number; sources: number } | null;
  notes: Note[];
  /** The footnote number for a table figure, numbered in order of first use; null when no claim backs it. */
  noteFor(event: StrikeRecord, metric: Metric, side: SideKey): number | null;
}

export function eventLabel(ctx: Ctx, s: StrikeRecord): string {
  return `${ctx.refs.get(s.event_id) ?? "?"} · ${dateSpan(s.date_start, s.date_end)} · ${direction(s.attacker, s.target_country)} ${WEAPONS[s.weapon]}`;
}

export function buildContext(input: BriefingInput): Ctx {
  const events = sortStrikes(input.strikes);
  // Single strikes are E1…En in date order; period totals T1…Tm, so totals never split the strike numbering.
  const strikes = events.filter((s) => s.event_type === "strike");
  const totals = events.filter((s) => s.event_type !== "strike");
  const refs = new Map([...strikes.map((s, i) => [s.event_id, `E${i + 1}`] as const), ...totals.map((s, i) => [s.event_id, `T${i + 1}`] as const)]);
  const cells = claimsByCell(input.claims);
  const notes: Note[] = [];
  const byKey = new Map<string, Note>();
  const ctx: Ctx = {
    now: input.now,
    events,
    refs,
    cells,
    claims: input.claims,
    diplomacy: [...input.diplomacy].sort(
      (a, b) => byDate(a.date, b.date) || cmp(a.event_id, b.event_id),
    ),
    sources: [...input.sources].sort((a, b) => byDate(a.published, b.published) || cmp(a.article_id, b.article_id)),
    omitted: input.omitted ?? null,
    notes,
    noteFor(event, metric, side) {
      const key = cellKey(event.event_id, metric, side);
      const known = byKey.get(key);
      if (known) return known.n;
      const claims = cells.get(key);
      if (!claims || claims.length === 0) return null;
      const note: Note = {
        n: notes.length + 1,
        label: `${eventLabel(ctx, event)} — ${METRIC_WORDS[metric]}, ${SIDE_HEAD[side]} side`,
        claims,
      };
      notes.push(note);
      byKey.set(key, note);
      return note.n;
    },
  };
  return ctx;
}
