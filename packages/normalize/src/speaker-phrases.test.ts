import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric value:claimant:side per figure. */
function sources(text: string, published = "2023-12-29"): string[] {
  return extractClaims(articleOf(text, published)).map((c) => `${c.metric} ${c.value}:${c.claimant ?? "-"}:${c.claimant_side}`);
}

describe("a speaker is a noun phrase, not the place a sentence opens on", () => {
  it("reads the official after ', says' past an opening 'In Dnipro,' (not the place as a speaker of no side)", () => {
    expect(sources("In Dnipro, the death toll has risen to five, with more than 20 people injured, says regional governor Serhiy Lysak.")).toEqual([
      "killed 5:regional governor Serhiy Lysak:UA",
      "injured 20:regional governor Serhiy Lysak:UA",
    ]);
    expect(sources("In the Kirovohrad region, an eight-year-old child was injured, informed the head of the regional military administration Andriy Raikovych.", "2024-05-08")).toEqual([
      "injured 1:head of the regional military administration Andriy Raikovych:UA",
    ]);
  });

  it("keeps the speaker named before the verb and a third state the sentence opens in", () => {
    expect(sources("In Kharkiv, three people were injured, the mayor said.", "2024-05-08")).toEqual(["injured 3:mayor:UA"]);
    expect(sources("In neighbouring Belarus, the Defence Ministry said its air defence had shot down two drones.", "2024-05-08")).toEqual(["shot_down 2:Defence Ministry:other"]);
  });
});

describe("a plant that speaks for itself, and how far it stands from a border", () => {
  it("gives a plant, refinery or port named by a Russian town Russia's side: 'The Novoshakhtinsk Plant of Petroleum Products said'", () => {
    expect(sources("The Novoshakhtinsk Plant of Petroleum Products said in a statement that it had been attacked by two unmanned aerial vehicles.", "2022-06-22")).toEqual([
      "launched 2:Novoshakhtinsk Plant of Petroleum Products:RU",
    ]);
    // (not one named by a town of Ukraine's, nor one the text does not place)
    expect(sources("The Zaporizhzhia nuclear plant said two drones hit its training centre.", "2025-04-10")).toEqual(["hit 2:Zaporizhzhia nuclear plant:unknown"]);
    expect(sources("The Azot chemical plant said two drones hit its warehouse.", "2025-04-10")).toEqual(["hit 2:Azot chemical plant:unknown"]);
  });

  it("reads past an aside of distance to the speaker: 'The Kursk nuclear plant, about 60 km (38 miles) from the Ukrainian border, said'", () => {
    expect(sources("The Kursk nuclear plant, about 60 km (38 miles) from the Ukrainian border, said a drone shot down by air defences detonated just after midnight.", "2025-08-24")).toEqual([
      "shot_down 1:Kursk nuclear plant:RU",
    ]);
    // (the border an aside names is no speaker: the one before it is)
    expect(sources("The city administration, 20 kilometres from the Russian border, said two people were killed.", "2025-08-24")).toEqual(["killed 2:city administration:UA"]);
    // (but "Miles" with no number before it is a surname, not a distance)
    expect(sources("Two people were killed in the strike, said Jonathan Miles of the International Committee of the Red Cross.", "2025-07-10")).toEqual([
      "killed 2:Jonathan Miles of the International Committee of the Red Cross:other",
    ]);
    // (a speaker still ends on a bracket that holds no figure: "the Ministry of Defence (MoD) said")
    expect(sources("The Russian Ministry of Defense (MoD) claimed that air defences destroyed 40 drones.", "2025-08-24")).toEqual(["shot_down 40:Russian Defence Ministry:RU"]);
  });

  it("knows Russia's National Anti-Terrorism Committee and a war channel told as one ('The Telegram channel Baza …') as Russia's", () => {
    expect(sources("Two Ukrainian sea drones attacked the bridge, according to the National Anti-Terrorism Committee.", "2023-07-17")).toEqual([
      "launched 2:National Anti-Terrorism Committee:RU",
    ]);
    expect(sources("The Telegram channel Baza, which is close to the security services, put the number of drones at around 25.", "2025-05-22")).toEqual(["launched 25:Telegram channel Baza:RU"]);
    // (a committee or channel the text does not name is no one's; the English words alone stay what they are)
    expect(sources("The committee said two people were injured.", "2023-07-17")).toEqual(["injured 2:-:unknown"]);
    expect(sources("The channel said 25 drones were shot down.", "2025-05-22")).toEqual(["shot_down 25:-:unknown"]);
  });
});

describe("'the command' is the command named before", () => {
  it("reads '…, the command said' as the one named before it, and an 'It said' after it as that command ('Residents said …' between is no 'it')", () => {
    const text =
      "Ukraine's Southern Operational Command said air defences had shot down two of the drones over the sea. Residents said they heard a buzzing noise.\nOn Friday, drones struck an administrative building near the port, killing two civilians, the command said. It said four other drones were shot down over the Odesa region the same day.";
    expect(sources(text, "2022-09-25")).toEqual([
      "shot_down 2:Ukraine's Southern Operational Command:UA",
      "killed 2:Ukraine's Southern Operational Command:UA",
      "shot_down 4:Ukraine's Southern Operational Command:UA",
    ]);
    // (a command named by its country keeps it)
    expect(sources("The Russian command said 12 drones were destroyed over Crimea.", "2022-09-25")).toEqual(["shot_down 12:Russian command:RU"]);
  });
});

describe("an aside on how it was said, past its 'after'", () => {
  it("reads the speaker before the aside: 'Zelensky, speaking in Warsaw after talks with Polish Prime Minister Donald Tusk, says'", () => {
    expect(sources("Zelensky, speaking in Warsaw after talks with Polish Prime Minister Donald Tusk, says Russia fired more than 40 missiles of different types at Ukraine this morning.", "2024-07-08")).toEqual([
      "launched 40:Volodymyr Zelensky:UA",
    ]);
    // (the one met in the aside is no speaker, whoever he is; an aside that is the only phrase stays as it was read)
    expect(sources("Tusk, speaking after talks with Zelensky, said 19 drones had violated Polish airspace.", "2024-07-08")).toEqual(["launched 19:Tusk:other"]);
    expect(sources("A senior Pentagon official, briefing journalists in Washington, says Russia fired 40 missiles.", "2024-07-08")).toEqual(["launched 40:senior Pentagon official:other"]);
  });
});
