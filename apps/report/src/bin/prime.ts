// Child process of `runDirect` on large folders: runs ingest and normalize into their caches and
// exits, so that the worker threads' memory goes back to the system with the process (freed
// worker heaps stay mapped in a long-lived process). Sends back the manifest, its stage times and its peak RSS.
import { runIngestStage } from "@salvo/ingest";
import { primeNormalizeCache } from "@salvo/normalize";
import type { PrimeOptions, PrimeReport } from "../direct.ts";

const opts = JSON.parse(process.argv[2]!) as PrimeOptions;
let t = performance.now();
const manifest = await runIngestStage(opts);
const ingest = performance.now() - t;
t = performance.now();
await primeNormalizeCache(manifest, opts);
const report: PrimeReport = { manifest, ms: { ingest, normalize: performance.now() - t }, maxRss: process.resourceUsage().maxRSS * 1024 };
process.send!(report, () => process.disconnect());
