import type { ManifestEntry, OkEntry } from "@salvo/core";
import { type IngestStageOptions, mapInPool, progressLine } from "@salvo/ingest";
import { ResultCache } from "./cache.ts";
import { compactResult } from "./compact.ts";
import type { ArticleResult } from "./events.ts";
import type { NormalizeTask } from "./worker.ts";

/** The same folder, size cap, cache and pool size as ingest's: a run hands one options object to both stages (see the report's `runDirect`). */
export type NormalizeStageOptions = IngestStageOptions;

/** The articles of `entries` read fine and with no cached result: what normalize has yet to extract. */
export function uncachedEntries(entries: readonly ManifestEntry[], cacheDir: string): OkEntry[] {
  const cache = new ResultCache(cacheDir);
  return entries.filter((e): e is OkEntry => e.status === "ok" && !cache.has(e.key));
}

const taskOf = (e: OkEntry, opts: NormalizeStageOptions, discard = false): NormalizeTask => ({
  key: e.key,
  file: e.file,
  cacheDir: opts.cacheDir,
  inputDir: opts.input,
  maxBytes: opts.maxBytes,
  ...(discard && { discard }),
});

/** The tasks through the normalize worker pool; `each` is applied to every result as it arrives (null for a discarding task). */
const extractInPool = <R extends ArticleResult | null>(tasks: readonly NormalizeTask[], opts: NormalizeStageOptions, each: (r: R) => R): Promise<R[]> =>
  mapInPool<NormalizeTask, R>(new URL("./worker.ts", import.meta.url), tasks, opts.workers, progressLine("normalize", tasks.length, opts.progress), each);

/**
 * The normalize stage: every article of the manifest → its claims and contacts. Cached results are
 * read here, in the main thread (a small file read is cheaper than a round trip to a worker); only
 * new or changed articles go to the pool.
 */
export async function runNormalizeStage(manifest: readonly ManifestEntry[], opts: NormalizeStageOptions): Promise<ArticleResult[]> {
  const ok = manifest.filter((e): e is OkEntry => e.status === "ok");
  const cache = new ResultCache(opts.cacheDir);
  const shared = new Map<string, string>();
  const out: Array<ArticleResult | null> = ok.map((e) => {
    const cached = cache.get(e.key);
    return cached && compactResult(cached, shared);
  });
  const missing = ok.flatMap((e, i) => (out[i] === null ? [i] : []));
  const tasks = missing.map((i) => taskOf(ok[i]!, opts));
  const computed = await extractInPool<ArticleResult>(tasks, opts, (r) => compactResult(r, shared));
  missing.forEach((i, k) => (out[i] = computed[k]!));
  return out as ArticleResult[];
}

/**
 * Extracts every article of the manifest that has no cached result, into the cache only: nothing is
 * kept, so a process that runs it stays small (see the report's `runDirect`). Returns how many it extracted.
 */
export async function primeNormalizeCache(manifest: readonly ManifestEntry[], opts: NormalizeStageOptions): Promise<number> {
  const tasks = uncachedEntries(manifest, opts.cacheDir).map((e) => taskOf(e, opts, true));
  await extractInPool<ArticleResult | null>(tasks, opts, () => null);
  return tasks.length;
}
