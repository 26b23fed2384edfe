import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";
import { withoutTitleAppositives } from "./title-appositives.ts";

const contacts = (text: string, pub: string, strike: { start: string; end: string } | null) =>
  extractContacts(articleOf(text, pub), strike).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("an aside naming a person's office", () => {
  it("counts a contact told after 'came two days after' back from the attack past the aside", () => {
    const text = "The strike came two days after Steve Witkoff, Trump's special envoy, held more than four hours of talks with Vladimir Putin in St Petersburg.";
    expect(contacts(text, "2025-04-14", { start: "2025-04-13", end: "2025-04-13" })).toEqual(["talks Steve Witkoff+Vladimir Putin 2025-04-11"]);
  });

  it("blanks only an office's aside, keeping the offsets, not a clause with a verb nor an attribution", () => {
    const office = "after Steve Witkoff, Trump's special envoy, held talks";
    expect(withoutTitleAppositives(office)).toHaveLength(office.length);
    expect(withoutTitleAppositives(office)).not.toContain(",");
    expect(withoutTitleAppositives("after Witkoff, who met Putin on Friday, held talks")).toContain(",");
    expect(withoutTitleAppositives("after the talks, officials said, Witkoff flew home")).toContain(",");
  });
});
