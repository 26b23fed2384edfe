import { describe, expect, it } from "vitest";
import { extractContacts } from "./diplomacy.ts";
import { articleOf, pageOf } from "./test-helpers.ts";

const contacts = (text: string, pub = "2025-05-20") =>
  extractContacts(articleOf(text, pub), null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}${c.place ? ` @${c.place}` : ""}`);

describe("diplomatic contacts", () => {
  it("reads a call between two leaders with its day", () => {
    expect(contacts("Trump spoke by phone with Putin on Monday.")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
  });

  it("dates a contact on a digest line by its weekday label ('Wed: …', 'Thu 10 – Kuala Lumpur: …')", () => {
    expect(contacts("Wed: Donald Trump and Vladimir Putin spoke by phone for an hour and 15 minutes.", "2025-06-06")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-06-04"]);
    expect(contacts("Thu 10 – Kuala Lumpur: Rubio met Lavrov for about 50 minutes.", "2025-07-12")).toEqual(["meeting Marco Rubio+Sergey Lavrov 2025-07-10"]);
  });

  it("keeps a call 'between' two leaders theirs alone, not who is named before it speaking of it, but with one who hosted it", () => {
    expect(contacts("Zelensky, who had criticised Friday's phone call between German Chancellor Olaf Scholz and Vladimir Putin, said the attack was Putin's answer.", "2024-11-17")).toEqual([
      "phone_call Olaf Scholz+Vladimir Putin 2024-11-15",
    ]);
    expect(contacts("Erdogan hosted talks between Lavrov and Kuleba in Antalya on Thursday.", "2022-03-11")[0]).toContain("Dmytro Kuleba+Recep Tayyip Erdogan+Sergey Lavrov");
    // (not a contact "between" others the sentence names beside its own)
    expect(contacts("Zelensky met Trump in Washington on Monday, three days after the summit between Trump and Putin in Alaska.", "2025-08-19")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-08-18 @Washington",
    ]);
  });

  it("merges mentions of one call in one article and keeps its date", () => {
    expect(contacts("A phone call between Trump and Putin preceded the attack.\nPeople familiar with Monday's call said Trump raised sanctions with Putin.")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-05-19",
    ]);
  });

  it("is not diplomacy when a leader meets his own officials, or when the meeting was cancelled or only planned", () => {
    // (nor the summit where a planned meeting was to be, a proposal, "no grounds for talks", a meeting "possible")
    expect(contacts("Russian officials said there were no plans for a meeting between President Vladimir Putin and US President Joe Biden at next month's G20 summit, and the Kremlin has said it sees no grounds for talks with Kyiv.", "2022-10-22")).toEqual([]);
    expect(contacts("The Kremlin said on Tuesday that Vladimir Putin would meet Turkish President Recep Tayyip Erdogan on Thursday on the sidelines of a regional summit in Astana.", "2022-10-11")).toEqual([]);
    expect(contacts("Kremlin officials said Moscow had received no proposal for a meeting between Putin and US President Joe Biden at the G20 summit.", "2022-10-13")).toEqual([]);
    expect(contacts('He confirmed that Putin would travel to Astana later this week for the CICA summit, where a meeting with Turkish President Recep Tayyip Erdogan was "possible".', "2022-10-11")).toEqual([]);
    expect(contacts("Zelensky met Umerov and Sybiha in Kyiv on Monday.")).toEqual([]);
    // (but a topic or a later event in a real contact's sentence does not make it a plan)
    expect(contacts("Trump and Putin discussed proposals for a ceasefire in a phone call on Tuesday, the Kremlin said.", "2025-03-19")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-03-18"]);
    expect(contacts("Macron said on Monday there were no grounds for optimism after he spoke with Putin for two hours on Sunday.", "2022-03-07")).toEqual(["phone_call Emmanuel Macron+Vladimir Putin 2022-03-06"]);
    expect(contacts("Ahead of tomorrow's EU summit Zelensky met Macron and Scholz in Paris on Wednesday evening.", "2023-02-09")).toEqual(["meeting Emmanuel Macron+Olaf Scholz+Volodymyr Zelensky 2023-02-08 @Paris"]);
    expect(contacts("Stoltenberg discussed next month's Vilnius summit with Zelensky by phone on Tuesday.", "2023-06-14")).toEqual(["phone_call Jens Stoltenberg+Volodymyr Zelensky 2023-06-13"]);
    expect(contacts("Zelensky flew to Washington hoping to meet Trump, but the White House said no meeting was scheduled.", "2025-08-17")).toEqual([]);
    expect(contacts("Witkoff cancelled a meeting with Zelensky.")).toEqual([]);
    expect(contacts("Ushakov said Russia had received signals from President Donald Trump.", "2025-08-06")).toEqual([]);
    expect(contacts("The Russian president did not come, and Zelensky, who flew to Ankara on Thursday for talks with President Recep Tayyip Erdogan, went on to Tirana instead.", "2025-05-16")).toEqual([
      "talks Recep Tayyip Erdogan+Volodymyr Zelensky 2025-05-15",
    ]);
    expect(contacts("Zelensky met Trump at the White House on Friday, a day after the U.S. president held a phone call with Vladimir Putin.", "2025-10-17")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-10-17 @the White House",
      "phone_call Donald Trump+Vladimir Putin 2025-10-16",
    ]);
    expect(contacts("Putin on Friday held a telephone conversation with Chinese President Xi Jinping, informing him of the outcomes of his meeting with US envoy Steve Witkoff on Wednesday.", "2025-08-08")).toEqual([
      "phone_call Vladimir Putin+Xi Jinping 2025-08-08",
      "meeting Steve Witkoff+Vladimir Putin 2025-08-06",
    ]);
    expect(contacts("Trump said on Monday that talks would start immediately, after a call with Vladimir Putin. Zelensky said he had spoken to Trump privately before the Putin call.", "2025-05-20")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-05-19",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-05-19",
    ]);
    expect(contacts("Putin met U.S. envoy Steve Witkoff in Moscow late on Thursday and passed through him signals for President Donald Trump, the Kremlin said.", "2025-03-14")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-03-13 @Moscow",
    ]);
    expect(contacts("Putin held talks with Steve Witkoff in the Kremlin on Tuesday. The sides agreed not to disclose the content of the discussions. Witkoff is expected to meet the head of the Ukrainian delegation, Rustem Umerov, in Miami later this week.", "2025-12-03")).toEqual([
      "talks Steve Witkoff+Vladimir Putin 2025-12-02 @the Kremlin",
    ]);
    expect(contacts("Zelensky said he was ready to travel to the United States to meet President Trump, but no visit has been scheduled.", "2025-11-25")).toEqual([]);
    expect(contacts("Trump said he would meet Putin next week.")).toEqual([]);
  });

  it("reads 'spoke by telephone', 'spoke for', 'phone Putin' and 'the two leaders' named just before", () => {
    expect(contacts("Trump and Putin spoke by telephone for more than two hours on Monday.")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
    expect(contacts("Trump stepped away from the meeting to phone Putin on Monday.")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
    expect(contacts("Trump said Putin wanted peace. The two leaders spoke for over two hours on Monday.")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
    // what was said in the call ("that he would …") does not make the call a plan; "U.S. President" does not end a sentence
    expect(contacts("Putin told U.S. President Donald Trump in a phone call on Monday that he would halt strikes on energy.")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
    // "called on" urges, it does not phone; "the two leaders" with nobody named before is nobody
    expect(contacts("Trump called on Putin to stop the attacks on Monday.")).toEqual([]);
    expect(contacts("The two leaders spoke for over two hours on Monday.")).toEqual([]);
  });

  it("reads 'he was met by' a leader, a traveller 'flew to … and was received by', and 'the Russian foreign minister'", () => {
    expect(contacts("Vladimir Putin arrived in Minsk on Monday. In the airport he was met by Alexander Lukashenko personally.", "2022-12-20")).toEqual([
      "meeting Alexander Lukashenko+Vladimir Putin 2022-12-19",
    ]);
    expect(contacts("Putin's answer was to show he still has friends. On October 12 he flew to Bishkek, his first trip abroad since the warrant, and was received by Kyrgyz President Sadyr Japarov.", "2023-10-20")).toEqual([
      "meeting Sadyr Japarov+Vladimir Putin 2023-10-12",
    ]);
    expect(contacts("On Thursday the Russian foreign minister held talks with North Korean Foreign Minister Choe Son Hui in Pyongyang.", "2023-10-20")).toEqual([
      "talks Choe Son Hui+Sergey Lavrov 2023-10-19",
    ]);
  });

  it("reads time spent in someone's company: 'walked the streets of Kyiv with', 'toured the port with', 'spent the day with'", () => {
    expect(contacts("Before heading to the Kremlin on Wednesday, Witkoff was seen strolling in a park near Red Square with Kirill Dmitriev.", "2025-08-07")).toEqual([
      "meeting Kirill Dmitriev+Steve Witkoff 2025-08-06",
    ]);
    expect(contacts("On Friday Guterres toured the port of Odesa with Infrastructure Minister Oleksandr Kubrakov.", "2022-08-20")).toEqual([
      "meeting Antonio Guterres+Oleksandr Kubrakov 2022-08-19",
    ]);
    expect(contacts("On Sunday Zelensky was in Brussels, where he spent the day with European Commission President Ursula von der Leyen.", "2025-08-18")).toEqual([
      "meeting Ursula von der Leyen+Volodymyr Zelensky 2025-08-17 @Brussels",
    ]);
    // (not one who walked away from the other, nor a visit named by its visitor that "came" after another contact)
    expect(contacts("Residents walked through the rubble with Zelensky's adviser on Monday.")).toEqual([]);
    expect(contacts("The Kallas visit came a day after Rubio spoke by phone with Lavrov on Monday.")).toEqual(["phone_call Marco Rubio+Sergey Lavrov 2025-05-19"]);
  });

  it("reads talks told by who led each side: 'X and Y led the two delegations', 'delegations led by X and Y sat down'", () => {
    expect(contacts("A week earlier, on November 23, Rubio and Yermak had led the two delegations in Geneva.", "2025-11-30")).toEqual(["talks Andriy Yermak+Marco Rubio 2025-11-23 @Geneva"]);
    expect(contacts("On Sunday, delegations led by Marco Rubio and Andriy Yermak sat down in Geneva.", "2025-11-25")).toEqual(["talks Andriy Yermak+Marco Rubio 2025-11-23 @Geneva"]);
    // (one side's team is not two)
    expect(contacts("Umerov led the Ukrainian delegation on Sunday.", "2025-11-25")).toEqual([]);
  });

  it("reads 'the two' alone as the subject of a contact's verb: the pair named just before", () => {
    expect(contacts('The groundwork was supposed to be laid by Marco Rubio and Sergey Lavrov. The two spoke by phone on Monday in what the State Department called a "productive" conversation.')).toEqual([
      "phone_call Marco Rubio+Sergey Lavrov 2025-05-19",
    ]);
    expect(contacts('Xi Jinping greeted Vladimir Putin as "my old friend" when the two sat down at the Great Hall of the People in Beijing on Wednesday.', "2023-10-19")).toEqual([
      "meeting Vladimir Putin+Xi Jinping 2023-10-18 @Beijing",
    ]);
    // (who spoke to the press held no call)
    expect(contacts("Zelensky and Stoltenberg spoke briefly to reporters on Wednesday.", "2023-10-12")).toEqual([]);
    expect(contacts("Trump said Putin wanted peace. The two could meet soon.")).toEqual([]);
  });

  it("reads 'telephoned', 'on the phone with' and 'after meeting'", () => {
    expect(contacts("During a break on Monday, Trump telephoned Vladimir Putin.")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
    expect(contacts("On Monday Donald Trump spent about two hours on the phone with Vladimir Putin.")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
    expect(contacts("Zelensky flew home on Monday after meeting U.S. Vice President JD Vance in Rome.")).toEqual(["meeting JD Vance+Volodymyr Zelensky 2025-05-19 @Rome"]);
    expect(contacts("Rutte said Putin had not telephoned Trump since May.")).toEqual([]);
  });

  it("reads 'spoke with both A and B' as two calls", () => {
    expect(contacts("Keir Starmer spoke with both Trump and Zelenskyy by phone on Friday evening.", "2025-03-01")).toEqual([
      "phone_call Donald Trump+Keir Starmer 2025-02-28",
      "phone_call Keir Starmer+Volodymyr Zelensky 2025-02-28",
    ]);
    expect(contacts("Sybiha said that Lavrov, before meeting Rubio in Kuala Lumpur, had repeated Moscow's demands.")).toEqual([]);
  });

  it("reads 'has met both A and B' as a meeting with each, and no meeting of the two when the one who met them is no one named", () => {
    expect(contacts("Summary: the African leaders' peace mission has now met both Vladimir Putin and Volodymyr Zelensky in two days.", "2023-06-17")).toEqual([]);
    expect(contacts("Cyril Ramaphosa has now met both Vladimir Putin and Volodymyr Zelensky.", "2023-06-17")).toEqual([
      "meeting Cyril Ramaphosa+Vladimir Putin 2023-06-17",
      "meeting Cyril Ramaphosa+Volodymyr Zelensky 2023-06-17",
    ]);
  });

  it("reads 'A and then B spoke with C' and 'first with A and then with U.S. President B' as a call each", () => {
    expect(contacts("Macron and then U.S. President Joe Biden spoke with Putin by phone on Saturday.", "2022-02-14")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2022-02-12",
      "phone_call Joe Biden+Vladimir Putin 2022-02-12",
    ]);
    expect(contacts("On Saturday, February 12, Putin spoke by telephone first with Macron and then with U.S. President Joe Biden.", "2022-02-14")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2022-02-12",
      "phone_call Joe Biden+Vladimir Putin 2022-02-12",
    ]);
  });

  it("reads 'spoke by phone to A and then to B' as a call each, and 'spoke by phone to A' as one", () => {
    expect(contacts("On Wednesday, Turkish President Recep Tayyip Erdogan spoke by phone to Volodymyr Zelensky and then to Vladimir Putin.", "2023-06-07")).toEqual([
      "phone_call Recep Tayyip Erdogan+Volodymyr Zelensky 2023-06-07",
      "phone_call Recep Tayyip Erdogan+Vladimir Putin 2023-06-07",
    ]);
    expect(contacts("On Wednesday, Turkish President Recep Tayyip Erdogan spoke by phone to Volodymyr Zelensky.", "2023-06-07")).toEqual([
      "phone_call Recep Tayyip Erdogan+Volodymyr Zelensky 2023-06-07",
    ]);
  });

  it("names the place of talks", () => {
    expect(contacts("Umerov and Medinsky held talks in Istanbul on Friday.", "2025-05-17")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-05-16 @Istanbul",
    ]);
  });
});

describe("which contact in a sentence happened", () => {
  it("keeps the call when the same sentence plans a meeting", () => {
    expect(contacts("Trump said he and Putin had agreed to meet in Budapest, after a phone call on Thursday that lasted two hours.", "2025-10-17")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-10-16",
    ]);
  });

  it("passes over a visit named as when the contact was, still to come then", () => {
    expect(contacts("Kremlin aide Yuri Ushakov said Putin and Trump spoke by phone on Monday.\nUshakov noted that the call took place a day before Zelensky's visit to Washington.", "2025-10-17")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-10-13",
    ]);
  });

  it("passes over a summit someone left, and a meeting the sentence says did not take place", () => {
    expect(contacts("President Donald Trump had left the summit early on Monday night, citing the crisis between Israel and Iran, and a meeting with Zelenskyy that Ukrainian officials had hoped for on the sidelines did not take place.", "2025-06-17")).toEqual([]);
    expect(contacts("U.S. President Donald Trump left the summit a day early, on Monday evening, citing the conflict between Israel and Iran, and did not meet Zelensky.", "2025-06-17")).toEqual([]);
    expect(contacts("A meeting with Putin that Zelensky had sought never took place.", "2025-06-17")).toEqual([]);
    // (a summit where two met stays: "Zelensky met Trump on the sidelines of the summit")
    expect(contacts("Zelensky met Trump on the sidelines of the NATO summit on Wednesday.", "2025-06-26")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-06-25"]);
  });

  it("passes over a contact still to come: 'is due in', 'will focus on', and who hosts it", () => {
    expect(contacts("Turkish Foreign Minister Hakan Fidan is due in Moscow on Thursday for talks with Lavrov on reviving the grain deal.", "2023-08-28")).toEqual([]);
    expect(contacts("Zelensky is due in Paris on Thursday for a summit of the coalition of the willing hosted by Emmanuel Macron.", "2025-03-19")).toEqual([]);
    expect(contacts("Zelensky has said his meeting with Trump at the president's Mar-a-Lago estate on Sunday will focus on security guarantees.", "2025-12-27")).toEqual([]);
    // (one held stays: "attended a summit … hosted by Emmanuel Macron")
    expect(contacts("Zelensky attended a summit of the coalition of the willing hosted by Emmanuel Macron in Paris on Thursday.", "2025-03-21")).toEqual(["meeting Emmanuel Macron+Volodymyr Zelensky 2025-03-20 @Paris"]);
  });

  it("passes over a contact only weighed: too early to talk about, sufficient for, impossible, teams to start negotiations", () => {
    expect(contacts("Kremlin spokesman Dmitry Peskov said it was too early to talk about a meeting between Putin and Zelensky.", "2025-06-02")).toEqual([]);
    expect(contacts("Arakhamia said the results were sufficient for a meeting between President Volodymyr Zelensky and Vladimir Putin.", "2022-03-29")).toEqual([]);
    expect(contacts('Zelensky signed a decree last month declaring that talks with Putin were "impossible".', "2022-10-05")).toEqual([]);
    expect(contacts('Trump said he and Putin agreed to have their teams "start negotiations immediately".', "2025-02-12")).toEqual([]);
    // (the call a later clause tells is held; so is a contact beside a weighed topic)
    expect(contacts("Ushakov said it was too early to speak of a date for a meeting between Presidents Vladimir Putin and Donald Trump, who held a telephone conversation on 12 February.", "2025-02-19")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
    ]);
    expect(contacts("Peskov said it was too early to talk about results, but Putin met Erdogan in Sochi on Monday.", "2025-07-01")).toEqual(["meeting Recep Tayyip Erdogan+Vladimir Putin 2025-06-30 @Sochi"]);
  });

  it("reads a conversation told without 'call' or 'phone': quoted or weighed words, and heads named by their two countries", () => {
    expect(contacts('Zelensky said on Friday he had held his "most productive" conversation yet with US President Donald Trump.', "2025-07-05")).toEqual([
      "phone_call Donald Trump+Volodymyr Zelensky 2025-07-04",
    ]);
    expect(contacts('Zelensky said later on Wednesday that he had had "a meaningful conversation" with Trump.', "2025-02-12")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-02-12"]);
    expect(contacts("The ministers discussed steps to implement the understandings reached during the telephone conversation between the presidents of Russia and the United States on October 16.", "2025-10-21")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-10-16",
    ]);
    // (not a conversation with the press, nor one of heads still to speak or never named)
    expect(contacts("Zelensky said his conversation so far with reporters had been useful.", "2025-07-05")).toEqual([]);
    expect(contacts("Ushakov said the presidents of Russia and the United States would speak by phone on Monday.", "2025-10-21")).toEqual([]);
    expect(contacts("The leaders of Poland and Germany spoke by phone on Monday.", "2025-10-21")).toEqual([]);
  });

  it("leaves out a sentence that calls a meeting off", () => {
    expect(contacts("After the Moscow talks, Witkoff and Kushner flew home, cancelling a meeting with Zelensky.")).toEqual([]);
  });

  it("merges an unnamed delegation with its named members", () => {
    expect(contacts("Witkoff and Kushner held talks with Putin in Moscow on Tuesday.\nPutin told the U.S. envoys the talks were useful.", "2025-12-03")).toEqual([
      "talks Jared Kushner+Steve Witkoff+Vladimir Putin 2025-12-02 @Moscow",
    ]);
  });
});

describe("timelines", () => {
  it("reads dated timeline entries, including one dated in May", () => {
    // ingest's splitter keeps "May 19." with the entry it dates
    const article = pageOf(
      "Timeline of the year\n\nMay 19. Trump and Putin speak for more than two hours.\n\nAugust 15. Trump and Putin meet in Anchorage, Alaska.\n",
      { published: "2025-09-01" },
    );
    expect(extractContacts(article, null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}${c.place ? ` @${c.place}` : ""}`)).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-05-19",
      "meeting Donald Trump+Vladimir Putin 2025-08-15 @Anchorage",
    ]);
  });
  it("dates a contact by the paragraph's previous sentence, or by the publication day when the headline is about it", () => {
    expect(contacts("On Monday, Trump spoke with Putin for two hours. The call between Trump and Putin covered a ceasefire.")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-05-19",
    ]);
    const article = articleOf("The call between Trump and Putin lasted 90 minutes, the Kremlin said.", "2025-02-12");
    const headlined = { ...article, meta: { ...article.meta, headline: "Trump and Putin hold first call since inauguration" } };
    expect(extractContacts(headlined, null).map((c) => c.date)).toEqual(["2025-02-12"]);
    expect(extractContacts(article, null).map((c) => c.date)).toEqual([null]);
  });

  it("reads Kyiv's 'a conversation with' as a call", () => {
    expect(contacts("Zelensky also reported a conversation with Italian Prime Minister Giorgia Meloni on Sunday.", "2025-10-05")).toEqual([
      "phone_call Giorgia Meloni+Volodymyr Zelensky 2025-10-05",
    ]);
  });
  it("reads leaders the list does not know by their title and country, and a round of talks", () => {
    expect(contacts("Vladimir Putin has held talks with Laos's president Thongloun Sisoulith in Vientiane on Tuesday.", "2024-09-03")).toEqual([
      "talks Thongloun Sisoulith+Vladimir Putin 2024-09-03",
    ]);
    // or with a demonym ("Maltese Prime Minister"), but not one the list names itself ("Ukrainian President")
    expect(contacts("Oct 9: Zelensky met Maltese Prime Minister Robert Abela in Dubrovnik.", "2024-10-12")).toEqual(["meeting Robert Abela+Volodymyr Zelensky 2024-10-09"]);
    expect(contacts("Putin met Ukrainian President Viktor Yanukovych in Sochi on Friday.", "2013-10-27")).toEqual([]);
    expect(contacts("At the previous round in Istanbul on June 2, Umerov and Medinsky exchanged written memorandums.", "2025-07-24")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-06-02 @Istanbul",
    ]);
    expect(contacts("Zelensky said Ukraine's president would not cede land.")).toEqual([]);
  });
});

describe("a guest named by a pronoun", () => {
  it("reads 'Sunak told him in a phone call' as a call with the one the sentence before was about", () => {
    expect(contacts("President Volodymyr Zelensky urged Russians to speak out.\nHe also thanked Britain, whose Prime Minister Rishi Sunak told him in a phone call on Saturday that London would send tanks.", "2023-01-16")).toEqual([
      "phone_call Rishi Sunak+Volodymyr Zelensky 2023-01-14",
    ]);
  });
});

describe("a leader named by country and office", () => {
  it("reads 'the Polish president' as the one Polish leader the article named before, and no one when it named none or two", () => {
    expect(contacts("Andrzej Duda addressed the Verkhovna Rada on Sunday.\nThe Polish president then held talks with Zelensky on Sunday.", "2022-05-22")).toEqual(["talks Andrzej Duda+Volodymyr Zelensky 2022-05-22"]);
    expect(contacts("The Polish president held talks with Zelensky on Sunday.", "2022-05-22")).toEqual([]);
    expect(contacts("Tusk and Duda disagree on aid.\nThe Polish president held talks with Zelensky on Sunday.", "2022-05-22")).toEqual([]);
  });

  it("reads a country's initials as its word: 'the U.S. president', 'the US president'", () => {
    expect(contacts("Donald Trump said the war must end.\nThe U.S. president held a joint call with Zelensky and Macron on Tuesday.", "2025-06-10")).toEqual([
      "phone_call Donald Trump+Emmanuel Macron+Volodymyr Zelensky 2025-06-10",
    ]);
    expect(contacts("Trump and Rubio flew home.\nThe US president spoke with Zelensky on Tuesday.", "2025-06-10")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-06-10"]);
    // (never a minister named before; with no leader named, the president in office the day of publication; not a president-elect)
    expect(contacts("Rubio flew home.\nThe US president spoke with Zelensky on Tuesday.", "2025-06-10")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-06-10"]);
    expect(contacts("The U.S. president held a joint call with Zelensky and Macron on Tuesday.", "2023-06-10")).toEqual(["phone_call Emmanuel Macron+Joe Biden+Volodymyr Zelensky 2023-06-06"]);
    expect(contacts("Sikorski flew home.\nThe Polish president held talks with Zelensky on Sunday.", "2022-05-22")).toEqual([]);
    expect(contacts("Macron hosted Zelensky and the US president-elect at the Elysee on Saturday.", "2024-12-08")).toEqual(["meeting Emmanuel Macron+Volodymyr Zelensky 2024-12-07"]);
    // (the president of the day the sentence tells of, not of the day it was written)
    expect(contacts("In September 2023, the US president hosted Zelensky at the White House.", "2025-06-12")).not.toContain("meeting Donald Trump+Volodymyr Zelensky null");
    expect(contacts("Zelensky first visited the White House in December 2022, when the U.S. president received him in the Oval Office.", "2025-06-12").join()).not.toMatch(/Trump/);
  });

  it("reads 'he' after the office that names him in the same sentence as him, not the subject of the sentence before", () => {
    expect(contacts("Vladimir Putin held talks with Viktor Orban in the Kremlin on Friday. The Hungarian premier's visit to Moscow came three days after he met Volodymyr Zelensky in Kyiv.", "2024-07-05")).toEqual([
      "talks Viktor Orban+Vladimir Putin 2024-07-05 @the Kremlin",
      "visit Viktor Orban+Volodymyr Zelensky 2024-07-02 @Kyiv",
    ]);
  });
});

describe("a contact whose subject is a pronoun", () => {
  it("takes the person the sentence before was about, not a name quoted there nor one named after them", () => {
    expect(contacts("Zelensky cut short his trip on Thursday. On Friday he met President Cyril Ramaphosa in Pretoria.")).toEqual([
      "meeting Cyril Ramaphosa+Volodymyr Zelensky 2025-05-16 @Pretoria",
    ]);
    // Zelensky said "Putin rejected the ceasefire"; then he met his own minister: not diplomacy
    expect(contacts('"Putin rejected the ceasefire," Zelensky said on Tuesday. Late on Tuesday he met Defence Minister Rustem Umerov.')).toEqual([]);
  });

  it("follows a chain of 'he' back to the person named before it, not the first name of a sentence whose subject is 'he'", () => {
    expect(contacts("The summit capped a busy week for Putin. On Tuesday he held talks with Chinese President Xi Jinping. Later the same day he received Indian Prime Minister Narendra Modi.", "2024-10-24")).toEqual([
      "talks Vladimir Putin+Xi Jinping 2024-10-22",
      "meeting Narendra Modi+Vladimir Putin 2024-10-22",
    ]);
    // (a fronted clause's "he" is the name after it: the sentence's subject is named)
    expect(contacts("Macron hosted a summit last week. Before he flew to Washington, Zelensky met Starmer in London on Monday. On Tuesday he held talks with Trump.", "2025-08-20")).toEqual([
      "meeting Keir Starmer+Volodymyr Zelensky 2025-08-18 @London",
      "talks Donald Trump+Volodymyr Zelensky 2025-08-19",
    ]);
  });

  it("takes the person the text was about as the one who addressed or joined a video conference of other leaders", () => {
    // (the G7 leaders are those of that day)
    expect(contacts("Zelensky said the strikes would not break Ukraine. On Monday he addressed a video conference of G7 leaders hosted by German Chancellor Olaf Scholz, asking for tanks.", "2022-12-14")).toEqual([
      "phone_call Emmanuel Macron+Fumio Kishida+Giorgia Meloni+Joe Biden+Justin Trudeau+Olaf Scholz+Rishi Sunak+Volodymyr Zelensky 2022-12-12",
    ]);
    // (who addressed his own people meets no one: "he addressed the nation")
    expect(contacts("Zelensky thanked Olaf Scholz for the Patriots. On Monday he addressed the nation in a video.", "2022-12-14")).toEqual([]);
    // (nor who addressed a topic: the talks of two others are theirs alone)
    expect(contacts("Ukrainian Foreign Minister Dmytro Kuleba spoke to reporters in Kyiv. On Monday he addressed the talks between Putin and Erdogan in Sochi.", "2024-10-20")).toEqual([
      "talks Recep Tayyip Erdogan+Vladimir Putin 2024-10-14 @Sochi",
    ]);
  });

  it("takes the pronoun's person even when the two named after it are of two countries", () => {
    expect(contacts("Ursula von der Leyen condemned the strike. She said she had spoken with Zelenskyy and with President Donald Trump.")).toEqual([
      "phone_call Ursula von der Leyen+Volodymyr Zelensky 2025-05-20",
      "phone_call Donald Trump+Ursula von der Leyen 2025-05-20",
    ]);
  });
});

describe("a contact told by its pair's possessive", () => {
  it("takes 'their' as the pair named before, or those the sentence before names with the one this one names", () => {
    expect(contacts("Putin told Trump that Moscow would stop hitting the grid. In their call on Tuesday, which lasted two hours, Putin agreed to a 30-day halt.", "2025-03-19")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-03-18",
    ]);
    expect(contacts("Hours later, Steve Witkoff and Jared Kushner were in the Kremlin. Their meeting with Vladimir Putin ran for almost four hours on Thursday.", "2026-01-24")).toEqual([
      "meeting Jared Kushner+Steve Witkoff+Vladimir Putin 2026-01-22",
    ]);
    expect(contacts("Putin's line has hardened. Speaking alongside Belarusian leader Alexander Lukashenko after their talks on Tuesday, he said talks with Ukraine had reached a dead end.", "2022-04-14")).toEqual([
      "talks Alexander Lukashenko+Vladimir Putin 2022-04-12",
    ]);
    // (not an earlier contact measured against, nor a "their" with no one of another country named before)
    expect(contacts("Zelensky said the strikes would not stop him. In their call on Tuesday, his ministers agreed on new air defences.", "2025-03-19")).toEqual([]);
  });

  it("reads 'During their meeting' as 'In their call', the pair named before", () => {
    const text = "Zelensky came back to Washington on Monday, six months after Trump berated him. During their meeting in the Oval Office, Trump said Zelensky had been very brave.";
    expect(contacts(text, "2025-08-19")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-08-18"]);
    // (none named before: no pair to take)
    expect(contacts("Zelensky said the strikes would not stop him. During their meeting on Tuesday, his ministers agreed on new air defences.", "2025-03-19")).toEqual([]);
  });
});

describe("who is named only in an aside that tells no contact", () => {
  it("takes no part in the contact the sentence tells", () => {
    expect(contacts("Ukraine marked its Independence Day on Saturday with a visit from Polish President Andrzej Duda, a day after Indian Prime Minister Narendra Modi spent seven hours in Kyiv.", "2024-08-25")).toEqual([]);
    // (an aside that tells a contact is its own: "a day after Trump spoke with Putin")
    expect(contacts("Zelensky met Polish President Andrzej Duda in Kyiv on Saturday, a day after Modi met Putin in Moscow.", "2024-08-25")).toContain("meeting Andrzej Duda+Volodymyr Zelensky 2024-08-24 @Kyiv");
  });
});

describe("a leader named by his office before a pronoun, who talked in the place he was", () => {
  it("takes 'he' as the leader the office named first, and a talk where he was as a meeting", () => {
    expect(contacts("Narendra Modi has kept ties with both sides. India's prime minister held formal talks with Putin in the Kremlin on 9 July. On Friday he was in Kyiv, where he and Zelensky talked for close to three hours.", "2024-08-24")).toEqual([
      "talks Narendra Modi+Vladimir Putin 2024-07-09 @the Kremlin",
      "meeting Narendra Modi+Volodymyr Zelensky 2024-08-23 @Kyiv",
    ]);
    // (a call from where he was stays a call)
    expect(contacts("On Friday Modi was in Kyiv, where he spoke by phone with Trump.", "2024-08-24")).toEqual(["phone_call Donald Trump+Narendra Modi 2024-08-23"]);
  });
});

describe("a contact told as the day's news", () => {
  it("is of the day of the report when its sentence is told in the present, naming no time ('is in', 'says', 'have signed')", () => {
    expect(contacts("Zelensky is in Linkoping, where he and Swedish Prime Minister Ulf Kristersson signed a letter of intent on Gripen jets.", "2025-10-22")).toEqual([
      "meeting Ulf Kristersson+Volodymyr Zelensky 2025-10-22",
    ]);
    expect(contacts("After talks with his Turkish counterpart Hakan Fidan in Moscow, Sergey Lavrov says Russia is ready for a second round.", "2025-05-27")).toEqual([
      "talks Hakan Fidan+Sergey Lavrov 2025-05-27 @Moscow",
    ]);
    expect(contacts("In Warsaw, Volodymyr Zelensky and Polish Prime Minister Donald Tusk have signed a bilateral security agreement after talks.", "2024-07-08")).toEqual([
      "meeting Donald Tusk+Volodymyr Zelensky 2024-07-08 @Warsaw",
    ]);
    // (not one the sentence dates otherwise, nor one told in the past: "says he met Trump in February", "met Erdogan")
    expect(contacts("Zelensky says he met Trump at the White House in February.", "2025-05-27")).toEqual(["meeting Donald Trump+Volodymyr Zelensky ? @the White House"]);
    expect(contacts("Zelensky met Erdogan in Ankara and discussed prisoner exchanges.", "2025-05-27")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky ? @Ankara"]);
    // (nor one counted back from now)
    expect(contacts("Orban is in Beijing, months after he met Putin in Moscow.", "2025-05-27")).not.toContain("meeting Viktor Orban+Vladimir Putin 2025-05-27 @Beijing");
  });

  it("is of the day of the report when nothing else dates it ('meets', 'says she has spoken', 'said he had spoken', 'spoke with')", () => {
    expect(contacts("16:15 - Zelensky meets Carney in Kananaskis", "2025-06-17")).toEqual(["meeting Mark Carney+Volodymyr Zelensky 2025-06-17 @Kananaskis"]);
    expect(contacts("Zelensky condemned the strike. He said he had spoken with Italian Prime Minister Giorgia Meloni about the attack.", "2025-10-05")).toEqual([
      "phone_call Giorgia Meloni+Volodymyr Zelensky 2025-10-05",
    ]);
    // (and a call told in the past with no day: the news is that day's)
    expect(contacts("U.S. President Joe Biden spoke with Ukrainian President Volodymyr Zelensky by phone and pledged air defence, the White House said.", "2022-10-10")).toEqual([
      "phone_call Joe Biden+Volodymyr Zelensky 2022-10-10",
    ]);
    // (not a call told as background: "When Biden spoke with Putin, he warned …", "spoke with Putin repeatedly before the invasion")
    expect(contacts("When Biden spoke with Putin, he warned of severe consequences if Russia invaded.", "2023-02-20")).toEqual(["phone_call Joe Biden+Vladimir Putin ?"]);
    expect(contacts("Macron spoke with Putin repeatedly in the weeks before the invasion, to little effect.", "2023-02-20")).toEqual(["phone_call Emmanuel Macron+Vladimir Putin ?"]);
    // but a meeting told in the past with no day stays undated
    expect(contacts("Zelensky stopped in Halifax and met Canadian Prime Minister Mark Carney.", "2025-12-27")).toEqual(["meeting Mark Carney+Volodymyr Zelensky ? @Halifax"]);
  });

  it("takes the day another mention of the same contact names", () => {
    expect(contacts("In Ankara, Zelensky meets Erdogan\nZelensky was in Turkey on Wednesday, where he held talks with President Recep Tayyip Erdogan.", "2025-11-20")).toEqual([
      "meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-11-19 @Ankara",
    ]);
  });
});

describe("a contact measured against another", () => {
  it("reads 'any meeting with Putin' as none, and 'their first meeting since Trump spoke with Putin' as the call only", () => {
    expect(contacts('Zelensky: "We need security guarantees before any meeting with Putin"', "2025-02-14")).toEqual([]);
    expect(contacts("Peskov said any meeting between Putin, Zelensky and Trump could only be discussed later.", "2025-05-30")).toEqual([]);
    expect(contacts("It is their first meeting since Trump spoke with Putin by phone on Wednesday.", "2025-02-14")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-02-12"]);
  });
});

describe("cases the session's review found", () => {
  it("reads no habit as a contact, keeps 'his first call since March with Putin', and reads three-way calls and 'receiving' objects right", () => {
    // (nor is a habit one contact: "several times", "regularly")
    expect(contacts("Trump has spoken with Putin several times since taking office.", "2025-06-17")).toEqual([]);
    expect(contacts("Trump had his first call since March with Putin on Monday.", "2025-06-17")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-06-16"]);
    expect(contacts("Zelensky spoke with Macron and Starmer in a three-way call on Monday.", "2025-06-17")).toEqual(["phone_call Emmanuel Macron+Keir Starmer+Volodymyr Zelensky 2025-06-16"]);
    expect(contacts("Ukraine is receiving Patriot systems from Germany, Merz told Zelensky on Monday.", "2025-06-17")).toEqual([]);
  });
});

describe("cases the session's second review found", () => {
  it("dates news of the day however it goes on, reads no habit as a contact, splits calls made separately, and reads 'Receiving Zelensky'", () => {
    expect(contacts("Trump has spoken with Putin, the New York Times reported.", "2025-06-17")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-06-17"]);
    expect(contacts("Lavrov regularly meets his Chinese counterpart Wang Yi.", "2025-06-17")).toEqual([]);
    expect(contacts("Zelensky spoke separately with Macron and Starmer on Monday, ahead of a four-way summit planned for July.", "2025-06-17")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-06-16",
      "phone_call Keir Starmer+Volodymyr Zelensky 2025-06-16",
    ]);
    expect(contacts("Receiving Zelensky in Istanbul on Friday, Erdogan said Turkey was ready to host talks.", "2025-06-17")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-06-13 @Istanbul"]);
  });
});

describe("calls with each of a list", () => {
  it("reads 'spoke with Macron and Scholz' as a call with each, from the one named outside the list", () => {
    expect(contacts("Zelensky addressed the nation.\nHe said he had spoken with French President Emmanuel Macron and German Chancellor Olaf Scholz on Monday.")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-05-19",
      "phone_call Olaf Scholz+Volodymyr Zelensky 2025-05-19",
    ]);
    expect(contacts("Zelensky speaks with Tusk and Nawrocki")).toEqual(["phone_call Donald Tusk+Volodymyr Zelensky 2025-05-20", "phone_call Karol Nawrocki+Volodymyr Zelensky 2025-05-20"]);
  });

  it("splits 'with A and, separately, with B' into a call with each side of 'separately', a list after it one call", () => {
    expect(contacts("Zelensky said air defence had held.\nOn Sunday he spoke by phone with US President Joe Biden and, separately, with French President Emmanuel Macron.", "2022-12-14")).toEqual([
      "phone_call Joe Biden+Volodymyr Zelensky 2022-12-11",
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2022-12-11",
    ]);
    expect(contacts("On Friday Zelensky spoke by phone with Vice President JD Vance and Dan Driscoll, and separately with Emmanuel Macron, Keir Starmer and Friedrich Merz.", "2025-11-23")).toEqual([
      "phone_call Dan Driscoll+JD Vance+Volodymyr Zelensky 2025-11-21",
      "phone_call Emmanuel Macron+Friedrich Merz+Keir Starmer+Volodymyr Zelensky 2025-11-21",
    ]);
    // (no second call when who is set apart is no one named: his own commanders)
    expect(contacts("Zelensky spoke by phone with Emmanuel Macron on Monday and, separately, with his military commanders.")).toEqual(["phone_call Emmanuel Macron+Volodymyr Zelensky 2025-05-19"]);
    // (the list after it ends with the names: not "…, two days after Trump met Putin in Alaska", another contact)
    expect(contacts("Zelensky spoke by phone with Keir Starmer and, separately, with Emmanuel Macron on Sunday, two days after Trump met Putin in Alaska.", "2025-08-18").filter((c) => c.includes("Zelensky"))).toEqual([
      "phone_call Keir Starmer+Volodymyr Zelensky 2025-08-17",
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-08-17",
    ]);
  });

  it("keeps one call with a team, a joint call, and a meeting", () => {
    expect(contacts('Zelensky said he had a "very substantive" phone call with Witkoff and Kushner on Saturday.')).toEqual(["phone_call Jared Kushner+Steve Witkoff+Volodymyr Zelensky 2025-05-17"]);
    expect(contacts("Trump held a joint call with Macron and Merz on Monday.")).toEqual(["phone_call Donald Trump+Emmanuel Macron+Friedrich Merz 2025-05-19"]);
    expect(contacts("In London on Thursday, Zelensky met Keir Starmer and Mark Rutte.")).toEqual(["meeting Keir Starmer+Mark Rutte+Volodymyr Zelensky 2025-05-15 @London"]);
  });
});

describe("a contact held before, named from the one just reported", () => {
  it("reads 'The two presidents last met …' further on when every contact told is of that pair and only their compatriots are named between", () => {
    const text = "President Joe Biden made an unannounced visit to Kyiv on Monday, walking with President Volodymyr Zelensky through the city centre.\n\"Kyiv stands,\" Biden said. It was his first trip to Ukraine since the invasion.\nBiden's trip was kept secret. National security adviser Jake Sullivan said the United States had notified Moscow a few hours before the president departed.\nThe two presidents last met in person in Washington on Dec. 21, when Zelensky made his first trip abroad since the invasion.";
    expect(contacts(text, "2023-02-20")).toContain("meeting Joe Biden+Volodymyr Zelensky 2022-12-21 @Washington");
  });

  it("reads the pair's earlier contact however far on, when every contact told is of that pair and only the pair is named between", () => {
    const readout = "Vladimir Putin held a telephone conversation with Emmanuel Macron on Tuesday, the Kremlin said.\nThe conversation lasted two hours.\nPutin said any settlement must be comprehensive.\nHe said it must address the root causes.\nThe presidents also discussed Iran.\nThey agreed to stay in contact.\nMacron called for a ceasefire as soon as possible, his office said.\n";
    expect(contacts(`${readout}The last known call between the two leaders was on 11 September 2022.`, "2025-07-01")).toContain("phone_call Emmanuel Macron+Vladimir Putin 2022-09-11");
    expect(contacts(`${readout}Their last call before Tuesday, on Sept. 11, 2022, dealt with the nuclear plant.`, "2025-07-01")).toContain("phone_call Emmanuel Macron+Vladimir Putin 2022-09-11");
    // (not past a contact of another pair told between: "the two leaders" may then be either)
    const twoPairs = readout.replace("They agreed to stay in contact.", "Macron also spoke with Olaf Scholz on Tuesday.");
    expect(contacts(`${twoPairs}The last known call between the two leaders was on 11 September 2022.`, "2025-07-01")).not.toContain("phone_call Emmanuel Macron+Vladimir Putin 2022-09-11");
    // (nor "their" far on, past others told of as a group whom it may mean)
    const chiefs = readout.replace("They agreed to stay in contact.", "Russian and French military chiefs have had no contact since the invasion.");
    expect(contacts(`${chiefs}Their last meeting was held on February 10, 2022 in Paris.`, "2025-07-01")).not.toContain("meeting Emmanuel Macron+Vladimir Putin 2022-02-10 @Paris");
    expect(contacts(`${readout}Their last meeting was held on February 10, 2022 in Paris.`, "2025-07-01")).toContain("meeting Emmanuel Macron+Vladimir Putin 2022-02-10 @Paris");
  });

  it("reads whom else an earlier meeting was with: 'They last met on July 19 in Tehran at a trilateral summit with … Raisi'", () => {
    expect(contacts("Putin met Erdogan in Sochi on Friday. They last met on July 19 in Tehran at a trilateral summit with Iranian President Ebrahim Raisi.", "2022-08-06")).toEqual([
      "meeting Recep Tayyip Erdogan+Vladimir Putin 2022-08-05 @Sochi",
      "meeting Ebrahim Raisi+Recep Tayyip Erdogan+Vladimir Putin 2022-07-19",
    ]);
  });

  it("reads 'Their previous one, on March 18' as an earlier contact of the same pair, and 'last spoke on' as a call", () => {
    expect(contacts("Trump spoke by phone with Putin on Monday.\nTheir previous one, on March 18, produced a pause in strikes on energy.")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-05-19",
      "phone_call Donald Trump+Vladimir Putin 2025-03-18",
    ]);
    expect(contacts("Scholz and Putin last spoke on Dec. 2, 2022, in an hour-long call.", "2024-11-15")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2022-12-02"]);
  });

  it("reads 'had previously spoken', 'Their most recent conversation had been', 'The four last met' and 'since their call on May 13'", () => {
    expect(contacts("Macron spoke by phone with Putin on Sunday. The two men had previously spoken on Thursday.", "2022-03-06")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2022-03-06",
      "phone_call Emmanuel Macron+Vladimir Putin 2022-03-03",
    ]);
    expect(contacts("Xi held talks with Putin in the Kremlin on Tuesday. Their most recent conversation had been a video call on December 30.", "2023-03-22")).toEqual([
      "talks Vladimir Putin+Xi Jinping 2023-03-21 @the Kremlin",
      "phone_call Vladimir Putin+Xi Jinping 2022-12-30",
    ]);
    expect(contacts("Macron hosted Scholz, Duda and Zelensky in Paris on Monday. The four last met in Paris on Jan. 26.", "2023-03-22")).toEqual([
      "meeting Andrzej Duda+Emmanuel Macron+Olaf Scholz+Volodymyr Zelensky 2023-03-20 @Paris",
      "meeting Andrzej Duda+Emmanuel Macron+Olaf Scholz+Volodymyr Zelensky 2023-01-26 @Paris",
    ]);
    expect(contacts("Scholz spoke with Putin by phone on Friday. It was Scholz's first conversation with Putin since their call on May 13.", "2022-09-10")).toEqual([
      "phone_call Olaf Scholz+Vladimir Putin 2022-09-09",
      "phone_call Olaf Scholz+Vladimir Putin 2022-05-13",
    ]);
    // (further on, when no one else is named; the call of a three-way one's pair)
    expect(contacts("Macron spoke by phone with Putin on Sunday.\nThe Elysee said Macron asked Putin to guarantee the safety of the plants. The Kremlin said Putin told Macron that Moscow would achieve its goals.\nThe two men had previously spoken on Thursday, after which an aide to Macron said the worst was yet to come.", "2022-03-06")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2022-03-06",
      "phone_call Emmanuel Macron+Vladimir Putin 2022-03-03",
    ]);
    expect(contacts("Macron and Scholz held a three-way call with Putin on Saturday.\nThe Kremlin said Putin warned against more arms deliveries. It was Scholz's first conversation with Putin since their call on May 13.", "2022-05-29")).toEqual([
      "phone_call Emmanuel Macron+Olaf Scholz+Vladimir Putin 2022-05-28",
      "phone_call Olaf Scholz+Vladimir Putin 2022-05-13",
    ]);
    // (not when someone else is named: another pair's call)
    expect(contacts("Scholz spoke with Putin by phone on Friday. Macron has not spoken with Putin since their call on May 13.", "2022-09-10")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2022-09-09"]);
    // (nor a contact "between" others, or "where" others met: the delegations' talks, not the pair's)
    expect(contacts("Trump spoke with Putin by phone on Thursday. It was Trump's first conversation with Putin since the meeting on May 16 between Russian and Ukrainian delegations in Istanbul.", "2025-06-13")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-06-12",
    ]);
    // (nor "the two men" after a sentence that names someone else)
    expect(contacts("Trump spoke with Putin by phone on Wednesday, the Kremlin said. Zelensky said he hoped to talk to Trump soon. The two men had previously spoken on Monday, June 2.", "2025-06-13")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-06-11",
    ]);
  });
});

describe("what is not an earlier contact", () => {
  it("does not read 'The first, on July 3, hit a substation' or a remark to reporters as a contact", () => {
    expect(contacts("Zelensky spoke by phone with Trump on Tuesday.\nThe first, on July 3, hit a substation.", "2025-07-20")).toEqual([
      "phone_call Donald Trump+Volodymyr Zelensky 2025-07-15",
    ]);
    expect(contacts("Zelensky spoke by phone with Trump on Tuesday.\nRussia struck Kharkiv overnight.\nThe last one, on July 3, hit a substation.", "2025-07-20")).toHaveLength(1);
    expect(contacts("Putin last spoke about the war on Monday with reporters in Moscow, after Trump's envoy left.")).toEqual([]);
  });
});

describe("contacts told without a contact verb between two names", () => {
  it("reads 'sat down with', 'welcomed', 'X and Y have signed' and a 'video call'", () => {
    expect(contacts("On Sunday, in Geneva, Rubio and Witkoff sat down with a Ukrainian team led by Andriy Yermak.")).toEqual(["meeting Andriy Yermak+Marco Rubio+Steve Witkoff 2025-05-18 @Geneva"]);
    expect(contacts("Vladimir Putin embraced Indian Prime Minister Narendra Modi as he welcomed him to his residence on Monday.")).toEqual(["meeting Narendra Modi+Vladimir Putin 2025-05-19"]);
    expect(contacts("In Warsaw on Monday, Zelensky and Polish Prime Minister Donald Tusk have signed a security agreement.")).toEqual(["meeting Donald Tusk+Volodymyr Zelensky 2025-05-19 @Warsaw"]);
    expect(contacts("On Tuesday, Zelensky and Starmer co-chaired a video call of the coalition of the willing.")).toEqual(["phone_call Keir Starmer+Volodymyr Zelensky 2025-05-20"]);
    // one leader signing a law is no contact
    expect(contacts("Putin signed a law on Monday, Trump said.")).toEqual([]);
  });

  it("reads a handshake as a meeting, not one still to come", () => {
    expect(contacts("Putin and Trump shook hands on the tarmac at the Anchorage air base on Friday.", "2025-08-16")).toEqual(["meeting Donald Trump+Vladimir Putin 2025-08-15 @Anchorage"]);
    expect(contacts("Trump says he will shake hands with Putin in Alaska next week.", "2025-08-06")).toEqual([]);
    // (nor one refused or avoided)
    expect(contacts("Zelensky refused to shake hands with Lukashenko at the ceremony on Friday.", "2025-08-16")).toEqual([]);
    expect(contacts("Putin avoided shaking hands with Zelensky on Friday.", "2025-08-16")).toEqual([]);
  });

  it("names a delegation by its members in the next sentence, and dates 'the following day' from the day before", () => {
    expect(contacts("In Istanbul on Friday, Ukrainian and Russian delegations met for the first direct talks in three years. Rustem Umerov led Kyiv's team; the Russian side was headed by Vladimir Medinsky.")).toEqual([
      "meeting Rustem Umerov+Vladimir Medinsky 2025-05-16 @Istanbul",
    ]);
    expect(contacts("On May 12, Driscoll arrived in Kyiv. The following day, Zelensky spoke by phone with JD Vance.")).toEqual([
      "visit Dan Driscoll+Volodymyr Zelensky 2025-05-12 @Kyiv",
      "phone_call JD Vance+Volodymyr Zelensky 2025-05-13",
    ]);
  });

  it("reads teams that sat across from each other or met as talks of the heads named next", () => {
    expect(contacts("For a little over an hour on Monday afternoon, the Ukrainian and Russian delegations sat across from each other in the Ciragan Palace in Istanbul, with Turkish Foreign Minister Hakan Fidan at the head of the table. Defence Minister Rustem Umerov led Ukraine's team; Kremlin aide Vladimir Medinsky led Russia's.", "2025-06-03")).toEqual([
      "talks Hakan Fidan+Rustem Umerov+Vladimir Medinsky 2025-06-02 @Istanbul",
    ]);
    expect(contacts("On Monday, the delegations met at the Ciragan Palace for a little over an hour. Turkish Foreign Minister Hakan Fidan opened the session; Defence Minister Rustem Umerov again led the Ukrainians and presidential aide Vladimir Medinsky the Russians.", "2025-06-03")).toEqual([
      "meeting Hakan Fidan+Rustem Umerov+Vladimir Medinsky 2025-06-02",
    ]);
    // (not a meeting recalled, by another year or against "this time": its heads are not the ones named next)
    expect(contacts("The two delegations met in Istanbul in March 2022, weeks after the invasion. This time, Vladimir Medinsky leads Russia's team and Rustem Umerov leads Ukraine's.", "2025-05-16")).toEqual([]);
    // (nor when the teams are named: they stay the teams of then)
    expect(contacts("Ukrainian and Russian delegations met in Istanbul in March 2022. This time, Vladimir Medinsky leads Russia's team and Rustem Umerov leads Ukraine's.", "2025-05-16").join()).not.toMatch(/Medinsky|Umerov/);
    // (but one of weeks before, told by its day)
    expect(contacts("The two delegations met in Istanbul on May 16. Vladimir Medinsky led Russia's team and Rustem Umerov led Ukraine's.", "2025-06-05")).toEqual(["meeting Rustem Umerov+Vladimir Medinsky 2025-05-16 @Istanbul"]);
    // (not teams of whom someone else met, nor armies that faced each other)
    expect(contacts("On Monday, Zelensky met the delegations at the Ciragan Palace. Defence Minister Rustem Umerov led Ukraine's team.", "2025-06-03")).toEqual([]);
    expect(contacts("The Ukrainian and Russian armies sat across from each other along the Dnipro for months. Umerov led Ukraine's team.", "2025-06-03")).toEqual([]);
  });

  it("names a team told of before by its members in the contact told last: 'the same Americans', 'met the Americans again'", () => {
    expect(contacts("On Sunday, a Ukrainian delegation led by Defence Minister Rustem Umerov met an American team headed by Andrew Peek and Michael Anton. On Monday, the same Americans sat for about 12 hours with Russian negotiators Grigory Karasin and Sergei Beseda. On Tuesday, Umerov's team met the Americans again to go through the results.", "2025-03-26")).toEqual([
      "meeting Andrew Peek+Michael Anton+Rustem Umerov 2025-03-23",
      "meeting Andrew Peek+Grigory Karasin+Michael Anton+Sergei Beseda 2025-03-24",
      "meeting Andrew Peek+Michael Anton+Rustem Umerov 2025-03-25",
    ]);
    // (not a team not yet told of, "a Ukrainian delegation"; nor the Americans named only as what came after, "before the Russians
    // arrived")
    expect(contacts("Rubio met Lavrov on Sunday. On Monday, Witkoff met a Russian delegation.", "2025-03-26")).toEqual([
      "meeting Marco Rubio+Sergey Lavrov 2025-03-23",
      "meeting Russian delegation+Steve Witkoff 2025-03-24",
    ]);
    expect(contacts("Medinsky met Umerov on Friday. Rubio met Yermak on Saturday, before the Russians arrived.", "2025-05-18")).toEqual([
      "meeting Rustem Umerov+Vladimir Medinsky 2025-05-16",
      "meeting Andriy Yermak+Marco Rubio 2025-05-17",
    ]);
    // (told at a sentence's opening too, "The same Americans …")
    expect(contacts("On Sunday, a Ukrainian delegation led by Defence Minister Rustem Umerov met an American team headed by Andrew Peek and Michael Anton. The same Americans sat for about 12 hours with Russian negotiators Grigory Karasin and Sergei Beseda on Monday.", "2025-03-26")).toEqual([
      "meeting Andrew Peek+Michael Anton+Rustem Umerov 2025-03-23",
      "meeting Andrew Peek+Grigory Karasin+Michael Anton+Sergei Beseda 2025-03-24",
    ]);
    // (the side met, "held talks with the Russians", not what a contact was about: "about the talks with the Russians")
    expect(contacts("On Monday, Umerov held talks with the Russians in Istanbul.", "2025-03-26")).toEqual(["talks Russian delegation+Rustem Umerov 2025-03-24 @Istanbul"]);
    expect(contacts("Trump spoke with Zelensky on Monday about the talks with the Russians.", "2025-03-26")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-03-24"]);
    // (nor by the leaders of a contact told before: a leader is no member of a team)
    expect(contacts("Putin met Witkoff in Moscow on Thursday. On Friday, the Russian delegation met the US delegation in Riyadh.", "2025-07-10")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-07-10 @Moscow",
    ]);
    expect(contacts("Trump spoke with Putin by phone on Monday. On Tuesday, the Russian delegation met the Ukrainian delegation in Istanbul.", "2025-07-10")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-07-07",
    ]);
    expect(contacts("Putin met Witkoff in St Petersburg on Friday. On Saturday, Witkoff met the Russians again.", "2025-07-10")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-07-04 @St Petersburg",
      "meeting Russian delegation+Steve Witkoff 2025-07-05",
    ]);
  });

  it("reads a leader hosting or showing another around, and an emergency video conference convened by a leader", () => {
    expect(contacts("Zelensky, who was hosting Italian Prime Minister Giorgia Meloni on Tuesday, condemned the strike.", "2023-02-22")).toEqual(["meeting Giorgia Meloni+Volodymyr Zelensky 2023-02-21"]);
    expect(contacts("The missile struck while Zelensky was showing Greek Prime Minister Kyriakos Mitsotakis around the city on Wednesday.", "2024-03-07")).toEqual(["meeting Kyriakos Mitsotakis+Volodymyr Zelensky 2024-03-06"]);
    expect(contacts("On Monday, Zelensky joined an emergency video conference of Group of Seven leaders convened by German Chancellor Olaf Scholz.", "2022-10-12")).toEqual(["phone_call Emmanuel Macron+Fumio Kishida+Joe Biden+Justin Trudeau+Liz Truss+Mario Draghi+Olaf Scholz+Volodymyr Zelensky 2022-10-10"]);
    // (a timeline's line in the present, not one planned; and a second host later the same day)
    expect(contacts("Tuesday, Dec. 2 - Witkoff and Kushner meet Vladimir Putin in the Kremlin for about five hours.", "2025-12-04")).toEqual(["meeting Jared Kushner+Steve Witkoff+Vladimir Putin 2025-12-02 @the Kremlin"]);
    expect(contacts("Dec. 2 - Witkoff and Kushner to meet Vladimir Putin in the Kremlin.", "2025-11-30")).toEqual([]);
    expect(contacts("Dec. 5 - Kremlin says Putin won't meet Zelensky until a deal is ready.", "2025-12-10")).toEqual([]);
    expect(contacts("Thursday, Dec. 4 - Trump says Zelensky must meet Putin soon.", "2025-12-10")).toEqual([]);
    // (an envoy of the UN chief is not the chief; "two days earlier" in another clause dates nothing)
    expect(contacts("Amin Awad, the UN Secretary-General's crisis coordinator for Ukraine, met Prime Minister Denys Shmyhal in Kyiv on Monday.", "2022-05-10").join()).not.toContain("Guterres");
    expect(contacts("UN Secretary-General Antonio Guterres met Zelensky in Kyiv on Thursday. Russia had struck the city two days earlier, and Guterres also met Kuleba.", "2022-04-29")).toEqual([
      "meeting Antonio Guterres+Volodymyr Zelensky 2022-04-28 @Kyiv",
      "meeting Antonio Guterres+Dmytro Kuleba 2022-04-28",
    ]);
    expect(contacts("Lavrov held talks with Jaishankar in New Delhi on Friday. He was later received by Prime Minister Narendra Modi.", "2022-04-02")).toEqual([
      "talks Sergey Lavrov+Subrahmanyam Jaishankar 2022-04-01 @New Delhi",
      "meeting Narendra Modi+Sergey Lavrov 2022-04-01",
    ]);
    // ("spoke by video" is a call; "Michel" alone as the subject is the EU's Charles Michel)
    expect(contacts("Lula and Zelensky spoke by video on 2 March.", "2023-04-27")).toEqual(["phone_call Luiz Inacio Lula da Silva+Volodymyr Zelensky 2023-03-02"]);
    expect(contacts("European Council President Charles Michel was in Odesa on Monday. Michel met Prime Minister Denys Shmyhal.", "2022-05-10")).toEqual(["meeting Charles Michel+Denys Shmyhal 2022-05-09"]);
    // (the day the sentence gives another contact is not this one's)
    expect(contacts("Putin told Trump in Tuesday's call he would halt strikes on the power grid. The call was the second publicly acknowledged conversation between Trump and Putin; the first was on Feb. 12.", "2025-03-19")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-03-18"]);
    // (not an event a leader hosts)
    expect(contacts("Biden was hosting a dinner for donors on Tuesday.", "2023-02-22")).toEqual([]);
  });

  it("dates 'two days earlier' and 'a week later' from the day named before, and knows 'the UN chief'", () => {
    expect(contacts("The UN chief held talks with Zelensky in Kyiv on Thursday. Two days earlier, in Moscow, he had met Vladimir Putin.", "2022-04-29")).toEqual([
      "talks Antonio Guterres+Volodymyr Zelensky 2022-04-28 @Kyiv",
      "meeting Antonio Guterres+Vladimir Putin 2022-04-26 @Moscow",
    ]);
    expect(contacts("Trump spoke with Putin by phone on 13 February. A week later, Putin spoke with Xi Jinping.", "2025-02-25")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-13",
      "phone_call Vladimir Putin+Xi Jinping 2025-02-20",
    ]);
  });

  it("takes a sentence-opening 'He was in …' or 'His talks' as the person the text was about", () => {
    expect(contacts("Viktor Orban flew on to Beijing. He was in Moscow on Friday for talks with Putin.")).toEqual(["talks Viktor Orban+Vladimir Putin 2025-05-16 @Moscow"]);
    expect(contacts("Zelensky travelled on to Rome. On Friday he was received in a private audience by Pope Francis at the Vatican.")).toEqual(["meeting Pope Francis+Volodymyr Zelensky 2025-05-16 @the Vatican"]);
    // "He says" is who speaks, not who met
    expect(contacts("Zelensky spoke to reporters. He says Trump met Bessent on Monday.")).toEqual([]);
  });
});

describe("a timeline of one pair's contacts", () => {
  it("gives its dated lines the pair the headline names ('MARCH 18 - A call of about two and a half hours')", () => {
    const article = articleOf("* MARCH 18 - A call of about two and a half hours. Putin agrees to halt strikes on energy.\n\n* MAY 19 - The two presidents speak for more than two hours.", "2025-10-23");
    const withHeadline = { ...article, meta: { ...article.meta, headline: "FACTBOX-From phone calls to Anchorage: Trump's contacts with Putin in 2025" } };
    expect(extractContacts(withHeadline, null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date}`)).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-03-18",
      "phone_call Donald Trump+Vladimir Putin 2025-05-19",
    ]);
    // without such a headline the lines name no one
    expect(extractContacts(article, null)).toEqual([]);
  });
});

describe("an earlier contact named inside the sentence about the new one", () => {
  it("reads a meeting broken off to telephone another leader, or followed by a call joined, as the meeting and the call, each with its own people", () => {
    expect(contacts("Three days later Trump hosted Volodymyr Zelensky and seven European leaders at the White House, interrupting the meeting to telephone Putin for about 40 minutes.", "2025-08-20")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky ? @the White House",
      "phone_call Donald Trump+Vladimir Putin ?",
    ]);
    expect(contacts("Macron received Zelensky in Paris on Monday, stepping out of the talks to speak to Putin by phone.", "2025-08-20")).toEqual([
      "meeting Emmanuel Macron+Volodymyr Zelensky 2025-08-18 @Paris",
      "phone_call Emmanuel Macron+Vladimir Putin 2025-08-18",
    ]);
    // (or a call the subject joined after the meeting, with those only the call names)
    expect(contacts('On Sunday Zelensky was in Brussels, where he met von der Leyen and joined a video call of the "coalition of the willing" chaired by Starmer, Macron and Merz.', "2025-08-18")).toEqual([
      "meeting Ursula von der Leyen+Volodymyr Zelensky 2025-08-17 @Brussels",
      "phone_call Emmanuel Macron+Friedrich Merz+Keir Starmer+Volodymyr Zelensky 2025-08-17",
    ]);
    // (not a call for something: "joined the call for a ceasefire")
    expect(contacts("Zelensky met von der Leyen in Brussels on Sunday and joined the call for a ceasefire.", "2025-08-18")).toEqual(["meeting Ursula von der Leyen+Volodymyr Zelensky 2025-08-17 @Brussels"]);
    // (a call only urged is none)
    expect(contacts("Trump hosted Zelensky at the White House on Monday, urging him to call Putin.", "2025-08-20").filter((c) => c.startsWith("phone_call"))).toEqual([]);
  });

  it("reads 'their first talks since a brief meeting in April' as the pair's earlier contact, undated and apart from the day's", () => {
    expect(contacts("Trump and Zelensky met for about 50 minutes on the sidelines of the NATO summit on Wednesday, their first face-to-face talks since a brief meeting in St Peter's Basilica in April.", "2025-06-26")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-06-25",
      "meeting Donald Trump+Volodymyr Zelensky ?",
    ]);
    expect(contacts("Erdogan met Putin in Astana on Thursday, their first encounter since the Shanghai Cooperation Organisation summit in Samarkand last month.", "2022-10-14")).toEqual([
      "meeting Recep Tayyip Erdogan+Vladimir Putin 2022-10-13",
      "meeting Recep Tayyip Erdogan+Vladimir Putin ?",
    ]);
    // (a conversation somewhere was had face to face; told in the sentence after the contact)
    expect(contacts("Zelensky sat down with Trump in The Hague on Wednesday. It was the first meeting between the two men since their brief conversation at the Vatican in April.", "2025-06-26")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-06-25 @The Hague",
      "meeting Donald Trump+Volodymyr Zelensky ? @the Vatican",
    ]);
    // (not what is first since a time that is no contact of theirs, nor a month after the contact itself)
    expect(contacts("Trump and Zelensky met in The Hague on Wednesday, their first talks since the war began in February 2022.", "2025-06-26")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-06-25 @The Hague",
    ]);
    expect(contacts("Zelensky met Trump on Wednesday, his first trip since the summit, and will return in July.", "2025-06-26")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-06-25",
    ]);
  });

  it("reads the contact counted against after 'their second meeting … after' / 'their first … since' by its own day and names", () => {
    // (the main contact keeps its own day: "Friday" is not the Friday of Aug. 5)
    expect(contacts("Putin and Erdogan met on Friday evening, their second meeting in just over a month after talks in Sochi on Aug. 5.", "2022-09-16")).toEqual([
      "meeting Recep Tayyip Erdogan+Vladimir Putin 2022-09-16",
      "talks Recep Tayyip Erdogan+Vladimir Putin 2022-08-05 @Sochi",
    ]);
    // (who is named only in the earlier contact is in that one alone)
    expect(contacts("Emmanuel Macron and Vladimir Putin spoke by phone last Friday, their first conversation since the joint call Macron and Olaf Scholz held with Putin on 28 May.", "2022-08-26")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2022-08-19",
      "phone_call Emmanuel Macron+Olaf Scholz+Vladimir Putin 2022-05-28",
    ]);
    expect(contacts("Rubio and Waltz sat down with a Ukrainian delegation led by Andriy Yermak in Jeddah on Tuesday, for the first high-level talks between the two sides since an Oval Office clash between Donald Trump and Volodymyr Zelensky on Feb. 28.", "2025-03-11")).toEqual([
      "meeting Andriy Yermak+Marco Rubio+Mike Waltz 2025-03-11 @Jeddah",
      "meeting Donald Trump+Volodymyr Zelensky 2025-02-28",
    ]);
    // (told in the sentence after the contact, by "his first meeting with Vance")
    expect(contacts("On Sunday, Zelensky held talks with Vance in Rome. It was his first meeting with Vance since their clash in the Oval Office on February 28.", "2025-05-18")).toEqual([
      "talks JD Vance+Volodymyr Zelensky 2025-05-18 @Rome",
      "meeting JD Vance+Volodymyr Zelensky 2025-02-28",
    ]);
    // (not "after talks" that count nothing: the day's own sequence; nor what is since no contact, nor a visit whose host it leaves unsaid)
    expect(contacts("Erdogan spoke with Zelensky by phone on Friday after talks in Sochi on Aug. 5.", "2022-08-12")).not.toContain("talks Recep Tayyip Erdogan+Volodymyr Zelensky 2022-08-05");
    expect(contacts("Putin and Erdogan met on Friday, their first meeting since the invasion began on February 24.", "2022-09-16")).toEqual(["meeting Recep Tayyip Erdogan+Vladimir Putin 2022-09-16"]);
    expect(contacts("Trump spoke with Zelensky on Friday, their first call since his visit to Kyiv on May 3.", "2025-07-04")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-07-04"]);
  });

  it("reads 'The last meeting took place on 11 April' after a habit ('has met Putin three times') as the habit's latest", () => {
    expect(contacts("Witkoff, for his part, has met Vladimir Putin three times since February. The last meeting took place on 11 April in St Petersburg and lasted more than four hours.", "2025-04-18")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-04-11 @St Petersburg",
    ]);
    // (not "the last one" that says no contact, nor a habit's "last" further on)
    expect(contacts("Witkoff has met Vladimir Putin three times since February. The last one, on April 3, hit a substation.", "2025-04-18")).toEqual([]);
    expect(contacts("Witkoff has met Vladimir Putin three times since February. Russia struck Kharkiv overnight. The last meeting took place on 11 April.", "2025-04-18")).toEqual([]);
  });

  it("reads 'their first conversation on February 12' and 'the first conversation between the two leaders since September 11, 2022'", () => {
    expect(contacts("Trump and Putin spoke by phone on Tuesday for two hours, much longer than their first conversation on February 12.", "2025-03-19")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-03-18",
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
    ]);
    expect(contacts("Putin and Macron spoke by phone on Tuesday, the first conversation between the two leaders since September 11, 2022.", "2025-07-02")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2025-07-01",
      "phone_call Emmanuel Macron+Vladimir Putin 2022-09-11",
    ]);
    expect(contacts("Lloyd Austin held a phone call with Sergei Shoigu on Friday, the first time the two had spoken since a call on May 13.", "2022-10-22")).toEqual([
      "phone_call Lloyd Austin+Sergei Shoigu 2022-10-21",
      "phone_call Lloyd Austin+Sergei Shoigu 2022-05-13",
    ]);
    // (not the talks of others the sentence goes on to name: "between Russian and Ukrainian delegations", "where … met")
    for (const tail of ["in Istanbul between Russian and Ukrainian delegations.", "in Istanbul, where Ukrainian and Russian delegations met."]) {
      expect(contacts(`Trump spoke with Putin by phone on Thursday, the first contact between them since the talks on May 16 ${tail}`, "2025-06-13").filter((c) => !c.includes("2025-06-12"))).toEqual([]);
    }
    // a later day is no earlier contact
    expect(contacts("Trump and Putin spoke by phone on Tuesday; their last call was on the same day.", "2025-03-19")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-03-18"]);
  });
});

describe("contact cues that must not fire on near misses", () => {
  it("reads no meeting in 'welcomed Trump's decision', 'signed a decree … and Trump signed', or officials named after delegations", () => {
    expect(contacts("Zelensky welcomed Trump's decision to send more Patriot systems to Ukraine.")).toEqual([]);
    expect(contacts("Zelensky signed a decree on new sanctions on Monday, and Trump signed an executive order on tariffs.")).toEqual([]);
    // (the delegations' talks are a contact; the leaders named after them are not its members)
    expect(contacts("Ukrainian and Russian delegations met in Istanbul on Monday. Zelensky said Putin was not serious about peace.")).toEqual([
      "meeting Russian delegation+Ukrainian delegation 2025-05-19 @Istanbul",
    ]);
    expect(contacts("Putin told a video conference with Russian officials on Monday that Trump was a serious man.")).toEqual([]);
    expect(contacts("Scholz said he still hoped to welcome Biden to Germany.")).toEqual([]);
  });
});

describe("a fact box's dated items", () => {
  it("dates 'hours before' a contact by the night its item opens with, not by the page's first attack", () => {
    const text = [
      "* AUGUST 2-3, SOCHI - A fuel tank caught fire after a drone attack. The Defence Ministry said 93 drones were destroyed overnight.",
      "* AUGUST 14-15, SYZRAN - A fire broke out at the refinery after a drone attack. The attack came hours before Vladimir Putin and Donald Trump met in Alaska.",
    ].join("\n\n");
    expect(extractContacts(articleOf(text, "2025-08-25"), { start: "2025-08-02", end: "2025-08-03" }).map((c) => `${c.kind} ${c.date}`)).toEqual(["meeting 2025-08-15"]);
  });
});

describe("talks between delegations, and a lead's date", () => {
  it("keeps talks between two unnamed delegations (not a call between them), and dates a contact by the lead sentence before its paragraph", () => {
    expect(contacts("Delegations from Russia and Ukraine met in Istanbul on June 2.", "2025-06-09")).toEqual(["meeting Russian delegation+Ukrainian delegation 2025-06-02 @Istanbul"]);
    expect(contacts("Russian and Ukrainian negotiators spoke by phone on Monday.", "2025-06-09")).toEqual([]);
    expect(
      contacts("Senior U.S. and Russian officials agreed on Tuesday to start working towards ending the war.\n\nMarco Rubio met Russian Foreign Minister Sergey Lavrov at Diriyah Palace.", "2025-02-19"),
    ).toEqual(["meeting Marco Rubio+Sergey Lavrov 2025-02-18"]);
  });

  it("names the one team whose leaders the next sentence names, and keeps the other a team", () => {
    expect(contacts("American and Russian delegations held talks in Riyadh on Monday. The Russian side was led by senator Grigory Karasin and Sergei Beseda.", "2025-03-25")).toEqual([
      "talks Grigory Karasin+Sergei Beseda+US delegation 2025-03-24 @Riyadh",
    ]);
    // (not someone's post: "head of the Russian Direct Investment Fund")
    expect(contacts("American and Russian delegations held talks in Riyadh on Monday. Kirill Dmitriev, head of the Russian Direct Investment Fund, was in the city.", "2025-03-25")).toEqual([
      "talks Russian delegation+US delegation 2025-03-24 @Riyadh",
    ]);
  });
});

describe("a plan presented in person, and the meeting a day before it", () => {
  it("reads 'presented a peace initiative to Putin …, a day after meeting Zelensky in Kyiv' as two meetings, each on its day", () => {
    expect(contacts("A delegation of African leaders led by President Cyril Ramaphosa presented a peace initiative to Russian President Vladimir Putin in St Petersburg on Saturday, a day after meeting Ukraine's Volodymyr Zelensky in Kyiv.", "2023-06-17")).toEqual([
      "meeting Cyril Ramaphosa+Vladimir Putin 2023-06-17 @St Petersburg",
      "meeting Cyril Ramaphosa+Volodymyr Zelensky 2023-06-16",
    ]);
  });
});

describe("a call 'hours before' an attack dated in the same sentence", () => {
  it("dates the call by the attack's night, not by the attack's day the sentence gives", () => {
    const text = "Russia launched its biggest air attack of the war early on Friday, just hours after Donald Trump said a phone call with Vladimir Putin had produced no progress.";
    expect(extractContacts(articleOf(text, "2025-07-04"), { start: "2025-07-03", end: "2025-07-04" }).map((c) => `${c.kind} ${c.date}`)).toEqual(["phone_call 2025-07-03"]);
  });

  it("dates a contact the attack 'came about an hour after' by the attack, not by the day the sentence before names", () => {
    const text = "Two Russian missiles struck Kyiv on the evening of April 28. On the morning of April 29 rescuers found a body under the rubble. The strike came about an hour after Antonio Guterres and Volodymyr Zelensky held a joint press conference following their meeting in Kyiv.";
    expect(extractContacts(articleOf(text, "2022-04-29"), { start: "2022-04-28", end: "2022-04-28" }).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date}`)).toEqual([
      "meeting Antonio Guterres+Volodymyr Zelensky 2022-04-28",
    ]);
  });
});

describe("'he also' after a contact and a sentence of its other party", () => {
  it("goes on with the one whose contact was told last, not the one who spoke of it in between", () => {
    expect(contacts("On Saturday, Zelensky held his first in-person meeting with Indian Prime Minister Narendra Modi. Modi said India would do everything it can to help. On Sunday, he also met South Korean President Yoon Suk Yeol.", "2023-05-21")).toEqual([
      "meeting Narendra Modi+Volodymyr Zelensky 2023-05-20",
      "meeting Volodymyr Zelensky+Yoon Suk Yeol 2023-05-21",
    ]);
    // (not past another one named in between: "he" is then the one named last)
    expect(contacts("On Saturday, Zelensky met Indian Prime Minister Narendra Modi. Biden spoke at the summit. He also met Japanese Prime Minister Fumio Kishida.", "2023-05-21")).not.toContain("meeting Fumio Kishida+Volodymyr Zelensky 2023-05-21");
  });

  it("not when that contact had more than one subject: then the subject of the sentence before", () => {
    expect(contacts("On Saturday, Emmanuel Macron and Olaf Scholz met Volodymyr Zelensky in Paris. Zelensky said the talks were useful. On Sunday, he also met Giorgia Meloni.", "2023-02-12")).toContain(
      "meeting Giorgia Meloni+Volodymyr Zelensky 2023-02-12",
    );
  });
});

describe("a contact the attack 'came as' or 'coincided with'", () => {
  const dated = (text: string, pub: string, strike: { start: string; end: string } | null) =>
    extractContacts(articleOf(text, pub), strike).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

  it("dates it by the attack's day, the day the attack ended", () => {
    const night = { start: "2023-09-12", end: "2023-09-13" };
    expect(dated("Russian drones hit Izmail overnight. The strikes came as Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny cosmodrome.", "2023-09-13", night)).toEqual(["meeting Kim Jong Un+Vladimir Putin 2023-09-13"]);
    const day = { start: "2022-08-24", end: "2022-08-24" };
    expect(dated("A missile hit a train station in Chaplyne. The attack came on the day that British Prime Minister Boris Johnson made an unannounced visit to Kyiv and met Zelensky.", "2022-08-25", day)).toEqual(["visit Boris Johnson+Volodymyr Zelensky 2022-08-24"]);
    expect(dated("The strikes coincided with the visit of European Council President Charles Michel, who held talks with Prime Minister Denys Shmyhal.", "2022-05-10", { start: "2022-05-09", end: "2022-05-09" })).toEqual(["visit Charles Michel+Denys Shmyhal 2022-05-09"]);
  });

  it("not an attack the subject names apart, which the article's lead need not be, nor a contact that came as something", () => {
    const lead = { start: "2025-11-16", end: "2025-11-17" };
    expect(dated("The strike on Ternopil came as Zelensky was in Ankara for talks with Recep Tayyip Erdogan.", "2025-11-24", lead)).toEqual(["talks Recep Tayyip Erdogan+Volodymyr Zelensky ?"]);
    expect(dated("The visit came as Emmanuel Macron met Volodymyr Zelensky in Paris.", "2025-11-24", lead)).not.toContain("meeting Emmanuel Macron+Volodymyr Zelensky 2025-11-17");
  });
});

describe("a contact that something 'came N days after'", () => {
  const dated = (text: string, pub: string, strike: { start: string; end: string } | null = null) =>
    extractContacts(articleOf(text, pub), strike).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

  it("counts the days back from the article's attack, or from the contact the article is about", () => {
    // (the attack of the night that ended on Sunday, the 13th)
    expect(dated("The attack came two days after US envoy Steve Witkoff met Russian President Vladimir Putin in St. Petersburg.", "2025-04-14", { start: "2025-04-12", end: "2025-04-13" })).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-04-11",
    ]);
    expect(dated("Erdogan told Putin in a phone call on Monday that Turkey was ready to help.\n\nThe call came two days after Emmanuel Macron and Olaf Scholz held an 80-minute phone conversation with Putin.", "2022-05-31")).toEqual([
      "phone_call Recep Tayyip Erdogan+Vladimir Putin 2022-05-30",
      "phone_call Emmanuel Macron+Olaf Scholz+Vladimir Putin 2022-05-28",
    ]);
    // (the paragraph's own contact of that kind before the article's first: "The visit" is the one just told)
    expect(dated("Guterres met Erdogan in Ankara on Monday.\n\nOn Thursday, Guterres met Zelensky in Kyiv. The visit came four days after Antony Blinken had met Zelensky in the capital.", "2022-04-30")).toEqual([
      "meeting Antonio Guterres+Recep Tayyip Erdogan 2022-04-25",
      "meeting Antonio Guterres+Volodymyr Zelensky 2022-04-28",
      "meeting Antony Blinken+Volodymyr Zelensky 2022-04-24",
    ]);
  });

  it("keeps the contact's own day, and reads nothing else as the contact", () => {
    expect(dated("The attack came a day after Lloyd Austin held a phone call with Sergei Shoigu on Friday.", "2022-10-22", { start: "2022-10-22", end: "2022-10-22" })).toEqual([
      "phone_call Lloyd Austin+Sergei Shoigu 2022-10-21",
    ]);
    // (its own day even when the contact is an aside of the clause after "after")
    expect(dated("The meeting came a day after Trump, following talks with Vladimir Zelensky in New York on Tuesday, wrote that Kyiv could win.", "2025-09-25")).toEqual([
      "talks Donald Trump+Volodymyr Zelensky 2025-09-23",
    ]);
    // (a day of the clause after it is another's: "…, the first since December 2")
    expect(dated("The attack came two days after Olaf Scholz held a telephone conversation with Putin, the first between the two since December 2, 2022.", "2024-11-18", { start: "2024-11-16", end: "2024-11-17" })).toContain(
      "phone_call Olaf Scholz+Vladimir Putin 2024-11-15",
    );
  });
});

describe("a second contact coordinated with the first 'after': '…, and ten days after …'", () => {
  const dated = (text: string, pub: string, strike: { start: string; end: string } | null = null) =>
    extractContacts(articleOf(text, pub), strike).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);

  it("reads the contact of each 'after', with the people of each, the second counted back from the attack", () => {
    expect(dated("The attack came less than two weeks after Trump hosted Russian President Vladimir Putin at a summit in Anchorage, Alaska, on Aug. 15, and 10 days after Zelensky and a group of European leaders met Trump at the White House.", "2025-08-28", { start: "2025-08-27", end: "2025-08-28" })).toEqual([
      "meeting Donald Trump+Vladimir Putin 2025-08-15",
      "meeting Donald Trump+Volodymyr Zelensky 2025-08-18",
    ]);
  });

  it("gives no day for an inexact count, and reads nothing in a second 'after' that tells no contact", () => {
    expect(dated("The attack came two days after Trump met Putin in Anchorage on Aug. 15, and less than a week after Zelensky spoke with Macron.", "2025-08-21", { start: "2025-08-20", end: "2025-08-21" })).toEqual([
      "meeting Donald Trump+Vladimir Putin 2025-08-15",
      "phone_call Emmanuel Macron+Volodymyr Zelensky ?",
    ]);
    expect(dated("The attack came two days after Trump met Putin in Anchorage on Aug. 15, and three days after Zelensky said Macron had promised new air defence.", "2025-08-21", { start: "2025-08-20", end: "2025-08-21" })).toEqual([
      "meeting Donald Trump+Vladimir Putin 2025-08-15",
    ]);
  });
});

describe("earlier rounds of talks told by their days", () => {
  it("reads one round a day, between the heads of delegation the sentence names or those of the round told before", () => {
    expect(contacts("The third round, hosted by Hakan Fidan, was led by Rustem Umerov and Vladimir Medinsky on Wednesday.\n\nThe previous two rounds of talks, on May 16 and June 2, also produced prisoner exchanges.", "2025-07-24")).toEqual([
      "talks Hakan Fidan+Rustem Umerov+Vladimir Medinsky 2025-07-23",
      "talks Hakan Fidan+Rustem Umerov+Vladimir Medinsky 2025-05-16",
      "talks Hakan Fidan+Rustem Umerov+Vladimir Medinsky 2025-06-02",
    ]);
    // (the heads it names as such, not the leaders who spoke of the rounds; a list of days the date reader takes for a span)
    expect(contacts("Putin informed Trump about the agreements reached at the three rounds of talks in Istanbul, on May 16, June 2 and July 23, which were led by Rustem Umerov and Vladimir Medinsky.", "2025-11-20")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-05-16 @Istanbul",
      "talks Rustem Umerov+Vladimir Medinsky 2025-06-02 @Istanbul",
      "talks Rustem Umerov+Vladimir Medinsky 2025-07-23 @Istanbul",
    ]);
  });

  it("goes on from the round held where the sentence's round was, not from other envoys' talks told since", () => {
    expect(contacts("On Monday, Umerov and Medinsky met in Istanbul for a second round.\n\nOn March 11, Rubio met Yermak in Jeddah.\n\nThe first Istanbul round, on May 16, produced a prisoner exchange but no truce.", "2025-06-05")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-06-02 @Istanbul",
      "meeting Andriy Yermak+Marco Rubio 2025-03-11 @Jeddah",
      "talks Rustem Umerov+Vladimir Medinsky 2025-05-16",
    ]);
    // (the round told last, its place not told, goes on: "On Monday, Umerov and Medinsky met for a second round of talks")
    expect(contacts("On Monday, Umerov and Medinsky met for a second round of talks.\n\nThe first Istanbul round, on May 16, produced a prisoner exchange but no truce.", "2025-06-05")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-06-02",
      "talks Rustem Umerov+Vladimir Medinsky 2025-05-16",
    ]);
    // (a word before "round" that is no place of contacts leaves the round told last: none here, Jeddah's envoys met after May 16)
    expect(contacts("On Monday, Umerov and Medinsky met in Istanbul for a second round.\n\nOn March 11, Rubio met Yermak in Jeddah.\n\nThe first Russian round, on May 16, produced a prisoner exchange but no truce.", "2025-06-05")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-06-02 @Istanbul",
      "meeting Andriy Yermak+Marco Rubio 2025-03-11 @Jeddah",
    ]);
  });

  it("reads no round to come, and none from talks held years before", () => {
    expect(contacts("On Wednesday, Lavrov spoke to Rubio by phone about Russia's proposal for a second round of talks in Istanbul on June 2.", "2025-05-30")).toEqual([
      "phone_call Marco Rubio+Sergey Lavrov 2025-05-28",
    ]);
    expect(contacts("David Arakhamia and Vladimir Medinsky held talks in Istanbul on March 29, 2022.\n\nThe previous two rounds were held in Istanbul on May 16 and June 2.", "2025-07-23")).toEqual([
      "talks David Arakhamia+Vladimir Medinsky 2022-03-29 @Istanbul",
    ]);
    // (nor the round told before for rounds between other sides: "Kyiv and Washington held two rounds of their own")
    expect(contacts("Umerov and Medinsky met in Istanbul on Wednesday.\n\nKyiv and Washington held two rounds of talks of their own, in Jeddah on March 11 and in Riyadh on March 25.", "2025-07-24")).toEqual([
      "meeting Rustem Umerov+Vladimir Medinsky 2025-07-23 @Istanbul",
    ]);
    // (a mediator named in passing is no side of them: "under pressure from Washington", "brokered by the US")
    for (const by of ["under pressure from Washington", "both brokered by the US"]) {
      expect(contacts(`Umerov and Medinsky met in Istanbul on Wednesday.\n\nThe two sides had held two previous rounds, on May 16 and June 2, ${by}.`, "2025-06-10")).toEqual([
        "meeting Rustem Umerov+Vladimir Medinsky 2025-06-04 @Istanbul",
        "talks Rustem Umerov+Vladimir Medinsky 2025-05-16",
        "talks Rustem Umerov+Vladimir Medinsky 2025-06-02",
      ]);
    }
  });
});

describe("a call written as 'discussed … by phone', a meeting as ', meeting X'", () => {
  it("reads both, with their participants", () => {
    expect(contacts("Russia's Foreign Minister Sergey Lavrov discussed the proposal with U.S. Secretary of State Marco Rubio by phone on Saturday.", "2025-05-01")).toEqual([
      "phone_call Marco Rubio+Sergey Lavrov 2025-04-26",
    ]);
    // (a visit to Kyiv, as the trip is told first)
    expect(contacts("US Treasury Secretary Scott Bessent was in Kyiv on Wednesday, meeting Zelensky.", "2025-05-01")).toEqual(["visit Scott Bessent+Volodymyr Zelensky 2025-04-30 @Kyiv"]);
    expect(contacts("US Treasury Secretary Scott Bessent met Zelensky on Wednesday.", "2025-05-01")).toEqual(["meeting Scott Bessent+Volodymyr Zelensky 2025-04-30"]);
    // (a participle that meets no one)
    expect(contacts("Drones flew over Kyiv on Wednesday, meeting heavy fire.", "2025-05-01")).toEqual([]);
  });
});

describe("leaders named by their office, and a contact dated only by its month", () => {
  it("reads 'The Turkish president spoke by phone with Volodymyr Zelensky' as Erdogan's call", () => {
    expect(contacts("The Turkish president spoke by phone with Volodymyr Zelensky on Friday afternoon, according to the Communications Directorate.", "2025-11-15")).toEqual([
      "phone_call Recep Tayyip Erdogan+Volodymyr Zelensky 2025-11-14",
    ]);
  });

  it("does not give 'the summit between Trump and Putin in Alaska in August' a day the sentence before named in July", () => {
    const text = "The third round of talks was held in Istanbul on 23 July.\nSince then, Moscow and Washington have dealt directly, first at the summit between Donald Trump and Vladimir Putin in Alaska in August.";
    expect(contacts(text, "2025-11-15")).toContain("meeting Donald Trump+Vladimir Putin ? @Alaska");
  });

  it("does not give 'travelled secretly to Kyiv late last week' the Thursday of this week the sentence before named", () => {
    expect(contacts("Biden spoke with Zelensky on Thursday. CIA Director William Burns travelled secretly to Kyiv late last week, where he briefed President Volodymyr Zelensky.", "2023-01-20")).toEqual([
      "phone_call Joe Biden+Volodymyr Zelensky 2023-01-19",
      "visit Volodymyr Zelensky+William Burns ?",
    ]);
  });

  it("keeps the day told before when the week is a relative clause's, not the contact's", () => {
    expect(contacts("On Tuesday, Zelensky travelled to Berlin for talks. There he met Merz, who had pledged new Patriot systems last week.", "2025-06-13")).toEqual([
      "meeting Friedrich Merz+Volodymyr Zelensky 2025-06-10",
    ]);
  });
});

describe("envoys and advisers of 2022's talks, and who took part in a meeting", () => {
  it("knows the Normandy format's advisers and the officials of early 2022's talks", () => {
    expect(contacts("Dmitry Kozak met Andriy Yermak in Geneva on Monday.", "2022-01-12")).toEqual(["meeting Andriy Yermak+Dmitry Kozak 2022-01-10 @Geneva"]);
    expect(contacts("Wendy Sherman met Sergei Ryabkov and Alexander Grushko in Geneva on Monday.", "2022-01-12")).toEqual([
      "meeting Alexander Grushko+Sergei Ryabkov+Wendy Sherman 2022-01-10 @Geneva",
    ]);
    expect(contacts("Jake Sullivan met Yang Jiechi in Rome on Monday.", "2022-03-15")).toEqual(["meeting Jake Sullivan+Yang Jiechi 2022-03-14 @Rome"]);
  });

  it("reads 'took part in the meeting' of those named before it, on the lead's day rather than its dateline's", () => {
    const text = "BERLIN, Feb 11 (Wire) - Political advisers from Russia, Ukraine, Germany and France talked for nine hours in Berlin on Thursday.\nDmitry Kozak, Andriy Yermak, Jens Ploetner and Emmanuel Bonne took part in the Normandy-format meeting.";
    expect(contacts(text, "2022-02-11")).toEqual(["meeting Andriy Yermak+Dmitry Kozak+Emmanuel Bonne+Jens Ploetner 2022-02-10"]);
  });
});

describe("a surname alone, after the full name", () => {
  it("reads 'Austin' as the Lloyd Austin the article named before, not another first name's", () => {
    expect(contacts("U.S. Defense Secretary Lloyd Austin hosted the group.\nGermany's new defence minister, Boris Pistorius, who met Austin in Berlin on Thursday, said Berlin would decide soon.", "2023-01-20")).toEqual([
      "meeting Boris Pistorius+Lloyd Austin 2023-01-19 @Berlin",
    ]);
    expect(contacts("Boris Pistorius met Austin in Berlin on Thursday.", "2023-01-20")).toEqual([]);
    expect(contacts("Lloyd Austin spoke on Monday.\nBoris Pistorius met Christian Austin in Berlin on Thursday.", "2023-01-20")).toEqual([]);
    // (nor the city: "in Austin", "Austin, Texas")
    const aide = "U.S. Defense Secretary Lloyd Austin announced new aid for Ukraine on Monday.\nOn Thursday, Zelensky's top aide Andriy Yermak met";
    expect(contacts(`${aide} Texas Governor Greg Abbott in Austin.`, "2024-03-08")).toEqual([]);
    expect(contacts(`${aide} business leaders in Austin, Texas, on Thursday.`, "2024-03-08")).toEqual([]);
    expect(contacts("U.S. Defense Secretary Lloyd Austin announced new aid on Monday.\nAustin, Texas, hosted Andriy Yermak on Thursday.", "2024-03-08")).toEqual([]);
    // (but "spoke to Austin" is the man)
    expect(contacts("U.S. Defense Secretary Lloyd Austin announced new aid on Monday.\nOn Thursday, Shoigu spoke to Austin by phone.", "2024-03-08")).toEqual([
      "phone_call Lloyd Austin+Sergei Shoigu 2024-03-07",
    ]);
  });

  it("dates talks that a trip came a day after from the trip, its traveller named by his surname", () => {
    const text = "David Cameron travelled to Kyiv on Thursday, meeting President Volodymyr Zelensky.\nCameron's trip came a day after Joe Biden and Xi Jinping held four hours of talks in California.";
    expect(contacts(text, "2023-11-16")).toContain("talks Joe Biden+Xi Jinping 2023-11-15");
  });
});

describe("people who speak about a contact", () => {
  it("does not make an aide who is the sentence's source a participant, though he is its only other country", () => {
    expect(contacts("Putin visited Tehran.\nDuring the meeting with Erdogan, the two leaders discussed grain exports, presidential aide Yuri Ushakov told reporters.", "2022-07-19")).toEqual([]);
    expect(contacts("Putin held talks with Erdogan in Tehran on Tuesday. During the meeting with Erdogan, the two leaders discussed grain exports, presidential aide Yuri Ushakov told reporters.", "2022-07-19")).toEqual([
      "meeting Recep Tayyip Erdogan+Vladimir Putin 2022-07-19",
    ]);
  });

  it("does not make a spokesman a participant of what he confirms", () => {
    expect(contacts("On Friday, Kremlin spokesman Dmitry Peskov confirmed that Trump had made a personal request in talks.", "2026-01-31")).toEqual([]);
    // (he does take part when the text says so)
    expect(contacts("Witkoff met Peskov in Moscow on Thursday.", "2026-01-23")).toEqual(["meeting Dmitry Peskov+Steve Witkoff 2026-01-22 @Moscow"]);
  });

  it("keeps a speaker at the head who says 'he' of himself, whatever day and 'that' come between, but not one who speaks of others", () => {
    expect(contacts("President Volodymyr Zelensky said on Dec. 11 that he had held phone conversations with U.S. President Joe Biden and French President Emmanuel Macron, thanking both.", "2022-12-11")).toEqual([
      "phone_call Joe Biden+Volodymyr Zelensky 2022-12-11",
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2022-12-11",
    ]);
    expect(contacts("Kremlin aide Yuri Ushakov said on Monday that Putin had held a phone call with Erdogan.", "2022-12-06")).toEqual(["phone_call Recep Tayyip Erdogan+Vladimir Putin 2022-12-05"]);
    // (nor one whose "he" is no contact verb's subject: not consulted, briefed by another)
    expect(contacts("French President Emmanuel Macron said on Saturday that he was not consulted before Trump met Putin in Anchorage.", "2025-08-18").map((c) => c.replace(/ \d{4}-.*$/, ""))).toEqual(["meeting Donald Trump+Vladimir Putin"]);
    expect(contacts("Polish President Andrzej Duda said on Monday that he had been briefed by Zelensky on his call with Biden.", "2022-12-06")).toEqual(["phone_call Joe Biden+Volodymyr Zelensky 2022-12-05"]);
  });

  it("reads 'Zelensky said he had met Umerov' as about Zelensky, not the Russian named a sentence before", () => {
    const text = "Ahead of the session, Kremlin spokesman Dmitry Peskov said Moscow expected no breakthroughs.\nIn Kyiv, Zelensky said he had met Umerov on Tuesday evening to agree the delegation's instructions.";
    expect(contacts(text, "2025-07-23")).toEqual([]);
  });
});

describe("calls said with time between the verb and whom, and meetings told by their length", () => {
  it("reads 'spoke early this morning with X and with Y' as two calls of that day", () => {
    expect(contacts("Rutte spoke early this morning with Nawrocki and with Prime Minister Donald Tusk.", "2025-09-10")).toEqual([
      "phone_call Karol Nawrocki+Mark Rutte 2025-09-10",
      "phone_call Donald Tusk+Mark Rutte 2025-09-10",
    ]);
  });

  it("reads 'spoke early on Wednesday with X' with the weekday capitalised", () => {
    expect(contacts("Rutte spoke early on Wednesday with Nawrocki.", "2025-09-10")).toEqual(["phone_call Karol Nawrocki+Mark Rutte 2025-09-10"]);
    expect(contacts("Foreign Minister Andrii Sybiha spoke on Friday with his Polish counterpart Radoslaw Sikorski.", "2025-07-07").length).toBe(1);
  });

  it("reads 'He said he had spoken with' as the person the text was about", () => {
    const text = "Italy's prime minister condemned the strike. Zelensky thanked her. He said he had spoken with Italian Prime Minister Giorgia Meloni on Sunday.";
    expect(contacts(text, "2025-10-06")).toEqual(["phone_call Giorgia Meloni+Volodymyr Zelensky 2025-10-05"]);
  });

  it("reads 'spent more than four hours with Putin' as a meeting", () => {
    expect(contacts("On April 11, Witkoff spent more than four hours with Putin in St Petersburg.", "2025-04-27")).toEqual(["meeting Steve Witkoff+Vladimir Putin 2025-04-11 @St Petersburg"]);
    expect(contacts("Witkoff spent two hours with Putin on the phone on Monday.", "2025-07-09")).toEqual(["phone_call Steve Witkoff+Vladimir Putin 2025-07-07"]);
    // (a call has no place; someone spoken with must be named)
    expect(contacts("Zelensky spoke by phone with Macron on Monday after a Russian strike in Odesa killed five.", "2025-07-09")).toEqual(["phone_call Emmanuel Macron+Volodymyr Zelensky 2025-07-07"]);
    expect(contacts("Zelensky spoke in the morning with the families of the victims, Macron said.", "2025-07-09")).toEqual([]);
  });
});

describe("a contact looked forward to", () => {
  it("reads no contact in one awaited, but keeps the one held in a sentence that looks forward to something else", () => {
    expect(contacts("Putin told him he was looking forward to a visit by Chinese leader Xi Jinping, though no date was announced.", "2023-02-23")).toEqual([]);
    expect(contacts("Putin met Xi Jinping in Beijing on Friday, saying he looked forward to more trade.", "2023-02-25")).toEqual(["meeting Vladimir Putin+Xi Jinping 2023-02-24 @Beijing"]);
  });
  it("reads no talks in negotiations a side is open or ready to continue, but keeps talks held beside them", () => {
    expect(contacts('Kremlin aide Yuri Ushakov said Putin had told Trump that Russia would "not back down" from its goals, though it remained open to negotiations.', "2025-07-04")).toEqual([]);
    expect(contacts("Putin told Trump that Moscow was ready to continue negotiations with Kyiv.", "2025-07-04")).toEqual([]);
    expect(contacts("Putin held talks with Xi Jinping in Beijing on Friday and said Moscow remained open to negotiations with Kyiv.", "2023-02-25")).toEqual(["talks Vladimir Putin+Xi Jinping 2023-02-24 @Beijing"]);
  });
});

describe("contacts asked for, not held", () => {
  it("leaves out an invitation or a call to visit or negotiate", () => {
    expect(contacts("Zelensky urged Trump to visit Ukraine before making any deal with Moscow.", "2025-04-15")).toEqual([]);
    expect(contacts("Zelensky has since invited Witkoff to visit Ukraine and see the consequences for himself before any more negotiations.", "2025-04-15")).toEqual([]);
    expect(contacts("Scholz's office said the chancellor had urged Putin to withdraw his troops and open negotiations.", "2024-11-16")).toEqual([]);
    // (a visit that happened stays)
    expect(contacts("Zelensky visited Washington and met Trump on Friday.", "2025-04-15")).toEqual(["visit Donald Trump+Volodymyr Zelensky 2025-04-11 @Washington"]);
    // (what was asked in a contact that happened)
    expect(contacts("Trump said he had asked Putin to stop the bombing during a phone call on Monday.", "2025-07-09")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-07-07"]);
    expect(contacts("Zelensky urged Trump to impose sanctions when the two men spoke by phone on Monday.", "2025-07-09")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-07-07"]);
  });

  it("leaves out talks thought of, prepared for, still to be held or frozen", () => {
    expect(contacts("Trump telephoned Putin on Monday. Ushakov said the two leaders had supported the idea of direct talks between Russian and Ukrainian delegations.", "2025-08-19")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-08-18",
    ]);
    expect(contacts("The idea of a Biden–Putin summit is also dead, a White House official said.", "2022-02-24")).toEqual([]);
    expect(contacts("The attack came as Russian and Ukrainian negotiators prepared for another round of talks, to be held by video link on Monday.", "2022-03-13")).toEqual([]);
    expect(contacts("Talks between Ukrainian and Russian negotiators remain frozen; Mykhailo Podolyak said on Saturday that no meetings were planned.", "2022-05-23")).toEqual([]);
    // (what was discussed in a call held is no idea of one)
    expect(contacts("Trump and Putin discussed the idea of a ceasefire in a phone call on Tuesday.", "2025-03-19")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-03-18"]);
  });
});

describe("one leader's two meetings in a sentence", () => {
  it("reads 'met Sanchez … and later held talks with Meloni' as two meetings, not one of three", () => {
    expect(contacts("Zelensky met Spanish Prime Minister Pedro Sanchez on the sidelines of the summit and later held talks with Italian Prime Minister Giorgia Meloni.")).toEqual([
      "meeting Pedro Sanchez+Volodymyr Zelensky ?", "meeting Giorgia Meloni+Volodymyr Zelensky ?",
    ]);
    // (each with its own place, day and kind where its words give them)
    expect(contacts("Trump met Putin in Alaska on Friday and then met Zelensky in Washington on Monday.", "2025-07-09")).toEqual([
      "meeting Donald Trump+Vladimir Putin 2025-07-04 @Alaska", "meeting Donald Trump+Volodymyr Zelensky 2025-07-07 @Washington",
    ]);
    expect(contacts("Zelensky met Macron in Paris and later held talks with Starmer by phone.")).toEqual(["meeting Emmanuel Macron+Volodymyr Zelensky ? @Paris", "phone_call Keir Starmer+Volodymyr Zelensky ?"]);
    expect(contacts("In Paris on Monday, Zelensky met Macron and later held talks with Scholz.", "2023-10-07")).toEqual([
      "meeting Emmanuel Macron+Volodymyr Zelensky 2023-10-02 @Paris", "meeting Olaf Scholz+Volodymyr Zelensky 2023-10-02 @Paris",
    ]);
    // (one meeting of three stays one)
    expect(contacts("Zelensky met Macron and Scholz in Paris.")).toEqual(["meeting Emmanuel Macron+Olaf Scholz+Volodymyr Zelensky ? @Paris"]);
  });

  it("reads 'and earlier held talks with', and a list of three legs, 'held talks with A, met B, and held a separate bilateral meeting with C' (probe 42)", () => {
    expect(contacts("In Moscow on Tuesday, Antonio Guterres met Vladimir Putin in the Kremlin and earlier held talks with Foreign Minister Sergey Lavrov.", "2022-04-29")).toEqual([
      "meeting Antonio Guterres+Vladimir Putin 2022-04-26 @Moscow", "meeting Antonio Guterres+Sergey Lavrov 2022-04-26 @Moscow",
    ]);
    expect(
      contacts("Russian President Vladimir Putin on Tuesday held talks in Tehran with Iranian President Ebrahim Raisi, met Supreme Leader Ali Khamenei, and held a separate bilateral meeting with Turkish President Recep Tayyip Erdogan.", "2022-07-20"),
    ).toEqual(["talks Ebrahim Raisi+Vladimir Putin 2022-07-19", "meeting Ali Khamenei+Vladimir Putin 2022-07-19", "meeting Recep Tayyip Erdogan+Vladimir Putin 2022-07-19"]);
  });
});

describe("leaders the list knows without a demonym", () => {
  it("reads Portugal's prime minister and president, and Spain's king, by name", () => {
    expect(contacts("In Lisbon on Tuesday evening Zelensky met Prime Minister Luís Montenegro.", "2024-05-29")).toEqual(["meeting Luis Montenegro+Volodymyr Zelensky 2024-05-28"]);
    expect(contacts("Zelensky also held talks with President Marcelo Rebelo de Sousa on Tuesday.", "2024-05-29")).toEqual(["talks Marcelo Rebelo de Sousa+Volodymyr Zelensky 2024-05-28"]);
    expect(contacts("Zelensky was received by King Felipe VI on Monday.", "2024-05-29").map((c) => c.split(" ").slice(1, -1).join(" "))).toEqual(["Felipe VI+Volodymyr Zelensky"]);
  });
});

describe("an agreement signed by two leaders, told in the passive", () => {
  it("reads a trip made to meet someone ('flew to Berlin to meet Scholz'), not one still to be made", () => {
    expect(contacts("On Saturday Bennett flew to Berlin to meet Scholz.", "2022-03-06")).toEqual(["meeting Naftali Bennett+Olaf Scholz 2022-03-05"]);
    expect(contacts("Witkoff is expected to travel to Moscow next week to meet Putin.", "2025-08-01")).toEqual([]);
  });

  it("reads a dinner or an audience with leaders, 'Wang met …', and 'he urged …, after meeting Sunak'; not a dinner still due", () => {
    expect(contacts("On Wednesday evening Zelensky had dinner in Paris with French President Emmanuel Macron and German Chancellor Olaf Scholz.", "2023-02-10")).toEqual([
      "meeting Emmanuel Macron+Olaf Scholz+Volodymyr Zelensky 2023-02-08 @Paris",
    ]);
    expect(contacts("Wang Yi arrived in Moscow on Tuesday. On Wednesday Wang held talks with Foreign Minister Sergey Lavrov.", "2023-02-23")).toEqual(["talks Sergey Lavrov+Wang Yi 2023-02-22"]);
    expect(contacts("Zelensky left London on Thursday. In a speech in Brussels on Thursday he urged Europe to supply jets, after meeting Prime Minister Rishi Sunak on Wednesday.", "2023-02-10")).toEqual([
      "meeting Rishi Sunak+Volodymyr Zelensky 2023-02-08 @Brussels",
    ]);
    expect(contacts("Zelensky's plane has landed in Rome, where he is due to have dinner with Prime Minister Giorgia Meloni at Villa Doria Pamphilj.", "2023-05-13")).toEqual([]);
  });

  it("reads translated copy's 'he had conversation with President of USA Joe Biden'", () => {
    expect(contacts("President Volodymyr Zelensky informs that he had conversation with President of USA Joe Biden.", "2022-10-10")).toEqual(["phone_call Joe Biden+Volodymyr Zelensky 2022-10-10"]);
  });

  it("reads 'spoke to A, B and C, and then to D' as a call with each, and 'held a call with A, B and C and briefed them' as one", () => {
    expect(contacts("On Sunday Shoigu spoke to France's Sebastien Lecornu, Britain's Ben Wallace and Turkey's Hulusi Akar, and then to Austin.", "2022-10-24")).toEqual([
      "phone_call Sebastien Lecornu+Sergei Shoigu 2022-10-23",
      "phone_call Ben Wallace+Sergei Shoigu 2022-10-23",
      "phone_call Hulusi Akar+Sergei Shoigu 2022-10-23",
    ]);
    expect(contacts("On Saturday Zelensky held a call with Keir Starmer, Emmanuel Macron, Friedrich Merz and Giorgia Meloni and briefed them.", "2025-10-20")).toEqual([
      "phone_call Emmanuel Macron+Friedrich Merz+Giorgia Meloni+Keir Starmer+Volodymyr Zelensky 2025-10-18",
    ]);
  });

  it("knows a leader whose name ends in an accented letter, and more leaders of 2022–2025", () => {
    expect(contacts("Zelensky met Croatian Prime Minister Andrej Plenković in Kyiv on Monday.", "2023-04-04")).toEqual(["meeting Andrej Plenkovic+Volodymyr Zelensky 2023-04-03 @Kyiv"]);
    expect(contacts("Zelensky held talks with Finnish President Sauli Niinistö on Monday.", "2023-04-04")).toEqual(["talks Sauli Niinisto+Volodymyr Zelensky 2023-04-03"]);
    expect(contacts("On Thursday, Putin held talks with President To Lam.", "2024-06-21")).toEqual(["talks To Lam+Vladimir Putin 2024-06-20"]);
    expect(contacts("Israeli Prime Minister Naftali Bennett met Russian President Vladimir Putin in the Kremlin on Saturday.", "2022-03-06")).toEqual(["meeting Naftali Bennett+Vladimir Putin 2022-03-05 @the Kremlin"]);
    // (a surname another person shares is not the leader, nor a mention of Assad's cause; one name, not "Bashar" beside it)
    expect(contacts("Zelensky met Pope Francis in Rome on Saturday, while CNN's Jim Bennett reported from Kyiv.", "2023-05-10")).toEqual(["meeting Pope Francis+Volodymyr Zelensky 2023-05-06 @Rome"]);
    expect(contacts("Putin, a longtime backer of Assad, met Turkish President Erdogan in Sochi on Friday.", "2023-05-10")).toEqual(["meeting Recep Tayyip Erdogan+Vladimir Putin 2023-05-05 @Sochi"]);
    expect(contacts("Putin met Syrian President Bashar al-Assad in the Kremlin on Wednesday.", "2023-05-10")).toEqual(["meeting Bashar al-Assad+Vladimir Putin 2023-05-10 @the Kremlin"]);
    expect(contacts("Israeli PM Bennett met Putin in the Kremlin on Saturday.", "2022-03-06")).toEqual(["meeting Naftali Bennett+Vladimir Putin 2022-03-05 @the Kremlin"]);
    // (a first name alone is no leader: "to Lamia" is not To Lam)
    expect(contacts("Zelensky spoke to Lamia Haddad on Monday.", "2024-06-21")).toEqual([]);
  });

  it("reads 'a security agreement signed in Brussels on Tuesday by Prime Minister De Croo and President Zelensky' as their meeting", () => {
    expect(contacts("Belgium will deliver 30 F-16s by 2028, under a security agreement signed in Brussels on Tuesday by Prime Minister Alexander De Croo and President Volodymyr Zelensky.", "2024-05-29")).toEqual([
      "meeting Alexander De Croo+Volodymyr Zelensky 2024-05-28 @Brussels",
    ]);
    // (not a deal signed by countries, nor by leaders named without their titles, of another time)
    expect(contacts("Zelensky said the grain deal signed by Russia and Ukraine in Istanbul in 2022 had collapsed after Putin withdrew from it.")).toEqual([]);
    expect(contacts("Zelensky criticised the declaration signed by Orban and Fico in Budapest on Monday.")).toEqual([]);
    // (not one signed by officials the list does not know as leaders)
    expect(contacts("The deal was signed in Kyiv on Monday by the company's chief executive and Ukraine's energy minister.", "2024-05-29")).toEqual([]);
  });
});

describe("a trip's contacts in one sentence, and a guest named by a pronoun", () => {
  it("reads the legs of a traveller named by his office, and of a host the list knows by one name ('was then received by Lula')", () => {
    expect(contacts("On Monday it was Sergei Lavrov's turn. The Russian foreign minister held talks with his Brazilian counterpart Mauro Vieira at the Itamaraty and was then received by Lula at the Planalto Palace.", "2023-04-19")).toEqual([
      "talks Mauro Vieira+Sergey Lavrov 2023-04-17",
      "meeting Luiz Inacio Lula da Silva+Sergey Lavrov 2023-04-17",
    ]);
    // (not a sentence whose second clause has a subject of its own: no leg with Lula)
    expect(contacts("The Russian foreign minister held talks with his Brazilian counterpart Mauro Vieira at the Itamaraty, and Lula said he was ready to help.", "2023-04-17")).not.toContain(
      "meeting Luiz Inacio Lula da Silva+Sergey Lavrov 2023-04-17",
    );
  });

  it("reads a leg that opens on its own day and 'he', one after 'before sitting down with', and one with no verb of its own", () => {
    expect(contacts("On Monday Foreign Minister Hakan Fidan was received by Vladimir Putin in the Kremlin, and on Tuesday he held talks in Moscow with Sergey Lavrov.", "2025-05-30")).toEqual([
      "meeting Hakan Fidan+Vladimir Putin 2025-05-26 @the Kremlin",
      "meeting Hakan Fidan+Sergey Lavrov 2025-05-27 @Moscow",
    ]);
    expect(contacts("President Joe Biden on Saturday held talks with Foreign Minister Dmytro Kuleba in a Warsaw hotel before sitting down with Polish President Andrzej Duda.", "2022-03-27")).toEqual([
      "talks Dmytro Kuleba+Joe Biden 2022-03-26",
      "meeting Andrzej Duda+Joe Biden 2022-03-26",
    ]);
    expect(contacts("On 5 January, Turkish President Recep Tayyip Erdogan spoke by phone with Vladimir Putin and, a few hours later, with Zelensky, offering mediation.", "2023-01-19")).toEqual([
      "phone_call Recep Tayyip Erdogan+Vladimir Putin 2023-01-05",
      "phone_call Recep Tayyip Erdogan+Volodymyr Zelensky 2023-01-05",
    ]);
    // (the list knows "al-Sisi" as its "Abdel Fattah el-Sisi": the traveller is the one "he" is, not him)
    expect(contacts("Sergey Lavrov arrived in Cairo on Sunday. He met President Abdel Fattah al-Sisi and then held talks with his Egyptian counterpart Sameh Shoukry.", "2022-07-24")).toEqual([
      "meeting Abdel Fattah el-Sisi+Sergey Lavrov 2022-07-24",
      "meeting Sameh Shoukry+Sergey Lavrov 2022-07-24",
    ]);
    // (not a clause that tells what was said, nor a verb's second object with no time of its own)
    expect(contacts("Zelensky met Macron in Paris on Monday, and on Tuesday he said the talks had been useful.", "2025-05-30")).toEqual(["meeting Emmanuel Macron+Volodymyr Zelensky 2025-05-26 @Paris"]);
    expect(contacts("On Monday Zelensky met Emmanuel Macron and Olaf Scholz in Paris.", "2023-02-10")).toEqual(["meeting Emmanuel Macron+Olaf Scholz+Volodymyr Zelensky 2023-02-06 @Paris"]);
  });

  it("reads each leg of a trip with its own day and place, the day before it or where the trip had gone", () => {
    expect(contacts("Guterres met President Recep Tayyip Erdogan in Ankara on Monday, then flew to Moscow, where on Tuesday he held talks with Foreign Minister Sergey Lavrov and was received by Vladimir Putin in the Kremlin.", "2022-04-29")).toEqual([
      "meeting Antonio Guterres+Recep Tayyip Erdogan 2022-04-25 @Ankara",
      "meeting Antonio Guterres+Sergey Lavrov 2022-04-26 @Moscow",
      "meeting Antonio Guterres+Vladimir Putin 2022-04-26 @the Kremlin",
    ]);
    // ("late on Saturday night" is Saturday's, not the Sunday the sentence names after it)
    expect(contacts("After leaving the Kremlin, Bennett spoke by phone with Ukrainian President Volodymyr Zelensky, and then flew on to Berlin, where he met Chancellor Olaf Scholz late on Saturday night before returning to Israel early on Sunday.", "2022-03-07")).toEqual([
      "phone_call Naftali Bennett+Volodymyr Zelensky 2022-03-05",
      "meeting Naftali Bennett+Olaf Scholz 2022-03-05 @Berlin",
    ]);
    // (a team's trip: another team named in a later leg is not the traveller named again, "a Russian delegation" is not "US officials")
    expect(contacts("US officials met the Ukrainian delegation, led by Defence Minister Rustem Umerov, in Riyadh on Sunday, and held talks with a Russian delegation headed by senator Grigory Karasin and Sergei Beseda, an adviser to the FSB director, on Monday.", "2025-03-25")).toEqual([
      "meeting Rustem Umerov+US delegation 2025-03-23 @Riyadh",
      "meeting Grigory Karasin+Sergei Beseda+US delegation 2025-03-24",
    ]);
    // (but the traveller's own team named again is no leg of its trip)
    expect(contacts("US officials met the Ukrainian delegation, led by Defence Minister Rustem Umerov, in Riyadh on Sunday, and the US team held talks with a Russian delegation headed by senator Grigory Karasin on Monday.", "2025-03-25")).toHaveLength(1);
    // (not one whose second leg names its people before its verb: "where he and Tusk signed" is Zelensky's, not Modi's)
    expect(contacts("Modi's Moscow trip followed Zelensky's visit to Warsaw on Monday, where he and Polish Prime Minister Donald Tusk signed a bilateral security agreement.", "2024-07-10")).not.toContain("visit Narendra Modi+Volodymyr Zelensky 2024-07-08 @Warsaw");
  });

  it("reads a trip told with 'he' as the trip of the one 'he' was read as", () => {
    expect(contacts("Zelensky began a tour of European capitals on Wednesday. On Oct. 10, he held talks in London with Prime Minister Keir Starmer, then flew to Paris to meet French President Emmanuel Macron.", "2024-10-11")).toEqual([
      "talks Keir Starmer+Volodymyr Zelensky 2024-10-10 @London",
      "meeting Emmanuel Macron+Volodymyr Zelensky 2024-10-10",
    ]);
    // (not a speaker's "he" set off by commas: the traveller is named)
    expect(contacts("Trump praised the plan. On Monday, he said, Zelensky held talks in London with Starmer, then flew to Paris to meet Macron.", "2025-10-14")).toEqual([
      "talks Keir Starmer+Volodymyr Zelensky 2025-10-13 @London",
      "meeting Emmanuel Macron+Volodymyr Zelensky 2025-10-13",
    ]);
  });

  it("reads one verb's list of whom the traveller met, each item with its own day or place, as a contact each", () => {
    expect(contacts("Lavrov met Egyptian President Abdel Fattah al-Sisi in Cairo on July 24, Congolese President Denis Sassou Nguesso in Oyo on July 25, and Ugandan President Yoweri Museveni in Entebbe on July 26.", "2022-07-27")).toEqual([
      "meeting Abdel Fattah el-Sisi+Sergey Lavrov 2022-07-24",
      "meeting Denis Sassou Nguesso+Sergey Lavrov 2022-07-25",
      "meeting Sergey Lavrov+Yoweri Museveni 2022-07-26",
    ]);
    // (a day counted from the item before; an item naming no one but its place is the same pair again)
    expect(contacts("Guterres, who met Putin in Moscow on April 26 and Zelensky in Kyiv two days later, has been pushing for an evacuation.", "2022-05-02")).toEqual([
      "meeting Antonio Guterres+Vladimir Putin 2022-04-26 @Moscow",
      "meeting Antonio Guterres+Volodymyr Zelensky 2022-04-28 @Kyiv",
    ]);
    expect(contacts("The Turkish leader Recep Tayyip Erdogan met Putin in Sochi on Aug. 5 and in Tehran on July 19.", "2022-08-18")).toEqual([
      "meeting Recep Tayyip Erdogan+Vladimir Putin 2022-08-05 @Sochi",
      "meeting Recep Tayyip Erdogan+Vladimir Putin 2022-07-19",
    ]);
    // (not another verb's clause, nor a passive's guests)
    expect(contacts("Erdogan, who met Putin in Samarkand on September 16, said on September 22 that Putin wanted to end the war.", "2022-09-23")).toEqual([
      "meeting Recep Tayyip Erdogan+Vladimir Putin 2022-09-16",
    ]);
  });

  it("takes 'received him' for the one the text was about, unless its sentence names him before", () => {
    expect(contacts("Zelensky flew to Paris on Wednesday after London. Emmanuel Macron and Olaf Scholz received him at the Elysee Palace for a working dinner.", "2023-02-10")).toEqual([
      "meeting Emmanuel Macron+Olaf Scholz+Volodymyr Zelensky 2023-02-08",
    ]);
    expect(contacts("Starmer said the talks went well. Zelensky is now in Paris, where Emmanuel Macron received him at the Elysee Palace.", "2024-10-10")).toEqual(["meeting Emmanuel Macron+Volodymyr Zelensky 2024-10-10 @Paris"]);
    // (a day remembered is not the contact's: "the memorial to the victims of the Sept. 11 attacks")
    expect(contacts("Zelensky met Biden at the White House on Thursday. He then went to the Pentagon, where Lloyd Austin received him before the two laid a wreath at the memorial to the victims of the Sept. 11 attacks.", "2023-09-22")).toEqual([
      "meeting Joe Biden+Volodymyr Zelensky 2023-09-21 @the White House",
      "meeting Lloyd Austin+Volodymyr Zelensky 2023-09-21",
    ]);
  });
});

describe("a foreign leader's trip to Kyiv", () => {
  it("is a visit with Ukraine's president, in Kyiv; not a trip planned, nor Russia's troops", () => {
    expect(contacts("U.S. President Joe Biden made an unannounced trip to Kyiv on Monday.", "2023-02-22")).toEqual(["visit Joe Biden+Volodymyr Zelensky 2023-02-20 @Kyiv"]);
    expect(contacts("Emmanuel Macron, Olaf Scholz and Mario Draghi rode an overnight train to Kyiv on Thursday.", "2022-06-17")).toEqual([
      "visit Emmanuel Macron+Mario Draghi+Olaf Scholz+Volodymyr Zelensky 2022-06-16 @Kyiv",
    ]);
    expect(contacts("Biden will travel to Kyiv next week, officials said.", "2023-02-12")).toEqual([]);
    expect(contacts("Putin said on Monday that Russian troops had come close to Kyiv in 2022.", "2023-02-12")).toEqual([]);
  });

  it("reads a visit to Kyiv told as a noun, made or his own; not one planned or another's", () => {
    expect(contacts("U.S. Secretary of State Antony Blinken made an unannounced visit to Kyiv on Thursday.", "2022-09-08")).toEqual(["visit Antony Blinken+Volodymyr Zelensky 2022-09-08 @Kyiv"]);
    expect(contacts("British Prime Minister Rishi Sunak, on his first visit to Kyiv on November 19, promised a 50 million pound package.", "2022-11-22")).toEqual([
      "visit Rishi Sunak+Volodymyr Zelensky 2022-11-19 @Kyiv",
    ]);
    expect(contacts("Joe Biden's surprise visit to Kyiv on Monday was kept secret until he arrived.", "2023-02-22")).toEqual(["visit Joe Biden+Volodymyr Zelensky 2023-02-20 @Kyiv"]);
    expect(contacts("Macron said on Monday that Scholz's planned visit to Kyiv was off.", "2022-06-01")).toEqual([]);
    expect(contacts("Biden said on Monday that he had no plans to make a visit to Kyiv.", "2023-02-22")).toEqual([]);
  });

  it("reads no visit in one still ahead of what the sentence tells, or made as a habit; keeps one after", () => {
    expect(contacts("Ahead of Scholz's visit to Kyiv on Thursday, Zelensky said air defence was the priority.", "2023-02-14")).toEqual([]);
    expect(contacts("Zelensky said on Monday, ahead of Scholz's visit to Kyiv, that air defence was the priority.", "2023-02-14")).toEqual([]);
    expect(contacts("Scholz's upcoming visit to Kyiv was announced on Monday.", "2023-02-14")).toEqual([]);
    expect(contacts("Blinken pays a visit to Kyiv every few months, officials said on Tuesday.", "2023-02-14")).toEqual([]);
    expect(contacts("Russia launched 40 drones at Kyiv on Tuesday, a day after Tusk's visit to Kyiv.", "2023-02-14")).toEqual(["visit Donald Tusk+Volodymyr Zelensky 2023-02-13 @Kyiv"]);
  });
});

describe("cases the session's review found", () => {
  it("takes 'received him' for the one named last before, unless the sentence's own 'he' is the guest", () => {
    expect(contacts("Zelensky said Hungarian Prime Minister Viktor Orban had not consulted Kyiv before the trip. Putin received him in the Kremlin on Friday.", "2024-07-06")).toEqual([
      "meeting Viktor Orban+Vladimir Putin 2024-07-05 @the Kremlin",
    ]);
  });

  it("dates a leg told 'the next day' from the leg before, and no call by another night named in it", () => {
    expect(contacts("Zelensky met Macron in Paris on Monday, then flew to Berlin, where he met Scholz the next day.", "2025-06-12")).toEqual([
      "meeting Emmanuel Macron+Volodymyr Zelensky 2025-06-09 @Paris",
      "meeting Olaf Scholz+Volodymyr Zelensky 2025-06-10 @Berlin",
    ]);
    expect(contacts("Zelensky said on Monday he had discussed Saturday night's massive drone attack with Macron in a phone call.", "2025-06-12")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-06-09",
    ]);
  });

  it("takes no visit with Ukraine's president from what went to Kyiv, a trip planned, invited or recalled, or one hosted by another", () => {
    for (const text of [
      "Scholz's comments came hours after a Russian missile strike in Kyiv killed three people.",
      "U.S. envoy Keith Kellogg said on Tuesday that the drones that flew to Kyiv overnight were Iranian-designed.",
      "US national security adviser Jake Sullivan said the first Abrams tanks had arrived in Kyiv on Monday.",
      "Italian Prime Minister Giorgia Meloni is reportedly preparing a trip to Kyiv.",
      "Zelensky has invited Chinese leader Xi Jinping on a trip to Kyiv.",
      "British Prime Minister Boris Johnson, who came to Kyiv in April 2022, said on Tuesday that Ukraine must win.",
      "German Defence Minister Boris Pistorius arrived in Kyiv on Tuesday for talks with his Ukrainian counterpart.",
    ]) {
      expect(contacts(text, "2023-02-22")).toEqual([]);
    }
    expect(contacts("Macron flew to Kyiv on Thursday, then travelled to Chisinau, where he met Moldovan President Maia Sandu.", "2023-02-22")).toEqual([
      "visit Emmanuel Macron+Maia Sandu 2023-02-16",
    ]);
  });
});

describe("more ways a contact is told", () => {
  it("reads 'telephone conversations with A and B', 'was welcomed by', and agreements signed with a leader", () => {
    expect(contacts("On Monday Putin held telephone conversations with Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas.", "2023-10-17")).toEqual([
      "phone_call Benjamin Netanyahu+Vladimir Putin 2023-10-16",
      "phone_call Mahmoud Abbas+Vladimir Putin 2023-10-16",
    ]);
    expect(contacts("Zelensky was welcomed by Frederiksen on Sunday at the Skrydstrup air base.", "2023-08-21")).toEqual(["meeting Mette Frederiksen+Volodymyr Zelensky 2023-08-20"]);
    expect(contacts("US President Joe Biden and Zelensky signed a 10-year bilateral security agreement on Thursday.", "2024-06-14")).toEqual(["meeting Joe Biden+Volodymyr Zelensky 2024-06-13"]);
    expect(contacts("Japanese Prime Minister Fumio Kishida signed a separate 10-year accord with Zelensky on Thursday.", "2024-06-14")).toEqual(["meeting Fumio Kishida+Volodymyr Zelensky 2024-06-13"]);
  });
});

describe("cases the session's second review found", () => {
  it("keeps a leader's trip to Kyiv told with a title, a first visit or this year's date, and its guest for 'received him'", () => {
    expect(contacts("Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday.", "2023-03-22")).toEqual(["visit Fumio Kishida+Volodymyr Zelensky 2023-03-21 @Kyiv"]);
    expect(contacts("Joe Biden arrived in Kyiv on Monday, his first visit since the invasion.", "2023-02-22")).toEqual(["visit Joe Biden+Volodymyr Zelensky 2023-02-20 @Kyiv"]);
    expect(contacts("Joe Biden came to Kyiv on 20 February 2023.", "2023-02-22")).toEqual(["visit Joe Biden+Volodymyr Zelensky 2023-02-20 @Kyiv"]);
    expect(contacts("Polish President Andrzej Duda travelled to Kyiv on Tuesday and met his Ukrainian counterpart.", "2023-02-22")).toEqual([]);
    expect(contacts("Orban met Zelensky in Kyiv on Tuesday. Later, Putin received him in the Kremlin.", "2024-07-06").at(-1)).toBe("meeting Viktor Orban+Vladimir Putin 2024-07-02 @the Kremlin");
    expect(contacts("In Saturday night's call, Zelensky and Macron discussed air defence.", "2025-06-10")).toEqual(["phone_call Emmanuel Macron+Volodymyr Zelensky 2025-06-07"]);
  });
});

describe("a leader's trip to Kyiv told by 'visited'", () => {
  it("is a visit with Ukraine's president when no one else is named, and with whom it names otherwise", () => {
    expect(contacts("Britain was the first country to sign such a pact, when Prime Minister Rishi Sunak visited Kyiv on January 12.", "2024-02-16")).toEqual([
      "visit Rishi Sunak+Volodymyr Zelensky 2024-01-12 @Kyiv",
    ]);
    expect(contacts("US Secretary of State Antony Blinken visited Kyiv on Wednesday and met Foreign Minister Dmytro Kuleba.", "2024-02-16")).toEqual([
      "visit Antony Blinken+Dmytro Kuleba 2024-02-14 @Kyiv",
    ]);
    expect(contacts("Former British Prime Minister Boris Johnson, who visited Kyiv in April 2022, said on Tuesday that Ukraine must win.", "2024-02-16")).toEqual([]);
  });

  it("is no trip of the day when recalled in a relative clause or told as visits over time", () => {
    expect(contacts("Rishi Sunak, who visited Kyiv in January, said on Tuesday that Britain would keep its support.", "2024-06-16")).toEqual([]);
    expect(contacts("Boris Johnson, who has visited Kyiv several times since the invasion, said on Tuesday that Ukraine must win.", "2024-02-16")).toEqual([]);
    expect(contacts("Boris Johnson has visited Kyiv several times since the invasion.", "2024-02-16")).toEqual([]);
    // (nor one an adverb parts from "has")
    expect(contacts("Scholz has twice visited Kyiv since the invasion.", "2024-02-16")).toEqual([]);
  });

  it("reads 'the Ukrainian capital' as Kyiv, and still no trip ahead", () => {
    expect(contacts("Joe Biden paid a surprise visit to the Ukrainian capital on Monday.", "2023-02-27")).toEqual(["visit Joe Biden+Volodymyr Zelensky 2023-02-27 @Kyiv"]);
    expect(contacts("Scholz's upcoming visit to the Ukrainian capital was announced on Monday.", "2023-02-27")).toEqual([]);
  });
});

describe("a pronoun whose verb is another's, and the contact in which he did it", () => {
  it("takes the one named before as the subject of 'in a phone call with', and no one when another is named after the pronoun", () => {
    expect(contacts("Zelensky said Russian missiles had destroyed the Trypilska power plant. He raised the issue later on Thursday in a phone call with Italian Prime Minister Giorgia Meloni.", "2024-04-12")).toEqual([
      "phone_call Giorgia Meloni+Volodymyr Zelensky 2024-04-11",
    ]);
    expect(contacts("Zelensky said Russian missiles had destroyed the Trypilska power plant. He said Macron had raised the issue on Thursday in a phone call with Putin.", "2024-04-12")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2024-04-11",
    ]);
  });

  it("takes it when the call is dated in the words between ('on April 11'), not when the run has a subject of its own, a passive or a negation", () => {
    const before = "Zelensky said Russian missiles had destroyed the Trypilska power plant. ";
    expect(contacts(before + "He raised the issue on April 11 in a phone call with Meloni.", "2024-04-12")).toEqual(["phone_call Giorgia Meloni+Volodymyr Zelensky 2024-04-11"]);
    expect(contacts(before + "He said his foreign minister had raised the issue in a phone call with Antony Blinken.", "2024-04-12")).toEqual([]);
    expect(contacts(before + "He said his aides had raised the issue in a meeting with Jake Sullivan on Thursday.", "2024-04-12")).toEqual([]);
    expect(contacts(before + "He refused to take part in a meeting with Alexander Lukashenko.", "2024-04-12")).toEqual([]);
    expect(contacts(before + "He was not invited to take part in a call with Joe Biden.", "2024-04-12")).toEqual([]);
  });
});

describe("the source of the news", () => {
  it("is no participant in the contact it tells of ('…, Kremlin aide Yuri Ushakov said'), while a speaker who took part stays one", () => {
    expect(contacts("US envoy Steve Witkoff met Russian President Vladimir Putin at the Kremlin on Friday, Kremlin aide Yuri Ushakov said.", "2025-06-10")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-06-06 @the Kremlin",
    ]);
    expect(contacts("Zelensky said he had spoken with Macron and Scholz on Friday.", "2025-06-10")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-06-06",
      "phone_call Olaf Scholz+Volodymyr Zelensky 2025-06-06",
    ]);
  });
});

describe("a contact's day", () => {
  it("is not the wire's dateline ('KYIV, March 5 (Wirenews) - Zelensky met Duda …, in talks held on Tuesday')", () => {
    expect(contacts("KYIV, March 5 (Wirenews) - Zelensky met Polish President Andrzej Duda in Rzeszow to discuss air defence, his office said, in talks held on Tuesday.", "2025-03-05")).toEqual([
      "meeting Andrzej Duda+Volodymyr Zelensky 2025-03-04 @Rzeszow",
    ]);
    // (a fact box's line is dated by its day: "Wed 25 Jun – The Hague: …")
    expect(contacts("Wed 25 Jun – The Hague: Zelensky met US President Donald Trump for about 50 minutes on the sidelines of the summit.", "2025-06-29")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-06-25",
    ]);
  });

  it("is, for a contact told as held on a day and month with no year, the latest such day not after publication", () => {
    expect(contacts("Russian negotiator Vladimir Medinsky and Ukraine's David Arakhamia held talks in Belarus on 28 February.", "2023-02-24")).toEqual([
      "talks David Arakhamia+Vladimir Medinsky 2022-02-28",
    ]);
  });
});

describe("who takes part (from a probe of diplomacy wordings)", () => {
  it("leaves out who is named only beside the contact, and reads the contact an aside tells of", () => {
    // (an aside hours or a day from the contact tells of another, with its own day)
    expect(contacts("President Volodymyr Zelensky spoke by phone with U.S. President Donald Trump on Feb. 12, hours after Trump's call with Russian leader Vladimir Putin.", "2025-02-12")).toEqual([
      "phone_call Donald Trump+Volodymyr Zelensky 2025-02-12",
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
    ]);
    expect(contacts("President Trump met Ukrainian President Volodymyr Zelensky at the White House on Friday, one day after a lengthy phone call with Russian President Vladimir Putin.", "2025-10-17")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-10-17 @the White House",
      "phone_call Donald Trump+Vladimir Putin 2025-10-16",
    ]);
    // (whose envoy he is, and the source at the head, take no part)
    expect(contacts("Trump's special envoy Steve Witkoff met Putin in St Petersburg on Friday.", "2025-04-12")).toEqual(["meeting Steve Witkoff+Vladimir Putin 2025-04-11 @St Petersburg"]);
    expect(contacts("Kremlin aide Yuri Ushakov said that Putin had a telephone conversation with Erdogan on Sunday.", "2025-05-11")).toEqual(["phone_call Recep Tayyip Erdogan+Vladimir Putin 2025-05-11"]);
    // (but one who says he took part did)
    expect(contacts("Zelensky said he had spoken with Macron on Tuesday.", "2025-04-12")).toEqual(["phone_call Emmanuel Macron+Volodymyr Zelensky 2025-04-08"]);
  });

  it("reads no one contact in a habit the text does not date", () => {
    expect(contacts("Trump's special envoy Steve Witkoff has also met Putin several times in Russia this year.", "2025-10-23")).toEqual([]);
  });
});

describe("teams of states and contacts refused (from a probe of diplomacy wordings)", () => {
  it("reads talks told by one side's negotiator with the other side named only as its state", () => {
    expect(contacts("Ukraine and Russia agreed on Thursday to set up humanitarian corridors, Ukrainian negotiator Mykhailo Podolyak said after a second round of talks in western Belarus.", "2022-03-03")).toEqual([
      "talks Mykhailo Podolyak+Russian delegation 2022-03-03",
    ]);
    // (not a state named beside talks of one side alone, nor "Russian missiles")
    expect(contacts("Ukrainian negotiator Mykhailo Podolyak said after talks in Kyiv on Thursday that Russian missiles had hit Kharkiv.", "2022-03-03")).toEqual([]);
  });

  it("reads talks between unnamed teams of any two or three states", () => {
    expect(contacts("Talks between Ukrainian and U.S. delegations took place in Jeddah on Tuesday.", "2025-03-11")).toEqual(["talks US delegation+Ukrainian delegation 2025-03-11 @Jeddah"]);
    expect(contacts("Top U.S. and Russian officials met in Riyadh on Tuesday.", "2025-02-18")).toEqual(["meeting Russian delegation+US delegation 2025-02-18 @Riyadh"]);
    expect(contacts("Ukrainian, Russian and U.S. delegations held trilateral talks in Abu Dhabi on Friday.", "2026-01-24")).toEqual(["talks Russian delegation+US delegation+Ukrainian delegation 2026-01-23 @Abu Dhabi"]);
    expect(contacts("The second round of direct negotiations between Ukraine and Russia took place on Monday at Istanbul's Ciragan Palace.", "2025-06-02")).toEqual(["talks Russian delegation+Ukrainian delegation 2025-06-02 @Istanbul"]);
    // (not talks between states as a topic, or frozen)
    expect(contacts("He said the possibility of resuming direct negotiations between Russia and Ukraine had been discussed.", "2025-06-02")).toEqual([]);
    expect(contacts("Kremlin spokesman Dmitry Peskov said on Friday that peace talks between Moscow and Kyiv were frozen.", "2022-05-28")).toEqual([]);
  });

  it("reads no contact in a proposal rejected or a meeting not being considered", () => {
    expect(contacts("The Kremlin on Monday rejected Ukrainian President Volodymyr Zelensky's proposal that he and Vladimir Putin meet in Istanbul on Thursday.", "2025-05-12")).toEqual([]);
    expect(contacts("A meeting between Putin and Zelensky is not being considered, Ushakov said.", "2025-08-07")).toEqual([]);
  });
});

describe("more call and meeting wordings (from a probe of diplomacy wordings)", () => {
  it("reads 'told X … during a call', 'had a long conversation with', 'held a bilateral meeting', 'held short meetings with'", () => {
    expect(contacts("President Volodymyr Zelensky told Turkish President Recep Tayyip Erdogan about the latest Russian strikes during a call on Tuesday.", "2025-06-10")).toEqual([
      "phone_call Recep Tayyip Erdogan+Volodymyr Zelensky 2025-06-10",
    ]);
    expect(contacts("Zelensky said he had a long conversation with Trump on Saturday.", "2025-08-16")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-08-16"]);
    expect(contacts("On Wednesday evening Macron and Zelensky held a bilateral meeting at the Elysee Palace.", "2025-03-27")).toEqual(["meeting Emmanuel Macron+Volodymyr Zelensky 2025-03-26"]);
    expect(contacts("On Saturday Zelensky also held short meetings with Macron and Starmer on the sidelines.", "2025-04-27")).toEqual(["meeting Emmanuel Macron+Keir Starmer+Volodymyr Zelensky 2025-04-26"]);
    // (not what one called another, nor meetings only expected)
    expect(contacts("Trump called Zelensky a dictator without elections.", "2025-02-20")).toEqual([]);
    // (nor what one called a leader's deed or words; a person of his is still called)
    expect(contacts("Putin later called Zelensky's demands unrealistic, Kremlin spokesman Dmitry Peskov said on Monday.", "2025-05-20")).toEqual([]);
    expect(contacts("Erdogan on Tuesday called Putin's decision a mistake.", "2024-07-06")).toEqual([]);
    expect(contacts("Zelensky called Trump's special envoy Steve Witkoff on Monday.", "2025-05-20")).toEqual(["phone_call Steve Witkoff+Volodymyr Zelensky 2025-05-19"]);
    expect(contacts("Trump on Wednesday called Macron's diplomatic adviser Emmanuel Bonne.", "2025-05-21")).toEqual(["phone_call Donald Trump+Emmanuel Bonne 2025-05-21"]);
    // (nor how a deed was taken; a meeting "with" a person still is one)
    expect(contacts("On Tuesday Zelensky's proposal met with criticism from Orban.", "2025-05-20")).toEqual([]);
    expect(contacts("Zelensky met with sharp criticism from Orban on Tuesday.", "2025-05-20")).toEqual([]);
    expect(contacts("Zelensky's peace plan met with little enthusiasm from Orban on Tuesday.", "2025-05-20")).toEqual([]);
    expect(contacts("The proposal met with mixed reactions from Orban and Fico on Tuesday.", "2025-05-20")).toEqual([]);
    expect(contacts("Zelensky met with Orban on Tuesday.", "2025-05-20")).toEqual(["meeting Viktor Orban+Volodymyr Zelensky 2025-05-20"]);
    // (but "called Zelensky a day after" is a call)
    expect(contacts("Biden called Zelensky on Tuesday, a day after the strike on Kyiv.", "2025-02-20")).toEqual(["phone_call Joe Biden+Volodymyr Zelensky 2025-02-18"]);
    expect(contacts("Wang Yi arrived in Moscow on Tuesday ahead of expected meetings with Russian officials.", "2023-02-21")).toEqual([]);
  });
});

describe("a state visit", () => {
  it("reads 'during the French president's state visit' as a visit", () => {
    expect(contacts("On December 1, Biden stood next to Emmanuel Macron at the White House during the French president's state visit.", "2022-12-05")).toEqual([
      "visit Emmanuel Macron+Joe Biden 2022-12-01 @the White House",
    ]);
  });
});

describe("contacts from a probe of diplomacy pages", () => {
  it("reads 'a very productive conversation with', 'dialled', 'brought together' and a title standing for the text's subject", () => {
    expect(contacts("Volodymyr Zelensky held a very productive conversation with Donald Trump on Friday.", "2025-07-04")).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-07-04"]);
    expect(contacts("President Recep Tayyip Erdogan dialled Russian President Vladimir Putin on Thursday.", "2025-07-04")).toEqual(["phone_call Recep Tayyip Erdogan+Vladimir Putin 2025-07-03"]);
    expect(contacts("Emmanuel Macron brought together Donald Trump and Volodymyr Zelensky at the Elysee Palace on Saturday.", "2024-12-08")).toEqual(["meeting Donald Trump+Emmanuel Macron+Volodymyr Zelensky 2024-12-07"]);
    expect(contacts("Volodymyr Zelensky is on a Nordic tour. Earlier on Wednesday, the President met Finnish President Alexander Stubb in Helsinki.", "2025-03-19")).toEqual(["meeting Alexander Stubb+Volodymyr Zelensky 2025-03-19 @Helsinki"]);
  });

  it("reads a pair's second call on another day, and a back-reference to their previous contact", () => {
    expect(contacts("Volodymyr Zelensky spoke with Donald Trump by phone on Saturday. Zelensky and Trump spoke again by phone on Sunday evening.", "2025-10-13")).toEqual([
      "phone_call Donald Trump+Volodymyr Zelensky 2025-10-11",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-10-12",
    ]);
    expect(contacts("Vladimir Putin and Donald Trump spoke by phone on Saturday. The previous conversation between the two presidents took place on June 4.", "2025-06-14")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-06-14",
      "phone_call Donald Trump+Vladimir Putin 2025-06-04",
    ]);
    expect(contacts("Steve Witkoff met Vladimir Putin in St Petersburg on Friday. He last saw the Russian leader in Moscow on March 13.", "2025-04-12")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-04-11 @St Petersburg",
      "meeting Steve Witkoff+Vladimir Putin 2025-03-13 @Moscow",
    ]);
  });

  it("takes a round's participants from the heads of delegation the next sentences name", () => {
    const text = "The third round of direct negotiations, held at the Ciragan Palace in Istanbul on Wednesday, lasted about 40 minutes. The Russian delegation was headed by Vladimir Medinsky. The Ukrainian delegation was led by Rustem Umerov.";
    expect(contacts(text, "2025-07-24")).toEqual(["talks Rustem Umerov+Vladimir Medinsky 2025-07-23 @Istanbul"]);
  });

  it("dates a contact by the one day the sentence before names, however often it names it", () => {
    const text = "RIYADH, Feb 18 (Wire) - U.S. and Russian diplomats agreed on Tuesday to start working towards ending the war. Marco Rubio and Steve Witkoff sat down with Sergei Lavrov and Yuri Ushakov at Riyadh's Diriyah Palace.";
    expect(contacts(text, "2025-02-18")).toEqual(["meeting Marco Rubio+Sergey Lavrov+Steve Witkoff+Yuri Ushakov 2025-02-18 @Riyadh"]);
  });

  it("reads no contact from a wish, a reply not received, a decision defended, or a visit set beside something else", () => {
    expect(contacts("He said he would like to hold a second, three-way meeting with Putin and Zelensky quickly after Alaska.", "2025-08-13")).toEqual([]);
    expect(contacts("Volodymyr Zelensky said he had invited Xi Jinping to talks but had received no response.", "2023-03-21")).toEqual([]);
    expect(contacts("The visit came as Donald Trump's frustration with Vladimir Putin grew.", "2025-04-03")).toEqual([]);
    expect(contacts("Olaf Scholz spoke with Vladimir Putin by phone on Friday. Scholz has defended his decision to phone Vladimir Putin, saying on Saturday that it was important.", "2024-11-16")).toEqual([
      "phone_call Olaf Scholz+Vladimir Putin 2024-11-15",
    ]);
  });

  it("leaves out whom an occasion is named by: 'before the funeral of Pope Francis', 'since Trump's inauguration'", () => {
    expect(contacts("Donald Trump and Volodymyr Zelensky met inside St Peter's Basilica on Saturday before the funeral of Pope Francis.", "2025-04-26")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-04-26",
    ]);
    expect(contacts("Marco Rubio spoke by phone with Sergei Lavrov on Saturday, their first call since Trump's inauguration.", "2025-02-16")).toEqual(["phone_call Marco Rubio+Sergey Lavrov 2025-02-15"]);
  });

  it("reads a video conference said 'after' or 'during'", () => {
    expect(contacts("Merz said after a video conference of European leaders with Trump on Wednesday that progress had been made.", "2025-08-13")).toEqual([
      "phone_call Donald Trump+Friedrich Merz 2025-08-13",
    ]);
  });

  it("dates 'It comes a day after Trump's call with Putin' from the contact before, and a trip's later call as a call", () => {
    expect(contacts("Zelensky says he had a phone conversation with Donald Trump. It comes a day after Trump's call with Vladimir Putin.", "2025-03-19")).toEqual([
      "phone_call Donald Trump+Volodymyr Zelensky 2025-03-19",
      "phone_call Donald Trump+Vladimir Putin 2025-03-18",
    ]);
    expect(contacts("On Tuesday Donald Trump spent two hours on the phone with Vladimir Putin; on Wednesday he called Volodymyr Zelensky.", "2025-03-22")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-03-18",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-03-19",
    ]);
  });

  it("takes a leaders' meeting told in an aside as its own contact, and no contact from one being arranged or expected", () => {
    const text = "LONDON/KYIV, Aug 19 (Reuters) - Leaders of the so-called coalition of the willing held a video call on Tuesday to work out security guarantees, a day after several of them and Ukrainian President Volodymyr Zelensky met U.S. President Donald Trump at the White House.";
    expect(contacts(text, "2025-08-19")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-08-18"]);
    expect(contacts("He said afterwards that he had begun arranging a meeting between Putin and Zelensky.", "2025-08-19")).toEqual([]);
    expect(contacts("Merz said he expected the Putin-Zelensky meeting to take place within two weeks.", "2025-08-19")).toEqual([]);
    // (nor one still being set up: "is being arranged")
    expect(contacts("Mr Trump says a meeting between Putin and Zelensky is being arranged, perhaps followed by a three-way summit.", "2025-08-20")).toEqual([]);
    // (nor one held off or only agreed: the call told after it is the contact)
    expect(contacts("A meeting between Marco Rubio and Sergei Lavrov was put on hold after the two spoke by phone on Monday.", "2025-10-22")).toEqual(["phone_call Marco Rubio+Sergey Lavrov 2025-10-20"]);
    expect(contacts("The summit had been agreed in principle in a phone call between Donald Trump and Vladimir Putin last week.", "2025-10-22")).toEqual(["phone_call Donald Trump+Vladimir Putin ?"]);
  });

  it("reads leaders titled by a country the list does not know: 'Philippine President Ferdinand Marcos Jr.', 'Kazakh President …'", () => {
    expect(contacts("Ukrainian President Volodymyr Zelenskyy met Philippine President Ferdinand Marcos Jr. in Manila on Monday.", "2024-06-03")).toEqual([
      "meeting Ferdinand Marcos Jr.+Volodymyr Zelensky 2024-06-03",
    ]);
    expect(contacts("Putin also spoke by phone with Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev on Saturday.", "2023-06-25")).toEqual([
      "phone_call Kassym-Jomart Tokayev+Vladimir Putin 2023-06-24",
      "phone_call Shavkat Mirziyoyev+Vladimir Putin 2023-06-24",
    ]);
  });
});

describe("cases a review of this session's rules found", () => {
  it("reads no call from 'dialled back', and keeps a contact beside a wish in another clause", () => {
    expect(contacts("Donald Trump dialled back his criticism of Vladimir Putin on Tuesday.", "2025-06-11")).toEqual([]);
    expect(contacts("Trump said he would like to see the war end soon, hours after he spoke with Putin on Tuesday.", "2025-06-11")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-06-10"]);
    expect(contacts("Saudi Arabia arranged the talks between Rubio and Lavrov in Riyadh on Tuesday.", "2025-06-11")).toEqual(["talks Marco Rubio+Sergey Lavrov 2025-06-10 @Riyadh"]);
  });

  it("takes no head of delegation from whom he spoke of, and no earlier contact from 'He last spoke publicly'", () => {
    expect(contacts("The talks in Riyadh lasted 12 hours on Monday. Witkoff, who led the US team, said Putin wants peace.", "2025-06-11")).toEqual([]);
    expect(contacts("Trump spoke with Putin by phone on Tuesday. He last spoke publicly about the war on June 2.", "2025-06-11")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-06-10"]);
    expect(contacts("Trump spoke with Putin by phone on Tuesday. They last met in Alaska on August 15, 2024.", "2025-06-11")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-06-10",
      "meeting Donald Trump+Vladimir Putin 2024-08-15 @Alaska",
    ]);
  });

  it("gives a trip's later call no place", () => {
    expect(contacts("Macron flew to Kyiv on Monday and met Zelensky; on Wednesday he called Putin.", "2025-06-12").at(-1)).toBe("phone_call Emmanuel Macron+Vladimir Putin 2025-06-11");
  });

});

describe("a contact told as on the day of what came before (from probe 23)", () => {
  it("dates 'Earlier in the day', 'the same day', 'then called' and 'Before the talks began' from the day told before", () => {
    expect(contacts("Macron announced the pledges on Thursday after a meeting of the coalition.\nEarlier in the day, Witkoff met Yermak in Paris.", "2025-09-04")).toEqual([
      "meeting Andriy Yermak+Steve Witkoff 2025-09-04 @Paris",
    ]);
    expect(contacts("Trump said he had a lengthy phone call with Putin on Wednesday. The Kremlin said it lasted 90 minutes.\nTrump then called Zelensky.", "2025-02-13")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-02-12",
    ]);
    // (not the day another sentence names for something else: "Zelensky, who flew to Ankara on Thursday")
    expect(contacts("Russian and Ukrainian officials held peace talks in Istanbul on Friday. Zelensky, who flew to Ankara on Thursday, said he would only meet Putin.\nBefore the talks began, Umerov met Rubio in Istanbul.", "2025-05-16").at(-1)).toBe(
      "meeting Marco Rubio+Rustem Umerov 2025-05-16 @Istanbul",
    );
    // (an opening "The same day" wins over a day named for what was proposed)
    expect(contacts("Russia launched 300 drones at Kyiv on Wednesday. The same day Lavrov spoke to Rubio by phone and proposed Istanbul, on June 2, for the next round.", "2025-06-01")).toEqual([
      "phone_call Marco Rubio+Sergey Lavrov 2025-05-28",
    ]);
  });

  it("takes the contact told before ('After the meeting', 'After the call with Putin') as when, not as what or who", () => {
    expect(contacts("After the meeting on Thursday, Macron held a call with Trump.", "2025-09-05")).toEqual(["phone_call Donald Trump+Emmanuel Macron 2025-09-04"]);
    expect(contacts("Trump spoke with Putin for two hours on Monday. After the call with Putin, Trump also talked with Zelensky together with Macron and Meloni.", "2025-05-20")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-05-19",
      "phone_call Donald Trump+Emmanuel Macron+Giorgia Meloni+Volodymyr Zelensky 2025-05-19",
    ]);
  });

  it("reads the contact of an aside from the day of the clause before it, with its own people", () => {
    expect(contacts("Rubio spoke on Friday, a day after he and special envoy Steve Witkoff held talks in Paris with Ukraine's Andriy Yermak.", "2025-04-18")).toEqual([
      "talks Andriy Yermak+Marco Rubio+Steve Witkoff 2025-04-17 @Paris",
    ]);
    // (and the lunch at which Trump told Zelensky is their meeting)
    expect(contacts("Trump told Zelensky at a White House lunch on Friday that he would rather not send Tomahawks, a day after a lengthy phone call with Putin.", "2025-10-18")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-10-17",
      "phone_call Donald Trump+Vladimir Putin 2025-10-16",
    ]);
    expect(contacts("Guterres met Putin in the Kremlin on Tuesday. Guterres and Putin sat at opposite ends of a long table for the meeting, which followed talks between the UN chief and Foreign Minister Sergey Lavrov earlier in the day.", "2022-04-26")).toEqual([
      "meeting Antonio Guterres+Vladimir Putin 2022-04-26 @the Kremlin",
      "talks Antonio Guterres+Sergey Lavrov 2022-04-26",
    ]);
    expect(contacts("It began with the Trump-Putin phone call on February 12, which Trump followed with a separate call to Zelensky the same day.", "2025-02-20")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-02-12",
    ]);
  });

  it("keeps apart two contacts that share two people when each has a side the other lacks, and takes no one from 'Trump's cabinet'", () => {
    expect(contacts("Zelensky held telephone conversations on Monday before and after Trump's call with Putin.\nAfter the call with the Kremlin, Trump held a joint conversation with Zelensky, Macron and Meloni.", "2025-05-20")).toEqual([
      "phone_call Donald Trump+Vladimir Putin+Volodymyr Zelensky 2025-05-19",
      "phone_call Donald Trump+Emmanuel Macron+Giorgia Meloni+Volodymyr Zelensky 2025-05-19",
    ]);
    expect(contacts("The day began with Treasury Secretary Scott Bessent meeting Zelensky in Kyiv, the first visit to Ukraine by a member of Trump's cabinet.", "2025-02-12")).toEqual([
      "visit Scott Bessent+Volodymyr Zelensky ? @Kyiv",
    ]);
  });
});

describe("contacts offered, arranged or asked about, not held (from probe 23)", () => {
  it("reads no contact from arrangements, readiness, 'in the coming days', a question or a topic", () => {
    expect(contacts('Trump said on Monday he had "begun the arrangements" for a meeting between Putin and Zelenskyy.', "2025-08-19")).toEqual([]);
    expect(contacts('Zelenskyy said on Wednesday he was ready for a meeting with Russian President Vladimir Putin "in any format."', "2025-07-09")).toEqual([]);
    expect(contacts('Zelenskiy said after the meeting that he expected to discuss the key points with President Donald Trump "in the coming days."', "2025-11-20")).toEqual([]);
    expect(contacts("Trump, asked on Tuesday whether he had spoken to Putin recently, said he would be doing so in the coming days.", "2025-09-03")).toEqual([]);
    expect(contacts('Zelenskyy urged Trump on Sunday to come to Ukraine "to see the destruction" before making any decisions about negotiations.', "2025-04-13")).toEqual([]);
  });
});

describe("a meeting told by where the two held it (from probe 23)", () => {
  it("reads 'ended their meeting at Joint Base …', not 'a cabinet meeting at the White House'", () => {
    expect(contacts("Trump and Putin ended their meeting at Joint Base Elmendorf-Richardson in Anchorage, Alaska, on Aug. 15 without a ceasefire.", "2025-08-16")).toEqual([
      "meeting Donald Trump+Vladimir Putin 2025-08-15 @Anchorage",
    ]);
    expect(contacts('Speaking at a cabinet meeting at the White House on Thursday, Trump said he had "personally asked" Putin not to fire on Kyiv.', "2026-01-30")).toEqual([]);
  });
});

describe("talks over two days (from probe 23)", () => {
  it("dates talks 'on April 2 and 3' from their first day, and 'On the same day that …' by the sentence's own day", () => {
    expect(contacts("Kirill Dmitriev held talks with U.S. envoy Steve Witkoff in Washington on April 2 and 3.", "2025-04-11")).toEqual([
      "talks Kirill Dmitriev+Steve Witkoff 2025-04-02 @Washington",
    ]);
    expect(contacts("Xi held talks with Vladimir Putin on March 20-21.\nOn the same day that the Kremlin signed the statement, Japanese Prime Minister Fumio Kishida arrived in Kyiv by train on March 21 and met President Volodymyr Zelensky.", "2023-03-22")).toEqual([
      "talks Vladimir Putin+Xi Jinping 2023-03-20",
      "visit Fumio Kishida+Volodymyr Zelensky 2023-03-21 @Kyiv",
    ]);
  });
});

describe("contacts told in the background (from probe 23)", () => {
  it("reads the call in which a meeting was agreed, the same pair met again with 'him', and a visit whose press conference was cancelled", () => {
    expect(contacts("The two leaders, Donald Trump and Vladimir Putin, had agreed to meet in Budapest during a lengthy phone call last Thursday.", "2025-10-22")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-10-16",
    ]);
    expect(contacts("Trump and Putin agreed to meet in Budapest during their telephone conversation on October 16.", "2025-10-22")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-10-16",
    ]);
    // (a call still to come is not held: "plans to raise it … during a phone call on Friday")
    expect(contacts("Trump plans to raise it with Putin during a phone call on Friday.", "2025-10-22")).toEqual([]);
    expect(contacts("Witkoff met Putin in St Petersburg on April 11 and held talks with him in Moscow on April 25.", "2025-05-02")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-04-11 @St Petersburg",
      "talks Steve Witkoff+Vladimir Putin 2025-04-25 @Moscow",
    ]);
    expect(contacts("Kellogg previously visited Kyiv on February 20, when a planned joint press conference with President Volodymyr Zelensky was cancelled.", "2025-07-14")).toEqual([
      "visit Keith Kellogg+Volodymyr Zelensky 2025-02-20 @Kyiv",
    ]);
  });
});

describe("whom an envoy serves, and talks still to come (from probe 23)", () => {
  it("leaves out the one an appositive says the envoy serves, and reads no talks from 'at any future talks'", () => {
    expect(contacts("Kirill Dmitriev, Russian President Vladimir Putin's investment envoy, met U.S. special envoy Steve Witkoff in Washington on Wednesday.", "2025-04-04")).toEqual([
      "meeting Kirill Dmitriev+Steve Witkoff 2025-04-02 @Washington",
    ]);
    expect(contacts("Midway through the session on Monday, Trump broke off to phone Russian President Vladimir Putin. Kremlin aide Yuri Ushakov later said the call lasted 40 minutes and that the two leaders had discussed raising the level of representatives at any future talks.", "2025-08-19")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-08-18",
    ]);
  });
});

describe("a contact told by what was said in it (from probe 23)", () => {
  it("reads 'briefed Lavrov by phone' as a call and 'told Zelenskyy at a White House lunch' as a meeting", () => {
    expect(contacts("Rubio briefed Russian Foreign Minister Sergei Lavrov by phone on Thursday evening.", "2025-04-18")).toEqual([
      "phone_call Marco Rubio+Sergey Lavrov 2025-04-17",
    ]);
    expect(contacts("President Donald Trump told Volodymyr Zelenskyy at a White House lunch on Friday that he would rather not send Tomahawk cruise missiles to Ukraine for now.", "2025-10-18")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-10-17",
    ]);
    // (one who was told at a meeting of others is not there: "Putin told a meeting of his Security Council")
    expect(contacts("Zelensky told reporters at a briefing on Friday that Putin was stalling.", "2025-10-18")).toEqual([]);
  });
});

describe("rounds of talks and the heads of their teams (from probe 23)", () => {
  it("reads the heads of the teams from the next paragraph, a round named by its place, and a team at 'the talks with Russia'", () => {
    expect(contacts("ISTANBUL, June 2. The second round of direct Russian-Ukrainian talks at the Ciragan Palace in Istanbul has ended, a TASS correspondent reported. The meeting lasted a little over an hour.\nThe Russian delegation was again headed by Presidential Aide Vladimir Medinsky, the Ukrainian one by Defense Minister Rustem Umerov.", "2025-06-02")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-06-02 @Istanbul",
    ]);
    // (not whoever the next paragraph names beside a delegation: "when the Kremlin published a delegation without Putin's name")
    expect(contacts("The talks lasted a little under two hours and ended without a joint statement.\nVladimir Putin did not come. Zelensky said he would wait for him in Turkey; when the Kremlin published a delegation without Putin's name on it, Zelensky called the Russian team decorative.", "2025-05-16")).toEqual([]);
    expect(contacts("At the Istanbul round on June 2, the delegations led by Vladimir Medinsky and Rustem Umerov agreed to swap all severely wounded prisoners.", "2025-06-15")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-06-02 @Istanbul",
    ]);
    expect(contacts("Rustem Umerov, who headed the Ukrainian delegation at the talks with Russia in Istanbul on Wednesday, said the sides agreed on an exchange. The Russian delegation was headed by Vladimir Medinsky.", "2025-07-24")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-07-23 @Istanbul",
    ]);
    // (a round still to come is none: "a date for the next round of talks in Istanbul")
    expect(contacts("Neither readout mentioned a date for the next round of talks between Medinsky and Umerov in Istanbul.", "2025-06-15")).toEqual([]);
  });
});

describe("one call with several (from probe 23)", () => {
  it("reads 'held a call with A and B' as one call, and 'spoke with A and B' still as a call each", () => {
    expect(contacts("Macron held a call with Zelenskyy and Starmer on Sunday evening, the Élysée said.", "2025-05-12")).toEqual([
      "phone_call Emmanuel Macron+Keir Starmer+Volodymyr Zelensky 2025-05-11",
    ]);
    expect(contacts("Zelensky said he had spoken with Macron and Scholz on Friday.", "2025-06-10")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-06-06",
      "phone_call Olaf Scholz+Volodymyr Zelensky 2025-06-06",
    ]);
  });
});


describe("what was said to an outlet", () => {
  it("is no contact: 'told NBC News by phone', 'told French TV at a European Council meeting', 'his call to President Trump for more Patriots'", () => {
    const kinds = (text: string) => extractContacts(articleOf(text, "2025-03-31"), null).map((c) => `${c.kind}:${c.participants.join("+")}`);
    expect(kinds("Trump told NBC News by phone on Sunday that he was very angry with Putin over his comments about Zelensky.")).toEqual([]);
    expect(kinds("Macron told French TV at a European Council meeting on Thursday that Putin did not want peace.")).toEqual([]);
    expect(kinds("Zelensky renewed his call to President Trump for more Patriot systems after Putin's latest strike on Kyiv.")).toEqual([]);
    expect(kinds("Rubio briefed Russian Foreign Minister Sergei Lavrov by phone on Thursday evening.")).toEqual(["phone_call:Marco Rubio+Sergey Lavrov"]);
  });
});

describe("who is named in a contact's sentence without taking part (from probe 35)", () => {
  it("leaves out whose envoys, aide or successor the participants are, and to whom a message went", () => {
    expect(contacts("Steve Witkoff and Jared Kushner, Donald Trump's envoys, met Vladimir Putin in the Kremlin on Tuesday.", "2025-12-03")).toEqual([
      "meeting Jared Kushner+Steve Witkoff+Vladimir Putin 2025-12-02 @the Kremlin",
    ]);
    expect(contacts("The Ukrainian delegation, headed by Andriy Yermak, chief of staff to President Volodymyr Zelensky, held talks with Marco Rubio in Geneva on Sunday.", "2025-11-23")).toEqual([
      "talks Andriy Yermak+Marco Rubio 2025-11-23 @Geneva",
    ]);
    expect(contacts("Zelensky met Prime Minister Justin Trudeau's successor Mark Carney in Kyiv on Sunday.", "2025-08-25")).toEqual(["meeting Mark Carney+Volodymyr Zelensky 2025-08-24 @Kyiv"]);
    expect(contacts("Putin met U.S. envoy Steve Witkoff in the Kremlin late on Thursday and sent U.S. President Donald Trump a message about the ceasefire.", "2025-03-14")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-03-13 @the Kremlin",
    ]);
    // (but whose envoy to a country is named is no one's: "envoy to Ukraine")
    expect(contacts("Trump's envoy to Ukraine Keith Kellogg met Zelensky in Kyiv on Thursday.", "2025-03-14")).toEqual(["meeting Keith Kellogg+Volodymyr Zelensky 2025-03-13 @Kyiv"]);
  });

  it("leaves out who is named only in another clause: what was said after the contact, another day's news, what came after it", () => {
    expect(contacts("Zelensky held talks with Erdogan in Ankara on Thursday, and then said he would send Umerov to Istanbul.", "2025-05-16")).toEqual([
      "talks Recep Tayyip Erdogan+Volodymyr Zelensky 2025-05-15 @Ankara",
    ]);
    expect(contacts("Trump met Putin in Anchorage on Friday, and on Monday Zelensky returns to the White House.", "2025-08-18")).toEqual(["meeting Donald Trump+Vladimir Putin 2025-08-15 @Anchorage"]);
    // (another day's clause that tells a contact of its own is that one)
    expect(contacts("Macron met Zelensky in Paris on Sunday, and on Monday Zelensky met Merz in Berlin.", "2025-06-10")).toEqual([
      "meeting Emmanuel Macron+Volodymyr Zelensky 2025-06-08 @Paris",
      "meeting Friedrich Merz+Volodymyr Zelensky 2025-06-09 @Berlin",
    ]);
    // (only one its own past verb tells: not a meeting rejected, talks spoken of, or one to come; one told is undated)
    expect(contacts("Zelensky met Macron in Paris on Sunday, but on Monday Putin rejected a meeting with Zelensky.", "2025-06-10")).toEqual([
      "meeting Emmanuel Macron+Volodymyr Zelensky 2025-06-08 @Paris",
    ]);
    expect(contacts("Zelensky met Macron in Paris on Sunday, and on Monday Zelensky said talks with Putin were pointless.", "2025-06-10")).toEqual([
      "meeting Emmanuel Macron+Volodymyr Zelensky 2025-06-08 @Paris",
    ]);
    expect(contacts("Zelensky met Macron in Paris on Saturday, and on Monday Zelensky meets Merz in Berlin.", "2025-06-08")).toEqual([
      "meeting Emmanuel Macron+Volodymyr Zelensky 2025-06-07 @Paris",
    ]);
    expect(contacts("Trump spoke with Putin on Monday, and on Tuesday Trump said he had spoken with Zelensky.", "2025-06-10")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-06-09",
      "phone_call Donald Trump+Volodymyr Zelensky ?",
    ]);
    expect(contacts("Putin's offer came after Macron, Merz, Starmer and Tusk visited Kyiv on Saturday.", "2025-05-11")).toEqual([
      "visit Donald Tusk+Emmanuel Macron+Friedrich Merz+Keir Starmer 2025-05-10 @Kyiv",
    ]);
    // (but a pronoun after "came after" is the one named before it)
    expect(contacts("Zelensky's remarks came after he spoke by phone with Macron and Merz on Sunday.", "2025-06-10")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-06-08",
      "phone_call Friedrich Merz+Volodymyr Zelensky 2025-06-08",
    ]);
    // (a subject's pronoun only, not a possessive: "his top negotiator … met Witkoff" is the negotiator's)
    expect(contacts("Zelensky's comments came after his top negotiator Rustem Umerov met Steve Witkoff in Miami on Saturday.", "2025-06-10")).toEqual([
      "meeting Rustem Umerov+Steve Witkoff 2025-06-07 @Miami",
    ]);
    expect(contacts("Three days after Trump met Putin in Anchorage, Zelensky returns to the White House.", "2025-08-18").map((c) => c.replace(/ \d{4}-.*| \?.*/, ""))).toEqual(["meeting Donald Trump+Vladimir Putin"]);
  });

  it("leaves out who is named only in the contact told before as this one's occasion, or in the call one meant to make", () => {
    expect(contacts("Trump spoke with Putin by phone on Wednesday. Shortly after hanging up with Putin, Trump also spoke with Ukrainian President Volodymyr Zelensky.", "2025-02-12")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-02-12",
    ]);
    expect(contacts("Donald Trump's phone call with Vladimir Putin on Monday lasted two hours. Before dialling Putin, he spoke with Volodymyr Zelensky.", "2025-05-20")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-05-19",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-05-19",
    ]);
    expect(contacts("Macron and Putin spoke by telephone on Tuesday. Macron had informed Volodymyr Zelensky of his intention to call Putin during a conversation with the Ukrainian president earlier on Tuesday.", "2025-07-01")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2025-07-01",
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-07-01",
    ]);
  });
});

describe("a contact told a day, or so many days, from another (from probe 35)", () => {
  it("dates 'A day earlier, …' the day before the one named before, and an opening 'Three days after …' from the main clause's day", () => {
    expect(contacts("Trump and Zelensky met inside St Peter's Basilica on Saturday. The White House described the talks as very productive. A day earlier, Trump's envoy Steve Witkoff had held three hours of talks with Vladimir Putin in Moscow.", "2025-04-26")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-04-26",
      "talks Steve Witkoff+Vladimir Putin 2025-04-25 @Moscow",
    ]);
    expect(contacts("Three days after Trump met Putin in Anchorage, Zelensky returns to the White House.", "2025-08-18")).toEqual(["meeting Donald Trump+Vladimir Putin 2025-08-15 @Anchorage"]);
    // (the opening clause's own day wins; the main clause's place is not the contact's)
    expect(contacts("Two days after Trump met Putin in Anchorage on Friday, Zelensky flew to Washington.", "2025-08-19")).toEqual(["meeting Donald Trump+Vladimir Putin 2025-08-15 @Anchorage"]);
    expect(contacts("Three days after Trump met Putin, Zelensky was in Washington.", "2025-08-19")).toEqual(["meeting Donald Trump+Vladimir Putin ?"]);
    // (a plural subject is no present tense: "European leaders flew")
    expect(contacts("Three days after Trump met Putin in Anchorage, European leaders flew to Washington with Zelensky.", "2025-08-25")).toEqual(["meeting Donald Trump+Vladimir Putin ? @Anchorage"]);
  });
});

describe("contacts that could be arranged, were asked about or were expected (from probe 35)", () => {
  it("reads no contact in 'could be arranged', 'whether a meeting … was discussed', or a summit after an expected reception", () => {
    expect(contacts("A Kremlin aide said a phone conversation between Putin and Trump could be arranged once Witkoff had reported back.", "2025-03-14")).toEqual([]);
    // (nor one whoever made it: "those who called and visited Putin")
    expect(contacts('"This is the response to those who called and visited Putin recently," Foreign Minister Andrii Sybiha said on X.', "2024-11-17")).toEqual([]);
    // (but one named among them made it: "Zelensky was among the leaders who met Trump")
    expect(contacts("Zelensky was among the leaders who met Trump at the White House on Monday.", "2025-06-10")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-06-09 @the White House"]);
    expect(contacts("Modi was among the leaders who spoke with Putin by phone on Monday.", "2025-06-10")).toEqual(["phone_call Narendra Modi+Vladimir Putin 2025-06-09"]);
    expect(contacts("Erdogan was among the leaders who called Putin on Monday to offer condolences.", "2025-06-10")).toEqual(["phone_call Recep Tayyip Erdogan+Vladimir Putin 2025-06-09"]);
    expect(contacts("Peskov declined to comment on whether a meeting between Putin and US President Donald Trump was discussed.", "2025-04-11")).toEqual([]);
    expect(contacts("Zelensky was due to fly to London, where Prime Minister Keir Starmer was expected to receive him at Downing Street later on Saturday, before a summit of European leaders at Lancaster House on Sunday.", "2025-03-01")).toEqual([]);
    // (but a call held, then told of, stays one)
    expect(contacts("Trump and Putin discussed a ceasefire in a phone call on Tuesday, the Kremlin said.", "2025-03-19")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-03-18"]);
    // (only a contact that is itself the subject: not a held one's clause of its own, "where … were discussed", "about how a
    // meeting … could take place", whose left-open contact names no one of the held one)
    expect(contacts("Zelensky met Trump at the White House on Monday where security guarantees were discussed.", "2025-06-10")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-06-09 @the White House"]);
    expect(contacts("Zelensky and Macron spoke by phone on Tuesday and the supply of air defence systems was discussed.", "2025-06-10")).toEqual(["phone_call Emmanuel Macron+Volodymyr Zelensky 2025-06-10"]);
    expect(contacts("Rubio spoke with Lavrov on Monday about how a meeting between the two presidents could take place.", "2025-06-10")).toEqual(["phone_call Marco Rubio+Sergey Lavrov 2025-06-09"]);
    expect(contacts("Witkoff met Putin in Moscow on Thursday to discuss how a summit with Trump could be arranged.", "2025-06-10")).toEqual(["meeting Steve Witkoff+Vladimir Putin 2025-06-05 @Moscow"]);
  });
});

describe("contacts told with their members in the next sentence (from probe 35)", () => {
  it("reads 'a meeting took place between the delegations of …', with who represented each side", () => {
    expect(contacts("In Jeddah, a meeting took place between the delegations of Ukraine and the United States on Tuesday. The Ukrainian side was represented by Andriy Yermak; the American delegation included Marco Rubio.", "2025-03-11")).toEqual([
      "meeting Andriy Yermak+Marco Rubio 2025-03-11 @Jeddah",
    ]);
  });

  it("reads those who 'sat across the table' as the teams' members", () => {
    expect(contacts("Senior U.S. and Russian officials held four and a half hours of talks in Riyadh on Tuesday. Marco Rubio and Steve Witkoff sat across the table from Sergei Lavrov and Yuri Ushakov.", "2025-02-18")).toEqual([
      "talks Marco Rubio+Sergey Lavrov+Steve Witkoff+Yuri Ushakov 2025-02-18 @Riyadh",
    ]);
  });

  it("reads a virtual meeting someone convened, and who joined it told next", () => {
    expect(contacts("Prime Minister Keir Starmer convened a virtual meeting of leaders on Saturday. Joining the call were Volodymyr Zelensky, Emmanuel Macron and Giorgia Meloni.", "2025-03-15")).toEqual([
      "phone_call Emmanuel Macron+Giorgia Meloni+Keir Starmer+Volodymyr Zelensky 2025-03-15",
    ]);
    // (those who joined a contact read in the sentence before join all who took part in it)
    expect(contacts("Zelensky met Trump at the White House on Monday. Joining the meeting were Macron, Starmer and Merz.", "2025-06-10")).toEqual([
      "meeting Donald Trump+Emmanuel Macron+Friedrich Merz+Keir Starmer+Volodymyr Zelensky 2025-06-09 @the White House",
    ]);
    expect(contacts("Zelensky spoke by phone with Trump on Monday. Joining the call were Macron, Starmer and Merz.", "2025-06-10")).toEqual([
      "phone_call Donald Trump+Emmanuel Macron+Friedrich Merz+Keir Starmer+Volodymyr Zelensky 2025-06-09",
    ]);
    // (and those who "also attended" it or "also took part")
    expect(contacts("Russian President Vladimir Putin held talks with US envoy Steve Witkoff in the Kremlin on Wednesday. The meeting was also attended by presidential aide Yuri Ushakov and Kirill Dmitriev.", "2025-08-06")).toEqual([
      "talks Kirill Dmitriev+Steve Witkoff+Vladimir Putin+Yuri Ushakov 2025-08-06 @the Kremlin",
    ]);
    expect(contacts("Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov in Riyadh on Tuesday. Kirill Dmitriev, head of the Russian Direct Investment Fund, also took part.", "2025-02-18")).toEqual([
      "meeting Kirill Dmitriev+Marco Rubio+Sergey Lavrov 2025-02-18 @Riyadh",
    ]);
    // (but not those who attended an occasion the sentence names itself)
    expect(contacts("Zelensky met Starmer in London on Saturday. On Sunday he travelled to a summit in Brussels, which Hungarian Prime Minister Viktor Orban also attended.", "2025-06-16")).not.toContain(
      "meeting Keir Starmer+Viktor Orban+Volodymyr Zelensky 2025-06-15 @Brussels",
    );
    expect(contacts("Keir Starmer convened a video call of leaders on Saturday, joined by Volodymyr Zelensky and Emmanuel Macron.", "2025-03-15")).toEqual([
      "phone_call Emmanuel Macron+Keir Starmer+Volodymyr Zelensky 2025-03-15",
    ]);
    // (one call with all, not one with each)
    expect(contacts("Keir Starmer hosted a virtual meeting with Volodymyr Zelensky and Emmanuel Macron on Saturday.", "2025-03-15")).toEqual([
      "phone_call Emmanuel Macron+Keir Starmer+Volodymyr Zelensky 2025-03-15",
    ]);
  });
});

describe("visitors to Kyiv one after another", () => {
  it("reads ', followed by A on 21 February and B on 23 February' as a visit each, on its own day, to the same host", () => {
    expect(contacts("Joe Biden came to Kyiv on 20 February, followed by Giorgia Meloni on 21 February and Pedro Sanchez on 23 February.", "2023-03-03")).toEqual([
      "visit Giorgia Meloni+Volodymyr Zelensky 2023-02-21 @Kyiv",
      "visit Pedro Sanchez+Volodymyr Zelensky 2023-02-23 @Kyiv",
      "visit Joe Biden+Volodymyr Zelensky 2023-02-20 @Kyiv",
    ]);
  });
});

describe("contacts of some of the people of a larger one (from probe 42)", () => {
  it("keeps a bilateral meeting, or one held alone, apart from the three-way meeting it was held beside, on its day", () => {
    expect(
      contacts("Recep Tayyip Erdogan and Antonio Guterres met Volodymyr Zelensky in Lviv on Thursday. Before the three-way talks, Erdogan and Zelensky held a bilateral meeting.", "2022-08-18"),
    ).toEqual(["meeting Antonio Guterres+Recep Tayyip Erdogan+Volodymyr Zelensky 2022-08-18 @Lviv", "meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2022-08-18"]);
    expect(contacts("Emmanuel Macron hosted Donald Trump and Volodymyr Zelensky at the Elysee Palace on Saturday. Macron had met Trump alone for about half an hour before Zelensky joined them.", "2024-12-08")).toEqual([
      "meeting Donald Trump+Emmanuel Macron+Volodymyr Zelensky 2024-12-07",
      "meeting Donald Trump+Emmanuel Macron 2024-12-07",
    ]);
    // (a day of its own from the larger one's, named there only: "a separate meeting on the sidelines")
    expect(contacts("Zelensky met Lloyd Austin and Boris Pistorius at NATO headquarters on Wednesday. Zelensky and Austin also held a bilateral meeting on the sidelines.", "2023-10-12")).toEqual([
      "meeting Boris Pistorius+Lloyd Austin+Volodymyr Zelensky 2023-10-11",
      "meeting Lloyd Austin+Volodymyr Zelensky 2023-10-11",
    ]);
    // (but a mention of some of them is the same contact: "The two leaders then held talks")
    expect(contacts("Erdogan and Guterres met Zelensky in Lviv on Thursday. Erdogan told Zelensky at the meeting that grain exports must go on.", "2022-08-18")).toEqual([
      "meeting Antonio Guterres+Recep Tayyip Erdogan+Volodymyr Zelensky 2022-08-18 @Lviv",
    ]);
  });
});

describe("more call and meeting wordings (from probe 42)", () => {
  it("reads 'in a separate call on Monday, A assured B', and 'he and North Korean leader Kim Jong Un signed a treaty'", () => {
    expect(contacts("In a separate call on Monday, German Chancellor Olaf Scholz assured Volodymyr Zelensky of Germany's solidarity.", "2022-10-10")).toEqual(["phone_call Olaf Scholz+Volodymyr Zelensky 2022-10-10"]);
    expect(contacts("On Wednesday, Vladimir Putin was in Pyongyang, where he and North Korean leader Kim Jong Un signed a strategic partnership treaty.", "2024-06-20")).toEqual(["meeting Kim Jong Un+Vladimir Putin 2024-06-19"]);
    // (not a call for something)
    expect(contacts("In a separate call for restraint on Monday, Scholz urged Putin and Zelensky to talk.", "2022-10-10")).toEqual([]);
  });

  it("does not read 'the call … and that Putin had answered it with missiles' as a call with those it names", () => {
    expect(contacts("Olaf Scholz spoke to Vladimir Putin by phone on Friday. Zelensky, whom Scholz had called before the conversation, said the call had opened Pandora's box and that Putin had answered it with missiles.", "2024-11-17")).toEqual([
      "phone_call Olaf Scholz+Vladimir Putin 2024-11-15",
    ]);
    // (but "a call on Friday with Putin" is one)
    expect(contacts("Scholz held a call on Friday with Putin.", "2024-11-17")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2024-11-15"]);
  });
});

describe("a 'he' who is one of two named together as the subject", () => {
  it("reads 'he and X signed', 'he and X held talks' and 'he signed … with X' as contacts of the one 'he' refers to", () => {
    expect(contacts("Zelensky was in Sweden on Wednesday. In Linkoping, he and Prime Minister Ulf Kristersson signed a letter of intent on Gripen jets.", "2025-10-23")).toEqual([
      "meeting Ulf Kristersson+Volodymyr Zelensky 2025-10-22",
    ]);
    expect(contacts("Putin landed in New Delhi on Thursday. On Friday he and Prime Minister Narendra Modi held talks at Hyderabad House.", "2025-12-07")).toEqual(["talks Narendra Modi+Vladimir Putin 2025-12-05"]);
    expect(contacts("Zelensky toured Europe for pledges. On Friday, he signed a bilateral security agreement with German Chancellor Olaf Scholz in Berlin, then flew to Paris, where he and French President Emmanuel Macron signed a similar pact.", "2024-02-18")).toEqual([
      "meeting Olaf Scholz+Volodymyr Zelensky 2024-02-16 @Berlin",
      "meeting Emmanuel Macron+Volodymyr Zelensky 2024-02-16 @Paris",
    ]);
  });
});

describe("contact verbs: discussed by telephone, stood beside, signed on a day", () => {
  it("reads 'A and B had discussed … by telephone', 'A stood beside B', 'A and B on Wednesday signed' and a treaty named in quotes", () => {
    expect(contacts("Erdogan and Putin had discussed the future of the corridor by telephone on August 2.", "2023-09-04")).toEqual(["phone_call Recep Tayyip Erdogan+Vladimir Putin 2023-08-02"]);
    expect(contacts("On Wednesday, Zelensky stood beside Biden at the White House.", "2022-12-22")).toEqual(["meeting Joe Biden+Volodymyr Zelensky 2022-12-21 @the White House"]);
    expect(contacts("Ukrainian President Volodymyr Zelensky and Prime Minister Ulf Kristersson on Wednesday signed a letter of intent on fighter jets.", "2025-10-23")).toEqual([
      "meeting Ulf Kristersson+Volodymyr Zelensky 2025-10-22",
    ]);
    expect(contacts('On Wednesday, Putin and Kim Jong Un signed a "comprehensive strategic partnership" treaty.', "2024-06-20")).toEqual(["meeting Kim Jong Un+Vladimir Putin 2024-06-19"]);
  });
});

describe("a minister named by country and office", () => {
  it("reads 'the Chinese diplomat' as the minister of that country named before, not its president", () => {
    expect(contacts("Xi Jinping is expected in Moscow in the spring. Earlier on Wednesday, Wang Yi held talks with Sergey Lavrov. On Tuesday, the Chinese diplomat met Security Council Secretary Nikolai Patrushev.", "2023-02-22")).toContain(
      "meeting Nikolai Patrushev+Wang Yi 2023-02-21",
    );
  });

  it("never reads 'the American envoy' (diplomat) as the head of state named before", () => {
    expect(contacts("Trump held a phone call with Putin on Tuesday. On Thursday, the American envoy met Putin in Moscow.", "2025-06-16")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-06-10",
    ]);
    expect(contacts("Putin held talks with Xi Jinping in the Kremlin on Tuesday. On Wednesday, the Chinese envoy met Lavrov to prepare the next round.", "2025-06-10")).toEqual([
      "talks Vladimir Putin+Xi Jinping 2025-06-10 @the Kremlin",
    ]);
  });
});

describe("a pair's earlier contact told after their contacts are counted", () => {
  it("reads 'their first, on February 12' after a semicolon, and two sentences after the contact", () => {
    expect(
      contacts("Putin told Trump in a phone call on Tuesday that he would halt strikes on energy sites. The Kremlin said Putin gave the order straight after the call. It was the second conversation between the two leaders since January; their first, on February 12, lasted about an hour and a half.", "2025-03-19"),
    ).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-03-18", "phone_call Donald Trump+Vladimir Putin 2025-02-12"]);
  });
});

describe("a group told again as 'the same leaders' (from probe 42)", () => {
  it("is those who came to the contact told last, on the day counted from it", () => {
    expect(
      contacts("On Friday, Cyril Ramaphosa and Macky Sall travelled to Kyiv, where they met Volodymyr Zelensky. Russia fired missiles at the capital.\n\nA day later the same leaders met Vladimir Putin in St Petersburg.", "2023-06-18"),
    ).toEqual(["visit Cyril Ramaphosa+Macky Sall+Volodymyr Zelensky 2023-06-16", "meeting Cyril Ramaphosa+Macky Sall+Vladimir Putin 2023-06-17 @St Petersburg"]);
  });
});

describe("a list of days of one pair's contacts (from probe 45)", () => {
  it("is one contact a day: 'four times: in Moscow on Feb. 11, again … on March 13', 'twice, on May 16 and June 2', 'on Saturday and again on Sunday'", () => {
    expect(contacts("Steve Witkoff has met Vladimir Putin four times: in Moscow on Feb. 11, again in Moscow on March 13, in St Petersburg on April 11 and in the Kremlin on April 25.", "2025-07-05").map((c) => c.split(" @")[0])).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-02-11",
      "meeting Steve Witkoff+Vladimir Putin 2025-03-13",
      "meeting Steve Witkoff+Vladimir Putin 2025-04-11",
      "meeting Steve Witkoff+Vladimir Putin 2025-04-25",
    ]);
    expect(contacts("Russia and Ukraine have met twice, in Istanbul, on May 16 and June 2, with delegations headed by Vladimir Medinsky and Rustem Umerov.", "2025-07-05").map((c) => c.split(" ").at(-2))).toEqual(["2025-05-16", "2025-06-02"]);
    expect(contacts("Zelensky spoke by phone with Trump on Saturday and again on Sunday, discussing air defence, and is expected at the White House on Friday.", "2025-10-14")).toEqual([
      "phone_call Donald Trump+Volodymyr Zelensky 2025-10-11",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-10-12",
    ]);
  });

  it("is not the days of one contact, nor another clause's day, nor each of its own people's", () => {
    expect(contacts("US Army Secretary Dan Driscoll met Kirill Dmitriev in Abu Dhabi on Monday and Tuesday.", "2025-11-27")).toHaveLength(1);
    expect(contacts("US officials met Rustem Umerov on Sunday, and on Monday held talks with Grigory Karasin.", "2025-03-26")).toEqual([
      "meeting Rustem Umerov+US delegation 2025-03-23",
      "meeting Grigory Karasin+US delegation 2025-03-24",
    ]);
    // (each of its own people's: a meeting each with Trump, never the three of them on each day)
    expect(contacts("Macron and Starmer both met Trump at the White House, on Monday and Thursday respectively.", "2025-03-01")).toEqual([
      "meeting Donald Trump+Emmanuel Macron 2025-02-24 @the White House",
      "meeting Donald Trump+Keir Starmer 2025-02-27 @the White House",
    ]);
    // (nor the last day heading a clause with another person or verb, nor a count told in an aside of another contact: the last
    // day's own partner is a contact of its own, on that day)
    expect(contacts("Zelensky spoke with Macron on Saturday and again on Sunday with Starmer, his office said.", "2025-06-10")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2025-06-07",
      "phone_call Keir Starmer+Volodymyr Zelensky 2025-06-08",
    ]);
    expect(contacts("Putin, who has spoken with Trump six times this year, held talks with Witkoff in the Kremlin on Thursday and again on Friday met Xi Jinping in Beijing.", "2025-06-10")).toHaveLength(1);
    expect(contacts("Putin, who has spoken with Trump six times this year, held talks with Witkoff in the Kremlin on Thursday and Friday.", "2025-06-10")).toHaveLength(1);
  });
});

describe("the next of a counted series (from probe 45)", () => {
  it("reads 'The second, on March 18' after 'The first call between Trump and Putin, on Feb. 12' as the pair's next contact", () => {
    expect(contacts("The first call between Donald Trump and Vladimir Putin, on Feb. 12, produced a promise of talks. The second, on March 18, lasted two and a half hours.", "2025-07-05")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
      "phone_call Donald Trump+Vladimir Putin 2025-03-18",
    ]);
    // (not a day before the one just told, nor with no series begun before)
    expect(contacts("Trump spoke with Putin on March 18. The second, on March 19, was a summit of EU leaders.", "2025-07-05")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-03-18"]);
    // (nor with no noun of its own and a predicate no contact's: the second exchange, not meeting)
    expect(contacts("The first meeting between the Russian and Ukrainian delegations, on May 16, agreed on two prisoner exchanges. The second, on June 1, was the largest of the war.", "2025-06-10")).not.toContainEqual(expect.stringContaining("2025-06-01"));
    expect(contacts("The first call between Trump and Putin, on Feb. 12, produced a promise of talks. The second call, on March 18, was longer.", "2025-07-05")).toContainEqual("phone_call Donald Trump+Vladimir Putin 2025-03-18");
  });
});

describe("a call held with words between 'held' and 'call' (from probe 45)", () => {
  it("reads 'held their first publicly confirmed call' and a fact box's 'FEB. 12 - … hold their first … call'", () => {
    expect(contacts("FEB. 12 - Trump and Putin hold their first publicly confirmed call.", "2025-10-17")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-02-12"]);
    expect(contacts("On Feb. 12 Trump and Putin held their first publicly confirmed call.", "2025-10-17")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-02-12"]);
  });
});

describe("a contact that opens with the one before it (from probe 45)", () => {
  it("dates 'After hanging up with the Russian leader, Trump phoned Zelensky' by the call told before, past sentences with no day", () => {
    expect(
      contacts('Trump said on Wednesday he had held a phone call with Putin. The call lasted nearly an hour and a half, according to the Kremlin. Putin invited Trump to visit Moscow, Peskov said. Trump later told reporters that he expected to meet Putin in Saudi Arabia, although no date has been fixed. "We will meet soon," he said. After hanging up with the Russian leader, Trump phoned Ukrainian President Volodymyr Zelensky.', "2025-02-12"),
    ).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-02-12", "phone_call Donald Trump+Volodymyr Zelensky 2025-02-12"]);
  });
});

describe("the day the next sentence gives an undated contact (from probe 45)", () => {
  it("dates 'Putin's talks … lasted nearly five hours' by 'the conversation on Tuesday evening' said next", () => {
    expect(contacts("Putin's talks in the Kremlin with Steve Witkoff and Jared Kushner lasted nearly five hours. Yuri Ushakov said the conversation on Tuesday evening had been useful.", "2025-12-03")).toEqual([
      "talks Jared Kushner+Steve Witkoff+Vladimir Putin 2025-12-02 @the Kremlin",
    ]);
  });
});

describe("contacts planned, asked for or called off (from probe 49)", () => {
  it("reads no contact in a plan nobody confirmed, a call for negotiations, a promise of talks or a summit that is off", () => {
    expect(contacts("The Wall Street Journal has reported that Xi Jinping plans to speak with Volodymyr Zelensky by video link after leaving Moscow, but neither side has confirmed the call.", "2023-03-21")).toEqual([]);
    expect(contacts("Chancellor Olaf Scholz spoke with Vladimir Putin by telephone on Friday. Scholz called on the Russian president to withdraw his troops and to enter negotiations with Ukraine.", "2024-11-15")).toEqual([
      "phone_call Olaf Scholz+Vladimir Putin 2024-11-15",
    ]);
    expect(contacts("Chinese state media said the call lasted nearly an hour. Xi told Zelensky that Beijing would send a special representative for Eurasian affairs to Ukraine and other countries for talks on a political settlement.", "2023-04-26")).toEqual([]);
    expect(contacts('Asked whether he would call Putin again soon, Trump said: "I\'ll be speaking to him, I think, pretty soon."', "2025-06-24")).toEqual([]);
    // (the call the idea came from was held: "after speaking with Putin by phone")
    expect(contacts("The White House said a summit between President Joe Biden and Vladimir Putin, which French President Emmanuel Macron had proposed, was off. Macron had floated the idea after speaking with Putin by phone for nearly two hours on Sunday.", "2022-02-23")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2022-02-20",
    ]);
  });
});

describe("a contact measured against the pair's one before (from probe 49)", () => {
  it("dates the contact by its own day, not the 'since' day, and reads 'the first conversation between the two since …'", () => {
    expect(contacts("Emmanuel Macron asked Vladimir Putin on Sunday to withdraw Russian weapons from the Zaporizhzhia nuclear power plant, the Elysee said. The telephone conversation was the first between the two leaders since August 19.", "2022-09-11")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2022-09-11",
      "phone_call Emmanuel Macron+Vladimir Putin 2022-08-19",
    ]);
    expect(contacts("German Chancellor Olaf Scholz spoke with Russian President Vladimir Putin by telephone on Friday. It was the first conversation between the two since September 13.", "2022-12-02")).toEqual([
      "phone_call Olaf Scholz+Vladimir Putin 2022-12-02",
      "phone_call Olaf Scholz+Vladimir Putin 2022-09-13",
    ]);
    expect(contacts("The attack came two days after German Chancellor Olaf Scholz held a one-hour telephone conversation with Putin — the first direct contact between the two leaders since December 2, 2022.", "2024-11-17")).toContainEqual(
      "phone_call Olaf Scholz+Vladimir Putin 2022-12-02",
    );
    // (not what happened on the day it counts from: no contact on the day of the invasion)
    expect(contacts("Trump spoke with Putin by phone on Wednesday. It was the first conversation between the two leaders since the full-scale invasion began on February 24, 2022.", "2025-02-13")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
    ]);
    expect(contacts("Macron spoke with Putin by phone on Sunday. It was the first conversation between the two since Russia invaded Ukraine on February 24, 2022.", "2025-02-10")).toEqual([
      "phone_call Emmanuel Macron+Vladimir Putin 2025-02-09",
    ]);
    // (not when the sentence names the pair of that earlier contact: its own)
    expect(contacts("Putin held a telephone conversation with Macron on Friday. It was their first conversation since May 28, when Putin spoke with Macron and German Chancellor Olaf Scholz.", "2022-08-20")).toContainEqual("phone_call Olaf Scholz+Vladimir Putin 2022-05-28");
  });
});

describe("who is named only in what was said beside the contact (from probe 49)", () => {
  it("leaves out whom a ', warning that …' clause names", () => {
    expect(contacts('President Joe Biden received Volodymyr Zelensky at the White House on Tuesday, warning that Congress\' failure to pass new funding for Ukraine would be "a Christmas gift" to Vladimir Putin.', "2023-12-13")).toEqual([
      "meeting Joe Biden+Volodymyr Zelensky 2023-12-12 @the White House",
    ]);
  });
});

describe("calls with each of two, each on its own day (from probe 49)", () => {
  it("dates 'with Putin on Sunday and with Zelensky on Monday' one call a day", () => {
    expect(contacts("Erdogan had spoken by phone with Vladimir Putin on Sunday and with Volodymyr Zelensky on Monday before offering to host the round.", "2022-03-29")).toEqual([
      "phone_call Recep Tayyip Erdogan+Vladimir Putin 2022-03-27",
      "phone_call Recep Tayyip Erdogan+Volodymyr Zelensky 2022-03-28",
    ]);
  });
});

describe("a meeting told as arranged after a call (from probe 49)", () => {
  it("reads 'The meeting was arranged after Zelensky spoke by phone on Sunday with Lukashenko' as the call", () => {
    expect(contacts("The meeting was arranged after President Volodymyr Zelensky spoke by phone on Sunday with Belarusian leader Alexander Lukashenko.", "2022-02-28")).toEqual([
      "phone_call Alexander Lukashenko+Volodymyr Zelensky 2022-02-27",
    ]);
  });
});

describe("a contact held 'in recent days' (from probe 49)", () => {
  it("gives it no day, not that of the contact told before", () => {
    expect(contacts("Erdogan spoke by phone with Vladimir Putin on Wednesday. Turkish Defence Minister Hulusi Akar had also held talks with his Russian counterpart Sergei Shoigu in recent days.", "2022-11-03")).toEqual([
      "phone_call Recep Tayyip Erdogan+Vladimir Putin 2022-11-02",
      "talks Hulusi Akar+Sergei Shoigu ?",
    ]);
  });
  it("dates a contact told as the day's news despite a time long before it belongs to", () => {
    expect(contacts("Vladimir Putin has held talks with Mongolia's president Ukhnaagiin Khurelsukh in Ulaanbaatar, in his first visit to a member state of the International Criminal Court since it issued a warrant for his arrest in March 2023.", "2024-09-03")).toEqual([
      "talks Ukhnaagiin Khurelsukh+Vladimir Putin 2024-09-03",
    ]);
    // (but not with a recent time of its own: that one is the contact's)
    expect(contacts("Putin has held talks with Khurelsukh in Ulaanbaatar last week.", "2024-09-03")).not.toContain("talks Ukhnaagiin Khurelsukh+Vladimir Putin 2024-09-03 @Ulaanbaatar");
  });

  it("dates 'has arrived in … for talks' and 'says he has had a phone call' on the day of the report", () => {
    expect(contacts("Zelensky has arrived in Stockholm for talks with the Swedish prime minister, Ulf Kristersson.", "2024-05-31")).toEqual(["talks Ulf Kristersson+Volodymyr Zelensky 2024-05-31 @Stockholm"]);
    expect(contacts('Zelensky says he has had a "very substantive" phone call with Steve Witkoff and Jared Kushner.', "2025-12-06")).toEqual([
      "phone_call Jared Kushner+Steve Witkoff+Volodymyr Zelensky 2025-12-06",
    ]);
  });

  it("dates 'He also held talks with …' by the contact told last, however far back, when that one is dated", () => {
    expect(contacts("Blinken met Zelensky in Kyiv on Wednesday.\nThe aid package is worth $1 billion.\nHe also held talks with Foreign Minister Dmytro Kuleba.", "2023-09-06")).toEqual([
      "meeting Antony Blinken+Volodymyr Zelensky 2023-09-06 @Kyiv",
      "talks Antony Blinken+Dmytro Kuleba 2023-09-06",
    ]);
    // (not a day named in between for something else)
    expect(
      contacts("Xi Jinping and Vladimir Putin held talks in Beijing on Thursday (May 16).\nIt was Putin's first trip abroad since he was sworn in for a fifth term on May 7.\nMr Putin also met Premier Li Qiang to discuss trade.", "2024-05-17"),
    ).toContain("meeting Li Qiang+Vladimir Putin 2024-05-16");
  });
});


describe("a gathering its chair held with those who came (from probe 54)", () => {
  it("reads 'chaired the session … attended in person' and '…, chaired by …' as a meeting of the chair with who came", () => {
    expect(contacts("U.S. Defense Secretary Lloyd Austin chaired the session on Wednesday, and Ukrainian Defence Minister Oleksii Reznikov attended in person.", "2022-10-12")).toEqual([
      "meeting Lloyd Austin+Oleksii Reznikov 2022-10-12",
    ]);
    expect(contacts("Addressing the 24th meeting of the Ukraine Defense Contact Group on Friday, chaired by U.S. Defense Secretary Lloyd Austin, Zelensky said Russia's air campaign had grown.", "2024-09-06")).toEqual([
      "meeting Lloyd Austin+Volodymyr Zelensky 2024-09-06",
    ]);
    // (a leader's own staff is no diplomacy)
    expect(contacts("Zelensky chaired a meeting of the Stavka on Tuesday, with Syrskyi and Umerov reporting on air defence.", "2024-09-06")).toEqual([]);
  });

  it("reads 'joined the … meeting chaired by …' as a meeting with its chair, its own leg after one told before it", () => {
    expect(contacts("Zelensky joined the Ukraine Defence Contact Group meeting chaired by US Defence Secretary Lloyd Austin on Wednesday.", "2023-10-13")).toEqual([
      "meeting Lloyd Austin+Volodymyr Zelensky 2023-10-11",
    ]);
    // (a trip that opens with the journey: each contact after it its own, not one of all three)
    expect(contacts("On Wednesday Zelensky flew on to NATO headquarters, where he met Secretary General Jens Stoltenberg and then joined the Ukraine Defence Contact Group meeting chaired by US Defence Secretary Lloyd Austin.", "2023-10-13")).toEqual([
      "meeting Jens Stoltenberg+Volodymyr Zelensky 2023-10-11",
      "meeting Lloyd Austin+Volodymyr Zelensky 2023-10-11",
    ]);
    // (one country's meeting, whoever chaired it, is none; and one verb's list after the journey stays one contact)
    expect(contacts("Zelensky attended a meeting chaired by Prime Minister Denys Shmyhal on Wednesday.", "2023-10-13")).toEqual([]);
    expect(contacts("On Wednesday Zelensky flew to Brussels, where he met Stoltenberg and Lloyd Austin.", "2023-10-13")).toEqual([
      "meeting Jens Stoltenberg+Lloyd Austin+Volodymyr Zelensky 2023-10-11",
    ]);
  });

  it("leaves out a leader named only for his government or time in office ('under the Biden administration')", () => {
    expect(contacts("The last meeting of the Ukraine Defense Contact Group under the Biden administration was held on Jan. 9 at Ramstein air base, where Zelensky, attending in person, asked U.S. Defense Secretary Lloyd Austin for more air defence.", "2025-01-15")).toEqual([
      "meeting Lloyd Austin+Volodymyr Zelensky 2025-01-09",
    ]);
  });
});

describe("contacts told by other words (from probes 52 and 53)", () => {
  it("reads 'held consultations with' a team as talks, not a treaty's consultations", () => {
    expect(contacts("The Ukrainian delegation led by Andriy Yermak held consultations with the American team in Geneva on Sunday. The US side was represented by Secretary of State Marco Rubio and Special Envoy Steve Witkoff.", "2025-11-23")[0]).toBe(
      "talks Andriy Yermak+Marco Rubio+Steve Witkoff 2025-11-23 @Geneva",
    );
    expect(contacts("Tusk said Poland had invoked Article 4 of the NATO treaty, which provides for consultations among allies, after talking to Zelensky about the drones.", "2025-09-10")).toEqual([]);
  });

  it("reads a call made 'during a break in the talks' as the call, on the talks' day", () => {
    expect(contacts("Zelensky met Trump at the White House on Monday.\nDuring a break in the talks, Trump called Vladimir Putin.", "2025-08-19")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-08-18 @the White House",
      "phone_call Donald Trump+Vladimir Putin 2025-08-18",
    ]);
  });

  it("reads 'apologised to Aliyev by phone' as a call and 'sitting beside Rutte' as a meeting", () => {
    expect(contacts("On Saturday Vladimir Putin apologised to Aliyev by phone for what he called a tragic incident.", "2024-12-29")).toEqual(["phone_call Ilham Aliyev+Vladimir Putin 2024-12-28"]);
    expect(contacts("On July 14, sitting beside NATO Secretary General Mark Rutte in the Oval Office, Donald Trump announced new deliveries of Patriot systems.", "2025-07-29")).toEqual(["meeting Donald Trump+Mark Rutte 2025-07-14"]);
    // (not sitting beside someone unnamed, nor a plan)
    expect(contacts("Sitting beside his ministers, Zelensky said he would like to meet Trump soon.", "2025-07-29")).toEqual([]);
  });
});

describe("contacts told by a noun phrase (from probe 53)", () => {
  it("reads 'at their meeting on October 17' and a timeline line whose label is its own sentence", () => {
    expect(contacts("Zelensky came back to Washington, and at their meeting on October 17, Trump told Zelensky that he would rather not hand over Tomahawks.", "2025-10-25")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-10-17",
    ]);
    // (with more than one word before the noun: "at their first face-to-face meeting"; not one still to come)
    expect(contacts("In Samarkand, Russian President Vladimir Putin told Chinese leader Xi Jinping on Thursday at their first face-to-face meeting since the war began that he understood Beijing's concerns.", "2022-09-16")).toEqual([
      "meeting Vladimir Putin+Xi Jinping 2022-09-15",
    ]);
    expect(contacts("Putin told Chinese leader Xi Jinping on Thursday that he would raise it at their first face-to-face meeting since the war began.", "2022-09-16")).toEqual([]);
    const timeline = pageOf("Every Trump-Putin contact since January\n\nMarch 18: the energy truce. In a call lasting more than two hours, Putin agreed to a 30-day pause in strikes on energy infrastructure.\n\nAugust 6: the breakthrough. Witkoff met Putin in the Kremlin. Within two days, the summit in Alaska was announced.", { published: "2025-08-14" } as never);
    expect(extractContacts(timeline, null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date}`)).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-03-18",
      "meeting Steve Witkoff+Vladimir Putin 2025-08-06",
    ]);
  });

  it("keeps a meeting whose signing was called off, and reads 'were told to start talks' as no talks held", () => {
    expect(contacts("A meeting between Trump and Zelensky at the White House on February 28 ended in a shouting match, and a planned minerals deal signing was called off.", "2025-03-05")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-02-28 @the White House",
    ]);
    expect(contacts("After Trump spoke with Putin on Monday, Russia and Ukraine were told to start talks.", "2025-05-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
  });
});

describe("a contact so many days before the news (from probes 53 and 54)", () => {
  it("dates '… two days after Scholz held a phone call with Putin' in a lead from the day named for the news", () => {
    expect(contacts("Russia launched one of its biggest air attacks of the war overnight and on Sunday morning, forcing power cuts across the country two days after German Chancellor Olaf Scholz held a phone call with Vladimir Putin.", "2024-11-17")).toEqual([
      "phone_call Olaf Scholz+Vladimir Putin 2024-11-15",
    ]);
    // (a contact of that day itself stays on it)
    expect(contacts("Scholz held a phone call with Vladimir Putin on Sunday, two days after Russia struck Odesa.", "2024-11-17")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2024-11-17"]);
  });

  it("dates an article's opening 'Five days after Trump and Putin met …' from the report's day when nothing before names another", () => {
    expect(contacts("Analysis | 20 August 2025\nFive days after Donald Trump and Vladimir Putin met at a military base near Anchorage, the contours of what was agreed are becoming clearer.", "2025-08-20")).toEqual([
      "meeting Donald Trump+Vladimir Putin 2025-08-15",
    ]);
  });
});

describe("the pair's contact before, named after 'since' (from probe 52)", () => {
  it("reads 'the first conversation … since their meeting in the Oval Office on February 28' as a meeting that day", () => {
    expect(contacts("Zelensky held a phone conversation with Trump on Wednesday, March 19. It was the first conversation between the two leaders since their meeting in the Oval Office on February 28.", "2025-03-19")).toEqual([
      "phone_call Donald Trump+Volodymyr Zelensky 2025-03-19",
      "meeting Donald Trump+Volodymyr Zelensky 2025-02-28",
    ]);
    // (no noun after it: the kind of the one just told)
    expect(contacts("Zelensky held a phone conversation with Trump on Wednesday, March 19. It was the first conversation between the two leaders since February 28.", "2025-03-19")).toEqual([
      "phone_call Donald Trump+Volodymyr Zelensky 2025-03-19",
      "phone_call Donald Trump+Volodymyr Zelensky 2025-02-28",
    ]);
  });
});

describe("narrowed after review: contacts told beside another's", () => {
  it("dates 'X also met Y' by the contact told last only when X was in it ('Viktor Orban also met Putin' after Modi's meeting is not that day)", () => {
    const text = "Indian Prime Minister Narendra Modi met Vladimir Putin in Moscow on July 8.\nThe visit drew criticism in the West. Viktor Orban also met Putin in Moscow, days after visiting Kyiv, angering EU partners.";
    expect(contacts(text, "2024-07-10")).toContain("meeting Viktor Orban+Vladimir Putin ? @Moscow");
  });

  it("reads no meeting in one still to come ('are to discuss Tomahawk missiles at their meeting on Friday')", () => {
    expect(contacts("Zelensky and Trump are to discuss Tomahawk missiles at their meeting on Friday, Zelensky's office said on Wednesday.", "2025-10-15")).toEqual([]);
  });

  it("counts back from the report's day only by the main clause's verb, and not from a hedged span", () => {
    expect(contacts("Three days after Trump met Putin in Alaska, Zelensky was in Washington with a group of European leaders who have backed him throughout the war.", "2025-09-01")).toEqual([
      "meeting Donald Trump+Vladimir Putin ? @Alaska",
    ]);
    expect(contacts("Russia launched 200 drones on Saturday, forcing power cuts, less than a week after Olaf Scholz held a phone call with Vladimir Putin.", "2024-11-17")).not.toContain("phone_call Olaf Scholz+Vladimir Putin 2024-11-09");
  });

  it("reads a chair's gathering only with one told as come to it, and 'attended in person' only of a gathering named", () => {
    expect(contacts("Putin chaired a meeting of the Security Council on Friday to discuss the peace plan Witkoff brought to Moscow, the Kremlin said.", "2025-11-28")).toEqual([]);
    expect(contacts("Zelensky attended in person on Saturday, while Biden sent Vice President Kamala Harris.", "2024-06-15")).toEqual([]);
  });
});

describe("contacts only named, quoted or still ahead", () => {
  it("leaves out whom only the quoted words name, not a contact told inside the quotation", () => {
    expect(contacts('Trump said he then spoke with Ukrainian President Volodymyr Zelensky, who, he wrote on his social media platform, "like President Putin, wants to make PEACE."', "2025-02-12")).toEqual([
      "phone_call Donald Trump+Volodymyr Zelensky 2025-02-12",
    ]);
    expect(contacts('Trump told Fox News after the summit that it was now "up to President Zelensky to get it done".', "2025-08-16")).toEqual([]);
    expect(contacts('"I spoke with President Putin today," Trump said.', "2025-08-12")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-08-12"]);
  });

  it("reads no contact in one scheduled, set for later this year, or named as what would be", () => {
    expect(contacts("The Trump-Putin summit in Alaska is scheduled for Friday.", "2025-08-12")).toEqual([]);
    expect(contacts("Mr. Modi also invited Mr. Putin for the annual India-Russia summit later this year, for which dates are yet to be finalised.", "2025-08-12")).toEqual([]);
    expect(contacts("A bilateral meeting between Putin and Zelensky, which Trump said on Monday he had begun to arrange, would test which reading is right.", "2025-08-20")).toEqual([]);
    // (nor what was said in a call: "in a telephone conversation that payments … would be switched")
    expect(contacts("On Wednesday, Putin told German Chancellor Olaf Scholz in a telephone conversation that payments for Russian gas supplies would be switched to roubles from April 1, the Kremlin said.", "2022-04-01")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2022-03-30"]);
    // (a contact told by its verb stays one, whatever is to follow it)
    expect(contacts("Erdogan had a meeting with Zelensky in Ankara on Thursday, which will be followed by talks.", "2025-05-16")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-05-15 @Ankara"]);
  });
});

describe("a call told after a visit or meeting by the same subject", () => {
  it("reads the visit without whom only the call names, and the call with them", () => {
    expect(contacts("On 10 May, Emmanuel Macron, Friedrich Merz, Keir Starmer and Donald Tusk travelled to Kyiv together and called Trump from Zelensky's office to demand an unconditional truce.", "2025-08-20")).toEqual([
      "visit Donald Tusk+Emmanuel Macron+Friedrich Merz+Keir Starmer+Volodymyr Zelensky 2025-05-10 @Kyiv",
      "phone_call Donald Trump+Donald Tusk+Emmanuel Macron+Friedrich Merz+Keir Starmer+Volodymyr Zelensky 2025-05-10",
    ]);
    expect(contacts("Macron met Scholz in Berlin on Monday and then called Biden.", "2023-05-10")).toEqual(["meeting Emmanuel Macron+Olaf Scholz 2023-05-08 @Berlin", "phone_call Emmanuel Macron+Joe Biden 2023-05-08"]);
    // (not what he said of a call, nor a clause with a subject of its own)
    expect(contacts("Macron met Scholz in Berlin on Monday and said he had called Biden.", "2023-05-10")).toEqual(["meeting Emmanuel Macron+Olaf Scholz 2023-05-08 @Berlin"]);
  });
});

describe("a contact told after a semicolon with a subject of its own", () => {
  it("reads the clause's contact apart, on its own day or so many days after the first", () => {
    expect(contacts("Steve Witkoff carried it to Moscow and saw Putin on 13 March; five days later, Trump and Putin spoke for more than two hours and agreed only to a pause.", "2025-08-20")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-03-13",
      "phone_call Donald Trump+Vladimir Putin 2025-03-18",
    ]);
    // (a trip's next leg, with no subject of its own, stays the trip's; one seen on a screen is not met)
    expect(contacts("Erdogan met Putin in Sochi on Monday; he also held talks with Lavrov.", "2025-03-20")).toEqual(["meeting Recep Tayyip Erdogan+Vladimir Putin 2025-03-17 @Sochi", "meeting Recep Tayyip Erdogan+Sergey Lavrov 2025-03-17"]);
    expect(contacts("Zelensky saw Putin on television on Monday.", "2025-03-20")).toEqual([]);
  });
  it("reads a clause after ', and' or ', while' that names its own subject before its own verb as a contact apart", () => {
    expect(contacts("Starmer had been at the White House on Thursday for talks with Trump, while French President Emmanuel Macron met Trump in Washington on Monday.", "2025-02-28")).toEqual([
      "talks Donald Trump+Keir Starmer 2025-02-27 @the White House",
      "meeting Donald Trump+Emmanuel Macron 2025-02-24 @Washington",
    ]);
    expect(contacts("U.S. Defense Secretary Lloyd Austin visited Kyiv on 20 November and met Zelensky, and Germany's Boris Pistorius met Zelensky there the next day.", "2023-12-01")).toEqual([
      "visit Lloyd Austin+Volodymyr Zelensky 2023-11-20 @Kyiv",
      "meeting Boris Pistorius+Volodymyr Zelensky 2023-11-21",
    ]);
    // (a clause of the same subject, or one that tells no contact held, stays the sentence's one contact)
    expect(contacts("Erdogan hosted Zelensky in Istanbul on Monday, and Zelensky thanked Erdogan for the grain deal.", "2025-03-20")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-03-17 @Istanbul"]);
    expect(contacts("Erdogan hosted Zelensky in Istanbul on Monday, and Zelensky met Ukrainian sailors there.", "2025-03-20")).toEqual(["meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-03-17 @Istanbul"]);
  });
});

describe("contacts told as a pair that spoke or faced each other, and on a list of days", () => {
  it("reads 'picked up the phone to', 'X and Y spoke again', and 'faced each other' on each day of its list", () => {
    expect(contacts("When Donald Trump picked up the phone to Vladimir Putin on 12 February, the sky over Kyiv was quiet.", "2025-08-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-02-12"]);
    expect(contacts("Between the first and second rounds, Trump and Putin spoke again, on 19 May, for two hours.", "2025-08-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
    expect(contacts("Vladimir Medinsky and Rustem Umerov faced each other in Istanbul on 16 May, on 2 June and on 23 July.", "2025-08-20")).toEqual([
      "talks Rustem Umerov+Vladimir Medinsky 2025-05-16 @Istanbul",
      "talks Rustem Umerov+Vladimir Medinsky 2025-06-02 @Istanbul",
      "talks Rustem Umerov+Vladimir Medinsky 2025-07-23 @Istanbul",
    ]);
    // (not one who spoke again in public, nor armies that faced each other; two days running are one contact)
    expect(contacts("Putin spoke again at the forum on Monday, a day after Zelensky's speech.", "2025-08-20")).toEqual([]);
    expect(contacts("The two armies faced each other in Donbas on Monday, Putin said after Zelensky's speech.", "2025-08-20")).toEqual([]);
    expect(contacts("Umerov met Witkoff in Miami on Monday and on Tuesday.", "2025-08-20")).toEqual(["meeting Rustem Umerov+Steve Witkoff 2025-08-18 @Miami"]);
  });
});

describe("separate calls told in the plural", () => {
  it("reads 'held separate calls on Monday with Macron and Scholz' as a call with each", () => {
    expect(contacts("Zelensky also said he had held separate calls on Monday with Macron and Scholz.", "2022-10-11")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2022-10-10",
      "phone_call Olaf Scholz+Volodymyr Zelensky 2022-10-10",
    ]);
    // (not calls made for something: "held calls for a ceasefire")
    expect(contacts("Zelensky and Macron held separate calls for a ceasefire on Monday.", "2022-10-11")).toEqual([]);
  });
});

describe("a contact named again, and people named in what did not happen", () => {
  const withHeadline = (headline: string, text: string, pub: string) => {
    const a = articleOf(text, pub);
    return extractContacts({ ...a, meta: { ...a.meta, headline } }, null).map((c) => `${c.kind} ${c.participants.join("+")} ${c.date ?? "?"}`);
  };

  it("reads 'The talks were held in a three-on-three format' as the summit told before, on its day, not the headline's", () => {
    expect(
      withHeadline(
        "No deal in Anchorage: Trump and Putin end Alaska summit without ceasefire",
        "U.S. President Donald Trump and Russian President Vladimir Putin met for nearly three hours in Anchorage on Friday.\n\nTrump greeted Putin on a red carpet on the tarmac. The talks were held in a three-on-three format, with Secretary of State Marco Rubio and envoy Steve Witkoff joining Trump, and Foreign Minister Sergey Lavrov and aide Yuri Ushakov accompanying Putin.",
        "2025-08-16",
      ),
    ).toEqual(["meeting Donald Trump+Marco Rubio+Sergey Lavrov+Steve Witkoff+Vladimir Putin+Yuri Ushakov 2025-08-15"]);
    // (not a contact timed against another: "The meeting took place a day after Wang Yi received Kuleba")
    expect(contacts("Lavrov and Wang Yi held talks in Vientiane on Thursday. The meeting took place a day after Wang Yi received Ukrainian Foreign Minister Dmytro Kuleba in Guangzhou.", "2024-07-26")).toEqual([
      "talks Sergey Lavrov+Wang Yi 2024-07-25",
      "meeting Dmytro Kuleba+Wang Yi 2024-07-24",
    ]);
  });

  it("adds those 'The talks, held in a three-on-three format, included' to the contact told just before", () => {
    expect(
      contacts(
        "US President Donald Trump and Russian President Vladimir Putin met for nearly three hours at a military base in Anchorage on Friday. The talks, held in a three-on-three format, included Secretary of State Marco Rubio and special envoy Steve Witkoff on the US side and Foreign Minister Sergey Lavrov and presidential aide Yuri Ushakov on the Russian side.",
        "2025-08-16",
      ),
    ).toEqual(["meeting Donald Trump+Marco Rubio+Sergey Lavrov+Steve Witkoff+Vladimir Putin+Yuri Ushakov 2025-08-15 @Anchorage"]);
  });

  it("keeps 'the two leaders' of the first clause apart from the call after the semicolon", () => {
    expect(
      withHeadline(
        "Trump and Putin end Alaska summit without ceasefire deal",
        "The two leaders met for nearly three hours in Anchorage on Friday; Trump then called Zelensky and European leaders.",
        "2025-08-16",
      ),
    ).toEqual(["meeting Donald Trump+Vladimir Putin 2025-08-15", "phone_call Donald Trump+Volodymyr Zelensky ?"]);
    // (a first clause that names its own pair keeps it)
    expect(contacts("Trump met Putin in Anchorage on Friday; Trump then called Zelensky.", "2025-08-16")[0]).toBe("meeting Donald Trump+Vladimir Putin 2025-08-15 @Anchorage");
  });

  it("leaves out who is named only in a contact left open or asked about", () => {
    expect(contacts('Peskov said Moscow was waiting for Washington to brief it on the outcome of the talks and that no phone call between Putin and Trump was planned "at the moment".', "2025-03-11")).toEqual([]);
    expect(contacts("- Whether Trump and Putin speak by phone, as the White House has been hinting.", "2025-03-13")).toEqual([]);
    // (but those a relative clause says spoke are of that call)
    expect(contacts("He said no date had yet been set for a meeting between Vladimir Putin and Donald Trump, who spoke by phone on Feb. 12, but that it was unlikely to happen next week.", "2025-02-19")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-12",
    ]);
    expect(contacts("Trump met Putin in Anchorage on Friday, and a meeting between Putin and Zelensky was ruled out.", "2025-08-16")).toEqual(["meeting Donald Trump+Vladimir Putin 2025-08-15 @Anchorage"]);
  });
});

describe("a planned contact's purpose or venue (from probe 62)", () => {
  it("reads no contact in the talks or meeting a planned contact is for or at; keeps one held there", () => {
    expect(contacts("Ukrainian and Russian delegations are due to meet in Istanbul on Monday for a second round of direct talks.", "2025-06-01")).toEqual([]);
    expect(contacts("Coming up: US Secretary of State Marco Rubio is expected to meet Sergey Lavrov on Thursday on the sidelines of an ASEAN meeting in Kuala Lumpur.", "2025-07-08")).toEqual([]);
    expect(contacts("Rubio met Lavrov on Thursday on the sidelines of an ASEAN meeting in Kuala Lumpur.", "2025-07-12")).toEqual(["meeting Marco Rubio+Sergey Lavrov 2025-07-10"]);
    // (a clause of its own after the comma)
    expect(contacts("Zelensky, who is due to visit Washington, held talks with Rutte on Monday.", "2025-06-01")).toEqual(["talks Mark Rutte+Volodymyr Zelensky 2025-05-26 @Washington"]);
  });
});

describe("a contact pressed for (from probe 62)", () => {
  it("reads no contact in one pressed or called for; keeps one held where something else was", () => {
    expect(contacts("One of the deadliest attacks on Kyiv since the full-scale invasion began came as Washington pressed for a Putin–Zelensky summit.", "2025-08-28")).toEqual([]);
    expect(contacts("Kyiv has called for a meeting of the leaders of Russia and Ukraine.", "2025-08-28")).toEqual([]);
    expect(contacts("Zelensky pressed for Patriots during his talks with Trump on Monday.", "2025-08-28")).toEqual(["talks Donald Trump+Volodymyr Zelensky 2025-08-25"]);
    expect(contacts("Trump called for a ceasefire after meeting with Putin on Friday.", "2025-08-28")).toEqual(["meeting Donald Trump+Vladimir Putin 2025-08-22"]);
  });
});

describe("a call and the talks the sentence goes on to name (from probe 62)", () => {
  it("reads no call of the delegations whose talks were backed; keeps the call between a pair", () => {
    expect(contacts("The call lasted about 40 minutes, Kremlin aide Yuri Ushakov said, and the two leaders backed the idea of direct talks between Russian and Ukrainian delegations.", "2025-08-19")).toEqual([]);
    expect(contacts("The call between Trump and Putin lasted about 40 minutes on Monday.", "2025-08-19")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-08-18"]);
  });
});

describe("'the two leaders' after a pronoun's contact (from probe 62)", () => {
  it("reads the pronoun and whom the sentence names, not the pair told before; the pair told before when it is the subject", () => {
    expect(contacts("Narendra Modi spoke by phone with Vladimir Putin on Tuesday. He had spoken with US President Joe Biden the previous day, when the two leaders discussed Ukraine and Bangladesh.", "2024-08-27")).toEqual([
      "phone_call Narendra Modi+Vladimir Putin 2024-08-27",
      "phone_call Joe Biden+Narendra Modi 2024-08-26",
    ]);
    expect(contacts("Narendra Modi spoke by phone with Vladimir Putin on Tuesday. The two leaders spoke for over an hour.", "2024-08-27")).toEqual(["phone_call Narendra Modi+Vladimir Putin 2024-08-27"]);
  });
});

describe("a guest's own contact in a relative clause (from probe 62)", () => {
  it("reads the host with the guest, and the guest with whom the clause names; not a clause of what he has done before", () => {
    expect(contacts("In Moscow on Wednesday, Vladimir Putin received India's External Affairs Minister Subrahmanyam Jaishankar, who also held talks with Sergey Lavrov.", "2023-12-29")).toEqual([
      "meeting Subrahmanyam Jaishankar+Vladimir Putin 2023-12-27 @Moscow",
      "meeting Sergey Lavrov+Subrahmanyam Jaishankar 2023-12-27 @Moscow",
    ]);
    // (no leg of its own for what the guest has done before)
    expect(contacts("In Moscow on Wednesday, Vladimir Putin received Subrahmanyam Jaishankar, who has met Lavrov many times.", "2023-12-29")).not.toContain(
      "meeting Sergey Lavrov+Subrahmanyam Jaishankar 2023-12-27 @Moscow",
    );
  });
});

describe("leaders named as their group", () => {
  const g7June2022 = "Boris Johnson+Emmanuel Macron+Fumio Kishida+Joe Biden+Justin Trudeau+Mario Draghi+Olaf Scholz";
  it("reads 'the G7 leaders' as the heads of the G7 states in office that day, meeting or addressed by video", () => {
    expect(contacts("The G7 leaders gathered at Schloss Elmau in the Bavarian Alps on Sunday.", "2022-06-28")).toEqual([`meeting ${g7June2022} 2022-06-26`]);
    expect(contacts("Zelensky had addressed the G7 leaders by video link on Monday morning.", "2022-06-28")).toEqual([`phone_call ${g7June2022}+Volodymyr Zelensky 2022-06-27`]);
    // (the group first, its meeting after a comma, and "Leaders" opening the sentence; not without a gathering)
    expect(contacts("Leaders of the Group of Seven, meeting at Schloss Elmau in the Bavarian Alps on Sunday, said they condemned the attack.", "2022-06-28")).toEqual([`meeting ${g7June2022} 2022-06-26`]);
    expect(contacts("Leaders of the Group of Seven condemned the attack on Sunday.", "2022-06-28")).toEqual([]);
    // (the participle opening the sentence before the leaders; not before one man)
    expect(contacts("Meeting at Schloss Elmau in the Bavarian Alps on Sunday, the leaders of the Group of Seven said in a joint statement that the attack was a war crime.", "2022-06-28")).toEqual([`meeting ${g7June2022} 2022-06-26`]);
    expect(contacts("Meeting at the Kremlin on Sunday, Putin said the strikes on Ukraine would go on.", "2022-06-28")).toEqual([]);
    // ("the leaders" of the next sentence are the group the sentence before named; not one of another paragraph)
    expect(contacts("The G7 leaders condemned the attack on Monday. Zelensky had spoken to the leaders by video link on Monday morning.", "2022-06-28")).toEqual([`phone_call ${g7June2022}+Volodymyr Zelensky 2022-06-27`]);
    expect(contacts("The G7 leaders condemned the attack on Monday.\n\nZelensky had spoken to the leaders by video link on Monday morning.", "2022-06-28")).toEqual([]);
    // ("them" right after the address's verb, of the group the sentence before named; not "them" as what was asked of them)
    expect(contacts("The G7 leaders condemned the attack on Monday. Zelensky had addressed them by video link earlier on Monday, asking for more air defence systems.", "2022-06-28")).toEqual([`phone_call ${g7June2022}+Volodymyr Zelensky 2022-06-27`]);
    expect(contacts("The G7 leaders condemned the attack on Monday. Zelensky had asked them for more air defence systems by video link earlier on Monday.", "2022-06-28")).toEqual([]);
    // (not "called them", a naming; nor "them" after a group the sentence itself names, "speaking to lawmakers")
    expect(contacts("G7 leaders pledged a $50 billion loan to Ukraine on Monday. Zelensky called them true friends in a video call with reporters.", "2022-06-28")).toEqual([]);
    expect(contacts("G7 leaders pledged new sanctions on Monday. Zelensky, speaking to lawmakers in the Verkhovna Rada, addressed them by video link from the front.", "2022-06-28")).toEqual([]);
    // (in November 2022 Britain's and Italy's heads were others)
    expect(contacts("US President Joe Biden convened an emergency round table of G7 and NATO leaders in Bali on Wednesday.", "2022-11-16")).toEqual([
      "meeting Emmanuel Macron+Fumio Kishida+Giorgia Meloni+Joe Biden+Justin Trudeau+Olaf Scholz+Rishi Sunak 2022-11-16",
    ]);
  });

  it("keeps two members' own talks beside the group's meeting, and reads no group in a statement, a plan or another clause", () => {
    expect(contacts("The G7 leaders sat down for their first working session at Schloss Elmau on Sunday.\nBoris Johnson and Emmanuel Macron held talks on the sidelines of the summit on Sunday.", "2022-06-26")).toEqual([
      `meeting ${g7June2022} 2022-06-26`,
      "talks Boris Johnson+Emmanuel Macron 2022-06-26",
    ]);
    expect(contacts("G7 leaders said in a joint statement on Monday that their support for Ukraine would last.", "2022-06-28")).toEqual([]);
    expect(contacts("G7 leaders are due to hold a video conference with Zelensky later on Friday.", "2022-06-28")).toEqual([]);
    expect(contacts("Zelensky spoke by phone with U.S. President Joe Biden on Monday, and on Tuesday joined an emergency video conference of Group of Seven leaders.", "2022-10-12")[0]).toBe("phone_call Joe Biden+Volodymyr Zelensky 2022-10-10");
  });
});

describe("a team as whom a trip's leg met", () => {
  it("splits a trip whose later leg met a state's unnamed team, each leg with its own day", () => {
    expect(contacts("Witkoff met Putin in Moscow on Tuesday and then held talks with Ukrainian officials in Abu Dhabi on Wednesday.", "2025-11-26")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-11-25 @Moscow",
      "meeting Steve Witkoff+Ukrainian delegation 2025-11-26 @Abu Dhabi",
    ]);
    expect(contacts("Witkoff flew to Moscow to meet Putin on Tuesday, then to Abu Dhabi where he met Ukrainian officials.", "2025-11-26")).toEqual([
      "meeting Steve Witkoff+Vladimir Putin 2025-11-25",
      "meeting Steve Witkoff+Ukrainian delegation 2025-11-25",
    ]);
    // (one contact whose team is named before its verb stays one: not a leg of its own)
    expect(contacts("Rubio met Lavrov in Riyadh on Tuesday, where the Russian delegation also included Ushakov.", "2025-02-19")).toHaveLength(1);
  });
});

describe("Europe's leaders gathered by one of them", () => {
  it("reads a meeting of European leaders as one with the leader who gathered them", () => {
    expect(contacts("French President Emmanuel Macron hosted an emergency meeting of European leaders in Paris on Monday, but it produced no common line.", "2025-02-19")).toEqual([
      "meeting Emmanuel Macron+European leaders 2025-02-17 @Paris",
    ]);
    expect(contacts("A diplomat involved in preparing Emmanuel Macron's meeting of European leaders in Paris on Monday said the strike was a message.", "2025-02-19")).toEqual([
      "meeting Emmanuel Macron+European leaders 2025-02-17 @Paris",
    ]);
    expect(contacts("European leaders, meeting in Paris on Monday at the invitation of French President Emmanuel Macron, discussed the talks.", "2025-02-19")).toEqual([
      "meeting Emmanuel Macron+European leaders 2025-02-17 @Paris",
    ]);
  });

  it("reads no gathering in a call for one, an invitation or a statement, and none beside leaders of two countries", () => {
    expect(contacts("Macron's call for a meeting of European leaders went unanswered.", "2025-02-19")).toEqual([]);
    // (a possessive of a day, not of a leader who gathered them)
    expect(contacts("Macron said last week's meeting of European leaders in Paris had been useful.", "2025-02-26")).toEqual([]);
    expect(contacts("Starmer will host a summit of European leaders in London on Sunday.", "2025-02-19")).toEqual([]);
    expect(contacts("Zelensky called on European leaders to help Ukraine build a drone wall.", "2025-02-19")).toEqual([]);
    expect(contacts("Trump hosted Zelensky at a meeting of European leaders at the White House on Monday.", "2025-08-19")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-08-18 @the White House",
    ]);
  });
});

describe("a contact proposed as the next step", () => {
  it("reads no contact in what should or must be held", () => {
    expect(contacts("Ukrainian Defence Minister Rustem Umerov said the next step should be a meeting between Presidents Volodymyr Zelensky and Vladimir Putin.", "2025-05-16")).toEqual([]);
    expect(contacts("Erdogan said Putin must meet Zelensky in person.", "2025-05-16")).toEqual([]);
    // (what should have come of one held is still the contact held)
    expect(contacts("Zelensky met Erdogan in Ankara on Thursday, a meeting that should have produced more.", "2025-05-16")).toEqual([
      "meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-05-15 @Ankara",
    ]);
  });

  it("takes the heads of the teams, not the leaders one of them spoke of", () => {
    const text =
      "ISTANBUL - Russian and Ukrainian delegations met face to face in Istanbul on Friday.\nThe only concrete outcome was a deal to exchange prisoners. Ukrainian Defence Minister Rustem Umerov, who led Kyiv's team, said the next step should be a meeting between Presidents Volodymyr Zelensky and Vladimir Putin. The head of the Russian delegation, Kremlin aide Vladimir Medinsky, said Moscow was satisfied.";
    expect(contacts(text, "2025-05-16")).toEqual(["meeting Rustem Umerov+Vladimir Medinsky 2025-05-16 @Istanbul"]);
  });
});

describe("whom only what was said names", () => {
  it("leaves out of a contact whom only a statement after its cue names", () => {
    expect(contacts("Erdogan said after the talks that he hoped to bring Putin and Zelensky together in Istanbul or Ankara with Trump.", "2025-06-02")).toEqual([]);
    expect(contacts("In Tirana, where European leaders were gathered for a summit, French President Emmanuel Macron said Russia's stance showed that Putin \"does not want peace\".", "2025-05-16")).toEqual([]);
    // (a contact the statement tells itself keeps its people)
    expect(contacts("Macron said at the summit on Friday that he had spoken with Putin.", "2025-05-16")).toEqual(["meeting Emmanuel Macron+Vladimir Putin 2025-05-16"]);
    expect(contacts("Washington said it would resume intelligence sharing that it had paused after the Oval Office clash between Zelensky and Trump on February 28.", "2025-03-12")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-02-28",
    ]);
    expect(contacts("Tusk warned of a direct clash between Russia and NATO.", "2025-03-12")).toEqual([]);
  });

  it("reads what was said without 'that', a clause right after the verb or 'saying', and a contact it only names again, but keeps one it tells", () => {
    expect(contacts("Zelensky, speaking at the NATO summit in Vilnius on Wednesday, said Putin must lose the war.", "2023-07-13")).toEqual([]);
    expect(contacts("German Chancellor Olaf Scholz spoke with Russian President Vladimir Putin by phone on Friday. Speaking at the G20 summit in Rio de Janeiro on Monday, Scholz said the call had been \"important\" because it allowed him to tell Putin directly that he could not count on Germany's support fading.", "2024-11-20")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2024-11-15"]);
    expect(contacts("German Chancellor Olaf Scholz defended his decision on Sunday before leaving for the G20 summit in Rio de Janeiro, saying it was important to tell Putin directly that he could not count on Germany's support weakening.", "2024-11-18")).toEqual([]);
    expect(contacts("Speaking at the G20 summit in Rio on Monday, Scholz said he had met Chinese President Xi Jinping there.", "2024-11-20")[0]).toContain("Olaf Scholz+Xi Jinping");
    expect(contacts("Sitting beside Zelensky before their talks in New York on Friday, Trump said he had a very good relationship with Putin.", "2024-09-27")).toEqual(["talks Donald Trump+Volodymyr Zelensky 2024-09-27 @New York"]);
  });
});

describe("who judges a contact, or is asked about it", () => {
  it("leaves out who criticises or is asked about a contact named by another's possessive or an article, but keeps one's own", () => {
    expect(contacts("Zelensky criticised Orban's visit to Moscow, saying nobody had authorised him to negotiate on Ukraine's behalf.", "2024-07-06")).toEqual([]);
    expect(contacts("Polish Prime Minister Donald Tusk condemned the talks between Steve Witkoff and Kirill Dmitriev.", "2025-10-27")).toEqual(["talks Kirill Dmitriev+Steve Witkoff ?"]);
    expect(contacts("Italian Prime Minister Giorgia Meloni, asked about Trump's call with Putin, said Italy had not been consulted.", "2025-05-20")).toEqual(["phone_call Donald Trump+Vladimir Putin ?"]);
    expect(contacts("German Chancellor Olaf Scholz defended his call with Putin on Sunday.", "2024-11-18")).toEqual(["phone_call Olaf Scholz+Vladimir Putin 2024-11-17"]);
   });

  it("keeps one who comments on 'the' call with one partner as its other party, not one who comments on another's", () => {
    expect(contacts("Trump commented on the call with Putin on Tuesday, saying it had been productive.", "2025-07-10")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-07-08"]);
    expect(contacts("Trump commented on Macron's call with Putin on Tuesday.", "2025-07-10")).toEqual(["phone_call Emmanuel Macron+Vladimir Putin 2025-07-08"]);
    expect(contacts("Trump was asked about Macron's call with Putin on Tuesday.", "2025-07-10")).toEqual(["phone_call Emmanuel Macron+Vladimir Putin 2025-07-08"]);
    expect(contacts("Zelensky criticised the meeting with Putin on Tuesday.", "2025-07-10")).toEqual([]);
  });

  it("reads 'the' call with a partner the article told a contact with before as that one told again, not the commenter's own", () => {
    expect(contacts("Trump spoke with Putin for two hours on Monday. On Tuesday Zelensky commented on the call with Putin, saying Kyiv must not be left out.", "2025-07-10")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-07-07",
    ]);
    expect(contacts("Trump commented on the call with Putin on Tuesday, saying it had been productive.", "2025-07-10")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-07-08"]);
  });
});

describe("a news conference held together", () => {
  it("reads two leaders before the press together as a meeting, with the one a pronoun opens on, but not a conference with journalists or one still ahead", () => {
    expect(contacts("Russia's Foreign Minister Sergei Lavrov, who spent the week in Africa, again denied Moscow was to blame for the food crisis. At a news conference with Ugandan President Yoweri Museveni in Entebbe on Tuesday, he said Russia had \"never refused\" to export grain.", "2022-07-31")).toEqual([
      "meeting Sergey Lavrov+Yoweri Museveni 2022-07-26",
    ]);
    expect(contacts("At a joint press conference with Zelensky in Kyiv on Tuesday, Scholz said Germany would send more air defence.", "2025-07-10")).toEqual(["meeting Olaf Scholz+Volodymyr Zelensky 2025-07-08 @Kyiv"]);
    expect(contacts("Zelensky held a press conference with Ukrainian journalists on Tuesday.", "2025-07-10")).toEqual([]);
    expect(contacts("Scholz will hold a press conference with Zelensky in Kyiv on Tuesday.", "2025-07-10")).toEqual([]);
  });
});

describe("what a contact was held to do", () => {
  it("leaves out whom only the purpose told after the contact names, but keeps those met and one it was to be done with", () => {
    expect(contacts("Biden met his national security team on Monday to discuss a response to Putin.", "2025-07-10")).toEqual([]);
    expect(contacts("Macron met Zelensky in Paris on Monday to discuss Putin's offer.", "2025-07-10")).toEqual(["meeting Emmanuel Macron+Volodymyr Zelensky 2025-07-07 @Paris"]);
    expect(contacts("Rubio met Lavrov in Riyadh on Monday to discuss a meeting between Trump and Putin.", "2025-07-10")).toEqual(["meeting Marco Rubio+Sergey Lavrov 2025-07-07 @Riyadh"]);
  });

  it("ends the purpose where a clause of its own opens, at 'and' with a name its verb follows", () => {
    expect(contacts("Zelensky met Trump at the White House on Friday to discuss air defence and Macron and Starmer later joined them.", "2025-07-10")).toEqual([
      "meeting Donald Trump+Emmanuel Macron+Keir Starmer+Volodymyr Zelensky 2025-07-04 @the White House",
    ]);
    expect(contacts("Umerov met Witkoff in Miami on Sunday to discuss the plan and Kushner, who also attended, said progress was made.", "2025-07-10")).toEqual([
      "meeting Jared Kushner+Rustem Umerov+Steve Witkoff 2025-07-06 @Miami",
    ]);
    // (a name the purpose itself joins by "and" stays out)
    expect(contacts("Biden met his national security team on Monday to discuss a response to Putin and Xi's new pact.", "2025-07-10")).toEqual([]);
  });
});

describe("those a contact had on each side", () => {
  it("adds those named on each side to the contact told just before, of its kind", () => {
    expect(
      contacts("The talks between Putin and Trump in Anchorage on Friday were useful, Ushakov told reporters.\nThe talks lasted about three hours in a narrow format, with Sergey Lavrov and Ushakov on the Russian side and Marco Rubio and Steve Witkoff on the American side.", "2025-08-16"),
    ).toEqual(["talks Donald Trump+Marco Rubio+Sergey Lavrov+Steve Witkoff+Vladimir Putin+Yuri Ushakov 2025-08-15 @Anchorage"]);
    // (talks told after a call are their own)
    expect(contacts("Trump spoke by phone with Putin on Monday.\nThe talks in Riyadh lasted four hours, with Lavrov on the Russian side and Rubio on the American side.", "2025-02-19")).toEqual([
      "phone_call Donald Trump+Vladimir Putin 2025-02-17",
      "talks Marco Rubio+Sergey Lavrov 2025-02-17 @Riyadh",
    ]);
  });
});

describe("a video conference named by its day", () => {
  it("reads one who took part in a weekday's video conference, on that day", () => {
    expect(contacts("Nawrocki took part in last Wednesday's video conference with Trump, Zelensky and European leaders organised by German Chancellor Friedrich Merz, his office noted.", "2025-08-19")).toEqual([
      "phone_call Donald Trump+Friedrich Merz+Karol Nawrocki+Volodymyr Zelensky 2025-08-13",
    ]);
    // (one still to come is none)
    expect(contacts("Nawrocki will take part in Wednesday's video conference with Trump and Zelensky.", "2025-08-19")).toEqual([]);
  });
});

describe("who is named only in what a contact was about", () => {
  it("leaves out one named only in what the contact told of, 'to brief them on what Putin had said'", () => {
    expect(contacts("On Monday Trump held a joint call with Zelensky, French President Emmanuel Macron, Italian Prime Minister Giorgia Meloni and Finnish President Alexander Stubb to brief them on what Putin had said.", "2025-05-20")).toEqual([
      "phone_call Alexander Stubb+Donald Trump+Emmanuel Macron+Giorgia Meloni+Volodymyr Zelensky 2025-05-19",
    ]);
    // (who is named before it is the contact's: "spoke with Putin about what Zelensky had proposed")
    expect(contacts("On Monday Trump spoke with Putin about what Zelensky had proposed.", "2025-05-20")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-05-19"]);
  });

  it("keeps a joint call of several apart from a call with one of them told beside it", () => {
    expect(
      contacts("On Monday Trump spoke to Zelensky. Later that day, Trump held a joint call with Zelensky, Macron, Meloni and Stubb.", "2025-05-20"),
    ).toEqual(["phone_call Donald Trump+Volodymyr Zelensky 2025-05-19", "phone_call Alexander Stubb+Donald Trump+Emmanuel Macron+Giorgia Meloni+Volodymyr Zelensky 2025-05-19"]);
    // (the same call told twice, without "joint", is one)
    expect(contacts("On Monday Trump held a call with Zelensky, Macron, Meloni and Stubb. Trump's call with Zelensky lasted an hour.", "2025-05-20")).toEqual([
      "phone_call Alexander Stubb+Donald Trump+Emmanuel Macron+Giorgia Meloni+Volodymyr Zelensky 2025-05-19",
    ]);
  });
});

describe("a contact whose subject is the group of the contact told just before", () => {
  const visit = "On Saturday, French President Emmanuel Macron, German Chancellor Friedrich Merz, British Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk arrived in Kyiv by train and held talks with Zelensky.";
  const five = "Donald Trump+Donald Tusk+Emmanuel Macron+Friedrich Merz+Keir Starmer+Volodymyr Zelensky";
  it("reads 'the five leaders' and 'they' as all of that contact's people", () => {
    expect(contacts(`${visit} Together, the five leaders called US President Donald Trump, and then announced that they backed a ceasefire.`, "2025-05-11")[1]).toBe(`phone_call ${five} 2025-05-10`);
    // (not dated by when a truce they asked for begins)
    expect(contacts(`${visit} From the presidential office they held a joint phone call with Donald Trump, after which they called on Russia to accept a 30-day ceasefire from Monday.`, "2025-05-11")[1]).toBe(`phone_call ${five} 2025-05-10`);
    // (or with one more in the same sentence: "and with Zelensky they phoned Trump")
    expect(contacts("On 10 May, Macron, Friedrich Merz, Starmer and Donald Tusk travelled to Kyiv together by night train, and with Zelensky they phoned Trump from the Mariinskyi Palace.", "2025-09-05")[1]).toBe(`phone_call ${five} 2025-05-10`);
  });

  it("not when the number is not theirs, nor 'they' of what someone said", () => {
    expect(contacts(`${visit} Together, the three leaders called US President Donald Trump.`, "2025-05-11")).toHaveLength(1);
    expect(contacts(`${visit} Ukrainian officials said they had spoken with Trump.`, "2025-05-11")[1]).toBe("phone_call Donald Trump+Ukrainian delegation 2025-05-10");
  });
});

describe("a contact told as its subject's second deed", () => {
  it("leaves out whom only the first deed names, when it is no contact", () => {
    expect(contacts("Russian President Vladimir Putin faced a rare public rebuke from Indian Prime Minister Narendra Modi on Friday and later held talks with Turkish President Tayyip Erdogan.", "2022-09-16")).toEqual([
      "talks Recep Tayyip Erdogan+Vladimir Putin 2022-09-16",
    ]);
    expect(contacts("Putin hears Modi's rebuke, meets Erdogan in Samarkand.", "2022-09-16")).toEqual(["meeting Recep Tayyip Erdogan+Vladimir Putin 2022-09-16"]);
  });

  it("keeps a co-subject of the first deed, and a first deed that is a contact itself", () => {
    expect(contacts("French President Emmanuel Macron and German Chancellor Olaf Scholz flew to Kyiv on Thursday and met Zelensky.", "2022-06-16")).toEqual([
      "visit Emmanuel Macron+Olaf Scholz+Volodymyr Zelensky 2022-06-16",
    ]);
    expect(contacts("Putin met Modi on Friday and later held talks with Erdogan.", "2022-09-16")).toEqual([
      "meeting Narendra Modi+Vladimir Putin 2022-09-16",
      "meeting Recep Tayyip Erdogan+Vladimir Putin 2022-09-16",
    ]);
  });
});

describe("a contact held before someone arrived", () => {
  it("leaves out the one who arrived, and takes the day of the contact told before", () => {
    expect(contacts("Trump hosted Zelensky at his Palm Beach estate on Sunday for nearly three hours of talks. Before Zelensky arrived, Trump spoke by phone with Vladimir Putin for more than an hour.", "2025-12-29")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky 2025-12-28",
      "phone_call Donald Trump+Vladimir Putin 2025-12-28",
    ]);
  });

  it("keeps him when the pronoun after it is he", () => {
    expect(contacts("After Zelensky arrived in Washington on Monday, he met Trump at the White House.", "2025-08-19")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-08-18 @Washington"]);
  });
});

describe("a day named in a relative clause about a person", () => {
  it("is not the contact's when the contact's own clause names another", () => {
    expect(contacts("Zelensky, who flew to Washington on Sunday, met Trump at the White House on Monday.", "2025-08-19")).toEqual(["meeting Donald Trump+Volodymyr Zelensky 2025-08-18 @the White House"]);
    expect(contacts("Macron, who won a second term on April 24, spoke to Ukrainian President Volodymyr Zelensky on Saturday, the presidency said.", "2022-05-02")).toEqual([
      "phone_call Emmanuel Macron+Volodymyr Zelensky 2022-04-30",
    ]);
  });

  it("stays when no day of the contact's own clause replaces it, and a clause about the contact is the contact's", () => {
    expect(contacts("Zelensky, who arrived in Singapore on Saturday for the Shangri-La Dialogue security forum, met U.S. Defense Secretary Lloyd Austin on the sidelines of the gathering, according to his office, and used the trip to drum up attendance for the peace summit Switzerland is hosting on June 15-16.", "2024-06-02")).toEqual([
      "meeting Lloyd Austin+Volodymyr Zelensky 2024-06-01",
    ]);
    expect(contacts("Dan Driscoll's talks with a Russian delegation in Abu Dhabi, which began on Monday, continued on Tuesday.", "2025-11-25")[0]).toContain("2025-11-24");
  });
});

describe("a contact told to someone", () => {
  it("leaves out whom it was told to", () => {
    expect(contacts("Putin condemned Israel's military operation against Iran and told Trump about his telephone conversations on Friday with Iranian President Masoud Pezeshkian and Israeli Prime Minister Benjamin Netanyahu.", "2025-06-15")).toEqual([
      "phone_call Masoud Pezeshkian+Vladimir Putin 2025-06-13",
      "phone_call Benjamin Netanyahu+Vladimir Putin 2025-06-13",
    ]);
  });

  it("keeps one told things in the contact, and the one who held it as a passive's agent", () => {
    expect(contacts("Polish President Andrzej Duda said on Monday that he had been briefed by Zelensky on his call with Biden.", "2022-12-06")).toEqual(["phone_call Joe Biden+Volodymyr Zelensky 2022-12-05"]);
    expect(contacts("Putin told Trump during their phone call on Saturday that the operation would go on.", "2025-06-15")).toEqual(["phone_call Donald Trump+Vladimir Putin 2025-06-14"]);
  });
});

describe("a signing in someone's presence", () => {
  it("is a meeting of those who signed and those before whom", () => {
    expect(contacts("On 22 July, in Istanbul, Russia's Sergei Shoigu and Ukraine's Oleksandr Kubrakov signed separate, mirror-image agreements with Turkey and the United Nations, in the presence of Recep Tayyip Erdogan and Antonio Guterres, to reopen Ukraine's Black Sea ports.", "2022-07-25")).toEqual([
      "meeting Antonio Guterres+Oleksandr Kubrakov+Recep Tayyip Erdogan+Sergei Shoigu 2022-07-22 @Istanbul",
    ]);
    expect(contacts("The deal was signed in Istanbul's Dolmabahce Palace on July 22, in the presence of Erdogan and UN Secretary-General Antonio Guterres, by Russian Defence Minister Sergei Shoigu and Ukrainian Infrastructure Minister Oleksandr Kubrakov.", "2022-07-25")).toHaveLength(1);
  });

  it("is nothing where nothing was signed", () => {
    expect(contacts("Notre-Dame reopened on Saturday evening in the presence of Emmanuel Macron, Donald Trump and Volodymyr Zelensky.", "2024-12-08")).toEqual([]);
  });
});

describe("a leader named only as whose envoy went", () => {
  it("reads no contact of the leader whose unnamed envoy or aide held it, but keeps one whose envoy is named", () => {
    expect(contacts("Putin's envoy met Steve Witkoff in Miami on Saturday.", "2025-10-27")).toEqual([]);
    expect(contacts("Zelensky's chief of staff met Trump's envoy in Geneva on Sunday.", "2025-10-27")).toEqual([]);
    expect(contacts("Putin's envoy Kirill Dmitriev met Steve Witkoff in Miami on Saturday.", "2025-10-27")).toEqual(["meeting Kirill Dmitriev+Steve Witkoff 2025-10-25 @Miami"]);
    expect(contacts("Trump's envoy Steve Witkoff then took it to Moscow and met Putin last Thursday, after being kept waiting for several hours.", "2025-03-19")).toHaveLength(1);
  });
});

describe("a sentence that lists items of news", () => {
  it("reads each item's contact with its own people, and none of a plan in another item", () => {
    expect(contacts("Quick recap: Russia launched 273 drones overnight; a young woman was killed in the Kyiv region; Zelensky met US Vice-President JD Vance and Secretary of State Marco Rubio in Rome; and Donald Trump says he will speak to Vladimir Putin by phone tomorrow, Monday.", "2025-05-18")).toEqual(["meeting JD Vance+Marco Rubio+Volodymyr Zelensky ? @Rome"]);
    expect(contacts("Witkoff saw Putin on 13 March; five days later, Trump and Putin spoke for more than two hours.", "2025-03-20")).toEqual(["meeting Steve Witkoff+Vladimir Putin 2025-03-13", "phone_call Donald Trump+Vladimir Putin 2025-03-18"]);
  });

  it("reads a list of names set apart by semicolons, items with no verb of their own, as one sentence", () => {
    expect(contacts("Zelensky met European leaders including Emmanuel Macron of France; Friedrich Merz of Germany; and Keir Starmer of Britain.", "2025-07-10")).toEqual([
      "meeting Emmanuel Macron+Friedrich Merz+Keir Starmer+Volodymyr Zelensky ?",
    ]);
  });

  it("reads items that go on with 'he' with the first item's subject, and still apart from each other", () => {
    expect(contacts("On Friday, Zelensky met Erdogan in Ankara; on Saturday, he met Macron; on Sunday, he met Merz in Berlin.", "2025-05-18")).toEqual([
      "meeting Recep Tayyip Erdogan+Volodymyr Zelensky 2025-05-16 @Ankara",
      "meeting Emmanuel Macron+Volodymyr Zelensky 2025-05-17",
      "meeting Friedrich Merz+Volodymyr Zelensky 2025-05-18 @Berlin",
    ]);
    expect(contacts("Summary: Trump met Zelensky in the Oval Office; he interrupted the session to phone Vladimir Putin; and he says he has begun arranging a Putin-Zelensky meeting.", "2025-08-18")).toEqual([
      "meeting Donald Trump+Volodymyr Zelensky ?",
      "phone_call Donald Trump+Vladimir Putin ?",
    ]);
  });

  it("dates each item by the time the sentence opens with, unless the item names its own", () => {
    expect(contacts("On Friday: Zelensky met Macron in Tirana; Erdogan met Merz in Ankara; and Trump spoke with Putin by phone.", "2025-05-18")).toEqual([
      "meeting Emmanuel Macron+Volodymyr Zelensky 2025-05-16 @Tirana",
      "meeting Friedrich Merz+Recep Tayyip Erdogan 2025-05-16 @Ankara",
      "phone_call Donald Trump+Vladimir Putin 2025-05-16",
    ]);
    expect(contacts("On Friday: Zelensky met Macron in Tirana; on Saturday, Erdogan met Merz in Ankara; and Trump spoke with Putin by phone.", "2025-05-18")).toEqual([
      "meeting Emmanuel Macron+Volodymyr Zelensky 2025-05-16 @Tirana",
      "meeting Friedrich Merz+Recep Tayyip Erdogan 2025-05-17 @Ankara",
      "phone_call Donald Trump+Vladimir Putin 2025-05-16",
    ]);
  });
});

describe("teams named only in what a contact is timed against are that event's", () => {
  it("leaves out the teams of 'a day before … delegations were to hold talks', but keeps the team met before the time", () => {
    expect(contacts("Zelensky met Saudi Crown Prince Mohammed bin Salman in Jeddah on Monday, a day before Ukrainian and U.S. delegations were to hold talks in the city.", "2025-03-10")).toEqual([
      "meeting Mohammed bin Salman+Volodymyr Zelensky 2025-03-10 @Jeddah",
    ]);
    expect(contacts("Rubio met Ukrainian officials in Jeddah on Tuesday, a day after the talks in Riyadh.", "2025-03-11")).toEqual(["meeting Marco Rubio+Ukrainian delegation 2025-03-11 @Jeddah"]);
  });
});
