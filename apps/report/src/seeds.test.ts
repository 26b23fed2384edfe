import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultOptions, runInProcess } from "./pipeline.ts";
import { type Expected, SEEDS_DIR, loadExpected, seedsAvailable, withSeedsCopy } from "./test/seeds.ts";
import { textOf } from "./build.ts";

type Row = Record<string, string>;

if (!seedsAvailable) console.warn(`seed test SKIPPED: no expected.json in ${SEEDS_DIR} (set SALVO_SEEDS)`);

/** The side a claimant named in expected.json speaks for; local authorities speak for the place attacked. */
function sideOf(claimant: string | null, target: string): string {
  if (claimant === null) return "unknown";
  if (/ukrain|zelensk|kyiv/i.test(claimant)) return "UA";
  if (/russia|lavrov|moscow|kremlin/i.test(claimant)) return "RU";
  if (/regional|local|officials|authorities/i.test(claimant)) return target;
  return "other";
}

describe.skipIf(!seedsAvailable)("the pipeline on the five seed articles", () => {
  let expected: Expected;
  let claims: Row[];
  let diplomacy: Row[];
  let strikes: Row[];
  beforeAll(async () => {
    expected = await loadExpected();
    const out = await withSeedsCopy(expected, (dir) => runInProcess(defaultOptions(dir)));
    const read = (name: string) => parse(textOf(out.files.get(name)!), { columns: true }) as Row[];
    claims = read("claims.csv");
    diplomacy = read("diplomacy.csv");
    strikes = read("strikes.csv");
  });

  it("finds every expected figure with its side, metric, value, qualifier and dates", () => {
    for (const strike of expected.strikes) {
      for (const want of strike.claims) {
        const match = claims.filter(
          (r) =>
            r.article_id === strike.article &&
            r.metric === want.metric &&
            r.value === (want.value === null ? "" : String(want.value)) &&
            r.quote!.includes(want.quote),
        );
        expect(match, `${strike.key} ${want.metric} ${want.value ?? want.vague}`).toHaveLength(1);
        const row = match[0]!;
        expect(row.claimant_side, `${strike.key} ${want.metric} side`).toBe(sideOf(want.claimant, strike.target_country));
        expect(row.qualifier).toBe(want.vague ? "vague" : want.qualifier);
        if (want.vague) expect(row.value_text!.toLowerCase()).toContain(want.vague);
        expect([row.attacker, row.target_country, row.date_start, row.date_end], strike.key).toEqual([
          strike.attacker,
          strike.target_country,
          strike.date_start,
          strike.date_end,
        ]);
      }
    }
  });

  it("invents no figure: each article has exactly the expected claims", () => {
    for (const article of Object.keys(expected.articles)) {
      const want = expected.strikes.filter((s) => s.article === article).flatMap((s) => s.claims);
      const got = claims.filter((r) => r.article_id === article);
      expect(got.map((r) => `${r.metric}=${r.value_text}`).sort(), article).toHaveLength(want.length);
    }
  });

  it("puts the claims of one attack in one event and different attacks in different events", () => {
    const eventOf = new Map<string, Set<string>>();
    for (const strike of expected.strikes) {
      const ids = new Set(
        claims.filter((r) => r.article_id === strike.article && r.attacker === strike.attacker && r.date_end === strike.date_end).map((r) => r.event_id!),
      );
      expect(ids.size, strike.key).toBe(1);
      eventOf.set(strike.key, ids);
    }
    const all = [...eventOf.values()].map((s) => [...s][0]);
    expect(new Set(all).size).toBe(expected.strikes.length);
    expect(strikes).toHaveLength(expected.strikes.length);
  });

  it("keeps the three Trump–Putin calls apart, each on its date", () => {
    const calls = diplomacy.filter((d) => d.kind === "phone_call" && d.participants === "Donald Trump; Vladimir Putin");
    expect(calls.map((c) => c.date).sort()).toEqual(["2024-11-07", "2025-05-19", "2025-12-29"]);
    expect(new Set(calls.map((c) => c.event_id)).size).toBe(3);
  });

  it("finds every expected diplomatic contact with its participants and date", () => {
    for (const want of expected.diplomacy) {
      const found = diplomacy.filter(
        (d) => d.article_ids!.split("; ").includes(want.article) && want.participants.every((p) => d.participants!.includes(p.replace("Zelenskyy", "Zelensky"))),
      );
      expect(found, want.key).toHaveLength(1);
      expect(found[0]!.date || null, want.key).toBe(want.date);
    }
    expect(diplomacy).toHaveLength(expected.diplomacy.length);
  });
});
