import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { nightHeadingDay } from "./night-headings.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

describe("a night's heading dates the items under it", () => {
  it("reads the day each night heading's night ended, across a month's end too", () => {
    expect(nightHeadingDay("NIGHT OF DECEMBER 31 - JANUARY 1", "2023-01-01")).toBe("2023-01-01");
    expect(nightHeadingDay("NIGHT OF 29–30 MAY: THE DRONES", "2023-06-07")).toBe("2023-05-30");
    expect(nightHeadingDay("NIGHT OF OCT 6-7", "2024-10-12")).toBe("2024-10-07");
  });

  it("gives the items under 'NIGHT OF DECEMBER 31 - JANUARY 1' that night, not the one into the day heading before it", () => {
    const text = [
      "DECEMBER 31, SATURDAY",
      "* Shortly after 14:00, Russia fires more than 20 cruise missiles, the Air Force says, and 12 of them are destroyed.",
      "NIGHT OF DECEMBER 31 - JANUARY 1",
      "* As Ukrainians see in the new year, Russia sends 45 Shahed drones against Ukraine, all of which are shot down, the Air Force says.",
    ].join("\n");
    const got = dates(text, "2023-01-01");
    expect(got).toContain("launched:45:2022-12-31..2023-01-01");
    // (the day heading's own items keep their day)
    expect(got).toContain("launched:20:2022-12-31..2022-12-31");
  });

  it("reads 'overnight' under 'NIGHT OF DECEMBER 30-31' as that night", () => {
    const text = [
      "SATURDAY, DECEMBER 30",
      "A Ukrainian strike on the centre of the Russian city of Belgorod killed 25 people, according to regional governor Vyacheslav Gladkov.",
      "NIGHT OF DECEMBER 30-31",
      "Retaliation came quickly. The Air Force said Russia launched 49 Shahed drones overnight, and that 21 of them were shot down.",
    ].join("\n");
    expect(dates(text, "2024-01-03")).toContain("launched:49:2023-12-30..2023-12-31");
  });

  it("leaves lines that do not open with their own night", () => {
    expect(nightHeadingDay("CASUALTIES BY REGION, NIGHT OF JULY 19-20", "2025-07-20")).toBeNull();
    expect(nightHeadingDay("THE NEXT NIGHT", "2025-07-20")).toBeNull();
    expect(nightHeadingDay("On the night of 18-19 December, Russia sends 35 Shahed drones towards Kyiv.", "2023-01-01")).toBeNull();
  });

  it("reads a weekday's night heading, 'SUNDAY NIGHT: …', as the night that began that evening", () => {
    const under = (heading: string) =>
      dates(
        [
          "Kyiv residents barely left their shelters over the past day and a half.",
          heading,
          "Hours earlier, during the night, Russia had launched 40 cruise missiles and 35 Shahed drones across Ukraine, the Air Force said.",
        ].join("\n"),
        "2023-05-29",
      );
    expect(under("SUNDAY NIGHT: AIRFIELDS IN THE WEST")).toContain("launched:40:2023-05-28..2023-05-29");
    // (a weekday heading alone keeps the night into that day)
    expect(under("SUNDAY: CITY DAY")).toContain("launched:40:2023-05-27..2023-05-28");
    // (on a page of that Sunday, its night heading is the night into it, not one after the article)
    expect(dates("SUNDAY NIGHT: DRONES OVER KYIV\n\nRussia launched 40 drones during the night, the Air Force said.", "2025-07-13")).toEqual(["launched:40:2025-07-12..2025-07-13"]);
  });
});
