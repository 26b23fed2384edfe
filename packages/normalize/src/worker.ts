// Per-article work of the normalize stage, run in a worker thread (piscina) or inline.
import { ArticleStore, batched, readArticleFile } from "@salvo/ingest";
import type { ArticleResult } from "./events.ts";
import { ResultCache } from "./cache.ts";
import { normalizeArticle } from "./index.ts";

export interface NormalizeTask {
  readonly key: string;
  readonly file: string;
  readonly cacheDir: string;
  /** The input folder, to re-read an article whose store entry is gone. */
  readonly inputDir: string;
  readonly maxBytes: number;
  /** Only fill the cache: send nothing back (the caller reads the cache later). */
  readonly discard?: boolean;
}

export async function normalizeTask(task: NormalizeTask): Promise<ArticleResult | null> {
  const cache = new ResultCache(task.cacheDir);
  let article = new ArticleStore(task.cacheDir).get(task.key);
  if (!article) {
    const r = await readArticleFile(task.inputDir, task.file, { maxBytes: task.maxBytes });
    if (!r.ok) throw r.error; // ingest read it a moment ago: a file changed under the run
    article = r.value;
  }
  const result = normalizeArticle(article);
  cache.put(task.key, result);
  return task.discard ? null : result;
}

export default batched(normalizeTask);
