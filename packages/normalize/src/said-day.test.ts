import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) =>
  extractClaims(articleOf(text, published))
    .filter((c) => c.metric === "launched")
    .map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

describe("'that day' after a day named for a saying (dayNamedJustBefore)", () => {
  it("is the strike the paragraph tells, not the day an official spoke", () => {
    const text =
      "The visit was overshadowed by the aftermath of Saturday's strike on Dnipro. Regional governor Valentyn Reznichenko said on Wednesday that the search of the ruined apartment block had been completed. At least 45 people were killed, including six children, and 79 were injured, he said. Russia fired 28 cruise missiles at Ukraine that day, of which 18 were shot down, according to the military.";
    expect(dates(text, "2023-01-19")).toEqual(["launched:28:2023-01-14..2023-01-14"]);
  });

  it("stays the day just named when that day dates the attack", () => {
    const text =
      "The visit was overshadowed by the aftermath of Saturday's strike on Dnipro. On Wednesday, a missile hit the centre of Kharkiv. At least 4 people were killed, the governor said. Russia fired 28 cruise missiles at Ukraine that day, of which 18 were shot down, according to the military.";
    expect(dates(text, "2023-01-19")).toEqual(["launched:28:2023-01-18..2023-01-18"]);
  });

  it("stays the day of a saying whose sentence tells a figure of its own", () => {
    const text = "Russian missiles hit Kharkiv on Monday. The mayor said on Tuesday that 5 people were killed. Russia also fired 20 drones at Odesa that day.";
    const all = extractClaims(articleOf(text, "2025-07-10")).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
    expect(all).toEqual(["killed:5:2025-07-07..2025-07-07", "launched:20:2025-07-07..2025-07-08"]);
  });
});
