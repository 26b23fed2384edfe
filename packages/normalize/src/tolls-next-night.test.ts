import { describe, expect, it } from "vitest";
import { buildDatasets } from "./events.ts";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

const result = (id: string, published: string, text: string) => normalizeArticle(articleOf(text, published, id));
const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, figure: string) => data.claims.find((c) => c.article_id === id && `${c.metric}:${c.value}` === figure)?.event_id;

// a strike on Monday afternoon, its toll told alike by two outlets
const day = [
  result("wire", "2022-06-28", "A Russian missile hit a shopping centre in Kremenchuk on Monday afternoon, killing seven people, officials said."),
  result("agency", "2022-06-28", "Seven people were killed when a Russian missile struck a shopping centre in Kremenchuk on Monday afternoon, officials said."),
];

describe("a daytime strike's toll told with the night after it", () => {
  it("joins the daytime strike that other reports give it for ('had given a toll of seven dead on Monday night')", () => {
    const next = result("next", "2022-06-28", "Russian drones attacked Kyiv overnight. Officials in Kremenchuk had given a toll of seven dead on Monday night.");
    const data = buildDatasets([...day, next]);
    expect(eventOf(data, "next", "killed:7")).toBeDefined();
    expect(eventOf(data, "next", "killed:7")).toBe(eventOf(data, "wire", "killed:7"));
  });

  it("leaves a toll told at another place, and one that a single other report gives for the day", () => {
    const elsewhere = result("elsewhere", "2022-06-28", "Russian drones attacked Kyiv overnight. Officials in Odesa had given a toll of seven dead on Monday night.");
    const withDay = buildDatasets([...day, elsewhere]);
    expect(eventOf(withDay, "elsewhere", "killed:7")).toBeDefined();
    expect(eventOf(withDay, "elsewhere", "killed:7")).not.toBe(eventOf(withDay, "wire", "killed:7"));
    const next = result("next", "2022-06-28", "Russian drones attacked Kyiv overnight. Officials in Kremenchuk had given a toll of seven dead on Monday night.");
    const withOne = buildDatasets([day[0]!, next]);
    expect(eventOf(withOne, "next", "killed:7")).not.toBe(eventOf(withOne, "wire", "killed:7"));
  });

  it("leaves a toll below a telling size told of no place, or timed by the night ('Three people were killed overnight')", () => {
    const kremenchuk = [
      result("k1", "2022-06-28", "A Russian missile hit a shopping centre in Kremenchuk on Monday afternoon, killing three people, officials said."),
      result("k2", "2022-06-28", "Three people were killed when a Russian missile struck a shopping centre in Kremenchuk on Monday afternoon."),
    ];
    for (const text of [
      "Russian drones attacked Odesa overnight. Three people were killed, the regional governor said.",
      "Russian drones attacked the Poltava region again. Three people were killed overnight in Kremenchuk, the regional governor said.",
    ]) {
      const data = buildDatasets([...kremenchuk, result("later", "2022-06-28", text)]);
      expect(eventOf(data, "later", "killed:3"), text).toBeDefined();
      expect(eventOf(data, "later", "killed:3"), text).not.toBe(eventOf(data, "k1", "killed:3"));
    }
  });

  it("leaves a toll that another report of the night gives", () => {
    const nightOf = result("n1", "2022-06-28", "Officials in Kremenchuk had given a toll of seven dead on Monday night, after drones attacked the city.");
    const next = result("next", "2022-06-28", "Russian drones attacked Kyiv overnight. Officials in Kremenchuk had given a toll of seven dead on Monday night.");
    const data = buildDatasets([...day, nightOf, next]);
    expect(eventOf(data, "next", "killed:7")).not.toBe(eventOf(data, "wire", "killed:7"));
  });
});

