import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// mkdir once per shard folder per process, not once per entry: it is a syscall on the hot path.
const made = new Set<string>();
function ensureDir(dir: string): void {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}
import { type Article, Article as ArticleSchema, sha256 } from "@salvo/core";

/** Bumped whenever ingest changes what it makes of a file: part of every article's store key. */
export const INGEST_VERSION = "2";

/** The article's identity for caching: its bytes, its sidecar's bytes, and how ingest reads them. */
export function articleKey(fileSha: string, sidecar: string | null, file: string): string {
  return sha256(`${INGEST_VERSION}\0${file}\0${fileSha}\0${sidecar ?? ""}`);
}

/**
 * Parsed articles by content key, so a re-run parses only new or changed files and the normalize
 * stage can read them without the input folder. A cache: anything missing is recomputed.
 */
export class ArticleStore {
  constructor(readonly dir: string) {}

  private path(key: string): string {
    return join(this.dir, "articles", key.slice(0, 2), `${key}.json`);
  }

  // Synchronous: called from worker threads, see readArticleInputs.
  get(key: string): Article | null {
    try {
      return ArticleSchema.parse(JSON.parse(readFileSync(this.path(key), "utf8")));
    } catch {
      return null; // absent, or half-written by a killed run: recompute
    }
  }

  put(key: string, article: Article): void {
    const path = this.path(key);
    // a cache write that fails (disk full, folder removed under the run) costs a recomputation next time, not the run
    try {
      ensureDir(join(path, ".."));
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, JSON.stringify(article));
      renameSync(tmp, path); // atomic: a reader sees the whole entry or none
    } catch {
      made.clear();
    }
  }
}
