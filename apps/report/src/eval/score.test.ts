import type { DiplomacyRecord } from "@salvo/core";
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
