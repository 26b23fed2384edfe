import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

// A lead that tells the attack by its day's morning alone, with its counts in the paragraphs after it.
const lead = (when: string) =>
  [
    `KYIV - Russia launched a major missile and drone attack on Ukraine's energy system ${when}, knocking out power in several regions.`,
    "",
    "Ukraine's Air Force later said it had tracked 78 missiles and 106 drones.",
  ].join("\n");

describe("a lead that tells the attack by its morning alone (articleDate byDay)", () => {
  it("dates the counts of the later paragraphs by that day, as its own paragraph's are", () => {
    expect(dates(lead("on Christmas morning"), "2024-12-25")).toEqual(["launched:78:2024-12-25..2024-12-25", "launched:106:2024-12-25..2024-12-25"]);
    expect(dates(lead("on Wednesday morning"), "2024-12-25")).toEqual(["launched:78:2024-12-25..2024-12-25", "launched:106:2024-12-25..2024-12-25"]);
  });

  it("leaves them the night's when the lead ties the morning to the night, or names no morning", () => {
    expect(dates(lead("early on Wednesday morning"), "2024-12-25")).toEqual(["launched:78:2024-12-24..2024-12-25", "launched:106:2024-12-24..2024-12-25"]);
    expect(dates(lead("overnight and into Wednesday morning"), "2024-12-25")).toEqual(["launched:78:2024-12-24..2024-12-25", "launched:106:2024-12-24..2024-12-25"]);
    expect(dates(lead("on Wednesday"), "2024-12-25")).toEqual(["launched:78:2024-12-24..2024-12-25", "launched:106:2024-12-24..2024-12-25"]);
  });

  it("leaves them the night's when the morning is not the attack's own verb's: the aftermath's, or a morning someone spoke in", () => {
    const after = (opening: string) => [opening, "", "Ukraine's Air Force later said it had tracked 78 missiles and 106 drones."].join("\n");
    const night = ["launched:78:2024-12-24..2024-12-25", "launched:106:2024-12-24..2024-12-25"];
    expect(dates(after("KYIV - Millions of Ukrainians were without power on Wednesday morning after Russia attacked the energy system."), "2024-12-25")).toEqual(night);
    expect(dates(after("KYIV - Zelensky condemned on Wednesday morning the Russian attack on the energy system."), "2024-12-25")).toEqual(night);
    expect(dates(after("KYIV - Russia attacked the energy system, Zelensky said on Wednesday morning."), "2024-12-25")).toEqual(night);
    // (the attack's own verb, with its target between: that morning's)
    expect(dates(after("KYIV - Russia struck the energy system on Wednesday morning."), "2024-12-25")).toEqual(["launched:78:2024-12-25..2024-12-25", "launched:106:2024-12-25..2024-12-25"]);
  });
});

// A fact box's item under its day's heading, whose sentence tells the attack "in the morning".
const item = (sentence: string) =>
  ["Here are the deadliest strikes on Kharkiv this month:", "", "MAY 23 - FAKTOR DRUK PRINTING HOUSE", `${sentence} One of them destroyed the printing works. Seven people were killed and 21 injured.`].join("\n");

describe("a count with no day of its own told 'in the morning' (firedInTheMorning)", () => {
  it("keeps the day it takes over, as 'on Thursday morning' alone does", () => {
    expect(dates(item("Russia fired 15 missiles at Kharkiv and its suburbs in the morning, Syniehubov said."), "2024-05-31")).toEqual(
      expect.arrayContaining(["launched:15:2024-05-23..2024-05-23", "killed:7:2024-05-23..2024-05-23"]),
    );
  });

  it("leaves the heading's night for 'early in the morning', and for a morning someone spoke in", () => {
    expect(dates(item("Russia fired 15 missiles at Kharkiv and its suburbs early in the morning."), "2024-05-31")).toEqual(expect.arrayContaining(["launched:15:2024-05-22..2024-05-23"]));
    expect(dates(item("Russia fired 15 missiles at Kharkiv, Syniehubov said in the morning."), "2024-05-31")).toEqual(expect.arrayContaining(["launched:15:2024-05-22..2024-05-23"]));
  });
});
