import { describe, expect, it } from "vitest";
import { buildDatasets } from "./events.ts";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

const result = (id: string, published: string, text: string) => normalizeArticle(articleOf(text, published, id));
const datesOf = (data: ReturnType<typeof buildDatasets>, id: string, figure: string) => {
  const c = data.claims.find((x) => x.article_id === id && `${x.metric}:${x.value}` === figure);
  return c ? `${c.date_start}..${c.date_end}` : null;
};

// the night of 16-17 June 2025 on Kyiv, told as news the morning after
const news = [
  result("wire", "2025-06-17", "Russian missiles and drones killed 28 people in Kyiv overnight, the city's military administration said."),
  result("portal", "2025-06-17", "A massive overnight attack by Russian drones and missiles killed 28 people in Kyiv, officials said on Tuesday."),
];

describe("a strike recalled by its bare day", () => {
  it("takes the night the news reports give it ('Kyiv was last hit this hard on June 17, when … killed 28 people')", () => {
    const later = result("later", "2025-07-04", "Kyiv was last hit this hard on June 17, when a Russian missile and drone attack killed 28 people in the capital.");
    expect(datesOf(buildDatasets([later]), "later", "killed:28")).toBe("2025-06-17..2025-06-17");
    expect(datesOf(buildDatasets([...news, later]), "later", "killed:28")).toBe("2025-06-16..2025-06-17");
  });

  it("keeps a day the recalling sentence places itself ('On the morning of June 17, …'), and one news report alone", () => {
    const morning = result("morning", "2025-07-04", "On the morning of June 17, a Russian missile and drone attack killed 28 people in the capital.");
    expect(datesOf(buildDatasets([...news, morning]), "morning", "killed:28")).toBe("2025-06-17..2025-06-17");
    const afternoon = result("afternoon", "2025-07-04", "On the afternoon of June 17, a Russian missile killed 28 people in Kyiv.");
    expect(datesOf(buildDatasets([...news, afternoon]), "afternoon", "killed:28")).toBe("2025-06-17..2025-06-17");
    const later = result("later", "2025-07-04", "Kyiv was last hit this hard on June 17, when a Russian missile and drone attack killed 28 people in the capital.");
    expect(datesOf(buildDatasets([news[0]!, later]), "later", "killed:28")).toBe("2025-06-17..2025-06-17");
  });

  it("a toll told the day after takes the night the same day's reports give ('the toll from Wednesday's missile strike has risen')", () => {
    const sameDay = [
      result("a", "2025-11-19", "Russian missiles struck two apartment blocks in Ternopil overnight, killing 26 people, officials said."),
      result("b", "2025-11-19", "A Russian overnight missile attack on Ternopil killed 26 people, the Interior Ministry said on Wednesday."),
    ];
    const nextDay = result("next", "2025-11-20", "The number of people killed in Wednesday's Russian missile strike on Ternopil has risen to 26, the Interior Ministry said.");
    expect(datesOf(buildDatasets([nextDay]), "next", "killed:26")).toBe("2025-11-19..2025-11-19");
    expect(datesOf(buildDatasets([...sameDay, nextDay]), "next", "killed:26")).toBe("2025-11-18..2025-11-19");
    // (not from reports of its own day, which tell it no sooner than it does)
    const others = ["c", "d"].map((id) => result(id, "2025-11-20", "Russian missiles struck two apartment blocks in Ternopil early on Wednesday, killing 26 people, officials said."));
    expect(datesOf(buildDatasets([...others, nextDay]), "next", "killed:26")).toBe("2025-11-19..2025-11-19");
  });

  it("keeps the night its own sentence says ('Early on Friday, a Ukrainian drone struck …') against news reports that give the day", () => {
    const day = ["e", "f"].map((id) => result(id, "2024-08-16", "A Ukrainian drone struck an oil depot in the Bryansk region on Friday, killing two people, the governor said."));
    const early = result("early", "2024-08-20", "Early on Friday, a Ukrainian drone struck an oil depot in the Bryansk region, killing two people.");
    expect(datesOf(buildDatasets([...day, early]), "e", "killed:2")).toBe("2024-08-16..2024-08-16");
    expect(datesOf(buildDatasets([...day, early]), "early", "killed:2")).toBe("2024-08-15..2024-08-16");
  });
});
