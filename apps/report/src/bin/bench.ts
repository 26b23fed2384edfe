// `pnpm bench [sizes…]`: throughput, memory and incremental re-runs on generated corpora.
// Prints figures and ratios measured in the same run; asserts nothing (machines are noisy).
import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { generateCorpus, writeCorpus } from "@salvo/synth";
import { worstCaseLines } from "../bench/worst-cases.ts";
import { CHILD_ABOVE } from "../direct.ts";

const root = resolve(import.meta.dirname, "../../../..");
const work = resolve(process.env.BENCH_DIR ?? join(root, "bench-out"));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const plan = sizes.length ? sizes : [1_000, 10_000, 100_000];
const cores = availableParallelism();
// as `pnpm pipeline` runs: tsx as a loader in this node, not its CLI (which starts a second node), and
// the flags it sets (see README: a larger young generation cuts the report's garbage-collection
// time; a slower-growing old one keeps the peak under 1 GiB at 100,000 articles; each regexp is
// compiled to machine code on first use, not interpreted first and compiled again)
const tsx = [process.execPath, "--max-semi-space-size=32", "--heap-growing-percent=30", "--no-regexp-tier-up", "--import", "tsx"] as const;

interface Run {
  ms: { ingest: number; normalize: number; report: number; total: number };
  rss: number;
  counts: { ok: number; claims: number; strikes: number };
  sizes: Record<string, number>;
}

async function corpus(n: number, seed: number, offset = 0): Promise<string> {
  const dir = join(work, `corpus-${n}-${seed}`);
  const marker = `${dir}.complete`; // beside the corpus, not in it: it would be reported as a skipped file
  if (await readFile(marker, "utf8").catch(() => null)) return dir;
  await rm(dir, { recursive: true, force: true });
  const articles = generateCorpus({ seed, articles: n, events: Math.max(10, Math.round(n / 7)), minBytes: 2000, maxBytes: 8000 }).map((a) => ({
    ...a,
    id: `${a.id}_${seed}_${offset}`,
  }));
  await writeCorpus(dir, articles, false);
  await writeFile(marker, "ok");
  return dir;
}

function child<T>(script: string, args: string[]): T {
  const out = execFileSync(tsx[0], [...tsx.slice(1), join(import.meta.dirname, "../bench", script), ...args], { cwd: root, maxBuffer: 1 << 26, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as T;
}

const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const mb = (b: number) => b / 1_048_576;
const rows: string[][] = [];
const notes: string[] = [];

await mkdir(work, { recursive: true });
for (const n of plan) {
  const dir = await corpus(n, 1);
  const floor = child<{ ms: number; bytes: number; rss: number }>("floor.ts", [dir]);
  const runs: Record<number, Run> = {};
  for (const w of [...new Set([1, cores])]) {
    const cache = join(work, `cache-${n}-${w}`);
    await rm(cache, { recursive: true, force: true });
    runs[w] = child<Run>("run.ts", [dir, join(work, `out-${n}-${w}`), cache, String(w)]);
  }
  const best = runs[cores]!;
  const one = runs[1]!;
  const secs = best.ms.total / 1000;
  rows.push([
    fmt(n),
    fmt(mb(floor.bytes), 1),
    fmt(n / secs),
    fmt(mb(floor.bytes) / secs, 1),
    `${fmt(best.ms.ingest)} / ${fmt(best.ms.normalize)} / ${fmt(best.ms.report)}`,
    fmt(floor.ms),
    fmt(best.ms.total / floor.ms, 2),
    fmt(one.ms.total / best.ms.total, 2),
    fmt(mb(best.rss)),
    fmt(mb(Object.values(best.sizes).reduce((a, b) => a + b, 0)), 1),
    fmt(best.counts.strikes),
  ]);
  if (n === 10_000 || (n === plan.at(-1) && !plan.includes(10_000))) {
    // incremental: a folder the pipeline has seen (warm caches), then 100 new articles dropped into it
    const grown = join(work, `grown-${n}`);
    await rm(grown, { recursive: true, force: true });
    await cp(dir, grown, { recursive: true });
    const cache = join(work, `cache-${n}-${cores}`);
    child<Run>("run.ts", [grown, join(work, `out-grown-${n}`), cache, String(cores)]); // the copy's first run: new paths, stamps
    await cp(await corpus(100, 2, 1), grown, { recursive: true });
    const add = child<Run>("run.ts", [grown, join(work, `out-grown-${n}`), cache, String(cores)]);
    notes.push(`adding 100 articles to ${fmt(n)} (warm caches): ${fmt(add.ms.total)} ms (ingest ${fmt(add.ms.ingest)}, normalize ${fmt(add.ms.normalize)}, report ${fmt(add.ms.report)})`);
    // warm no-change re-run: the second run finds its outputs up to date
    const timed = (cmd: string, args: string[]) => {
      const t = performance.now();
      const r = spawnSync(cmd, [...args, "--input", dir, "--out", join(work, `out-turbo-${n}`), "--quiet"], { cwd: root, stdio: "ignore" });
      if (r.status !== 0 && r.status !== 3) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}`);
      return performance.now() - t;
    };
    const cold = timed("pnpm", ["--silent", "pipeline"]);
    const warm = timed("pnpm", ["--silent", "pipeline"]);
    const bare = timed(tsx[0], [...tsx.slice(1), join(import.meta.dirname, "pipeline.ts")]);
    notes.push(`pnpm pipeline on ${fmt(n)} through turbo: first ${fmt(cold)} ms; re-run with no change ${fmt(warm)} ms (${fmt(bare)} ms without pnpm's own start-up)`);
  }
}

console.log(`\nsalvo bench · ${cores} cores · corpora from @salvo/synth (2–8 KB articles with page furniture)\n`);
const head = ["articles", "MB", "art/s", "MB/s", "ingest / normalize / report ms", "floor ms", "× floor", `${cores}w vs 1w`, "peak RSS MB", "outputs MB", "events"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log("");
for (const n of notes) console.log(n);
console.log(`\nfloor = read every file and split it into sentences with Intl.Segmenter (one thread). Figures are end to end with ${cores} workers.`);
console.log(`With more than ${fmt(CHILD_ABOVE)} articles to extract, ingest and normalize run in a child process first; peak RSS is then the two processes' sampled sum.`);
console.log("\nworst-case inputs (scripts/make-bad-inputs.ts), fastest of interleaved runs:");
for (const l of await worstCaseLines()) console.log(`  ${l}`);
