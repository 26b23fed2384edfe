import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const figures = (text: string, published = "2024-05-15") =>
  extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

describe("the debris of a downed weapon", () => {
  it("is no count of what was downed", () => {
    expect(figures("Unfortunately, debris of one downed missile fell on a 24-storey residential building in Solomianskyi district.", "2023-06-24")).toEqual([]);
    expect(figures('"After the destruction of the Tochka-U missiles, the remains of one of them fell on a residential building," ministry spokesman Igor Konashenkov said.', "2022-07-03")).not.toContain("shot_down:1");
    expect(figures("The Russian Ministry of Defence claimed that its air defence shot down ten Tochka-U missiles over the city and that the house was destroyed by debris of one of them.")).toEqual(["shot_down:10"]);
  });

  it("leaves a downing told as its own news, and a larger count", () => {
    expect(figures("One drone was shot down over the city and its debris caused a blaze.")).toEqual(["shot_down:1"]);
    expect(figures("Two drones were shot down over the Belgorod district, and debris of one of them fell on a house.")).toEqual(["shot_down:2"]);
    // (a larger count may be the only one of the downed)
    expect(figures("Debris of 12 downed drones fell in three districts of the city, the governor said.")).toEqual(["shot_down:12"]);
  });
});
