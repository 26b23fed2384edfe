import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { addDays } from "@salvo/core";
import type { SynthArticle } from "./articles.ts";

/**
 * Writes the corpus as salvo input (`<id>.txt` + `<id>.meta.json`) and, with `gold`, a
 * `<id>.gold.json` in the format of fixtures/*: the true event key of every figure.
 */
export async function writeCorpus(dir: string, articles: readonly SynthArticle[], gold: boolean): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const a of articles) {
    await writeFile(join(dir, `${a.id}.txt`), a.text);
    await writeFile(join(dir, `${a.id}.meta.json`), JSON.stringify({ published: a.published, outlet: a.outlet, headline: a.headline }));
    if (gold) await writeFile(join(dir, `${a.id}.gold.json`), JSON.stringify(goldOf(a)));
  }
}

export function goldOf(a: SynthArticle) {
  const byKey = new Map<string, SynthArticle["figures"][number][]>();
  for (const f of a.figures) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  return {
    strikes: [...byKey].map(([key, figs]) => ({
      key,
      event_type: "strike",
      attacker: key.includes("-ru-") ? "RU" : "UA",
      target_country: key.includes("-ru-") ? "UA" : "RU",
      weapon: "drone",
      date_start: addDays(key.slice(0, 10), -1),
      date_end: key.slice(0, 10),
      places: [],
      claims: figs.map((f) => ({
        claimant: null,
        claimant_side: f.side,
        metric: f.metric,
        value: f.value,
        value_text: f.valueText,
        qualifier: f.qualifier,
        quote: f.sentence,
      })),
    })),
    diplomacy: [],
  };
}
