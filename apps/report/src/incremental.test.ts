import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { runInProcess } from "./pipeline.ts";
import type { FileBody } from "./body.ts";
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
