import { describe, expect, it } from "vitest";
import { hitsOf as hits } from "./test-helpers.ts";

describe("debris told as evidence of the weapon that struck", () => {
  it("counts the weapon fragments showed had struck", () => {
    expect(hits("Ukrainian officials said debris found at the site showed the hospital had been hit by a Kh-101 cruise missile.")).toEqual(["hit:1"]);
    expect(hits("The SBU said fragments found at the hospital showed it had been struck by a Kh-101 cruise missile.")).toEqual(["hit:1"]);
  });

  it("still leaves out debris that fell", () => {
    expect(hits("Debris from a downed drone hit a house in the Obolonskyi district.")).toEqual([]);
    expect(hits("Debris from a Russian missile shot down by air defences hit the tower, officials said.")).toEqual([]);
  });

  it("keeps the weapon told after the wreckage of a building, not after a weapon's", () => {
    expect(hits("Rescuers dug through the wreckage of a two-story house in the Sviatoshynskyi district, where a missile flattened much of the building, and searched collapsed apartments.")).toEqual(["hit:1"]);
    expect(hits("Debris of a downed drone fell on the roof, and a drone hit a house.")).toEqual([]);
  });
});
