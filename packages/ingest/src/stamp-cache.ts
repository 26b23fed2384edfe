import { mkdirSync, readFileSync, renameSync, type Stats, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "@salvo/core/plain";

/**
 * What the file system says about a file: while size, mtime, ctime and inode are unchanged the bytes
 * are taken as unchanged — the assumption git's index and make rely on. ctime moves on any write or
 * rename onto the path, even when a tool restores mtime.
 */
export interface Stamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

export const stampOf = (s: Stats): Stamp => ({ size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });

/** The stamp of a path, or null when it does not exist (or cannot be read). */
export function stampAt(path: string): Stamp | null {
  try {
    return stampOf(statSync(path));
  } catch {
    return null;
  }
}

const same = (a: Stamp | null, b: Stamp | null) =>
  a === b || (a !== null && b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino);

interface Entry<T> {
  readonly stamps: ReadonlyArray<Stamp | null>;
  readonly value: T;
}

interface Saved<T> {
  readonly entries: Record<string, Entry<T>>;
}

/**
 * Values computed from files (a digest, a manifest entry), remembered with the stamps of the files
 * they were computed from, so an unchanged folder is neither read nor hashed again. One JSON file
 * per (folder, purpose) under the cache directory. A cache only: anything unreadable is an empty
 * cache, and a failed save costs a recomputation next run.
 */
export class StampCache<T> {
  private readonly path: string;
  private readonly before: Saved<T>;
  /** When the cache was saved, by the file system's clock (the one the stamps use): the cache file's mtime. */
  private readonly savedAt: number;
  private readonly next: Record<string, Entry<T>> = {};
  /** Entries computed this run (a save is needed even when every old entry was reused). */
  private computed = 0;

  /**
   * `racyMs`: a file changed this close before the cache was written is not trusted, since a
   * later change could keep the same mtime (files the run itself wrote can pass 0).
   */
  constructor(cacheDir: string, purpose: string, scope: string, private readonly racyMs = 1000) {
    this.path = join(cacheDir, "stamps", `${purpose}-${sha256(scope).slice(0, 24)}.json`);
    let before: Saved<T> = { entries: {} };
    let savedAt = 0;
    try {
      const parsed = JSON.parse(readFileSync(this.path, "utf8")) as Partial<Saved<T>> | null;
      if (parsed && parsed.entries && typeof parsed.entries === "object") {
        before = parsed as Saved<T>;
        savedAt = statSync(this.path).mtimeMs;
      }
    } catch {
      // no cache yet, or a torn one
    }
    this.before = before;
    this.savedAt = savedAt;
  }

  /** The value remembered for `name` when every stamp matches (and none is racy). */
  get(name: string, stamps: ReadonlyArray<Stamp | null>): T | null {
    const e = Object.hasOwn(this.before.entries, name) ? this.before.entries[name] : undefined;
    if (!e || e.stamps.length !== stamps.length || !stamps.every((s, i) => same(s, e.stamps[i] ?? null))) return null;
    if (stamps.some((s) => s !== null && s.mtimeMs > this.savedAt - this.racyMs)) return null;
    this.next[name] = e;
    return e.value;
  }

  set(name: string, stamps: ReadonlyArray<Stamp | null>, value: T): void {
    this.computed++;
    this.next[name] = { stamps, value };
  }

  /**
   * Writes what this run used or computed (entries of files gone from the folder are dropped). An
   * unchanged folder is not written again: at 100,000 files that is ~15 MB of JSON each re-run.
   */
  save(): void {
    // nothing computed: `next` holds only old entries reused by get(), so equal counts mean all of them
    if (this.computed === 0 && Object.keys(this.next).length === Object.keys(this.before.entries).length) return;
    try {
      mkdirSync(join(this.path, ".."), { recursive: true });
      const tmp = `${this.path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ entries: this.next } satisfies Saved<T>));
      renameSync(tmp, this.path);
    } catch {
      // a cache: the next run recomputes
    }
  }
}
