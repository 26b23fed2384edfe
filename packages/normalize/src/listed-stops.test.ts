import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub: string) =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}${c.place ? ` @${c.place}` : ""}`);

describe("a trip's stops listed after one verb", () => {
  it("reads 'saw' a leader as a meeting, each stop on its own day and place", () => {
    expect(contacts("On his tour the Hungarian leader Viktor Orban saw Zelensky in Kyiv on 2 July and Putin in Moscow on 5 July.", "2024-07-09")).toEqual([
      "meeting Viktor Orban+Volodymyr Zelensky 2024-07-02 @Kyiv",
      "meeting Viktor Orban+Vladimir Putin 2024-07-05 @Moscow",
    ]);
  });

  it("reads the traveller of 'he saw' as the one the text was about", () => {
    expect(contacts("Hungary's Viktor Orban, fresh from talks with Xi Jinping in Beijing on Monday, is flying to Washington. Earlier on his tour he saw Zelensky in Kyiv on 2 July and Putin in Moscow on 5 July.", "2024-07-09")).toEqual([
      "talks Viktor Orban+Xi Jinping 2024-07-08 @Beijing",
      "meeting Viktor Orban+Volodymyr Zelensky 2024-07-02 @Kyiv",
      "meeting Viktor Orban+Vladimir Putin 2024-07-05 @Moscow",
    ]);
  });

  it("does not read a passive 'was seen' as a list of stops", () => {
    expect(contacts("Zelensky was seen in Kyiv on 2 July and Putin in Moscow on 5 July.", "2024-07-09")).toEqual([]);
  });
});
