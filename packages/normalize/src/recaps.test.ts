import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { recapReader } from "./recaps.ts";
import { articleOf } from "./test-helpers.ts";

describe("a live page's recap of its entries", () => {
  it("finds the recap on its own line or in a list under its heading, not a summary a source gave", () => {
    const at = (text: string, words: string) => recapReader(text)(text.indexOf(words), text.indexOf(words) + words.length);
    const own = "16:20 BST\nWe're closing this live page for today. A summary: Kyiv was attacked overnight by 31 drones, with one person killed.";
    expect(at(own, "31 drones")).toBe(true);
    const list = "23:55\nThat's all from us tonight. A summary of a day in which the diplomacy of the war moved faster:\n- Trump spoke to Zelensky.\n- Earlier, Russia fired seven ballistic missiles and 123 drones at Ukraine overnight.";
    expect(at(list, "123 drones")).toBe(true);
    const paused = "23:55\nWe are pausing the live page here. The main points of the day:\n- One person was killed in Kyiv; millions are without electricity.";
    expect(at(paused, "One person")).toBe(true);
    expect(at("09:10\nThe governor published a summary of the damage. Russia fired 40 drones at the region.", "40 drones")).toBe(false);
    // (a marker after the figure on its line opens a recap of what follows, not of the figure)
    expect(at("09:10\nRussia fired 40 drones at the region. To recap: the governor asked people to stay indoors.", "40 drones")).toBe(false);
    // (a bullet under a heading that is no recap)
    expect(at("Key facts:\n- Russia fired 40 drones at the region.", "40 drones")).toBe(false);
  });

  it("drops a recap's copy of a figure an entry gives, whichever source the recap's words lend it, but keeps what only the recap tells", () => {
    const page = [
      "16:20 BST",
      "We're closing this live page for today. Thanks for following. A summary: Kyiv was attacked overnight by 31 drones, with one person killed; Russia says eight drones attacked Moscow in the morning.",
      "",
      "05:10 BST",
      "Ukraine's Air Force says Russia launched 31 Shahed attack drones overnight, and that 29 were shot down.",
      "",
      "04:50 BST",
      "Mayor Vitali Klitschko says one person has been killed in the Holosiivskyi district.",
    ].join("\n");
    const claims = extractClaims(articleOf(page, "2023-05-30")).map((c) => `${c.metric} ${c.value} ${c.claimant ?? "-"}`);
    expect(claims.filter((c) => c.startsWith("launched 31"))).toEqual(["launched 31 Ukrainian Air Force"]);
    expect(claims.filter((c) => c.startsWith("killed 1"))).toEqual(["killed 1 Mayor Vitali Klitschko"]);
    // (Moscow's eight drones: the recap is the only place that tells them)
    expect(claims.some((c) => c.startsWith("launched 8"))).toBe(true);
  });

  it("keeps a recap of an earlier day whose figure an entry gives only as a range", () => {
    const page = [
      "09:30",
      "Air Force spokesman Yurii Ihnat said four to six Kh-101 cruise missiles were fired at Kyiv.",
      "",
      "08:00",
      "A recap of Saturday: Lviv regional governor Maksym Kozytskyi said six missiles were fired at the Yavoriv district.",
    ].join("\n");
    const sixes = extractClaims(articleOf(page, "2022-06-26")).filter((c) => c.metric === "launched" && c.value === 6);
    expect(sixes.map((c) => c.value_text)).toEqual(["four to six", "six"]);
  });
});
