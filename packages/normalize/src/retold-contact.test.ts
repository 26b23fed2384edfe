import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { retoldAt } from "./retold-contact.ts";
import { articleOf } from "./test-helpers.ts";

const at = (text: string, noun: string) => retoldAt(text, text.indexOf(noun));

describe("a contact named again", () => {
  it("reads a definite or possessive contact noun with no partner as one named again, with its owner", () => {
    expect(at("the call had been important", "call")).toMatchObject({ owner: null });
    expect(at("Scholz's call had opened Pandora's box", "call")).toMatchObject({ owner: "Scholz" });
    expect(at("Friday's hour-long telephone conversation was useful", "conversation")).toMatchObject({ owner: null });
    expect(at("the hour-long telephone conversation was useful", "conversation")).toMatchObject({ owner: null });
  });

  it("reads no contact named again where the noun names its partner or is indefinite", () => {
    expect(at("the call with Putin had been important", "call")).toBeNull();
    expect(at("the talks between Umerov and Medinsky", "talks")).toBeNull();
    expect(at("a call had been arranged", "call")).toBeNull();
    expect(at("Scholz's visit to Kyiv", "visit")).toBeNull();
  });
  it("reads a cue that starts at the possessive ending", () => {
    expect(retoldAt("Scholz's call had opened Pandora's box", 6)).toMatchObject({ owner: "Scholz" });
  });
});

describe("who is named beside a contact named again", () => {
  const contacts = (text: string, pub: string) =>
    extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

  it("leaves out whoever only speaks of a contact told before, but keeps those it says took part and a contact told after it", () => {
    expect(contacts("German Chancellor Olaf Scholz spoke with Russian President Vladimir Putin by phone on Friday. Zelensky, speaking in his nightly video address on Friday, said Scholz's call had opened \"Pandora's box\".", "2024-11-16")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2024-11-15"]);
    expect(contacts("Hungarian Foreign Minister Peter Szijjarto held talks with Ukrainian Foreign Minister Dmytro Kuleba in Uzhhorod on Monday. The talks, which lasted more than four hours, focused on the Hungarian minority and the preparation of a meeting between Prime Minister Viktor Orban and President Volodymyr Zelensky.", "2024-01-29")).toEqual(["talks Dmytro Kuleba+Peter Szijjarto 2024-01-29"]);
    expect(contacts("Steve Witkoff met Vladimir Putin at the Kremlin on Thursday. Jared Kushner also took part in the meeting.", "2025-12-05")).toEqual(["meeting Jared Kushner+Steve Witkoff+Vladimir Putin 2025-12-04"]);
    expect(contacts("Hungarian Foreign Minister Peter Szijjarto held talks with Ukrainian Foreign Minister Dmytro Kuleba in Uzhhorod on Monday. Monday's talks came five days after Slovak Prime Minister Robert Fico met his Ukrainian counterpart, Denys Shmyhal, also in Uzhhorod.", "2024-01-29")).toContain("talks Denys Shmyhal+Robert Fico 2024-01-24");
  });
});
