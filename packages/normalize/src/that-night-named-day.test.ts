import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, metric: string) =>
  extractClaims(articleOf(text, "2024-03-27"))
    .filter((c) => c.metric === metric)
    .map((c) => `${c.value}:${c.date_start}..${c.date_end}`);

const odesa = "On 15 March two Iskander-M missiles hit the same district of Odesa minutes apart. The final toll was 21 dead and 75 injured, according to the regional administration.";
const grid = "After months in which Russia's strikes fell mostly on defence plants, airfields and ports, the power system returned to the top of its target list on 22 March.";

describe("a count the next sentence puts on \"that night\" after a day just named", () => {
  it("is the night that ended that day, not the attack told before it", () => {
    const text = [odesa, `${grid} The Air Force said Russia launched 88 missiles and 63 drones that night; 37 missiles and 55 drones were shot down.`].join("\n\n");
    expect(dates(text, "launched")).toEqual(["88:2024-03-21..2024-03-22", "63:2024-03-21..2024-03-22"]);
    expect(dates(text, "shot_down")).toEqual(["37:2024-03-21..2024-03-22", "55:2024-03-21..2024-03-22"]);
  });

  it("is not taken from a day named in the paragraph before", () => {
    const text = [odesa, grid, "The Air Force said Russia launched 88 missiles and 63 drones that night."].join("\n\n");
    expect(dates(text, "launched")).toEqual(["88:2024-03-14..2024-03-15", "63:2024-03-14..2024-03-15"]);
  });

  it("nor from a day still ahead of the article", () => {
    const text = [odesa, "Zelensky will travel to Rome on 30 March. The Air Force said Russia launched 88 missiles and 63 drones that night."].join("\n\n");
    expect(dates(text, "launched")).toEqual(["88:2024-03-14..2024-03-15", "63:2024-03-14..2024-03-15"]);
  });

  it("nor by a count that restates no night", () => {
    const text = [odesa, `${grid} The Air Force said Russia launched 88 missiles and 63 drones.`].join("\n\n");
    expect(dates(text, "launched")).toEqual(["88:2024-03-14..2024-03-15", "63:2024-03-14..2024-03-15"]);
  });
});
