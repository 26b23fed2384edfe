import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub: string) =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}${c.place ? ` @${c.place}` : ""}`);

describe("a trip's journey before the stop it leads to (itinerary)", () => {
  it("dates the stop by the journey's own day: 'and to Beijing on July 8, where he met Xi'", () => {
    expect(contacts("The Indian prime minister then flew to Moscow on July 8 for talks with Putin and to Vienna on July 9, where he met Chancellor Karl Nehammer.", "2024-07-12")).toEqual([
      "talks Narendra Modi+Vladimir Putin 2024-07-08",
      "meeting Karl Nehammer+Narendra Modi 2024-07-09 @Vienna",
    ]);
  });

  it("leaves a stop whose journey names no day on the day of the leg before", () => {
    expect(contacts("Guterres met Erdogan in Ankara on Monday, then flew to Moscow, where he held talks with Lavrov.", "2022-04-28")).toEqual([
      "meeting Antonio Guterres+Recep Tayyip Erdogan 2022-04-25 @Ankara",
      "meeting Antonio Guterres+Sergey Lavrov 2022-04-25 @Moscow",
    ]);
  });

  it("keeps the first stop's place when the trip opens with its journey", () => {
    expect(contacts("Modi travelled to Moscow on July 8, where he met Putin, and then to Vienna on July 9, where he met Karl Nehammer.", "2024-07-12")).toEqual([
      "meeting Narendra Modi+Vladimir Putin 2024-07-08 @Moscow",
      "meeting Karl Nehammer+Narendra Modi 2024-07-09 @Vienna",
    ]);
  });
});
