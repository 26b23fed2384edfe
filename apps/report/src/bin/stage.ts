// turbo task `stage` of @salvo/report: manifest + results → .stage/out (CSVs, PDF, datapackage, page, run.json)
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ManifestEntry, STAGE_ENV, STAGE_FILES } from "@salvo/core";
import type { ArticleResult } from "@salvo/normalize";
import { buildOutputs } from "../build.ts";
import { salvoVersion } from "../pipeline.ts";
import { writeAtomically } from "../write.ts";

const root = join(import.meta.dirname, "../../../..");
const started = performance.now();
const lines = async (path: string) => (await readFile(join(root, path), "utf8")).split("\n").filter(Boolean);
const manifest = (await lines(STAGE_FILES.ingest)).map((l) => ManifestEntry.parse(JSON.parse(l)));
const results = (await lines(STAGE_FILES.normalize)).map((l) => JSON.parse(l) as ArticleResult);
const built = await buildOutputs({
  manifest,
  results,
  now: process.env[STAGE_ENV.now] || null,
  version: await salvoVersion(),
  inputDigest: process.env[STAGE_ENV.inputDigest] ?? "",
  excel: process.env[STAGE_ENV.excel] === "1",
});
await writeAtomically(join(root, STAGE_FILES.report), built.files);
const c = built.counts;
console.log(`report: ${c.strikes} strike events, ${c.diplomacy} diplomatic contacts, ${c.claims} claims, ${built.files.size} files in ${Math.round(performance.now() - started)} ms`);
