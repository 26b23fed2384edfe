import { describe, expect, it } from "vitest";
import { compactResult } from "./compact.ts";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

describe("compacting results", () => {
  it("keeps every field of every claim and contact, and shares values across articles", () => {
    const shared = new Map<string, string>();
    const a = normalizeArticle(articleOf("Russia launched 728 drones and 13 missiles overnight, Ukraine's Air Force said. Trump spoke by phone with Putin on Monday.", "2025-07-09"));
    const b = normalizeArticle(articleOf("Air defences shot down 718 drones overnight, the Air Force said.", "2025-07-09"));
    expect(compactResult(a, shared)).toEqual(a);
    expect(compactResult(b, shared)).toEqual(b);
    // values common to both articles are held once
    for (const v of ["Ukrainian Air Force", "UA", "RU", "2025-07-08", "2025-07-09"]) expect(shared.get(v)).toBe(v);
    // an article's own sentences and ids are not kept for the whole run
    expect([...shared.keys()].some((k) => k.includes("728 drones"))).toBe(false);
  });
});
