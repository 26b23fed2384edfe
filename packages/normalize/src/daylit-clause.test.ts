import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

// A governor's evening summary: the night's count from the morning report, then the district's day.
const NIGHT =
  "In the morning, the Russian Defence Ministry reported that on-duty air defence systems had intercepted and destroyed 11 Ukrainian UAVs over the Belgorod and Kursk regions overnight.";

describe("an undated count whose own clause puts its attack in daylight, after a night", () => {
  it("is the day that night ended", () => {
    const text = `${NIGHT}\n\nShebekino urban district. The Ukrainian armed forces launched 14 drones at the district during the day; nine were shot down by air defence systems.`;
    expect(dates(text, "2024-10-08")).toEqual(["shot_down:11:2024-10-07..2024-10-08", "launched:14:2024-10-08..2024-10-08", "shot_down:9:2024-10-08..2024-10-08"]);
  });

  it("and so is a toll whose strike the sentence opens with an afternoon", () => {
    const text = `${NIGHT}\n\nIn the afternoon, a Ukrainian drone hit a car in Shebekino, killing two people.`;
    expect(dates(text, "2024-10-08")).toEqual(expect.arrayContaining(["killed:2:2024-10-08..2024-10-08"]));
  });

  it("leaves the night's toll whose daylight is another clause's, or when it was said", () => {
    const attack = "Russian missiles slammed into an apartment block in Serhiivka early on Friday, killing 21 people, the State Emergency Service said.";
    const rescuers = `${attack}\n\nIn the morning it had given a toll of 17 dead, and rescuers were still searching the debris in the afternoon.\n\nSerhiy Bratchuk said three missiles were launched from Tu-22 strategic bombers.`;
    expect(dates(rescuers, "2022-07-01")).toEqual(expect.arrayContaining(["killed:17:2022-06-30..2022-07-01", "launched:3:2022-06-30..2022-07-01"]));
    const byMorning = `${attack}\n\nBy late morning, the service said the toll had risen to 23 dead after two more missiles hit the street.`;
    expect(dates(byMorning, "2022-07-01")).toEqual(expect.arrayContaining(["killed:23:2022-06-30..2022-07-01"]));
  });

  it("leaves the night's count when the daylight is another clause's, about another wave or strike", () => {
    const night = "Russia launched 40 Shahed drones at Ukraine overnight, the Air Force said.";
    const wave = `${night}\n\nAir defences destroyed 35 of them, the Air Force said, adding that a second wave of drones came in the afternoon.`;
    expect(dates(wave, "2024-10-08")).toEqual(expect.arrayContaining(["shot_down:35:2024-10-07..2024-10-08"]));
    const odesa = `${night}\n\nOf those, 35 were shot down, while a missile attack on Odesa in the afternoon killed two people.`;
    expect(dates(odesa, "2024-10-08")).toEqual(expect.arrayContaining(["shot_down:35:2024-10-07..2024-10-08", "killed:2:2024-10-08..2024-10-08"]));
  });
});
