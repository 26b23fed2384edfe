import type { ClaimRecord } from "@salvo/core";
import { describe, expect, it } from "vitest";
import { reconcile } from "./reconcile.ts";

const claim = (over: Partial<ClaimRecord>): ClaimRecord =>
  ({ claim_id: `clm_${Math.random()}`, metric: "killed", value: 1, claimant_side: "UA", target_country: "UA", published: "2025-04-05", ...over }) as ClaimRecord;

describe("reconcile: the best estimate per metric", () => {
  it("takes the latest toll from anyone but the attacker: an attacker's count of the enemy it killed is not the toll", () => {
    const claims = [
      claim({ value: 18, claimant_side: "UA", published: "2025-04-05" }),
      claim({ value: 85, claimant_side: "RU", published: "2025-04-06" }),
      claim({ value: 20, claimant_side: "unknown", published: "2025-04-06" }),
    ];
    const { columns, disputed } = reconcile(claims, new Set());
    expect([columns.killed_best, columns.killed_ua, columns.killed_ru, columns.killed_other, columns.killed_low, columns.killed_high]).toEqual([20, 18, 85, 20, 18, 85]);
    expect(disputed).toBe(true);
  });

  it("takes a same-day correction downward over the larger figure it takes back", () => {
    const claims = [
      claim({ value: 8, quote: "05:10 — Terekhov said 8 people were killed." }),
      claim({ value: 6, quote: "08:30 — Syniehubov said 6 people were killed, not 8 as reported earlier." }),
    ];
    expect(reconcile(claims, new Set()).columns.killed_best).toBe(6);
    expect(reconcile([...claims].reverse(), new Set()).columns.killed_best).toBe(6);
    // (a rise the same day still wins)
    expect(reconcile([claim({ value: 8, quote: "8 were killed" }), claim({ value: 6, quote: "6 were killed" })], new Set()).columns.killed_best).toBe(8);
  });

  it("falls back on the attacker's figure when no one else gives one", () => {
    expect(reconcile([claim({ value: 60, claimant_side: "RU" })], new Set()).columns.killed_best).toBe(60);
  });

  it("takes the attacked side's launch count over a later one from anyone else", () => {
    const claims = [claim({ metric: "launched", value: 728, claimant_side: "UA", published: "2025-07-09" }), claim({ metric: "launched", value: 741, claimant_side: "other", published: "2025-07-10" })];
    expect(reconcile(claims, new Set()).columns.launched_best).toBe(728);
  });

  it("takes a side's fullest count of weapons over a later part of it ('shot down 11 drones over the Odesa region', a day after the 79)", () => {
    const claims = [
      claim({ metric: "shot_down", weapon: "drone", value: 79, published: "2025-03-11" }),
      claim({ metric: "shot_down", weapon: "drone", value: 11, published: "2025-03-12" }),
    ];
    const { columns } = reconcile(claims, new Set());
    expect([columns.shot_down_best, columns.shot_down_ua, columns.shot_down_low]).toEqual([79, 79, 11]);
  });
});

describe("reconcile: one weapon per column", () => {
  it("gives a weapon count's range over the best figure's weapon: 479 drones and 20 missiles are no range of 20 to 479", () => {
    const claims = [
      claim({ metric: "launched", weapon: "drone", value: 479, published: "2025-06-09" }),
      claim({ metric: "launched", weapon: "missile", value: 20, published: "2025-06-09" }),
      claim({ metric: "launched", weapon: "drone", value: 499, claimant_side: "RU", published: "2025-06-09" }),
    ];
    const { columns } = reconcile(claims, new Set());
    expect([columns.launched_best, columns.launched_low, columns.launched_high, columns.launched_ru]).toEqual([479, 479, 499, 499]);
  });

  it("flags no dispute for an unattributed older toll beside a side's", () => {
    const claims = [claim({ value: 17, published: "2025-06-25" }), claim({ value: 2, claimant_side: "unknown", published: "2025-06-24" })];
    const { columns, disputed } = reconcile(claims, new Set());
    expect([columns.killed_best, columns.killed_low, columns.killed_high, disputed]).toEqual([17, 2, 17, false]);
  });
});
