import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, in order. */
const figures = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

describe("weapons jammed that then crashed into something", () => {
  it("counts them jammed and hit: 'suppressed by electronic warfare and crashed into a building'", () => {
    expect(figures('"The third UAV was suppressed by electronic warfare means and, having lost control, crashed into a non-residential building," the ministry said.')).toEqual(["jammed:1", "hit:1"]);
    expect(figures("The ministry said one drone had been shot down over the Moscow region and two more had been suppressed by electronic warfare and crashed into the Moscow City business district.")).toEqual(["shot_down:1", "jammed:2", "hit:2"]);
    expect(figures("A drone was jammed and crashed into a warehouse.")).toEqual(["jammed:1", "hit:1"]);
  });

  it("counts them hit when the jammed weapons struck outright or damaged what they struck", () => {
    expect(figures("Early on Aug. 1, the ministry said it had shot down two drones over the Moscow region, while a third was suppressed by electronic warfare and hit the IQ-Quarter tower, which houses several government ministries.")).toEqual(["shot_down:2", "jammed:1", "hit:1"]);
    expect(figures("On the night of July 30, according to the Defence Ministry, one drone was shot down over the Odintsovo district and two more were suppressed by electronic warfare, damaging the facades of office towers in Moscow City.")).toEqual(["shot_down:1", "jammed:2", "hit:2"]);
    expect(figures("Two drones were jammed, crashing into the sea.")).toEqual(["jammed:2"]);
    expect(figures("Two drones were jammed and hit nothing, the ministry said.")).toEqual(["jammed:2"]);
  });

  it("counts no hit when the crash struck nothing, or was another weapon's, or followed a shooting down", () => {
    expect(figures("Two drones were jammed and crashed.")).toEqual(["jammed:2"]);
    expect(figures("A drone was jammed and crashed into a field.")).toEqual(["jammed:1"]);
    expect(figures("A drone was jammed, and another crashed into a house.")).toEqual(["jammed:1"]);
    expect(figures("A drone was shot down and crashed into a house.")).toEqual(["shot_down:1"]);
  });

  it("counts no hit for a crash told without what it landed on, or a strike on nothing and no one", () => {
    expect(figures("Two drones were jammed, crashing near the village.")).toEqual(["jammed:2"]);
    expect(figures("Two drones were suppressed by electronic warfare, crashing in an open area without causing damage.")).toEqual(["jammed:2"]);
    expect(figures("Two drones were jammed, crashing into a swamp.")).toEqual(["jammed:2"]);
    expect(figures("Two drones were jammed, hitting no targets.")).toEqual(["jammed:2"]);
    expect(figures("Two drones were jammed and hit no one.")).toEqual(["jammed:2"]);
    expect(figures("Two drones were jammed and struck no buildings.")).toEqual(["jammed:2"]);
    expect(figures("A drone was jammed and crashed into the ground.")).toEqual(["jammed:1"]);
    // (but a crash onto what it struck, or a strike on the ground floor, is a hit)
    expect(figures("Two drones were jammed, crashing into a warehouse.")).toEqual(["jammed:2", "hit:2"]);
    expect(figures("Two drones were jammed and hit the ground floor of a shop.")).toEqual(["jammed:2", "hit:2"]);
  });
});
