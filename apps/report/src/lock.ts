import { rmSync } from "node:fs";
import { open, readFile, rm } from "node:fs/promises";

/**
 * One `pnpm pipeline` at a time per checkout: the turbo stages share the repository's `.stage`
 * folders, and two runs interleaving there would swap one input's results into another's --out.
 * A lock left by a killed run (its pid is gone) is taken over.
 */
export async function acquireLock(path: string): Promise<{ release: () => Promise<void> } | { heldBy: number }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      const release = async () => {
        await rm(path, { force: true });
      };
      // process.exit() skips finally blocks: release on exit too
      process.once("exit", () => rmSync(path, { force: true }));
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (pid > 0 && pid !== process.pid && alive(pid)) return { heldBy: pid };
      await rm(path, { force: true }); // stale: its run was killed
    }
  }
  throw new Error(`cannot take the lock ${path}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
