import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value date_start..date_end per figure, in order. */
const dated = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value} ${c.date_start}..${c.date_end}`);

const STRIKE =
  "It has been exactly a month since a Russian cruise missile hit a nine-storey apartment building in Uman in the early hours of 28 April. The blast brought down one entrance of the building. Twenty-three people were killed, Interior Minister Ihor Klymenko said.";
const THAT_NIGHT = "That night Russia fired 23 cruise missiles at Ukraine, according to Commander-in-Chief Valerii Zaluzhnyi.";

describe("'Today the ruined section is fenced off': the writer's present is no day 'that night' counts from", () => {
  it("keeps 'that night' on the strike told before", () => {
    expect(dated(`${STRIKE}\n\nToday the ruined section is fenced off, and a memorial of flowers has grown along the fence.\n\n${THAT_NIGHT}`, "2023-05-28")).toContain(
      "launched:23 2023-04-27..2023-04-28",
    );
  });

  it("still counts from a day that tells an attack today", () => {
    expect(dated(`${STRIKE}\n\nToday Russia attacked Kyiv again with drones.\n\n${THAT_NIGHT}`, "2023-05-28")).not.toContain("launched:23 2023-04-27..2023-04-28");
  });
});
