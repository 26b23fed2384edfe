import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf, pageOf } from "./test-helpers.ts";

const dated = (claims: ReturnType<typeof extractClaims>) => claims.map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
const dates = (text: string, published: string) => dated(extractClaims(articleOf(text, published)));

// A newest-first live page of Friday 13 December 2024: the page's barrage is dated nowhere, an entry near the top recalls the
// other side's strike of Wednesday and the bottom entry a barrage of 28 November.
const HEADLINE = "Ukraine war live: Russia fires 94 missiles and 193 drones at energy grid";
const LIVE = [
  HEADLINE,
  "",
  "18:30",
  "Russia's Defence Ministry says its forces carried out a massive strike on energy facilities. It presented the attack as a response to Wednesday's strike on the military airfield in Taganrog, where, the ministry says, Ukraine fired six ATACMS missiles.",
  "",
  "09:15",
  "The Air Force has published its figures. It says Russia launched 94 missiles and 193 drones. It says 81 missiles and 80 drones were shot down.",
  "",
  "07:30",
  "Catch-up: this is the second big strike on the grid since the end of November. On 28 November, according to the Air Force, Russia fired 91 missiles and 97 drones.",
].join("\n");

describe("a live page's own attack", () => {
  it("is not a day or night its entries recall from before the day it follows, nor the other side's strike they recall", () => {
    const claims = dated(extractClaims(pageOf(LIVE, { published: "2024-12-13T17:45:00Z", headline: HEADLINE })));
    expect(claims).toEqual(
      expect.arrayContaining(["launched:94:2024-12-12..2024-12-13", "launched:193:2024-12-12..2024-12-13", "shot_down:81:2024-12-12..2024-12-13", "launched:91:2024-11-27..2024-11-28"]),
    );
  });

  it("is not a daytime strike an entry dates to a day before it: \"On Sunday evening a drone attack on Kharkiv killed four\"", () => {
    const page = [
      "Live: Kyiv counts its dead after night attack",
      "",
      "10:30 Toll rises to seven",
      "Tymur Tkachenko, head of the Kyiv city military administration, says the death toll has climbed to seven and that 20 people were injured.",
      "",
      "08:10 Six dead in Kyiv",
      "Tkachenko initially reports six people killed in the capital after a combined drone and missile attack overnight.",
      "",
      "07:30 Good morning",
      "We are following events in Kyiv, where explosions were heard from around 1am. On Sunday evening a drone attack on Kharkiv killed four people.",
    ].join("\n");
    const claims = dated(extractClaims(pageOf(page, { published: "2025-11-25T16:45:00Z", headline: "Live: Kyiv counts its dead after night attack" })));
    expect(claims).toEqual(expect.arrayContaining(["killed:7:2025-11-24..2025-11-25", "injured:20:2025-11-24..2025-11-25", "killed:4:2025-11-23..2025-11-23"]));
  });

  it("leaves an article that is no live page to the day it names days before it was written", () => {
    const text = "Russia's missile strike on Odesa on Monday killed five people, officials said.\n\nRescuers said a further 12 people were injured.";
    expect(dates(text, "2025-07-10")).toEqual(["killed:5:2025-07-07..2025-07-07", "injured:12:2025-07-07..2025-07-07"]);
  });
});

describe("a strike of the other side told first", () => {
  it("does not date the counts of an attack told after it", () => {
    const text = [
      "Russia's Defence Ministry said its forces had struck energy facilities. It presented the attack as a response to Wednesday's strike on the military airfield in Taganrog, where Ukraine fired six ATACMS missiles.",
      "",
      "Ukraine's Air Force said Russia launched 94 missiles and 193 drones.",
    ].join("\n");
    expect(dates(text, "2024-12-13")).toEqual(expect.arrayContaining(["launched:94:2024-12-12..2024-12-13", "launched:193:2024-12-12..2024-12-13"]));
  });

  it("leaves a toll of the other side's attack, told after the article's night, on that night", () => {
    const text = [
      "Russia launched 50 drones at Ukraine overnight, the Air Force said.",
      "",
      "Ukrainian drones attacked the Belgorod region, governor Vyacheslav Gladkov said. Two people were injured.",
    ].join("\n");
    expect(dates(text, "2024-12-13")).toEqual(["launched:50:2024-12-12..2024-12-13", "injured:2:2024-12-12..2024-12-13"]);
  });
});

describe("a daytime strike in the article's background", () => {
  it("does not date the article's attack", () => {
    const text = [
      "Russia attacks Kyiv with Shaheds for third time in 24 hours",
      "",
      "Russian forces attacked Kyiv with Shahed attack drones for the third time in little more than a day overnight on 29-30 May.",
      "",
      "The Air Force reported that Russia launched 31 Shahed drones from the north and south-east. Air defence destroyed 29 of them.",
      "",
      "Background:",
      "",
      "On the morning of 29 May, Russia attacked Kyiv with 11 ballistic and cruise missiles in the middle of the working day.",
    ].join("\n");
    expect(dates(text, "2023-05-30")).toEqual(expect.arrayContaining(["launched:31:2023-05-29..2023-05-30", "shot_down:29:2023-05-29..2023-05-30"]));
  });

  it("leaves a daytime strike the body tells to date the article", () => {
    const text = ["Missiles strike Chernihiv", "", "Russian missiles struck the centre of Chernihiv in the middle of the working day.", "", "Rescuers said 12 people were injured."].join("\n");
    expect(dates(text, "2023-08-19")).toEqual(["injured:12:2023-08-19..2023-08-19"]);
  });
});
