import { ERROR_CODES } from "@salvo/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode } from "./decode.ts";
import { htmlToText } from "./html.ts";
import { markdownToText } from "./markdown.ts";
import { parseArticle } from "./parse.ts";
import { articleOfUnit, unitsOf } from "./read.ts";

// Bounded so the whole file stays well under a second or two; a failure prints its seed to replay.
const RUNS = { numRuns: 200 };

/** Any UTF-16 code unit, lone surrogates included: what a broken decoder or a hostile page can hand us. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 });

const FRAGMENTS = [
  "Russia launched 12 drones overnight",
  "the air force said",
  "at least",
  "about 40",
  "dozens of",
  "U.S. officials said",
  "KYIV, Ukraine — 9 July 2025",
  "By Olena Marchuk",
  "Share",
  "1. HOME",
  "“",
  "”",
  ".",
  "!",
  "?",
  ",",
  " ",
  "\n",
  "\r\n",
  "\n\n",
  "\u2028",
  "\u00a0",
  "\u200f",
  "\t",
  "a.m.",
  "Gen.",
  "=1+1",
];
const articleLike = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.nat(100_000).map(String), anyText.map((s) => s.slice(0, 8))), { maxLength: 80 }).map((xs) => xs.join(" "));

const parse = (text: string) => parseArticle({ id: "x", file: "x.txt", sha256: "0".repeat(64), text, sidecar: null });

describe("fuzz: ingest never throws", () => {
  it("decode turns any bytes into text or a documented skip code", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), (body, bom) => {
        const r = decode(Uint8Array.from([...bom, ...body]), "f.txt");
        if (r.ok) expect(typeof r.value.text).toBe("string");
        else {
          expect(ERROR_CODES).toContain(r.error.code);
          expect(r.error.message.startsWith("f.txt: ")).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("parseArticle accepts any decoded text and its sentences lie inside the text, trimmed and in order", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, articleLike), (text) => {
        const a = parse(text);
        let last = 0;
        for (const s of a.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeLessThanOrEqual(text.length);
          const body = text.slice(s.start, s.end);
          expect(body.length).toBeGreaterThan(0);
          expect(body).toBe(body.trim());
          last = s.end;
        }
      }),
      RUNS,
    );
  });

  it("decode then parseArticle accepts any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = decode(bytes, "f.txt");
        if (r.ok) parse(r.value.text);
      }),
      RUNS,
    );
  });

  it("htmlToText accepts any text and markup soup", () => {
    const tags = fc.constantFrom("<p>", "</p>", "<br>", "<h1>", "</h1>", "<script>", "</script>", "<nav>", "<table><tr><td>", "<pre>", "<!--", "-->", "&amp;", "&#0;", "&#x110000;", "<title>", "<header>", "<article>");
    const soup = fc.array(fc.oneof(tags, articleLike, anyText), { maxLength: 40 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(soup, (html) => {
        const r = htmlToText(html);
        // one paragraph a line: no line padded with spaces, no run of blank lines
        expect(r.text).not.toMatch(/^[ \t\r\f]|[ \t\r\f]$|\n\n\n/m);
        parse(r.text);
      }),
      RUNS,
    );
  });

  it("markdownToText accepts any text and markup soup", () => {
    const marks = fc.constantFrom("---\n", "title: x\n", "# ", "\n===\n", "**", "*", "_", "__", "`", "```\n", "~~", "[", "](", ")", "![", "> ", "- ", "1. ", "<!--", "-->", "\\", "  \n", "&amp;", "&#0;", "&#x110000;", "<br>", "\n\n");
    const soup = fc.array(fc.oneof(marks, articleLike, anyText), { maxLength: 40 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(soup, (md) => {
        const r = markdownToText(md);
        // one paragraph a line: no line padded with spaces
        expect(r.text).not.toMatch(/^[ \t\r\f]|[ \t\r\f]$/m);
        parse(r.text);
      }),
      RUNS,
    );
  });

  it("a JSON Lines file of any lines gives each non-blank line an article or a documented skip code naming the line", () => {
    const lines = fc.array(fc.oneof(anyText, articleLike.map((text) => JSON.stringify({ text })), fc.jsonValue().map((v) => JSON.stringify(v))), { maxLength: 8 });
    fc.assert(
      fc.property(lines, (ls) => {
        const bytes = new TextEncoder().encode(ls.join("\n"));
        for (const u of unitsOf("f.jsonl", { bytes, sidecar: null }, { maxBytes: 1 << 20 })) {
          const r = articleOfUnit(u, null);
          if (!r.ok) {
            expect(ERROR_CODES).toContain(r.error.code);
            expect(r.error.message.startsWith(`${u.file}: `)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
