// turbo task `stage` of @salvo/normalize: ingest's manifest → .stage/results.jsonl
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ManifestEntry, STAGE_ENV, STAGE_FILES } from "@salvo/core";
import { DEFAULT_MAX_BYTES, defaultCacheDir, defaultWorkers } from "@salvo/ingest";
import { runNormalizeStage } from "../stage.ts";

const root = join(import.meta.dirname, "../../../..");
const started = performance.now();
const workers = Number(process.env[STAGE_ENV.workers] || defaultWorkers());
const manifest = (await readFile(join(root, STAGE_FILES.ingest), "utf8"))
  .split("\n")
  .filter(Boolean)
  .map((line) => ManifestEntry.parse(JSON.parse(line)));
const results = await runNormalizeStage(manifest, {
  input: process.env[STAGE_ENV.input] ?? "",
  maxBytes: Number(process.env[STAGE_ENV.maxBytes] || DEFAULT_MAX_BYTES),
  cacheDir: process.env[STAGE_ENV.cacheDir] || defaultCacheDir(root),
  workers,
  progress: true,
});
const out = join(root, STAGE_FILES.normalize);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, results.map((r) => `${JSON.stringify(r)}\n`).join(""));
const claims = results.reduce((n, r) => n + r.claims.length, 0);
const contacts = results.reduce((n, r) => n + r.contacts.length, 0);
console.log(`normalize: ${results.length} articles, ${claims} claims, ${contacts} contacts in ${Math.round(performance.now() - started)} ms (${workers} workers)`);
