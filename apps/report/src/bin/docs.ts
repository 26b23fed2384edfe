// `pnpm --filter @salvo/report docs`: regenerates docs/datasets.md from the zod dataset contracts.
// datapackage.test.ts fails when the committed file differs, so a changed column cannot ship undocumented.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { dataDictionary } from "../datapackage.ts";

export const DICTIONARY_PATH = resolve(import.meta.dirname, "../../../../docs/datasets.md");

await writeFile(DICTIONARY_PATH, dataDictionary());
console.log(`wrote ${DICTIONARY_PATH}`);
