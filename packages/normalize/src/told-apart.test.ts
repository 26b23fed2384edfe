import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const tolls = (text: string, published = "2025-06-17") =>
  extractClaims(articleOf(text, published))
    .filter((c) => c.metric === "killed")
    .map((c) => `${c.value}:${c.claimant}${c.also_claimed_by ? `+${c.also_claimed_by.join(",")}` : ""}`);

const downed = (text: string, published = "2025-11-15") =>
  extractClaims(articleOf(text, published))
    .filter((c) => c.metric === "shot_down")
    .map((c) => `${c.value}:${c.claimant}${c.also_claimed_by ? `+${c.also_claimed_by.join(",")}` : ""}`);

describe("two sources' like figures that are two", () => {
  it("keeps a ministry's count over a region apart from the region's official's own count, whichever comes first", () => {
    const ministryFirst =
      "Air defences destroyed 64 Ukrainian drones overnight, the Russian Defence Ministry said. According to its figures, 25 of them were brought down over the Ryazan region and 17 over the Rostov region.\n\nRyazan region governor Pavel Malkov said 25 UAVs had been destroyed over the region during the night.";
    expect(downed(ministryFirst)).toEqual(["64:Russian Defence Ministry", "25:Russian Defence Ministry", "17:Russian Defence Ministry", "25:Ryazan region governor Pavel Malkov"]);
    const governorFirst =
      "Air defence forces destroyed 38 Ukrainian drones over the Bryansk region overnight, Governor Alexander Bogomaz said.\n\nThe Russian Defence Ministry said air defences destroyed 93 Ukrainian drones over nine regions overnight. The largest number, 38, was brought down over the Bryansk region.";
    expect(downed(governorFirst, "2025-07-20")).toEqual(["38:Governor Alexander Bogomaz", "93:Russian Defence Ministry", "38:Russian Defence Ministry"]);
  });

  it("still takes the ministry's count told again by a source that names no one as one", () => {
    const again = "The Russian Defence Ministry said 40 Ukrainian drones were destroyed over the Bryansk region overnight. The ministry said 40 drones were destroyed.";
    expect(downed(again)).toEqual(["40:Russian Defence Ministry"]);
    const officials = "Ryazan region governor Pavel Malkov said 25 UAVs had been destroyed over the region overnight. Regional officials said 25 drones were downed.";
    expect(downed(officials)).toEqual(["25:Ryazan region governor Pavel Malkov"]);
  });

  it("keeps one told among the dead apart from another source's toll of that number", () => {
    const member = "Mayor Ihor Terekhov first reported one dead and 14 injured in Kharkiv.\n\nGovernor Oleh Syniehubov said a 79-year-old woman was among the dead.";
    expect(tolls(member, "2024-06-22")).toEqual(["1:Mayor Ihor Terekhov", "1:Governor Oleh Syniehubov"]);
  });

  it("still joins a part told beside its toll and a source's restatement of it, and two sources' one toll", () => {
    const part =
      "A Russian missile struck an apartment building in Poltava early on Saturday, killing at least nine people, including two children, Ukrainian officials said. Interior Minister Ihor Klymenko said two children were among the dead.";
    expect(tolls(part, "2025-02-01").filter((t) => t.startsWith("2:"))).toHaveLength(1);
    const same = "Six people were killed in Kharkiv, Mayor Ihor Terekhov said. Governor Oleh Syniehubov said six people had been killed in the city.";
    expect(tolls(same)).toEqual(["6:Mayor Ihor Terekhov+Governor Oleh Syniehubov"]);
  });
});
