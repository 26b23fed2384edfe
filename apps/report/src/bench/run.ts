// One measured salvo run (--direct), in its own process so peak RSS is its own. Prints JSON.
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { digestFolder } from "@salvo/ingest";
import { runDirect } from "../direct.ts";
import { writeAtomicallyWith } from "../write.ts";

const [input, out, cacheDir, workers] = process.argv.slice(2);
const started = performance.now();
const { built, ms, childPeakRss } = await writeAtomicallyWith(out!, (sink) =>
  runDirect(
    {
      input: input!,
      now: null,
      maxBytes: 5 * 1024 * 1024,
      cacheDir: cacheDir!,
      workers: Number(workers),
      progress: false,
      inputDigest: digestFolder(input!, cacheDir!),
    },
    sink,
  ),
);
const total = performance.now() - started;
const sizes: Record<string, number> = {};
for (const name of built.names) sizes[name] = (await stat(join(out!, name))).size;
console.log(JSON.stringify({ ms: { ...ms, total }, rss: Math.max(process.resourceUsage().maxRSS * 1024, childPeakRss ?? 0), counts: built.counts, sizes }));
if (process.env.BENCH_KEEP_OUT !== "1") await rm(out!, { recursive: true, force: true });
