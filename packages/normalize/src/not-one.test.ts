import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const figures = (text: string) => extractClaims(articleOf(text, "2023-01-16")).map((c) => `${c.metric}:${c.value}`);

describe("'not one' of the weapons", () => {
  it("is none downed, no count of one", () => {
    const text = "Kh-22 missiles\n\nRussia has fired more than 200 Kh-22 missiles at Ukraine since the invasion began, and not one of them has been intercepted, the spokesman said.";
    expect(figures(text)).toEqual(["launched:200"]);
  });

  it("still counts one of them downed", () => {
    const text = "Kh-22 missiles\n\nRussia fired four Kh-22 missiles at the city overnight, and one of them was intercepted, the spokesman said.";
    expect(figures(text)).toEqual(["launched:4", "shot_down:1"]);
  });
});
