import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const tolls = (text: string, pub: string) =>
  extractClaims(articleOf(text, pub))
    .filter((c) => c.metric === "killed")
    .map((c) => `${c.value} ${c.claimant ?? "-"}`);

describe("a toll the lead sums up and the body tells again", () => {
  it("is one toll, the body's named source's, whatever day the lead's words give it", () => {
    const text =
      "Missile hits grain ship in Odesa port\n\n" +
      "KYIV, Oct 15 (Wire) - A Russian ballistic missile hit a cargo ship in the port of Odesa late on Monday, killing one person, Ukrainian officials said on Tuesday.\n\n" +
      "Odesa regional governor Oleh Kiper said the missile struck the vessel overnight as it took on grain, killing a dock worker and injuring six people.";
    expect(tolls(text, "2024-10-15")).toEqual(["1 Odesa regional governor Oleh Kiper"]);
    // (and the lead's day, "late on Monday", within the body's night into Tuesday)
    expect(extractClaims(articleOf(text, "2024-10-15")).find((c) => c.metric === "killed")?.date_end).toBe("2024-10-14");
  });

  it("stays two tolls where the body's copy is of another place", () => {
    const text =
      "Drones hit Kharkiv\n\n" +
      "KYIV, Oct 15 (Wire) - Russian drones struck Kharkiv late on Monday, killing two people, Ukrainian officials said on Tuesday.\n\n" +
      "In Odesa, two people were killed overnight when a drone hit a warehouse, regional governor Oleh Kiper said.";
    expect(tolls(text, "2024-10-15")).toEqual(["2 Ukrainian officials", "2 regional governor Oleh Kiper"]);
  });
});
