import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_MAX_BYTES, ingestFolder } from "@salvo/ingest";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_DIR, bigInputs } from "../../../scripts/make-bad-inputs.ts";
import { type BuildOutput, textOf } from "./build.ts";
import { runInProcess } from "./pipeline.ts";
import { recoverStale, writeAtomically, writeAtomicallyWith } from "./write.ts";

type Row = Record<string, string>;
interface Expected {
  maxBytes: number;
  files: Record<string, string>;
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const csv = (out: BuildOutput, name: string) => parse(textOf(out.files.get(name)!), { columns: true }) as Row[];
const cells = (out: BuildOutput, name: string) => parse(textOf(out.files.get(name)!)) as string[][];
const unescape = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

describe("the pipeline on fixtures/bad: every file accounted for, nothing unsafe in the outputs", () => {
  let expected: Expected;
  let out: BuildOutput;
  beforeAll(async () => {
    expected = JSON.parse(await readFile(join(BAD_DIR, "expected.json"), "utf8")) as Expected;
    out = await runInProcess({ input: BAD_DIR, now: "2025-07-10", maxBytes: expected.maxBytes });
  });

  it("lists every file in sources.csv with the expected status and code", () => {
    const got = Object.fromEntries(csv(out, "sources.csv").map((r) => [r.file, r.status === "ok" ? "ok" : r.reason_code]));
    expect(got).toEqual(expected.files);
  });

  it("names the file in the reason of every skipped row and in run.json", () => {
    for (const r of csv(out, "sources.csv").filter((r) => r.status === "skipped")) expect(r.reason!.startsWith(`${r.file}: `), r.reason).toBe(true);
    const run = JSON.parse(textOf(out.files.get("run.json")!)) as { counts: { read: number; skipped: number }; skipped: Array<{ file: string; message: string }> };
    expect(run.counts.read).toBe(Object.keys(expected.files).length);
    expect(run.skipped.map((s) => s.file).sort()).toEqual(Object.entries(expected.files).filter(([, v]) => v !== "ok").map(([k]) => k).sort());
    for (const s of run.skipped) expect(s.message).toMatch(new RegExp(`^${s.file.replace(/\.[^.]+$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.`));
  });

  it("never writes a CSV cell that a spreadsheet would run as a formula", () => {
    let escaped = 0;
    for (const name of ["claims.csv", "strikes.csv", "diplomacy.csv", "sources.csv"]) {
      for (const row of cells(out, name)) {
        for (const cell of row) {
          expect(FORMULA_START.test(cell), `${name}: ${cell}`).toBe(false);
          if (cell.startsWith("'") && FORMULA_START.test(cell.slice(1))) escaped++;
        }
      }
    }
    expect(escaped).toBeGreaterThanOrEqual(5); // the hostile sidecar and quotes did reach the CSVs, escaped
  });

  it("keeps every quote equal to the article text at its offsets, once the formula escape is taken off", async () => {
    const folder = await ingestFolder(BAD_DIR, { maxBytes: expected.maxBytes });
    const text = new Map(folder.articles.map((a) => [a.id, a.text]));
    const claims = csv(out, "claims.csv");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(unescape(c.quote!)).toBe(text.get(c.article_id!)!.slice(Number(c.quote_start), Number(c.quote_end)));
  });

  it("names every output file plainly: sidecar paths such as ../../etc never reach a file name", () => {
    for (const name of out.files.keys()) expect(name).toMatch(/^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9]+)+$/);
    expect(csv(out, "sources.csv").find((r) => r.file === "sidecar-path-tricks.txt")).toMatchObject({ outlet: "../../etc", headline: "../../etc/passwd" });
  });
});

describe("big inputs generated at test time", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "salvo-faults-"));
    for (const i of bigInputs(1)) await writeFile(join(dir, i.file), i.bytes);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("run through the whole pipeline to a row each in sources.csv", async () => {
    const t = performance.now();
    const out = await runInProcess({ input: dir, now: "2025-07-10", maxBytes: DEFAULT_MAX_BYTES });
    console.log(`pipeline: ${bigInputs(1).length} big inputs in ${Math.round(performance.now() - t)} ms`);
    const got = Object.fromEntries(csv(out, "sources.csv").map((r) => [r.file, r.status === "ok" ? "ok" : r.reason_code]));
    expect(got).toEqual(Object.fromEntries(bigInputs(1).map((i) => [i.file, i.expect])));
  });
});

describe("writeAtomically and recoverStale: a killed writer's leftovers", () => {
  let parent: string;
  const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!; // has exited by the time we use it
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), "salvo-write-"));
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it("removes a dead writer's staging folder and keeps a live one's", async () => {
    const out = join(parent, "a");
    await writeAtomically(out, new Map([["run.json", "{}\n"]]));
    const dead = join(parent, `.a.tmp-${deadPid()}-x1`);
    const live = join(parent, `.a.tmp-${process.pid}-x2`);
    await mkdir(dead);
    await mkdir(live);
    const r = await recoverStale(out);
    expect(r.removed).toEqual([dead]);
    expect((await readdir(parent)).filter((n) => n.includes("a")).sort()).toEqual([".a.tmp-" + process.pid + "-x2", "a"]);
    await rm(live, { recursive: true });
  });

  it("puts the previous outputs back when the writer died between its two renames", async () => {
    const out = join(parent, "b");
    const old = join(parent, `.b.old-${deadPid()}-x3`);
    await mkdir(old);
    await writeFile(join(old, "run.json"), '{"previous":true}\n');
    const r = await recoverStale(out);
    expect(r.restored).toBe(old);
    expect(await readFile(join(out, "run.json"), "utf8")).toBe('{"previous":true}\n');
  });

  it("leaves the previous outputs whole, and no staging folder, when the writer fails half-way", async () => {
    const out = join(parent, "d");
    await writeAtomically(out, new Map([["claims.csv", "old\n"]]));
    const failing = writeAtomicallyWith(out, async (sink) => {
      const file = await sink.open("claims.csv");
      await file.write(Buffer.from("new, cut off"));
      throw new Error("extraction failed");
    });
    await expect(failing).rejects.toThrow("extraction failed");
    expect((await readdir(parent)).filter((n) => n.includes("d"))).toEqual(["d"]);
    expect(await readFile(join(out, "claims.csv"), "utf8")).toBe("old\n");
  });

  it("makes its staging folder only when the first file is written, so a run killed while it extracts leaves none", async () => {
    const out = join(parent, "e");
    const siblings = async () => (await readdir(parent)).filter((n) => n.startsWith(".e."));
    let before: string[] = [];
    await writeAtomicallyWith(out, async (sink) => {
      before = await siblings();
      const file = await sink.open("run.json");
      await file.write(Buffer.from("{}\n"));
      await file.close();
      expect(await siblings()).toHaveLength(1);
    });
    expect(before).toEqual([]);
    expect(await siblings()).toEqual([]);
    expect(await readFile(join(out, "run.json"), "utf8")).toBe("{}\n");
  });

  it("cleans up before writing, and writes only inside out and its hidden siblings", async () => {
    const out = join(parent, "c");
    await mkdir(join(parent, `.c.tmp-${deadPid()}-x4`));
    await writeAtomically(out, new Map([["claims.csv", "a\n"], ["run.json", "{}\n"]]));
    await writeAtomically(out, new Map([["claims.csv", "b\n"], ["run.json", "{}\n"]]));
    expect((await readdir(parent)).filter((n) => n.includes("c"))).toEqual(["c"]);
    expect((await readdir(out)).sort()).toEqual(["claims.csv", "run.json"]);
    expect(await readFile(join(out, "claims.csv"), "utf8")).toBe("b\n");
  });
});
