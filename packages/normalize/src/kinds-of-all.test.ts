import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, with "/m" for missiles. */
const figures = (text: string): string[] => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}${c.weapon === "missile" ? "/m" : ""}`);

describe("the kinds of every weapon downed, listed after a colon", () => {
  it("reads the list after 'all 31 missiles fired at the capital:' as the launch by kind", () => {
    expect(figures("The Air Force said it had shot down all 31 missiles fired at the capital: two Iskander-M ballistic missiles and 29 Kh-101 cruise missiles.")).toEqual([
      "launched:31/m", "shot_down:31/m", "launched:2/m", "launched:29/m",
    ]);
  });

  it("reads the list after 'all of them were destroyed:' as the launch by kind, and 'all of them' as the count before", () => {
    expect(figures("Russia fired 31 missiles at Kyiv on Thursday. The Air Force said all of them were destroyed: two Iskander-M ballistic missiles and 29 Kh-101 cruise missiles.")).toEqual([
      "launched:31/m", "shot_down:31/m", "launched:2/m", "launched:29/m",
    ]);
  });

  it("leaves a list of where they were downed, a list that does not add up to 'all', and a fate without 'all' as they were", () => {
    expect(figures("Air defences destroyed all nine Shaheds launched at Ukraine: seven over the Odesa region and two over the Khmelnytskyi region.")).toEqual([
      "launched:9", "shot_down:9", "shot_down:7", "shot_down:2",
    ]);
    expect(figures("The Air Force said it had shot down all 40 missiles: two Iskander-M ballistic missiles and 29 Kh-101 cruise missiles.")).not.toContain("launched:29/m");
    expect(figures("Air defences destroyed 59 of the 76 air attack assets: 39 missiles and 20 drones.")).toEqual(["shot_down:59", "launched:76", "shot_down:39/m", "shot_down:20"]);
  });
});
