import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { DATASETS, type DatasetName, isRealDate } from "@salvo/core";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { DATASET_NAMES, type Field, dataDictionary, dataPackage } from "./datapackage.ts";
import { defaultOptions, runInProcess } from "./pipeline.ts";
import { textOf } from "./build.ts";

const root = resolve(import.meta.dirname, "../../..");

// No npm Frictionless validator fits: `datapackage`/`tableschema` (frictionless-js) were last
// released in 2020-21 and pull in an HTTP stack to fetch profiles. The Table Schema rules this
// package relies on are few, so they are checked here directly.

interface Resource {
  profile: string;
  name: string;
  path: string;
  format: string;
  mediatype: string;
  encoding: string;
  dialect: { header: boolean; delimiter: string; quoteChar: string };
  stats: { rows: number };
  schema: {
    fields: Field[];
    missingValues: string[];
    primaryKey: string | string[];
    foreignKeys?: Array<{ fields: string | string[]; reference: { resource: string; fields: string | string[] } }>;
  };
}
interface Package {
  profile: string;
  name: string;
  version: string;
  resources: Resource[];
}

const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"]);
const CONSTRAINTS = new Set(["required", "unique", "minLength", "maxLength", "minimum", "maximum", "pattern", "enum"]);
const NAME = /^[a-z0-9._-]+$/; // Data Package names: lower case, url-usable
const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

/** The descriptor rules of Data Package / Tabular Data Resource / Table Schema that we rely on. */
function descriptorProblems(pkg: Package): string[] {
  const problems: string[] = [];
  const say = (s: string) => problems.push(s);
  if (pkg.profile !== "tabular-data-package") say(`package profile ${pkg.profile}`);
  if (!NAME.test(pkg.name)) say(`package name ${pkg.name}`);
  const byName = new Map(pkg.resources.map((r) => [r.name, r]));
  if (byName.size !== pkg.resources.length) say("resource names are not unique");
  for (const r of pkg.resources) {
    const at = `resource ${r.name}`;
    if (!NAME.test(r.name)) say(`${at}: bad name`);
    if (r.profile !== "tabular-data-resource") say(`${at}: profile ${r.profile}`);
    if (r.path !== `${r.name}.csv` || r.format !== "csv" || r.mediatype !== "text/csv" || r.encoding !== "utf-8") say(`${at}: path/format/mediatype/encoding`);
    if (r.dialect.header !== true || r.dialect.delimiter !== "," || r.dialect.quoteChar !== '"') say(`${at}: dialect`);
    const names = r.schema.fields.map((f) => f.name);
    if (new Set(names).size !== names.length) say(`${at}: field names are not unique`);
    for (const f of r.schema.fields) {
      if (!TYPES.has(f.type)) say(`${at}.${f.name}: type ${f.type} is not a Table Schema type`);
      if (f.format !== "default") say(`${at}.${f.name}: format ${f.format}`);
      for (const k of Object.keys(f.constraints)) if (!CONSTRAINTS.has(k)) say(`${at}.${f.name}: unknown constraint ${k}`);
      if (f.constraints.enum && f.constraints.enum.length === 0) say(`${at}.${f.name}: empty enum`);
      if (f.constraints.minimum !== undefined && !["integer", "number", "date"].includes(f.type)) say(`${at}.${f.name}: minimum on ${f.type}`);
      if (f.type === "boolean" && (!f.trueValues?.length || !f.falseValues?.length)) say(`${at}.${f.name}: boolean without true/false values`);
    }
    for (const k of list(r.schema.primaryKey)) if (!names.includes(k)) say(`${at}: primaryKey ${k} is not a field`);
    for (const fk of r.schema.foreignKeys ?? []) {
      for (const k of list(fk.fields)) if (!names.includes(k)) say(`${at}: foreign key field ${k} is not a field`);
      const ref = byName.get(fk.reference.resource);
      if (!ref) say(`${at}: foreign key to unknown resource ${fk.reference.resource}`);
      else {
        for (const k of list(fk.reference.fields)) if (!ref.schema.fields.some((f) => f.name === k)) say(`${at}: foreign key to ${ref.name}.${k}, not a field`);
        // A reference must be unique on the other side: we only point at primary keys.
        if (list(fk.reference.fields).join() !== list(ref.schema.primaryKey).join()) say(`${at}: foreign key to ${ref.name} is not its primary key`);
      }
    }
  }
  return problems;
}

/** Casts one cell as Table Schema would; returns a problem or null. */
function cellProblem(f: Field, raw: string, missing: readonly string[]): string | null {
  if (missing.includes(raw)) return f.constraints.required ? "required but empty" : null;
  const c = f.constraints;
  let num: number | null = null;
  switch (f.type) {
    case "integer":
      if (!/^-?\d+$/.test(raw)) return `${JSON.stringify(raw)} is not an integer`;
      num = Number(raw);
      break;
    case "number":
      if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) return `${JSON.stringify(raw)} is not a number`;
      num = Number(raw);
      break;
    case "boolean":
      if (!f.trueValues?.includes(raw) && !f.falseValues?.includes(raw)) return `${JSON.stringify(raw)} is not a boolean`;
      break;
    case "date":
      if (!isRealDate(raw)) return `${JSON.stringify(raw)} is not a YYYY-MM-DD date`;
      break;
    case "string":
      break;
    default:
      return `no cast for type ${f.type}`;
  }
  if (c.enum && !c.enum.includes(raw)) return `${JSON.stringify(raw)} is not one of ${c.enum.join(", ")}`;
  if (num !== null && c.minimum !== undefined && num < c.minimum) return `${num} < minimum ${c.minimum}`;
  if (num !== null && c.maximum !== undefined && num > c.maximum) return `${num} > maximum ${c.maximum}`;
  if (c.minLength !== undefined && raw.length < c.minLength) return `shorter than ${c.minLength}`;
  if (c.maxLength !== undefined && raw.length > c.maxLength) return `longer than ${c.maxLength}`;
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`).test(raw)) return `does not match ${c.pattern}`;
  return null;
}

/** The CSVs against the package: header, every cell's type and constraints, keys, row counts. */
function dataProblems(pkg: Package, csv: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const tables = new Map<string, Array<Record<string, string>>>();
  for (const r of pkg.resources) {
    const text = csv.get(r.path);
    if (text === undefined) {
      problems.push(`${r.path}: missing`);
      continue;
    }
    const [header = [], ...records] = parse(text, { delimiter: r.dialect.delimiter, quote: r.dialect.quoteChar }) as string[][];
    const names = r.schema.fields.map((f) => f.name);
    if (header.join() !== names.join()) problems.push(`${r.path}: header ${header.join()} is not ${names.join()}`);
    if (records.length !== r.stats.rows) problems.push(`${r.path}: ${records.length} rows, stats say ${r.stats.rows}`);
    const rows = records.map((rec, i) => {
      if (rec.length !== names.length) problems.push(`${r.path} record ${i + 1}: ${rec.length} cells`);
      r.schema.fields.forEach((f, j) => {
        const p = cellProblem(f, rec[j] ?? "", r.schema.missingValues);
        if (p) problems.push(`${r.path} record ${i + 1} ${f.name}: ${p}`);
      });
      return Object.fromEntries(names.map((n, j) => [n, rec[j] ?? ""]));
    });
    tables.set(r.name, rows);
    const keys = rows.map((row) => list(r.schema.primaryKey).map((k) => row[k]).join("\u0000"));
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup !== undefined) problems.push(`${r.path}: primary key ${dup} is not unique`);
  }
  for (const r of pkg.resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const targets = new Set((tables.get(fk.reference.resource) ?? []).map((row) => list(fk.reference.fields).map((k) => row[k]).join("\u0000")));
      for (const [i, row] of (tables.get(r.name) ?? []).entries()) {
        const key = list(fk.fields).map((k) => row[k]).join("\u0000");
        if (key !== "" && !targets.has(key)) problems.push(`${r.path} record ${i + 1}: ${list(fk.fields).join()} ${key} not in ${fk.reference.resource}`);
      }
    }
  }
  return problems;
}

const countRows = (csv: string) => (parse(csv) as unknown[]).length - 1;

describe("the data package", () => {
  let csv: Map<string, string>;
  let pkg: Package;
  beforeAll(async () => {
    const out = await runInProcess(defaultOptions(resolve(root, "fixtures/articles")));
    csv = new Map(DATASET_NAMES.map((n) => [`${n}.csv`, textOf(out.files.get(`${n}.csv`)!)]));
    const counts = Object.fromEntries(DATASET_NAMES.map((n) => [n, countRows(csv.get(`${n}.csv`)!)])) as Record<DatasetName, number>;
    pkg = dataPackage(counts, "0.1.0") as Package;
  });

  it("docs/datasets.md is the generated data dictionary (run `pnpm --filter @salvo/report docs` after changing a column)", async () => {
    expect(await readFile(resolve(root, "docs/datasets.md"), "utf8")).toBe(dataDictionary());
  });

  it("has one resource per dataset whose fields are the schema's keys, in order", () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(Object.keys(DATASETS));
    for (const r of pkg.resources) expect(r.schema.fields.map((f) => f.name)).toEqual(Object.keys(DATASETS[r.name as DatasetName].shape));
  });

  it("follows the Table Schema rules it relies on", () => {
    expect(descriptorProblems(pkg)).toEqual([]);
  });

  it("declares every zod enum's values, and dates, integers and lists where the schema has them", () => {
    const field = (res: string, name: string) => pkg.resources.find((r) => r.name === res)!.schema.fields.find((f) => f.name === name)!;
    for (const name of DATASET_NAMES) {
      for (const [key, s] of Object.entries(DATASETS[name].shape)) {
        let inner = s as z.ZodType;
        while ("unwrap" in inner && typeof inner.unwrap === "function" && inner.def.type !== "array") inner = inner.unwrap() as z.ZodType;
        if (inner.def.type === "enum") expect(field(name, key).constraints.enum, `${name}.${key}`).toEqual((inner as z.ZodEnum).options);
      }
    }
    expect(field("claims", "date_start")).toMatchObject({ type: "date", constraints: { required: false } });
    expect(field("claims", "value")).toMatchObject({ type: "integer", constraints: { required: false, minimum: 0 } });
    expect(field("claims", "quote_end")).toMatchObject({ type: "integer", constraints: { required: true, minimum: 1 } });
    expect(field("claims", "claim_id")).toMatchObject({ type: "string", constraints: { required: true, minLength: 1 } });
    expect(field("strikes", "disputed")).toMatchObject({ type: "boolean", trueValues: ["true"], falseValues: ["false"] });
    expect(field("strikes", "places").type).toBe("string");
    expect(field("strikes", "places").description).toContain('joined with "; "');
    expect(field("sources", "published_from").constraints.enum).toEqual(["sidecar", "page", "text", "latest-date"]);
  });

  it("describes the CSVs the pipeline writes: headers, types, enums, keys and row counts", () => {
    expect(dataProblems(pkg, csv)).toEqual([]);
  });

  it("the check catches a CSV that breaks the package", () => {
    const broken = new Map(csv);
    const claims = csv.get("claims.csv")!.split("\n");
    // Keep the header; break the first row's event_id (a foreign key) and its metric (an enum).
    claims[1] = claims[1]!.replace(/,evt_[0-9a-f]+,/, ",evt_nowhere,").replace(/,(launched|shot_down|jammed|neutralized|hit|killed|injured),/, ",exploded,");
    broken.set("claims.csv", claims.join("\n"));
    broken.set("strikes.csv", csv.get("strikes.csv")!.replace(/,(true|false),/, ",maybe,"));
    const problems = dataProblems(pkg, broken).join("\n");
    expect(problems).toContain("not one of launched");
    expect(problems).toContain("evt_nowhere not in strikes");
    expect(problems).toContain('"maybe" is not a boolean');
  });
});
