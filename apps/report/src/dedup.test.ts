import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DEFAULT_MAX_BYTES, ingestFolder } from "@salvo/ingest";
import { buildDatasets, findSyndication, normalizeArticle } from "@salvo/normalize";
import { generateCorpus, writeCorpus } from "@salvo/synth";
import { describe, expect, it } from "vitest";
import { loadGold } from "./eval/gold.ts";
import { score } from "./eval/score.ts";

async function run(dir: string) {
  const folder = await ingestFolder(dir, { maxBytes: DEFAULT_MAX_BYTES });
  const results = folder.articles.map(normalizeArticle);
  const syndicatedOf = findSyndication(results.map((r) => ({ id: r.articleId, published: r.published, fingerprint: r.fingerprint })));
  const data = buildDatasets(results, syndicatedOf);
  return { data, syndicatedOf, score: score(await loadGold(dir), data.claims, data.diplomacy) };
}

describe("deduplication across articles", () => {
  it("never merges different nights or directions in the trap fixtures, and finds every same-event pair", async () => {
    const { score: s } = await run(resolve(import.meta.dirname, "../../../fixtures/articles"));
    expect(s.dedup.fp, "pairs merged across different events").toBe(0);
    expect(s.dedup.f1).toBeGreaterThanOrEqual(0.95);
  });

  it("clusters a generated corpus of 300 articles about 50 events with pairwise F1 ≥ 0.98", async () => {
    const dir = await mkdtemp(join(tmpdir(), "salvo-dedup-"));
    const corpus = generateCorpus({ seed: 11, articles: 300, events: 50 });
    await writeCorpus(dir, corpus, true);
    const { score: s, syndicatedOf, data } = await run(dir);
    expect(s.dedup.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.dedup.fp).toBe(0);
    // republished copies are found and count once
    const copies = corpus.filter((a) => a.copyOf !== null);
    expect(copies.length).toBeGreaterThan(10);
    for (const c of copies) expect(syndicatedOf.get(c.id), c.id).toBe(corpus.find((a) => a.id === c.copyOf)!.copyOf ?? c.copyOf);
    for (const strike of data.strikes) expect(strike.source_count).toBeLessThanOrEqual(strike.article_ids.length);
  });
});
