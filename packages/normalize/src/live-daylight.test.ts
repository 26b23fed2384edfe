import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf, pageOf } from "./test-helpers.ts";

// A newest-first live page whose closing summary tells a strike by day and the night's drones, over entries that count the
// strike's dead by its place.
const HEADLINE = "Russia-Ukraine war live: ballistic missile hits centre of Izium in broad daylight, killing five";
const page = (hour: string) =>
  [
    HEADLINE,
    "",
    "19:25",
    "That's where we'll pause our coverage for today. Here's a summary of the main developments:",
    `- A Russian ballistic missile struck the centre of Izium in Kharkiv region shortly before ${hour}, killing five people and injuring more than 50.`,
    "- Russia launched 78 attack drones against Ukraine overnight, according to the Air Force.",
    "",
    "18:40",
    "Kharkiv regional governor Oleh Syniehubov has given what he called the final figures for today: five people were killed in Izium and 52 were injured.",
    "",
    "08:30",
    "Ukraine's Air Force says Russia attacked overnight with 78 Shahed-type attack drones. Air defences shot down 50 of them.",
  ].join("\n");
const dated = (claims: ReturnType<typeof extractClaims>) => claims.map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
const dates = (text: string, published: string) => dated(extractClaims(articleOf(text, published)));
const livePage = (text: string) => dated(extractClaims(pageOf(text, { published: "2025-02-04T17:25:00Z", headline: HEADLINE })));

describe("a live page's strike told at an hour by day", () => {
  it("keeps the entries that count its dead at its place that day, not the night that ended the morning", () => {
    expect(livePage(page("11:00"))).toEqual(
      expect.arrayContaining(["killed:5:2025-02-04..2025-02-04", "injured:52:2025-02-04..2025-02-04", "launched:78:2025-02-03..2025-02-04", "shot_down:50:2025-02-03..2025-02-04"]),
    );
  });

  it("leaves a strike at dawn, which may end the night's attack, to the night", () => {
    expect(livePage(page("06:00"))).toEqual(expect.arrayContaining(["killed:5:2025-02-03..2025-02-04", "injured:52:2025-02-03..2025-02-04"]));
  });

  it("leaves the night's toll at a place struck by day only on a later day to the night", () => {
    const wire = [
      "Russian ballistic missiles struck the centre of Dnipro at around 10 a.m. on Tuesday, killing 17 people and wounding 279, officials said.",
      "",
      "Russia fired 352 drones and 16 missiles at Ukraine overnight into Monday, the Ukrainian Air Force said. Nine people were killed in Dnipro and one in the surrounding region, authorities said.",
    ].join("\n");
    expect(dates(wire, "2025-06-24")).toEqual(expect.arrayContaining(["killed:9:2025-06-22..2025-06-23"]));
  });
});
