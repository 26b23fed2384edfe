import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf } from "./test-helpers.ts";

const contacts = (text: string, pub = "2025-07-10") =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

describe("a contact denied, meant or still ahead is none held", () => {
  it("reads no contact where the text denies one, but keeps one held beside a denial of something else", () => {
    expect(contacts("The Kremlin has not announced whether Xi and Putin will sign any documents related to Ukraine during the trip, and no call between Xi and Ukrainian President Volodymyr Zelensky has taken place.", "2023-03-18")).toEqual([]);
    expect(contacts("Zelensky has said publicly that he invited Xi Jinping to talks; at the time of writing there has been no call.", "2023-03-24")).toEqual([]);
    expect(contacts("He added that he knew Vladimir Putin well, but gave no sign that Donald Trump had spoken to him.", "2024-12-09")).toEqual([]);
    expect(contacts("Trump said he had spoken to Vladimir Putin on Monday, but gave no details.")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-07-07"]);
  });

  it("reads no contact in one promised, intended or wanted, but keeps one held by who had promised it", () => {
    expect(contacts("China's top diplomat Wang Yi is due in Europe for the Munich Security Conference, and Italian Prime Minister Giorgia Meloni has promised to visit Kyiv before the anniversary.", "2023-02-12")).toEqual([]);
    expect(contacts("Erdogan's office said the president also intended to speak with Ukrainian President Volodymyr Zelensky.", "2022-05-30")).toEqual([]);
    expect(contacts("Erdogan's office said the president also wanted to speak with Ukrainian President Volodymyr Zelensky.", "2022-05-30")).toEqual([]);
    expect(contacts("Erdogan's office said the president also planned to speak with Ukrainian President Volodymyr Zelensky.", "2022-05-30")).toEqual([]);
    expect(contacts("Lavrov said on August 24 that Russian President Vladimir Putin is not yet interested in a meeting with Volodymyr Zelensky.", "2025-08-24")).toEqual([]);
    expect(contacts("Afterwards the Elysee said Joe Biden and Vladimir Putin had accepted \"in principle\" a summit, to be prepared by Secretary of State Antony Blinken and Foreign Minister Sergei Lavrov.", "2022-02-21")).toEqual([]);
    expect(contacts("Italian Prime Minister Giorgia Meloni, who had promised to visit Kyiv, arrived on Tuesday and met Volodymyr Zelensky.")).toEqual(["meeting Giorgia Meloni+Volodymyr Zelensky 2025-07-08"]);
    expect(contacts("Italian Prime Minister Giorgia Meloni, who had wanted to visit Kyiv, arrived on Tuesday and met Volodymyr Zelensky.")).toEqual(["meeting Giorgia Meloni+Volodymyr Zelensky 2025-07-08"]);
  });

  it("reads what 'promised to' or 'intends to' governs only in its own clause: not a finite contact verb after 'and', nor whom the meant contact names", () => {
    expect(contacts("Macron promised to visit Kyiv and met Zelensky there on Tuesday.")).toEqual(["meeting Emmanuel Macron+Volodymyr Zelensky 2025-07-08"]);
    expect(contacts("Erdogan, who intends to speak with Putin, met Zelensky in Ankara on Tuesday.")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-07-08"]);
    expect(contacts("Macron promised to visit Kyiv and meet Zelensky there.")).toEqual([]);
    expect(contacts("Erdogan's office said the president also intended to speak with Ukrainian President Volodymyr Zelensky.", "2022-05-30")).toEqual([]);
  });

  it("reads no contact at the end of a journey still ahead, but keeps one at the end of a journey made", () => {
    expect(contacts("Russian Foreign Minister Sergei Lavrov is expected in Ankara on June 8 for talks on the corridor with his Turkish counterpart Mevlut Cavusoglu.", "2022-05-30")).toEqual([]);
    expect(contacts("The attack came as a Ukrainian delegation led by Rustem Umerov was preparing to fly to the United States for talks with US envoy Steve Witkoff and Jared Kushner on the American peace plan.", "2025-11-29")).toEqual([]);
    expect(contacts("President Volodymyr Zelensky is due in Berlin on Friday to sign a bilateral security agreement with Chancellor Olaf Scholz and then travel to Paris for talks with President Emmanuel Macron.", "2024-02-15")).toEqual([]);
    expect(contacts("Russian Foreign Minister Sergei Lavrov, who arrived in Ankara on Wednesday, held talks with his Turkish counterpart Mevlut Cavusoglu.")).toEqual(["talks Mevlut Cavusoglu+Sergey Lavrov 2025-07-09"]);
  });

  it("reads no contact in a visit only being prepared for when the visit told is another's", () => {
    expect(contacts("The visit coincided with the final preparations for Vladimir Putin's state visit to China, where the Russian leader is due to meet Xi Jinping on Thursday.", "2024-05-14")).toEqual([]);
    expect(contacts("Putin's state visit to China began on Thursday, when he met Xi Jinping in Beijing.")[0]).toContain("Vladimir Putin+Xi Jinping 2025-07-10");
  });

  it("reads no contact in one put off, nor in a gathering someone was invited to join, but keeps the call told beside it", () => {
    expect(contacts("A preparatory meeting between Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov has also been put off. The two spoke by phone on Monday.", "2025-10-22")).toEqual(["phone_call Marco Rubio+Sergey Lavrov 2025-10-20"]);
    expect(contacts("Kishida invited Volodymyr Zelensky to join the G7 summit in Hiroshima in May by video link.", "2023-03-21")).toEqual([]);
    expect(contacts("Kishida, who invited Zelensky to the summit, met him in Hiroshima on Sunday.", "2023-05-22")).toEqual(["meeting Fumio Kishida+Volodymyr Zelensky 2023-05-21"]);
  });

  it("reads no call in what one leader called another", () => {
    expect(contacts('Joe Biden called Vladimir Putin "a butcher" after talking to some of the families.', "2022-03-26")).toEqual([]);
    expect(contacts("Biden called Putin on Thursday and warned him of severe costs.")).toEqual(["phone_call Joe Biden+Vladimir Putin 2025-07-10"]);
    expect(contacts('Donald Trump, for his part, called Putin "absolutely CRAZY" on social media.', "2025-05-27")).toEqual([]);
    expect(contacts("Donald Trump called Putin 'a killer' on television.", "2025-05-27")).toEqual([]);
    expect(contacts('Trump called Vladimir Putin "to congratulate him", the Kremlin said on Monday.', "2025-07-02")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-06-30"]);
    // (the call, whichever morning its quote is of)
    expect(contacts('Trump called Putin "this morning", the White House said on Tuesday.').map((c) => c.replace(/ \S+$/, ""))).toEqual(["phone_call Donald Trump+Vladimir Putin"]);
    expect(contacts('Trump called Putin "yesterday", the White House said.')).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-07-09"]);
    expect(contacts('Trump called Putin "this generation\'s Hitler" on television.')).toEqual([]);
  });
});

describe("a contact the sentence's news comes ahead of", () => {
  it("reads no contact in one still ahead ('ahead of Friday's meeting'), but keeps one an attack came ahead of, and one held beside it", () => {
    expect(contacts("President Volodymyr Zelensky arrived in Washington on Thursday ahead of Friday's meeting with Trump at the White House, where he is expected to ask for Tomahawks.", "2025-10-16")).toEqual([]);
    expect(contacts("Ahead of the summit, Biden met Scholz in Madrid on Tuesday.", "2022-06-30")).toEqual(["meeting Joe Biden+Olaf Scholz 2022-06-28"]);
    expect(contacts("The strike came ahead of a long-awaited phone call between President Volodymyr Zelensky and Chinese leader Xi Jinping on April 26.", "2023-04-26")).toEqual(["phone_call Volodymyr Zelensky+Xi Jinping 2023-04-26"]);
  });

  it("keeps one the report tells as held since: a pluperfect main verb, or a past clause about the contact after it", () => {
    expect(contacts("Zelensky had arrived in Washington on Thursday ahead of Friday's meeting with Trump, which ended without a deal on Tomahawks.", "2025-10-18")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-10-17"]);
    expect(contacts("Zelensky arrived in Washington on Thursday ahead of Friday's meeting with Trump, which ended without a deal on Tomahawks.", "2025-10-18")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-10-17"]);
    expect(contacts("After Russia had launched a barrage, Zelensky arrived in Washington on Thursday ahead of Friday's meeting with Trump.", "2025-10-16")).toEqual([]);
    expect(contacts("Zelensky had planned to arrive in Washington on Thursday ahead of Friday's meeting with Trump.", "2025-10-16")).toEqual([]);
  });

  it("reads a meeting under way ('are holding a one-on-one meeting'), not the talks to follow it", () => {
    expect(contacts("Zelensky and Erdogan are holding a one-on-one meeting, to be followed by talks between the delegations.", "2025-11-19")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-11-19"]);
    expect(contacts("He says he has begun arranging a meeting with Putin, to be followed by a three-way summit with Zelensky.", "2025-08-19")).toEqual([]);
  });

  it("reads no meeting under way in one held on a day ahead ('are holding a one-on-one meeting on Wednesday')", () => {
    expect(contacts("Trump and Xi are holding a one-on-one meeting on Wednesday.", "2025-11-17")).toEqual([]);
    expect(contacts("Trump and Xi are holding a one-on-one meeting tomorrow.", "2025-11-17")).toEqual([]);
    expect(contacts("Trump and Xi are holding a one-on-one meeting.", "2025-11-17")).toEqual(["meeting Donald Trump+Xi Jinping 2025-11-17"]);
  });
});

describe("who is named only as the one a contact still to come is with takes no part in the contact held", () => {
  it("leaves out whom a contact meant, refused or expected names, but keeps whom the contact held names", () => {
    expect(contacts("Macron's office said he intended to brief Volodymyr Zelensky afterwards, and to discuss the call with European partners.", "2025-07-01")).toEqual([]);
    expect(contacts("Zelensky has said repeatedly that he will not negotiate with Putin, and on Monday he met his top commanders in Kyiv to discuss air defence rather than diplomacy.", "2022-12-07")).toEqual([]);
    expect(contacts("Trump spoke with Putin on Thursday and said he would call Zelensky on Friday.", "2025-10-17")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-10-16"]);
    expect(contacts("Trump agreed to meet Putin in Budapest during a lengthy phone call on Thursday.", "2025-10-17")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-10-16"]);
  });

  it("keeps whom a contact meant names when the pair is told again as the ones who held it, but not a pair that held nothing", () => {
    expect(contacts("Trump said he would speak with Putin on Monday, and on Monday the two leaders spoke for more than two hours.", "2025-05-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
    expect(contacts("Zelensky has said repeatedly that he will not negotiate with Putin, and on Monday he met his top commanders in Kyiv.", "2022-12-07")).toEqual([]);
    expect(contacts("Zelensky said he would not meet Putin until they had agreed a ceasefire, and on Monday he met his top commanders in Kyiv.", "2022-12-07")).toEqual([]);
  });

  it("reads the pair as the ones who held it only as the subject right after 'and', of a contact neither refused nor put off", () => {
    // (another subject's plural, and one said after a contact put off)
    expect(contacts("Zelensky said he would meet Putin only after a ceasefire, and European leaders said they had held talks with Trump on Monday.", "2025-07-10").join()).not.toContain("Vladimir Putin");
    // (a contact refused, and a clause "but" opens)
    expect(contacts("Trump said he would not speak with Putin until Kyiv agreed, but on Monday the two leaders met in Rome, Zelensky and Macron.", "2025-07-10").join()).not.toContain("Vladimir Putin");
    expect(contacts("Trump said he would speak with Putin on Monday, and on Monday the two leaders spoke for two hours.", "2025-07-10")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-07-07"]);
  });

  it("reads officials who say something as the report's source, not a team met, but keeps officials met", () => {
    expect(contacts("Keith Kellogg, Trump's envoy for Ukraine and Russia, arrived in Kyiv on Wednesday; Ukrainian officials say he is expected to meet Zelensky on Thursday.", "2025-02-20")).toEqual([]);
    expect(contacts("US Army Secretary Dan Driscoll met Russian officials in Abu Dhabi late on Monday, a US official told reporters.", "2025-11-25")).toEqual(["meeting Dan Driscoll+Russian delegation 2025-11-24"]);
    // officials who speak of their own talks are the teams, a day between the verb and them or not
    expect(contacts("U.S. and Ukrainian officials said on Sunday that their talks in Geneva had been very productive.", "2025-11-24")).toEqual(["talks US delegation+Ukrainian delegation 2025-11-23"]);
  });

  it("reads no contact in one promised nor in a round of something other than talks, but keeps a round held", () => {
    expect(contacts("The IAEA mission to Zaporizhzhia; whether Erdogan's promised conversation with Putin produces a new round of prisoner swaps; and a possible meeting of Putin and Zelensky at the G20 summit in Bali in November.", "2022-08-26")).toEqual([]);
    expect(contacts("Medinsky and Umerov met for a new round in Istanbul on Monday.", "2025-07-26")).toEqual(["meeting Rustem Umerov+Vladimir Medinsky 2025-07-21"]);
    // (one promised that the sentence says was held after all, by how long it lasted; not one that began to look unlikely)
    expect(contacts("Erdogan's promised call with Putin lasted an hour on Friday.", "2022-08-26")).toEqual(["phone_call Recep Tayyip Erdogan+Vladimir Putin 2022-08-26"]);
    expect(contacts("Erdogan's promised call with Putin began to look unlikely on Friday.", "2022-08-26")).toEqual([]);
    expect(contacts("Hopes for Erdogan's promised meeting with Putin ended on Friday when the Kremlin declined the invitation.", "2025-07-10")).toEqual([]);
    expect(contacts("The second round of direct talks between Medinsky and Umerov was held in Istanbul on Monday.", "2025-06-03")).toEqual(["talks Rustem Umerov+Vladimir Medinsky 2025-06-02"]);
  });
});

describe("what one leader told another where the sentence opens by putting them", () => {
  it("reads a meeting there, but not a call's words, an address or a source", () => {
    expect(contacts("On Sunday, at the Eindhoven air base, Dutch Prime Minister Mark Rutte told Zelensky that the Netherlands and Denmark would hand over F-16s once Ukrainian pilots had been trained.", "2023-08-21")).toEqual(["meeting Mark Rutte+Volodymyr Zelensky 2023-08-20"]);
    expect(contacts("In Kyiv on Thursday, Guterres told Zelensky that the Security Council had failed.", "2022-04-29")).toEqual(["meeting Antonio Guterres+Volodymyr Zelensky 2022-04-28"]);
    expect(contacts("In Helsinki, President Sauli Niinisto said he had told Russian President Vladimir Putin in a phone call on Saturday that Finland would apply to join NATO.", "2022-05-15")).toEqual(["phone_call Sauli Niinisto+Vladimir Putin 2022-05-14"]);
    expect(contacts("In his nightly address, Zelensky told Putin to go away.", "2023-01-15")).toEqual([]);
    expect(contacts("In Brussels, Stoltenberg told reporters that Zelensky would come.", "2023-01-15")).toEqual([]);
    expect(contacts("Trump, in an unusually blunt post, told Putin to stop.", "2025-04-25")).toEqual([]);
  });

  it("reads no meeting in words to an outlet or sent from afar, and a call told after 'told' is the call", () => {
    expect(contacts("In Kyiv, Zelensky told Putin in his nightly address that Ukraine would never surrender.", "2025-07-10")).toEqual([]);
    expect(contacts("In Washington, Trump told Fox News that Putin wanted to end the war.", "2025-07-10")).toEqual([]);
    expect(contacts("In Washington on Monday, Trump told Putin on Truth Social to stop bombing Kyiv.", "2025-07-10")).toEqual([]);
    expect(contacts("In Kyiv, Zelensky told Trump during their phone call on Sunday that Ukraine needed more air defence.", "2025-07-10")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-07-06"]);
    // still the meetings the rule was made for
    expect(contacts("On Sunday, at the Eindhoven air base, Dutch Prime Minister Mark Rutte told Zelensky that the Netherlands and Denmark would hand over F-16s once Ukrainian pilots had been trained.", "2023-08-21")).toEqual(["meeting Mark Rutte+Volodymyr Zelensky 2023-08-20"]);
    expect(contacts("In Kyiv on Thursday, Guterres told Zelensky that the Security Council had failed.", "2022-04-29")).toEqual(["meeting Antonio Guterres+Volodymyr Zelensky 2022-04-28"]);
  });
});

describe("what one leader told another at the meeting the sentence opens with", () => {
  it("reads 'At an Oval Office meeting on Monday, Trump told Zelensky …' as their meeting, but not words to the press or a cabinet", () => {
    expect(contacts("At an Oval Office meeting on Monday, Trump told Zelensky that the US would help coordinate security guarantees.", "2025-08-19")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-08-18"]);
    expect(contacts("At a meeting on Monday, Trump told Zelensky that Washington would keep sharing intelligence.", "2025-08-19")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-08-18"]);
    expect(contacts("At a cabinet meeting on Tuesday he complained that Putin was always very nice on the phone but that the conversations turned out to be meaningless.", "2025-07-10")).toEqual([]);
    expect(contacts("At a meeting on Monday, Trump told reporters that Zelensky had been very brave.", "2025-08-19")).toEqual([]);
    expect(contacts("At a cabinet meeting on Monday, Trump told Zelensky's critics to be patient.", "2025-08-19")).toEqual([]);
  });

  it("reads the call, not the meeting it opens on, when the clause tells what was said by wire", () => {
    expect(contacts("At a meeting in Kyiv on Monday, Zelensky told President Trump in a phone call that air defence was urgent.", "2025-08-19")).toEqual([
      "phone_call Donald Trump+Volodymyr Zelensky 2025-08-18",
    ]);
    expect(contacts("At a meeting in Brussels on Monday, Rutte told Zelensky by phone that more Patriots were coming.", "2025-08-19")).toEqual(["phone_call Mark Rutte+Volodymyr Zelensky 2025-08-18"]);
    expect(contacts("At a meeting in Paris on Monday, Macron spoke with Zelensky about air defence.", "2025-08-19")).toEqual(["meeting Emmanuel Macron+Volodymyr Zelensky 2025-08-18"]);
  });

  it("keeps the meeting when the call is in what was said or asked there, not how the clause's verb was done", () => {
    const kinds = (text: string) => contacts(text, "2025-08-20").map((c) => c.split(" ")[0]);
    expect(kinds("At a meeting in Berlin on Wednesday, Merz told Zelensky that Trump had promised him in a phone call to back a ceasefire.")).toEqual(["meeting"]);
    expect(kinds("At a meeting in Berlin on Wednesday, Merz and Zelensky discussed what Trump had told Putin in a phone call on Monday.")).toEqual(["meeting"]);
    expect(contacts("At a meeting in Kyiv on Monday, Zelensky told Trump by phone that talks must go on.", "2025-08-19")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-08-18"]);
  });
});

describe("a contact told as held at the same time as the sentence's own", () => {
  it("reads ', just as X was sitting down with Y' as a contact of its own, but not a strike at that time", () => {
    expect(contacts("Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday and held talks with President Volodymyr Zelensky, just as Chinese President Xi Jinping was sitting down with Vladimir Putin in the Kremlin.", "2023-03-21")).toEqual(["visit Fumio Kishida+Volodymyr Zelensky 2023-03-21", "meeting Vladimir Putin+Xi Jinping 2023-03-21"]);
    expect(contacts("Zelensky met Macron in Paris on Tuesday, just as Russian missiles struck Kyiv.", "2023-03-21")).toEqual(["meeting Emmanuel Macron+Volodymyr Zelensky 2023-03-21"]);
  });
});

describe("a contact sought or denied is none held", () => {
  it("reads no talks in the second of what someone called for, but keeps talks held after a call for something else", () => {
    expect(contacts('Chinese President Xi Jinping called for "an immediate ceasefire" and the start of negotiations between Vladimir Putin and Volodymyr Zelensky.', "2024-11-16")).toEqual([]);
    expect(contacts("Brazilian President Luiz Inacio Lula da Silva on Monday called for an end to the fighting and for the start of peace negotiations between Putin and Zelensky.", "2024-11-16")).toEqual([]);
    expect(contacts("Zelensky called for more air defence systems and held talks with Emmanuel Macron in Paris on Tuesday.")).toEqual(["talks Emmanuel Macron+Volodymyr Zelensky 2025-07-08"]);
  });

  it("reads no contact whose telling is denied, but keeps one the denied clause only names", () => {
    expect(contacts("The Kremlin denied reports that Putin had spoken with Trump since the election.", "2024-11-16")).toEqual([]);
    expect(contacts("Zelensky denied that territory had been discussed when he met Trump at the White House on Friday.", "2025-07-10")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-07-04"]);
  });
});

describe("a contact only hoped for, accepted in advance or still ahead on the report's day is none held", () => {
  it("reads no contact in one someone is open to, but keeps one held by someone open to a deal", () => {
    expect(contacts("Putin is open to a meeting with Trump, Peskov said on Thursday, adding that no preconditions were needed.", "2025-01-09")).toEqual([]);
    expect(contacts("Zelensky, open to a deal on minerals, met Trump at the White House on Friday.", "2025-02-28")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-02-28"]);
  });

  it("reads no contact in the hopes of one, but keeps one held amid hopes of something else", () => {
    expect(contacts("Putin will not travel to Istanbul for the proposed talks with Ukraine, the Kremlin said late on Wednesday, dashing hopes of a face-to-face meeting with Zelensky.", "2025-05-14")).toEqual([]);
    expect(contacts("Zelensky met Trump in the Vatican on Saturday amid hopes for a ceasefire.", "2025-04-27")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-04-26"]);
  });

  it("reads no contact still to come later today, but keeps one held earlier today", () => {
    expect(contacts("European leaders are flying to Washington to join Zelensky for his meeting with Trump later today.", "2025-08-18")).toEqual([]);
    expect(contacts("Zelensky met Trump at the White House earlier today.", "2025-08-18")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-08-18"]);
  });

  it("reads no contact at the end of a journey the news comes on the eve of, but keeps one a strike came on the eve of", () => {
    expect(contacts("Indian Prime Minister Narendra Modi said in Warsaw on Thursday that India wanted peace, on the eve of a train journey to Kyiv, where he is to meet Zelensky.", "2024-08-22")).toEqual([]);
    expect(contacts("Modi arrived in Kyiv by train on Friday and met Zelensky, on the eve of Ukraine's Independence Day.", "2024-08-23")).toEqual(["visit Narendra Modi+Volodymyr Zelensky 2024-08-23"]);
  });
});

describe("who says he held a contact told with long adjectives takes part in it", () => {
  it("keeps the speaker of 'he had a long and highly productive phone call', but not of 'he had no doubt that the talks'", () => {
    expect(contacts("Trump said he had a long and highly productive phone call with Putin on Wednesday, and then called Zelensky to tell him about it.", "2025-02-13")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-02-12",
    ]);
    expect(contacts("Trump said he had no doubt that the talks between Putin and Zelensky on Wednesday went well.", "2025-02-13")).toEqual(["talks Vladimir Putin+Volodymyr Zelensky 2025-02-12"]);
  });
});
