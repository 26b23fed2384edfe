import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, in order. */
const figures = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

describe("'all 39 launched … were shot down': a count with no noun, every weapon launched", () => {
  it("reads the launch and its fate, of the weapons just named", () => {
    expect(figures("The Air Force reported 45 Shaheds destroyed on the night of Dec. 31 to Jan. 1, and said all 39 launched on the night of Jan. 1 to 2 were also shot down.")).toEqual([
      "shot_down:45", "launched:39", "shot_down:39",
    ]);
    expect(figures("Hours later, the Air Force said, 45 Shahed drones were destroyed on New Year's night, and on the night of 1-2 January all 39 launched were shot down.")).toEqual([
      "shot_down:45", "launched:39", "shot_down:39",
    ]);
  });

  it("reads nothing without 'all', without a weapon named, or past what the weapons did", () => {
    expect(figures("The Air Force reported 45 Shaheds destroyed overnight, and said 39 launched on the next night were shot down.")).toEqual(["shot_down:45"]);
    expect(figures("The Air Force said all 39 launched overnight were shot down.")).toEqual([]);
    expect(figures("Russia fired 12 drones at Sumy overnight; all 12 launched at the city hit residential buildings.")).toEqual(["launched:12"]);
  });

  it("marks 'all 12 fired at Kyiv' a part of the launch of that weapon the sentence told first", () => {
    const parts = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value}${c.part ? ":part" : ""}`);
    expect(parts("Russia fired 40 drones overnight, and all 12 fired at Kyiv were shot down.")).toEqual(["launched:40", "launched:12:part", "shot_down:12"]);
    expect(parts("Russia fired 40 drones overnight, and air defence shot down all 12 drones fired at Kyiv.")).toEqual(["launched:40", "launched:12:part", "shot_down:12"]);
    // (another weapon's launch is no whole of it)
    expect(parts("Russia fired 40 missiles overnight, and air defence shot down all 12 drones fired at Kyiv.")).toEqual(["launched:40", "launched:12", "shot_down:12"]);
  });

  it("reads no fate when 'all' is denied: 'not all 39 launched … were shot down'", () => {
    expect(figures("The Air Force reported 45 Shaheds destroyed overnight, but said not all 39 launched on the next night were shot down.")).toEqual(["shot_down:45"]);
    expect(figures("The Air Force reported 45 Shaheds destroyed overnight, but said that all 39 launched on the next night were shot down.")).toEqual([
      "shot_down:45", "launched:39", "shot_down:39",
    ]);
  });
});
