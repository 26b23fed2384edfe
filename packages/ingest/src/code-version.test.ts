import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { codeVersion } from "./code-version.ts";

describe("codeVersion", () => {
  it("changes with any source file and ignores tests", async () => {
    const dir = await mkdtemp(join(tmpdir(), "salvo-cv-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, "sub"));
    await writeFile(join(dir, "a.ts"), "export const a = 1;");
    await writeFile(join(dir, "sub", "b.json"), "{}");
    const v1 = codeVersion(dir);
    await writeFile(join(dir, "a.test.ts"), "test");
    expect(codeVersion(dir)).toBe(v1);
    await writeFile(join(dir, "sub", "b.json"), '{"x":1}');
    expect(codeVersion(dir)).not.toBe(v1);
  });
});
