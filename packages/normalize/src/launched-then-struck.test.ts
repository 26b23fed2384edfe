import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value/weapon per figure, in order. */
const figures = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}/${c.weapon ?? "-"}`);

// figures.ts: the main verb of striking after who fired or flew the weapons, its pluperfect too
describe("weapons told by who fired or flew them, then what they struck", () => {
  it("reads the strike as the main verb, 'had hit' as 'hit'", () => {
    expect(figures("An SBU source said at least three drones operated by the service's Alpha unit had hit the refinery.")).toEqual(["hit:3/drone"]);
    expect(figures("A security source said four drones launched by military intelligence had struck the airfield.")).toEqual(["hit:4/drone"]);
  });

  it("leaves a launch whose fate is told otherwise, and a verb of another subject", () => {
    expect(figures("The ministry said 12 drones operated by Ukraine were shot down over the Kursk region.")).toEqual(["shot_down:12/drone"]);
    expect(figures("Russia fired 11 missiles launched from bombers and drones hit Kyiv.")).toEqual(["launched:11/missile"]);
  });
});

// figures.ts: "operated by" only leads into a strike verb; a relative clause's strike is not the main verb
describe("who flew the weapons, with no strike of their own told", () => {
  it("reads no launch from 'operated by'", () => {
    expect(figures("Russia has about 100 Shahed drones operated by Iranian instructors in Crimea.")).toEqual([]);
    expect(figures("Two drones operated by the SBU were found crashed near the border.")).toEqual([]);
  });

  it("leaves a relative clause with its own subject", () => {
    expect(figures("Officials said 12 drones launched at the city that residents said had hit a school.")).toEqual(["launched:12/drone"]);
  });
});
