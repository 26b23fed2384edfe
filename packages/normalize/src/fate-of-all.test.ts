import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, in order. */
const figures = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

describe("'all of which were intercepted' past where the count was fired", () => {
  it("reads the count downed past place and time phrases", () => {
    expect(figures("Russia fired eight ballistic missiles at Kyiv from the direction of the Bryansk region, all of which were intercepted.")).toEqual(["launched:8", "shot_down:8"]);
    expect(figures("Russia fired six Kalibr missiles at Odesa overnight, all of which were shot down.")).toEqual(["launched:6", "shot_down:6"]);
  });

  it("does not reach past another clause, which may hold what 'all of which' tells of", () => {
    expect(figures("Russia fired 20 drones at Kyiv overnight while Ukraine sent drones toward Moscow and the Bryansk region, all of which were intercepted.")).toEqual(["launched:20"]);
    expect(figures("Russia fired 20 drones at Kyiv overnight, and Ukrainian drones flew toward the Bryansk and Kursk regions, all of which were intercepted.")).toEqual(["launched:20"]);
    expect(figures("Russia fired 26 missiles at Ukraine overnight, and Ukraine responded with attacks on the Crimean bridge, all of which were shot down.")).toEqual(["launched:26"]);
  });
});
