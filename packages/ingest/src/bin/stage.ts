// turbo task `stage` of @salvo/ingest: input folder → .stage/manifest.jsonl (+ parsed articles in the store)
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { STAGE_ENV, STAGE_FILES } from "@salvo/core";
import { DEFAULT_MAX_BYTES, defaultCacheDir, defaultWorkers, runIngestStage } from "../index.ts";

const root = join(import.meta.dirname, "../../../..");
const input = process.env[STAGE_ENV.input];
if (!input) {
  console.error(`ingest: ${STAGE_ENV.input} is not set (run through \`pnpm pipeline\`)`);
  process.exit(2);
}
const started = performance.now();
const workers = Number(process.env[STAGE_ENV.workers] || defaultWorkers());
const entries = await runIngestStage({
  input,
  maxBytes: Number(process.env[STAGE_ENV.maxBytes] || DEFAULT_MAX_BYTES),
  cacheDir: process.env[STAGE_ENV.cacheDir] || defaultCacheDir(root),
  workers,
  progress: true,
});
const out = join(root, STAGE_FILES.ingest);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, entries.map((e) => `${JSON.stringify(e)}\n`).join(""));
const ok = entries.filter((e) => e.status === "ok");
console.log(`ingest: ${entries.length} files, ${ok.length} articles, ${entries.length - ok.length} skipped, ${ok.reduce((n, e) => n + e.sentences, 0)} sentences in ${Math.round(performance.now() - started)} ms (${workers} workers)`);
for (const s of entries) if (s.status === "skipped") console.log(`ingest: skipped ${s.file} [${s.code}] ${s.message}`);
