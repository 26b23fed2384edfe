import { describe, expect, it } from "vitest";
import { hitsOf as hits } from "./test-helpers.ts";

describe("a weapon that struck, past an aside that says what it is", () => {
  it("reads the one weapon as a hit past ', a heavy anti-ship missile …,' and ', a type Ukraine could not intercept,'", () => {
    expect(hits("A Kh-22, a heavy anti-ship missile which Ukraine has no means of intercepting, struck a nine-storey block in Dnipro.")).toEqual(["hit:1"]);
    expect(hits("A Kh-22 anti-ship missile, a type Ukraine could not intercept, destroyed an entrance of a nine-storey apartment block on a Saturday afternoon.")).toEqual(["hit:1"]);
  });

  it("gives no hit for the aside's weapon downed, an aside with a count, or a list", () => {
    expect(hits("A Kh-22, a Soviet-era missile, was shot down over the Kyiv region.")).toEqual([]);
    expect(hits("Air defences shot down a drone, a Shahed launched from Kursk, over the Sumy region.")).toEqual([]);
    expect(hits("A drone, a Shahed, was destroyed.")).toEqual([]);
  });
});
