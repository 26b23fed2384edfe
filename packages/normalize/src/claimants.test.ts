import { describe, expect, it } from "vitest";
import { namedPersonIn } from "./claimants.ts";
import { extractClaims } from "./extract.ts";
import { articleOf, pageOf } from "./test-helpers.ts";

/** value:side per figure: whose side each figure is given to. */
function sides(text: string, published = "2025-09-08"): string[] {
  return extractClaims(articleOf(text, published)).map((c) => `${c.value}:${c.claimant_side}`);
}

describe("a source told after the figures or once for them all", () => {
  const table = "The record nights compared.\nDate | Drones | Missiles\n29 Dec 2023 | 36 | 122\n9 Jul 2025 | 728 | 13\n";

  it("gives a table's rows the source a note right under it names: '(Source: Ukrainian Air Force. Dates are …)'", () => {
    expect(sides(`${table}(Source: Ukrainian Air Force. Dates are the morning the attack ended.)\nTwo things jump out.`)).toEqual(["36:UA", "122:UA", "728:UA", "13:UA"]);
    expect(sides(`${table}Figures: Russian Defence Ministry\nTwo things jump out.`)).toEqual(["36:RU", "122:RU", "728:RU", "13:RU"]);
    // (not a note that stands apart from the table, nor one that lists each side's bodies or an outlet)
    expect(sides(`${table}Two things jump out.\n(Source: Ukrainian Air Force.)`)).toEqual(["36:unknown", "122:unknown", "728:unknown", "13:unknown"]);
    expect(sides(`${table}(Sources: Ukrainian Air Force, Russian Defence Ministry.)`)).toEqual(["36:unknown", "122:unknown", "728:unknown", "13:unknown"]);
    expect(sides(`${table}Source: Meridian Wire.`)).toEqual(["36:unknown", "122:unknown", "728:unknown", "13:unknown"]);
  });

  it("gives the nights the source an opening says their figures are 'taken from' or 'drawn from'", () => {
    const nights = "NIGHT BY NIGHT\nTue 18 Nov: 72 drones launched, 60 drones downed.";
    const opening = "THE WEEK IN THE SKY\nIssue 94 | Monday 24 November 2025\nYou are receiving this because you subscribed.\nHello from Kyiv. Below, as always, the nights one by one, with launch and interception figures taken from the Air Force's morning statements.";
    expect(sides(`${opening}\n${nights}`, "2025-11-24")).toEqual(["72:UA", "60:UA"]);
    expect(sides(`Russia's campaign has grown. Here are key figures, drawn mainly from the daily reports of Ukraine's Air Force.\n${nights}`, "2025-11-24")).toEqual(["72:UA", "60:UA"]);
    // (not figures the opening says are drawn from something else: a passing use of the words names no source)
    expect(sides(`Russia's campaign has grown. Here are key figures, drawn from a long year of war.\n${nights}`, "2025-11-24")).toEqual(["72:unknown", "60:unknown"]);
    // (nor a passing one after a figure was told: "those figures were taken from …" speaks of that figure only)
    expect(sides(`Russia launched 40 drones at Kyiv.\nThose figures were taken from the Air Force's statements.\n${nights}`, "2025-11-24")).toEqual(["40:unknown", "72:unknown", "60:unknown"]);
  });

  it("gives a list's lines that open on a date the source its intro line names: '07.09.2025 — 810 drones, 13 missiles.'", () => {
    const intro = "Russia attacked Ukraine with 464 drones overnight, the Air Force said.\nThe Air Force's figures for the largest attacks since September, listed by the date of its morning report:";
    expect(sides(`${intro}\n07.09.2025 — 810 drones, 13 missiles. The Cabinet building caught fire.\n28.09.2025 — 595 drones, 48 missiles.`, "2025-11-25")).toEqual(["464:UA", "810:UA", "13:UA", "595:UA", "48:UA"]);
    // (not lines under an intro that names no source: the outlet's own recollection of older nights)
    const own = "Russia attacked Ukraine with 464 drones overnight, the Air Force said.\nThe largest attacks since September, by the date they ended:";
    expect(sides(`${own}\n07.09.2025 — 810 drones, 13 missiles.`, "2025-11-25")).toEqual(["464:UA", "810:unknown", "13:unknown"]);
  });
});

describe("a Russian region's head or ministry the word lists do not know", () => {
  it("gives it Russia's side by the gazetteer's Russian regions: 'Udmurtia's head', 'Tatarstan's Health Ministry', 'the Crimean health ministry'", () => {
    expect(sides("Udmurtia's head, Alexander Brechalov, said three people had been killed.", "2025-07-01")).toEqual(["3:RU"]);
    expect(sides("Tatarstan's Health Ministry said 12 people were injured in Yelabuga.", "2025-07-01")).toEqual(["12:RU"]);
    expect(sides("The Crimean health ministry said 13 people were injured.", "2025-07-01")).toEqual(["13:RU"]);
    // (not a Ukrainian city's office, nor a name the lexicon does not know)
    expect(sides("Kherson's health ministry said two people were injured.", "2025-07-01")).toEqual(["2:unknown"]);
    expect(sides("Ivan Petrenko said two people were injured.", "2025-07-01")).toEqual(["2:unknown"]);
  });
});

describe("whose count a figure is told by", () => {
  it("reads one list of count words, one or several, after 'by X's' and before 'is': 'by the Air Force's daily tallies', 'The ministry's count is'", () => {
    expect(sides("Russia launched 40 drones overnight, by the Ukrainian Air Force's daily tallies.")).toEqual(["40:UA"]);
    expect(sides("Russia launched 40 drones overnight, by the Air Force's own count.")).toEqual(["40:UA"]);
    expect(sides("The Russian Defence Ministry's count is 40 drones shot down over the Bryansk region.")).toEqual(["40:RU"]);
    // (not a word that tells no count: "by the Air Force's base" is a place)
    expect(sides("Russia launched 40 drones overnight, hitting a depot by the Air Force's base.")).toEqual(["40:unknown"]);
  });
});

describe("whose the tolls are, as a note says once", () => {
  const lead = "Russian drones struck Odesa overnight, killing two people and injuring five. The Air Force said 40 drones were launched.";
  it("gives tolls no one gives the source a note names: 'casualty figures are from local authorities', '(Figures from regional officials.)'", () => {
    expect(sides(`${lead}\nCasualty figures are from local authorities.`)).toEqual(["2:UA", "5:UA", "40:UA"]);
    expect(sides(`${lead}\nLaunch figures are those of the Air Force; casualty figures are the latest given by regional military administrations.`)).toEqual(["2:UA", "5:UA", "40:UA"]);
    expect(sides(`${lead}\n(Figures from regional officials.)`)).toEqual(["2:UA", "5:UA", "40:UA"]);
  });
  it("does not take a passing toll or a note that names no one source for a note on the tolls", () => {
    expect(sides(`${lead}\nThe death toll from the strike on Sunday rose to 35.`)).toEqual(["2:unknown", "5:unknown", "40:UA", "35:unknown"]);
    expect(sides(`${lead}\nFigures are those given by the officials named; we have not been able to verify them independently.`)).toEqual(["2:unknown", "5:unknown", "40:UA"]);
    expect(sides(`${lead}\nThe earliest figures came from the regional governor.`)).toEqual(["2:unknown", "5:unknown", "40:UA"]);
  });
});

describe("a recalled record told as a body's own", () => {
  it("gives it that body: 'the Air Force's previous record, …, stood at 479 drones'; not a record the outlet recalls on its own", () => {
    expect(sides("For reference: the Air Force's previous record, on the night of 8-9 June, stood at 479 drones and 20 missiles.", "2025-07-04")).toEqual(["479:UA", "20:UA"]);
    expect(sides("Russia launched 188 drones overnight. For context: the previous record, which the Air Force logged on the night of 9-10 November, was 145 drones, of which 62 were shot down.", "2023-12-01").slice(1)).toEqual(["145:UA", "62:UA"]);
    expect(sides("The previous record, 728 drones, was set on July 9.", "2025-09-08")).toEqual(["728:unknown"]);
    expect(sides("Monday's record attack surpassed the Air Force's previous record of 728 drones, set on July 9.", "2025-09-08")).toContain("728:UA");
  });
});

describe("Ukraine's regional commands", () => {
  const said = (who: string) => sides(`ODESA, June 9 - ${who} said 14 drones were shot down over the Odesa region overnight.`);
  it("gives Ukraine's side to 'Southern Operational Command' and 'the Operational Command \"South\"', its quoted part read as its name", () => {
    expect(said("Southern Operational Command")).toEqual(["14:UA"]);
    expect(said('The Operational Command "South"')).toEqual(["14:UA"]);
    expect(said("The Operational Command “South”")).toEqual(["14:UA"]);
    expect(said("The Southern Defence Forces")).toEqual(["14:UA"]);
    expect(sides('According to Air Command "West", six missiles were launched from the waters of the Black Sea.', "2022-03-18")).toEqual(["6:UA"]);
    expect(sides("According to Air Command “West”, six missiles were launched from the waters of the Black Sea.", "2022-03-18")).toEqual(["6:UA"]);
    // (not a quoted word that follows no name: 'The "Khortytsia" group' is a name the lists do not know)
    expect(said('The "Khortytsia" group')).toEqual(["14:unknown"]);
  });
});

describe("attribution as translated copy words it", () => {
  const lead = "Drones attacked the Dnipropetrovsk region overnight, governor Serhiy Lysak said.";
  it("reads 'By his words', 'By the data of the Air Force', a present-tense inverted verb, a dash after a quote and a press office", () => {
    expect(sides(`${lead} By his words, 12 drones were shot down over the region.`)).toEqual(["12:UA"]);
    expect(sides("By the data of the Air Force, 40 drones were shot down overnight.")).toEqual(["40:UA"]);
    expect(sides("As informs the press-centre of the Air Force, 40 drones were shot down overnight.")).toEqual(["40:UA"]);
    expect(sides('"Two people were killed in the Nikopol district," - wrote Lysak on Telegram.')).toEqual(["2:UA"]);
    expect(sides("Two people were killed in Nikopol overnight, reports the press service of the regional military administration.")).toEqual(["2:UA"]);
    expect(sides("Fifteen people were killed in Belgorod, reported the press service of the Ministry of Emergency Situations of Russia.", "2024-05-13")).toEqual(["15:RU"]);
    expect(sides("Commander-in-Chief Valeriy Zaluzhnyi refined the figures. In total today the enemy launched 84 cruise missiles.", "2022-10-10")).toEqual(["84:UA"]);
  });
  it("reads 'About this informed X' and 'This was reported on the morning of 8 August by X' for the sentences around it", () => {
    const attack = "In the afternoon the occupiers attacked Kryvyi Rih with a ballistic missile.";
    expect(sides(`${attack} About this informed the head of the regional military administration Serhiy Lysak. Two people were injured.`, "2024-10-17")).toEqual(["2:UA"]);
    expect(sides(`Two people were killed in Kharkiv. About this informed the head of Kharkiv Regional Military Administration Oleh Syniehubov in his Telegram channel.`, "2023-02-05")).toEqual(["2:UA"]);
    expect(sides("The number of people killed in Pokrovsk has risen to nine. This was reported on the morning of 8 August by the head of the Donetsk Regional Military Administration, Pavlo Kyrylenko.", "2023-08-08")).toEqual(["9:UA"]);
    // (an outlet that relays it is no source)
    expect(sides(`Two people were killed in Kharkiv. About this reported Meridian Wire.`, "2023-02-05")).toEqual(["2:unknown"]);
    expect(sides("The number of people killed in Pokrovsk has risen to nine. This was reported on Tuesday morning by Meridian Wire.", "2023-08-08")).toEqual(["9:unknown"]);
  });
  it("reads 'According to him' as the one named before, in the paragraph before too", () => {
    const named = "Nine people were killed in Pokrovsk, the head of the Donetsk Regional Military Administration, Pavlo Kyrylenko, said.";
    expect(sides(`${named}\nAccording to him, 82 people were injured.`, "2023-08-08")).toEqual(["9:UA", "82:UA"]);
    // (a pronoun with nobody named before stands for no one)
    expect(sides("Rescuers worked through the night in Pokrovsk.\nAccording to him, 82 people were injured.", "2023-08-08")).toEqual(["82:unknown"]);
  });
  it("reads a 'Source: …' line's unknown name by the office after it, and a bare 'Quote:' as the words of the source just named", () => {
    expect(sides("Russia fired cruise missiles at Ukraine overnight.\nSource: Yurii Pohuliaiko, Head of Volyn Oblast Military Administration\nDetails: Three employees of the enterprise were killed.", "2023-08-15")).toEqual(["3:UA"]);
    expect(sides("Russia fired cruise missiles at Ukraine overnight.\nSource: Yurii Pohuliaiko, a reader from Lutsk\nDetails: Three employees of the enterprise were killed.", "2023-08-15")).toEqual(["3:unknown"]);
    const kupiansk = "Later on Saturday evening, Syniehubov reported another Russian attack, this time on Kupiansk.";
    expect(sides(`Oleh Syniehubov, the Kharkiv governor, spoke on television.\n${kupiansk}\nQuote: "Three people were injured."`, "2023-10-22")).toEqual(["3:UA"]);
    expect(sides(`Oleh Syniehubov, the Kharkiv governor, spoke on television.\nRussian missiles hit Kupiansk later in the evening.\nQuote: "Three people were injured."`, "2023-10-22")).toEqual(["3:unknown"]);
  });
  it("does not read 'in other words' or 'by the data we have' as a source", () => {
    expect(sides("In other words, 12 drones were shot down over the region overnight.")).toEqual(["12:unknown"]);
    expect(sides("By the data we have, 12 drones were shot down over the region overnight.")).toEqual(["12:unknown"]);
  });
});

describe("a round-up's title over the body", () => {
  const page = (headline: string, body: string) =>
    extractClaims(pageOf(`${headline}\n\n${body}`, { published: "2025-08-31", headline } as never)).map((c) => `${c.value}:${c.claimant ?? "-"}:${c.claimant_side}`);

  it("reads no speaker in 'The fortnight in Ukraine:', a span and a place, but still in 'Ukraine's Air Force:'", () => {
    const body = "Overnight, Russian drones hit an apartment building in Kharkiv, killing seven people.";
    expect(page("The fortnight in Ukraine: from the red carpet in Anchorage to the rubble in Darnytskyi", body)).toEqual(["7:-:unknown"]);
    expect(page("The war in Ukraine: day 1,200", body)).toEqual(["7:-:unknown"]);
    expect(page("The fortnight in Ukraine: 45 of 62 drones shot down", "Russia launched 62 drones at Ukraine overnight.")).toEqual(["62:-:unknown"]);
    expect(page("Air Force: 45 of 62 drones shot down", "Russia launched 62 drones at Ukraine overnight.")).toEqual(["62:Ukrainian Air Force:UA"]);
  });
  it("reads no speaker in a state's name alone, as European papers label a foreign story: 'Ukraine: in Paris, …'", () => {
    const body = "On 13 April, two Russian ballistic missiles killed 35 people in the centre of Sumy.";
    expect(page("Ukraine: in Paris, the Americans put a peace framework on the table", body)).toEqual(["2:-:unknown", "35:-:unknown"]);
    // (but a body's name: "Ukraine's Air Force: …")
    expect(page("Ukraine's Air Force: 45 of 62 drones shot down", "Russia launched 62 drones at Ukraine overnight.")).toEqual(["62:Ukrainian Air Force:UA"]);
  });
});

describe("Russian war channels quoted by name", () => {
  it("gives 'Two Majors wrote', 'Rybar said' and 'Shot, a channel …, wrote' to Russia's side, not the English words", () => {
    expect(sides('Two Majors claimed that "more than 40" missiles hit energy targets.', "2024-08-27")).toEqual(["40:RU"]);
    expect(sides("Shot, a channel with ties to the security services, wrote that two drones had been shot down over Marinovka.", "2024-08-27")).toEqual(["2:RU"]);
    // (a shot and a mash are words too: "the shot" names no channel)
    expect(sides("A video of the shot showed that two drones had been shot down, the local outlet said.", "2024-08-27")).toEqual(["2:UA"]);
  });
});

describe("the Air Force counts weapons, not the dead", () => {
  const who = (text: string) => extractClaims(articleOf(text, "2025-06-01")).map((c) => `${c.metric}:${c.value}:${c.claimant ?? "-"}`);
  it("gives no toll told beside its count to the Air Force, but to another source the sentence names", () => {
    expect(who("Russia launched 31 drones at Ukraine, of which 29 were shot down, the Air Force said; one person was killed in the Holosiivskyi district.")).toEqual([
      "launched:31:Ukrainian Air Force",
      "shot_down:29:Ukrainian Air Force",
      "killed:1:-",
    ]);
    expect(who("Russia fired 122 missiles at Ukrainian cities, according to the Air Force, and at least 39 people were killed across the country, the Interior Ministry said.")).toEqual([
      "launched:122:Ukrainian Air Force",
      "killed:39:Interior Ministry",
    ]);
  });
  it("still gives it the death of its own airman: 'An F-16 pilot was killed'", () => {
    expect(who("The Air Force said 249 drones were shot down. An F-16 pilot was killed while repelling the attack, the Air Force said.")).toEqual([
      "shot_down:249:Ukrainian Air Force",
      "killed:1:Ukrainian Air Force",
    ]);
  });
});

describe("a digest's post under a byline with its stamp in brackets", () => {
  const who = (text: string) => extractClaims(articleOf(text, "2024-01-02")).map((c) => `${c.value}:${c.claimant ?? "-"}:${c.claimant_side}`);
  it("gives the post's figures to the official its byline names after the place: 'KYIV – Vitali Klitschko, mayor (10:48)'", () => {
    expect(who('KYIV – Vitali Klitschko, mayor (10:48)\n"As of now, 49 residents of the capital have been injured."\n\nDNIPROPETROVSK REGION – Serhiy Lysak, governor (07:20)\n"Air defence forces shot down six Shaheds over the region."')).toEqual([
      "49:Vitali Klitschko:UA",
      "6:Serhiy Lysak:UA",
    ]);
  });
  it("reads no byline in a line of news that ends in a stamp: 'Explosions heard in Kyiv (09:12)'", () => {
    expect(who("Explosions heard in Kyiv (09:12)\nA 56-year-old man was injured and taken to hospital.")).toEqual(["1:-:unknown"]);
  });
});

describe("a body named without its country in a third state the sentence opens in", () => {
  it("gives 'In neighbouring Belarus, the Defence Ministry said' the third party's side, not the side attacked", () => {
    expect(sides("In neighbouring Belarus, the Defence Ministry said its air defence had shot down a Ukrainian S-300 missile over the Brest region.", "2022-12-29")).toEqual(["1:other"]);
    expect(sides("In Belarus, the military said it had shot down a Ukrainian S-300 over the Brest region.", "2022-12-29")).toEqual(["1:other"]);
  });
  it("leaves a body in a place of either side its own: 'In Russia, the Defence Ministry said', 'In Kyiv, the military administration said'", () => {
    expect(sides("In Russia, the Defence Ministry said it had shot down 20 Ukrainian drones over the Bryansk region.", "2022-12-29")).toEqual(["20:RU"]);
    expect(sides("In Kyiv, the military administration said 20 drones were shot down.", "2022-12-29")).toEqual(["20:UA"]);
  });
});

describe("who gives a count states it", () => {
  it("gives the figures to whoever 'gave his own figures', 'gave a figure of', 'has given the final figures'", () => {
    expect(sides("Russia launched 120 missiles and 97 drones, the Air Force said. Vladimir Putin, speaking in Astana, gave his own figures: 90 missiles and 100 drones.", "2024-11-30")).toEqual(["120:UA", "97:UA", "90:RU", "100:RU"]);
    expect(sides("Kharkiv regional governor Oleh Syniehubov has given what he called the final figures for today: five people were killed in Izium.", "2025-02-04")).toEqual(["5:UA"]);
    // (not a verb that gives anything else: "gave way", "gave the order")
    expect(sides("The old dam gave way. Russia launched 40 drones at Kyiv.", "2024-11-30")).toEqual(["40:unknown"]);
    expect(sides("Putin gave the order. Russia launched 40 drones at Kyiv.", "2024-11-30")).toEqual(["40:unknown"]);
  });
});

describe("sources by the words wires use for them", () => {
  it("reads prosecutors, a company's chain and a name's other name in brackets as the speakers they are", () => {
    expect(sides("Prosecutors said 17 people had been injured in Kharkiv.", "2023-10-24")).toEqual(["17:UA"]);
    expect(sides("Russian missiles hit Kramatorsk. Ukrainian Railways (Ukrzaliznytsia) says more than 30 people were killed.", "2022-04-08")).toEqual(["30:UA"]);
    expect(sides("Guided bombs hit a store in Kharkiv. Epicentr said at least four of its employees were among the dead.", "2024-05-26")).toEqual(["4:UA"]);
    // (not a bracket that holds a place, nor a word before it that is no name)
    expect(sides("Russian missiles hit Kramatorsk. A drone (Shahed) killed three people.", "2022-04-08")).toEqual(["3:unknown"]);
  });

  it("reads 'its bulletin' and a lower-case 'defence ministry' as the body named just before", () => {
    expect(sides("Russia's Defence Ministry did not mention the station. Its Tuesday bulletin said 23 Ukrainian drones had been destroyed overnight.", "2025-02-18")).toEqual(["23:RU"]);
    expect(sides("Drones hit Odesa, Governor Oleh Kiper said. Russia's defence ministry has given its own overnight tally. It says its air defences destroyed 17 Ukrainian drones.", "2024-07-17")).toEqual(["17:RU"]);
    // (not a base named for the body: "an Air Force base" is no one who speaks)
    expect(sides("Drones hit Odesa, Governor Oleh Kiper said. Smoke rose over the air force base. It says 17 drones were destroyed.", "2024-07-17")).toEqual(["17:UA"]);
  });

  it("does not read 'reported so far' as someone reporting", () => {
    expect(sides("In the largest drone attack on the peninsula reported so far, the ministry said 42 drones had attacked Crimea overnight. It said nine were destroyed by air defences.", "2023-08-25")).toEqual(["42:RU", "9:RU"]);
    expect(sides("The ministry reported 42 drones destroyed over Crimea.", "2023-08-25")).toEqual(["42:RU"]);
  });
});

describe("an office named alone stands for the one of that office named before", () => {
  it("reads 'the spokesman' as the side's source just named, 'the mayor' as no leader of a third country", () => {
    expect(sides('Russian Defence Ministry spokesman Igor Konashenkov said 300 Ukrainian servicemen were killed near Kharkov. "More than 90 militants were eliminated," Konashenkov said. According to the spokesman, Russian aviation also struck Ukrainian positions, eliminating up to 80 servicemen.', "2022-08-27")).toEqual(["300:RU", "90:RU", "80:RU"]);
    expect(sides("Russian drones attacked Kharkiv overnight. Trump said the strikes were terrible. Three people were killed, the mayor says.", "2024-05-27")).toEqual(["3:UA"]);
    // (the mayor named before is still who "the mayor" is)
    expect(extractClaims(articleOf("Russian drones attacked Kharkiv overnight, Mayor Ihor Terekhov said. Trump said the strikes were terrible. Three people were killed, the mayor says.", "2024-05-27")).map((c) => c.claimant)).toEqual(["Mayor Ihor Terekhov"]);
  });
});

describe("a body that counts weapons does not tell what one of them struck", () => {
  it("leaves 'A ballistic missile brought down part of an apartment block' after the Air Force's count unattributed", () => {
    expect(sides("Russia fired 352 drones and 16 missiles at Ukraine overnight, the Ukrainian Air Force said. A ballistic missile brought down part of an apartment block in Kyiv.", "2025-06-23")).toEqual(["352:UA", "16:UA", "1:unknown"]);
    // (not the one of a count the body gave, "Three were intercepted, but one hit …", nor an official who tells his city's damage)
    expect(sides("Russia fired four missiles at Odesa overnight, the Air Force said. Three were intercepted, but one hit the warehouse of a food retail chain.", "2025-06-23")).toEqual(["4:UA", "3:UA", "1:UA"]);
    expect(sides("Russia fired 15 missiles at Kharkiv, Governor Oleh Syniehubov said. A missile hit a school.", "2025-06-23")).toEqual(["15:UA", "1:UA"]);
  });
});

describe("a statement named again and a channel's post header", () => {
  it("reads 'according to the same statement' as the statement told before", () => {
    const count = "The Air Force has just published its count: in total, Russia launched 367 means of air attack.";
    expect(sides(`${count}\nAir defences shot down 266 drones and 45 missiles, according to the same statement.`, "2025-05-25")).toEqual(["367:UA", "266:UA", "45:UA"]);
    // (with no statement told before it stands for no one)
    expect(sides("Air defences shot down 266 drones and 45 missiles, according to the same statement.", "2025-05-25")).toEqual(["266:unknown", "45:unknown"]);
  });
  it("reads a digest's post header with a channel's marker before its stamp: '🔴 09:12 | Air Force of the Armed Forces of Ukraine'", () => {
    expect(sides("🔴 09:12 | Air Force of the Armed Forces of Ukraine\nOn the night of 26 May, the enemy attacked with 355 attack UAVs.", "2025-05-26")).toEqual(["355:UA"]);
    expect(sides("🔴 09:12 | Explosions in the city centre\nOn the night of 26 May, Russia attacked with 355 attack UAVs.", "2025-05-26")).toEqual(["355:unknown"]);
  });
});

describe("a 'he said' just after a sentence whose subject is a person", () => {
  /** claimant per figure */
  const whose = (text: string, published = "2023-02-21") => extractClaims(articleOf(text, published)).map((c) => `${c.value}:${c.claimant ?? "-"}:${c.claimant_side}`);

  it("stands for that person, not for the source quoted before him", () => {
    expect(
      whose("Meloni said Italy would deliver the system. She did not give details, saying the contents were classified. Zelensky thanked her and again asked for fighter jets. He said Russia launched 36 missiles last Thursday."),
    ).toEqual(["36:Volodymyr Zelensky:UA"]);
    expect(
      whose("Lavrov said all 91 drones had been destroyed. Zelensky called the claim a typical Russian lie. Russia fired 519 drones and 40 missiles at the capital on Saturday, he noted.", "2025-12-30"),
    ).toEqual(["91:Lavrov:RU", "519:Volodymyr Zelensky:UA", "40:Volodymyr Zelensky:UA"]);
  });

  it("not where the subject is a country or a body, nor a sentence further back, nor 'he added', which goes on from the source before", () => {
    expect(whose("Zelensky said the strikes were cynical. Vladimir Putin is mocking the peace efforts. The strikes killed 12 people, he added.")).toEqual(["12:Volodymyr Zelensky:UA"]);
    expect(whose("Kyiv Mayor Vitali Klitschko said the city was attacked. Russia denied targeting civilians. Two people were killed, he said.")).toEqual(["2:Kyiv Mayor Vitali Klitschko:UA"]);
    expect(whose("Kyiv Mayor Vitali Klitschko said the city was attacked. Zelensky visited Berlin. The talks went well. Two people were killed, he said.")).toEqual(["2:Kyiv Mayor Vitali Klitschko:UA"]);
  });
});

describe("a toll is not carried to the commander who counted the weapons", () => {
  const whose = (text: string, published = "2023-01-02") => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.claimant ?? "-"}:${c.claimant_side}`);

  it("leaves 'One person was killed in Kyiv' after the commander-in-chief's count unattributed, as the Air Force's would be", () => {
    expect(whose("Russia fired 33 missiles, commander-in-chief Valerii Zaluzhnyi said. One person was killed in Kyiv, where a hotel was wrecked.")).toEqual([
      "launched:33:commander-in-chief Valerii Zaluzhnyi:UA",
      "killed:1:-:unknown",
    ]);
    // (a mayor's count carries on to the toll he goes on with; the commander's own words about the dead stay his)
    expect(whose("Russia fired 33 missiles, Mayor Vitali Klitschko said. One person was killed in Kyiv, where a hotel was wrecked.")).toContain("killed:1:Mayor Vitali Klitschko:UA");
    expect(whose("Russia fired 33 missiles at Kyiv. One person was killed, commander-in-chief Valerii Zaluzhnyi said.")).toContain("killed:1:commander-in-chief Valerii Zaluzhnyi:UA");
  });

  it("reads the source a count names in an aside: 'The final toll, given by the regional administration after the search ended, was 46 dead'", () => {
    expect(whose("A Kh-22 struck a block in Dnipro, Valerii Zaluzhnyi said. The final toll, given by the regional administration after the search ended, was 46 dead.", "2023-01-20")).toContain(
      "killed:46:regional administration:UA",
    );
    // (not a toll "given by" a day)
    expect(whose("The final toll given by Monday was 46 dead.", "2023-01-20")).toEqual(["killed:46:-:unknown"]);
  });
});

describe("third states and their bodies", () => {
  it("gives a third state's body, its capital speaking for it, and a company of several states the side 'other'", () => {
    expect(sides("Zelensky compared the situation with the Iranian attack on Israel, when, according to the Israel Defense Forces, Iran launched more than 300 drones and missiles.", "2024-04-16")).toEqual(["300:other"]);
    expect(sides("On the same day, Warsaw reported that an explosion in the village of Przewodow had killed two Polish citizens.", "2022-11-16")).toEqual(["2:other"]);
    expect(sides("The Caspian Pipeline Consortium said its Kropotkinskaya station in the Krasnodar region was attacked by seven drones.", "2025-02-18")).toEqual(["7:other"]);
  });

  it("not a phrase that names either side with the third state, nor a weapon made in one", () => {
    expect(sides("Turkish and Ukrainian officials said 14 drones were shot down over Odesa overnight.", "2025-02-18")).toEqual(["14:UA"]);
    expect(sides("Ukraine's Air Force said 40 Iranian-made drones were shot down overnight.", "2025-02-18")).toEqual(["40:UA"]);
  });
});

describe("a source that counts weapons and never the dead", () => {
  const claimantOf = (text: string, figure: string) => extractClaims(articleOf(text, "2022-12-17")).find((c) => `${c.metric}:${c.value}` === figure)?.claimant ?? null;
  it("does not carry the commander-in-chief's count over to a toll no one is said to give", () => {
    expect(claimantOf("Commander-in-Chief Valerii Zaluzhnyi said air defence shot down 54 of 70 missiles on Friday. Three people were killed in Kyiv.", "killed:3")).toBeNull();
    expect(claimantOf("Commander-in-Chief Valerii Zaluzhnyi said air defence shot down 54 of 70 missiles on Friday. Three people were killed in Kyiv.", "shot_down:54")).toBe("Commander-in-Chief Valerii Zaluzhnyi");
  });
  it("still carries a body that reports tolls over to one", () => {
    expect(claimantOf("The General Staff said air defence shot down 54 of 70 missiles on Friday. Three people were killed in Kyiv.", "killed:3")).toBe("Ukrainian General Staff");
  });
});

describe("the one a text names, a person before a body", () => {
  it("reads up to four capitalised words as one name, so a long title stays apart from the person after it", () => {
    expect(namedPersonIn("Ukrainian Air Force Commander Mykola Oleshchuk on the night")?.name).toBe("Mykola Oleshchuk");
    // (a body alone, of four words: the body)
    expect(namedPersonIn("Ukrainian Air Force Command on the night")?.name).toBe("Ukrainian Air Force");
  });
});

describe("a speaker after the night the report is of, and a clause before a colon", () => {
  const claimantOf = (text: string, figure: string, published = "2025-08-17") => extractClaims(articleOf(text, published)).find((c) => `${c.metric}:${c.value}` === figure);
  it("reads the ministry past 'Overnight into Saturday', as the one named before", () => {
    const text = "While the leaders were talking, Russia's Defence Ministry reported that its air defences had downed 13 Ukrainian drones over the Bryansk and Kursk regions.\n\nOvernight into Saturday the ministry reported a comparatively modest 29 Ukrainian drones destroyed, most of them over the Bryansk and Rostov regions. Ukraine's Air Force said Russia had launched 85 Shahed-type drones and decoys and that 61 of the drones had been shot down.";
    expect(claimantOf(text, "shot_down:29")?.claimant_side).toBe("RU");
    expect(claimantOf(text, "shot_down:61")?.claimant).toBe("Ukrainian Air Force");
    // (the night alone names no one)
    expect(sides("Overnight into Saturday Russian drones struck Odesa, killing two people.")).toEqual(["2:unknown"]);
  });

  it("reads the ministry past a night told from one weekday to the next ('Overnight Friday into Saturday')", () => {
    expect(claimantOf("Overnight Friday into Saturday the ministry reported 29 Ukrainian drones destroyed.", "shot_down:29")?.claimant).toBe("ministry");
    expect(claimantOf("Overnight from Friday to Saturday the ministry reported 29 Ukrainian drones destroyed.", "shot_down:29")?.claimant).toBe("ministry");
    // (the night alone names no one)
    expect(sides("Overnight Friday into Saturday Russian drones struck Odesa, killing two people.")).toEqual(["2:unknown"]);
  });

  it("does not take what befell a place, told before a colon, for a source's label ('Moscow came under drone attack three times:')", () => {
    const text = "Moscow came under drone attack three times: on 4 July, when the Russian Defence Ministry said five drones were aimed at the capital region and four were shot down; on 24 July, when two drones hit office buildings.";
    expect(extractClaims(articleOf(text, "2023-08-02")).map((c) => c.claimant)).not.toContain("Moscow came under drone attack three times");
    expect(sides("Russia (Defense Ministry): 40 drones destroyed over the Belgorod region.")).toEqual(["40:RU"]);
  });
});

describe("one who speaks in a clause that only times the news", () => {
  const claimantsOf = (text: string) => extractClaims(articleOf(text, "2023-07-19")).map((c) => `${c.metric}:${c.value}:${c.claimant}`);
  it("is not the source of the figures a source named after them gives ('hours after Moscow announced …, Russia launched …, the Air Force said')", () => {
    const text = "On the night of 17-18 July, hours after Moscow announced it was quitting the grain deal, Russia launched six Kalibr missiles and 31 Shahed drones at the Odesa and Mykolaiv regions, the Air Force said. All six missiles and 21 of the drones were shot down.";
    expect(claimantsOf(text)).toEqual(["launched:6:Ukrainian Air Force", "launched:31:Ukrainian Air Force", "shot_down:6:Ukrainian Air Force", "shot_down:21:Ukrainian Air Force"]);
  });

  it("still gives the figures its own clause counts ('After the Air Force said 40 drones were downed, …')", () => {
    expect(claimantsOf("After the Air Force said 40 drones were downed, Zelensky said 12 people were killed in Odesa.")).toEqual(["shot_down:40:Ukrainian Air Force", "killed:12:Volodymyr Zelensky"]);
    // (a vague amount is counted too)
    expect(claimantsOf("Soon after the Air Force said that dozens of drones were downed, Zelensky said that two people were killed.")).toEqual(["shot_down:null:Ukrainian Air Force", "killed:2:Volodymyr Zelensky"]);
  });
});

describe("the source a table row's cell ends in", () => {
  const names = (text: string) => extractClaims(articleOf(text, "2023-09-30")).map((c) => `${c.metric}:${c.value}:${c.claimant ?? "-"}`);

  it("gives each cell's figures the source bracketed at its end, a command's as a ministry's", () => {
    const text =
      "| Night | What was launched | Notes |\n" +
      "| 3-4 September | 32 Shahed drones (Air Force) | Port hit (Oleh Kiper) |\n" +
      "| 5-6 September | 25 Shaheds (Defence Forces of the South) | none reported |";
    expect(names(text)).toEqual(["launched:32:Ukrainian Air Force", "launched:25:Defence Forces of the South"]);
  });

  it("takes no place in brackets for a source", () => {
    expect(names("| Night | What was launched |\n| 3-4 September | 32 Shahed drones (Odesa region) |")).toEqual(["launched:32:-"]);
  });

  it("gives a cell or a line the official its bracket names by surname alone, as later rows repeat him; not a weekday", () => {
    const text =
      "| Night | Casualties |\n" +
      "| 3-4 September | Two people injured in Reni (Oleh Kiper) |\n" +
      "| 12-13 September | Four injured (Kiper) |";
    expect(names(text)).toEqual(["injured:2:Oleh Kiper", "injured:4:Oleh Kiper"]);
    expect(names("Saturday, 28.06. In Nikopol, a drone attacked a bus: 1 person was killed, 3 were injured (Lysak).")).toEqual(["killed:1:Lysak", "injured:3:Lysak"]);
    expect(names("In Nikopol, a drone attacked a bus: 1 person was killed, 3 were injured (Friday).")).toEqual(["killed:1:-", "injured:3:-"]);
  });
});

describe("a trailing clause of time ('…, just hours after X said …', '…, two days after a strike that killed 25')", () => {
  const claimantsOf = (text: string) => extractClaims(articleOf(text, "2025-07-05")).map((c) => `${c.metric}:${c.value}:${c.claimant}`);
  it("keeps its speaker from the figures before it, and the speaker before it from its count", () => {
    expect(claimantsOf("Russia launched its biggest air attack of the war early on Friday, sending 539 drones and 11 missiles mainly towards Kyiv, just hours after U.S. President Donald Trump said a phone call with Vladimir Putin had produced no progress.")).toEqual(["launched:539:null", "launched:11:null"]);
    expect(claimantsOf("Russia fired more than 500 drones and 45 missiles at Ukraine overnight into Saturday, killing at least one person in Zaporizhzhia, officials said, two days after a strike on the capital that killed 25 people.")).toEqual(["launched:500:officials", "launched:45:officials", "killed:1:officials", "killed:25:null"]);
  });

  it("still gives the figures the sentence's own speaker, after the clause or in it", () => {
    expect(claimantsOf("Russia launched six Kalibr missiles at Odesa, hours after Moscow announced it was quitting the grain deal, the Air Force said.")).toEqual(["launched:6:Ukrainian Air Force"]);
    expect(claimantsOf("Russia launched 40 drones overnight, the Air Force said, hours after Zelensky said 12 people were killed in Odesa.")).toEqual(["launched:40:Ukrainian Air Force", "killed:12:Volodymyr Zelensky"]);
    // (a statement that runs into the clause keeps it: he said it, not just before it)
    expect(claimantsOf("Oleksandr Vilkul, head of the city's military administration, said two missiles hit the area, a day after Russia fired eight cruise missiles at the dam.")).toEqual(["hit:2:Oleksandr Vilkul", "launched:8:Oleksandr Vilkul"]);
  });
});

describe("a saying coordinated with the verb its subject opened with", () => {
  it("gives the figure to that subject, past a quotation in its clause ('… calls it a \"massive strike\" and says that …')", () => {
    expect(sides('Russia\'s Defence Ministry calls it a "massive strike" in response to "terrorist acts" and says that, the same night, its own air defences destroyed 174 Ukrainian drones over Russian regions.', "2025-06-06")).toEqual(["174:RU"]);
    expect(sides("Crimea's Russian-installed authorities spoke of a drone attack that air defences had repelled and said a man had been hurt by debris.", "2023-03-28")).toEqual(["1:RU"]);
    // (a subject whose side is not known stays no source)
    expect(sides("Residents spoke of a night of terror and said 12 drones were shot down.", "2025-06-06")).toEqual(["12:unknown"]);
  });

  it("takes a 'he said' after one who named the attack as that person ('… what Mayor Ihor Terekhov called the most powerful attack')", () => {
    const text = "Russia's Defence Ministry called the attack a \"massive strike\" and said all designated targets had been hit.\n\nKharkiv then had what Mayor Ihor Terekhov called the most powerful attack on the city. He said Russia had used 48 drones against the city overnight.";
    expect(sides(text, "2025-06-08")).toEqual(["48:UA"]);
    // (not a body that named it: "what the ministry called" is no "he")
    expect(sides("Zelensky said the night was hard.\n\nKharkiv then had what the Russian Defence Ministry called a massive strike. He said Russia had used 48 drones against the city overnight.", "2025-06-08")).toEqual(["48:UA"]);
  });
});
