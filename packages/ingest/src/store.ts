import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

// mkdir once per shard folder per process, not once per entry: it is a syscall on the hot path.
const made = new Set<string>();
async function ensureDir(dir: string): Promise<void> {
  if (made.has(dir)) return;
  await mkdir(dir, { recursive: true });
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

  async get(key: string): Promise<Article | null> {
    try {
      return ArticleSchema.parse(JSON.parse(await readFile(this.path(key), "utf8")));
    } catch {
      return null; // absent, or half-written by a killed run: recompute
    }
  }

  async put(key: string, article: Article): Promise<void> {
    const path = this.path(key);
    await ensureDir(join(path, ".."));
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, JSON.stringify(article));
    await rename(tmp, path); // atomic: a reader sees the whole entry or none
  }
}
