import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.value}:${c.date_start}..${c.date_end}`);

describe("'that day' under a section title that names no day", () => {
  it("reaches back past the title to the day the text named before it", () => {
    const text = "The summit opened in Vilnius on Tuesday under the shadow of the June 3 attack, when Russian missiles struck a hospital in the middle of a Monday morning. Here is what happened there.\n\nThe attack that shaped the talks\n\nThe Air Force says Russia fired 14 missiles that day.";
    expect(dates(text, "2024-06-07")).toEqual(["14:2024-06-03..2024-06-03"]);
  });

  it("keeps the day a title names itself", () => {
    const text = "Leaders met in Vilnius on Tuesday, a week after the June 4 strike, when missiles hit Odesa's port. Here is what happened there.\n\nJune 5: Kharkiv\n\nThe Air Force says Russia fired 14 missiles that day.";
    expect(dates(text, "2024-06-12")).toEqual(["14:2024-06-05..2024-06-05"]);
  });
});
