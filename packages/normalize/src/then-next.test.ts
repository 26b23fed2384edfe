import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub: string) =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("'X then telephoned Y': the next contact of the day told before", () => {
  it("reads the call on that day, with a wire's age beside the name", () => {
    const text =
      "On Wednesday, for a few hours, it looked as if the war might be set by the telephone. Donald Trump said he had held a call with Vladimir Putin. The Kremlin said the conversation lasted almost an hour and a half.\n\nTrump, 78, then telephoned Volodymyr Zelensky.";
    expect(contacts(text, "2025-02-13")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-02-12", "phone_call Donald Trump+Volodymyr Zelensky 2025-02-12"]);
  });

  it("keeps a call's own day when it names one", () => {
    const text =
      "On Wednesday, for a few hours, it looked as if the war might be set by the telephone. Donald Trump said he had held a call with Vladimir Putin. The Kremlin said the conversation lasted almost an hour and a half.\n\nTrump, 78, telephoned Volodymyr Zelensky on Friday.";
    expect(contacts(text, "2025-02-15")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-02-12", "phone_call Donald Trump+Volodymyr Zelensky 2025-02-14"]);
  });
});
