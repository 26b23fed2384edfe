import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value/weapon per figure, in order. */
const figures = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}/${c.weapon ?? "-"}`);

describe("a bare count launched: of the weapon named before it, or more of the launch before", () => {
  it("reads 'fired five of them' as a launch of the weapon the sentence named", () => {
    expect(figures("The spokesman said Ukraine has nothing that can intercept the Kh-22 and that Russia fired five of them on Saturday.")).toEqual(["launched:5/missile"]);
    expect(figures("A year after the first Shahed appeared over Kupiansk, officials say Russia has launched more than 2,000 of them.")).toEqual(["launched:2000/drone"]);
  });

  it("reads 'launched 36 more' as more of the launch the sentence counted", () => {
    expect(figures("On Monday Russia fired 40 missiles at the grid, and on Friday it launched 12 more.")).toEqual(["launched:40/missile", "launched:12/missile"]);
  });

  it("leaves a part of a launch already counted, a launch only possible, and 'more' of something else", () => {
    expect(figures("Russia launched 50 drones overnight and sent 20 of them at Kyiv.")).toEqual(["launched:50/drone"]);
    expect(figures("Officials warned that Ukraine cannot intercept the Kh-22, and that Russia could fire 100 of them at the grid before winter.")).toEqual([]);
    expect(figures("Russia fired 40 missiles, and it launched 12 more attacks on Kharkiv.")).toEqual(["launched:40/missile"]);
  });

  it("leaves 'them' that stand for a count between, and deliveries", () => {
    expect(figures("Shahed drones hit a depot where 30 fire engines stood, and the crews fired 12 of them up within minutes.")).not.toContain("launched:12/drone");
    expect(figures("Kharkiv was struck by Iskander missiles, and the city has asked allies for Patriot batteries, after Germany sent three of them last year.")).not.toContain(
      "launched:3/missile",
    );
  });
});
