import { describe, expect, it } from "vitest";
import { matchesOf } from "./matches.ts";

const plain = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);

describe("matchesOf", () => {
  it("gives the matches matchAll gives, groups and empty matches included, and leaves lastIndex as it was", () => {
    const cases: Array<[RegExp, string]> = [
      [/(\d+)\s+(drones?|missiles?)/g, "Russia launched 40 drones and 3 missiles; 35 drones were shot down."],
      [/\b/gu, "Kyiv, 9 July"],
      [/x*/gu, "a😀b"],
      [/(?<side>Ukrainian|Russian)\s+drones?/giu, "Russian drones and Ukrainian drone"],
    ];
    for (const [re, text] of cases) {
      re.lastIndex = 0;
      const expected = plain([...text.matchAll(re)]);
      re.lastIndex = 0;
      expect(plain(matchesOf(re, text))).toEqual(expected);
      expect(re.lastIndex).toBe(0);
    }
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => matchesOf(/drones/, "drones")).toThrow(TypeError);
  });
});
