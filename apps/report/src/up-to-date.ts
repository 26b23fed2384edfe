import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "@salvo/core/plain";
import { codeVersion, StampCache, stampAt } from "@salvo/ingest/files";

/**
 * What a run's outputs are a function of: the input folder's digest, the code of every stage, the
 * locked dependency versions, and the options that change outputs. Same key, same bytes.
 */
export function runKey(root: string, inputDigest: string, options: { now: string | null; maxBytes: number | null; excel: boolean }): string {
  const code = ["packages/core/src", "packages/ingest/src", "packages/normalize/src", "apps/report/src"].map((d) => codeVersion(join(root, d)));
  const lock = readFileSync(join(root, "pnpm-lock.yaml"), "utf8");
  const app = readFileSync(join(root, "apps/report/package.json"), "utf8"); // salvo_version in run.json
  return sha256([inputDigest, ...code, sha256(lock), sha256(app), JSON.stringify(options)].join("\0"));
}

const listing = (out: string): string[] => {
  try {
    return readdirSync(out).sort();
  } catch {
    return [];
  }
};

const cacheOf = (cacheDir: string, out: string) => new StampCache<{ key: string; names: string[] }>(cacheDir, "outputs", out, 0);

/**
 * True when `out` holds exactly what the last run with this key wrote, untouched since (stamps of
 * every file unchanged): the run can stop before reading any article.
 */
export function outputsUpToDate(cacheDir: string, out: string, key: string): boolean {
  const names = listing(out);
  if (names.length === 0) return false;
  const last = cacheOf(cacheDir, out).get("run", names.map((n) => stampAt(join(out, n))));
  return last !== null && last.key === key && last.names.join("\0") === names.join("\0");
}

/** Remembers the outputs a run with this key just wrote. */
export function recordOutputs(cacheDir: string, out: string, key: string): void {
  const names = listing(out);
  const cache = cacheOf(cacheDir, out);
  cache.set("run", names.map((n) => stampAt(join(out, n))), { key, names });
  cache.save();
}
