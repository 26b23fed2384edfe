import { describe, expect, it } from "vitest";
import { buildDatasets } from "./events.ts";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

const result = (id: string, published: string, text: string) => normalizeArticle(articleOf(text, published, id));
const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, figure: string) => data.claims.find((c) => c.article_id === id && `${c.metric}:${c.value}` === figure)?.event_id;

// a night's count, told alike by two outlets
const night = [
  result("wire", "2024-03-24", "Russia fired 29 missiles at Ukraine overnight, the Air Force said."),
  result("agency", "2024-03-24", "Overnight Russia fired 29 missiles at Ukraine, the Air Force said, and most were shot down."),
];

describe("a period's count read as a night's", () => {
  it("stands apart from the night whose reports count far fewer ('about 190 missiles at Ukraine in a single week')", () => {
    const roundup = result("roundup", "2024-03-24", "Russian forces struck Kyiv overnight, killing four people. Zelensky said Russia had fired about 190 missiles at Ukraine in a single week.");
    const data = buildDatasets([...night, roundup]);
    expect(eventOf(data, "roundup", "launched:190")).toBeDefined();
    expect(eventOf(data, "roundup", "launched:190")).not.toBe(eventOf(data, "wire", "launched:29"));
    // (the round-up's own news of the night stays the night's)
    expect(eventOf(data, "roundup", "killed:4")).toBe(eventOf(data, "wire", "launched:29"));
  });

  it("leaves a large count that names no period, and one that a single other report's count is all it is set against", () => {
    const national = result("national", "2024-03-24", "Russian forces struck Kyiv overnight. Russia fired about 190 missiles at Ukraine, Zelensky said.");
    const withNight = buildDatasets([...night, national]);
    expect(eventOf(withNight, "national", "launched:190")).toBe(eventOf(withNight, "wire", "launched:29"));
    const roundup = result("roundup", "2024-03-24", "Russian forces struck Kyiv overnight, killing four people. Zelensky said Russia had fired about 190 missiles at Ukraine in a single week.");
    const withOne = buildDatasets([night[0]!, roundup]);
    expect(eventOf(withOne, "roundup", "launched:190")).toBe(eventOf(withOne, "wire", "launched:29"));
  });

  it("leaves a night's count that a yardstick or a time beside it follows ('the largest aerial attack since the start of the war')", () => {
    const reports = [
      result("wire", "2023-12-29", "Russia fired at least 40 missiles at Ukraine overnight, officials said."),
      result("agency", "2023-12-29", "Russia fired at least 40 missiles at Ukraine overnight, the Air Force said."),
    ];
    for (const text of [
      "Russia fired 122 missiles at Ukraine overnight, the largest aerial attack since the start of the war, the Air Force said.",
      "Russia fired 122 missiles at Ukraine, the largest aerial attack since the start of the war, the Air Force said.",
      "Russia fired 122 missiles and drones at Ukraine, the most in weeks, days after talks in Istanbul.",
    ]) {
      const data = buildDatasets([...reports, result("late", "2023-12-29", text)]);
      expect(eventOf(data, "late", "launched:122"), text).toBe(eventOf(data, "wire", "launched:40"));
    }
  });

  it("sets apart a period's count that two round-ups carry alike (not taken for the night's largest)", () => {
    const text = "Russian forces struck Kyiv overnight, killing four people. Zelensky said Russia had fired about 190 missiles at Ukraine in a single week.";
    const data = buildDatasets([...night, result("roundup", "2024-03-24", text), result("digest", "2024-03-24", text)]);
    for (const id of ["roundup", "digest"]) {
      expect(eventOf(data, id, "launched:190")).toBeDefined();
      expect(eventOf(data, id, "launched:190")).not.toBe(eventOf(data, "wire", "launched:29"));
    }
  });
});
