import { makeEvents } from "./events.ts";
import { type SynthArticle, syndicate, writeArticle } from "./articles.ts";
import { Random } from "./random.ts";

export interface CorpusOptions {
  readonly seed: number;
  readonly articles: number;
  readonly events: number;
  /** Target body size in bytes; real articles run 2–8 KB. */
  readonly minBytes?: number;
  readonly maxBytes?: number;
  /** Share of articles that republish another article's body. */
  readonly syndication?: number;
}

/** N articles about M events, each figure labelled with its true event. Same options, same corpus. */
export function generateCorpus(opts: CorpusOptions): SynthArticle[] {
  const rng = new Random(opts.seed);
  const events = makeEvents(rng, opts.events);
  const out: SynthArticle[] = [];
  const width = String(opts.articles).length;
  for (let i = 0; i < opts.articles; i++) {
    const id = `syn_${String(i).padStart(width, "0")}`;
    const original = out.length > 0 && rng.chance(opts.syndication ?? 0.1) ? rng.pick(out.filter((a) => a.copyOf === null)) : null;
    if (original) {
      out.push(syndicate(id, original, rng));
      continue;
    }
    // a few events get most of the coverage, as in real news
    const index = Math.min(events.length - 1, Math.floor(events.length * rng.next() ** 1.5));
    const event = events[index]!;
    const background = index > 0 ? events[rng.int(0, index - 1)]! : null;
    out.push(writeArticle(id, event, background, rng, rng.int(opts.minBytes ?? 1500, opts.maxBytes ?? 3000)));
  }
  return out;
}
