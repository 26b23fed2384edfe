// The worst-case inputs of scripts/make-bad-inputs.ts (10,000 numbers in a paragraph, regex-backtracking bait, 20,000
// nested HTML elements, a 200 KB paragraph, a 100 KB sentence), timed at part size and at full size: the ratio shows
// whether reading or extracting grows linearly or worse. Printed by `pnpm bench`; no test times them (machines are noisy).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_MAX_BYTES, parseArticle, readArticleFile } from "@salvo/ingest";
import { normalizeArticle } from "@salvo/normalize";
import { bigInputs } from "../../../../scripts/make-bad-inputs.ts";

const READ = ["many-numbers.txt", "bait-drones-and.txt", "bait-nested.html", "long-line.txt"];
const EXTRACT = ["long-line.txt", "many-numbers.txt", "bait-drones-and.txt", "bait-hedges.txt", "long-sentence.txt"];

/** Fastest of `runs` interleaved timings of `f` at each scale: noise (a busy machine, GC) only ever adds time. */
async function fastest(scales: readonly number[], runs: number, f: (scale: number) => Promise<unknown> | unknown): Promise<number[]> {
  const times = scales.map(() => Number.POSITIVE_INFINITY);
  for (let k = 0; k < runs; k++) {
    for (const [i, scale] of scales.entries()) {
      const t = performance.now();
      await f(scale);
      times[i] = Math.min(times[i]!, performance.now() - t);
    }
  }
  return times;
}

const bytesOf = (file: string, scale: number) => bigInputs(scale).find((i) => i.file === file)!.bytes;

function line(stage: string, file: string, part: number, [small, full]: number[]): string {
  const ratio = full! / Math.max(small!, 0.01);
  const linear = 1 / part;
  return `${stage} ${file}: ${small!.toFixed(1)} ms at 1/${linear} size, ${full!.toFixed(1)} ms at full size (×${ratio.toFixed(1)}; linear ×${linear}, quadratic ×${linear * linear})`;
}

/** One line per worst-case input and stage: its time at part and at full size, and their ratio. */
export async function worstCaseLines(): Promise<string[]> {
  const lines: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), "salvo-worst-"));
  try {
    for (const file of READ) {
      const scales = [0.25, 1];
      const dirs = scales.map((scale) => join(dir, `${scale}-${file}`));
      for (const [i, d] of dirs.entries()) {
        await mkdir(d);
        await writeFile(join(d, file), bytesOf(file, scales[i]!));
      }
      const times = await fastest(scales, 5, (scale) => readArticleFile(dirs[scales.indexOf(scale)]!, file, { maxBytes: DEFAULT_MAX_BYTES }));
      lines.push(line("read", file, 0.25, times));
    }
    for (const file of EXTRACT) {
      const scales = [0.5, 1];
      const articles = scales.map((scale) => parseArticle({ id: "x", file, sha256: "0".repeat(64), text: new TextDecoder().decode(bytesOf(file, scale)), sidecar: null }));
      const times = await fastest(scales, 3, (scale) => normalizeArticle(articles[scales.indexOf(scale)]!));
      lines.push(line("extract", file, 0.5, times));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}
