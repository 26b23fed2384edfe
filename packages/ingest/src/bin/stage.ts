// turbo task `stage` of @salvo/ingest: input folder → .stage/folder.json
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { STAGE_ENV, STAGE_FILES } from "@salvo/core";
import { DEFAULT_MAX_BYTES, ingestFolder } from "../index.ts";

const root = join(import.meta.dirname, "../../../..");
const input = process.env[STAGE_ENV.input];
if (!input) {
  console.error(`ingest: ${STAGE_ENV.input} is not set (run through \`pnpm pipeline\`)`);
  process.exit(2);
}
const started = performance.now();
const maxBytes = Number(process.env[STAGE_ENV.maxBytes] || DEFAULT_MAX_BYTES);
const folder = await ingestFolder(input, { maxBytes });
const out = join(root, STAGE_FILES.ingest);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(folder));
const ms = Math.round(performance.now() - started);
console.log(`ingest: ${folder.articles.length + folder.skipped.length} files, ${folder.articles.length} articles, ${folder.skipped.length} skipped, ${folder.articles.reduce((n, a) => n + a.sentences.length, 0)} sentences in ${ms} ms`);
for (const s of folder.skipped) console.log(`ingest: skipped ${s.file} [${s.code}] ${s.message}`);
