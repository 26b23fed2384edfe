import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, in order. */
const figures = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

describe("'all of which were intercepted' past where the count was fired", () => {
  it("reads the count downed past place and time phrases", () => {
    expect(figures("Russia fired eight ballistic missiles at Kyiv from the direction of the Bryansk region, all of which were intercepted.")).toEqual(["launched:8", "shot_down:8"]);
    expect(figures("Russia fired six Kalibr missiles at Odesa overnight, all of which were shot down.")).toEqual(["launched:6", "shot_down:6"]);
  });

  it("does not reach past another clause, which may hold what 'all of which' tells of", () => {
    expect(figures("Russia fired 20 drones at Kyiv overnight while Ukraine sent drones toward Moscow and the Bryansk region, all of which were intercepted.")).toEqual(["launched:20"]);
    expect(figures("Russia fired 20 drones at Kyiv overnight, and Ukrainian drones flew toward the Bryansk and Kursk regions, all of which were intercepted.")).toEqual(["launched:20"]);
    expect(figures("Russia fired 26 missiles at Ukraine overnight, and Ukraine responded with attacks on the Crimean bridge, all of which were shot down.")).toEqual(["launched:26"]);
  });
});

describe("'all of them were destroyed' where something else the launch hit or named may be 'them'", () => {
  it("reads a fate only weapons meet, and one a target meets too where nothing else stands between", () => {
    expect(figures("In the early hours of Thursday, Russia sent nine missiles and 27 Shahed drones against energy targets; the Air Force said all of them were shot down.")).toEqual([
      "launched:9", "launched:27", "shot_down:9", "shot_down:27",
    ]);
    expect(figures("Russia said two drones had been aimed at the Kremlin itself in the early hours of 3 May, and that both were disabled.")).toEqual(["launched:2", "neutralized:2"]);
    expect(figures("The ministry said nine aerial drones and seven sea drones had attacked ships of the fleet. It said all of them had been destroyed, and that a minesweeper was damaged.")).toEqual([
      "launched:9", "launched:7", "shot_down:9",
    ]);
    expect(figures("Russia launched 40 drones at Ukraine overnight. It said all of them had been destroyed.")).toEqual(["launched:40", "shot_down:40"]);
    expect(figures("Russia fired 12 drones at Sumy overnight, hitting five houses. The mayor said all of them were shot down.")).toEqual(["launched:12", "shot_down:12"]);
    expect(figures("Russia fired 12 drones at Sumy overnight. The mayor said all of them were destroyed by the fire of mobile groups.")).toEqual(["launched:12", "shot_down:12"]);
  });

  it("does not read 'destroyed' past what the weapons hit, other things they were fired at, or a fire", () => {
    expect(figures("Russia launched 40 drones at Odesa overnight, hitting port warehouses and grain silos; the governor said all of them were destroyed.")).toEqual(["launched:40"]);
    expect(figures("Russia fired 12 drones at Sumy overnight, hitting five houses. The mayor said all of them were destroyed.")).toEqual(["launched:12"]);
    expect(figures("Russia fired two missiles at Odesa overnight, hitting two warehouses. The governor said both were destroyed.")).toEqual(["launched:2"]);
    expect(figures("Russia fired 12 drones at Sumy overnight. The mayor said all of them were destroyed by the fire.")).toEqual(["launched:12"]);
    expect(figures("Russia fired 10 missiles at the power plants overnight. The governor said all of them were destroyed.")).toEqual(["launched:10"]);
  });
});

describe("a count with no verb before it, 'all of them shot down' after it: the whole attack", () => {
  it("reads the count as launched as well as downed", () => {
    expect(figures("Air Force spokesman Yurii Ihnat called the result unprecedented: 84 drones over two nights, all of them shot down.")).toEqual(["shot_down:84", "launched:84"]);
    expect(figures("Then, on June 1, Kyiv again: 10 missiles, all shot down according to the Air Force, and three dead.")).toEqual(["shot_down:10", "launched:10", "killed:3"]);
    expect(figures("The Air Force said Russia fired about 70 cruise missiles, of which 51 were shot down, as well as five attack drones, all of which were destroyed.")).toEqual([
      "launched:70", "shot_down:51", "shot_down:5", "launched:5",
    ]);
  });

  it("leaves a count whose fate a verb before it tells, or one joined to another fate", () => {
    expect(figures("Air defences destroyed 84 drones over two nights, all of them shot down over the south.")).toEqual(["shot_down:84"]);
    expect(figures("Air defences shot down 30 drones and 12 missiles, all of which were destroyed over Kyiv.")).toEqual(["shot_down:30", "shot_down:12"]);
  });

  it("leaves a count after a colon that a launch before it opens: a part of that launch", () => {
    expect(figures("Russia launched 90 drones overnight: 84 Shaheds, all of them shot down, and six decoys that were jammed.")).toEqual(["launched:90", "shot_down:84", "jammed:6"]);
    // (a colon no launch opens still does)
    expect(figures("Kyiv again overnight: 84 Shaheds, all of them shot down, and six decoys that were jammed.")).toEqual(["shot_down:84", "launched:84", "jammed:6"]);
  });
});

describe("'and all of them' / 'and both' after the launch and where it was fired", () => {
  it("counts from the end of the launch's noun phrase, past a model's name", () => {
    expect(figures("Before the missiles, Russia had sent 24 Iranian-made Shahed drones against Ukraine during the night, and all of them were shot down, the Air Force said.")).toEqual(["launched:24", "shot_down:24"]);
  });

  it("reaches past the passive of the launch and its places to a fate only weapons meet", () => {
    expect(figures("The Air Force said two missiles had been fired at the capital from occupied Crimea and both had been shot down.")).toEqual(["launched:2", "shot_down:2"]);
  });

  it("not to a fate a target meets too, nor past other things named, nor to a hit", () => {
    expect(figures("Russia had fired 12 drones at the three power plants in the region and all of them were destroyed.")).toEqual(["launched:12"]);
    expect(figures("Two missiles had been fired at the city from occupied Crimea and both hit the port.")).not.toContain("shot_down:2");
  });
});
