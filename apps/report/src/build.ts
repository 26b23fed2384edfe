import {
  ClaimRecord,
  DiplomacyRecord,
  EventRecord,
  type ManifestEntry,
  type SourceRecord,
  SourceRecord as SourceSchema,
  StrikeRecord,
} from "@salvo/core";
import { type ArticleResult, buildDatasets, findSyndication } from "@salvo/normalize";
import { renderBriefing, selectForBriefing } from "./briefing/index.ts";
import { type FileBody, slicesOf } from "./body.ts";
import { toCsvSlices } from "./csv.ts";
import { dataDictionary, dataPackage } from "./datapackage.ts";
import { downloadPage } from "./site/index.ts";
import { okSource, skippedSource } from "./sources.ts";

export interface BuildInput {
  /** Every input file, read or skipped (ingest's manifest). */
  readonly manifest: readonly ManifestEntry[];
  /** Extraction results of the files read. Consumed: the array is emptied once the datasets are built. */
  readonly results: ArticleResult[];
  /** Briefing date; null → the latest publication date among the inputs (never the clock). */
  readonly now: string | null;
  readonly version: string;
  readonly inputDigest: string;
  /** Also write `<name>.excel.csv`: the same CSV with a UTF-8 byte-order mark, which Excel needs to read UTF-8. */
  readonly excel?: boolean;
}

export interface BuildOutput {
  /** File name in the output folder → contents. */
  readonly files: ReadonlyMap<string, FileBody>;
  readonly counts: { read: number; ok: number; skipped: number; claims: number; strikes: number; diplomacy: number };
  readonly skipped: ReadonlyArray<{ file: string; code: string; message: string }>;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export { textOf } from "./body.ts";

/** Everything the run writes, computed in memory; the caller writes it atomically. */
export async function buildOutputs(input: BuildInput): Promise<BuildOutput> {
  const { manifest, results } = input;
  const syndicatedOf = findSyndication(results.map((r) => ({ id: r.articleId, published: r.published, fingerprint: r.fingerprint })));
  const data = buildDatasets(results, syndicatedOf);
  // The per-article results are not needed past this point: emptying the caller's array lets a large
  // run free them before the CSVs are written (at 100,000 articles they are ~0.5 GB of heap).
  results.length = 0;
  const claimCount = new Map<string, number>();
  for (const c of data.claims) claimCount.set(c.article_id, (claimCount.get(c.article_id) ?? 0) + 1);
  const sources: SourceRecord[] = manifest
    .map((e) =>
      e.status === "ok"
        ? okSource(e, claimCount.get(e.articleId) ?? 0, syndicatedOf.get(e.articleId) ?? null)
        : skippedSource(e),
    )
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const published = manifest.flatMap((e) => (e.status === "ok" && e.meta.published ? [e.meta.published] : [])).sort();
  const now = input.now ?? published.at(-1) ?? "1970-01-01";

  const ok = manifest.filter((e) => e.status === "ok").length;
  const counts = { read: manifest.length, ok, skipped: manifest.length - ok, claims: data.claims.length, strikes: data.strikes.length, diplomacy: data.diplomacy.length };
  const skipped = manifest.flatMap((e) => (e.status === "skipped" ? [{ file: e.file, code: e.code, message: e.message }] : []));
  const run = { salvo_version: input.version, input_digest: input.inputDigest, briefing_date: now, counts, skipped };
  const csv = {
    claims: toCsvSlices(ClaimRecord, data.claims),
    strikes: toCsvSlices(StrikeRecord, data.strikes),
    diplomacy: toCsvSlices(DiplomacyRecord, data.diplomacy),
    events: toCsvSlices(EventRecord, data.events),
    sources: toCsvSlices(SourceSchema, sources),
  };
  // After the CSVs, in this thread. In a worker thread beside them (as it was) the layout thread's
  // own heap and loader stacked on the CSVs' garbage and made the run's peak: peak RSS at 10,000
  // articles 565–622 MB → 368–383 MB, at 100,000 1.30–1.48 GB → 1.06–1.24 GB, wall time the same
  // (both cores were already busy with the main thread's garbage collection).
  const pdf = await renderBriefing(selectForBriefing({ now, strikes: data.strikes, claims: data.claims, diplomacy: data.diplomacy, sources }));
  const files = new Map<string, FileBody>([
    ["claims.csv", csv.claims],
    ["strikes.csv", csv.strikes],
    ["diplomacy.csv", csv.diplomacy],
    ["events.csv", csv.events],
    ["sources.csv", csv.sources],
    ["briefing.pdf", pdf],
    ["run.json", `${JSON.stringify(run, null, 2)}\n`],
  ]);
  if (input.excel) {
    for (const [name, body] of [...files]) if (name.endsWith(".csv")) files.set(name.replace(/\.csv$/, ".excel.csv"), [UTF8_BOM, ...slicesOf(body)]);
  }
  const rows = { claims: data.claims.length, strikes: data.strikes.length, diplomacy: data.diplomacy.length, events: data.events.length, sources: sources.length };
  files.set("datapackage.json", `${JSON.stringify(dataPackage(rows, input.version), null, 2)}\n`);
  // last: the page lists every file above
  files.set("index.html", downloadPage({ files, dictionary: dataDictionary(), version: input.version }));
  return { files, counts, skipped };
}
