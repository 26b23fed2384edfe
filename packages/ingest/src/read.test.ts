import { describe, expect, it } from "vitest";
import { articleIdOf, parseSidecar } from "./read.ts";

describe("parseSidecar", () => {
  it("accepts every field optional", () => {
    expect(parseSidecar("{}", "a.meta.json")).toEqual({ ok: true, value: {} });
  });

  it("names the file and the problem for invalid JSON, wrong types, impossible dates and typos", () => {
    const cases: Array<[string, string]> = [
      ["{ published: 1 }", "invalid JSON"],
      ['{ "published": 20250709 }', 'field "published"'],
      ['{ "published": "2025-02-30" }', "real calendar date"],
      ['{ "publised": "2025-07-09" }', "publised"],
    ];
    for (const [raw, says] of cases) {
      const r = parseSidecar(raw, "a.meta.json");
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe("BAD_META");
        expect(r.error.message).toMatch(/^a\.meta\.json: /);
        expect(r.error.message).toContain(says);
      }
    }
  });
});

describe("articleIdOf", () => {
  it("is the file name without its extension, and the whole name when nothing is left", () => {
    expect(articleIdOf("101_kyiv.txt")).toBe("101_kyiv");
    expect(articleIdOf("page.html")).toBe("page");
    expect(articleIdOf(".complete")).toBe(".complete");
  });
});
