import { describe, expect, it } from "vitest";
import { buildDatasets } from "./events.ts";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

const result = (id: string, published: string, text: string) => normalizeArticle(articleOf(text, published, id));
const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, figure: string) => data.claims.find((c) => c.article_id === id && `${c.metric}:${c.value}` === figure)?.event_id;

// a daytime barrage, its count told alike by two outlets
const dayOf = (n: string) => [
  result("wire", "2024-07-09", `Russia fired ${n} missiles at Ukrainian cities in a daytime attack on Monday, the Air Force said.`),
  result("agency", "2024-07-09", `In a daytime attack on Monday, Russia fired ${n} missiles at Ukrainian cities, the Air Force said.`),
];

describe("a daytime barrage's count read as the night before", () => {
  it("joins the daytime strike that other reports give it for ('fired 38 missiles at Ukraine overnight')", () => {
    const early = result("early", "2024-07-08", "Russia fired 38 missiles at Ukraine overnight, the Air Force said.");
    const data = buildDatasets([...dayOf("38"), early]);
    expect(eventOf(data, "early", "launched:38")).toBeDefined();
    expect(eventOf(data, "early", "launched:38")).toBe(eventOf(data, "wire", "launched:38"));
  });

  it("leaves a count the night's own reports give, and a small one", () => {
    const early = result("early", "2024-07-08", "Russia fired 38 missiles at Ukraine overnight, the Air Force said.");
    const night = result("night", "2024-07-08", "Overnight, Russia fired 38 missiles at Ukraine, the Air Force said.");
    const told = buildDatasets([...dayOf("38"), early, night]);
    expect(eventOf(told, "early", "launched:38")).not.toBe(eventOf(told, "wire", "launched:38"));
    const few = result("few", "2024-07-08", "Russia fired eight missiles at Ukraine overnight, the Air Force said.");
    const small = buildDatasets([...dayOf("eight"), few]);
    expect(eventOf(small, "few", "launched:8")).toBeDefined();
    expect(eventOf(small, "few", "launched:8")).not.toBe(eventOf(small, "wire", "launched:8"));
  });
});
