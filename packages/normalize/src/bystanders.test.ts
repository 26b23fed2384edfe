import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub = "2025-07-10") =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("who a delegation's next sentence names but took no part in its talks", () => {
  it("leaves out whom only a contact a member proposed names, but keeps the members the sentence names", () => {
    expect(contacts("A third round of talks between Russia and Ukraine in Istanbul lasted less than an hour on Wednesday, the delegations said. Ukrainian negotiator Rustem Umerov proposed a meeting of Putin and Zelensky by the end of August.", "2025-07-25").some((c) => c.includes("Putin"))).toBe(false);
    expect(contacts("Russian and Ukrainian delegations held talks in Istanbul on Friday. The Russian team was led by Vladimir Medinsky, and Ukraine's by Rustem Umerov.", "2025-05-17")).toEqual(["talks Rustem Umerov+Vladimir Medinsky 2025-05-16"]);
  });
});
