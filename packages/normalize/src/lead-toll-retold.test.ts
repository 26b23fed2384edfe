import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { pageOf } from "./test-helpers.ts";

// (as ingest reads an article: its headline apart from the body's sentences)
const tolls = (text: string, pub: string) =>
  extractClaims(pageOf(text, { published: pub }))
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
    expect(extractClaims(pageOf(text, { published: "2024-10-15" })).find((c) => c.metric === "killed")?.date_end).toBe("2024-10-14");
  });

  it("stays two tolls where the body's copy is of another place", () => {
    const text =
      "Drones hit Kharkiv\n\n" +
      "KYIV, Oct 15 (Wire) - Russian drones struck Kharkiv late on Monday, killing two people, Ukrainian officials said on Tuesday.\n\n" +
      "In Odesa, two people were killed overnight when a drone hit a warehouse, regional governor Oleh Kiper said.";
    expect(tolls(text, "2024-10-15")).toEqual(["2 Ukrainian officials", "2 regional governor Oleh Kiper"]);
  });

  it("takes the lead for the body's first paragraph, not whatever line comes after the headline", () => {
    // (a page's byline and photo caption over the lead stay in its text, though they are no sentences: the lead is still the
    // first paragraph of prose, and the body's morning account of its toll, dated by that morning, is one toll with it)
    const text =
      "Five killed, 30 injured: what we know about the dawn missile strike on Rivne\n\n" +
      "By Olha Marchenko · 12 May 2024, 19:10\n\n" +
      "Rescuers at a burning house near the bus station, Sunday morning. Photo: State Emergency Service\n\n" +
      "Five people were killed in Sunday's Russian missile attack on Rivne, and 30 people have gone to the city's hospitals with injuries, Mayor Oleksandr Tretiak said in the evening. Monday has been declared a day of mourning in the city.\n\n" +
      "The first blasts were heard shortly before 4 a.m. Missiles hit streets around the bus station. Rescuers searched the rubble until about 11:30, when the emergency service said the search was over.\n\n" +
      "One family\n\n" +
      "Among the dead are a father and his two sons, the mayor said.\n\n" +
      "In the morning the head of the regional military administration, Oleksandr Koval, had said that five people were killed, including two children.\n\n" +
      "The night across Ukraine\n\n" +
      "Ukraine's Air Force said Russia had attacked the country overnight with 30 air weapons: 10 missiles and 20 Shahed drones.";
    expect(tolls(text, "2024-05-12")).toEqual(["5 Mayor Oleksandr Tretiak", "2 Oleksandr Koval"]);
  });
});
