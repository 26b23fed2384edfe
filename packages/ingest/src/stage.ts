import { join } from "node:path";
import { type ManifestEntry, compareRefs } from "@salvo/core";
import { markDuplicates, planFolder } from "./folder.ts";
import { mapInPool } from "./pool.ts";
import { progressLine } from "./progress.ts";
import { articleIdOf } from "./read.ts";
import { StampCache, stampAt } from "./stamp-cache.ts";
import { INGEST_VERSION } from "./store.ts";
import type { IngestTask } from "./worker.ts";

export interface IngestStageOptions {
  readonly input: string;
  readonly maxBytes: number;
  /** Article store (and result cache) folder. */
  readonly cacheDir: string;
  readonly workers: number;
  readonly progress: boolean;
}

/**
 * The ingest stage: every file of the folder → a manifest entry (a JSON Lines file: one a line), parsed articles into the store.
 * Files whose stamps (and their sidecar's) are unchanged since the last run of the same ingest code
 * keep last run's entry without being read: a day's new articles cost only themselves.
 */
export async function runIngestStage(opts: IngestStageOptions): Promise<ManifestEntry[]> {
  return (await planIngestStage(opts)).run();
}

/** An ingest run decided from stamps alone, before any article is read: lets a caller size the work first. */
export interface IngestPlan {
  /** Last run's entries, for the files whose stamps are unchanged. */
  readonly reused: readonly ManifestEntry[];
  /** How many files are new or changed, to be read. */
  readonly toRead: number;
  run(): Promise<ManifestEntry[]>;
}

export async function planIngestStage(opts: IngestStageOptions): Promise<IngestPlan> {
  const plan = await planFolder(opts.input);
  // a file's entries: one, or a JSON Lines file's one a line
  const known = new StampCache<ManifestEntry[]>(opts.cacheDir, "manifest", `${opts.input}\0${INGEST_VERSION}\0${opts.maxBytes}`);
  const stampsOf = (file: string) => [stampAt(join(opts.input, file)), stampAt(join(opts.input, `${articleIdOf(file)}.meta.json`))];
  const reused: ManifestEntry[] = [];
  const tasks: IngestTask[] = [];
  // stamps taken before reading: a file changed while the run reads it is read again next time
  const stamps = new Map<string, ReturnType<typeof stampsOf>>();
  for (const file of plan.articleFiles) {
    const stamp = stampsOf(file);
    const entry = known.get(file, stamp);
    if (entry) reused.push(...entry);
    else {
      stamps.set(file, stamp);
      tasks.push({ dir: opts.input, file, maxBytes: opts.maxBytes, storeDir: opts.cacheDir });
    }
  }
  return {
    reused,
    toRead: tasks.length,
    async run() {
      const read = await mapInPool<IngestTask, ManifestEntry[]>(
        new URL("./worker.ts", import.meta.url),
        tasks,
        opts.workers,
        progressLine("ingest", tasks.length, opts.progress),
      );
      read.forEach((entries, i) => known.set(tasks[i]!.file, stamps.get(tasks[i]!.file)!, entries));
      known.save();
      const byName = (a: ManifestEntry, b: ManifestEntry) => compareRefs(a.file, b.file);
      return [...plan.skipped.map((s) => ({ status: "skipped" as const, ...s })), ...markDuplicates([...reused, ...read.flat()].sort(byName))].sort(byName);
    },
  };
}

export { defaultCacheDir } from "./defaults.ts";
