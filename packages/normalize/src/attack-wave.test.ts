import { describe, expect, it } from "vitest";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

const datesOf = (text: string, published: string) =>
  normalizeArticle(articleOf(text, published)).claims.filter((c) => c.metric === "launched").map((c) => [c.date_start, c.date_end]);

const monday = "Nineteen people were killed in Monday's strikes.\n\n";
const counted = " Ukraine's Air Force said Russia launched 28 cruise missiles during the day, of which 20 were destroyed.";

describe("an attack told as a wave", () => {
  it("dates the counts told after it ('kept up the pressure on Tuesday with a smaller wave aimed at power stations')", () => {
    expect(datesOf(`${monday}Russia kept up the pressure on Tuesday with a smaller wave aimed mainly at power stations.${counted}`, "2022-10-11")).toEqual([["2022-10-11", "2022-10-11"]]);
    expect(datesOf(`${monday}Russia kept up the pressure on Tuesday with a new wave of drones.${counted}`, "2022-10-11")).toEqual([["2022-10-11", "2022-10-11"]]);
  });

  it("not a wave of something else: the counts keep the attack told before ('a wave of criticism', 'a heat-wave')", () => {
    expect(datesOf(`${monday}Russia kept up the pressure on Tuesday with a wave of criticism of the West.${counted}`, "2022-10-11")).toEqual([["2022-10-10", "2022-10-10"]]);
    // (the words allowed after "wave" are the attack's, so a wave no list foresaw is none either: "a heat-wave", "a wave of disinformation")
    expect(datesOf(`${monday}Russia kept up the pressure on Tuesday despite a heat-wave.${counted}`, "2022-10-11")).toEqual([["2022-10-10", "2022-10-10"]]);
    expect(datesOf(`${monday}Russia kept up the pressure on Tuesday with a wave of disinformation.${counted}`, "2022-10-11")).toEqual([["2022-10-10", "2022-10-10"]]);
  });
});
