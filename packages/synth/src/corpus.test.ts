import { describe, expect, it } from "vitest";
import { generateCorpus } from "./corpus.ts";

describe("generateCorpus", () => {
  it("is deterministic: the same seed gives the same corpus, another seed another", () => {
    const a = generateCorpus({ seed: 3, articles: 50, events: 10 });
    expect(generateCorpus({ seed: 3, articles: 50, events: 10 })).toEqual(a);
    expect(generateCorpus({ seed: 4, articles: 50, events: 10 })).not.toEqual(a);
  });

  it("states every true figure in its sentence, and the sentence in the article", () => {
    for (const a of generateCorpus({ seed: 5, articles: 80, events: 15 })) {
      for (const f of a.figures) {
        expect(a.text).toContain(f.sentence);
        expect(f.sentence).toContain(f.valueText);
      }
    }
  });

  it("builds the traps: consecutive nights in one place and opposite directions on one night", () => {
    const keys = new Set(generateCorpus({ seed: 1, articles: 400, events: 30 }).flatMap((a) => a.figures.map((f) => f.key)));
    const nights = [...keys].map((k) => ({ day: k.slice(0, 10), dir: k.slice(11, 13) }));
    expect(nights.some((n) => nights.some((m) => m.day === n.day && m.dir !== n.dir))).toBe(true);
    const ru = nights.filter((n) => n.dir === "ru").map((n) => Date.parse(n.day));
    expect(ru.some((d) => ru.includes(d + 86_400_000))).toBe(true);
  });

  it("sizes bodies as asked and marks syndicated copies", () => {
    const corpus = generateCorpus({ seed: 9, articles: 200, events: 20, minBytes: 2000, maxBytes: 8000 });
    for (const a of corpus.filter((x) => x.copyOf === null)) expect(a.text.length).toBeGreaterThanOrEqual(2000);
    expect(corpus.filter((x) => x.copyOf !== null).length).toBeGreaterThan(5);
  });
});
