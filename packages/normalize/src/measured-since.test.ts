import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.value}:${c.date_start}..${c.date_end}`);

describe("a day an attack is only measured against ('the first big raid since 9 March')", () => {
  it("dates none of the sentence's figures, which keep the article's own night", () => {
    const text = "Russia struck Ukraine with cruise missiles overnight, the Air Force said. In its first big missile raid since 4 February, Russia fired 31 missiles, and 27 were shot down.";
    expect(dates(text, "2024-03-21")).toEqual(["31:2024-03-20..2024-03-21", "27:2024-03-20..2024-03-21"]);
    const weekday = "Russia attacked Kharkiv overnight, the mayor said. It was the heaviest attack on the city since Friday: 16 drones hit it.";
    expect(dates(weekday, "2024-03-21")).toEqual(["16:2024-03-20..2024-03-21"]);
  });

  it("still dates the figures a 'when' clause tells of that day", () => {
    expect(dates("It was the largest barrage since 4 February, when Russia fired 45 missiles at Ukraine.", "2024-03-21")).toEqual(["45:2024-02-03..2024-02-04"]);
    expect(dates("It was the deadliest attack on Odesa since 2 March last year, when a drone struck a block of flats, killing 12 people.", "2025-03-21")).toEqual(["12:2024-03-01..2024-03-02"]);
  });
});
