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

  it("reads the figure '7 days' as the words", () => {
    const text =
      "Counting the ministry's daily posts, Russia's air defences shot down more than 500 Ukrainian drones over the past week. " +
      "Ukraine's Air Force reported some 900 Russian attack drones launched at Ukrainian cities over the same 7 days.";
    expect(dates(text, "2025-03-15")).toEqual(["500:2025-03-09..2025-03-15", "900:2025-03-09..2025-03-15"]);
  });

  it("leaves alone the same seven days of another year", () => {
    const text =
      "Counting the ministry's daily posts, Russia's air defences shot down more than 500 Ukrainian drones over the past week. " +
      "Over the same seven days last year, the ministry reported 90 drones downed.";
    expect(dates(text, "2025-03-15")).toEqual(["500:2025-03-09..2025-03-15", "90:null..null"]);
  });
});
