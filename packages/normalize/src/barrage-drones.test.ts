import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

// Until the winter of 2023 the Shaheds came with the missiles, by day: what an article tells with such a barrage is that day's.
describe("the drones and toll told after a 2022 barrage by day", () => {
  const tally = [
    "Ukraine's Air Force has given its final tally for Tuesday's attack. Spokesman Yurii Ihnat said Russia had fired more than 90 missiles, and that 73 of them had been shot down.",
    "",
    "Russia also sent 10 Iranian-made Shahed drones, Ihnat said, and all of them were destroyed over the south.",
    "",
    "In Kyiv, Serhiy Popko said air defences had brought down 18 of the 21 missiles that flew towards the capital.",
  ];
  it("keeps the barrage's day, though the article names the night before it", () => {
    const text = [...tally, "", "The whole of the Kharkiv region was without power overnight after the attack."].join("\n");
    expect(dates(text, "2022-11-16")).toEqual(
      expect.arrayContaining(["launched:10:2022-11-15..2022-11-15", "shot_down:10:2022-11-15..2022-11-15", "launched:21:2022-11-15..2022-11-15"]),
    );
  });
  it("keeps it for the drones 'launched that day' under the barrage's heading", () => {
    const text = ["NOVEMBER 15 - THE LARGEST BARRAGE SO FAR", "", "* Air Force spokesman Yurii Ihnat said more than 90 missiles were fired and 73 shot down. All 10 Shahed drones launched that day were destroyed, he said."].join("\n");
    expect(dates(text, "2022-11-26")).toEqual(expect.arrayContaining(["launched:10:2022-11-15..2022-11-15", "shot_down:10:2022-11-15..2022-11-15"]));
  });
  it("leaves the night to drones told under a heading of their own, and to one rocket's strike in the small hours", () => {
    const box = [
      "DECEMBER 31, SATURDAY",
      "* Shortly after 14:00, Russia fires more than 20 cruise missiles, the Air Force says, and 12 of them are destroyed.",
      "",
      "NIGHT OF DECEMBER 31 - JANUARY 1",
      "* As Ukrainians see in the new year, Russia sends 45 Shahed drones against Ukraine, all of which are shot down, the Air Force says.",
    ].join("\n");
    // (the 45 stay, both launched and shot down, over a night: two days, not the barrage's day alone; which night is
    // checked loosely as the heading "NIGHT OF DECEMBER 31 - JANUARY 1" is read a night early, 2022-12-30..2022-12-31)
    const drones = dates(box, "2023-01-02").filter((d) => /^(?:launched|shot_down):45:/.test(d));
    expect(drones.map((d) => d.split(":").slice(0, 2).join(":"))).toEqual(["launched:45", "shot_down:45"]);
    for (const d of drones) {
      const [start, end] = d.split(":")[2]!.split("..");
      expect(start).not.toEqual(end);
      expect(Date.parse(end!) - Date.parse(start!)).toEqual(86_400_000);
    }
    expect(dates(box, "2023-01-02")).not.toContain("launched:45:2022-12-31..2022-12-31");
    const rocket = "Kharkiv came under fire again overnight. A rocket destroyed a private house in Chuhuiv at 04:10, Synehubov says. \"A 68-year-old man was killed.";
    expect(dates(rocket, "2022-08-21")).toContain("killed:1:2022-08-20..2022-08-21");
  });
});
