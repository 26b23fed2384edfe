import { type Claimant, cellClaimant } from "./claimants.ts";
import { sourceColumn } from "./tables.ts";
import type { Token } from "./tokens.ts";

/**
 * Whose figures a table row gives when its header has a column of sources ("| 3-4 October | … | 31 drones | Defence
 * Ministry |" under "| Night | Where | What Russia said it downed | Source |"): each row its own, not a speaker the
 * sentences above the table named. The header is the first line of the block of table lines the row (at `rowStart` in
 * `article`, its text `row`, its tokens `tokens`) ends.
 */
export function rowSource(article: string, rowStart: number, row: string, tokens: readonly Token[]): Claimant[] {
  if (!row.trimStart().startsWith("|")) return [];
  const lines = article.slice(0, rowStart).split("\n");
  lines.pop();
  let header: string | null = null;
  while (lines.length && lines.at(-1)!.trimStart().startsWith("|")) header = lines.pop()!;
  const column = header === null ? null : sourceColumn(header);
  if (column === null) return [];
  const cells = row.split("|");
  const cell = cells[column];
  if (cell === undefined) return [];
  const offset = rowStart + cells.slice(0, column).join("|").length + 1;
  const at = tokens.findIndex((t) => t.start >= offset);
  const c = cellClaimant(cell, at >= 0 ? at : tokens.length);
  return c ? [c] : [];
}
