import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

describe("a day's strike by the side whose night the article does not count", () => {
  const night =
    "NIGHT OF 29–30 MAY: THE DRONES\n" +
    "The Air Force said Russia launched 31 Shahed drones from the north and the south and that 29 were destroyed. Serhiy Popko, head of the Kyiv city military administration, said more than 20 of them were shot down in the airspace around the capital, the 17th attack on Kyiv since the start of May. Debris hit the upper floors of a high-rise in the Holosiivskyi district, where a resident was killed.\n";
  const dates = (text: string, metric: string, value: number) =>
    extractClaims(articleOf(text, "2023-06-07"))
      .filter((c) => c.metric === metric && c.value === value)
      .map((c) => `${c.date_start}..${c.date_end}`);

  it("keeps Ukraine's drones on Moscow that morning apart from Russia's night on Kyiv", () => {
    const moscow = "Hours later, on the morning of 30 May, the war came to Moscow: Russia's Defence Ministry said Ukraine had attacked the capital with eight drones, five of which were shot down by Pantsir systems while three were suppressed by electronic warfare.";
    expect(dates(night + moscow, "launched", 8)).toEqual(["2023-05-30..2023-05-30"]);
  });

  it("still joins the same side's strike that morning to its night", () => {
    const kyiv = "Hours later, on the morning of 30 May, a Russian drone hit a high-rise in Kyiv, killing two people, Popko said.";
    expect(dates(night + kyiv, "killed", 2)).toEqual(["2023-05-29..2023-05-30"]);
  });
});
