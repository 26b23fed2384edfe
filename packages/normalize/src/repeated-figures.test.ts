import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const figures = (text: string, published: string, metric: string) =>
  extractClaims(articleOf(text, published))
    .filter((c) => c.metric === metric)
    .map((c) => `${c.value}:${c.claimant}`);

describe("one source's one number of downed weapons over two places", () => {
  const headline = "Russia says it downed 87 Ukrainian drones overnight";
  const lead =
    "MOSCOW, July 22 - Russian air defences destroyed 87 Ukrainian drones overnight, the Russian Defence Ministry said on Monday. Of them, 70 were shot down over the Rostov region and 17 over the Voronezh region.";

  it("keeps both parts of its tally", () => {
    const text = [headline, lead, "In its earlier report, the ministry said 70 drones had been destroyed over Crimea and the Black Sea overnight."].join("\n\n");
    expect(figures(text, "2024-07-22", "shot_down")).toEqual([
      "87:Russian Defence Ministry",
      "70:Russian Defence Ministry",
      "17:Russian Defence Ministry",
      "70:Russian Defence Ministry",
    ]);
  });

  it("still merges the number told again over the same place", () => {
    const text = [headline, lead, "In its earlier report, the ministry said 70 drones had been destroyed over the Rostov region."].join("\n\n");
    expect(figures(text, "2024-07-22", "shot_down")).toEqual(["87:Russian Defence Ministry", "70:Russian Defence Ministry", "17:Russian Defence Ministry"]);
  });
});
