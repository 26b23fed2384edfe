import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const read = (text: string) => extractClaims(articleOf(text, "2024-08-21")).map((c) => `${c.metric}:${c.value}`);

describe("weapons destroyed by air defence and electronic warfare together", () => {
  it("reads the one count the two means stopped as neutralized, past where they were downed", () => {
    expect(read("The Kursk governor said that more than 30 UAVs had been destroyed by air defence and electronic warfare systems overnight.")).toEqual(["neutralized:30"]);
    expect(read("The Kursk governor said that 14 UAVs had been destroyed over his region by air defence and electronic warfare units.")).toEqual(["neutralized:14"]);
  });
  it("keeps jamming alone as jammed, and jamming among other means as the fate told", () => {
    expect(read("The Kursk governor said that 14 UAVs had been destroyed by electronic warfare.")).toEqual(["jammed:14"]);
    // the Defence Forces are no air defence: their electronic warfare units jammed the drones
    expect(read("Twelve drones were destroyed by the Defence Forces' electronic warfare units, the Air Force said.")).toEqual(["jammed:12"]);
    expect(read("Russia launched 40 drones. Thirty of them were destroyed by mobile fire groups, electronic warfare and anti-aircraft missile units.")).toEqual(["launched:40", "shot_down:30"]);
  });
});
