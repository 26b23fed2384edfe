import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse.ts";
import { warDayDate, wireDatelineDate } from "./wire-dateline.ts";

const date = (lead: string, rest = "") => wireDatelineDate(lead, `${lead}\n${rest}`);
// the day the page itself gives (not the latest-date estimate that stands in when it gives none)
const at = (text: string) => {
  const { meta } = parseArticle({ id: "a", file: "a.txt", sha256: "0".repeat(64), text, sidecar: null });
  return meta.publishedFrom === "latest-date" ? null : meta.published;
};

describe("a wire's dateline", () => {
  it("gives its day, with the year it writes", () => {
    expect(date("KHARKIV, 22 October 2025 - A Russian drone struck a private kindergarten in Kharkiv this morning.")).toBe("2025-10-22");
    expect(date("MOSCOW, 13 September 2025. /Vesti-Press/. Air defence means shot down 1 449 drones over the week.")).toBe("2025-09-13");
  });

  it("takes the one year of the war in which the day fell on the weekday the lead says it was filed", () => {
    expect(date("KYIV, Oct 10 (Meridian Wire) - Russia fired waves of cruise missiles at Ukrainian cities on Monday, officials said.")).toBe("2022-10-10");
    expect(date("MOSCOW, Aug 6 (Continental Wire) - Russian President Vladimir Putin met U.S. special envoy Steve Witkoff in the Kremlin on Wednesday, the Kremlin said.")).toBe("2025-08-06");
    expect(date("KRYVYI RIH, Ukraine, April 6 (Meridian News) - The toll from Friday's strike rose to 20, the governor said on Sunday.")).toBe("2025-04-06");
    // (a story filed from no one place: the day and the agency alone)
    expect(date("Dec 26 (Meridian News) - Ukraine's air force destroyed a Russian landing ship in Feodosia, officials said on Tuesday.")).toBe("2023-12-26");
    expect(date("Dec 26 - Ukraine's air force destroyed a Russian landing ship in Feodosia, officials said on Tuesday.")).toBeNull();
  });

  it("reads 'early on Wednesday' and 'on Monday morning' in the lead as the day it was filed, as 'said on' is", () => {
    // (19 November was a Wednesday in 2025 and a Thursday in 2026, where "on Wednesday" could be the day before)
    expect(date("KYIV, Nov 19 (Northgate Wire) - Russian missiles struck two apartment blocks in Ternopil early on Wednesday, killing 25 people.")).toBe("2025-11-19");
    expect(date("KYIV, Oct 10 (Meridian Wire) - Russia rained cruise missiles on Ukrainian cities during the Monday morning rush hour.", "President Joe Biden spoke with Zelensky.")).toBe("2022-10-10");
  });

  it("gives none when the weekday may be the day before, no weekday is said, or it is no wire's dateline", () => {
    // (July 4 was a Thursday in 2024, and "late on Thursday" in Friday's copy fits 2025 as well)
    // ("warned on Thursday" in Friday's copy of 12 August 2022: no war year but 2027 had 12 August on a Thursday)
    expect(date("KYIV, Aug 12 (Northgate Wire) - The head of the U.N. nuclear watchdog warned on Thursday that fighting could lead to disaster.")).toBeNull();
    expect(date("KYIV, July 4 (Wire) - Russia launched one of its largest air attacks of the war on Ukraine late on Thursday.")).toBeNull();
    expect(date("KYIV, July 9 (Meridian Newswire) - Russia launched 728 drones at Ukraine overnight along with 13 missiles.")).toBeNull();
    expect(date("KYIV, Ukraine — A massive Russian drone and missile attack on Kyiv overnight killed at least 23 people on Thursday.")).toBeNull();
    expect(date("Kyiv said on Monday that Russia had fired 40 drones, the Air Force said.")).toBeNull();
  });

  it("takes a source's 'said on Wednesday' from the paragraph after a lead that names no weekday, but not a paragraph of several days", () => {
    const lead = "Russia fires record 728 drones at Ukraine\n\nKYIV, July 9 (Meridian Newswire) - Russia launched 728 drones at Ukraine overnight along with 13 missiles, the Air Force said.";
    expect(at(`${lead}\n\nThe Air Force said on Wednesday that 711 of the drones had been shot down or jammed.`)).toBe("2025-07-09");
    expect(at(`${lead}\n\nThe Air Force said on Wednesday that 711 of the drones had been shot down, after 300 on Tuesday.`)).toBeNull();
  });

  it("keeps within the years the text allows (a year it writes, the US presidency it names)", () => {
    // (Oct 16 was a Thursday in 2025 only among the war's years; Biden's presidency rules out none of them here)
    expect(date("WASHINGTON, Oct 16 (Continental Wire) - U.S. President Donald Trump said on Thursday that he had spoken with Putin.")).toBe("2025-10-16");
    // (Feb 21 was a Tuesday in 2023; a text that writes 2025 is not from before 2024, and no later Feb 21 was a Tuesday)
    expect(date("KYIV, Feb 21 (Continental Wire) - Italian Prime Minister Giorgia Meloni held talks with Zelensky in Kyiv on Tuesday.")).toBe("2023-02-21");
    expect(date("KYIV, Feb 21 (Continental Wire) - Italian Prime Minister Giorgia Meloni held talks with Zelensky in Kyiv on Tuesday.", "The 2025 budget was discussed.")).toBeNull();
  });

  it("takes the one year the offices the text names allow, with or without a weekday", () => {
    // (Boris Johnson was prime minister in 2022 only among the war's years; Naftali Bennett too)
    expect(date("KYIV, March 1 (Meridian Wire) - Russian missiles struck Kyiv's television tower on Tuesday evening.", "British Prime Minister Boris Johnson condemned the strike.")).toBe("2022-03-01");
    expect(date("LONDON, March 8 (Meridian Wire) - Western leaders have spent weeks trying to broker talks.", "Israeli Prime Minister Naftali Bennett flew to Moscow.")).toBe("2022-03-08");
    // (not a former holder of the office)
    expect(date("LONDON, March 8 (Meridian Wire) - Western leaders have spent weeks trying to broker talks.", "Former Prime Minister Boris Johnson said so.")).toBeNull();
  });

  it("dates an article by 'published' inside a line of its head ('Eastern Europe Monitor - weekly briefing, published Tuesday 24 May 2022')", () => {
    expect(at("The week in Ukraine's air war\n\nEastern Europe Monitor - weekly briefing, published Tuesday 24 May 2022\n\nThis briefing covers the seven days from Monday 16 May to Sunday 22 May, with figures given by officials at the time and notes where they have changed since.")).toBe("2022-05-24");
  });

  it("dates an article by a head line of date, time and outlet ('14.11.2025 | 13:25 | Ukrinfo'), a table row still not", () => {
    expect(at("General Staff confirms strike on Sheskharis oil terminal\n\n14.11.2025 | 13:25 | Ukrinfo\n\nThe Defence Forces of Ukraine struck the oil terminal overnight, the General Staff said.")).toBe("2025-11-14");
    expect(at("Russia launches 40 drones at Ukraine\n\nDate | Drones | Missiles\n29.12.2023 | 36 | 122\n\nRussia launched 40 drones overnight, officials said.")).toBeNull();
  });

  it("reads the war's day count a digest heads itself with (24 February 2022 is day 1)", () => {
    expect(warDayDate("Russia-Ukraine war: List of key events, day 1,181\nAs the war enters its 1,181st day, these are the main developments.")).toBe("2025-05-19");
    expect(warDayDate("Ukraine live: it is day 79 of Russia's full-scale war in Ukraine")).toBe("2022-05-13");
    expect(warDayDate("Day 1 of the invasion")).toBe("2022-02-24");
    // (not a day of something else)
    expect(warDayDate("It was day 3 of the search in the rubble")).toBeNull();
  });

  it("dates an article without a sidecar date, and never overrides one", () => {
    const text = "Russia rains missiles on Kyiv\n\nKYIV, Oct 10 (Meridian Wire) - Russia fired waves of cruise missiles at Ukrainian cities during the morning rush hour on Monday, officials said.";
    const bare = parseArticle({ id: "a", file: "a.txt", sha256: "0".repeat(64), text, sidecar: null });
    expect({ published: bare.meta.published, from: bare.meta.publishedFrom }).toEqual({ published: "2022-10-10", from: "text" });
    const dated = parseArticle({ id: "a", file: "a.txt", sha256: "0".repeat(64), text, sidecar: { published: "2022-10-11" } });
    expect(dated.meta.published).toBe("2022-10-11");
  });
});
