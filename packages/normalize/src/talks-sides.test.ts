import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { sidesOfTalks } from "./talks-sides.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub: string) => extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("talks named by their two sides", () => {
  it("reads the two states of 'Russian-Ukrainian talks', 'the Russia-Ukraine peace talks'", () => {
    const at = (text: string) => sidesOfTalks(text, text.indexOf(" talks") + 1);
    expect(at("the resumption of direct Russian-Ukrainian talks")).toEqual(["RU", "UA"]);
    expect(at("the Russia-Ukraine peace talks")).toEqual(["RU", "UA"]);
    expect(at("the Putin-Erdogan talks")).toBeNull();
  });

  it("are no contact of a sentence that names no one of one side: it speaks of them", () => {
    expect(contacts("Putin thanked Trump for Washington's support for the resumption of direct Russian-Ukrainian talks in Istanbul.", "2025-05-19")).toEqual([]);
    // (no one named: the talks themselves, whose heads the next sentence gives)
    expect(contacts("The swap was the main result of the Russian-Ukrainian talks held in Istanbul on May 16. The Russian delegation was headed by Vladimir Medinsky and the Ukrainian one by Rustem Umerov.", "2025-05-25")).toEqual(["talks Rustem Umerov+Vladimir Medinsky 2025-05-16"]);
    // (one of each side named: theirs)
    expect(contacts("Umerov and Medinsky sat down for Russian-Ukrainian talks in Istanbul on Friday.", "2025-05-19")).toEqual(["talks Rustem Umerov+Vladimir Medinsky 2025-05-16"]);
  });
});
