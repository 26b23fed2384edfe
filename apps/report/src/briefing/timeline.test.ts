import { describe, expect, it } from "vitest";
import { buildContext } from "./context.ts";
import { strikesNear } from "./timeline.ts";
import { sampleInput } from "./sample-input.ts";
import { strike } from "./test-records.ts";

const near = (date: string, strikes = sampleInput().strikes) =>
  strikesNear(buildContext({ ...sampleInput(), strikes }), date).map((s) => s.event_id);

describe("strikes around a diplomatic contact", () => {
  it("include strikes overlapping the two days before and after", () => {
    expect(near("2025-07-03")).toEqual(["ev_kyiv_0704", "ev_training_0705"]);
    expect(near("2025-07-10")).toEqual(["ev_record_0709"]);
  });

  it("count a night attack by both of its dates", () => {
    // The night of 2025-07-08–09 ends on the 9th: two days before the 11th, three before the 12th.
    expect(near("2025-07-11")).toEqual(["ev_record_0709"]);
    expect(near("2025-07-12")).toEqual([]);
  });

  it("leave out period totals and undated strikes", () => {
    const extra = [
      strike({ event_id: "total", event_type: "aggregate", date_start: "2025-07-01", date_end: "2025-07-31" }),
      strike({ event_id: "undated" }),
    ];
    expect(near("2025-07-20", extra)).toEqual([]);
  });
});
