// turbo task `stage` of @salvo/report: ingest + normalize results → .stage/out (CSVs, PDF, run.json)
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { STAGE_ENV, STAGE_FILES } from "@salvo/core";
import type { FolderResult } from "@salvo/ingest";
import type { ArticleResult } from "@salvo/normalize";
import { buildOutputs } from "../build.ts";
import { salvoVersion } from "../pipeline.ts";
import { writeAtomically } from "../write.ts";

const root = join(import.meta.dirname, "../../../..");
const started = performance.now();
const folder = JSON.parse(await readFile(join(root, STAGE_FILES.ingest), "utf8")) as FolderResult;
const results = JSON.parse(await readFile(join(root, STAGE_FILES.normalize), "utf8")) as ArticleResult[];
const built = await buildOutputs({
  folder,
  results,
  now: process.env[STAGE_ENV.now] || null,
  version: await salvoVersion(),
  inputDigest: process.env[STAGE_ENV.inputDigest] ?? "",
});
await writeAtomically(join(root, STAGE_FILES.report), built.files);
const c = built.counts;
console.log(`report: ${c.strikes} strike events, ${c.diplomacy} diplomatic contacts, ${c.claims} claims, ${built.files.size} files in ${Math.round(performance.now() - started)} ms`);
