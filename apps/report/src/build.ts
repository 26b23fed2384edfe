import {
  ClaimRecord,
  compareRefs,
  DiplomacyRecord,
  EventRecord,
  type ManifestEntry,
  type SourceRecord,
  SourceRecord as SourceSchema,
  StrikeRecord,
} from "@salvo/core";
import { type ArticleResult, type Datasets, buildDatasets, syndicationOf } from "@salvo/normalize";
import { renderBriefing, selectForBriefing } from "./briefing/index.ts";
import type { FileBody } from "./body.ts";
import { csvSlices } from "./csv.ts";
import { dataDictionary, dataPackage } from "./datapackage.ts";
import { type OutputSink, memorySink } from "./sink.ts";
import { type FileFacts, downloadPage, factsCounter } from "./site/index.ts";
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

export interface BuildSummary {
  /** The files written, in the order they were written. */
  readonly names: readonly string[];
  readonly counts: { read: number; ok: number; skipped: number; claims: number; strikes: number; diplomacy: number };
  readonly skipped: ReadonlyArray<{ file: string; code: string; message: string }>;
}

export interface BuildOutput extends Omit<BuildSummary, "names"> {
  /** File name in the output folder → contents. */
  readonly files: ReadonlyMap<string, FileBody>;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export { textOf } from "./body.ts";

/** Everything the run writes, in memory (tests, eval, small folders). */
export async function buildOutputs(input: BuildInput): Promise<BuildOutput> {
  const sink = memorySink();
  const { counts, skipped } = await writeOutputs(input, sink);
  return { files: sink.files, counts, skipped };
}

/**
 * Everything the run writes, into `sink` file by file as it is made; each CSV goes out in slices
 * and is never held whole. The caller makes the set atomic (writeAtomically).
 */
export async function writeOutputs(input: BuildInput, sink: OutputSink): Promise<BuildSummary> {
  const { manifest, results } = input;
  const syndicatedOf = syndicationOf(results);
  const data: Datasets = buildDatasets(results, syndicatedOf);
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
    .sort((a, b) => compareRefs(a.file, b.file)); // ("wire.jsonl:2" before "wire.jsonl:10")

  const published = manifest.flatMap((e) => (e.status === "ok" && e.meta.published ? [e.meta.published] : [])).sort();
  const now = input.now ?? published.at(-1) ?? "1970-01-01";

  const ok = manifest.filter((e) => e.status === "ok").length;
  const counts = { read: manifest.length, ok, skipped: manifest.length - ok, claims: data.claims.length, strikes: data.strikes.length, diplomacy: data.diplomacy.length };
  const skipped = manifest.flatMap((e) => (e.status === "skipped" ? [{ file: e.file, code: e.code, message: e.message }] : []));
  const run = { salvo_version: input.version, input_digest: input.inputDigest, briefing_date: now, counts, skipped };
  const rows = { claims: data.claims.length, strikes: data.strikes.length, diplomacy: data.diplomacy.length, events: data.events.length, sources: sources.length };
  // the briefing's share of the claims, taken before the CSVs let go of the rest
  const briefing = selectForBriefing({ now, strikes: data.strikes, claims: data.claims, diplomacy: data.diplomacy, sources });

  const facts = new Map<string, FileFacts>();
  const put = async (name: string, slices: Iterable<Uint8Array | string>, excelCopy = false) => {
    const targets = [{ name, counter: factsCounter(), file: await sink.open(name) }];
    if (excelCopy) {
      // the same CSV with a UTF-8 byte-order mark, which Excel needs to read UTF-8; written in the same pass
      const copyName = name.replace(/\.csv$/, ".excel.csv");
      const copy = { name: copyName, counter: factsCounter(), file: await sink.open(copyName) };
      copy.counter.add(UTF8_BOM);
      await copy.file.write(UTF8_BOM);
      targets.push(copy);
    }
    for (const part of slices) {
      const slice = typeof part === "string" ? Buffer.from(part, "utf8") : part;
      for (const t of targets) {
        t.counter.add(slice);
        await t.file.write(slice);
      }
    }
    for (const t of targets) {
      await t.file.close();
      facts.set(t.name, t.counter.facts());
    }
  };
  const excel = input.excel ?? false;
  await put("claims.csv", csvSlices(ClaimRecord, data.claims), excel);
  // Let go of the claims (most of the datasets' heap) before the other files: at 100,000 articles
  // the rest of the run's garbage would otherwise stack on them.
  data.claims = [];
  await put("strikes.csv", csvSlices(StrikeRecord, data.strikes), excel);
  await put("diplomacy.csv", csvSlices(DiplomacyRecord, data.diplomacy), excel);
  await put("events.csv", csvSlices(EventRecord, data.events), excel);
  await put("sources.csv", csvSlices(SourceSchema, sources), excel);
  await put("briefing.pdf", [await renderBriefing(briefing)]);
  await put("run.json", [`${JSON.stringify(run, null, 2)}\n`]);
  await put("datapackage.json", [`${JSON.stringify(dataPackage(rows, input.version), null, 2)}\n`]);
  // last: the page lists every file above
  await put("index.html", [downloadPage({ files: facts, dictionary: dataDictionary(), version: input.version })]);
  return { names: [...facts.keys()], counts, skipped };
}
