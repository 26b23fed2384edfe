import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

describe("a figureless strike dated only by the day a source told it (strikeOnReportDay)", () => {
  it("dates the undated toll told after it by the night that ended that day, not the article's night", () => {
    const text =
      "On Friday, the Russian Defence Ministry said the Armed Forces of the Russian Federation had carried out a massive strike with high-precision long-range air-launched weapons against the places where reserve units of the Ukrainian armed forces were temporarily deployed. The Kiev regime claimed that the strike hit a residential building in Uman, and that 23 people died there.";
    expect(dates(text, "2023-04-29")).toEqual(["killed:23:2023-04-27..2023-04-28"]);
  });

  it("leaves a day that only tells a saying, with no strike done before it, to date nothing", () => {
    const text = "On Friday, Zelensky said Russia's attacks on the grid must stop. Three people were injured in Kharkiv, the governor said.";
    expect(dates(text, "2023-04-29")).toEqual(["injured:3:2023-04-29..2023-04-29"]);
  });

  it("leaves a deed that is no strike of that day: 'had launched the war', 'had attacked energy facilities throughout the winter'", () => {
    const war = "On Tuesday, Zelensky said Russia had launched the war to destroy Ukraine. Three people were killed in Kharkiv, Governor Syniehubov said.";
    expect(dates(war, "2025-07-10")).toEqual(["killed:3:2025-07-10..2025-07-10"]);
    const winter = "On Tuesday, Zelensky said Russia had carried out an attack on energy facilities every night this winter. Three people were killed in Kharkiv, Governor Syniehubov said.";
    expect(dates(winter, "2025-07-10")).toEqual(["killed:3:2025-07-10..2025-07-10"]);
  });
});
