import { describe, expect, it } from "vitest";
import { hitsOf as hits } from "./test-helpers.ts";

describe("a weapon that struck, told by a relative clause whose subject it is", () => {
  it("reads the one weapon as a hit past 'that hit', 'which had struck'", () => {
    expect(hits("Mikhail Razvozhayev, the Russian-installed governor of Sevastopol, now says the fire at the fuel depot near Kozacha Bay was caused by a drone that hit a fuel tank.")).toEqual(["hit:1"]);
    expect(hits("The blaze was started by a drone which had struck an oil storage tank, the governor said.")).toEqual(["hit:1"]);
  });

  it("gives no hit for a clause whose subject is another, a passive, an aside, a drone of a kind, or what fell of one", () => {
    expect(hits("Officials are rebuilding the school that a drone hit in May.")).toEqual([]);
    expect(hits("A drone that was hit by air defences fell into a field.")).toEqual([]);
    expect(hits("A drone that got through and hit something does not appear in the count.")).toEqual([]);
    expect(hits("Residents found the wreckage of a drone that hit a house.")).toEqual([]);
  });

  it("gives no hit for a strike told in the present or as what might be, nor one that struck no one", () => {
    expect(hits("A drone that hits the plant could cause a catastrophe, the IAEA warned.")).toEqual([]);
    expect(hits("Officials are still looking for a drone that hit nobody.")).toEqual([]);
    expect(hits("Officials are still looking for a drone that struck no one.")).toEqual([]);
    // (but the past, and what it struck, is one)
    expect(hits("The fire was caused by a drone that hit the plant, the IAEA said.")).toEqual(["hit:1"]);
    expect(hits("The blaze was started by a drone that struck a north-facing wall, officials said.")).toEqual(["hit:1"]);
  });
});
