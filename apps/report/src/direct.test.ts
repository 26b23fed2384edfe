import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { digestFolder } from "@salvo/ingest";
import { describe, expect, it } from "vitest";
import { textOf } from "./build.ts";
import { runDirect } from "./direct.ts";
import { runInProcess } from "./pipeline.ts";
import { memorySink } from "./sink.ts";

const fixtures = resolve(import.meta.dirname, "../../../fixtures/articles");

describe("runDirect", () => {
  it("extracting in a child process, then reading its caches, gives the in-process outputs byte for byte (and a warm run starts none)", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "salvo-direct-"));
    try {
      const opts = { input: fixtures, now: "2025-12-31", maxBytes: 5_000_000, cacheDir, workers: 2, progress: false, inputDigest: digestFolder(fixtures) };
      const sink = memorySink();
      const run = await runDirect({ ...opts, childAbove: 0 }, sink);
      expect(run.childPeakRss).toBeGreaterThan(0); // the child did run
      const inProcess = await runInProcess(opts);
      expect([...sink.files.keys()].sort()).toEqual([...inProcess.files.keys()].sort());
      for (const [name, body] of inProcess.files) expect(textOf(sink.files.get(name)!), name).toBe(textOf(body));
      // a warm run has nothing to extract: no child
      const again = await runDirect({ ...opts, childAbove: 0 }, memorySink());
      expect(again.childPeakRss).toBeUndefined();
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
