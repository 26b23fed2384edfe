import { readdirSync, readFileSync } from "node:fs";
import { findPlaces } from "../src/places.ts";
const { findPlaces: oldFind } = await import("/tmp/salvo-gz/places.old.ts");
const diffs = new Map<string, string[]>();
for (const dir of ["articles", "heldout"]) {
  const root = `../../fixtures/${dir}/`;
  for (const f of readdirSync(root).sort()) {
    let texts: string[] = [];
    if (f.endsWith(".txt")) texts = readFileSync(root + f, "utf8").split(/(?<=[.!?])\s+|\n+/);
    else if (f.endsWith(".meta.json")) texts = [JSON.parse(readFileSync(root + f, "utf8")).headline ?? ""];
    for (const t of texts) {
      const a = oldFind(t).map((p: any) => `${p.name}/${p.kind}/${p.country}`);
      const b = findPlaces(t).map((p) => `${p.name}/${p.kind}/${p.country}`);
      for (const x of b) if (!a.includes(x)) { const k = "+ " + x; diffs.set(k, [...(diffs.get(k) ?? []), `${f}: ${t.slice(0, 140)}`]); }
      for (const x of a) if (!b.includes(x)) { const k = "- " + x; diffs.set(k, [...(diffs.get(k) ?? []), `${f}: ${t.slice(0, 140)}`]); }
    }
  }
}
for (const [k, v] of [...diffs].sort()) console.log(k, v.length, "\n    " + v.slice(0, 2).join("\n    "));
