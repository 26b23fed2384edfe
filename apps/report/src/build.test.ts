import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "./pipeline.ts";
import { bytesOf } from "./body.ts";
import { textOf } from "./build.ts";

const fixtures = resolve(import.meta.dirname, "../../../fixtures/articles");

describe("buildOutputs", () => {
  it("is byte-identical across runs, with the briefing date taken from the inputs", { timeout: 60_000 }, async () => {
    const a = await runInProcess({ input: fixtures, now: null, maxBytes: 5_000_000 });
    const b = await runInProcess({ input: fixtures, now: null, maxBytes: 5_000_000 });
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [name, body] of a.files) expect(bytesOf(b.files.get(name)!).equals(bytesOf(body)), name).toBe(true);
    const run = JSON.parse(a.files.get("run.json") as string) as { briefing_date: string };
    expect(run.briefing_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("writes a UTF-8 byte-order-mark copy of every CSV only with --excel", { timeout: 60_000 }, async () => {
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
});
