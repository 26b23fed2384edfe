// What a command needs to decide whether there is work to do, without loading the parsers and the
// worker pool: input digests, stamps of files, code versions and the defaults.
export { codeVersion } from "./code-version.ts";
export { DEFAULT_MAX_BYTES, defaultCacheDir, defaultWorkers } from "./defaults.ts";
export { digestFolder } from "./digest.ts";
export { StampCache, stampAt, type Stamp } from "./stamp-cache.ts";
