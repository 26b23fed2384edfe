import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, in order. */
const figures = (text: string): string[] => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

// figures.ts readHead ("of its"/"of their" before a weapon noun) and the struck test past a model's noun ("Kinzhal missiles")
describe("a part of a side's own weapons, 'one of its Kinzhal missiles'", () => {
  it("reads one of its weapons, named by model before its noun, that struck", () => {
    expect(figures("In Moscow, the Russian Defence Ministry said on Tuesday afternoon that one of its Kinzhal hypersonic missiles had struck and destroyed a US-made Patriot air defence system in Kyiv.")).toEqual(["hit:1"]);
    expect(figures("One of the Kinzhal missiles struck a building in the city centre.")).toEqual(["hit:1"]);
    expect(figures("The Kremlin said Russia had shot down seven of its own drones heading for Ukrainian energy targets.")).toEqual(["shot_down:7"]);
  });

  it("still counts none for one of its attacks, or one of a kind named by model with no deed", () => {
    expect(figures("It was one of its largest missile attacks of the war.")).toEqual([]);
    expect(figures("It was one of the Kinzhal missiles Russia fired that night.")).toEqual([]);
    expect(figures("Four of its workers were injured.")).toEqual(["injured:4"]);
  });
});
