import { isRealDate } from "@salvo/core/plain";

export interface CliOptions {
  input: string;
  out: string;
  now: string | null;
  maxBytes: number | null;
  quiet: boolean;
  help: boolean;
  direct: boolean;
  workers: number | null;
  cacheDir: string | null;
  excel: boolean;
}

export const USAGE = `usage: pnpm pipeline [--input DIR] [--out DIR] [--now YYYY-MM-DD] [--max-bytes N] [--quiet]

  --input DIR        folder of articles (*.txt, *.html, *.md, *.jsonl; optional <name>.meta.json sidecars); default fixtures/articles
  --out DIR          where the CSVs, briefing.pdf and run.json go; default out
  --now YYYY-MM-DD   briefing date; default: the latest publication date among the inputs
  --max-bytes N      skip articles larger than N bytes (default 5242880)
  --quiet            print only errors and the summary
  --workers N        worker threads for per-article work (default: one per core)
  --cache-dir DIR    per-article cache (default .salvo-cache in the repository)
  --excel            also write <name>.excel.csv: each CSV with a UTF-8 byte-order mark for Excel
  --direct           run the stages in this process instead of as turbo tasks (very large folders)
exit codes: 0 all files read, 3 outputs written but some files skipped, 2 bad arguments, 1 the run failed`;

export type ParseResult = { ok: true; value: CliOptions } | { ok: false; error: string };

/** Flags → options. Pure: paths are returned as given, resolved by the caller. */
export function parseArgs(argv: readonly string[], defaults: { input: string; out: string }): ParseResult {
  const o: CliOptions = { input: defaults.input, out: defaults.out, now: null, maxBytes: null, quiet: false, help: false, direct: false, workers: null, cacheDir: null, excel: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === "--") continue; // pnpm passes it through from `pnpm pipeline -- --input x`
    const [name, inline] = flag.includes("=") ? [flag.slice(0, flag.indexOf("=")), flag.slice(flag.indexOf("=") + 1)] : [flag, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${name} needs a value`);
      return v;
    };
    try {
      switch (name) {
        case "--input": o.input = value(); break;
        case "--out": o.out = value(); break;
        case "--now": {
          const v = value();
          if (!isRealDate(v)) return { ok: false, error: `--now must be a real date YYYY-MM-DD, got "${v}"` };
          o.now = v;
          break;
        }
        case "--max-bytes": {
          const v = Number(value());
          if (!Number.isInteger(v) || v <= 0) return { ok: false, error: "--max-bytes must be a positive whole number" };
          o.maxBytes = v;
          break;
        }
        case "--quiet": o.quiet = true; break;
        case "--direct": o.direct = true; break;
        case "--excel": o.excel = true; break;
        case "--cache-dir": o.cacheDir = value(); break;
        case "--workers": {
          const v = Number(value());
          if (!Number.isInteger(v) || v <= 0 || v > 64) return { ok: false, error: "--workers must be a whole number from 1 to 64" };
          o.workers = v;
          break;
        }
        case "--help": case "-h": o.help = true; break;
        default: return { ok: false, error: `unknown flag ${flag}` };
      }
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }
  return { ok: true, value: o };
}
