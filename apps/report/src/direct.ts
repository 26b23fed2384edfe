import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import type { ManifestEntry } from "@salvo/core";
import { type IngestPlan, planIngestStage } from "@salvo/ingest";
import { runNormalizeStage, uncachedEntries } from "@salvo/normalize";
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
  /** Runs with more articles than this to read or extract run ingest and normalize in a child process first (see `primeInChild`). */
  readonly childAbove?: number;
}

export interface StageTimes {
  ingest: number;
  normalize: number;
  report: number;
}

export type PrimeOptions = Pick<DirectOptions, "input" | "maxBytes" | "cacheDir" | "workers" | "progress">;

export interface PrimeReport {
  /** Ingest's manifest: the parent need not run ingest again. */
  manifest: ManifestEntry[];
  ms: { ingest: number; normalize: number };
  maxRss: number;
}

export interface DirectRun {
  built: BuildSummary;
  ms: StageTimes;
  /** Set when a child process did the extraction: its peak RSS plus this process's RSS while it ran. */
  childPeakRss?: number;
}

// Above this many articles to read or extract, a run's worker threads would leave ~0.4 GB mapped in
// this process (measured at 100,000) for the rest of the run; a child process costs ~0.5 s and a
// second pass over the result cache.
export const CHILD_ABOVE = 20_000;

/**
 * The three stages in this process with worker pools and the per-article cache, without turbo:
 * for very large folders (turbo would copy every intermediate file into its cache) and the benchmark.
 * The outputs go into `sink` as they are made.
 */
export async function runDirect(opts: DirectOptions, sink: OutputSink): Promise<DirectRun> {
  let t = performance.now();
  const planned = await planIngestStage(opts);
  const child = opts.workers > 1 && pendingArticles(planned, opts.cacheDir) > (opts.childAbove ?? CHILD_ABOVE) ? await primeInChild(opts) : null;
  const before = performance.now() - t - (child ? child.ms.ingest + child.ms.normalize : 0); // planning, and the child's start-up and exit
  t = performance.now();
  const manifest = child?.manifest ?? (await planned.run());
  const ingest = performance.now() - t + before + (child?.ms.ingest ?? 0);
  t = performance.now();
  const results = await runNormalizeStage(manifest, opts);
  const normalize = performance.now() - t + (child?.ms.normalize ?? 0);
  t = performance.now();
  const built = await writeOutputs({ manifest, results, now: opts.now, version: await salvoVersion(), inputDigest: opts.inputDigest, excel: opts.excel ?? false }, sink);
  return { built, ms: { ingest, normalize, report: performance.now() - t }, ...(child && { childPeakRss: child.peakRss }) };
}

/** How many articles ingest or normalize would have to process: new, changed, or without a cached result. */
function pendingArticles(planned: IngestPlan, cacheDir: string): number {
  return planned.toRead + uncachedEntries(planned.reused, cacheDir).length;
}

type Primed = Pick<PrimeReport, "manifest" | "ms"> & { peakRss: number };

/**
 * Ingest and normalize in a child process, into the caches; this process takes ingest's manifest from
 * it and reads the extraction results from the cache.
 * The child's worker threads take their memory with them when it exits.
 */
function primeInChild(opts: DirectOptions): Promise<Primed> {
  const primeOpts: PrimeOptions = { input: opts.input, maxBytes: opts.maxBytes, cacheDir: opts.cacheDir, workers: opts.workers, progress: opts.progress };
  // The child and its worker threads load TypeScript through tsx, as this process was started. They keep
  // V8's default young generation: the larger one set for the report stage costs ~130 MB across the threads.
  const execArgv = process.execArgv.filter((a, i, all) => !a.startsWith("--max-semi-space-size") && all[i - 1] !== "--max-semi-space-size");
  if (!execArgv.some((a) => /\btsx\b/.test(a))) execArgv.push("--import", import.meta.resolve("tsx"));
  // the two processes' RSS together, sampled while the child runs (Linux; elsewhere an upper bound from the two maxima)
  let child: ChildProcess | null = null;
  let here = process.memoryUsage.rss();
  let together = 0;
  const sample = setInterval(() => {
    const mine = process.memoryUsage.rss();
    here = Math.max(here, mine);
    const theirs = child?.pid ? rssOf(child.pid) : null;
    if (theirs !== null) together = Math.max(together, mine + theirs);
  }, 250);
  return new Promise<Primed>((resolve, reject) => {
    let report: PrimeReport | null = null;
    child = fork(new URL("./bin/prime.ts", import.meta.url), [JSON.stringify(primeOpts)], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.on("message", (m) => (report = m as PrimeReport));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0 && report) resolve({ peakRss: together > 0 ? Math.max(together, report.maxRss) : here + report.maxRss, ms: report.ms, manifest: report.manifest });
      else reject(new Error(`salvo: the extraction process failed (${signal ?? `exit ${code}`}); see its message above`));
    });
  }).finally(() => clearInterval(sample));
}

/** A process's resident set from /proc (Linux), or null. */
function rssOf(pid: number): number | null {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}
