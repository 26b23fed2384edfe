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

  it("keeps the night's total with the night, not with the region whose count comes nearest ('destroyed 28 drones' before 'three attacked Moscow')", () => {
    const total = (id: string) =>
      result(
        id,
        "2023-07-30",
        "Russian air defences destroyed 28 Ukrainian drones overnight, the Defence Ministry said. It said three Ukrainian drones attacked Moscow overnight. In a separate statement, the ministry said 25 Ukrainian drones attacked Crimea overnight.",
      );
    const a = eventsOf(buildDatasets(["a", "b", "c"].map(total)), "a");
    expect(a.get("launched:3")).not.toBe(a.get("launched:25"));
    expect(a.get("shot_down:28")).not.toBe(a.get("launched:3"));
    expect(a.get("shot_down:28")).not.toBe(a.get("launched:25"));
  });

  it("keeps a night one event when reports give two regions the same count, or one region two counts, or only one report gives a second region", () => {
    const at = (text: string) => (id: string) => result(id, "2023-07-30", `Russia's Defence Ministry said ${text} overnight.`);
    const eventsIn = (results: ReturnType<typeof result>[]) => new Set(buildDatasets(results).claims.map((c) => c.event_id)).size;
    const crimea12 = at("12 Ukrainian drones attacked Crimea");
    const belgorod12 = at("12 Ukrainian drones attacked the Belgorod region");
    expect(eventsIn([...["a", "b", "c"].map(crimea12), ...["d", "e", "f"].map(belgorod12)])).toBe(1);
    const crimea25 = at("25 Ukrainian drones attacked Crimea");
    const crimea30 = at("30 Ukrainian drones attacked Crimea");
    const moscow3 = at("three Ukrainian drones attacked Moscow");
    expect(eventsIn([...["a", "b"].map(crimea25), ...["c", "d"].map(crimea30), ...["e", "f"].map(moscow3)])).toBe(1);
    expect(eventsIn([...["a", "b"].map(crimea25), ...["e", "f"].map(moscow3)])).toBe(2);
    const moscow = (id: string) => result(id, "2023-07-30", "Russia's Defence Ministry said three Ukrainian drones attacked Moscow overnight. One was shot down.");
    const crimea = result("d", "2023-07-30", "The ministry said 25 Ukrainian drones attacked Crimea overnight.");
    expect(new Set(buildDatasets([...["a", "b", "c"].map(moscow), crimea]).claims.map((c) => c.event_id)).size).toBe(1);
  });
});
