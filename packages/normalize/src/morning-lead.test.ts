import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

// A lead that tells the attack by its day's morning alone, with its counts in the paragraphs after it.
const lead = (when: string) =>
  [
    `KYIV - Russia launched a major missile and drone attack on Ukraine's energy system ${when}, knocking out power in several regions.`,
    "",
    "Ukraine's Air Force later said it had tracked 78 missiles and 106 drones.",
  ].join("\n");

describe("a lead that tells the attack by its morning alone (articleDate byDay)", () => {
  it("dates the counts of the later paragraphs by that day, as its own paragraph's are", () => {
    expect(dates(lead("on Christmas morning"), "2024-12-25")).toEqual(["launched:78:2024-12-25..2024-12-25", "launched:106:2024-12-25..2024-12-25"]);
    expect(dates(lead("on Wednesday morning"), "2024-12-25")).toEqual(["launched:78:2024-12-25..2024-12-25", "launched:106:2024-12-25..2024-12-25"]);
  });

  it("leaves them the night's when the lead ties the morning to the night, or names no morning", () => {
    expect(dates(lead("early on Wednesday morning"), "2024-12-25")).toEqual(["launched:78:2024-12-24..2024-12-25", "launched:106:2024-12-24..2024-12-25"]);
    expect(dates(lead("overnight and into Wednesday morning"), "2024-12-25")).toEqual(["launched:78:2024-12-24..2024-12-25", "launched:106:2024-12-24..2024-12-25"]);
    expect(dates(lead("on Wednesday"), "2024-12-25")).toEqual(["launched:78:2024-12-24..2024-12-25", "launched:106:2024-12-24..2024-12-25"]);
  });
});
