import { describe, expect, it } from "vitest";
import { selectForBriefing } from "./select.ts";
import { syntheticInput } from "./synthetic-input.ts";

describe("selectForBriefing", () => {
  it("leaves a briefing-sized input untouched", () => {
    const input = syntheticInput(40);
    expect(selectForBriefing(input)).toBe(input);
  });

  it("keeps the most reported events, their claims and cited sources, and says what it left out", () => {
    const input = syntheticInput(60);
    const out = selectForBriefing(input, { strikes: 20, diplomacy: 5 });
    expect(out.strikes).toHaveLength(20);
    const minKept = Math.min(...out.strikes.map((s) => s.source_count));
    const dropped = input.strikes.filter((s) => !out.strikes.includes(s));
    expect(dropped.every((s) => s.source_count <= minKept)).toBe(true);
    const kept = new Set(out.strikes.map((s) => s.event_id));
    expect(out.claims.every((c) => kept.has(c.event_id))).toBe(true);
    expect(out.claims.length).toBe(input.claims.filter((c) => kept.has(c.event_id)).length);
    expect(out.omitted).toEqual({
      strikes: input.strikes.length - 20,
      diplomacy: input.diplomacy.length - out.diplomacy.length,
      sources: input.sources.length - out.sources.length,
    });
    expect(selectForBriefing(input, { strikes: 20, diplomacy: 5 })).toEqual(out);
  });
});
