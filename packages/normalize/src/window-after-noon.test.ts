import { describe, expect, it } from "vitest";
import { windowWithinDayAfterNoon } from "./attack-dates.ts";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

describe("a count's clock window in the afternoon or evening of its day", () => {
  it("reads a window that opens after midday and closes by midnight", () => {
    expect(windowWithinDayAfterNoon("air defences destroyed 81 Ukrainian fixed-wing UAVs over Russian regions between 15:00 and midnight on Monday")).toBe(true);
    expect(windowWithinDayAfterNoon("from 20:00 to 23:00 Moscow time its air defences had downed 13 Ukrainian drones")).toBe(true);
    // (not a window that runs on past midnight, nor the night's, nor a morning's)
    expect(windowWithinDayAfterNoon("from 18:00 to 06:00 air defences destroyed 40 drones")).toBe(false);
    expect(windowWithinDayAfterNoon("between 23:00 and 07:00 air defences destroyed 64 drones")).toBe(false);
    expect(windowWithinDayAfterNoon("from 08:00 to 11:00 air defences destroyed 5 drones")).toBe(false);
  });

  const summit =
    "FRIDAY: SYZRAN AND THE SUMMIT\n\n" +
    "In the early hours of Friday, drones also struck the Rosneft refinery in Syzran in the Samara region, the General Staff said, the third time the plant has been targeted this month. Local authorities confirmed an attack but gave no details of damage.\n\n" +
    "Later that day, Donald Trump and Vladimir Putin met at Joint Base Elmendorf-Richardson in Anchorage, Alaska, for their first summit since 2019.\n\n";
  const dates = (count: string) =>
    extractClaims(articleOf(summit + count, "2025-08-17"))
      .filter((c) => c.metric === "shot_down" && c.value === 13)
      .map((c) => `${c.date_start}..${c.date_end}`);

  it("keeps an evening window's count on its day, apart from the night that ended its morning", () => {
    expect(dates("While the leaders were talking, Russia's Defence Ministry reported that from 20:00 to 23:00 Moscow time its air defences had downed 13 Ukrainian drones over the Bryansk and Kursk regions.")).toEqual(["2025-08-15..2025-08-15"]);
  });

  it("leaves a night window's count with the night", () => {
    expect(dates("While the leaders were talking, Russia's Defence Ministry reported that from 23:00 to 07:00 Moscow time its air defences had downed 13 Ukrainian drones over the Bryansk and Kursk regions.")).toEqual(["2025-08-14..2025-08-15"]);
  });
});
