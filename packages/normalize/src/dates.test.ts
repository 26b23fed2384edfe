import { describe, expect, it } from "vitest";
import { classifyRefs, isDaytime } from "./attack-dates.ts";
import { findTimeRefs, titleCased } from "./dates.ts";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const span = (s: string, pub: string | null) => findTimeRefs(s, pub).map((r) => [r.start, r.end, r.precision]);

describe("resolving dates against the publication date", () => {
  it("reads 'the night of December 28' as the night into the 28th (chrono-node returns the reference date)", () => {
    expect(span("Ukraine launched 91 drones on the night of December 28.", "2025-12-30")).toEqual([["2025-12-27", "2025-12-28", "night"]]);
    // (across a month's end: "the night of 31 December to 1 January")
    expect(span("Drones hit Odesa on the night of 31 December to 1 January.", "2024-01-02")).toEqual([["2023-12-31", "2024-01-01", "night"]]);
  });

  it("reads an ISO date with the next day after a slash ('Night of 2024-12-30/31') as the night between them", () => {
    expect(span("Night of 2024-12-30/31 - Ukraine's Air Force: Russia launched 21 Shahed-type drones", "2025-01-02")).toEqual([["2024-12-30", "2024-12-31", "night"]]);
    expect(span("Night of 2024-12-31/2025-01-01 - 111 drones", "2025-01-02")).toEqual([["2024-12-31", "2025-01-01", "night"]]);
    // (a slash before no next day leaves the date a day)
    expect(span("2024-12-30/15 drones", "2025-01-02")).toEqual([["2024-12-30", "2024-12-30", "day"]]);
  });

  it("reads a day after its heading's day, up to publication, as that year's (a review of the year: 'November 23: the blackout … On December 16')", () => {
    // (the heading's day is the reference, publication the latest day a date may be)
    const under = (s: string, heading: string, pub: string) => findTimeRefs(s, heading, heading, pub).map((r) => [r.start, r.end]);
    expect(under("On December 16, the count was 76 missiles.", "2022-11-23", "2022-12-20")).toEqual([["2022-12-16", "2022-12-16"]]);
    expect(under("On the morning of December 25, Russia launched 78 missiles.", "2024-11-17", "2024-12-31")).toEqual([["2024-12-25", "2024-12-25"]]);
    // (across New Year: "January 2" under "December 28", published in January)
    expect(under("On January 2, Russia fired 40 missiles.", "2023-12-28", "2024-01-05")).toEqual([["2024-01-02", "2024-01-02"]]);
    // (not a day after publication, which is the year before; nor a day given with its year)
    expect(under("On December 28, Russia fired 20 missiles.", "2022-11-23", "2022-12-20")).toEqual([["2021-12-28", "2021-12-28"]]);
    expect(under("On December 16, 2021, Russia fired 20 missiles.", "2022-11-23", "2022-12-20")).toEqual([["2021-12-16", "2021-12-16"]]);
  });

  it("reads both ends of 'between 8 and 9 July' and 'December 28–29'", () => {
    expect(span("between 8 and 9 July", "2025-07-10")).toEqual([["2025-07-08", "2025-07-09", "night"]]);
    expect(span("on December 28–29", "2025-12-31")).toEqual([["2025-12-28", "2025-12-29", "night"]]);
    // (each day with its year: a span over New Year)
    expect(span("between December 27, 2023 and February 7, 2024, Kostin said", "2024-02-26")).toEqual([["2023-12-27", "2024-02-07", "month"]]);
    expect(span("Between December 29, 2023 and January 2, Russia launched 500 missiles and drones", "2024-02-26")).toEqual([["2023-12-29", "2024-01-02", "week"]]);
    expect(span("the night of 8–9 July", "2025-07-10")).toEqual([["2025-07-08", "2025-07-09", "night"]]);
  });

  it("reads both ends of a span whose ends are each a full date, at an hour or on a weekday ('between 24 February and midnight on 24 March')", () => {
    expect(span("at least 1,035 civilians were killed between 24 February and midnight on 24 March", "2022-03-26")).toEqual([["2022-02-24", "2022-03-24", "month"]]);
    expect(span("between 14:00 on Tuesday, May 20, and 07:00 on Friday, May 23", "2025-05-23")).toEqual([["2025-05-20", "2025-05-23", "week"]]);
    expect(span("from 1 July to 31 July", "2025-08-02")).toEqual([["2025-07-01", "2025-07-31", "month"]]);
    // (not a lone day with an hour, nor a day named after another that only compares them)
    expect(span("at 14:00 on Tuesday, May 20, and again on May 23", "2025-05-23").map((r) => r[2])).toEqual(["day", "day"]);
  });

  it("reads a span of months each with its year ('between February 2022 and the end of January 2025') whole", () => {
    expect(span("at least 29,178 injured in Ukraine between February 2022 and the end of January 2025", "2025-02-28")).toEqual([["2022-02-24", "2025-01-31", "month"]]);
    expect(span("from January 2024 to March 2025", "2025-04-02")).toEqual([["2024-01-01", "2025-03-31", "month"]]);
    // (a month with its year alone stays that month)
    expect(span("in February 2022 and again later", "2025-02-28")).toEqual([["2022-02-01", "2022-02-28", "month"]]);
  });

  it("resolves overnight, weekdays and 'last Friday'", () => {
    expect(span("Russia attacked overnight", "2025-07-09")).toEqual([["2025-07-08", "2025-07-09", "night"]]);
    expect(span("on Sunday", "2024-11-10")).toEqual([["2024-11-10", "2024-11-10", "day"]]);
    expect(span("on Thursday", "2024-11-10")).toEqual([["2024-11-07", "2024-11-07", "day"]]);
    expect(span("last Friday", "2025-07-11")).toEqual([["2025-07-04", "2025-07-04", "day"]]);
    // ("last Wednesday" in Thursday's paper: the week before, yesterday being "on Wednesday")
    expect(span("last Wednesday", "2024-04-25")).toEqual([["2024-04-17", "2024-04-17", "day"]]);
    expect(span("last Monday", "2024-04-25")).toEqual([["2024-04-22", "2024-04-22", "day"]]);
    expect(span("Saturday into Sunday", "2025-07-06")).toEqual([["2025-07-05", "2025-07-06", "night"]]);
  });

  it("reads a night named by its two weekdays as one night, not a day and the night after the second", () => {
    // (article of Friday 21 November 2025: Tuesday the 18th into Wednesday the 19th)
    expect(span("killed in the strike on Ternopil on the Tuesday-Wednesday night", "2025-11-21")).toEqual([["2025-11-18", "2025-11-19", "night"]]);
    expect(span("Russia attacked the grid on Thursday-to-Friday night", "2025-11-21")).toEqual([["2025-11-20", "2025-11-21", "night"]]);
    expect(span("SATURDAY-SUNDAY NIGHT", "2025-11-21")).toEqual([["2025-11-15", "2025-11-16", "night"]]);
    expect(span("during the night from Saturday to Sunday", "2025-11-21")).toEqual([["2025-11-15", "2025-11-16", "night"]]);
    // ("overnight on Tuesday to Wednesday" in Thursday's paper: not the night into Tuesday)
    expect(span("recorded 19 violations of Polish airspace overnight on Tuesday to Wednesday", "2025-09-11")).toEqual([["2025-09-09", "2025-09-10", "night"]]);
    // days that are not consecutive are no night
    expect(span("Monday-Wednesday night", "2025-11-21")).toEqual([[null, null, "day"]]);
    // "from Saturday to Sunday night" runs over two days
    expect(span("The curfew will run from Saturday to Sunday night.", "2025-07-10").at(-1)).toEqual(["2025-07-06", "2025-07-07", "night"]);
  });

  it("puts a date followed by 'last year' in the year before publication's", () => {
    // (a date a few days after publication is otherwise this year's: a timeline's next item)
    expect(span("On the night of 2–3 February last year, a drone attack on the refinery also started a fire.", "2025-01-31")).toEqual([["2024-02-02", "2024-02-03", "night"]]);
    expect(span("On the night of 2–3 February, drones attacked the refinery.", "2025-01-31")).toEqual([["2025-02-02", "2025-02-03", "night"]]);
    // (or preceded by "a year ago": "A year ago, on December 29, …" in a piece of 26 December)
    expect(span("A year ago, on December 29, Russia carried out what was then the largest attack of the war.", "2024-12-26")).toEqual([["2023-12-29", "2023-12-29", "day"]]);
    expect(span("On December 29, Russia carried out the largest attack of the war.", "2024-12-26")).toEqual([["2024-12-29", "2024-12-29", "day"]]);
    expect(span("A year ago, on December 29, Russia carried out what was then the largest attack of the war.", "2024-01-02")).toEqual([["2022-12-29", "2022-12-29", "day"]]);
    // ("the previous record" is not the previous year)
    expect(span("The strike on 4 July, the previous largest, involved 550 drones.", "2025-07-09")).toEqual([["2025-07-04", "2025-07-04", "day"]]);
  });

  it("reads the small hours of a weekday as the night that ended that day", () => {
    expect(span("Shortly after 3 a.m. on Sunday, residents were woken by an explosion.", "2023-07-30")).toEqual([["2023-07-29", "2023-07-30", "night"]]);
    expect(span("At 3:40am on Sunday, missiles hit the centre.", "2023-07-30")).toEqual([["2023-07-29", "2023-07-30", "night"]]);
    // (on a calendar day too: "a little after 1am on July 9" is the night of 8-9 July; not a morning hour, "at 10am on July 9")
    expect(span("The first explosions came a little after 1am on July 9.", "2025-07-20")).toEqual([["2025-07-08", "2025-07-09", "night"]]);
    expect(span("The first explosions came at about 10am on July 9.", "2025-07-20")).toEqual([["2025-07-09", "2025-07-09", "day"]]);
    // (a daytime hour is that day)
    expect(span("At 11 a.m. on Sunday, missiles hit the centre.", "2023-07-30")).toEqual([["2023-07-30", "2023-07-30", "day"]]);
  });

  it("reads a translated page's day.month with no other time word in the sentence ('On 26.08 Russia attacked')", () => {
    expect(span("On 26.08 Russia carried out a massive combined attack.", "2024-08-26")).toEqual([["2024-08-26", "2024-08-26", "day"]]);
  });

  it("reads 'Over September as a whole' as the month, not a night", () => {
    expect(span("Over September as a whole, the Air Force recorded 5,638 drones.", "2025-10-05")).toEqual([["2025-09-01", "2025-09-30", "month"]]);
    // (not a day of the month: "Over September 7")
    expect(span("Over September 7, the Air Force recorded 810 drones.", "2025-10-05")).toEqual([["2025-09-07", "2025-09-07", "day"]]);
  });

  it("gives weeks and months as periods", () => {
    expect(span("earlier this week", "2025-07-10")).toEqual([["2025-07-07", "2025-07-10", "week"]]);
    expect(span("In July", "2025-08-02")).toEqual([["2025-07-01", "2025-07-31", "month"]]);
    expect(span("fewer than 500 drones in the whole of September 2022", "2025-10-02")).toEqual([["2022-09-01", "2022-09-30", "month"]]);
    expect(span("July 2025 was the deadliest month, with at least 286 killed", "2025-10-02")).toEqual([["2025-07-01", "2025-07-31", "month"]]);
    expect(span("December alone saw at least 139 civilians killed", "2025-01-15")).toEqual([["2024-12-01", "2024-12-31", "month"]]);
    // (a period's start is no month of its own: "since February 2022" is the war so far, "since March 2024" runs from that
    // month to publication; a day keeps its day)
    expect(span("12,164 killed since February 2022", "2025-10-02")).toEqual([["2022-02-24", "2025-10-02", "year"]]);
    expect(span("1,200 drones since March 2024", "2025-10-02")).toEqual([["2024-03-01", "2025-10-02", "month"]]);
    expect(span("Since July 2024, Russian drone attacks have killed 149 civilians in Kherson", "2025-07-22")).toEqual([["2024-07-01", "2025-07-22", "month"]]);
    // (since what first appeared that month: "since they first appeared in Ukrainian skies in September 2022")
    expect(span("Russia has launched more than 27,000 Shahed drones since they first appeared in Ukrainian skies in September 2022.", "2025-03-10")).toEqual([["2022-09-01", "2025-03-10", "month"]]);
    expect(span("on 9 July 2025", "2025-10-02")).toEqual([["2025-07-09", "2025-07-09", "day"]]);
    // (the worst "since January 2023, when …" recalls that month; "since January" is this year so far)
    expect(span("the deadliest since January 2023, when a missile hit an apartment block", "2025-06-25")).toEqual([["2023-01-01", "2023-01-31", "month"]]);
    expect(span("1,200 drones since January 2023", "2025-06-25")).toEqual([["2023-01-01", "2025-06-25", "month"]]);
    expect(span("1,200 drones since January", "2025-06-25")).toEqual([["2025-01-01", "2025-06-25", "year"]]);
    // (and without its year: "since January, when …" recalls the last January before the piece, not the year so far; but a
    // "when" clause that tells a series' start keeps the period)
    expect(span("It was the deadliest strike on civilians in Ukraine since January, when a missile hit an apartment block in Dnipro and killed 46 people.", "2023-10-05")).toEqual([["2023-01-01", "2023-01-31", "month"]]);
    expect(span("the heaviest barrage since November, when 70 missiles were fired", "2024-03-02")).toEqual([["2023-11-01", "2023-11-30", "month"]]);
    expect(span("Air defences have shot down 900 drones since January, when Russia began its new campaign.", "2025-06-25")).toEqual([["2025-01-01", "2025-06-25", "year"]]);
    // (nor is the year a superlative is measured in: "remains the deadliest for Kyiv this year")
    expect(span("The night of 16-17 June remains the deadliest for Kyiv this year: 28 people died.", "2025-06-25")).toEqual([["2025-06-16", "2025-06-17", "night"]]);
    expect(span("Russia has launched 20,000 drones this year", "2025-06-25")).toEqual([["2025-01-01", "2025-06-25", "year"]]);
    // (nor the year of a day just named: "on April 4 this year" is that day)
    expect(span("18 were killed in Kryvyi Rih on April 4 this year, nine of them children", "2025-06-01")).toEqual([["2025-04-04", "2025-04-04", "day"]]);
    // ("a record" or "one of the most affected regions" is no superlative of the year)
    expect(span("Russia has launched a record 34,000 drones at Ukraine this year", "2025-06-25")).toEqual([["2025-01-01", "2025-06-25", "year"]]);
    // (and a war that is no invasion leaves its month: "Russia escalated its drone war in July")
    expect(span("Russia escalated its drone war in July, launching 6,297 drones", "2025-08-02")).toEqual([["2025-07-01", "2025-07-31", "month"]]);
  });

  it("reads a fact box line labelled with its month, not a month named later in a line", () => {
    expect(span("* June 2025: 5,438 drones and 231 missiles.", "2025-10-02")).toEqual([["2025-06-01", "2025-06-30", "month"]]);
    expect(span("July: 6,297 drones", "2025-10-02")).toEqual([["2025-07-01", "2025-07-31", "month"]]);
    expect(span("Air Force: 40 drones. June figures follow", "2025-10-02")).toEqual([]);
    // (a day or night the line names itself dates it)
    expect(span("June 2025: 30 drones were shot down on the night of June 27-28.", "2025-10-02")).toEqual([["2025-06-27", "2025-06-28", "night"]]);
  });

  it("takes last year's date when the month is after publication", () => {
    expect(span("on December 31", "2026-01-02")).toEqual([["2025-12-31", "2025-12-31", "day"]]);
  });

  it("leaves relative dates unresolved without a publication date, but keeps dates with a year", () => {
    expect(span("overnight", null)).toEqual([[null, null, "day"]]);
    expect(span("on July 4, 2025", null)).toEqual([["2025-07-04", "2025-07-04", "day"]]);
  });
});

describe("holidays", () => {
  it("dates 'on Christmas morning' and 'New Year's Eve', but not 'the New Year holidays'", () => {
    expect(span("Russia launched 78 missiles on Christmas morning", "2024-12-26")).toEqual([["2024-12-25", "2024-12-25", "day"]]);
    expect(span("a strike on New Year's Eve", "2025-01-02")).toEqual([["2024-12-31", "2024-12-31", "day"]]);
    // ("Christmas night" is the night into the feast, as the Air Force's report of the 25th means it; "Christmas morning" stays the day)
    expect(span("On Christmas night, Russia launched 31 Shahed drones and two guided missiles.", "2023-12-27")).toEqual([["2023-12-24", "2023-12-25", "night"]]);
    expect(span("Air Force: 28 of 31 Shahed drones destroyed on Christmas night", "2023-12-25")).toEqual([["2023-12-24", "2023-12-25", "night"]]);
    // (a ministry's "over the past day", like "over the past 24 hours", is counted with the night before the report)
    expect(span("Over the past day, air defence means intercepted three HARM anti-radar missiles.", "2023-01-17")).toEqual([["2023-01-16", "2023-01-17", "night"]]);
    // (a month so far, and a year of the war)
    expect(span("Since the beginning of May, Russia has launched more than 4,000 drones.", "2025-05-25")).toEqual([["2025-05-01", "2025-05-25", "month"]]);
    expect(span("In 2024, Russia launched about 11,000 Shahed drones at Ukraine.", "2025-05-25")).toEqual([["2024-01-01", "2024-12-31", "year"]]);
    expect(span("Since 2014 the conflict has killed thousands.", "2025-05-25")).toEqual([]);
    // (a year so far, up to the report, even told in the next year; not the year a superlative is measured against)
    expect(span("Since the start of 2024, Russia has launched more than 11,000 Shahed-type attack drones and decoys.", "2024-12-25")).toEqual([["2024-01-01", "2024-12-25", "year"]]);
    expect(span("Since the beginning of 2025, Russia has launched 30,000 drones.", "2026-01-02")).toEqual([["2025-01-01", "2026-01-02", "year"]]);
    expect(span("It was the largest attack since the start of 2024.", "2024-12-25")).toEqual([]);
    // ("New Year's night" is the night the year turns)
    expect(span("45 Shaheds were destroyed on New Year's night", "2023-01-02")).toEqual([["2022-12-31", "2023-01-01", "night"]]);
    // (and New Year's Eve "into the first hours" of the next day is that night; the eve alone stays the day)
    expect(span("Russia launched 90 drones on New Year's Eve and into the first hours of 2024", "2024-01-01")).toEqual([["2023-12-31", "2024-01-01", "night"]]);
    expect(span("Russia launched 90 drones on New Year's Eve", "2024-01-01")).toEqual([["2023-12-31", "2023-12-31", "day"]]);
    expect(span("ahead of the New Year holidays", "2023-12-30")).toEqual([]);
  });
  it("reads clock-time spans as the night or day they cover", () => {
    expect(span("from 11:00 p.m. Moscow time on September 12 to 7:00 a.m. Moscow time on September 13", "2025-09-13")).toEqual([["2025-09-12", "2025-09-13", "night"]]);
    expect(span("from 9 a.m. on September 12 to 8 p.m. on September 12", "2025-09-13")).toEqual([["2025-09-12", "2025-09-12", "day"]]);
    expect(span("between 7 p.m. on Saturday and the morning of Sunday", "2025-06-29")).toEqual([["2025-06-28", "2025-06-29", "night"]]);
    expect(span("on September 12 to 7:00", "2025-09-13")).toEqual([["2025-09-12", "2025-09-12", "day"]]);
  });
  it("reads 'on the night of August 21' as the night into the 21st, as Ukrainian outlets mean it, whenever the piece was published", () => {
    expect(span("On the night of August 21, Russia attacked Ukraine", "2025-08-21")).toEqual([["2025-08-20", "2025-08-21", "night"]]);
    // (the night just ended, as translated pages put it: "This night 14 UAVs were destroyed", "were destroyed in the night")
    expect(span("This night 14 UAVs were destroyed over the Bryansk region", "2025-02-10")).toEqual([["2025-02-09", "2025-02-10", "night"]]);
    expect(span("Over the Belgorod region 6 Ukrainian UAVs were destroyed in the night.", "2024-03-16")).toEqual([["2024-03-15", "2024-03-16", "night"]]);
    // (and as translated pages put it: "In the night on March 5", "In the night on 05.03", "On the night of 05.03")
    expect(span("In the night on March 5 12 UAVs were destroyed", "2025-03-05")).toEqual([["2025-03-04", "2025-03-05", "night"]]);
    expect(span("In the night on 05.03 12 UAVs were destroyed", "2025-03-05")).toEqual([["2025-03-04", "2025-03-05", "night"]]);
    expect(span("On the night of 05.03, 12 UAVs were destroyed", "2025-03-05")).toEqual([["2025-03-04", "2025-03-05", "night"]]);
    expect(span("On the night of March 11, three people were killed in the Moscow region.", "2025-03-12")).toEqual([["2025-03-10", "2025-03-11", "night"]]);
  });
  it("reads 'shortly after midnight on 6 October' as the night that ended that day, as 'after midnight on Sunday' is", () => {
    expect(span("Hours later, shortly after midnight on 6 October, two Iskander missiles hit a residential area in the centre of Kharkiv.", "2023-10-13")).toEqual([["2023-10-05", "2023-10-06", "night"]]);
    expect(span("Shortly after midnight on Sunday, two missiles hit the city.", "2023-10-13")).toEqual([["2023-10-07", "2023-10-08", "night"]]);
    // (not a cut-off, "as of midnight on 6 October", nor the day alone)
    expect(span("as of midnight on 6 October, 36 civilians had been killed", "2023-10-13").at(-1)?.[2]).not.toEqual("night");
    expect(span("Two missiles hit Kharkiv on 6 October.", "2023-10-13")).toEqual([["2023-10-06", "2023-10-06", "day"]]);
  });

  it("reads a count of the war's victims kept to a cut-off day ('up to midnight on March 6') as the war so far to that day", () => {
    expect(span("the U.N. human rights office said it had recorded 406 civilians killed and 801 injured up to midnight on March 6", "2022-03-08")).toEqual([["2022-02-24", "2022-03-06", "year"]]);
    expect(span("The U.N. human rights office said on Tuesday it had verified 136 civilian deaths, 13 of them children, and 400 injuries in Ukraine as of midnight on Monday", "2022-03-01").at(-1)).toEqual(["2022-02-24", "2022-02-28", "year"]);
    expect(span("The UN human rights office says it has recorded 364 civilians killed and 759 injured in Ukraine between the start of the invasion and midnight on Saturday.", "2022-03-06")).toEqual([["2022-02-24", "2022-03-05", "year"]]);
    expect(span("The U.N. human rights office says it has verified 5,587 civilian deaths and 7,890 injuries in Ukraine up to Aug. 21.", "2022-08-24")).toEqual([["2022-02-24", "2022-08-21", "year"]]);
    expect(span("as of the morning of 10 March, 71 children had been killed and more than 100 children injured as a result of the armed aggression of the Russian Federation", "2022-03-10")).toEqual([["2022-02-24", "2022-03-10", "year"]]);
    // (not a strike's toll, nor a count with a start of its own: those keep their days)
    expect(span("Kyiv authorities said that as of midnight on Monday 12 people had been killed in the strike.", "2022-03-08")).toEqual([["2022-03-07", "2022-03-07", "day"]]);
    expect(span("The mission recorded 286 civilians killed in July, up to 31 July.", "2025-08-12").some((r) => r[0] === "2022-02-24")).toBe(false);
  });

  it("reads the war named as 'the attack' a count runs from, and the monitors' 'confirmed', as the war so far to the cut-off", () => {
    // (2 March 2022 was a Wednesday)
    expect(span("The UN human rights office says it has recorded 752 civilian casualties in Ukraine from the start of the attack to midnight on Wednesday: 227 people killed and 525 injured.", "2022-03-03")).toEqual([["2022-02-24", "2022-03-02", "year"]]);
    expect(span("The U.N. human rights office said it had confirmed 816 civilian deaths, including 59 children, and 1,333 injuries up to midnight on March 17.", "2022-03-19")).toEqual([["2022-02-24", "2022-03-17", "year"]]);
    // (not an attack's own toll, however confirmed: the day it was counted to)
    expect(span("Kyiv authorities confirmed that as of midnight on Monday 12 people had been killed in the strike.", "2022-03-08")).toEqual([["2022-03-07", "2022-03-07", "day"]]);
    expect(span("Police confirmed that the attack had killed 12 people up to midnight on Monday.", "2022-03-08").some((r) => r[0] === "2022-02-24")).toBe(false);
    // (nor a city's toll confirmed as of a day: "confirmed" counts the war's victims only beside civilians)
    expect(span("The death toll in Kyiv rose to 18, city officials confirmed as of Wednesday morning.", "2025-07-10").some((r) => r[0] === "2022-02-24")).toBe(false);
    expect(span("As of Wednesday, officials had confirmed 18 deaths in Kyiv.", "2025-07-10").some((r) => r[0] === "2022-02-24")).toBe(false);
  });

  it("gives the month an attack's place in a series is counted over to that series, not to the figure beside it", () => {
    expect(span("Popko said more than 20 of them were shot down in the airspace around the capital, the 17th attack on Kyiv since the start of May.", "2023-06-07")).toEqual([]);
    expect(span("It was the eighth Russian air attack on the capital since the start of May.", "2023-06-07")).toEqual([]);
    // (a count kept over the month stays the month's)
    expect(span("The capital was attacked 17 times since the start of May, with 400 drones.", "2023-06-07")).toEqual([["2023-05-01", "2023-05-31", "month"]]);
    expect(span("Russia launched 2,000 drones at Kyiv since the start of May.", "2023-06-07")).toEqual([["2023-05-01", "2023-05-31", "month"]]);
  });

  it("reads 'six months since Russia's invasion' as a span measured, not as the war so far", () => {
    expect(span("A Russian missile strike on a railway station killed at least 22 people on Wednesday, as the country marked six months since Russia's invasion.", "2022-08-24")).toEqual([["2022-08-24", "2022-08-24", "day"]]);
    expect(span("Two years since the start of the full-scale invasion, Kyiv held a memorial.", "2024-02-24")).toEqual([]);
    // (a count since it is still the war so far)
    expect(span("More than 9,000 civilians have been killed since Russia's invasion, the UN says.", "2023-06-02")).toEqual([["2022-02-24", "2023-06-02", "year"]]);
  });

  it("reads 'since the start of the full-scale invasion in February 2022' as the war so far, not as February 2022", () => {
    expect(span("Russia has launched more than 40,000 drones since the start of the full-scale invasion in February 2022.", "2025-09-08")).toEqual([["2022-02-24", "2025-09-08", "year"]]);
    expect(span("The UN has verified 13,800 civilians killed since the beginning of Russia's full-scale invasion.", "2025-08-12")).toEqual([["2022-02-24", "2025-08-12", "year"]]);
    expect(span("More than 10,000 civilians have been killed in Ukraine since Russia's full-scale invasion in February 2022", "2023-11-21")).toEqual([["2022-02-24", "2023-11-21", "year"]]);
    expect(span("Since the full-scale invasion began on 24 February 2022, the HRMMU has verified 13,883 civilian deaths.", "2025-08-12")).toEqual([["2022-02-24", "2025-08-12", "year"]]);
    expect(span("more than 50,000 drones since the start of its full-scale invasion in 2022", "2025-11-25")).toEqual([["2022-02-24", "2025-11-25", "year"]]);
    // (told by the verb: "since Russia invaded on Feb. 24", "since Russia's invasion"; not another invasion)
    expect(span("it had confirmed 564 civilian deaths since Russia invaded on Feb. 24, and 982 injured", "2022-03-11")).toEqual([["2022-02-24", "2022-03-11", "year"]]);
    expect(span("More than 9,000 civilians have been killed since Russia's invasion, the UN says.", "2023-06-02")).toEqual([["2022-02-24", "2023-06-02", "year"]]);
    expect(span("the first such strike since Russia's invasion of Crimea", "2023-06-02")).toEqual([]);
    expect(span("More than 14,000 people have been killed since Russia invaded Ukraine in 2014, the UN said.", "2025-06-10")).toEqual([]);
    expect(span("More than 14,000 people have been killed since Russia invaded Crimea in 2014, the UN said.", "2025-06-10")).toEqual([]);
    expect(span("The UN said 13,000 civilians have been killed since Russia's invasion of Ukraine.", "2025-06-10")).toEqual([["2022-02-24", "2025-06-10", "year"]]);
    expect(span("The UN said 13,000 civilians have been killed since Russia's full-scale invasion of Ukraine.", "2025-06-10")).toEqual([["2022-02-24", "2025-06-10", "year"]]);
    expect(span("More than 9,000 civilians have been killed since Russia invaded Ukraine, the UN says.", "2023-06-02")).toEqual([["2022-02-24", "2023-06-02", "year"]]);
    // a comparison names no period
    expect(span("the largest attack since the start of the full-scale invasion: 158 missiles and drones", "2023-12-30")).toEqual([]);
    // (nor is the month or year it started: "its largest aerial attack since the start of the full-scale invasion in
    // February 2022, killing at least 30"; and "deepest" compares as "largest" does)
    expect(span("its largest aerial attack on Ukraine since the start of the full-scale invasion in February 2022, killing at least 30 people", "2023-12-29")).toEqual([]);
    expect(span("the largest attack since the invasion in 2022", "2023-12-29")).toEqual([]);
    expect(span("injuring 12 people in one of the deepest attacks inside Russia since the start of the war", "2024-04-02")).toEqual([]);
  });

  it("reads parts of a year or a month, and the whole war, as periods", () => {
    expect(span("In the first half of 2025, Russia launched more than 27,000 drones.", "2025-07-09")).toEqual([["2025-01-01", "2025-06-30", "month"]]);
    expect(span("in the first quarter of the year Russia fired 300 missiles", "2025-05-02")).toEqual([["2025-01-01", "2025-03-31", "month"]]);
    // (the year's opening months: "in the first six months of 2025")
    expect(span("Russia launched more than 24,000 drones at Ukraine in the first six months of 2025.", "2025-07-01")).toEqual([["2025-01-01", "2025-06-30", "month"]]);
    expect(span("Over the first seven months of the year, the UN mission verified 1,674 civilian deaths.", "2025-08-12")).toEqual([["2025-01-01", "2025-07-31", "month"]]);
    // (this year's half so far)
    expect(span("in the second half of this year", "2025-09-10")).toEqual([["2025-07-01", "2025-09-10", "month"]]);
    expect(span("In the first two weeks of June, Russia fired more than 2,000 drones.", "2025-06-17")).toEqual([["2025-06-01", "2025-06-14", "month"]]);
    expect(span("During the last week of May Russia launched 900 drones.", "2025-06-02")).toEqual([["2025-05-25", "2025-05-31", "week"]]);
    expect(span("Over the whole of June, the Air Force recorded hits by 215 drones.", "2025-07-06")).toEqual([["2025-06-01", "2025-06-30", "month"]]);
    expect(span("Since the start of the special military operation, 240 civilians have been killed in the region.", "2025-06-30")).toEqual([["2022-02-24", "2025-06-30", "year"]]);
    expect(span("Over the whole war, Russia has launched more than 20,000 drones.", "2025-01-10")).toEqual([["2022-02-24", "2025-01-10", "year"]]);
    // a superlative compares, it names no period
    expect(span("It was the largest attack of the whole war.", "2025-01-10")).toEqual([]);
  });

  it("reads 'nine days earlier' as that many days before the date named before, unless its own date follows", () => {
    const refs = findTimeRefs("Nine days earlier, a Russian missile hit Kryvyi Rih, killing 20 people.", "2025-04-13");
    expect(refs.map((r) => [r.relative, r.days])).toEqual([["days-later", -9]]);
    expect(findTimeRefs("Nine days before that, a missile strike on Kryvyi Rih killed 20 people.", "2025-04-20").map((r) => [r.relative, r.days])).toEqual([["days-later", -9]]);
    expect(findTimeRefs("A week earlier, on 24 March, Zelensky said Russia launched 190 missiles.", "2024-03-31").map((r) => r.text)).toEqual(["on 24 March"]);
    // (not when someone died then)
    expect(findTimeRefs("A man who had died two days earlier was buried.", "2024-03-31")).toEqual([]);
  });

  it("keeps 'the same morning' after a day named on that day, with the counts told after it ('The same morning, Russia launched 64 missiles and drones')", () => {
    const dated = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
    const visit = "Josep Borrell met Volodymyr Zelensky in Kyiv on Wednesday, February 7, on the second day of a visit.\n\n";
    expect(dated(`${visit}The same morning, Russia launched 64 missiles and drones at Ukraine, sending Borrell into the shelter of his hotel. Ukraine's Air Force said Russia had used 44 missiles of various types, as well as 20 Shahed attack drones.`, "2024-02-07")).toEqual([
      "launched:64:2024-02-07..2024-02-07",
      "launched:44:2024-02-07..2024-02-07",
      "launched:20:2024-02-07..2024-02-07",
    ]);
    // ("that morning" is the night that ended the day named, and a night said beside "the same morning" stays the night)
    expect(dated(`${visit}That morning, Russia launched 64 missiles and drones at Ukraine.`, "2024-02-07")).toEqual(["launched:64:2024-02-06..2024-02-07"]);
    expect(dated(`${visit}The same morning, Ukraine's Air Force said Russia had launched 64 missiles and drones overnight.`, "2024-02-07")).toEqual(["launched:64:2024-02-06..2024-02-07"]);
  });

  it("keeps a morning alone on its day, in any year, and 'early on Tuesday' as the night that ended then", () => {
    const attack = (s: string, pub: string) => classifyRefs(s, findTimeRefs(s, pub)).attack.map((r) => [r.start, r.end]);
    expect(attack("Explosions shook Lviv on Tuesday morning as Russia struck the city.", "2022-10-11")).toEqual([["2022-10-11", "2022-10-11"]]);
    expect(attack("Explosions shook Lviv on Tuesday morning as Russia struck the city.", "2024-10-08")).toEqual([["2024-10-08", "2024-10-08"]]);
    expect(attack("Explosions shook Lviv early on Tuesday as Russia struck the city.", "2024-10-08")).toEqual([["2024-10-07", "2024-10-08"]]);
    // (but the day's own morning, told as that day's news, is that day; not "early this morning")
    expect(attack("Russian occupants attacked Ukraine this morning with 64 means of air attack.", "2024-02-07")).toEqual([["2024-02-07", "2024-02-07"]]);
    expect(attack("Russian occupants attacked Ukraine early this morning with 64 means of air attack.", "2024-02-07")).toEqual([["2024-02-06", "2024-02-07"]]);
  });

  it("takes a day as an attack's when the words near it say what the weapons did: 'slammed into …', 'killing 21'", () => {
    const attack = (s: string, pub: string) => classifyRefs(s, findTimeRefs(s, pub)).attack.map((r) => [r.start, r.end]);
    const text = "Russian missiles slammed into an apartment block and a holiday centre in the village of Serhiivka on Ukraine's Black Sea coast early on Friday, killing 21 people.";
    expect(attack(text, "2024-07-05")).toEqual([["2024-07-04", "2024-07-05"]]);
  });

  it("reads no span from 'the last days of May': no count, no days", () => {
    expect(span("In the last days of May Russia launched many drones.", "2025-06-10")).toEqual([[null, null, "day"]]);
  });

  it("reads 'since December 29' as a running period up to publication, but not 'the largest since Sept. 7'", () => {
    expect(span("Russia had launched almost 300 missiles at Ukraine since December 29", "2024-01-02")).toEqual([["2023-12-29", "2024-01-02", "week"]]);
    expect(span("The strike was the largest since Sept. 7, when the Air Force recorded 810 drones", "2025-11-19")).toEqual([["2025-09-07", "2025-09-07", "day"]]);
  });
});

describe("a weekday night beside the date it ends on", () => {
  it("reads 'Mon 17 Nov (Sunday into Monday)' and a digest line's 'overnight' as the night ending on that date", () => {
    expect(span("Mon 17 Nov (Sunday into Monday): 57 drones launched", "2025-11-24")).toEqual([
      ["2025-11-17", "2025-11-17", "day"],
      ["2025-11-16", "2025-11-17", "night"],
    ]);
    expect(span("Tue 18 Nov: 72 drones overnight", "2025-11-24")).toEqual([
      ["2025-11-18", "2025-11-18", "day"],
      ["2025-11-17", "2025-11-18", "night"],
    ]);
  });

  it("keeps a weekday that does not agree with the date, and an 'overnight' that is not a line label, counted from publication", () => {
    expect(span("On Sunday Russia launched 100 drones, the most since 8 July", "2025-11-24")).toEqual([
      ["2025-11-23", "2025-11-23", "day"],
      ["2025-07-08", "2025-07-08", "day"],
    ]);
    expect(span("The attack overnight was the largest since 8 July", "2025-11-24")[0]).toEqual(["2025-11-23", "2025-11-24", "night"]);
  });

  it("keeps a weekday counted from publication beside a day a period is counted from, though that day is the same weekday", () => {
    expect(span("Cavusoglu hosted Lavrov and Kuleba in Antalya on Thursday, the first such contact since Russia invaded Ukraine on Feb. 24.", "2022-03-10")[0]).toEqual(["2022-03-10", "2022-03-10", "day"]);
    expect(span("It is the deadliest attack since 19 August 2023, when a strike on a Saturday morning killed seven.", "2024-04-17").at(-1)).toEqual(["2023-08-19", "2023-08-19", "day"]);
  });
});

describe("a digest line labelled by its weekday", () => {
  const claims = (text: string, pub: string) =>
    extractClaims(articleOf(text, pub)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

  it("reads 'Wed:' as the latest Wednesday up to publication, and 'Sat 5 –' as the 5th when the calendar agrees", () => {
    expect(span("Wed: Donald Trump and Vladimir Putin spoke by phone for an hour.", "2025-06-06")).toEqual([["2025-06-04", "2025-06-04", "day"]]);
    expect(span("Sat 5 – Kharkiv: 322 drones and two missiles overnight", "2025-07-12")).toEqual([
      ["2025-07-05", "2025-07-05", "day"],
      ["2025-07-04", "2025-07-05", "night"],
    ]);
    // (the day before the month turned: "Mon 30" in a piece of 2 July 2025 is 30 June)
    expect(span("Mon 30 – Kyiv: 60 drones", "2025-07-02")[0]).toEqual(["2025-06-30", "2025-06-30", "day"]);
  });

  it("leaves a weekday and a day the calendar does not put together, a weekday inside a line, and a heading read from its own day", () => {
    // (5 July 2025 was a Saturday, not a Sunday: no day, and the line's "overnight" stays the publication's)
    expect(span("Sun 5 – Kharkiv: 322 drones overnight", "2025-07-12")).toEqual([
      [null, null, "day"],
      ["2025-07-11", "2025-07-12", "night"],
    ]);
    expect(span("The Sun reported 40 drones overnight", "2025-07-12")).toEqual([["2025-07-11", "2025-07-12", "night"]]);
    expect(span("Sat night: 40 drones", "2025-07-12")).toEqual([]);
    // ("last Sunday" is not read again from that Sunday)
    expect(span("LAST SUNDAY: SPIDERWEB overnight", "2025-06-08")).toEqual([
      ["2025-06-01", "2025-06-01", "day"],
      ["2025-05-31", "2025-06-01", "night"],
    ]);
  });

  it("dates each line's counts and tolls to its own night, bare counts read as launched, not all to the publication's", () => {
    const text = "DAY BY DAY\nSat 5 – Kharkiv: 322 drones and two missiles overnight; three people were injured in the city.\nThu 10 – Kyiv: 397 drones and 18 missiles. Two dead and 16 injured.\nWed: 40 drones.";
    expect(claims(text, "2025-07-12")).toEqual([
      "launched:322:2025-07-04..2025-07-05",
      "launched:2:2025-07-04..2025-07-05",
      "injured:3:2025-07-04..2025-07-05",
      "launched:397:2025-07-09..2025-07-10",
      "launched:18:2025-07-09..2025-07-10",
      "killed:2:2025-07-09..2025-07-10",
      "injured:16:2025-07-09..2025-07-10",
      "launched:40:2025-07-08..2025-07-09",
    ]);
    // (a place before the colon is no date: "Kharkiv: 322 drones" stays without a metric)
    expect(claims("Kharkiv: 322 drones and two missiles overnight.", "2025-07-12")).toEqual([]);
  });

  it("takes no weekday for a wire's dateline place ('Sun 23 Nov – Kyiv: Russia launched 397 drones' is that night's)", () => {
    expect(claims("Sat 22 Nov: Russia launched 322 drones at Kharkiv overnight.\nSun 23 Nov – Kyiv: Russia launched 397 drones.", "2025-11-24")).toEqual([
      "launched:322:2025-11-21..2025-11-22",
      "launched:397:2025-11-22..2025-11-23",
    ]);
  });
});

describe("a night into the day that has already begun in Kyiv", () => {
  it("reads 'overnight into Thursday' published after midnight in Kyiv (a Wednesday in UTC) as the coming night, not a week back", () => {
    const refs = (s: string, ahead: string | null) => findTimeRefs(s, "2025-01-01", "2025-01-01", null, ahead).map((r) => [r.start, r.end, r.precision]);
    expect(refs("Russia attacked Kyiv with drones overnight into Thursday.", "2025-01-02")).toEqual([["2025-01-01", "2025-01-02", "night"]]);
    expect(refs("Russia attacked Kyiv on the Wednesday-Thursday night.", "2025-01-02")).toEqual([["2025-01-01", "2025-01-02", "night"]]);
    // (and "in the early hours of Thursday": "fired ten ballistic missiles at Kyiv in the early hours of Wednesday" at 22:10 UTC on a Tuesday)
    expect(refs("Russia fired ten ballistic missiles at Kyiv in the early hours of Thursday.", "2025-01-02")).toEqual([["2025-01-01", "2025-01-02", "night"]]);
    expect(refs("Russia fired ten ballistic missiles at Kyiv in the early hours of Thursday.", null)).toEqual([["2024-12-25", "2024-12-26", "night"]]);
    // (published in the evening, before midnight in Kyiv: a weekly review's "overnight into Thursday" is last week's)
    expect(refs("Russia attacked Kyiv with drones overnight into Thursday.", null)).toEqual([["2024-12-25", "2024-12-26", "night"]]);
    // (an attack told as going on "tonight" is the night just ended, counted from when the text was written)
    expect(span("Tonight the enemy is attacking Odesa region with Shahed drones", "2024-01-01")).toEqual([["2023-12-31", "2024-01-01", "night"]]);
    expect(span("Tonight drones may attack again", "2024-01-01")).toEqual([]);
    // (another weekday is counted back as before)
    expect(refs("Russia attacked Kyiv with drones overnight into Monday.", "2025-01-02")).toEqual([["2024-12-29", "2024-12-30", "night"]]);
  });
});

describe("a night named by the day it ended", () => {
  it("reads 'before dawn on Wednesday' and 'overnight on Sunday' as the night ending that day, not the publication's", () => {
    expect(span("Missiles hit two apartment blocks before dawn on Wednesday.", "2025-11-20")[0]).toEqual(["2025-11-18", "2025-11-19", "night"]);
    expect(span("Russia attacked overnight on Sunday.", "2025-11-20")[0]).toEqual(["2025-11-15", "2025-11-16", "night"]);
    // a report day after the figure is not the night's day
    expect(span("Russia launched 50 drones overnight, the ministry said on Sunday.", "2025-11-20")[0]).toEqual(["2025-11-19", "2025-11-20", "night"]);
    expect(span("In the early hours of 7 June, Kharkiv came under attack.", "2025-07-02")[0]).toEqual(["2025-06-06", "2025-06-07", "night"]);
    // (or the night named after it, not the one before publication: "overnight on December 28 to 29")
    expect(span("Russia launched 23 Shahed drones at Ukraine overnight on December 28 to 29.", "2022-12-30")[0]).toEqual(["2022-12-28", "2022-12-29", "night"]);
  });

  it("keeps no day of its own for the day a night took in: 'before dawn on Sunday, killing 35' is the night, however near the count", () => {
    // (Yavoriv, 13 March 2022: the day beside the count was nearer to it than the night, and dated it)
    const yavoriv = "Russian cruise missiles slammed into a military training ground before dawn on Sunday, killing 35 people.";
    expect(classifyRefs(yavoriv, findTimeRefs(yavoriv, "2022-03-13")).attack.map((r) => [r.start, r.end, r.precision])).toEqual([["2022-03-12", "2022-03-13", "night"]]);
    const claims = extractClaims(articleOf("Russian cruise missiles slammed into a military training ground before dawn on Sunday, killing 35 people and wounding 134, the governor said.", "2022-03-13"));
    expect(claims.map((c) => `${c.value}:${c.date_start}..${c.date_end}`)).toEqual(["35:2022-03-12..2022-03-13", "134:2022-03-12..2022-03-13"]);
    // (a day alone stays a day)
    const attack = (text: string, pub: string) => classifyRefs(text, findTimeRefs(text, pub)).attack.map((r) => [r.start, r.end, r.precision]);
    expect(attack("Russian missiles struck the city on Sunday, killing 35 people.", "2022-03-13")).toEqual([["2022-03-13", "2022-03-13", "day"]]);
    // (the day stays among the sentence's dates, for a contact held on it)
    expect(span("Zelensky met Macron before dawn on Sunday.", "2025-11-20")).toEqual([["2025-11-15", "2025-11-16", "night"], ["2025-11-16", "2025-11-16", "day"]]);
  });

  it("reads a 'night-time missile strike' told with its day as the night that ended that day", () => {
    const attack = (text: string, pub: string) => classifyRefs(text, findTimeRefs(text, pub)).attack.map((r) => [r.start, r.end, r.precision]);
    expect(attack("The deadliest attack came on April 24, when at least 12 people were killed in a night-time missile strike.", "2025-06-17")).toEqual([["2025-04-23", "2025-04-24", "night"]]);
    expect(span("At least 12 people were killed in a night drone attack on Kyiv.", "2025-06-17")).toEqual([["2025-06-16", "2025-06-17", "night"]]);
    // (not a missile strike with no night said)
    expect(attack("The deadliest attack came on April 24, when at least 12 people were killed in a missile strike.", "2025-06-17")).toEqual([["2025-04-24", "2025-04-24", "day"]]);
  });

  it("reads 'in the small hours of Sunday' and 'before dawn last Monday' as the night that ended that day", () => {
    expect(span("In the small hours of Sunday, missiles struck a nine-storey apartment building.", "2022-10-12")[0]).toEqual(["2022-10-08", "2022-10-09", "night"]);
    expect(span("Missiles struck the city in the small hours of 9 October.", "2022-10-12")[0]).toEqual(["2022-10-08", "2022-10-09", "night"]);
    expect(span("Before dawn last Monday, two drones hit office buildings.", "2023-07-30")[0]).toEqual(["2023-07-23", "2023-07-24", "night"]);
    // (not "last Monday" alone)
    expect(span("Last Monday, two drones hit office buildings.", "2023-07-30")).toEqual([["2023-07-24", "2023-07-24", "day"]]);
  });
});

describe("a weekly report published on a Monday", () => {
  it("reads 'during the week' as the week that just ended, and 'this week' as the new one", () => {
    expect(span("Russia used 153 drones during the week.", "2024-04-15")).toEqual([["2024-04-08", "2024-04-14", "week"]]);
    expect(span("Russia used 153 drones this week.", "2024-04-15")).toEqual([["2024-04-15", "2024-04-15", "week"]]);
    expect(span("Russia used 153 drones during the week.", "2024-04-17")).toEqual([["2024-04-15", "2024-04-17", "week"]]);
  });
});

describe("spans of weekdays and days named for comparison", () => {
  it("reads 'between Monday and Sunday' as the days from one to the other", () => {
    expect(span("Russia launched more than 1,000 drones between Monday and Sunday.", "2025-06-01")).toEqual([["2025-05-26", "2025-06-01", "week"]]);
  });
});

describe("midnight", () => {
  it("reads 'before midnight on Saturday' as the night that began then, 'between midnight and 07:00 on Sunday' as the one that ended", () => {
    expect(span("95 drones in the four hours before midnight on Saturday and 110 between midnight and 07:00 on Sunday", "2025-05-25")).toEqual([
      ["2025-05-24", "2025-05-25", "night"],
      ["2025-05-24", "2025-05-25", "night"],
    ]);
  });
});

describe("a night before named to compare", () => {
  it("keeps the bare 'overnight' beside it ('beating the record set only the night before')", () => {
    const nights = (s: string, pub: string) => findTimeRefs(s, pub).map((r) => r.text);
    expect(nights("Russia launched 355 drones at Ukraine overnight, beating the record set only the night before.", "2025-05-26")).toEqual(["overnight", "the night before"]);
    // (a night before that dates its own count still stands for the "overnight" after it)
    expect(nights("The night before, Russia had launched 298 drones overnight.", "2025-05-26")).toEqual(["The night before"]);
  });
});

describe("the night before last", () => {
  it("is the night that ended yesterday, not the night before the one last named", () => {
    expect(span("The night before last, the ministry said 296 drones were destroyed.", "2025-05-29")).toEqual([["2025-05-27", "2025-05-28", "night"]]);
    expect(span("The day before yesterday it said five.", "2025-05-29")).toEqual([["2025-05-27", "2025-05-27", "day"]]);
  });
});

describe("a month named for comparison", () => {
  it("dates what follows 'higher than June, when …' to June", () => {
    expect(span("The July total is about 16% higher than June, when the Air Force recorded 5,438 drones.", "2025-08-01")).toEqual([["2025-06-01", "2025-06-30", "month"]]);
    // (not when the figure is the other period's: "far more than June")
    expect(span("Russia launched 6,297 drones, far more than June.", "2025-08-01")).toEqual([]);
    // ("up 16% from June, when …" too; and a month's own count by its possessive, "July's record 6,297 drones", not a
    // strike in it, "July's attack on Kyiv")
    expect(span("The July figure was up 16% from June, when the Air Force reported 5,438 drones.", "2025-08-01")).toEqual([["2025-06-01", "2025-06-30", "month"]]);
    expect(span("That was fewer than July's record 6,297 drones.", "2025-09-01")).toEqual([["2025-07-01", "2025-07-31", "month"]]);
    expect(span("July's attack on Kyiv killed 31 people.", "2025-09-01")).toEqual([]);
  });
});

describe("days ago", () => {
  it("counts back from publication ('nine days ago'), and leaves 'two weeks ago' undated", () => {
    expect(span("Nine days ago, a Russian missile hit a neighbourhood in Kryvyi Rih.", "2025-04-13")).toEqual([["2025-04-04", "2025-04-04", "day"]]);
    expect(span("Two days ago 20 drones hit Odesa.", "2025-04-13")).toEqual([["2025-04-11", "2025-04-11", "day"]]);
    expect(span("Two weeks ago 20 drones hit Odesa.", "2025-04-13")).toEqual([]);
  });
});

describe("church holidays", () => {
  it("dates 'on Palm Sunday' and 'on Easter Sunday' by the latest one of either calendar in the weeks before publication", () => {
    expect(span("Two missiles hit the centre of Sumy on Palm Sunday, killing 35.", "2025-04-18")).toEqual([["2025-04-13", "2025-04-13", "day"]]);
    // 2024: Western Easter on March 31, Orthodox on May 5
    expect(span("Russia attacked Kharkiv on Easter Sunday.", "2024-05-10")).toEqual([["2024-05-05", "2024-05-05", "day"]]);
    expect(span("Russia fired 20 missiles on Easter Sunday.", "2024-04-01")).toEqual([["2024-03-31", "2024-03-31", "day"]]);
    // long before or after any Easter: unresolved, not last year's
    expect(span("Russia attacked Kharkiv on Easter Sunday.", "2025-03-01")).toEqual([[null, null, "day"]]);
    // the truce, Easter Monday and the eve are not Easter Sunday
    expect(span("Russia launched 50 drones overnight, hours before Putin's Easter truce was due to begin.", "2025-04-19")).toEqual([["2025-04-18", "2025-04-19", "night"]]);
    expect(span("On Easter Monday, Russian drones hit Kharkiv.", "2025-04-21")).toEqual([["2025-04-21", "2025-04-21", "day"]]);
  });
});

describe("day-first numeric dates", () => {
  it("reads '18.06.2025' as 18 June, and no clock time as a date", () => {
    expect(span("The page was last updated on 18.06.2025.", "2025-06-20")).toEqual([["2025-06-18", "2025-06-18", "day"]]);
    expect(span("Updated at 18.40 on Wednesday", "2025-06-18")).toEqual([["2025-06-18", "2025-06-18", "day"]]);
  });
});

describe("a day and month before a clock time", () => {
  it("reads '17 Jun 08:55' as 17 June, not 'Jun 08' as 8 June", () => {
    expect(span("17 Jun 08:55 Air Force: 440 drones and 32 missiles", "2025-06-17")).toEqual([["2025-06-17", "2025-06-17", "day"]]);
    expect(span("June 8 Russia fired 40 drones", "2025-06-17")).toEqual([["2025-06-08", "2025-06-08", "day"]]);
  });
});

describe("dates read out in words", () => {
  it("reads 'on the seventh of September' and 'the twenty-first of June 2024', not 'the first of the drones'", () => {
    expect(span("The last attack on this scale came on the seventh of September.", "2025-09-28")).toEqual([["2025-09-07", "2025-09-07", "day"]]);
    expect(span("It happened on the twenty-first of June 2024.", "2025-09-28")).toEqual([["2024-06-21", "2024-06-21", "day"]]);
    expect(span("The first of the drones arrived at dawn.", "2025-09-28")).toEqual([]);
  });
});

describe("an attack's night said another way", () => {
  it("reads 'overnight and into Sunday morning', and 'the attack, which began late on Friday' (but not talks that began then)", () => {
    expect(findTimeRefs("Russia fired 120 missiles at Ukraine overnight and into Sunday morning.", "2024-11-18").map((r) => `${r.start}..${r.end}:${r.precision}`)).toEqual(["2024-11-16..2024-11-17:night"]);
    expect(findTimeRefs("653 drones were launched in the attack, which began late on Friday.", "2025-12-06").map((r) => `${r.start}..${r.end}:${r.precision}`)).toEqual(["2025-12-05..2025-12-06:night"]);
    expect(findTimeRefs("Talks with a Russian delegation began late on Monday.", "2025-11-26").map((r) => `${r.start}..${r.end}:${r.precision}`)).toEqual(["2025-11-24..2025-11-24:day"]);
  });
});

describe("day and month without a year", () => {
  it("reads 'In the morning of 26.08' as that day, and no decimal or percentage as a date", () => {
    expect(findTimeRefs("In the morning of 26.08, Russia carried out a massive combined attack.", "2024-08-26").map((r) => `${r.start}:${r.precision}`)).toEqual(["2024-08-26:day"]);
    expect(findTimeRefs("Inflation reached 26.08 percent; the index fell by 3.25.", "2024-08-26")).toEqual([]);
  });
});

describe("the night named as a noun", () => {
  it("reads 'the night attack' and 'the results of the night' as the night before publication", () => {
    const refs = (text: string) => findTimeRefs(text, "2025-04-24").map((r) => `${r.start}..${r.end}:${r.precision}`);
    expect(refs("The number of victims of the night attack increased to 12 dead.")).toEqual(["2025-04-23..2025-04-24:night"]);
    expect(refs("The Air Force published the results of the night: the enemy attacked with 66 missiles.")).toEqual(["2025-04-23..2025-04-24:night"]);
  });
});

describe("when a toll was counted", () => {
  it("reads the day of an address or statement as the day it was given, not the attack's", () => {
    const text = "In his Thursday evening address, Zelensky said Russia had used 70 missiles and about 145 drones in the attack.";
    const refs = classifyRefs(text, findTimeRefs(text, "2025-04-25"));
    expect(refs.attack).toEqual([]);
    expect(refs.report.map((r) => r.start)).toEqual(["2025-04-24"]);
    // (not a day's attack the saying follows: "fired 30 drones at Odesa on Thursday evening, the governor said")
    const odesa = "Russia fired 30 drones at Odesa on Thursday evening, the governor said in a statement.";
    expect(classifyRefs(odesa, findTimeRefs(odesa, "2025-04-25")).attack.map((r) => r.start)).toEqual(["2025-04-24"]);
  });

  it("reads 'As of the morning of 14 April' as the time of the count, not the attack's day", () => {
    const refs = classifyRefs("As of the morning of 14 April, the number of victims of the missile strike on Sumy has increased.", findTimeRefs("As of the morning of 14 April, the number of victims of the missile strike on Sumy has increased.", "2025-04-14"));
    expect(refs.attack).toEqual([]);
    expect(refs.report.map((r) => r.start)).toEqual(["2025-04-14"]);
  });

  it("reads 'As of 10:00 on 20 November' as the time of the count, and the toll as the strike's told before it", () => {
    const text = "As of 10:00 on 20 November, 26 people had been confirmed dead, the State Emergency Service said.";
    const refs = classifyRefs(text, findTimeRefs(text, "2025-11-20"));
    expect(refs.attack).toEqual([]);
    expect(refs.report.map((r) => r.start)).toEqual(["2025-11-20"]);
    const claims = extractClaims(articleOf(`Russian missiles struck Ternopil on Wednesday, killing 20 people. ${text}`, "2025-11-20"));
    expect(claims.map((c) => `${c.value}:${c.date_start}..${c.date_end}`)).toEqual(["20:2025-11-19..2025-11-19", "26:2025-11-19..2025-11-19"]);
  });

  it("reads 'on Thursday, a day after Russian cruise missiles struck' as a strike the day before", () => {
    const claims = extractClaims(articleOf("Rescuers dug on Thursday, a day after Russian cruise missiles struck two buildings in Ternopil, killing 20 people.", "2025-11-20"));
    expect(claims.map((c) => `${c.value}:${c.date_start}..${c.date_end}`)).toEqual(["20:2025-11-19..2025-11-19"]);
  });

  it("dates a toll told after a figureless 'on Thursday, a day after Russian cruise missiles struck' by the strike's day, not the digging's", () => {
    const dated = (opening: string) =>
      extractClaims(articleOf(`${opening}\n\nAs of 10:00 on 20 November, 26 people had been confirmed dead, the State Emergency Service said.`, "2025-11-20")).map((c) => `${c.value}:${c.date_start}..${c.date_end}`);
    expect(dated("Rescuers continued to dig through the rubble on Thursday, a day after Russian cruise missiles struck two residential buildings in Ternopil.")).toEqual(["26:2025-11-19..2025-11-19"]);
    // (a count back to what was no strike leaves the day named: "a day after the talks in Ankara")
    expect(dated("Rescuers continued to dig through the rubble in Ternopil on Thursday, a day after the talks in Ankara.")).toEqual(["26:2025-11-20..2025-11-20"]);
    // (nor a day whose sentence tells an attack of its own, the aside only recalling the one before)
    expect(dated("On Thursday, a day after Russian cruise missiles struck Ternopil, Russian drones attacked Lutsk.")).toEqual(["26:2025-11-20..2025-11-20"]);
  });

  it("reads a figureless 'Before dawn, missiles hit Lviv' after a paragraph's 'WEDNESDAY.' as the small hours of that Wednesday", () => {
    const dated = (label: string) =>
      extractClaims(articleOf(`The week in review.\n\n${label}Before dawn, missiles and drones hit the western city of Lviv. Seven people were killed.`, "2024-09-07")).map((c) => `${c.value}:${c.date_start}..${c.date_end}`);
    expect(dated("WEDNESDAY. ")).toEqual(["7:2024-09-03..2024-09-04"]);
    // (with no day named before it, the small hours of the day the piece was written)
    expect(dated("")).toEqual(["7:2024-09-06..2024-09-07"]);
    // (nor the small hours of a day told after them: "Before dawn the next day" counts on from the day named before)
    const next = extractClaims(articleOf("The strike that destroyed a dormitory in Kharkiv late on 17 August killed at least 12 people. Before dawn the next day, more missiles hit the city, including a dormitory of a tram depot. The emergency service said last Friday that it had recovered six bodies.", "2022-08-25"));
    expect(next.map((c) => `${c.value}:${c.date_start}..${c.date_end}`)).toEqual(["12:2022-08-17..2022-08-17", "6:2022-08-17..2022-08-17"]);
  });

  it("reads 'On Friday night the figures had been 14 dead' as when an earlier step of the toll was counted, not the strike's night", () => {
    const text = "On Friday night the figures had been 14 dead and about 50 injured.";
    const refs = classifyRefs(text, findTimeRefs(text, "2025-04-05"));
    expect(refs.attack).toEqual([]);
    const claims = extractClaims(articleOf(`A Russian ballistic missile hit Kryvyi Rih on Friday evening, killing 18 people. ${text}`, "2025-04-05"));
    expect(claims.filter((c) => c.value === 14).map((c) => `${c.date_start}..${c.date_end}`)).toEqual(["2025-04-04..2025-04-04"]);
    // (a night the attack itself came in still dates it: "On Friday night the drones had been shot down over Kyiv")
    const own = "On Friday night 14 drones had been shot down over Kyiv.";
    expect(classifyRefs(own, findTimeRefs(own, "2025-04-05")).attack.map((r) => r.text)).toEqual(["On Friday night"]);
  });

  it("reads 'where she had been flown overnight' as the night the wounded were moved, not the strike's", () => {
    const text = "By Sunday evening, regional authorities said the toll had risen to 25, after a teenage girl died in hospital in Moscow, where she had been flown overnight.";
    expect(classifyRefs(text, findTimeRefs(text, "2023-12-31")).attack).toEqual([]);
    // (but "was hit overnight" is the strike's night)
    const hit = "A teenage girl died in hospital after her house was hit overnight.";
    expect(classifyRefs(hit, findTimeRefs(hit, "2023-12-31")).attack.map((r) => r.text)).toEqual(["overnight"]);
  });

  it("reads 'On Saturday, a day after the barrage, Belgorod was hit' as that Saturday, the aside only naming what came before", () => {
    const claims = extractClaims(articleOf("On Saturday, a day after the big Russian barrage, the Russian city of Belgorod was hit in the afternoon; regional governor Vyacheslav Gladkov said 24 people had been killed.", "2023-12-31"));
    expect(claims.map((c) => `${c.value}:${c.date_start}..${c.date_end}`)).toEqual(["24:2023-12-30..2023-12-30"]);
    // (an aside that tells the strike itself still dates it the day before: "on Thursday, a day after missiles struck …, killing 20")
    const counter = extractClaims(articleOf("On Thursday, a day after Russian cruise missiles struck two buildings in Ternopil, killing 20 people, rescuers were still digging.", "2025-11-20"));
    expect(counter.map((c) => `${c.value}:${c.date_start}..${c.date_end}`)).toEqual(["20:2025-11-19..2025-11-19"]);
  });

  it("reads 'in the middle of a working day' as daylight, not 'a working day' alone", () => {
    expect(isDaytime("On Tuesday, a little after 10am, Russia fired ballistic missiles at the city in the middle of a working day.")).toBe(true);
    expect(isDaytime("On Tuesday, a working day, Russia fired ballistic missiles at the city.")).toBe(false);
  });

  it("reads 'Crews worked through the night' as the rescuers' night, not an attack's", () => {
    const text = "Crews worked through the night with cranes as the temperature dropped to minus 7 degrees Celsius.";
    expect(classifyRefs(text, findTimeRefs(text, "2023-01-16")).attack).toEqual([]);
  });

  it("reads 'recovered more bodies overnight' as the search's night, not an attack's; 'attacked overnight' still is", () => {
    const nights = (text: string) => classifyRefs(text, findTimeRefs(text, "2025-06-18")).attack.map((r) => `${r.start}..${r.end}`);
    expect(nights("Rescuers recovered more bodies from the rubble overnight.")).toEqual([]);
    expect(nights("Tkachenko says the toll has risen to 21 as more bodies are recovered overnight.")).toEqual([]);
    expect(nights("Rescuers recovered two bodies after drones attacked the city overnight.")).toEqual(["2025-06-17..2025-06-18"]);
  });

  it("reads 'said late on Wednesday that it had recovered 48 bodies' as when it was said", () => {
    const text = "The State Emergency Service said late on Wednesday that it had recovered 48 bodies from the blocks hit by Russian rockets on Saturday night.";
    const refs = classifyRefs(text, findTimeRefs(text, "2022-07-14"));
    expect(refs.report.map((r) => r.start)).toEqual(["2022-07-13"]);
    expect(refs.attack.map((r) => `${r.start}..${r.end}`)).toEqual(["2022-07-09..2022-07-10"]);
  });
});

describe("a morning attack: 'early on Sunday' is the night that ended then, 'on Sunday morning' alone that day", () => {
  const attack = (text: string, published: string) => classifyRefs(text, findTimeRefs(text, published)).attack.map((r) => `${r.start}..${r.end}:${r.precision}`);

  it("reads 'early on Sunday', 'in the early hours of Sunday', 'before dawn on Sunday' as the night, whatever was fired", () => {
    expect(attack("Russia launched 50 drones early on Sunday.", "2025-06-09")).toEqual(["2025-06-07..2025-06-08:night"]);
    expect(attack("Russia launched 50 drones in the early hours of Sunday.", "2025-06-09")).toEqual(["2025-06-07..2025-06-08:night"]);
    expect(attack("Russian missiles struck Kyiv early on Sunday morning.", "2025-06-09")).toEqual(["2025-06-07..2025-06-08:night"]);
  });

  it("reads 'early on Thursday' as the night when its clause opens with the launch, however many places come between", () => {
    const text = "Chaus said Russian forces had fired about 20 missiles from the territory of Belarus at the village of Honcharivske early on Thursday.";
    expect(attack(text, "2022-07-28")).toEqual(["2022-07-27..2022-07-28:night"]);
    // (not a launch told in another clause, however it opens: the day of what that clause tells stays a day)
    expect(attack("Russia fired 20 missiles at the village whose residents buried the dead of the old cemetery of Honcharivske early on Thursday.", "2022-07-28")).toEqual(["2022-07-28..2022-07-28:day"]);
    const plan = "Russia launched 20 missiles at Kyiv in what Zelensky called a response to the peace plan that European leaders had unveiled in Brussels early on Thursday.";
    expect(attack(plan, "2025-07-11")).toEqual(["2025-07-10..2025-07-10:day"]);
    expect(attack("Russia launched 20 missiles at Kyiv after Russian troops entered the village of Honcharivske early on Thursday.", "2025-07-11")).toEqual(["2025-07-10..2025-07-10:day"]);
  });

  it("reads 'on Sunday morning' alone as that day, drones or missiles", () => {
    expect(attack("Russia attacked Kyiv with 90 drones on Sunday morning.", "2025-06-09")).toEqual(["2025-06-08..2025-06-08:day"]);
    expect(attack("On Sunday morning a missile hit Dnipro, killing three people.", "2025-06-09")).toEqual(["2025-06-08..2025-06-08:day"]);
    expect(attack("Russian cruise missiles struck Kyiv on Monday morning.", "2022-10-11")).toEqual(["2022-10-10..2022-10-10:day"]);
  });

  it("reads the morning a night ran into as that night: 'began late on Sunday and continued into Monday morning'", () => {
    expect(attack("The attack, which began late on Sunday and continued into Monday morning, involved 352 drones.", "2025-06-25")).toEqual(["2025-06-22..2025-06-23:night"]);
    expect(attack("Russia attacked overnight into Monday, and the strikes went on into Monday morning.", "2025-06-25")).toEqual(["2025-06-22..2025-06-23:night"]);
    // (not a morning no night of the sentence ran into: "Russia struck Kyiv on Monday morning, and the strike went on into the afternoon")
    expect(attack("Russia struck Kyiv on Monday morning, and the attack went on into the afternoon.", "2025-06-25")).toEqual(["2025-06-23..2025-06-23:day"]);
  });

  it("reads an attack that 'began from the late evening of Christmas Eve' as the night after that evening", () => {
    expect(attack("Drones began arriving from the late evening of Christmas Eve, and the first cruise missiles were detected over Ukraine at about 05:30 on Wednesday.", "2024-12-25")[0]).toEqual("2024-12-24..2024-12-25:night");
    expect(attack("The attack began on the evening of 24 December.", "2024-12-26")).toEqual(["2024-12-24..2024-12-25:night"]);
    // (not a strike that came that evening, nor a curfew that began then)
    expect(attack("A missile struck Kharkiv on the evening of 24 December.", "2024-12-26")).toEqual(["2024-12-24..2024-12-24:day"]);
    expect(attack("The curfew began on the evening of 24 December.", "2024-12-26")).toEqual(["2024-12-24..2024-12-24:day"]);
  });

  it("keeps the day of an attack whose evening is when it ended, not when it began ('began at noon and lasted until the evening of')", () => {
    expect(attack("Russia fired 40 drones at Kharkiv in an attack that began at noon and lasted until the evening of 25 December.", "2024-12-27")).toEqual(["2024-12-25..2024-12-25:day"]);
    expect(attack("The drone attack on Kharkiv began at dawn and lasted until the evening of 25 December.", "2024-12-27")).toEqual(["2024-12-25..2024-12-25:day"]);
    expect(attack("Russia fired 40 drones at Kharkiv in an attack that began at noon and lasted until Wednesday evening.", "2024-12-27")).toEqual(["2024-12-25..2024-12-25:day"]);
    // (the evening the verb itself names is still the night after it)
    expect(attack("The drone attack on Kharkiv began on Wednesday evening and lasted until dawn.", "2024-12-27")).toEqual(["2024-12-25..2024-12-26:night"]);
    expect(attack("The drone attack on Kharkiv began to unfold on the evening of 25 December.", "2024-12-27")).toEqual(["2024-12-25..2024-12-26:night"]);
  });

  it("reads a missile barrage 'early on Saturday' as the night, before March 2023 too (Yavoriv, 13 March 2022)", () => {
    const text = "Russian missiles struck an airfield and a railway facility in the central Kirovohrad region early on Saturday, killing three people.";
    expect(attack(text, "2022-07-23")).toEqual(["2022-07-22..2022-07-23:night"]);
    expect(attack(text, "2024-07-20")).toEqual(["2024-07-19..2024-07-20:night"]);
    expect(attack("Russian missiles struck an airfield early on Saturday, at about 3:40 a.m., killing three people.", "2022-07-23")).toEqual(["2022-07-22..2022-07-23:night"]);
    expect(attack("Russian missiles struck an airfield in the early hours of Saturday, killing three people.", "2022-07-23")).toEqual(["2022-07-22..2022-07-23:night"]);
  });
});

describe("a wire's dateline, and a sentence that only opens like one", () => {
  const attack = (text: string, published: string) => classifyRefs(text, findTimeRefs(text, published)).attack.map((r) => `${r.start}..${r.end}:${r.precision}`);

  it("leaves the dateline's day to the report: 'KYIV, July 9 (Reuters) -', 'MOSCOW, November 14. /TASS/.'", () => {
    expect(attack("KYIV, July 9 (Reuters) - Russia launched 728 drones overnight.", "2025-07-09")).toEqual(["2025-07-08..2025-07-09:night"]);
    expect(attack("MOSCOW, November 14. /TASS/. Air defences destroyed 20 drones overnight.", "2025-11-14")).toEqual(["2025-11-13..2025-11-14:night"]);
    expect(attack("Kyiv, 31 December 2023 - Russia fired 49 drones overnight.", "2023-12-31")).toEqual(["2023-12-30..2023-12-31:night"]);
  });

  it("dates the attack by 'Overnight into 29 December, …' and 'Earlier, on 29 December, …'", () => {
    expect(attack("Overnight into 29 December, Russia launched 122 missiles and 36 drones.", "2024-03-29")).toEqual(["2023-12-28..2023-12-29:night"]);
    expect(attack("Earlier, on 29 December, Russia carried out what was then the largest air attack of the war.", "2024-01-23")).toEqual(["2023-12-29..2023-12-29:day"]);
  });
});

describe("cases a review of this session's date rules found", () => {
  it("dates no other war: 'since the outbreak of the war in 2014', 'since the start of the war in Gaza'", () => {
    expect(span("Since the outbreak of the war in 2014, 14,000 people had been killed in Donbas.", "2022-03-10")).toEqual([]);
    expect(span("Israel has intercepted more than 300 Iranian drones since the start of the war in Gaza.", "2024-04-15")).toEqual([]);
  });

  it("reads no 'that day' after 'since' or 'by', nor one in another month", () => {
    const rel = (text: string) => findTimeRefs(text, "2025-06-10").map((r) => r.relative ?? r.text);
    expect(rel("Russia launched 45 drones at the city overnight, the most since that day in May when 60 drones struck.")).not.toContain("that-day");
    expect(rel("By that day, 12 workers had already been killed in earlier shelling, the company said.")).not.toContain("that-day");
    expect(rel("Russia launched 28 cruise missiles that afternoon.")).toContain("that-day");
    expect(span("Russia launched only 12 drones at Ukraine, the fewest since March 2025, the air force said on Tuesday.", "2025-06-10")).not.toContainEqual(["2025-03-01", "2025-06-10", "month"]);
    expect(span("At least 12 people have been killed since March 2025, the governor said.", "2025-06-10")).toEqual([["2025-03-01", "2025-06-10", "month"]]);
  });

  it("does not read 'said that overnight attack drones …' as 'that overnight attack'", () => {
    expect(findTimeRefs("The Air Force said that overnight attack drones and five missiles were launched at Ukraine.", "2025-11-23").map((r) => r.relative ?? r.text)).toEqual(["overnight"]);
  });

  it("keeps a morning strike by 'unmanned aerial vehicles' and missiles on its day, as any morning alone, and 'early' as the night", () => {
    expect(classifyRefs("Russia struck Kyiv with missiles and unmanned aerial vehicles on Sunday morning.", findTimeRefs("Russia struck Kyiv with missiles and unmanned aerial vehicles on Sunday morning.", "2025-06-09")).attack.map((r) => r.precision)).toEqual(["day"]);
    expect(classifyRefs("Russia struck Kyiv with missiles and unmanned aerial vehicles early on Sunday.", findTimeRefs("Russia struck Kyiv with missiles and unmanned aerial vehicles early on Sunday.", "2025-06-09")).attack.map((r) => r.precision)).toEqual(["night"]);
  });
});

describe("when a place changed hands", () => {
  it("dates no attack ('Kherson, which Ukrainian forces recaptured in November'), unlike 'Russian-occupied Crimea last Friday'", () => {
    const kherson = "In Kherson, which Ukrainian forces recaptured in November, the governor said shelling killed three people.";
    expect(classifyRefs(kherson, findTimeRefs(kherson, "2023-01-29")).attack).toEqual([]);
    const crimea = "Ukrainian missiles hit the fleet's headquarters in Russian-occupied Crimea last Friday.";
    expect(classifyRefs(crimea, findTimeRefs(crimea, "2023-09-25")).attack.map((r) => r.start)).toEqual(["2023-09-22"]);
  });

  it("dates no attack by a clause with no 'which' ('the territory they seized in August'), unlike 'it downed 20 drones in August'", () => {
    const kursk = "Air defences destroyed 126 drones over the Kursk region, where Russian forces are pushing Ukrainian troops out of the territory they seized in August.";
    expect(classifyRefs(kursk, findTimeRefs(kursk, "2025-03-11")).attack).toEqual([]);
    const downed = "Ukraine said it downed 20 drones in August.";
    expect(classifyRefs(downed, findTimeRefs(downed, "2025-03-11")).attack.map((r) => r.start)).toEqual(["2024-08-01"]);
  });
});

describe("a few days together", () => {
  it("reads 'in the previous two days' as the days before the night reported, and 'over the past three days' as the days to the report", () => {
    expect(span("after downing 524 in the previous two days", "2025-05-23")).toEqual([["2025-05-20", "2025-05-22", "week"]]);
    expect(span("Russia launched 1,200 drones over the past three days", "2025-05-23")).toEqual([["2025-05-20", "2025-05-23", "week"]]);
  });
});

describe("the night before Easter", () => {
  it("is the night that ended on Easter Sunday, by the calendar named", () => {
    // (5 May 2024 was Orthodox Easter; Western Easter was 31 March)
    expect(span("Russian drones struck Kharkiv on the night before Orthodox Easter, injuring eight people.", "2024-05-05")).toEqual([["2024-05-04", "2024-05-05", "night"]]);
    expect(span("Russian drones struck Kharkiv on the night before Western Easter.", "2024-04-02")).toEqual([["2024-03-30", "2024-03-31", "night"]]);
  });
});

describe("the past week", () => {
  it("is the seven days to the report, or on a Monday the week that just ended; 'this week' is the week so far", () => {
    // (4 July 2025 was a Friday; 7 July a Monday)
    expect(span("Russia has attacked Ukraine with more than 2,000 drones in the past week alone", "2025-07-04")).toEqual([["2025-06-28", "2025-07-04", "week"]]);
    expect(span("Russia launched 1,000 drones over the past week", "2025-07-07")).toEqual([["2025-06-30", "2025-07-06", "week"]]);
    expect(span("Russia launched 1,000 drones this week", "2025-07-04")).toEqual([["2025-06-30", "2025-07-04", "week"]]);
    // (a week written as its days: "the past seven days", with no "week" in the sentence)
    expect(span("Over the past seven days Russia launched more than 1,800 attack drones and 83 missiles", "2025-07-13")).toEqual([["2025-07-07", "2025-07-13", "week"]]);
  });
});

describe("periods and nights a probe of wire sentences found unread", () => {
  it("reads the past month, two weeks and the weekend as spans to the report, never as its night", () => {
    // (16 June 2025 was a Monday, 15 June a Sunday)
    expect(span("Russia has launched 5,000 drones at Ukraine in the past month", "2025-06-16")).toEqual([["2025-05-18", "2025-06-16", "month"]]);
    expect(span("Over the past two weeks Russia fired 300 missiles", "2025-06-16")).toEqual([["2025-06-03", "2025-06-16", "week"]]);
    expect(span("Russia launched 250 drones at Ukraine over the weekend", "2025-06-16")).toEqual([["2025-06-14", "2025-06-15", "week"]]);
    expect(span("Russia launched 300 drones this weekend", "2025-06-15")).toEqual([["2025-06-14", "2025-06-15", "week"]]);
    expect(span("Russia launched 300 drones last weekend", "2025-06-15")).toEqual([["2025-06-07", "2025-06-08", "week"]]);
    // (not a weekend still ahead: "this weekend" said on a Wednesday)
    expect(span("Russia could launch a massive strike this weekend", "2025-06-18")).toEqual([[null, null, "day"]]);
  });

  it("reads 'a week ago' as that day, but not 'less than a week ago' nor one with its date after it", () => {
    expect(span("A week ago, Russia launched 20 missiles and 479 drones", "2025-06-16")).toEqual([["2025-06-09", "2025-06-09", "day"]]);
    expect(span("The record was set less than a week ago", "2025-06-16")).toEqual([]);
    expect(span("The record was set barely a week ago", "2025-06-16")).toEqual([]);
    expect(span("The record was set a week ago, on June 8", "2025-06-16")).toEqual([["2025-06-08", "2025-06-08", "day"]]);
  });

  it("reads 'Between Saturday evening and Sunday morning' as the night between them, not Sunday", () => {
    expect(span("Between Saturday evening and Sunday morning Russia fired 477 drones", "2025-06-30")).toEqual([["2025-06-28", "2025-06-29", "night"]]);
    // (or from the afternoon before: "between Tuesday afternoon and Wednesday morning")
    expect(span("The ministry said it had downed 296 drones between Tuesday afternoon and Wednesday morning.", "2025-05-28")).toEqual([["2025-05-27", "2025-05-28", "night"]]);
    expect(span("From Friday night to Saturday morning Russia fired 40 drones", "2025-06-30")).toEqual([["2025-06-27", "2025-06-28", "night"]]);
    // (only adjacent days make one night)
    expect(span("From Friday night to Sunday morning Russia fired 40 drones", "2025-06-30")).toEqual([[null, null, "day"]]);
  });

  it("reads 'in the first two days of July' and 'the first half of March' as the month's opening days", () => {
    expect(span("more than 30 Ukrainian drones were destroyed over Russian regions in the first two days of July", "2024-07-03")).toEqual([["2024-07-01", "2024-07-02", "week"]]);
    expect(span("In the first half of March Russia launched 1,500 drones", "2024-03-20")).toEqual([["2024-03-01", "2024-03-15", "month"]]);
  });

  it("reads a translated report's 'At night,' and 'Tonight,' and 'attacked … at night' as the night just ended, not a habit", () => {
    expect(span("At night, the enemy attacked Lviv with missiles and drones.", "2024-09-04")).toEqual([["2024-09-03", "2024-09-04", "night"]]);
    expect(span("Tonight, the enemy attacked Ukraine with 48 Shahed drones.", "2024-06-14")).toEqual([["2024-06-13", "2024-06-14", "night"]]);
    expect(span("The enemy attacked Lviv with missiles at night.", "2024-09-04")).toEqual([["2024-09-03", "2024-09-04", "night"]]);
    expect(span("Shahed drones usually fly at night.", "2024-09-04")).toEqual([]);
    // (nor a forecast, nor what was done night after night)
    expect(span("Tonight, Russia may launch another massive attack.", "2024-09-04")).toEqual([]);
    expect(span("Russian forces usually attacked Kharkiv at night.", "2024-09-04")).toEqual([]);
    expect(span("Russia has launched drones at night for months.", "2024-09-04")).toEqual([]);
  });
});

describe("a day of saying", () => {
  it("reads 'On Monday, the ministry said on its website' as the day it was said, not of an attack", () => {
    const text = "On Monday, the ministry said on its website that 40 drones had been shot down.";
    const refs = classifyRefs(text, findTimeRefs(text, "2025-06-17"));
    expect([refs.attack.map((r) => r.text), refs.report.map((r) => r.text)]).toEqual([[], ["On Monday"]]);
  });
});

describe("a blast in the evening beside the night that ended that morning", () => {
  const night = "Early on Sunday Russia launched 120 missiles and 90 drones at power plants across the country, the Air Force said.";
  const hits = (text: string) =>
    extractClaims(articleOf(`${text}\n${night}`, "2024-11-18"))
      .filter((c) => c.metric === "hit")
      .map((c) => `${c.date_start}..${c.date_end}`);

  it("keeps 'a missile hit the building at around 20:00 on Sunday' on Sunday, not in the night to Sunday", () => {
    expect(hits("A missile hit the building in the Zarichnyi district at around 20:00 on Sunday.")).toEqual(["2024-11-17..2024-11-17"]);
  });

  it("still joins a hit before dawn that day to the night", () => {
    expect(hits("A missile hit the building in the Zarichnyi district at around 4:20 on Sunday.")).toEqual(["2024-11-16..2024-11-17"]);
  });

  it("still joins a toll of the night whose attack began in the evening before", () => {
    const tolls = extractClaims(articleOf(`${night}\nThe attack, which began at 21:00 on Saturday, killed 5 people on Sunday, officials said.`, "2024-11-18")).filter((c) => c.metric === "killed");
    expect(tolls.map((c) => `${c.date_start}..${c.date_end}`)).toEqual(["2024-11-16..2024-11-17"]);
  });
});

describe("a day after 'since' that a 'when' clause tells of", () => {
  it("reads 'since December 30, when 25 people were killed' as that day, and a bare 'since December 30' as the period since", () => {
    expect(span("Belgorod has been hit repeatedly since December 30, when 25 people were killed in the deadliest attack since the invasion began.", "2024-02-15")[0]).toEqual(["2023-12-30", "2023-12-30", "day"]);
    expect(span("Russia has launched 3,000 drones since December 30, the Air Force said.", "2024-02-15")).toEqual([["2023-12-30", "2024-02-15", "month"]]);
    // (a running total since the first of a series stays a period)
    expect(span("The Air Force said 223 drones had been shot down since September 13, when the first one was downed near Kupiansk.", "2022-10-19")).toEqual([["2022-09-13", "2022-10-19", "month"]]);
    expect(span("Russia has fired 4,000 missiles since February 24, when it invaded.", "2022-10-19")[0]?.[0]).toEqual("2022-02-24");
    expect(span("Russia has fired 4,000 missiles since February 24, when it invaded.", "2022-10-19")[0]?.[1]).not.toEqual("2022-02-24");
    expect(span("It was the fifth strike on the grid since Friday, when the Air Force counted 88 missiles.", "2024-05-08")).toEqual([["2024-05-03", "2024-05-03", "day"]]);
    // (nor since a campaign began, nor past an aside in commas: "when, for the first time, Russia used them")
    expect(span("Air defences have shot down 500 missiles since October 10, when Russia launched its campaign of strikes on energy infrastructure.", "2024-03-01")).toEqual([["2023-10-10", "2024-03-01", "month"]]);
    expect(span("Air defences have downed 1,200 Shahed drones since September 13, when, for the first time, Russia used them.", "2023-03-01")).toEqual([["2022-09-13", "2023-03-01", "month"]]);
  });
});

describe("the undated tolls after a strike its paragraph puts in daylight", () => {
  const night = "Russia launched its largest air attack early on Sunday, firing 120 missiles and 90 drones.";
  const strike = "A Russian missile hit an apartment building in Sumy late on Sunday, killing 11 people, the administration said.";
  const injured = (text: string) =>
    extractClaims(articleOf(text, "2024-11-17"))
      .filter((c) => c.metric === "injured")
      .map((c) => `${c.date_start}..${c.date_end}`);

  it("keeps 'It said 84 people were injured' after 'hit … late on Sunday' on Sunday, not in the night to Sunday", () => {
    expect(injured(`${night}\n${strike} It said 84 people were injured.`)).toEqual(["2024-11-17..2024-11-17"]);
  });

  it("leaves a toll of another paragraph to the night it follows", () => {
    expect(injured(`${night}\n${strike}\nIt said 84 people were injured.`)).toEqual(["2024-11-16..2024-11-17"]);
  });
});

describe("a running total up to the day a source gave it", () => {
  const dated = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.value}:${c.date_start}..${c.date_end}`);
  it("ends a count since the war's start on the day it was said, not on the day of the paper", () => {
    // (Friday 11 March 2022, in Sunday's paper)
    expect(dated("A senior U.S. defence official said on Friday that Russia had launched more than 800 missiles at Ukraine since the start of the invasion.", "2022-03-13")).toEqual(["800:2022-02-24..2022-03-11"]);
    expect(dated("Ukraine's General Staff said on Wednesday that Russia had fired more than 3,500 missiles at Ukraine since Feb. 24.", "2022-08-25")).toEqual(["3500:2022-02-24..2022-08-24"]);
    // (not when no day of saying is named: up to the paper's day)
    expect(dated("Russia has fired more than 3,500 missiles at Ukraine since Feb. 24, the General Staff said.", "2022-08-25")).toEqual(["3500:2022-02-24..2022-08-25"]);
  });

  it("reads 'so far in September' as the month up to then", () => {
    expect(dated("Russia has launched over 1,000 attack drones against Ukraine so far in September, Zelensky said on Sept. 22.", "2024-09-25")).toEqual(["1000:2024-09-01..2024-09-22"]);
    expect(dated("Russia has launched over 1,000 attack drones against Ukraine so far in September.", "2024-09-25")).toEqual(["1000:2024-09-01..2024-09-25"]);
    // (a month already over stays whole)
    expect(dated("Russia launched over 1,000 attack drones against Ukraine in September.", "2024-10-05")).toEqual(["1000:2024-09-01..2024-09-30"]);
  });
});

describe("a table row's toll", () => {
  it("is dated by the row's own first cell, not the row before", () => {
    const text = [
      "Every Monday we put last week's strikes into one table.",
      "",
      "Date (night of) | Main targets | Launched | Shot down / suppressed | Killed | Injured",
      "22–23 Jun | Kyiv, Kyiv region | 352 drones, 16 missiles | 339 drones, 15 missiles | 10 | 42",
      "24 Jun (day) | Dnipro, Samar | ballistic missiles | – | 20 | 279",
    ].join("\n");
    const claims = extractClaims(articleOf(text, "2025-06-30")).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
    expect(claims).toContain("killed:20:2025-06-24..2025-06-24");
    expect(claims).toContain("injured:279:2025-06-24..2025-06-24");
    // (the row before keeps its night)
    expect(claims).toContain("killed:10:2025-06-22..2025-06-23");
  });
});

describe("the day a side claimed something", () => {
  it("is when it was said ('The Kiev regime claimed on Sunday that …'), unlike 'The attack on Sunday claimed the lives of five'", () => {
    const kiev = "The Kiev regime claimed on Sunday that Russia had launched a record 273 drones at Ukraine overnight.";
    const refs = classifyRefs(kiev, findTimeRefs(kiev, "2025-05-19"));
    expect(refs.report.map((r) => r.start)).toEqual(["2025-05-18"]);
    const lives = "The attack on Sunday claimed the lives of five people.";
    expect(classifyRefs(lives, findTimeRefs(lives, "2025-05-19")).attack.map((r) => r.start)).toEqual(["2025-05-18"]);
  });

  it("dates the count so said to the night before that day, or in 2022 to a barrage of missiles that day", () => {
    const dated = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
    expect(dated("The Kiev regime claimed on Sunday that Russia had launched 273 drones at Ukraine overnight.", "2025-05-19")).toEqual(["launched:273:2025-05-17..2025-05-18"]);
    const kalibr = "Operational Command South claimed on Saturday that two of the four Kalibr missiles fired at Odessa had been shot down.";
    expect(dated(kalibr, "2022-07-24")).toEqual(expect.arrayContaining(["shot_down:2:2022-07-23..2022-07-23"]));
    expect(dated(kalibr, "2024-07-28")).toEqual(expect.arrayContaining(["shot_down:2:2024-07-26..2024-07-27"]));
  });
  it("dates Ukraine's missiles at Russia so said to that day, unless the night is said or drones come with them", () => {
    const dated = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
    const atacms = "Kyiv's forces fired three ATACMS missiles at an airfield near Taganrog, Russia's Defence Ministry said on Wednesday.";
    expect(dated(atacms, "2025-03-12")).toEqual(["launched:3:2025-03-12..2025-03-12"]);
    const overnight = "Russia's Defence Ministry said on Wednesday that air defences had shot down three ATACMS missiles over Crimea overnight.";
    expect(dated(overnight, "2025-03-12")).toEqual(["shot_down:3:2025-03-11..2025-03-12"]);
    const drones = "Air defences shot down 40 Ukrainian drones and two Neptune missiles, Russia's Defence Ministry said on Wednesday.";
    expect(dated(drones, "2025-03-12")).toEqual(expect.arrayContaining(["shot_down:40:2025-03-11..2025-03-12"]));
  });
  it("dates Ukraine's missiles told with no day at all to the day of the report, Russia's drones so told to the night before", () => {
    const dated = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
    const storm = "Russia's Defence Ministry said Ukrainian jets had fired 12 Storm Shadow cruise missiles at a port in Crimea and that 10 of them had been shot down.";
    expect(dated(storm, "2024-05-18")).toEqual(expect.arrayContaining(["launched:12:2024-05-18..2024-05-18", "shot_down:10:2024-05-18..2024-05-18"]));
    const shaheds = "Ukraine's Air Force said Russia had launched 90 Shahed drones at the country and that 80 of them had been shot down.";
    expect(dated(shaheds, "2024-05-18")).toEqual(expect.arrayContaining(["launched:90:2024-05-17..2024-05-18"]));
  });
});

describe("an overnight attack that ran on into a day", () => {
  it("is the night into that day ('continued until late on Friday morning'), unlike 'late on Thursday, overnight'", () => {
    const night = (text: string) => classifyRefs(text, findTimeRefs(text, "2023-12-29")).attack.map((r) => `${r.start}..${r.end}`);
    expect(night("The authorities said the attack began overnight and continued until late on Friday morning, with explosions heard in Kiev.")).toEqual(["2023-12-28..2023-12-29"]);
    expect(night("Drones attacked the city late on Thursday, overnight.")).toEqual(["2023-12-28..2023-12-29"]);
    expect(night("Drones attacked the city late on Friday, overnight.")).toEqual(["2023-12-29..2023-12-30"]);
  });
});

describe("a bare 'overnight' after the lead's night", () => {
  const dated = (text: string) => extractClaims(articleOf(text, "2025-07-05")).filter((c) => c.value === 322).map((c) => `${c.date_start}..${c.date_end}`);
  const lead = "KYIV, July 5 - Zelensky said on Friday that he had held a call with Trump.\n\nOn the night of July 3-4, Russia launched 539 drones and 11 missiles, the Air Force said.\n\n";
  it("is the night into the later day its paragraph dated the attack to ('The attacks continued on Saturday.'), else the lead's", () => {
    expect(dated(`${lead}The attacks continued on Saturday. The Air Force said that overnight Russia had launched 322 drones.`)).toEqual(["2025-07-04..2025-07-05"]);
    expect(dated(`${lead}The Air Force said that overnight Russia had launched 322 drones.`)).toEqual(["2025-07-03..2025-07-04"]);
  });
});

describe("a record's date told beside the night it was broken", () => {
  const claims = (text: string, pub: string) =>
    extractClaims(articleOf(text, pub)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

  it("keeps a night its weekday names apart from the older day a record was set on, and what follows on that night", () => {
    const text = "Russia launched 810 drones at Ukraine in the night to Sunday, breaking the record of 728 drones set on July 9. Air defences downed 747 drones.";
    expect(claims(text, "2025-09-08")).toEqual(["launched:810:2025-09-06..2025-09-07", "launched:728:2025-07-08..2025-07-09", "shot_down:747:2025-09-06..2025-09-07"]);
    // (but a day that agrees with the night still dates it: the night that ended that day)
    expect(claims("Russia launched 810 drones at Ukraine in the night to Sunday, September 7.", "2025-09-08")).toEqual(["launched:810:2025-09-06..2025-09-07"]);
  });

  it("reads a day or night a toll had grown by as when it was counted, not as the strike's", () => {
    const text = "Russian missiles hit apartment buildings in Sloviansk on Friday, 14 April, killing nine people. On Saturday the number of dead had grown to 11, and by Sunday night to 13.";
    expect(claims(text, "2023-04-17")).toEqual(["killed:9:2023-04-14..2023-04-14", "killed:11:2023-04-14..2023-04-14", "killed:13:2023-04-14..2023-04-14"]);
    // (not a night the attack itself came by: "by Sunday night Russia had launched 60 drones")
    expect(claims("By Sunday night Russia had launched 60 drones at Kyiv.", "2023-04-17")).toEqual(["launched:60:2023-04-16..2023-04-17"]);
  });
});

describe("what an attack came barely a day after", () => {
  const dated = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

  it("reads 'came barely a day after' as 'came a day after': the record told after it is of the night it names, not of publication", () => {
    expect(dated("Tuesday's attack came barely a day after Russia set a new record with 479 drones in a single night, on the night to Monday.", "2025-06-10")).toEqual([
      "launched:479:2025-06-08..2025-06-09",
    ]);
    expect(findTimeRefs("The strike came exactly a week after the Kyiv barrage.", "2025-06-10").map((r) => [r.relative, r.days])).toEqual([["days-later", -7]]);
  });

  it("leaves 'a day after' that no verb of coming heads what it always was ('barely a day after the talks, drones hit')", () => {
    expect(findTimeRefs("Barely a day after the talks, Russia launched 300 drones.", "2025-06-10").map((r) => [r.relative, r.days ?? null])).toEqual([["next-day", null]]);
  });
});

describe("an item under a day's heading that puts its attack around midnight", () => {
  const dated = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

  it("dates the counts after it to the night that ended the heading's day ('MAY 31 - … around midnight')", () => {
    const item = (when: string) =>
      `Here are the deadliest strikes on Kharkiv this month:\n\nMAY 31 - NOVOBAVARSKYI DISTRICT\n\nRussia fired S-300 missiles at the Novobavarskyi district ${when}, hitting a five-storey residential building. Five missiles hit the district, the regional prosecutor said.`;
    expect(dated(item("around midnight"), "2024-05-31")).toEqual(["hit:5:2024-05-30..2024-05-31"]);
    // (an hour of the day leaves the heading's day, as before)
    expect(dated(item("at around 10:00"), "2024-05-31")).toEqual(["hit:5:2024-05-31..2024-05-31"]);
  });

  it("leaves an alert's hour, with no blast told around midnight ('The air raid alert sounded at 3 a.m.')", () => {
    const text = "MYKOLAIV, WEDNESDAY 29 JUNE\n\nThe air raid alert in Mykolaiv sounded at 3 a.m. and lasted until about 7 a.m. In that time, eight missiles hit the city, the mayor said.";
    expect(dated(text, "2022-06-30")).toEqual(["hit:8:2022-06-29..2022-06-29"]);
  });

  it("leaves a midnight that is not the blast's: a clock hour of the blast, an end ('until around midnight'), a siren's", () => {
    const item = (body: string) => `MAY 31 - NOVOBAVARSKYI DISTRICT\n\n${body} Five people were killed, the regional prosecutor said.`;
    expect(dated(item("Russian missiles hit the district in the evening, and rescuers worked there until around midnight."), "2024-05-31")).toEqual(["killed:5:2024-05-31..2024-05-31"]);
    expect(dated(item("Air raid sirens sounded around midnight, and Russian missiles hit the district at 10 a.m."), "2024-05-31")).toEqual(["killed:5:2024-05-31..2024-05-31"]);
    expect(dated(item("Air raid sirens sounded around midnight, and Russian missiles hit the district soon after."), "2024-05-31")).toEqual(["killed:5:2024-05-31..2024-05-31"]);
    // (the blast itself around midnight still tells the night)
    expect(dated(item("Russian missiles hit the district around midnight, and rescuers worked there until morning."), "2024-05-31")).toEqual(["killed:5:2024-05-30..2024-05-31"]);
    // (a siren in another comma clause is not the midnight's: the alert's clause ends at any comma, not only at the clause
    // breaks attribution reads, which would take in the whole sentence)
    expect(dated(item("Russian missiles hit the district shortly after midnight, minutes after air raid sirens sounded."), "2024-05-31")).toEqual(["killed:5:2024-05-30..2024-05-31"]);
    expect(dated(item("After air raid sirens sounded, Russian missiles hit the district around midnight."), "2024-05-31")).toEqual(["killed:5:2024-05-30..2024-05-31"]);
  });
});

describe("a heading in capitals", () => {
  it("is read title-cased, so that its month names read as dates: 'NIGHT OF DECEMBER 30-31'", () => {
    expect(titleCased("NIGHT OF DECEMBER 30-31")).toBe("Night Of December 30-31");
    expect(span(titleCased("MARCH 22, 2024"), "2024-03-25")).toEqual([["2024-03-22", "2024-03-22", "day"]]);
    // (a line already in title case is left as it was)
    expect(titleCased("March 22, 2024")).toBe("March 22, 2024");
  });
});
