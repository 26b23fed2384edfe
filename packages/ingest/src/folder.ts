import { readdir } from "node:fs/promises";
import { type Article, type ManifestEntry, SalvoError } from "@salvo/core";
import { ARTICLE_EXTENSIONS, articleIdOf, readArticleFile, type ReadOptions } from "./read.ts";

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
    const r = await readArticleFile(dir, file, opts);
    if (r.ok) read.set(file, r.value);
    entries.push(r.ok ? okEntry(r.value, "") : { status: "skipped", file, articleId: articleIdOf(file), sha256: "", code: r.error.code, message: r.error.message });
  }
  const marked = markDuplicates(entries);
  return {
    articles: marked.flatMap((e) => (e.status === "ok" ? [read.get(e.file)!] : [])),
    skipped: [...plan.skipped, ...marked.flatMap((e) => (e.status === "skipped" ? [skippedOf(e)] : []))].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}

export function okEntry(a: Article, key: string): ManifestEntry {
  return { status: "ok", file: a.file, articleId: a.id, sha256: a.sha256, key, meta: a.meta, sentences: a.sentences.length };
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
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const names = new Set(entries);
  const articleFiles: string[] = [];
  const skipped: Skipped[] = [];
  for (const file of entries) {
    if (COMPANIONS.some((x) => file.endsWith(x))) {
      const owner = file.slice(0, file.length - COMPANIONS.find((x) => file.endsWith(x))!.length);
      if (!ARTICLE_EXTENSIONS.some((x) => names.has(owner + x))) {
        skipped.push({ file, articleId: owner, sha256: "", code: "UNSUPPORTED", message: `${file}: companion file without an article` });
      }
      continue;
    }
    if (!ARTICLE_EXTENSIONS.some((x) => file.endsWith(x))) {
      skipped.push({ file, articleId: articleIdOf(file), sha256: "", code: "UNSUPPORTED", message: `${file}: not an article file (expected ${ARTICLE_EXTENSIONS.join(", ")})` });
      continue;
    }
    articleFiles.push(file);
  }
  return { articleFiles, skipped };
}

/** The same bytes under two names: the first (by file name) is read, the others are skipped. */
export function markDuplicates(entries: readonly ManifestEntry[]): ManifestEntry[] {
  const first = new Map<string, string>();
  return entries.map((e) => {
    if (e.status !== "ok") return e;
    const seen = first.get(e.sha256);
    if (!seen) {
      first.set(e.sha256, e.file);
      return e;
    }
    const err = new SalvoError("DUPLICATE", e.file, `same bytes as ${seen}`);
    return { status: "skipped", file: e.file, articleId: e.articleId, sha256: e.sha256, code: err.code, message: err.message };
  });
}
