import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ingestFolder } from "@salvo/ingest";
import { normalizeArticle } from "@salvo/normalize";
import { describe, expect, it, onTestFinished } from "vitest";
import { bytesOf, textOf } from "./body.ts";
import { type BuildInput, buildOutputs, writeOutputs } from "./build.ts";
import { manifestOf, runInProcess } from "./pipeline.ts";
import { writeAtomicallyWith } from "./write.ts";

const fixtures = resolve(import.meta.dirname, "../../../fixtures/articles");

describe("buildOutputs", () => {
  it("is byte-identical across runs, with the briefing date taken from the inputs", async () => {
    const a = await runInProcess({ input: fixtures, now: null, maxBytes: 5_000_000 });
    const b = await runInProcess({ input: fixtures, now: null, maxBytes: 5_000_000 });
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [name, body] of a.files) expect(bytesOf(b.files.get(name)!).equals(bytesOf(body)), name).toBe(true);
    const run = JSON.parse(textOf(a.files.get("run.json")!)) as { briefing_date: string };
    expect(run.briefing_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("writes a UTF-8 byte-order-mark copy of every CSV only with --excel", async () => {
    const plain = await runInProcess({ input: fixtures, now: "2025-12-31", maxBytes: 5_000_000 });
    expect([...plain.files.keys()].some((n) => n.endsWith(".excel.csv"))).toBe(false);
    const excel = await runInProcess({ input: fixtures, now: "2025-12-31", maxBytes: 5_000_000, excel: true });
    const csvs = [...plain.files.keys()].filter((n) => n.endsWith(".csv"));
    expect(csvs.length).toBeGreaterThanOrEqual(5);
    for (const name of csvs) {
      const copy = textOf(excel.files.get(name.replace(/\.csv$/, ".excel.csv"))!);
      expect(copy.charCodeAt(0), name).toBe(0xfeff);
      expect(copy.slice(1)).toBe(textOf(plain.files.get(name)!));
    }
  });

  it("streams the same files into a folder as it builds in memory", async () => {
    const folder = await ingestFolder(fixtures, { maxBytes: 5_000_000 });
    // results are consumed by a build: each build gets its own
    const input = (): BuildInput => ({ manifest: manifestOf(folder), results: folder.articles.map(normalizeArticle), now: null, version: "0.0.0", inputDigest: "d", excel: true });
    const held = await buildOutputs(input());
    const parent = await mkdtemp(join(tmpdir(), "salvo-build-"));
    onTestFinished(() => rm(parent, { recursive: true, force: true }));
    const out = join(parent, "out");
    const streamedInput = input();
    const summary = await writeAtomicallyWith(out, (sink) => writeOutputs(streamedInput, sink));
    expect([...summary.names].sort()).toEqual([...held.files.keys()].sort());
    expect((await readdir(out)).sort()).toEqual([...held.files.keys()].sort());
    for (const [name, body] of held.files) expect((await readFile(join(out, name))).equals(bytesOf(body)), name).toBe(true);
    expect(summary.counts).toEqual(held.counts);
  });
});
