import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub = "2025-02-28") =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("contacts with one person, each on a day of its own", () => {
  it("gives each of a list its day of the list closed by 'respectively'", () => {
    expect(contacts("Earlier in the week, French President Emmanuel Macron and Starmer both met Trump at the White House, on Monday and Thursday respectively, in an attempt to persuade him that any ceasefire must be backed by American security guarantees.")).toEqual([
      "meeting Donald Trump+Emmanuel Macron 2025-02-24",
      "meeting Donald Trump+Keir Starmer 2025-02-27",
    ]);
    expect(contacts("Trump hosted Macron and Starmer on Feb. 24 and Feb. 27, respectively.")).toEqual([
      "meeting Donald Trump+Emmanuel Macron 2025-02-24",
      "meeting Donald Trump+Keir Starmer 2025-02-27",
    ]);
  });

  it("gives the name left at a passive's close the host and its own day", () => {
    expect(contacts("A reminder of how this week began: Emmanuel Macron was received by Trump at the White House on Monday, and Starmer on Thursday.")).toEqual([
      "meeting Donald Trump+Emmanuel Macron 2025-02-24",
      "meeting Donald Trump+Keir Starmer 2025-02-27",
    ]);
  });

  it("keeps one meeting of all when the days are not each one's", () => {
    expect(contacts("Macron and Starmer met Trump together on Monday.")).toEqual(["meeting Donald Trump+Emmanuel Macron+Keir Starmer 2025-02-24"]);
    // (as many days as people on neither side: no pairing)
    expect(contacts("Macron and Starmer met Trump and Vance on Monday and Thursday respectively.")).not.toContain("meeting Donald Trump+Emmanuel Macron 2025-02-24");
    // (the closing name is the host's guest on the same day, not another's)
    expect(contacts("Emmanuel Macron was received by Trump at the White House on Monday, and Starmer too.")).toEqual(["meeting Donald Trump+Emmanuel Macron+Keir Starmer 2025-02-24"]);
  });
});
