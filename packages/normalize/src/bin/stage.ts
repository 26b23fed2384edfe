// turbo task `stage` of @salvo/normalize: ingest's folder.json → .stage/results.json
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { STAGE_FILES } from "@salvo/core";
import type { FolderResult } from "@salvo/ingest";
import { normalizeArticle } from "../index.ts";

const root = join(import.meta.dirname, "../../../..");
const started = performance.now();
const folder = JSON.parse(await readFile(join(root, STAGE_FILES.ingest), "utf8")) as FolderResult;
const results = folder.articles.map(normalizeArticle);
const out = join(root, STAGE_FILES.normalize);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(results));
const claims = results.reduce((n, r) => n + r.claims.length, 0);
const contacts = results.reduce((n, r) => n + r.contacts.length, 0);
console.log(`normalize: ${results.length} articles, ${claims} claims, ${contacts} contacts in ${Math.round(performance.now() - started)} ms`);
