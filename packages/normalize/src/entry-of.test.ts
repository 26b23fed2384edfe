import { describe, expect, it } from "vitest";
import { entryOf } from "./entry-of.ts";

describe("entryOf", () => {
  it("makes and stores the value once, then returns the stored one", () => {
    const byDay = new Map<string, string[]>();
    let made = 0;
    const make = () => {
      made++;
      return [];
    };
    entryOf(byDay, "2025-07-09", make).push("a");
    entryOf(byDay, "2025-07-09", make).push("b");
    entryOf(byDay, "2025-07-10", make).push("c");
    expect([...byDay]).toEqual([
      ["2025-07-09", ["a", "b"]],
      ["2025-07-10", ["c"]],
    ]);
    expect(made).toBe(2);
  });

  it("keeps a stored falsy value rather than making a new one", () => {
    const counts = new Map([["x", 0]]);
    expect(entryOf(counts, "x", () => 5)).toBe(0);
  });
});
