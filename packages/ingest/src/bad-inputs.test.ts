import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_DIR, type BadInput, bigInputs, committedInputs, expectedJson } from "../../../scripts/make-bad-inputs.ts";
import { type FolderResult, ingestFolder } from "./folder.ts";
import { DEFAULT_MAX_BYTES } from "./read.ts";

interface Expected {
  maxBytes: number;
  files: Record<string, string>;
  sidecars: Record<string, string>;
}

const outcomes = (r: FolderResult) =>
  Object.fromEntries([...r.articles.map((a) => [a.file, "ok"]), ...r.skipped.map((s) => [s.file, s.code])].sort());

describe("fixtures/bad: every bad input ends as an article or a skip with its documented code", () => {
  let expected: Expected;
  let result: FolderResult;
  beforeAll(async () => {
    expected = JSON.parse(await readFile(join(BAD_DIR, "expected.json"), "utf8")) as Expected;
    result = await ingestFolder(BAD_DIR, { maxBytes: expected.maxBytes });
  });

  it("holds exactly what scripts/make-bad-inputs.ts writes", async () => {
    const inputs = committedInputs();
    expect((await readdir(BAD_DIR)).sort()).toEqual(inputs.map((i) => i.file).sort());
    for (const i of inputs.filter((i) => i.file !== "expected.json")) {
      expect(new Uint8Array(await readFile(join(BAD_DIR, i.file))), i.file).toEqual(i.bytes);
    }
    expect(expected).toEqual(JSON.parse(JSON.stringify(expectedJson(inputs))));
  });

  it("accounts for every file: each article file or stray file once, each sidecar through its article", async () => {
    const onDisk = await readdir(BAD_DIR);
    const accounted = [...Object.keys(expected.files), ...Object.keys(expected.sidecars)].sort();
    expect(onDisk.sort()).toEqual(accounted);
    for (const article of Object.values(expected.sidecars)) expect(expected.files).toHaveProperty([article]);
    expect(Object.keys(outcomes(result))).toEqual(Object.keys(expected.files).sort());
  });

  it("gives each file the expected outcome", () => {
    expect(outcomes(result)).toEqual(Object.fromEntries(Object.entries(expected.files).sort()));
  });

  it("names the file at fault in every skip message (the sidecar, for a bad sidecar)", () => {
    for (const s of result.skipped) {
      const named = s.code === "BAD_META" ? s.file.replace(/\.[^.]+$/, ".meta.json") : s.file;
      expect(s.message.startsWith(`${named}: `), s.message).toBe(true);
    }
  });

  it("keeps sidecar strings that look like paths as plain text", () => {
    const a = result.articles.find((x) => x.file === "sidecar-path-tricks.txt");
    expect(a?.meta).toMatchObject({ outlet: "../../etc", headline: "../../etc/passwd" });
  });
});

// (how their time grows with their size is `pnpm bench`'s to print: apps/report/src/bench/worst-cases.ts)
describe("big inputs (generated at test time) are read to the end", () => {
  let dir: string;
  const write = async (where: string, inputs: readonly BadInput[]) => {
    for (const i of inputs) await writeFile(join(where, i.file), i.bytes);
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "salvo-big-"));
    await write(dir, bigInputs(1));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads each big input as an article", async () => {
    const t = performance.now();
    const r = await ingestFolder(dir, { maxBytes: DEFAULT_MAX_BYTES });
    console.log(`ingest: ${bigInputs(1).length} big inputs in ${Math.round(performance.now() - t)} ms`);
    expect(outcomes(r)).toEqual(Object.fromEntries(bigInputs(1).map((i) => [i.file, i.expect]).sort()));
  });
});
