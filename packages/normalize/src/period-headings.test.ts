import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf, pageOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

describe("a heading that names a period from or up to a day", () => {
  it("does not date the sections after 'AFTER FEB 24' to that day", () => {
    const text = [
      "FACTBOX-Long tables and phone lines: the diplomacy around Russia's war in Ukraine",
      "",
      "LONDON, March 8 (Meridian Wire) - Western and regional leaders have spent weeks trying to talk Vladimir Putin out of war. Here are the main direct contacts so far.",
      "",
      "AFTER FEB 24",
      "",
      "* Feb 24 - Macron spoke to Putin on the evening of the invasion, at Zelensky's request, the Elysee said.",
      "",
      "THE WAR IN NUMBERS",
      "",
      "* Civilians: the U.N. human rights office said it had recorded 406 civilians killed and 801 injured up to midnight on March 6, and that the real numbers were considerably higher.",
    ].join("\n");
    const claims = extractClaims(pageOf(text, { published: "2022-03-08T12:00:00Z", headline: "FACTBOX-Long tables and phone lines: the diplomacy around Russia's war in Ukraine" }));
    expect(claims.map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`)).toContain("killed:406:2022-02-24..2022-03-06");
  });

  it("still dates the items under a day heading to that day's night", () => {
    const text = ["MARCH 7", "* Russia launched 25 drones overnight, the Air Force said."].join("\n");
    expect(dates(text, "2025-03-10")).toContain("launched:25:2025-03-06..2025-03-07");
  });
});
