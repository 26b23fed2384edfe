import { readArticleFile, listArticleFiles } from "./packages/ingest/src/index.ts";
import { extractClaims } from "./packages/normalize/src/extract.ts";
import exp from "/work/shared/seeds/expected.json" with { type: "json" };
const dir = "/work/shared/seeds";
for (const f of await listArticleFiles(dir)) {
  const r = await readArticleFile(dir, f, { maxBytes: 1e7 });
  if (!r.ok) { console.log(f, r.error.message); continue; }
  const a = r.value;
  const id = f.replace(".txt","");
  a.meta.published ??= (exp.articles as any)[id].published;
  console.log("==", f);
  for (const c of extractClaims(a)) console.log(`  ${c.localKey} ${c.metric} ${c.value} "${c.value_text}" ${c.qualifier} [${c.claimant}|${c.claimant_side}] ${c.weapon} ${c.date_start}..${c.date_end} ${c.places.join(",")} part=${c.part}`);
}
import { extractContacts } from "./packages/normalize/src/diplomacy.ts";
for (const f of await listArticleFiles(dir)) {
  const r = await readArticleFile(dir, f, { maxBytes: 1e7 });
  if (!r.ok) continue;
  const a = r.value; a.meta.published ??= (exp.articles as any)[f.replace(".txt","")].published;
  const lead = extractClaims(a).find(c => c.event_type==="strike")?.date_start ?? null;
  for (const c of extractContacts(a, lead)) console.log(f.slice(0,3), c.kind, c.participants.join("+"), c.date, c.place, "|", c.quote.slice(0,80));
}
