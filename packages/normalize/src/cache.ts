import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// mkdir once per shard folder per process, not once per entry: it is a syscall on the hot path.
const made = new Set<string>();
function ensureDir(dir: string): void {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}
import type { ArticleResult } from "./events.ts";

/**
 * Per-article extraction results by (article key, extractor version): a re-run extracts only new
 * or changed articles, and a new extractor version never serves old results. Output built from
 * cached results is identical to a cold run because extraction is a pure function of the article.
 */
export class ResultCache {
  constructor(
    readonly dir: string,
    readonly version: string,
  ) {}

  private path(key: string): string {
    return join(this.dir, "results", this.version, key.slice(0, 2), `${key}.json`);
  }

  // Synchronous: called from worker threads, where a blocking read costs only that thread.
  get(key: string): ArticleResult | null {
    try {
      return JSON.parse(readFileSync(this.path(key), "utf8")) as ArticleResult;
    } catch {
      return null;
    }
  }

  put(key: string, result: ArticleResult): void {
    const path = this.path(key);
    // a cache write that fails (disk full, folder removed under the run) costs a recomputation next time, not the run
    try {
      ensureDir(join(path, ".."));
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, JSON.stringify(result));
      renameSync(tmp, path); // atomic: a reader sees the whole entry or none
    } catch {
      made.clear();
    }
  }
}
