import { describe, expect, it } from "vitest";
import { buildDatasets } from "./events.ts";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

const result = (id: string, published: string, text: string) => normalizeArticle(articleOf(text, published, id));
const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, figure: string) => data.claims.find((c) => c.article_id === id && `${c.metric}:${c.value}` === figure)?.event_id;

// a day's barrage on Ukraine, and a stray that came down across the border that afternoon (an invented village)
const barrage = [
  result("wire", "2022-11-16", "Russia fired about 90 missiles at Ukraine on Tuesday, the Air Force said. In Kyiv, one person was killed, Mayor Vitali Klitschko said."),
  result("agency", "2022-11-16", "On Tuesday afternoon a missile fell on a farm in the Polish village of Zarzecze, killing two men. Russia fired about 90 missiles at Ukraine on Tuesday."),
  result("review", "2022-11-16", "On Tuesday afternoon a stray missile killed two men in the Polish village of Zarzecze. In Kyiv, one person was killed on Tuesday, Mayor Vitali Klitschko said."),
];

describe("a stray's toll told by a report that never says where it fell", () => {
  it("joins the landing that other reports place in the neighbouring country ('Two men … were killed when a missile struck the yard')", () => {
    const village = result("village", "2022-11-17", "Two men who worked at the local grain dryer were killed on Tuesday afternoon when a missile struck the yard, prosecutors said.");
    const data = buildDatasets([...barrage, village]);
    expect(eventOf(data, "agency", "killed:2")).not.toBe(eventOf(data, "wire", "launched:90"));
    expect(eventOf(data, "village", "killed:2")).toBe(eventOf(data, "agency", "killed:2"));
  });

  it("leaves a toll the strike on Ukraine gives at a place of its own ('In Kyiv, one person was killed')", () => {
    const abroadOne = [
      result("a1", "2022-11-16", "On Tuesday afternoon a missile fell on a farm in the Polish village of Zarzecze, killing one man."),
      result("a2", "2022-11-16", "A stray missile killed one man in the Polish village of Zarzecze on Tuesday afternoon."),
    ];
    const lone = result("lone", "2022-11-16", "Russia fired about 90 missiles at Ukraine on Tuesday. One person was killed, officials said.");
    const data = buildDatasets([...barrage, ...abroadOne, lone]);
    expect(eventOf(data, "lone", "killed:1")).toBe(eventOf(data, "wire", "killed:1"));
    expect(eventOf(data, "lone", "killed:1")).not.toBe(eventOf(data, "a1", "killed:1"));
  });
});
