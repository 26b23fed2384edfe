import { DATASETS, type DatasetName, IsoDate } from "@salvo/core";
import type { z } from "zod";

/**
 * The Frictionless Data Package (https://specs.frictionlessdata.io/) and the Markdown data
 * dictionary, both generated from the zod dataset contracts so neither can drift from the CSVs.
 *
 * Mapping rules (zod → Table Schema):
 * - nullable/optional/default wrappers are unwrapped; a field is `required` when it is not nullable
 *   and its value can never be an empty cell (a plain `z.string()` may be "", an array may be [],
 *   and CSV cannot tell those from a missing value);
 * - a string whose regex is `IsoDate`'s (`^\d{4}-\d{2}-\d{2}$`) is a `date`: detected by the regex,
 *   not the column name, so a renamed date column stays a date;
 * - int → `integer`, other numbers → `number`; `>=`/`>` bounds → `constraints.minimum`/`maximum`;
 * - enum → `string` with `constraints.enum`; arrays → `string` holding a `; `-joined list.
 */

export type FieldType = "string" | "integer" | "number" | "boolean" | "date";

export interface FieldConstraints {
  required?: boolean;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export interface Field {
  name: string;
  type: FieldType;
  format: "default";
  description: string;
  constraints: FieldConstraints;
  trueValues?: string[];
  falseValues?: string[];
  /** Not part of Table Schema: marks a `; `-joined list so the dictionary and checks can say so. */
  "salvo:list"?: true;
}

/** One line per dataset: what a row is. Used by the package, the dictionary and the download page. */
export const DATASET_INFO: Record<DatasetName, { title: string; description: string }> = {
  claims: {
    title: "Claims",
    description: "One row per figure of an event as one article states it, with the first claimant, the quote and its offsets (other sources of the same side that give the same figure are listed in also_claimed_by).",
  },
  strikes: {
    title: "Strike events",
    description: "One row per deduplicated strike (or period aggregate), with each side's figures beside each other.",
  },
  diplomacy: {
    title: "Diplomatic contacts",
    description: "One row per diplomatic contact (call, meeting, talks, visit), with its evidence quote.",
  },
  events: {
    title: "Timeline",
    description: "Strikes and diplomatic contacts on one timeline, one row each, with a one-line summary.",
  },
  sources: {
    title: "Sources",
    description: "One row per input file: outlet, URL, publication date, hash, and why it was skipped if it was.",
  },
};

const PRIMARY_KEYS: Record<DatasetName, string> = {
  claims: "claim_id",
  strikes: "event_id",
  diplomacy: "event_id",
  events: "event_id",
  sources: "article_id",
};

export interface ForeignKey {
  fields: string;
  reference: { resource: DatasetName; fields: string };
}

const FOREIGN_KEYS: Record<DatasetName, ForeignKey[]> = {
  claims: [
    { fields: "event_id", reference: { resource: "strikes", fields: "event_id" } },
    { fields: "article_id", reference: { resource: "sources", fields: "article_id" } },
  ],
  strikes: [],
  diplomacy: [{ fields: "article_id", reference: { resource: "sources", fields: "article_id" } }],
  events: [],
  sources: [],
};

export const LIST_SEPARATOR = "; ";

/** How every CSV is written (apps/report/src/csv.ts): RFC 4180, `\n` line ends. */
export const DIALECT = { header: true, delimiter: ",", quoteChar: '"', doubleQuote: true, lineTerminator: "\n" } as const;

const PACKAGE_DESCRIPTION =
  "Evidence-backed figures on the Russia–Ukraine air war and the diplomacy around it, read from news articles. " +
  "Empty cells mean unknown, never zero. Lists in one cell are joined with '; '. " +
  "Text cells that start with = + - @ tab or CR are prefixed with ' so spreadsheets do not run them as formulas.";

type Check = { _zod: { def: { check: string; format?: string; pattern?: RegExp; value?: unknown; inclusive?: boolean; minimum?: number; maximum?: number } } };
type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; checks?: Check[]; entries?: Record<string, string | number> };

const defOf = (s: z.ZodType) => s.def as unknown as Def;
const checksOf = (s: z.ZodType) => (defOf(s).checks ?? []).map((c) => c._zod.def);
const regexesOf = (s: z.ZodType) => checksOf(s).flatMap((c) => (c.check === "string_format" && c.format === "regex" && c.pattern ? [c.pattern] : []));

const ISO_DATE_SOURCES = new Set(regexesOf(IsoDate).map((r) => r.source));

function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean; description: string | undefined } {
  let s = schema;
  let nullable = false;
  let description = s.description;
  for (;;) {
    const d = defOf(s);
    if ((d.type === "nullable" || d.type === "optional" || d.type === "default") && d.innerType) {
      if (d.type !== "default") nullable = true;
      s = d.innerType;
      description ??= s.description;
    } else return { inner: s, nullable, description };
  }
}

/** Bounds of a number schema; Table Schema has no exclusive bounds, so `> n` on an integer becomes `>= n + 1`. */
function numberBounds(s: z.ZodType, integer: boolean, name: string): Pick<FieldConstraints, "minimum" | "maximum"> {
  const out: Pick<FieldConstraints, "minimum" | "maximum"> = {};
  for (const c of checksOf(s)) {
    if (c.check !== "greater_than" && c.check !== "less_than") continue;
    const v = Number(c.value);
    if (!c.inclusive && !integer) throw new Error(`${name}: an exclusive bound on a non-integer has no Table Schema form`);
    const bound = c.inclusive ? v : c.check === "greater_than" ? v + 1 : v - 1;
    if (c.check === "greater_than") out.minimum = Math.max(out.minimum ?? -Infinity, bound);
    else out.maximum = Math.min(out.maximum ?? Infinity, bound);
  }
  return out;
}

function stringConstraints(s: z.ZodType): Pick<FieldConstraints, "minLength" | "maxLength" | "pattern"> {
  const out: Pick<FieldConstraints, "minLength" | "maxLength" | "pattern"> = {};
  for (const c of checksOf(s)) {
    if (c.check === "min_length" && c.minimum !== undefined) out.minLength = c.minimum;
    if (c.check === "max_length" && c.maximum !== undefined) out.maxLength = c.maximum;
  }
  const [re] = regexesOf(s);
  // Table Schema patterns are implicitly anchored (XML Schema style), so drop ^…$.
  if (re) out.pattern = re.source.replace(/^\^/, "").replace(/\$$/, "");
  return out;
}

/** One schema key → one Table Schema field. Throws on a zod type with no CSV form (a contract bug). */
export function fieldOf(name: string, schema: z.ZodType): Field {
  const { inner, nullable, description } = unwrap(schema);
  const d = defOf(inner);
  const base = { name, format: "default" as const, description: description ?? "" };
  // An empty cell reads as missing: a value that may be "" or [] can look missing, so it is not required.
  const canBeEmpty = (v: unknown) => inner.safeParse(v).success;
  switch (d.type) {
    case "string": {
      const isDate = regexesOf(inner).some((r) => ISO_DATE_SOURCES.has(r.source));
      const constraints: FieldConstraints = { required: !nullable && !canBeEmpty("") };
      if (isDate) return { ...base, type: "date", constraints };
      return { ...base, type: "string", constraints: { ...constraints, ...stringConstraints(inner) } };
    }
    case "number": {
      const integer = checksOf(inner).some((c) => c.check === "number_format" && (c.format === "safeint" || c.format === "int32" || c.format === "uint32"));
      return { ...base, type: integer ? "integer" : "number", constraints: { required: !nullable, ...numberBounds(inner, integer, name) } };
    }
    case "boolean":
      return { ...base, type: "boolean", trueValues: ["true"], falseValues: ["false"], constraints: { required: !nullable } };
    case "enum":
      return { ...base, type: "string", constraints: { required: !nullable, enum: Object.values(d.entries ?? {}).map(String) } };
    case "array": {
      const el = d.element ? unwrap(d.element).inner : undefined;
      const elType = el ? defOf(el).type : "unknown";
      if (elType !== "string" && elType !== "enum") throw new Error(`${name}: only arrays of strings or enums have a CSV form, got ${elType}`);
      const sep = `A list: items joined with "${LIST_SEPARATOR}".`;
      return {
        ...base,
        type: "string",
        description: base.description ? `${base.description} ${sep}` : sep,
        constraints: { required: !nullable && !canBeEmpty([]) },
        "salvo:list": true,
      };
    }
    default:
      throw new Error(`${name}: zod type "${d.type}" has no Table Schema mapping`);
  }
}

export const fieldsOf = (schema: z.ZodObject): Field[] => Object.entries(schema.shape).map(([name, s]) => fieldOf(name, s as z.ZodType));

export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export function dataPackage(counts: Record<DatasetName, number>, version: string): object {
  return {
    profile: "tabular-data-package",
    name: "salvo",
    title: "salvo: the Russia–Ukraine air war in figures",
    description: PACKAGE_DESCRIPTION,
    version,
    resources: DATASET_NAMES.map((name) => ({
      profile: "tabular-data-resource",
      name,
      path: `${name}.csv`,
      title: DATASET_INFO[name].title,
      description: DATASET_INFO[name].description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: DIALECT,
      // frictionless-py keeps row counts under `stats`; the spec allows extra properties.
      stats: { rows: counts[name] },
      schema: {
        fields: fieldsOf(DATASETS[name]),
        missingValues: [""],
        primaryKey: PRIMARY_KEYS[name],
        ...(FOREIGN_KEYS[name].length > 0 ? { foreignKeys: FOREIGN_KEYS[name] } : {}),
      },
    })),
  };
}

// ── the Markdown data dictionary ──────────────────────────────────────────────────────────────

/** Markdown table cells: a `|` would end the cell, a newline the row. */
const mdCell = (s: string) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

function typeLabel(f: Field): string {
  return f["salvo:list"] ? "list of string" : f.type;
}

function constraintLabel(f: Field): string {
  const c = f.constraints;
  const parts: string[] = [c.required ? "required" : "may be empty"];
  if (c.enum) parts.push(`one of ${c.enum.map((v) => `\`${v}\``).join(", ")}`);
  if (c.minimum !== undefined) parts.push(`≥ ${c.minimum}`);
  if (c.maximum !== undefined) parts.push(`≤ ${c.maximum}`);
  if (c.minLength !== undefined && c.minLength > 1) parts.push(`at least ${c.minLength} characters`);
  if (c.maxLength !== undefined) parts.push(`at most ${c.maxLength} characters`);
  if (c.pattern !== undefined) parts.push(`matches \`${c.pattern}\``);
  if (f.type === "date") parts.push("`YYYY-MM-DD`");
  if (f.type === "boolean") parts.push("`true` or `false`");
  return parts.join("; ");
}

export const DICTIONARY_HEADER = "<!-- Generated from packages/core/src/datasets.ts by `pnpm --filter @salvo/report docs`. Do not edit by hand. -->";

/** The data dictionary as Markdown: one section per dataset, one table row per column. */
export function dataDictionary(): string {
  const out: string[] = [
    DICTIONARY_HEADER,
    "",
    "# salvo datasets",
    "",
    "Four CSV files (UTF-8, comma-separated, `\"`-quoted, a header row) described by `datapackage.json` (Frictionless Data Package).",
    "Empty cells mean unknown, never zero. Lists in one cell are joined with `; `.",
    "Text cells that start with `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` so spreadsheets do not run them as formulas.",
  ];
  for (const name of DATASET_NAMES) {
    const fields = fieldsOf(DATASETS[name]);
    out.push("", `## ${name}.csv`, "", `${DATASET_INFO[name].description}`, "");
    const keys = [`Primary key: \`${PRIMARY_KEYS[name]}\`.`];
    for (const fk of FOREIGN_KEYS[name]) keys.push(`\`${fk.fields}\` refers to \`${fk.reference.resource}.csv\` \`${fk.reference.fields}\`.`);
    out.push(keys.join(" "), "");
    out.push("| column | type | allowed values / constraints | description |", "| --- | --- | --- | --- |");
    for (const f of fields) out.push(`| \`${f.name}\` | ${typeLabel(f)} | ${mdCell(constraintLabel(f))} | ${mdCell(f.description)} |`);
  }
  return `${out.join("\n")}\n`;
}
