import type { Content } from "pdfmake/interfaces";
import type { Ctx } from "./context.ts";
import { num, plural } from "./format.ts";
import { keyFigures } from "./key-figures.ts";
import { isStrike } from "./model.ts";
import { COLOR, emptyNote } from "./styles.ts";

function period(ctx: Ctx): string {
  const starts = ctx.events.map((s) => s.date_start ?? s.date_end).filter((d): d is string => d !== null).sort();
  const ends = ctx.events.map((s) => s.date_end ?? s.date_start).filter((d): d is string => d !== null).sort();
  if (ctx.events.length === 0) return "No strikes in the inputs.";
  if (starts.length === 0) return "No dated strikes in the inputs.";
  return `${starts[0]} to ${ends[ends.length - 1]} (dates of the strikes reported)`;
}

function inventory(ctx: Ctx): string {
  const ok = ctx.sources.filter((s) => s.status === "ok").length;
  const strikes = ctx.events.filter(isStrike).length;
  const totals = ctx.events.length - strikes;
  return [
    `${plural(ok, "source")} used (of ${plural(ctx.sources.length, "article")} read)`,
    `${plural(ctx.events.length, "event")} (${plural(strikes, "strike")}${totals > 0 ? `, ${plural(totals, "period total")}` : ""})`,
    plural(ctx.diplomacy.length, "diplomatic contact"),
    `${num(ctx.claims.length)} figures read`,
    ...(ctx.omitted
      ? [
          `too many to tabulate: ${num(ctx.omitted.strikes)} smaller events, ${num(ctx.omitted.diplomacy)} contacts and ${num(ctx.omitted.sources)} other sources are in the CSV datasets only`,
        ]
      : []),
  ].join(" · ");
}

const fact = (label: string, value: string): Content => ({
  columns: [
    { text: label, width: 90, color: COLOR.muted },
    { text: value, width: "*" },
  ],
  fontSize: 9.5,
  margin: [0, 0, 0, 4],
});

export function coverSection(ctx: Ctx): Content[] {
  const figures = keyFigures(ctx);
  return [
    { text: "salvo briefing", style: "title" },
    { text: "Russia–Ukraine air war: strikes, claims and diplomacy", style: "subtitle", margin: [0, 0, 0, 14] },
    {
      columns: [
        { width: "*", stack: [fact("Briefing date", ctx.now), fact("Period covered", period(ctx)), fact("Inputs", inventory(ctx))] },
        {
          width: 230,
          toc: { title: { text: "Contents", bold: true, fontSize: 9, margin: [0, 0, 0, 3] }, textStyle: { fontSize: 8 }, numberStyle: { fontSize: 8 }, outlines: true },
        },
      ],
      columnGap: 30,
    },
    { text: "1. Summary: key figures", style: "h1", margin: [0, 16, 0, 6], tocItem: true, id: "summary" },
    figures.length > 0
      ? { ul: figures.map((text) => ({ text, style: "keyFigure" })), margin: [0, 0, 0, 6] }
      : emptyNote(ctx.events.length === 0 ? "No strikes in the inputs, so no key figures." : "No figures to summarise."),
    {
      text:
        "Every figure here is a claim, named after who makes it. Best estimates take the attacked side's fullest official " +
        "figure for launches and interceptions and the latest figure for casualties; the comparison table shows each side's own numbers.",
      style: "lead",
      margin: [0, 6, 0, 12],
    },
  ];
}
