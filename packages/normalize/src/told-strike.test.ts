import { describe, expect, it } from "vitest";
import { hitsOf as hits } from "./test-helpers.ts";

describe("a strike told in a clause beside the news", () => {
  it("counts the one weapon a 'when', 'after' or 'where' clause says struck", () => {
    expect(hits("Earlier in the day Oleksandr Starukh, governor of the southern Zaporizhzhia region, had reported two dead after a missile hit houses in the village of Novosofiivka.")).toEqual(["hit:1"]);
    expect(hits("The deadliest strike came in Pavlohrad, in the Dnipropetrovsk region, where a missile landed on a residential street next to an industrial plant.")).toEqual(["hit:1"]);
    expect(hits("Twenty-three of them died in the building in Solomianskyi district, where one entrance collapsed after a direct missile hit.")).toEqual(["hit:1"]);
    expect(hits("Lviv followed Kramatorsk, where on 27 June an Iskander missile hit a pizzeria in the city centre, killing 13 people.")).toEqual(["hit:1"]);
    expect(hits("The attack came a day after a Russian missile struck a nine-story apartment building in the central city of Dnipro on Friday, killing two people.")).toEqual(["hit:1"]);
  });

  it("counts the weapon a relative clause in the passive names ('a block that was hit by a Russian missile')", () => {
    expect(hits("Rescuers have finished clearing the rubble of the destroyed entrance of an apartment block in Kryvyi Rih that was hit by a Russian missile on Friday morning.")).toEqual(["hit:1"]);
    expect(hits("Rescuers returned to the school that a drone hit on Friday.")).toEqual([]);
  });

  it("leaves out a strike the sentence recalls as a memory", () => {
    expect(hits("It was the deadliest attack on the city since 19 August last year, when a Russian missile struck the square in front of the drama theatre, killing seven people.")).toEqual([]);
    expect(hits("The attack on Chaplyne revived memories of the strike on the railway station in Kramatorsk on 8 April, when a Tochka-U missile hit a crowd of people.")).toEqual([]);
    expect(hits("The strike was the deadliest on Lviv since the night of 5-6 July, when a Kalibr cruise missile hit an apartment block.")).toEqual([]);
    expect(hits("Residents still remember the night a missile hit their block.")).toEqual([]);
  });
});
