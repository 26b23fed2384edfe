import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.value}:${c.date_start}..${c.date_end}`);

describe("a week's count given on a day the sentence names", () => {
  it("is the seven days to the day it was given, in a piece written days later", () => {
    const said = "The president said on 9 June that Russia had fired some 150 missiles at Ukraine in a single week.";
    expect(dates(said, "2025-06-12")).toEqual(["150:2025-06-03..2025-06-09"]);
    const alone = "A week earlier, on 9 June, Zelensky had said that in that week alone Russia launched about 600 attack drones.";
    expect(dates(alone, "2025-06-16")).toEqual(["600:2025-06-03..2025-06-09"]);
    // (the speaker told by a title or a possessive, or "told reporters in Kyiv on")
    expect(dates("On 24 March, the president said Russia had fired some 190 missiles at Ukraine in a single week.", "2025-03-27")).toEqual(["190:2025-03-18..2025-03-24"]);
    expect(dates("On 24 March, Ukraine's president said that in that week alone Russia launched about 600 attack drones.", "2025-03-27")).toEqual(["600:2025-03-18..2025-03-24"]);
    expect(dates("Zelensky told reporters in Kyiv on 24 March that Russia had fired some 190 missiles at Ukraine in a single week.", "2025-03-27")).toEqual(["190:2025-03-18..2025-03-24"]);
  });

  it("keeps a day the attack is told by, and a week counted from the report when no saying is dated", () => {
    // (the day is the attack's, not the saying's)
    expect(dates("Russia launched 120 drones on 9 June, the most in a single week this year, the Air Force said.", "2025-06-12")).toEqual(["120:2025-06-08..2025-06-09"]);
    expect(dates("Russia launched almost 600 attack drones at Ukraine over the past week, the president said.", "2025-06-12")).toEqual(["600:2025-06-06..2025-06-12"]);
  });
});
