import { stringify } from "csv-stringify/sync";
import type { z } from "zod";

/** Column names of a dataset, in order: the schema's keys are the contract. */
export function columnsOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return ""; // empty means unknown, never 0
  if (Array.isArray(v)) return v.join("; ");
  if (typeof v === "boolean") return v ? "true" : "false";
  return String(v);
}

/**
 * Rows → RFC 4180 CSV with a header. Rows are validated against the schema first, so a bad row
 * fails the run instead of shipping. `escape_formulas` prefixes cells starting with = + - @ tab CR
 * with a quote, so article text cannot run as a spreadsheet formula.
 */
export function toCsv<S extends z.ZodObject>(schema: S, rows: ReadonlyArray<z.infer<S>>): string {
  return [...csvSlices(schema, rows)].join("");
}

// in slices: the cells of half a million claims at once would be the run's peak memory
const CSV_SLICE = 4096;

/**
 * The same CSV in slices of whole records, made as they are asked for: a large dataset never
 * exists as one string nor all at once.
 */
export function* csvSlices<S extends z.ZodObject>(schema: S, rows: ReadonlyArray<z.infer<S>>): Generator<string> {
  const columns = columnsOf(schema);
  const options = { escape_formulas: true, record_delimiter: "\n" } as const;
  yield stringify([columns], options);
  for (let from = 0; from < rows.length; from += CSV_SLICE) {
    const records = rows.slice(from, from + CSV_SLICE).map((r) => {
      const parsed = schema.parse(r) as Record<string, unknown>;
      return columns.map((c) => cell(parsed[c]));
    });
    yield stringify(records, options);
  }
}
