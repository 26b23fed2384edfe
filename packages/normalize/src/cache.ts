import { join } from "node:path";
import { codeVersion, INGEST_VERSION, JsonStore } from "@salvo/ingest";
import type { ArticleResult } from "./events.ts";

/** Part of the per-article result cache key: changes whenever normalize's code (or ingest's) does. */
export const EXTRACTOR_VERSION = `${codeVersion(import.meta.dirname)}-${INGEST_VERSION}`;

/**
 * Per-article extraction results by (article key, extractor version): a re-run extracts only new
 * or changed articles, and a new extractor version never serves old results. Output built from
 * cached results is identical to a cold run because extraction is a pure function of the article.
 */
export class ResultCache extends JsonStore<ArticleResult> {
  constructor(cacheDir: string, version: string = EXTRACTOR_VERSION) {
    super(join(cacheDir, "results", version));
  }
}
