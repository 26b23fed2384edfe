import type { Metric, StrikeRecord } from "@salvo/core";
import type { Content, TableCell } from "pdfmake/interfaces";
import type { Ctx } from "./context.ts";
import { disputes } from "./disputed.ts";
import { CLAIMANT_SIDE, dateSpan, direction, hedged, METRIC_WORDS, noteNumber, num, pct, plural, WEAPONS } from "./format.ts";
import { cellKey, claimantName, figure, METRICS, SIDE_HEAD, SIDE_KEYS, sideKey, type SideKey } from "./model.ts";
import { bandedLayout, COLOR, emptyNote, heading, th } from "./styles.ts";

const SIDE_WORDS: Readonly<Record<SideKey, string>> = { ua: "UA only", ru: "RU only", other: "third party / unattributed only" };

const noteMark = (n: number | null) => (n === null ? [] : [{ text: noteNumber(n), color: COLOR.muted }]);

function eventCells(ctx: Ctx, s: StrikeRecord): TableCell[] {
  return [ctx.refs.get(s.event_id) ?? "", dateSpan(s.date_start, s.date_end), `${direction(s.attacker, s.target_country)} ${WEAPONS[s.weapon]}`];
}

function disputedTable(ctx: Ctx): Content {
  const all = disputes(ctx);
  if (all.length === 0) return emptyNote("No disputed figures in the inputs.");
  const body: TableCell[][] = [
    ["Event", "Date", "Attack", "Metric", "Who says what (latest figure of each claimant)", "Spread"].map((h) => th(h)),
    ...all.map((d): TableCell[] => [
      ...eventCells(ctx, d.s),
      METRIC_WORDS[d.metric],
      {
        text: d.positions.flatMap((p, i) => [
          ...(i > 0 ? ["; "] : []),
          { text: p.claimant, bold: true },
          ` (${CLAIMANT_SIDE[p.claim.claimant_side]}): ${p.claim.value_text}`,
          ...noteMark(ctx.noteFor(d.s, d.metric, sideKey(p.claim.claimant_side))),
        ]),
      },
      { text: `${num(Math.min(...d.positions.map((p) => p.value)))}–${num(Math.max(...d.positions.map((p) => p.value)))}\n(${pct(d.gap)} apart)`, alignment: "right" },
    ]),
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: [24, 62, 96, 70, "*", 60], body }, layout: bandedLayout(1) };
}

/** Metrics for which exactly one side gives anything (a number or words). */
function oneSided(ctx: Ctx, s: StrikeRecord): Map<SideKey, Metric[]> {
  const out = new Map<SideKey, Metric[]>();
  for (const metric of METRICS) {
    const sides = SIDE_KEYS.filter((k) => figure(s, metric, k) !== null || ctx.cells.has(cellKey(s.event_id, metric, k)));
    const [only] = sides;
    if (sides.length === 1 && only) out.set(only, [...(out.get(only) ?? []), metric]);
  }
  return out;
}

function figureText(ctx: Ctx, s: StrikeRecord, metric: Metric, side: SideKey): string {
  const value = figure(s, metric, side);
  const claims = ctx.cells.get(cellKey(s.event_id, metric, side)) ?? [];
  const latest = claims[claims.length - 1];
  const amount =
    value !== null
      ? hedged(value, [...claims].reverse().find((c) => c.value === value)?.qualifier ?? null)
      : latest
        ? `“${latest.value_text}”`
        : "";
  return `${METRIC_WORDS[metric]} ${amount}`;
}

function oneSidedTable(ctx: Ctx): Content[] {
  const rows: TableCell[][] = [];
  const counts: Record<SideKey, number> = { ua: 0, ru: 0, other: 0 };
  let total = 0;
  for (const s of ctx.events) {
    total += METRICS.filter((m) => SIDE_KEYS.some((k) => figure(s, m, k) !== null || ctx.cells.has(cellKey(s.event_id, m, k)))).length;
    for (const [side, metrics] of [...oneSided(ctx, s)].sort((a, b) => SIDE_KEYS.indexOf(a[0]) - SIDE_KEYS.indexOf(b[0]))) {
      counts[side] += metrics.length;
      const claims = metrics.flatMap((m) => ctx.cells.get(cellKey(s.event_id, m, side)) ?? []);
      rows.push([
        ...eventCells(ctx, s),
        SIDE_WORDS[side],
        {
          text: metrics.flatMap((m, i) => [...(i > 0 ? [", "] : []), figureText(ctx, s, m, side), ...noteMark(ctx.noteFor(s, m, side))]),
        },
        [...new Set(claims.map(claimantName))].join("; "),
      ]);
    }
  }
  if (rows.length === 0) return [emptyNote("No figures stated by one side only in the inputs.")];
  const shares = SIDE_KEYS.filter((k) => counts[k] > 0).map((k) => `${SIDE_HEAD[k]} ${num(counts[k])}`).join(", ");
  return [
    {
      text:
        `${num(counts.ua + counts.ru + counts.other)} of ${plural(total, "figure")} in the comparison table come from one side only ` +
        `(${shares}): no other side confirms or contests them. Attack sizes and interceptions usually come only from the defender, ` +
        `hits usually only from the attacker.`,
      style: "lead",
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [24, 62, 96, 70, "*", 170], body: [["Event", "Date", "Attack", "Stated by", "Figures", "Claimants"].map((h) => th(h)), ...rows] },
      layout: bandedLayout(1),
    },
  ];
}

function vagueTable(ctx: Ctx): Content {
  const vague = ctx.claims.filter((c) => c.qualifier === "vague");
  if (vague.length === 0) return emptyNote("No amounts given only in words in the inputs.");
  const events = new Map(ctx.events.map((s, i) => [s.event_id, { s, i }]));
  const rank = (id: string) => events.get(id)?.i ?? Number.MAX_SAFE_INTEGER;
  const rows = [...vague]
    .sort((a, b) => rank(a.event_id) - rank(b.event_id))
    .map((c) => ({ c, s: events.get(c.event_id)?.s }));
  const body: TableCell[][] = [
    ["Event", "Date", "Attack", "Metric", "As written", "Claimant", "Article"].map((h) => th(h)),
    ...rows.map(({ c, s }): TableCell[] => [
      ...(s ? eventCells(ctx, s) : ["", dateSpan(c.date_start, c.date_end), `${direction(c.attacker, c.target_country)} ${WEAPONS[c.weapon]}`]),
      METRIC_WORDS[c.metric],
      { text: [{ text: `“${c.value_text}”`, italics: true }, ...noteMark(s ? ctx.noteFor(s, c.metric, sideKey(c.claimant_side)) : null)] },
      `${claimantName(c)} (${CLAIMANT_SIDE[c.claimant_side]})`,
      c.article_id,
    ]),
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: [24, 62, 96, 70, "*", 150, 110], body }, layout: bandedLayout(1) };
}

export function caveatsSection(ctx: Ctx): Content[] {
  return [
    heading("5. Disputed and unverified", "caveats"),
    { text: "Disputed figures", style: "h2" },
    disputedTable(ctx),
    { text: "Stated by one side only", style: "h2" },
    ...oneSidedTable(ctx),
    { text: "Amounts given only in words", style: "h2" },
    vagueTable(ctx),
  ];
}
