// Reads country-state-city's states and cities for Ukraine and Russia. Build time and tests only:
// nothing under src/ may import this at run time (see build-gazetteer.ts).
import { createRequire } from "node:module";
import { City, State } from "country-state-city";
import type { Source } from "../src/gazetteer/build.ts";

const COUNTRIES = ["UA", "RU"] as const;

export function readSource(): Source {
  const { version } = createRequire(import.meta.url)("country-state-city/package.json") as { version: string };
  return {
    version: `country-state-city@${version}`,
    states: COUNTRIES.flatMap((c) => State.getStatesOfCountry(c)),
    cities: COUNTRIES.flatMap((c) => City.getCitiesOfCountry(c) ?? []),
  };
}
