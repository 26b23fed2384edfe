import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { splitLines } from "./lines.ts";
import { splitSentences } from "./sentences.ts";

const FIXTURES = resolve(import.meta.dirname, "../../../fixtures/articles");

/** Each paragraph split on its own (one segmenter call per paragraph), renumbered as the whole text numbers them. */
function oneByOne(text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  splitLines(text).forEach((p, paragraph) => {
    for (const s of splitSentences(text, [p])) out.push([s.start, s.end, paragraph]);
  });
  return out;
}

describe("splitting sentences", () => {
  it("gives the same sentences when runs of short paragraphs are segmented in one call as when each is segmented alone", () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).sort().slice(0, 300);
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const text = readFileSync(join(FIXTURES, f), "utf8");
      const together = splitSentences(text, splitLines(text)).map((s): [number, number, number] => [s.start, s.end, s.paragraph]);
      expect(together, f).toEqual(oneByOne(text));
    }
  });

  it("does not run a sentence from one short paragraph into the next", () => {
    const text = "Kyiv.\nRussia launched 40 drones, the Air Force said\n\nAbout 30 were shot down.";
    expect(splitSentences(text, splitLines(text)).map((s) => text.slice(s.start, s.end).trim())).toEqual(["Kyiv.", "Russia launched 40 drones, the Air Force said", "About 30 were shot down."]);
  });

  it("ends a sentence after the platform a post was on, not after a name's initial", () => {
    const split = (text: string) => splitSentences(text, splitLines(text)).map((s) => text.slice(s.start, s.end).trim());
    expect(split("Modi spoke with Putin on Tuesday, he wrote on X. He had spoken with Biden the previous day.")).toEqual([
      "Modi spoke with Putin on Tuesday, he wrote on X.",
      "He had spoken with Biden the previous day.",
    ]);
    expect(split("President Donald J. Trump spoke with Putin.")).toEqual(["President Donald J. Trump spoke with Putin."]);
  });
});
