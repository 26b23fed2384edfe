import { describe, expect, it } from "vitest";
import { nightToldEarlier } from "./earlier-night.ts";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

describe("a night the article tells as earlier than the day's strike", () => {
  const energy = "Ukraine's air force said Russia fired 16 missiles and 13 attack drones overnight, and that its air defences downed 12 missiles and all 13 drones.";

  it("reads 'Earlier on <that day>' or 'Hours earlier' opening the night's account, the night said there or just after", () => {
    expect(nightToldEarlier("2024-06-22", ["Earlier on Saturday, Russia targeted Ukraine's energy facilities for the eighth time since March.", energy])).toBe(true);
    expect(nightToldEarlier("2024-06-22", ["Hours earlier, Russia launched 16 missiles and 13 drones at Ukraine overnight."])).toBe(true);
    // (the day's name in any case: a wire's capitals, a live page's lower case)
    expect(nightToldEarlier("2024-06-23", ["EARLIER ON SUNDAY, Russia launched 16 missiles and 13 drones at Ukraine overnight."])).toBe(true);
    // (not another day's "earlier", nor a bare "Earlier," which dates a saying, nor an "earlier" with no night)
    expect(nightToldEarlier("2024-06-22", ["Earlier on Friday, Russia targeted Ukraine's energy facilities.", energy])).toBe(false);
    expect(nightToldEarlier("2024-06-22", ["Earlier, the ministry said that eight drones had been shot down overnight."])).toBe(false);
    expect(nightToldEarlier("2024-06-22", ["Earlier on Saturday, Zelensky met the Dutch prime minister.", "Rescuers searched the rubble."])).toBe(false);
  });

  const dates = (text: string) => extractClaims(articleOf(text, "2024-06-22")).filter((c) => c.metric === "killed").map((c) => `${c.date_start}..${c.date_end}`);
  const bomb = "A Russian guided bomb tore through a five-storey apartment building in Kharkiv on Saturday, killing three people, regional officials said.";

  it("keeps the day's strike apart from the night that ended that morning", () => {
    expect(dates(`${bomb}\n\nEarlier on Saturday, Russia targeted Ukraine's energy facilities for the eighth time since March. ${energy}`)).toEqual(["2024-06-22..2024-06-22"]);
  });

  it("leaves a strike told by its day with the night when nothing puts the night before it", () => {
    expect(dates(`${bomb}\n\nRussia targeted Ukraine's energy facilities for the eighth time since March. ${energy}`)).toEqual(["2024-06-21..2024-06-22"]);
  });
});
