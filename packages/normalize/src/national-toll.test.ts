import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { isNationalToll } from "./national-toll.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value:side per figure. */
const sides = (text: string, published = "2025-05-27") => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.claimant_side}`);

describe("a toll of the whole country", () => {
  it("is not carried to the regional official named next", () => {
    expect(
      sides(
        "At least 12 people were killed across Ukraine, including three children in the Zhytomyr region. The children, aged 8, 12 and 17, were killed when a drone hit a house in the village of Budyshche, regional governor Vitalii Bunechko said.",
      ),
    ).toEqual(["killed:12:unknown", "killed:3:unknown", "hit:1:UA"]);
  });

  it("but a toll of the official's own place is, and a national body named next keeps the national toll", () => {
    expect(sides("At least three people were killed in Zhytomyr. The children were killed when a drone hit a house, regional governor Vitalii Bunechko said.")).toEqual([
      "killed:3:UA",
      "hit:1:UA",
    ]);
    expect(sides("At least 14 people were killed nationwide. Another 97 were injured, the State Emergency Service said.")).toEqual(["killed:14:UA", "injured:97:UA"]);
  });

  it("reads the country after the toll's casualty word, or a part of it told just after, not a lede's barrage across Ukraine", () => {
    const at = (text: string, value: string) => isNationalToll(text, text.indexOf(value) + value.length);
    expect(at("At least 12 people were killed across Ukraine, including three children.", "12")).toBe(true);
    expect(at("At least 12 people were killed across Ukraine, including three children.", "three")).toBe(true);
    expect(at("14 people had been killed and 97 injured nationwide.", "97")).toBe(true);
    expect(at("Russia fired a barrage of missiles across Ukraine, killing three people in Kyiv.", "three")).toBe(false);
    expect(at("Three people were killed in Kyiv as Russia launched strikes across Ukraine.", "Three")).toBe(false);
  });
});
