import { describe, expect, it } from "vitest";
import { hitsOf as hits } from "./test-helpers.ts";

// the hit cues of lexicon.ts that tell a strike by the damage it did ("wrecked", "flattened", "gouged", "tore into", …)
describe("a weapon that struck, told by the damage it did", () => {
  it("counts the weapons that wrecked, gouged, tore into or partly destroyed what they struck", () => {
    expect(hits("Seven people were injured in Kyiv, the city military administration said, and a missile wrecked a hotel in the central city of Cherkasy.")).toEqual(["hit:1"]);
    expect(hits("In Kyiv, where the centre had been spared for months, one missile gouged a crater beside a children's playground in Shevchenko park.")).toEqual(["hit:1"]);
    expect(hits("In Ternopil, two Kh-101 cruise missiles tore into apartment blocks before dawn.")).toEqual(["hit:2"]);
    expect(hits("In Dnipro itself, a missile partly destroyed a five-storey apartment building and damaged a hotel.")).toEqual(["hit:1"]);
  });

  it("gives no count for weapons told with none, nor for debris", () => {
    expect(hits("The missiles partially destroyed one of the institute's buildings, the ministry said.")).toEqual([]);
    expect(hits("That night debris from a downed cruise missile tore into a nine-storey apartment block.")).toEqual([]);
  });
});
