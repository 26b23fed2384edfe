import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const figures = (text: string): string[] => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value}`);

describe("one relative named by whose they are", () => {
  it("counts 'his wife', 'their daughter' hurt as one, like 'a woman'", () => {
    expect(figures("Gladkov said a Ukrainian FPV drone had struck a car near the village of Murom, killing a 54-year-old man and injuring his wife.")).toEqual(["hit:1", "killed:1", "injured:1"]);
    expect(figures("Two adults from the Belgorod region were killed on the bridge, and their 14-year-old daughter was injured.")).toEqual(["killed:2", "injured:1"]);
    expect(figures("Six people have been killed in the capital, among them a six-year-old boy. His mother was injured and is in hospital.")).toEqual(["killed:6", "killed:1", "injured:1"]);
    // (a part of a toll, named among it)
    expect(figures("A 68-year-old man was killed. Three people were injured, among them his 65-year-old wife, who was pulled from the debris.")).toEqual(["killed:1", "injured:3", "injured:1"]);
  });

  it("counts no relative listed with another, nor one no harm is told of", () => {
    expect(figures("A woman and her daughter were killed in the strike.")).toEqual([]);
    expect(figures("A drone hit a car, killing a man and his wife.")).toEqual(["hit:1"]);
    expect(figures("Her son was taken to hospital.")).toEqual([]);
    expect(figures("His wife said the family had nowhere else to go.")).toEqual([]);
  });

  it("counts a relative hurt in the strike itself, told after the toll", () => {
    expect(figures("Among the dead was a 6-year-old boy; his mother was injured.")).toEqual(["killed:1", "injured:1"]);
    expect(figures("Russian drones hit Kyiv on Tuesday, killing two people. Her husband was wounded in the attack and is in hospital.")).toEqual(["killed:2", "injured:1"]);
  });

  it("counts no relative hurt elsewhere or before: the war's backstory, not the strike's toll", () => {
    expect(figures("Russian missiles struck Kyiv on Tuesday, killing two people. Her husband was wounded in Bakhmut and is now in hospital.")).toEqual(["killed:2"]);
    expect(figures("Russian drones attacked Kharkiv on Monday. The governor said 10 people were hurt. His son has been injured twice before in the war.")).toEqual(["injured:10"]);
    expect(figures("Russian drones hit Kyiv on Tuesday. The mayor said his sister had been injured months ago.")).toEqual([]);
    expect(figures("Russian drones hit Kyiv on Tuesday, killing two people. Her son was killed at the front in 2023.")).toEqual(["killed:2"]);
    expect(figures("Russian drones hit Kyiv on Tuesday. Her son was killed and buried last year.")).toEqual([]);
  });

  it("counts the relatives a verb of harm lists after one person: 'killing a woman and her two children'", () => {
    expect(figures("In a village in the Brovary district, a drone hit a private house at night, killing a mother and her two daughters, aged 12 years and six months, the governor said.")).toEqual(["hit:1", "killed:2"]);
    expect(figures("In the Kyiv region, governor Mykola Kalashnyk said a drone hit a private house, killing three people: a woman and her two children, aged 12 and six months.")).toEqual(["hit:1", "killed:3", "killed:2"]);
  });

  it("counts no relatives listed without a verb of harm before the list", () => {
    expect(figures("Seven people were killed in Lviv. Four of the victims, a mother and her three daughters, were from one family.")).toEqual(["killed:7"]);
    expect(figures("A woman and her two children were evacuated from the building.")).toEqual([]);
    expect(figures("Rescuers pulled a woman and her two children alive from the rubble of the house the drone hit.")).toEqual([]);
  });

  it("leaves relatives that take a verb of their own to that verb: 'killed a woman and her two children were injured'", () => {
    expect(figures("The drone killed a woman and her two children were injured, the governor said.")).toEqual(["injured:2"]);
    expect(figures("The drone killed a woman and her two children escaped unhurt.")).toEqual([]);
    expect(figures("A drone hit a house, killing a woman and her two children and injuring three neighbours.")).toEqual(["hit:1", "killed:2", "injured:3"]);
  });
});
