// Validates hand-written gold files (schema + every quote present in its article) without running
// the pipeline, so an annotator is not nudged by salvo's own output. Usage: tsx scripts/check-gold.ts <folder>
import { loadGold } from "../apps/report/src/eval/gold.ts";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: tsx scripts/check-gold.ts <folder>");
  process.exit(2);
}
try {
  const gold = await loadGold(dir);
  let strikes = 0;
  let claims = 0;
  let contacts = 0;
  for (const g of gold.values()) {
    strikes += g.strikes.length;
    claims += g.strikes.reduce((n, s) => n + s.claims.length, 0);
    contacts += g.diplomacy.length;
  }
  console.log(`${gold.size} gold files ok: ${strikes} strike events, ${claims} claims, ${contacts} contacts`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
