import { existsSync, readFileSync, renameSync } from "node:fs";
import { type FileHandle, chmod, mkdir, mkdtemp, open as openFile, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { type FileBody, slicesOf } from "./body.ts";
import type { OutputSink } from "./sink.ts";

/** Writes files held in memory; see writeAtomicallyWith. */
export async function writeAtomically(out: string, files: ReadonlyMap<string, FileBody>): Promise<void> {
  await writeAtomicallyWith(out, async (sink) => {
    for (const [name, body] of files) {
      const file = await sink.open(name);
      for (const slice of slicesOf(body)) await file.write(slice); // in turn, never joined
      await file.close();
    }
  });
}

/**
 * Lets `write` put all outputs into a fresh folder beside `out`, then swaps it into place, so a run
 * that fails or is killed half-way leaves the previous outputs whole: readers see the old set or
 * the new one, never a mix. Both temporary folders are hidden siblings named after `out` and the
 * writer's pid (`.out.tmp-<pid>-*`, `.out.old-<pid>-*`), so the next run can tell a killed
 * writer's leftovers from a live one's and clean them up (`recoverStale`).
 */
export async function writeAtomicallyWith<T>(out: string, write: (sink: OutputSink) => Promise<T>): Promise<T> {
  const target = resolve(out);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  await recoverStale(target);
  const prefix = `.${basename(target)}.`;
  // made at the first file, not before `write` starts: a run killed while it extracts leaves nothing behind
  const sink = folderSink(() => mkdtemp(join(parent, `${prefix}tmp-${process.pid}-`)));
  try {
    const result = await write(sink);
    const staging = await sink.close();
    await chmod(staging, 0o755); // mkdtemp makes it private; the outputs are for sharing
    const old = join(parent, `${prefix}old-${process.pid}-${basename(staging).split("-").at(-1)}`);
    const hadOld = await exists(target);
    // Two renames, not one: POSIX cannot swap two folders in one step (renameat2's RENAME_EXCHANGE is
    // not in Node). Sync, so that no event-loop turn falls between them; a kill that still lands there
    // leaves `out` missing with the old set beside it, and recoverStale puts it back on the next run.
    if (hadOld) renameSync(target, old);
    renameSync(staging, target);
    if (hadOld) await rm(old, { recursive: true, force: true });
    return result;
  } catch (e) {
    await sink.discard();
    throw e;
  }
}

/**
 * Files in a folder made when the first one is opened, each flushed on close, so that after a crash
 * of the machine (not only of the process) the swapped-in folder does not hold empty or cut files.
 */
function folderSink(makeDir: () => Promise<string>): OutputSink & { close(): Promise<string>; discard(): Promise<void> } {
  let dir: Promise<string> | null = null;
  const folder = () => (dir ??= makeDir());
  const open = new Set<FileHandle>();
  const closeAll = async () => {
    for (const fh of open) await fh.close().catch(() => undefined);
    open.clear();
  };
  return {
    async open(name) {
      const fh = await openFile(join(await folder(), name), "w");
      open.add(fh);
      return {
        async write(slice) {
          for (let at = 0; at < slice.byteLength; ) at += (await fh.write(slice, at)).bytesWritten;
        },
        async close() {
          open.delete(fh);
          try {
            await fh.sync();
          } finally {
            await fh.close();
          }
        },
      };
    },
    /** The folder, complete (made now if no file was written). */
    async close() {
      await closeAll();
      return folder();
    },
    // after a writer that failed half-way: its open files closed, its folder gone
    async discard() {
      await closeAll();
      const made = dir && (await dir.catch(() => null));
      if (made) await rm(made, { recursive: true, force: true });
    },
  };
}

/**
 * Cleans up after a writer of `out` that was killed: removes its staging folder and, when it died
 * between its two renames, moves the previous outputs back into place. Folders of a writer that is
 * still running are left alone.
 */
export async function recoverStale(out: string): Promise<{ removed: string[]; restored: string | null }> {
  const target = resolve(out);
  const parent = dirname(target);
  const prefix = `.${basename(target)}.`;
  const removed: string[] = [];
  let restored: string | null = null;
  const names = (await readdir(parent).catch(() => [] as string[])).filter((n) => n.startsWith(prefix)).sort();
  for (const name of names) {
    const m = /^(tmp|old)-(\d+)-[^/]+$/.exec(name.slice(prefix.length));
    if (!m || isAlive(Number(m[2]))) continue;
    const path = join(parent, name);
    if (m[1] === "old" && !(await exists(target))) {
      await rename(path, target);
      restored = path;
      continue;
    }
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  return { removed, restored };
}

function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed writer stays a zombie until its parent (or init) reaps it; kill(pid, 0) still finds it.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return !HAS_PROC; // gone since kill(pid, 0); or no /proc (macOS), where kill(pid, 0) is all we have
  }
}

const HAS_PROC = existsSync("/proc/self/stat");

async function exists(p: string): Promise<boolean> {
  try {
    await readdir(p);
    return true;
  } catch {
    return false;
  }
}
