import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DEFAULT_MAX_BYTES, ingestFolder } from "@salvo/ingest";
import { buildDatasets, findSyndication, normalizeArticle } from "@salvo/normalize";
import { generateCorpus, writeCorpus } from "@salvo/synth";
import { describe, expect, it, onTestFinished } from "vitest";
import { loadGold } from "./eval/gold.ts";
import { score } from "./eval/score.ts";

async function run(dir: string) {
  const folder = await ingestFolder(dir, { maxBytes: DEFAULT_MAX_BYTES });
  const results = folder.articles.map(normalizeArticle);
  const syndicatedOf = findSyndication(results.map((r) => ({ id: r.articleId, published: r.published, fingerprint: r.fingerprint })));
  const data = buildDatasets(results, syndicatedOf);
  return { data, syndicatedOf, score: score(await loadGold(dir), data.claims, data.diplomacy) };
}

// The trap fixtures: consecutive nights (124/125, 131, 304–312, 337/338), Russia's and Ukraine's
// attacks on one night (126, 305–312, 337), an old record as background (101, 129/137, 149, 303)
// and syndicated copies (104, 310, 338), each reported by several outlets.
const TRAPS = /^(?:101|104|124|125|126|129|131|137|149|30\d|31[0-2]|337|338)_/;

describe("deduplication across articles", () => {
  const dir = resolve(import.meta.dirname, "../../../fixtures/articles");
  let tuning: ReturnType<typeof run> | undefined; // both tests read the same run
  const tuningRun = () => (tuning ??= run(dir));

  // (the first of the two runs the pipeline over all of fixtures/articles: ~5 s alone, more on a busy machine)
  it("never merges different nights or directions in the trap fixtures, and finds their same-event pairs", async () => {
    const { data } = await tuningRun();
    const traps = new Map([...(await loadGold(dir))].filter(([id]) => TRAPS.test(id)));
    expect(traps.size).toBe(23);
    const s = score(traps, data.claims, data.diplomacy);
    expect(s.dedup.fp, "pairs merged across different events").toBe(0);
    expect(s.dedup.f1).toBeGreaterThanOrEqual(0.95);
  });

  // 0.98 on the 156 articles of December 2; 0.962 once 24 harder ones joined (digests, two-day live pages, fact boxes of
  // many nights); 0.950 at 252 articles, two of which (196, 349) put the ministry's 193 drones on neighbouring nights;
  // 0.945 at 264, with 12 about daytime strikes on days that also had a night attack (a live page's morning strike on a
  // kindergarten after the night's barrage); 0.940 at 288, 12 of which tell a week or a month night by night (their golds
  // also split a night into sub-strikes: a training unit hit the same night): what is left is misdating, which merges
  // a claim into a neighbouring event; 0.933 at 888, with 60 articles of 2022–2024 whose barrages came by day and whose
  // daytime strikes share a day with a night attack (0.9349 on the earlier 828 at the same commit)
  it("keeps false merges rare on the whole tuning set (precision ≥ 0.93: a merged pair is two events counted as one)", async () => {
    const { score: s } = await tuningRun();
    expect(s.dedup.precision).toBeGreaterThanOrEqual(0.93);
  });

  it("clusters a generated corpus of 300 articles about 50 events with pairwise F1 ≥ 0.98", async () => {
    const dir = await mkdtemp(join(tmpdir(), "salvo-dedup-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
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
