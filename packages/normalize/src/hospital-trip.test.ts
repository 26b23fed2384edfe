import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const figures = (text: string): string[] => extractClaims(articleOf(text, "2024-09-04")).map((c) => `${c.metric}:${c.value}`);

describe("people a trip to hospital tells", () => {
  it("counts those who went or were taken to a hospital named at length as the injured", () => {
    expect(
      figures(
        "Seven people were killed in Wednesday's Russian missile attack on Lviv, and 64 people, including eight children, have gone to the city's hospitals with injuries, Mayor Andriy Sadovyi said in the evening.",
      ),
    ).toEqual(["killed:7", "injured:64", "injured:8"]);
    expect(figures("A Russian missile struck Lviv overnight. Five people were taken to the regional hospital, the governor said.")).toEqual(["hit:1", "injured:5"]);
    expect(figures("A Russian missile struck Lviv overnight. Twelve people went to local hospitals, the governor said.")).toEqual(["hit:1", "injured:12"]);
  });

  it("counts no one there anyway, nor one sent there for another end", () => {
    expect(figures("A Russian missile struck Lviv overnight. Five patients were taken to the regional hospital after the strike, the governor said.")).toEqual(["hit:1"]);
    expect(figures("A Russian missile struck Lviv overnight. Dozens of volunteers came to the city's hospital to donate blood.")).toEqual(["hit:1"]);
    expect(figures("A Russian missile struck Lviv overnight. Twenty people came to the city's hospital to donate blood.")).toEqual(["hit:1"]);
    expect(figures("A Russian missile struck Lviv overnight. Five ambulances were sent to the regional hospital.")).toEqual(["hit:1"]);
  });

  it("counts no one taken to a shelter, moved on to other hospitals, or taken there as a precaution", () => {
    expect(figures("A Russian missile struck Lviv overnight. Forty residents were taken to emergency shelters nearby.")).toEqual(["hit:1"]);
    expect(figures("A Russian missile struck Lviv overnight. Some 20 children were taken to other hospitals in the city.")).toEqual(["hit:1"]);
    expect(figures("A Russian missile struck Mykolaiv overnight. Thirty children were taken to other hospitals in Mykolaiv.")).toEqual(["hit:1"]);
    expect(figures("A Russian missile struck Lviv overnight. Forty residents were taken to the regional hospital as a precaution.")).toEqual(["hit:1"]);
    expect(figures("A Russian missile struck Lviv overnight. Forty residents were evacuated and taken to the regional hospital.")).toEqual(["hit:1"]);
    // (evacuated is moved out of harm, but rescued is how the injured got there: the two verbs are kept apart on purpose)
    expect(figures("A missile struck Kyiv. Five people were taken to hospital after being evacuated from the building.")).toEqual(["hit:1"]);
    expect(figures("A missile struck Kyiv. Five people were taken to hospital after being rescued from the rubble.")).toEqual(["hit:1", "injured:5"]);
    // (an emergency ward is still a hospital's)
    expect(figures("A Russian missile struck Lviv overnight. Six people were taken to the emergency department of the regional hospital.")).toEqual(["hit:1", "injured:6"]);
  });
});
