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
    const out = selectForBriefing(input, { strikes: 20, diplomacy: 5, sources: 1000 });
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
    expect(selectForBriefing(input, { strikes: 20, diplomacy: 5, sources: 1000 })).toEqual(out);
  });

  it("lists the sources behind the most figures when there are too many for a table, and every skipped file", () => {
    const input = syntheticInput(60);
    const ok = input.sources.filter((s) => s.status === "ok");
    const limit = Math.floor(ok.length / 3);
    const out = selectForBriefing(input, { strikes: 1000, diplomacy: 1000, sources: limit });
    const listed = out.sources.filter((s) => s.status === "ok");
    expect(listed).toHaveLength(limit);
    const fewest = Math.min(...listed.map((s) => s.claim_count));
    expect(ok.filter((s) => !listed.includes(s)).every((s) => s.claim_count <= fewest)).toBe(true);
    expect(out.sources.filter((s) => s.status === "skipped")).toEqual(input.sources.filter((s) => s.status === "skipped"));
    expect(out.omitted?.sources).toBe(ok.length - limit);
  });
});
