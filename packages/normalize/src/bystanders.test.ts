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

describe("who reacts to a contact, in a clause after it", () => {
  it("leaves out whom only a clause of criticism or praise names", () => {
    expect(contacts("Olaf Scholz spoke to Putin by phone on Friday for the first time in nearly two years, drawing criticism from Zelensky, who said it opened \"Pandora's box\".", "2024-11-17")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2024-11-15"]);
    expect(contacts("Viktor Orban met Putin in Moscow on Friday, prompting a sharp rebuke from Ursula von der Leyen.", "2024-07-06")).toEqual(["meeting Viktor Orban+Vladimir Putin 2024-07-05"]);
  });
  it("ends the reaction at the next clause, keeping a later leg of the trip", () => {
    expect(contacts("Orban met Putin in Moscow on Friday, prompting swift criticism from Zelensky and EU leaders, and later met Xi Jinping in Beijing.", "2024-07-06")).toEqual(["meeting Viktor Orban+Vladimir Putin 2024-07-05", "meeting Viktor Orban+Xi Jinping 2024-07-05"]);
  });
  it("keeps one the contact's own clause names", () => {
    expect(contacts("Olaf Scholz spoke to Putin and Zelensky by phone on Friday, drawing criticism from Kyiv.", "2024-11-17")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2024-11-15", "phone_call Olaf Scholz+Volodymyr Zelensky 2024-11-15"]);
    expect(contacts("Olaf Scholz spoke to Putin by phone on Friday, drawing criticism from Kyiv.", "2024-11-17")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2024-11-15"]);
  });
});

describe("who only a contact worked toward names", () => {
  it("leaves out whom only the meeting the pair agreed to work toward names", () => {
    expect(contacts("Putin called Trump during the White House meeting with European leaders on Monday, and the two agreed to work toward a meeting between Putin and Zelensky.", "2025-08-19")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-08-18"]);
    expect(contacts("Trump said he called Putin on Monday and \"began the arrangements\" for a meeting between Putin and Zelensky.", "2025-08-19")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-08-18"]);
  });
  it("keeps those of a meeting travelled to, which was held", () => {
    expect(contacts("Hakan Fidan flew to Istanbul on Friday for a meeting between Rustem Umerov and Vladimir Medinsky.", "2025-05-17").some((c) => c.includes("Medinsky") && c.includes("Umerov"))).toBe(true);
  });
});

describe("a team named as none met", () => {
  it("reads no contact with a team after \"no\"", () => {
    expect(contacts("Russian Foreign Minister Sergei Lavrov said in Ankara on Monday, after meeting no Ukrainian officials, that Moscow was not planning any contacts with Kyiv.", "2025-02-19")).toEqual([]);
  });
  it("keeps a team met", () => {
    expect(contacts("Russian Foreign Minister Sergei Lavrov met Ukrainian officials in Ankara on Monday.", "2025-02-19")).toEqual(["meeting Sergey Lavrov+Ukrainian delegation 2025-02-17"]);
  });
});
