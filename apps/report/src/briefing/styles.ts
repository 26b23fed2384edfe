import type { Content, CustomTableLayout, StyleDictionary, TableCell } from "pdfmake/interfaces";

/** A4 landscape: the comparison table needs the width. */
export const PAGE = { width: 841.89, height: 595.28, margin: 32 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const COLOR = {
  ink: "#1a1a1a",
  muted: "#666666",
  rule: "#c8c8c8",
  header: "#e8ecf0",
  band: "#f6f7f8",
  contact: "#fdf3dc",
  dispute: "#b3261e",
  ua: "#2b6cb0",
  ru: "#c05621",
  other: "#718096",
  launched: "#a0aec0",
  intercepted: "#2b6cb0",
} as const;

export const STYLES: StyleDictionary = {
  title: { fontSize: 30, bold: true, color: COLOR.ink },
  subtitle: { fontSize: 12, color: COLOR.muted },
  h1: { fontSize: 15, bold: true, margin: [0, 0, 0, 6] },
  h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
  lead: { fontSize: 9, color: COLOR.muted, margin: [0, 0, 0, 6] },
  keyFigure: { fontSize: 10, margin: [0, 0, 0, 4] },
  th: { bold: true, fontSize: 7, color: COLOR.ink },
  small: { fontSize: 7 },
  note: { fontSize: 6.5, color: COLOR.muted },
  quote: { fontSize: 7, italics: true, color: "#333333" },
  empty: { fontSize: 9, italics: true, color: COLOR.muted, margin: [0, 2, 0, 6] },
};

export const DEFAULT_STYLE = { font: "Roboto", fontSize: 8, color: COLOR.ink, lineHeight: 1.1 } as const;

/**
 * Light horizontal rules, a shaded header and banded rows. `groupEdges` are the column indexes
 * that get a thin vertical rule (between metric groups of the comparison table).
 */
export function bandedLayout(headerRows: number, groupEdges: readonly number[] = []): CustomTableLayout {
  const edges = new Set(groupEdges);
  return {
    hLineWidth: (i, node) => (i === 0 || i === headerRows || i === node.table.body.length ? 0.8 : 0.3),
    hLineColor: (i) => (i === headerRows ? COLOR.ink : COLOR.rule),
    vLineWidth: (i) => (edges.has(i) ? 0.4 : 0),
    vLineColor: () => COLOR.rule,
    fillColor: (row) => (row < headerRows ? COLOR.header : (row - headerRows) % 2 === 1 ? COLOR.band : null),
    paddingLeft: () => 2.5,
    paddingRight: () => 2.5,
    paddingTop: () => 1.5,
    paddingBottom: () => 1.5,
  };
}

export const th = (text: string, extra: Partial<Record<"colSpan" | "rowSpan", number>> & { alignment?: "left" | "right" | "center" } = {}): TableCell => ({
  text,
  style: "th",
  ...extra,
});

export function heading(text: string, id: string): Content {
  return { text, style: "h1", tocItem: true, id, pageBreak: "before" };
}

export function emptyNote(text: string): Content {
  return { text, style: "empty" };
}
