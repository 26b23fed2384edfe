import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const tolls = (text: string): string[] =>
  extractClaims(articleOf(text, "2023-06-29"))
    .filter((c) => c.metric === "killed" || c.metric === "injured")
    .map((c) => `${c.metric}:${c.value}`);

describe("a list of people's counts after one casualty verb", () => {
  it("reads each hedged count of the list, not only the first", () => {
    expect(
      tolls(
        'Russia\'s Defence Ministry said its forces had carried out a strike on a temporary command post of a Ukrainian brigade in Kramatorsk, killing up to two generals, up to 50 officers and up to 20 "foreign mercenaries and military advisers".',
      ),
    ).toEqual(["killed:2", "killed:50", "killed:20"]);
  });

  it("leaves a later count with a verb of its own, and a part of the toll stays a part", () => {
    expect(tolls("The strike hit a command post, killing two people, 12 children were evacuated.")).toEqual(["killed:2"]);
    expect(tolls("The strike killed up to two generals, up to 50 officers were evacuated.")).toEqual(["killed:2"]);
    expect(tolls("The strike killed up to two generals who led up to 50 officers.")).toEqual(["killed:2"]);
    expect(tolls("The strike killed 20 people, nine of them children.")).toEqual(["killed:20", "killed:9"]);
  });
});

describe("a count past a casualty verb's clause with a verb of its own", () => {
  it("is not the verb's toll", () => {
    expect(tolls("Two people were injured and 12 residents evacuated.")).toEqual(["injured:2"]);
    expect(tolls("Two people were killed, 40 rescuers worked through the night.")).toEqual(["killed:2"]);
    expect(tolls("Two people were killed and 40 firefighters battled the blaze.")).toEqual(["killed:2"]);
    expect(tolls("Two people were killed and 40 firefighters also fought the blaze.")).toEqual(["killed:2"]);
    expect(tolls("Two people were killed and 300 people lost power.")).toEqual(["killed:2"]);
    expect(tolls("Two people died, 50 rescuers and 12 units of equipment were involved in the response.")).toEqual(["killed:2"]);
  });

  it("leaves a count the verb still governs, and one with a casualty verb of its own", () => {
    expect(tolls("The strike killed two soldiers and 12 civilians in Kharkiv.")).toEqual(["killed:2", "killed:12"]);
    expect(tolls("The strike killed two soldiers and 12 civilians aged between 20 and 60.")).toEqual(["killed:2", "killed:12"]);
    expect(tolls("Two people were killed and 12 others injured.")).toEqual(["killed:2", "injured:12"]);
    expect(tolls("The strike killed two soldiers, 50 civilians and 12 children.")).toEqual(["killed:2", "killed:50", "killed:12"]);
    expect(tolls("Two people were killed and 12 civilians and 5 soldiers were injured.")).toEqual(["killed:2", "injured:12", "injured:5"]);
    expect(tolls("Two people were killed, 5 soldiers and 12 civilians were injured.")).toEqual(["killed:2", "injured:5", "injured:12"]);
    expect(tolls("At least 12 people were killed across Ukraine, including three children in the Zhytomyr region, and 30 were injured.")).toEqual(["killed:12", "killed:3", "injured:30"]);
  });
});

describe("a participle of where the active verb's object was", () => {
  it("describes the count, which stays the verb's toll", () => {
    expect(tolls("The strike killed two soldiers and 12 civilians stationed nearby.")).toEqual(["killed:2", "killed:12"]);
    expect(tolls("The strike killed a woman and three children trapped in the building.")).toEqual(["killed:1", "killed:3"]);
    expect(tolls("The strike killed two soldiers and 12 civilians sheltering in the basement.")).toEqual(["killed:2", "killed:12"]);
    expect(tolls("The strike killed a woman and three children trapped in the building, the governor said.")).toEqual(["killed:1", "killed:3"]);
  });

  it("leaves a finite verb of its own, a passive verb's gapped clause, and a clause whose verb comes after the phrase", () => {
    expect(tolls("Two people were injured and 12 residents evacuated.")).toEqual(["injured:2"]);
    expect(tolls("Russian shelling killed two people and 12 residents evacuated the village.")).toEqual(["killed:2"]);
    expect(tolls("Two people were injured and 12 residents trapped in the rubble.")).toEqual(["injured:2"]);
    expect(tolls("Russian strikes killed two people and 12 residents trapped in the building were rescued.")).toEqual(["killed:2"]);
    expect(tolls("The missile killed two people and 30 soldiers stationed in the barracks survived, the governor said.")).toEqual(["killed:2"]);
  });
});
