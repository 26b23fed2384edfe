import { ClaimRecord, DiplomacyRecord, type SourceRecord, SourceRecord as SourceSchema, StrikeRecord } from "@salvo/core";
import type { FolderResult } from "@salvo/ingest";
import { type ArticleResult, buildDatasets } from "@salvo/normalize";
import { renderBriefing } from "./briefing/index.ts";
import { toCsv } from "./csv.ts";
import { okSource, skippedSource } from "./sources.ts";
import { findSyndication } from "./syndication.ts";
import { SalvoError } from "@salvo/core";

export interface BuildInput {
  readonly folder: FolderResult;
  readonly results: readonly ArticleResult[];
  /** Briefing date; null → the latest publication date among the inputs (never the clock). */
  readonly now: string | null;
  readonly version: string;
  readonly inputDigest: string;
}

export interface BuildOutput {
  /** File name in the output folder → contents. */
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  readonly counts: { read: number; ok: number; skipped: number; claims: number; strikes: number; diplomacy: number };
  readonly skipped: ReadonlyArray<{ file: string; code: string; message: string }>;
}

/** Everything the run writes, computed in memory; the caller writes it atomically. */
export async function buildOutputs(input: BuildInput): Promise<BuildOutput> {
  const { folder, results } = input;
  const syndicatedOf = findSyndication(folder.articles);
  const data = buildDatasets(results, syndicatedOf);
  const claimCount = new Map<string, number>();
  for (const c of data.claims) claimCount.set(c.article_id, (claimCount.get(c.article_id) ?? 0) + 1);
  const sources: SourceRecord[] = [
    ...folder.articles.map((a) => okSource(a, claimCount.get(a.id) ?? 0, syndicatedOf.get(a.id) ?? null)),
    ...folder.skipped.map((s) => skippedSource(s.file, s.articleId, s.sha256, new SalvoError(s.code, s.file, s.message.replace(`${s.file}: `, "")))),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const published = folder.articles.map((a) => a.meta.published).filter((p): p is string => p !== null).sort();
  const now = input.now ?? published.at(-1) ?? "1970-01-01";
  const pdf = await renderBriefing({ now, strikes: data.strikes, claims: data.claims, diplomacy: data.diplomacy, sources });

  const counts = {
    read: folder.articles.length + folder.skipped.length,
    ok: folder.articles.length,
    skipped: folder.skipped.length,
    claims: data.claims.length,
    strikes: data.strikes.length,
    diplomacy: data.diplomacy.length,
  };
  const skipped = folder.skipped.map((s) => ({ file: s.file, code: s.code, message: s.message }));
  const run = {
    salvo_version: input.version,
    input_digest: input.inputDigest,
    briefing_date: now,
    counts,
    skipped,
  };
  const files = new Map<string, string | Uint8Array>([
    ["claims.csv", toCsv(ClaimRecord, data.claims)],
    ["strikes.csv", toCsv(StrikeRecord, data.strikes)],
    ["diplomacy.csv", toCsv(DiplomacyRecord, data.diplomacy)],
    ["sources.csv", toCsv(SourceSchema, sources)],
    ["briefing.pdf", pdf],
    ["run.json", `${JSON.stringify(run, null, 2)}\n`],
  ]);
  return { files, counts, skipped };
}
