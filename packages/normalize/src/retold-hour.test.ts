import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { daylightBlast, RETOLD_REACH, retoldByDay } from "./retold-hour.ts";
import { articleOf } from "./test-helpers.ts";

describe("a strike the article puts at an hour by day", () => {
  it("reads a blast in the working hours, not one at dawn nor in the evening", () => {
    expect(daylightBlast('"Today at about 11:40, an enemy UAV struck a Lada Granta on the road near Popovo-Lezhachi.')).toBe(true);
    expect(daylightBlast("According to Kozytskyi, the strike on the village came at about 5 a.m.")).toBe(false);
    expect(daylightBlast("A missile hit the building at around 20:00 on Sunday.")).toBe(false);
  });

  const kindergarten = "A Russian drone struck a private kindergarten in Kharkiv's Kholodnohirskyi district this morning, killing one man and injuring seven people, regional governor Oleh Syniehubov said.";
  it("finds the weapon told again with its hour", () => {
    expect(retoldByDay(kindergarten, ["The man was killed near the entrance, Syniehubov said.", "Mayor Ihor Terekhov said the drone hit the kindergarten at around 10:30, setting the building on fire."])).toBe(true);
    // (not another weapon of that kind, whose hour is its own; nor an hour at dawn)
    expect(retoldByDay(kindergarten, ["A second drone hit a warehouse nearby.", "Terekhov said the drone hit the warehouse at around 10:30."])).toBe(false);
    expect(retoldByDay(kindergarten, ["Terekhov said the drone hit the kindergarten at around 6:10."])).toBe(false);
    expect(retoldByDay("Russian drones struck Kharkiv this morning, killing one man.", ["Terekhov said the drone hit the kindergarten at around 10:30."])).toBe(false);
    // (nor "the drone" of a later entry, past the lines that go on with the strike: another strike's hour)
    const later = [...Array.from({ length: RETOLD_REACH }, () => "Rescuers worked through the day."), "Terekhov said the drone hit the kindergarten at around 10:30."];
    expect(retoldByDay(kindergarten, later)).toBe(false);
    expect(retoldByDay(kindergarten, later.slice(1))).toBe(true);
  });

  const dates = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
  const night = "Overnight, Russia attacked Ukraine with 405 drones and 28 missiles, the Air Force said.";

  it("keeps such a strike the day's, apart from the night the article also reports", () => {
    expect(dates(`${kindergarten}\nMayor Ihor Terekhov said the drone hit the kindergarten at around 10:30, setting the building on fire.\n${night}`, "2025-10-22")).toEqual([
      "hit:1:2025-10-22..2025-10-22",
      "killed:1:2025-10-22..2025-10-22",
      "injured:7:2025-10-22..2025-10-22",
      "launched:405:2025-10-21..2025-10-22",
      "launched:28:2025-10-21..2025-10-22",
    ]);
    // (a morning strike the article times at dawn is the night's)
    expect(dates(`${kindergarten}\nMayor Ihor Terekhov said the drone hit the kindergarten at around 5:30, setting the building on fire.\n${night}`, "2025-10-22")).toEqual([
      "hit:1:2025-10-21..2025-10-22",
      "killed:1:2025-10-21..2025-10-22",
      "injured:7:2025-10-21..2025-10-22",
      "launched:405:2025-10-21..2025-10-22",
      "launched:28:2025-10-21..2025-10-22",
    ]);
  });
});
