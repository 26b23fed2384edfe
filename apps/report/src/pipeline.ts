import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type ManifestEntry, compareRefs } from "@salvo/core";
import { DEFAULT_MAX_BYTES, type FolderResult, digestFolder, ingestFolder, okEntry } from "@salvo/ingest";
import { normalizeArticle } from "@salvo/normalize";
import { type BuildOutput, buildOutputs } from "./build.ts";

export interface PipelineOptions {
  readonly input: string;
  readonly now: string | null;
  readonly maxBytes: number;
  readonly excel?: boolean;
}

export const defaultOptions = (input: string): PipelineOptions => ({ input, now: null, maxBytes: DEFAULT_MAX_BYTES });

export async function salvoVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(import.meta.dirname, "../package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** The manifest ingest's stage would write for this folder (article keys are not needed in-process). */
export function manifestOf(folder: FolderResult): ManifestEntry[] {
  return [...folder.articles.map((a) => okEntry(a, "")), ...folder.skipped.map((s) => ({ status: "skipped" as const, ...s }))].sort((a, b) => compareRefs(a.file, b.file));
}

/** The three stages in one process, one thread (tests, eval); `pnpm pipeline` runs them as turbo tasks with workers. */
export async function runInProcess(opts: PipelineOptions): Promise<BuildOutput> {
  const folder = await ingestFolder(opts.input, { maxBytes: opts.maxBytes });
  const results = folder.articles.map(normalizeArticle);
  return buildOutputs({ manifest: manifestOf(folder), results, now: opts.now, version: await salvoVersion(), inputDigest: digestFolder(opts.input), excel: opts.excel ?? false });
}
