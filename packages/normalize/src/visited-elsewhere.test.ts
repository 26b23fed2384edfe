import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub: string) =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("a visit to a country none of those named belongs to", () => {
  it("is no visit with those the visitor only spoke to about it", () => {
    expect(contacts('Erdogan said on Thursday that he had shared with Scholz "the impressions of my recent visit to Ukraine" and urged a ceasefire.', "2024-09-12")).toEqual([]);
  });

  it("still is one with its host", () => {
    expect(contacts("Orban's visit to Moscow on Friday, where he held talks with Putin, angered Brussels.", "2024-07-08")[0]).toMatch(/^visit .*Vladimir Putin 2024-07-05$/);
    // (a visit to a capital is read with its host, whom the visitors may meet after)
    expect(contacts("Blinken and Lammy pledged new aid on Wednesday during a joint visit to Kyiv.", "2024-09-11")).not.toEqual([]);
  });
});
