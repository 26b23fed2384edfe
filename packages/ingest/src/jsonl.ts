import { type Result, SalvoError, err, ok, sha256 } from "@salvo/core";
import { stripInvisible } from "./decode.ts";
import { type OwnMeta, ownMetaOf } from "./record-meta.ts";

export const JSON_LINES_EXTENSIONS = [".jsonl", ".ndjson"] as const;

export const isJsonLines = (file: string): boolean => JSON_LINES_EXTENSIONS.some((x) => file.toLowerCase().endsWith(x));

/** A line of a JSON Lines file that holds something: its number (1-based, as an editor shows it) and its text. */
export interface JsonLine {
  readonly line: number;
  readonly text: string;
}

/** A JSON Lines file's text → its lines, blank ones left out (a trailing newline, a blank line between records). */
export function jsonLinesOf(text: string): JsonLine[] {
  return text.split("\n").flatMap((t, i) => (t.trim() === "" ? [] : [{ line: i + 1, text: t.replace(/\r$/, "") }]));
}

/** One record of a JSON Lines file: the article's text as given (plain or HTML) and what its fields say of it. */
export interface JsonRecord {
  readonly text: string;
  readonly meta: OwnMeta;
}

// Where scrapers and dataset exports put the article: "text" (most), "body", "content" (RSS), "article_body" and
// schema.org's "articleBody".
const TEXT_FIELDS = ["text", "body", "content", "article_body", "articleBody"];

/** A line read: its article id, and its record or why it is no article. */
export interface ReadLine {
  readonly id: string;
  readonly record: Result<JsonRecord>;
}

/**
 * A line → its article id and record, or why it is no article: the line is not JSON, not an object, has no text field,
 * or a text that is no string or is empty. `ref` ("wire.jsonl:12") opens every message. Pure.
 */
export function readJsonLine(lineText: string, fileId: string, ref: string): ReadLine {
  let value: unknown;
  try {
    value = JSON.parse(lineText);
  } catch (e) {
    return { id: lineArticleId(fileId, lineText, null), record: err(new SalvoError("DECODE", ref, `not a JSON value: ${(e as Error).message}`)) };
  }
  return { id: lineArticleId(fileId, lineText, value), record: recordOf(value, ref) };
}

function recordOf(value: unknown, ref: string): Result<JsonRecord> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return err(new SalvoError("NOT_ARTICLE", ref, `a JSON ${value === null ? "null" : Array.isArray(value) ? "array" : typeof value}, not an object with the article's text`));
  }
  const record = value as Record<string, unknown>;
  const field = TEXT_FIELDS.find((k) => k in record);
  if (field === undefined) return err(new SalvoError("NOT_ARTICLE", ref, `no text: expected a field ${TEXT_FIELDS.join(", ")}`));
  const text = record[field];
  if (typeof text !== "string") return err(new SalvoError("NOT_ARTICLE", ref, `field "${field}" is ${text === null ? "null" : Array.isArray(text) ? "an array" : `a ${typeof text}`}, not a string`));
  // (a JSON escape, "\u0007", brings back what decoding stripped from the file's bytes)
  const clean = stripInvisible(text);
  if (clean.trim() === "") return err(new SalvoError("EMPTY", ref, `field "${field}" is empty`));
  return ok({ text: clean, meta: ownMetaOf(record) });
}

// an `id` used as it is when it reads as one ("kl-2025-0709-03"); a URL or a sentence is hashed
const PLAIN_ID = /^[\w.-]{1,64}$/;

/**
 * The article id of a line: the file's id, "#", and the record's own `id`, else a digest of the line. Either way it does
 * not depend on where the line is, so appending lines to a file (a daily export) keeps every earlier article's id,
 * and with it every claim id derived from it. The same line twice is the same article (a DUPLICATE).
 */
function lineArticleId(fileId: string, lineText: string, value: unknown): string {
  const id = value !== null && typeof value === "object" && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  const own = typeof id === "string" || typeof id === "number" ? String(id) : null;
  return `${fileId}#${own !== null && PLAIN_ID.test(own) ? own : sha256(own ?? lineText).slice(0, 12)}`;
}

/** The id of the JSON Lines file a record's article id names ("wire#sc-0413" → "wire"); null for an article of its own file. */
export function recordFileId(articleId: string): string | null {
  const hash = articleId.indexOf("#");
  return hash < 0 ? null : articleId.slice(0, hash);
}
