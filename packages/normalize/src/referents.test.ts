import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub: string) =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("'the two' after two sentences naming two pairs", () => {
  it("is the pair of the sentence right before", () => {
    expect(
      contacts(
        'Trump told reporters on Tuesday that he did not want "a wasted meeting" with Putin, days after their phone call last Thursday. A preparatory meeting between Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov has also been put off. The two spoke by phone on Monday.',
        "2025-10-22",
      ),
    ).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-10-16", "phone_call Marco Rubio+Sergey Lavrov 2025-10-20"]);
  });

  it("is the pair the two sentences name together when the one right before names one of them only", () => {
    expect(contacts("Trump and Putin have not met since Alaska. Putin said on Tuesday he was ready for another summit. The two spoke by phone on Monday.", "2025-10-22")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-10-20",
    ]);
  });

  it("is not the pair of the sentence right before when that sentence tells no contact of theirs", () => {
    expect(contacts("Trump spoke with Putin by phone on Tuesday. Zelensky, meanwhile, criticised Putin. The two leaders spoke for two hours.", "2025-07-10")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-07-08",
    ]);
  });
});
