import { join } from "node:path";
import { JsonStore } from "@salvo/ingest";
import type { ArticleResult } from "./events.ts";

/**
 * Per-article extraction results by (article key, extractor version): a re-run extracts only new
 * or changed articles, and a new extractor version never serves old results. Output built from
 * cached results is identical to a cold run because extraction is a pure function of the article.
 */
export class ResultCache extends JsonStore<ArticleResult> {
  constructor(cacheDir: string, version: string) {
    super(join(cacheDir, "results", version));
  }
}
