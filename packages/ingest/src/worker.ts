// Per-file work of the ingest stage, run in a worker thread (piscina) or inline.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type ManifestEntry, sha256 } from "@salvo/core";
import { okEntry } from "./folder.ts";
import { fileSha256 } from "./hash.ts";
import { articleIdOf, readArticleFile } from "./read.ts";
import { ArticleStore, articleKey } from "./store.ts";

export interface IngestTask {
  readonly dir: string;
  readonly file: string;
  readonly maxBytes: number;
  readonly storeDir: string;
}

/** One file → its manifest entry; the parsed article goes to the store (skipped when already there). */
export default async function ingestTask(task: IngestTask): Promise<ManifestEntry> {
  const { dir, file } = task;
  const articleId = articleIdOf(file);
  const store = new ArticleStore(task.storeDir);
  let key: string | null = null;
  try {
    const info = await stat(join(dir, file));
    if (info.size <= task.maxBytes) {
      const bytes = await readFile(join(dir, file));
      const sidecar = await readFile(join(dir, `${articleId}.meta.json`), "utf8").catch(() => null);
      key = articleKey(sha256(bytes), sidecar, file);
      const cached = await store.get(key);
      if (cached) return okEntry(cached, key);
    }
  } catch {
    // fall through: readArticleFile reports the error with its code
  }
  const r = await readArticleFile(dir, file, { maxBytes: task.maxBytes });
  if (!r.ok) return { status: "skipped", file, articleId, sha256: await fileSha256(join(dir, file)), code: r.error.code, message: r.error.message };
  const article = r.value;
  key ??= articleKey(article.sha256, null, file);
  await store.put(key, article);
  return okEntry(article, key);
}
