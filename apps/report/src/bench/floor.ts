// The floor: read every article and split it into sentences with Intl.Segmenter, nothing else.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const dir = process.argv[2]!;
const started = performance.now();
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
let bytes = 0;
let sentences = 0;
const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
for (const f of files) {
  const text = await readFile(join(dir, f), "utf8");
  bytes += Buffer.byteLength(text);
  for (const _ of segmenter.segment(text)) sentences++;
}
console.log(JSON.stringify({ ms: performance.now() - started, files: files.length, bytes, sentences, rss: process.resourceUsage().maxRSS * 1024 }));
