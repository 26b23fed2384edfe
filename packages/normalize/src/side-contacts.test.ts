import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub = "2025-07-10") =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("an aside's contact", () => {
  it("reads an aside's 'his' after a subject of two as the one the head names last, but keeps a lone subject's", () => {
    expect(contacts("Ukrainian President Volodymyr Zelensky and Polish Prime Minister Donald Tusk on Saturday led a wave of criticism of German Chancellor Olaf Scholz, a day after his hour-long telephone conversation with Vladimir Putin.", "2024-11-16")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2024-11-15"]);
    expect(contacts("Ukrainian President Volodymyr Zelensky on Saturday criticised the German government, a day after his telephone conversation with Donald Trump.", "2024-11-16")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2024-11-15"]);
  });
});

describe("a call after the contact, with no comma before it", () => {
  it("reads a briefing or a call after \"later\" or \"then\" as a call of its own", () => {
    expect(contacts("Trump spoke to Putin for two hours on Monday and later briefed Zelensky and European leaders.", "2025-05-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19", "phone_call Donald Trump+Volodymyr Zelensky 2025-05-19"]);
    expect(contacts("Trump said he spoke with Putin on Wednesday and then called Zelensky.", "2025-02-13")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-02-12", "phone_call Donald Trump+Volodymyr Zelensky 2025-02-12"]);
  });
  it("reads a briefing given before it (\"and had briefed\") as a call of its own, not one more on the line", () => {
    expect(contacts("Trump spoke with Putin for two hours on Tuesday and had also briefed Zelensky beforehand.", "2025-02-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-02-18", "phone_call Donald Trump+Volodymyr Zelensky 2025-02-18"]);
    expect(contacts("Trump spoke with Putin for two hours on Tuesday and had briefed reporters beforehand.", "2025-02-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-02-18"]);
  });
  it("reads no call when the one briefed or called is of the traveller's own state", () => {
    expect(contacts("Witkoff met Putin in Moscow on Wednesday and later briefed Trump.", "2025-08-08")).toEqual(["meeting Steve Witkoff+Vladimir Putin 2025-08-06"]);
    expect(contacts("Witkoff met Putin in Moscow on Wednesday and later called Trump.", "2025-08-08")).toEqual(["meeting Steve Witkoff+Vladimir Putin 2025-08-06"]);
    expect(contacts("Zelensky met Starmer in London on Monday and then briefed Yermak.", "2025-03-04")).toEqual(["meeting Keir Starmer+Volodymyr Zelensky 2025-03-03"]);
  });
  it("reads a briefing that names its place as a meeting there", () => {
    expect(extractContacts(articleOf("Witkoff met Putin in Moscow on Wednesday and then briefed Umerov in Miami on Saturday.", "2025-08-10"), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date} ${c.place}`)).toEqual(["meeting Steve Witkoff+Vladimir Putin 2025-08-06 Moscow", "meeting Rustem Umerov+Steve Witkoff 2025-08-09 Miami"]);
  });
  it("keeps one contact when no one else is briefed", () => {
    expect(contacts("Trump met Putin in Anchorage on Friday and then briefed reporters.", "2025-08-16")).toEqual(["meeting Donald Trump+Vladimir Putin 2025-08-15"]);
  });
});
