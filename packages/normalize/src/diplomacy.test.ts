import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub = "2025-05-20") =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}${c.place ? ` @${c.place}` : ""}`);

describe("diplomatic contacts", () => {
  it("reads a call between two leaders with its day", () => {
    expect(contacts("Trump spoke by phone with Putin on Monday.")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
  });

  it("merges mentions of one call in one article and keeps its date", () => {
    expect(contacts("A phone call between Trump and Putin preceded the attack.\nPeople familiar with Monday's call said Trump raised sanctions with Putin.")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-05-19",
    ]);
  });

  it("is not diplomacy when a leader meets his own officials, or when the meeting was cancelled or only planned", () => {
    expect(contacts("Zelensky met Umerov and Sybiha in Kyiv on Monday.")).toEqual([]);
    expect(contacts("Witkoff cancelled a meeting with Zelensky.")).toEqual([]);
    expect(contacts("Trump said he would meet Putin next week.")).toEqual([]);
  });

  it("names the place of talks", () => {
    expect(contacts("Umerov and Medinsky held talks in Istanbul on Friday.", "2025-05-17")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-05-16 @Istanbul",
    ]);
  });
});
