import { describe, expect, it } from "vitest";
import { renderBriefing } from "./index.ts";
import { hasPdftotext, pageCount, pdfText } from "./pdf-text.ts";
import { syntheticInput } from "./synthetic-input.ts";

// Timing lives in bench.ts; this only checks that the largest expected input renders at all.
describe("a 500-event input", () => {
  it("tabulates the most-reported events over many pages and says on the cover what is left to the CSVs", async () => {
    const input = syntheticInput(500);
    expect(input.strikes.length).toBeGreaterThanOrEqual(500);
    const pdf = await renderBriefing(input);
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(pageCount(pdf)).toBeGreaterThan(25);
    if (hasPdftotext) expect(pdfText(pdf)).toMatch(/too many to tabulate: \d[\d,]* smaller events/);
  });
});

describe("a one-event input", () => {
  it("renders", async () => {
    const pdf = await renderBriefing(syntheticInput(1));
    expect(pageCount(pdf)).toBeGreaterThan(3);
  });
});
