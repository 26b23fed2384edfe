import { join } from "node:path";
import { type Article, Article as ArticleSchema, sha256 } from "@salvo/core";
import { codeVersion } from "./code-version.ts";
import { JsonStore } from "./json-store.ts";

/**
 * Part of every article's store key (and so of every result cache key): changes whenever ingest's
 * code or core's does (core holds the schemas and the calendar both stages use).
 */
export const INGEST_VERSION = `${codeVersion(import.meta.dirname)}-${codeVersion(join(import.meta.dirname, "../../core/src"))}`;

/** The article's identity for caching: its bytes, its sidecar's bytes, and how ingest reads them. */
export function articleKey(fileSha: string, sidecar: string | null, file: string): string {
  return sha256(`${INGEST_VERSION}\0${file}\0${fileSha}\0${sidecar ?? ""}`);
}

/**
 * Parsed articles by content key, so a re-run parses only new or changed files and the normalize
 * stage can read them without the input folder. Entries are schema-checked when read back: the
 * store is a boundary between stages (and runs).
 */
export class ArticleStore extends JsonStore<Article> {
  constructor(cacheDir: string) {
    super(join(cacheDir, "articles"), (v) => ArticleSchema.parse(v));
  }
}
