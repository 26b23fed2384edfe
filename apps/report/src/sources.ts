import type { ManifestEntry, OkEntry, SourceRecord } from "@salvo/core";

export function okSource(e: OkEntry, claimCount: number, syndicatedOf: string | null): SourceRecord {
  return {
    article_id: e.articleId,
    file: e.file,
    outlet: e.meta.outlet,
    url: e.meta.url,
    published: e.meta.published,
    published_from: e.meta.publishedFrom,
    headline: e.meta.headline,
    author: e.meta.author,
    sha256: e.sha256,
    status: "ok",
    reason_code: null,
    reason: null,
    syndicated_of: syndicatedOf,
    claim_count: claimCount,
  };
}

export function skippedSource(e: Extract<ManifestEntry, { status: "skipped" }>): SourceRecord {
  return {
    article_id: e.articleId,
    file: e.file,
    outlet: null,
    url: null,
    published: null,
    published_from: null,
    headline: null,
    author: null,
    sha256: e.sha256,
    status: "skipped",
    reason_code: e.code,
    // the input file first, even when the fault is its sidecar's ("a.txt: a.meta.json: invalid JSON …")
    reason: e.message.startsWith(`${e.file}: `) ? e.message : `${e.file}: ${e.message}`,
    syndicated_of: null,
    claim_count: 0,
  };
}
