import { describe, expect, it } from "vitest";
import { buildDatasets } from "./events.ts";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";
import { figureClause, landedAbroad } from "./third-country.ts";

const result = (id: string, published: string, text: string) => normalizeArticle(articleOf(text, published, id));
const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, figure: string) => data.claims.find((c) => c.article_id === id && `${c.metric}:${c.value}` === figure)?.event_id;

describe("figures of a landing in a neighbouring country", () => {
  it("reads where the figure's own clause puts it", () => {
    const quote = "A week earlier, on Nov. 15, Russia launched around 100 missiles - its largest single attack of the war - and a stray missile killed two men in the Polish village of Przewodów near the Ukrainian border.";
    expect(landedAbroad({ quote, value_text: "two" })).toBe(true);
    // (the barrage's count, a dash before the landing)
    expect(figureClause(quote, "around 100")).toBe("A week earlier, on Nov. 15, Russia launched around 100 missiles");
    expect(landedAbroad({ quote, value_text: "around 100" })).toBe(false);
    expect(landedAbroad({ quote: "A missile struck farmland in eastern Poland on Tuesday afternoon, killing two people.", value_text: "two" })).toBe(true);
    expect(landedAbroad({ quote: "Poland's Foreign Ministry says a Russian-made missile fell on Przewodów at 15:40 local time, killing two Polish citizens.", value_text: "two" })).toBe(true);
  });

  it("leaves a place in Ukraine told by its distance from a neighbour, and a visit there", () => {
    expect(landedAbroad({ quote: "In Lutsk, about 140 kilometers from the Polish border, four missiles hit the military airfield, killing two servicemen.", value_text: "two" })).toBe(false);
    expect(landedAbroad({ quote: "President Volodymyr Zelenskyy, who was in Poland, put the number at more than 40.", value_text: "more than 40" })).toBe(false);
    expect(landedAbroad({ quote: "Russia attacked Kyiv with nearly 600 drones overnight, killing at least two people in the capital and forcing neighbouring Poland to scramble military aircraft.", value_text: "at least two" })).toBe(false);
  });

  it("reads the neighbour only where it governs the figure, not an aside or another clause beside it", () => {
    const launch = "Russia launched 415 drones and 40 missiles at Ukraine overnight, several of which strayed into Poland, the Air Force said.";
    expect(landedAbroad({ quote: launch, value_text: "415" })).toBe(false);
    expect(landedAbroad({ quote: launch, value_text: "40" })).toBe(false);
    expect(landedAbroad({ quote: "Zelensky, speaking at a press conference in Poland on Tuesday, said 12 people were killed in Kyiv overnight.", value_text: "12" })).toBe(false);
    expect(landedAbroad({ quote: "Russian strikes killed 20 people in Kyiv, including two Polish citizens, officials said.", value_text: "20" })).toBe(false);
    expect(landedAbroad({ quote: "Ukraine's air defence shot down 386 drones overnight, as Polish jets downed several over Poland.", value_text: "386" })).toBe(false);
    expect(landedAbroad({ quote: "Russia launched 60 drones at Ukraine, some of them over Moldova, the Air Force said.", value_text: "60" })).toBe(false);
    expect(landedAbroad({ quote: "Russia launched 60 drones at Ukraine over Moldova overnight.", value_text: "60" })).toBe(false);
    // (counter-examples: the figure's own landing or victims)
    expect(landedAbroad({ quote: "That afternoon a missile fell on a grain dryer in the Polish village of Przewodów, killing two men.", value_text: "two" })).toBe(true);
    expect(landedAbroad({ quote: "Officials said a missile fell in the Polish village of Przewodów, killing two men.", value_text: "two" })).toBe(true);
    expect(landedAbroad({ quote: "The Nov. 15 blast in the Polish village of Przewodów, where two farm workers were killed by a stray missile.", value_text: "two" })).toBe(true);
    expect(landedAbroad({ quote: "At 15:40, an explosion at a grain dryer in Przewodów, in eastern Poland, killed two men.", value_text: "two" })).toBe(true);
    expect(landedAbroad({ quote: "Polish officials said at least eight of the drones had been aimed towards Poland.", value_text: "at least eight" })).toBe(true);
  });

  it("reads a weapon that only crossed a neighbour's airspace, past an attribution set between commas", () => {
    expect(landedAbroad({ quote: "The barrage was the largest of the war, and one of its missiles, Polish generals said, crossed briefly over Polish territory.", value_text: "one" })).toBe(true);
    expect(landedAbroad({ quote: "A Russian drone, the Romanian Defence Ministry said, came into Romanian airspace for a few minutes.", value_text: "A" })).toBe(true);
    // (counter-examples: the aside ends the launch's clause, and another one tells of the stray)
    expect(landedAbroad({ quote: "Russia launched 120 missiles, the Air Force said, and one of them entered Polish airspace.", value_text: "120" })).toBe(false);
    expect(landedAbroad({ quote: "Russia launched 120 missiles at Ukraine, the Air Force said, as Poland scrambled jets over Polish territory.", value_text: "120" })).toBe(false);
    expect(landedAbroad({ quote: "Russia launched 415 drones overnight, Ukraine's air force said, forcing NATO jets into Polish airspace.", value_text: "415" })).toBe(false);
  });

  it("makes the landing an event apart from the barrage on Ukraine of that day", () => {
    const data = buildDatasets([
      result("wire", "2022-11-16", "Russia launched about 100 missiles at Ukraine on Tuesday, the Air Force said. That afternoon a missile fell on a grain dryer in the Polish village of Przewodów, killing two men."),
      result("local", "2022-11-16", "A missile struck farmland in eastern Poland on Tuesday afternoon, killing two people."),
      result("kyiv", "2022-11-16", "Russia launched about 100 missiles at Ukraine on Tuesday, officials said. In Kyiv, two people were killed."),
    ]);
    expect(eventOf(data, "wire", "killed:2")).toBe(eventOf(data, "local", "killed:2"));
    expect(eventOf(data, "wire", "killed:2")).not.toBe(eventOf(data, "wire", "launched:100"));
    expect(eventOf(data, "kyiv", "killed:2")).not.toBe(eventOf(data, "local", "killed:2"));
  });

  it("places a toll its neighbour's own state gives in that country, not a toll a leader gives or one told with its place", () => {
    const toll = (claimant: string, places: string[] = []) => landedAbroad({ quote: "Two men working there were killed, the Polish Foreign Ministry said.", value_text: "Two", metric: "killed", claimant, places });
    expect(toll("Polish Foreign Ministry")).toBe(true);
    expect(toll("Moldova's Interior Ministry")).toBe(true);
    expect(toll("the Romanian Defence Ministry")).toBe(true);
    // (a leader speaks of Ukraine's dead too; a ministry that names Kyiv condemns a strike there)
    expect(toll("Polish Prime Minister Donald Tusk")).toBe(false);
    expect(toll("Polish Foreign Ministry", ["Kyiv"])).toBe(false);
    expect(toll("Ukrainian Foreign Ministry")).toBe(false);
    // (a count of weapons is not a toll: "Poland's army said 19 drones entered its airspace" is read by its own words)
    expect(landedAbroad({ quote: "Russia launched 415 drones, the Polish army said.", value_text: "415", metric: "launched", claimant: "Polish army", places: [] })).toBe(false);
  });

  it("keeps a barrage or a Kyiv toll told beside a neighbour in the barrage's event", () => {
    const data = buildDatasets([
      result("a", "2025-09-10", "Russia launched 415 drones and 40 missiles at Ukraine overnight, several of which strayed into Poland, the Air Force said."),
      result("b", "2025-09-10", "Russia launched 415 drones and 40 missiles at Ukraine overnight, the Air Force said."),
      result("c", "2025-09-10", "Zelensky, speaking at a press conference in Poland on Tuesday, said 12 people were killed in Kyiv overnight."),
      result("d", "2025-09-10", "Russian strikes killed 12 people in Kyiv overnight, officials said."),
    ]);
    expect(eventOf(data, "a", "launched:415")).toBe(eventOf(data, "b", "launched:415"));
    expect(eventOf(data, "c", "killed:12")).toBe(eventOf(data, "d", "killed:12"));
  });
});
