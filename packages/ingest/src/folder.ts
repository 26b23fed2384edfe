import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileSha256 } from "./hash.ts";
import { type Article, type ManifestEntry, SalvoError, compareRefs } from "@salvo/core";
import { JSON_LINES_EXTENSIONS, recordFileId } from "./jsonl.ts";
import { ARTICLE_EXTENSIONS, articleIdOf, readArticles, type ReadOptions } from "./read.ts";

/** A file that did not become an article, with the reason (it ends up in sources.csv as skipped). */
export type Skipped = Omit<Extract<ManifestEntry, { status: "skipped" }>, "status">;

export interface FolderResult {
  readonly articles: Article[];
  readonly skipped: Skipped[];
}

// Companions of an article, not articles themselves: sidecars, and the hand annotation fixtures carry.
const COMPANIONS = [".meta.json", ".gold.json"];

/**
 * Reads every article of a folder. One bad file never stops the others: each ends as an article
 * or as a skipped entry with a code; files that are not articles at all are reported too.
 */
export async function ingestFolder(dir: string, opts: ReadOptions): Promise<FolderResult> {
  const plan = await planFolder(dir);
  const read = new Map<string, Article>();
  const entries: ManifestEntry[] = [];
  for (const file of plan.articleFiles) {
    // (a JSON Lines file gives one entry a line, in line order)
    for (const r of await readArticles(dir, file, opts)) {
      if (r.article.ok) read.set(r.file, r.article.value);
      entries.push(r.article.ok ? okEntry(r.article.value, "") : skippedEntry(r, r.article.error));
    }
  }
  const marked = markDuplicates(entries);
  return {
    articles: marked.flatMap((e) => (e.status === "ok" ? [read.get(e.file)!] : [])),
    skipped: [...plan.skipped, ...marked.flatMap((e) => (e.status === "skipped" ? [skippedOf(e)] : []))].sort((a, b) => compareRefs(a.file, b.file)),
  };
}

export function okEntry(a: Article, key: string): ManifestEntry {
  return { status: "ok", file: a.file, articleId: a.id, sha256: a.sha256, key, meta: a.meta, sentences: a.sentences.length };
}

/** The entry of an article that could not be read: where it came from, and why. */
export function skippedEntry(at: { file: string; articleId: string; sha256: string }, error: SalvoError): ManifestEntry {
  return { status: "skipped", file: at.file, articleId: at.articleId, sha256: at.sha256, code: error.code, message: error.message };
}

const skippedOf = ({ status: _, ...rest }: Extract<ManifestEntry, { status: "skipped" }>): Skipped => rest;

export interface FolderPlan {
  /** Files to read as articles, sorted. */
  readonly articleFiles: string[];
  /** Files that are not articles: reported, not read. */
  readonly skipped: Skipped[];
}

/** Sorts a folder's files into articles, their companions, and files that are not articles at all. */
export async function planFolder(dir: string): Promise<FolderPlan> {
  const all = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const entries = all.filter((e) => e.isFile() && !e.name.startsWith(".")).map((e) => e.name);
  const names = new Set(entries);
  const articleFiles: string[] = [];
  const skipped: Skipped[] = [];
  const unsupported = (file: string, why: string) =>
    skipped.push({ file, articleId: articleIdOf(file), sha256: "", code: "UNSUPPORTED", message: `${file}: ${why}` });
  // nothing is passed over silently: hidden files and subfolders are reported, not read
  for (const e of all) {
    if (e.isDirectory()) unsupported(e.name, "a folder: subfolders are not read (put articles directly in --input)");
    else if (e.name.startsWith(".")) unsupported(e.name, "a hidden file: not read");
    else if (!e.isFile()) unsupported(e.name, "not a regular file");
  }
  const ids = new Map<string, string>();
  for (const file of entries) {
    if (COMPANIONS.some((x) => file.endsWith(x))) {
      const owner = file.slice(0, file.length - COMPANIONS.find((x) => file.endsWith(x))!.length);
      // (a JSON Lines record's, named by its article id: "wire#sc-0413.gold.json" beside wire.jsonl)
      const jsonl = recordFileId(owner);
      const record = jsonl !== null && JSON_LINES_EXTENSIONS.some((x) => names.has(jsonl + x));
      if (!record && !ARTICLE_EXTENSIONS.some((x) => names.has(owner + x))) unsupported(file, "companion file without an article");
      continue;
    }
    if (!ARTICLE_EXTENSIONS.some((x) => file.endsWith(x))) {
      unsupported(file, `not an article file (expected ${ARTICLE_EXTENSIONS.join(", ")})`);
      continue;
    }
    // "a.txt" and "a.html" would both be article "a": the first by name is read
    const id = articleIdOf(file);
    const first = ids.get(id);
    if (first) {
      skipped.push({ file, articleId: id, sha256: "", code: "DUPLICATE", message: `${file}: same article id as ${first}` });
      continue;
    }
    ids.set(id, file);
    articleFiles.push(file);
  }
  for (const [i, s] of skipped.entries()) {
    const e = all.find((x) => x.name === s.file);
    if (e?.isFile()) skipped[i] = { ...s, sha256: await fileSha256(join(dir, s.file)) };
  }
  return { articleFiles, skipped: skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

/**
 * The same bytes under two names: the first (by file name, then line) is read, the others are skipped. So is a second
 * article with an id already taken, which only JSON Lines records can have (planFolder tells files apart by name): two
 * records with one `id` field ("wire.jsonl:7" after "wire.jsonl:3", both "id": "kl-0709").
 */
export function markDuplicates(entries: readonly ManifestEntry[]): ManifestEntry[] {
  const first = new Map<string, string>();
  const ids = new Map<string, string>();
  return entries.map((e) => {
    if (e.status !== "ok") return e;
    const seen = first.get(e.sha256);
    const taken = ids.get(e.articleId);
    if (!seen && !taken) {
      first.set(e.sha256, e.file);
      ids.set(e.articleId, e.file);
      return e;
    }
    const why = seen ? `same bytes as ${seen}` : `same article id as ${taken}`;
    return skippedEntry(e, new SalvoError("DUPLICATE", e.file, why));
  });
}
