import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, in order. */
const figures = (text: string): string[] => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

// figures.ts classify, partDownedAfter: "was hit by N drones, M of which were shot down" counts the drones that came
describe("a place hit by a count of weapons, a part of which was then downed", () => {
  it("reads the count as launched when the same sentence has a part of it intercepted", () => {
    expect(figures("Kharkiv was hit by 12 drones overnight, eight of which were shot down, the mayor said.")).toEqual(["launched:12", "shot_down:8"]);
    expect(figures("The city was struck by 20 Shahed drones, 15 of which were destroyed by air defences.")).toEqual(["launched:20", "shot_down:15"]);
  });

  it("still reads a hit when no part is downed, when the part struck, or when others were downed", () => {
    expect(figures("Kharkiv was hit by 12 drones overnight, the mayor said.")).toEqual(["hit:12"]);
    expect(figures("Kharkiv was hit by 12 drones overnight, two of which struck apartment blocks.")).toEqual(["hit:12", "hit:2"]);
    expect(figures("The mall was hit by two Kh-22 missiles, while air defences shot down 10 others over the region.")).toEqual(["hit:2"]);
  });
});
