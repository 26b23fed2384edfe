import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sha256 } from "@salvo/core";
import { DEFAULT_MAX_BYTES, type FolderResult, ingestFolder } from "@salvo/ingest";
import { type ArticleResult, normalizeArticle } from "@salvo/normalize";
import { type BuildOutput, buildOutputs } from "./build.ts";

export interface PipelineOptions {
  readonly input: string;
  readonly now: string | null;
  readonly maxBytes: number;
}

export const defaultOptions = (input: string): PipelineOptions => ({ input, now: null, maxBytes: DEFAULT_MAX_BYTES });

export async function salvoVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(import.meta.dirname, "../package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** Digest of the whole input: names and bytes of every file, so any change (or another folder) misses the cache. */
export function folderDigest(folder: FolderResult): string {
  const parts = [...folder.articles.map((a) => `${a.file}:${a.sha256}`), ...folder.skipped.map((s) => `${s.file}:${s.code}`)].sort();
  return sha256(parts.join("\n"));
}

export const runNormalize = (folder: FolderResult): ArticleResult[] => folder.articles.map(normalizeArticle);

/** The three stages in one process (tests, the benchmark); `pnpm pipeline` runs them as turbo tasks. */
export async function runInProcess(opts: PipelineOptions): Promise<BuildOutput> {
  const folder = await ingestFolder(opts.input, { maxBytes: opts.maxBytes });
  const results = runNormalize(folder);
  return buildOutputs({ folder, results, now: opts.now, version: await salvoVersion(), inputDigest: folderDigest(folder) });
}
