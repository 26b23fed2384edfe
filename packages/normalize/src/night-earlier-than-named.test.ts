import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const killed = (text: string, published: string) =>
  extractClaims(articleOf(text, published))
    .filter((c) => c.metric === "killed")
    .map((c) => `${c.date_start}..${c.date_end}`);

describe("'a night earlier' after a night its sentence named (relativeBaseOf)", () => {
  const lead = "On the night of 25 to 26 September the target was the Danube port of Izmail; a night earlier, missiles and drones were aimed at the port of Odesa, where two people died.";
  it("is the night before that night, not before a byline's date", () => {
    expect(killed(`Olena Hrytsenko · 26.09.2023, 11:20\n${lead}`, "2023-09-26")).toEqual(["2023-09-24..2023-09-25"]);
  });

  it("counts from the date before it when its sentence names none", () => {
    expect(killed("Russia struck Odesa on 3 September. A night earlier, missiles were aimed at the port of Izmail, where two people died.", "2023-09-05")).toEqual(["2023-09-02..2023-09-03"]);
  });
});
