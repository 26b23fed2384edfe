import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, in order. */
const figures = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

describe("'all 31 missiles aimed at Kyiv were shot down': the downed, with no launch", () => {
  it("reads only the fate of a count aimed at a target and told as its subject", () => {
    expect(figures("And on Thursday, all 31 missiles aimed at Kyiv were shot down.")).toEqual(["shot_down:31"]);
    expect(figures("The air force commander said all 10 of the hypersonic Kinzhal missiles aimed at the capital had been shot down.")).toEqual(["shot_down:10"]);
  });

  it("still reads the launch of a count fired at a target, or aimed at it as the object of the downing", () => {
    expect(figures("And on Thursday, all 31 missiles fired at Kyiv were shot down.")).toEqual(["launched:31", "shot_down:31"]);
    expect(figures("Air defence destroyed all 15 cruise missiles and 21 attack drones aimed at Kyiv region.")).toEqual(["launched:15", "shot_down:15", "launched:21", "shot_down:21"]);
  });
});
