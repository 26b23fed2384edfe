import { z } from "zod";
import { ArticleMeta } from "./article.ts";
import { ERROR_CODES } from "./errors.ts";

/**
 * Where each turbo stage leaves its result for the next one. Turbo caches these (the `outputs`
 * of the `stage` task), so an unchanged input restores them instead of recomputing. Paths are
 * relative to the repository root.
 */
export const STAGE_FILES = {
  ingest: "packages/ingest/.stage/manifest.jsonl",
  normalize: "packages/normalize/.stage/results.jsonl",
  report: "apps/report/.stage/out",
} as const;

/** Variables the `pipeline` command hands to the stages (declared in turbo.json). */
export const STAGE_ENV = {
  input: "SALVO_INPUT",
  inputDigest: "SALVO_INPUT_DIGEST",
  now: "SALVO_NOW",
  maxBytes: "SALVO_MAX_BYTES",
  cacheDir: "SALVO_CACHE_DIR",
  workers: "SALVO_WORKERS",
  excel: "SALVO_EXCEL",
} as const;

/** One line of ingest's manifest: every input file, read or skipped. */
export const ManifestEntry = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("ok"),
    file: z.string(),
    articleId: z.string(),
    sha256: z.string(),
    /** Content-addressed key of the parsed article in the article store (bytes + sidecar + ingest version). */
    key: z.string(),
    meta: ArticleMeta,
    sentences: z.number().int().nonnegative(),
  }),
  z.object({
    status: z.literal("skipped"),
    file: z.string(),
    articleId: z.string(),
    sha256: z.string(),
    code: z.enum(ERROR_CODES),
    message: z.string(),
  }),
]);
export type ManifestEntry = z.infer<typeof ManifestEntry>;
export type OkEntry = Extract<ManifestEntry, { status: "ok" }>;
