import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value:side per figure. */
const sides = (text: string, published = "2022-10-10") => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.claimant_side}`);

describe("a strike told in the outlet's own words, before a source that goes on to other things", () => {
  it("is not that source's", () => {
    expect(
      sides(
        "Russia fired 12 missiles at Zaporizhzhia overnight.\nMost of them were S-300 anti-aircraft missiles. One of the missiles hit a nine-storey building on a busy avenue in the central part of the city. Nearby, around 20 private houses were destroyed and about 50 more were damaged, the city council said.",
      ),
    ).toContain("hit:1:unknown");
    expect(
      sides(
        "Russia fired seven missiles at Odesa on Monday evening.\nOdesa has been hit repeatedly in recent days. On May 2, a missile struck a dormitory building, killing a 15-year-old boy. On Saturday, the Southern command said, four Kh-22 cruise missiles were fired at the city; one was shot down by air defences.",
        "2022-05-10",
      ),
    ).toContain("hit:1:unknown");
  });

  it("but the quotation it opened is the speaker's, and a count of weapons launched still takes the fates' source named next", () => {
    expect(
      sides(
        '"The occupiers again struck critical infrastructure facilities in Kharkiv. Two missiles hit their targets. Information on casualties is being clarified," Syniehubov wrote on Telegram.',
        "2023-01-14",
      ),
    ).toContain("hit:2:UA");
    expect(sides("Russia launched 298 drones and 69 missiles overnight. The Air Force said 266 drones and 45 missiles were shot down.", "2025-05-25")).toEqual([
      "launched:298:UA",
      "launched:69:UA",
      "shot_down:266:UA",
      "shot_down:45:UA",
    ]);
  });
});
