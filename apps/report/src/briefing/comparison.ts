import type { Metric, StrikeRecord } from "@salvo/core";
import type { Content, TableCell } from "pdfmake/interfaces";
import type { Ctx } from "./context.ts";
import { dateSpan, direction, hedged, METRIC_LABEL, noteNumber, pct } from "./format.ts";
import {
  cellKey,
  figure,
  interceptRate,
  isStrike,
  METRICS,
  SIDE_HEAD,
  SIDE_KEYS,
  sidesDisagree,
  type SideKey,
} from "./model.ts";
import { bandedLayout, COLOR, CONTENT_WIDTH, emptyNote, heading, th } from "./styles.ts";

/** A metric's block of columns: one per claimant side that gives a figure for it in any event. */
interface Group {
  metric: Metric;
  sides: SideKey[];
}

const PLACES_SHOWN = 6;
const PADDING = 5; // bandedLayout's left + right cell padding
const FIXED = { ref: 20, date: 52, attack: 30, weapon: 52, rate: 38, placesMin: 70 } as const;

/** Short enough for one line in the Weapon column. */
const WEAPON_SHORT: Readonly<Record<StrikeRecord["weapon"], string>> = { drone: "drones", missile: "missiles", mixed: "drones, missiles" };

function groupsFor(ctx: Ctx, rows: readonly StrikeRecord[]): Group[] {
  return METRICS.map((metric) => ({
    metric,
    sides: SIDE_KEYS.filter((k) =>
      rows.some((s) => figure(s, metric, k) !== null || ctx.cells.has(cellKey(s.event_id, metric, k))),
    ),
  })).filter((g) => g.sides.length > 0);
}

/** One side's figure: the number with its hedge, or the words when only words are given, plus its footnote. */
function figureCell(ctx: Ctx, s: StrikeRecord, metric: Metric, side: SideKey): TableCell {
  const value = figure(s, metric, side);
  const claims = ctx.cells.get(cellKey(s.event_id, metric, side)) ?? [];
  const latest = claims[claims.length - 1];
  if (value === null && !latest) return "";
  const note = ctx.noteFor(s, metric, side);
  const text =
    value !== null
      ? { text: hedged(value, [...claims].reverse().find((c) => c.value === value)?.qualifier ?? null) }
      : latest!.value !== null
        ? { text: hedged(latest!.value, latest!.qualifier) }
        : { text: latest!.value_text, italics: true };
  const disputed = value !== null && sidesDisagree(s, metric);
  return {
    alignment: "right",
    text: [
      ...(disputed ? [{ text: "≠ ", color: COLOR.dispute, bold: true }] : []),
      text,
      ...(note !== null ? [{ text: noteNumber(note), color: COLOR.muted }] : []),
    ],
  };
}

function rateCell(s: StrikeRecord): TableCell {
  const lines = SIDE_KEYS.flatMap((k) => {
    const rate = interceptRate(s, k);
    return rate === null ? [] : [`${SIDE_HEAD[k]} ${pct(rate)}`];
  });
  return { text: lines.join("\n"), alignment: "right" };
}

function dateCell(s: StrikeRecord): string {
  const span = dateSpan(s.date_start, s.date_end);
  const precise = s.date_precision === "day" || s.date_precision === "night" || s.date_precision === null;
  return precise ? span : `${span}\n(${s.date_precision})`;
}

function placesCell(s: StrikeRecord): string {
  const rest = s.places.length - PLACES_SHOWN;
  return s.places.slice(0, PLACES_SHOWN).join(", ") + (rest > 0 ? ` +${rest} more` : "");
}

function header(groups: readonly Group[]): TableCell[][] {
  const span2 = (text: string, alignment: "left" | "right" = "left") => th(text, { rowSpan: 2, alignment });
  const top: TableCell[] = [span2("#"), span2("Date"), span2("Attack"), span2("Weapon"), span2("Places")];
  const sub: TableCell[] = ["", "", "", "", ""];
  for (const g of groups) {
    top.push(th(METRIC_LABEL[g.metric], { colSpan: g.sides.length, alignment: "center" }), ...g.sides.slice(1).map(() => ""));
    sub.push(...g.sides.map((k) => th(SIDE_HEAD[k], { alignment: "right" })));
  }
  top.push(span2("Intercept rate", "right"));
  sub.push("");
  return [top, sub];
}

function table(ctx: Ctx, rows: readonly StrikeRecord[]): Content {
  const groups = groupsFor(ctx, rows);
  const numeric = groups.reduce((n, g) => n + g.sides.length, 0);
  const columns = 6 + numeric;
  const fixed = FIXED.ref + FIXED.date + FIXED.attack + FIXED.weapon + FIXED.rate + FIXED.placesMin + columns * PADDING;
  const numWidth = Math.max(19, Math.min(38, Math.floor((CONTENT_WIDTH - fixed) / Math.max(numeric, 1))));
  const edges: number[] = [];
  let at = 5;
  for (const g of groups) {
    edges.push(at);
    at += g.sides.length;
  }
  edges.push(at);
  const body: TableCell[][] = [
    ...header(groups),
    ...rows.map((s) => [
      ctx.refs.get(s.event_id) ?? "",
      dateCell(s),
      direction(s.attacker, s.target_country),
      WEAPON_SHORT[s.weapon],
      placesCell(s),
      ...groups.flatMap((g) => g.sides.map((k) => figureCell(ctx, s, g.metric, k))),
      rateCell(s),
    ]),
  ];
  return {
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths: [FIXED.ref, FIXED.date, FIXED.attack, FIXED.weapon, "*", ...Array<number>(numeric).fill(numWidth), FIXED.rate],
      body,
    },
    layout: bandedLayout(2, edges),
    fontSize: numeric > 16 ? 6.5 : 7,
  };
}

const LEGEND =
  "Each side's figure as it states it (its latest figure): UA = Ukrainian officials and media citing them, " +
  "RU = Russian, other = third parties or unattributed. ≠ marks a metric on which the sides give different numbers; " +
  "≥, ≤ and ~ mean at least, at most and about; words in italics are amounts given only in words. " +
  "Small numbers point to the quotes in the evidence appendix. Intercept rate = (shot down + jammed, or neutralized) ÷ launched, " +
  "for each side that gives both. Metric columns no report fills are left out.";

export function comparisonSection(ctx: Ctx): Content[] {
  const out: Content[] = [heading("2. Strike events compared", "comparison")];
  if (ctx.events.length === 0) return [...out, emptyNote("No strikes in the inputs.")];
  out.push({ text: LEGEND, style: "lead" });
  const strikes = ctx.events.filter(isStrike);
  const totals = ctx.events.filter((s) => !isStrike(s));
  out.push(strikes.length > 0 ? table(ctx, strikes) : emptyNote("No single strikes in the inputs, only period totals."));
  if (totals.length > 0) {
    out.push(
      { text: "Period totals", style: "h2" },
      {
        text: "Weekly, monthly or yearly totals as reported; they overlap the single strikes above and are not added to them.",
        style: "lead",
      },
      table(ctx, totals),
    );
  }
  return out;
}
