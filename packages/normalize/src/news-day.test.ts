import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub: string) => extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("a contact told with no time of its own (newsDay)", () => {
  it("is of the report's day when the text last named that day", () => {
    expect(
      contacts(
        "Ukrainian President Volodymyr Zelensky arrived in The Hague on Tuesday for the NATO summit, hours after a Russian missile attack on the city of Dnipro killed at least 17 people.\nThe city's mayor said 279 were injured.\nRescue work went on through the afternoon.\nAllies condemned the strike.\nZelensky and Schoof spoke for around an hour at the Catshuis, the prime minister's official residence.",
        "2025-06-24",
      ),
    ).toEqual(["phone_call Dick Schoof+Volodymyr Zelensky 2025-06-24"]);
    // (a month named in between is no time of the news)
    expect(contacts("Russia launched 40 drones at Kharkiv on Thursday, the most since September 2022.\nOfficials said 31 were shot down.\nPower was cut in two districts.\nRepairs went on.\nIn Granada, Zelensky met Spanish Prime Minister Pedro Sanchez.", "2023-10-05")).toEqual([
      "meeting Pedro Sanchez+Volodymyr Zelensky 2023-10-05",
    ]);
  });

  it("is of the report's day when the text last named the night into it", () => {
    expect(contacts("Russia launched 40 drones at Lviv during the night, the regional governor said.\nTwo people were hurt.\nPrime Minister Donald Tusk later held a phone call with Volodymyr Zelensky.", "2025-09-10")).toEqual([
      "phone_call Donald Tusk+Volodymyr Zelensky 2025-09-10",
    ]);
  });

  it("is of the day a republished wire was written, by its dateline under the page's own line, when the text last named that day", () => {
    const page = "Dozens dead as missile strikes mourners in Ukrainian village\nThe Northfield Courier | World | Friday, October 6, 2023\nBy Meridian Wire\nHROZA, Ukraine, Oct 5 (Meridian Wire) - A Russian missile slammed into a village cafe on Thursday, killing 51 people.\nIn Granada, Zelensky held talks with Spanish Prime Minister Pedro Sanchez.";
    expect(contacts(page, "2023-10-06")).toEqual(["talks Pedro Sanchez+Volodymyr Zelensky 2023-10-05"]);
    // (not a day the dateline does not give: the wire's news of another day stays undated)
    expect(contacts(page.replace("on Thursday", "on Wednesday"), "2023-10-06")).toEqual(["talks Pedro Sanchez+Volodymyr Zelensky ?"]);
  });

  it("stays undated when the time named last is another one", () => {
    // (a night named last, not the report's day, in a round-up published days after it)
    expect(
      contacts("Russia fired seven missiles and 123 drones at Kyiv on the night of 11–12 February.\nMacron telephoned Volodymyr Zelensky.", "2025-02-16"),
    ).toEqual(["phone_call Emmanuel Macron+Volodymyr Zelensky ?"]);
    // (another day named last)
    expect(contacts("Russia launched 40 drones at Kharkiv on Monday.\nOfficials said 31 were shot down.\nPower was cut in two districts.\nRepairs went on.\nIn Granada, Zelensky met Spanish Prime Minister Pedro Sanchez.", "2023-10-05")).toEqual([
      "meeting Pedro Sanchez+Volodymyr Zelensky ?",
    ]);
    // (nor with no day named before it at all)
    expect(contacts("In Granada, Zelensky met Spanish Prime Minister Pedro Sanchez.", "2023-10-05")).toEqual(["meeting Pedro Sanchez+Volodymyr Zelensky ?"]);
  });
});
