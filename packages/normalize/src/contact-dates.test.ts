import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub: string, strike: { start: string; end: string } | null = null) =>
  extractContacts(articleOf(text, pub), strike).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("a contact dated as on the day told before (sameDayAs)", () => {
  it("reads 'that day', 'That afternoon', 'The same afternoon' as the day named before, not a deadline ('By Friday')", () => {
    const text =
      "Then came November 19. Russia launched 476 drones and 48 missiles, mostly at the west, the Air Force said. In Ternopil, two Kh-101 cruise missiles tore into apartment blocks before dawn. By Friday the State Emergency Service had put the death toll at 31.\nZelensky was in Ankara that day, meeting Recep Tayyip Erdogan about reviving talks.";
    expect(contacts(text, "2025-11-22")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-11-19"]);
    expect(contacts("SEPT 4\n- Air Force: 32 Shaheds launched at the Odesa region, 23 destroyed.\n- The same afternoon Vladimir Putin hosted Recep Tayyip Erdogan in Sochi.", "2023-09-26")).toEqual([
      "meeting Recep Tayyip Erdogan+Vladimir Putin 2023-09-04",
    ]);
    // (no day named before: none)
    expect(contacts("Zelensky was in Ankara that day, meeting Recep Tayyip Erdogan about reviving talks.", "2025-11-22")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky ?"]);
  });

  it("takes the day a night named before ended for 'On the same day', not a weekday's night nor 'before dawn'", () => {
    const night = "According to the Air Force, on the night of 18 to 19 November, the enemy attacked Ukraine with 476 UAVs and 48 missiles.\nOn the same day, President Volodymyr Zelensky, who was on a visit to Turkey, met with President Recep Tayyip Erdogan in Ankara.";
    expect(contacts(night, "2025-11-20")).toEqual(["visit Recep Tayyip Erdogan+Volodymyr Zelensky 2025-11-19"]);
    const weekday = "Russia attacked Kyiv with 300 drones on Saturday night.\nOn the same day, Zelensky met Erdogan in Ankara.";
    expect(contacts(weekday, "2025-11-24")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-11-22"]);
    const dawn = "Missiles tore into apartment blocks before dawn.\nOn the same day, Zelensky met Erdogan in Ankara.";
    expect(contacts(dawn, "2025-11-22")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky ?"]);
  });

  it("takes the nearer of a day named and a contact told before for 'The same day'", () => {
    const text =
      "Nov. 24-25 - Driscoll holds talks with Russian officials in Abu Dhabi.\nTuesday, Nov. 25 - Overnight, Russia fires 464 drones and 22 missiles; seven people are killed in Kyiv, city officials say. The same day Zelensky joins a video call co-chaired by Keir Starmer and Emmanuel Macron, with Rubio taking part for the first time.";
    expect(contacts(text, "2025-12-03").at(-1)).toBe("phone_call Emmanuel Macron+Keir Starmer+Marco Rubio+Volodymyr Zelensky 2025-11-25");
    // (but a contact of the paragraph's own first: not the day a background event in between names)
    const samarkand =
      "On Thursday, Putin met Chinese President Xi Jinping.\nThe same day, Putin held talks with Iranian President Ebrahim Raisi. Ukraine's military said it had shot down one of the drones near Kupiansk on Tuesday. Later that day Putin sat down with Pakistani Prime Minister Shehbaz Sharif.";
    expect(contacts(samarkand, "2022-09-16").at(-1)).toBe("meeting Shehbaz Sharif+Vladimir Putin 2022-09-15");
    // ("then": the contact told before, still, over a day named in between)
    expect(contacts("Trump said he had a lengthy phone call with Putin on Wednesday. The Kremlin said on Thursday it lasted 90 minutes.\nTrump then called Zelensky.", "2025-02-14")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-02-12",
    ]);
  });

  it("dates a call held in the midst of the meeting told before ('broke off the talks to phone', 'During a break')", () => {
    const text =
      "Leaders of the coalition of the willing held a video call on Tuesday. Zelensky said the guarantees would be ready within ten days. Starmer said the work was urgent.\nAt Monday's meeting in Washington, Trump told Zelensky, Starmer and Macron that the United States would help coordinate security arrangements.\nTrump broke off the talks to phone Russian President Vladimir Putin.";
    expect(contacts(text, "2025-08-19").at(-1)).toMatch(/Donald Trump\+Vladimir Putin 2025-08-18$/);
    // (its own time wins: not the day of the summit told before)
    const later =
      "On August 15, Trump and Putin met at Joint Base Elmendorf-Richardson in Anchorage. Three days later Trump hosted Volodymyr Zelensky and seven European leaders at the White House, interrupting the meeting to telephone Putin for about 40 minutes.";
    expect(contacts(later, "2025-08-26")).toContain("phone_call Donald Trump+Vladimir Putin 2025-08-18");
  });
});

describe("a contact on the day of the article's attack (onAttackDay)", () => {
  it("reads 'On the day of the attack' as the day the attack ended, not 'the day of the Hroza strike'", () => {
    const strike = { start: "2025-11-18", end: "2025-11-19" };
    expect(contacts("On the day of the attack, President Volodymyr Zelensky was in Ankara, where he met Turkish President Recep Tayyip Erdogan.", "2025-11-21", strike)).toEqual([
      "meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-11-19",
    ]);
    expect(contacts("President Volodymyr Zelensky was in Granada, Spain, on the day of the Hroza strike, where he met Spanish Prime Minister Pedro Sanchez.", "2023-10-31", strike)).toEqual([
      "meeting Pedro Sanchez+Volodymyr Zelensky ?",
    ]);
  });
});

describe("a contact of 'this morning' in words said on a day the sentence names (saidDay)", () => {
  it("dates it to the day of the saying, and to the report's day when no day is named for it", () => {
    expect(contacts('Trump told reporters on Monday that he had called Putin "this morning".', "2025-08-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-08-18"]);
    expect(contacts("Trump called Putin this morning, the White House said on Tuesday.", "2025-08-21")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-08-19"]);
    expect(contacts('Trump said he had called Putin "this morning".', "2025-08-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-08-20"]);
  });

  it("takes only a saying whose clause holds the 'this morning', not another's in a clause of its own", () => {
    expect(contacts("Trump called Putin this morning, days after Zelensky said on Monday that he was ready to meet.", "2025-08-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-08-20"]);
    expect(contacts('Trump called Putin "this morning", the White House said on Tuesday.', "2025-08-21")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-08-19"]);
  });
});

describe("a contact 'the day before' with no day in its paragraph", () => {
  it("counts from the last contact told of one of its people, but not from within its own sentence", () => {
    expect(contacts("Xi Jinping greeted Vladimir Putin when the two sat down in Beijing on Wednesday.\n\nThe day before, Putin had met Hungarian Prime Minister Viktor Orban on the sidelines of the forum.", "2023-10-19")).toEqual(["meeting Vladimir Putin+Xi Jinping 2023-10-18", "meeting Viktor Orban+Vladimir Putin 2023-10-17"]);
    expect(contacts("Qin Gang spoke by phone with Dmytro Kuleba on 16 March.\n\nAs Xi landed in Moscow, explosions were reported in Dzhankoi.\n\nXi and Putin spent four and a half hours together that evening, and held formal talks in the Kremlin the next day.", "2023-03-28").at(-1)).toBe("talks Vladimir Putin+Xi Jinping ?");
  });

  it("counts from the last sentence that names a day, past one that recalls an earlier contact", () => {
    expect(contacts("Xi Jinping greeted Vladimir Putin in Beijing on Wednesday. The two had last met in Moscow on 21 March.\n\nThe day before, Putin had met Hungarian Prime Minister Viktor Orban in Beijing.", "2023-10-19").at(-1)).toBe("meeting Viktor Orban+Vladimir Putin 2023-10-17");
    expect(contacts("Putin spoke with Erdogan by phone on Friday.\n\nRussian missiles struck Kyiv on Tuesday, killing three.\n\nThe day before, Putin had met Hungarian Prime Minister Viktor Orban in Beijing.", "2023-10-19")).toEqual([
      "phone_call Recep Tayyip Erdogan+Vladimir Putin 2023-10-13",
      "meeting Viktor Orban+Vladimir Putin 2023-10-16",
    ]);
  });
});

describe("a contact 'last night' (contactDays)", () => {
  it("dates it the evening before the report, as figures read the night", () => {
    expect(contacts("Trump spoke with Putin by phone last night.", "2025-07-10")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-07-09"]);
    const recap = "A recap of last night's news: Turkish President Recep Tayyip Erdogan, Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson signed a memorandum in Madrid after talks with NATO Secretary General Jens Stoltenberg that lasted several hours.";
    expect(contacts(recap, "2022-06-29")[0]).toMatch(/ 2022-06-28$/);
  });

  it("leaves it to the attacks when the sentence tells of them", () => {
    expect(contacts("Zelensky spoke with Macron after Russia launched 400 drones last night.", "2025-07-10")).toEqual(["phone_call Emmanuel Macron+Volodymyr Zelensky ?"]);
  });

  it("leaves it when the night is when something was said, or what the contact came after", () => {
    expect(contacts("Trump told reporters at the White House last night that he had spoken with Putin earlier in the week.", "2025-07-10")).toEqual(["phone_call Donald Trump+Vladimir Putin ?"]);
    expect(contacts("Zelensky met Kellogg in Kyiv, hours after the capital endured the biggest assault of the war last night.", "2025-07-10")).toEqual(["meeting Keith Kellogg+Volodymyr Zelensky ?"]);
  });
});
