// Times findPlaces on ~2 KB of sentences with figures from fixtures/articles, and the module's load.
//   npx tsx scripts/bench-places.ts [path/to/places.ts]   (default: src/places.ts)
// Pass another copy of places.ts to compare before/after a change.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const target = resolve(process.argv[2] ?? fileURLToPath(new URL("../src/places.ts", import.meta.url)));
const fixtures = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));

const sentences: string[] = [];
let bytes = 0;
for (const file of readdirSync(fixtures).filter((f) => f.endsWith(".txt")).sort()) {
  for (const s of readFileSync(fixtures + file, "utf8").split(/(?<=[.!?])\s+/)) {
    if (bytes >= 2048) break;
    if (!/\d/.test(s)) continue;
    sentences.push(s);
    bytes += Buffer.byteLength(s);
  }
}

// Every worker has loaded zod (through @salvo/core) before places.ts: count only what places.ts adds.
await import("zod");
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const { findPlaces } = (await import(pathToFileURL(target).href)) as typeof import("../src/places.ts");
const load = performance.now() - t0;
const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

const run = () => sentences.reduce((n, s) => n + findPlaces(s).length, 0);
for (let i = 0; i < 200; i++) run(); // warm up the JIT
const rounds = 2000;
const t1 = performance.now();
let found = 0;
for (let i = 0; i < rounds; i++) found = run();
const perPass = (performance.now() - t1) / rounds;

console.log(`${target}`);
console.log(`  load ${load.toFixed(1)} ms, heap +${heap.toFixed(1)} MB`);
console.log(`  ${sentences.length} sentences, ${bytes} bytes, ${found} places a pass`);
console.log(`  ${(perPass * 1000).toFixed(1)} µs a pass, ${((perPass * 1000) / sentences.length).toFixed(2)} µs a sentence`);
