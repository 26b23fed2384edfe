import type { ClaimRecord, SourceRecord } from "@salvo/core";
import type { Content, TableCell } from "pdfmake/interfaces";
import type { Ctx, Note } from "./context.ts";
import { CLAIMANT_SIDE, plural } from "./format.ts";
import { claimantName } from "./model.ts";
import { bandedLayout, COLOR, emptyNote, heading, th } from "./styles.ts";

/** Quotes shown per footnote; syndicated copies of one quote count once. */
const QUOTES_PER_NOTE = 4;
/** Articles named per quote and per "more reports" line; claims.csv lists every one by event id. */
const IDS_SHOWN = 3;
const MORE_IDS_SHOWN = 10;

const someIds = (ids: readonly string[], shown: number) => (ids.length <= shown ? ids.join(", ") : `${ids.slice(0, shown).join(", ")} and ${ids.length - shown} more`);

function statusCell(s: SourceRecord): TableCell {
  if (s.status === "ok") return s.syndicated_of ? { text: `ok (copy of ${s.syndicated_of})` } : "ok";
  const why = [s.reason_code, s.reason].filter(Boolean).join(": ");
  return { text: `skipped${why ? ` — ${why}` : ""}`, color: COLOR.dispute };
}

function sourcesTable(ctx: Ctx): Content {
  if (ctx.sources.length === 0) return emptyNote("No sources in the inputs.");
  const body: TableCell[][] = [
    ["Article", "Outlet", "Headline", "Published", "URL", "Figures", "Status"].map((h) => th(h)),
    ...ctx.sources.map((s): TableCell[] => [
      { text: s.article_id, wordBreak: "break-all" },
      s.outlet ?? "",
      s.headline ?? { text: "(no headline)", color: COLOR.muted },
      s.published ?? "",
      // Plain text: pdfmake makes one link annotation per word piece, and break-all makes every
      // character a piece (25,000 annotations for 500 sources), so the URL is left for copying.
      s.url ? { text: s.url, wordBreak: "break-all" } : "",
      { text: String(s.claim_count), alignment: "right" },
      statusCell(s),
    ]),
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: [80, 72, "*", 44, 200, 30, 110], body }, layout: bandedLayout(1) };
}

/** One line per distinct quote: who, the figure as written, where it was read. */
function evidence(claims: readonly ClaimRecord[]): Content[] {
  const byQuote = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    const key = `${claimantName(c)}|${c.value_text}|${c.quote}`;
    byQuote.set(key, [...(byQuote.get(key) ?? []), c]);
  }
  const groups = [...byQuote.values()];
  const lines: Content[] = groups.slice(0, QUOTES_PER_NOTE).map((same) => {
    const c = same[0]!;
    const where = someIds(same.map((x) => `${x.article_id}${x.published ? ` (${x.published})` : ""}`), IDS_SHOWN);
    return {
      text: [
        { text: claimantName(c), bold: true },
        ` (${CLAIMANT_SIDE[c.claimant_side]}): ${c.value_text} — ${where}: `,
        { text: `“${c.quote}”`, style: "quote" },
      ],
    };
  });
  const rest = groups.slice(QUOTES_PER_NOTE).flat();
  if (rest.length > 0) {
    const ids = [...new Set(rest.map((c) => c.article_id))];
    const all = ids.length > MORE_IDS_SHOWN ? ` (all in claims.csv under event ${rest[0]!.event_id})` : "";
    lines.push({ text: `and ${plural(rest.length, "more report")}: ${someIds(ids, MORE_IDS_SHOWN)}${all}`, style: "note" });
  }
  return lines;
}

/** Notes flow newspaper-style in two columns: most are a line or two, so full-width rows waste half the page. */
function evidenceColumns(notes: readonly Note[]): Content {
  if (notes.length === 0) return emptyNote("No figures in the inputs, so no quotes.");
  const items: Content[] = notes.map((n) => ({
    unbreakable: true,
    margin: [0, 0, 0, 4],
    stack: [{ text: [{ text: `${n.n}  `, bold: true }, { text: n.label, bold: true, color: COLOR.muted }] }, ...evidence(n.claims)],
  }));
  return { columns: [{ stack: items }, { stack: [] }], snakingColumns: true, columnGap: 18, fontSize: 7 };
}

export function appendixSection(ctx: Ctx): Content[] {
  const ok = ctx.sources.filter((s) => s.status === "ok").length;
  return [
    heading("6. Sources and evidence", "sources"),
    {
      text: `${plural(ctx.sources.length, "article")} read: ${ok} used, ${ctx.sources.length - ok} skipped (with the reason).`,
      style: "lead",
    },
    sourcesTable(ctx),
    { text: "Evidence for the footnoted figures", style: "h2", tocItem: true, id: "evidence" },
    {
      text: "Each note lists the claims behind one figure in the tables: claimant, the figure as written, the article it was read from, and the quote.",
      style: "lead",
    },
    evidenceColumns(ctx.notes),
  ];
}
