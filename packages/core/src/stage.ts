import { z } from "zod";
import { ArticleMeta } from "./article.ts";
import { ERROR_CODES } from "./errors.ts";

export { STAGE_ENV, STAGE_FILES } from "./stage-env.ts";

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
