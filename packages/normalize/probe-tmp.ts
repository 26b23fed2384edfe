import { extractClaims } from "./src/extract.ts";
import { articleOf } from "./src/test-helpers.ts";
for (const t of process.argv.slice(2)) console.log(extractClaims(articleOf(t)).map((c) => `${c.metric}:${c.value ?? c.value_text}${c.qualifier === "exact" ? "" : `(${c.qualifier})`}/${c.weapon}`).join("  ") || "-");
