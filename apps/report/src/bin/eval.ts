// `pnpm eval [--verbose] [DIR…]`: runs ingest + normalize on the fixture sets (or on the given
// folders of articles with gold files) and scores them against the gold files.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateCorpus, writeCorpus } from "@salvo/synth";
import { ingestFolder, DEFAULT_MAX_BYTES } from "@salvo/ingest";
import { buildDatasets, normalizeArticle, syndicationOf } from "@salvo/normalize";
import { loadGold } from "../eval/gold.ts";
import { type Prf, type Score, score } from "../eval/score.ts";

const root = resolve(import.meta.dirname, "../../../..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const folders = args.filter((a) => !a.startsWith("--")).map((d) => resolve(process.env.INIT_CWD ?? process.cwd(), d));
// A generated corpus (seeded: the same every run) with the true event of every figure: the dedup check at scale.
const synthetic = await mkdtemp(join(tmpdir(), "salvo-eval-"));
if (folders.length === 0) await writeCorpus(synthetic, generateCorpus({ seed: 7, articles: 400, events: 60 }), true);
const sets =
  folders.length > 0
    ? folders.map((dir) => ({ name: dir, dir }))
    : [
        { name: "tuning (fixtures/articles)", dir: join(root, "fixtures/articles") },
        { name: "held-back (fixtures/heldout)", dir: join(root, "fixtures/heldout") },
        { name: "generated (400 articles, 60 events, seed 7)", dir: synthetic },
      ];

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const row = (label: string, p: Prf) => `  ${label.padEnd(14)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
const ratio = (r: { correct: number; total: number }) => `${pct(r.total ? r.correct / r.total : 1)} (${r.correct}/${r.total})`;

for (const set of sets) {
  const folder = await ingestFolder(set.dir, { maxBytes: DEFAULT_MAX_BYTES });
  // a file that could not be read scores as all missed: say which, or a short set passes for a worse extractor
  for (const s of folder.skipped) console.error(`skipped ${s.file}: ${s.code} ${s.message}`);
  const results = folder.articles.map(normalizeArticle);
  const data = buildDatasets(results, syndicationOf(results));
  const s: Score = score(await loadGold(set.dir), data.claims, data.diplomacy);
  console.log(`\n${set.name}: ${folder.articles.length} articles, ${data.claims.length} claims, ${data.strikes.length} strike events`);
  console.log("figures (article, metric, value)");
  for (const [m, p] of Object.entries(s.byMetric)) if (p.tp + p.fp + p.fn > 0) console.log(row(m, p));
  console.log(row("overall", s.overall));
  console.log(`  claimant side  ${ratio(s.claimantSide)} of matched figures`);
  console.log(`  dates          ${ratio(s.dates)} of matched figures (start and end exact)`);
  console.log("diplomacy");
  console.log(row("contacts", s.diplomacy));
  console.log(`  dates          ${ratio(s.diplomacyDates)}`);
  console.log("dedup (pairs of matched claims from different articles)");
  console.log(row("pairwise", s.dedup));
  if (verbose) {
    for (const x of s.invented) console.log(`  invented: ${x}`);
    for (const x of s.missed) console.log(`  missed:   ${x}`);
    for (const x of s.wrongSide) console.log(`  side:     ${x}`);
    for (const x of s.wrongDates) console.log(`  date:     ${x}`);
    for (const x of s.contactErrors) console.log(`  contact:  ${x}`);
    for (const x of s.wrongMerges) console.log(`  merged:   ${x}`);
    for (const x of s.wrongSplits) console.log(`  split:    ${x}`);
  }
}
await rm(synthetic, { recursive: true, force: true });
