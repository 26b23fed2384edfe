import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";

async function lockPath(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "salvo-lock-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return join(dir, "lock");
}
import { acquireLock } from "./lock.ts";

describe("acquireLock", () => {
  it("refuses while another live process holds the lock", async () => {
    const path = await lockPath();
    await writeFile(path, String(process.ppid));
    expect(await acquireLock(path)).toEqual({ heldBy: process.ppid });
  });

  it("takes over a lock whose process is gone, and releases it", async () => {
    const path = await lockPath();
    await writeFile(path, "999999999");
    const lock = await acquireLock(path);
    expect("release" in lock).toBe(true);
    expect(await readFile(path, "utf8")).toBe(String(process.pid));
    if ("release" in lock) await lock.release();
    await expect(readFile(path, "utf8")).rejects.toThrow();
  });
});
