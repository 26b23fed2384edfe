// `pnpm pipeline`: validates flags, hands the input to turbo's stage graph (ingest → normalize →
// report, each cached on the input digest), then moves the outputs into --out in one swap.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { STAGE_ENV, STAGE_FILES } from "@salvo/core/plain";
import { DEFAULT_MAX_BYTES, defaultCacheDir, defaultWorkers, digestFolder } from "@salvo/ingest/files";
import { parseArgs, USAGE } from "../args.ts";
import { type FileBody, textOf } from "../body.ts";
import { acquireLock } from "../lock.ts";
import { outputsUpToDate, recordOutputs, runKey } from "../up-to-date.ts";
import { recoverStale, writeAtomically, writeAtomicallyWith } from "../write.ts";

const root = resolve(import.meta.dirname, "../../../..");
const cwd = process.env.INIT_CWD ?? process.cwd(); // pnpm runs scripts from the root; paths are the user's
const parsed = parseArgs(process.argv.slice(2), { input: join(root, "fixtures/articles"), out: join(root, "out") });
if (!parsed.ok) fail(2, `salvo: ${parsed.error}\n${USAGE}`);
const opts = parsed.value;
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
const input = resolve(cwd, opts.input);
const out = resolve(cwd, opts.out);
const info = await stat(input).catch(() => null);
if (!info) fail(2, `salvo: --input ${input} does not exist\n${USAGE}`);
if (!info.isDirectory()) fail(2, `salvo: --input ${input} is not a folder\n${USAGE}`);
if (out === input || out.startsWith(input + sep)) fail(2, `salvo: --out ${out} is inside --input; outputs would be read as inputs next run\n${USAGE}`);

const started = performance.now();
const cacheDir = opts.cacheDir ? resolve(cwd, opts.cacheDir) : defaultCacheDir(root);
const workers = opts.workers ?? defaultWorkers();
const inputDigest = digestFolder(input, cacheDir);
const key = runKey(root, inputDigest, { now: opts.now, maxBytes: opts.maxBytes, excel: opts.excel });
await recoverStale(out); // a killed run's leftovers go even when there is nothing else to do
if (outputsUpToDate(cacheDir, out, key)) {
  // same input, code and options as the run that wrote these outputs, and nobody touched them
  const last = JSON.parse(await readFile(join(out, "run.json"), "utf8")) as RunJson;
  if (last.input_digest === inputDigest) {
    await recoverStale(join(root, STAGE_FILES.report));
    summarize(last, readdirSync(out).length, "up to date, nothing to do");
  }
}
const done = opts.direct ? await direct() : await throughTurbo();
recordOutputs(cacheDir, out, key);
summarize(done.run, done.outputs, `${Math.round(performance.now() - started)} ms`);

interface RunJson {
  input_digest: string;
  counts: { read: number; ok: number; skipped: number; claims: number; strikes: number; diplomacy: number };
  skipped: Array<{ file: string; code: string; message: string }>;
}

function summarize(run: RunJson, outputs: number, note: string): never {
  const c = run.counts;
  console.log(`salvo: ${c.read} files read, ${c.ok} articles, ${c.skipped} skipped; ${c.claims} claims, ${c.strikes} strike events, ${c.diplomacy} diplomatic contacts; ${outputs} outputs in ${relative(cwd, out) || "."} (${note})`);
  for (const s of run.skipped) console.log(`salvo: skipped ${s.file} [${s.code}] ${s.message}`);
  process.exit(c.skipped > 0 ? 3 : 0);
}

interface Done {
  run: RunJson;
  outputs: number;
}

/** The stages as turbo tasks: an unchanged input (same digest, same code) is a cache hit. */
async function throughTurbo(): Promise<Done> {
  const lock = await acquireLock(join(root, ".salvo-stage.lock"));
  if ("heldBy" in lock) fail(1, `salvo: another pipeline run (pid ${lock.heldBy}) is using this checkout's stage folders; wait for it, or use --direct`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    [STAGE_ENV.input]: input,
    [STAGE_ENV.inputDigest]: inputDigest,
    [STAGE_ENV.now]: opts.now ?? "",
    [STAGE_ENV.maxBytes]: opts.maxBytes ? String(opts.maxBytes) : "",
    [STAGE_ENV.cacheDir]: cacheDir,
    [STAGE_ENV.workers]: String(workers),
    [STAGE_ENV.excel]: opts.excel ? "1" : "",
    TURBO_TELEMETRY_DISABLED: "1",
  };
  const turbo = join(root, "node_modules/.bin/turbo");
  const args = ["run", "stage", "--filter=@salvo/report", "--log-prefix=none", opts.quiet ? "--output-logs=errors-only" : "--output-logs=new-only"];
  const r = spawnSync(turbo, args, { cwd: root, env, stdio: ["ignore", opts.quiet ? "ignore" : "inherit", "inherit"] });
  if (r.status !== 0) fail(1, `salvo: the run failed (turbo exit ${r.status ?? r.signal}); previous outputs in ${out} are untouched`);
  const stagedDir = join(root, STAGE_FILES.report);
  const files = new Map<string, FileBody>();
  for (const name of (await readdir(stagedDir)).sort()) files.set(name, await readFile(join(stagedDir, name)));
  await lock.release();
  // the outputs must be this input's: another run in the same checkout must not have swapped its stage files in
  const runBody = files.get("run.json");
  if (runBody === undefined) fail(1, `salvo: the run wrote no run.json (staged outputs incomplete); ${out} is untouched`);
  const run = JSON.parse(textOf(runBody)) as RunJson;
  if (run.input_digest !== inputDigest) fail(1, `salvo: the staged outputs are not this input's (another run used this checkout?); ${out} is untouched`);
  await writeAtomically(out, files);
  return { run, outputs: files.size };
}

/** The stages in this process (--direct), writing into --out's staging folder as they go. */
async function direct(): Promise<Done> {
  const { runDirect } = await import("../direct.ts"); // the stages' code: not loaded when turbo runs them, or nothing is to do
  const directOpts = { input, now: opts.now, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, cacheDir, workers, progress: !opts.quiet, inputDigest, excel: opts.excel };
  const { built, ms } = await writeAtomicallyWith(out, (sink) => runDirect(directOpts, sink));
  if (!opts.quiet) {
    const c = built.counts;
    console.log(`ingest: ${c.read} files, ${c.ok} articles, ${c.skipped} skipped in ${Math.round(ms.ingest)} ms (${workers} workers)`);
    console.log(`normalize: ${c.ok} articles, ${c.claims} claims in ${Math.round(ms.normalize)} ms (${workers} workers)`);
    console.log(`report: ${c.strikes} strike events, ${c.diplomacy} diplomatic contacts, ${built.names.length} files in ${Math.round(ms.report)} ms`);
  }
  return { run: { input_digest: inputDigest, counts: built.counts, skipped: [...built.skipped] }, outputs: built.names.length };
}

function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}
