import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { digestFolder } from "./digest.ts";
import { StampCache, stampAt } from "./stamp-cache.ts";
import { runIngestStage } from "./stage.ts";

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), "salvo-stamps-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Files written "an hour ago", so the racy-write window does not apply to them. */
function writeOld(path: string, text: string): void {
  writeFileSync(path, text);
  const then = new Date(Date.now() - 3_600_000);
  utimesSync(path, then, then);
}

describe("StampCache", () => {
  it("returns a value only while every stamp is unchanged, and forgets names not used in the last run", () => {
    const cache = tmp();
    const dir = tmp();
    const a = join(dir, "a.txt");
    writeOld(a, "one");
    const first = new StampCache<string>(cache, "test", dir);
    expect(first.get("a.txt", [stampAt(a)])).toBeNull();
    first.set("a.txt", [stampAt(a)], "value of one");
    first.set("gone.txt", [null], "x");
    first.save();

    expect(new StampCache<string>(cache, "test", dir).get("a.txt", [stampAt(a)])).toBe("value of one");
    expect(new StampCache<string>(cache, "test", "another folder").get("a.txt", [stampAt(a)])).toBeNull();
    writeOld(a, "two"); // same size, same (old) mtime: the ctime still moves
    expect(new StampCache<string>(cache, "test", dir).get("a.txt", [stampAt(a)])).toBeNull();
  });

  it("does not write the cache again when every entry was reused, and does when one was dropped", () => {
    const cache = tmp();
    const dir = tmp();
    const a = join(dir, "a.txt");
    writeOld(a, "one");
    const first = new StampCache<string>(cache, "test", dir);
    first.set("a.txt", [stampAt(a)], "v");
    first.set("b.txt", [null], "w");
    first.save();
    const [file] = readdirSync(join(cache, "stamps"));
    const saved = join(cache, "stamps", file!);
    const old = new Date(Date.now() - 1_800_000); // after the files (an hour old), before now
    utimesSync(saved, old, old); // a rewrite would move it to now

    const same = new StampCache<string>(cache, "test", dir);
    expect(same.get("a.txt", [stampAt(a)])).toBe("v");
    expect(same.get("b.txt", [null])).toBe("w");
    same.save();
    expect(Math.round(statSync(saved).mtimeMs)).toBe(old.getTime());

    const fewer = new StampCache<string>(cache, "test", dir);
    expect(fewer.get("a.txt", [stampAt(a)])).toBe("v");
    fewer.save();
    expect(statSync(saved).mtimeMs).toBeGreaterThan(old.getTime());
    expect(new StampCache<string>(cache, "test", dir).get("b.txt", [null])).toBeNull();
  });

  it("does not trust a file written just before the cache was saved", () => {
    const cache = tmp();
    const dir = tmp();
    const a = join(dir, "a.txt");
    writeFileSync(a, "fresh");
    const c = new StampCache<string>(cache, "test", dir);
    c.set("a.txt", [stampAt(a)], "v");
    c.save();
    expect(new StampCache<string>(cache, "test", dir).get("a.txt", [stampAt(a)])).toBeNull();
    expect(new StampCache<string>(cache, "test", dir, 0).get("a.txt", [stampAt(a)])).toBe("v");
  });

  it("treats an unreadable cache file as empty", () => {
    const cache = tmp();
    const c = new StampCache<string>(cache, "test", "x");
    c.set("a", [null], "v");
    c.save();
    writeFileSync(join(cache, "stamps", readdirSync(join(cache, "stamps"))[0]!), "{ torn");
    expect(new StampCache<string>(cache, "test", "x").get("a", [null])).toBeNull();
  });
});

describe("incremental ingest and digest", () => {
  const article = (n: number) => `Drone attack on Kharkiv\n\nRussia launched ${n} drones at Kharkiv overnight on 3 May 2025, the governor said.\n`;

  it("gives the same digest and manifest with a warm cache as without, and notices an edit that keeps the size", async () => {
    const dir = tmp();
    const cache = tmp();
    for (const n of [101, 102]) writeOld(join(dir, `a${n}.txt`), article(n));
    writeOld(join(dir, "a101.meta.json"), JSON.stringify({ published: "2025-05-03" }));
    const opts = { input: dir, maxBytes: 1 << 20, cacheDir: cache, workers: 1, progress: false };

    const cold = await runIngestStage(opts);
    expect(digestFolder(dir, cache)).toBe(digestFolder(dir));
    expect(await runIngestStage(opts)).toEqual(cold);
    expect(digestFolder(dir, cache)).toBe(digestFolder(dir));

    writeOld(join(dir, "a103.txt"), article(103)); // a new file
    writeOld(join(dir, "a102.txt"), article(109)); // same size, new bytes
    writeOld(join(dir, "a101.meta.json"), JSON.stringify({ published: "2025-05-04" })); // only the sidecar changes
    const warm = await runIngestStage(opts);
    expect(warm).toEqual(await runIngestStage({ ...opts, cacheDir: tmp() }));
    expect(warm.map((e) => e.file)).toEqual(["a101.txt", "a102.txt", "a103.txt"]);
    const byFile = new Map(warm.map((e) => [e.file, e]));
    expect(byFile.get("a102.txt")?.sha256).not.toBe(cold.find((e) => e.file === "a102.txt")?.sha256);
    const a101 = byFile.get("a101.txt");
    expect(a101?.status === "ok" && a101.meta.published).toBe("2025-05-04");
    expect(digestFolder(dir, cache)).toBe(digestFolder(dir));
  });
});
