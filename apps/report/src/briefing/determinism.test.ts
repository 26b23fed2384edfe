import { describe, expect, it } from "vitest";
import { renderBriefing } from "./index.ts";
import { sampleInput } from "./sample-input.ts";

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString("latin1");

describe("the same input", () => {
  it("gives byte-identical PDFs on two renders", async () => {
    const first = await renderBriefing(sampleInput());
    const second = await renderBriefing(sampleInput());
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it("gives the same bytes in another time zone", async () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const utc = await renderBriefing(sampleInput());
      process.env.TZ = "Pacific/Kiritimati"; // UTC+14: any local-date slip would show
      const far = await renderBriefing(sampleInput());
      expect(Buffer.from(utc).equals(Buffer.from(far))).toBe(true);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it("gives the same bytes whatever the order of the input rows", async () => {
    const input = sampleInput();
    const shuffled = {
      ...input,
      strikes: [...input.strikes].reverse(),
      claims: [...input.claims].reverse(),
      diplomacy: [...input.diplomacy].reverse(),
      sources: [...input.sources].reverse(),
    };
    expect(Buffer.from(await renderBriefing(input)).equals(Buffer.from(await renderBriefing(shuffled)))).toBe(true);
  });
});

describe("the PDF metadata", () => {
  it("pins the creation and modification dates to the briefing date", async () => {
    const raw = latin1(await renderBriefing(sampleInput()));
    // pdfkit writes each info value as its own object: `/CreationDate 108 0 R` … `108 0 obj (D:…)`.
    const value = (key: string) => {
      const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw)?.[1];
      return new RegExp(`\\n${ref} 0 obj\\n\\((.*)\\)\\nendobj`).exec(raw)?.[1];
    };
    expect(value("CreationDate")).toBe("D:20250711000000Z");
    expect(value("ModDate")).toBe("D:20250711000000Z");
    expect(value("Creator")).toBe("salvo");
  });
});
