import { readdir } from "node:fs/promises";
import { type Article, type ErrorCode, SalvoError } from "@salvo/core";
import { ARTICLE_EXTENSIONS, articleIdOf, readArticleFile, type ReadOptions } from "./read.ts";

/** A file that did not become an article, with the reason (it ends up in sources.csv as skipped). */
export interface Skipped {
  readonly file: string;
  readonly articleId: string;
  readonly sha256: string;
  readonly code: ErrorCode;
  readonly message: string;
}

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
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const articles: Article[] = [];
  const skipped: Skipped[] = [];
  const bySha = new Map<string, string>();
  for (const file of entries) {
    if (COMPANIONS.some((x) => file.endsWith(x))) {
      const owner = file.slice(0, file.length - COMPANIONS.find((x) => file.endsWith(x))!.length);
      if (!ARTICLE_EXTENSIONS.some((x) => entries.includes(owner + x))) {
        skipped.push({ file, articleId: owner, sha256: "", code: "UNSUPPORTED", message: `${file}: companion file without an article` });
      }
      continue;
    }
    if (!ARTICLE_EXTENSIONS.some((x) => file.endsWith(x))) {
      skipped.push({ file, articleId: articleIdOf(file), sha256: "", code: "UNSUPPORTED", message: `${file}: not an article file (expected ${ARTICLE_EXTENSIONS.join(", ")})` });
      continue;
    }
    const r = await readArticleFile(dir, file, opts);
    if (!r.ok) {
      skipped.push({ file, articleId: articleIdOf(file), sha256: "", code: r.error.code, message: r.error.message });
      continue;
    }
    const first = bySha.get(r.value.sha256);
    if (first) {
      const e = new SalvoError("DUPLICATE", file, `same bytes as ${first}`);
      skipped.push({ file, articleId: r.value.id, sha256: r.value.sha256, code: e.code, message: e.message });
      continue;
    }
    bySha.set(r.value.sha256, file);
    articles.push(r.value);
  }
  return { articles, skipped };
}
