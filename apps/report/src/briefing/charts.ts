import { addDays, weekday } from "@salvo/core";
import type { ClaimantSide, StrikeRecord } from "@salvo/core";
import type { Content } from "pdfmake/interfaces";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { Ctx } from "./context.ts";
import { disputes } from "./disputed.ts";
import { COUNTRY, dateSpan, METRIC_WORDS, num, plural } from "./format.ts";
import { figure, intercepted, isStrike } from "./model.ts";
import { COLOR, CONTENT_WIDTH, emptyNote, heading } from "./styles.ts";

/** More bars than this and the chart groups nights into weeks, then weeks into months. */
const MAX_PERIODS = 60;
/** Bars get their value printed on top only while there is room for it. */
const MAX_LABELLED = 16;
const MAX_DISPUTES = 20;
const CHART_WIDTH = CONTENT_WIDTH - 90;

const CONFIG = {
  font: "Roboto",
  background: "white",
  view: { stroke: null },
  title: { anchor: "start", fontSize: 11, fontWeight: "bold", color: COLOR.ink, offset: 8 },
  axis: { labelFontSize: 7, titleFontSize: 8, titleFontWeight: "normal", labelColor: COLOR.ink, gridColor: "#e6e6e6" },
  legend: { labelFontSize: 8, titleFontSize: 8, orient: "top" },
} as const;

/**
 * Vega-Lite → Vega → SVG with the headless "none" renderer: no canvas, no fonts read, no clock.
 * Text widths are then estimated from character counts, which is enough for axis layout.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

type Grain = "night" | "week" | "month";

/** The period a strike is counted in: its first day (a night attack belongs to the evening it began). */
function periodOf(s: StrikeRecord, grain: Grain): string | null {
  const day = s.date_start ?? s.date_end;
  if (day === null) return null;
  if (grain === "night") return day;
  if (grain === "week") return addDays(day, -((weekday(day) + 6) % 7)); // the Monday
  return day.slice(0, 7);
}

function grainFor(strikes: readonly StrikeRecord[]): Grain {
  const count = (g: Grain) => new Set(strikes.map((s) => periodOf(s, g))).size;
  return count("night") <= MAX_PERIODS ? "night" : count("week") <= MAX_PERIODS ? "week" : "month";
}

const GRAIN_WORDS: Readonly<Record<Grain, string>> = { night: "per night", week: "per week (weeks start Monday)", month: "per month" };

function launchChart(direction: readonly StrikeRecord[]): { spec: TopLevelSpec; caption: string } {
  const grain = grainFor(direction);
  const sums = new Map<string, { launched: number; intercepted: number }>();
  for (const s of direction) {
    const period = periodOf(s, grain);
    if (period === null) continue;
    const sum = sums.get(period) ?? { launched: 0, intercepted: 0 };
    sum.launched += figure(s, "launched", "best") ?? 0;
    sum.intercepted += intercepted(s, "best") ?? 0;
    sums.set(period, sum);
  }
  const periods = [...sums.keys()].sort();
  const values = periods.flatMap((period) => {
    const sum = sums.get(period)!;
    const label = grain === "week" ? `wk ${period}` : period;
    return [
      { period: label, series: "Launched", value: sum.launched },
      { period: label, series: "Intercepted", value: sum.intercepted },
    ];
  });
  const first = direction[0]!;
  const title = `Launched vs intercepted, ${COUNTRY[first.attacker]} › ${COUNTRY[first.target_country]}, ${GRAIN_WORDS[grain]}`;
  const labelled = periods.length <= MAX_LABELLED;
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    title,
    width: Math.max(260, Math.min(CHART_WIDTH, periods.length * 90)),
    height: 170,
    data: { values },
    encoding: {
      x: {
        field: "period",
        type: "ordinal",
        sort: values.map((v) => v.period).filter((p, i, all) => all.indexOf(p) === i),
        axis: { title: null, labelAngle: periods.length > 10 ? -90 : 0, labelOverlap: "parity" },
      },
      xOffset: { field: "series", sort: ["Launched", "Intercepted"] },
      y: { field: "value", type: "quantitative", title: "Weapons (best estimate)", axis: { format: ",d" } },
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          color: {
            field: "series",
            title: null,
            sort: ["Launched", "Intercepted"],
            scale: { domain: ["Launched", "Intercepted"], range: [COLOR.launched, COLOR.intercepted] },
          },
        },
      },
      ...(labelled
        ? [
            {
              mark: { type: "text" as const, dy: -5, fontSize: 7, color: COLOR.ink },
              encoding: { text: { field: "value", type: "quantitative" as const, format: ",d" } },
            },
          ]
        : []),
    ],
  };
  const caption =
    `${plural(direction.length, "attack")}, ${dateSpan(periods[0] ?? null, periods[periods.length - 1] ?? null)}; ` +
    `intercepted = neutralized, else shot down + jammed (best estimates). Periods without reported attacks are not shown.`;
  return { spec, caption };
}

const SIDE_ORDER: readonly ClaimantSide[] = ["UA", "RU", "other", "unknown"];
const SIDE_COLOR: Readonly<Record<ClaimantSide, string>> = { UA: COLOR.ua, RU: COLOR.ru, other: COLOR.other, unknown: "#b7b7b7" };

/** 0, 1, 2, 5, 10, 20, 50 … up to the first step past `max`: a symlog axis's own ticks crowd at the top. */
function logTicks(max: number): number[] {
  const ticks = [0];
  for (let decade = 1; ticks[ticks.length - 1]! < max; decade *= 10) {
    for (const step of [1, 2, 5]) if (ticks[ticks.length - 1]! < max) ticks.push(step * decade);
  }
  return ticks;
}

function disputeChart(ctx: Ctx): { spec: TopLevelSpec; caption: string } | null {
  const all = disputes(ctx);
  if (all.length === 0) return null;
  const shown = [...all].sort((a, b) => b.gap - a.gap).slice(0, MAX_DISPUTES);
  const rows = shown.map((d) => `${ctx.refs.get(d.s.event_id)} ${dateSpan(d.s.date_start, d.s.date_end)} · ${METRIC_WORDS[d.metric]}`);
  const values = shown.flatMap((d, i) =>
    d.positions.map((p) => ({ row: rows[i]!, side: p.claim.claimant_side, claimant: p.claimant, value: p.value })),
  );
  const sides = SIDE_ORDER.filter((side) => values.some((v) => v.side === side));
  const ticks = logTicks(Math.max(...values.map((v) => v.value)));
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    title: "Claims by side for disputed figures",
    width: CHART_WIDTH - 160,
    height: { step: 18 },
    data: { values },
    encoding: {
      y: { field: "row", type: "nominal", sort: rows, axis: { title: null, labelLimit: 220 } },
      x: {
        field: "value",
        type: "quantitative",
        scale: { type: "symlog", domain: [0, ticks[ticks.length - 1]!] },
        title: "Figure claimed (symmetric log scale)",
        axis: { format: ",d", values: ticks },
      },
    },
    layer: [
      { mark: { type: "rule", color: "#bbbbbb" }, encoding: { x: { aggregate: "min", field: "value" }, x2: { aggregate: "max", field: "value" } } },
      {
        mark: { type: "point", filled: true, size: 55, opacity: 0.9 },
        encoding: {
          color: {
            field: "side",
            title: "Claimant side",
            scale: { domain: sides, range: sides.map((side) => SIDE_COLOR[side]) },
          },
        },
      },
      { mark: { type: "text", dy: -8, fontSize: 6.5, color: COLOR.muted }, encoding: { text: { field: "value", type: "quantitative", format: ",d" } } },
    ],
  };
  const caption =
    `Each claimant's latest figure. ${all.length > shown.length ? `The ${shown.length} widest of ${num(all.length)} disputed figures; all are listed in section 5.` : "All disputed figures; details in section 5."}`;
  return { spec, caption };
}

async function figureBlock(chart: { spec: TopLevelSpec; caption: string }): Promise<Content> {
  const svg = await renderSvg(chart.spec);
  const width = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? CONTENT_WIDTH);
  return {
    unbreakable: true,
    stack: [
      { svg, width: Math.min(width, CONTENT_WIDTH) },
      { text: chart.caption, style: "note", margin: [0, 2, 0, 14] },
    ],
  };
}

export async function chartsSection(ctx: Ctx): Promise<Content[]> {
  const out: Content[] = [heading("3. Charts", "charts")];
  const directions = new Map<string, StrikeRecord[]>();
  for (const s of ctx.events) {
    if (!isStrike(s) || figure(s, "launched", "best") === null || periodOf(s, "night") === null) continue;
    const key = `${s.attacker}|${s.target_country}`;
    const list = directions.get(key);
    if (list) list.push(s);
    else directions.set(key, [s]);
  }
  if (directions.size === 0) out.push(emptyNote("No dated strikes with a launched figure in the inputs: no launch chart."));
  for (const key of [...directions.keys()].sort()) out.push(await figureBlock(launchChart(directions.get(key)!)));
  const dispute = disputeChart(ctx);
  out.push(dispute ? await figureBlock(dispute) : emptyNote("No disputed figures in the inputs: no dispute chart."));
  return out;
}
