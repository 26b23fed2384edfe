import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const tolls = (text: string) =>
  extractClaims(articleOf(text, "2025-10-22"))
    .filter((c) => c.metric === "killed" || c.metric === "injured")
    .map((c) => `${c.metric}:${c.value}:${c.claimant}`);

describe("a toll of the same amount by another source, in another place", () => {
  it("keeps a generic source's toll its paragraph places elsewhere", () => {
    const text = [
      "Drones attack Ukraine overnight",
      "Russia attacked Ukraine overnight with drones. In Dnipro, a woman was injured, governor Serhiy Lysak said.",
      "Poltava region. A 14-year-old boy was injured, the regional military administration said.",
    ].join("\n\n");
    expect(tolls(text)).toEqual(["injured:1:governor Serhiy Lysak", "injured:1:regional military administration"]);
  });

  it("still joins a generic source's toll whose paragraph names no place", () => {
    const text = [
      "Drones attack Ukraine overnight",
      "Russia attacked Ukraine overnight with drones. In Dnipro, a woman was injured, governor Serhiy Lysak said.",
      "A 14-year-old boy was injured, the regional military administration said.",
    ].join("\n\n");
    expect(tolls(text)).toEqual(["injured:1:governor Serhiy Lysak"]);
  });

  it("keeps a named source's unplaced toll apart when the source names another place elsewhere", () => {
    const text = [
      "LIVE: drone strikes",
      "08:15\nIn Kyiv, one person was killed, says Tymur Tkachenko, head of the city military administration.",
      "10:35\nA Russian drone has hit a kindergarten in Kharkiv, regional governor Oleh Syniehubov says.",
      "10:58\nSyniehubov: one man was killed in the strike on the kindergarten.",
    ].join("\n\n");
    expect(tolls(text)).toEqual(["killed:1:Tymur Tkachenko", "killed:1:Oleh Syniehubov"]);
  });

  it("still joins it when the source names the same place", () => {
    const text = [
      "LIVE: drone strikes",
      "08:15\nIn Kyiv, one person was killed, says Tymur Tkachenko, head of the city military administration.",
      "10:35\nA Russian drone has hit a house in Kyiv, mayor Vitali Klitschko says.",
      "10:58\nKlitschko: one man was killed in the strike on the house.",
    ].join("\n\n");
    expect(tolls(text)).toEqual(["killed:1:Tymur Tkachenko"]);
  });

  it("leaves a headline's restatement of the body's toll one claim", () => {
    const text = [
      "Kyiv: one killed in drone strike",
      "08:15\nIn Kyiv, one person was killed, says Tymur Tkachenko, head of the city military administration.",
      "10:35\nA Russian drone has hit a kindergarten in Kharkiv, regional governor Oleh Syniehubov says.",
    ].join("\n\n");
    expect(tolls(text)).toEqual(["killed:1:Tymur Tkachenko"]);
  });
});
