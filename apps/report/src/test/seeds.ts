import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The seed articles live outside the repo (they are not ours): ../shared/seeds, or $SALVO_SEEDS. */
export const SEEDS_DIR = process.env.SALVO_SEEDS ?? resolve(import.meta.dirname, "../../../../../shared/seeds");
export const seedsAvailable = existsSync(join(SEEDS_DIR, "expected.json"));

export interface Expected {
  articles: Record<string, { published: string; outlet: string | null; headline: string | null }>;
  strikes: Array<{
    key: string;
    article: string;
    attacker: string;
    target_country: string;
    date_start: string;
    date_end: string;
    weapon: string;
    claims: Array<{ claimant: string | null; metric: string; value: number | null; qualifier?: string; vague?: string; quote: string }>;
  }>;
  diplomacy: Array<{ key: string; article: string; kind: string; participants: string[]; date: string | null; quote: string }>;
}

export async function loadExpected(): Promise<Expected> {
  return JSON.parse(await readFile(join(SEEDS_DIR, "expected.json"), "utf8")) as Expected;
}

/** Runs `use` on a temp copy of the seeds with sidecars built from expected.json's `articles`, then removes the copy. */
export async function withSeedsCopy<T>(expected: Expected, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "salvo-seeds-"));
  try {
    for (const f of await readdir(SEEDS_DIR)) {
      if (!f.endsWith(".txt")) continue;
      await copyFile(join(SEEDS_DIR, f), join(dir, f));
      const meta = expected.articles[f.replace(/\.txt$/, "")];
      if (!meta) continue;
      const sidecar: Record<string, string> = { published: meta.published };
      if (meta.outlet) sidecar.outlet = meta.outlet;
      if (meta.headline) sidecar.headline = meta.headline;
      await writeFile(join(dir, f.replace(/\.txt$/, ".meta.json")), JSON.stringify(sidecar));
    }
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
