import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const figures = (text: string) => extractClaims(articleOf(text, "2024-06-24")).map((c) => `${c.metric}:${c.value}`);

const krasnodar = "In Krasnodar, falling debris hit a boiler house, killing one employee, according to governor Veniamin Kondratyev.";

describe("a piece's threshold for the attacks it lists", () => {
  it("is no count", () => {
    const note = "Methodology: we include attacks in which either side reported at least ten aerial weapons or at least one death. Guided bombs and artillery are excluded.";
    expect(figures([krasnodar, note].join("\n\n"))).toEqual(["killed:1"]);
  });

  it("is not a figure the piece takes in from its source", () => {
    const taken = "We include the Air Force's figure here: Russia launched at least 40 drones at Kyiv overnight.";
    expect(figures([krasnodar, taken].join("\n\n"))).toEqual(["killed:1", "launched:40"]);
  });
});
