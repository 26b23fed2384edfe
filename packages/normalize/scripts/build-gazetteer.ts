// Regenerates src/gazetteer/places.json from country-state-city (a devDependency) and exonyms.ts.
// Run from packages/normalize after bumping the package or editing exonyms.ts/stoplist.ts, and commit
// the JSON:  npx tsx scripts/build-gazetteer.ts
// The package is not imported at run time: loading it costs ~270 ms and ~130 MB in every worker thread.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildGazetteer, formatGazetteer } from "../src/gazetteer/build.ts";
import { readSource } from "./source.ts";

const out = fileURLToPath(new URL("../src/gazetteer/places.json", import.meta.url));
const gazetteer = buildGazetteer(readSource());
writeFileSync(out, formatGazetteer(gazetteer));
console.log(`${out}: ${gazetteer.regions.length} regions, ${gazetteer.cities.UA.length} UA and ${gazetteer.cities.RU.length} RU cities (${gazetteer.source})`);
