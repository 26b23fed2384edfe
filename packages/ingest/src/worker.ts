// Per-file work of the ingest stage, run in a worker thread (piscina) or inline.
import { join } from "node:path";
import type { ManifestEntry } from "@salvo/core";
import { okEntry, skippedEntry } from "./folder.ts";
import { batched } from "./pool.ts";
import { fileSha256 } from "./hash.ts";
import { articleIdOf, articleOfUnit, readArticleInputs, unitsOf } from "./read.ts";
import { ArticleStore, articleKey } from "./store.ts";

export interface IngestTask {
  readonly dir: string;
  readonly file: string;
  readonly maxBytes: number;
  readonly storeDir: string;
}

/**
 * One file → its manifest entries (one, or a JSON Lines file's one a line); each parsed article goes to the store, and
 * one already there (by its content key: a line's own bytes, so lines appended to a file leave the others cached) is
 * not parsed again.
 */
export async function ingestTask(task: IngestTask): Promise<ManifestEntry[]> {
  const { dir, file } = task;
  const inputs = readArticleInputs(dir, file, { maxBytes: task.maxBytes });
  if (!inputs.ok) return [skippedEntry({ file, articleId: articleIdOf(file), sha256: await fileSha256(join(dir, file)) }, inputs.error)];
  const store = new ArticleStore(task.storeDir);
  return unitsOf(file, inputs.value, { maxBytes: task.maxBytes }).map((u) => {
    const at = { file: u.file, articleId: u.id, sha256: u.sha256 };
    if (!u.source.ok) return skippedEntry(at, u.source.error);
    const key = articleKey(u.sha256, inputs.value.sidecar, u.file);
    const cached = store.get(key);
    if (cached) return okEntry(cached, key);
    const r = articleOfUnit(u, inputs.value.sidecar);
    if (!r.ok) return skippedEntry(at, r.error);
    store.put(key, r.value);
    return okEntry(r.value, key);
  });
}

export default batched(ingestTask);
