import { beforeAll, describe, expect, it } from "vitest";
import { renderBriefing } from "./index.ts";
import { hasPdftotext, pageCount, pdfText } from "./pdf-text.ts";
import { sampleInput } from "./sample-input.ts";
import { strike } from "./test-records.ts";

if (!hasPdftotext) {
  console.warn("SKIPPED: pdftotext not found — install poppler-utils (apt-get install -y poppler-utils) to check the PDF's text.");
}

describe.skipIf(!hasPdftotext)("the briefing read back with pdftotext", () => {
  let text = "";
  let layout = "";
  let pages = 0;
  beforeAll(async () => {
    const pdf = await renderBriefing(sampleInput());
    text = pdfText(pdf);
    layout = pdfText(pdf, { layout: true });
    pages = pageCount(pdf);
  });

  it("opens with the title, the briefing date, the period and the inventory", () => {
    expect(text).toContain("salvo briefing");
    expect(text).toContain("Briefing date 2025-07-11");
    expect(text).toContain("Period covered 2025-07-03 to 2025-07-09");
    expect(text).toContain("4 sources used (of 5 articles read)");
    expect(text).toContain("4 events (4 strikes)");
    expect(text).toContain("2 diplomatic contacts");
  });

  it("states the key figures as sentences naming who gives them", () => {
    expect(text).toContain(
      "The largest attack: Russia launched 728 drones at Ukraine on 2025-07-08–09 [E4] (Ukrainian Air Force).",
    );
    expect(text).toContain("Disputed: Russian Ministry of Defence says up to 150.");
  });

  it("puts each side's figures in the comparison table, with footnotes and the dispute mark", () => {
    const row = (ref: string) => layout.split("\n").find((line) => line.startsWith(ref)) ?? "";
    expect(row("E1")).toMatch(/550¹.*478².*2³.*23⁴.*UA 87%/);
    expect(row("E2")).toMatch(/≠ 12⁵.*≠ ≤150⁶.*dozens⁷/);
    expect(row("E3")).toMatch(/UA › RU.*120⁸/);
    expect(row("E4")).toMatch(/728⁹.*296¹⁰.*415¹¹.*UA 98%/);
  });

  it("leaves out metric columns that no report fills", () => {
    const header = layout.split("\n").find((line) => line.includes("Launched") && line.includes("Intercept")) ?? "";
    expect(header).toContain("Killed");
    expect(header).not.toContain("Hit");
  });

  it("draws the charts (their titles and axis titles are SVG text)", () => {
    expect(text).toContain("Launched vs intercepted, Russia › Ukraine, per night");
    expect(text).toContain("Weapons (best estimate)");
    expect(text).toContain("Claims by side for disputed figures");
  });

  it("lists each diplomatic contact with the strikes 48 hours either side", () => {
    const timeline = layout.slice(layout.lastIndexOf("4. Strikes and diplomacy"), layout.lastIndexOf("5. Disputed and unverified"));
    const lines = timeline.split("\n").map((l) => l.trim()).filter((l) => /^(20\d\d-|same day|\d+ days? (before|after))/.test(l));
    expect(lines.map((l) => l.split(/\s{2,}/).slice(0, 3).join(" | "))).toEqual([
      "2025-07-03 · Phone call · Donald Trump and Vladimir Putin",
      "same day | E1 | 2025-07-03–04",
      "2 days after | E2 | 2025-07-05",
      "2025-07-10 · Meeting · Keith Kellogg and Volodymyr Zelensky · Rome",
      "1 day before | E4 | 2025-07-08–09",
    ]);
  });

  it("keeps vague amounts as words and lists one-sided figures", () => {
    expect(text).toContain("Amounts given only in words");
    expect(text).toMatch(/injured “dozens”⁷/);
    expect(text).toContain("Stated by one side only");
  });

  it("lists every source headline, the skipped file with its reason, and the quotes", () => {
    for (const s of sampleInput().sources) if (s.headline) expect(text).toContain(s.headline);
    expect(text).toContain("Масована атака на Київ");
    expect(text).toContain("skipped — BINARY: file is not text (a scanned PDF)");
    for (const c of sampleInput().claims) expect(text).toContain(c.quote);
  });

  it("numbers the pages in the footer", () => {
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });
});

describe.skipIf(!hasPdftotext)("a briefing from empty inputs", () => {
  it("says what is missing instead of drawing empty tables", async () => {
    const text = pdfText(await renderBriefing({ now: "2025-07-11", strikes: [], claims: [], diplomacy: [], sources: [] }));
    expect(text).toContain("Period covered No strikes in the inputs.");
    expect(text).toContain("No strikes in the inputs, so no key figures.");
    expect(text).toContain("No diplomatic contacts in the inputs.");
    expect(text).toContain("No disputed figures in the inputs.");
    expect(text).toContain("No sources in the inputs.");
  });

  it("still lists strikes when there is no diplomacy", async () => {
    const text = pdfText(await renderBriefing({ ...sampleInput(), diplomacy: [] }));
    expect(text).toContain("No diplomatic contacts in the inputs.");
    expect(text).toContain("728⁹");
  });
});

describe.skipIf(!hasPdftotext)("period totals", () => {
  it("get their own table after the single strikes, marked with their precision", async () => {
    const input = sampleInput();
    const month = strike({
      event_id: "ev_july_total", event_type: "aggregate", date_precision: "month",
      date_start: "2025-07-01", date_end: "2025-07-31", launched_ua: 6297, launched_best: 6297,
    });
    const layout = pdfText(await renderBriefing({ ...input, strikes: [...input.strikes, month] }), { layout: true });
    const totals = layout.slice(layout.indexOf("Period totals"));
    expect(totals).toMatch(/T1 +2025-07-01–31/);
    expect(totals).toContain("(month)");
    expect(totals).toContain("6,297");
  });
});

describe("renderBriefing", () => {
  it("refuses a briefing date that is not YYYY-MM-DD, with code BAD_ARGS", async () => {
    await expect(renderBriefing({ ...sampleInput(), now: "11 July 2025" })).rejects.toMatchObject({ code: "BAD_ARGS" });
  });
});
