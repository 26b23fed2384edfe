import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Stamp, StampCache, stampAt } from "./stamp-cache.ts";

/**
 * Digest of a whole input folder: the name and SHA-256 of every file, in name order. It keys turbo's
 * cache (another folder or any edit misses) and is recorded in run.json. With a cache folder, files
 * whose stamp is unchanged since the last run are not read again.
 */
export function digestFolder(dir: string, cacheDir?: string): string {
  const cache = cacheDir ? new StampCache<string>(cacheDir, "digest", dir) : null;
  const h = createHash("sha256");
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
  for (const name of names) {
    const path = join(dir, name);
    const stamps: Array<Stamp | null> = [stampAt(path)];
    let sha = cache?.get(name, stamps) ?? null;
    if (sha === null) {
      sha = createHash("sha256").update(readFileSync(path)).digest("hex");
      cache?.set(name, stamps, sha);
    }
    h.update(`${name}\0${sha}\0`);
  }
  cache?.save();
  return h.digest("hex");
}
