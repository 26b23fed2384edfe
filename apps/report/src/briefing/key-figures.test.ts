import { describe, expect, it } from "vitest";
import { buildContext } from "./context.ts";
import { keyFigures } from "./key-figures.ts";
import { sampleInput } from "./sample-input.ts";
import { claim, strike } from "./test-records.ts";

const figures = (input = sampleInput()) => keyFigures(buildContext(input));

describe("the key figures", () => {
  it("name the largest attack with its claimant and the share intercepted", () => {
    expect(figures()[0]).toBe(
      "The largest attack: Russia launched 728 drones at Ukraine on 2025-07-08–09 [E4] (Ukrainian Air Force). " +
        "711 of them (98%) were reported shot down or jammed (Ukrainian Air Force).",
    );
  });

  it("sum launches and interceptions per attack direction, only over attacks giving both", () => {
    expect(figures()).toContain(
      "Attacks by Russia on Ukraine: of 1,278 drones and missiles launched in 2 attacks with both figures, " +
        "1,189 (93%) were reported shot down or jammed (Ukrainian Air Force).",
    );
  });

  it("leave out of the sums an attack with more reported downed than launched, and say so", () => {
    const input = {
      ...sampleInput(),
      strikes: [
        strike({ event_id: "e1", attacker: "UA", target_country: "RU", date_start: "2025-03-10", date_end: "2025-03-11", launched_best: 300, launched_ua: 300, shot_down_best: 250, shot_down_ru: 250 }),
        strike({ event_id: "e2", attacker: "UA", target_country: "RU", date_start: "2025-05-06", date_end: "2025-05-07", launched_best: 100, launched_other: 100, shot_down_best: 524, shot_down_ru: 524 }),
      ],
    };
    const line = figures(input).find((f) => f.startsWith("Attacks by Ukraine on Russia"));
    expect(line).toMatch(/^Attacks by Ukraine on Russia: of 300 drones launched in 1 attack with both figures, 250 \(83%\) were reported shot down or jammed .*\. Left out: 1 attack with more reported downed than launched\.$/);
  });

  it("say when the other side contests the deadliest attack's toll", () => {
    expect(figures()).toContain(
      "The deadliest attack: Russia's attack on 2025-07-05 [E2] killed 12 people in Dnipropetrovsk Oblast (Ukrainian Ground Forces). " +
        "Disputed: Russian Ministry of Defence says up to 150.",
    );
  });

  it("keep a hedge in words: 'at least'", () => {
    const input = {
      ...sampleInput(),
      strikes: [strike({ event_id: "e1", date_start: "2025-01-01", date_end: "2025-01-02", launched_ua: 111, launched_best: 111 })],
      claims: [
        claim({
          claim_id: "c1", event_id: "e1", article_id: "a1", metric: "launched", value: 111, value_text: "at least 111",
          qualifier: "at_least", claimant: "Ukrainian Air Force", claimant_side: "UA", quote: "at least 111 drones",
        }),
      ],
    };
    expect(figures(input)[0]).toBe(
      "The largest attack: Russia launched at least 111 drones at Ukraine on 2025-01-01–02 [E1] (Ukrainian Air Force).",
    );
  });

  it("say who is unnamed rather than leave the parenthesis out", () => {
    const input = {
      ...sampleInput(),
      strikes: [strike({ event_id: "e1", date_start: "2025-01-01", date_end: "2025-01-02", launched_ua: 90, launched_best: 90 })],
      claims: [claim({ claim_id: "c1", event_id: "e1", article_id: "a1", metric: "launched", value: 90, value_text: "90", claimant_side: "UA", quote: "90 drones" })],
    };
    expect(figures(input)[0]).toContain("(unnamed Ukrainian source)");
  });

  it("are empty without strikes or contacts", () => {
    expect(figures({ now: "2025-01-01", strikes: [], claims: [], diplomacy: [], sources: [] })).toEqual([]);
  });
});
