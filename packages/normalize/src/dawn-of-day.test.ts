import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

describe("an attack told at a day's dawn (attack-dates atDawn)", () => {
  it("is the night that ended that day, as 'early on Thursday' is", () => {
    const text = "Then, at dawn on Thursday, more missiles struck the Slobidskyi district, hitting a dormitory. According to Synehubov, two people were killed and 18 were injured there.";
    expect(dates(text, "2022-08-18")).toEqual(["killed:2:2022-08-17..2022-08-18", "injured:18:2022-08-17..2022-08-18"]);
    const moscow = "At dawn on May 30, drones reached Moscow's south-western districts. The Russian Defence Ministry said five of the eight drones were shot down.";
    expect(dates(moscow, "2023-06-05")).toEqual(["shot_down:5:2023-05-29..2023-05-30", "launched:8:2023-05-29..2023-05-30"]);
  });

  it("leaves a day whose dawn is another clause's, not the attack's, and a morning alone, that day", () => {
    const apart = "On Thursday, a missile struck the Slobidskyi district, killing two people. Residents posted videos of tracer fire over the harbour at dawn.";
    expect(dates(apart, "2022-08-18")).toEqual(["hit:1:2022-08-18..2022-08-18", "killed:2:2022-08-18..2022-08-18"]);
    const morning = "On Thursday morning, more missiles struck the Slobidskyi district, hitting a dormitory. According to Synehubov, two people were killed and 18 were injured there.";
    expect(dates(morning, "2022-08-18")).toEqual(["killed:2:2022-08-18..2022-08-18", "injured:18:2022-08-18..2022-08-18"]);
    // (a barrage of missiles counted at dawn while the barrages still came by day: that morning's)
    expect(dates("At dawn on Monday, Russia fired 84 missiles at Ukraine.", "2022-10-10")).toEqual(["launched:84:2022-10-10..2022-10-10"]);
  });
});
