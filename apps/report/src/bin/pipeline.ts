// `pnpm pipeline`: validates flags, hands the input to turbo's stage graph (ingest → normalize →
// report, each cached on the input digest), then moves the outputs into --out in one swap.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { STAGE_ENV, STAGE_FILES } from "@salvo/core";
import { parseArgs, USAGE } from "../args.ts";
import { writeAtomically } from "../write.ts";

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
const env: NodeJS.ProcessEnv = {
  ...process.env,
  [STAGE_ENV.input]: input,
  [STAGE_ENV.inputDigest]: await digestFolder(input),
  [STAGE_ENV.now]: opts.now ?? "",
  [STAGE_ENV.maxBytes]: opts.maxBytes ? String(opts.maxBytes) : "",
  TURBO_TELEMETRY_DISABLED: "1",
};
const turbo = join(root, "node_modules/.bin/turbo");
const r = spawnSync(turbo, ["run", "stage", "--filter=@salvo/report", "--output-logs=new-only", "--log-prefix=none", ...(opts.quiet ? ["--output-logs=errors-only"] : [])], {
  cwd: root,
  env,
  stdio: ["ignore", opts.quiet ? "ignore" : "inherit", "inherit"],
});
if (r.status !== 0) fail(1, `salvo: the run failed (turbo exit ${r.status ?? r.signal}); previous outputs in ${out} are untouched`);

const staged = join(root, STAGE_FILES.report);
const files = new Map<string, Uint8Array>();
for (const name of (await readdir(staged)).sort()) files.set(name, await readFile(join(staged, name)));
await writeAtomically(out, files);
const run = JSON.parse(new TextDecoder().decode(files.get("run.json"))) as {
  counts: { read: number; ok: number; skipped: number; claims: number; strikes: number; diplomacy: number };
  skipped: Array<{ file: string; code: string; message: string }>;
};
const c = run.counts;
console.log(`salvo: ${c.read} files read, ${c.ok} articles, ${c.skipped} skipped; ${c.claims} claims, ${c.strikes} strike events, ${c.diplomacy} diplomatic contacts; ${files.size} outputs in ${relative(cwd, out) || "."} (${Math.round(performance.now() - started)} ms)`);
for (const s of run.skipped) console.log(`salvo: skipped ${s.file} [${s.code}] ${s.message}`);
process.exit(c.skipped > 0 ? 3 : 0);

function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

/** Names and bytes of every file in the folder: the cache key of the whole run. */
async function digestFolder(dir: string): Promise<string> {
  const h = createHash("sha256");
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  for (const name of names) {
    h.update(`${name}\0`);
    h.update(await readFile(join(dir, name)));
    h.update("\0");
  }
  return h.digest("hex");
}
