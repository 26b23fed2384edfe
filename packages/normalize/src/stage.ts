import type { ManifestEntry, OkEntry } from "@salvo/core";
import { mapInPool, progressLine } from "@salvo/ingest";
import type { ArticleResult } from "./events.ts";
import type { NormalizeTask } from "./worker.ts";

export interface NormalizeStageOptions {
  readonly input: string;
  readonly maxBytes: number;
  readonly cacheDir: string;
  readonly workers: number;
  readonly progress: boolean;
}

/** The normalize stage: every article of the manifest → its claims and contacts (cached per article). */
export async function runNormalizeStage(manifest: readonly ManifestEntry[], opts: NormalizeStageOptions): Promise<ArticleResult[]> {
  const ok = manifest.filter((e): e is OkEntry => e.status === "ok");
  const tasks: NormalizeTask[] = ok.map((e) => ({ key: e.key, file: e.file, cacheDir: opts.cacheDir, inputDir: opts.input, maxBytes: opts.maxBytes }));
  return mapInPool<NormalizeTask, ArticleResult>(new URL("./worker.ts", import.meta.url), tasks, opts.workers, progressLine("normalize", tasks.length, opts.progress));
}
