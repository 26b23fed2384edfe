import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.value}:${c.date_start}..${c.date_end}`);

describe("a tally over 'the same seven days' as the week named before", () => {
  it("dates a second source's count by the week the sentence before named", () => {
    const text =
      "Counting the ministry's daily posts, Russia's air defences shot down more than 500 Ukrainian drones over the past week. " +
      "Ukraine's Air Force reported some 900 Russian attack drones launched at Ukrainian cities over the same seven days.";
    expect(dates(text, "2025-03-15")).toEqual(["500:2025-03-09..2025-03-15", "900:2025-03-09..2025-03-15"]);
  });

  it("leaves alone seven days that are not the same ones", () => {
    // (a count over the next seven days names no span before it)
    const text = "Russia's air defences shot down 40 Ukrainian drones overnight, the ministry said. Officials expect more attacks over the next seven days.";
    expect(dates(text, "2025-03-15")).toEqual(["40:2025-03-14..2025-03-15"]);
  });
});
