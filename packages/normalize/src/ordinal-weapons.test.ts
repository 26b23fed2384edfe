import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, with "/m" for missiles. */
const figures = (text: string): string[] => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}${c.weapon === "missile" ? "/m" : ""}`);

describe("one weapon told by its ordinal", () => {
  it("counts the weapon an ordinal tells as one of what befell it: 'Two drones were shot down, and a third was jammed'", () => {
    expect(figures("Two drones were shot down over the Moscow region, it said, while a third was jammed and crashed into a building.")).toEqual(["shot_down:2", "jammed:1", "hit:1"]);
    expect(figures("The spokesman said three drones hit an administrative building, and a fourth was shot down.")).toEqual(["hit:3", "shot_down:1"]);
    expect(figures("Two drones took part in the attack; one of them hit the fuel tank, and the second was shot down.")).toEqual(["launched:2", "hit:1", "shot_down:1"]);
    // (its own noun, in a sentence of its own: "The third UAV was suppressed …")
    expect(figures('"Two UAVs were destroyed by air defence systems. The third UAV was suppressed by electronic warfare means and crashed," the ministry said.')).toEqual(["shot_down:2", "jammed:1"]);
    expect(figures("Lysak says a second missile was shot down over the region.")).toEqual(["shot_down:1/m"]);
    // (its fate told in an aside: "a third, jammed by electronic warfare, crashed …"; what it crashed into it struck, as
    // ANNOTATION.md counts it: jammed 1 and hit 1)
    expect(figures("Two Ukrainian drones were shot down while a third, jammed by electronic warfare, crashed into a tower.")).toEqual(["shot_down:2", "jammed:1", "hit:1"]);
    expect(figures('"The third UAV, suppressed by electronic warfare means, lost control and crashed into a building," it said.')).toEqual(["jammed:1", "hit:1"]);
  });

  it("counts nothing for an ordinal of anything else, a share, or a weapon that struck", () => {
    expect(figures("Russia launched a second wave of drones overnight, and 12 were shot down.")).toEqual(["shot_down:12"]);
    expect(figures("It was the third attack this week on Odesa.")).toEqual([]);
    expect(figures("Drones attacked Odesa for the third night in a row; 12 were shot down.")).toEqual(["shot_down:12"]);
    expect(figures("It was the second-largest attack of the war, with 400 drones launched.")).toEqual(["launched:400"]);
    // (a fraction: "more than a third were over the sea")
    expect(figures("Of the 160 drones, more than a third were over the Sea of Azov.")).toEqual(["launched:160"]);
    // (the second of a series that struck, as the annotation reads it: "A second missile hit an industrial site")
    expect(figures("A second missile hit an industrial site in the city, Vilkul said.")).toEqual([]);
    expect(figures("Four missiles were shot down, and the fifth was hit and deviated from its course.")).toEqual(["shot_down:4/m"]);
    // (the one a series began with, no count: "since September 13, when the first one was shot down"; but a split of two)
    expect(figures("More than 220 Shahed drones have been destroyed since September 13, when the first one was shot down near Kupiansk.")).toEqual(["shot_down:220"]);
    expect(figures("Russia fired two missiles at Odesa: the first one was shot down, the second one hit a warehouse.")).toEqual(["launched:2/m", "shot_down:1/m", "hit:1/m"]);
    expect(figures("Russia fired two missiles at Odesa; when the first one was shot down, the second one hit a warehouse.")).toEqual(["launched:2/m", "shot_down:1/m", "hit:1/m"]);
  });
});
