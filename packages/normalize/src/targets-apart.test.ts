import { describe, expect, it } from "vitest";
import { buildDatasets } from "./events.ts";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

const result = (id: string, published: string, text: string) => normalizeArticle(articleOf(text, published, id));
const eventsOf = (data: ReturnType<typeof buildDatasets>, id: string) => new Map(data.claims.filter((c) => c.article_id === id).map((c) => [`${c.metric}:${c.value}`, c.event_id]));

describe("Ukraine's attacks of one night on different regions of Russia", () => {
  it("tells apart the regions that reports give each its own launch count ('25 drones attacked Crimea', 'three drones attacked Moscow')", () => {
    const both = (id: string) =>
      result(
        id,
        "2023-07-30",
        "Russia's Defence Ministry said three Ukrainian drones attacked Moscow overnight. One was shot down and two were jammed. In a separate statement, the ministry said 25 Ukrainian drones attacked Crimea overnight. Sixteen of them were destroyed by air defences.",
      );
    const data = buildDatasets(["a", "b", "c"].map(both));
    const a = eventsOf(data, "a");
    expect(a.get("launched:3")).not.toBe(a.get("launched:25"));
    expect(a.get("shot_down:16")).toBe(a.get("launched:25"));
    expect(a.get("jammed:2")).toBe(a.get("launched:3"));
    expect(eventsOf(data, "b").get("launched:25")).toBe(a.get("launched:25"));
  });

  it("keeps a night one event when its regions' counts are parts of one wave, or only one report gives a second region", () => {
    const parts = (id: string) =>
      result(id, "2023-07-30", "Ukraine launched 30 drones at Russia overnight, the Defence Ministry said. Of them, 12 drones attacked Crimea and 12 drones attacked the Belgorod region.");
    expect(new Set(buildDatasets(["a", "b", "c"].map(parts)).claims.map((c) => c.event_id)).size).toBe(1);
    const moscow = (id: string) => result(id, "2023-07-30", "Russia's Defence Ministry said three Ukrainian drones attacked Moscow overnight. One was shot down.");
    const crimea = result("d", "2023-07-30", "The ministry said 25 Ukrainian drones attacked Crimea overnight.");
    expect(new Set(buildDatasets([...["a", "b", "c"].map(moscow), crimea]).claims.map((c) => c.event_id)).size).toBe(1);
  });
});
