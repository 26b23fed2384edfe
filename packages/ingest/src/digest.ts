import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Digest of a whole input folder: the name and bytes of every file, in name order. It keys turbo's
 * cache (another folder or any edit misses) and is recorded in run.json.
 */
export async function digestFolder(dir: string): Promise<string> {
  const h = createHash("sha256");
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  for (const name of names) {
    h.update(`${name}\0`);
    h.update(await readFile(join(dir, name)));
    h.update("\0");
  }
  return h.digest("hex");
}
