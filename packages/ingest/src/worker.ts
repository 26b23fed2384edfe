// Per-file work of the ingest stage, run in a worker thread (piscina) or inline.
import { join } from "node:path";
import { type ManifestEntry, sha256 } from "@salvo/core";
import { okEntry } from "./folder.ts";
import { batched } from "./pool.ts";
import { fileSha256 } from "./hash.ts";
import { articleFromInputs, articleIdOf, readArticleInputs } from "./read.ts";
import { ArticleStore, articleKey } from "./store.ts";

export interface IngestTask {
  readonly dir: string;
  readonly file: string;
  readonly maxBytes: number;
  readonly storeDir: string;
}

/** One file → its manifest entry; the parsed article goes to the store (skipped when already there). */
export async function ingestTask(task: IngestTask): Promise<ManifestEntry> {
  const { dir, file } = task;
  const articleId = articleIdOf(file);
  const skipped = async (code: Extract<ManifestEntry, { status: "skipped" }>["code"], message: string): Promise<ManifestEntry> => ({
    status: "skipped",
    file,
    articleId,
    sha256: await fileSha256(join(dir, file)),
    code,
    message,
  });
  const inputs = readArticleInputs(dir, file, { maxBytes: task.maxBytes });
  if (!inputs.ok) return skipped(inputs.error.code, inputs.error.message);
  const store = new ArticleStore(task.storeDir);
  const key = articleKey(sha256(inputs.value.bytes), inputs.value.sidecar, file);
  const cached = store.get(key);
  if (cached) return okEntry(cached, key);
  const r = articleFromInputs(file, inputs.value);
  if (!r.ok) return skipped(r.error.code, r.error.message);
  store.put(key, r.value);
  return okEntry(r.value, key);
}

export default batched(ingestTask);
