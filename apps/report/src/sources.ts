import type { Article, SalvoError, SourceRecord } from "@salvo/core";

export function okSource(a: Article, claimCount: number, syndicatedOf: string | null): SourceRecord {
  return {
    article_id: a.id,
    file: a.file,
    outlet: a.meta.outlet,
    url: a.meta.url,
    published: a.meta.published,
    published_from: a.meta.publishedFrom,
    headline: a.meta.headline,
    author: a.meta.author,
    sha256: a.sha256,
    status: "ok",
    reason_code: null,
    reason: null,
    syndicated_of: syndicatedOf,
    claim_count: claimCount,
  };
}

export function skippedSource(file: string, articleId: string, sha: string, e: SalvoError): SourceRecord {
  return {
    article_id: articleId,
    file,
    outlet: null,
    url: null,
    published: null,
    published_from: null,
    headline: null,
    author: null,
    sha256: sha,
    status: "skipped",
    reason_code: e.code,
    reason: e.message,
    syndicated_of: null,
    claim_count: 0,
  };
}
