import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.value}:${c.date_start}..${c.date_end}`);

describe("a barrage of missiles recalled by its bare day", () => {
  it("is the night that ended that day, from the spring of 2023 on, as the Air Force counts it", () => {
    const text = "Russia sent 40 drones overnight, the Air Force said. The previous heavy barrage came on 27 April, when Russia fired 34 missiles at power plants, 21 of which were shot down.";
    expect(dates(text, "2024-05-08")).toEqual(["40:2024-05-07..2024-05-08", "34:2024-04-26..2024-04-27", "21:2024-04-26..2024-04-27"]);
  });

  it("keeps its day when the report is that day's, when only a few missiles came, or when the text puts it in daylight", () => {
    expect(dates("On Monday, Russia fired 40 missiles at Ukraine.", "2024-08-26")).toEqual(["40:2024-08-26..2024-08-26"]);
    expect(dates("On 13 April, Russia struck the centre of Sumy with two Iskander-M ballistic missiles.", "2025-05-15")).toEqual(["2:2025-04-13..2025-04-13"]);
    const daylight = "Allies promised more air defence after the July 8 attack, when Russia fired 38 missiles at Ukrainian cities in daylight.";
    expect(dates(daylight, "2024-07-19")).toEqual(["38:2024-07-08..2024-07-08"]);
    // (the barrages of 2022 came by day)
    expect(dates("The last big wave came on 31 October, when Russia fired 50 missiles at the grid.", "2022-11-20")).toEqual(["50:2022-10-31..2022-10-31"]);
  });
});
