import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const claims = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.event_type}:${c.metric}:${c.value}`);

describe("a figure summed across several attacks", () => {
  it("is the attacks' total, not the last attack told ('Across the seven strikes in the table, Russia launched 327 missiles')", () => {
    const text = "On the night of June 22, Russia launched 16 missiles and 13 drones at energy facilities.\n\nAcross the seven strikes in the table, Russia launched 327 missiles, of which 188 were shot down, according to the air force's figures.";
    expect(claims(text, "2024-06-25")).toEqual(expect.arrayContaining(["strike:launched:16", "aggregate:launched:327", "aggregate:shot_down:188"]));
  });

  it("leaves a night's count across the country, or across a night's waves, to the night", () => {
    expect(claims("Across the country, Russia launched 27 drones overnight.", "2024-06-25")).toEqual(["strike:launched:27"]);
    expect(claims("Across two waves overnight, Russia launched 88 drones, the Air Force said.", "2024-06-25")).toEqual(["strike:launched:88"]);
  });
});
