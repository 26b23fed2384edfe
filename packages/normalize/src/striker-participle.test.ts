import { describe, expect, it } from "vitest";
import { hitsOf as hits } from "./test-helpers.ts";

describe("a weapon that struck, past a participle of where it came from", () => {
  it("reads the one weapon as a hit past 'fired from …', 'launched from …', 'travelling at …'", () => {
    expect(hits("At about 08:30 a missile fired from an S-400 air defence system hit a courtyard between apartment blocks in Kharkiv's central Kyivskyi district.")).toEqual(["hit:1"]);
    expect(hits("Regional governor Oleh Synyehubov said that a Kalibr cruise missile launched from the sea had hit the building.")).toEqual(["hit:1"]);
    expect(hits("Before dawn on Friday, an intermediate-range ballistic missile travelling at around 13,000 km an hour hit an infrastructure site in the Lviv region.")).toEqual(["hit:1"]);
  });

  it("gives no hit when the phrase ends in another fate, a miss, a clause break or a coordination", () => {
    expect(hits("A drone launched from Kursk was shot down over the Bryansk region.")).toEqual([]);
    expect(hits("A missile fired at Kyiv struck near a hospital.")).toEqual([]);
    expect(hits("A missile fired at Kyiv, which officials said was a Kh-101, was destroyed.")).toEqual([]);
    expect(hits("A missile fired from Belgorod and a drone were shot down.")).toEqual([]);
  });
});
