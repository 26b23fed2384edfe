import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { digestFolder } from "@salvo/ingest";
import { runDirect } from "./direct.ts";
import { runInProcess } from "./pipeline.ts";
import { memorySink } from "./sink.ts";
import { type FileBody, bytesOf } from "./body.ts";
import { textOf } from "./build.ts";

const fixtures = resolve(import.meta.dirname, "../../../fixtures/articles");
const ADDED = "109_sobyanin-telegram-march11";

type Row = Record<string, string>;
const rows = (files: ReadonlyMap<string, FileBody>, name: string) => parse(textOf(files.get(name)!), { columns: true }) as Row[];

describe("adding one article", () => {
  it("changes only the rows it touches: ids are content-derived and nothing is renumbered", async () => {
    const dir = await mkdtemp(join(tmpdir(), "salvo-incr-"));
    await cp(fixtures, dir, { recursive: true, filter: (src) => !src.includes(ADDED) });
    const before = await runInProcess({ input: dir, now: "2025-12-31", maxBytes: 5_000_000 });
    const after = await runInProcess({ input: fixtures, now: "2025-12-31", maxBytes: 5_000_000 });
    await rm(dir, { recursive: true, force: true });

    const claimsAfter = new Set(rows(after.files, "claims.csv").map((r) => JSON.stringify(r)));
    for (const r of rows(before.files, "claims.csv")) expect(claimsAfter.has(JSON.stringify(r)), r.claim_id).toBe(true);

    const touched = new Set(rows(after.files, "claims.csv").filter((r) => r.article_id === ADDED).map((r) => r.event_id));
    const strikesAfter = new Map(rows(after.files, "strikes.csv").map((r) => [r.event_id, JSON.stringify(r)]));
    for (const r of rows(before.files, "strikes.csv")) {
      if (!touched.has(r.event_id!)) expect(strikesAfter.get(r.event_id!), r.event_id).toBe(JSON.stringify(r));
      else expect(strikesAfter.has(r.event_id!)).toBe(true);
    }
    expect(touched.size).toBeGreaterThan(0);
  });
});

describe("an incremental run", () => {
  it("writes the cold run's files byte for byte: articles added to a folder the caches have seen", async () => {
    const dir = await mkdtemp(join(tmpdir(), "salvo-incr-cold-"));
    const warm = await mkdtemp(join(tmpdir(), "salvo-incr-cache-"));
    const cold = await mkdtemp(join(tmpdir(), "salvo-cold-cache-"));
    try {
      // every fifth article (and its sidecar and gold file) held back, then dropped in
      const names = (await readdir(fixtures)).filter((n) => n.endsWith(".txt")).sort();
      const later = new Set(names.filter((_, i) => i % 5 === 2).map((n) => n.replace(/\.txt$/, "")));
      expect(later.size).toBeGreaterThan(5);
      const isLater = (src: string) => [...later].some((id) => src.includes(id));
      await cp(fixtures, dir, { recursive: true, filter: (src) => !isLater(src) });
      const opts = (cacheDir: string) => ({ input: dir, now: null, maxBytes: 5_000_000, cacheDir, workers: 1, progress: false, inputDigest: digestFolder(dir) });
      await runDirect(opts(warm), memorySink());
      await cp(fixtures, dir, { recursive: true, filter: (src) => src === fixtures || isLater(src) });
      const incremental = memorySink();
      await runDirect(opts(warm), incremental);
      const fresh = memorySink();
      await runDirect(opts(cold), fresh);
      expect([...incremental.files.keys()].sort()).toEqual([...fresh.files.keys()].sort());
      for (const [name, body] of fresh.files) expect(bytesOf(incremental.files.get(name)!).equals(bytesOf(body)), name).toBe(true);
      expect(textOf(fresh.files.get("claims.csv")!).split("\n").length).toBeGreaterThan(100);
    } finally {
      for (const d of [dir, warm, cold]) await rm(d, { recursive: true, force: true });
    }
  });
});
