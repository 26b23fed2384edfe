import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
const wire = (day: string) =>
  [
    "Crimea air base blasts: Kyiv claims nine jets lost",
    "",
    `KYIV, Ukraine (AP) — Ukraine's air force said ${day} that nine Russian warplanes were destroyed in explosions at an air base in Crimea.`,
    "",
    "Elsewhere, Russian forces pounded the Nikopol district overnight with Grad rockets, killing 13 civilians.",
  ].join("\n");

describe("a wire republished the day after, its undated dateline's lead naming the day before", () => {
  it("counts its overnight from the day it was written", () => {
    // (11 August 2022 was a Thursday)
    expect(dates(wire("Wednesday"), "2022-08-11")).toEqual(["killed:13:2022-08-09..2022-08-10"]);
  });

  it("leaves a lead that names the day the page came out, or an older day, to the page's day", () => {
    expect(dates(wire("Thursday"), "2022-08-11")).toEqual(["killed:13:2022-08-10..2022-08-11"]);
    expect(dates(wire("Tuesday"), "2022-08-11")).toEqual(["killed:13:2022-08-10..2022-08-11"]);
  });
});
