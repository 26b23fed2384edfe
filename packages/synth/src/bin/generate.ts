// tsx packages/synth/src/bin/generate.ts OUT_DIR [articles=200] [events=40] [seed=1]: writes a corpus with gold files.
import { resolve } from "node:path";
import { generateCorpus, writeCorpus } from "../index.ts";

const [out, articles = "200", events = "40", seed = "1"] = process.argv.slice(2);
if (!out) {
  console.error("usage: tsx packages/synth/src/bin/generate.ts OUT_DIR [articles] [events] [seed]");
  process.exit(2);
}
const corpus = generateCorpus({ seed: Number(seed), articles: Number(articles), events: Number(events) });
await writeCorpus(resolve(process.env.INIT_CWD ?? process.cwd(), out), corpus, true);
console.log(`wrote ${corpus.length} articles about ${events} events to ${out}`);
