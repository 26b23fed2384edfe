import { parse } from "csv-parse/sync";
import { type FileBody, slicesOf } from "../body.ts";
import { DATASET_INFO, DATASET_NAMES } from "../datapackage.ts";
import { esc } from "./html.ts";
import { markdownToHtml } from "./markdown.ts";

export interface DownloadPageInput {
  /** Output file name → its facts. Only files listed here are linked. */
  readonly files: ReadonlyMap<string, FileFacts>;
  /** The data dictionary Markdown (dataDictionary()). */
  readonly dictionary: string;
  readonly version: string;
}

interface Entry {
  readonly file: string;
  readonly title: string;
  readonly description: string;
  readonly csv: boolean;
}

const ENTRIES: readonly Entry[] = [
  ...DATASET_NAMES.map((name) => ({ file: `${name}.csv`, ...DATASET_INFO[name], csv: true })),
  {
    file: "briefing.pdf",
    title: "Briefing",
    description: "The PDF briefing: summary, each side's figures per event, charts, strikes beside diplomacy, disputed and vague claims, sources.",
    csv: false,
  },
  {
    file: "datapackage.json",
    title: "Data package",
    description: "Frictionless Data Package: column types, allowed values and the keys linking the CSVs, for validators and loaders.",
    csv: false,
  },
  { file: "run.json", title: "Run record", description: "salvo version, input digest, counts and skipped files of this run.", csv: false },
];

export const PREVIEW_ROWS = 5;
/** Cells longer than this (quotes, headlines) wrap; shorter ones (ids, dates) stay on one line. */
const LONG_CELL = 40;


export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * What the page shows of a file: its size and, for a CSV, its record count and first records. Taken
 * as the file's slices go by (`factsCounter`), so a CSV streamed to disk is never held whole.
 */
export interface FileFacts {
  readonly bytes: number;
  readonly records: number;
  /** The first PREVIEW_ROWS + 1 records (header and preview rows) as text. */
  readonly head: string;
}

/**
 * Counts the records of an RFC 4180 text fed to it in slices (a quoted cell may run across a
 * slice's end): line breaks outside quotes ("" inside quotes toggles twice). Works on UTF-8 bytes
 * as on text: multi-byte characters never contain the bytes of `"` or a line break. Keeps only the
 * slices the preview needs, up to where its last record ends.
 */
export function factsCounter(): { add(slice: string | Uint8Array): void; facts(): FileFacts } {
  let bytes = 0;
  let records = 0;
  let quoted = false;
  let last = 10;
  const kept: Array<string | Uint8Array> = [];
  // where the preview's last record ends: in the last kept part, at this offset
  let headEnd: number | null = null;
  return {
    add(slice) {
      bytes += typeof slice === "string" ? Buffer.byteLength(slice, "utf8") : slice.byteLength;
      if (headEnd === null) kept.push(slice);
      const at = typeof slice === "string" ? (i: number) => slice.charCodeAt(i) : (i: number) => slice[i]!;
      for (let i = 0; i < slice.length; i++) {
        last = at(i);
        if (last === 34) quoted = !quoted;
        else if (last === 10 && !quoted && ++records === PREVIEW_ROWS + 1 && headEnd === null) headEnd = i + 1;
      }
    },
    facts: () => {
      // only the parts the preview needs are joined and decoded
      const parts = kept.map((p, k) => {
        const part = k === kept.length - 1 && headEnd !== null ? p.slice(0, headEnd) : p;
        return typeof part === "string" ? Buffer.from(part, "utf8") : part;
      });
      return { bytes, records: last !== 10 ? records + 1 : records, head: Buffer.concat(parts).toString("utf8") };
    },
  };
}

/** The facts of a file held in memory. */
export function factsOf(body: FileBody): FileFacts {
  const counter = factsCounter();
  for (const part of typeof body === "string" ? [body] : slicesOf(body)) counter.add(part);
  return counter.facts();
}

/** Records in a CSV, held whole or in slices. */
export const countRecords = (csv: FileBody): number => factsOf(csv).records;

function preview(records: string[][], rows: number): string {
  const [header = [], ...body] = records;
  const th = header.map((c) => `<th scope="col">${esc(c)}</th>`).join("");
  const trs = body
    .slice(0, PREVIEW_ROWS)
    .map((r) => `<tr>${r.map((c) => (c.length > LONG_CELL ? `<td class="long">${esc(c)}</td>` : `<td>${esc(c)}</td>`)).join("")}</tr>`)
    .join("\n");
  const caption = rows === 0 ? "No rows." : `First ${Math.min(PREVIEW_ROWS, rows)} of ${rows} rows.`;
  return `<div class="scroll"><table class="preview">\n<caption>${caption}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${trs}\n</tbody>\n</table></div>`;
}

function section(e: Entry, facts: FileFacts): string {
  const href = encodeURIComponent(e.file);
  const size = formatBytes(facts.bytes);
  let rows = "";
  let table = "";
  if (e.csv) {
    const records = parse(facts.head, { relax_column_count: false }) as string[][];
    const n = Math.max(0, facts.records - 1);
    rows = `<dt>rows</dt><dd class="rows">${n}</dd>`;
    table = preview(records, n);
  }
  return [
    `<section class="file" id="file-${esc(e.file.replace(/\W+/g, "-"))}">`,
    `<h2><a href="${esc(href)}">${esc(e.file)}</a> <span class="title">${esc(e.title)}</span></h2>`,
    `<p>${esc(e.description)}</p>`,
    `<dl class="facts">${rows}<dt>size</dt><dd class="size">${esc(size)}</dd></dl>`,
    table,
    `</section>`,
  ]
    .filter((l) => l !== "")
    .join("\n");
}

const CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #5b6470; --line: #d5d9de; --bg: #fbfbfa; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header { padding: 1.5rem 2rem 0.5rem; border-bottom: 1px solid var(--line); }
header p { color: var(--muted); margin: 0.25rem 0 1rem; }
h1 { margin: 0; font-size: 1.6rem; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; padding: 1rem 2rem 3rem; }
@media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr); } }
aside { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; border-left: 1px solid var(--line); padding-left: 1.5rem; }
section.file { border-bottom: 1px solid var(--line); padding-bottom: 1rem; margin-bottom: 1rem; }
h2 { font-size: 1.2rem; margin: 1rem 0 0.25rem; }
h2 .title { color: var(--muted); font-weight: normal; font-size: 1rem; margin-left: 0.5rem; }
a { color: var(--accent); }
.facts { display: flex; gap: 0.4rem 1.2rem; margin: 0.25rem 0 0.75rem; color: var(--muted); }
.facts dt { font-weight: 600; } .facts dt::after { content: ":"; } .facts dd { margin: 0; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: 12.5px; }
caption { text-align: left; color: var(--muted); padding: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.2rem 0.4rem; vertical-align: top; text-align: left; }
th { background: #eef1f4; white-space: nowrap; }
.preview td { white-space: nowrap; }
.preview td.long { white-space: normal; min-width: 22rem; max-width: 32rem; }
aside table { width: 100%; }
aside th { white-space: normal; }
aside td:first-child { white-space: nowrap; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eef1f4; padding: 0 0.2rem; border-radius: 3px; }
`;

/**
 * The static download page (`index.html`): every output with a one-line description, size, row
 * count, a relative link and a preview, beside the data dictionary. No script, no external
 * resource: it opens from disk, and the CSP forbids scripts outright, so an unescaped quote could
 * not run even if escaping had a bug. Same input → same bytes.
 */
export function downloadPage(input: DownloadPageInput): string {
  const sections = ENTRIES.flatMap((e) => {
    const facts = input.files.get(e.file);
    return facts === undefined ? [] : [section(e, facts)];
  });
  const toc = ENTRIES.filter((e) => input.files.has(e.file))
    .map((e) => `<li><a href="${esc(encodeURIComponent(e.file))}">${esc(e.file)}</a></li>`)
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>salvo datasets ${esc(input.version)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>salvo: air-war datasets</h1>
<p>salvo ${esc(input.version)}. Every file below is in this folder; links are relative, so the folder can be copied or zipped as a whole.</p>
<nav><ul class="toc">${toc}</ul></nav>
</header>
<div class="layout">
<main>
${sections.join("\n")}
</main>
<aside id="dictionary">
${markdownToHtml(input.dictionary, { headingOffset: 1, idPrefix: "dict-" })}
</aside>
</div>
</body>
</html>
`;
}
