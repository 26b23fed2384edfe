import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub = "2023-12-13") => extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("the House Speaker among the people of contacts (people.ts)", () => {
  it("reads a meeting with Mike Johnson", () => {
    expect(contacts("Earlier on Tuesday Zelensky met House Speaker Mike Johnson on Capitol Hill.")).toEqual(["meeting Mike Johnson+Volodymyr Zelensky 2023-12-12"]);
  });

  it("is never a bare Johnson, who may be Boris", () => {
    expect(contacts("Zelensky met Boris Johnson in Kyiv on Tuesday.")).toEqual(["meeting Boris Johnson+Volodymyr Zelensky 2023-12-12"]);
  });
});

describe("talks held before a contact, told after it with 'after holding talks' (itinerary)", () => {
  it("are a leg of their own", () => {
    const text = "Zelensky met Joe Biden at the White House on Tuesday, after holding talks on Capitol Hill with House Speaker Mike Johnson and with senators.";
    expect(contacts(text)).toEqual(["meeting Joe Biden+Volodymyr Zelensky 2023-12-12", "meeting Mike Johnson+Volodymyr Zelensky 2023-12-12"]);
  });

  it("are the same contact when they name no one else", () => {
    expect(contacts("Zelensky met Joe Biden at the White House on Tuesday, after holding talks with him in the Oval Office.")).toEqual(["meeting Joe Biden+Volodymyr Zelensky 2023-12-12"]);
  });
});
