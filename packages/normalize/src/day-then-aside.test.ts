import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

describe("a day just named, then an aside 'N days after X, when …' (dates CAME_AFTER, WHEN_AFTER_ASIDE)", () => {
  it("dates the count of the 'when' clause by the day named, not N days before it", () => {
    const text = "The campaign against the grid began on October 10, two days after the blast on the Crimean bridge, when Russia fired 84 missiles at Ukrainian cities.";
    expect(dates(text, "2023-01-01")).toEqual(["launched:84:2022-10-10..2022-10-10"]);
  });

  it("leaves a count told before the day and its aside, with no 'when' clause, the named day's", () => {
    const text = "Russia fired 84 missiles at Ukrainian cities on October 10, two days after the blast on the Crimean bridge.";
    expect(dates(text, "2023-01-01")).toEqual(["launched:84:2022-10-10..2022-10-10"]);
  });
});
