import { describe, expect, it } from "vitest";
import { hitsOf as hits } from "./test-helpers.ts";

// told-strike.ts recalledClause: "one of them struck" in a clause that recalls an older strike
describe("one of the weapons in a recalled strike", () => {
  it("gives no hit for 'since the July 8 attack, when … one of them struck'", () => {
    expect(hits("Zelensky has pressed all his partners for air defences since the July 8 attack, when Russia fired 38 missiles at Ukrainian cities in daylight and one of them struck the Okhmatdyt children's hospital in Kyiv.")).toEqual([]);
  });

  it("still reads one of them after a count split by 'of which', a time the news counts from, a toll's own 'when', or a saying's 'and that'", () => {
    expect(hits("On the night of 22-23 July, 19 missiles were fired at Odesa, of which nine were shot down, the Air Force said; one of them hit the Transfiguration Cathedral in the historic centre.")).toEqual(["hit:1"]);
    expect(hits("Since midnight, Russia has launched 50 drones at the region, and six of them hit energy facilities.")).toEqual(["hit:6"]);
    expect(hits("Two people were killed when Russia launched three missiles at the city and one of them hit a house.")).toEqual(["hit:1"]);
    expect(hits("A source told Ukrainska Pravda that the refinery had been attacked by more than 20 long-range drones and that at least three of them had hit the primary processing unit.")).toEqual(["hit:3"]);
  });
});
