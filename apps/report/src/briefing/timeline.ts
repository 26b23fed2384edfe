import { addDays, daysBetween } from "@salvo/core";
import type { DiplomacyRecord, Metric, StrikeRecord } from "@salvo/core";
import type { Content, TableCell } from "pdfmake/interfaces";
import type { Ctx } from "./context.ts";
import { CONTACT_KIND, dateSpan, direction, nameList, num, plural, WEAPONS } from "./format.ts";
import { figure, intercepted, isStrike } from "./model.ts";
import { bandedLayout, COLOR, emptyNote, heading, th } from "./styles.ts";

/** Days either side of a contact (48 hours at day precision) within which a strike counts as around it. */
export const WINDOW_DAYS = 2;

/** Strikes (not period totals) whose dates overlap the 48 hours before and after `date`. */
export function strikesNear(ctx: Ctx, date: string): StrikeRecord[] {
  const from = addDays(date, -WINDOW_DAYS);
  const to = addDays(date, WINDOW_DAYS);
  return ctx.events.filter((s) => {
    const start = s.date_start ?? s.date_end;
    const end = s.date_end ?? s.date_start;
    return isStrike(s) && start !== null && end !== null && start <= to && end >= from;
  });
}

function relative(date: string, s: StrikeRecord): string {
  const start = s.date_start ?? s.date_end ?? date;
  const end = s.date_end ?? start;
  if (end < date) return `${plural(daysBetween(end, date), "day")} before`;
  if (start > date) return `${plural(daysBetween(date, start), "day")} after`;
  return "same day";
}

const COLUMNS = ["When", "Event", "Date", "Attack", "Places", "Launched", "Intercepted", "Hit", "Killed", "Injured"];
const WIDTHS = [62, 28, 66, 84, "*", 46, 50, 36, 36, 36];
const BEST: readonly Metric[] = ["hit", "killed", "injured"];

const blank = (n: number | null): TableCell => ({ text: n === null ? "" : num(n), alignment: "right" });

function contactRow(d: DiplomacyRecord): TableCell[] {
  const head = [
    d.date ?? "date unknown",
    CONTACT_KIND[d.kind],
    d.participants.length > 0 ? nameList(d.participants, 8) : "participants not named",
    ...(d.place ? [d.place] : []),
  ].join(" · ");
  const cell: TableCell = {
    colSpan: COLUMNS.length,
    fillColor: COLOR.contact,
    stack: [
      { text: head, bold: true },
      { text: [`“${d.quote}”`, { text: `  — ${d.article_id}${d.source_count > 1 ? `, ${plural(d.source_count, "source")}` : ""}`, style: "note", italics: false }], style: "quote" },
    ],
  };
  return [cell, ...COLUMNS.slice(1).map(() => "")];
}

function strikeRow(ctx: Ctx, date: string, s: StrikeRecord): TableCell[] {
  return [
    relative(date, s),
    ctx.refs.get(s.event_id) ?? "",
    dateSpan(s.date_start, s.date_end),
    `${direction(s.attacker, s.target_country)} ${WEAPONS[s.weapon]}`,
    s.places.join(", "),
    blank(figure(s, "launched", "best")),
    blank(intercepted(s, "best")),
    ...BEST.map((m) => blank(figure(s, m, "best"))),
  ];
}

export function timelineSection(ctx: Ctx): Content[] {
  const out: Content[] = [heading("4. Strikes and diplomacy", "timeline")];
  if (ctx.diplomacy.length === 0) return [...out, emptyNote("No diplomatic contacts in the inputs.")];
  out.push({
    text:
      "Each diplomatic contact, with the strikes whose dates fall within 48 hours before or after it. " +
      "Figures are best estimates (see the comparison table for each side's own figures).",
    style: "lead",
  });
  const body: TableCell[][] = [COLUMNS.map((c, i) => th(c, i >= 5 ? { alignment: "right" } : {}))];
  for (const d of ctx.diplomacy) {
    body.push(contactRow(d));
    const near = d.date ? strikesNear(ctx, d.date) : [];
    if (near.length === 0) {
      const why = d.date ? "No strikes in the inputs within 48 hours." : "Undated: no strikes can be matched.";
      body.push([{ text: why, colSpan: COLUMNS.length, style: "note" }, ...COLUMNS.slice(1).map(() => "")]);
    }
    for (const s of near) body.push(strikeRow(ctx, d.date ?? "", s));
  }
  out.push({
    table: { headerRows: 1, dontBreakRows: true, widths: WIDTHS, body },
    layout: { ...bandedLayout(1), fillColor: (row) => (row === 0 ? COLOR.header : null) },
  });
  return out;
}
