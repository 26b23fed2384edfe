import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const read = (text: string, published: string) =>
  extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.attacker}>${c.target_country}:${c.date_start}..${c.date_end}`);

describe("an attack told by its participle after a comma, ', hitting …' (ATTACK_WORD)", () => {
  it("dates and directs the figures told after a figureless sentence that tells its own strike so", () => {
    const text = [
      "Russia launched 472 drones at Ukraine overnight into Sunday, the Air Force said.",
      "On Sunday, Ukraine's Security Service carried out Operation Spiderweb, hitting strategic bombers at airbases deep inside Russia, from the Murmansk region in the far north to the Irkutsk region in Siberia. President Volodymyr Zelensky said 117 drones were used, launched from trucks driven close to the bases.",
    ].join("\n\n");
    expect(read(text, "2025-06-02")).toEqual(["launched:472:RU>UA:2025-05-31..2025-06-01", "launched:117:UA>RU:2025-06-01..2025-06-01"]);
  });

  it("leaves a verb of the present, 'is deliberately hitting the grid on the eve of …', no strike told on that day", () => {
    const text = [
      "Russia fired 55 missiles and 21 drones at Ukraine's energy facilities overnight, the Air Force said.",
      "Energy minister German Galushchenko says Russia is deliberately hitting the grid on the eve of the 9 May holiday. In the Kirovohrad region, governor Andriy Raikovych says a 67-year-old woman was injured by falling debris.",
    ].join("\n\n");
    expect(read(text, "2024-05-08")).toEqual(["launched:55:RU>UA:2024-05-07..2024-05-08", "launched:21:RU>UA:2024-05-07..2024-05-08", "injured:1:RU>UA:2024-05-07..2024-05-08"]);
  });

  it("leaves a figurative 'hitting' with no military target after it: '…, hitting Russia's oil revenues'", () => {
    const text = "On Monday, the EU adopted its 18th sanctions package, hitting Russia's oil revenues. Russia launched 30 drones at Ukraine, the Air Force said.";
    expect(read(text, "2025-07-10")).toEqual(["launched:30:RU>UA:2025-07-09..2025-07-10"]);
  });
});
