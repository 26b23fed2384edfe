import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";
import { opensWithStrike } from "./struck-opening.ts";
import { tokenize } from "./tokens.ts";

/** value:side per figure. */
const sides = (text: string, published = "2024-07-09") => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.claimant_side}`);

describe("weapons that struck told as the subject their sentence opens with", () => {
  it("are the outlet's telling, not carried to the body that counted the weapons", () => {
    expect(sides("The same morning, Russia fired 38 missiles at Ukrainian cities, according to Ukraine's Air Force, which said 30 were intercepted. One struck the Okhmatdyt children's hospital in Kyiv.")).toEqual([
      "launched:38:UA",
      "shot_down:30:UA",
      "hit:1:unknown",
    ]);
    expect(sides("Russia launched 10 Kalibr missiles at western Ukraine, the Air Force said. In Ternopil, two Kh-101 cruise missiles tore into apartment blocks before dawn.")).toEqual([
      "launched:10:UA",
      "hit:2:unknown",
    ]);
  });

  it("not the tally of fates the body goes on with, 'the missile' it just counted, nor an official who tells his city's damage", () => {
    expect(sides("Russia fired four missiles at Odesa overnight, the Air Force said. Three were intercepted, but one hit the warehouse of a food retail chain.")).toEqual([
      "launched:4:UA",
      "shot_down:3:UA",
      "hit:1:UA",
    ]);
    expect(sides("Russia struck Ukraine with one Iskander-M ballistic missile and 19 Shahed drones, according to the Air Force. All 19 drones were destroyed. The missile hit an infrastructure facility in Sumy Oblast.")).toContain("hit:1:UA");
    expect(sides("Russia fired 15 missiles at Kharkiv, Governor Oleh Syniehubov said. Two missiles hit the city centre.")).toEqual(["launched:15:UA", "hit:2:UA"]);
  });

  it("reads the opening: a bullet or a place before the amount, and nothing after it that tells another fate or counts targets", () => {
    const opens = (text: string, first: number) => opensWithStrike(tokenize(text, 0), first);
    expect(opens("- In Mukachevo, Zakarpattia region, two cruise missiles struck the plant.", 7)).toBe(true);
    expect(opens("One of them hit a vocational lyceum in Rzhyshchiv.", 0)).toBe(true);
    expect(opens("Two missiles hit their targets.", 0)).toBe(false);
    expect(opens("One was shot down and one hit a house.", 0)).toBe(false);
    expect(opens("Later, two missiles hit the port.", 2)).toBe(false);
  });
});
