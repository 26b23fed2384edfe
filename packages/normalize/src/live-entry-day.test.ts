import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub: string) => extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

// A live page kept up over two days, newest first, published on the second.
const page = (entry: string) =>
  [
    "MONDAY 10 MARCH",
    "",
    "08:15",
    "Air raid alerts have been lifted in most regions after a quiet night.",
    "",
    "SUNDAY 9 MARCH",
    "",
    "21:50",
    entry,
    "",
    "13:05",
    "The Air Force says 64 drones were launched overnight, 40 of them shot down.",
  ].join("\n");

describe("a live page's entry under a day heading (liveEntryDay)", () => {
  it("dates 'this evening' by the heading's day, not the page's latest", () => {
    expect(contacts(page("The Elysee says Emmanuel Macron spoke with Volodymyr Zelensky by phone this evening."), "2025-03-10")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-03-09",
    ]);
    expect(contacts(page("Downing Street says Keir Starmer spoke with Volodymyr Zelensky today."), "2025-03-10")).toEqual(["phone_call Keir Starmer+Volodymyr Zelensky 2025-03-09"]);
  });

  it("leaves a day the entry names itself, and a page with one day heading", () => {
    expect(contacts(page("The Elysee says Emmanuel Macron spoke with Volodymyr Zelensky by phone on Friday."), "2025-03-10")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-03-07",
    ]);
    const oneDay = ["MONDAY 10 MARCH", "", "21:50", "The Elysee says Emmanuel Macron spoke with Volodymyr Zelensky by phone this evening."].join("\n");
    expect(contacts(oneDay, "2025-03-10")).toEqual(["phone_call Emmanuel Macron+Volodymyr Zelensky 2025-03-10"]);
  });
});
