import { decode, parseArticle } from "@salvo/ingest";
import { normalizeArticle } from "@salvo/normalize";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toCsv } from "./csv.ts";

// Bounded so the file stays at a few seconds; a failure prints the seed and path to replay it.
const RUNS = { numRuns: 200 };

const FRAGMENTS = [
  "Russia launched 12 drones overnight",
  "Russia fired 4 Iskander missiles at Kyiv",
  "air defences shot down 40 of them",
  "7 were jammed",
  "the Ukrainian Air Force said",
  "Russia's defence ministry claimed",
  "Mayor Vitali Klitschko said",
  "at least",
  "up to",
  "about",
  "more than",
  "dozens of",
  "nearly 300",
  "on Sunday",
  "overnight on July 9",
  "9 July 2025",
  "last week",
  "killed 3 people",
  "injured 15",
  "Zelensky and Trump spoke by phone",
  "talks in Istanbul",
  "“",
  "”",
  '"',
  "'",
  ",",
  ";",
  ".",
  "!",
  "?",
  " — ",
  "\n",
  "\n\n",
  "=1+1",
  "-5",
  "@",
  "\u200f",
  "\u00a0",
];

/** Text that looks enough like an article to reach the figure, claimant and date readers. */
const articleLike = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.nat(2_000_000).map(String) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), {
    minLength: 1,
    maxLength: 60,
  })
  .map((xs) => xs.join(" "));

const article = (text: string, published: string | null) =>
  parseArticle({ id: "fz", file: "fz.txt", sha256: "0".repeat(64), text, sidecar: published ? { published } : null });

describe("fuzz: extraction never throws and every quote is the text at its offsets", () => {
  it("normalizeArticle survives whatever decode makes of random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 800 }), (bytes) => {
        const r = decode(bytes, "fz.txt");
        if (r.ok) normalizeArticle(article(r.value.text, null));
      }),
      RUNS,
    );
  });

  it("quote === text.slice(quote_start, quote_end) for every claim and contact of article-like text", () => {
    fc.assert(
      fc.property(articleLike, fc.option(fc.constantFrom("2025-07-09", "2024-02-29", "2025-12-31")), (text, published) => {
        const a = article(text, published);
        const r = normalizeArticle(a);
        for (const q of [...r.claims, ...r.contacts]) {
          expect(q.quote).toBe(text.slice(q.quote_start, q.quote_end));
          expect(q.quote.length).toBeGreaterThan(0);
        }
        for (const c of r.claims) {
          if (c.value !== null) expect(Number.isSafeInteger(c.value) && c.value >= 0).toBe(true);
          expect(c.value_text.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

describe("fuzz: toCsv always parses back to the same cells", () => {
  const Schema = z.object({
    text: z.string(),
    count: z.number().int().nonnegative().nullable(),
    list: z.array(z.string()),
    flag: z.boolean(),
  });
  const hostile = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom("=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "＝1", '"quoted"', "a,b", "line\nbreak", "crlf\r\n", "'already", ""),
  );
  const row = fc.record({ text: hostile, count: fc.option(fc.nat()), list: fc.array(hostile, { maxLength: 3 }), flag: fc.boolean() });

  // What csv.ts promises a reader: empty for null, "; "-joined lists, and a ' before anything a
  // spreadsheet would take for a formula (csv-stringify's escape_formulas).
  const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
  const expectedCell = (v: string | number | boolean | null | string[]) => {
    const s = v === null ? "" : Array.isArray(v) ? v.join("; ") : typeof v === "boolean" ? String(v) : String(v);
    return FORMULA_START.test(s) ? `'${s}` : s;
  };

  it("round-trips through csv-parse, with the formula escape as the only change", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const back = parse(toCsv(Schema, rows), { relax_column_count: false }) as string[][];
        expect(back[0]).toEqual(["text", "count", "list", "flag"]);
        expect(back.slice(1)).toEqual(rows.map((r) => [r.text, r.count, r.list, r.flag].map(expectedCell)));
      }),
      RUNS,
    );
  });
});
