import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const read = (text: string, published: string) =>
  extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.claimant_side}:${c.date_start}..${c.date_end}`);

describe("a fact box's table rows", () => {
  it("reads each row under its header: a bare amount is the fate of the row's launch, a cell of words a clause, a bracket its source", () => {
    const text =
      "This fact box collects the official figures for the September nights.\n" +
      "| Night | What was launched | What was shot down | Casualties |\n" +
      "| 3-4 September | 32 Shahed drones (Air Force) | 23 (Air Force) | Two people injured in the Izmail district (Oleh Kiper) |\n" +
      "| 5-6 September | 25 Shaheds (Defence Forces of the South) | 15 | Six injured |\n" +
      "| 24-25 September, Odesa | 19 Shaheds, 12 Kalibr and two Oniks missiles (Air Force) | all 19 drones, 11 Kalibrs | Two dead at a grain warehouse |";
    expect(read(text, "2023-09-30")).toEqual([
      "launched:32:UA:2023-09-03..2023-09-04",
      "shot_down:23:UA:2023-09-03..2023-09-04",
      "injured:2:UA:2023-09-03..2023-09-04",
      "launched:25:UA:2023-09-05..2023-09-06",
      "shot_down:15:UA:2023-09-05..2023-09-06",
      "injured:6:UA:2023-09-05..2023-09-06",
      "launched:19:UA:2023-09-24..2023-09-25",
      "launched:12:UA:2023-09-24..2023-09-25",
      "launched:2:UA:2023-09-24..2023-09-25",
      "shot_down:19:UA:2023-09-24..2023-09-25",
      "shot_down:11:UA:2023-09-24..2023-09-25",
      // (the Air Force counts weapons, not the dead)
      "killed:2:unknown:2023-09-24..2023-09-25",
    ]);
  });

  it("reads a saved page's row, its cells set apart by bars alone, under headers of each metric; 'all 9' is nine", () => {
    const text = "Date | Fired | Intercepted | Hits | Dead | Wounded\n2-3 August | 17 Shahed drones | 13 | 4 | 1 | 2\n5-6 August | 9 Kalibr missiles | all 9 | - | - | -";
    expect(read(text, "2024-08-07")).toEqual([
      "launched:17:unknown:2024-08-02..2024-08-03",
      "shot_down:13:unknown:2024-08-02..2024-08-03",
      "hit:4:unknown:2024-08-02..2024-08-03",
      "killed:1:unknown:2024-08-02..2024-08-03",
      "injured:2:unknown:2024-08-02..2024-08-03",
      "launched:9:unknown:2024-08-05..2024-08-06",
      "shot_down:9:unknown:2024-08-05..2024-08-06",
    ]);
  });

  it("takes a source's name to the end of its cell, not past the bar", () => {
    const text =
      "| Region | Killed | Injured | What was hit |\n" +
      "| Kharkiv region | - | - | Thermal power plants; about 15 hits on energy facilities in Kharkiv, according to Mayor Ihor Terekhov |";
    expect(extractClaims(articleOf(text, "2024-03-22")).map((c) => `${c.metric}:${c.value}:${c.claimant}`)).toEqual(["hit:15:Mayor Ihor Terekhov"]);
  });

  it("reads a cell that splits the row's downed weapons by place as parts of that fate, not the weapons' count told again", () => {
    const text =
      "| Night | Destroyed, per the ministry | By region |\n" +
      "| 6-7 May | 60 drones and three Neptune missiles | 41 of the drones and all three missiles over the Bryansk region, 19 above the Kursk region |\n" +
      "| 8-9 May | 25 drones | a fire at a substation near Kursk |";
    expect(read(text, "2024-05-10").map((c) => c.split(":").slice(0, 2).join(":"))).toEqual(["shot_down:60", "shot_down:3", "shot_down:41", "shot_down:19", "shot_down:25"]);
    // (beside what was launched, the places are where the weapons flew, not what was downed there)
    const launched = "| Night | Launched | By region |\n| 6-7 May | 60 drones | 41 over the Bryansk region, 19 over the Kursk region |";
    expect(read(launched, "2024-05-10").map((c) => c.split(":").slice(0, 2).join(":"))).toEqual(["launched:60"]);
  });

  it("reads no split by place in a cell that measures against something else: 'above the average' is no place", () => {
    const text = "| Night | Destroyed, per the ministry | Remarks |\n| 6-7 May | 60 drones | 12 more than the week before, above the average of recent nights |";
    expect(read(text, "2024-05-10").map((c) => c.split(":").slice(0, 2).join(":"))).toEqual(["shot_down:60"]);
  });

  it("reads no bare amount whose weapons the row does not name, nor a table of prices, shares, years and votes", () => {
    // ("23" shot down of what? the row counted no launch)
    expect(read("| Night | Shot down | Notes |\n| 3-4 May | 23 | Explosions heard in the city |", "2024-05-05")).toEqual([]);
    const prices =
      "| Year | Price of bread | Turnout | Votes for the bill |\n" +
      "| 2022 | 32 hryvnias (State Statistics Service) | 61% | 226 |\n" +
      "| 2023 | 38 hryvnias | 58% | 312 (Verkhovna Rada) |";
    expect(read(prices, "2024-05-05")).toEqual([]);
  });
});
