import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) =>
  extractClaims(articleOf(text, published))
    .filter((c) => c.value === 51)
    .map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

const lviv = (came: string) =>
  [
    "LVIV, Sept 4 - Russian missiles struck Lviv early on Wednesday, killing seven people.",
    "",
    `The strike on Lviv came ${came} Russia's ballistic missile attack on the Military Institute of Communications in Poltava. On Wednesday morning the Poltava regional governor, Filip Pronin, put the toll there at 51 killed and 271 injured.`,
  ].join("\n");

describe("'came less than 24 hours after' an attack (dates.ts CAME_AFTER)", () => {
  it("sets the attack told after it a day back, as 'a day after' does", () => {
    expect(dates(lviv("less than 24 hours after"), "2024-09-04")).toEqual(["killed:51:2024-09-03..2024-09-03"]);
    expect(dates(lviv("a day after"), "2024-09-04")).toEqual(["killed:51:2024-09-03..2024-09-03"]);
  });

  it("leaves 'hours after', which may be the same day, to the attack told before", () => {
    expect(dates(lviv("hours after"), "2024-09-04")).toEqual(["killed:51:2024-09-03..2024-09-04"]);
  });

  it("leaves an attack that names its own time after 'after' to that time: 'that morning'", () => {
    const text = "The evening strike on Kharkiv came less than 24 hours after a Russian missile attack on Dnipro that morning which killed 3 people.";
    expect(extractClaims(articleOf(text, "2024-09-04")).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`)).toEqual(["killed:3:2024-09-04..2024-09-04"]);
  });
});
