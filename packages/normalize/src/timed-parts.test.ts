import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const figures = (text: string): string[] => extractClaims(articleOf(text, "2023-01-01")).map((c) => `${c.metric}:${c.value}`);

describe("a night's total told in parts by when they came", () => {
  it("reads each part after the total's colon as the total's fate", () => {
    expect(figures("The Air Force says 45 Shahed drones were shot down overnight: 13 on the evening of 31 December and 32 after midnight.")).toEqual([
      "shot_down:45",
      "shot_down:13",
      "shot_down:32",
    ]);
  });

  it("not a count past a semicolon, which opens a clause of its own", () => {
    expect(figures("The Air Force says 45 Shahed drones were shot down overnight; 13 on the evening of 31 December were fired from Kursk.")).toEqual(["shot_down:45"]);
  });
});
