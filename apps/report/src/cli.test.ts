// The `pipeline` command as a user runs it: a real process, turbo and its tasks underneath.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { type FSWatcher, watch } from "node:fs";
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { digestFolder } from "@salvo/ingest";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_DIR } from "../../../scripts/make-bad-inputs.ts";
import { recoverStale } from "./write.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const CLI = join(ROOT, "apps/report/src/bin/pipeline.ts");
const ARTICLES = join(ROOT, "fixtures/articles");

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "salvo-cli-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}
interface Running {
  child: ChildProcess;
  ended: Promise<Ended>;
}

/**
 * Starts the CLI detached: a session and process group of its own, so that killing the group kills the
 * CLI and turbo (turbo's tasks run in groups of their own; see `survivors`). Turbo's cache and salvo's
 * article store go to the test's temp folder, not the repository's.
 */
function start(args: readonly string[]): Running {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", TURBO_TELEMETRY_DISABLED: "1", TURBO_CACHE_DIR: join(work, "turbo-cache") };
  delete env.INIT_CWD; // absolute paths only: nothing may depend on where pnpm was started
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "--cache-dir", join(work, "salvo-cache"), ...args], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d));
  child.stderr!.on("data", (d: Buffer) => (stderr += d));
  return { child, ended: new Promise((done) => child.on("close", (code, signal) => done({ code, signal, stdout, stderr }))) };
}

const run = (args: readonly string[]) => start(args).ended;

describe("pnpm pipeline: bad flags exit 2 with the usage, and touch nothing", () => {
  it("rejects a missing or wrong --input, --out inside --input, an unknown flag and an impossible --now", async () => {
    const file = join(work, "a-file.txt");
    await writeFile(file, "Russia launched 5 drones overnight.\n");
    const input = await mkdtemp(join(work, "in-"));
    const cases: Array<[string[], RegExp]> = [
      [["--input"], /--input needs a value/],
      [["--input", join(work, "no-such-folder")], /does not exist/],
      [["--input", file], /is not a folder/],
      [["--input", input, "--out", join(input, "out")], /inside --input/],
      [["--frobnicate"], /unknown flag --frobnicate/],
      [["--now", "2025-13-45"], /--now must be a real date/],
    ];
    const ended = await Promise.all(cases.map(([args]) => run(args)));
    ended.forEach((r, i) => {
      const [args, says] = cases[i]!;
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(says);
      expect(r.stderr, args.join(" ")).toContain("usage: pnpm pipeline");
    });
    expect(await readdir(input)).toEqual([]);
  });
});

/** Files of an input folder as sources.csv must list them: every file but sidecars (and hand annotations) of a present article. */
async function expectedSources(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith("."));
  const owner = (n: string) => n.replace(/\.(?:meta|gold)\.json$/, "");
  const hasArticle = (o: string) => [".txt", ".html", ".htm"].some((x) => names.includes(o + x));
  const listed = names.filter((n) => !(/\.(?:meta|gold)\.json$/.test(n) && hasArticle(owner(n))));
  const hashes = new Map<string, string>();
  for (const n of listed.sort()) hashes.set(n, createHash("sha256").update(await readFile(join(dir, n))).digest("hex"));
  return hashes;
}

interface OutputSet {
  names: string[];
  /** run.json's input_digest: which input this set is of. */
  digest: string;
  /** Hash of every file's name and bytes: the same set, byte for byte, or not. */
  bytes: string;
}

/** Reads an output folder and checks it is whole and of one run: every file parses, and the CSVs' sources are the run's input. */
async function readOutputSet(out: string, inputs: ReadonlyMap<string, Map<string, string>>): Promise<OutputSet> {
  const got = (await readdir(out)).sort();
  for (const need of ["claims.csv", "strikes.csv", "diplomacy.csv", "sources.csv", "briefing.pdf", "run.json"]) expect(got).toContain(need);
  const text = (n: string) => readFile(join(out, n), "utf8");
  const run = JSON.parse(await text("run.json")) as { input_digest: string; counts: { read: number; ok: number } };
  const tables = new Map<string, Array<Record<string, string>>>();
  for (const n of got.filter((n) => n.endsWith(".csv"))) tables.set(n, parse(await text(n), { columns: true }) as Array<Record<string, string>>);
  const pdf = await readFile(join(out, "briefing.pdf"));
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.subarray(-32).toString()).toContain("%%EOF");

  const input = inputs.get(run.input_digest);
  expect(input, `run.json input_digest ${run.input_digest} is none of this test's inputs`).toBeDefined();
  const sources = tables.get("sources.csv")!;
  expect(sources.map((r) => r.file).sort()).toEqual([...input!.keys()]);
  for (const r of sources.filter((r) => r.status === "ok")) expect(r.sha256, r.file).toBe(input!.get(r.file!));
  expect(run.counts.read).toBe(sources.length);
  const ok = new Set(sources.filter((r) => r.status === "ok").map((r) => r.article_id));
  for (const c of tables.get("claims.csv")!) expect(ok.has(c.article_id), `claim of ${c.article_id}`).toBe(true);
  const h = createHash("sha256");
  for (const n of got) h.update(`${n}\0`).update(await readFile(join(out, n)).catch(() => Buffer.from("(folder)"))).update("\0");
  return { names: got, digest: run.input_digest, bytes: h.digest("hex") };
}

describe("pnpm pipeline: skipped files", () => {
  it("exits 3 on a folder with one bad file, names it in the summary, and writes only into --out", async () => {
    const input = await mkdtemp(join(work, "one-bad-"));
    for (const f of ["101_record-728-drones-wire.txt", "101_record-728-drones-wire.meta.json", "108_moscow-337-drones-mod.txt"]) await copyFile(join(ARTICLES, f), join(input, f));
    await writeFile(join(input, "broken.txt"), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const before = digestFolder(input);
    const parent = await mkdtemp(join(work, "outs-"));
    const r = await run(["--input", input, "--out", join(parent, "out")]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout).toMatch(/3 files read, 2 articles, 1 skipped/);
    expect(r.stdout).toMatch(/skipped broken\.txt \[BINARY\] broken\.txt: binary content/);
    expect(await readdir(parent)).toEqual(["out"]);
    expect(digestFolder(input)).toBe(before);
    await readOutputSet(join(parent, "out"), new Map([[before, await expectedSources(input)]]));
  });
});

/**
 * Processes of the run's session (the CLI was started detached, so it leads a session of its own) in
 * another process group than the CLI's: turbo starts each task in a group of its own, so a kill -9 of
 * the CLI's group does not reach a task that is running. Linux /proc; elsewhere none are found.
 */
async function survivors(session: number): Promise<Array<{ pid: number; pgid: number; args: string }>> {
  const found: Array<{ pid: number; pgid: number; args: string }> = [];
  for (const pid of await readdir("/proc").catch(() => [] as string[])) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // state ppid pgrp session ...
    if (fields[0] === "Z" || Number(fields[3]) !== session) continue;
    const args = (await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).replaceAll("\0", " ").trim();
    found.push({ pid: Number(pid), pgid: Number(fields[2]), args });
  }
  return found;
}

/** Whether any process of the group is left, once init has had a moment to reap the killed ones' zombies. */
async function groupAlive(pgid: number): Promise<boolean> {
  for (let k = 0; k < 50; k++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return false;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

describe("pnpm pipeline: a re-run with nothing changed stops early", () => {
  it("says the outputs are up to date, and runs again when an output, the input or an option changed", async () => {
    const input = await mkdtemp(join(work, "same-"));
    for (const f of ["113_trump-putin-may19-call.txt", "113_trump-putin-may19-call.meta.json", "109_sobyanin-telegram-march11.txt", "109_sobyanin-telegram-march11.meta.json"]) {
      await copyFile(join(ARTICLES, f), join(input, f));
    }
    const out = join(await mkdtemp(join(work, "same-out-")), "out");
    const bytes = async () => new Map(await Promise.all((await readdir(out)).sort().map(async (n) => [n, await readFile(join(out, n), "utf8")] as const)));

    const first = await run(["--input", input, "--out", out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).not.toContain("up to date");
    const written = await bytes();

    const again = await run(["--input", input, "--out", out]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("up to date, nothing to do");
    expect(again.stdout).toContain("2 articles, 0 skipped");
    expect(await bytes()).toEqual(written);

    await writeFile(join(out, "claims.csv"), "edited by hand\n"); // a damaged output is rewritten
    const repaired = await run(["--input", input, "--out", out]);
    expect(repaired.stdout).not.toContain("up to date");
    expect(await bytes()).toEqual(written);

    const otherDate = await run(["--input", input, "--out", out, "--now", "2025-06-01"]);
    expect(otherDate.stdout).not.toContain("up to date");
    await writeFile(join(input, "extra.txt"), "Drones over Kursk\n\nRussia's Defence Ministry said 12 Ukrainian drones were shot down over Kursk region overnight on 1 June 2025.\n");
    const grown = await run(["--input", input, "--out", out, "--now", "2025-06-01"]);
    expect(grown.stdout).not.toContain("up to date");
    expect(grown.stdout).toContain("3 articles");
  });
});

describe("pnpm pipeline: kill -9 at any moment leaves --out whole", () => {
  it("keeps the previous or the new complete output set, never a mix, and cleans up on the next run", async () => {
    const parent = await mkdtemp(join(work, "killed-"));
    const out = join(parent, "out");
    const inputs = new Map<string, Map<string, string>>();

    // The previous complete output: fixtures/bad (exit 3), timed to spread the kills over a run.
    inputs.set(digestFolder(BAD_DIR), await expectedSources(BAD_DIR));
    const expected = JSON.parse(await readFile(join(BAD_DIR, "expected.json"), "utf8")) as { maxBytes: number; files: Record<string, string> };
    let t = performance.now();
    const first = await run(["--input", BAD_DIR, "--out", out, "--max-bytes", String(expected.maxBytes), "--now", "2025-07-10"]);
    const runMs = performance.now() - t;
    expect(first.code, first.stderr).toBe(3);
    for (const [file, outcome] of Object.entries(expected.files)) if (outcome !== "ok") expect(first.stdout).toContain(`skipped ${file} [${outcome}]`);
    let current = await readOutputSet(out, inputs);

    // Each trial gets new input (cache misses: every stage runs), killed at a moment spread over the
    // run; the last two are killed while the writer is at work: 0-8 ms after its staging folder appears.
    const moments: Array<number | "write"> = [0.05, 0.3, 0.55, 0.8, 1.0].map((f) => f * runMs * (0.9 + 0.2 * Math.random()));
    moments.push("write", "write");
    const log: string[] = [];
    let kept = 0;
    let replaced = 0;
    let restored = 0;
    let orphans = 0;
    for (const [i, moment] of moments.entries()) {
      const input = await mkdtemp(join(work, `trial-${i}-`));
      for (const f of (await readdir(ARTICLES)).filter((f) => !f.endsWith(".gold.json"))) await copyFile(join(ARTICLES, f), join(input, f));
      await writeFile(join(input, `trial-${i}.txt`), `Trial ${i} of the kill test\n\nRussia launched ${100 + i} drones at Kharkiv overnight on 3 May 2025, the governor said.\n`);
      inputs.set(digestFolder(input), await expectedSources(input));

      t = performance.now();
      const r = start(["--input", input, "--out", out, "--now", "2025-07-10"]);
      const pgid = r.child.pid!;
      const kill = () => {
        try {
          process.kill(-pgid, "SIGKILL");
        } catch {
          // already gone: it finished before the moment came
        }
      };
      let watcher: FSWatcher | null = null;
      if (moment === "write") {
        const earlier = new Set(await readdir(parent)); // a killed trial's leftovers, which this run's writer removes first
        watcher = watch(parent, (_, name) => {
          if (!name?.startsWith(".out.tmp-") || earlier.has(name)) return;
          watcher?.close();
          setTimeout(kill, Math.random() ** 2 * 8); // most within the first ms or two, when the files are being written
        });
      } else setTimeout(kill, moment);
      const ended = await r.ended;
      watcher?.close();
      const at = Math.round(performance.now() - t);

      expect(await groupAlive(pgid)).toBe(false);
      // KNOWN: a turbo task that was running survives the group kill and goes on writing the stage
      // folders. The test ends them (they are ours) so the next trial starts clean, and reports them.
      const left = await survivors(pgid);
      for (const p of left) expect(p.pgid, p.args).not.toBe(pgid);
      for (const p of left) process.kill(-p.pgid, "SIGKILL");
      orphans += left.length;
      for (let k = 0; k < 50 && (await survivors(pgid)).length > 0; k++) await new Promise((w) => setTimeout(w, 100));

      let swapWindow = false;
      if (!(await readdir(out).then(() => true).catch(() => false))) {
        swapWindow = true; // killed between the writer's two renames: the next run's recoverStale puts the old set back
        expect((await recoverStale(out)).restored).not.toBeNull();
        restored++;
      }
      const now = await readOutputSet(out, inputs);
      const outcome = now.digest === current.digest ? "previous" : "new";
      if (outcome === "previous") expect(now.bytes).toBe(current.bytes); // the same set byte for byte, not a part of it
      if (outcome === "previous") kept++;
      else replaced++;
      current = now;
      const leftovers = (await readdir(parent)).filter((n) => n !== "out");
      for (const n of leftovers) expect(n).toMatch(/^\.out\.(?:tmp|old)-\d+-\w+$/);
      const lastLine = ended.stdout.trim().split("\n").at(-1) ?? "";
      log.push(`trial ${i}: kill ${moment === "write" ? "while writing" : `at ${Math.round(moment)} ms`}, ended at ${at} ms (${ended.signal ?? `exit ${ended.code}`}); out = ${outcome} set${swapWindow ? " (restored)" : ""}; leftovers ${leftovers.length}; task processes outliving the kill ${left.length}; last output: ${lastLine.slice(0, 70)}`);
    }
    console.log(`one run takes ${Math.round(runMs)} ms\n${log.join("\n")}\n${kept} kept the previous set, ${replaced} had the new one, ${restored} restored from the swap window; ${orphans} turbo task processes outlived kill -9 of the CLI's group`);

    // The next run cleans up the killed writers' leftovers, here and in the report stage's folder.
    const final = await run(["--input", BAD_DIR, "--out", out, "--max-bytes", String(expected.maxBytes), "--now", "2025-07-10"]);
    expect(final.code, final.stderr).toBe(3);
    expect(await readdir(parent)).toEqual(["out"]);
    expect((await readdir(join(ROOT, "apps/report/.stage"))).filter((n) => n.startsWith(".out."))).toEqual([]);
    expect((await readOutputSet(out, inputs)).digest).toBe(digestFolder(BAD_DIR));
  });
});
