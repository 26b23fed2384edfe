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
