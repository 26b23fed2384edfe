import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ClaimantSide, ContactKind, EventType, IsoDate, Metric, Qualifier, Side, Weapon } from "@salvo/core";
import { ARTICLE_EXTENSIONS, DEFAULT_MAX_BYTES, JSON_LINES_EXTENSIONS, type ReadArticle, readArticles, recordFileId } from "@salvo/ingest";
import { z } from "zod";

/** A hand annotation: `<article>.gold.json` beside each fixture article. */
export const GoldClaim = z.object({
  claimant: z.string().nullable(),
  claimant_side: ClaimantSide,
  metric: Metric,
  weapon: Weapon.nullish(),
  value: z.number().int().nonnegative().nullable(),
  value_text: z.string(),
  qualifier: Qualifier,
  quote: z.string(),
});
export const GoldStrike = z.object({
  key: z.string(),
  event_type: EventType,
  attacker: Side,
  target_country: Side,
  weapon: Weapon,
  date_start: IsoDate.nullable(),
  date_end: IsoDate.nullable(),
  places: z.array(z.string()).default([]),
  claims: z.array(GoldClaim),
});
export const GoldContact = z.object({
  key: z.string(),
  kind: ContactKind,
  participants: z.array(z.string()),
  date: IsoDate.nullable(),
  place: z.string().nullable().optional(),
  quote: z.string(),
});
export const Gold = z.object({ strikes: z.array(GoldStrike), diplomacy: z.array(GoldContact) });
export type Gold = z.infer<typeof Gold>;

/** Every gold file of a folder, by article id. A gold quote that is not in its article fails loudly. */
export async function loadGold(dir: string): Promise<Map<string, Gold>> {
  const out = new Map<string, Gold>();
  const files = (await readdir(dir)).sort();
  const read = new Map<string, Promise<ReadArticle[]>>();
  for (const f of files.filter((f) => f.endsWith(".gold.json"))) {
    const id = f.slice(0, -".gold.json".length);
    const parsed = Gold.safeParse(JSON.parse(await readFile(join(dir, f), "utf8")));
    if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    const gold = parsed.data;
    const text = await articleText(dir, files, id, f, read);
    for (const q of [...gold.strikes.flatMap((s) => s.claims), ...gold.diplomacy]) {
      if (!text.includes(q.quote)) throw new Error(`${f}: quote not in the article: "${q.quote}"`);
    }
    out.set(id, gold);
  }
  return out;
}

/**
 * The text an article's gold quotes are in: a .txt file as it is; a saved page or Markdown file (`<id>.html`, `<id>.md`), or a
 * JSON Lines record (`<file>#<record id>`), as ingest reads it, since offsets and quotes index the text it produces.
 */
async function articleText(dir: string, files: readonly string[], id: string, goldFile: string, read: Map<string, Promise<ReadArticle[]>>): Promise<string> {
  if (files.includes(`${id}.txt`)) return readFile(join(dir, `${id}.txt`), "utf8");
  const stem = recordFileId(id);
  const named = (f: string, owner: string, exts: readonly string[]) => exts.some((x) => f.toLowerCase() === `${owner}${x}`.toLowerCase());
  const file = files.find((f) => named(f, id, ARTICLE_EXTENSIONS)) ?? (stem === null ? undefined : files.find((f) => named(f, stem, JSON_LINES_EXTENSIONS)));
  // (each file read once, however many of its records have gold)
  if (file && !read.has(file)) read.set(file, readArticles(dir, file, { maxBytes: DEFAULT_MAX_BYTES }));
  const article = file ? (await read.get(file)!).find((r) => r.articleId === id)?.article : undefined;
  if (!article?.ok) throw new Error(`${goldFile}: no readable article ${id} beside it (${article?.ok === false ? article.error.message : "no file"})`);
  return article.value.text;
}
