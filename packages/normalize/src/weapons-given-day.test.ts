import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dated = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value} ${c.date_start}..${c.date_end}`);

const COUNT = "By morning, Commander-in-Chief Valerii Zaluzhnyi had given the count: Russia fired 18 missiles at Ukraine in a short space of time, and all 18 were destroyed.";

describe("a sentence that names weapons only as given or promised does not date the article's attack", () => {
  it("leaves the count the night before the article, not the night before a promise's day", () => {
    const text = `Kyiv Notes, 16 May 2023\n\n${COUNT}\n\nThe attack came as President Volodymyr Zelensky was finishing a European tour. On Monday he met Prime Minister Rishi Sunak at Chequers, where Britain promised hundreds of air defence missiles and long-range attack drones.`;
    expect(dated(text, "2023-05-16")).toContain("launched:18 2023-05-15..2023-05-16");
  });

  it("still dates the article by a sentence that tells an attack by a verb of delivering a strike", () => {
    const text = `Kyiv Notes, 16 May 2023\n\n${COUNT}\n\nThe attack came as Zelensky was finishing a European tour. On Monday, Russia delivered a massive strike on Kyiv with 40 missiles.`;
    expect(dated(text, "2023-05-16")).toContain("launched:18 2023-05-15..2023-05-15");
  });
});
