import type { ClaimRecord, DiplomacyRecord } from "@salvo/core";
import { describe, expect, it } from "vitest";
import type { Gold } from "./gold.ts";
import { score } from "./score.ts";

const contact = (participants: string[], date: string, kind: DiplomacyRecord["kind"] = "phone_call"): DiplomacyRecord => ({
  event_id: `${participants.join("+")}-${date}`,
  kind,
  date,
  participants,
  place: null,
  source_count: 1,
  article_ids: ["a"],
  article_id: "a",
  quote: "q",
  quote_start: 0,
  quote_end: 1,
});

describe("scoring contacts", () => {
  it("matches a participant whose name the gold spells otherwise (accents, Sergei for Sergey)", () => {
    const gold: Gold = { strikes: [], diplomacy: [{ key: "m", kind: "meeting", participants: ["Andrej Plenković", "Volodymyr Zelensky"], date: "2023-04-03", quote: "q" }] };
    expect(score(new Map([["a", gold]]), [], [contact(["Andrej Plenkovic", "Volodymyr Zelensky"], "2023-04-03", "meeting")]).diplomacy).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const lavrov: Gold = { strikes: [], diplomacy: [{ key: "t", kind: "talks", participants: ["Sergei Lavrov", "Dmytro Kuleba"], date: "2022-03-10", quote: "q" }] };
    expect(score(new Map([["a", lavrov]]), [], [contact(["Dmytro Kuleba", "Sergey Lavrov"], "2022-03-10", "talks")]).diplomacy).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("matches every contact on its date before any on its participants alone, whatever the gold's order", () => {
    // the pair met on the 20th and spoke (with a third person) on the 21st; only the call was read, on the 21st
    const gold: Gold = {
      strikes: [],
      diplomacy: [
        { key: "m", kind: "meeting", participants: ["Dan Driscoll", "Volodymyr Zelensky"], date: "2025-11-20", quote: "q" },
        { key: "c", kind: "phone_call", participants: ["Dan Driscoll", "JD Vance", "Volodymyr Zelensky"], date: "2025-11-21", quote: "q" },
      ],
    };
    const s = score(new Map([["a", gold]]), [], [contact(["Dan Driscoll", "JD Vance", "Volodymyr Zelensky"], "2025-11-21")]);
    expect(s.diplomacy).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.diplomacyDates).toEqual({ correct: 1, total: 1 });
    expect(s.contactErrors).toEqual([expect.stringMatching(/^missed .* meeting 2025-11-20/)]);
  });
});

describe("scoring figures", () => {
  const killed = (article: string, event: string, attacker: "RU" | "UA", side: "RU" | "UA", quote: string): ClaimRecord => ({
    claim_id: `${article}-${quote}`,
    event_id: event,
    event_type: "strike",
    article_id: article,
    claimant: null,
    claimant_side: side,
    also_claimed_by: [],
    attacker,
    target_country: attacker === "RU" ? "UA" : "RU",
    weapon: "mixed",
    metric: "killed",
    value: 1,
    value_text: "one",
    qualifier: "exact",
    date_start: "2024-12-24",
    date_end: "2024-12-25",
    date_precision: "night",
    places: [],
    quote,
    quote_start: 0,
    quote_end: quote.length,
    published: "2024-12-25",
  });
  const strike = (key: string, attacker: "RU" | "UA", start: string, side: "RU" | "UA", quote: string): Gold["strikes"][number] => ({
    key,
    event_type: "strike",
    attacker,
    target_country: attacker === "RU" ? "UA" : "RU",
    weapon: "mixed",
    date_start: start,
    date_end: "2024-12-25",
    places: [],
    claims: [{ claimant: null, claimant_side: side, metric: "killed", weapon: null, value: 1, value_text: "one", qualifier: "exact", quote }],
  });

  it("scores a number that stands in two events of an article against the event of its attacker, whatever the claims' order", () => {
    // one killed by Russia's night attack, one killed by Ukraine's drone in Russia in the morning (misdated as the night)
    const a: Gold = { strikes: [strike("night", "RU", "2024-12-24", "UA", "q1"), strike("morning", "UA", "2024-12-25", "RU", "q2")], diplomacy: [] };
    const b: Gold = { strikes: [strike("morning", "UA", "2024-12-25", "RU", "q3")], diplomacy: [] };
    const claims = [killed("a", "e2", "UA", "RU", "q2"), killed("a", "e1", "RU", "UA", "q1"), killed("b", "e2", "UA", "RU", "q3")];
    const s = score(new Map([["a", a], ["b", b]]), claims, []);
    expect(s.overall).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(s.claimantSide).toEqual({ correct: 3, total: 3 });
    expect(s.dedup).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
