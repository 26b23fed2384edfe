// turbo task `stage` of @salvo/report: manifest + results → .stage/out (CSVs, PDF, datapackage, page, run.json)
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ManifestEntry, STAGE_ENV, STAGE_FILES } from "@salvo/core";
import type { ArticleResult } from "@salvo/normalize";
import { writeOutputs } from "../build.ts";
import { salvoVersion } from "../pipeline.ts";
import { writeAtomicallyWith } from "../write.ts";

const root = join(import.meta.dirname, "../../../..");
const started = performance.now();
const lines = async (path: string) => (await readFile(join(root, path), "utf8")).split("\n").filter(Boolean);
const manifest = (await lines(STAGE_FILES.ingest)).map((l) => ManifestEntry.parse(JSON.parse(l)));
const results = (await lines(STAGE_FILES.normalize)).map((l) => JSON.parse(l) as ArticleResult);
const version = await salvoVersion();
const built = await writeAtomicallyWith(join(root, STAGE_FILES.report), (sink) =>
  writeOutputs(
    {
      manifest,
      results,
      now: process.env[STAGE_ENV.now] || null,
      version,
      inputDigest: process.env[STAGE_ENV.inputDigest] ?? "",
      excel: process.env[STAGE_ENV.excel] === "1",
    },
    sink,
  ),
);
const c = built.counts;
console.log(`report: ${c.strikes} strike events, ${c.diplomacy} diplomatic contacts, ${c.claims} claims, ${built.names.length} files in ${Math.round(performance.now() - started)} ms`);
