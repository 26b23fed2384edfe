import { describe, expect, it } from "vitest";
import { findTimeRefs } from "./dates.ts";
import { extractClaims } from "./extract.ts";
import { nightOfSaying } from "./night-of-saying.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

describe("a night told from the day a source spoke", () => {
  const lead = "Overnight into Thursday, Russia had sent 55 attack drones against Ukraine, according to Ukraine's Air Force.";

  it("reads 'the ministry said on Friday that … overnight' as the night into Friday, not the night the lead named", () => {
    const text = `${lead}\nRussia's Defence Ministry said on Friday that air defences had destroyed 18 Ukrainian drones overnight.`;
    expect(dates(text, "2025-01-17")).toContain("shot_down:18:2025-01-16..2025-01-17");
  });

  it("counts 'the previous 24 hours' and 'the night before' back from the day of saying", () => {
    expect(dates("Russia's Defence Ministry said on Saturday that its air defences had destroyed 11 drones in the previous 24 hours.", "2022-08-15")).toContain("shot_down:11:2022-08-12..2022-08-13");
    expect(dates("The night before, Russia had sent 16 drones toward Ukraine, and 13 of them were destroyed, the air force said on Tuesday morning.", "2024-07-24")).toContain("launched:16:2024-07-22..2024-07-23");
  });

  it("leaves a bare 'overnight' with no day of saying to the night the lead named", () => {
    const text = `${lead}\nRussia's Defence Ministry said air defences had destroyed 18 Ukrainian drones overnight.`;
    expect(dates(text, "2025-01-17")).toContain("shot_down:18:2025-01-15..2025-01-16");
  });

  it("leaves a night named only to compare, and a sentence naming two nights, as they were", () => {
    const text = "The ministry said on Sunday that it had shot down 30 drones overnight, more than the previous night.";
    const refs = findTimeRefs(text, "2025-06-10");
    const previous = refs.find((r) => r.relative === "previous-night");
    expect(nightOfSaying(refs, "2025-06-08", text).find((r) => r.at === previous?.at)).toEqual(previous);
  });
});
