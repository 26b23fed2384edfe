import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "@salvo/core/plain";

/**
 * A digest of a package's source (every .ts, .mjs and .json under `dir`, tests excluded). Cache keys
 * include it, so a changed extractor or parser never serves results computed by the old code,
 * without anyone having to remember to bump a version number.
 */
export function codeVersion(dir: string): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:ts|mts|mjs|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) files.push(p);
    }
  };
  walk(dir);
  files.sort();
  return sha256(files.map((f) => `${f.slice(dir.length)}\0${readFileSync(f, "utf8")}`).join("\0")).slice(0, 16);
}
