import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, with "/m" for missiles. */
const figures = (text: string): string[] => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}${c.weapon === "missile" ? "/m" : ""}`);

describe("two counts that share a fate, 'respectively'", () => {
  it("gives each the weapon of the count before it in the same place: 'with 37 and 29 destroyed respectively'", () => {
    expect(figures("Russia launched 40 cruise missiles and 35 drones overnight, with 37 and 29 destroyed respectively.")).toEqual(["launched:40/m", "launched:35", "shot_down:37/m", "shot_down:29"]);
    expect(figures("Russia fired 55 missiles and 21 drones; 39 and 20 were destroyed respectively.")).toEqual(["launched:55/m", "launched:21", "shot_down:39/m", "shot_down:20"]);
  });

  it("pairs nothing without 'respectively', nor with counts before of one weapon or fewer than the fates", () => {
    expect(figures("Russia launched 40 cruise missiles and 35 drones, and 37 and 29 were destroyed.")).not.toContain("shot_down:37/m");
    expect(figures("Russia launched 40 drones and 35 drones, with 37 and 29 destroyed respectively.")).not.toContain("shot_down:37/m");
    expect(figures("Russia launched 30 cruise missiles and 35 drones, with 37 and 29 destroyed respectively.")).not.toContain("shot_down:37/m");
  });
});
