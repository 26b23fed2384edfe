import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sentenceText } from "@salvo/core";
import { describe, expect, it, onTestFinished } from "vitest";
import { ingestFolder } from "./folder.ts";
import { jsonLinesOf, readJsonLine } from "./jsonl.ts";
import { readArticleFile, readArticles } from "./read.ts";

const line = (o: unknown) => JSON.stringify(o);
const ZAP = { title: "Drones over Zaporizhzhia", date: "2025-07-09", source: "Southern Post", link: "https://example.org/zap", author: "Taras Melnyk", text: "Russia launched 25 drones at Zaporizhzhia overnight, the regional governor said.\n\nAir defence downed 19 of them." };
const ODESA = { headline: "Port hit in Odesa", datePublished: "2025-07-10T03:00:00Z", outlet: "Black Sea Wire", body: "<p>Two missiles struck the port of Odesa on Thursday, the navy said.</p><p>One crane was damaged.</p>" };

async function folder(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), "salvo-jsonl-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe("JSON Lines", () => {
  it("numbers lines as an editor does and leaves blank ones out", () => {
    expect(jsonLinesOf('{"a":1}\n\n  \n{"b":2}\r\n')).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 4, text: '{"b":2}' },
    ]);
  });

  it("reads each line as an article, its fields as metadata and an HTML text as a page's", async () => {
    const dir = await folder({ "feed.jsonl": `${line(ZAP)}\n${line(ODESA)}\n` });
    const read = await readArticles(dir, "feed.jsonl", { maxBytes: 1 << 20 });
    expect(read.map((r) => r.file)).toEqual(["feed.jsonl:1", "feed.jsonl:2"]);
    const [zap, odesa] = read.map((r) => (r.article.ok ? r.article.value : null));
    expect(zap?.id).toMatch(/^feed#[0-9a-f]{12}$/);
    expect(zap?.meta).toMatchObject({ headline: ZAP.title, published: "2025-07-09", outlet: "Southern Post", url: ZAP.link, author: "Taras Melnyk" });
    expect(zap && zap.sentences.map((s) => sentenceText(zap, s))).toEqual([
      "Russia launched 25 drones at Zaporizhzhia overnight, the regional governor said.",
      "Air defence downed 19 of them.",
    ]);
    expect(odesa?.text).not.toContain("<p>");
    expect(odesa?.meta).toMatchObject({ headline: ODESA.headline, published: "2025-07-10", publishedAt: ODESA.datePublished, publishedFrom: "page", outlet: "Black Sea Wire" });
    // the normalize stage re-reads one line by its reference when the store has lost it
    const again = await readArticleFile(dir, "feed.jsonl:2", { maxBytes: 1 << 20 });
    expect(again.ok && again.value).toEqual(odesa);
  });

  it("reads the field names scrapers write: newspaper3k's publish_date, trafilatura's sitename and source (an address)", async () => {
    const records = [
      { title: "Sumy strike", publish_date: "2025-04-14 00:00:00", source: "https://sumy.example/news/1", text: "Two missiles struck Sumy on Sunday, the governor said." },
      { title: "Riga talks", sitename: "Baltic Wire", source: "https://baltic.example/a", date: "2025-03-11", text: "Russia launched 40 drones overnight, the Air Force said." },
      // (a name under "source" is the outlet's, as before)
      { title: "Odesa", source: "Southern Post", text: "Russia launched 25 drones at Odesa overnight, the navy said." },
      // (a site's bare domain names the outlet; a field named "url" keeps what it holds)
      { title: "Kyiv", source: "www.kyivindependent.com", url: "kyivindependent.com/news/1", text: "Russia launched 30 drones at Kyiv overnight, the Air Force said." },
    ];
    const dir = await folder({ "scrape.jsonl": records.map(line).join("\n") });
    const read = await readArticles(dir, "scrape.jsonl", { maxBytes: 1 << 20 });
    const metas = read.map((r) => (r.article.ok ? r.article.value.meta : null));
    expect(metas.map((m) => [m?.published, m?.outlet, m?.url])).toEqual([
      ["2025-04-14", null, "https://sumy.example/news/1"],
      ["2025-03-11", "Baltic Wire", "https://baltic.example/a"],
      [null, "Southern Post", null],
      [null, "www.kyivindependent.com", "kyivindependent.com/news/1"],
    ]);
  });

  it("takes a record's gold file (named by its article id) as the file's companion, and still reports an orphan one", async () => {
    const dir = await folder({
      "feed.jsonl": line({ id: "zap-1", ...ZAP }),
      "feed#zap-1.gold.json": "{}",
      "gone#zap-1.gold.json": "{}",
    });
    const { articles, skipped } = await ingestFolder(dir, { maxBytes: 1 << 20 });
    expect(articles.map((a) => a.id)).toEqual(["feed#zap-1"]);
    expect(skipped.map((s) => [s.file, s.code])).toEqual([["gone#zap-1.gold.json", "UNSUPPORTED"]]);
  });

  it("skips a bad line with its line number and the right code, and reads the others", async () => {
    const dir = await folder({
      "feed.jsonl": [line(ZAP), "{ not json", "", line({ title: "no text here" }), line({ text: 42 }), line({ text: "   " }), "[1, 2]", line(ODESA)].join("\n"),
      "other.txt": "Russia fired three missiles at Kryvyi Rih on Sunday, the mayor said.",
    });
    const { articles, skipped } = await ingestFolder(dir, { maxBytes: 1 << 20 });
    expect(articles.map((a) => a.file)).toEqual(["feed.jsonl:1", "feed.jsonl:8", "other.txt"]);
    expect(skipped.map((s) => [s.file, s.code])).toEqual([
      ["feed.jsonl:2", "DECODE"],
      ["feed.jsonl:4", "NOT_ARTICLE"],
      ["feed.jsonl:5", "NOT_ARTICLE"],
      ["feed.jsonl:6", "EMPTY"],
      ["feed.jsonl:7", "NOT_ARTICLE"],
    ]);
    for (const s of skipped) expect(s.message.startsWith(`${s.file}: `), s.message).toBe(true);
    expect(skipped[0]!.message).toContain("not a JSON value");
    expect(skipped[2]!.message).toContain('field "text" is a number, not a string');
  });

  it("limits each line to --max-bytes, not the file as a whole", async () => {
    const long = { ...ZAP, text: `${ZAP.text} ${"More detail followed later in the day. ".repeat(40)}` };
    const dir = await folder({ "feed.jsonl": [line(ZAP), line(long), line(ODESA)].join("\n") });
    const { articles, skipped } = await ingestFolder(dir, { maxBytes: 1000 });
    expect(articles.map((a) => a.file)).toEqual(["feed.jsonl:1", "feed.jsonl:3"]);
    expect(skipped.map((s) => [s.file, s.code])).toEqual([["feed.jsonl:2", "TOO_LARGE"]]);
  });

  it("keeps every article id when lines are appended, and takes a record's own id", async () => {
    const dir = await folder({ "feed.jsonl": `${line(ZAP)}\n` });
    const before = (await ingestFolder(dir, { maxBytes: 1 << 20 })).articles.map((a) => a.id);
    await appendFile(join(dir, "feed.jsonl"), `${line(ODESA)}\n${line({ id: "bsw-0711", text: "Three drones hit Izmail on Friday, officials said." })}\n`);
    const after = (await ingestFolder(dir, { maxBytes: 1 << 20 })).articles.map((a) => a.id);
    expect(after.slice(0, 1)).toEqual(before);
    expect(after).toHaveLength(3);
    expect(after[2]).toBe("feed#bsw-0711");
    expect(readJsonLine(line({ id: "https://example.org/a?b=1", text: "x" }), "feed", "feed.jsonl:1").id).toMatch(/^feed#[0-9a-f]{12}$/);
  });

  it("skips a repeated line, and a second record with an id already taken, as duplicates", async () => {
    const dir = await folder({ "feed.jsonl": [line(ZAP), line({ id: "a", text: "Two drones hit Kherson, the governor said." }), line(ZAP), line({ id: "a", text: "Five drones hit Mykolaiv, the governor said." })].join("\n") });
    const { skipped } = await ingestFolder(dir, { maxBytes: 1 << 20 });
    expect(skipped.map((s) => [s.file, s.code, s.message])).toEqual([
      ["feed.jsonl:3", "DUPLICATE", "feed.jsonl:3: same bytes as feed.jsonl:1"],
      ["feed.jsonl:4", "DUPLICATE", "feed.jsonl:4: same article id as feed.jsonl:2"],
    ]);
  });

  it("applies a sidecar beside the file to every line, over the lines' own fields", async () => {
    const dir = await folder({ "feed.jsonl": [line(ZAP), line(ODESA)].join("\n"), "feed.meta.json": '{ "outlet": "Aggregator" }' });
    const { articles } = await ingestFolder(dir, { maxBytes: 1 << 20 });
    expect(articles.map((a) => a.meta.outlet)).toEqual(["Aggregator", "Aggregator"]);
  });
});
