import { describe, expect, it } from "vitest";
import { hitsOf as hits } from "./test-helpers.ts";

// figures.ts SAID_THAT, sayingBefore and frontOrDud: a hit told as what a side said, claimed or admitted
describe("one weapon that struck, told as what a side claimed", () => {
  it("reads 'claimed that', 'said on Dec. 6 that', and a fuel tank struck", () => {
    expect(hits("The Russian Ministry of Defense (MoD) claimed on August 25 that an Iskander missile hit a military train at Chaplyne station.")).toEqual(["hit:1"]);
    expect(hits("Kursk Oblast Governor Roman Starovoit said on Dec. 6 that a drone had struck an oil storage tank in the area of the Kursk airfield, setting it on fire.")).toEqual(["hit:1"]);
  });

  it("still gives none for a saying put in doubt, a recall, or a tank at the front", () => {
    expect(hits("The ministry denied on Friday that a missile hit the hospital.")).toEqual([]);
    expect(hits("The mayor recalled that a missile hit the same school in 2022.")).toEqual([]);
    expect(hits("A Ukrainian drone hit a Russian tank near Pokrovsk.")).toEqual([]);
  });
});

// figures.ts asideBeforeSaying: a relative clause of a place, closed before the saying
describe("one weapon that struck, told after an aside about the place", () => {
  it("reads the saying past ', which borders …,'", () => {
    expect(hits("In Zakarpattia, which borders Hungary, Slovakia and Romania, governor Viktor Mykyta said a Russian missile had hit a traction substation near the town of Volovets.")).toEqual(["hit:1"]);
  });

  it("still gives none for a relative clause the saying is inside, or a saying that recalls", () => {
    expect(hits("They rebuilt the school, which officials said a drone hit in May.")).toEqual([]);
    expect(hits("In Zakarpattia, which borders Hungary, the governor recalled that a Russian missile had hit a substation.")).toEqual([]);
  });
});

// figures.ts SAID_THAT and sayingOpening: a hit insisted on, or said second, "… and that a Kinzhal had destroyed …"
describe("one weapon that struck, insisted on or said as a second thing", () => {
  it("reads 'insisted that' and a saying's 'and that' whose clause the weapon opens", () => {
    expect(hits("Russia's Defence Ministry insisted that a Kinzhal had destroyed a Patriot battery; US officials said it had only been damaged.")).toEqual(["hit:1"]);
    expect(hits(`Russia's Defence Ministry said its forces had carried out a "massive strike" with long-range precision weapons on Ukrainian military targets and that a Kinzhal had destroyed a U.S.-made Patriot air defence system in Kyiv.`)).toEqual(["hit:1"]);
  });

  it("still gives none for 'and that' after a recall or a denial, or with no saying before it", () => {
    expect(hits("The mayor recalled the night of the attack and that a missile hit the school.")).toEqual([]);
    expect(hits("The ministry denied that it had targeted civilians and that a missile hit the hospital.")).toEqual([]);
    expect(hits("Residents fear the winter and that a drone could hit the plant again.")).toEqual([]);
  });
});
