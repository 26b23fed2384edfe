import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultOptions, runInProcess } from "../pipeline.ts";
import { loadExpected, seedsAvailable, withSeedsCopy, SEEDS_DIR } from "../test/seeds.ts";
import { hasPdftotext, pdfText } from "./pdf-text.ts";
import { bytesOf, textOf } from "../body.ts";

const run = seedsAvailable && hasPdftotext;
if (!run) console.warn(`seed briefing test SKIPPED: ${seedsAvailable ? "no pdftotext (apt-get install poppler-utils)" : `no seeds in ${SEEDS_DIR}`}`);

describe.skipIf(!run)("the briefing for the five seed articles", () => {
  let text: string;
  let strikes: Array<Record<string, string>>;
  beforeAll(async () => {
    const out = await withSeedsCopy(await loadExpected(), (dir) => runInProcess(defaultOptions(dir)));
    text = pdfText(bytesOf(out.files.get("briefing.pdf")!)).replace(/\s+/g, " ");
    strikes = parse(textOf(out.files.get("strikes.csv")!), { columns: true }) as Array<Record<string, string>>;
  });

  it("shows the 111-drone Dnipro attack, the 108/35/58 split and the 145-drone attack", () => {
    expect(text).toMatch(/≥\s?111|at least 111/);
    expect(text).toContain("Dnipropetrovsk region");
    for (const n of ["108", "35", "58", "145"]) expect(text).toMatch(new RegExp(`\\b${n}\\b`));
  });

  it("keeps Russia's claim of 34 drones downed over Moscow as its own event", () => {
    const moscow = strikes.find((s) => s.attacker === "UA" && s.shot_down_ru === "34");
    expect(moscow?.date_start).toBe("2024-11-10");
    expect(strikes.find((s) => s.attacker === "RU" && s.launched_ua === "145")?.event_id).not.toBe(moscow?.event_id);
    expect(text).toMatch(/\b34\b/);
  });

  it("lists the three Trump–Putin calls on their dates", () => {
    for (const d of ["2024-11-07", "2025-05-19", "2025-12-29"]) expect(text).toContain(d);
  });
});
