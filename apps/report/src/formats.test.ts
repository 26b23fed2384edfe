import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { digestFolder } from "@salvo/ingest";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileBody } from "./body.ts";
import { textOf } from "./build.ts";
import { runDirect } from "./direct.ts";
import { runInProcess } from "./pipeline.ts";
import { memorySink } from "./sink.ts";

type Row = Record<string, string>;
const rows = (files: ReadonlyMap<string, FileBody>, name: string) => parse(textOf(files.get(name)!), { columns: true }) as Row[];

// One report, in the three ways an input folder may hold it (written for this test).
const META = { headline: "Drones and missiles target Ukraine overnight", published: "2025-07-09", outlet: "Kyiv Ledger", url: "https://example.org/night", author: "Oksana Bondar" };
const BODY = [
  "Russia launched 48 Shahed-type drones and three Iskander-M ballistic missiles at Ukraine overnight, Ukraine's air force said on Wednesday.",
  "Air defences shot down 41 of the drones, the air force said. Debris fell on two districts of Kyiv.",
  "The mayor said no one was hurt.",
];
const TXT = BODY.join("\n\n");
// the same copy with Markdown's markup, which reading takes off again
const MD = [
  "---",
  `title: "${META.headline}"`,
  `date: ${META.published}`,
  `author: ${META.author}`,
  `publisher: ${META.outlet}`,
  `url: ${META.url}`,
  "---",
  "",
  "Russia launched **48** Shahed-type drones and three",
  "*Iskander-M* ballistic missiles at Ukraine overnight, [Ukraine's air force](https://example.org/af) said on Wednesday.",
  "",
  "<!-- photo to come -->",
  "Air defences shot down 41 of the drones, the air force said. Debris fell on two districts of Kyiv.",
  "",
  "> The mayor said no one was hurt.",
  "",
].join("\n");
const LINE = JSON.stringify({ title: META.headline, date: META.published, author: META.author, source: META.outlet, url: META.url, text: TXT });
const LATER = JSON.stringify({ id: "kl-0710", title: "Odesa port hit", date: "2025-07-10", text: "Two Kalibr cruise missiles struck the port of Odesa on Thursday, the navy said." });

describe("Markdown and JSON Lines inputs", () => {
  let dir: string;
  let cacheDir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "salvo-formats-"));
    cacheDir = await mkdtemp(join(tmpdir(), "salvo-formats-cache-"));
    await writeFile(join(dir, "night.txt"), TXT);
    await writeFile(join(dir, "night.meta.json"), JSON.stringify(META));
    await writeFile(join(dir, "night-md.md"), MD);
    await writeFile(join(dir, "feed.jsonl"), `${LINE}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });
  const opts = () => ({ input: dir, now: "2025-07-12", maxBytes: 5_000_000, cacheDir, workers: 1, progress: false, inputDigest: digestFolder(dir) });

  it("gives the same claims (quotes and offsets too) and source metadata for the article as .txt with a sidecar, as .md with front matter and as a .jsonl line", async () => {
    const out = await runInProcess(opts());
    const sources = rows(out.files, "sources.csv");
    expect(sources.map((s) => [s.file, s.article_id, s.status])).toEqual([
      ["feed.jsonl:1", expect.stringMatching(/^feed#[0-9a-f]{12}$/), "ok"],
      ["night-md.md", "night-md", "ok"],
      ["night.txt", "night", "ok"],
    ]);
    const meta = (s: Row) => [s.headline, s.published, s.outlet, s.url, s.author, s.claim_count];
    expect(meta(sources[0]!)).toEqual(meta(sources[2]!));
    expect(meta(sources[1]!)).toEqual(meta(sources[2]!));
    expect(Number(sources[2]!.claim_count)).toBeGreaterThan(0);
    // the copies are told as syndicated copies of one article
    expect(sources.filter((s) => s.syndicated_of !== "")).toHaveLength(2);

    const claims = rows(out.files, "claims.csv");
    const of = (id: string) => claims.filter((c) => c.article_id === id).map(({ claim_id: _, article_id: __, ...rest }) => JSON.stringify(rest)).sort();
    const txt = of("night");
    expect(txt.length).toBeGreaterThan(0);
    expect(of("night-md")).toEqual(txt);
    expect(of(sources[0]!.article_id!)).toEqual(txt);
  });

  it("runs the staged way (workers, article store, stamps) to the same bytes, and keeps every row when a line is appended", async () => {
    const sink = memorySink();
    await runDirect(opts(), sink);
    const inProcess = await runInProcess(opts());
    for (const [name, body] of inProcess.files) expect(textOf(sink.files.get(name)!), name).toBe(textOf(body));

    await appendFile(join(dir, "feed.jsonl"), `\n${LATER}\n`);
    const again = memorySink();
    await runDirect(opts(), again);
    const fresh = await runInProcess(opts());
    for (const [name, body] of fresh.files) expect(textOf(again.files.get(name)!), name).toBe(textOf(body));
    const sources = rows(again.files, "sources.csv");
    expect(sources.map((s) => s.file)).toEqual(["feed.jsonl:1", "feed.jsonl:3", "night-md.md", "night.txt"]);
    expect(sources[1]!.article_id).toBe("feed#kl-0710");
    const claimsAfter = new Set(rows(again.files, "claims.csv").map((r) => r.claim_id));
    for (const r of rows(inProcess.files, "claims.csv")) expect(claimsAfter.has(r.claim_id!), r.claim_id).toBe(true);
  });
});
