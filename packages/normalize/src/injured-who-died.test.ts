import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const figures = (text: string) => extractClaims(articleOf(text, "2025-06-26")).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

describe("the injured who later died", () => {
  it("are no count of the injured", () => {
    expect(
      figures("The number of people killed by Tuesday's Russian missile strike on Dnipro has risen to 20, regional governor Serhiy Lysak said on Thursday, after two more of the injured died in hospital."),
    ).toEqual(["killed:20"]);
  });

  it("leaves a part of the injured told by its state", () => {
    expect(figures("Two more of the injured are in serious condition, the governor said.")).toEqual(["injured:2"]);
    expect(figures("Eight people were injured; two of the wounded were children.")).toEqual(["injured:8", "injured:2"]);
  });
});
