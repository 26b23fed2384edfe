import { availableParallelism } from "node:os";
import { join } from "node:path";

/** Files larger than this are skipped as TOO_LARGE (`--max-bytes`). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** One worker thread per core. */
export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/** The article store and result caches live here unless `--cache-dir` says otherwise. */
export const defaultCacheDir = (root: string) => join(root, ".salvo-cache");
