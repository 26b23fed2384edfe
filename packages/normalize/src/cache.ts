import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

// mkdir once per shard folder per process, not once per entry: it is a syscall on the hot path.
const made = new Set<string>();
async function ensureDir(dir: string): Promise<void> {
  if (made.has(dir)) return;
  await mkdir(dir, { recursive: true });
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

  async get(key: string): Promise<ArticleResult | null> {
    try {
      return JSON.parse(await readFile(this.path(key), "utf8")) as ArticleResult;
    } catch {
      return null;
    }
  }

  async put(key: string, result: ArticleResult): Promise<void> {
    const path = this.path(key);
    await ensureDir(join(path, ".."));
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, JSON.stringify(result));
    await rename(tmp, path);
  }
}
