import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSource } from "../../scripts/source.ts";
import { buildGazetteer, formatGazetteer } from "./build.ts";
import { Gazetteer } from "./schema.ts";

const committed = readFileSync(new URL("./places.json", import.meta.url), "utf8");

describe("the committed gazetteer", () => {
  it("is what scripts/build-gazetteer.ts makes from the installed country-state-city and exonyms.ts", () => {
    // On failure: run `npx tsx scripts/build-gazetteer.ts` in packages/normalize and review the diff.
    expect(committed).toBe(formatGazetteer(buildGazetteer(readSource())));
  });

  it("fits its schema", () => {
    expect(() => Gazetteer.parse(JSON.parse(committed))).not.toThrow();
  });

  it("names each region once and each city spelling once", () => {
    const g = Gazetteer.parse(JSON.parse(committed));
    const regions = g.regions.map((r) => r.name);
    expect(new Set(regions).size).toBe(regions.length);
    const spellings = [...g.cities.UA, ...g.cities.RU].flatMap((line) => line.split("|"));
    expect(new Set(spellings).size).toBe(spellings.length);
  });
});
