import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value/weapon per figure, in order. */
const figures = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}/${c.weapon ?? "-"}`);

// with-count.ts: a count a "with" gives an attack or a night, told with no verb of firing
describe("weapons an attack or a night came 'with'", () => {
  it("reads them as launched, past a time the clause names and an aside after the count", () => {
    expect(figures("Two nights later Moscow came back with 280 drones and 12 cruise missiles, the Air Force said.")).toEqual(["launched:280/drone", "launched:12/missile"]);
    expect(figures("The night of 3-4 March, with 190 drones, a record for the winter, and 21 missiles, is still the largest of the year.")).toEqual(["launched:190/drone", "launched:21/missile"]);
    expect(figures("Russia hit the region shortly before dawn with six Shahed drones.")).toEqual(["launched:6/drone"]);
  });

  it("leaves the kit a carrier bears, a comparison, and a 'with' no attack is told by", () => {
    expect(figures("Six Tu-95 bombers, each armed with eight cruise missiles, took off from the Engels base, Ukraine's military said.")).toEqual([]);
    expect(figures("Compared with 300 drones a week earlier, Russia's pace has slowed, analysts said.")).toEqual([]);
    expect(figures("Four Russian warships with up to 24 Kalibr missiles are heading for the coast, the Navy said.")).toEqual([]);
    expect(figures("The museum opened a new hall with 12 missiles from the Soviet era.")).toEqual([]);
  });
});

// with-count.ts: a "with" of another verb, and a count told by whom, not what attack
describe("a 'with' no attack comes with", () => {
  it("leaves kit given, help, a replacement and a trial", () => {
    expect(figures("Kyiv's partners have armed Ukraine with 40 Patriot missiles.")).toEqual([]);
    expect(figures("Washington has helped Ukraine with 500 air defence missiles since 2022.")).toEqual([]);
    expect(figures("The Russian army replaced the losses with 200 new drones from Alabuga.")).toEqual([]);
    expect(figures("The Russian military is experimenting with 10 new jet-powered drones.")).toEqual([]);
  });
});

describe("an attack verb past an aside on its target", () => {
  it("reads the count launched", () => {
    expect(figures("Ukraine struck the Tuapse terminal, which ships oil abroad, on Friday, with nine drones.")).toEqual(["launched:9/drone"]);
  });
});
