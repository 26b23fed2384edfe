import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const figures = (text: string, metric: string) =>
  extractClaims(articleOf(text, "2024-09-04"))
    .filter((c) => c.metric === metric)
    .map((c) => c.value);

describe("one person listed before a counted group among a toll's parts", () => {
  it("counts the group, not the one person", () => {
    const text = "Lviv mourns\n\nFive people were killed in the night, among them a father and two of his sons, the mayor said.";
    expect(figures(text, "killed")).toEqual([5, 2]);
  });

  it("still counts one person told alone as a part", () => {
    const text = "Lviv mourns\n\nFive people were killed in the night, among them a father, the mayor said.";
    expect(figures(text, "killed")).toEqual([5, 1]);
  });
});
