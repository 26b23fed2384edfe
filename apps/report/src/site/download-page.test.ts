import { describe, expect, it } from "vitest";
import { dataDictionary } from "../datapackage.ts";
import { downloadPage, factsCounter, factsOf, formatBytes } from "./download-page.ts";
import { markdownToHtml } from "./markdown.ts";

const HOSTILE = `<script>alert("x")</script> & "friends" <img src=x onerror=alert(1)>`;
const claims = [
  "claim_id,quote,value",
  ...Array.from({ length: 7 }, (_, i) => `clm_${i},"${i === 0 ? HOSTILE.replace(/"/g, '""') : `quote ${i}`}",${i}`),
].join("\n");
const files = new Map<string, string | Uint8Array>([
  ["claims.csv", `${claims}\n`],
  ["strikes.csv", "event_id,disputed\n"],
  ["briefing.pdf", new Uint8Array(2048)],
  ["run.json", "{}\n"],
]);
const page = (f: ReadonlyMap<string, string | Uint8Array> = files, dictionary = dataDictionary()) =>
  downloadPage({ files: new Map([...f].map(([name, body]) => [name, factsOf(body)])), dictionary, version: "9.9.9" });

describe("the download page", () => {
  it("escapes hostile cell text: no markup from the data reaches the page", () => {
    const html = page();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;friends&quot;");
  });

  it("forbids scripts and outside resources with its content security policy", () => {
    expect(page()).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(page()).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("links only the files it was given, by relative path", () => {
    const html = page();
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(hrefs)).toEqual(new Set(["claims.csv", "strikes.csv", "briefing.pdf", "run.json"]));
    expect(html).not.toContain('id="file-datapackage-json"');
    expect(html).not.toContain('id="file-diplomacy-csv"');
  });

  it("gives row counts, sizes and a preview of the first five rows", () => {
    const html = page();
    expect(html).toContain('<dd class="rows">7</dd>');
    expect(html).toContain('<dd class="rows">0</dd>');
    expect(html).toContain("First 5 of 7 rows.");
    expect(html).toContain("No rows.");
    expect(html).toContain("<td>clm_4</td>");
    expect(html).not.toContain("<td>clm_5</td>");
    expect(html).toContain('<dd class="size">2.0 KiB</dd>');
  });

  it("is the same bytes for the same files, whatever order the map lists them in", () => {
    const reversed = new Map([...files].reverse());
    expect(page(reversed)).toBe(page());
  });

  it("renders the data dictionary's tables beside the files", () => {
    const html = page();
    expect(html).toContain('<h3 id="dict-claims-csv">claims.csv</h3>');
    expect(html).toContain("<td><code>claim_id</code></td>");
  });
});

describe("the dictionary's Markdown", () => {
  it("keeps an escaped pipe inside its cell and escapes markup", () => {
    const html = markdownToHtml("| a | b |\n| --- | --- |\n| `x\\|y` | 1 \\| 2 <b> |\n");
    expect(html).toContain("<td><code>x|y</code></td><td>1 | 2 &lt;b&gt;</td>");
  });

  it("turns headings and paragraphs into HTML, dropping comments", () => {
    expect(markdownToHtml("<!-- generated -->\n# Title\n\nOne\nline.", { headingOffset: 1 })).toBe('<h2 id="title">Title</h2>\n<p>One line.</p>');
  });
});

describe("sizes", () => {
  it("read in bytes, KiB and MiB", () => {
    expect([formatBytes(0), formatBytes(1023), formatBytes(1536), formatBytes(3 * 1024 * 1024)]).toEqual(["0 B", "1023 B", "1.5 KiB", "3.0 MiB"]);
  });
});

describe("countRecords", () => {
  it("counts records, not lines: a quoted cell may hold line breaks", async () => {
    const { countRecords } = await import("./download-page.ts");
    expect(countRecords('a,b\n1,"x\ny"\n2,"he said ""hi"""\n')).toBe(3);
    expect(countRecords("a,b\n1,2")).toBe(2);
    expect(countRecords("")).toBe(0);
    expect(countRecords(Buffer.from('a,b\n1,"«x»\ny"\n2,"дрон"\n'))).toBe(3); // UTF-8 bytes, as the CSVs are built
    // in slices, as large CSVs are kept: a byte-order mark before them, a quoted line break across a slice's end
    const slices = [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\n1,"x'), Buffer.from('\ny"\n2,3\n')];
    expect(countRecords(slices)).toBe(3);
  });

  it("takes a streamed CSV's size, records and preview rows from its slices as they go by", () => {
    const rows = Array.from({ length: 9 }, (_, i) => `${i},"line\nbreak ${i}"\n`);
    // as the CSVs are streamed: the header alone, then slices of records, one cut inside a quote
    const slices = [Buffer.from("id,quote\n"), Buffer.from(rows.slice(0, 3).join("") + rows[3]!.slice(0, 5)), Buffer.from(rows[3]!.slice(5) + rows.slice(4).join(""))];
    const counter = factsCounter();
    for (const s of slices) counter.add(s);
    const facts = counter.facts();
    expect(facts.records).toBe(10);
    expect(facts.bytes).toBe(Buffer.concat(slices).byteLength);
    expect(facts.head).toBe(`id,quote\n${rows.slice(0, 5).join("")}`);
  });
});
