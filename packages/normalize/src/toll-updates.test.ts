import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

describe("an opening toll update, dated by the strike the next sentences tell", () => {
  it("takes the day the next paragraph gives the strike, not the day the toll rose", () => {
    const text = [
      "Ukraine held a day of mourning on Tuesday as the death toll from Russia's daytime missile barrage rose to 38, the Interior Ministry said.",
      "The missiles reached Kyiv at about 10am local time on Monday, while patients were on the wards of a children's hospital.",
    ].join("\n");
    expect(dates(text, "2024-07-09")).toContain("killed:38:2024-07-08..2024-07-08");
  });

  it("takes the night the strike began, past a later attack the same sentence sets apart", () => {
    const text = [
      "The death toll from Russia's largest air attack on Ukraine rose to seven on Tuesday, President Volodymyr Zelensky said.",
      "The Monday barrage began overnight and peaked around 7am, when missiles reached Kyiv.",
      "Russia struck again overnight into Tuesday, killing two people in Zaporizhzhia.",
    ].join("\n");
    expect(dates(text, "2024-08-27")).toContain("killed:7:2024-08-25..2024-08-26");
  });

  it("does not date the toll by another attack told in a clause of its own ('as a separate overnight attack')", () => {
    const text = [
      "The death toll from Russia's missile strike on a military institute in Poltava rose to 51 on Wednesday, governor Filip Pronin said, as a separate overnight attack killed seven people in Lviv.",
      "Rescuers had finished searching the rubble of the institute, which two ballistic missiles struck on Tuesday morning.",
    ].join("\n");
    const got = dates(text, "2024-09-04");
    expect(got).toContain("killed:51:2024-09-03..2024-09-03");
    expect(got).toContain("killed:7:2024-09-03..2024-09-04");
  });

  it("keeps the update's fallback when nothing after it dates the strike, or only a strike after the update day", () => {
    const lead = "The death toll from Russia's missile strike on Dnipro rose to 12 on Tuesday, officials said.";
    const before = dates(lead, "2024-08-27");
    expect(dates(`${lead}\nRescuers were still searching the rubble.`, "2024-08-27")).toEqual([...before]);
    expect(dates(`${lead}\nOn Wednesday, a drone hit a house in Sumy, killing one person.`, "2024-08-28")).toContain(dates(lead, "2024-08-28")[0]);
  });

  it("leaves a toll that names its strike's day, and one told after the strike it updates, to their own dates", () => {
    expect(dates("The toll from Sunday's strike on Sumy rose to 35 on Tuesday.\nThe missiles hit the city centre on Monday.", "2025-04-15")).toContain("killed:35:2025-04-13..2025-04-13");
    const text = "A Russian missile hit an apartment block in Dnipro on Saturday, killing 12.\nThe death toll rose to 40 on Monday.\nOn Sunday, a drone hit a house in Sumy.";
    expect(dates(text, "2025-01-20")).toContain("killed:40:2025-01-18..2025-01-18");
  });
});

describe("a toll that grew, told with no date, updates the strike whose toll was told last", () => {
  const tuesday = ["TUESDAY, 3 SEPTEMBER", "09:10 Explosions in Poltava.", "20:40 Pronin: 47 people killed, 206 injured."];
  const wednesday = ["WEDNESDAY, 4 SEPTEMBER", "07:55 Pronin: overnight in the region, air defence forces destroyed three Shahed drones. No damage."];

  it("dates 'the toll has risen to 51' by the strike that had 47 dead, not the night told since", () => {
    const text = [...tuesday, ...wednesday, "11:30 Pronin: the search operation is over. The toll has risen to 51 dead and 271 injured."].join("\n");
    const got = dates(text, "2024-09-04");
    expect(got).toContain("killed:51:2024-09-03..2024-09-03");
    expect(got).toContain("injured:271:2024-09-03..2024-09-03");
  });

  it("leaves a toll smaller than the last one told to the night told since", () => {
    const fell = [...tuesday, ...wednesday, "11:30 Pronin: the toll has been revised and has risen to 12 dead."].join("\n");
    expect(dates(fell, "2024-09-04")).toContain("killed:12:2024-09-03..2024-09-04");
  });

  it("takes the toll told at the place it names, past a larger toll of another place", () => {
    const text = [
      "Monday, 8 July 2024",
      "10:41 Vilkul: a missile hit an industrial enterprise in Kryvyi Rih. Three people are dead and 12 injured.",
      "11:45 Lysak: in Dnipro an office building was damaged; one person was killed and five injured.",
      "16:37 Vilkul: 10 people killed, 47 injured in Kryvyi Rih.",
      "21:15 Lysak: the number of injured in Dnipro has risen to seven.",
    ].join("\n");
    expect(dates(text, "2024-07-08")).toContain("injured:7:2024-07-08..2024-07-08");
  });
});

describe("days set aside to mourn", () => {
  it("dates no attack by 'are days of mourning' or 'Days of mourning: …'", () => {
    const text = "16:37 Vilkul: 10 people killed, 47 injured in Kryvyi Rih. Among the wounded is a 10-year-old girl. 9 and 10 July are days of mourning in the city.";
    expect(dates(text, "2024-07-08")).toContain("injured:1:2024-07-08..2024-07-08");
  });

  it("keeps a strike's own day told beside mourning ('killed on 9 July, and the city is in mourning')", () => {
    expect(dates("A missile hit the city centre on 9 July, killing three people; the city is in mourning.", "2024-07-11")).toContain("killed:3:2024-07-09..2024-07-09");
  });
});

