import { runIngestStage } from "@salvo/ingest";
import { runNormalizeStage } from "@salvo/normalize";
import { type BuildSummary, writeOutputs } from "./build.ts";
import { salvoVersion } from "./pipeline.ts";
import type { OutputSink } from "./sink.ts";

export interface DirectOptions {
  readonly input: string;
  readonly now: string | null;
  readonly maxBytes: number;
  readonly cacheDir: string;
  readonly workers: number;
  readonly progress: boolean;
  readonly inputDigest: string;
  readonly excel?: boolean;
}

export interface StageTimes {
  ingest: number;
  normalize: number;
  report: number;
}

/**
 * The three stages in this process with worker pools and the per-article cache, without turbo:
 * for very large folders (turbo would copy every intermediate file into its cache) and the benchmark.
 * The outputs go into `sink` as they are made.
 */
export async function runDirect(opts: DirectOptions, sink: OutputSink): Promise<{ built: BuildSummary; ms: StageTimes }> {
  let t = performance.now();
  const manifest = await runIngestStage(opts);
  const ingest = performance.now() - t;
  t = performance.now();
  const results = await runNormalizeStage(manifest, opts);
  const normalize = performance.now() - t;
  t = performance.now();
  const built = await writeOutputs({ manifest, results, now: opts.now, version: await salvoVersion(), inputDigest: opts.inputDigest, excel: opts.excel ?? false }, sink);
  return { built, ms: { ingest, normalize, report: performance.now() - t } };
}
