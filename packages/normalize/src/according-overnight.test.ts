import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dated = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

describe("a day, its source as an aside, then a bare night (classifyRefs)", () => {
  it("is the night that ended that day: the day it was told", () => {
    const text = "Earlier on Saturday, according to the ministry, air defence systems destroyed 32 Ukrainian unmanned aerial vehicles overnight over the Bryansk, Oryol, Kursk and Moscow regions.";
    expect(dated(text, "2023-12-31")).toEqual(["shot_down:32:2023-12-29..2023-12-30"]);
  });

  it("stays the day of the attack when no night follows", () => {
    const text = "On Thursday, according to Syniehubov, Russia fired 15 missiles at Kharkiv and its suburbs.";
    expect(dated(text, "2024-05-25")).toEqual(["launched:15:2024-05-23..2024-05-23"]);
  });
});

describe("a night told as earlier on the strike's day, paragraphs after it (nightsAsNamed)", () => {
  const toll = "The number of people killed in Saturday's attack on the centre of Belgorod has risen to 24, governor Vyacheslav Gladkov said on Sunday.";
  const filler = "Residential buildings and a shopping centre were damaged. Mourning has been declared. The Investigative Committee opened a case. The UN Security Council met on Saturday evening. Moscow blamed Kyiv. New Year celebrations were cancelled.";
  it("keeps the toll on its day", () => {
    const text = `${toll}\n${filler}\nEarlier on Saturday, the ministry said air defence systems destroyed 32 Ukrainian drones overnight.`;
    expect(dated(text, "2023-12-31")).toEqual(["killed:24:2023-12-30..2023-12-30", "shot_down:32:2023-12-29..2023-12-30"]);
  });

  it("joins the toll to the night when the night is not told as earlier", () => {
    const text = `${toll}\n${filler}\nOn Saturday, the ministry said air defence systems destroyed 32 Ukrainian drones overnight.`;
    expect(dated(text, "2023-12-31")).toEqual(["killed:24:2023-12-29..2023-12-30", "shot_down:32:2023-12-29..2023-12-30"]);
  });
});
