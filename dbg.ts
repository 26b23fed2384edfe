import { readArticleFile } from "./packages/ingest/src/index.ts";
import { extractClaims } from "./packages/normalize/src/extract.ts";
const [dir, file, grep] = process.argv.slice(2);
const r = await readArticleFile(dir!, file!, { maxBytes: 1e7 });
if (!r.ok) throw r.error;
for (const c of extractClaims(r.value)) if (!grep || c.quote.includes(grep)) console.log(`${c.localKey} ${c.metric} ${c.value} "${c.value_text}" [${c.claimant}|${c.claimant_side}] ${c.date_start}..${c.date_end} | ${c.quote.slice(0,90)}`);
