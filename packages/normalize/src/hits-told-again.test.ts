import { describe, expect, it } from "vitest";
import { hitsOf as hits } from "./test-helpers.ts";

// figures.ts oneOfToldHits: "one of them" after a count of hits is one of those hits, not another
describe("one of the weapons whose hits were just counted", () => {
  it("gives the count of hits only", () => {
    expect(hits("At about 00:20, two missiles struck the Novobavarskyi district, Mayor Ihor Terekhov said. One of them landed on the roof of a two-storey residential building.")).toEqual(["hit:2"]);
    expect(hits("Two drones hit non-residential buildings in Moscow at around 4 a.m. One of the drones struck an office tower on Likhachev Avenue in the south of the city.")).toEqual(["hit:2"]);
  });

  it("still reads one of a count that was launched, and a part counted by more", () => {
    expect(hits("Kharkiv was hit by 12 drones overnight, two of which struck apartment blocks.")).toEqual(["hit:12", "hit:2"]);
    expect(hits("Russia fired two missiles at Kupiansk. One of them hit the museum.")).toEqual(["hit:1"]);
    expect(hits("Russia launched 20 drones at Moscow. One of the drones struck an office tower on Likhachev Avenue.")).toEqual(["hit:1"]);
  });
});
