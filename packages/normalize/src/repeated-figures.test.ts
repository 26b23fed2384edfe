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

describe("a figure whose source is of no known side, told again by a named source", () => {
  const voronezh = (region: string) =>
    [
      "Drones attack Russia overnight",
      `Air defence forces detected and destroyed 17 unmanned aerial vehicles over the territory of the ${region} region overnight. "During the night, air defence forces detected and destroyed 17 UAVs over the city of Voronezh and four districts of the region," Governor Alexander Gusev wrote on Telegram.`,
    ].join("\n\n");

  it("is the named source's one figure", () => {
    expect(figures(voronezh("Voronezh"), "2025-07-16", "shot_down")).toEqual(["17:Governor Alexander Gusev"]);
  });

  it("stays apart when the places differ", () => {
    expect(figures(voronezh("Belgorod"), "2025-07-16", "shot_down")).toEqual(["17:Air defence forces", "17:Governor Alexander Gusev"]);
  });

  const kyiv = (city: string, inKyiv: string) =>
    [
      "Kyiv and Novorossiysk hit on the same night",
      `KYIV/MOSCOW, Nov 14 (BBS Wire) - Russia pounded ${city} with drones and ballistic missiles overnight, killing at least six people, while a Ukrainian drone attack set a port on fire in Novorossiysk, officials on both sides said.`,
      `${inKyiv}Tymur Tkachenko, head of the Kyiv city military administration, said at least six people had been killed and at least 30 injured.`,
    ].join("\n\n");

  it("joins a lead's toll to the named source's", () => {
    expect(figures(kyiv("Kyiv", ""), "2025-11-14", "killed")).toEqual(["6:Tymur Tkachenko"]);
  });

  it("keeps a lead's toll of another city apart", () => {
    expect(figures(kyiv("Odesa", "In Kyiv, "), "2025-11-14", "killed")).toEqual(["6:officials on both sides", "6:Tymur Tkachenko"]);
  });
});
