import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// mkdir once per shard folder per process, not once per entry: it is a syscall on the hot path.
const made = new Set<string>();

/**
 * JSON values by content key, one file each under 256 shard folders. Synchronous on purpose: it is
 * used from worker threads, where a blocking read or write costs only that thread. A cache:
 * anything missing or unreadable comes back as null and is recomputed by the caller.
 */
export class JsonStore<T> {
  constructor(
    readonly dir: string,
    private readonly check: (value: unknown) => T = (v) => v as T,
  ) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): T | null {
    try {
      return this.check(JSON.parse(readFileSync(this.path(key), "utf8")));
    } catch {
      return null; // absent, or half-written by a killed run
    }
  }

  /** Whether an entry exists, without reading it (a damaged one still counts: `get` is the judge). */
  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  put(key: string, value: T): void {
    const path = this.path(key);
    // a write that fails (disk full, folder removed under the run) costs a recomputation next time, not the run
    try {
      const dir = join(path, "..");
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, path); // atomic: a reader sees the whole entry or none
    } catch {
      made.clear();
    }
  }
}
