import { chmod, mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Writes all outputs into a fresh folder beside `out`, then swaps it into place, so a run that
 * fails or is killed half-way leaves the previous outputs whole: readers see the old set or the
 * new one, never a mix.
 */
export async function writeAtomically(out: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const target = resolve(out);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(target)}.tmp-`));
  try {
    for (const [name, data] of files) await writeFile(join(staging, name), data);
    await chmod(staging, 0o755); // mkdtemp makes it private; the outputs are for sharing
    const old = `${target}.old-${basename(staging).split("-").at(-1)}`;
    const hadOld = await exists(target);
    if (hadOld) await rename(target, old);
    await rename(staging, target);
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await readdir(p);
    return true;
  } catch {
    return false;
  }
}
