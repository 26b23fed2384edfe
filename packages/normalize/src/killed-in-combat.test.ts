import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const killed = (text: string) =>
  extractClaims(articleOf(text, "2023-10-05"))
    .filter((c) => c.metric === "killed")
    .map((c) => c.value);

describe("a soldier killed in action, told beside a strike", () => {
  it("is no toll of the strike", () => {
    const text =
      "Missile hits village cafe\n\nA Russian missile hit a cafe in the village on Thursday, killing 12 people, the governor said. Relatives had gathered there for the funeral of a young man killed in action near Bakhmut.";
    expect(killed(text)).toEqual([12]);
  });

  it("still counts one killed by the strike itself", () => {
    const text = "Missile hits village cafe\n\nA Russian missile hit a cafe in the village on Thursday, the governor said. A young man was killed in the strike.";
    expect(killed(text)).toEqual([1]);
    expect(killed("Russian missiles hit the town on Thursday, the governor said. Twelve people were killed in battle-scarred Bakhmut.")).toEqual([12]);
  });
});
