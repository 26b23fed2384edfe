import { join } from "node:path";
import type { ManifestEntry } from "@salvo/core";
import { markDuplicates, planFolder } from "./folder.ts";
import { mapInPool } from "./pool.ts";
import { progressLine } from "./progress.ts";
import type { IngestTask } from "./worker.ts";

export interface IngestStageOptions {
  readonly input: string;
  readonly maxBytes: number;
  /** Article store (and result cache) folder. */
  readonly cacheDir: string;
  readonly workers: number;
  readonly progress: boolean;
}

/** The ingest stage: every file of the folder → a manifest entry, parsed articles into the store. */
export async function runIngestStage(opts: IngestStageOptions): Promise<ManifestEntry[]> {
  const plan = await planFolder(opts.input);
  const tasks: IngestTask[] = plan.articleFiles.map((file) => ({ dir: opts.input, file, maxBytes: opts.maxBytes, storeDir: opts.cacheDir }));
  const read = await mapInPool<IngestTask, ManifestEntry>(
    new URL("./worker.ts", import.meta.url),
    tasks,
    opts.workers,
    progressLine("ingest", tasks.length, opts.progress),
  );
  return [...plan.skipped.map((s) => ({ status: "skipped" as const, ...s })), ...markDuplicates(read)].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
}

export const defaultCacheDir = (root: string) => join(root, ".salvo-cache");
