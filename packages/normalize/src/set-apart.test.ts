import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { setApartFromNight, struckAtMidday, struckByDaylightHour } from "./set-apart.ts";
import { articleOf } from "./test-helpers.ts";

describe("a strike the words set apart from the night told before it", () => {
  it("tells one more strike that day by its opening words, not a night's count restated nor a source's later words", () => {
    expect(setApartFromNight("Also on Sunday, a Russian missile strike on a training unit of the Ground Forces killed 12 soldiers.")).toBe(true);
    expect(setApartFromNight("* Separately, a Russian missile strike on a training unit on Sunday killed 12 servicemen.")).toBe(true);
    expect(setApartFromNight("On the same day, a Russian missile struck a training unit, killing 12 soldiers.")).toBe(true);
    expect(setApartFromNight("Later that morning, a Russian missile strike on a training unit killed 12 servicemen.")).toBe(true);
    expect(setApartFromNight("In a separate attack in the southeast, a Russian drone strike on Nikopol wounded a 62-year-old man.")).toBe(true);
    // (the night's own: said overnight, or told by its source)
    expect(setApartFromNight("Also on Sunday, the Defence Ministry said air defences had destroyed 33 Ukrainian drones overnight.")).toBe(false);
    expect(setApartFromNight("Also on Sunday, Kharkiv counted its dead after a drone attack in which four people were killed.")).toBe(false);
    expect(setApartFromNight("Later in the day, Mayor Vitali Klitschko said the death toll from the strike had risen to seven.")).toBe(false);
    expect(setApartFromNight("Later that night, a drone hit a house in Odesa, injuring two.")).toBe(false);
    // (no opening words that set it apart: "on Sunday" alone restates the night's attack)
    expect(setApartFromNight("Russia attacked Ukraine with 472 drones on Sunday, killing 12.")).toBe(false);
  });

  const dates = (text: string, pub: string) => extractClaims(articleOf(text, pub)).map((c) => `${c.value}:${c.date_start}..${c.date_end}${c.daytime ? ":day" : ""}`);
  const night = "Ukraine's Air Force said Russia sent 472 drones overnight into Sunday.\n";

  it("dates such a strike by day, apart from the night that ended that morning", () => {
    expect(dates(`${night}Also on Sunday, a Russian missile strike on a training unit of the Ground Forces killed 12 soldiers and wounded more than 60.`, "2025-06-03")).toEqual([
      "472:2025-05-31..2025-06-01",
      "12:2025-06-01..2025-06-01:day",
      "60:2025-06-01..2025-06-01:day",
    ]);
    // ("Later" after the night it takes over: the day that night ended)
    expect(dates(`${night}Later that morning, a Russian missile strike on a training unit killed 12 servicemen.`, "2025-06-03")).toEqual(["472:2025-05-31..2025-06-01", "12:2025-06-01..2025-06-01:day"]);
    // (but the same strike told with its day and no words that set it apart is the night's, as is a toll told later)
    expect(dates(`${night}Russia attacked Ukraine on Sunday, killing 12 people.`, "2025-06-03")).toEqual(["472:2025-05-31..2025-06-01", "12:2025-05-31..2025-06-01"]);
    expect(dates(`${night}Later, the toll rose to 12.`, "2025-06-03")).toEqual(["472:2025-05-31..2025-06-01", "12:2025-05-31..2025-06-01"]);
  });

  it("reads no night into a strike from the night it is set apart from: 'Separately from the night raid, on Sunday afternoon'", () => {
    const raid = "Russia launched 120 drones at Ukraine overnight, the Air Force said.\n";
    expect(dates(`${raid}Separately from the night raid, on Sunday afternoon, Russian shelling of Kherson killed one man, the governor said.`, "2025-09-08")).toEqual([
      "120:2025-09-07..2025-09-08",
      "1:2025-09-07..2025-09-07:day",
    ]);
    // (a night the strike itself came in stays its date: "Besides Kherson, overnight shelling of Nikopol killed one man")
    expect(dates(`${raid}Besides Kherson, the night shelling of Nikopol killed one man, the governor said.`, "2025-09-08")).toEqual(["120:2025-09-07..2025-09-08", "1:2025-09-07..2025-09-08"]);
  });

  it("gives the toll told after such a strike in its paragraph its day, not the night before it", () => {
    const raid = "Russia launched 40 drones overnight, the Air Force said.\n";
    expect(dates(`${raid}Separately, on Wednesday morning a drone hit a kindergarten in Kharkiv. One man was killed and seven people were injured, the governor said.`, "2025-10-22")).toEqual([
      "40:2025-10-21..2025-10-22",
      "1:2025-10-22..2025-10-22:day",
      "1:2025-10-22..2025-10-22:day",
      "7:2025-10-22..2025-10-22:day",
    ]);
    // (a toll of the next paragraph, which tells of no strike apart, is still the night's)
    expect(dates(`${raid}Separately, on Wednesday morning a drone hit a kindergarten in Kharkiv.\nIn Kyiv, two people were killed, the mayor said.`, "2025-10-22")).toEqual([
      "40:2025-10-21..2025-10-22",
      "1:2025-10-22..2025-10-22:day",
      "2:2025-10-21..2025-10-22",
    ]);
  });

  it("reads a strike its words put at midday as the day's, and what follows of other places as the night's", () => {
    expect(struckAtMidday("Zaporizhzhia update: the governor says the number of injured in the midday strike has risen to 33.")).toBe(true);
    expect(struckAtMidday("The city council secretary says Russian missiles hit the city shortly after noon.")).toBe(true);
    expect(struckAtMidday("Around midday, Russian missiles hit a residential district of Zaporizhzhia, killing one person.")).toBe(true);
    // (the hour a toll was given at, and a night said too, are no strike's hour)
    expect(struckAtMidday("The rescuers' earlier report at noon had put the toll at four dead.")).toBe(false);
    expect(struckAtMidday("The drones that hit the city overnight were still being counted at noon.")).toBe(false);
    // (nor the hour a source spoke at, past the strike's clause)
    expect(struckAtMidday("A Russian drone struck a residential building, killing 3 people, officials said at noon.")).toBe(false);
    expect(struckAtMidday("Russian missiles hit Kyiv, killing 12 people, the mayor said at around noon.")).toBe(false);
    const night = "Ukraine's Air Force says Russia launched 21 Shahed drones overnight.\n";
    expect(
      dates(
        `${night}Zaporizhzhia update: the governor says the number of injured in the midday strike has risen to 33.\nKyiv region governor Ruslan Kravchenko: the death toll in Rzhyshchiv has risen to four.`,
        "2023-03-22",
      ),
    ).toEqual(["21:2023-03-21..2023-03-22", "33:2023-03-22..2023-03-22:day", "4:2023-03-21..2023-03-22"]);
    // (a toll with no hour after the night stays the night's)
    expect(dates(`${night}The governor says the number of injured in the strike has risen to 33.`, "2023-03-22")).toEqual(["21:2023-03-21..2023-03-22", "33:2023-03-21..2023-03-22"]);
  });

  it("reads a strike its sentence puts at an hour of the working day as the day the night told before it ended", () => {
    const night = "In the early hours of Monday, Russia launched 40 cruise missiles and 35 Shahed drones; air defences shot down 37 of the missiles and 29 of the drones, the Air Force said.";
    const day =
      "Then, at around 11:30 a.m., with the streets full of people, the capital came under attack again: Serhiy Popko, head of the Kyiv military administration, said 11 ballistic and cruise missiles had been fired at the city in broad daylight and that all 11 were destroyed.";
    const got = extractClaims(articleOf(`${night} ${day}`, "2023-06-02")).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);
    expect(got).toContain("launched:11:2023-05-29..2023-05-29");
    expect(got).toContain("launched:40:2023-05-28..2023-05-29");
  });

  it("leaves an early hour a night's barrage may run into, an evening's, an hour said, and a sentence that says the night", () => {
    expect(struckByDaylightHour("Then, at around 11:30 a.m., with the streets full of people, the capital came under attack again.")).toBe(true);
    expect(struckByDaylightHour("The last missiles struck the city at about 8 a.m., the mayor said.")).toBe(false);
    expect(struckByDaylightHour("At 20:30, drones attacked the city again.")).toBe(false);
    expect(struckByDaylightHour("At 14:00, the toll stood at 12.")).toBe(false);
    expect(struckByDaylightHour("At 11:00, after a night of explosions, missiles hit the port again.")).toBe(false);
  });
});
