import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric value:claimant:side per figure. */
function sources(text: string, published = "2023-12-29"): string[] {
  return extractClaims(articleOf(text, published)).map((c) => `${c.metric} ${c.value}:${c.claimant ?? "-"}:${c.claimant_side}`);
}

describe("a speaker is a noun phrase, not the place a sentence opens on", () => {
  it("reads the official after ', says' past an opening 'In Dnipro,' (not the place as a speaker of no side)", () => {
    expect(sources("In Dnipro, the death toll has risen to five, with more than 20 people injured, says regional governor Serhiy Lysak.")).toEqual([
      "killed 5:regional governor Serhiy Lysak:UA",
      "injured 20:regional governor Serhiy Lysak:UA",
    ]);
    expect(sources("In the Kirovohrad region, an eight-year-old child was injured, informed the head of the regional military administration Andriy Raikovych.", "2024-05-08")).toEqual([
      "injured 1:head of the regional military administration Andriy Raikovych:UA",
    ]);
  });

  it("keeps the speaker named before the verb and a third state the sentence opens in", () => {
    expect(sources("In Kharkiv, three people were injured, the mayor said.", "2024-05-08")).toEqual(["injured 3:mayor:UA"]);
    expect(sources("In neighbouring Belarus, the Defence Ministry said its air defence had shot down two drones.", "2024-05-08")).toEqual(["shot_down 2:Defence Ministry:other"]);
  });
});
