import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Test helper: poppler's pdftotext, when installed (apt-get install poppler-utils). */
export const hasPdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;

/** The text of a PDF, whitespace runs collapsed to one space so wrapped cells still match. */
export function pdfText(pdf: Uint8Array, options: { layout?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "salvo-pdftotext-"));
  try {
    const file = path.join(dir, "in.pdf");
    writeFileSync(file, pdf);
    const out = execFileSync("pdftotext", [...(options.layout ? ["-layout"] : []), "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    return options.layout ? out : out.replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Page count from the PDF's own page objects (pdfkit writes one `/Type /Page` per page). */
export function pageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
}
